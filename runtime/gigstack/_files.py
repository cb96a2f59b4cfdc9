"""Downloading a file from a link the API returned (an invoice's PDF or XML).

The link is signed: it opens without the API key, so the key (or any header of the client's) is
never sent to the file host. A client that was given `http_client=` fetches it through that
client too (its proxies and transport apply), still without the key. It is fetched with the client's timeouts, retries and logging, over
https only (plain http only to a loopback address, as for the API), and it never appears whole in
a message or a log line (the query, where the signature lives, is left out).
"""

from __future__ import annotations

import hashlib
import logging
import os
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit, urlunsplit

import httpx

from ._attempt import asend_with_retries, send_with_retries
from ._config import is_loopback, logger
from ._http import typed_failure
from ._retry import GigstackRetry, policy
from .errors import ArgumentError, GigstackError, InvalidResponseError, error_from_response, invalid_response

if TYPE_CHECKING:
    from ._http import RequestOptions
    from ._resource import RawResponse
    from .client import AuthenticatedClient


def shown(url: str) -> str:
    """The link as it may be shown: without its query and fragment (the signature)."""
    try:
        parts = urlsplit(url)
        return urlunsplit((parts.scheme, parts.netloc, parts.path, "", ""))
    except ValueError:
        return "(a link)"


def checked_choice(name: str, value: object, choices: tuple[str, ...]) -> str:
    """One of `choices` (a plain string or the enum member), or ArgumentError before any request."""
    chosen = getattr(value, "value", value)
    if not isinstance(chosen, str) or chosen not in choices:
        raise ArgumentError(f"{name} must be one of {', '.join(choices)}, not {value!r}")
    return chosen


def file_link(links: RawResponse[Any], field: str) -> str:
    """The `field` link of a links response, if it is one the client may fetch."""
    return checked_link(links.http_response, getattr(links.parse(), field, None), field)


def link_problem(url: object, field: str) -> str | None:
    """Why `url` is not a link the client may fetch (https, or http to loopback), or None."""
    if not isinstance(url, str) or not url.strip():
        return f"The response has no {field} link (not generated yet?)"
    try:
        parts = urlsplit(url.strip())
        host = parts.hostname or ""
    except ValueError:
        return f"The {field} link is not a URL"
    if parts.scheme != "https" and not (parts.scheme == "http" and is_loopback(host)):
        return f"The {field} link is not https ({shown(url)}); not fetched"
    return None


def checked_link(response: httpx.Response, url: object, field: str) -> str:
    """`url` (the `field` link of `response`) if it is a link the client may fetch: https, or http to loopback."""
    problem = link_problem(url, field)
    if problem is not None:
        raise invalid_response(response, problem)
    assert isinstance(url, str)
    return url.strip()


def _retry(api: AuthenticatedClient, options: RequestOptions | None) -> GigstackRetry:
    max_retries = api.max_retries if options is None or options.max_retries is None else options.max_retries
    return policy(
        "GET", idempotent=False, max_retries=max_retries, backoff=api.retry_backoff, max_retry_wait=api.max_retry_wait
    )


def _timeout(api: AuthenticatedClient, options: RequestOptions | None) -> httpx.Timeout:
    return options.timeout if options is not None and options.timeout is not None else api.timeout


def _checked(response: httpx.Response, url: str) -> bytes:
    if not 200 <= response.status_code < 300:
        raise error_from_response(response, url=shown(url))
    if response.headers.get("content-type", "").startswith("text/html"):
        raise InvalidResponseError(
            "The file host answered with an HTML page, not the file",
            status_code=response.status_code,
            method="GET",
            url=shown(url),
            headers=response.headers,
        )
    return response.content


def _typed(error: Exception, url: str, api: AuthenticatedClient) -> Exception:
    return typed_failure(error, api, "GET", shown(url), hide=url)


def _log(url: str, started: float, response: httpx.Response | None, retry: GigstackRetry) -> None:
    if logger.isEnabledFor(logging.DEBUG):
        outcome = str(response.status_code) if response is not None else "failed"
        elapsed_ms = (time.monotonic() - started) * 1000
        logger.debug(
            "GET %s (file) -> %s in %.0f ms, %d retries", shown(url), outcome, elapsed_ms, retry.attempts.retries
        )


def download(api: AuthenticatedClient, url: str, options: RequestOptions | None = None) -> bytes:
    """The bytes behind a signed link, fetched without any of the client's headers."""
    retry = _retry(api, options)
    started = time.monotonic()
    response: httpx.Response | None = None
    try:
        client = api.files_httpx_client()
        request = client.build_request("GET", url, timeout=_timeout(api, options))
        response = send_with_retries(client, request, retry, api._pools.send_args)
    except Exception as error:
        raise _typed(error, url, api) from None
    finally:
        _log(url, started, response, retry)
    return _checked(response, url)


def download_to(api: AuthenticatedClient, url: str, target: Path, chunk: int = 1 << 16) -> tuple[str, int]:
    """Stream the file behind a signed link into `target`, never whole in memory (a PDF may weigh
    hundreds of megabytes); (its sha256, its size). One attempt: the caller retries with a fresh
    link. `target` is a temporary name the caller renames once the file is checked."""
    retry = _retry(api, None)
    started = time.monotonic()
    response: httpx.Response | None = None
    digest = hashlib.sha256()
    size = 0
    try:
        client = api.files_httpx_client()
        request = client.build_request("GET", url, timeout=api.timeout)
        response = client.send(request, stream=True, **api._pools.send_args)
        try:
            if not 200 <= response.status_code < 300 or response.headers.get("content-type", "").startswith(
                "text/html"
            ):
                response.read()
                _checked(response, url)
            with target.open("wb") as stream:
                for part in response.iter_bytes(chunk):
                    stream.write(part)
                    digest.update(part)
                    size += len(part)
                stream.flush()
                os.fsync(stream.fileno())
        finally:
            response.close()
    except (GigstackError, OSError):
        raise  # typed already; or the disk's, which the caller tells
    except Exception as error:
        raise _typed(error, url, api) from None
    finally:
        _log(url, started, response, retry)
    return digest.hexdigest(), size


async def adownload(api: AuthenticatedClient, url: str, options: RequestOptions | None = None) -> bytes:
    """The async twin of download()."""
    retry = _retry(api, options)
    started = time.monotonic()
    response: httpx.Response | None = None
    try:
        client = api.files_async_httpx_client()
        request = client.build_request("GET", url, timeout=_timeout(api, options))
        response = await asend_with_retries(client, request, retry, api._pools.send_args)
    except Exception as error:
        raise _typed(error, url, api) from None
    finally:
        _log(url, started, response, retry)
    return _checked(response, url)


__all__ = ["adownload", "checked_choice", "download", "download_to", "file_link", "link_problem", "shown"]
