"""`beam-ai <namespace> <method> [args]`: every namespace method, with JSON output, from the operation table.

Nothing here names an operation: the commands come from the generated operation table
(`beam_ai_api.surface.operations`, one entry per spec operation with its tag, method name and
safety class) and the signature of the namespace method it names, so a new operation in the spec is
a new command after `scripts/regen.sh`. Path ids are positional arguments; every other parameter is
an option (`--page-size 10`); values for non-string parameters are read as JSON (`--configuration
'{"beamAction": "Timer"}'`, `--urls '["https://..."]'`). A destructive operation asks first unless
`--yes`. The namespace is spelled with dashes (`learning-hub`, `agent-tasks`).

Only what the command line names is built (`_lazy`): a namespace's commands are listed from the table
when the namespace is named, and one command's parser is read from its method when it runs.
"""

from __future__ import annotations

import argparse
import functools
import inspect
import json
import sys
from collections.abc import Callable
from functools import cached_property
from types import SimpleNamespace
from typing import TYPE_CHECKING, Any

from .._client import Beam
from ._confirm import confirm
from ._exit import ExitCode
from ._lazy import LazySubcommands, add_lazy_subcommands

if TYPE_CHECKING:
    from beam_ai_api.surface.operations import Operation

#: Parameters every namespace method takes that the CLI sets itself.
_CLIENT_OPTIONS = frozenset({"self", "timeout", "max_retries"})


def namespace_tags() -> list[str]:
    """Every namespace of the client (a tag of the spec), sorted.

    Read from the clients' generated namespace properties, which `import beam_ai` has loaded
    already: listing the commands costs no import of the operation table or of any namespace.
    """
    from beam_ai_api.client_namespaces import Namespaces

    return sorted(name for name, value in vars(Namespaces).items() if isinstance(value, cached_property))


def _operations(tag: str) -> list[Operation]:
    from beam_ai_api.surface.operations import OPERATIONS

    return sorted((op for op in OPERATIONS.values() if op.tag == tag), key=lambda operation: operation.name)


def _method(tag: str, name: str) -> Callable[..., Any]:
    """The method `Beam(...).<tag>.<name>`, unbound, importing only that namespace's module.

    The namespace's class is the one the client's own property makes (the overlay's subclass where
    there is one), made here for a stand-in client without a requester; importing
    `beam_ai.resources` instead would load all 15 namespaces and their models (about 0.25 s).
    """
    namespace = getattr(Beam, tag).func(SimpleNamespace(_requester=None))
    method: Callable[..., Any] = getattr(type(namespace), name)
    return method


def _parse_value(annotation: str) -> Callable[[str], Any]:
    if annotation.startswith("str") and "Sequence" not in annotation:
        return str

    def parse(text: str) -> Any:
        try:
            return json.loads(text)
        except ValueError:
            return text  # a bare word for a string-or-list parameter

    return parse


def namespace_group(tag: str, common: argparse.ArgumentParser, prog: str) -> argparse.ArgumentParser:
    """The parser of `beam-ai <namespace>` (`common` holds the options every command takes)."""
    parser = argparse.ArgumentParser(prog=prog)
    add_namespace_commands(add_lazy_subcommands(parser, dest="command", required=True), tag, common)
    return parser


def add_namespace_commands(commands: LazySubcommands, tag: str, common: argparse.ArgumentParser) -> None:
    """One command per operation of the namespace, listed from the operation table; a command's
    arguments are read from its method's signature when the command line names it."""
    for operation in _operations(tag):
        command = operation.name.replace("_", "-")
        if command in commands.choices:
            continue  # a hand-written command of that name (`agents list`) comes first
        destructive = operation.safety == "destructive-write"
        summary = operation.summary + (" (destructive: asks first)" if destructive else "")
        commands.add_lazy(command, functools.partial(method_parser, operation, common), help=summary)


def method_parser(
    operation: Operation, common: argparse.ArgumentParser, prog: str
) -> argparse.ArgumentParser:
    """The parser of `beam-ai <namespace> <method>`: path ids positional, other parameters options."""
    method = _method(operation.tag, operation.name)
    destructive = operation.safety == "destructive-write"
    parser = argparse.ArgumentParser(
        prog=prog,
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
    return parser


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
