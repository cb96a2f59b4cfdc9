from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient
from ...models.error_body import Error
from ...models.password_reset_operation_response import PasswordResetOperationResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    op: str,
    *,
    team: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["team"] = team

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/users/{id}/password-reset-operations/{op}".format(
            id=quote(str(id), safe=""),
            op=quote(str(op), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient, response: httpx.Response
) -> Error | PasswordResetOperationResponse | None:
    """The documented model for this status, or None for an undocumented status or a body that does not fit."""
    try:
        if response.status_code == 200:
            response_200 = PasswordResetOperationResponse.from_dict(response.json())

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


def _build_response(
    *, client: AuthenticatedClient, response: httpx.Response
) -> Response[Error | PasswordResetOperationResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: str,
    op: str,
    *,
    client: AuthenticatedClient,
    team: str | Unset = UNSET,
) -> Response[Error | PasswordResetOperationResponse]:
    """Get a password reset

     Returns the state of a prepared password reset, without its link.

    Args:
        id (str):  Example: user_1234567890.
        op (str):  Example: 6f8b0d2e-4a3c-4e5f-9b1d-3c5e7a9b1d42.
        team (str | Unset):  Example: team_1234567890.

    Raises:
        errors.APIConnectionError: No response (errors.APITimeoutError when it took longer than the client's timeout).

    Returns:
        Response[Error | PasswordResetOperationResponse]: every status, parsed when documented.
    """

    kwargs = _get_kwargs(
        id=id,
        op=op,
        team=team,
    )

    response = client.request(**kwargs)

    return _build_response(client=client, response=response)


def sync(
    id: str,
    op: str,
    *,
    client: AuthenticatedClient,
    team: str | Unset = UNSET,
) -> PasswordResetOperationResponse:
    """Get a password reset

     Returns the state of a prepared password reset, without its link.

    Args:
        id (str):  Example: user_1234567890.
        op (str):  Example: 6f8b0d2e-4a3c-4e5f-9b1d-3c5e7a9b1d42.
        team (str | Unset):  Example: team_1234567890.

    Raises:
        errors.APIConnectionError: No response (errors.APITimeoutError when it took longer than the client's timeout).
        errors.APIStatusError: The API answered with an error; the subclass names it (NotFoundError, RateLimitError...).
        errors.InvalidResponseError: The body is not the JSON the API documents.

    Returns:
        PasswordResetOperationResponse
    """

    kwargs = _get_kwargs(
        id=id,
        op=op,
        team=team,
    )

    response = client.request(**kwargs)

    return cast(
        PasswordResetOperationResponse,
        errors.parsed_or_raise(response, _parse_response(client=client, response=response)),
    )


async def asyncio_detailed(
    id: str,
    op: str,
    *,
    client: AuthenticatedClient,
    team: str | Unset = UNSET,
) -> Response[Error | PasswordResetOperationResponse]:
    """Get a password reset

     Returns the state of a prepared password reset, without its link.

    Args:
        id (str):  Example: user_1234567890.
        op (str):  Example: 6f8b0d2e-4a3c-4e5f-9b1d-3c5e7a9b1d42.
        team (str | Unset):  Example: team_1234567890.

    Raises:
        errors.APIConnectionError: No response (errors.APITimeoutError when it took longer than the client's timeout).

    Returns:
        Response[Error | PasswordResetOperationResponse]: every status, parsed when documented.
    """

    kwargs = _get_kwargs(
        id=id,
        op=op,
        team=team,
    )

    response = await client.arequest(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    op: str,
    *,
    client: AuthenticatedClient,
    team: str | Unset = UNSET,
) -> PasswordResetOperationResponse:
    """Get a password reset

     Returns the state of a prepared password reset, without its link.

    Args:
        id (str):  Example: user_1234567890.
        op (str):  Example: 6f8b0d2e-4a3c-4e5f-9b1d-3c5e7a9b1d42.
        team (str | Unset):  Example: team_1234567890.

    Raises:
        errors.APIConnectionError: No response (errors.APITimeoutError when it took longer than the client's timeout).
        errors.APIStatusError: The API answered with an error; the subclass names it (NotFoundError, RateLimitError...).
        errors.InvalidResponseError: The body is not the JSON the API documents.

    Returns:
        PasswordResetOperationResponse
    """

    kwargs = _get_kwargs(
        id=id,
        op=op,
        team=team,
    )

    response = await client.arequest(**kwargs)

    return cast(
        PasswordResetOperationResponse,
        errors.parsed_or_raise(response, _parse_response(client=client, response=response)),
    )
