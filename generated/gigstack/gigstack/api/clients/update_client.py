from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient
from ...models.client_response import ClientResponse
from ...models.client_update import ClientUpdate
from ...models.error_body import Error
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    body: ClientUpdate,
    team: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["team"] = team

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/clients/{id}".format(
            id=quote(str(id), safe=""),
        ),
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


def _build_response(*, client: AuthenticatedClient, response: httpx.Response) -> Response[ClientResponse | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: str,
    *,
    client: AuthenticatedClient,
    body: ClientUpdate,
    team: str | Unset = UNSET,
) -> Response[ClientResponse | Error]:
    """Update a client

     Changes only the fields sent; a field sent as `null` is cleared. Returns the updated client.

    Args:
        id (str):  Example: client_1234567890.
        team (str | Unset):  Example: team_1234567890.
        body (ClientUpdate): A partial update: only the fields present are changed; a field sent
            as `null` is cleared.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ClientResponse | Error]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
        team=team,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient,
    body: ClientUpdate,
    team: str | Unset = UNSET,
) -> ClientResponse | Error | None:
    """Update a client

     Changes only the fields sent; a field sent as `null` is cleared. Returns the updated client.

    Args:
        id (str):  Example: client_1234567890.
        team (str | Unset):  Example: team_1234567890.
        body (ClientUpdate): A partial update: only the fields present are changed; a field sent
            as `null` is cleared.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ClientResponse | Error
    """

    return sync_detailed(
        id=id,
        client=client,
        body=body,
        team=team,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient,
    body: ClientUpdate,
    team: str | Unset = UNSET,
) -> Response[ClientResponse | Error]:
    """Update a client

     Changes only the fields sent; a field sent as `null` is cleared. Returns the updated client.

    Args:
        id (str):  Example: client_1234567890.
        team (str | Unset):  Example: team_1234567890.
        body (ClientUpdate): A partial update: only the fields present are changed; a field sent
            as `null` is cleared.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ClientResponse | Error]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
        team=team,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient,
    body: ClientUpdate,
    team: str | Unset = UNSET,
) -> ClientResponse | Error | None:
    """Update a client

     Changes only the fields sent; a field sent as `null` is cleared. Returns the updated client.

    Args:
        id (str):  Example: client_1234567890.
        team (str | Unset):  Example: team_1234567890.
        body (ClientUpdate): A partial update: only the fields present are changed; a field sent
            as `null` is cleared.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ClientResponse | Error
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
            team=team,
        )
    ).parsed
