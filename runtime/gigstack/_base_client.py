"""What `Gigstack` and `AsyncGigstack` share: settings from arguments or the environment, copies
that share the connection pool, closing. The generated subclasses add the resources."""

from __future__ import annotations

import ssl
from collections.abc import Mapping
from typing import Any, Generic, Self, TypeVar

import httpx

from . import _config
from ._config import DEFAULT_MAX_RETRIES, DEFAULT_MAX_RETRY_WAIT, DEFAULT_RETRY_BACKOFF, checked_http_client, env
from .client import AuthenticatedClient
from .errors import ConfigurationError

# The kind of httpx client each flavour sends through when one is brought: httpx.Client or httpx.AsyncClient.
HttpClient = TypeVar("HttpClient", httpx.Client, httpx.AsyncClient)


class _Base(Generic[HttpClient]):
    _http_client_kind: type[httpx.Client] | type[httpx.AsyncClient]

    def __init__(
        self,
        api_key: str | None = None,
        *,
        base_url: str | None = None,
        team: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int = DEFAULT_MAX_RETRIES,
        retry_backoff: float = DEFAULT_RETRY_BACKOFF,
        max_retry_wait: float = DEFAULT_MAX_RETRY_WAIT,
        deadline: float | None = None,
        default_headers: Mapping[str, str] | None = None,
        verify_ssl: str | bool | ssl.SSLContext = True,
        httpx_args: Mapping[str, Any] | None = None,
        http_client: HttpClient | None = None,
    ) -> None:
        checked_http_client(http_client, (self._http_client_kind,), owner=type(self).__name__)
        key = api_key if api_key is not None else env(_config.ENV_API_KEY)
        if key is None:
            raise ConfigurationError(f"No gigstack API key: pass api_key=... or set {_config.ENV_API_KEY}")
        self._api = AuthenticatedClient(
            base_url if base_url is not None else env(_config.ENV_BASE_URL),
            token=key,
            team=team if team is not None else env(_config.ENV_TEAM),
            timeout=timeout,
            max_retries=max_retries,
            retry_backoff=retry_backoff,
            max_retry_wait=max_retry_wait,
            deadline=deadline,
            headers=default_headers,
            verify_ssl=verify_ssl,
            httpx_args=httpx_args,
            http_client=http_client,
        )

    @classmethod
    def _over(cls, api: AuthenticatedClient) -> Self:
        copy = object.__new__(cls)
        copy._api = api
        return copy

    @property
    def api_client(self) -> AuthenticatedClient:
        """The AuthenticatedClient under this client, for the module functions (`gigstack.api...`)."""
        return self._api

    @property
    def base_url(self) -> str:
        return self._api.base_url

    @property
    def team(self) -> str | None:
        """The default gigstack Connect team, sent as `team=` when a call names none."""
        return self._api.team

    @property
    def timeout(self) -> httpx.Timeout:
        return self._api.timeout

    @property
    def max_retries(self) -> int:
        return self._api.max_retries

    def with_options(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        team: str | None = None,
        headers: Mapping[str, str] | None = None,
        deadline: float | None = None,
    ) -> Self:
        """A client with other defaults that shares this one's connection pool (closing either closes it).

        `deadline` bounds each whole call, retries included, in seconds; `timeout` bounds each step.
        """
        return self._over(
            self._api.with_options(
                timeout=timeout, max_retries=max_retries, team=team, headers=headers, deadline=deadline
            )
        )

    @property
    def is_closed(self) -> bool:
        return self._api.is_closed

    def __repr__(self) -> str:
        team = f", team={self.team!r}" if self.team else ""
        return f"{type(self).__name__}(base_url={self.base_url!r}{team})"


class GigstackBase(_Base[httpx.Client]):
    """The sync client: `Gigstack(api_key=None, *, base_url=None, team=None, timeout=None, max_retries=2)`.

    Arguments not given are read from GIGSTACK_API_KEY, GIGSTACK_API_BASE_URL, GIGSTACK_TEAM,
    GIGSTACK_TIMEOUT; GIGSTACK_LOG=debug logs each request (secrets redacted). Use it as a context
    manager, or call close() when done. One client may be shared by many threads.
    `http_client=httpx.Client(...)` sends every request through your own client (left open by close()).
    """

    _http_client_kind = httpx.Client

    def close(self) -> None:
        """Close the connection pool (shared with the copies made by with_options); an http_client stays open."""
        self._api.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *args: object) -> None:
        self.close()


class AsyncGigstackBase(_Base[httpx.AsyncClient]):
    """The async client; the same arguments as Gigstack (`http_client=` takes an httpx.AsyncClient).
    Use `async with`, or `await close()`."""

    _http_client_kind = httpx.AsyncClient

    async def close(self) -> None:
        """Close the connection pool of the running event loop; an http_client stays open."""
        await self._api.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *args: object) -> None:
        await self.close()


__all__ = ["AsyncGigstackBase", "GigstackBase"]
