from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient
from ...models.error_body import Error
from ...models.sat_download_request_create import SatDownloadRequestCreate
from ...models.sat_download_request_response import SatDownloadRequestResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: SatDownloadRequestCreate,
    team: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["team"] = team

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/invoices/download/request",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient, response: httpx.Response
) -> Error | SatDownloadRequestResponse | None:
    """The documented model for this status, or None for an undocumented status or a body that does not fit."""
    try:
        if response.status_code == 200:
            response_200 = SatDownloadRequestResponse.from_dict(response.json())

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


def _build_response(
    *, client: AuthenticatedClient, response: httpx.Response
) -> Response[Error | SatDownloadRequestResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: SatDownloadRequestCreate,
    team: str | Unset = UNSET,
) -> Response[Error | SatDownloadRequestResponse]:
    """Create a bulk download request

     Asks the SAT for the team's issued or received CFDI over a date range of at most one
    month. The request is processed in the background: follow it with `GET
    /invoices/download/status/{id}` or the request history. gigstack's CLI and n8n node name
    the body fields differently (see the body); send either set. Each XML downloaded is billed.

    Args:
        team (str | Unset):  Example: team_1234567890.
        body (SatDownloadRequestCreate): A one-off bulk download for a date range of at most one
            month. gigstack's two clients name
            the fields differently and neither set is required here: the CLI sends `start_date`,
            `end_date`, `request_type` (such as `metadata`) and `rfc_type` (issued or received); the
            n8n
            node sends `date_from`, `date_to`, `type` (issued or received) and an optional `rfc`. Send
            one
            set.

    Raises:
        errors.APIConnectionError: No response (errors.APITimeoutError when it took longer than the client's timeout).

    Returns:
        Response[Error | SatDownloadRequestResponse]: every status, parsed when documented.
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
    body: SatDownloadRequestCreate,
    team: str | Unset = UNSET,
) -> SatDownloadRequestResponse:
    """Create a bulk download request

     Asks the SAT for the team's issued or received CFDI over a date range of at most one
    month. The request is processed in the background: follow it with `GET
    /invoices/download/status/{id}` or the request history. gigstack's CLI and n8n node name
    the body fields differently (see the body); send either set. Each XML downloaded is billed.

    Args:
        team (str | Unset):  Example: team_1234567890.
        body (SatDownloadRequestCreate): A one-off bulk download for a date range of at most one
            month. gigstack's two clients name
            the fields differently and neither set is required here: the CLI sends `start_date`,
            `end_date`, `request_type` (such as `metadata`) and `rfc_type` (issued or received); the
            n8n
            node sends `date_from`, `date_to`, `type` (issued or received) and an optional `rfc`. Send
            one
            set.

    Raises:
        errors.APIConnectionError: No response (errors.APITimeoutError when it took longer than the client's timeout).
        errors.APIStatusError: The API answered with an error; the subclass names it (NotFoundError, RateLimitError...).
        errors.InvalidResponseError: The body is not the JSON the API documents.

    Returns:
        SatDownloadRequestResponse
    """

    kwargs = _get_kwargs(
        body=body,
        team=team,
    )

    response = client.request(**kwargs)

    return cast(
        SatDownloadRequestResponse, errors.parsed_or_raise(response, _parse_response(client=client, response=response))
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: SatDownloadRequestCreate,
    team: str | Unset = UNSET,
) -> Response[Error | SatDownloadRequestResponse]:
    """Create a bulk download request

     Asks the SAT for the team's issued or received CFDI over a date range of at most one
    month. The request is processed in the background: follow it with `GET
    /invoices/download/status/{id}` or the request history. gigstack's CLI and n8n node name
    the body fields differently (see the body); send either set. Each XML downloaded is billed.

    Args:
        team (str | Unset):  Example: team_1234567890.
        body (SatDownloadRequestCreate): A one-off bulk download for a date range of at most one
            month. gigstack's two clients name
            the fields differently and neither set is required here: the CLI sends `start_date`,
            `end_date`, `request_type` (such as `metadata`) and `rfc_type` (issued or received); the
            n8n
            node sends `date_from`, `date_to`, `type` (issued or received) and an optional `rfc`. Send
            one
            set.

    Raises:
        errors.APIConnectionError: No response (errors.APITimeoutError when it took longer than the client's timeout).

    Returns:
        Response[Error | SatDownloadRequestResponse]: every status, parsed when documented.
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
    body: SatDownloadRequestCreate,
    team: str | Unset = UNSET,
) -> SatDownloadRequestResponse:
    """Create a bulk download request

     Asks the SAT for the team's issued or received CFDI over a date range of at most one
    month. The request is processed in the background: follow it with `GET
    /invoices/download/status/{id}` or the request history. gigstack's CLI and n8n node name
    the body fields differently (see the body); send either set. Each XML downloaded is billed.

    Args:
        team (str | Unset):  Example: team_1234567890.
        body (SatDownloadRequestCreate): A one-off bulk download for a date range of at most one
            month. gigstack's two clients name
            the fields differently and neither set is required here: the CLI sends `start_date`,
            `end_date`, `request_type` (such as `metadata`) and `rfc_type` (issued or received); the
            n8n
            node sends `date_from`, `date_to`, `type` (issued or received) and an optional `rfc`. Send
            one
            set.

    Raises:
        errors.APIConnectionError: No response (errors.APITimeoutError when it took longer than the client's timeout).
        errors.APIStatusError: The API answered with an error; the subclass names it (NotFoundError, RateLimitError...).
        errors.InvalidResponseError: The body is not the JSON the API documents.

    Returns:
        SatDownloadRequestResponse
    """

    kwargs = _get_kwargs(
        body=body,
        team=team,
    )

    response = await client.arequest(**kwargs)

    return cast(
        SatDownloadRequestResponse, errors.parsed_or_raise(response, _parse_response(client=client, response=response))
    )
