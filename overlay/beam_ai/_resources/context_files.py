"""`client.context_files`: upload, link to and delete an agent's context files."""

from __future__ import annotations

from typing import Any

from beam_ai_api.api.context_files import (
    delete_context_file,
    get_context_file_download_url,
    upload_context_file,
)
from beam_ai_api.models import ContextFileDownloadLink, UploadContextFileForm

from .._files import FileInput, prepare_file
from .._types import NOT_GIVEN, NotGiven, TimeoutTypes
from ._base import AsyncResource, Endpoint, SyncResource

#: The `uploadSource` third-party clients send; the spec requires the parameter but lists no values.
DEFAULT_UPLOAD_SOURCE = "FILE_UPLOAD"

_UPLOAD: Endpoint[Any] = Endpoint(upload_context_file)
_DOWNLOAD_URL: Endpoint[ContextFileDownloadLink] = Endpoint(get_context_file_download_url)
_DELETE: Endpoint[Any] = Endpoint(delete_context_file)


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


class ContextFilesResource(SyncResource):
    """`/context/agent/{agentId}/file...`."""

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
        return self._call(_UPLOAD, arguments, timeout, max_retries)

    def get_download_url(
        self,
        agent_id: str,
        file_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> ContextFileDownloadLink:
        """A short-lived download link for a context file."""
        return self._call(_DOWNLOAD_URL, {"agent_id": agent_id, "file_id": file_id}, timeout, max_retries)

    def delete(
        self,
        agent_id: str,
        file_key: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> Any:
        """Delete a context file by its file key; returns the server's JSON, if any."""
        return self._call(_DELETE, {"agent_id": agent_id, "file_key": file_key}, timeout, max_retries)


class AsyncContextFilesResource(AsyncResource):
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
        return await self._call(_UPLOAD, arguments, timeout, max_retries)

    async def get_download_url(
        self,
        agent_id: str,
        file_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> ContextFileDownloadLink:
        """A short-lived download link for a context file."""
        return await self._call(
            _DOWNLOAD_URL, {"agent_id": agent_id, "file_id": file_id}, timeout, max_retries
        )

    async def delete(
        self,
        agent_id: str,
        file_key: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> Any:
        """Delete a context file by its file key; returns the server's JSON, if any."""
        return await self._call(_DELETE, {"agent_id": agent_id, "file_key": file_key}, timeout, max_retries)
