"""The request pipeline of every call: per-request options, idempotency keys, the attempts with their
retries (_attempt.py) over the client's pools (_pools.py), typed connection errors and the debug
log line.

It reads the client's settings through `CallSettings`, which `client.AuthenticatedClient`
satisfies; it never imports that class, so the configuration depends on the pipeline and not the
other way round."""

from __future__ import annotations

import logging
import time
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Protocol

import httpx

from ._attempt import DEADLINE, asend_with_retries, send_with_retries
from ._config import logger
from ._pools import ConnectionPools
from ._retry import GigstackRetry, RetryAfterTooLong, policy
from .errors import (
    APIConnectionError,
    APITimeoutError,
    ClientClosedError,
    GigstackError,
    RateLimitError,
)

REDACTED = "[REDACTED]"
ALWAYS_SECRET_HEADERS = frozenset({"authorization", "proxy-authorization", "cookie", "x-internal-api-key"})
# Failures that happen before the request leaves the machine: the server cannot have acted.
NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout, httpx.UnsupportedProtocol)


class CallSettings(Protocol):
    """What the pipeline reads from a client's configuration (client.AuthenticatedClient has it all)."""

    team: str | None
    deadline: float | None
    max_retries: int
    retry_backoff: float
    max_retry_wait: float
    _pools: ConnectionPools

    @property
    def base_url(self) -> str: ...

    @property
    def timeout(self) -> httpx.Timeout: ...

    def extra_headers(self) -> dict[str, str]: ...

    def pool_headers(self) -> dict[str, str]: ...

    def scrub(self, text: str) -> str: ...

    def mentions_key(self, text: str) -> bool: ...

    def redacted(self, headers: Mapping[str, str]) -> dict[str, str]: ...


@dataclass(frozen=True, slots=True)
class RequestOptions:
    """Options of one call; None means "as the client says"."""

    timeout: httpx.Timeout | None = None
    max_retries: int | None = None
    headers: Mapping[str, str] | None = None
    query: Mapping[str, Any] | None = None
    body: Mapping[str, Any] | None = None
    team: str | None = None


# -- building one call ---------------------------------------------------------------------------


def _has_header(headers: Mapping[str, str], name: str) -> bool:
    lowered = name.lower()
    return any(key.lower() == lowered for key in headers)


def prepare(
    api: CallSettings, kwargs: Mapping[str, Any], idempotency: str | None, options: RequestOptions | None
) -> dict[str, Any]:
    """The arguments of httpx's build_request for one call: default team, extra headers, query and
    body, the timeout, and an idempotency key when the operation declares one."""
    call = dict(kwargs)
    params = dict(call.get("params") or {})
    team = options.team if options is not None and options.team else None
    if team:
        params["team"] = team
    elif api.team and "team" not in params:
        params["team"] = api.team  # the client's default Connect team; a per-call team wins
    if options is not None and options.query:
        params.update({k: v for k, v in options.query.items() if v is not None})
    if params:
        call["params"] = params
    else:
        call.pop("params", None)

    # A brought client gets the key with each request (never stored in that client's headers).
    pools = api._pools
    headers: dict[str, str] = {**pools.request_headers, **api.extra_headers(), **dict(call.get("headers") or {})}
    if options is not None and options.headers:
        headers.update(options.headers)

    if options is not None and options.body:
        extra = dict(options.body)
        if call.get("files") is not None:
            call["files"] = [
                *call["files"],
                *((key, (None, str(value).encode(), "text/plain")) for key, value in extra.items()),
            ]
        else:
            body = call.get("json")
            call["json"] = {**body, **extra} if isinstance(body, dict) else extra
            if not _has_header(headers, "content-type"):
                headers["Content-Type"] = "application/json"

    if idempotency is not None:
        import uuid
    if idempotency == "body":
        body = call.get("json")
        if isinstance(body, dict) and not body.get("idempotency_key"):
            call["json"] = {**body, "idempotency_key": str(uuid.uuid4())}
    elif idempotency == "header" and not _has_header(headers, "idempotency-key"):
        headers["Idempotency-Key"] = str(uuid.uuid4())

    # Only what differs from the pool's defaults: httpx merges each one it is given, at a cost.
    if headers:
        call["headers"] = headers
    else:
        call.pop("headers", None)
    timeout = options.timeout if options is not None and options.timeout is not None else api.timeout
    if timeout != pools.timeout:
        call["timeout"] = timeout
    if api.deadline is not None:
        call["extensions"] = {**dict(call.get("extensions") or {}), DEADLINE: time.monotonic() + api.deadline}
    return call


_POLICIES: dict[tuple[str, bool, int, float, float], GigstackRetry] = {}


def retry_of(api: CallSettings, method: str, idempotency: str | None, options: RequestOptions | None) -> GigstackRetry:
    """The call's retry policy. Policies are immutable (each attempt makes a copy), so one is shared
    by every call with the same settings; a fresh one, counting its own retries, when logging."""
    max_retries = api.max_retries if options is None or options.max_retries is None else options.max_retries
    key = (method, idempotency is not None, max_retries, api.retry_backoff, api.max_retry_wait)
    if logger.isEnabledFor(logging.DEBUG):
        return policy(method, idempotent=key[1], max_retries=max_retries, backoff=key[3], max_retry_wait=key[4])
    found = _POLICIES.get(key)
    if found is None:
        found = policy(method, idempotent=key[1], max_retries=max_retries, backoff=key[3], max_retry_wait=key[4])
        if len(_POLICIES) < 256:
            _POLICIES[key] = found
    return found


def _target(api: CallSettings, url: str) -> str:
    """The URL to request: the pool's base URL completes it, but a brought client's is not the API's."""
    return api.base_url + url if api._pools.brought else url


def send(
    api: CallSettings,
    kwargs: Mapping[str, Any],
    *,
    idempotency: str | None = None,
    options: RequestOptions | None = None,
) -> httpx.Response:
    """Send one call (with its retries) and return the response; failures without one raise typed errors."""
    call = prepare(api, kwargs, idempotency, options)
    method = str(call.pop("method")).upper()
    url = call.pop("url")
    retry = retry_of(api, method, idempotency, options)
    started = time.monotonic()
    response: httpx.Response | None = None
    try:
        client = api._pools.sync_client()
        request = client.build_request(method, _target(api, url), **call)
        response = send_with_retries(client, request, retry, api._pools.send_args)
        return response
    except Exception as error:
        raise _typed(error, api, method, url, call) from _cause(error, api)
    finally:
        _log(api, method, url, call, started, response, retry)


async def asend(
    api: CallSettings,
    kwargs: Mapping[str, Any],
    *,
    idempotency: str | None = None,
    options: RequestOptions | None = None,
) -> httpx.Response:
    """The async twin of send()."""
    call = prepare(api, kwargs, idempotency, options)
    method = str(call.pop("method")).upper()
    url = call.pop("url")
    retry = retry_of(api, method, idempotency, options)
    started = time.monotonic()
    response: httpx.Response | None = None
    try:
        client = api._pools.async_client()
        request = client.build_request(method, _target(api, url), **call)
        response = await asend_with_retries(client, request, retry, api._pools.send_args)
        return response
    except Exception as error:
        raise _typed(error, api, method, url, call) from _cause(error, api)
    finally:
        _log(api, method, url, call, started, response, retry)


def _full_url(api: CallSettings, url: str, call: Mapping[str, Any]) -> str:
    try:
        merged = httpx.URL(api.base_url + "/" + str(url).lstrip("/"))
        if call.get("params"):
            merged = merged.copy_merge_params(call["params"])
        return str(merged)
    except Exception:  # noqa: BLE001 - only used for messages
        return f"{api.base_url}{url}"


def _typed(error: Exception, api: CallSettings, method: str, url: str, call: Mapping[str, Any]) -> Exception:
    return typed_failure(error, api, method, _full_url(api, url, call))


def typed_failure(
    error: Exception, api: CallSettings, method: str, where: str, *, hide: str | None = None
) -> Exception:
    """A GigstackError for any failure of a call (never a bare httpx or asyncio exception).

    `where` is the URL as it may be shown; `hide` a text that must not appear (a signed link).
    """
    if isinstance(error, GigstackError):
        return error

    def said(text: str) -> str:
        return api.scrub(text.replace(hide, where) if hide else text)

    if isinstance(error, RetryAfterTooLong):
        from .errors import error_from_response

        typed = error_from_response(error.response)
        return RateLimitError(
            f"The server asked to wait {error.seconds:g} s, beyond the client's cap of {api.max_retry_wait:g} s"
            f" ({typed.message})",
            status_code=error.response.status_code,
            method=method,
            url=where,
            headers=error.response.headers,
            body=typed.body,
            code=typed.code,
            details=typed.details,
        )
    not_sent = isinstance(error, NOT_SENT)
    if isinstance(error, httpx.TimeoutException):
        return APITimeoutError(method=method, url=where, outcome_unknown=False if not_sent else None)
    if isinstance(error, httpx.HTTPError):
        text = said(f"{type(error).__name__}: {error}")
        return APIConnectionError(
            f"{method} {where} failed: {text}.", method=method, url=where, outcome_unknown=False if not_sent else None
        )
    if isinstance(error, RuntimeError) and ("closed" in str(error) or "Event loop" in str(error)):
        return ClientClosedError(
            f"{method} {where} could not be sent: {said(str(error)).rstrip('.')}. A closed client cannot be reused."
        )
    return APIConnectionError(
        f"{method} {where} failed: {type(error).__name__}: {said(str(error))}.",
        method=method,
        url=where,
        outcome_unknown=False if isinstance(error, (ValueError, TypeError)) else None,
    )


def _cause(error: Exception, api: CallSettings) -> Exception | None:
    """Keep the original as __cause__, unless its text holds the key (then it stays out of tracebacks)."""
    return None if api.mentions_key(str(error)) or api.mentions_key(repr(getattr(error, "args", ""))) else error


def _log(
    api: CallSettings,
    method: str,
    url: str,
    call: Mapping[str, Any],
    started: float,
    response: httpx.Response | None,
    retry: GigstackRetry,
) -> None:
    if not logger.isEnabledFor(logging.DEBUG):
        return
    elapsed_ms = (time.monotonic() - started) * 1000
    retries = retry.attempts.retries
    outcome = str(response.status_code) if response is not None else "failed"
    sent = {**api.pool_headers(), **dict(call.get("headers") or {})}
    headers = api.redacted({name.lower(): value for name, value in sent.items()})
    logger.debug(
        "%s %s -> %s in %.0f ms, %d retries, headers=%s",
        method,
        _full_url(api, url, call),
        outcome,
        elapsed_ms,
        retries,
        headers,
    )


__all__ = ["CallSettings", "RequestOptions", "asend", "send", "typed_failure"]
