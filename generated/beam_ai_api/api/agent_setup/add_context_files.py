from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.add_context_files_form import AddContextFilesForm
from ...models.agent_context_file import AgentContextFile
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs(
    agent_id: str,
    *,
    body: AddContextFilesForm,
    current_workspace_id: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["current-workspace-id"] = current_workspace_id

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/agent-setup/{agent_id}/context-file".format(
            agent_id=quote(str(agent_id), safe=""),
        ),
    }

    _kwargs["files"] = body.to_multipart()

    # multipart: the Content-Type (and a fresh random boundary) is left to httpx

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | list[AgentContextFile] | None:
    if response.status_code == 201:
        response_201 = []
        _response_201 = response.json()
        for response_201_item_data in _response_201:
            response_201_item = AgentContextFile.from_dict(response_201_item_data)

            response_201.append(response_201_item)

        return response_201

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
) -> Response[ErrorResponse | list[AgentContextFile]]:
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
    body: AddContextFilesForm,
    current_workspace_id: str,
) -> Response[ErrorResponse | list[AgentContextFile]]:
    """Add context files to an existing agent

     Upload up to 10 context files (same file types as /agent-setup/upload) to an existing agent.

    Args:
        agent_id (str):
        current_workspace_id (str):
        body (AddContextFilesForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | list[AgentContextFile]]
    """

    kwargs = _get_kwargs(
        agent_id=agent_id,
        body=body,
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
    body: AddContextFilesForm,
    current_workspace_id: str,
) -> ErrorResponse | list[AgentContextFile] | None:
    """Add context files to an existing agent

     Upload up to 10 context files (same file types as /agent-setup/upload) to an existing agent.

    Args:
        agent_id (str):
        current_workspace_id (str):
        body (AddContextFilesForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | list[AgentContextFile]
    """

    return sync_detailed(
        agent_id=agent_id,
        client=client,
        body=body,
        current_workspace_id=current_workspace_id,
    ).parsed


async def asyncio_detailed(
    agent_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: AddContextFilesForm,
    current_workspace_id: str,
) -> Response[ErrorResponse | list[AgentContextFile]]:
    """Add context files to an existing agent

     Upload up to 10 context files (same file types as /agent-setup/upload) to an existing agent.

    Args:
        agent_id (str):
        current_workspace_id (str):
        body (AddContextFilesForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | list[AgentContextFile]]
    """

    kwargs = _get_kwargs(
        agent_id=agent_id,
        body=body,
        current_workspace_id=current_workspace_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    agent_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: AddContextFilesForm,
    current_workspace_id: str,
) -> ErrorResponse | list[AgentContextFile] | None:
    """Add context files to an existing agent

     Upload up to 10 context files (same file types as /agent-setup/upload) to an existing agent.

    Args:
        agent_id (str):
        current_workspace_id (str):
        body (AddContextFilesForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | list[AgentContextFile]
    """

    return (
        await asyncio_detailed(
            agent_id=agent_id,
            client=client,
            body=body,
            current_workspace_id=current_workspace_id,
        )
    ).parsed
