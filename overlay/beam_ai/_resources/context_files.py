"""`client.context_files`: the generated namespace plus `upload` (a multipart file, which the spec
cannot describe as a Python argument: a path, bytes with a name, or a file object)."""

from __future__ import annotations

from typing import Any

from beam_ai_api.models import UploadContextFileForm
from beam_ai_api.surface import context_files as generated
from beam_ai_api.surface.operations import OPERATIONS

from .._files import FileInput, prepare_file
from .._types import NOT_GIVEN, NotGiven, TimeoutTypes

#: The `uploadSource` third-party clients send; the spec requires the parameter but lists no values.
DEFAULT_UPLOAD_SOURCE = "FILE_UPLOAD"

_UPLOAD = OPERATIONS["uploadContextFile"]


def _upload_arguments(
    agent_id: str, file: FileInput, filename: str | None, task_id: str, upload_source: str
) -> dict[str, Any]:
    prepared = prepare_file(file, field="file", filename=filename)
    return {
        "agent_id": agent_id,
        "task_id": task_id,
        "upload_source": upload_source,
        "body": UploadContextFileForm(file=prepared),
    }


class ContextFilesResource(generated.ContextFilesResource):
    """`/context/agent/{agentId}/file...`: the generated operations and the upload."""

    def upload(
        self,
        agent_id: str,
        file: FileInput,
        *,
        task_id: str,
        filename: str | None = None,
        upload_source: str = DEFAULT_UPLOAD_SOURCE,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> Any:
        """Upload one context file (path, bytes with `filename=`, or file object); returns the server's JSON."""
        arguments = _upload_arguments(agent_id, file, filename, task_id, upload_source)
        return self._send(_UPLOAD, arguments, timeout, max_retries)


class AsyncContextFilesResource(generated.AsyncContextFilesResource):
    """Async twin of `ContextFilesResource`."""

    async def upload(
        self,
        agent_id: str,
        file: FileInput,
        *,
        task_id: str,
        filename: str | None = None,
        upload_source: str = DEFAULT_UPLOAD_SOURCE,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> Any:
        """Upload one context file (path, bytes with `filename=`, or file object); returns the server's JSON."""
        arguments = _upload_arguments(agent_id, file, filename, task_id, upload_source)
        return await self._send(_UPLOAD, arguments, timeout, max_retries)
