"""`client.context_files`: the generated namespace plus `upload` (a multipart file, which the spec
cannot describe as a Python argument: a path, bytes with a name, or a file object)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from beam_ai_api.models import UploadContextFileForm
from beam_ai_api.namespace import RawResponse, extras
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

    @property
    def with_raw_response(self) -> ContextFilesResourceWithRawResponse:
        return ContextFilesResourceWithRawResponse(self._requester)

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
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Any:
        """Upload one context file (path, bytes with `filename=`, or file object); returns the server's JSON."""
        arguments = _upload_arguments(agent_id, file, filename, task_id, upload_source)
        return self._send(
            _UPLOAD, arguments, timeout, max_retries, extras(extra_headers, extra_query, extra_body)
        )


class AsyncContextFilesResource(generated.AsyncContextFilesResource):
    """Async twin of `ContextFilesResource`."""

    @property
    def with_raw_response(self) -> AsyncContextFilesResourceWithRawResponse:
        return AsyncContextFilesResourceWithRawResponse(self._requester)

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
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Any:
        """Upload one context file (path, bytes with `filename=`, or file object); returns the server's JSON."""
        arguments = _upload_arguments(agent_id, file, filename, task_id, upload_source)
        return await self._send(
            _UPLOAD, arguments, timeout, max_retries, extras(extra_headers, extra_query, extra_body)
        )


class ContextFilesResourceWithRawResponse(generated.ContextFilesResourceWithRawResponse):
    """`ContextFilesResource`'s methods, the upload included, returning the `RawResponse`."""

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
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> RawResponse[Any]:
        """`upload`, returning the response as it came."""
        arguments = _upload_arguments(agent_id, file, filename, task_id, upload_source)
        return self._requester.send_raw(
            _UPLOAD, arguments, timeout, max_retries, extras(extra_headers, extra_query, extra_body)
        )


class AsyncContextFilesResourceWithRawResponse(generated.AsyncContextFilesResourceWithRawResponse):
    """Async twin of `ContextFilesResourceWithRawResponse`."""

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
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> RawResponse[Any]:
        """`upload`, returning the response as it came."""
        arguments = _upload_arguments(agent_id, file, filename, task_id, upload_source)
        return await self._requester.send_raw(
            _UPLOAD, arguments, timeout, max_retries, extras(extra_headers, extra_query, extra_body)
        )
