from http import HTTPStatus
from typing import Any

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

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
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
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ClientResponse | Error]
    """

    kwargs = _get_kwargs(
        body=body,
        team=team,
        client_id=client_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: ClientCsfUpload,
    team: str | Unset = UNSET,
    client_id: str | Unset = UNSET,
) -> ClientResponse | Error | None:
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
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ClientResponse | Error
    """

    return sync_detailed(
        client=client,
        body=body,
        team=team,
        client_id=client_id,
    ).parsed


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
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ClientResponse | Error]
    """

    kwargs = _get_kwargs(
        body=body,
        team=team,
        client_id=client_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: ClientCsfUpload,
    team: str | Unset = UNSET,
    client_id: str | Unset = UNSET,
) -> ClientResponse | Error | None:
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
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ClientResponse | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            team=team,
            client_id=client_id,
        )
    ).parsed
