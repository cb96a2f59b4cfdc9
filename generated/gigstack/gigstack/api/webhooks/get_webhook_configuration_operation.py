from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient
from ...models.error_body import Error
from ...models.webhook_write_response import WebhookWriteResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    team: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["team"] = team

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/webhooks/configuration-operations/{id}".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient, response: httpx.Response) -> Error | WebhookWriteResponse | None:
    """The documented model for this status, or None for an undocumented status or a body that does not fit."""
    try:
        if response.status_code == 200:
            response_200 = WebhookWriteResponse.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient, response: httpx.Response) -> Response[Error | WebhookWriteResponse]:
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
    team: str | Unset = UNSET,
) -> Response[Error | WebhookWriteResponse]:
    """Get a webhook configuration write by its operation id

     Reads back the outcome of a webhook create, update or delete by the `operation_id` you sent
     with it, without repeating the write. `data` is the webhook as it is now, or `null` when it no
     longer exists; the signing secret is not returned again.

    Args:
        id (str):  Example: 0b9c2f4e-6a1d-4c3b-8e5f-7a9d1c3e5b20.
        team (str | Unset):  Example: team_1234567890.

    Raises:
        errors.APIConnectionError: No response (errors.APITimeoutError when it took longer than the client's timeout).

    Returns:
        Response[Error | WebhookWriteResponse]: every status, parsed when documented.
    """

    kwargs = _get_kwargs(
        id=id,
        team=team,
    )

    response = client.request(**kwargs)

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient,
    team: str | Unset = UNSET,
) -> WebhookWriteResponse:
    """Get a webhook configuration write by its operation id

     Reads back the outcome of a webhook create, update or delete by the `operation_id` you sent
     with it, without repeating the write. `data` is the webhook as it is now, or `null` when it no
     longer exists; the signing secret is not returned again.

    Args:
        id (str):  Example: 0b9c2f4e-6a1d-4c3b-8e5f-7a9d1c3e5b20.
        team (str | Unset):  Example: team_1234567890.

    Raises:
        errors.APIConnectionError: No response (errors.APITimeoutError when it took longer than the client's timeout).
        errors.APIStatusError: The API answered with an error; the subclass names it (NotFoundError, RateLimitError...).
        errors.InvalidResponseError: The body is not the JSON the API documents.

    Returns:
        WebhookWriteResponse
    """

    kwargs = _get_kwargs(
        id=id,
        team=team,
    )

    response = client.request(**kwargs)

    return cast(
        WebhookWriteResponse, errors.parsed_or_raise(response, _parse_response(client=client, response=response))
    )


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient,
    team: str | Unset = UNSET,
) -> Response[Error | WebhookWriteResponse]:
    """Get a webhook configuration write by its operation id

     Reads back the outcome of a webhook create, update or delete by the `operation_id` you sent
     with it, without repeating the write. `data` is the webhook as it is now, or `null` when it no
     longer exists; the signing secret is not returned again.

    Args:
        id (str):  Example: 0b9c2f4e-6a1d-4c3b-8e5f-7a9d1c3e5b20.
        team (str | Unset):  Example: team_1234567890.

    Raises:
        errors.APIConnectionError: No response (errors.APITimeoutError when it took longer than the client's timeout).

    Returns:
        Response[Error | WebhookWriteResponse]: every status, parsed when documented.
    """

    kwargs = _get_kwargs(
        id=id,
        team=team,
    )

    response = await client.arequest(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient,
    team: str | Unset = UNSET,
) -> WebhookWriteResponse:
    """Get a webhook configuration write by its operation id

     Reads back the outcome of a webhook create, update or delete by the `operation_id` you sent
     with it, without repeating the write. `data` is the webhook as it is now, or `null` when it no
     longer exists; the signing secret is not returned again.

    Args:
        id (str):  Example: 0b9c2f4e-6a1d-4c3b-8e5f-7a9d1c3e5b20.
        team (str | Unset):  Example: team_1234567890.

    Raises:
        errors.APIConnectionError: No response (errors.APITimeoutError when it took longer than the client's timeout).
        errors.APIStatusError: The API answered with an error; the subclass names it (NotFoundError, RateLimitError...).
        errors.InvalidResponseError: The body is not the JSON the API documents.

    Returns:
        WebhookWriteResponse
    """

    kwargs = _get_kwargs(
        id=id,
        team=team,
    )

    response = await client.arequest(**kwargs)

    return cast(
        WebhookWriteResponse, errors.parsed_or_raise(response, _parse_response(client=client, response=response))
    )
