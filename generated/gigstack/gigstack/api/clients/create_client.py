from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient
from ...models.client_create import ClientCreate
from ...models.client_response import ClientResponse
from ...models.error_body import Error
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: ClientCreate,
    team: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["team"] = team

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/clients",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient, response: httpx.Response) -> ClientResponse | Error | None:
    if response.status_code == 200:
        response_200 = ClientResponse.from_dict(response.json())

        return response_200

    if response.status_code == 201:
        response_201 = ClientResponse.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Error.from_dict(response.json())

        return response_403

    if response.status_code == 409:
        response_409 = Error.from_dict(response.json())

        return response_409

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


def _build_response(*, client: AuthenticatedClient, response: httpx.Response) -> Response[ClientResponse | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: ClientCreate,
    team: str | Unset = UNSET,
) -> Response[ClientResponse | Error]:
    """Create a client

     Creates a client. With `search`, creates it only when no client matches: a single match is
    returned (200, updated first if `search.update` is true), no match creates one (201), and
    several matches are a conflict (409).

    Args:
        team (str | Unset):  Example: team_1234567890.
        body (ClientCreate): Fields of a new client. The API publishes no required fields; to
            stamp CFDI 4.0 for the
            client you need at least `legal_name`, `tax_id`, `tax_system` and `address.zip`. Add
            `search`
            to create-or-update by a field instead of always creating.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ClientResponse | Error]
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
    body: ClientCreate,
    team: str | Unset = UNSET,
) -> ClientResponse | Error | None:
    """Create a client

     Creates a client. With `search`, creates it only when no client matches: a single match is
    returned (200, updated first if `search.update` is true), no match creates one (201), and
    several matches are a conflict (409).

    Args:
        team (str | Unset):  Example: team_1234567890.
        body (ClientCreate): Fields of a new client. The API publishes no required fields; to
            stamp CFDI 4.0 for the
            client you need at least `legal_name`, `tax_id`, `tax_system` and `address.zip`. Add
            `search`
            to create-or-update by a field instead of always creating.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ClientResponse | Error
    """

    return sync_detailed(
        client=client,
        body=body,
        team=team,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: ClientCreate,
    team: str | Unset = UNSET,
) -> Response[ClientResponse | Error]:
    """Create a client

     Creates a client. With `search`, creates it only when no client matches: a single match is
    returned (200, updated first if `search.update` is true), no match creates one (201), and
    several matches are a conflict (409).

    Args:
        team (str | Unset):  Example: team_1234567890.
        body (ClientCreate): Fields of a new client. The API publishes no required fields; to
            stamp CFDI 4.0 for the
            client you need at least `legal_name`, `tax_id`, `tax_system` and `address.zip`. Add
            `search`
            to create-or-update by a field instead of always creating.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ClientResponse | Error]
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
    body: ClientCreate,
    team: str | Unset = UNSET,
) -> ClientResponse | Error | None:
    """Create a client

     Creates a client. With `search`, creates it only when no client matches: a single match is
    returned (200, updated first if `search.update` is true), no match creates one (201), and
    several matches are a conflict (409).

    Args:
        team (str | Unset):  Example: team_1234567890.
        body (ClientCreate): Fields of a new client. The API publishes no required fields; to
            stamp CFDI 4.0 for the
            client you need at least `legal_name`, `tax_id`, `tax_system` and `address.zip`. Add
            `search`
            to create-or-update by a field instead of always creating.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ClientResponse | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            team=team,
        )
    ).parsed
