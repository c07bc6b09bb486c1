from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.webhook_trigger_form import WebhookTriggerForm
from ...types import Response


def _get_kwargs(
    agent_id: str,
    webhook_id: str,
    *,
    body: WebhookTriggerForm,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/agent-tasks/{agent_id}/webhook/{webhook_id}".format(
            agent_id=quote(str(agent_id), safe=""),
            webhook_id=quote(str(webhook_id), safe=""),
        ),
    }

    _kwargs["files"] = body.to_multipart()

    # multipart: the Content-Type (and a fresh random boundary) is left to httpx

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | ErrorResponse | None:
    if response.status_code == 201:
        response_201 = response.json()
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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    agent_id: str,
    webhook_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: WebhookTriggerForm,
) -> Response[Any | ErrorResponse]:
    """Trigger agent via webhook

     Per-agent webhook trigger URL copied from the Beam UI; creates a task from an arbitrary payload.

    Args:
        agent_id (str):
        webhook_id (str):
        body (WebhookTriggerForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse]
    """

    kwargs = _get_kwargs(
        agent_id=agent_id,
        webhook_id=webhook_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    agent_id: str,
    webhook_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: WebhookTriggerForm,
) -> Any | ErrorResponse | None:
    """Trigger agent via webhook

     Per-agent webhook trigger URL copied from the Beam UI; creates a task from an arbitrary payload.

    Args:
        agent_id (str):
        webhook_id (str):
        body (WebhookTriggerForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse
    """

    return sync_detailed(
        agent_id=agent_id,
        webhook_id=webhook_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    agent_id: str,
    webhook_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: WebhookTriggerForm,
) -> Response[Any | ErrorResponse]:
    """Trigger agent via webhook

     Per-agent webhook trigger URL copied from the Beam UI; creates a task from an arbitrary payload.

    Args:
        agent_id (str):
        webhook_id (str):
        body (WebhookTriggerForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse]
    """

    kwargs = _get_kwargs(
        agent_id=agent_id,
        webhook_id=webhook_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    agent_id: str,
    webhook_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: WebhookTriggerForm,
) -> Any | ErrorResponse | None:
    """Trigger agent via webhook

     Per-agent webhook trigger URL copied from the Beam UI; creates a task from an arbitrary payload.

    Args:
        agent_id (str):
        webhook_id (str):
        body (WebhookTriggerForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse
    """

    return (
        await asyncio_detailed(
            agent_id=agent_id,
            webhook_id=webhook_id,
            client=client,
            body=body,
        )
    ).parsed
