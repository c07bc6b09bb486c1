from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.task_node_list import TaskNodeList
from ...types import UNSET, Response, Unset


def _get_kwargs(
    tool_function_name: str,
    *,
    page_num: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    agent_id: str,
    is_rated: bool | Unset = UNSET,
    current_workspace_id: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["current-workspace-id"] = current_workspace_id

    params: dict[str, Any] = {}

    params["pageNum"] = page_num

    params["pageSize"] = page_size

    params["agentId"] = agent_id

    params["isRated"] = is_rated

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/agent-graphs/agent-task-nodes/{tool_function_name}".format(
            tool_function_name=quote(str(tool_function_name), safe=""),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | TaskNodeList | None:
    if response.status_code == 200:
        response_200 = TaskNodeList.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorResponse.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | TaskNodeList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    tool_function_name: str,
    *,
    client: AuthenticatedClient | Client,
    page_num: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    agent_id: str,
    is_rated: bool | Unset = UNSET,
    current_workspace_id: str,
) -> Response[ErrorResponse | TaskNodeList]:
    """Get Task Nodes by Tool

     Task nodes that used a given tool function, for analysis and optimisation.

    Args:
        tool_function_name (str):
        page_num (int | Unset):
        page_size (int | Unset):
        agent_id (str):
        is_rated (bool | Unset):
        current_workspace_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | TaskNodeList]
    """

    kwargs = _get_kwargs(
        tool_function_name=tool_function_name,
        page_num=page_num,
        page_size=page_size,
        agent_id=agent_id,
        is_rated=is_rated,
        current_workspace_id=current_workspace_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    tool_function_name: str,
    *,
    client: AuthenticatedClient | Client,
    page_num: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    agent_id: str,
    is_rated: bool | Unset = UNSET,
    current_workspace_id: str,
) -> ErrorResponse | TaskNodeList | None:
    """Get Task Nodes by Tool

     Task nodes that used a given tool function, for analysis and optimisation.

    Args:
        tool_function_name (str):
        page_num (int | Unset):
        page_size (int | Unset):
        agent_id (str):
        is_rated (bool | Unset):
        current_workspace_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | TaskNodeList
    """

    return sync_detailed(
        tool_function_name=tool_function_name,
        client=client,
        page_num=page_num,
        page_size=page_size,
        agent_id=agent_id,
        is_rated=is_rated,
        current_workspace_id=current_workspace_id,
    ).parsed


async def asyncio_detailed(
    tool_function_name: str,
    *,
    client: AuthenticatedClient | Client,
    page_num: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    agent_id: str,
    is_rated: bool | Unset = UNSET,
    current_workspace_id: str,
) -> Response[ErrorResponse | TaskNodeList]:
    """Get Task Nodes by Tool

     Task nodes that used a given tool function, for analysis and optimisation.

    Args:
        tool_function_name (str):
        page_num (int | Unset):
        page_size (int | Unset):
        agent_id (str):
        is_rated (bool | Unset):
        current_workspace_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | TaskNodeList]
    """

    kwargs = _get_kwargs(
        tool_function_name=tool_function_name,
        page_num=page_num,
        page_size=page_size,
        agent_id=agent_id,
        is_rated=is_rated,
        current_workspace_id=current_workspace_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    tool_function_name: str,
    *,
    client: AuthenticatedClient | Client,
    page_num: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    agent_id: str,
    is_rated: bool | Unset = UNSET,
    current_workspace_id: str,
) -> ErrorResponse | TaskNodeList | None:
    """Get Task Nodes by Tool

     Task nodes that used a given tool function, for analysis and optimisation.

    Args:
        tool_function_name (str):
        page_num (int | Unset):
        page_size (int | Unset):
        agent_id (str):
        is_rated (bool | Unset):
        current_workspace_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | TaskNodeList
    """

    return (
        await asyncio_detailed(
            tool_function_name=tool_function_name,
            client=client,
            page_num=page_num,
            page_size=page_size,
            agent_id=agent_id,
            is_rated=is_rated,
            current_workspace_id=current_workspace_id,
        )
    ).parsed
