"""The API review (scripts/api_report.sh, scripts/apireview/): spec changes classified from the client's
side, the public Python API diff, generated/API.md.

A reviewer trusts "breaking" only if every breaking change is flagged and nothing else is: a corpus of
seeded changes to the real spec checks both, the four breaking changes from issue 19 are named by the
script end to end, and replaying the project's own spec history raises no false alarm.
"""

from __future__ import annotations

import copy
import functools
import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from spec_tools import ROOT, SPEC_PATH

sys.path.insert(0, str(ROOT / "scripts"))
from apireview import python_api
from apireview.spec_diff import Change, diff_specs

Spec = dict[str, Any]


@functools.cache
def _real_spec() -> Spec:
    return yaml.load(SPEC_PATH.read_text(), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))  # type: ignore[no-any-return]


def real_spec() -> Spec:
    return copy.deepcopy(_real_spec())


def schema(spec: Spec, name: str) -> dict[str, Any]:
    return spec["components"]["schemas"][name]  # type: ignore[no-any-return]


def breaking(changes: list[Change]) -> list[Change]:
    return [c for c in changes if c.breaking]


# -- the classifier on small specs: $ref, allOf, nullable, arrays, nested objects, direction ---------------


def tiny(request_schema: dict[str, Any], response_schema: dict[str, Any], **schemas: Any) -> Spec:
    """One operation sending `request_schema` and answering `response_schema`."""
    return {
        "openapi": "3.0.3",
        "paths": {
            "/things": {
                "post": {
                    "operationId": "createThing",
                    "tags": ["Things"],
                    "requestBody": {
                        "required": True,
                        "content": {"application/json": {"schema": request_schema}},
                    },
                    "responses": {
                        "201": {
                            "description": "ok",
                            "content": {"application/json": {"schema": response_schema}},
                        }
                    },
                }
            }
        },
        "components": {"schemas": schemas},
    }


def ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def test_one_schema_is_judged_per_direction_a_new_required_field_breaks_requests_only() -> None:
    old_shared = {"type": "object", "properties": {"a": {"type": "string"}}}
    new_shared = {
        "type": "object",
        "properties": {"a": {"type": "string"}, "b": {"type": "string"}},
        "required": ["b"],
    }
    changes = diff_specs(
        tiny(ref("Shared"), ref("Shared"), Shared=old_shared),
        tiny(ref("Shared"), ref("Shared"), Shared=new_shared),
    )
    by_direction = {(c.direction, c.kind): c.breaking for c in changes if c.location == "Shared.b"}
    assert by_direction == {
        ("request", "new required request field"): True,
        ("response", "response field added"): False,
    }


def test_nullable_breaks_readers_and_dropping_it_breaks_senders() -> None:
    plain = {"type": "object", "properties": {"when": {"type": "string"}}}
    nullable = {"type": "object", "properties": {"when": {"type": "string", "nullable": True}}}
    now_nullable = diff_specs(
        tiny(ref("Req"), ref("Resp"), Req=plain, Resp=plain),
        tiny(ref("Req"), ref("Resp"), Req=nullable, Resp=nullable),
    )
    assert {(c.location, c.direction) for c in breaking(now_nullable)} == {("Resp.when", "response")}
    no_longer = diff_specs(
        tiny(ref("Req"), ref("Resp"), Req=nullable, Resp=nullable),
        tiny(ref("Req"), ref("Resp"), Req=plain, Resp=plain),
    )
    assert {(c.location, c.direction) for c in breaking(no_longer)} == {("Req.when", "request")}
    # OpenAPI 3.1 spelling: a "null" member of the type list.
    as_31 = {"type": "object", "properties": {"when": {"type": ["string", "null"]}}}
    assert {
        c.location
        for c in breaking(diff_specs(tiny(ref("R"), ref("R"), R=plain), tiny(ref("R"), ref("R"), R=as_31)))
    } == {"R.when"}


def test_changes_are_found_through_refs_allof_arrays_and_nested_objects() -> None:
    def make(extra_type: str) -> Spec:
        return tiny(
            {"type": "object", "properties": {"x": {"type": "string"}}},
            {"type": "array", "items": ref("Outer")},
            Outer={
                "allOf": [
                    ref("Base"),
                    {
                        "type": "object",
                        "properties": {
                            "inner": {"type": "object", "properties": {"deep": {"type": extra_type}}}
                        },
                    },
                ]
            },
            Base={"type": "object", "properties": {"id": {"type": "string"}}},
        )

    changes = breaking(diff_specs(make("integer"), make("string")))
    assert [(c.location, c.kind, c.detail) for c in changes] == [
        ("Outer.inner.deep", "type changed", "`integer` -> `string`")
    ]
    assert changes[0].operations == ("createThing",)


def test_response_enums_are_open_strings_request_enums_are_closed() -> None:
    def make(values: list[str]) -> Spec:
        return tiny(
            ref("Kind"),
            {"type": "object", "properties": {"kind": ref("Kind")}},
            Kind={"type": "string", "enum": values},
        )

    gained = diff_specs(make(["a", "b"]), make(["a", "b", "c"]))
    assert gained and not breaking(gained)
    lost = diff_specs(make(["a", "b"]), make(["a"]))
    assert [(c.direction, c.kind) for c in breaking(lost)] == [("request", "enum value removed")]


def test_a_renamed_response_field_is_named_as_a_rename() -> None:
    old = tiny(
        {"type": "object"},
        ref("A"),
        A={"type": "object", "properties": {"name": {"type": "string"}, "n": {"type": "integer"}}},
    )
    new = tiny(
        {"type": "object"},
        ref("A"),
        A={"type": "object", "properties": {"title": {"type": "string"}, "n": {"type": "integer"}}},
    )
    [change] = breaking(diff_specs(old, new))
    assert (change.location, change.kind, change.detail) == (
        "A.name",
        "response field renamed",
        "`name` -> `title`",
    )


def test_recursive_schemas_terminate() -> None:
    node = {
        "type": "object",
        "properties": {"children": {"type": "array", "items": ref("Node")}, "v": {"type": "string"}},
    }
    changed = copy.deepcopy(node)
    changed["properties"]["v"] = {"type": "integer"}
    changes = diff_specs(
        tiny(ref("Node"), ref("Node"), Node=node), tiny(ref("Node"), ref("Node"), Node=changed)
    )
    assert {(c.location, c.direction) for c in breaking(changes)} == {
        ("Node.v", "request"),
        ("Node.v", "response"),
    }


# -- the corpus: seeded changes to the real spec ---------------------------------------------------------


def _op(spec: Spec, path: str, method: str) -> dict[str, Any]:
    return spec["paths"][path][method]  # type: ignore[no-any-return]


def _param(spec: Spec, path: str, method: str, name: str) -> dict[str, Any]:
    return next(p for p in _op(spec, path, method)["parameters"] if p.get("name") == name)


def rename_response_field(s: Spec) -> None:
    props = schema(s, "Agent")["properties"]
    props["title"] = props.pop("name")


def require_optional_request_field(s: Spec) -> None:
    schema(s, "TaskQuery")["required"] = ["query", "additionalInfo"]


def change_field_type(s: Spec) -> None:
    schema(s, "Agent")["properties"]["order"] = {"type": "string"}


def remove_operation(s: Spec) -> None:
    del s["paths"]["/agent/{agentId}"]["put"]


def add_operation_and_field(s: Spec) -> None:
    s["paths"]["/agent/{agentId}/archive"] = {
        "post": {
            "operationId": "archiveAgent",
            "x-beam-method": "archive",
            "tags": ["Agents"],
            "summary": "Archive Agent",
            "parameters": [{"name": "agentId", "in": "path", "required": True, "schema": {"type": "string"}}],
            "responses": {
                "200": {"description": "ok", "content": {"application/json": {"schema": ref("Agent")}}}
            },
        }
    }
    schema(s, "Agent")["properties"]["archivedAt"] = {
        "type": "string",
        "format": "date-time",
        "nullable": True,
    }


def _add_trigger_tag(s: Spec) -> None:
    s["components"]["schemas"]["Trigger"] = {
        "type": "object",
        "properties": {"id": {"type": "string"}, "name": {"type": "string"}},
        "required": ["id"],
    }
    s["components"]["schemas"]["TriggerInput"] = {
        "type": "object",
        "properties": {"name": {"type": "string"}},
        "required": ["name"],
    }
    item = {"name": "triggerId", "in": "path", "required": True, "schema": {"type": "string"}}
    body = {"required": True, "content": {"application/json": {"schema": ref("TriggerInput")}}}
    ok = {"200": {"description": "ok", "content": {"application/json": {"schema": ref("Trigger")}}}}
    s["paths"]["/triggers"] = {
        "get": {
            "operationId": "listTriggers",
            "x-beam-method": "list",
            "tags": ["Triggers"],
            "responses": ok,
        },
        "post": {
            "operationId": "createTrigger",
            "x-beam-method": "create",
            "tags": ["Triggers"],
            "requestBody": body,
            "responses": ok,
        },
    }
    s["paths"]["/triggers/{triggerId}"] = {
        "get": {
            "operationId": "getTrigger",
            "x-beam-method": "get",
            "tags": ["Triggers"],
            "parameters": [item],
            "responses": ok,
        },
        "put": {
            "operationId": "updateTrigger",
            "x-beam-method": "update",
            "tags": ["Triggers"],
            "parameters": [item],
            "requestBody": body,
            "responses": ok,
        },
        "delete": {
            "operationId": "deleteTrigger",
            "x-beam-method": "delete",
            "tags": ["Triggers"],
            "parameters": [item],
            "responses": {"204": {"description": "gone"}},
        },
    }


Mutation = Callable[[Spec], None]

# (name, mutation, where a breaking change must be reported, or None when nothing may be breaking)
CORPUS: list[tuple[str, Mutation, str | None]] = [
    # The four breaking changes of issue 19.
    ("response field renamed", rename_response_field, "Agent.name"),
    ("optional request field made required", require_optional_request_field, "TaskQuery.additionalInfo"),
    ("field type changed", change_field_type, "Agent.order"),
    ("operation removed", remove_operation, "PUT /agent/{agentId}"),
    # More breaking ones.
    (
        "request enum value removed",
        lambda s: schema(s, "AgentType")["enum"].remove("user-agent"),
        "AgentType",
    ),
    (
        "new required query parameter",
        lambda s: _op(s, "/agent", "get")["parameters"].append(
            {"name": "scope", "in": "query", "required": True, "schema": {"type": "string"}}
        ),
        "listAgents query parameter scope",
    ),
    (
        "query parameter removed",
        lambda s: _op(s, "/agent", "get")["parameters"].remove(_param(s, "/agent", "get", "searchQuery")),
        "listAgents query parameter searchQuery",
    ),
    (
        "response field removed",
        lambda s: schema(s, "AgentTask")["properties"].pop("taskObjective"),
        "AgentTask.taskObjective",
    ),
    (
        "response field now nullable",
        lambda s: schema(s, "Agent")["properties"]["name"].update(nullable=True),
        "Agent.name",
    ),
    (
        "response field no longer required",
        lambda s: schema(s, "AgentTask")["required"].remove("status"),
        "AgentTask.status",
    ),
    (
        "request constraint narrowed",
        lambda s: _param(s, "/agent", "get", "pageSize")["schema"].update(maximum=50),
        "listAgents query parameter pageSize",
    ),
    (
        "field removed from an array item",
        lambda s: schema(s, "AgentTaskNode")["properties"].pop("userQuestions"),
        "AgentTaskNode.userQuestions",
    ),
    (
        "field removed from an allOf part",
        lambda s: schema(s, "CreatedTask")["allOf"][1]["properties"].pop("updatesUrl"),
        "CreatedTask.updatesUrl",
    ),
    (
        "request field removed",
        lambda s: schema(s, "UpdateAgentRequest")["properties"].pop("vectorDbId"),
        "UpdateAgentRequest.vectorDbId",
    ),
    (
        "request length narrowed",
        lambda s: schema(s, "UpdateAgentRequest")["properties"]["name"].update(maxLength=50),
        "UpdateAgentRequest.name",
    ),
    (
        "response body removed",
        lambda s: _op(s, "/agent-graphs/{agentId}", "get")["responses"]["200"].pop("content"),
        "getAgentGraph response",
    ),
    (
        "operation moved to another path",
        lambda s: s["paths"].__setitem__(
            "/agents/{agentId}", {"put": s["paths"]["/agent/{agentId}"].pop("put")}
        ),
        "PUT /agent/{agentId}",
    ),
    (
        "method renamed",
        lambda s: _op(s, "/agent", "get").update({"x-beam-method": "list_agents"}),
        "GET /agent",
    ),
    (
        "request type narrowed",
        lambda s: _param(s, "/agent", "get", "searchQuery").update(schema={"type": "integer"}),
        "listAgents query parameter searchQuery",
    ),
    # Not breaking.
    ("operation and response field added", add_operation_and_field, None),
    ("new tag of five operations", _add_trigger_tag, None),
    (
        "optional query parameter added",
        lambda s: _op(s, "/agent", "get")["parameters"].append(
            {"name": "archived", "in": "query", "schema": {"type": "boolean"}}
        ),
        None,
    ),
    (
        "optional request field added",
        lambda s: schema(s, "UpdateAgentRequest")["properties"].update(icon={"type": "string"}),
        None,
    ),
    ("request enum value added", lambda s: schema(s, "AgentType")["enum"].append("team-agent"), None),
    (
        "request field made optional",
        lambda s: schema(s, "CreateTaskRequest")["required"].remove("agentId"),
        None,
    ),
    ("response field made required", lambda s: schema(s, "Agent")["required"].append("name"), None),
    (
        "request constraint relaxed",
        lambda s: _param(s, "/agent", "get", "pageSize")["schema"].update(maximum=500),
        None,
    ),
    (
        "response nullable dropped",
        lambda s: schema(s, "AgentCategory")["properties"]["deletedAt"].pop("nullable"),
        None,
    ),
    (
        "nested response field added",
        lambda s: schema(s, "AgentCategory")["properties"].update(icon={"type": "string"}),
        None,
    ),
    (
        "descriptions and examples only",
        lambda s: _op(s, "/agent", "get").update(summary="All agents", description="Changed."),
        None,
    ),
    (
        "request integer widened to number",
        lambda s: _param(s, "/agent", "get", "pageNum")["schema"].update(type="number"),
        None,
    ),
]


def test_the_corpus_is_large_enough_and_mixed() -> None:
    assert len(CORPUS) >= 20
    assert sum(where is not None for _, _, where in CORPUS) >= 10
    assert sum(where is None for _, _, where in CORPUS) >= 10


@pytest.mark.parametrize(("name", "mutate", "where"), CORPUS, ids=[c[0] for c in CORPUS])
def test_seeded_change_is_flagged_breaking_exactly_when_it_is(
    name: str, mutate: Mutation, where: str | None
) -> None:
    new = real_spec()
    mutate(new)
    changes = diff_specs(_real_spec(), new)
    flagged = breaking(changes)
    if where is None:
        assert not flagged, f"{name}: flagged breaking: " + "; ".join(c.describe() for c in flagged)
    else:
        assert any(c.location == where for c in flagged), (
            f"{name}: nothing breaking at {where}: " + "; ".join(c.describe() for c in changes)
        )


def test_an_unchanged_spec_has_no_changes() -> None:
    assert diff_specs(_real_spec(), real_spec()) == []


# -- scripts/api_report.sh end to end ------------------------------------------------------------------------


def _git(cwd: Path, *args: str) -> None:
    env = {
        **os.environ,
        "GIT_AUTHOR_NAME": "t",
        "GIT_AUTHOR_EMAIL": "t@example.com",
        "GIT_COMMITTER_NAME": "t",
        "GIT_COMMITTER_EMAIL": "t@example.com",
    }
    subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True, env=env)


@pytest.mark.slow
def test_api_report_names_the_four_breaking_changes_of_the_issue(tmp_path: Path) -> None:
    """A repository with the spec and the scripts; the four changes are made to its working tree."""
    for part in ("openapi", "scripts"):
        shutil.copytree(ROOT / part, tmp_path / part, ignore=shutil.ignore_patterns("__pycache__"))
    _git(tmp_path, "init", "-q", "-b", "main")
    _git(tmp_path, "add", "-A")
    _git(tmp_path, "commit", "-qm", "base")
    spec = real_spec()
    for mutate in (
        rename_response_field,
        require_optional_request_field,
        change_field_type,
        remove_operation,
    ):
        mutate(spec)
    (tmp_path / "openapi" / "beam.yaml").write_text(yaml.safe_dump(spec, sort_keys=False))
    (tmp_path / "generated").mkdir()
    (tmp_path / "generated" / "new_module.py").write_text("x = 1\n")

    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}"}
    run = subprocess.run(
        ["bash", str(tmp_path / "scripts" / "api_report.sh")],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )

    assert run.returncode == 0, run.stderr
    spec_part = run.stdout.split("## 1. Spec changes")[1].split("### Not breaking")[0]
    for expected in (
        "`Agent.name`: response field renamed",
        "`TaskQuery.additionalInfo`: request field made required",
        "`Agent.order`: type changed",
        "`PUT /agent/{agentId}`: operation removed",
    ):
        assert expected in spec_part, run.stdout
    assert "- spec: **4 breaking**" in run.stdout
    # The diffstat shows a new generated file even before it is added to git.
    assert "generated/new_module.py (new, untracked) | +1 -0" in run.stdout


# -- the project's own spec history --------------------------------------------------------------------------

# Real breaking changes in the history (all before the first release), each checked by hand.
EXPECTED_BREAKING = {
    "ae0c520": (
        {"addViewColumn response", "createCustomIntegration response", "createView response"},
        "operations new in this release (from Beam's tooling): a create's answer given a schema with its id"
        " before any release had them",
    ),
    "687b38b": (
        {"getAgentAnalytics query parameter startDate", "getAgentAnalytics query parameter endDate"},
        "date-time format dropped: the low-level functions took a datetime, then a str",
    ),
    "a00c4e6": (
        {
            "AgentGraphNode.autoRetryWhenAccuracyLessThan",
            "AgentTask.endedAt",
            "AgentTask.startedAt",
            "AgentTask.taskQuery",
            "AgentTask.totalExecutionTime",
            "AgentTaskNodeSummary",
        },
        "task fields retyped (nodes typed, taskQuery any JSON, times nullable, thresholds numbers)",
    ),
    "a1ae198": (
        {
            "EdgeConditionGroup.id",
            "EdgeConditionRule.id",
            "FeatureFlag.id",
            "InputParam.id",
            "MinimalAgentGraphNode.id",
            "ToolConfiguration.id",
        },
        "ids made optional again in responses where the docs show objects without one (str -> str | None)",
    ),
    "ec7cdf2": (
        {"CreateTaskRequest.agentId", "CreateTaskRequest.taskQuery", "TaskQuery.query"},
        "createTask's agentId and taskQuery.query made required, as documented",
    ),
}


def _git_out(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["git", "-C", str(ROOT), *args], capture_output=True, text=True, check=False)


@pytest.mark.slow
def test_replaying_the_spec_history_raises_no_false_breaking() -> None:
    if _git_out("rev-parse", "--is-inside-work-tree").stdout.strip() != "true":
        pytest.skip("not a git checkout: no spec history to replay")
    if _git_out("rev-parse", "--is-shallow-repository").stdout.strip() == "true":
        pytest.skip("shallow clone: the spec history is incomplete (fetch with --unshallow to replay it)")
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    found: dict[str, set[str]] = {}
    pairs = 0
    for line in _git_out("log", "--format=%H %P", "--", "openapi/beam.yaml").stdout.splitlines():
        commit, *parents = line.split()
        after = yaml.load(_git_out("show", f"{commit}:openapi/beam.yaml").stdout, Loader=loader)
        # A merge is judged on what it adds against every parent (what a merged branch already did
        # was judged in that branch's own commits).
        per_parent = []
        for parent in parents:
            before = _git_out("show", f"{parent}:openapi/beam.yaml")
            if before.returncode == 0:
                pairs += 1
                per_parent.append(
                    {c.location for c in breaking(diff_specs(yaml.load(before.stdout, Loader=loader), after))}
                )
        flagged = set.intersection(*per_parent) if per_parent else set()
        if flagged:
            found[commit[:7]] = flagged
    assert pairs >= 10
    expected = {commit: locations for commit, (locations, _reason) in EXPECTED_BREAKING.items()}
    assert found == expected, (
        "A commit's spec change is flagged breaking. If it really is, add it to EXPECTED_BREAKING with the "
        "reason (and an entry under ### Breaking in CHANGELOG.md); if not, fix the classifier."
    )


# -- the public Python API diff --------------------------------------------------------------------------------


def _tree(root: Path, source: str) -> Path:
    package = root / "overlay" / "beam_ai"
    package.mkdir(parents=True)
    (package / "__init__.py").write_text(source)
    return root


def test_python_api_diff_sees_type_changes_additions_and_removals(tmp_path: Path) -> None:
    old = python_api.dump(
        _tree(
            tmp_path / "old",
            "class Client:\n"
            "    def get(self, item_id: str, *, timeout: float | None = None) -> dict[str, int]: ...\n"
            "    def gone(self) -> None: ...\n"
            "    size: int\n"
            "def helper(x: int) -> str: ...\n",
        )
    )
    new = python_api.dump(
        _tree(
            tmp_path / "new",
            "class Client:\n"
            "    def get(self, item_id: int, *, timeout: float | None = None, page: int = 1) -> dict[str, int]: ...\n"
            "    def added(self) -> None: ...\n"
            "    size: int | None\n"
            "def helper(x: int | str) -> str: ...\n",
        )
    )
    changes = {c.path: c for c in python_api.diff(old, new)}
    assert changes["beam_ai.Client.get"].breaking
    assert "parameter `item_id`: `str` -> `int`" in changes["beam_ai.Client.get"].detail
    assert "new optional parameter `page`" in changes["beam_ai.Client.get"].detail
    assert changes["beam_ai.Client.gone"].kind == "removed" and changes["beam_ai.Client.gone"].breaking
    assert changes["beam_ai.Client.added"].kind == "added" and not changes["beam_ai.Client.added"].breaking
    assert changes["beam_ai.Client.size"].breaking  # a reader may now get None
    assert not changes["beam_ai.helper"].breaking  # the argument accepts more than before
    assert {"Client.get", "Client.*"} <= set(changes["beam_ai.Client.get"].names)
    assert "Client" not in changes["beam_ai.Client.get"].names  # a mention of the class is not enough


def test_a_new_shorter_name_for_an_object_only_adds_that_name(tmp_path: Path) -> None:
    """The object is described under its shortest public name; when that name changes, its members
    must not be reported removed from the old one (it is still there, as an alias)."""

    def tree(root: Path, init: str) -> dict[str, Any]:
        _tree(root, init)
        deep = root / "overlay" / "beam_ai" / "deep"
        deep.mkdir()
        (deep / "__init__.py").write_text("from ._impl import Client\n__all__ = ['Client']\n")
        (deep / "_impl.py").write_text("class Client:\n    def get(self, item_id: str) -> int: ...\n")
        return python_api.dump(root)

    old = tree(tmp_path / "old", "")
    new = tree(tmp_path / "new", "from .deep import Client\n__all__ = ['Client']\n")
    assert new["beam_ai.deep.Client"] == {"kind": "alias", "of": "beam_ai.Client"}
    assert [(c.path, c.kind, c.breaking) for c in python_api.diff(old, new)] == [
        ("beam_ai.Client", "added", False)
    ]


@functools.cache
def _api_of_this_tree() -> dict[str, Any]:
    return python_api.dump(ROOT)


def test_a_namespace_method_change_may_be_named_as_users_call_it() -> None:
    api = _api_of_this_tree()
    # A namespace without a hand-written overlay (its class is the generated one, re-exported).
    without = {k: v for k, v in api.items() if not k.endswith("TriggersResource.update")}
    changes = python_api.diff(api, without)
    assert {c.path for c in changes} == {
        "beam_ai.resources.TriggersResource.update",
        "beam_ai.resources.AsyncTriggersResource.update",
    }
    assert all("triggers.update" in c.names and c.breaking for c in changes)


def test_python_api_dump_covers_both_packages_and_the_namespace_helpers() -> None:
    api = _api_of_this_tree()
    assert api["beam_ai.Beam.agent_tasks"] == {"kind": "property", "annotation": "AgentTasksResource"}
    assert api["beam_ai.resources.AgentTasksResource.run"]["kind"] == "function"
    assert api["beam_ai_api.models.Agent.name"] == {
        "kind": "attribute",
        "annotation": "str | None",
        "has_default": True,
    }
    assert api["beam_ai_api.models.agent.Agent"] == {"kind": "alias", "of": "beam_ai_api.models.Agent"}


# -- generated/API.md --------------------------------------------------------------------------------------------


def test_api_md_lists_every_generated_namespace_method_on_both_clients_and_every_model() -> None:
    """Multipart uploads are hand-written (README), so their methods are in the report, not in API.md."""
    text = (ROOT / "generated" / "API.md").read_text()
    spec = _real_spec()
    for path, item in spec["paths"].items():
        for method, op in item.items():
            name = op.get("x-beam-method") if isinstance(op, dict) else None
            media = set(op.get("requestBody", {}).get("content", {})) if isinstance(op, dict) else set()
            if name and "multipart/form-data" not in media:
                assert f"- `{name}(" in text, f"{method.upper()} {path}: sync `{name}` missing"
                assert f"- `async {name}(" in text, f"{method.upper()} {path}: async `{name}` missing"
    from beam_ai_api import models

    for model in models.__all__:
        assert f"### `{model}`" in text


def test_reviews_fold_the_low_level_generated_modules_but_not_the_surface_or_api_md() -> None:
    if _git_out("rev-parse", "--is-inside-work-tree").stdout.strip() != "true":
        pytest.skip("not a git checkout: .gitattributes is not read")
    paths = {
        "generated/beam_ai_api/models/agent.py": "true",
        "generated/beam_ai_api/api/agents/list_agents.py": "true",
        "generated/beam_ai_api/client.py": "true",
        "generated/beam_ai_api/openapi.json": "true",
        "generated/API.md": "unspecified",
        "generated/beam_ai_api/surface/agents.py": "unspecified",
    }
    out = _git_out("check-attr", "linguist-generated", "--", *paths).stdout
    found = dict(line.split(": linguist-generated: ") for line in out.splitlines())
    assert found == paths
