from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient
from ...models.client_list import ClientList
from ...models.error_body import Error
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    team: str | Unset = UNSET,
    q: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["team"] = team

    params["q"] = q

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/clients/search",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient, response: httpx.Response) -> ClientList | Error | None:
    if response.status_code == 200:
        response_200 = ClientList.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient, response: httpx.Response) -> Response[ClientList | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    team: str | Unset = UNSET,
    q: str,
) -> Response[ClientList | Error]:
    """Search clients

     Returns the clients whose name, legal name, RFC or email match the free text `q`.

    Args:
        team (str | Unset):  Example: team_1234567890.
        q (str):  Example: Pérez.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ClientList | Error]
    """

    kwargs = _get_kwargs(
        team=team,
        q=q,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    team: str | Unset = UNSET,
    q: str,
) -> ClientList | Error | None:
    """Search clients

     Returns the clients whose name, legal name, RFC or email match the free text `q`.

    Args:
        team (str | Unset):  Example: team_1234567890.
        q (str):  Example: Pérez.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ClientList | Error
    """

    return sync_detailed(
        client=client,
        team=team,
        q=q,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    team: str | Unset = UNSET,
    q: str,
) -> Response[ClientList | Error]:
    """Search clients

     Returns the clients whose name, legal name, RFC or email match the free text `q`.

    Args:
        team (str | Unset):  Example: team_1234567890.
        q (str):  Example: Pérez.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ClientList | Error]
    """

    kwargs = _get_kwargs(
        team=team,
        q=q,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    team: str | Unset = UNSET,
    q: str,
) -> ClientList | Error | None:
    """Search clients

     Returns the clients whose name, legal name, RFC or email match the free text `q`.

    Args:
        team (str | Unset):  Example: team_1234567890.
        q (str):  Example: Pérez.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ClientList | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            team=team,
            q=q,
        )
    ).parsed
