from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient
from ...models.error_body import Error
from ...models.invoice_create import InvoiceCreate
from ...models.invoice_response import InvoiceResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: InvoiceCreate,
    team: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["team"] = team

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/invoices/income",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient, response: httpx.Response) -> Error | InvoiceResponse | None:
    """The documented model for this status, or None for an undocumented status or a body that does not fit."""
    try:
        if response.status_code == 200:
            response_200 = InvoiceResponse.from_dict(response.json())

            return response_200

        if response.status_code == 201:
            response_201 = InvoiceResponse.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient, response: httpx.Response) -> Response[Error | InvoiceResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: InvoiceCreate,
    team: str | Unset = UNSET,
) -> Response[Error | InvoiceResponse]:
    """Issue an income invoice

     Creates an income (`I`) CFDI and stamps it with the SAT in the same call; the response is
    the stamped invoice. Send an `idempotency_key` so a retried request cannot issue a second
    CFDI: the client then retries it safely on timeouts. The docs do not say whether success
    is 200 or 201; both are accepted. A key reused with a different body is a conflict (409).

    Args:
        team (str | Unset):  Example: team_1234567890.
        body (InvoiceCreate): An income or egress (credit note) invoice to issue and stamp.
            Reference the client by `client`
            (an id, or inline data with `search` to find or create it) or by `client_id`.

            Files flag: this spec sends `return_files_urls`, the spelling of the full create-income-
            invoice
            example; the InvoiceEgressInput schema page spells it `return_files`. Send the other
            spelling as
            an extra field if a credit note needs it.

    Raises:
        errors.APIConnectionError: No response (errors.APITimeoutError when it took longer than the client's timeout).

    Returns:
        Response[Error | InvoiceResponse]: every status, parsed when documented.
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
    body: InvoiceCreate,
    team: str | Unset = UNSET,
) -> InvoiceResponse:
    """Issue an income invoice

     Creates an income (`I`) CFDI and stamps it with the SAT in the same call; the response is
    the stamped invoice. Send an `idempotency_key` so a retried request cannot issue a second
    CFDI: the client then retries it safely on timeouts. The docs do not say whether success
    is 200 or 201; both are accepted. A key reused with a different body is a conflict (409).

    Args:
        team (str | Unset):  Example: team_1234567890.
        body (InvoiceCreate): An income or egress (credit note) invoice to issue and stamp.
            Reference the client by `client`
            (an id, or inline data with `search` to find or create it) or by `client_id`.

            Files flag: this spec sends `return_files_urls`, the spelling of the full create-income-
            invoice
            example; the InvoiceEgressInput schema page spells it `return_files`. Send the other
            spelling as
            an extra field if a credit note needs it.

    Raises:
        errors.APIConnectionError: No response (errors.APITimeoutError when it took longer than the client's timeout).
        errors.APIStatusError: The API answered with an error; the subclass names it (NotFoundError, RateLimitError...).
        errors.InvalidResponseError: The body is not the JSON the API documents.

    Returns:
        InvoiceResponse
    """

    kwargs = _get_kwargs(
        body=body,
        team=team,
    )

    response = client.request(**kwargs)

    return cast(InvoiceResponse, errors.parsed_or_raise(response, _parse_response(client=client, response=response)))


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: InvoiceCreate,
    team: str | Unset = UNSET,
) -> Response[Error | InvoiceResponse]:
    """Issue an income invoice

     Creates an income (`I`) CFDI and stamps it with the SAT in the same call; the response is
    the stamped invoice. Send an `idempotency_key` so a retried request cannot issue a second
    CFDI: the client then retries it safely on timeouts. The docs do not say whether success
    is 200 or 201; both are accepted. A key reused with a different body is a conflict (409).

    Args:
        team (str | Unset):  Example: team_1234567890.
        body (InvoiceCreate): An income or egress (credit note) invoice to issue and stamp.
            Reference the client by `client`
            (an id, or inline data with `search` to find or create it) or by `client_id`.

            Files flag: this spec sends `return_files_urls`, the spelling of the full create-income-
            invoice
            example; the InvoiceEgressInput schema page spells it `return_files`. Send the other
            spelling as
            an extra field if a credit note needs it.

    Raises:
        errors.APIConnectionError: No response (errors.APITimeoutError when it took longer than the client's timeout).

    Returns:
        Response[Error | InvoiceResponse]: every status, parsed when documented.
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
    body: InvoiceCreate,
    team: str | Unset = UNSET,
) -> InvoiceResponse:
    """Issue an income invoice

     Creates an income (`I`) CFDI and stamps it with the SAT in the same call; the response is
    the stamped invoice. Send an `idempotency_key` so a retried request cannot issue a second
    CFDI: the client then retries it safely on timeouts. The docs do not say whether success
    is 200 or 201; both are accepted. A key reused with a different body is a conflict (409).

    Args:
        team (str | Unset):  Example: team_1234567890.
        body (InvoiceCreate): An income or egress (credit note) invoice to issue and stamp.
            Reference the client by `client`
            (an id, or inline data with `search` to find or create it) or by `client_id`.

            Files flag: this spec sends `return_files_urls`, the spelling of the full create-income-
            invoice
            example; the InvoiceEgressInput schema page spells it `return_files`. Send the other
            spelling as
            an extra field if a credit note needs it.

    Raises:
        errors.APIConnectionError: No response (errors.APITimeoutError when it took longer than the client's timeout).
        errors.APIStatusError: The API answered with an error; the subclass names it (NotFoundError, RateLimitError...).
        errors.InvalidResponseError: The body is not the JSON the API documents.

    Returns:
        InvoiceResponse
    """

    kwargs = _get_kwargs(
        body=body,
        team=team,
    )

    response = await client.arequest(**kwargs)

    return cast(InvoiceResponse, errors.parsed_or_raise(response, _parse_response(client=client, response=response)))
