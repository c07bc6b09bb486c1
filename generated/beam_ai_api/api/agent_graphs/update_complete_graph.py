from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.complete_agent_graph_request import CompleteAgentGraphRequest
from ...models.error_response import ErrorResponse
from ...models.updated_agent_graph import UpdatedAgentGraph
from ...types import UNSET, Response, Unset


def _get_kwargs(
    agent_id: str,
    *,
    body: CompleteAgentGraphRequest,
    save_and_publish: bool | Unset = UNSET,
    current_workspace_id: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["current-workspace-id"] = current_workspace_id

    params: dict[str, Any] = {}

    params["saveAndPublish"] = save_and_publish

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/agent-graphs/{agent_id}".format(
            agent_id=quote(str(agent_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | UpdatedAgentGraph | None:
    if response.status_code == 200:
        response_200 = UpdatedAgentGraph.from_dict(response.json())

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
) -> Response[ErrorResponse | UpdatedAgentGraph]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    agent_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CompleteAgentGraphRequest,
    save_and_publish: bool | Unset = UNSET,
    current_workspace_id: str,
) -> Response[ErrorResponse | UpdatedAgentGraph]:
    """Update agent and its draft graph

     Updates an existing agent (name, description, settings) and replaces all nodes and edges of its
    draft graph.

    Args:
        agent_id (str):
        save_and_publish (bool | Unset):
        current_workspace_id (str):
        body (CompleteAgentGraphRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | UpdatedAgentGraph]
    """

    kwargs = _get_kwargs(
        agent_id=agent_id,
        body=body,
        save_and_publish=save_and_publish,
        current_workspace_id=current_workspace_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    agent_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CompleteAgentGraphRequest,
    save_and_publish: bool | Unset = UNSET,
    current_workspace_id: str,
) -> ErrorResponse | UpdatedAgentGraph | None:
    """Update agent and its draft graph

     Updates an existing agent (name, description, settings) and replaces all nodes and edges of its
    draft graph.

    Args:
        agent_id (str):
        save_and_publish (bool | Unset):
        current_workspace_id (str):
        body (CompleteAgentGraphRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | UpdatedAgentGraph
    """

    return sync_detailed(
        agent_id=agent_id,
        client=client,
        body=body,
        save_and_publish=save_and_publish,
        current_workspace_id=current_workspace_id,
    ).parsed


async def asyncio_detailed(
    agent_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CompleteAgentGraphRequest,
    save_and_publish: bool | Unset = UNSET,
    current_workspace_id: str,
) -> Response[ErrorResponse | UpdatedAgentGraph]:
    """Update agent and its draft graph

     Updates an existing agent (name, description, settings) and replaces all nodes and edges of its
    draft graph.

    Args:
        agent_id (str):
        save_and_publish (bool | Unset):
        current_workspace_id (str):
        body (CompleteAgentGraphRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | UpdatedAgentGraph]
    """

    kwargs = _get_kwargs(
        agent_id=agent_id,
        body=body,
        save_and_publish=save_and_publish,
        current_workspace_id=current_workspace_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    agent_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CompleteAgentGraphRequest,
    save_and_publish: bool | Unset = UNSET,
    current_workspace_id: str,
) -> ErrorResponse | UpdatedAgentGraph | None:
    """Update agent and its draft graph

     Updates an existing agent (name, description, settings) and replaces all nodes and edges of its
    draft graph.

    Args:
        agent_id (str):
        save_and_publish (bool | Unset):
        current_workspace_id (str):
        body (CompleteAgentGraphRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | UpdatedAgentGraph
    """

    return (
        await asyncio_detailed(
            agent_id=agent_id,
            client=client,
            body=body,
            save_and_publish=save_and_publish,
            current_workspace_id=current_workspace_id,
        )
    ).parsed
