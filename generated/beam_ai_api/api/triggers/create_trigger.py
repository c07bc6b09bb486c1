from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_trigger_request import CreateTriggerRequest
from ...models.created_trigger import CreatedTrigger
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs(
    *,
    body: CreateTriggerRequest,
    current_workspace_id: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["current-workspace-id"] = current_workspace_id

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/agent-trigger",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreatedTrigger | ErrorResponse | None:
    if response.status_code == 201:
        response_201 = CreatedTrigger.from_dict(response.json())

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
) -> Response[CreatedTrigger | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateTriggerRequest,
    current_workspace_id: str,
) -> Response[CreatedTrigger | ErrorResponse]:
    """Create a trigger

     Attaches an integration or schedule (Timer) trigger to the agent's entry node. One trigger per
    agent: creating a second returns 400, so delete the old one first. A full-graph rewrite later
    regenerates node ids and cascade-deletes the trigger. A new trigger is on (isDeactivated=false);
    isActive reads false on a draft agent. Safety class inferred (the catalog does not list this call):
    external-effect, an active trigger starts runs automatically once the agent is live.

    Args:
        current_workspace_id (str):
        body (CreateTriggerRequest): Body of createTrigger. Fields from Beam's tooling (beam.py +
            references/triggers.md), not a published contract.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreatedTrigger | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        current_workspace_id=current_workspace_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: CreateTriggerRequest,
    current_workspace_id: str,
) -> CreatedTrigger | ErrorResponse | None:
    """Create a trigger

     Attaches an integration or schedule (Timer) trigger to the agent's entry node. One trigger per
    agent: creating a second returns 400, so delete the old one first. A full-graph rewrite later
    regenerates node ids and cascade-deletes the trigger. A new trigger is on (isDeactivated=false);
    isActive reads false on a draft agent. Safety class inferred (the catalog does not list this call):
    external-effect, an active trigger starts runs automatically once the agent is live.

    Args:
        current_workspace_id (str):
        body (CreateTriggerRequest): Body of createTrigger. Fields from Beam's tooling (beam.py +
            references/triggers.md), not a published contract.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreatedTrigger | ErrorResponse
    """

    return sync_detailed(
        client=client,
        body=body,
        current_workspace_id=current_workspace_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateTriggerRequest,
    current_workspace_id: str,
) -> Response[CreatedTrigger | ErrorResponse]:
    """Create a trigger

     Attaches an integration or schedule (Timer) trigger to the agent's entry node. One trigger per
    agent: creating a second returns 400, so delete the old one first. A full-graph rewrite later
    regenerates node ids and cascade-deletes the trigger. A new trigger is on (isDeactivated=false);
    isActive reads false on a draft agent. Safety class inferred (the catalog does not list this call):
    external-effect, an active trigger starts runs automatically once the agent is live.

    Args:
        current_workspace_id (str):
        body (CreateTriggerRequest): Body of createTrigger. Fields from Beam's tooling (beam.py +
            references/triggers.md), not a published contract.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreatedTrigger | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        current_workspace_id=current_workspace_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateTriggerRequest,
    current_workspace_id: str,
) -> CreatedTrigger | ErrorResponse | None:
    """Create a trigger

     Attaches an integration or schedule (Timer) trigger to the agent's entry node. One trigger per
    agent: creating a second returns 400, so delete the old one first. A full-graph rewrite later
    regenerates node ids and cascade-deletes the trigger. A new trigger is on (isDeactivated=false);
    isActive reads false on a draft agent. Safety class inferred (the catalog does not list this call):
    external-effect, an active trigger starts runs automatically once the agent is live.

    Args:
        current_workspace_id (str):
        body (CreateTriggerRequest): Body of createTrigger. Fields from Beam's tooling (beam.py +
            references/triggers.md), not a published contract.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreatedTrigger | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            current_workspace_id=current_workspace_id,
        )
    ).parsed
