from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.merge_issues_request import MergeIssuesRequest
from ...types import Response


def _get_kwargs(
    *,
    body: MergeIssuesRequest,
    current_workspace_id: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["current-workspace-id"] = current_workspace_id

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/tool/optimize/issues/merge",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | ErrorResponse | None:
    if response.status_code == 201:
        response_201 = cast(Any, None)
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
    *,
    client: AuthenticatedClient | Client,
    body: MergeIssuesRequest,
    current_workspace_id: str,
) -> Response[Any | ErrorResponse]:
    """Merge issues

     Merges same-tool issues into a target issue. Destructive.

    Args:
        current_workspace_id (str):
        body (MergeIssuesRequest): Body of mergeIssues. Fields from Beam's tooling (copilot prompt
            (lh_merge_issues arguments); CLI passes payload file verbatim), not a published contract.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse]
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
    body: MergeIssuesRequest,
    current_workspace_id: str,
) -> Any | ErrorResponse | None:
    """Merge issues

     Merges same-tool issues into a target issue. Destructive.

    Args:
        current_workspace_id (str):
        body (MergeIssuesRequest): Body of mergeIssues. Fields from Beam's tooling (copilot prompt
            (lh_merge_issues arguments); CLI passes payload file verbatim), not a published contract.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse
    """

    return sync_detailed(
        client=client,
        body=body,
        current_workspace_id=current_workspace_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: MergeIssuesRequest,
    current_workspace_id: str,
) -> Response[Any | ErrorResponse]:
    """Merge issues

     Merges same-tool issues into a target issue. Destructive.

    Args:
        current_workspace_id (str):
        body (MergeIssuesRequest): Body of mergeIssues. Fields from Beam's tooling (copilot prompt
            (lh_merge_issues arguments); CLI passes payload file verbatim), not a published contract.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse]
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
    body: MergeIssuesRequest,
    current_workspace_id: str,
) -> Any | ErrorResponse | None:
    """Merge issues

     Merges same-tool issues into a target issue. Destructive.

    Args:
        current_workspace_id (str):
        body (MergeIssuesRequest): Body of mergeIssues. Fields from Beam's tooling (copilot prompt
            (lh_merge_issues arguments); CLI passes payload file verbatim), not a published contract.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            current_workspace_id=current_workspace_id,
        )
    ).parsed
