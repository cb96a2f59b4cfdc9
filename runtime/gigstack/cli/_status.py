"""The command's exit statuses, and how a failure is told on stderr (one line, or one JSON object)."""

from __future__ import annotations

import json
from typing import Any

import click

from ..errors import (
    APIConnectionError,
    APIStatusError,
    AuthenticationError,
    ConfigurationError,
    GigstackError,
    PermissionDeniedError,
)

OK = 0
API_REFUSED = 1  # a 4xx, or a 5xx after the retries; also some rows or invoices of a job failed
BAD_INPUT = 2  # usage or input; nothing was sent
DECLINED = 3  # a confirmation was declined, or needed without a terminal; nothing was sent
KEY_REFUSED = 4  # the API refused the key (401 or 403)
OUTCOME_UNKNOWN = 5  # a write got no complete answer and may have happened
INTERRUPTED = 130

EXIT_STATUS_HELP = (
    "Exit status: 0 done; 1 the API refused (4xx, or 5xx after retries); 2 usage or bad input, nothing"
    " sent; 3 a confirmation was declined or needed without a terminal (--yes); 4 the key was refused"
    " (401/403); 5 outcome unknown (a write may have happened: run it again with the idempotency key"
    " shown); 130 interrupted."
)


class CommandFailed(Exception):
    """A failure the command reports itself: its message and exit status (nothing more to say)."""

    def __init__(self, message: str, status: int, *, code: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.status = status
        self.code = code


def status_of(error: BaseException) -> int:
    if isinstance(error, CommandFailed):
        return error.status
    if isinstance(error, AuthenticationError | PermissionDeniedError):
        return KEY_REFUSED
    if isinstance(error, APIConnectionError):
        return OUTCOME_UNKNOWN if error.outcome_unknown else API_REFUSED
    if isinstance(error, ConfigurationError):
        return BAD_INPUT
    return API_REFUSED


def payload_of(error: BaseException) -> dict[str, Any]:
    """The JSON form of an error: {"error": {status, code, message, request_id, details}}."""
    if isinstance(error, APIStatusError):
        return {
            "error": {
                "status": error.status_code,
                "code": error.code,
                "message": error.message,
                "request_id": error.request_id,
                "details": error.details,
            }
        }
    code = error.code if isinstance(error, CommandFailed) else None
    if code is None:
        code = "outcome_unknown" if status_of(error) == OUTCOME_UNKNOWN else None
    if code is None and isinstance(error, APIConnectionError):
        code = "connection_failed"
    if code is None and isinstance(error, ConfigurationError):
        code = "bad_input"
    message = error.message if isinstance(error, CommandFailed) else str(error)
    return {"error": {"status": None, "code": code, "message": message, "request_id": None, "details": None}}


def tell(error: BaseException, *, as_json: bool, hint: str | None = None) -> int:
    """Write the error to stderr (as JSON too with --format json) and return its exit status."""
    message = error.message if isinstance(error, CommandFailed) else str(error)
    click.echo(f"gigstack: {message}", err=True)
    if hint:
        click.echo(f"gigstack: {hint}", err=True)
    if as_json:
        body = payload_of(error)
        if hint:
            body["error"]["hint"] = hint
        click.echo(json.dumps(body, ensure_ascii=False, default=str), err=True)
    return status_of(error)


__all__ = [
    "API_REFUSED",
    "BAD_INPUT",
    "DECLINED",
    "EXIT_STATUS_HELP",
    "INTERRUPTED",
    "KEY_REFUSED",
    "OK",
    "OUTCOME_UNKNOWN",
    "CommandFailed",
    "GigstackError",
    "payload_of",
    "status_of",
    "tell",
]
