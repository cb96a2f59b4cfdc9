from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient
from ...models.document_list import DocumentList
from ...models.error_body import Error
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    team: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    document_type: str | Unset = UNSET,
    compliance_status: str | Unset = UNSET,
    entity_type: str | Unset = UNSET,
    entity_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["team"] = team

    params["limit"] = limit

    params["cursor"] = cursor

    params["document_type"] = document_type

    params["compliance_status"] = compliance_status

    params["entity_type"] = entity_type

    params["entity_id"] = entity_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/documents",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient, response: httpx.Response) -> DocumentList | Error | None:
    """The documented model for this status, or None for an undocumented status or a body that does not fit."""
    try:
        if response.status_code == 200:
            response_200 = DocumentList.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient, response: httpx.Response) -> Response[DocumentList | Error]:
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
    cursor: str | Unset = UNSET,
    document_type: str | Unset = UNSET,
    compliance_status: str | Unset = UNSET,
    entity_type: str | Unset = UNSET,
    entity_id: str | Unset = UNSET,
) -> Response[DocumentList | Error]:
    """List documents

     Returns the team's compliance documents for your key's mode one page at a time, optionally
      only one type, compliance status, or the documents linked to one object. The page is nested
      under `data`: pass `data.next_cursor` back as `cursor` while `data.has_more` is true, even
      after an empty page.

    Args:
        team (str | Unset):  Example: team_1234567890.
        limit (int | Unset):  Example: 25.
        cursor (str | Unset):  Example: opaque_cursor_8Kq2.
        document_type (str | Unset):  Example: contract.
        compliance_status (str | Unset):  Example: valid.
        entity_type (str | Unset):  Example: client.
        entity_id (str | Unset):  Example: client_Rk2fP9sLm4Qz.

    Raises:
        errors.APIConnectionError: No response (errors.APITimeoutError when it took longer than the client's timeout).

    Returns:
        Response[DocumentList | Error]: every status, parsed when documented.
    """

    kwargs = _get_kwargs(
        team=team,
        limit=limit,
        cursor=cursor,
        document_type=document_type,
        compliance_status=compliance_status,
        entity_type=entity_type,
        entity_id=entity_id,
    )

    response = client.request(**kwargs)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    team: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    document_type: str | Unset = UNSET,
    compliance_status: str | Unset = UNSET,
    entity_type: str | Unset = UNSET,
    entity_id: str | Unset = UNSET,
) -> DocumentList:
    """List documents

     Returns the team's compliance documents for your key's mode one page at a time, optionally
      only one type, compliance status, or the documents linked to one object. The page is nested
      under `data`: pass `data.next_cursor` back as `cursor` while `data.has_more` is true, even
      after an empty page.

    Args:
        team (str | Unset):  Example: team_1234567890.
        limit (int | Unset):  Example: 25.
        cursor (str | Unset):  Example: opaque_cursor_8Kq2.
        document_type (str | Unset):  Example: contract.
        compliance_status (str | Unset):  Example: valid.
        entity_type (str | Unset):  Example: client.
        entity_id (str | Unset):  Example: client_Rk2fP9sLm4Qz.

    Raises:
        errors.APIConnectionError: No response (errors.APITimeoutError when it took longer than the client's timeout).
        errors.APIStatusError: The API answered with an error; the subclass names it (NotFoundError, RateLimitError...).
        errors.InvalidResponseError: The body is not the JSON the API documents.

    Returns:
        DocumentList
    """

    kwargs = _get_kwargs(
        team=team,
        limit=limit,
        cursor=cursor,
        document_type=document_type,
        compliance_status=compliance_status,
        entity_type=entity_type,
        entity_id=entity_id,
    )

    response = client.request(**kwargs)

    return cast(DocumentList, errors.parsed_or_raise(response, _parse_response(client=client, response=response)))


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    team: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    document_type: str | Unset = UNSET,
    compliance_status: str | Unset = UNSET,
    entity_type: str | Unset = UNSET,
    entity_id: str | Unset = UNSET,
) -> Response[DocumentList | Error]:
    """List documents

     Returns the team's compliance documents for your key's mode one page at a time, optionally
      only one type, compliance status, or the documents linked to one object. The page is nested
      under `data`: pass `data.next_cursor` back as `cursor` while `data.has_more` is true, even
      after an empty page.

    Args:
        team (str | Unset):  Example: team_1234567890.
        limit (int | Unset):  Example: 25.
        cursor (str | Unset):  Example: opaque_cursor_8Kq2.
        document_type (str | Unset):  Example: contract.
        compliance_status (str | Unset):  Example: valid.
        entity_type (str | Unset):  Example: client.
        entity_id (str | Unset):  Example: client_Rk2fP9sLm4Qz.

    Raises:
        errors.APIConnectionError: No response (errors.APITimeoutError when it took longer than the client's timeout).

    Returns:
        Response[DocumentList | Error]: every status, parsed when documented.
    """

    kwargs = _get_kwargs(
        team=team,
        limit=limit,
        cursor=cursor,
        document_type=document_type,
        compliance_status=compliance_status,
        entity_type=entity_type,
        entity_id=entity_id,
    )

    response = await client.arequest(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    team: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    document_type: str | Unset = UNSET,
    compliance_status: str | Unset = UNSET,
    entity_type: str | Unset = UNSET,
    entity_id: str | Unset = UNSET,
) -> DocumentList:
    """List documents

     Returns the team's compliance documents for your key's mode one page at a time, optionally
      only one type, compliance status, or the documents linked to one object. The page is nested
      under `data`: pass `data.next_cursor` back as `cursor` while `data.has_more` is true, even
      after an empty page.

    Args:
        team (str | Unset):  Example: team_1234567890.
        limit (int | Unset):  Example: 25.
        cursor (str | Unset):  Example: opaque_cursor_8Kq2.
        document_type (str | Unset):  Example: contract.
        compliance_status (str | Unset):  Example: valid.
        entity_type (str | Unset):  Example: client.
        entity_id (str | Unset):  Example: client_Rk2fP9sLm4Qz.

    Raises:
        errors.APIConnectionError: No response (errors.APITimeoutError when it took longer than the client's timeout).
        errors.APIStatusError: The API answered with an error; the subclass names it (NotFoundError, RateLimitError...).
        errors.InvalidResponseError: The body is not the JSON the API documents.

    Returns:
        DocumentList
    """

    kwargs = _get_kwargs(
        team=team,
        limit=limit,
        cursor=cursor,
        document_type=document_type,
        compliance_status=compliance_status,
        entity_type=entity_type,
        entity_id=entity_id,
    )

    response = await client.arequest(**kwargs)

    return cast(DocumentList, errors.parsed_or_raise(response, _parse_response(client=client, response=response)))
