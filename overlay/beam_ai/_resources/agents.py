"""`client.agents`: list (one page or every page) and update agents."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, TypedDict, Unpack

from beam_ai_api.api.agents import list_agents, update_agent
from beam_ai_api.models import Agent, AgentConfig, AgentList, AgentSettings, AgentType, UpdateAgentRequest

from .._pagination import AsyncPaginator, PageReader, Paginator
from .._types import NOT_GIVEN, NotGiven, TimeoutTypes
from .._validation import enum_value
from ._base import AsyncResource, Endpoint, SyncResource, body, given, only_keys

DEFAULT_PAGE_SIZE = 100  # the documented maximum: fewest requests when walking every page

_LIST: Endpoint[AgentList] = Endpoint(list_agents)
_UPDATE: Endpoint[Any] = Endpoint(update_agent)

#: `GET /agent` answers `{agents, count}`; `count` is the total across pages.
AGENT_PAGES: PageReader[AgentList, Agent] = PageReader(
    items=lambda page: page.agents, total=lambda page: page.count
)


class AgentFilters(TypedDict, total=False):
    """Optional filters of `agents.list` and `agents.list_all`."""

    type: AgentType | str
    search_query: str
    agent_category_id: str


class AgentFields(TypedDict, total=False):
    """Fields `agents.update` can change (UpdateAgentRequest; nested objects as models or camelCase mappings)."""

    name: str
    description: str
    settings: AgentSettings | Mapping[str, Any]
    agent_config: AgentConfig | Mapping[str, Any]
    vector_db_id: str
    type: AgentType | str
    workspace_id: str
    agent_category_id: str
    theme_icon_url: str
    personality: str
    user_access_token_id: str
    agent_intro_message: str
    agent_setup_message: str
    agent_setup_session_id: str
    skip_agent_setup_sop: bool
    is_attachment_data_pulled_in: bool
    tools: Sequence[str]
    templates: Sequence[Any]


def _filter_arguments(filters: Mapping[str, Any], method: str) -> dict[str, Any]:
    known = only_keys(filters, AgentFilters, method)
    agent_type = known.get("type")
    return given(
        type_=None if agent_type is None else enum_value(AgentType, agent_type, "type"),
        search_query=known.get("search_query"),
        agent_category_id=known.get("agent_category_id"),
    )


def _list_arguments(
    page_num: int | None, page_size: int | None, filters: Mapping[str, Any]
) -> dict[str, Any]:
    return {**_filter_arguments(filters, "list"), **given(page_num=page_num, page_size=page_size)}


def _update_arguments(agent_id: str, fields: Mapping[str, Any]) -> dict[str, Any]:
    values = only_keys(fields, AgentFields, "update")
    request = body(
        UpdateAgentRequest,
        values,
        settings=AgentSettings,
        agent_config=AgentConfig,
        type=AgentType,
        tools=[str],
        templates=[dict],
    )
    return {"agent_id": agent_id, "body": request}


class AgentsResource(SyncResource):
    """`GET /agent` and `PUT /agent/{agentId}`."""

    def list(
        self,
        *,
        page_num: int | None = None,
        page_size: int | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        **filters: Unpack[AgentFilters],
    ) -> AgentList:
        """One page of the workspace's agents (`agents` and the total `count`)."""
        return self._call(_LIST, _list_arguments(page_num, page_size, filters), timeout, max_retries)

    def list_all(
        self,
        *,
        page_size: int = DEFAULT_PAGE_SIZE,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        **filters: Unpack[AgentFilters],
    ) -> Paginator[AgentList, Agent]:
        """Every agent, fetched lazily page by page as you iterate."""
        arguments = _filter_arguments(filters, "list_all")
        return self._paginate(_LIST, arguments, AGENT_PAGES, page_size, timeout, max_retries)

    def update(
        self,
        agent_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        **fields: Unpack[AgentFields],
    ) -> Any:
        """Update an agent; returns the server's JSON body, if any (none is documented)."""
        return self._call(_UPDATE, _update_arguments(agent_id, fields), timeout, max_retries)


class AsyncAgentsResource(AsyncResource):
    """Async twin of `AgentsResource`."""

    async def list(
        self,
        *,
        page_num: int | None = None,
        page_size: int | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        **filters: Unpack[AgentFilters],
    ) -> AgentList:
        """One page of the workspace's agents (`agents` and the total `count`)."""
        return await self._call(_LIST, _list_arguments(page_num, page_size, filters), timeout, max_retries)

    def list_all(
        self,
        *,
        page_size: int = DEFAULT_PAGE_SIZE,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        **filters: Unpack[AgentFilters],
    ) -> AsyncPaginator[AgentList, Agent]:
        """Every agent, fetched lazily page by page as you iterate (`async for`)."""
        arguments = _filter_arguments(filters, "list_all")
        return self._paginate(_LIST, arguments, AGENT_PAGES, page_size, timeout, max_retries)

    async def update(
        self,
        agent_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        **fields: Unpack[AgentFields],
    ) -> Any:
        """Update an agent; returns the server's JSON body, if any (none is documented)."""
        return await self._call(_UPDATE, _update_arguments(agent_id, fields), timeout, max_retries)
