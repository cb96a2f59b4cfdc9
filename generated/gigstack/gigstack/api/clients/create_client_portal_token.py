from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient
from ...models.customer_portal_by_client_id import CustomerPortalByClientId
from ...models.customer_portal_by_email import CustomerPortalByEmail
from ...models.customer_portal_token_response import CustomerPortalTokenResponse
from ...models.error_body import Error
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: CustomerPortalByClientId | CustomerPortalByEmail,
    team: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["team"] = team

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/clients/customerportal",
        "params": params,
    }

    if isinstance(body, CustomerPortalByClientId):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient, response: httpx.Response
) -> CustomerPortalTokenResponse | Error | None:
    if response.status_code == 200:
        response_200 = CustomerPortalTokenResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Error.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = Error.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = Error.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient, response: httpx.Response
) -> Response[CustomerPortalTokenResponse | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CustomerPortalByClientId | CustomerPortalByEmail,
    team: str | Unset = UNSET,
) -> Response[CustomerPortalTokenResponse | Error]:
    """Get a customer portal link for a client

     Issues a link to the client's customer portal, where they see and download their invoices.
    Identify the client by `id` or by `email`. The link is a credential; share it only with the
    client.

    Args:
        team (str | Unset):  Example: team_1234567890.
        body (CustomerPortalByClientId | CustomerPortalByEmail):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomerPortalTokenResponse | Error]
    """

    kwargs = _get_kwargs(
        body=body,
        team=team,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: CustomerPortalByClientId | CustomerPortalByEmail,
    team: str | Unset = UNSET,
) -> CustomerPortalTokenResponse | Error | None:
    """Get a customer portal link for a client

     Issues a link to the client's customer portal, where they see and download their invoices.
    Identify the client by `id` or by `email`. The link is a credential; share it only with the
    client.

    Args:
        team (str | Unset):  Example: team_1234567890.
        body (CustomerPortalByClientId | CustomerPortalByEmail):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomerPortalTokenResponse | Error
    """

    return sync_detailed(
        client=client,
        body=body,
        team=team,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CustomerPortalByClientId | CustomerPortalByEmail,
    team: str | Unset = UNSET,
) -> Response[CustomerPortalTokenResponse | Error]:
    """Get a customer portal link for a client

     Issues a link to the client's customer portal, where they see and download their invoices.
    Identify the client by `id` or by `email`. The link is a credential; share it only with the
    client.

    Args:
        team (str | Unset):  Example: team_1234567890.
        body (CustomerPortalByClientId | CustomerPortalByEmail):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomerPortalTokenResponse | Error]
    """

    kwargs = _get_kwargs(
        body=body,
        team=team,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CustomerPortalByClientId | CustomerPortalByEmail,
    team: str | Unset = UNSET,
) -> CustomerPortalTokenResponse | Error | None:
    """Get a customer portal link for a client

     Issues a link to the client's customer portal, where they see and download their invoices.
    Identify the client by `id` or by `email`. The link is a credential; share it only with the
    client.

    Args:
        team (str | Unset):  Example: team_1234567890.
        body (CustomerPortalByClientId | CustomerPortalByEmail):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomerPortalTokenResponse | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            team=team,
        )
    ).parsed
