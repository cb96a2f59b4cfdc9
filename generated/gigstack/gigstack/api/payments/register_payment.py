from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient
from ...models.error_body import Error
from ...models.payment_registration import PaymentRegistration
from ...models.payment_response import PaymentResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: PaymentRegistration,
    team: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["team"] = team

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/payments/register",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient, response: httpx.Response) -> Error | PaymentResponse | None:
    """The documented model for this status, or None for an undocumented status or a body that does not fit."""
    try:
        if response.status_code == 201:
            response_201 = PaymentResponse.from_dict(response.json())

            return response_201

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


def _build_response(*, client: AuthenticatedClient, response: httpx.Response) -> Response[Error | PaymentResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: PaymentRegistration,
    team: str | Unset = UNSET,
) -> Response[Error | PaymentResponse]:
    """Register a payment received

     Records a payment received outside gigstack (a transfer, cash...) as `succeeded` and,
    following `automation_type`, issues its invoice. `payment_form` is required. Send an
    `idempotency_key` so that a retry cannot record the payment twice.

    Args:
        team (str | Unset):  Example: team_1234567890.
        body (PaymentRegistration): A payment already received outside gigstack (a transfer,
            cash...). It is recorded as
            `succeeded` at once, and `automation_type` says what to issue for it. `payment_form` is
            required.

            With `idempotency_key` a retried request cannot record the payment twice, and this client
            retries such a POST on timeouts and 5xx answers. The email flag is `send_email` (see
            `PaymentRequestCreate`).

    Raises:
        errors.APIConnectionError: No response (errors.APITimeoutError when it took longer than the client's timeout).

    Returns:
        Response[Error | PaymentResponse]: every status, parsed when documented.
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
    body: PaymentRegistration,
    team: str | Unset = UNSET,
) -> PaymentResponse:
    """Register a payment received

     Records a payment received outside gigstack (a transfer, cash...) as `succeeded` and,
    following `automation_type`, issues its invoice. `payment_form` is required. Send an
    `idempotency_key` so that a retry cannot record the payment twice.

    Args:
        team (str | Unset):  Example: team_1234567890.
        body (PaymentRegistration): A payment already received outside gigstack (a transfer,
            cash...). It is recorded as
            `succeeded` at once, and `automation_type` says what to issue for it. `payment_form` is
            required.

            With `idempotency_key` a retried request cannot record the payment twice, and this client
            retries such a POST on timeouts and 5xx answers. The email flag is `send_email` (see
            `PaymentRequestCreate`).

    Raises:
        errors.APIConnectionError: No response (errors.APITimeoutError when it took longer than the client's timeout).
        errors.APIStatusError: The API answered with an error; the subclass names it (NotFoundError, RateLimitError...).
        errors.InvalidResponseError: The body is not the JSON the API documents.

    Returns:
        PaymentResponse
    """

    kwargs = _get_kwargs(
        body=body,
        team=team,
    )

    response = client.request(**kwargs)

    return cast(PaymentResponse, errors.parsed_or_raise(response, _parse_response(client=client, response=response)))


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: PaymentRegistration,
    team: str | Unset = UNSET,
) -> Response[Error | PaymentResponse]:
    """Register a payment received

     Records a payment received outside gigstack (a transfer, cash...) as `succeeded` and,
    following `automation_type`, issues its invoice. `payment_form` is required. Send an
    `idempotency_key` so that a retry cannot record the payment twice.

    Args:
        team (str | Unset):  Example: team_1234567890.
        body (PaymentRegistration): A payment already received outside gigstack (a transfer,
            cash...). It is recorded as
            `succeeded` at once, and `automation_type` says what to issue for it. `payment_form` is
            required.

            With `idempotency_key` a retried request cannot record the payment twice, and this client
            retries such a POST on timeouts and 5xx answers. The email flag is `send_email` (see
            `PaymentRequestCreate`).

    Raises:
        errors.APIConnectionError: No response (errors.APITimeoutError when it took longer than the client's timeout).

    Returns:
        Response[Error | PaymentResponse]: every status, parsed when documented.
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
    body: PaymentRegistration,
    team: str | Unset = UNSET,
) -> PaymentResponse:
    """Register a payment received

     Records a payment received outside gigstack (a transfer, cash...) as `succeeded` and,
    following `automation_type`, issues its invoice. `payment_form` is required. Send an
    `idempotency_key` so that a retry cannot record the payment twice.

    Args:
        team (str | Unset):  Example: team_1234567890.
        body (PaymentRegistration): A payment already received outside gigstack (a transfer,
            cash...). It is recorded as
            `succeeded` at once, and `automation_type` says what to issue for it. `payment_form` is
            required.

            With `idempotency_key` a retried request cannot record the payment twice, and this client
            retries such a POST on timeouts and 5xx answers. The email flag is `send_email` (see
            `PaymentRequestCreate`).

    Raises:
        errors.APIConnectionError: No response (errors.APITimeoutError when it took longer than the client's timeout).
        errors.APIStatusError: The API answered with an error; the subclass names it (NotFoundError, RateLimitError...).
        errors.InvalidResponseError: The body is not the JSON the API documents.

    Returns:
        PaymentResponse
    """

    kwargs = _get_kwargs(
        body=body,
        team=team,
    )

    response = await client.arequest(**kwargs)

    return cast(PaymentResponse, errors.parsed_or_raise(response, _parse_response(client=client, response=response)))
