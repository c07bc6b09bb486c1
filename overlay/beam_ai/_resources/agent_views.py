"""`client.agent_views`: views (tables an agent fills) and their records."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, TypedDict, Unpack

from beam_ai_api.api.agent_views import get_view, list_linked_records, list_view_records, list_views
from beam_ai_api.models import RecordsPage, View, ViewList

from .._pagination import AsyncPaginator, PageReader, Paginator
from .._types import NOT_GIVEN, NotGiven, TimeoutTypes
from ._base import AsyncResource, Endpoint, SyncResource, comma_list, given, only_keys

DEFAULT_PAGE_SIZE = 100  # the documented maximum

_LIST: Endpoint[ViewList] = Endpoint(list_views)
_GET: Endpoint[View] = Endpoint(get_view)
_LIST_RECORDS: Endpoint[RecordsPage] = Endpoint(list_view_records)
_LIST_LINKED: Endpoint[RecordsPage] = Endpoint(list_linked_records)

#: `GET /agent-views` answers `{views, total}`.
VIEW_PAGES: PageReader[ViewList, View] = PageReader(
    items=lambda page: page.views, total=lambda page: page.total
)


def _total_rows(page: RecordsPage) -> int | None:
    total = page.page_info.total_rows
    return total if isinstance(total, int) else None


#: Record endpoints answer `{list, pageInfo: {totalRows, page, pageSize, isFirstPage, isLastPage}}`.
RECORD_PAGES: PageReader[RecordsPage, Any] = PageReader(items=lambda page: page.list_, total=_total_rows)


class RecordQuery(TypedDict, total=False):
    """NocoDB-style record selection: `fields` and `sort` (a `-` prefix sorts descending) as lists or
    comma-separated text, `where` as `(field,op,value)~and(...)`."""

    fields: str | Sequence[str]
    sort: str | Sequence[str]
    where: str


def _view_filters(agent_id: str | None, search: str | None) -> dict[str, Any]:
    return given(agent_id=agent_id, search=search)


def _record_arguments(path: Mapping[str, Any], query: Mapping[str, Any], method: str) -> dict[str, Any]:
    known = only_keys(query, RecordQuery, method)
    selection = given(
        fields=comma_list(known.get("fields")), sort=comma_list(known.get("sort")), where=known.get("where")
    )
    return {**path, **selection}


def _page(page_num: int | None, page_size: int | None) -> dict[str, Any]:
    return given(page_num=page_num, page_size=page_size)


def _linked(view_id: str, column_id: str, record_id: int) -> dict[str, Any]:
    return {"view_id": view_id, "column_id": column_id, "record_id": record_id}


class AgentViewsResource(SyncResource):
    """`/agent-views/...`."""

    def list(
        self,
        *,
        agent_id: str | None = None,
        search: str | None = None,
        page_num: int | None = None,
        page_size: int | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> ViewList:
        """One page of views (`views` and the `total`), optionally of one agent or matching `search`."""
        arguments = {**_view_filters(agent_id, search), **_page(page_num, page_size)}
        return self._call(_LIST, arguments, timeout, max_retries)

    def list_all(
        self,
        *,
        agent_id: str | None = None,
        search: str | None = None,
        page_size: int = DEFAULT_PAGE_SIZE,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> Paginator[ViewList, View]:
        """Every view, fetched lazily page by page."""
        return self._paginate(
            _LIST, _view_filters(agent_id, search), VIEW_PAGES, page_size, timeout, max_retries
        )

    def get(
        self, view_id: str, *, timeout: TimeoutTypes | NotGiven = NOT_GIVEN, max_retries: int | None = None
    ) -> View:
        """A view with its columns."""
        return self._call(_GET, {"view_id": view_id}, timeout, max_retries)

    def list_records(
        self,
        view_id: str,
        *,
        page_num: int | None = None,
        page_size: int | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        **query: Unpack[RecordQuery],
    ) -> RecordsPage:
        """One page of a view's records (`list`, `page_info`)."""
        arguments = {
            **_record_arguments({"view_id": view_id}, query, "list_records"),
            **_page(page_num, page_size),
        }
        return self._call(_LIST_RECORDS, arguments, timeout, max_retries)

    def list_all_records(
        self,
        view_id: str,
        *,
        page_size: int = DEFAULT_PAGE_SIZE,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        **query: Unpack[RecordQuery],
    ) -> Paginator[RecordsPage, Any]:
        """Every record of a view, fetched lazily page by page."""
        arguments = _record_arguments({"view_id": view_id}, query, "list_all_records")
        return self._paginate(_LIST_RECORDS, arguments, RECORD_PAGES, page_size, timeout, max_retries)

    def list_linked_records(
        self,
        view_id: str,
        column_id: str,
        record_id: int,
        *,
        page_num: int | None = None,
        page_size: int | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        **query: Unpack[RecordQuery],
    ) -> RecordsPage:
        """One page of the records a record's link column points to."""
        path = _linked(view_id, column_id, record_id)
        arguments = {**_record_arguments(path, query, "list_linked_records"), **_page(page_num, page_size)}
        return self._call(_LIST_LINKED, arguments, timeout, max_retries)

    def list_all_linked_records(
        self,
        view_id: str,
        column_id: str,
        record_id: int,
        *,
        page_size: int = DEFAULT_PAGE_SIZE,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        **query: Unpack[RecordQuery],
    ) -> Paginator[RecordsPage, Any]:
        """Every record a record's link column points to, fetched lazily page by page."""
        path = _linked(view_id, column_id, record_id)
        arguments = _record_arguments(path, query, "list_all_linked_records")
        return self._paginate(_LIST_LINKED, arguments, RECORD_PAGES, page_size, timeout, max_retries)


class AsyncAgentViewsResource(AsyncResource):
    """Async twin of `AgentViewsResource`."""

    async def list(
        self,
        *,
        agent_id: str | None = None,
        search: str | None = None,
        page_num: int | None = None,
        page_size: int | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> ViewList:
        """One page of views (`views` and the `total`), optionally of one agent or matching `search`."""
        arguments = {**_view_filters(agent_id, search), **_page(page_num, page_size)}
        return await self._call(_LIST, arguments, timeout, max_retries)

    def list_all(
        self,
        *,
        agent_id: str | None = None,
        search: str | None = None,
        page_size: int = DEFAULT_PAGE_SIZE,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> AsyncPaginator[ViewList, View]:
        """Every view, fetched lazily page by page (`async for`)."""
        return self._paginate(
            _LIST, _view_filters(agent_id, search), VIEW_PAGES, page_size, timeout, max_retries
        )

    async def get(
        self, view_id: str, *, timeout: TimeoutTypes | NotGiven = NOT_GIVEN, max_retries: int | None = None
    ) -> View:
        """A view with its columns."""
        return await self._call(_GET, {"view_id": view_id}, timeout, max_retries)

    async def list_records(
        self,
        view_id: str,
        *,
        page_num: int | None = None,
        page_size: int | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        **query: Unpack[RecordQuery],
    ) -> RecordsPage:
        """One page of a view's records (`list`, `page_info`)."""
        arguments = {
            **_record_arguments({"view_id": view_id}, query, "list_records"),
            **_page(page_num, page_size),
        }
        return await self._call(_LIST_RECORDS, arguments, timeout, max_retries)

    def list_all_records(
        self,
        view_id: str,
        *,
        page_size: int = DEFAULT_PAGE_SIZE,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        **query: Unpack[RecordQuery],
    ) -> AsyncPaginator[RecordsPage, Any]:
        """Every record of a view, fetched lazily page by page (`async for`)."""
        arguments = _record_arguments({"view_id": view_id}, query, "list_all_records")
        return self._paginate(_LIST_RECORDS, arguments, RECORD_PAGES, page_size, timeout, max_retries)

    async def list_linked_records(
        self,
        view_id: str,
        column_id: str,
        record_id: int,
        *,
        page_num: int | None = None,
        page_size: int | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        **query: Unpack[RecordQuery],
    ) -> RecordsPage:
        """One page of the records a record's link column points to."""
        path = _linked(view_id, column_id, record_id)
        arguments = {**_record_arguments(path, query, "list_linked_records"), **_page(page_num, page_size)}
        return await self._call(_LIST_LINKED, arguments, timeout, max_retries)

    def list_all_linked_records(
        self,
        view_id: str,
        column_id: str,
        record_id: int,
        *,
        page_size: int = DEFAULT_PAGE_SIZE,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        **query: Unpack[RecordQuery],
    ) -> AsyncPaginator[RecordsPage, Any]:
        """Every record a record's link column points to, fetched lazily page by page (`async for`)."""
        path = _linked(view_id, column_id, record_id)
        arguments = _record_arguments(path, query, "list_all_linked_records")
        return self._paginate(_LIST_LINKED, arguments, RECORD_PAGES, page_size, timeout, max_retries)
