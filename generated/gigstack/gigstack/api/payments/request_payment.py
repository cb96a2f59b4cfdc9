from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient
from ...models.error_body import Error
from ...models.payment_request_create import PaymentRequestCreate
from ...models.payment_response import PaymentResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: PaymentRequestCreate,
    team: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["team"] = team

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/payments/request",
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
    body: PaymentRequestCreate,
    team: str | Unset = UNSET,
) -> Response[Error | PaymentResponse]:
    """Request a payment

     Creates a payment the client has not made yet and a payment link (`short_url`) for it,
    optionally emailed. Once paid, `automation_type` decides whether an invoice (and payment
    complement) is issued. Send an `idempotency_key` so that a retry cannot create a second
    link.

    Args:
        team (str | Unset):  Example: team_1234567890.
        body (PaymentRequestCreate): A payment to request from a client: gigstack creates a
            payment link (`short_url`) and, with
            `send_email`, emails it. `automation_type` says what to issue once it is paid.

            The email flag is `send_email`, as on every payments page and in gigstack's own clients
            (the
            egress invoice schema spells it `send_emails`; that spelling is not used here).

            With `idempotency_key` a retried request cannot create a second link, and this client
            retries
            such a POST on timeouts and 5xx answers.

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
    body: PaymentRequestCreate,
    team: str | Unset = UNSET,
) -> PaymentResponse:
    """Request a payment

     Creates a payment the client has not made yet and a payment link (`short_url`) for it,
    optionally emailed. Once paid, `automation_type` decides whether an invoice (and payment
    complement) is issued. Send an `idempotency_key` so that a retry cannot create a second
    link.

    Args:
        team (str | Unset):  Example: team_1234567890.
        body (PaymentRequestCreate): A payment to request from a client: gigstack creates a
            payment link (`short_url`) and, with
            `send_email`, emails it. `automation_type` says what to issue once it is paid.

            The email flag is `send_email`, as on every payments page and in gigstack's own clients
            (the
            egress invoice schema spells it `send_emails`; that spelling is not used here).

            With `idempotency_key` a retried request cannot create a second link, and this client
            retries
            such a POST on timeouts and 5xx answers.

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
    body: PaymentRequestCreate,
    team: str | Unset = UNSET,
) -> Response[Error | PaymentResponse]:
    """Request a payment

     Creates a payment the client has not made yet and a payment link (`short_url`) for it,
    optionally emailed. Once paid, `automation_type` decides whether an invoice (and payment
    complement) is issued. Send an `idempotency_key` so that a retry cannot create a second
    link.

    Args:
        team (str | Unset):  Example: team_1234567890.
        body (PaymentRequestCreate): A payment to request from a client: gigstack creates a
            payment link (`short_url`) and, with
            `send_email`, emails it. `automation_type` says what to issue once it is paid.

            The email flag is `send_email`, as on every payments page and in gigstack's own clients
            (the
            egress invoice schema spells it `send_emails`; that spelling is not used here).

            With `idempotency_key` a retried request cannot create a second link, and this client
            retries
            such a POST on timeouts and 5xx answers.

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
    body: PaymentRequestCreate,
    team: str | Unset = UNSET,
) -> PaymentResponse:
    """Request a payment

     Creates a payment the client has not made yet and a payment link (`short_url`) for it,
    optionally emailed. Once paid, `automation_type` decides whether an invoice (and payment
    complement) is issued. Send an `idempotency_key` so that a retry cannot create a second
    link.

    Args:
        team (str | Unset):  Example: team_1234567890.
        body (PaymentRequestCreate): A payment to request from a client: gigstack creates a
            payment link (`short_url`) and, with
            `send_email`, emails it. `automation_type` says what to issue once it is paid.

            The email flag is `send_email`, as on every payments page and in gigstack's own clients
            (the
            egress invoice schema spells it `send_emails`; that spelling is not used here).

            With `idempotency_key` a retried request cannot create a second link, and this client
            retries
            such a POST on timeouts and 5xx answers.

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
