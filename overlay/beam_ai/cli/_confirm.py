"""Asking before a destructive call (the operation's `x-beam-safety` in the spec), unless `--yes`."""

from __future__ import annotations

import sys


class Declined(Exception):
    """The user did not confirm (or could not be asked: stdin is not a terminal and no `--yes`)."""


def confirm(what: str, *, yes: bool) -> None:
    """Go on only with `--yes` or an explicit "y" typed on a terminal; raise `Declined` otherwise."""
    if yes:
        return
    if not sys.stdin.isatty():
        raise Declined(f"{what} cannot be undone; pass --yes to do it without asking")
    print(f"{what} cannot be undone. Proceed? [y/N] ", end="", file=sys.stderr, flush=True)
    if sys.stdin.readline().strip().lower() not in ("y", "yes"):
        raise Declined("not confirmed; nothing was sent")
