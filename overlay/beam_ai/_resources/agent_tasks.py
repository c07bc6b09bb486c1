"""`client.agent_tasks`: create, list, read and act on agent tasks."""

from __future__ import annotations

import builtins
import datetime as dt
import json
from collections.abc import AsyncGenerator, Awaitable, Callable, Generator, Mapping, Sequence
from types import ModuleType
from typing import TYPE_CHECKING, Any, TypedDict, Unpack

from beam_ai_api.api.agent_tasks import (
    approve_task,
    create_task,
    get_agent_analytics,
    get_task,
    get_task_updates,
    get_tool_output_schema,
    iterate_tasks,
    list_latest_executions,
    list_tasks,
    rate_task_output,
    reject_task,
    retry_task,
    submit_user_input,
    trigger_webhook,
)
from beam_ai_api.models import (
    AgentAnalytics,
    AgentTask,
    ApproveTaskRequest,
    CreatedTask,
    CreateTaskRequest,
    EncodedContextFile,
    LatestExecutions,
    MinimalAgentTask,
    OutputParam,
    RateTaskOutputRequest,
    RejectTaskRequest,
    RetryTaskRequest,
    SortDirection,
    SubmitUserInputRequest,
    TaskGrouping,
    TaskGroupList,
    TaskNeighbours,
    TaskNodeFeedbackPerKey,
    TaskQuery,
    UserInputAnswer,
    WebhookTriggerForm,
)

from .._errors import BeamValidationError
from .._operation import acall, call, check_call_options, operation_of
from .._pagination import AsyncPaginator, PageReader, Paginator
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
    consent_call,
    input_request,
    run_task,
    stream_task_events,
    wait_for_task,
)
from .._types import NOT_GIVEN, NotGiven, TimeoutTypes
from .._validation import check_operation, enum_value
from ._base import (
    AsyncResource,
    Endpoint,
    SyncResource,
    body,
    comma_list,
    date_text,
    given,
    models,
    only_keys,
    plain_list,
)

if TYPE_CHECKING:
    from .._client import AsyncBeam, Beam

DEFAULT_PAGE_SIZE = 100  # the documented maximum of GET /agent-tasks
#: GET /agent-tasks/latest-executions documents no maximum page size, so walking it uses the
#: documented default: a larger size the server silently capped would end the walk early.
LATEST_EXECUTIONS_PAGE_SIZE = 5

_CREATE: Endpoint[CreatedTask] = Endpoint(create_task)
_LIST: Endpoint[TaskGroupList] = Endpoint(list_tasks)
_GET: Endpoint[AgentTask] = Endpoint(get_task)
_GET_UPDATES: Endpoint[str] = Endpoint(get_task_updates)
_ITERATE: Endpoint[TaskNeighbours] = Endpoint(iterate_tasks)
_LATEST: Endpoint[LatestExecutions] = Endpoint(list_latest_executions)
_OUTPUT_SCHEMA: Endpoint[list[OutputParam]] = Endpoint(get_tool_output_schema)
_ANALYTICS: Endpoint[AgentAnalytics] = Endpoint(get_agent_analytics)
_RETRY: Endpoint[Any] = Endpoint(retry_task)
_SUBMIT_INPUT: Endpoint[MinimalAgentTask] = Endpoint(submit_user_input)
_APPROVE: Endpoint[AgentTask] = Endpoint(approve_task)
_REJECT: Endpoint[AgentTask] = Endpoint(reject_task)
_RATE: Endpoint[MinimalAgentTask] = Endpoint(rate_task_output)
_WEBHOOK: Endpoint[Any] = Endpoint(trigger_webhook)


def _tasks_of(page: TaskGroupList) -> list[MinimalAgentTask]:
    return [task for group in page.data for task in (group.tasks or [])]


#: `GET /agent-tasks` answers task groups `{data: [{tasks, ...}], totalCount}`; a page's items are the
#: tasks of all its groups, `totalCount` the total across pages.
TASK_PAGES: PageReader[TaskGroupList, MinimalAgentTask] = PageReader(
    items=_tasks_of, total=lambda page: page.total_count
)
#: `GET /agent-tasks/latest-executions` answers `{tasks, sampleTasks, totalCount}`; items are `tasks`.
LATEST_EXECUTION_PAGES: PageReader[LatestExecutions, Any] = PageReader(
    items=lambda page: page.tasks, total=lambda page: page.total_count
)


class TaskFilters(TypedDict, total=False):
    """Optional filters of `agent_tasks.list` / `.list_all` (lists become comma-separated values)."""

    agent_id: str
    statuses: str | Sequence[str]
    search_query: str
    ordering: str
    start_date: str | dt.date
    end_date: str | dt.date
    grouping: TaskGrouping | str


class NeighbourFilters(TypedDict, total=False):
    """Filters of `agent_tasks.get_neighbours` (`task_id` is the task to look around)."""

    agent_id: str
    task_id: str
    statuses: str | Sequence[str]
    search_query: str
    ordering: SortDirection | str
    created_at: str | dt.date
    updated_at: str | dt.date
    grouping: TaskGrouping | str


def _optional_enum(cls: Any, value: Any, field: str) -> Any:
    return None if value is None else enum_value(cls, value, field)


def _filter_arguments(filters: Mapping[str, Any], method: str) -> dict[str, Any]:
    known = only_keys(filters, TaskFilters, method)
    return given(
        agent_id=known.get("agent_id"),
        statuses=comma_list(known.get("statuses")),
        search_query=known.get("search_query"),
        ordering=known.get("ordering"),
        start_date=date_text(known.get("start_date")),
        end_date=date_text(known.get("end_date")),
        grouping=_optional_enum(TaskGrouping, known.get("grouping"), "grouping"),
    )


def _list_arguments(
    page_num: int | None, page_size: int | None, filters: Mapping[str, Any]
) -> dict[str, Any]:
    return {**_filter_arguments(filters, "list"), **given(page_num=page_num, page_size=page_size)}


def _neighbour_arguments(filters: Mapping[str, Any]) -> dict[str, Any]:
    known = only_keys(filters, NeighbourFilters, "get_neighbours")
    return given(
        agent_id=known.get("agent_id"),
        task_id=known.get("task_id"),
        statuses=comma_list(known.get("statuses")),
        search_query=known.get("search_query"),
        ordering=_optional_enum(SortDirection, known.get("ordering"), "ordering"),
        created_at=date_text(known.get("created_at")),
        updated_at=date_text(known.get("updated_at")),
        grouping=_optional_enum(TaskGrouping, known.get("grouping"), "grouping"),
    )


def _create_arguments(
    agent_id: str,
    query: str,
    additional_info: str | None,
    parsing_urls: Sequence[str] | None,
    encoded_context_files: Sequence[EncodedContextFile | Mapping[str, Any]] | None,
) -> dict[str, Any]:
    task_query = body(TaskQuery, {"query": query, "additional_info": additional_info})
    values = {
        "agent_id": agent_id,
        "task_query": task_query,
        "parsing_urls": parsing_urls,
        "encoded_context_files": encoded_context_files,
    }
    request = body(CreateTaskRequest, values, parsing_urls=[str], encoded_context_files=[EncodedContextFile])
    return {"body": request}


def _latest_arguments(
    agent_id: str, included_statuses: str | Sequence[str] | None, search_query: str | None
) -> dict[str, Any]:
    return {
        "agent_id": agent_id,
        **given(included_statuses=comma_list(included_statuses), search_query=search_query),
    }


def _analytics_arguments(agent_id: str, start_date: str | dt.date, end_date: str | dt.date) -> dict[str, Any]:
    return {"agent_id": agent_id, "start_date": date_text(start_date), "end_date": date_text(end_date)}


def _retry_arguments(
    task_id: str,
    task_node_id: str | None,
    task_node_feedback_as_text: str | None,
    task_node_feedback_per_keys: Sequence[TaskNodeFeedbackPerKey | Mapping[str, Any]] | None,
) -> dict[str, Any]:
    values = {
        "task_id": task_id,
        "task_node_id": task_node_id,
        "task_node_feedback_as_text": task_node_feedback_as_text,
        "task_node_feedback_per_keys": task_node_feedback_per_keys,
    }
    return {"body": body(RetryTaskRequest, values, task_node_feedback_per_keys=[TaskNodeFeedbackPerKey])}


def _user_input_arguments(
    task_id: str, task_node_id: str, user_inputs: Sequence[UserInputAnswer | Mapping[str, Any]]
) -> dict[str, Any]:
    values = {"task_node_id": task_node_id, "user_inputs": user_inputs}
    return {"task_id": task_id, "body": body(SubmitUserInputRequest, values, user_inputs=[UserInputAnswer])}


def _approve_arguments(
    task_id: str,
    task_node_id: str | None,
    consent: bool,
    feedback: str | None,
    tool_id: str | None,
    tool_parameters: Mapping[str, Any] | None,
) -> dict[str, Any]:
    values = {
        "task_id": task_id,
        "task_node_id": task_node_id,
        "consent": consent,
        "feedback": feedback,
        "tool_id": tool_id,
        "tool_parameters": None if tool_parameters is None else dict(tool_parameters),
    }
    return {"task_id": task_id, "body": body(ApproveTaskRequest, values)}


def _reject_arguments(
    task_id: str, task_node_id: str | None, user_feedback: Sequence[str] | None
) -> dict[str, Any]:
    values = {"task_id": task_id, "task_node_id": task_node_id, "user_feedback": user_feedback}
    return {"task_id": task_id, "body": body(RejectTaskRequest, values, user_feedback=[str])}


def _rate_arguments(
    task_id: str,
    rating: str,
    task_node_id: str | None,
    user_feedback: str | None,
    expected_output: str | None,
) -> dict[str, Any]:
    values = {
        "rating": rating,
        "task_node_id": task_node_id,
        "user_feedback": user_feedback,
        "expected_output": expected_output,
    }
    return {"task_id": task_id, "body": body(RateTaskOutputRequest, values)}


def _json_text(value: Any) -> str | None:
    """Multipart form fields that carry JSON: strings pass through, anything else is encoded."""
    return value if value is None or isinstance(value, str) else json.dumps(value)


def _webhook_arguments(
    agent_id: str, webhook_id: str, task: Any, encoded_context_files: Any
) -> dict[str, Any]:
    values = {"task": _json_text(task), "encoded_context_files": _json_text(encoded_context_files)}
    return {"agent_id": agent_id, "webhook_id": webhook_id, "body": body(WebhookTriggerForm, values)}


def _answer_arguments(client: Beam | AsyncBeam, task: AgentTask, answer: InputAnswer) -> dict[str, Any]:
    return {
        "task_id": str(task.id),
        "body": input_request(task, answer),
        "current_workspace_id": client.workspace_id,
    }


def _consent_arguments(
    client: Beam | AsyncBeam, task: AgentTask, approve: bool
) -> tuple[ModuleType, dict[str, Any]]:
    operation, arguments = consent_call(str(task.id), task, approve)
    return operation, {"task_id": str(task.id), **arguments, "current_workspace_id": client.workspace_id}


def _is_number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _check_follow(
    task_id: str | None,
    timeout: object,
    poll_interval: object,
    max_reconnects: object,
    read_timeout: object,
    callables: Mapping[str, object],
    max_retries: object = None,
) -> None:
    """The arguments of `run` / `wait` / `stream`, refused before anything is sent (before a paid task
    is created), each error naming the argument."""
    if task_id is not None:
        check_operation(operation_of(get_task), {"task_id": task_id})
    if timeout is not None and (not _is_number(timeout) or timeout < 0):  # type: ignore[operator]
        raise BeamValidationError("timeout", f"must be seconds >= 0 or None; got {timeout!r}")
    if not _is_number(poll_interval) or not poll_interval > 0:  # type: ignore[operator]
        raise BeamValidationError("poll_interval", f"must be seconds > 0; got {poll_interval!r}")
    if isinstance(max_reconnects, bool) or not isinstance(max_reconnects, int) or max_reconnects < 0:
        raise BeamValidationError("max_reconnects", f"must be an integer >= 0; got {max_reconnects!r}")
    if read_timeout is not None and (not _is_number(read_timeout) or not read_timeout > 0):  # type: ignore[operator]
        raise BeamValidationError("read_timeout", f"must be seconds > 0 or None; got {read_timeout!r}")
    for name, value in callables.items():
        if value is not None and not callable(value):
            raise BeamValidationError(name, f"must be callable or None; got {type(value).__name__}")
    check_call_options(NOT_GIVEN, max_retries)


def _create_extras(
    parsing_urls: Sequence[str] | None,
    encoded_context_files: Sequence[EncodedContextFile | Mapping[str, Any]] | None,
) -> dict[str, Any]:
    """`CreateTaskRequest` fields `run` forwards; mappings become models, so both spellings work."""
    extras: dict[str, Any] = {}
    if parsing_urls is not None:
        extras["parsing_urls"] = plain_list(parsing_urls, "parsing_urls")
    if encoded_context_files is not None:
        extras["encoded_context_files"] = models(
            EncodedContextFile, encoded_context_files, "encoded_context_files"
        )
    return extras


class AgentTasksResource(SyncResource):
    """`/agent-tasks/...`: tasks an agent runs."""

    def create(
        self,
        *,
        agent_id: str,
        query: str,
        additional_info: str | None = None,
        parsing_urls: Sequence[str] | None = None,
        encoded_context_files: Sequence[EncodedContextFile | Mapping[str, Any]] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> CreatedTask:
        """Start a task: the agent's workflow runs `query` (queued, then executed)."""
        arguments = _create_arguments(agent_id, query, additional_info, parsing_urls, encoded_context_files)
        return self._call(_CREATE, arguments, timeout, max_retries)

    def list(
        self,
        *,
        page_num: int | None = None,
        page_size: int | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        **filters: Unpack[TaskFilters],
    ) -> TaskGroupList:
        """One page of tasks, in groups (`data`), with the `total_count` across pages."""
        return self._call(_LIST, _list_arguments(page_num, page_size, filters), timeout, max_retries)

    def list_all(
        self,
        *,
        page_size: int = DEFAULT_PAGE_SIZE,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        **filters: Unpack[TaskFilters],
    ) -> Paginator[TaskGroupList, MinimalAgentTask]:
        """Every task matching the filters, fetched lazily page by page (groups flattened)."""
        arguments = _filter_arguments(filters, "list_all")
        return self._paginate(_LIST, arguments, TASK_PAGES, page_size, timeout, max_retries)

    def get(
        self, task_id: str, *, timeout: TimeoutTypes | NotGiven = NOT_GIVEN, max_retries: int | None = None
    ) -> AgentTask:
        """A task with its nodes, graph state and cost data."""
        return self._call(_GET, {"task_id": task_id}, timeout, max_retries)

    def get_updates(
        self, task_id: str, *, timeout: TimeoutTypes | NotGiven = NOT_GIVEN, max_retries: int | None = None
    ) -> str:
        """The task's Server-Sent Events stream as text, read to its end (it ends when the task stops)."""
        return self._call(_GET_UPDATES, {"task_id": task_id}, timeout, max_retries)

    def get_neighbours(
        self,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        **filters: Unpack[NeighbourFilters],
    ) -> TaskNeighbours:
        """The previous and next task around `task_id` among the filtered tasks (`GET /agent-tasks/iterate`)."""
        return self._call(_ITERATE, _neighbour_arguments(filters), timeout, max_retries)

    def list_latest_executions(
        self,
        *,
        agent_id: str,
        included_statuses: str | Sequence[str] | None = None,
        search_query: str | None = None,
        page_num: int | None = None,
        page_size: int | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> LatestExecutions:
        """One page of an agent's most recent executions (statuses default to `completed`)."""
        arguments = {
            **_latest_arguments(agent_id, included_statuses, search_query),
            **given(page_num=page_num, page_size=page_size),
        }
        return self._call(_LATEST, arguments, timeout, max_retries)

    def list_all_latest_executions(
        self,
        *,
        agent_id: str,
        included_statuses: str | Sequence[str] | None = None,
        search_query: str | None = None,
        page_size: int = LATEST_EXECUTIONS_PAGE_SIZE,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> Paginator[LatestExecutions, Any]:
        """Every recent execution of an agent, fetched lazily page by page."""
        arguments = _latest_arguments(agent_id, included_statuses, search_query)
        return self._paginate(_LATEST, arguments, LATEST_EXECUTION_PAGES, page_size, timeout, max_retries)

    def get_tool_output_schema(
        self,
        graph_node_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> builtins.list[OutputParam]:
        """The output parameters the tool of a graph node produces."""
        return self._call(_OUTPUT_SCHEMA, {"graph_node_id": graph_node_id}, timeout, max_retries)

    def get_analytics(
        self,
        *,
        agent_id: str,
        start_date: str | dt.date,
        end_date: str | dt.date,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> AgentAnalytics:
        """An agent's execution metrics between two dates (inclusive), with deltas and a daily chart."""
        return self._call(
            _ANALYTICS, _analytics_arguments(agent_id, start_date, end_date), timeout, max_retries
        )

    def retry(
        self,
        task_id: str,
        *,
        task_node_id: str | None = None,
        task_node_feedback_as_text: str | None = None,
        task_node_feedback_per_keys: Sequence[TaskNodeFeedbackPerKey | Mapping[str, Any]] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> Any:
        """Retry a failed or stopped task (from a node, with feedback); returns the server's JSON, if any."""
        arguments = _retry_arguments(
            task_id, task_node_id, task_node_feedback_as_text, task_node_feedback_per_keys
        )
        return self._call(_RETRY, arguments, timeout, max_retries)

    def submit_user_input(
        self,
        task_id: str,
        *,
        task_node_id: str,
        user_inputs: Sequence[UserInputAnswer | Mapping[str, Any]],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> MinimalAgentTask:
        """Answer the questions of a task waiting for input (`USER_INPUT_REQUIRED`)."""
        arguments = _user_input_arguments(task_id, task_node_id, user_inputs)
        return self._call(_SUBMIT_INPUT, arguments, timeout, max_retries)

    def approve(
        self,
        task_id: str,
        *,
        task_node_id: str | None = None,
        consent: bool = True,
        feedback: str | None = None,
        tool_id: str | None = None,
        tool_parameters: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> AgentTask:
        """Give (or with `consent=False` refuse) consent to a task waiting for it (`USER_CONSENT_REQUIRED`)."""
        arguments = _approve_arguments(task_id, task_node_id, consent, feedback, tool_id, tool_parameters)
        return self._call(_APPROVE, arguments, timeout, max_retries)

    def reject(
        self,
        task_id: str,
        *,
        task_node_id: str | None = None,
        user_feedback: Sequence[str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> AgentTask:
        """Reject a task waiting for consent or input; it stops."""
        arguments = _reject_arguments(task_id, task_node_id, user_feedback)
        return self._call(_REJECT, arguments, timeout, max_retries)

    def rate_output(
        self,
        task_id: str,
        *,
        rating: str,
        task_node_id: str | None = None,
        user_feedback: str | None = None,
        expected_output: str | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> MinimalAgentTask:
        """Rate a task's output (`positive` or `negative`), with optional feedback."""
        arguments = _rate_arguments(task_id, rating, task_node_id, user_feedback, expected_output)
        return self._call(_RATE, arguments, timeout, max_retries)

    def trigger_webhook(
        self,
        agent_id: str,
        webhook_id: str,
        *,
        task: str | Mapping[str, Any] | None = None,
        encoded_context_files: str | Sequence[Mapping[str, Any]] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> Any:
        """Start a task through an agent's webhook trigger; non-string values are sent as JSON text."""
        arguments = _webhook_arguments(agent_id, webhook_id, task, encoded_context_files)
        return self._call(_WEBHOOK, arguments, timeout, max_retries)

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
    ) -> AgentTask:
        """Create a task once and follow it to its end (every argument is checked before it is created)."""
        handlers: dict[str, object] = {"on_event": on_event, "on_input_required": on_input_required}
        handlers |= {"on_consent_required": on_consent_required, "clock": clock, "sleep": sleep}
        _check_follow(None, timeout, poll_interval, max_reconnects, read_timeout, handlers, max_retries)
        extras = _create_extras(parsing_urls, encoded_context_files)
        client = self._client if max_retries is None else self._client.with_options(max_retries=max_retries)
        return run_task(
            client,
            agent_id=agent_id,
            query=query,
            additional_info=additional_info,
            timeout=timeout,
            on_event=on_event,
            on_input_required=on_input_required,
            on_consent_required=on_consent_required,
            poll_interval=poll_interval,
            max_reconnects=max_reconnects,
            read_timeout=read_timeout,
            clock=clock,
            sleep=sleep,
            **extras,
        )

    def answer(
        self,
        task: AgentTask,
        answer: InputAnswer,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> Any:
        """Answer a task waiting for input (`USER_INPUT_REQUIRED`); finds the waiting node for you."""
        arguments = _answer_arguments(self._client, task, answer)
        return call(self._client, _SUBMIT_INPUT.module, timeout=timeout, max_retries=max_retries, **arguments)

    def consent(
        self,
        task: AgentTask,
        *,
        approve: bool,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> Any:
        """Approve or reject a task waiting for consent (`USER_CONSENT_REQUIRED`)."""
        operation, arguments = _consent_arguments(self._client, task, approve)
        return call(self._client, operation, timeout=timeout, max_retries=max_retries, **arguments)

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
        """Follow a task until it ends or waits for someone, and return it (`timeout` bounds the wait)."""
        handlers: dict[str, object] = {"on_event": on_event, "clock": clock, "sleep": sleep}
        _check_follow(task_id, timeout, poll_interval, max_reconnects, read_timeout, handlers, max_retries)
        client = self._client if max_retries is None else self._client.with_options(max_retries=max_retries)
        return wait_for_task(
            client,
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
        """A task's status events until it ends or waits, across reconnects (`timeout` bounds it)."""
        handlers: dict[str, object] = {"clock": clock, "sleep": sleep}
        _check_follow(task_id, timeout, poll_interval, max_reconnects, read_timeout, handlers, max_retries)
        client = self._client if max_retries is None else self._client.with_options(max_retries=max_retries)
        return stream_task_events(
            client,
            task_id,
            timeout=timeout,
            poll_interval=poll_interval,
            max_reconnects=max_reconnects,
            read_timeout=read_timeout,
            clock=clock,
            sleep=sleep,
        )


class AsyncAgentTasksResource(AsyncResource):
    """Async twin of `AgentTasksResource`."""

    async def create(
        self,
        *,
        agent_id: str,
        query: str,
        additional_info: str | None = None,
        parsing_urls: Sequence[str] | None = None,
        encoded_context_files: Sequence[EncodedContextFile | Mapping[str, Any]] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> CreatedTask:
        """Start a task: the agent's workflow runs `query` (queued, then executed)."""
        arguments = _create_arguments(agent_id, query, additional_info, parsing_urls, encoded_context_files)
        return await self._call(_CREATE, arguments, timeout, max_retries)

    async def list(
        self,
        *,
        page_num: int | None = None,
        page_size: int | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        **filters: Unpack[TaskFilters],
    ) -> TaskGroupList:
        """One page of tasks, in groups (`data`), with the `total_count` across pages."""
        return await self._call(_LIST, _list_arguments(page_num, page_size, filters), timeout, max_retries)

    def list_all(
        self,
        *,
        page_size: int = DEFAULT_PAGE_SIZE,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        **filters: Unpack[TaskFilters],
    ) -> AsyncPaginator[TaskGroupList, MinimalAgentTask]:
        """Every task matching the filters, fetched lazily page by page (`async for`, groups flattened)."""
        arguments = _filter_arguments(filters, "list_all")
        return self._paginate(_LIST, arguments, TASK_PAGES, page_size, timeout, max_retries)

    async def get(
        self, task_id: str, *, timeout: TimeoutTypes | NotGiven = NOT_GIVEN, max_retries: int | None = None
    ) -> AgentTask:
        """A task with its nodes, graph state and cost data."""
        return await self._call(_GET, {"task_id": task_id}, timeout, max_retries)

    async def get_updates(
        self, task_id: str, *, timeout: TimeoutTypes | NotGiven = NOT_GIVEN, max_retries: int | None = None
    ) -> str:
        """The task's Server-Sent Events stream as text, read to its end (it ends when the task stops)."""
        return await self._call(_GET_UPDATES, {"task_id": task_id}, timeout, max_retries)

    async def get_neighbours(
        self,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        **filters: Unpack[NeighbourFilters],
    ) -> TaskNeighbours:
        """The previous and next task around `task_id` among the filtered tasks (`GET /agent-tasks/iterate`)."""
        return await self._call(_ITERATE, _neighbour_arguments(filters), timeout, max_retries)

    async def list_latest_executions(
        self,
        *,
        agent_id: str,
        included_statuses: str | Sequence[str] | None = None,
        search_query: str | None = None,
        page_num: int | None = None,
        page_size: int | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> LatestExecutions:
        """One page of an agent's most recent executions (statuses default to `completed`)."""
        arguments = {
            **_latest_arguments(agent_id, included_statuses, search_query),
            **given(page_num=page_num, page_size=page_size),
        }
        return await self._call(_LATEST, arguments, timeout, max_retries)

    def list_all_latest_executions(
        self,
        *,
        agent_id: str,
        included_statuses: str | Sequence[str] | None = None,
        search_query: str | None = None,
        page_size: int = LATEST_EXECUTIONS_PAGE_SIZE,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> AsyncPaginator[LatestExecutions, Any]:
        """Every recent execution of an agent, fetched lazily page by page (`async for`)."""
        arguments = _latest_arguments(agent_id, included_statuses, search_query)
        return self._paginate(_LATEST, arguments, LATEST_EXECUTION_PAGES, page_size, timeout, max_retries)

    async def get_tool_output_schema(
        self,
        graph_node_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> builtins.list[OutputParam]:
        """The output parameters the tool of a graph node produces."""
        return await self._call(_OUTPUT_SCHEMA, {"graph_node_id": graph_node_id}, timeout, max_retries)

    async def get_analytics(
        self,
        *,
        agent_id: str,
        start_date: str | dt.date,
        end_date: str | dt.date,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> AgentAnalytics:
        """An agent's execution metrics between two dates (inclusive), with deltas and a daily chart."""
        arguments = _analytics_arguments(agent_id, start_date, end_date)
        return await self._call(_ANALYTICS, arguments, timeout, max_retries)

    async def retry(
        self,
        task_id: str,
        *,
        task_node_id: str | None = None,
        task_node_feedback_as_text: str | None = None,
        task_node_feedback_per_keys: Sequence[TaskNodeFeedbackPerKey | Mapping[str, Any]] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> Any:
        """Retry a failed or stopped task (from a node, with feedback); returns the server's JSON, if any."""
        arguments = _retry_arguments(
            task_id, task_node_id, task_node_feedback_as_text, task_node_feedback_per_keys
        )
        return await self._call(_RETRY, arguments, timeout, max_retries)

    async def submit_user_input(
        self,
        task_id: str,
        *,
        task_node_id: str,
        user_inputs: Sequence[UserInputAnswer | Mapping[str, Any]],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> MinimalAgentTask:
        """Answer the questions of a task waiting for input (`USER_INPUT_REQUIRED`)."""
        arguments = _user_input_arguments(task_id, task_node_id, user_inputs)
        return await self._call(_SUBMIT_INPUT, arguments, timeout, max_retries)

    async def approve(
        self,
        task_id: str,
        *,
        task_node_id: str | None = None,
        consent: bool = True,
        feedback: str | None = None,
        tool_id: str | None = None,
        tool_parameters: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> AgentTask:
        """Give (or with `consent=False` refuse) consent to a task waiting for it (`USER_CONSENT_REQUIRED`)."""
        arguments = _approve_arguments(task_id, task_node_id, consent, feedback, tool_id, tool_parameters)
        return await self._call(_APPROVE, arguments, timeout, max_retries)

    async def reject(
        self,
        task_id: str,
        *,
        task_node_id: str | None = None,
        user_feedback: Sequence[str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> AgentTask:
        """Reject a task waiting for consent or input; it stops."""
        arguments = _reject_arguments(task_id, task_node_id, user_feedback)
        return await self._call(_REJECT, arguments, timeout, max_retries)

    async def rate_output(
        self,
        task_id: str,
        *,
        rating: str,
        task_node_id: str | None = None,
        user_feedback: str | None = None,
        expected_output: str | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> MinimalAgentTask:
        """Rate a task's output (`positive` or `negative`), with optional feedback."""
        arguments = _rate_arguments(task_id, rating, task_node_id, user_feedback, expected_output)
        return await self._call(_RATE, arguments, timeout, max_retries)

    async def trigger_webhook(
        self,
        agent_id: str,
        webhook_id: str,
        *,
        task: str | Mapping[str, Any] | None = None,
        encoded_context_files: str | Sequence[Mapping[str, Any]] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> Any:
        """Start a task through an agent's webhook trigger; non-string values are sent as JSON text."""
        arguments = _webhook_arguments(agent_id, webhook_id, task, encoded_context_files)
        return await self._call(_WEBHOOK, arguments, timeout, max_retries)

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
    ) -> AgentTask:
        """Create a task once and follow it to its end (every argument is checked before it is created)."""
        handlers: dict[str, object] = {"on_event": on_event, "on_input_required": on_input_required}
        handlers |= {"on_consent_required": on_consent_required, "clock": clock, "sleep": sleep}
        _check_follow(None, timeout, poll_interval, max_reconnects, read_timeout, handlers, max_retries)
        extras = _create_extras(parsing_urls, encoded_context_files)
        client = self._client if max_retries is None else self._client.with_options(max_retries=max_retries)
        return await arun_task(
            client,
            agent_id=agent_id,
            query=query,
            additional_info=additional_info,
            timeout=timeout,
            on_event=on_event,
            on_input_required=on_input_required,
            on_consent_required=on_consent_required,
            poll_interval=poll_interval,
            max_reconnects=max_reconnects,
            read_timeout=read_timeout,
            clock=clock,
            sleep=sleep,
            **extras,
        )

    async def answer(
        self,
        task: AgentTask,
        answer: InputAnswer,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> Any:
        """Answer a task waiting for input (`USER_INPUT_REQUIRED`); finds the waiting node for you."""
        arguments = _answer_arguments(self._client, task, answer)
        return await acall(
            self._client, _SUBMIT_INPUT.module, timeout=timeout, max_retries=max_retries, **arguments
        )

    async def consent(
        self,
        task: AgentTask,
        *,
        approve: bool,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> Any:
        """Approve or reject a task waiting for consent (`USER_CONSENT_REQUIRED`)."""
        operation, arguments = _consent_arguments(self._client, task, approve)
        return await acall(self._client, operation, timeout=timeout, max_retries=max_retries, **arguments)

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
        """Follow a task until it ends or waits for someone, and return it (`timeout` bounds the wait)."""
        handlers: dict[str, object] = {"on_event": on_event, "clock": clock, "sleep": sleep}
        _check_follow(task_id, timeout, poll_interval, max_reconnects, read_timeout, handlers, max_retries)
        client = self._client if max_retries is None else self._client.with_options(max_retries=max_retries)
        return await await_task(
            client,
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
        """A task's status events until it ends or waits, across reconnects (`timeout` bounds it)."""
        handlers: dict[str, object] = {"clock": clock, "sleep": sleep}
        _check_follow(task_id, timeout, poll_interval, max_reconnects, read_timeout, handlers, max_retries)
        client = self._client if max_retries is None else self._client.with_options(max_retries=max_retries)
        return astream_task_events(
            client,
            task_id,
            timeout=timeout,
            poll_interval=poll_interval,
            max_reconnects=max_reconnects,
            read_timeout=read_timeout,
            clock=clock,
            sleep=sleep,
        )
