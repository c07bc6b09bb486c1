"""`client.agent_setup`: the generated namespace plus the two multipart uploads (files need handling
the spec cannot describe: paths, file objects, `(name, bytes)` pairs, size and type checks)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from beam_ai_api.models import AddContextFilesForm, AgentContextFile, ChatFile, UploadSetupFilesForm
from beam_ai_api.namespace import RawResponse, extras
from beam_ai_api.surface import agent_setup as generated
from beam_ai_api.surface.operations import OPERATIONS

from .._files import FileInput, prepare_files
from .._types import NOT_GIVEN, NotGiven, TimeoutTypes

Files = FileInput | Sequence[FileInput]

_UPLOAD = OPERATIONS["uploadSetupFiles"]
_ADD_CONTEXT_FILES = OPERATIONS["addContextFiles"]


def _upload_arguments(files: Files, thread_id: str) -> dict[str, Any]:
    prepared = prepare_files(files, schema="UploadSetupFilesForm")
    return {"body": UploadSetupFilesForm(thread_id=thread_id, files=prepared)}


def _add_context_files_arguments(agent_id: str, files: Files) -> dict[str, Any]:
    prepared = prepare_files(files, schema="AddContextFilesForm")
    return {"agent_id": agent_id, "body": AddContextFilesForm(files=prepared)}


class AgentSetupResource(generated.AgentSetupResource):
    """`/agent-setup/...`: the generated operations and the file uploads."""

    @property
    def with_raw_response(self) -> AgentSetupResourceWithRawResponse:
        return AgentSetupResourceWithRawResponse(self._requester)

    def upload_files(
        self,
        files: Files,
        *,
        thread_id: str,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> list[ChatFile]:
        """Upload up to 10 files (paths, file objects or `(name, bytes)` pairs) to a setup thread."""
        extra = extras(extra_headers, extra_query, extra_body)
        result: list[ChatFile] = self._send(
            _UPLOAD, _upload_arguments(files, thread_id), timeout, max_retries, extra
        )
        return result

    def add_context_files(
        self,
        agent_id: str,
        files: Files,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> list[AgentContextFile]:
        """Add up to 10 context files (paths, file objects or `(name, bytes)` pairs) to an agent."""
        arguments = _add_context_files_arguments(agent_id, files)
        result: list[AgentContextFile] = self._send(
            _ADD_CONTEXT_FILES,
            arguments,
            timeout,
            max_retries,
            extras(extra_headers, extra_query, extra_body),
        )
        return result


class AsyncAgentSetupResource(generated.AsyncAgentSetupResource):
    """Async twin of `AgentSetupResource`."""

    @property
    def with_raw_response(self) -> AsyncAgentSetupResourceWithRawResponse:
        return AsyncAgentSetupResourceWithRawResponse(self._requester)

    async def upload_files(
        self,
        files: Files,
        *,
        thread_id: str,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> list[ChatFile]:
        """Upload up to 10 files (paths, file objects or `(name, bytes)` pairs) to a setup thread."""
        arguments = _upload_arguments(files, thread_id)
        result: list[ChatFile] = await self._send(
            _UPLOAD, arguments, timeout, max_retries, extras(extra_headers, extra_query, extra_body)
        )
        return result

    async def add_context_files(
        self,
        agent_id: str,
        files: Files,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> list[AgentContextFile]:
        """Add up to 10 context files (paths, file objects or `(name, bytes)` pairs) to an agent."""
        arguments = _add_context_files_arguments(agent_id, files)
        result: list[AgentContextFile] = await self._send(
            _ADD_CONTEXT_FILES,
            arguments,
            timeout,
            max_retries,
            extras(extra_headers, extra_query, extra_body),
        )
        return result


class AgentSetupResourceWithRawResponse(generated.AgentSetupResourceWithRawResponse):
    """`AgentSetupResource`'s methods, the uploads included, returning the `RawResponse`."""

    def upload_files(
        self,
        files: Files,
        *,
        thread_id: str,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> RawResponse[list[ChatFile]]:
        """`upload_files`, returning the response as it came."""
        arguments = _upload_arguments(files, thread_id)
        return self._requester.send_raw(
            _UPLOAD, arguments, timeout, max_retries, extras(extra_headers, extra_query, extra_body)
        )

    def add_context_files(
        self,
        agent_id: str,
        files: Files,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> RawResponse[list[AgentContextFile]]:
        """`add_context_files`, returning the response as it came."""
        arguments = _add_context_files_arguments(agent_id, files)
        return self._requester.send_raw(
            _ADD_CONTEXT_FILES,
            arguments,
            timeout,
            max_retries,
            extras(extra_headers, extra_query, extra_body),
        )


class AsyncAgentSetupResourceWithRawResponse(generated.AsyncAgentSetupResourceWithRawResponse):
    """`AsyncAgentSetupResource`'s methods, the uploads included, returning the `RawResponse`."""

    async def upload_files(
        self,
        files: Files,
        *,
        thread_id: str,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> RawResponse[list[ChatFile]]:
        """`upload_files`, returning the response as it came."""
        arguments = _upload_arguments(files, thread_id)
        return await self._requester.send_raw(
            _UPLOAD, arguments, timeout, max_retries, extras(extra_headers, extra_query, extra_body)
        )

    async def add_context_files(
        self,
        agent_id: str,
        files: Files,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> RawResponse[list[AgentContextFile]]:
        """`add_context_files`, returning the response as it came."""
        arguments = _add_context_files_arguments(agent_id, files)
        return await self._requester.send_raw(
            _ADD_CONTEXT_FILES,
            arguments,
            timeout,
            max_retries,
            extras(extra_headers, extra_query, extra_body),
        )
