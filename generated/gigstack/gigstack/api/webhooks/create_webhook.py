from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient
from ...models.error_body import Error
from ...models.webhook_create import WebhookCreate
from ...models.webhook_write_response import WebhookWriteResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: WebhookCreate,
    team: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["team"] = team

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/webhooks",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient, response: httpx.Response) -> Error | WebhookWriteResponse | None:
    """The documented model for this status, or None for an undocumented status or a body that does not fit."""
    try:
        if response.status_code == 200:
            response_200 = WebhookWriteResponse.from_dict(response.json())

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

        if response.status_code == 409:
            response_409 = Error.from_dict(response.json())

            return response_409

        if response.status_code == 429:
            response_429 = Error.from_dict(response.json())

            return response_429

        if response.status_code == 500:
            response_500 = Error.from_dict(response.json())

            return response_500

    except (ValueError, KeyError, TypeError, AttributeError):
        return None
    return None


def _build_response(*, client: AuthenticatedClient, response: httpx.Response) -> Response[Error | WebhookWriteResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: WebhookCreate,
    team: str | Unset = UNSET,
) -> Response[Error | WebhookWriteResponse]:
    """Create a webhook

     Subscribes an HTTPS URL to events. No `events` (or an empty list) means every event;
    `status` is `active` when omitted. Send your own UUID v4 as `operation_id` and keep it: the
    answer holds the `operation` record and, when signing is on, the `signing_secret` (shown
    once); if the answer is lost, read `GET /webhooks/configuration-operations/{id}` instead of
    creating again. A plan without webhooks answers 409 `webhook_plan_required`.

    Args:
        team (str | Unset):  Example: team_1234567890.
        body (WebhookCreate): A new webhook subscription. The URL must be HTTPS. gigstack's CLI
            sends a caller-chosen UUID v4
            as `operation_id` and saves it first: if the answer is lost, read the outcome with `GET
            /webhooks/configuration-operations/{operation_id}` instead of sending the write again.

    Raises:
        errors.APIConnectionError: No response (errors.APITimeoutError when it took longer than the client's timeout).

    Returns:
        Response[Error | WebhookWriteResponse]: every status, parsed when documented.
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
    body: WebhookCreate,
    team: str | Unset = UNSET,
) -> WebhookWriteResponse:
    """Create a webhook

     Subscribes an HTTPS URL to events. No `events` (or an empty list) means every event;
    `status` is `active` when omitted. Send your own UUID v4 as `operation_id` and keep it: the
    answer holds the `operation` record and, when signing is on, the `signing_secret` (shown
    once); if the answer is lost, read `GET /webhooks/configuration-operations/{id}` instead of
    creating again. A plan without webhooks answers 409 `webhook_plan_required`.

    Args:
        team (str | Unset):  Example: team_1234567890.
        body (WebhookCreate): A new webhook subscription. The URL must be HTTPS. gigstack's CLI
            sends a caller-chosen UUID v4
            as `operation_id` and saves it first: if the answer is lost, read the outcome with `GET
            /webhooks/configuration-operations/{operation_id}` instead of sending the write again.

    Raises:
        errors.APIConnectionError: No response (errors.APITimeoutError when it took longer than the client's timeout).
        errors.APIStatusError: The API answered with an error; the subclass names it (NotFoundError, RateLimitError...).
        errors.InvalidResponseError: The body is not the JSON the API documents.

    Returns:
        WebhookWriteResponse
    """

    kwargs = _get_kwargs(
        body=body,
        team=team,
    )

    response = client.request(**kwargs)

    return cast(
        WebhookWriteResponse, errors.parsed_or_raise(response, _parse_response(client=client, response=response))
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: WebhookCreate,
    team: str | Unset = UNSET,
) -> Response[Error | WebhookWriteResponse]:
    """Create a webhook

     Subscribes an HTTPS URL to events. No `events` (or an empty list) means every event;
    `status` is `active` when omitted. Send your own UUID v4 as `operation_id` and keep it: the
    answer holds the `operation` record and, when signing is on, the `signing_secret` (shown
    once); if the answer is lost, read `GET /webhooks/configuration-operations/{id}` instead of
    creating again. A plan without webhooks answers 409 `webhook_plan_required`.

    Args:
        team (str | Unset):  Example: team_1234567890.
        body (WebhookCreate): A new webhook subscription. The URL must be HTTPS. gigstack's CLI
            sends a caller-chosen UUID v4
            as `operation_id` and saves it first: if the answer is lost, read the outcome with `GET
            /webhooks/configuration-operations/{operation_id}` instead of sending the write again.

    Raises:
        errors.APIConnectionError: No response (errors.APITimeoutError when it took longer than the client's timeout).

    Returns:
        Response[Error | WebhookWriteResponse]: every status, parsed when documented.
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
    body: WebhookCreate,
    team: str | Unset = UNSET,
) -> WebhookWriteResponse:
    """Create a webhook

     Subscribes an HTTPS URL to events. No `events` (or an empty list) means every event;
    `status` is `active` when omitted. Send your own UUID v4 as `operation_id` and keep it: the
    answer holds the `operation` record and, when signing is on, the `signing_secret` (shown
    once); if the answer is lost, read `GET /webhooks/configuration-operations/{id}` instead of
    creating again. A plan without webhooks answers 409 `webhook_plan_required`.

    Args:
        team (str | Unset):  Example: team_1234567890.
        body (WebhookCreate): A new webhook subscription. The URL must be HTTPS. gigstack's CLI
            sends a caller-chosen UUID v4
            as `operation_id` and saves it first: if the answer is lost, read the outcome with `GET
            /webhooks/configuration-operations/{operation_id}` instead of sending the write again.

    Raises:
        errors.APIConnectionError: No response (errors.APITimeoutError when it took longer than the client's timeout).
        errors.APIStatusError: The API answered with an error; the subclass names it (NotFoundError, RateLimitError...).
        errors.InvalidResponseError: The body is not the JSON the API documents.

    Returns:
        WebhookWriteResponse
    """

    kwargs = _get_kwargs(
        body=body,
        team=team,
    )

    response = await client.arequest(**kwargs)

    return cast(
        WebhookWriteResponse, errors.parsed_or_raise(response, _parse_response(client=client, response=response))
    )
