"""`client.agent_tasks`: create, list, read and act on agent tasks."""

from __future__ import annotations

import builtins
import datetime as dt
import json
from collections.abc import AsyncGenerator, Generator, Mapping, Sequence
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

from .._operation import acall, call
from .._pagination import AsyncPaginator, PageReader, Paginator
from .._task_follow import (
    InputAnswer,
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
from .._validation import enum_value
from ._base import AsyncResource, Endpoint, SyncResource, body, comma_list, date_text, given, only_keys

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

    def run(self, agent_id: str, query: str, **options: Any) -> AgentTask:
        """Create a task and follow it to its end (`run_task`: handlers for input and consent, `timeout`)."""
        return run_task(self._client, agent_id=agent_id, query=query, **options)

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

    def wait(self, task_id: str, *args: Any, **kwargs: Any) -> AgentTask:
        """Follow a task until it ends or waits for someone, and return it (`wait_for_task`)."""
        return wait_for_task(self._client, task_id, *args, **kwargs)

    def stream(self, task_id: str, *args: Any, **kwargs: Any) -> Generator[TaskEvent, None, None]:
        """A task's status events until it ends or waits, across reconnects (`stream_task_events`)."""
        return stream_task_events(self._client, task_id, *args, **kwargs)


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

    async def run(self, agent_id: str, query: str, **options: Any) -> AgentTask:
        """Create a task and follow it to its end (`arun_task`: handlers for input and consent, `timeout`)."""
        return await arun_task(self._client, agent_id=agent_id, query=query, **options)

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

    async def wait(self, task_id: str, *args: Any, **kwargs: Any) -> AgentTask:
        """Follow a task until it ends or waits for someone, and return it (`await_task`)."""
        return await await_task(self._client, task_id, *args, **kwargs)

    def stream(self, task_id: str, *args: Any, **kwargs: Any) -> AsyncGenerator[TaskEvent, None]:
        """A task's status events until it ends or waits, across reconnects (`astream_task_events`)."""
        return astream_task_events(self._client, task_id, *args, **kwargs)
