from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient
from ...models.error_body import Error
from ...models.receipt_search_results import ReceiptSearchResults
from ...models.receipt_status import ReceiptStatus
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    team: str | Unset = UNSET,
    q: str,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    fields: str | Unset = UNSET,
    status: ReceiptStatus | Unset = UNSET,
    client_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["team"] = team

    params["q"] = q

    params["page"] = page

    params["limit"] = limit

    params["fields"] = fields

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    params["client_id"] = client_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/receipts/search",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient, response: httpx.Response) -> Error | ReceiptSearchResults | None:
    """The documented model for this status, or None for an undocumented status or a body that does not fit."""
    try:
        if response.status_code == 200:
            response_200 = ReceiptSearchResults.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient, response: httpx.Response) -> Response[Error | ReceiptSearchResults]:
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
    q: str,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    fields: str | Unset = UNSET,
    status: ReceiptStatus | Unset = UNSET,
    client_id: str | Unset = UNSET,
) -> Response[Error | ReceiptSearchResults]:
    """Search receipts

     Returns the receipts matching the free text `q` (client name, RFC or email, receipt id),
    optionally narrowed by status and client. Results come in numbered pages (`page`), not
    by cursor.

    Args:
        team (str | Unset):  Example: team_1234567890.
        q (str):  Example: Pérez.
        page (int | Unset):  Example: 1.
        limit (int | Unset):  Example: 25.
        fields (str | Unset):  Example: name.
        status (ReceiptStatus | Unset): Where a receipt stands. gigstack's two clients use
            different vocabularies (gigstack-cli:
            pending, open, invoiced, completed, expired, cancelled; the n8n node: pending, stamped,
            canceled); all are listed, and any other value is kept as sent.
             Example: pending.
        client_id (str | Unset):  Example: client_Tq7wN3xB8vYc.

    Raises:
        errors.APIConnectionError: No response (errors.APITimeoutError when it took longer than the client's timeout).

    Returns:
        Response[Error | ReceiptSearchResults]: every status, parsed when documented.
    """

    kwargs = _get_kwargs(
        team=team,
        q=q,
        page=page,
        limit=limit,
        fields=fields,
        status=status,
        client_id=client_id,
    )

    response = client.request(**kwargs)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    team: str | Unset = UNSET,
    q: str,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    fields: str | Unset = UNSET,
    status: ReceiptStatus | Unset = UNSET,
    client_id: str | Unset = UNSET,
) -> ReceiptSearchResults:
    """Search receipts

     Returns the receipts matching the free text `q` (client name, RFC or email, receipt id),
    optionally narrowed by status and client. Results come in numbered pages (`page`), not
    by cursor.

    Args:
        team (str | Unset):  Example: team_1234567890.
        q (str):  Example: Pérez.
        page (int | Unset):  Example: 1.
        limit (int | Unset):  Example: 25.
        fields (str | Unset):  Example: name.
        status (ReceiptStatus | Unset): Where a receipt stands. gigstack's two clients use
            different vocabularies (gigstack-cli:
            pending, open, invoiced, completed, expired, cancelled; the n8n node: pending, stamped,
            canceled); all are listed, and any other value is kept as sent.
             Example: pending.
        client_id (str | Unset):  Example: client_Tq7wN3xB8vYc.

    Raises:
        errors.APIConnectionError: No response (errors.APITimeoutError when it took longer than the client's timeout).
        errors.APIStatusError: The API answered with an error; the subclass names it (NotFoundError, RateLimitError...).
        errors.InvalidResponseError: The body is not the JSON the API documents.

    Returns:
        ReceiptSearchResults
    """

    kwargs = _get_kwargs(
        team=team,
        q=q,
        page=page,
        limit=limit,
        fields=fields,
        status=status,
        client_id=client_id,
    )

    response = client.request(**kwargs)

    return cast(
        ReceiptSearchResults, errors.parsed_or_raise(response, _parse_response(client=client, response=response))
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    team: str | Unset = UNSET,
    q: str,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    fields: str | Unset = UNSET,
    status: ReceiptStatus | Unset = UNSET,
    client_id: str | Unset = UNSET,
) -> Response[Error | ReceiptSearchResults]:
    """Search receipts

     Returns the receipts matching the free text `q` (client name, RFC or email, receipt id),
    optionally narrowed by status and client. Results come in numbered pages (`page`), not
    by cursor.

    Args:
        team (str | Unset):  Example: team_1234567890.
        q (str):  Example: Pérez.
        page (int | Unset):  Example: 1.
        limit (int | Unset):  Example: 25.
        fields (str | Unset):  Example: name.
        status (ReceiptStatus | Unset): Where a receipt stands. gigstack's two clients use
            different vocabularies (gigstack-cli:
            pending, open, invoiced, completed, expired, cancelled; the n8n node: pending, stamped,
            canceled); all are listed, and any other value is kept as sent.
             Example: pending.
        client_id (str | Unset):  Example: client_Tq7wN3xB8vYc.

    Raises:
        errors.APIConnectionError: No response (errors.APITimeoutError when it took longer than the client's timeout).

    Returns:
        Response[Error | ReceiptSearchResults]: every status, parsed when documented.
    """

    kwargs = _get_kwargs(
        team=team,
        q=q,
        page=page,
        limit=limit,
        fields=fields,
        status=status,
        client_id=client_id,
    )

    response = await client.arequest(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    team: str | Unset = UNSET,
    q: str,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    fields: str | Unset = UNSET,
    status: ReceiptStatus | Unset = UNSET,
    client_id: str | Unset = UNSET,
) -> ReceiptSearchResults:
    """Search receipts

     Returns the receipts matching the free text `q` (client name, RFC or email, receipt id),
    optionally narrowed by status and client. Results come in numbered pages (`page`), not
    by cursor.

    Args:
        team (str | Unset):  Example: team_1234567890.
        q (str):  Example: Pérez.
        page (int | Unset):  Example: 1.
        limit (int | Unset):  Example: 25.
        fields (str | Unset):  Example: name.
        status (ReceiptStatus | Unset): Where a receipt stands. gigstack's two clients use
            different vocabularies (gigstack-cli:
            pending, open, invoiced, completed, expired, cancelled; the n8n node: pending, stamped,
            canceled); all are listed, and any other value is kept as sent.
             Example: pending.
        client_id (str | Unset):  Example: client_Tq7wN3xB8vYc.

    Raises:
        errors.APIConnectionError: No response (errors.APITimeoutError when it took longer than the client's timeout).
        errors.APIStatusError: The API answered with an error; the subclass names it (NotFoundError, RateLimitError...).
        errors.InvalidResponseError: The body is not the JSON the API documents.

    Returns:
        ReceiptSearchResults
    """

    kwargs = _get_kwargs(
        team=team,
        q=q,
        page=page,
        limit=limit,
        fields=fields,
        status=status,
        client_id=client_id,
    )

    response = await client.arequest(**kwargs)

    return cast(
        ReceiptSearchResults, errors.parsed_or_raise(response, _parse_response(client=client, response=response))
    )
