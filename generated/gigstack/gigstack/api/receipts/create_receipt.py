from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient
from ...models.error_body import Error
from ...models.receipt_create import ReceiptCreate
from ...models.receipt_response import ReceiptResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: ReceiptCreate,
    team: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["team"] = team

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/receipts",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient, response: httpx.Response) -> Error | ReceiptResponse | None:
    """The documented model for this status, or None for an undocumented status or a body that does not fit."""
    try:
        if response.status_code == 201:
            response_201 = ReceiptResponse.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient, response: httpx.Response) -> Response[Error | ReceiptResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: ReceiptCreate,
    team: str | Unset = UNSET,
) -> Response[Error | ReceiptResponse]:
    """Create a receipt

     Issues a receipt (nota de venta) with its totals computed from the items. The client can
    invoice it on the self-invoicing page (`url`) until its `periodicity` runs out; after that
    it can go into a global invoice. Send an `idempotency_key` so that a retry cannot create
    a second receipt.

    Args:
        team (str | Unset):  Example: team_1234567890.
        body (ReceiptCreate): A new receipt (nota de venta): a pre-invoice document whose client
            can turn it into a CFDI
            invoice on the self-invoicing portal (`url`) until its `periodicity` runs out.

            With `idempotency_key` a retried request cannot create a second receipt, and this client
            retries such a POST on timeouts and 5xx answers.

    Raises:
        errors.APIConnectionError: No response (errors.APITimeoutError when it took longer than the client's timeout).

    Returns:
        Response[Error | ReceiptResponse]: every status, parsed when documented.
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
    body: ReceiptCreate,
    team: str | Unset = UNSET,
) -> ReceiptResponse:
    """Create a receipt

     Issues a receipt (nota de venta) with its totals computed from the items. The client can
    invoice it on the self-invoicing page (`url`) until its `periodicity` runs out; after that
    it can go into a global invoice. Send an `idempotency_key` so that a retry cannot create
    a second receipt.

    Args:
        team (str | Unset):  Example: team_1234567890.
        body (ReceiptCreate): A new receipt (nota de venta): a pre-invoice document whose client
            can turn it into a CFDI
            invoice on the self-invoicing portal (`url`) until its `periodicity` runs out.

            With `idempotency_key` a retried request cannot create a second receipt, and this client
            retries such a POST on timeouts and 5xx answers.

    Raises:
        errors.APIConnectionError: No response (errors.APITimeoutError when it took longer than the client's timeout).
        errors.APIStatusError: The API answered with an error; the subclass names it (NotFoundError, RateLimitError...).
        errors.InvalidResponseError: The body is not the JSON the API documents.

    Returns:
        ReceiptResponse
    """

    kwargs = _get_kwargs(
        body=body,
        team=team,
    )

    response = client.request(**kwargs)

    return cast(ReceiptResponse, errors.parsed_or_raise(response, _parse_response(client=client, response=response)))


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: ReceiptCreate,
    team: str | Unset = UNSET,
) -> Response[Error | ReceiptResponse]:
    """Create a receipt

     Issues a receipt (nota de venta) with its totals computed from the items. The client can
    invoice it on the self-invoicing page (`url`) until its `periodicity` runs out; after that
    it can go into a global invoice. Send an `idempotency_key` so that a retry cannot create
    a second receipt.

    Args:
        team (str | Unset):  Example: team_1234567890.
        body (ReceiptCreate): A new receipt (nota de venta): a pre-invoice document whose client
            can turn it into a CFDI
            invoice on the self-invoicing portal (`url`) until its `periodicity` runs out.

            With `idempotency_key` a retried request cannot create a second receipt, and this client
            retries such a POST on timeouts and 5xx answers.

    Raises:
        errors.APIConnectionError: No response (errors.APITimeoutError when it took longer than the client's timeout).

    Returns:
        Response[Error | ReceiptResponse]: every status, parsed when documented.
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
    body: ReceiptCreate,
    team: str | Unset = UNSET,
) -> ReceiptResponse:
    """Create a receipt

     Issues a receipt (nota de venta) with its totals computed from the items. The client can
    invoice it on the self-invoicing page (`url`) until its `periodicity` runs out; after that
    it can go into a global invoice. Send an `idempotency_key` so that a retry cannot create
    a second receipt.

    Args:
        team (str | Unset):  Example: team_1234567890.
        body (ReceiptCreate): A new receipt (nota de venta): a pre-invoice document whose client
            can turn it into a CFDI
            invoice on the self-invoicing portal (`url`) until its `periodicity` runs out.

            With `idempotency_key` a retried request cannot create a second receipt, and this client
            retries such a POST on timeouts and 5xx answers.

    Raises:
        errors.APIConnectionError: No response (errors.APITimeoutError when it took longer than the client's timeout).
        errors.APIStatusError: The API answered with an error; the subclass names it (NotFoundError, RateLimitError...).
        errors.InvalidResponseError: The body is not the JSON the API documents.

    Returns:
        ReceiptResponse
    """

    kwargs = _get_kwargs(
        body=body,
        team=team,
    )

    response = await client.arequest(**kwargs)

    return cast(ReceiptResponse, errors.parsed_or_raise(response, _parse_response(client=client, response=response)))
