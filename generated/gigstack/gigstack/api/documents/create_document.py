from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient
from ...models.document_registration import DocumentRegistration
from ...models.error_body import Error
from ...models.support_document_response import SupportDocumentResponse
from ...models.support_document_upload import SupportDocumentUpload
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: DocumentRegistration | SupportDocumentUpload | Unset = UNSET,
    team: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["team"] = team

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/documents",
        "params": params,
    }

    if isinstance(body, DocumentRegistration):
        _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
    if isinstance(body, SupportDocumentUpload):
        _kwargs["files"] = body.to_multipart()

        headers["Content-Type"] = "multipart/form-data; boundary=+++"

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
    *,
    client: AuthenticatedClient,
    body: DocumentRegistration | SupportDocumentUpload | Unset = UNSET,
    team: str | Unset = UNSET,
) -> Response[Error | SupportDocumentResponse]:
    """Add a document

     Adds a compliance document, in one of two ways: upload the file itself as
      multipart/form-data (`file`, `documentType`, `name`, `description`), or register, as JSON, a
      file already stored in the team's storage for your key's mode (`fileUrl`, `storagePath`,
      `fileName` and the camelCase details). The document is not analysed automatically.

    Args:
        team (str | Unset):  Example: team_1234567890.
        body (DocumentRegistration): A file already stored in the team's storage (for the mode of
            your key), registered as a
            document. The fields are camelCase on the wire. To send the file itself, use the multipart
            form instead. `fileUrl` is a private link: it is left out of the model's repr().
        body (SupportDocumentUpload): A support document to attach (multipart/form-data).

    Raises:
        errors.APIConnectionError: No response (errors.APITimeoutError when it took longer than the client's timeout).

    Returns:
        Response[Error | SupportDocumentResponse]: every status, parsed when documented.
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
    body: DocumentRegistration | SupportDocumentUpload | Unset = UNSET,
    team: str | Unset = UNSET,
) -> SupportDocumentResponse:
    """Add a document

     Adds a compliance document, in one of two ways: upload the file itself as
      multipart/form-data (`file`, `documentType`, `name`, `description`), or register, as JSON, a
      file already stored in the team's storage for your key's mode (`fileUrl`, `storagePath`,
      `fileName` and the camelCase details). The document is not analysed automatically.

    Args:
        team (str | Unset):  Example: team_1234567890.
        body (DocumentRegistration): A file already stored in the team's storage (for the mode of
            your key), registered as a
            document. The fields are camelCase on the wire. To send the file itself, use the multipart
            form instead. `fileUrl` is a private link: it is left out of the model's repr().
        body (SupportDocumentUpload): A support document to attach (multipart/form-data).

    Raises:
        errors.APIConnectionError: No response (errors.APITimeoutError when it took longer than the client's timeout).
        errors.APIStatusError: The API answered with an error; the subclass names it (NotFoundError, RateLimitError...).
        errors.InvalidResponseError: The body is not the JSON the API documents.

    Returns:
        SupportDocumentResponse
    """

    kwargs = _get_kwargs(
        body=body,
        team=team,
    )

    response = client.request(**kwargs)

    return cast(
        SupportDocumentResponse, errors.parsed_or_raise(response, _parse_response(client=client, response=response))
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: DocumentRegistration | SupportDocumentUpload | Unset = UNSET,
    team: str | Unset = UNSET,
) -> Response[Error | SupportDocumentResponse]:
    """Add a document

     Adds a compliance document, in one of two ways: upload the file itself as
      multipart/form-data (`file`, `documentType`, `name`, `description`), or register, as JSON, a
      file already stored in the team's storage for your key's mode (`fileUrl`, `storagePath`,
      `fileName` and the camelCase details). The document is not analysed automatically.

    Args:
        team (str | Unset):  Example: team_1234567890.
        body (DocumentRegistration): A file already stored in the team's storage (for the mode of
            your key), registered as a
            document. The fields are camelCase on the wire. To send the file itself, use the multipart
            form instead. `fileUrl` is a private link: it is left out of the model's repr().
        body (SupportDocumentUpload): A support document to attach (multipart/form-data).

    Raises:
        errors.APIConnectionError: No response (errors.APITimeoutError when it took longer than the client's timeout).

    Returns:
        Response[Error | SupportDocumentResponse]: every status, parsed when documented.
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
    body: DocumentRegistration | SupportDocumentUpload | Unset = UNSET,
    team: str | Unset = UNSET,
) -> SupportDocumentResponse:
    """Add a document

     Adds a compliance document, in one of two ways: upload the file itself as
      multipart/form-data (`file`, `documentType`, `name`, `description`), or register, as JSON, a
      file already stored in the team's storage for your key's mode (`fileUrl`, `storagePath`,
      `fileName` and the camelCase details). The document is not analysed automatically.

    Args:
        team (str | Unset):  Example: team_1234567890.
        body (DocumentRegistration): A file already stored in the team's storage (for the mode of
            your key), registered as a
            document. The fields are camelCase on the wire. To send the file itself, use the multipart
            form instead. `fileUrl` is a private link: it is left out of the model's repr().
        body (SupportDocumentUpload): A support document to attach (multipart/form-data).

    Raises:
        errors.APIConnectionError: No response (errors.APITimeoutError when it took longer than the client's timeout).
        errors.APIStatusError: The API answered with an error; the subclass names it (NotFoundError, RateLimitError...).
        errors.InvalidResponseError: The body is not the JSON the API documents.

    Returns:
        SupportDocumentResponse
    """

    kwargs = _get_kwargs(
        body=body,
        team=team,
    )

    response = await client.arequest(**kwargs)

    return cast(
        SupportDocumentResponse, errors.parsed_or_raise(response, _parse_response(client=client, response=response))
    )
