"""Sending a request: the shared connection pools, per-request options, idempotency keys, retries,
typed connection errors and the debug log line."""

from __future__ import annotations

import asyncio
import logging
import threading
import time
import uuid
import weakref
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import httpx
from httpx_retries import aretry_request, retry_request

from ._config import logger
from ._retry import Attempts, GigstackRetry, RetryAfterTooLong, policy
from ._transport import AsyncBufferingTransport, BufferingTransport
from .errors import (
    APIConnectionError,
    APITimeoutError,
    ClientClosedError,
    GigstackError,
    RateLimitError,
)

if TYPE_CHECKING:
    from .client import AuthenticatedClient

REDACTED = "[REDACTED]"
ALWAYS_SECRET_HEADERS = frozenset({"authorization", "proxy-authorization", "cookie", "x-internal-api-key"})
# Failures that happen before the request leaves the machine: the server cannot have acted.
NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout, httpx.UnsupportedProtocol)


@dataclass(frozen=True, slots=True)
class RequestOptions:
    """Options of one call; None means "as the client says"."""

    timeout: httpx.Timeout | None = None
    max_retries: int | None = None
    headers: Mapping[str, str] | None = None
    query: Mapping[str, Any] | None = None
    body: Mapping[str, Any] | None = None
    team: str | None = None


class ConnectionPools:
    """The httpx clients (one sync, one async per event loop) shared by a client and its copies.

    Built on first use under a lock, so threads sharing one client share one pool; close() closes
    them all.
    """

    def __init__(
        self,
        *,
        base_url: str,
        headers: Mapping[str, str],
        timeout: httpx.Timeout,
        verify: Any,
        httpx_args: Mapping[str, Any],
    ) -> None:
        self._base_url = base_url
        self._timeout = timeout
        self._headers = dict(headers)
        self._verify = verify
        self._httpx_args = dict(httpx_args)
        self._lock = threading.Lock()
        self._sync: httpx.Client | None = None
        # One async pool per event loop (a pool cannot outlive its loop), with the keeper that closes it.
        self._async: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, tuple[httpx.AsyncClient, Any]] = (
            weakref.WeakKeyDictionary()
        )
        self.closed = False

    def _args(self) -> dict[str, Any]:
        args = dict(self._httpx_args)
        args.pop("transport", None)
        return {
            "base_url": self._base_url,
            "headers": self._headers,
            "timeout": self._timeout,
            "follow_redirects": False,
            **args,
        }

    def sync_client(self) -> httpx.Client:
        client = self._sync
        if client is not None:
            return client
        with self._lock:
            if self.closed:
                raise ClientClosedError("The gigstack client is closed; create a new one")
            if self._sync is None:
                inner = self._httpx_args.get("transport") or httpx.HTTPTransport(verify=self._verify)
                self._sync = httpx.Client(transport=BufferingTransport(inner), **self._args())
            return self._sync

    def async_client(self) -> httpx.AsyncClient:
        loop = asyncio.get_running_loop()
        entry = self._async.get(loop)
        if entry is not None:
            return entry[0]
        with self._lock:
            if self.closed:
                raise ClientClosedError("The gigstack client is closed; create a new one")
            entry = self._async.get(loop)
            if entry is None:
                inner = self._httpx_args.get("transport") or httpx.AsyncHTTPTransport(verify=self._verify)
                client = httpx.AsyncClient(transport=AsyncBufferingTransport(inner), **self._args())
                entry = self._async[loop] = (client, _closed_with_loop(client))
            return entry[0]

    def set_sync_client(self, client: httpx.Client) -> None:
        with self._lock:
            self._sync = client

    def set_async_client(self, client: httpx.AsyncClient) -> None:
        with self._lock:
            self._async[asyncio.get_running_loop()] = (client, _closed_with_loop(client))

    def close(self) -> None:
        with self._lock:
            self.closed = True
            client, self._sync = self._sync, None
        if client is not None:
            client.close()

    async def aclose(self) -> None:
        with self._lock:
            self.closed = True
            loop = asyncio.get_running_loop()
            entry = self._async.pop(loop, None)
            sync, self._sync = self._sync, None
        if entry is not None:
            await entry[0].aclose()
        if sync is not None:
            sync.close()


def _closed_with_loop(client: httpx.AsyncClient) -> Any:
    """Close the pool when asyncio.run() finishes its loop, so no socket outlives its loop.

    asyncio.run() closes every started async generator of its loop before closing the loop; the
    cleanup of this one closes the pool. Returns the generator, which the caller keeps.
    """

    async def keeper() -> Any:
        try:
            yield None
        finally:
            if not client.is_closed:
                await client.aclose()

    generator = keeper()
    try:
        generator.asend(None).send(None)  # start it: the running loop now tracks it
    except StopIteration:
        pass
    return generator


# -- building one call ---------------------------------------------------------------------------


def _has_header(headers: Mapping[str, str], name: str) -> bool:
    lowered = name.lower()
    return any(key.lower() == lowered for key in headers)


def prepare(
    api: AuthenticatedClient, kwargs: Mapping[str, Any], idempotency: str | None, options: RequestOptions | None
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

    headers: dict[str, str] = {**api.extra_headers(), **dict(call.get("headers") or {})}
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

    if idempotency == "body":
        body = call.get("json")
        if isinstance(body, dict) and not body.get("idempotency_key"):
            call["json"] = {**body, "idempotency_key": str(uuid.uuid4())}
    elif idempotency == "header" and not _has_header(headers, "idempotency-key"):
        headers["Idempotency-Key"] = str(uuid.uuid4())

    call["headers"] = headers
    call["timeout"] = options.timeout if options is not None and options.timeout is not None else api.timeout
    return call


def retry_of(
    api: AuthenticatedClient, method: str, idempotency: str | None, options: RequestOptions | None
) -> GigstackRetry:
    max_retries = api.max_retries if options is None or options.max_retries is None else options.max_retries
    return policy(
        method,
        idempotent=idempotency is not None,
        max_retries=max_retries,
        backoff=api.retry_backoff,
        max_retry_wait=api.max_retry_wait,
    )


def send(
    api: AuthenticatedClient,
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
        response = retry_request(api.get_httpx_client(), method, url, retry=retry, **call)
        return response
    except Exception as error:
        raise _typed(error, api, method, url, call) from _cause(error, api)
    finally:
        _log(api, method, url, call, started, response, retry)


async def asend(
    api: AuthenticatedClient,
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
        response = await aretry_request(api.get_async_httpx_client(), method, url, retry=retry, **call)
        return response
    except Exception as error:
        raise _typed(error, api, method, url, call) from _cause(error, api)
    finally:
        _log(api, method, url, call, started, response, retry)


def _full_url(api: AuthenticatedClient, url: str, call: Mapping[str, Any]) -> str:
    try:
        merged = httpx.URL(api.base_url + "/" + str(url).lstrip("/"))
        if call.get("params"):
            merged = merged.copy_merge_params(call["params"])
        return str(merged)
    except Exception:  # noqa: BLE001 - only used for messages
        return f"{api.base_url}{url}"


def _typed(error: Exception, api: AuthenticatedClient, method: str, url: str, call: Mapping[str, Any]) -> Exception:
    """A GigstackError for any failure of a call (never a bare httpx or asyncio exception)."""
    if isinstance(error, GigstackError):
        return error
    where = _full_url(api, url, call)
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
        text = api.scrub(f"{type(error).__name__}: {error}")
        return APIConnectionError(
            f"{method} {where} failed: {text}.", method=method, url=where, outcome_unknown=False if not_sent else None
        )
    if isinstance(error, RuntimeError) and ("closed" in str(error) or "Event loop" in str(error)):
        return ClientClosedError(
            f"{method} {where} could not be sent: {api.scrub(str(error))}. A closed client cannot be reused."
        )
    return APIConnectionError(
        f"{method} {where} failed: {type(error).__name__}: {api.scrub(str(error))}.",
        method=method,
        url=where,
        outcome_unknown=False if isinstance(error, (ValueError, TypeError)) else None,
    )


def _cause(error: Exception, api: AuthenticatedClient) -> Exception | None:
    """Keep the original as __cause__, unless its text holds the key (then it stays out of tracebacks)."""
    return None if api.mentions_key(str(error)) or api.mentions_key(repr(getattr(error, "args", ""))) else error


def _log(
    api: AuthenticatedClient,
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
    final = response.extensions.get("retry") if response is not None else None
    retries = max(retry.attempts.retries, getattr(final, "attempts_made", 0))
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


__all__ = ["Attempts", "ConnectionPools", "RequestOptions", "asend", "send"]
