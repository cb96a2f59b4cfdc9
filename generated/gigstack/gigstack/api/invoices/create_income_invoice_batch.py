from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient
from ...models.error_body import Error
from ...models.income_invoice_batch_create import IncomeInvoiceBatchCreate
from ...models.income_invoice_batch_response import IncomeInvoiceBatchResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: IncomeInvoiceBatchCreate,
    team: str | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    params: dict[str, Any] = {}

    params["team"] = team

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/invoices/income/batch",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient, response: httpx.Response
) -> Error | IncomeInvoiceBatchResponse | None:
    """The documented model for this status, or None for an undocumented status or a body that does not fit."""
    try:
        if response.status_code == 200:
            response_200 = IncomeInvoiceBatchResponse.from_dict(response.json())

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


def _build_response(
    *, client: AuthenticatedClient, response: httpx.Response
) -> Response[Error | IncomeInvoiceBatchResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: IncomeInvoiceBatchCreate,
    team: str | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
) -> Response[Error | IncomeInvoiceBatchResponse]:
    """Queue a batch of income invoices

     Queues up to 1,000 income invoices to be issued in the background, and returns the batch.
    Two keys make a retry safe: the batch's `Idempotency-Key` header, and each invoice's own
    `idempotency_key`; keep both stable and reuse them only with the identical body. An
    accepted batch is not finished: follow it with `GET /invoices/income/batch/{id}` and its
    items.

    Args:
        team (str | Unset):  Example: team_1234567890.
        idempotency_key (str | Unset):  Example: batch-2026-02-nomina-01.
        body (IncomeInvoiceBatchCreate): Up to 1,000 income invoices to queue as one batch.

    Raises:
        errors.APIConnectionError: No response (errors.APITimeoutError when it took longer than the client's timeout).

    Returns:
        Response[Error | IncomeInvoiceBatchResponse]: every status, parsed when documented.
    """

    kwargs = _get_kwargs(
        body=body,
        team=team,
        idempotency_key=idempotency_key,
    )

    response = client.request(**kwargs)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: IncomeInvoiceBatchCreate,
    team: str | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
) -> IncomeInvoiceBatchResponse:
    """Queue a batch of income invoices

     Queues up to 1,000 income invoices to be issued in the background, and returns the batch.
    Two keys make a retry safe: the batch's `Idempotency-Key` header, and each invoice's own
    `idempotency_key`; keep both stable and reuse them only with the identical body. An
    accepted batch is not finished: follow it with `GET /invoices/income/batch/{id}` and its
    items.

    Args:
        team (str | Unset):  Example: team_1234567890.
        idempotency_key (str | Unset):  Example: batch-2026-02-nomina-01.
        body (IncomeInvoiceBatchCreate): Up to 1,000 income invoices to queue as one batch.

    Raises:
        errors.APIConnectionError: No response (errors.APITimeoutError when it took longer than the client's timeout).
        errors.APIStatusError: The API answered with an error; the subclass names it (NotFoundError, RateLimitError...).
        errors.InvalidResponseError: The body is not the JSON the API documents.

    Returns:
        IncomeInvoiceBatchResponse
    """

    kwargs = _get_kwargs(
        body=body,
        team=team,
        idempotency_key=idempotency_key,
    )

    response = client.request(**kwargs)

    return cast(
        IncomeInvoiceBatchResponse, errors.parsed_or_raise(response, _parse_response(client=client, response=response))
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: IncomeInvoiceBatchCreate,
    team: str | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
) -> Response[Error | IncomeInvoiceBatchResponse]:
    """Queue a batch of income invoices

     Queues up to 1,000 income invoices to be issued in the background, and returns the batch.
    Two keys make a retry safe: the batch's `Idempotency-Key` header, and each invoice's own
    `idempotency_key`; keep both stable and reuse them only with the identical body. An
    accepted batch is not finished: follow it with `GET /invoices/income/batch/{id}` and its
    items.

    Args:
        team (str | Unset):  Example: team_1234567890.
        idempotency_key (str | Unset):  Example: batch-2026-02-nomina-01.
        body (IncomeInvoiceBatchCreate): Up to 1,000 income invoices to queue as one batch.

    Raises:
        errors.APIConnectionError: No response (errors.APITimeoutError when it took longer than the client's timeout).

    Returns:
        Response[Error | IncomeInvoiceBatchResponse]: every status, parsed when documented.
    """

    kwargs = _get_kwargs(
        body=body,
        team=team,
        idempotency_key=idempotency_key,
    )

    response = await client.arequest(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: IncomeInvoiceBatchCreate,
    team: str | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
) -> IncomeInvoiceBatchResponse:
    """Queue a batch of income invoices

     Queues up to 1,000 income invoices to be issued in the background, and returns the batch.
    Two keys make a retry safe: the batch's `Idempotency-Key` header, and each invoice's own
    `idempotency_key`; keep both stable and reuse them only with the identical body. An
    accepted batch is not finished: follow it with `GET /invoices/income/batch/{id}` and its
    items.

    Args:
        team (str | Unset):  Example: team_1234567890.
        idempotency_key (str | Unset):  Example: batch-2026-02-nomina-01.
        body (IncomeInvoiceBatchCreate): Up to 1,000 income invoices to queue as one batch.

    Raises:
        errors.APIConnectionError: No response (errors.APITimeoutError when it took longer than the client's timeout).
        errors.APIStatusError: The API answered with an error; the subclass names it (NotFoundError, RateLimitError...).
        errors.InvalidResponseError: The body is not the JSON the API documents.

    Returns:
        IncomeInvoiceBatchResponse
    """

    kwargs = _get_kwargs(
        body=body,
        team=team,
        idempotency_key=idempotency_key,
    )

    response = await client.arequest(**kwargs)

    return cast(
        IncomeInvoiceBatchResponse, errors.parsed_or_raise(response, _parse_response(client=client, response=response))
    )
