from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient
from ...models.error_body import Error
from ...models.invoice_cfdi_error_list import InvoiceCfdiErrorList
from ...models.invoice_cfdi_error_type import InvoiceCfdiErrorType
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    team: str | Unset = UNSET,
    code: str | Unset = UNSET,
    q: str | Unset = UNSET,
    type_: InvoiceCfdiErrorType | Unset = UNSET,
    limit: int | Unset = UNSET,
    page: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["team"] = team

    params["code"] = code

    params["q"] = q

    json_type_: str | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = type_.value

    params["type"] = json_type_

    params["limit"] = limit

    params["page"] = page

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/invoices/errors",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient, response: httpx.Response) -> Error | InvoiceCfdiErrorList | None:
    """The documented model for this status, or None for an undocumented status or a body that does not fit."""
    try:
        if response.status_code == 200:
            response_200 = InvoiceCfdiErrorList.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient, response: httpx.Response) -> Response[Error | InvoiceCfdiErrorList]:
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
    code: str | Unset = UNSET,
    q: str | Unset = UNSET,
    type_: InvoiceCfdiErrorType | Unset = UNSET,
    limit: int | Unset = UNSET,
    page: int | Unset = UNSET,
) -> Response[Error | InvoiceCfdiErrorList]:
    """List CFDI error codes

     Looks up the stamping error catalog: what a SAT or provider error code means and how to fix
    it. Paginated by `page` number (`total` counts all matches), not by cursor.

    Args:
        team (str | Unset):  Example: team_1234567890.
        code (str | Unset):  Example: CFDI40147.
        q (str | Unset):  Example: régimen.
        type_ (InvoiceCfdiErrorType | Unset): Whose data a CFDI error is about. Example: receiver.
        limit (int | Unset):  Example: 20.
        page (int | Unset):  Example: 1.

    Raises:
        errors.APIConnectionError: No response (errors.APITimeoutError when it took longer than the client's timeout).

    Returns:
        Response[Error | InvoiceCfdiErrorList]: every status, parsed when documented.
    """

    kwargs = _get_kwargs(
        team=team,
        code=code,
        q=q,
        type_=type_,
        limit=limit,
        page=page,
    )

    response = client.request(**kwargs)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    team: str | Unset = UNSET,
    code: str | Unset = UNSET,
    q: str | Unset = UNSET,
    type_: InvoiceCfdiErrorType | Unset = UNSET,
    limit: int | Unset = UNSET,
    page: int | Unset = UNSET,
) -> InvoiceCfdiErrorList:
    """List CFDI error codes

     Looks up the stamping error catalog: what a SAT or provider error code means and how to fix
    it. Paginated by `page` number (`total` counts all matches), not by cursor.

    Args:
        team (str | Unset):  Example: team_1234567890.
        code (str | Unset):  Example: CFDI40147.
        q (str | Unset):  Example: régimen.
        type_ (InvoiceCfdiErrorType | Unset): Whose data a CFDI error is about. Example: receiver.
        limit (int | Unset):  Example: 20.
        page (int | Unset):  Example: 1.

    Raises:
        errors.APIConnectionError: No response (errors.APITimeoutError when it took longer than the client's timeout).
        errors.APIStatusError: The API answered with an error; the subclass names it (NotFoundError, RateLimitError...).
        errors.InvalidResponseError: The body is not the JSON the API documents.

    Returns:
        InvoiceCfdiErrorList
    """

    kwargs = _get_kwargs(
        team=team,
        code=code,
        q=q,
        type_=type_,
        limit=limit,
        page=page,
    )

    response = client.request(**kwargs)

    return cast(
        InvoiceCfdiErrorList, errors.parsed_or_raise(response, _parse_response(client=client, response=response))
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    team: str | Unset = UNSET,
    code: str | Unset = UNSET,
    q: str | Unset = UNSET,
    type_: InvoiceCfdiErrorType | Unset = UNSET,
    limit: int | Unset = UNSET,
    page: int | Unset = UNSET,
) -> Response[Error | InvoiceCfdiErrorList]:
    """List CFDI error codes

     Looks up the stamping error catalog: what a SAT or provider error code means and how to fix
    it. Paginated by `page` number (`total` counts all matches), not by cursor.

    Args:
        team (str | Unset):  Example: team_1234567890.
        code (str | Unset):  Example: CFDI40147.
        q (str | Unset):  Example: régimen.
        type_ (InvoiceCfdiErrorType | Unset): Whose data a CFDI error is about. Example: receiver.
        limit (int | Unset):  Example: 20.
        page (int | Unset):  Example: 1.

    Raises:
        errors.APIConnectionError: No response (errors.APITimeoutError when it took longer than the client's timeout).

    Returns:
        Response[Error | InvoiceCfdiErrorList]: every status, parsed when documented.
    """

    kwargs = _get_kwargs(
        team=team,
        code=code,
        q=q,
        type_=type_,
        limit=limit,
        page=page,
    )

    response = await client.arequest(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    team: str | Unset = UNSET,
    code: str | Unset = UNSET,
    q: str | Unset = UNSET,
    type_: InvoiceCfdiErrorType | Unset = UNSET,
    limit: int | Unset = UNSET,
    page: int | Unset = UNSET,
) -> InvoiceCfdiErrorList:
    """List CFDI error codes

     Looks up the stamping error catalog: what a SAT or provider error code means and how to fix
    it. Paginated by `page` number (`total` counts all matches), not by cursor.

    Args:
        team (str | Unset):  Example: team_1234567890.
        code (str | Unset):  Example: CFDI40147.
        q (str | Unset):  Example: régimen.
        type_ (InvoiceCfdiErrorType | Unset): Whose data a CFDI error is about. Example: receiver.
        limit (int | Unset):  Example: 20.
        page (int | Unset):  Example: 1.

    Raises:
        errors.APIConnectionError: No response (errors.APITimeoutError when it took longer than the client's timeout).
        errors.APIStatusError: The API answered with an error; the subclass names it (NotFoundError, RateLimitError...).
        errors.InvalidResponseError: The body is not the JSON the API documents.

    Returns:
        InvoiceCfdiErrorList
    """

    kwargs = _get_kwargs(
        team=team,
        code=code,
        q=q,
        type_=type_,
        limit=limit,
        page=page,
    )

    response = await client.arequest(**kwargs)

    return cast(
        InvoiceCfdiErrorList, errors.parsed_or_raise(response, _parse_response(client=client, response=response))
    )
