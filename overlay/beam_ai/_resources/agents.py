"""`client.agents`: the generated namespace plus `transcribe_audio` (a multipart upload, which the spec
cannot describe as a Python argument: a path, bytes with a name, or a file object)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from beam_ai_api.models import TranscribeAudioForm
from beam_ai_api.namespace import RawResponse, extras
from beam_ai_api.surface import agents as generated
from beam_ai_api.surface.operations import OPERATIONS

from .._files import AUDIO_TYPES, FileInput, prepare_file
from .._types import NOT_GIVEN, NotGiven, TimeoutTypes

_TRANSCRIBE = OPERATIONS["transcribeAudio"]


def _transcribe_arguments(file: FileInput, filename: str | None) -> dict[str, Any]:
    audio = prepare_file(file, field="file", filename=filename, types=AUDIO_TYPES)
    return {"body": TranscribeAudioForm(audio_file=audio)}


class AgentsResource(generated.AgentsResource):
    """`/agent...`: the generated operations and the audio transcription upload."""

    @property
    def with_raw_response(self) -> AgentsResourceWithRawResponse:
        return AgentsResourceWithRawResponse(self._requester)

    def transcribe_audio(
        self,
        file: FileInput,
        *,
        filename: str | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Any:
        """Transcribe an audio file (path, bytes with `filename=`, or file object); returns the server's JSON."""
        return self._send(
            _TRANSCRIBE,
            _transcribe_arguments(file, filename),
            timeout,
            max_retries,
            extras(extra_headers, extra_query, extra_body),
        )


class AsyncAgentsResource(generated.AsyncAgentsResource):
    """Async twin of `AgentsResource`."""

    @property
    def with_raw_response(self) -> AsyncAgentsResourceWithRawResponse:
        return AsyncAgentsResourceWithRawResponse(self._requester)

    async def transcribe_audio(
        self,
        file: FileInput,
        *,
        filename: str | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Any:
        """Transcribe an audio file (path, bytes with `filename=`, or file object); returns the server's JSON."""
        return await self._send(
            _TRANSCRIBE,
            _transcribe_arguments(file, filename),
            timeout,
            max_retries,
            extras(extra_headers, extra_query, extra_body),
        )


class AgentsResourceWithRawResponse(generated.AgentsResourceWithRawResponse):
    """`AgentsResource`'s methods, the transcription upload included, returning the `RawResponse`."""

    def transcribe_audio(
        self,
        file: FileInput,
        *,
        filename: str | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> RawResponse[Any]:
        """`transcribe_audio`, returning the response as it came."""
        return self._requester.send_raw(
            _TRANSCRIBE,
            _transcribe_arguments(file, filename),
            timeout,
            max_retries,
            extras(extra_headers, extra_query, extra_body),
        )


class AsyncAgentsResourceWithRawResponse(generated.AsyncAgentsResourceWithRawResponse):
    """Async twin of `AgentsResourceWithRawResponse`."""

    async def transcribe_audio(
        self,
        file: FileInput,
        *,
        filename: str | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> RawResponse[Any]:
        """`transcribe_audio`, returning the response as it came."""
        return await self._requester.send_raw(
            _TRANSCRIBE,
            _transcribe_arguments(file, filename),
            timeout,
            max_retries,
            extras(extra_headers, extra_query, extra_body),
        )
