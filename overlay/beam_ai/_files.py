"""Files for the multipart uploads, from a path, from bytes with a filename, or from a binary file object.

What the spec documents (POST /agent-setup/upload and POST /agent-setup/{agentId}/context-file): at
most 10 files per request, of the types txt, csv, pdf, xls, xlsx, docx, doc, ppt, pptx, png, jpeg,
jpg, tiff, heif, bmp. What it does not document, and this client chooses:

- a size limit: `MAX_FILE_SIZE`, 25 MiB per file (the client's own bound, not Beam's);
- the types POST /context/agent/{agentId}/file accepts: the same list as the setup uploads.

Every file is checked (type from the filename's extension, size, not empty) and read into memory
before anything is sent, so a retried request re-sends the same bytes. Problems raise
`BeamValidationError` naming the argument (`file` or `files`).
"""

from __future__ import annotations

import io
import os
from collections.abc import Mapping, Sequence
from typing import IO, Final, TypeAlias

from beam_ai_api.types import File

from ._errors import BeamValidationError
from ._validation import check_value, schema_rules

#: Documented upload types (by extension) and the media type sent with each.
ALLOWED_TYPES: Final[Mapping[str, str]] = {
    "txt": "text/plain",
    "csv": "text/csv",
    "pdf": "application/pdf",
    "xls": "application/vnd.ms-excel",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "doc": "application/msword",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "ppt": "application/vnd.ms-powerpoint",
    "pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    "png": "image/png",
    "jpeg": "image/jpeg",
    "jpg": "image/jpeg",
    "tiff": "image/tiff",
    "heif": "image/heif",
    "bmp": "image/bmp",
}

#: Audio types `agents.transcribe_audio` sends (Beam's CLI sends the file's detected media type).
AUDIO_TYPES: Final[Mapping[str, str]] = {
    "mp3": "audio/mpeg",
    "wav": "audio/wav",
    "m4a": "audio/mp4",
    "mp4": "audio/mp4",
    "ogg": "audio/ogg",
    "webm": "audio/webm",
    "flac": "audio/flac",
}

#: Largest file this client uploads. Beam documents no limit; 25 MiB is the client's own choice.
MAX_FILE_SIZE: Final = 25 * 1024 * 1024

FileContent: TypeAlias = bytes | IO[bytes]
FileInput: TypeAlias = str | os.PathLike[str] | bytes | IO[bytes] | tuple[str, FileContent]
"""A path, bytes (with a filename), a binary file object, or a `(filename, bytes or file)` pair."""


def _is_one_file(value: object) -> bool:
    if isinstance(value, str | os.PathLike | bytes | bytearray) or hasattr(value, "read"):
        return True
    return (
        isinstance(value, tuple)
        and len(value) == 2
        and isinstance(value[0], str)
        and (isinstance(value[1], bytes | bytearray) or hasattr(value[1], "read"))
    )


def _describe(index: int | None, name: str | None) -> str:
    where = "" if index is None else f"item {index}"
    if name:
        where = f"{where} {name!r}".strip()
    return f"{where}: " if where else ""


def _file_type(field: str, prefix: str, name: str, types: Mapping[str, str] = ALLOWED_TYPES) -> str:
    _, dot, extension = name.rpartition(".")
    media_type = types.get(extension.lower()) if dot else None
    if media_type is None:
        shown = f".{extension}" if dot else "no extension"
        allowed = ", ".join(types)
        raise BeamValidationError(field, f"{prefix}type {shown} is not accepted (allowed: {allowed})")
    return media_type


def _read_limited(field: str, prefix: str, stream: IO[bytes], max_size: int) -> bytes:
    data = stream.read(max_size + 1)
    if not isinstance(data, bytes):
        raise BeamValidationError(field, f"{prefix}must be opened in binary mode")
    return data


def _read_path(field: str, prefix: str, path: str | os.PathLike[str], max_size: int) -> bytes:
    try:
        if not os.path.isfile(path):
            raise BeamValidationError(field, f"{prefix}no such file")
        if os.path.getsize(path) > max_size:
            raise BeamValidationError(
                field, f"{prefix}larger than {max_size} bytes ({os.path.getsize(path)} bytes)"
            )
        with open(path, "rb") as stream:
            return _read_limited(field, prefix, stream, max_size)
    except OSError as error:
        raise BeamValidationError(field, f"{prefix}cannot be read ({error.strerror})") from error


_KINDS = "a path, bytes, a binary file object or a (filename, bytes or file) pair"


def _name_and_content(
    value: FileInput, filename: str | None, field: str, index: int | None
) -> tuple[str | None, bytes | IO[bytes] | str | os.PathLike[str]]:
    if isinstance(value, tuple) and len(value) == 2 and isinstance(value[0], str):
        name, content = value
        if isinstance(content, bytes | bytearray):
            return filename or name, bytes(content)
        if hasattr(content, "read"):
            return filename or name, content
    elif isinstance(value, str | os.PathLike):
        return filename or os.path.basename(os.fspath(value)), value
    elif isinstance(value, bytes | bytearray):
        return filename, bytes(value)
    elif hasattr(value, "read"):
        own = getattr(value, "name", None)
        return filename or (os.path.basename(own) if isinstance(own, str) else None), value
    raise BeamValidationError(field, f"{_describe(index, None)}expected {_KINDS}, got {type(value).__name__}")


def prepare_file(
    value: FileInput,
    *,
    field: str = "file",
    filename: str | None = None,
    index: int | None = None,
    max_size: int = MAX_FILE_SIZE,
    types: Mapping[str, str] = ALLOWED_TYPES,
) -> File:
    """One upload as the generated `File`, checked for type (by extension, among `types`), size and
    emptiness, read into memory."""
    name, content = _name_and_content(value, filename, field, index)
    prefix = _describe(index, name)
    if not name:
        raise BeamValidationError(
            field, f"{prefix}needs a filename (pass filename= or a (name, content) pair)"
        )
    media_type = _file_type(field, prefix, name, types)
    if isinstance(content, str | os.PathLike):
        data = _read_path(field, prefix, content, max_size)
    elif isinstance(content, bytes):
        data = content
    else:
        data = _read_limited(field, prefix, content, max_size)
    if len(data) > max_size:
        raise BeamValidationError(field, f"{prefix}larger than {max_size} bytes")
    if not data:
        raise BeamValidationError(field, f"{prefix}is empty")
    return File(payload=io.BytesIO(data), file_name=name, mime_type=media_type)


def prepare_files(
    values: FileInput | Sequence[FileInput],
    *,
    schema: str,
    field: str = "files",
    max_size: int = MAX_FILE_SIZE,
) -> list[File]:
    """Several uploads for the multipart array `files` of `schema`; its documented item limit applies."""
    items: list[FileInput] = [values] if _is_one_file(values) else list(values)  # type: ignore[list-item, arg-type]
    check_value(field, items, schema_rules(schema)["files"])
    if not items:
        raise BeamValidationError(field, "needs at least one file")
    return [prepare_file(item, field=field, index=i, max_size=max_size) for i, item in enumerate(items)]
