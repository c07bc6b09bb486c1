"""The documentation users read in their editor (`help()`, hovers): the helpers document every
parameter, and the generated docstrings carry user documentation, not the spec's research notes
(those live in `x-beam-notes`, which the templates do not render)."""

from __future__ import annotations

import ast
import inspect
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import beam_ai_api
from beam_ai.batch import answer_row, arun_batch, run_batch
from beam_ai.resources import AgentTasksResource, AsyncAgentTasksResource

RESEARCH = re.compile(
    r"(?i:third[- ]party|rendered example|older (?:render|example|\(Bearer)|Bearer[- ]era|render showed"
    r"|Decision:|vendor (?:spec|example)|from (?:the )?example|spec cut off|name from spec|not shown"
    r"|update-edge example|read from example|example (?:shows|uses)|docs inventory|\bscript\b)"
    r"|\bDTO\b|Dto\b"
)

HELPERS: list[Callable[..., Any]] = [
    *(
        getattr(cls, name)
        for cls in (AgentTasksResource, AsyncAgentTasksResource)
        for name in ("run", "wait", "stream", "answer", "consent")
    ),
    run_batch,
    arun_batch,
    answer_row,
]


def _generated_docstrings() -> list[tuple[str, str]]:
    found = []
    for path in sorted(Path(beam_ai_api.__file__).parent.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
                doc = ast.get_docstring(node)
                if doc:
                    found.append((path.name, doc))
    return found


def test_generated_docstrings_carry_no_research_notes() -> None:
    docstrings = _generated_docstrings()
    assert len(docstrings) > 500  # models, operations and namespaces were all read
    notes = sorted(
        {match.group(0) + " in " + name for name, doc in docstrings for match in RESEARCH.finditer(doc)}
    )
    assert notes == []


def test_the_research_pattern_catches_what_the_spec_used_to_render() -> None:
    for note in (
        "page_size: older Bearer render showed maximum 1000000",
        "personality (str | None): from rendered example",
        "agent_description: third-party only",
        "Decision: nullable; unset until the task starts/ends.",
        "third-party: returns MinimalAgentGraphNodeDto",
    ):
        assert RESEARCH.search(note), note
    assert not RESEARCH.search("Exchange an API key for a short-lived access token (idToken)")


@pytest.mark.parametrize("helper", HELPERS, ids=lambda f: f.__qualname__)
def test_helpers_document_every_parameter_what_they_return_and_raise(helper: Callable[..., Any]) -> None:
    doc = inspect.getdoc(helper) or ""
    args = doc.split("Args:", 1)[1].split("Returns:", 1)[0] if "Args:" in doc else ""
    documented = set(re.findall(r"^\s{4}\**(\w+)(?:, (\w+))?:", args, re.M))
    names = {name for pair in documented for name in pair if name}
    parameters = [p for p in inspect.signature(helper).parameters if p != "self"]
    assert [p for p in parameters if p not in names] == []
    assert "\nReturns:\n" in doc and "\nRaises:\n" in doc
