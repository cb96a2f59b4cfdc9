"""Errors raised by the gigstack client.

GigstackError
├── ConfigurationError          bad settings, found before any request is sent
├── APIConnectionError          no response: DNS, refused, reset...
│   └── APITimeoutError         no response in time (for a write, the outcome is unknown)
├── APIStatusError              a response that is an error
│   ├── BadRequestError 400, AuthenticationError 401, PermissionDeniedError 403,
│   │   NotFoundError 404, ConflictError 409, UnprocessableEntityError 422,
│   │   RateLimitError 429, InternalServerError 5xx
│   └── InvalidResponseError    a body that is not the JSON the API promises (HTML, empty, cut)
└── PaginationError             the server repeated a cursor while iterating
"""

import json
import re
from collections.abc import Mapping
from typing import Any

import httpx
from httpx_retries import Retry

SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
SAYS_UNSUCCESSFUL = re.compile(rb'"success"\s*:\s*false')


class GigstackError(Exception):
    """Base class of every error this package raises."""


class ConfigurationError(GigstackError, ValueError):
    """The client's settings are unusable (no API key, a plain-http base URL...)."""


class PaginationError(GigstackError):
    """The server answered with a cursor it had already given: iterating would never end."""


class APIConnectionError(GigstackError):
    """The request got no response: the connection failed, was reset or timed out."""

    def __init__(self, message: str, *, method: str, url: str) -> None:
        super().__init__(message)
        self.method = method
        self.url = url


class APITimeoutError(APIConnectionError):
    """No response arrived in time. For a write the server may or may not have acted."""

    def __init__(self, *, method: str, url: str) -> None:
        self.outcome_unknown = method.upper() not in SAFE_METHODS
        advice = (
            " The outcome is unknown: the server may have acted. Check the current state before"
            " repeating, or repeat with the same idempotency key."
            if self.outcome_unknown
            else ""
        )
        super().__init__(f"{method.upper()} {url} timed out.{advice}", method=method, url=url)


class APIStatusError(GigstackError):
    """The API answered with an error (or a 2xx that says `success: false`).

    Attributes:
        status_code: The HTTP status.
        code: The API's machine-readable code (`error.code`, or a snake_case `error`), if any.
        message: What the API said went wrong.
        details: `error.details`: a sentence or a list of field problems, if any.
        body: The parsed JSON body (None when the body is not JSON).
        method, url: The request, as sent (the URL never carries the key).
        headers: The response headers.
    """

    def __init__(
        self,
        message: str,
        *,
        status_code: int,
        method: str,
        url: str,
        headers: Mapping[str, str],
        body: Any = None,
        code: str | None = None,
        details: Any = None,
    ) -> None:
        super().__init__(f"{status_code} {message} ({method.upper()} {url})" + (f" [{code}]" if code else ""))
        self.status_code = status_code
        self.message = message
        self.code = code
        self.details = details
        self.body = body
        self.method = method.upper()
        self.url = url
        self.headers = httpx.Headers(headers)

    @property
    def parsed(self) -> Any:
        """The body as the generated `Error` model, or None when it is not a JSON object."""
        from .models.error_body import Error

        return Error.from_dict(self.body) if isinstance(self.body, dict) else None


class BadRequestError(APIStatusError):
    """400: the request is not valid."""


class AuthenticationError(APIStatusError):
    """401: the API key is missing, malformed or revoked."""


class PermissionDeniedError(APIStatusError):
    """403: the key may not do this (a role, or a Connect team it cannot reach)."""


class NotFoundError(APIStatusError):
    """404: no such object."""


class ConflictError(APIStatusError):
    """409: the request conflicts with the current state."""


class UnprocessableEntityError(APIStatusError):
    """422: understood but refused (e.g. the SAT rejected the document)."""


class RateLimitError(APIStatusError):
    """429: too many requests. `retry_after` is the wait the server asked for, in seconds."""

    @property
    def retry_after(self) -> float | None:
        return parse_retry_after(self.headers.get("retry-after"))


class InternalServerError(APIStatusError):
    """5xx: gigstack failed to process the request."""


class InvalidResponseError(APIStatusError):
    """The body is not the JSON the API promises (an HTML error page, empty or cut short)."""


STATUS_ERRORS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def parse_retry_after(value: str | None) -> float | None:
    """Seconds to wait from a Retry-After header (delay-seconds or an HTTP date), or None."""
    try:
        return Retry().parse_retry_after(value) if value else None
    except ValueError:
        return None


def _describe(body: Any, status_code: int) -> tuple[str, str | None, Any]:
    """(message, code, details) from any error body shape gigstack returns."""
    if not isinstance(body, dict):
        return f"HTTP {status_code}", None, None
    error = body.get("error")
    top_message = body.get("message") if isinstance(body.get("message"), str) else None
    if isinstance(error, dict):
        code = error.get("code") if isinstance(error.get("code"), str) else None
        message = error.get("message") if isinstance(error.get("message"), str) else None
        return message or top_message or f"HTTP {status_code}", code, error.get("details")
    if isinstance(error, str):
        looks_like_code = error.replace("_", "").isalnum() and error.lower() == error and " " not in error
        if looks_like_code:
            return top_message or error, error, None
        return top_message or error, None, error if top_message else None
    return top_message or f"HTTP {status_code}", None, None


def _read_json(response: httpx.Response) -> tuple[bool, Any]:
    try:
        return True, json.loads(response.content)
    except ValueError:
        return False, None


def _context(response: httpx.Response) -> dict[str, Any]:
    return {
        "status_code": response.status_code,
        "method": response.request.method,
        "url": str(response.request.url),
        "headers": response.headers,
    }


def error_from_response(response: httpx.Response) -> APIStatusError:
    """The typed error for a response that is an error."""
    if 300 <= response.status_code < 400:
        location = response.headers.get("location", "")
        return APIStatusError(
            f"Redirect to {location!r} not followed: the key is never sent elsewhere", **_context(response)
        )
    is_json, body = _read_json(response)
    if not is_json:
        kind = (
            "empty" if not response.content else f"not JSON ({response.headers.get('content-type', 'no content type')})"
        )
        return InvalidResponseError(f"The response body is {kind}", **_context(response))
    message, code, details = _describe(body, response.status_code)
    if response.status_code >= 500:
        cls: type[APIStatusError] = InternalServerError
    else:
        cls = STATUS_ERRORS.get(response.status_code, APIStatusError)
    return cls(message, body=body, code=code, details=details, **_context(response))


def parsed_or_raise(response: httpx.Response, parsed: Any) -> Any:
    """`parsed` if the response is a success, else the typed error for it.

    A 2xx that is not JSON, that does not fit the documented schema, or that says
    `success: false` is an error too. The body is decoded again only when one of those is
    possible, so a normal success costs no second JSON parse.
    """
    if not 200 <= response.status_code < 300:
        raise error_from_response(response)
    if parsed is None:
        is_json, body = _read_json(response)
        if not is_json:
            raise error_from_response(response)
        raise InvalidResponseError(
            "The response body does not match the documented schema", body=body, **_context(response)
        )
    if response.headers.get("content-type", "").startswith("text/html"):
        raise error_from_response(response)  # an HTML error page is never a success, not even a file download
    if SAYS_UNSUCCESSFUL.search(response.content):
        is_json, body = _read_json(response)
        if is_json and isinstance(body, dict) and body.get("success") is False:
            raise error_from_response(response)
    return parsed


__all__ = [
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ConfigurationError",
    "ConflictError",
    "GigstackError",
    "InternalServerError",
    "InvalidResponseError",
    "NotFoundError",
    "PaginationError",
    "PermissionDeniedError",
    "RateLimitError",
    "UnprocessableEntityError",
]
