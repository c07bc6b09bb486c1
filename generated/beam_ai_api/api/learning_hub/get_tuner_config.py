from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.tuner_config import TunerConfig
from ...types import Response


def _get_kwargs(
    agent_id: str,
    *,
    current_workspace_id: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["current-workspace-id"] = current_workspace_id

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/tool/optimize/agents/{agent_id}/config".format(
            agent_id=quote(str(agent_id), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | TunerConfig | None:
    if response.status_code == 200:
        response_200 = TunerConfig.from_dict(response.json())

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
) -> Response[ErrorResponse | TunerConfig]:
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
    current_workspace_id: str,
) -> Response[ErrorResponse | TunerConfig]:
    """Tuner configuration

     The agent's tuner settings: autoApply and model.

    Args:
        agent_id (str):
        current_workspace_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | TunerConfig]
    """

    kwargs = _get_kwargs(
        agent_id=agent_id,
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
    current_workspace_id: str,
) -> ErrorResponse | TunerConfig | None:
    """Tuner configuration

     The agent's tuner settings: autoApply and model.

    Args:
        agent_id (str):
        current_workspace_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | TunerConfig
    """

    return sync_detailed(
        agent_id=agent_id,
        client=client,
        current_workspace_id=current_workspace_id,
    ).parsed


async def asyncio_detailed(
    agent_id: str,
    *,
    client: AuthenticatedClient | Client,
    current_workspace_id: str,
) -> Response[ErrorResponse | TunerConfig]:
    """Tuner configuration

     The agent's tuner settings: autoApply and model.

    Args:
        agent_id (str):
        current_workspace_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | TunerConfig]
    """

    kwargs = _get_kwargs(
        agent_id=agent_id,
        current_workspace_id=current_workspace_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    agent_id: str,
    *,
    client: AuthenticatedClient | Client,
    current_workspace_id: str,
) -> ErrorResponse | TunerConfig | None:
    """Tuner configuration

     The agent's tuner settings: autoApply and model.

    Args:
        agent_id (str):
        current_workspace_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | TunerConfig
    """

    return (
        await asyncio_detailed(
            agent_id=agent_id,
            client=client,
            current_workspace_id=current_workspace_id,
        )
    ).parsed
