from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient
from ...models.client_csf_upload import ClientCsfUpload
from ...models.client_response import ClientResponse
from ...models.error_body import Error
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: ClientCsfUpload,
    team: str | Unset = UNSET,
    client_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["team"] = team

    params["client_id"] = client_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/clients/csf",
        "params": params,
    }

    _kwargs["files"] = body.to_multipart()

    headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient, response: httpx.Response) -> ClientResponse | Error | None:
    """The documented model for this status, or None for an undocumented status or a body that does not fit."""
    try:
        if response.status_code == 200:
            response_200 = ClientResponse.from_dict(response.json())

            return response_200

        if response.status_code == 201:
            response_201 = ClientResponse.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient, response: httpx.Response) -> Response[ClientResponse | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: ClientCsfUpload,
    team: str | Unset = UNSET,
    client_id: str | Unset = UNSET,
) -> Response[ClientResponse | Error]:
    """Create or update a client from its CSF

     Reads the RFC, legal name, tax regime and fiscal address from a Constancia de Situación
    Fiscal PDF (checked with the SAT) and creates a client from them (201), or updates the
    client named by `client_id` (200).

    Args:
        team (str | Unset):  Example: team_1234567890.
        client_id (str | Unset):  Example: client_1234567890.
        body (ClientCsfUpload): A Constancia de Situación Fiscal (CSF) PDF to read a client's
            fiscal data from (multipart/form-data).

    Raises:
        errors.APIConnectionError: No response (errors.APITimeoutError when it took longer than the client's timeout).

    Returns:
        Response[ClientResponse | Error]: every status, parsed when documented.
    """

    kwargs = _get_kwargs(
        body=body,
        team=team,
        client_id=client_id,
    )

    response = client.request(**kwargs)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: ClientCsfUpload,
    team: str | Unset = UNSET,
    client_id: str | Unset = UNSET,
) -> ClientResponse:
    """Create or update a client from its CSF

     Reads the RFC, legal name, tax regime and fiscal address from a Constancia de Situación
    Fiscal PDF (checked with the SAT) and creates a client from them (201), or updates the
    client named by `client_id` (200).

    Args:
        team (str | Unset):  Example: team_1234567890.
        client_id (str | Unset):  Example: client_1234567890.
        body (ClientCsfUpload): A Constancia de Situación Fiscal (CSF) PDF to read a client's
            fiscal data from (multipart/form-data).

    Raises:
        errors.APIConnectionError: No response (errors.APITimeoutError when it took longer than the client's timeout).
        errors.APIStatusError: The API answered with an error; the subclass names it (NotFoundError, RateLimitError...).
        errors.InvalidResponseError: The body is not the JSON the API documents.

    Returns:
        ClientResponse
    """

    kwargs = _get_kwargs(
        body=body,
        team=team,
        client_id=client_id,
    )

    response = client.request(**kwargs)

    return cast(ClientResponse, errors.parsed_or_raise(response, _parse_response(client=client, response=response)))


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: ClientCsfUpload,
    team: str | Unset = UNSET,
    client_id: str | Unset = UNSET,
) -> Response[ClientResponse | Error]:
    """Create or update a client from its CSF

     Reads the RFC, legal name, tax regime and fiscal address from a Constancia de Situación
    Fiscal PDF (checked with the SAT) and creates a client from them (201), or updates the
    client named by `client_id` (200).

    Args:
        team (str | Unset):  Example: team_1234567890.
        client_id (str | Unset):  Example: client_1234567890.
        body (ClientCsfUpload): A Constancia de Situación Fiscal (CSF) PDF to read a client's
            fiscal data from (multipart/form-data).

    Raises:
        errors.APIConnectionError: No response (errors.APITimeoutError when it took longer than the client's timeout).

    Returns:
        Response[ClientResponse | Error]: every status, parsed when documented.
    """

    kwargs = _get_kwargs(
        body=body,
        team=team,
        client_id=client_id,
    )

    response = await client.arequest(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: ClientCsfUpload,
    team: str | Unset = UNSET,
    client_id: str | Unset = UNSET,
) -> ClientResponse:
    """Create or update a client from its CSF

     Reads the RFC, legal name, tax regime and fiscal address from a Constancia de Situación
    Fiscal PDF (checked with the SAT) and creates a client from them (201), or updates the
    client named by `client_id` (200).

    Args:
        team (str | Unset):  Example: team_1234567890.
        client_id (str | Unset):  Example: client_1234567890.
        body (ClientCsfUpload): A Constancia de Situación Fiscal (CSF) PDF to read a client's
            fiscal data from (multipart/form-data).

    Raises:
        errors.APIConnectionError: No response (errors.APITimeoutError when it took longer than the client's timeout).
        errors.APIStatusError: The API answered with an error; the subclass names it (NotFoundError, RateLimitError...).
        errors.InvalidResponseError: The body is not the JSON the API documents.

    Returns:
        ClientResponse
    """

    kwargs = _get_kwargs(
        body=body,
        team=team,
        client_id=client_id,
    )

    response = await client.arequest(**kwargs)

    return cast(ClientResponse, errors.parsed_or_raise(response, _parse_response(client=client, response=response)))
