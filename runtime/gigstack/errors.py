"""Errors raised by the gigstack client.

GigstackError
├── ConfigurationError          bad settings, found before any request is sent (also a ValueError)
│   └── ArgumentError           an argument of the wrong kind, before any request (also a TypeError)
├── ClientClosedError           the client was used after close() (also a RuntimeError)
├── APIConnectionError          no (complete) response: DNS, refused, reset, cut body...
│   └── APITimeoutError         no response in time (for a write, the outcome is unknown)
├── APIStatusError              a response that is an error
│   ├── BadRequestError 400, AuthenticationError 401, PermissionDeniedError 403,
│   │   NotFoundError 404, ConflictError 409, UnprocessableEntityError 422,
│   │   RateLimitError 429, InternalServerError 5xx
│   └── InvalidResponseError    a body that is not what the API promises (HTML, empty, cut, corrupt)
├── PaginationError             the server repeated a cursor while iterating
├── ResponseValidationError     a field read from a response has another shape than documented
├── WebhookPayloadError         a webhook body that is not a gigstack event (also a ValueError)
└── WebhookSignatureError       a webhook delivery whose signature does not verify (also a ValueError)

Every error the client raises is a GigstackError; the original exception, when there is one,
is kept as ``__cause__``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from typing import Any

import httpx

SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
# Where gigstack (and the proxies in front of it) put the id of a request; the spec declares X-Request-Id.
REQUEST_ID_HEADERS = ("x-request-id", "request-id")
DETAILS_IN_MESSAGE = 300  # characters of `details` shown in str(error); the whole value stays on .details
_CODE_SHAPE = re.compile(r"^[a-z][a-z0-9_.-]*$")


class GigstackError(Exception):
    """Base class of every error this package raises."""


class ConfigurationError(GigstackError, ValueError):
    """The client's settings or a call's arguments are unusable (no API key, a plain-http base URL...)."""


class ArgumentError(ConfigurationError, TypeError):
    """An argument of the wrong kind, found before any request (also a TypeError and a ValueError)."""


class PaginationError(GigstackError):
    """The server answered with a cursor it had already given (iterating would never end), or there is no next page."""


class ResponseValidationError(GigstackError, ValueError):
    """A field of a response holds another shape than the spec declares (found when the field is read).

    Only that field (or list item) is unreadable: the model's other fields read as usual, and
    `to_dict()` still gives back the value exactly as received.

    Attributes:
        model: The model's class name (`Client`), or None.
        field: The field's Python name, with the index of a list item (`address`, `data[3]`), or None.
        expected: What the spec declares (`an object (Address)`, `a code (TaxSystem)`...), or None.
        actual: The JSON type received (`string`, `number`, `object`, `array`, `boolean`, `missing`), or None.
    """

    def __init__(
        self,
        message: str,
        *,
        model: str | None = None,
        field: str | None = None,
        expected: str | None = None,
        actual: str | None = None,
    ) -> None:
        super().__init__(message)
        self.model = model
        self.field = field
        self.expected = expected
        self.actual = actual


class WebhookPayloadError(GigstackError, ValueError):
    """A webhook body that is not a JSON object with an event name and data."""


class WebhookSignatureError(GigstackError, ValueError):
    """A webhook delivery refused before its body is read: a signature header is missing, it is
    too old or dated in the future, or no signature matches the body with the secret.

    `reason` names the check that failed: `missing_header`, `duplicate_header`, `bad_timestamp`,
    `timestamp_too_old`, `timestamp_in_future`, `no_supported_signature` or `signature_mismatch`.
    The message never holds the secret, a signature or the body.
    """

    reason: str

    def __init__(self, message: str, *, reason: str) -> None:
        self.reason = reason
        super().__init__(message)

    def __reduce__(self) -> tuple[Any, ...]:  # keyword-only `reason` survives pickling
        return (_rebuild_signature_error, (str(self), self.reason))


def _rebuild_signature_error(message: str, reason: str) -> WebhookSignatureError:
    return WebhookSignatureError(message, reason=reason)


class ClientClosedError(GigstackError, RuntimeError):
    """The client was used after close()."""


class APIConnectionError(GigstackError):
    """The request got no complete response: the connection failed, was reset, or the body was cut.

    Attributes:
        method, url: The request (the URL never carries the key).
        outcome_unknown: True when the server may have acted (a write that got no complete answer).
    """

    method: str
    url: str
    outcome_unknown: bool

    def __init__(self, message: str, *, method: str, url: str, outcome_unknown: bool | None = None) -> None:
        self.method = method.upper()
        self.url = url
        self.outcome_unknown = self.method not in SAFE_METHODS if outcome_unknown is None else outcome_unknown
        if self.outcome_unknown:
            message += (
                " The outcome is unknown: the server may have acted. Check the current state before"
                " repeating, or repeat with the same idempotency key."
            )
        super().__init__(message)


class APITimeoutError(APIConnectionError):
    """No response arrived in time. For a write the server may or may not have acted."""

    def __init__(self, *, method: str, url: str, outcome_unknown: bool | None = None) -> None:
        super().__init__(f"{method.upper()} {url} timed out.", method=method, url=url, outcome_unknown=outcome_unknown)


class APIStatusError(GigstackError):
    """The API answered with an error (or a 2xx that says `success: false`).

    Attributes:
        status_code: The HTTP status (any integer, also ones outside the standard list such as 520).
        code: The API's machine-readable code (`error.code`, or a snake_case `error`), if any.
        message: What the API said went wrong.
        details: `error.details`: a sentence or a list of field problems, if any.
        request_id: The id gigstack gave the request (X-Request-Id), for support tickets.
        body: The parsed JSON body (None when the body is not JSON).
        method, url: The request, as sent (the URL never carries the key).
        headers: The response headers.
    """

    status_code: int
    message: str
    code: str | None
    details: Any
    body: Any
    method: str
    url: str
    headers: httpx.Headers
    request_id: str | None

    def __init__(
        self,
        message: str,
        *,
        status_code: int,
        method: str,
        url: str,
        headers: Mapping[str, str] | None = None,
        body: Any = None,
        code: str | None = None,
        details: Any = None,
    ) -> None:
        self.status_code = status_code
        self.message = message
        self.code = code
        self.details = details
        self.body = body
        self.method = method.upper()
        self.url = url
        self.headers = httpx.Headers(headers or {})
        self.request_id = request_id_of(self.headers)
        super().__init__(self._describe())

    def _describe(self) -> str:
        text = f"{self.status_code} {self.message}"
        shown = short_details(self.details)
        if shown and shown not in self.message:
            text += f": {shown}"
        if self.code:
            text += f" [{self.code}]"
        where = f"{self.method} {self.url}"
        if self.request_id:
            where += f", request {self.request_id}"
        return f"{text} ({where})"

    @property
    def parsed(self) -> Any:
        """The body as the generated `Error` model, or None when it is not a JSON object."""
        from importlib import import_module

        if not isinstance(self.body, dict):
            return None
        return import_module(f"{__package__}.models.error_body").Error.from_dict(self.body)


class BadRequestError(APIStatusError):
    """400: the request is not valid."""


class AuthenticationError(APIStatusError):
    """401: the API key is missing, malformed or revoked."""


class PermissionDeniedError(APIStatusError):
    """403: the key may not do this (a role, or a Connect team it cannot reach)."""


class NotFoundError(APIStatusError):
    """404: no such object."""


class ConflictError(APIStatusError):
    """409: the request conflicts with the current state (e.g. an idempotency key reused for another request)."""


class UnprocessableEntityError(APIStatusError):
    """422: understood but refused (e.g. the SAT rejected the document)."""


class RateLimitError(APIStatusError):
    """429 (or any answer with a Retry-After beyond the client's cap): too many requests.

    `retry_after` is the wait the server asked for, in seconds.
    """

    @property
    def retry_after(self) -> float | None:
        return parse_retry_after(self.headers.get("retry-after"))


class InternalServerError(APIStatusError):
    """5xx: gigstack failed to process the request."""


class InvalidResponseError(APIStatusError):
    """The body is not what the API promises: an HTML error page, empty, cut short, corrupt, or another shape."""


STATUS_ERRORS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def request_id_of(headers: Mapping[str, str]) -> str | None:
    for name in REQUEST_ID_HEADERS:
        value = headers.get(name)
        if value:
            return value
    return None


def short_details(details: Any) -> str:
    """`details` as one readable line, shortened when long."""
    if details is None or details == "" or details == [] or details == {}:
        return ""
    if isinstance(details, str):
        text = details
    elif isinstance(details, list) and all(isinstance(item, str) for item in details):
        text = "; ".join(details)
    else:
        text = json.dumps(details, ensure_ascii=False, default=str)
    text = " ".join(text.split())
    return text if len(text) <= DETAILS_IN_MESSAGE else text[: DETAILS_IN_MESSAGE - 1] + "…"


def parse_retry_after(value: str | None) -> float | None:
    """Seconds to wait from a Retry-After header (delay-seconds or an HTTP date), or None."""
    if not value:
        return None
    from httpx_retries import Retry

    try:
        return Retry().parse_retry_after(value)
    except ValueError:
        return None


def describe_body(body: Any, status_code: int) -> tuple[str, str | None, Any]:
    """(message, code, details) from any error body shape gigstack returns."""
    if not isinstance(body, dict):
        return f"HTTP {status_code}", None, None
    error = body.get("error")
    top_message = body.get("message") if isinstance(body.get("message"), str) and body.get("message") else None
    if isinstance(error, dict):
        code = error.get("code") if isinstance(error.get("code"), str) else None
        message = error.get("message") if isinstance(error.get("message"), str) else None
        return message or top_message or f"HTTP {status_code}", code, error.get("details")
    if isinstance(error, str) and error:
        if _CODE_SHAPE.match(error):
            return top_message or error, error, body.get("details")
        return (
            top_message or error,
            body.get("code") if isinstance(body.get("code"), str) else None,
            (error if top_message else body.get("details")),
        )
    code = body.get("code") if isinstance(body.get("code"), str) else None
    return top_message or f"HTTP {status_code}", code, body.get("details")


def _context(response: httpx.Response, url: str | None = None) -> dict[str, Any]:
    return {
        "status_code": response.status_code,
        "method": response.request.method,
        "url": str(response.request.url) if url is None else url,
        "headers": response.headers,
    }


def decode_json(content: bytes) -> tuple[bool, Any]:
    """(True, value) for a JSON body, (False, None) for anything else, pathological nesting included."""
    from . import _json

    try:
        return True, _json.loads(content)
    except (ValueError, RecursionError, UnicodeDecodeError):
        return False, None


def invalid_response(response: httpx.Response, message: str, *, body: Any = None) -> InvalidResponseError:
    return InvalidResponseError(message, body=body, **_context(response))


def error_from_response(
    response: httpx.Response, *, body: Any = None, is_json: bool | None = None, url: str | None = None
) -> APIStatusError:
    """The typed error for a response that is an error (or a 2xx that says `success: false`).

    `url` replaces the request's URL in the error (for a signed link, which must not be shown whole).
    """
    context = _context(response, url)
    if 300 <= response.status_code < 400:
        location = response.headers.get("location", "")
        shown = location.split("?")[0] if url is not None else location
        return APIStatusError(f"Redirect to {shown!r} not followed: the key is never sent elsewhere", **context)
    if is_json is None:
        is_json, body = decode_json(response.content)
    if not is_json:
        if not response.content:
            kind = "empty"
        else:
            kind = f"not JSON ({response.headers.get('content-type', 'no content type')})"
        cls: type[APIStatusError] = InvalidResponseError
        if response.status_code == 429:
            cls = RateLimitError
        return cls(f"The response body is {kind}", **context)
    message, code, details = describe_body(body, response.status_code)
    if response.status_code >= 500:
        cls = InternalServerError
    else:
        cls = STATUS_ERRORS.get(response.status_code, APIStatusError)
    return cls(message, body=body, code=code, details=details, **context)


def says_unsuccessful(body: Any) -> bool:
    return isinstance(body, dict) and body.get("success") is False


__all__ = [
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "ArgumentError",
    "AuthenticationError",
    "BadRequestError",
    "ClientClosedError",
    "ConfigurationError",
    "ConflictError",
    "GigstackError",
    "InternalServerError",
    "InvalidResponseError",
    "NotFoundError",
    "PaginationError",
    "PermissionDeniedError",
    "RateLimitError",
    "ResponseValidationError",
    "UnprocessableEntityError",
    "WebhookPayloadError",
    "WebhookSignatureError",
]
