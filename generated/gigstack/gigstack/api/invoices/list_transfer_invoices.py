from collections.abc import AsyncIterator, Iterator
from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient
from ...models import Invoice
from ...models.error_body import Error
from ...models.invoice_list import InvoiceList
from ...models.list_order_by import ListOrderBy
from ...models.sort_order import SortOrder
from ...models.time_range import TimeRange
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    team: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    next_: str | Unset = UNSET,
    order_by: ListOrderBy | Unset = UNSET,
    sort: SortOrder | Unset = UNSET,
    created: TimeRange | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["team"] = team

    params["limit"] = limit

    params["next"] = next_

    json_order_by: str | Unset = UNSET
    if not isinstance(order_by, Unset):
        json_order_by = order_by.value

    params["order_by"] = json_order_by

    json_sort: str | Unset = UNSET
    if not isinstance(sort, Unset):
        json_sort = sort.value

    params["sort"] = json_sort

    json_created: dict[str, Any] | Unset = UNSET
    if not isinstance(created, Unset):
        json_created = created.to_dict()
    if not isinstance(json_created, Unset):
        params.update({f"created[{key}]": value for key, value in json_created.items()})

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/invoices/transfer",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient, response: httpx.Response) -> Error | InvoiceList | None:
    """The documented model for this status, or None for an undocumented status or a body that does not fit."""
    try:
        if response.status_code == 200:
            response_200 = InvoiceList.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient, response: httpx.Response) -> Response[Error | InvoiceList]:
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
    next_: str | Unset = UNSET,
    order_by: ListOrderBy | Unset = UNSET,
    sort: SortOrder | Unset = UNSET,
    created: TimeRange | Unset = UNSET,
) -> Response[Error | InvoiceList]:
    """List transfer invoices

     Returns the team's transfer (traslado, CFDI type `T`) invoices one page at a time; same
    paging as income invoices.

    Args:
        team (str | Unset):  Example: team_1234567890.
        limit (int | Unset):  Example: 25.
        next_ (str | Unset):  Example: client_0987654321.
        order_by (ListOrderBy | Unset): Field a list is ordered by. The server's default is
            `timestamp` (creation time).
        sort (SortOrder | Unset): Sort direction. The server's default is `desc`.
        created (TimeRange | Unset): A time range in unix seconds, sent as a deepObject query
            parameter: `created[gte]=…&created[lte]=…`.

    Raises:
        errors.APIConnectionError: No response (errors.APITimeoutError when it took longer than the client's timeout).

    Returns:
        Response[Error | InvoiceList]: every status, parsed when documented.
    """

    kwargs = _get_kwargs(
        team=team,
        limit=limit,
        next_=next_,
        order_by=order_by,
        sort=sort,
        created=created,
    )

    response = client.request(**kwargs)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    team: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    next_: str | Unset = UNSET,
    order_by: ListOrderBy | Unset = UNSET,
    sort: SortOrder | Unset = UNSET,
    created: TimeRange | Unset = UNSET,
) -> InvoiceList:
    """List transfer invoices

     Returns the team's transfer (traslado, CFDI type `T`) invoices one page at a time; same
    paging as income invoices.

    Args:
        team (str | Unset):  Example: team_1234567890.
        limit (int | Unset):  Example: 25.
        next_ (str | Unset):  Example: client_0987654321.
        order_by (ListOrderBy | Unset): Field a list is ordered by. The server's default is
            `timestamp` (creation time).
        sort (SortOrder | Unset): Sort direction. The server's default is `desc`.
        created (TimeRange | Unset): A time range in unix seconds, sent as a deepObject query
            parameter: `created[gte]=…&created[lte]=…`.

    Raises:
        errors.APIConnectionError: No response (errors.APITimeoutError when it took longer than the client's timeout).
        errors.APIStatusError: The API answered with an error; the subclass names it (NotFoundError, RateLimitError...).
        errors.InvalidResponseError: The body is not the JSON the API documents.

    Returns:
        InvoiceList
    """

    kwargs = _get_kwargs(
        team=team,
        limit=limit,
        next_=next_,
        order_by=order_by,
        sort=sort,
        created=created,
    )

    response = client.request(**kwargs)

    return cast(InvoiceList, errors.parsed_or_raise(response, _parse_response(client=client, response=response)))


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    team: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    next_: str | Unset = UNSET,
    order_by: ListOrderBy | Unset = UNSET,
    sort: SortOrder | Unset = UNSET,
    created: TimeRange | Unset = UNSET,
) -> Response[Error | InvoiceList]:
    """List transfer invoices

     Returns the team's transfer (traslado, CFDI type `T`) invoices one page at a time; same
    paging as income invoices.

    Args:
        team (str | Unset):  Example: team_1234567890.
        limit (int | Unset):  Example: 25.
        next_ (str | Unset):  Example: client_0987654321.
        order_by (ListOrderBy | Unset): Field a list is ordered by. The server's default is
            `timestamp` (creation time).
        sort (SortOrder | Unset): Sort direction. The server's default is `desc`.
        created (TimeRange | Unset): A time range in unix seconds, sent as a deepObject query
            parameter: `created[gte]=…&created[lte]=…`.

    Raises:
        errors.APIConnectionError: No response (errors.APITimeoutError when it took longer than the client's timeout).

    Returns:
        Response[Error | InvoiceList]: every status, parsed when documented.
    """

    kwargs = _get_kwargs(
        team=team,
        limit=limit,
        next_=next_,
        order_by=order_by,
        sort=sort,
        created=created,
    )

    response = await client.arequest(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    team: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    next_: str | Unset = UNSET,
    order_by: ListOrderBy | Unset = UNSET,
    sort: SortOrder | Unset = UNSET,
    created: TimeRange | Unset = UNSET,
) -> InvoiceList:
    """List transfer invoices

     Returns the team's transfer (traslado, CFDI type `T`) invoices one page at a time; same
    paging as income invoices.

    Args:
        team (str | Unset):  Example: team_1234567890.
        limit (int | Unset):  Example: 25.
        next_ (str | Unset):  Example: client_0987654321.
        order_by (ListOrderBy | Unset): Field a list is ordered by. The server's default is
            `timestamp` (creation time).
        sort (SortOrder | Unset): Sort direction. The server's default is `desc`.
        created (TimeRange | Unset): A time range in unix seconds, sent as a deepObject query
            parameter: `created[gte]=…&created[lte]=…`.

    Raises:
        errors.APIConnectionError: No response (errors.APITimeoutError when it took longer than the client's timeout).
        errors.APIStatusError: The API answered with an error; the subclass names it (NotFoundError, RateLimitError...).
        errors.InvalidResponseError: The body is not the JSON the API documents.

    Returns:
        InvoiceList
    """

    kwargs = _get_kwargs(
        team=team,
        limit=limit,
        next_=next_,
        order_by=order_by,
        sort=sort,
        created=created,
    )

    response = await client.arequest(**kwargs)

    return cast(InvoiceList, errors.parsed_or_raise(response, _parse_response(client=client, response=response)))


def iterate(
    *,
    client: AuthenticatedClient,
    team: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    order_by: ListOrderBy | Unset = UNSET,
    sort: SortOrder | Unset = UNSET,
    created: TimeRange | Unset = UNSET,
) -> Iterator[Invoice]:
    """Every item of every page, fetched lazily one page at a time with the same filters.

    `null` entries in a page are skipped. Raises errors.PaginationError if the server repeats a
    cursor, and the errors of sync() for a failed page.
    """
    seen: set[str] = set()
    next_: str | Unset = UNSET
    while True:
        page = sync(
            client=client,
            team=team,
            limit=limit,
            order_by=order_by,
            sort=sort,
            created=created,
            next_=next_,
        )
        yield from (item for item in page.data if item is not None)
        if page.has_more is not True or not isinstance(page.next_, str) or not page.next_:
            return
        if page.next_ in seen:
            raise errors.PaginationError(f"The server repeated the cursor {page.next_!r}; stopping")
        seen.add(page.next_)
        next_ = page.next_


async def aiterate(
    *,
    client: AuthenticatedClient,
    team: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    order_by: ListOrderBy | Unset = UNSET,
    sort: SortOrder | Unset = UNSET,
    created: TimeRange | Unset = UNSET,
) -> AsyncIterator[Invoice]:
    """The async twin of iterate()."""
    seen: set[str] = set()
    next_: str | Unset = UNSET
    while True:
        page = await asyncio(
            client=client,
            team=team,
            limit=limit,
            order_by=order_by,
            sort=sort,
            created=created,
            next_=next_,
        )
        for item in page.data:
            if item is not None:
                yield item
        if page.has_more is not True or not isinstance(page.next_, str) or not page.next_:
            return
        if page.next_ in seen:
            raise errors.PaginationError(f"The server repeated the cursor {page.next_!r}; stopping")
        seen.add(page.next_)
        next_ = page.next_
