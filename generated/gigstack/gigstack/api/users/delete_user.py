from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient
from ...models.error_body import Error
from ...models.user_removal_response import UserRemovalResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    team: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["team"] = team

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/users/{id}".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient, response: httpx.Response) -> Error | UserRemovalResponse | None:
    """The documented model for this status, or None for an undocumented status or a body that does not fit."""
    try:
        if response.status_code == 200:
            response_200 = UserRemovalResponse.from_dict(response.json())

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

    except (ValueError, KeyError, TypeError, AttributeError):
        return None
    return None


def _build_response(*, client: AuthenticatedClient, response: httpx.Response) -> Response[Error | UserRemovalResponse]:
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
    team: str | Unset = UNSET,
) -> Response[Error | UserRemovalResponse]:
    """Remove a user

     Removes a user from the selected team (or teams). The person's sign-in identity is kept: the
     answer says which teams the user left and whether the account itself was deleted.

    Args:
        id (str):  Example: user_1234567890.
        team (str | Unset):  Example: team_1234567890.

    Raises:
        errors.APIConnectionError: No response (errors.APITimeoutError when it took longer than the client's timeout).

    Returns:
        Response[Error | UserRemovalResponse]: every status, parsed when documented.
    """

    kwargs = _get_kwargs(
        id=id,
        team=team,
    )

    response = client.request(**kwargs)

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient,
    team: str | Unset = UNSET,
) -> UserRemovalResponse:
    """Remove a user

     Removes a user from the selected team (or teams). The person's sign-in identity is kept: the
     answer says which teams the user left and whether the account itself was deleted.

    Args:
        id (str):  Example: user_1234567890.
        team (str | Unset):  Example: team_1234567890.

    Raises:
        errors.APIConnectionError: No response (errors.APITimeoutError when it took longer than the client's timeout).
        errors.APIStatusError: The API answered with an error; the subclass names it (NotFoundError, RateLimitError...).
        errors.InvalidResponseError: The body is not the JSON the API documents.

    Returns:
        UserRemovalResponse
    """

    kwargs = _get_kwargs(
        id=id,
        team=team,
    )

    response = client.request(**kwargs)

    return cast(
        UserRemovalResponse, errors.parsed_or_raise(response, _parse_response(client=client, response=response))
    )


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient,
    team: str | Unset = UNSET,
) -> Response[Error | UserRemovalResponse]:
    """Remove a user

     Removes a user from the selected team (or teams). The person's sign-in identity is kept: the
     answer says which teams the user left and whether the account itself was deleted.

    Args:
        id (str):  Example: user_1234567890.
        team (str | Unset):  Example: team_1234567890.

    Raises:
        errors.APIConnectionError: No response (errors.APITimeoutError when it took longer than the client's timeout).

    Returns:
        Response[Error | UserRemovalResponse]: every status, parsed when documented.
    """

    kwargs = _get_kwargs(
        id=id,
        team=team,
    )

    response = await client.arequest(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient,
    team: str | Unset = UNSET,
) -> UserRemovalResponse:
    """Remove a user

     Removes a user from the selected team (or teams). The person's sign-in identity is kept: the
     answer says which teams the user left and whether the account itself was deleted.

    Args:
        id (str):  Example: user_1234567890.
        team (str | Unset):  Example: team_1234567890.

    Raises:
        errors.APIConnectionError: No response (errors.APITimeoutError when it took longer than the client's timeout).
        errors.APIStatusError: The API answered with an error; the subclass names it (NotFoundError, RateLimitError...).
        errors.InvalidResponseError: The body is not the JSON the API documents.

    Returns:
        UserRemovalResponse
    """

    kwargs = _get_kwargs(
        id=id,
        team=team,
    )

    response = await client.arequest(**kwargs)

    return cast(
        UserRemovalResponse, errors.parsed_or_raise(response, _parse_response(client=client, response=response))
    )
