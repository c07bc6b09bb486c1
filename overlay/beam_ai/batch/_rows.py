"""Input rows and result files: JSONL or CSV (by file extension), keys, and the query template."""

from __future__ import annotations

import codecs
import csv
import io
import json
import os
import string
import tempfile
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .._errors import BeamValidationError

DEFAULT_KEY_COLUMN = "id"
RESULT_FIELDS = ("key", "task_id", "status", "summary", "output", "error")


@dataclass(frozen=True, slots=True)
class BatchRow:
    """One input row: its key (unique in the batch), its position and the query made from it."""

    key: str
    position: int
    query: str


def _format(path: Path, argument: str) -> str:
    suffix = path.suffix.lower()
    if suffix in (".jsonl", ".ndjson", ".json"):
        return "jsonl"
    if suffix == ".csv":
        return "csv"
    raise BeamValidationError(argument, f"{path}: expected a .jsonl or .csv file")


def _text_of(source: Path) -> str:
    """The file's text (UTF-8, a byte-order mark dropped); unreadable or not UTF-8 is a usage error."""
    try:
        content = source.read_bytes()
    except OSError as error:
        raise BeamValidationError("rows", f"{source}: cannot read it ({error.strerror or error})") from None
    content = content.removeprefix(codecs.BOM_UTF8)
    try:
        return content.decode("utf-8")
    except UnicodeDecodeError as error:
        line = content[: error.start].count(b"\n") + 1
        raise BeamValidationError(
            "rows",
            f"{source}:{line}: not UTF-8 text (byte {content[error.start]:#04x}); save the file as UTF-8",
        ) from None


def _csv_rows(source: Path, text: str) -> list[dict[str, Any]]:
    """The rows of a CSV with a header; a row with fewer or more fields than the header is refused."""
    reader = csv.DictReader(io.StringIO(text, newline=""))
    rows: list[dict[str, Any]] = []
    for number, row in enumerate(reader, start=1):
        where = f"{source}:{reader.line_num}: row {number}"
        if None in row:
            raise BeamValidationError(
                "rows", f"{where} has more fields than the header ({', '.join(reader.fieldnames or ())})"
            )
        missing = [name for name, value in row.items() if value is None]
        if missing:
            raise BeamValidationError(
                "rows", f"{where} has no value for column {missing[0]!r} (it is shorter than the header)"
            )
        rows.append(dict(row))
    return rows


def read_rows(path: str | os.PathLike[str]) -> list[dict[str, Any]]:
    """The rows of a JSONL file (one JSON object a line, blank lines skipped) or a CSV with a header.

    Text is UTF-8 (a byte-order mark, as Excel writes "CSV UTF-8", is dropped). A missing or
    unreadable file, text that is not UTF-8 and a malformed row are `BeamValidationError`s naming
    the file and line: usage errors, found before anything is sent.
    """
    source = Path(path)
    kind = _format(source, "rows")
    text = _text_of(source)
    if kind == "csv":
        return _csv_rows(source, text)
    rows: list[dict[str, Any]] = []
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            value = json.loads(line)
        except (ValueError, RecursionError) as error:
            raise BeamValidationError("rows", f"{source}:{number}: not valid JSON ({error})") from None
        if not isinstance(value, dict):
            raise BeamValidationError("rows", f"{source}:{number}: expected a JSON object per line")
        rows.append(value)
    return rows


def _fields(template: str) -> list[str]:
    try:
        parsed = list(string.Formatter().parse(template))
    except ValueError as error:
        raise BeamValidationError("query", f"not a valid template ({error})") from None
    return [field for _, field, _, _ in parsed if field is not None]


def check_template(template: str) -> None:
    """Templates name row fields (`{ticket}`); positional `{}` / `{0}` would have nothing to fill."""
    for field in _fields(template):
        name = field.split(".", 1)[0].split("[", 1)[0]
        if not name or name.isdigit():
            raise BeamValidationError(
                "query", f"placeholders must name a row field, like {{ticket}} (got {{{field}}})"
            )


def render_query(template: str, row: Mapping[str, Any], key: str) -> str:
    try:
        return template.format_map(row)
    except KeyError as error:
        raise BeamValidationError(
            "query", f"row {key!r} has no field {error.args[0]!r} (it has: {', '.join(map(str, row))})"
        ) from None
    except (IndexError, AttributeError, ValueError) as error:
        raise BeamValidationError("query", f"row {key!r}: {error}") from None


def key_column_for(rows: Sequence[Mapping[str, Any]], key: str | None) -> str | None:
    """The column that names rows: `key` if given, else `id` when every row has one, else None."""
    if key is not None:
        return key
    if rows and all(row.get(DEFAULT_KEY_COLUMN) not in (None, "") for row in rows):
        return DEFAULT_KEY_COLUMN
    return None


def batch_rows(rows: Sequence[Mapping[str, Any]], template: str, key: str | None = None) -> list[BatchRow]:
    """Key and render every row. Keys come from column `key` (default `id` when all rows have it),
    else the row's 1-based number; they must be unique and non-empty."""
    check_template(template)
    column = key_column_for(rows, key)
    seen: dict[str, int] = {}
    result: list[BatchRow] = []
    for position, row in enumerate(rows, start=1):
        if column is None:
            row_key = str(position)
        else:
            value = row.get(column)
            if value is None or value == "":
                raise BeamValidationError("key", f"row {position} has no {column!r} value")
            row_key = str(value)
        if row_key in seen:
            raise BeamValidationError(
                "key", f"rows {seen[row_key]} and {position} share the key {row_key!r}; keys must be unique"
            )
        seen[row_key] = position
        result.append(BatchRow(row_key, position, render_query(template, row, row_key)))
    return result


def _same_file(first: Path, second: Path) -> bool:
    try:
        return os.path.samefile(first, second)
    except OSError:  # one of them does not exist (yet)
        return first.resolve() == second.resolve()


def check_output(out: str | os.PathLike[str], rows: str | os.PathLike[str] | None = None) -> Path:
    """Check, before any task is created, that results can be written to `out`; returns its path.

    Refused (`BeamValidationError` naming `out`): an extension that is not .jsonl/.csv, the input
    file itself, a folder, a parent that is a file, a folder that cannot be written. Missing parent
    folders are created (the run would create them anyway).
    """
    target = Path(out)
    _format(target, "out")
    if target.is_dir():
        raise BeamValidationError("out", f"{target} is a folder; name a .jsonl or .csv file")
    if rows is not None and _same_file(target, Path(rows)):
        raise BeamValidationError("out", f"{target} is the input file; results would overwrite it")
    ancestor = target.parent
    while not ancestor.exists() and ancestor != ancestor.parent:
        ancestor = ancestor.parent
    if not ancestor.is_dir():
        raise BeamValidationError("out", f"{target}: {ancestor} is a file, not a folder")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        descriptor, probe = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
        os.close(descriptor)
        os.unlink(probe)
    except OSError as error:
        raise BeamValidationError(
            "out", f"{target}: cannot write in {target.parent} ({error.strerror or error})"
        ) from None
    return target


def _csv_value(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    return json.dumps(value, default=str)


def write_results(path: str | os.PathLike[str], records: Iterable[Mapping[str, Any]]) -> int:
    """Write result records (JSONL or CSV by extension) atomically: a reader never sees half a file."""
    target = Path(path)
    kind = _format(target, "out")
    target.parent.mkdir(parents=True, exist_ok=True)
    descriptor, temporary = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
    count = 0
    try:
        with os.fdopen(descriptor, "w", encoding="utf-8", newline="") as handle:
            if kind == "csv":
                writer = csv.DictWriter(handle, fieldnames=RESULT_FIELDS)
                writer.writeheader()
                for record in records:
                    writer.writerow({name: _csv_value(record.get(name)) for name in RESULT_FIELDS})
                    count += 1
            else:
                for record in records:
                    line = {name: record.get(name) for name in RESULT_FIELDS}
                    handle.write(json.dumps(line, default=str, ensure_ascii=False) + "\n")
                    count += 1
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return count
