from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient
from ...models.error_body import Error
from ...models.team_member_response import TeamMemberResponse
from ...models.team_member_update import TeamMemberUpdate
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    member: str,
    *,
    body: TeamMemberUpdate,
    team: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["team"] = team

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/teams/{id}/members/{member}".format(
            id=quote(str(id), safe=""),
            member=quote(str(member), safe=""),
        ),
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient, response: httpx.Response) -> Error | TeamMemberResponse | None:
    """The documented model for this status, or None for an undocumented status or a body that does not fit."""
    try:
        if response.status_code == 200:
            response_200 = TeamMemberResponse.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient, response: httpx.Response) -> Response[Error | TeamMemberResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: str,
    member: str,
    *,
    client: AuthenticatedClient,
    body: TeamMemberUpdate,
    team: str | Unset = UNSET,
) -> Response[Error | TeamMemberResponse]:
    """Change a member's role or permissions

     Changes a member's role (such as `editor`, `viewer` or `blocked`) or permissions. gigstack's
     CLI makes a member `admin` through the owner's approval in the browser instead.

    Args:
        id (str):  Example: team_1234567890.
        member (str):  Example: user_Jd82kLq0Pz.
        team (str | Unset):  Example: team_1234567890.
        body (TeamMemberUpdate): A member's new role and permissions. Besides `editor` and
            `viewer`, gigstack's CLI sends
            `blocked`; making a member `admin` goes through the owner's approval in the browser
            instead.
            `permissions` maps an area (such as `invoices`) to a level (such as `none`).

    Raises:
        errors.APIConnectionError: No response (errors.APITimeoutError when it took longer than the client's timeout).

    Returns:
        Response[Error | TeamMemberResponse]: every status, parsed when documented.
    """

    kwargs = _get_kwargs(
        id=id,
        member=member,
        body=body,
        team=team,
    )

    response = client.request(**kwargs)

    return _build_response(client=client, response=response)


def sync(
    id: str,
    member: str,
    *,
    client: AuthenticatedClient,
    body: TeamMemberUpdate,
    team: str | Unset = UNSET,
) -> TeamMemberResponse:
    """Change a member's role or permissions

     Changes a member's role (such as `editor`, `viewer` or `blocked`) or permissions. gigstack's
     CLI makes a member `admin` through the owner's approval in the browser instead.

    Args:
        id (str):  Example: team_1234567890.
        member (str):  Example: user_Jd82kLq0Pz.
        team (str | Unset):  Example: team_1234567890.
        body (TeamMemberUpdate): A member's new role and permissions. Besides `editor` and
            `viewer`, gigstack's CLI sends
            `blocked`; making a member `admin` goes through the owner's approval in the browser
            instead.
            `permissions` maps an area (such as `invoices`) to a level (such as `none`).

    Raises:
        errors.APIConnectionError: No response (errors.APITimeoutError when it took longer than the client's timeout).
        errors.APIStatusError: The API answered with an error; the subclass names it (NotFoundError, RateLimitError...).
        errors.InvalidResponseError: The body is not the JSON the API documents.

    Returns:
        TeamMemberResponse
    """

    kwargs = _get_kwargs(
        id=id,
        member=member,
        body=body,
        team=team,
    )

    response = client.request(**kwargs)

    return cast(TeamMemberResponse, errors.parsed_or_raise(response, _parse_response(client=client, response=response)))


async def asyncio_detailed(
    id: str,
    member: str,
    *,
    client: AuthenticatedClient,
    body: TeamMemberUpdate,
    team: str | Unset = UNSET,
) -> Response[Error | TeamMemberResponse]:
    """Change a member's role or permissions

     Changes a member's role (such as `editor`, `viewer` or `blocked`) or permissions. gigstack's
     CLI makes a member `admin` through the owner's approval in the browser instead.

    Args:
        id (str):  Example: team_1234567890.
        member (str):  Example: user_Jd82kLq0Pz.
        team (str | Unset):  Example: team_1234567890.
        body (TeamMemberUpdate): A member's new role and permissions. Besides `editor` and
            `viewer`, gigstack's CLI sends
            `blocked`; making a member `admin` goes through the owner's approval in the browser
            instead.
            `permissions` maps an area (such as `invoices`) to a level (such as `none`).

    Raises:
        errors.APIConnectionError: No response (errors.APITimeoutError when it took longer than the client's timeout).

    Returns:
        Response[Error | TeamMemberResponse]: every status, parsed when documented.
    """

    kwargs = _get_kwargs(
        id=id,
        member=member,
        body=body,
        team=team,
    )

    response = await client.arequest(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    member: str,
    *,
    client: AuthenticatedClient,
    body: TeamMemberUpdate,
    team: str | Unset = UNSET,
) -> TeamMemberResponse:
    """Change a member's role or permissions

     Changes a member's role (such as `editor`, `viewer` or `blocked`) or permissions. gigstack's
     CLI makes a member `admin` through the owner's approval in the browser instead.

    Args:
        id (str):  Example: team_1234567890.
        member (str):  Example: user_Jd82kLq0Pz.
        team (str | Unset):  Example: team_1234567890.
        body (TeamMemberUpdate): A member's new role and permissions. Besides `editor` and
            `viewer`, gigstack's CLI sends
            `blocked`; making a member `admin` goes through the owner's approval in the browser
            instead.
            `permissions` maps an area (such as `invoices`) to a level (such as `none`).

    Raises:
        errors.APIConnectionError: No response (errors.APITimeoutError when it took longer than the client's timeout).
        errors.APIStatusError: The API answered with an error; the subclass names it (NotFoundError, RateLimitError...).
        errors.InvalidResponseError: The body is not the JSON the API documents.

    Returns:
        TeamMemberResponse
    """

    kwargs = _get_kwargs(
        id=id,
        member=member,
        body=body,
        team=team,
    )

    response = await client.arequest(**kwargs)

    return cast(TeamMemberResponse, errors.parsed_or_raise(response, _parse_response(client=client, response=response)))
