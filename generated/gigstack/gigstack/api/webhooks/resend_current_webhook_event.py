from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient
from ...models.error_body import Error
from ...models.manual_webhook_delivery_response import ManualWebhookDeliveryResponse
from ...models.webhook_resend_current import WebhookResendCurrent
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    body: WebhookResendCurrent,
    team: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["team"] = team

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/webhooks/{id}/resend-current".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient, response: httpx.Response
) -> Error | ManualWebhookDeliveryResponse | None:
    """The documented model for this status, or None for an undocumented status or a body that does not fit."""
    try:
        if response.status_code == 200:
            response_200 = ManualWebhookDeliveryResponse.from_dict(response.json())

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
) -> Response[Error | ManualWebhookDeliveryResponse]:
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
    body: WebhookResendCurrent,
    team: str | Unset = UNSET,
) -> Response[Error | ManualWebhookDeliveryResponse]:
    """Resend a logged event with the resource as it is now

     Delivers a logged event again (`log_id`), describing the resource as it is now. The
     endpoint may receive the event twice, which the body must acknowledge.

    Args:
        id (str):  Example: wh_dyS2ZVTj.
        team (str | Unset):  Example: team_1234567890.
        body (WebhookResendCurrent): Sends again an event that was logged (`log_id`), with the
            resource as it is now rather than
            as it was. The endpoint may receive the event twice, which
            `acknowledge_duplicate_delivery`
            accepts.

    Raises:
        errors.APIConnectionError: No response (errors.APITimeoutError when it took longer than the client's timeout).

    Returns:
        Response[Error | ManualWebhookDeliveryResponse]: every status, parsed when documented.
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
        team=team,
    )

    response = client.request(**kwargs)

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient,
    body: WebhookResendCurrent,
    team: str | Unset = UNSET,
) -> ManualWebhookDeliveryResponse:
    """Resend a logged event with the resource as it is now

     Delivers a logged event again (`log_id`), describing the resource as it is now. The
     endpoint may receive the event twice, which the body must acknowledge.

    Args:
        id (str):  Example: wh_dyS2ZVTj.
        team (str | Unset):  Example: team_1234567890.
        body (WebhookResendCurrent): Sends again an event that was logged (`log_id`), with the
            resource as it is now rather than
            as it was. The endpoint may receive the event twice, which
            `acknowledge_duplicate_delivery`
            accepts.

    Raises:
        errors.APIConnectionError: No response (errors.APITimeoutError when it took longer than the client's timeout).
        errors.APIStatusError: The API answered with an error; the subclass names it (NotFoundError, RateLimitError...).
        errors.InvalidResponseError: The body is not the JSON the API documents.

    Returns:
        ManualWebhookDeliveryResponse
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
        team=team,
    )

    response = client.request(**kwargs)

    return cast(
        ManualWebhookDeliveryResponse,
        errors.parsed_or_raise(response, _parse_response(client=client, response=response)),
    )


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient,
    body: WebhookResendCurrent,
    team: str | Unset = UNSET,
) -> Response[Error | ManualWebhookDeliveryResponse]:
    """Resend a logged event with the resource as it is now

     Delivers a logged event again (`log_id`), describing the resource as it is now. The
     endpoint may receive the event twice, which the body must acknowledge.

    Args:
        id (str):  Example: wh_dyS2ZVTj.
        team (str | Unset):  Example: team_1234567890.
        body (WebhookResendCurrent): Sends again an event that was logged (`log_id`), with the
            resource as it is now rather than
            as it was. The endpoint may receive the event twice, which
            `acknowledge_duplicate_delivery`
            accepts.

    Raises:
        errors.APIConnectionError: No response (errors.APITimeoutError when it took longer than the client's timeout).

    Returns:
        Response[Error | ManualWebhookDeliveryResponse]: every status, parsed when documented.
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
        team=team,
    )

    response = await client.arequest(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient,
    body: WebhookResendCurrent,
    team: str | Unset = UNSET,
) -> ManualWebhookDeliveryResponse:
    """Resend a logged event with the resource as it is now

     Delivers a logged event again (`log_id`), describing the resource as it is now. The
     endpoint may receive the event twice, which the body must acknowledge.

    Args:
        id (str):  Example: wh_dyS2ZVTj.
        team (str | Unset):  Example: team_1234567890.
        body (WebhookResendCurrent): Sends again an event that was logged (`log_id`), with the
            resource as it is now rather than
            as it was. The endpoint may receive the event twice, which
            `acknowledge_duplicate_delivery`
            accepts.

    Raises:
        errors.APIConnectionError: No response (errors.APITimeoutError when it took longer than the client's timeout).
        errors.APIStatusError: The API answered with an error; the subclass names it (NotFoundError, RateLimitError...).
        errors.InvalidResponseError: The body is not the JSON the API documents.

    Returns:
        ManualWebhookDeliveryResponse
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
        team=team,
    )

    response = await client.arequest(**kwargs)

    return cast(
        ManualWebhookDeliveryResponse,
        errors.parsed_or_raise(response, _parse_response(client=client, response=response)),
    )
