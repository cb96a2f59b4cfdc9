from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient
from ...models.error_body import Error
from ...models.team_invitation_inbox import TeamInvitationInbox
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    team: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["team"] = team

    params["limit"] = limit

    params["cursor"] = cursor

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/teams/invitations/inbox",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient, response: httpx.Response) -> Error | TeamInvitationInbox | None:
    """The documented model for this status, or None for an undocumented status or a body that does not fit."""
    try:
        if response.status_code == 200:
            response_200 = TeamInvitationInbox.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient, response: httpx.Response) -> Response[Error | TeamInvitationInbox]:
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
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> Response[Error | TeamInvitationInbox]:
    """List the invitations addressed to you

     Returns the pending invitations addressed to the email of the identity behind the
     credential, whatever team is selected (gigstack's CLI sends no `team`). Pass `next_cursor`
     back as `cursor` while `has_more` is true. Each entry's `token` is a secret.

    Args:
        team (str | Unset):  Example: team_1234567890.
        limit (int | Unset):  Example: 25.
        cursor (str | Unset):  Example: opaque_cursor_8Kq2.

    Raises:
        errors.APIConnectionError: No response (errors.APITimeoutError when it took longer than the client's timeout).

    Returns:
        Response[Error | TeamInvitationInbox]: every status, parsed when documented.
    """

    kwargs = _get_kwargs(
        team=team,
        limit=limit,
        cursor=cursor,
    )

    response = client.request(**kwargs)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    team: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> TeamInvitationInbox:
    """List the invitations addressed to you

     Returns the pending invitations addressed to the email of the identity behind the
     credential, whatever team is selected (gigstack's CLI sends no `team`). Pass `next_cursor`
     back as `cursor` while `has_more` is true. Each entry's `token` is a secret.

    Args:
        team (str | Unset):  Example: team_1234567890.
        limit (int | Unset):  Example: 25.
        cursor (str | Unset):  Example: opaque_cursor_8Kq2.

    Raises:
        errors.APIConnectionError: No response (errors.APITimeoutError when it took longer than the client's timeout).
        errors.APIStatusError: The API answered with an error; the subclass names it (NotFoundError, RateLimitError...).
        errors.InvalidResponseError: The body is not the JSON the API documents.

    Returns:
        TeamInvitationInbox
    """

    kwargs = _get_kwargs(
        team=team,
        limit=limit,
        cursor=cursor,
    )

    response = client.request(**kwargs)

    return cast(
        TeamInvitationInbox, errors.parsed_or_raise(response, _parse_response(client=client, response=response))
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    team: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> Response[Error | TeamInvitationInbox]:
    """List the invitations addressed to you

     Returns the pending invitations addressed to the email of the identity behind the
     credential, whatever team is selected (gigstack's CLI sends no `team`). Pass `next_cursor`
     back as `cursor` while `has_more` is true. Each entry's `token` is a secret.

    Args:
        team (str | Unset):  Example: team_1234567890.
        limit (int | Unset):  Example: 25.
        cursor (str | Unset):  Example: opaque_cursor_8Kq2.

    Raises:
        errors.APIConnectionError: No response (errors.APITimeoutError when it took longer than the client's timeout).

    Returns:
        Response[Error | TeamInvitationInbox]: every status, parsed when documented.
    """

    kwargs = _get_kwargs(
        team=team,
        limit=limit,
        cursor=cursor,
    )

    response = await client.arequest(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    team: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> TeamInvitationInbox:
    """List the invitations addressed to you

     Returns the pending invitations addressed to the email of the identity behind the
     credential, whatever team is selected (gigstack's CLI sends no `team`). Pass `next_cursor`
     back as `cursor` while `has_more` is true. Each entry's `token` is a secret.

    Args:
        team (str | Unset):  Example: team_1234567890.
        limit (int | Unset):  Example: 25.
        cursor (str | Unset):  Example: opaque_cursor_8Kq2.

    Raises:
        errors.APIConnectionError: No response (errors.APITimeoutError when it took longer than the client's timeout).
        errors.APIStatusError: The API answered with an error; the subclass names it (NotFoundError, RateLimitError...).
        errors.InvalidResponseError: The body is not the JSON the API documents.

    Returns:
        TeamInvitationInbox
    """

    kwargs = _get_kwargs(
        team=team,
        limit=limit,
        cursor=cursor,
    )

    response = await client.arequest(**kwargs)

    return cast(
        TeamInvitationInbox, errors.parsed_or_raise(response, _parse_response(client=client, response=response))
    )
