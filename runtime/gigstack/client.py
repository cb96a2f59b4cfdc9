"""The configuration every operation module is called with (``client=``): `AuthenticatedClient`.

It holds the settings (key, base URL, team, timeouts, retries, headers) and the connection pools;
sending is the pipeline's job (_http.py), which this module calls and which never imports it."""

from __future__ import annotations

import ssl
from collections.abc import Mapping
from typing import Any, Self

import httpx

from . import _config
from ._config import (
    DEFAULT_BASE_URL,
    DEFAULT_MAX_RETRIES,
    DEFAULT_MAX_RETRY_WAIT,
    DEFAULT_RETRY_BACKOFF,
    ENV_TIMEOUT,
    checked_api_key,
    checked_base_url,
    checked_http_client,
    checked_max_retries,
    checked_seconds,
    checked_team,
    env,
    timeout_of,
    user_agent,
)
from ._http import ALWAYS_SECRET_HEADERS, REDACTED, RequestOptions, asend, send
from ._pools import ConnectionPools
from .errors import ConfigurationError

# httpx's own default (5 s for every step): a brought client with it has not chosen a timeout.
HTTPX_DEFAULT_TIMEOUT = httpx.Timeout(5.0)


class AuthenticatedClient:
    """The HTTP client for the gigstack API: pass it as ``client=`` to every operation module.

    (The customer resource the API calls "client" is the model ``gigstack.models.Client``; most
    programs use ``gigstack.Gigstack``, which is built on this class.)

    Args:
        base_url: The API root; ``https://api.gigstack.io/v2`` by default. Must be https,
            except plain http to a loopback address (127.0.0.0/8, ::1, localhost).
        token: Your gigstack API key, sent as ``Authorization: Bearer <token>``. Surrounding
            whitespace is removed; never shown in repr(), logs or error messages.
        team: Default gigstack Connect team, sent as ``team=`` on every request that does not
            name one itself (a per-call ``team`` wins).
        timeout: Seconds or an ``httpx.Timeout``; by default ``GIGSTACK_TIMEOUT``, else the timeout
            of ``http_client`` when it set one, else 30 s (connect 5 s). Sent with every request; it
            bounds each step (connecting, each read), not the whole call.
        max_retries: Retries of a failed request that is safe to repeat (GET, HEAD, PUT, DELETE,
            or a POST whose operation takes an idempotency key); 0 disables them. Default 2.
        retry_backoff: Base of the exponential backoff between retries, in seconds (with jitter).
        max_retry_wait: The longest ``Retry-After`` honoured, in seconds (default 60); a longer
            one raises ``errors.RateLimitError`` at once.
        deadline: Seconds a whole call may take, retries included (None: no limit). ``timeout``
            bounds each step (connecting, each read), so a body that trickles in slowly passes it;
            a deadline does not let it.
        headers: Extra headers sent with every request.
        cookies: Cookies sent with every request.
        verify_ssl: TLS verification: True, a CA bundle path or an ``ssl.SSLContext``.
        httpx_args: Extra keyword arguments for the ``httpx.Client``/``httpx.AsyncClient`` built
            here (a ``transport`` given here is used under the client's own retries and checks).
        http_client: Your own ``httpx.Client`` (for the sync functions) or ``httpx.AsyncClient``
            (for the async ones) to send every request through, file downloads included: its
            transport, proxies and event hooks apply. The key, base URL, timeout, retries and
            redirects stay this client's: the key is added to each request, never to that
            client's headers, and its ``auth`` is not used. ``close()`` leaves it open. It
            replaces ``httpx_args`` and ``verify_ssl``, which cannot be given with it.

    Copies made with ``with_headers``, ``with_timeout`` or ``with_options`` share this client's
    connection pool (or ``http_client``); ``close()`` on any of them closes it. Redirects are never followed: a 3xx is
    an error, so the key is never sent elsewhere.
    """

    team: str | None
    deadline: float | None
    max_retries: int
    retry_backoff: float
    max_retry_wait: float

    def __init__(
        self,
        base_url: str | None = None,
        *,
        token: str,
        team: str | None = None,
        timeout: httpx.Timeout | float | None = None,
        max_retries: int = DEFAULT_MAX_RETRIES,
        retry_backoff: float = DEFAULT_RETRY_BACKOFF,
        max_retry_wait: float = DEFAULT_MAX_RETRY_WAIT,
        deadline: float | None = None,
        prefix: str = "Bearer",
        auth_header_name: str = "Authorization",
        headers: Mapping[str, str] | None = None,
        cookies: Mapping[str, str] | None = None,
        verify_ssl: str | bool | ssl.SSLContext = True,
        httpx_args: Mapping[str, Any] | None = None,
        http_client: httpx.Client | httpx.AsyncClient | None = None,
    ) -> None:
        given = checked_http_client(http_client, (httpx.Client, httpx.AsyncClient), owner="AuthenticatedClient")
        if given is not None and (httpx_args or verify_ssl is not True):
            raise ConfigurationError(
                "httpx_args and verify_ssl configure the client built here; with http_client=, set them on that client"
            )
        if (
            given is not None
            and timeout is None
            and env(ENV_TIMEOUT) is None
            and given.timeout != HTTPX_DEFAULT_TIMEOUT
        ):
            timeout = given.timeout  # the timeout the program chose for its client
        self._token = checked_api_key(token, source="token")
        self._base_url = checked_base_url(DEFAULT_BASE_URL if base_url is None else base_url)
        self.team = checked_team(team)
        self._timeout = timeout_of(timeout)
        self.max_retries = checked_max_retries(max_retries)
        if isinstance(retry_backoff, bool) or not isinstance(retry_backoff, int | float) or not retry_backoff >= 0:
            raise ConfigurationError(f"retry_backoff must be 0 or more seconds, not {retry_backoff!r}")
        self.retry_backoff = float(retry_backoff)
        self.max_retry_wait = checked_seconds(max_retry_wait, name="max_retry_wait")
        self.deadline = None if deadline is None else checked_seconds(deadline, name="deadline")
        if not isinstance(auth_header_name, str) or not auth_header_name.strip():
            raise ConfigurationError("auth_header_name must be a header name")
        self._auth_header_name = auth_header_name.strip()
        self._prefix = prefix
        self._headers = dict(headers or {})
        self._cookies = dict(cookies or {})
        _config.enable_debug_logging_from_env()
        auth = f"{prefix} {self._token}" if prefix else self._token
        self._pools = ConnectionPools(
            base_url=self._base_url,
            headers={self._auth_header_name: auth, "User-Agent": user_agent()},
            timeout=self._timeout,
            verify=verify_ssl,
            httpx_args=httpx_args or {},
            http_client=given,
        )

    @classmethod
    def from_env(cls, **overrides: Any) -> Self:
        """A client configured from the environment; keyword arguments win over it.

        GIGSTACK_API_KEY (required), GIGSTACK_API_BASE_URL (default https://api.gigstack.io/v2),
        GIGSTACK_TEAM (default Connect team), GIGSTACK_TIMEOUT (seconds), GIGSTACK_LOG=debug.
        """
        settings: dict[str, Any] = {}
        key = env(_config.ENV_API_KEY)
        if key is not None:
            settings["token"] = key
        elif overrides.get("token") is None:
            raise ConfigurationError(f"{_config.ENV_API_KEY} is not set")
        if (base_url := env(_config.ENV_BASE_URL)) is not None:
            settings["base_url"] = base_url
        if (team := env(_config.ENV_TEAM)) is not None:
            settings["team"] = team
        return cls(**{**settings, **{k: v for k, v in overrides.items() if v is not None}})

    # -- settings -------------------------------------------------------------------------------

    @property
    def base_url(self) -> str:
        return self._base_url

    @property
    def timeout(self) -> httpx.Timeout:
        return self._timeout

    @property
    def token(self) -> str:
        """The API key (never part of repr() or any message)."""
        return self._token

    @property
    def prefix(self) -> str:
        return self._prefix

    @property
    def auth_header_name(self) -> str:
        return self._auth_header_name

    def __repr__(self) -> str:
        team = f", team={self.team!r}" if self.team else ""
        return f"AuthenticatedClient(base_url={self._base_url!r}{team}, max_retries={self.max_retries})"

    # -- copies that share the connection pool --------------------------------------------------

    def _copy(self) -> Self:
        copy = object.__new__(type(self))
        copy.__dict__.update(self.__dict__)
        copy._headers = dict(self._headers)
        copy._cookies = dict(self._cookies)
        return copy

    def with_options(
        self,
        *,
        timeout: httpx.Timeout | float | None = None,
        max_retries: int | None = None,
        team: str | None = None,
        headers: Mapping[str, str] | None = None,
        deadline: float | None = None,
    ) -> Self:
        """A copy with other settings that shares this client's connection pool."""
        copy = self._copy()
        if timeout is not None:
            copy._timeout = timeout_of(timeout)
        if max_retries is not None:
            copy.max_retries = checked_max_retries(max_retries)
        if team is not None:
            copy.team = checked_team(team)
        if headers:
            copy._headers.update(headers)
        if deadline is not None:
            copy.deadline = checked_seconds(deadline, name="deadline")
        return copy

    def with_headers(self, headers: Mapping[str, str]) -> Self:
        """A copy of this client that also sends ``headers`` (same connection pool)."""
        return self.with_options(headers=headers)

    def with_cookies(self, cookies: Mapping[str, str]) -> Self:
        """A copy of this client that also sends ``cookies`` (same connection pool)."""
        copy = self._copy()
        copy._cookies.update(cookies)
        return copy

    def with_timeout(self, timeout: httpx.Timeout | float) -> Self:
        """A copy of this client with another timeout (same connection pool)."""
        return self.with_options(timeout=timeout)

    # -- what every request carries -------------------------------------------------------------

    def extra_headers(self) -> dict[str, str]:
        """Headers this client adds to each request besides the key and User-Agent."""
        if not self._cookies:
            return self._headers
        cookie = "; ".join(f"{name}={value}" for name, value in self._cookies.items())
        return {**self._headers, "Cookie": cookie}

    def pool_timeout(self) -> httpx.Timeout:
        """The timeout the shared pool was built with (copies made by with_options may differ)."""
        return self._pools.timeout

    def pool_headers(self) -> dict[str, str]:
        return {self._auth_header_name: "(key)", "User-Agent": user_agent()}

    def mentions_key(self, text: str) -> bool:
        return bool(text) and self._token in text

    def scrub(self, text: str) -> str:
        """`text` with the key replaced, for messages built from other libraries' errors."""
        return text.replace(self._token, REDACTED) if self._token else text

    def redacted(self, headers: Mapping[str, str]) -> dict[str, str]:
        """Headers as they may be logged: the key's header, credentials and any value holding the key hidden."""
        secret_names = ALWAYS_SECRET_HEADERS | {self._auth_header_name.lower()}
        return {
            name: REDACTED if name.lower() in secret_names or self.mentions_key(str(value)) else value
            for name, value in headers.items()
        }

    # -- the pools ------------------------------------------------------------------------------

    def get_httpx_client(self) -> httpx.Client:
        """The underlying ``httpx.Client``, built on first use (once, whatever the number of threads)."""
        return self._pools.sync_client()

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        """The underlying ``httpx.AsyncClient`` of the running event loop, built on first use."""
        return self._pools.async_client()

    def files_httpx_client(self) -> httpx.Client:
        """The ``httpx.Client`` for signed file links: the same pool settings, none of the API's headers."""
        return self._pools.sync_client("files")

    def files_async_httpx_client(self) -> httpx.AsyncClient:
        """The async twin of files_httpx_client(), for the running event loop."""
        return self._pools.async_client("files")

    def set_httpx_client(self, client: httpx.Client) -> Self:
        """Replace the API's pool with ``client``, which this client then closes; requests reach it as
        built, so keep base_url and auth on it. ``http_client=`` is usually what you want: the key
        stays off your client, downloads use it too, and it is left open."""
        self._pools.set_sync_client(client)
        return self

    def set_async_httpx_client(self, client: httpx.AsyncClient) -> Self:
        """The async twin of set_httpx_client(), for the running event loop."""
        self._pools.set_async_client(client)
        return self

    @property
    def is_closed(self) -> bool:
        return self._pools.closed

    def request(
        self, *, idempotency: str | None = None, options: RequestOptions | None = None, **kwargs: Any
    ) -> httpx.Response:
        """Send one request with this client's retries and timeout; failures without a response raise
        typed errors. ``idempotency`` ("body" or "header") says the operation takes an idempotency key."""
        return send(self, kwargs, idempotency=idempotency, options=options)

    async def arequest(
        self, *, idempotency: str | None = None, options: RequestOptions | None = None, **kwargs: Any
    ) -> httpx.Response:
        """The async twin of ``request``."""
        return await asend(self, kwargs, idempotency=idempotency, options=options)

    def close(self) -> None:
        """Close the connection pool (shared with the copies of this client); an ``http_client`` stays open."""
        self._pools.close()

    async def aclose(self) -> None:
        """The async twin of close()."""
        await self._pools.aclose()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *args: object) -> None:
        self.close()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *args: object) -> None:
        await self.aclose()


__all__ = ["AuthenticatedClient", "RequestOptions"]
