from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient
from ...models.document_update import DocumentUpdate
from ...models.error_body import Error
from ...models.support_document_response import SupportDocumentResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    body: DocumentUpdate,
    team: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["team"] = team

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/documents/{id}".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient, response: httpx.Response) -> Error | SupportDocumentResponse | None:
    """The documented model for this status, or None for an undocumented status or a body that does not fit."""
    try:
        if response.status_code == 200:
            response_200 = SupportDocumentResponse.from_dict(response.json())

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
) -> Response[Error | SupportDocumentResponse]:
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
    body: DocumentUpdate,
    team: str | Unset = UNSET,
) -> Response[Error | SupportDocumentResponse]:
    """Update a document

     Changes a document's name, description, compliance status and notes, validity, tags or
      metadata (camelCase fields); `null` clears a field.

    Args:
        id (str):  Example: doc_Lp8kD3wQ6nZr.
        team (str | Unset):  Example: team_1234567890.
        body (DocumentUpdate): Changes to a document's details; only the fields sent change, and
            `null` clears one. The
            fields are camelCase on the wire.

    Raises:
        errors.APIConnectionError: No response (errors.APITimeoutError when it took longer than the client's timeout).

    Returns:
        Response[Error | SupportDocumentResponse]: every status, parsed when documented.
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
        team=team,
    )

    response = client.request(**kwargs)

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient,
    body: DocumentUpdate,
    team: str | Unset = UNSET,
) -> SupportDocumentResponse:
    """Update a document

     Changes a document's name, description, compliance status and notes, validity, tags or
      metadata (camelCase fields); `null` clears a field.

    Args:
        id (str):  Example: doc_Lp8kD3wQ6nZr.
        team (str | Unset):  Example: team_1234567890.
        body (DocumentUpdate): Changes to a document's details; only the fields sent change, and
            `null` clears one. The
            fields are camelCase on the wire.

    Raises:
        errors.APIConnectionError: No response (errors.APITimeoutError when it took longer than the client's timeout).
        errors.APIStatusError: The API answered with an error; the subclass names it (NotFoundError, RateLimitError...).
        errors.InvalidResponseError: The body is not the JSON the API documents.

    Returns:
        SupportDocumentResponse
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
        team=team,
    )

    response = client.request(**kwargs)

    return cast(
        SupportDocumentResponse, errors.parsed_or_raise(response, _parse_response(client=client, response=response))
    )


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient,
    body: DocumentUpdate,
    team: str | Unset = UNSET,
) -> Response[Error | SupportDocumentResponse]:
    """Update a document

     Changes a document's name, description, compliance status and notes, validity, tags or
      metadata (camelCase fields); `null` clears a field.

    Args:
        id (str):  Example: doc_Lp8kD3wQ6nZr.
        team (str | Unset):  Example: team_1234567890.
        body (DocumentUpdate): Changes to a document's details; only the fields sent change, and
            `null` clears one. The
            fields are camelCase on the wire.

    Raises:
        errors.APIConnectionError: No response (errors.APITimeoutError when it took longer than the client's timeout).

    Returns:
        Response[Error | SupportDocumentResponse]: every status, parsed when documented.
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
        team=team,
    )

    response = await client.arequest(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient,
    body: DocumentUpdate,
    team: str | Unset = UNSET,
) -> SupportDocumentResponse:
    """Update a document

     Changes a document's name, description, compliance status and notes, validity, tags or
      metadata (camelCase fields); `null` clears a field.

    Args:
        id (str):  Example: doc_Lp8kD3wQ6nZr.
        team (str | Unset):  Example: team_1234567890.
        body (DocumentUpdate): Changes to a document's details; only the fields sent change, and
            `null` clears one. The
            fields are camelCase on the wire.

    Raises:
        errors.APIConnectionError: No response (errors.APITimeoutError when it took longer than the client's timeout).
        errors.APIStatusError: The API answered with an error; the subclass names it (NotFoundError, RateLimitError...).
        errors.InvalidResponseError: The body is not the JSON the API documents.

    Returns:
        SupportDocumentResponse
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
        team=team,
    )

    response = await client.arequest(**kwargs)

    return cast(
        SupportDocumentResponse, errors.parsed_or_raise(response, _parse_response(client=client, response=response))
    )
