from http import HTTPStatus
from typing import Any, cast
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient
from ...models.error_body import Error
from ...models.signup_request import SignupRequest
from ...models.signup_result import SignupResult
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: SignupRequest,
    team: str | Unset = UNSET,
    idempotency_key: UUID,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["Idempotency-Key"] = idempotency_key

    params: dict[str, Any] = {}

    params["team"] = team

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/auth/signup",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient, response: httpx.Response) -> Error | SignupResult | None:
    """The documented model for this status, or None for an undocumented status or a body that does not fit."""
    try:
        if response.status_code == 200:
            response_200 = SignupResult.from_dict(response.json())

            return response_200

        if response.status_code == 400:
            response_400 = Error.from_dict(response.json())

            return response_400

        if response.status_code == 401:
            response_401 = Error.from_dict(response.json())

            return response_401

        if response.status_code == 402:
            response_402 = Error.from_dict(response.json())

            return response_402

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


def _build_response(*, client: AuthenticatedClient, response: httpx.Response) -> Response[Error | SignupResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: SignupRequest,
    team: str | Unset = UNSET,
    idempotency_key: UUID,
) -> Response[Error | SignupResult]:
    """Create an account (partner signup)

     Creates a gigstack account without the web sign-up: user, team, billing account and, for a
    paid plan, its subscription, and returns the new account's API keys. Authenticate with
    your partner key (`X-Internal-API-Key`, set it with
    `api.with_headers({"X-Internal-API-Key": key})`) or a bearer key. `Idempotency-Key` (a
    UUID v4) is required: repeating a request with the same key returns the first answer
    instead of creating a second account. The answer is not wrapped in `{message, data}`, and
    its API keys are secrets shown once.

    Args:
        team (str | Unset):  Example: team_1234567890.
        idempotency_key (UUID):  Example: 6f1c2a8e-3d4b-4c5a-9e7f-0a1b2c3d4e5f.
        body (SignupRequest): A new gigstack account created by a partner: user, team, billing
            account and, for paid
            plans, a Stripe subscription. `plan_id: free` activates at once without payment; a paid
            plan
            needs `stripe_payment_method`. The RFC may be the generic `XAXX010101000` until the
            customer
            uploads their own.

    Raises:
        errors.APIConnectionError: No response (errors.APITimeoutError when it took longer than the client's timeout).

    Returns:
        Response[Error | SignupResult]: every status, parsed when documented.
    """

    kwargs = _get_kwargs(
        body=body,
        team=team,
        idempotency_key=idempotency_key,
    )

    response = client.request(**kwargs)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: SignupRequest,
    team: str | Unset = UNSET,
    idempotency_key: UUID,
) -> SignupResult:
    """Create an account (partner signup)

     Creates a gigstack account without the web sign-up: user, team, billing account and, for a
    paid plan, its subscription, and returns the new account's API keys. Authenticate with
    your partner key (`X-Internal-API-Key`, set it with
    `api.with_headers({"X-Internal-API-Key": key})`) or a bearer key. `Idempotency-Key` (a
    UUID v4) is required: repeating a request with the same key returns the first answer
    instead of creating a second account. The answer is not wrapped in `{message, data}`, and
    its API keys are secrets shown once.

    Args:
        team (str | Unset):  Example: team_1234567890.
        idempotency_key (UUID):  Example: 6f1c2a8e-3d4b-4c5a-9e7f-0a1b2c3d4e5f.
        body (SignupRequest): A new gigstack account created by a partner: user, team, billing
            account and, for paid
            plans, a Stripe subscription. `plan_id: free` activates at once without payment; a paid
            plan
            needs `stripe_payment_method`. The RFC may be the generic `XAXX010101000` until the
            customer
            uploads their own.

    Raises:
        errors.APIConnectionError: No response (errors.APITimeoutError when it took longer than the client's timeout).
        errors.APIStatusError: The API answered with an error; the subclass names it (NotFoundError, RateLimitError...).
        errors.InvalidResponseError: The body is not the JSON the API documents.

    Returns:
        SignupResult
    """

    kwargs = _get_kwargs(
        body=body,
        team=team,
        idempotency_key=idempotency_key,
    )

    response = client.request(**kwargs)

    return cast(SignupResult, errors.parsed_or_raise(response, _parse_response(client=client, response=response)))


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: SignupRequest,
    team: str | Unset = UNSET,
    idempotency_key: UUID,
) -> Response[Error | SignupResult]:
    """Create an account (partner signup)

     Creates a gigstack account without the web sign-up: user, team, billing account and, for a
    paid plan, its subscription, and returns the new account's API keys. Authenticate with
    your partner key (`X-Internal-API-Key`, set it with
    `api.with_headers({"X-Internal-API-Key": key})`) or a bearer key. `Idempotency-Key` (a
    UUID v4) is required: repeating a request with the same key returns the first answer
    instead of creating a second account. The answer is not wrapped in `{message, data}`, and
    its API keys are secrets shown once.

    Args:
        team (str | Unset):  Example: team_1234567890.
        idempotency_key (UUID):  Example: 6f1c2a8e-3d4b-4c5a-9e7f-0a1b2c3d4e5f.
        body (SignupRequest): A new gigstack account created by a partner: user, team, billing
            account and, for paid
            plans, a Stripe subscription. `plan_id: free` activates at once without payment; a paid
            plan
            needs `stripe_payment_method`. The RFC may be the generic `XAXX010101000` until the
            customer
            uploads their own.

    Raises:
        errors.APIConnectionError: No response (errors.APITimeoutError when it took longer than the client's timeout).

    Returns:
        Response[Error | SignupResult]: every status, parsed when documented.
    """

    kwargs = _get_kwargs(
        body=body,
        team=team,
        idempotency_key=idempotency_key,
    )

    response = await client.arequest(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: SignupRequest,
    team: str | Unset = UNSET,
    idempotency_key: UUID,
) -> SignupResult:
    """Create an account (partner signup)

     Creates a gigstack account without the web sign-up: user, team, billing account and, for a
    paid plan, its subscription, and returns the new account's API keys. Authenticate with
    your partner key (`X-Internal-API-Key`, set it with
    `api.with_headers({"X-Internal-API-Key": key})`) or a bearer key. `Idempotency-Key` (a
    UUID v4) is required: repeating a request with the same key returns the first answer
    instead of creating a second account. The answer is not wrapped in `{message, data}`, and
    its API keys are secrets shown once.

    Args:
        team (str | Unset):  Example: team_1234567890.
        idempotency_key (UUID):  Example: 6f1c2a8e-3d4b-4c5a-9e7f-0a1b2c3d4e5f.
        body (SignupRequest): A new gigstack account created by a partner: user, team, billing
            account and, for paid
            plans, a Stripe subscription. `plan_id: free` activates at once without payment; a paid
            plan
            needs `stripe_payment_method`. The RFC may be the generic `XAXX010101000` until the
            customer
            uploads their own.

    Raises:
        errors.APIConnectionError: No response (errors.APITimeoutError when it took longer than the client's timeout).
        errors.APIStatusError: The API answered with an error; the subclass names it (NotFoundError, RateLimitError...).
        errors.InvalidResponseError: The body is not the JSON the API documents.

    Returns:
        SignupResult
    """

    kwargs = _get_kwargs(
        body=body,
        team=team,
        idempotency_key=idempotency_key,
    )

    response = await client.arequest(**kwargs)

    return cast(SignupResult, errors.parsed_or_raise(response, _parse_response(client=client, response=response)))
