from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient
from ...models.error_body import Error
from ...models.income_invoice_batch_items_response import IncomeInvoiceBatchItemsResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    team: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    next_: str | Unset = UNSET,
    status: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["team"] = team

    params["limit"] = limit

    params["next"] = next_

    params["status"] = status

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/invoices/income/batch/{id}/items".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient, response: httpx.Response
) -> Error | IncomeInvoiceBatchItemsResponse | None:
    """The documented model for this status, or None for an undocumented status or a body that does not fit."""
    try:
        if response.status_code == 200:
            response_200 = IncomeInvoiceBatchItemsResponse.from_dict(response.json())

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
) -> Response[Error | IncomeInvoiceBatchItemsResponse]:
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
    next_: str | Unset = UNSET,
    status: str | Unset = UNSET,
) -> Response[Error | IncomeInvoiceBatchItemsResponse]:
    """List a batch's item outcomes

     Returns one page of what became of each invoice of a batch, optionally only items in one
    status. The page is nested under `data`: pass `data.next` back as `next` while
    `data.has_more` is true.

    Args:
        id (str):  Example: batch_7Hq2mW9xKc.
        team (str | Unset):  Example: team_1234567890.
        limit (int | Unset):  Example: 25.
        next_ (str | Unset):  Example: client_0987654321.
        status (str | Unset):  Example: needs_review.

    Raises:
        errors.APIConnectionError: No response (errors.APITimeoutError when it took longer than the client's timeout).

    Returns:
        Response[Error | IncomeInvoiceBatchItemsResponse]: every status, parsed when documented.
    """

    kwargs = _get_kwargs(
        id=id,
        team=team,
        limit=limit,
        next_=next_,
        status=status,
    )

    response = client.request(**kwargs)

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient,
    team: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    next_: str | Unset = UNSET,
    status: str | Unset = UNSET,
) -> IncomeInvoiceBatchItemsResponse:
    """List a batch's item outcomes

     Returns one page of what became of each invoice of a batch, optionally only items in one
    status. The page is nested under `data`: pass `data.next` back as `next` while
    `data.has_more` is true.

    Args:
        id (str):  Example: batch_7Hq2mW9xKc.
        team (str | Unset):  Example: team_1234567890.
        limit (int | Unset):  Example: 25.
        next_ (str | Unset):  Example: client_0987654321.
        status (str | Unset):  Example: needs_review.

    Raises:
        errors.APIConnectionError: No response (errors.APITimeoutError when it took longer than the client's timeout).
        errors.APIStatusError: The API answered with an error; the subclass names it (NotFoundError, RateLimitError...).
        errors.InvalidResponseError: The body is not the JSON the API documents.

    Returns:
        IncomeInvoiceBatchItemsResponse
    """

    kwargs = _get_kwargs(
        id=id,
        team=team,
        limit=limit,
        next_=next_,
        status=status,
    )

    response = client.request(**kwargs)

    return cast(
        IncomeInvoiceBatchItemsResponse,
        errors.parsed_or_raise(response, _parse_response(client=client, response=response)),
    )


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient,
    team: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    next_: str | Unset = UNSET,
    status: str | Unset = UNSET,
) -> Response[Error | IncomeInvoiceBatchItemsResponse]:
    """List a batch's item outcomes

     Returns one page of what became of each invoice of a batch, optionally only items in one
    status. The page is nested under `data`: pass `data.next` back as `next` while
    `data.has_more` is true.

    Args:
        id (str):  Example: batch_7Hq2mW9xKc.
        team (str | Unset):  Example: team_1234567890.
        limit (int | Unset):  Example: 25.
        next_ (str | Unset):  Example: client_0987654321.
        status (str | Unset):  Example: needs_review.

    Raises:
        errors.APIConnectionError: No response (errors.APITimeoutError when it took longer than the client's timeout).

    Returns:
        Response[Error | IncomeInvoiceBatchItemsResponse]: every status, parsed when documented.
    """

    kwargs = _get_kwargs(
        id=id,
        team=team,
        limit=limit,
        next_=next_,
        status=status,
    )

    response = await client.arequest(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient,
    team: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    next_: str | Unset = UNSET,
    status: str | Unset = UNSET,
) -> IncomeInvoiceBatchItemsResponse:
    """List a batch's item outcomes

     Returns one page of what became of each invoice of a batch, optionally only items in one
    status. The page is nested under `data`: pass `data.next` back as `next` while
    `data.has_more` is true.

    Args:
        id (str):  Example: batch_7Hq2mW9xKc.
        team (str | Unset):  Example: team_1234567890.
        limit (int | Unset):  Example: 25.
        next_ (str | Unset):  Example: client_0987654321.
        status (str | Unset):  Example: needs_review.

    Raises:
        errors.APIConnectionError: No response (errors.APITimeoutError when it took longer than the client's timeout).
        errors.APIStatusError: The API answered with an error; the subclass names it (NotFoundError, RateLimitError...).
        errors.InvalidResponseError: The body is not the JSON the API documents.

    Returns:
        IncomeInvoiceBatchItemsResponse
    """

    kwargs = _get_kwargs(
        id=id,
        team=team,
        limit=limit,
        next_=next_,
        status=status,
    )

    response = await client.arequest(**kwargs)

    return cast(
        IncomeInvoiceBatchItemsResponse,
        errors.parsed_or_raise(response, _parse_response(client=client, response=response)),
    )
