"""Subcommands whose parsers are made only when the command line names them.

The CLI has a command for each of the 126 operations; making all their parsers (importing every
namespace and reading every method's signature) cost about 0.3 s of CPU at every start, also for
`beam-ai tasks run`. On the subcommands of `add_lazy_subcommands(parser)`, `add_lazy` registers a
command by its name and one-line help, which is all the help of the level above shows; its parser
is made when first looked up in `choices`, which argparse does only for the command it is about to
run. Everything else stays argparse's own: choices, their order, usage and error messages, exit codes.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Iterator, MutableMapping
from typing import TYPE_CHECKING, Any, cast

#: Makes a command's parser; given the `prog` it must use (`beam-ai agents get`).
ParserFactory = Callable[[str], argparse.ArgumentParser]


class _Parsers(MutableMapping[str, argparse.ArgumentParser]):
    """Command name -> parser, in the order the commands were added; a pending one is made when read."""

    def __init__(self, prog_prefix: str) -> None:
        self._prog_prefix = prog_prefix
        self._entries: dict[str, argparse.ArgumentParser | ParserFactory] = {}

    def add_pending(self, name: str, make: ParserFactory) -> None:
        self._entries[name] = make

    def __getitem__(self, name: str) -> argparse.ArgumentParser:
        entry = self._entries[name]
        if isinstance(entry, argparse.ArgumentParser):
            return entry
        parser = self._entries[name] = entry(f"{self._prog_prefix} {name}")
        return parser

    def __setitem__(self, name: str, parser: argparse.ArgumentParser) -> None:
        self._entries[name] = parser

    def __delitem__(self, name: str) -> None:
        del self._entries[name]

    def __iter__(self) -> Iterator[str]:
        return iter(self._entries)

    def __len__(self) -> int:
        return len(self._entries)

    def __contains__(self, name: object) -> bool:  # without making the parser
        return name in self._entries


if TYPE_CHECKING:  # generic in typeshed only
    _SubParsersAction = argparse._SubParsersAction[argparse.ArgumentParser]
else:
    _SubParsersAction = argparse._SubParsersAction


class LazySubcommands(_SubParsersAction):
    """argparse's subcommands action, plus `add_lazy` (commands from `add_parser` are made at once)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        parsers = _Parsers(self._prog_prefix)
        self._name_parser_map = self.choices = parsers  # type: ignore[assignment]
        self._parsers = parsers

    def add_lazy(self, name: str, make: ParserFactory, *, help: str) -> None:
        """A command listed as `name` with `help`; `make(prog)` returns its parser when it is needed."""
        if name in self._parsers:
            raise argparse.ArgumentError(self, f"conflicting subparser: {name}")
        self._choices_actions.append(self._ChoicesPseudoAction(name, (), help))
        self._parsers.add_pending(name, make)


def add_lazy_subcommands(parser: argparse.ArgumentParser, **kwargs: Any) -> LazySubcommands:
    """`parser.add_subparsers(**kwargs)`, with `LazySubcommands` as its action."""
    return cast(LazySubcommands, parser.add_subparsers(action=LazySubcommands, **kwargs))
