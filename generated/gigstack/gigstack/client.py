"""The HTTP client for the gigstack API."""

import json
import logging
import os
import ssl
import time
from typing import Any, Self
from urllib.parse import urlsplit

import httpx
from attrs import define, evolve, field
from httpx_retries import Retry, RetryTransport

from .errors import APIConnectionError, APITimeoutError, ConfigurationError

DEFAULT_BASE_URL = "https://api.gigstack.io/v2"
DEFAULT_TIMEOUT_SECONDS = 30.0
CONNECT_TIMEOUT_SECONDS = 5.0
DEFAULT_MAX_RETRIES = 2
LOOPBACK_HOSTS = frozenset({"localhost", "127.0.0.1", "::1"})

logger = logging.getLogger("gigstack")


def checked_base_url(url: str) -> str:
    """The base URL without a trailing slash, if it is safe to send the key to.

    https only, except plain http to a loopback address (a local mock server); no user info,
    query or fragment.
    """
    parts = urlsplit(url)
    loopback = (parts.hostname or "") in LOOPBACK_HOSTS or (parts.hostname or "").startswith("127.")
    if parts.scheme != "https" and not (parts.scheme == "http" and loopback):
        raise ConfigurationError(f"base_url must use https (plain http only for a loopback address): {url!r}")
    if not parts.hostname or parts.username or parts.password or parts.query or parts.fragment:
        raise ConfigurationError(f"base_url must be a plain https://host/path URL: {url!r}")
    return url.rstrip("/")


def timeout_of(value: "httpx.Timeout | float | None") -> httpx.Timeout:
    """An httpx.Timeout from seconds, an httpx.Timeout, or None for the default (GIGSTACK_TIMEOUT or 30 s)."""
    if isinstance(value, httpx.Timeout):
        return value
    if value is None:
        raw = os.environ.get("GIGSTACK_TIMEOUT", "").strip()
        try:
            value = float(raw) if raw else DEFAULT_TIMEOUT_SECONDS
        except ValueError:
            raise ConfigurationError(f"GIGSTACK_TIMEOUT must be a number of seconds, not {raw!r}") from None
    if value <= 0:
        raise ConfigurationError(f"timeout must be positive, not {value!r}")
    return httpx.Timeout(value, connect=min(value, CONNECT_TIMEOUT_SECONDS))


def enable_debug_logging_from_env() -> None:
    """GIGSTACK_LOG=debug: log every request of the `gigstack` logger to stderr."""
    if os.environ.get("GIGSTACK_LOG", "").strip().lower() != "debug":
        return
    logger.setLevel(logging.DEBUG)
    if not any(getattr(h, "_gigstack", False) for h in logger.handlers):
        handler = logging.StreamHandler()
        handler._gigstack = True  # type: ignore[attr-defined]
        handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
        logger.addHandler(handler)


SAFE_TO_REPEAT = frozenset({"GET", "HEAD", "PUT", "DELETE", "OPTIONS"})
RETRY_STATUSES = (408, 429, 500, 502, 503, 504)
MAX_RETRY_WAIT_SECONDS = 60.0
SECRET_HEADERS = frozenset({"authorization", "x-internal-api-key", "cookie", "proxy-authorization"})


def carries_idempotency_key(request: httpx.Request) -> bool:
    """An Idempotency-Key header, or a JSON body with a top-level `idempotency_key`."""
    if request.headers.get("idempotency-key", "").strip():
        return True
    if "json" not in request.headers.get("content-type", ""):
        return False
    try:
        body = json.loads(request.content)
    except ValueError:
        return False
    return isinstance(body, dict) and bool(body.get("idempotency_key"))


def retry_policy(max_retries: int, backoff: float) -> Retry:
    return Retry(
        total=max_retries,
        allowed_methods=SAFE_TO_REPEAT,
        status_forcelist=RETRY_STATUSES,
        backoff_factor=backoff,
        backoff_jitter=1.0,
        respect_retry_after_header=True,
        max_backoff_wait=MAX_RETRY_WAIT_SECONDS,
    )


def retry_for(request: httpx.Request, policy: Retry) -> Retry:
    """The policy for this request: a POST may be repeated only when it carries an idempotency key."""
    if request.method.upper() == "POST" and carries_idempotency_key(request):
        return policy.copy_with(allowed_methods=policy.allowed_methods | {"POST"})
    return policy


def redacted(headers: httpx.Headers) -> dict[str, str]:
    return {k: ("[REDACTED]" if k.lower() in SECRET_HEADERS else v) for k, v in headers.items()}


class GigstackTransport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Wraps httpx-retries' RetryTransport: default team, retry policy per request, logging."""

    def __init__(self, inner: RetryTransport, *, team: str | None) -> None:
        self._inner = inner
        self._team = team

    def _prepare(self, request: httpx.Request) -> None:
        if self._team and "team" not in request.url.params:  # a per-call team wins
            request.url = request.url.copy_add_param("team", self._team)
        request.extensions["retry"] = retry_for(request, self._inner.retry)

    def _log(
        self, request: httpx.Request, started: float, response: httpx.Response | None, error: Exception | None
    ) -> None:
        if not logger.isEnabledFor(logging.DEBUG):
            return
        elapsed_ms = (time.monotonic() - started) * 1000
        retry = response.extensions.get("retry") if response is not None else request.extensions.get("retry")
        retries = getattr(retry, "attempts_made", 0)
        outcome = str(response.status_code) if response is not None else f"failed ({type(error).__name__})"
        logger.debug(
            "%s %s -> %s in %.0f ms, %d retries, headers=%s",
            request.method,
            request.url,
            outcome,
            elapsed_ms,
            retries,
            redacted(request.headers),
        )

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self._prepare(request)
        started = time.monotonic()
        try:
            response = self._inner.handle_request(request)
        except Exception as error:
            self._log(request, started, None, error)
            raise
        self._log(request, started, response, None)
        return response

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self._prepare(request)
        started = time.monotonic()
        try:
            response = await self._inner.handle_async_request(request)
        except Exception as error:
            self._log(request, started, None, error)
            raise
        self._log(request, started, response, None)
        return response

    def close(self) -> None:
        self._inner.close()

    async def aclose(self) -> None:
        await self._inner.aclose()


def _token_is_set(instance: Any, attribute: Any, value: str) -> None:
    if not isinstance(value, str) or not value.strip():
        raise ConfigurationError("A gigstack API key is required (token=..., or GIGSTACK_API_KEY with from_env())")


@define
class AuthenticatedClient:
    """The HTTP client for the gigstack API: pass it as ``client=`` to every operation.

    (The customer resource the API calls "client" is the model ``gigstack.models.Client``.)

    Args:
        base_url: The API root; ``https://api.gigstack.io/v2`` by default. Must be https,
            except plain http to a loopback address.
        token: Your gigstack API key, sent as ``Authorization: Bearer <token>``. Never shown
            in repr(), logs or error messages.
        team: Default gigstack Connect team, sent as ``team=`` on every request that does not
            name one itself (a per-call ``team`` wins).
        timeout: Seconds or an ``httpx.Timeout``; by default ``GIGSTACK_TIMEOUT`` or 30 s
            (connect 5 s). A timeout raises ``errors.APITimeoutError``.
        max_retries: Retries of a failed request that is safe to repeat (GET, HEAD, PUT,
            DELETE, or a POST with an idempotency key); 0 disables them. Default 2.
        retry_backoff: Base of the exponential backoff between retries, in seconds (with
            jitter). A ``Retry-After`` from the server is honoured, up to 60 s.
        headers: Extra headers sent with every request.
        cookies: Cookies sent with every request.
        verify_ssl: TLS verification: True, a CA bundle path or an ``ssl.SSLContext``.
        httpx_args: Extra keyword arguments for the ``httpx.Client``/``httpx.AsyncClient``
            built here. A ``transport`` given here is wrapped, so retries still apply.

    Redirects are never followed: a 3xx is an error, so the key is never sent elsewhere.
    """

    _base_url: str = field(default=DEFAULT_BASE_URL, alias="base_url", converter=checked_base_url)
    token: str = field(repr=False, kw_only=True, validator=_token_is_set)
    team: str | None = field(default=None, kw_only=True)
    _timeout: httpx.Timeout = field(default=None, kw_only=True, alias="timeout", converter=timeout_of)
    max_retries: int = field(default=DEFAULT_MAX_RETRIES, kw_only=True)
    retry_backoff: float = field(default=0.5, kw_only=True)
    prefix: str = field(default="Bearer", kw_only=True, repr=False)
    auth_header_name: str = field(default="Authorization", kw_only=True, repr=False)
    _cookies: dict[str, str] = field(factory=dict, kw_only=True, alias="cookies", repr=False)
    _headers: dict[str, str] = field(factory=dict, kw_only=True, alias="headers", repr=False)
    _verify_ssl: str | bool | ssl.SSLContext = field(default=True, kw_only=True, alias="verify_ssl", repr=False)
    _httpx_args: dict[str, Any] = field(factory=dict, kw_only=True, alias="httpx_args", repr=False)
    _client: httpx.Client | None = field(default=None, init=False, repr=False)
    _async_client: httpx.AsyncClient | None = field(default=None, init=False, repr=False)

    def __attrs_post_init__(self) -> None:
        if self.max_retries < 0:
            raise ConfigurationError("max_retries must be 0 or more")
        enable_debug_logging_from_env()

    @classmethod
    def from_env(cls, **overrides: Any) -> Self:
        """A client configured from the environment; keyword arguments win over it.

        GIGSTACK_API_KEY (required), GIGSTACK_API_BASE_URL (default https://api.gigstack.io/v2),
        GIGSTACK_TEAM (default Connect team), GIGSTACK_TIMEOUT (seconds), GIGSTACK_LOG=debug.
        """
        settings: dict[str, Any] = {}
        if os.environ.get("GIGSTACK_API_KEY", "").strip():
            settings["token"] = os.environ["GIGSTACK_API_KEY"].strip()
        elif "token" not in overrides:
            raise ConfigurationError("GIGSTACK_API_KEY is not set")
        if os.environ.get("GIGSTACK_API_BASE_URL", "").strip():
            settings["base_url"] = os.environ["GIGSTACK_API_BASE_URL"].strip()
        if os.environ.get("GIGSTACK_TEAM", "").strip():
            settings["team"] = os.environ["GIGSTACK_TEAM"].strip()
        return cls(**{**settings, **overrides})

    @property
    def base_url(self) -> str:
        return self._base_url

    @property
    def timeout(self) -> httpx.Timeout:
        return self._timeout

    def with_headers(self, headers: dict[str, str]) -> Self:
        """A copy of this client that also sends ``headers``."""
        return evolve(self, headers={**self._headers, **headers})

    def with_cookies(self, cookies: dict[str, str]) -> Self:
        """A copy of this client that also sends ``cookies``."""
        return evolve(self, cookies={**self._cookies, **cookies})

    def with_timeout(self, timeout: httpx.Timeout | float) -> Self:
        """A copy of this client with another timeout."""
        return evolve(self, timeout=timeout)

    def _auth_headers(self) -> dict[str, str]:
        value = f"{self.prefix} {self.token}" if self.prefix else self.token
        return {**self._headers, self.auth_header_name: value}

    def _client_args(
        self, default_transport: type[httpx.HTTPTransport] | type[httpx.AsyncHTTPTransport]
    ) -> dict[str, Any]:
        args = dict(self._httpx_args)
        transport = args.pop("transport", None) or default_transport(verify=self._verify_ssl)
        inner = RetryTransport(
            transport=transport,
            retry=retry_policy(self.max_retries, self.retry_backoff),
        )
        return {
            "base_url": self._base_url,
            "cookies": self._cookies,
            "headers": self._auth_headers(),
            "timeout": self._timeout,
            "follow_redirects": False,
            **args,
            "transport": GigstackTransport(inner, team=self.team),
        }

    def get_httpx_client(self) -> httpx.Client:
        """The underlying ``httpx.Client``, built on first use."""
        if self._client is None:
            self._client = httpx.Client(**self._client_args(httpx.HTTPTransport))
        return self._client

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        """The underlying ``httpx.AsyncClient``, built on first use."""
        if self._async_client is None:
            self._async_client = httpx.AsyncClient(**self._client_args(httpx.AsyncHTTPTransport))
        return self._async_client

    def request(self, **kwargs: Any) -> httpx.Response:
        """Send one request (with this client's retries and timeout); connection failures raise typed errors."""
        if not kwargs.get("params"):
            kwargs.pop("params", None)  # an empty params dict still costs httpx a URL rebuild
        try:
            return self.get_httpx_client().request(**kwargs)
        except httpx.TransportError as error:
            raise _connection_error(error, kwargs) from error

    async def arequest(self, **kwargs: Any) -> httpx.Response:
        """The async twin of ``request``."""
        if not kwargs.get("params"):
            kwargs.pop("params", None)
        try:
            return await self.get_async_httpx_client().request(**kwargs)
        except httpx.TransportError as error:
            raise _connection_error(error, kwargs) from error

    def close(self) -> None:
        if self._client is not None:
            self._client.close()

    async def aclose(self) -> None:
        if self._async_client is not None:
            await self._async_client.aclose()

    def __enter__(self) -> Self:
        self.get_httpx_client().__enter__()
        return self

    def __exit__(self, *args: Any, **kwargs: Any) -> None:
        self.get_httpx_client().__exit__(*args, **kwargs)

    async def __aenter__(self) -> Self:
        await self.get_async_httpx_client().__aenter__()
        return self

    async def __aexit__(self, *args: Any, **kwargs: Any) -> None:
        await self.get_async_httpx_client().__aexit__(*args, **kwargs)


def _connection_error(error: httpx.TransportError, kwargs: dict[str, Any]) -> APIConnectionError:
    try:
        method, url = error.request.method, str(error.request.url)
    except RuntimeError:
        method, url = str(kwargs.get("method", "")).upper(), str(kwargs.get("url", ""))
    if isinstance(error, httpx.TimeoutException):
        return APITimeoutError(method=method, url=url)
    return APIConnectionError(f"{method} {url} failed: {type(error).__name__}: {error}", method=method, url=url)
