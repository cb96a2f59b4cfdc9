"""The attempts of one call over an httpx client: each reads the whole body before it counts, and the
call's retry policy (_retry.py) decides whether another follows.

The loop lives here, above whatever client sends the request (the package's own pools or one the
program brought, with its own transport), so every request obeys the same rules:

- the body is read inside the attempt: a reset or a stall while it arrives is a failure like one
  before the headers, retried under the same rules;
- a body that cannot be decompressed (corrupt gzip or deflate) is an InvalidResponseError that
  still knows its status, never retried;
- a call may carry a deadline (the client's `deadline`): the time left bounds every step of every
  attempt, and a body still arriving when it passes is a timeout, however quickly each part came.
"""

from __future__ import annotations

import time
from collections.abc import AsyncIterator, Iterator, Mapping
from typing import Any

import httpx
from httpx_retries import Retry

from .errors import InvalidResponseError

DEADLINE = "gigstack.deadline"  # request extension: time.monotonic() by which the call must end


def _apply_deadline(request: httpx.Request) -> float | None:
    """Tighten the request's timeouts to the time left; raise when there is none."""
    deadline = request.extensions.get(DEADLINE)
    if deadline is None:
        return None
    left = deadline - time.monotonic()
    if left <= 0:
        raise httpx.PoolTimeout("The call's deadline passed before this attempt", request=request)
    timeouts: dict[str, Any] = dict(request.extensions.get("timeout") or {})
    for step in ("connect", "read", "write", "pool"):
        current = timeouts.get(step)
        timeouts[step] = left if current is None else min(current, left)
    request.extensions["timeout"] = timeouts
    return float(deadline)


class _DeadlineStream(httpx.SyncByteStream):
    def __init__(self, inner: Any, deadline: float, request: httpx.Request) -> None:
        self._inner, self._deadline, self._request = inner, deadline, request

    def __iter__(self) -> Iterator[bytes]:
        for chunk in self._inner:
            if time.monotonic() > self._deadline:
                raise httpx.ReadTimeout("The call's deadline passed while the body arrived", request=self._request)
            yield chunk

    def close(self) -> None:
        self._inner.close()


class _AsyncDeadlineStream(httpx.AsyncByteStream):
    def __init__(self, inner: Any, deadline: float, request: httpx.Request) -> None:
        self._inner, self._deadline, self._request = inner, deadline, request

    async def __aiter__(self) -> AsyncIterator[bytes]:
        async for chunk in self._inner:
            if time.monotonic() > self._deadline:
                raise httpx.ReadTimeout("The call's deadline passed while the body arrived", request=self._request)
            yield chunk

    async def aclose(self) -> None:
        await self._inner.aclose()


def _decoding_error(response: httpx.Response, request: httpx.Request, error: httpx.DecodingError) -> Exception:
    encoding = response.headers.get("content-encoding", "?")
    return InvalidResponseError(
        f"The response body could not be decoded (Content-Encoding: {encoding}): {error}",
        status_code=response.status_code,
        method=request.method,
        url=str(request.url),
        headers=response.headers,
    )


def attempt(client: httpx.Client, request: httpx.Request, send_args: Mapping[str, Any]) -> httpx.Response:
    """Send once and read the whole body."""
    deadline = _apply_deadline(request)
    response = client.send(request, stream=True, **send_args)
    if deadline is not None:
        response.stream = _DeadlineStream(response.stream, deadline, request)
    try:
        response.read()
    except httpx.DecodingError as error:
        response.close()
        raise _decoding_error(response, request, error) from error
    except BaseException:
        response.close()
        raise
    return response


async def aattempt(client: httpx.AsyncClient, request: httpx.Request, send_args: Mapping[str, Any]) -> httpx.Response:
    """The async twin of attempt()."""
    deadline = _apply_deadline(request)
    response = await client.send(request, stream=True, **send_args)
    if deadline is not None:
        response.stream = _AsyncDeadlineStream(response.stream, deadline, request)
    try:
        await response.aread()
    except httpx.DecodingError as error:
        await response.aclose()
        raise _decoding_error(response, request, error) from error
    except BaseException:
        await response.aclose()
        raise
    return response


def send_with_retries(
    client: httpx.Client, request: httpx.Request, retry: Retry, send_args: Mapping[str, Any]
) -> httpx.Response:
    """Attempts until one answers with a status not worth repeating, or the policy says stop."""
    if not retry.is_retryable_method(request.method):
        return attempt(client, request, send_args)
    while True:
        try:
            response = attempt(client, request, send_args)
        except Exception as error:
            if retry.is_exhausted() or not retry.is_retryable_exception(error):
                raise
            retry = retry.increment()
            retry.sleep(error)
            continue
        if retry.is_exhausted() or not retry.is_retryable_status_code(response.status_code):
            return response
        response.close()
        retry = retry.increment()
        retry.sleep(response)


async def asend_with_retries(
    client: httpx.AsyncClient, request: httpx.Request, retry: Retry, send_args: Mapping[str, Any]
) -> httpx.Response:
    """The async twin of send_with_retries()."""
    if not retry.is_retryable_method(request.method):
        return await aattempt(client, request, send_args)
    while True:
        try:
            response = await aattempt(client, request, send_args)
        except Exception as error:
            if retry.is_exhausted() or not retry.is_retryable_exception(error):
                raise
            retry = retry.increment()
            await retry.asleep(error)
            continue
        if retry.is_exhausted() or not retry.is_retryable_status_code(response.status_code):
            return response
        await response.aclose()
        retry = retry.increment()
        await retry.asleep(response)


__all__ = ["DEADLINE", "asend_with_retries", "attempt", "send_with_retries"]
