"""`client.agent_tasks`: the generated namespace plus what the spec cannot say: running a task and
following it to its end (`run`, `wait`, `stream`), answering a waiting task (`answer`, `consent`), and
the multipart webhook trigger (JSON carried in form fields)."""

from __future__ import annotations

import json
from collections.abc import AsyncGenerator, Awaitable, Callable, Generator, Iterable, Mapping, Sequence
from typing import Any, cast

from beam_ai_api.api.agent_tasks import get_task, list_tasks
from beam_ai_api.models import AgentTask, EncodedContextFile, UserInputAnswer, WebhookTriggerForm
from beam_ai_api.namespace import RawResponse, extras
from beam_ai_api.surface import agent_tasks as generated
from beam_ai_api.surface.operations import OPERATIONS, Operation

from .._app_urls import is_app_url
from .._arguments import body, models, plain_list
from .._errors import BeamValidationError
from .._operation import check_call_options, linked_id, operation_of
from .._requester import AsyncBeamRequester, BeamRequester
from .._task_follow import (
    DEFAULT_MAX_RECONNECTS,
    DEFAULT_POLL_INTERVAL,
    DEFAULT_READ_TIMEOUT,
    AsyncSleep,
    Clock,
    InputAnswer,
    SyncSleep,
    TaskEvent,
    arun_task,
    astream_task_events,
    await_task,
    check_follow_options,
    consent_call,
    input_request,
    run_task,
    stream_task_events,
    wait_for_task,
)
from .._task_watch import AsyncTaskWatcher, TaskLike, TaskWatcher, check_tasks
from .._tracing import run_span
from .._types import NOT_GIVEN, NotGiven, TimeoutTypes
from .._validation import check_operation

_SUBMIT_INPUT = OPERATIONS["submitUserInput"]
_WEBHOOK = OPERATIONS["triggerWebhook"]


def _is_number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _check_follow(
    requester: BeamRequester | AsyncBeamRequester | None,
    task_id: str | None,
    timeout: object,
    poll_interval: object,
    max_reconnects: object,
    read_timeout: object,
    callables: Mapping[str, object],
    max_retries: object = None,
) -> str | None:
    """The arguments of `run` / `wait` / `stream`, refused before anything is sent (before a paid task
    is created), each error naming the argument. Returns the task id (a pasted app link read as one)."""
    if requester is not None and isinstance(task_id, str) and is_app_url(task_id):
        task_id = linked_id(task_id, "task", "task_id", requester.workspace_id, requester.base_url)
    if task_id is not None:
        check_operation(operation_of(get_task), {"task_id": task_id})
    if timeout is not None and (not _is_number(timeout) or timeout < 0):  # type: ignore[operator]
        raise BeamValidationError("timeout", f"must be seconds >= 0 or None; got {timeout!r}")
    check_follow_options(poll_interval, max_reconnects, read_timeout)
    for name, value in callables.items():
        if value is not None and not callable(value):
            raise BeamValidationError(name, f"must be callable or None; got {type(value).__name__}")
    check_call_options(NOT_GIVEN, max_retries)
    return task_id


def _check_watch(
    tasks: Iterable[TaskLike],
    agent_id: object,
    timeout: object,
    poll_interval: object,
    callables: Mapping[str, object],
    max_retries: object,
) -> list[TaskLike]:
    """The arguments of `as_completed` / `wait_all`, refused before anything is sent."""
    checked = check_tasks(tasks)
    if agent_id is not None:
        check_operation(operation_of(list_tasks), {"agent_id": agent_id})
    _check_follow(None, None, timeout, poll_interval, 0, None, callables, max_retries)
    return checked


def _in_order(tasks: Sequence[TaskLike], settled: Iterable[AgentTask]) -> list[AgentTask]:
    """The settled tasks in the order they were given (a task given twice, twice)."""
    by_id = {str(task.id): task for task in settled}
    return [by_id[task if isinstance(task, str) else str(task.id)] for task in tasks]


def _create_fields(
    parsing_urls: Sequence[str] | None,
    encoded_context_files: Sequence[EncodedContextFile | Mapping[str, Any]] | None,
) -> dict[str, Any]:
    """`CreateTaskRequest` fields `run` forwards; mappings become models, so both spellings work."""
    fields: dict[str, Any] = {}
    if parsing_urls is not None:
        fields["parsing_urls"] = plain_list(parsing_urls, "parsing_urls")
    if encoded_context_files is not None:
        fields["encoded_context_files"] = models(
            EncodedContextFile, encoded_context_files, "encoded_context_files"
        )
    return fields


def _json_text(value: Any) -> str | None:
    """Multipart form fields that carry JSON: strings pass through, anything else is encoded."""
    return value if value is None or isinstance(value, str) else json.dumps(value)


def _webhook_arguments(
    agent_id: str, webhook_id: str, task: Any, encoded_context_files: Any
) -> dict[str, Any]:
    values = {"task": _json_text(task), "encoded_context_files": _json_text(encoded_context_files)}
    return {"agent_id": agent_id, "webhook_id": webhook_id, "body": body(WebhookTriggerForm, values)}


def _task_id(task: object) -> str:
    """The id of the task `answer` / `consent` were given, which must be the task itself: the waiting
    node is read from it."""
    if isinstance(task, str):
        raise BeamValidationError(
            "task",
            "must be the task (as get(task_id) returns it), not its id: the waiting node is read from it",
        )
    task_id = getattr(task, "id", None)
    if not isinstance(task_id, str) or not task_id:
        raise BeamValidationError(
            "task", f"must be an AgentTask (as run(), wait() or get() return it); got {type(task).__name__}"
        )
    return task_id


def _answer_arguments(task: AgentTask, answer: InputAnswer) -> dict[str, Any]:
    """`answer`'s request (`PATCH .../user-input` for the waiting node), refused before sending."""
    task_id = _task_id(task)
    if isinstance(answer, str):
        answers: str | list[UserInputAnswer] = answer
    elif isinstance(answer, Sequence) and not isinstance(answer, bytes):
        answers = cast(list[UserInputAnswer], models(UserInputAnswer, answer, "answer"))
    else:
        raise BeamValidationError(
            "answer", f"must be the answer text or a list of UserInputAnswer; got {type(answer).__name__}"
        )
    return {"task_id": task_id, "body": input_request(task, answers)}


def _consent_arguments(task: AgentTask, approve: bool) -> tuple[Operation, dict[str, Any]]:
    """`consent`'s operation (approve or reject) and request for the waiting node, refused before sending."""
    task_id = _task_id(task)
    if not isinstance(approve, bool):
        raise BeamValidationError("approve", f"must be True or False; got {type(approve).__name__}")
    operation, arguments = consent_call(task_id, task, approve)
    return operation_of(operation), {"task_id": task_id, **arguments}


class AgentTasksResource(generated.AgentTasksResource):
    """`/agent-tasks/...`: the generated operations, and running and following tasks."""

    @property
    def with_raw_response(self) -> AgentTasksResourceWithRawResponse:
        return AgentTasksResourceWithRawResponse(self._requester)

    _requester: BeamRequester

    def trigger_webhook(
        self,
        agent_id: str,
        webhook_id: str,
        *,
        task: str | Mapping[str, Any] | None = None,
        encoded_context_files: str | Sequence[Mapping[str, Any]] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Any:
        """Start a task through an agent's webhook trigger; non-string values are sent as JSON text."""
        arguments = _webhook_arguments(agent_id, webhook_id, task, encoded_context_files)
        return self._send(
            _WEBHOOK, arguments, timeout, max_retries, extras(extra_headers, extra_query, extra_body)
        )

    def run(
        self,
        agent_id: str,
        query: str,
        *,
        additional_info: str | None = None,
        parsing_urls: Sequence[str] | None = None,
        encoded_context_files: Sequence[EncodedContextFile | Mapping[str, Any]] | None = None,
        timeout: float | None = None,
        on_event: Callable[[TaskEvent], object] | None = None,
        on_input_required: Callable[[AgentTask], InputAnswer] | None = None,
        on_consent_required: Callable[[AgentTask], bool] | None = None,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        max_reconnects: int = DEFAULT_MAX_RECONNECTS,
        read_timeout: float | None = DEFAULT_READ_TIMEOUT,
        max_retries: int | None = None,
        clock: Clock | None = None,
        sleep: SyncSleep | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> AgentTask:
        """Create a task once and follow it to its end; return the task as it ended.

        The task is created with `POST /agent-tasks` (never resent when its outcome is unknown),
        then followed over its update stream (SSE), resumed when the stream drops and polled when
        there is none. A task that waits for a person is answered by the handlers, or returned
        as it waits. Every argument is checked before the task is created.

        Args:
            agent_id: The agent to run.
            query: What the agent is asked (the task's `taskQuery.query`).
            additional_info: Extra context sent as `taskQuery.additionalInfo`.
            parsing_urls: URLs the agent should read for this task.
            encoded_context_files: Files sent inline with the task, as `EncodedContextFile`s or
                camelCase mappings (`{"mimeType": ..., "data": <base64>, ...}`).
            timeout: Seconds the whole run may take: creating, following and answering, retries
                included. When it passes, `TaskTimeoutError` is raised and the task keeps running
                on the server. None (default) waits as long as the task takes.
            on_event: Called with a `TaskEvent` (`status`, `message`, `timestamp`, ...) for each
                status change, in order, without duplicates across reconnects.
            on_input_required: Called with the task when it waits for input
                (`USER_INPUT_REQUIRED`); return the answer, an `InputAnswer`: a string, or a list
                of `UserInputAnswer` for several questions. The run then continues. Without it,
                the waiting task is returned: answer it with `answer()`, then `wait()`.
            on_consent_required: Called with the task when it waits for consent
                (`USER_CONSENT_REQUIRED`); return True to approve, False to reject. Without it,
                the waiting task is returned (see `consent()`).
            poll_interval: Seconds between task reads when the update stream is unavailable
                (the server has none, or it failed `max_reconnects` times in a row); also the
                longest pause before reconnecting a dropped stream. Default 2 s.
            max_reconnects: Times in a row a dropped stream is resumed (without losing or repeating
                events) before falling back to polling. Default 5; 0 polls after the first drop.
            read_timeout: Longest silence on the stream, in seconds, before it counts as dropped
                and is resumed (keep-alive comments count as traffic). Default 300 s; None waits
                as long as `timeout` allows.
            max_retries: Retries for each request of the follow (reads, reconnects); default the
                client's. Never applies to creating the task, which is not resent blindly.
            clock: Time source for `timeout` (seconds); default the client's. Inject in tests.
            sleep: How the follow waits between polls and reconnects; default the client's.
            extra_headers: Headers to add to the create request (`POST /agent-tasks`) only; not
                credentials nor the workspace.
            extra_query: Query parameters to add to the create request only.
            extra_body: Fields merged into the create request's body only (for what the spec lacks).

        Returns:
            The `AgentTask` in a terminal status (`COMPLETED`, `FAILED`, ...), or in a waiting
            status when no handler answered it. `task.status` is the status the stream reported,
            even while a read of the task still lags behind.

        Raises:
            BeamValidationError: An argument is malformed (nothing was sent).
            TaskTimeoutError: `timeout` passed; `.task_id` (None if the create itself ran out of
                time) and `.last_status` say where the task was.
            APIStatusError: The server refused a request (its subclasses, e.g. `NotFoundError`
                for an unknown agent, `RateLimitError` after the retries).
            APIConnectionError: No response; `.outcome_unknown` is true when the create may
                have reached the server.
        """
        handlers: dict[str, object] = {"on_event": on_event, "on_input_required": on_input_required}
        handlers |= {"on_consent_required": on_consent_required, "clock": clock, "sleep": sleep}
        _check_follow(None, None, timeout, poll_interval, max_reconnects, read_timeout, handlers, max_retries)
        fields = _create_fields(parsing_urls, encoded_context_files)
        requester = self._requester.with_max_retries(max_retries)
        with run_span(requester.tracing, agent_id, on_event) as traced:
            task = run_task(
                requester,
                agent_id=agent_id,
                query=query,
                additional_info=additional_info,
                timeout=timeout,
                on_event=traced.handler,
                on_input_required=on_input_required,
                on_consent_required=on_consent_required,
                poll_interval=poll_interval,
                max_reconnects=max_reconnects,
                read_timeout=read_timeout,
                clock=clock,
                sleep=sleep,
                _extras=extras(extra_headers, extra_query, extra_body),
                **fields,
            )
            traced.finished(task.status)
        return task

    def answer(
        self,
        task: AgentTask,
        answer: InputAnswer,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Any:
        """Answer a task that waits for input (`USER_INPUT_REQUIRED`); then `wait()` for it.

        The waiting task node is found in the task for you (the node carrying the waiting status).

        Args:
            task: The waiting `AgentTask`, as `run()`, `wait()` or `get()` returned it.
            answer: An `InputAnswer`: the answer text, or a list of `UserInputAnswer` (one per
                question the node asks).
            timeout: Seconds for this request (or an `httpx.Timeout`); default the client's.
            max_retries: Retries for this request; default the client's.
            extra_headers: Headers to add to this request (not credentials nor the workspace).
            extra_query: Query parameters to add to this request.
            extra_body: Fields merged into this request's JSON body (for what the spec lacks).

        Returns:
            The task as the server returns it after the answer (a `MinimalAgentTask`).

        Raises:
            BeamValidationError: An argument is malformed, nothing was sent: `task` is not a task
                (an id is not enough), or names no waiting task node (a task as `create()` or
                `list()` returns it may lack its nodes: pass the one `get()` returns); `answer`
                is neither text nor a list of answers; an `extra_*` is refused.
            APIStatusError: The server refused the answer (e.g. the task no longer waits).
            APIConnectionError: No response; `.outcome_unknown` says whether it may have arrived.
        """
        arguments = _answer_arguments(task, answer)
        extra = extras(extra_headers, extra_query, extra_body)
        return self._send(_SUBMIT_INPUT, arguments, timeout, max_retries, extra)

    def consent(
        self,
        task: AgentTask,
        *,
        approve: bool,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Any:
        """Approve or reject a task that waits for consent (`USER_CONSENT_REQUIRED`).

        Approving sends `POST .../user-consent`, rejecting `POST .../rejection`, for the waiting
        task node (found in the task for you). Then `wait()` for the task.

        Args:
            task: The waiting `AgentTask`, as `run()`, `wait()` or `get()` returned it.
            approve: True to let the task go on, False to reject it. Required, by keyword.
            timeout: Seconds for this request (or an `httpx.Timeout`); default the client's.
            max_retries: Retries for this request; default the client's.
            extra_headers: Headers to add to this request (not credentials nor the workspace).
            extra_query: Query parameters to add to this request.
            extra_body: Fields merged into this request's JSON body (for what the spec lacks).

        Returns:
            The task as the server returns it after the decision (an `AgentTask`).

        Raises:
            BeamValidationError: An argument is malformed, nothing was sent: `task` is not a task
                (an id is not enough), or names no waiting task node (a task as `create()` or
                `list()` returns it may lack its nodes: pass the one `get()` returns); `approve`
                is not a bool; an `extra_*` is refused.
            APIStatusError: The server refused the decision (e.g. the task no longer waits).
            APIConnectionError: No response; `.outcome_unknown` says whether it may have arrived.
        """
        operation, arguments = _consent_arguments(task, approve)
        extra = extras(extra_headers, extra_query, extra_body)
        return self._send(operation, arguments, timeout, max_retries, extra)

    def wait(
        self,
        task_id: str,
        *,
        timeout: float | None = None,
        on_event: Callable[[TaskEvent], object] | None = None,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        max_reconnects: int = DEFAULT_MAX_RECONNECTS,
        read_timeout: float | None = DEFAULT_READ_TIMEOUT,
        max_retries: int | None = None,
        clock: Clock | None = None,
        sleep: SyncSleep | None = None,
    ) -> AgentTask:
        """Follow an existing task until it ends or waits for someone, and return it.

        Args:
            task_id: The task to follow.
            timeout: Seconds the follow may take; `TaskTimeoutError` after it (the task keeps
                running). None (default) waits as long as the task takes.
            on_event: Called with a `TaskEvent` for each status change, the current status first.
            poll_interval: Seconds between task reads when the update stream is unavailable
                (the server has none, or it failed `max_reconnects` times in a row); also the
                longest pause before reconnecting a dropped stream. Default 2 s.
            max_reconnects: Times in a row a dropped stream is resumed (without losing or repeating
                events) before falling back to polling. Default 5; 0 polls after the first drop.
            read_timeout: Longest silence on the stream, in seconds, before it counts as dropped
                and is resumed (keep-alive comments count as traffic). Default 300 s; None waits
                as long as `timeout` allows.
            max_retries: Retries for each request of the follow (reads, reconnects); default the
                client's. Never applies to creating the task, which is not resent blindly.
            clock: Time source for `timeout` (seconds); default the client's. Inject in tests.
            sleep: How the follow waits between polls and reconnects; default the client's.

        Returns:
            The `AgentTask` in a terminal or waiting status (`USER_INPUT_REQUIRED`,
            `USER_CONSENT_REQUIRED`: answer with `answer()` / `consent()` and wait again).

        Raises:
            BeamValidationError: An argument is malformed (nothing was sent).
            TaskTimeoutError: `timeout` passed; `.last_status` says where the task was.
            APIStatusError: The server refused a request (e.g. `NotFoundError`: no such task).
            APIConnectionError: No response after the retries.
        """
        handlers: dict[str, object] = {"on_event": on_event, "clock": clock, "sleep": sleep}
        task_id = (
            _check_follow(
                self._requester,
                task_id,
                timeout,
                poll_interval,
                max_reconnects,
                read_timeout,
                handlers,
                max_retries,
            )
            or task_id
        )
        requester = self._requester.with_max_retries(max_retries)
        return wait_for_task(
            requester,
            task_id,
            timeout=timeout,
            on_event=on_event,
            poll_interval=poll_interval,
            max_reconnects=max_reconnects,
            read_timeout=read_timeout,
            clock=clock,
            sleep=sleep,
        )

    def stream(
        self,
        task_id: str,
        *,
        timeout: float | None = None,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        max_reconnects: int = DEFAULT_MAX_RECONNECTS,
        read_timeout: float | None = DEFAULT_READ_TIMEOUT,
        max_retries: int | None = None,
        clock: Clock | None = None,
        sleep: SyncSleep | None = None,
    ) -> Generator[TaskEvent, None, None]:
        """The task's status events until it ends or waits, across reconnects.

        Nothing is sent until the first event is asked for.

        Args:
            task_id: The task to follow.
            timeout: Seconds the whole stream may take; `TaskTimeoutError` after it (the task
                keeps running). None (default) follows as long as the task takes.
            poll_interval: Seconds between task reads when the update stream is unavailable
                (the server has none, or it failed `max_reconnects` times in a row); also the
                longest pause before reconnecting a dropped stream. Default 2 s.
            max_reconnects: Times in a row a dropped stream is resumed (without losing or repeating
                events) before falling back to polling. Default 5; 0 polls after the first drop.
            read_timeout: Longest silence on the stream, in seconds, before it counts as dropped
                and is resumed (keep-alive comments count as traffic). Default 300 s; None waits
                as long as `timeout` allows.
            max_retries: Retries for each request of the follow (reads, reconnects); default the
                client's. Never applies to creating the task, which is not resent blindly.
            clock: Time source for `timeout` (seconds); default the client's. Inject in tests.
            sleep: How the follow waits between polls and reconnects; default the client's.

        Returns:
            A generator of `TaskEvent`s, one per status change (the current status first), without
            duplicates or gaps across reconnects; it ends after a terminal or waiting status.

        Raises:
            BeamValidationError: An argument is malformed (raised at the call).
            TaskTimeoutError: `timeout` passed while iterating.
            APIStatusError: The server refused a request (e.g. `NotFoundError`: no such task).
            APIConnectionError: No response after the retries.
        """
        handlers: dict[str, object] = {"clock": clock, "sleep": sleep}
        task_id = (
            _check_follow(
                self._requester,
                task_id,
                timeout,
                poll_interval,
                max_reconnects,
                read_timeout,
                handlers,
                max_retries,
            )
            or task_id
        )
        requester = self._requester.with_max_retries(max_retries)
        return stream_task_events(
            requester,
            task_id,
            timeout=timeout,
            poll_interval=poll_interval,
            max_reconnects=max_reconnects,
            read_timeout=read_timeout,
            clock=clock,
            sleep=sleep,
        )

    def as_completed(
        self,
        tasks: Iterable[TaskLike],
        *,
        agent_id: str | None = None,
        timeout: float | None = None,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        max_retries: int | None = None,
        clock: Clock | None = None,
        sleep: SyncSleep | None = None,
    ) -> Generator[AgentTask, None, None]:
        """Yield each task as it ends or waits for someone, whichever comes first.

        One watcher follows them all from the task list (`GET /agent-tasks`, what changed since the
        last look, every `poll_interval` s), reading a task on its own only when the list cannot
        settle it: requests grow with what changes, not with how many tasks run. Pass what `create`
        returned (or tasks) rather than ids to save a first read of each; `agent_id` narrows the
        list to one agent. A finished task comes as the list shows it (status, summary, graph state,
        times, nodes); one waiting for a person as `get` shows it. `timeout` bounds the whole watch
        (`TaskTimeoutError` naming a task still running); errors are those of `wait`.
        """
        handlers: dict[str, object] = {"clock": clock, "sleep": sleep}
        checked = _check_watch(tasks, agent_id, timeout, poll_interval, handlers, max_retries)
        requester = self._requester.with_max_retries(max_retries)
        watcher = TaskWatcher(requester, agent_id=agent_id)
        return watcher.as_completed(
            checked,
            timeout=timeout,
            poll_interval=poll_interval,
            clock=clock or requester.clock,
            sleep=sleep or requester.sleep,
        )

    def wait_all(
        self,
        tasks: Iterable[TaskLike],
        *,
        agent_id: str | None = None,
        timeout: float | None = None,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        max_retries: int | None = None,
        clock: Clock | None = None,
        sleep: SyncSleep | None = None,
    ) -> list[AgentTask]:
        """Every task once it ends or waits for someone, in the order given (see `as_completed`)."""
        checked = check_tasks(tasks)  # once: `tasks` may be a one-shot iterator
        settled = self.as_completed(
            checked,
            agent_id=agent_id,
            timeout=timeout,
            poll_interval=poll_interval,
            max_retries=max_retries,
            clock=clock,
            sleep=sleep,
        )
        return _in_order(checked, list(settled))


class AsyncAgentTasksResource(generated.AsyncAgentTasksResource):
    """Async twin of `AgentTasksResource`."""

    @property
    def with_raw_response(self) -> AsyncAgentTasksResourceWithRawResponse:
        return AsyncAgentTasksResourceWithRawResponse(self._requester)

    _requester: AsyncBeamRequester

    async def trigger_webhook(
        self,
        agent_id: str,
        webhook_id: str,
        *,
        task: str | Mapping[str, Any] | None = None,
        encoded_context_files: str | Sequence[Mapping[str, Any]] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Any:
        """Start a task through an agent's webhook trigger; non-string values are sent as JSON text."""
        arguments = _webhook_arguments(agent_id, webhook_id, task, encoded_context_files)
        return await self._send(
            _WEBHOOK, arguments, timeout, max_retries, extras(extra_headers, extra_query, extra_body)
        )

    async def run(
        self,
        agent_id: str,
        query: str,
        *,
        additional_info: str | None = None,
        parsing_urls: Sequence[str] | None = None,
        encoded_context_files: Sequence[EncodedContextFile | Mapping[str, Any]] | None = None,
        timeout: float | None = None,
        on_event: Callable[[TaskEvent], object] | None = None,
        on_input_required: Callable[[AgentTask], InputAnswer | Awaitable[InputAnswer]] | None = None,
        on_consent_required: Callable[[AgentTask], bool | Awaitable[bool]] | None = None,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        max_reconnects: int = DEFAULT_MAX_RECONNECTS,
        read_timeout: float | None = DEFAULT_READ_TIMEOUT,
        max_retries: int | None = None,
        clock: Clock | None = None,
        sleep: AsyncSleep | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> AgentTask:
        """Async twin of `AgentTasksResource.run`: create a task once and follow it to its end.

        The task is created with `POST /agent-tasks` (never resent when its outcome is unknown),
        then followed over its update stream (SSE), resumed when the stream drops and polled when
        there is none. A task that waits for a person is answered by the handlers, or returned
        as it waits. Every argument is checked before the task is created.

        Args:
            agent_id: The agent to run.
            query: What the agent is asked (the task's `taskQuery.query`).
            additional_info: Extra context sent as `taskQuery.additionalInfo`.
            parsing_urls: URLs the agent should read for this task.
            encoded_context_files: Files sent inline with the task, as `EncodedContextFile`s or
                camelCase mappings (`{"mimeType": ..., "data": <base64>, ...}`).
            timeout: Seconds the whole run may take: creating, following and answering, retries
                included. When it passes, `TaskTimeoutError` is raised and the task keeps running
                on the server. None (default) waits as long as the task takes.
            on_event: Called with a `TaskEvent` (`status`, `message`, `timestamp`, ...) for each
                status change, in order, without duplicates across reconnects.
            on_input_required: Called (and awaited, if it is async) with the task when it waits for input
                (`USER_INPUT_REQUIRED`); return the answer, an `InputAnswer`: a string, or a list
                of `UserInputAnswer` for several questions. The run then continues. Without it,
                the waiting task is returned: answer it with `answer()`, then `wait()`.
            on_consent_required: Called (and awaited, if it is async) with the task when it waits for consent
                (`USER_CONSENT_REQUIRED`); return True to approve, False to reject. Without it,
                the waiting task is returned (see `consent()`).
            poll_interval: Seconds between task reads when the update stream is unavailable
                (the server has none, or it failed `max_reconnects` times in a row); also the
                longest pause before reconnecting a dropped stream. Default 2 s.
            max_reconnects: Times in a row a dropped stream is resumed (without losing or repeating
                events) before falling back to polling. Default 5; 0 polls after the first drop.
            read_timeout: Longest silence on the stream, in seconds, before it counts as dropped
                and is resumed (keep-alive comments count as traffic). Default 300 s; None waits
                as long as `timeout` allows.
            max_retries: Retries for each request of the follow (reads, reconnects); default the
                client's. Never applies to creating the task, which is not resent blindly.
            clock: Time source for `timeout` (seconds); default the client's. Inject in tests.
            sleep: Coroutine function the follow awaits between polls and reconnects;
                default the client's.
            extra_headers: Headers to add to the create request (`POST /agent-tasks`) only; not
                credentials nor the workspace.
            extra_query: Query parameters to add to the create request only.
            extra_body: Fields merged into the create request's body only (for what the spec lacks).

        Returns:
            The `AgentTask` in a terminal status (`COMPLETED`, `FAILED`, ...), or in a waiting
            status when no handler answered it. `task.status` is the status the stream reported,
            even while a read of the task still lags behind.

        Raises:
            BeamValidationError: An argument is malformed (nothing was sent).
            TaskTimeoutError: `timeout` passed; `.task_id` (None if the create itself ran out of
                time) and `.last_status` say where the task was.
            APIStatusError: The server refused a request (its subclasses, e.g. `NotFoundError`
                for an unknown agent, `RateLimitError` after the retries).
            APIConnectionError: No response; `.outcome_unknown` is true when the create may
                have reached the server.
        """
        handlers: dict[str, object] = {"on_event": on_event, "on_input_required": on_input_required}
        handlers |= {"on_consent_required": on_consent_required, "clock": clock, "sleep": sleep}
        _check_follow(None, None, timeout, poll_interval, max_reconnects, read_timeout, handlers, max_retries)
        fields = _create_fields(parsing_urls, encoded_context_files)
        requester = self._requester.with_max_retries(max_retries)
        with run_span(requester.tracing, agent_id, on_event) as traced:
            task = await arun_task(
                requester,
                agent_id=agent_id,
                query=query,
                additional_info=additional_info,
                timeout=timeout,
                on_event=traced.handler,
                on_input_required=on_input_required,
                on_consent_required=on_consent_required,
                poll_interval=poll_interval,
                max_reconnects=max_reconnects,
                read_timeout=read_timeout,
                clock=clock,
                sleep=sleep,
                _extras=extras(extra_headers, extra_query, extra_body),
                **fields,
            )
            traced.finished(task.status)
        return task

    async def answer(
        self,
        task: AgentTask,
        answer: InputAnswer,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Any:
        """Answer a task that waits for input (`USER_INPUT_REQUIRED`); then `wait()` for it.

        The waiting task node is found in the task for you (the node carrying the waiting status).

        Args:
            task: The waiting `AgentTask`, as `run()`, `wait()` or `get()` returned it.
            answer: An `InputAnswer`: the answer text, or a list of `UserInputAnswer` (one per
                question the node asks).
            timeout: Seconds for this request (or an `httpx.Timeout`); default the client's.
            max_retries: Retries for this request; default the client's.
            extra_headers: Headers to add to this request (not credentials nor the workspace).
            extra_query: Query parameters to add to this request.
            extra_body: Fields merged into this request's JSON body (for what the spec lacks).

        Returns:
            The task as the server returns it after the answer (a `MinimalAgentTask`).

        Raises:
            BeamValidationError: An argument is malformed, nothing was sent: `task` is not a task
                (an id is not enough), or names no waiting task node (a task as `create()` or
                `list()` returns it may lack its nodes: pass the one `get()` returns); `answer`
                is neither text nor a list of answers; an `extra_*` is refused.
            APIStatusError: The server refused the answer (e.g. the task no longer waits).
            APIConnectionError: No response; `.outcome_unknown` says whether it may have arrived.
        """
        arguments = _answer_arguments(task, answer)
        extra = extras(extra_headers, extra_query, extra_body)
        return await self._send(_SUBMIT_INPUT, arguments, timeout, max_retries, extra)

    async def consent(
        self,
        task: AgentTask,
        *,
        approve: bool,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Any:
        """Approve or reject a task that waits for consent (`USER_CONSENT_REQUIRED`).

        Approving sends `POST .../user-consent`, rejecting `POST .../rejection`, for the waiting
        task node (found in the task for you). Then `wait()` for the task.

        Args:
            task: The waiting `AgentTask`, as `run()`, `wait()` or `get()` returned it.
            approve: True to let the task go on, False to reject it. Required, by keyword.
            timeout: Seconds for this request (or an `httpx.Timeout`); default the client's.
            max_retries: Retries for this request; default the client's.
            extra_headers: Headers to add to this request (not credentials nor the workspace).
            extra_query: Query parameters to add to this request.
            extra_body: Fields merged into this request's JSON body (for what the spec lacks).

        Returns:
            The task as the server returns it after the decision (an `AgentTask`).

        Raises:
            BeamValidationError: An argument is malformed, nothing was sent: `task` is not a task
                (an id is not enough), or names no waiting task node (a task as `create()` or
                `list()` returns it may lack its nodes: pass the one `get()` returns); `approve`
                is not a bool; an `extra_*` is refused.
            APIStatusError: The server refused the decision (e.g. the task no longer waits).
            APIConnectionError: No response; `.outcome_unknown` says whether it may have arrived.
        """
        operation, arguments = _consent_arguments(task, approve)
        extra = extras(extra_headers, extra_query, extra_body)
        return await self._send(operation, arguments, timeout, max_retries, extra)

    async def wait(
        self,
        task_id: str,
        *,
        timeout: float | None = None,
        on_event: Callable[[TaskEvent], object] | None = None,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        max_reconnects: int = DEFAULT_MAX_RECONNECTS,
        read_timeout: float | None = DEFAULT_READ_TIMEOUT,
        max_retries: int | None = None,
        clock: Clock | None = None,
        sleep: AsyncSleep | None = None,
    ) -> AgentTask:
        """Follow an existing task until it ends or waits for someone, and return it.

        Args:
            task_id: The task to follow.
            timeout: Seconds the follow may take; `TaskTimeoutError` after it (the task keeps
                running). None (default) waits as long as the task takes.
            on_event: Called with a `TaskEvent` for each status change, the current status first.
            poll_interval: Seconds between task reads when the update stream is unavailable
                (the server has none, or it failed `max_reconnects` times in a row); also the
                longest pause before reconnecting a dropped stream. Default 2 s.
            max_reconnects: Times in a row a dropped stream is resumed (without losing or repeating
                events) before falling back to polling. Default 5; 0 polls after the first drop.
            read_timeout: Longest silence on the stream, in seconds, before it counts as dropped
                and is resumed (keep-alive comments count as traffic). Default 300 s; None waits
                as long as `timeout` allows.
            max_retries: Retries for each request of the follow (reads, reconnects); default the
                client's. Never applies to creating the task, which is not resent blindly.
            clock: Time source for `timeout` (seconds); default the client's. Inject in tests.
            sleep: Coroutine function the follow awaits between polls and reconnects;
                default the client's.

        Returns:
            The `AgentTask` in a terminal or waiting status (`USER_INPUT_REQUIRED`,
            `USER_CONSENT_REQUIRED`: answer with `answer()` / `consent()` and wait again).

        Raises:
            BeamValidationError: An argument is malformed (nothing was sent).
            TaskTimeoutError: `timeout` passed; `.last_status` says where the task was.
            APIStatusError: The server refused a request (e.g. `NotFoundError`: no such task).
            APIConnectionError: No response after the retries.
        """
        handlers: dict[str, object] = {"on_event": on_event, "clock": clock, "sleep": sleep}
        task_id = (
            _check_follow(
                self._requester,
                task_id,
                timeout,
                poll_interval,
                max_reconnects,
                read_timeout,
                handlers,
                max_retries,
            )
            or task_id
        )
        requester = self._requester.with_max_retries(max_retries)
        return await await_task(
            requester,
            task_id,
            timeout=timeout,
            on_event=on_event,
            poll_interval=poll_interval,
            max_reconnects=max_reconnects,
            read_timeout=read_timeout,
            clock=clock,
            sleep=sleep,
        )

    def stream(
        self,
        task_id: str,
        *,
        timeout: float | None = None,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        max_reconnects: int = DEFAULT_MAX_RECONNECTS,
        read_timeout: float | None = DEFAULT_READ_TIMEOUT,
        max_retries: int | None = None,
        clock: Clock | None = None,
        sleep: AsyncSleep | None = None,
    ) -> AsyncGenerator[TaskEvent, None]:
        """The task's status events until it ends or waits, across reconnects.

        Nothing is sent until the first event is asked for.

        Args:
            task_id: The task to follow.
            timeout: Seconds the whole stream may take; `TaskTimeoutError` after it (the task
                keeps running). None (default) follows as long as the task takes.
            poll_interval: Seconds between task reads when the update stream is unavailable
                (the server has none, or it failed `max_reconnects` times in a row); also the
                longest pause before reconnecting a dropped stream. Default 2 s.
            max_reconnects: Times in a row a dropped stream is resumed (without losing or repeating
                events) before falling back to polling. Default 5; 0 polls after the first drop.
            read_timeout: Longest silence on the stream, in seconds, before it counts as dropped
                and is resumed (keep-alive comments count as traffic). Default 300 s; None waits
                as long as `timeout` allows.
            max_retries: Retries for each request of the follow (reads, reconnects); default the
                client's. Never applies to creating the task, which is not resent blindly.
            clock: Time source for `timeout` (seconds); default the client's. Inject in tests.
            sleep: Coroutine function the follow awaits between polls and reconnects;
                default the client's.

        Returns:
            An async generator of `TaskEvent`s, one per status change (the current status first), without
            duplicates or gaps across reconnects; it ends after a terminal or waiting status.

        Raises:
            BeamValidationError: An argument is malformed (raised at the call).
            TaskTimeoutError: `timeout` passed while iterating.
            APIStatusError: The server refused a request (e.g. `NotFoundError`: no such task).
            APIConnectionError: No response after the retries.
        """
        handlers: dict[str, object] = {"clock": clock, "sleep": sleep}
        task_id = (
            _check_follow(
                self._requester,
                task_id,
                timeout,
                poll_interval,
                max_reconnects,
                read_timeout,
                handlers,
                max_retries,
            )
            or task_id
        )
        requester = self._requester.with_max_retries(max_retries)
        return astream_task_events(
            requester,
            task_id,
            timeout=timeout,
            poll_interval=poll_interval,
            max_reconnects=max_reconnects,
            read_timeout=read_timeout,
            clock=clock,
            sleep=sleep,
        )

    def as_completed(
        self,
        tasks: Iterable[TaskLike],
        *,
        agent_id: str | None = None,
        timeout: float | None = None,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        max_retries: int | None = None,
        clock: Clock | None = None,
        sleep: AsyncSleep | None = None,
    ) -> AsyncGenerator[AgentTask, None]:
        """Async twin of `AgentTasksResource.as_completed` (`async for`)."""
        handlers: dict[str, object] = {"clock": clock, "sleep": sleep}
        checked = _check_watch(tasks, agent_id, timeout, poll_interval, handlers, max_retries)
        requester = self._requester.with_max_retries(max_retries)
        watcher = AsyncTaskWatcher(
            requester, agent_id=agent_id, poll_interval=poll_interval, clock=clock, sleep=sleep
        )
        return watcher.as_completed(checked, timeout=timeout)

    async def wait_all(
        self,
        tasks: Iterable[TaskLike],
        *,
        agent_id: str | None = None,
        timeout: float | None = None,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        max_retries: int | None = None,
        clock: Clock | None = None,
        sleep: AsyncSleep | None = None,
    ) -> list[AgentTask]:
        """Async twin of `AgentTasksResource.wait_all`."""
        checked = check_tasks(tasks)  # once: `tasks` may be a one-shot iterator
        settled = self.as_completed(
            checked,
            agent_id=agent_id,
            timeout=timeout,
            poll_interval=poll_interval,
            max_retries=max_retries,
            clock=clock,
            sleep=sleep,
        )
        return _in_order(checked, [task async for task in settled])


class AgentTasksResourceWithRawResponse(generated.AgentTasksResourceWithRawResponse):
    """`AgentTasksResource`'s operations, the webhook trigger and the single-request helpers `answer` and
    `consent` included, returning the `RawResponse` (not `run`, `wait`, `stream`, `as_completed` nor
    `wait_all`: each is many requests)."""

    def trigger_webhook(
        self,
        agent_id: str,
        webhook_id: str,
        *,
        task: str | Mapping[str, Any] | None = None,
        encoded_context_files: str | Sequence[Mapping[str, Any]] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> RawResponse[Any]:
        """`trigger_webhook`, returning the response as it came."""
        arguments = _webhook_arguments(agent_id, webhook_id, task, encoded_context_files)
        return self._requester.send_raw(
            _WEBHOOK, arguments, timeout, max_retries, extras(extra_headers, extra_query, extra_body)
        )

    def answer(
        self,
        task: AgentTask,
        answer: InputAnswer,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> RawResponse[Any]:
        """`answer`, returning the response as it came; `.parse()` gives the `MinimalAgentTask`."""
        arguments = _answer_arguments(task, answer)
        extra = extras(extra_headers, extra_query, extra_body)
        return self._requester.send_raw(_SUBMIT_INPUT, arguments, timeout, max_retries, extra)

    def consent(
        self,
        task: AgentTask,
        *,
        approve: bool,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> RawResponse[Any]:
        """`consent`, returning the response as it came; `.parse()` gives the `AgentTask`."""
        operation, arguments = _consent_arguments(task, approve)
        extra = extras(extra_headers, extra_query, extra_body)
        return self._requester.send_raw(operation, arguments, timeout, max_retries, extra)


class AsyncAgentTasksResourceWithRawResponse(generated.AsyncAgentTasksResourceWithRawResponse):
    """Async twin of `AgentTasksResourceWithRawResponse`."""

    async def trigger_webhook(
        self,
        agent_id: str,
        webhook_id: str,
        *,
        task: str | Mapping[str, Any] | None = None,
        encoded_context_files: str | Sequence[Mapping[str, Any]] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> RawResponse[Any]:
        """`trigger_webhook`, returning the response as it came."""
        arguments = _webhook_arguments(agent_id, webhook_id, task, encoded_context_files)
        return await self._requester.send_raw(
            _WEBHOOK, arguments, timeout, max_retries, extras(extra_headers, extra_query, extra_body)
        )

    async def answer(
        self,
        task: AgentTask,
        answer: InputAnswer,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> RawResponse[Any]:
        """`answer`, returning the response as it came; `.parse()` gives the `MinimalAgentTask`."""
        arguments = _answer_arguments(task, answer)
        extra = extras(extra_headers, extra_query, extra_body)
        return await self._requester.send_raw(_SUBMIT_INPUT, arguments, timeout, max_retries, extra)

    async def consent(
        self,
        task: AgentTask,
        *,
        approve: bool,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> RawResponse[Any]:
        """`consent`, returning the response as it came; `.parse()` gives the `AgentTask`."""
        operation, arguments = _consent_arguments(task, approve)
        extra = extras(extra_headers, extra_query, extra_body)
        return await self._requester.send_raw(operation, arguments, timeout, max_retries, extra)
