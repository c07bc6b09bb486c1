"""`client.agent_setup`: the guided setup of an agent (steps, session, uploads, feedback)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from beam_ai_api.api.agent_setup import (
    add_context_files,
    get_setup_session,
    process_setup_step,
    submit_context_feedback,
    submit_step_feedback,
    upload_setup_files,
)
from beam_ai_api.models import (
    AddContextFilesForm,
    AgentContextFeedbackResult,
    AgentContextFile,
    AgentSetupStep,
    ChatFile,
    ContextFeedbackRequest,
    SetupFeedbackStep,
    SetupSession,
    SetupStepRequest,
    SetupStepResult,
    StepFeedbackRequest,
    UploadSetupFilesForm,
)

from .._files import FileInput, prepare_files
from .._types import NOT_GIVEN, NotGiven, TimeoutTypes
from .._validation import enum_value
from ._base import AsyncResource, Endpoint, SyncResource, body

_PROCESS_STEP: Endpoint[SetupStepResult] = Endpoint(process_setup_step)
_GET_SESSION: Endpoint[SetupSession] = Endpoint(get_setup_session)
_UPLOAD: Endpoint[list[ChatFile]] = Endpoint(upload_setup_files)
_ADD_CONTEXT_FILES: Endpoint[list[AgentContextFile]] = Endpoint(add_context_files)
_CONTEXT_FEEDBACK: Endpoint[AgentContextFeedbackResult] = Endpoint(submit_context_feedback)
_STEP_FEEDBACK: Endpoint[Any] = Endpoint(submit_step_feedback)

Files = FileInput | Sequence[FileInput]


def _process_step_arguments(
    agent_id: str,
    agent_setup_step: AgentSetupStep | str,
    query: str | None,
    context_file_ids: Sequence[str] | None,
) -> dict[str, Any]:
    values = {
        "agent_id": agent_id,
        "agent_setup_step": agent_setup_step,
        "query": query,
        "context_file_ids": context_file_ids,
    }
    return {"body": body(SetupStepRequest, values, agent_setup_step=AgentSetupStep, context_file_ids=[str])}


def _upload_arguments(files: Files, thread_id: str) -> dict[str, Any]:
    prepared = prepare_files(files, schema="UploadSetupFilesForm")
    return {"body": UploadSetupFilesForm(thread_id=thread_id, files=prepared)}


def _add_context_files_arguments(agent_id: str, files: Files) -> dict[str, Any]:
    prepared = prepare_files(files, schema="AddContextFilesForm")
    return {"agent_id": agent_id, "body": AddContextFilesForm(files=prepared)}


def _context_feedback_arguments(query: str, thread_id: str) -> dict[str, Any]:
    return {"body": body(ContextFeedbackRequest, {"query": query, "thread_id": thread_id})}


def _step_feedback_arguments(
    agent_id: str, setup_step: SetupFeedbackStep | str, query: str, context_file_ids: Sequence[str] | None
) -> dict[str, Any]:
    request = body(
        StepFeedbackRequest, {"query": query, "context_file_ids": context_file_ids}, context_file_ids=[str]
    )
    step = enum_value(SetupFeedbackStep, setup_step, "setup_step")
    return {"agent_id": agent_id, "setup_step": step, "body": request}


class AgentSetupResource(SyncResource):
    """`/agent-setup/...`."""

    def process_step(
        self,
        *,
        agent_id: str,
        agent_setup_step: AgentSetupStep | str,
        query: str | None = None,
        context_file_ids: Sequence[str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> SetupStepResult:
        """Run one setup step of an agent (GENERATE_SOP needs `query`); returns the next step."""
        arguments = _process_step_arguments(agent_id, agent_setup_step, query, context_file_ids)
        return self._call(_PROCESS_STEP, arguments, timeout, max_retries)

    def get_session(
        self, agent_id: str, *, timeout: TimeoutTypes | NotGiven = NOT_GIVEN, max_retries: int | None = None
    ) -> SetupSession:
        """The state of an agent's setup session."""
        return self._call(_GET_SESSION, {"agent_id": agent_id}, timeout, max_retries)

    def upload_files(
        self,
        files: Files,
        *,
        thread_id: str,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> list[ChatFile]:
        """Upload up to 10 files (paths, file objects or `(name, bytes)` pairs) to a setup thread."""
        return self._call(_UPLOAD, _upload_arguments(files, thread_id), timeout, max_retries)

    def add_context_files(
        self,
        agent_id: str,
        files: Files,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> list[AgentContextFile]:
        """Add up to 10 context files (paths, file objects or `(name, bytes)` pairs) to an agent."""
        return self._call(
            _ADD_CONTEXT_FILES, _add_context_files_arguments(agent_id, files), timeout, max_retries
        )

    def submit_context_feedback(
        self,
        *,
        query: str,
        thread_id: str,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> AgentContextFeedbackResult:
        """Describe the agent you want (in a setup thread); returns suggestions."""
        return self._call(
            _CONTEXT_FEEDBACK, _context_feedback_arguments(query, thread_id), timeout, max_retries
        )

    def submit_step_feedback(
        self,
        agent_id: str,
        setup_step: SetupFeedbackStep | str,
        *,
        query: str,
        context_file_ids: Sequence[str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> Any:
        """Give feedback on one setup step; returns the server's JSON, if any (none is documented)."""
        arguments = _step_feedback_arguments(agent_id, setup_step, query, context_file_ids)
        return self._call(_STEP_FEEDBACK, arguments, timeout, max_retries)


class AsyncAgentSetupResource(AsyncResource):
    """Async twin of `AgentSetupResource`."""

    async def process_step(
        self,
        *,
        agent_id: str,
        agent_setup_step: AgentSetupStep | str,
        query: str | None = None,
        context_file_ids: Sequence[str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> SetupStepResult:
        """Run one setup step of an agent (GENERATE_SOP needs `query`); returns the next step."""
        arguments = _process_step_arguments(agent_id, agent_setup_step, query, context_file_ids)
        return await self._call(_PROCESS_STEP, arguments, timeout, max_retries)

    async def get_session(
        self, agent_id: str, *, timeout: TimeoutTypes | NotGiven = NOT_GIVEN, max_retries: int | None = None
    ) -> SetupSession:
        """The state of an agent's setup session."""
        return await self._call(_GET_SESSION, {"agent_id": agent_id}, timeout, max_retries)

    async def upload_files(
        self,
        files: Files,
        *,
        thread_id: str,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> list[ChatFile]:
        """Upload up to 10 files (paths, file objects or `(name, bytes)` pairs) to a setup thread."""
        return await self._call(_UPLOAD, _upload_arguments(files, thread_id), timeout, max_retries)

    async def add_context_files(
        self,
        agent_id: str,
        files: Files,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> list[AgentContextFile]:
        """Add up to 10 context files (paths, file objects or `(name, bytes)` pairs) to an agent."""
        arguments = _add_context_files_arguments(agent_id, files)
        return await self._call(_ADD_CONTEXT_FILES, arguments, timeout, max_retries)

    async def submit_context_feedback(
        self,
        *,
        query: str,
        thread_id: str,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> AgentContextFeedbackResult:
        """Describe the agent you want (in a setup thread); returns suggestions."""
        arguments = _context_feedback_arguments(query, thread_id)
        return await self._call(_CONTEXT_FEEDBACK, arguments, timeout, max_retries)

    async def submit_step_feedback(
        self,
        agent_id: str,
        setup_step: SetupFeedbackStep | str,
        *,
        query: str,
        context_file_ids: Sequence[str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> Any:
        """Give feedback on one setup step; returns the server's JSON, if any (none is documented)."""
        arguments = _step_feedback_arguments(agent_id, setup_step, query, context_file_ids)
        return await self._call(_STEP_FEEDBACK, arguments, timeout, max_retries)
