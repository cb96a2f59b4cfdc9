from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient
from ...models.error_body import Error
from ...models.webhook_delivery_page import WebhookDeliveryPage
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    team: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    from_: int | Unset = UNSET,
    to: int | Unset = UNSET,
    status: str | Unset = UNSET,
    event: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["team"] = team

    params["limit"] = limit

    params["cursor"] = cursor

    params["from"] = from_

    params["to"] = to

    params["status"] = status

    params["event"] = event

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/teams/{id}/webhook-deliveries".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient, response: httpx.Response) -> Error | WebhookDeliveryPage | None:
    """The documented model for this status, or None for an undocumented status or a body that does not fit."""
    try:
        if response.status_code == 200:
            response_200 = WebhookDeliveryPage.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient, response: httpx.Response) -> Response[Error | WebhookDeliveryPage]:
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
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    from_: int | Unset = UNSET,
    to: int | Unset = UNSET,
    status: str | Unset = UNSET,
    event: str | Unset = UNSET,
) -> Response[Error | WebhookDeliveryPage]:
    """List a team's webhook deliveries

     Returns the team's webhook deliveries for your key's mode. `pending` does not mean
     delivered. `limit` counts the records examined: pass `next_cursor` back as `cursor` while
     `has_more` is true, even after an empty page.

    Args:
        id (str):  Example: team_1234567890.
        team (str | Unset):  Example: team_1234567890.
        limit (int | Unset):  Example: 25.
        cursor (str | Unset):  Example: opaque_cursor_8Kq2.
        from_ (int | Unset):  Example: 1769904000000.
        to (int | Unset):  Example: 1772323199000.
        status (str | Unset):  Example: retrying.
        event (str | Unset):  Example: invoice.created.

    Raises:
        errors.APIConnectionError: No response (errors.APITimeoutError when it took longer than the client's timeout).

    Returns:
        Response[Error | WebhookDeliveryPage]: every status, parsed when documented.
    """

    kwargs = _get_kwargs(
        id=id,
        team=team,
        limit=limit,
        cursor=cursor,
        from_=from_,
        to=to,
        status=status,
        event=event,
    )

    response = client.request(**kwargs)

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient,
    team: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    from_: int | Unset = UNSET,
    to: int | Unset = UNSET,
    status: str | Unset = UNSET,
    event: str | Unset = UNSET,
) -> WebhookDeliveryPage:
    """List a team's webhook deliveries

     Returns the team's webhook deliveries for your key's mode. `pending` does not mean
     delivered. `limit` counts the records examined: pass `next_cursor` back as `cursor` while
     `has_more` is true, even after an empty page.

    Args:
        id (str):  Example: team_1234567890.
        team (str | Unset):  Example: team_1234567890.
        limit (int | Unset):  Example: 25.
        cursor (str | Unset):  Example: opaque_cursor_8Kq2.
        from_ (int | Unset):  Example: 1769904000000.
        to (int | Unset):  Example: 1772323199000.
        status (str | Unset):  Example: retrying.
        event (str | Unset):  Example: invoice.created.

    Raises:
        errors.APIConnectionError: No response (errors.APITimeoutError when it took longer than the client's timeout).
        errors.APIStatusError: The API answered with an error; the subclass names it (NotFoundError, RateLimitError...).
        errors.InvalidResponseError: The body is not the JSON the API documents.

    Returns:
        WebhookDeliveryPage
    """

    kwargs = _get_kwargs(
        id=id,
        team=team,
        limit=limit,
        cursor=cursor,
        from_=from_,
        to=to,
        status=status,
        event=event,
    )

    response = client.request(**kwargs)

    return cast(
        WebhookDeliveryPage, errors.parsed_or_raise(response, _parse_response(client=client, response=response))
    )


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient,
    team: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    from_: int | Unset = UNSET,
    to: int | Unset = UNSET,
    status: str | Unset = UNSET,
    event: str | Unset = UNSET,
) -> Response[Error | WebhookDeliveryPage]:
    """List a team's webhook deliveries

     Returns the team's webhook deliveries for your key's mode. `pending` does not mean
     delivered. `limit` counts the records examined: pass `next_cursor` back as `cursor` while
     `has_more` is true, even after an empty page.

    Args:
        id (str):  Example: team_1234567890.
        team (str | Unset):  Example: team_1234567890.
        limit (int | Unset):  Example: 25.
        cursor (str | Unset):  Example: opaque_cursor_8Kq2.
        from_ (int | Unset):  Example: 1769904000000.
        to (int | Unset):  Example: 1772323199000.
        status (str | Unset):  Example: retrying.
        event (str | Unset):  Example: invoice.created.

    Raises:
        errors.APIConnectionError: No response (errors.APITimeoutError when it took longer than the client's timeout).

    Returns:
        Response[Error | WebhookDeliveryPage]: every status, parsed when documented.
    """

    kwargs = _get_kwargs(
        id=id,
        team=team,
        limit=limit,
        cursor=cursor,
        from_=from_,
        to=to,
        status=status,
        event=event,
    )

    response = await client.arequest(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient,
    team: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    from_: int | Unset = UNSET,
    to: int | Unset = UNSET,
    status: str | Unset = UNSET,
    event: str | Unset = UNSET,
) -> WebhookDeliveryPage:
    """List a team's webhook deliveries

     Returns the team's webhook deliveries for your key's mode. `pending` does not mean
     delivered. `limit` counts the records examined: pass `next_cursor` back as `cursor` while
     `has_more` is true, even after an empty page.

    Args:
        id (str):  Example: team_1234567890.
        team (str | Unset):  Example: team_1234567890.
        limit (int | Unset):  Example: 25.
        cursor (str | Unset):  Example: opaque_cursor_8Kq2.
        from_ (int | Unset):  Example: 1769904000000.
        to (int | Unset):  Example: 1772323199000.
        status (str | Unset):  Example: retrying.
        event (str | Unset):  Example: invoice.created.

    Raises:
        errors.APIConnectionError: No response (errors.APITimeoutError when it took longer than the client's timeout).
        errors.APIStatusError: The API answered with an error; the subclass names it (NotFoundError, RateLimitError...).
        errors.InvalidResponseError: The body is not the JSON the API documents.

    Returns:
        WebhookDeliveryPage
    """

    kwargs = _get_kwargs(
        id=id,
        team=team,
        limit=limit,
        cursor=cursor,
        from_=from_,
        to=to,
        status=status,
        event=event,
    )

    response = await client.arequest(**kwargs)

    return cast(
        WebhookDeliveryPage, errors.parsed_or_raise(response, _parse_response(client=client, response=response))
    )
