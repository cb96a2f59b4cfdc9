from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient
from ...models.acknowledgement import Acknowledgement
from ...models.error_body import Error
from ...models.team_invitation_accept import TeamInvitationAccept
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: TeamInvitationAccept,
    team: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["team"] = team

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/teams/invitations/accept",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient, response: httpx.Response) -> Acknowledgement | Error | None:
    """The documented model for this status, or None for an undocumented status or a body that does not fit."""
    try:
        if response.status_code == 200:
            response_200 = Acknowledgement.from_dict(response.json())

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

    except (ValueError, KeyError, TypeError, AttributeError):
        return None
    return None


def _build_response(*, client: AuthenticatedClient, response: httpx.Response) -> Response[Acknowledgement | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: TeamInvitationAccept,
    team: str | Unset = UNSET,
) -> Response[Acknowledgement | Error]:
    """Accept an invitation

     Accepts an invitation with the token from its email, on behalf of the invited identity. The
     token is a secret: it is not shown in the request model's repr().

    Args:
        team (str | Unset):  Example: team_1234567890.
        body (TeamInvitationAccept): The invitation token from the invitation email. It is a
            secret and is left out of the model's repr().

    Raises:
        errors.APIConnectionError: No response (errors.APITimeoutError when it took longer than the client's timeout).

    Returns:
        Response[Acknowledgement | Error]: every status, parsed when documented.
    """

    kwargs = _get_kwargs(
        body=body,
        team=team,
    )

    response = client.request(**kwargs)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: TeamInvitationAccept,
    team: str | Unset = UNSET,
) -> Acknowledgement:
    """Accept an invitation

     Accepts an invitation with the token from its email, on behalf of the invited identity. The
     token is a secret: it is not shown in the request model's repr().

    Args:
        team (str | Unset):  Example: team_1234567890.
        body (TeamInvitationAccept): The invitation token from the invitation email. It is a
            secret and is left out of the model's repr().

    Raises:
        errors.APIConnectionError: No response (errors.APITimeoutError when it took longer than the client's timeout).
        errors.APIStatusError: The API answered with an error; the subclass names it (NotFoundError, RateLimitError...).
        errors.InvalidResponseError: The body is not the JSON the API documents.

    Returns:
        Acknowledgement
    """

    kwargs = _get_kwargs(
        body=body,
        team=team,
    )

    response = client.request(**kwargs)

    return cast(Acknowledgement, errors.parsed_or_raise(response, _parse_response(client=client, response=response)))


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: TeamInvitationAccept,
    team: str | Unset = UNSET,
) -> Response[Acknowledgement | Error]:
    """Accept an invitation

     Accepts an invitation with the token from its email, on behalf of the invited identity. The
     token is a secret: it is not shown in the request model's repr().

    Args:
        team (str | Unset):  Example: team_1234567890.
        body (TeamInvitationAccept): The invitation token from the invitation email. It is a
            secret and is left out of the model's repr().

    Raises:
        errors.APIConnectionError: No response (errors.APITimeoutError when it took longer than the client's timeout).

    Returns:
        Response[Acknowledgement | Error]: every status, parsed when documented.
    """

    kwargs = _get_kwargs(
        body=body,
        team=team,
    )

    response = await client.arequest(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: TeamInvitationAccept,
    team: str | Unset = UNSET,
) -> Acknowledgement:
    """Accept an invitation

     Accepts an invitation with the token from its email, on behalf of the invited identity. The
     token is a secret: it is not shown in the request model's repr().

    Args:
        team (str | Unset):  Example: team_1234567890.
        body (TeamInvitationAccept): The invitation token from the invitation email. It is a
            secret and is left out of the model's repr().

    Raises:
        errors.APIConnectionError: No response (errors.APITimeoutError when it took longer than the client's timeout).
        errors.APIStatusError: The API answered with an error; the subclass names it (NotFoundError, RateLimitError...).
        errors.InvalidResponseError: The body is not the JSON the API documents.

    Returns:
        Acknowledgement
    """

    kwargs = _get_kwargs(
        body=body,
        team=team,
    )

    response = await client.arequest(**kwargs)

    return cast(Acknowledgement, errors.parsed_or_raise(response, _parse_response(client=client, response=response)))
