from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.view_column_update import ViewColumnUpdate
from ...types import Response


def _get_kwargs(
    view_id: str,
    column_id: str,
    *,
    body: ViewColumnUpdate,
    current_workspace_id: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["current-workspace-id"] = current_workspace_id

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/agent-views/{view_id}/columns/{column_id}".format(
            view_id=quote(str(view_id), safe=""),
            column_id=quote(str(column_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = cast(Any, None)
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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    view_id: str,
    column_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ViewColumnUpdate,
    current_workspace_id: str,
) -> Response[Any | ErrorResponse]:
    """Update a column

     Updates a column. Beam's own guidance for the CLI: send the full column payload (existing
    agentGraphNodeId, paramType, paramName, dataType plus the change), although the verb is PATCH.

    Args:
        view_id (str):
        column_id (str):
        current_workspace_id (str):
        body (ViewColumnUpdate): Body of updateViewColumn. Fields from Beam's tooling (legacy
            views skill + copilot prompt; CLI passes payload file verbatim), not a published contract.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse]
    """

    kwargs = _get_kwargs(
        view_id=view_id,
        column_id=column_id,
        body=body,
        current_workspace_id=current_workspace_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    view_id: str,
    column_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ViewColumnUpdate,
    current_workspace_id: str,
) -> Any | ErrorResponse | None:
    """Update a column

     Updates a column. Beam's own guidance for the CLI: send the full column payload (existing
    agentGraphNodeId, paramType, paramName, dataType plus the change), although the verb is PATCH.

    Args:
        view_id (str):
        column_id (str):
        current_workspace_id (str):
        body (ViewColumnUpdate): Body of updateViewColumn. Fields from Beam's tooling (legacy
            views skill + copilot prompt; CLI passes payload file verbatim), not a published contract.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse
    """

    return sync_detailed(
        view_id=view_id,
        column_id=column_id,
        client=client,
        body=body,
        current_workspace_id=current_workspace_id,
    ).parsed


async def asyncio_detailed(
    view_id: str,
    column_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ViewColumnUpdate,
    current_workspace_id: str,
) -> Response[Any | ErrorResponse]:
    """Update a column

     Updates a column. Beam's own guidance for the CLI: send the full column payload (existing
    agentGraphNodeId, paramType, paramName, dataType plus the change), although the verb is PATCH.

    Args:
        view_id (str):
        column_id (str):
        current_workspace_id (str):
        body (ViewColumnUpdate): Body of updateViewColumn. Fields from Beam's tooling (legacy
            views skill + copilot prompt; CLI passes payload file verbatim), not a published contract.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse]
    """

    kwargs = _get_kwargs(
        view_id=view_id,
        column_id=column_id,
        body=body,
        current_workspace_id=current_workspace_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    view_id: str,
    column_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ViewColumnUpdate,
    current_workspace_id: str,
) -> Any | ErrorResponse | None:
    """Update a column

     Updates a column. Beam's own guidance for the CLI: send the full column payload (existing
    agentGraphNodeId, paramType, paramName, dataType plus the change), although the verb is PATCH.

    Args:
        view_id (str):
        column_id (str):
        current_workspace_id (str):
        body (ViewColumnUpdate): Body of updateViewColumn. Fields from Beam's tooling (legacy
            views skill + copilot prompt; CLI passes payload file verbatim), not a published contract.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse
    """

    return (
        await asyncio_detailed(
            view_id=view_id,
            column_id=column_id,
            client=client,
            body=body,
            current_workspace_id=current_workspace_id,
        )
    ).parsed
