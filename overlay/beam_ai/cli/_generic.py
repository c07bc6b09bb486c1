"""`beam-ai <namespace> <method> [args]`: every namespace method, with JSON output, from the operation table.

Nothing here names an operation: the commands come from the generated operation table
(`beam_ai_api.surface.operations`, one entry per spec operation with its tag, method name and
safety class) and the signature of the namespace method it names, so a new operation in the spec is
a new command after `scripts/regen.sh`. Path ids are positional arguments; every other parameter is
an option (`--page-size 10`); values for non-string parameters are read as JSON (`--configuration
'{"beamAction": "Timer"}'`, `--urls '["https://..."]'`). A destructive operation asks first unless
`--yes`. The namespace is spelled with dashes (`learning-hub`, `agent-tasks`).
"""

from __future__ import annotations

import argparse
import inspect
import json
import sys
from collections.abc import Callable
from typing import Any

from .._client import Beam
from ._confirm import confirm
from ._exit import ExitCode

#: Parameters every namespace method takes that the CLI sets itself.
_CLIENT_OPTIONS = frozenset({"self", "timeout", "max_retries"})


def _operations() -> list[Any]:
    from beam_ai_api.surface.operations import OPERATIONS

    return sorted(OPERATIONS.values(), key=lambda operation: (operation.tag, operation.name))


def _method(tag: str, name: str) -> Callable[..., Any] | None:
    """The sync namespace class's method (None for operations without one, e.g. multipart uploads)."""
    from .. import resources

    cls = getattr(resources, "".join(part.title() for part in tag.split("_")) + "Resource", None)
    method = getattr(cls, name, None)
    return method if callable(method) else None


def _parse_value(annotation: str) -> Callable[[str], Any]:
    if annotation.startswith("str") and "Sequence" not in annotation:
        return str

    def parse(text: str) -> Any:
        try:
            return json.loads(text)
        except ValueError:
            return text  # a bare word for a string-or-list parameter

    return parse


def add_generic_commands(groups: Any, existing: dict[str, Any], common: argparse.ArgumentParser) -> None:
    """One group per namespace (`existing` maps group names already defined to their subparsers;
    `common` holds the options every command takes)."""
    for operation in _operations():
        method = _method(operation.tag, operation.name)
        if method is None:
            continue
        group = operation.tag.replace("_", "-")
        if group not in existing and group in groups.choices:
            continue  # a hand-written command of that name without subcommands (`user`)
        if group not in existing:
            existing[group] = groups.add_parser(group, help=f"client.{operation.tag} methods").add_subparsers(
                dest="command", required=True
            )
        command = operation.name.replace("_", "-")
        if command in existing[group].choices:
            continue  # a hand-written command of that name (`agents list`) comes first
        destructive = operation.safety == "destructive-write"
        summary = operation.summary + (" (destructive: asks first)" if destructive else "")
        parser = existing[group].add_parser(
            command,
            help=summary,
            description=inspect.getdoc(method),
            formatter_class=argparse.RawDescriptionHelpFormatter,
            parents=[common],
        )
        parser.set_defaults(generic=(operation.tag, operation.name, destructive))
        for name, parameter in inspect.signature(method).parameters.items():
            if name in _CLIENT_OPTIONS:
                continue
            convert = _parse_value(str(parameter.annotation))
            if parameter.kind is inspect.Parameter.POSITIONAL_OR_KEYWORD:
                parser.add_argument(name, type=convert, metavar=name.upper())
            else:
                required = parameter.default is inspect.Parameter.empty
                flag = "--" + name.replace("_", "-")
                parser.add_argument(
                    flag,
                    dest=f"arg_{name}",
                    type=convert,
                    required=required,
                    default=None,
                    metavar=name.upper(),
                )
        if destructive:
            parser.add_argument("--yes", action="store_true", help="do not ask before this destructive call")


def _plain(value: Any) -> Any:
    if hasattr(value, "to_dict"):
        return value.to_dict()
    if isinstance(value, list):
        return [_plain(item) for item in value]
    return value


def run_generic(client: Beam, args: argparse.Namespace) -> ExitCode:
    """Call the namespace method the parsed arguments name and print its result as JSON."""
    tag, name, destructive = args.generic
    method = getattr(getattr(client, tag), name)
    keywords = {
        key[4:]: value for key, value in vars(args).items() if key.startswith("arg_") and value is not None
    }
    positional = [
        getattr(args, parameter.name)
        for parameter in inspect.signature(method).parameters.values()
        if parameter.kind is inspect.Parameter.POSITIONAL_OR_KEYWORD
    ]
    if destructive:
        target = " ".join(str(value) for value in positional)
        confirm(f"{tag.replace('_', '-')} {name.replace('_', '-')} {target}".strip(), yes=args.yes)
    result = method(*positional, **keywords)
    json.dump(_plain(result), sys.stdout, indent=2, default=str)
    sys.stdout.write("\n")
    return ExitCode.OK
