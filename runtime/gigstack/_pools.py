"""The httpx clients a gigstack client sends through: its own pools, or the one the program brought.

Its own: one sync pool, and one async pool per event loop, for the API (base URL, key and
User-Agent as the pool's headers) and for signed file links (none of the API's headers), built on
first use under a lock and closed by close().

Brought (`http_client=`): the program's `httpx.Client` or `httpx.AsyncClient` carries every
request, the API's and the file links', so its transport, proxies and event hooks apply. The key
and User-Agent then travel with each request instead of living in that client's headers, and
close() leaves it open: the program that made it closes it.
"""

from __future__ import annotations

import threading
import weakref
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

import httpx

from .errors import ClientClosedError, ConfigurationError

if TYPE_CHECKING:
    import asyncio

# What send() is told for a brought client: its own `auth` must not replace the key, and
# redirects are never followed (the key is never sent elsewhere).
_BROUGHT_SEND_ARGS: dict[str, Any] = {"auth": None, "follow_redirects": False}


class ConnectionPools:
    """The httpx clients shared by a client and its copies (with_options, with_headers...)."""

    def __init__(
        self,
        *,
        base_url: str,
        headers: Mapping[str, str],
        timeout: httpx.Timeout,
        verify: Any,
        httpx_args: Mapping[str, Any],
        http_client: httpx.Client | httpx.AsyncClient | None = None,
    ) -> None:
        self._base_url = base_url
        # What applies to a request sent without a timeout of its own.
        self.timeout = timeout if http_client is None else http_client.timeout
        self._headers = dict(headers)
        self._verify = verify
        self._httpx_args = dict(httpx_args)
        self._given = http_client
        self._lock = threading.Lock()
        # A brought client: the headers each request carries, and what send() is told.
        self.request_headers: dict[str, str] = self._headers if http_client is not None else {}
        self.send_args: dict[str, Any] = _BROUGHT_SEND_ARGS if http_client is not None else {}
        # "api": the API's pool; "files": signed file links. One sync pool each, and one async pool
        # per event loop (a pool cannot outlive its loop), kept with the generator that closes it
        # when the loop ends.
        self._sync: dict[str, httpx.Client] = {}
        self._async: dict[str, weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, tuple[httpx.AsyncClient, Any]]] = {
            "api": weakref.WeakKeyDictionary(),
            "files": weakref.WeakKeyDictionary(),
        }
        self.closed = False

    @property
    def brought(self) -> bool:
        """Whether requests go through a client the program passed as `http_client=`."""
        return self._given is not None

    def _args(self, purpose: str) -> dict[str, Any]:
        args = dict(self._httpx_args)
        args.pop("transport", None)
        if purpose == "files":
            headers = {k: v for k, v in self._headers.items() if k.lower() == "user-agent"}
            return {"headers": headers, "timeout": self.timeout, "follow_redirects": False, **args}
        return {
            "base_url": self._base_url,
            "headers": self._headers,
            "timeout": self.timeout,
            "follow_redirects": False,
            **args,
        }

    def _check_open(self) -> None:
        if self.closed:
            raise ClientClosedError("The gigstack client is closed; create a new one")

    def _given_as(self, kind: type[Any], calls: str) -> Any:
        if not isinstance(self._given, kind):
            raise ConfigurationError(
                f"This client was given an httpx.{type(self._given).__name__} as http_client; {calls} calls"
                f" need an httpx.{kind.__name__}"
            )
        return self._given

    def sync_client(self, purpose: str = "api") -> httpx.Client:
        client = self._sync.get(purpose)
        if client is not None:
            return client
        with self._lock:
            self._check_open()
            if purpose not in self._sync:
                if self._given is not None:
                    self._sync[purpose] = self._given_as(httpx.Client, "sync")
                else:
                    transport = self._httpx_args.get("transport") or httpx.HTTPTransport(verify=self._verify)
                    self._sync[purpose] = httpx.Client(transport=transport, **self._args(purpose))
            return self._sync[purpose]

    def async_client(self, purpose: str = "api") -> httpx.AsyncClient:
        import asyncio  # here, not at the top: a sync program never needs it

        loop = asyncio.get_running_loop()
        pools = self._async[purpose]
        entry = pools.get(loop)
        if entry is not None:
            return entry[0]
        with self._lock:
            self._check_open()
            entry = pools.get(loop)
            if entry is None:
                if self._given is not None:
                    entry = pools[loop] = (self._given_as(httpx.AsyncClient, "async"), None)
                else:
                    transport = self._httpx_args.get("transport") or httpx.AsyncHTTPTransport(verify=self._verify)
                    client = httpx.AsyncClient(transport=transport, **self._args(purpose))
                    entry = pools[loop] = (client, _closed_with_loop(client))
            return entry[0]

    def set_sync_client(self, client: httpx.Client) -> None:
        with self._lock:
            self._sync["api"] = client

    def set_async_client(self, client: httpx.AsyncClient) -> None:
        import asyncio

        with self._lock:
            self._async["api"][asyncio.get_running_loop()] = (client, _closed_with_loop(client))

    def close(self) -> None:
        with self._lock:
            self.closed = True
            clients = [client for client in self._sync.values() if client is not self._given]
            self._sync.clear()
        for client in set(clients):
            client.close()

    async def aclose(self) -> None:
        import asyncio

        loop = asyncio.get_running_loop()
        with self._lock:
            self.closed = True
            entries = [pools.pop(loop, None) for pools in self._async.values()]
            clients = [client for client in self._sync.values() if client is not self._given]
            self._sync.clear()
        for entry in entries:
            if entry is not None and entry[0] is not self._given:
                await entry[0].aclose()
        for client in set(clients):
            client.close()


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


__all__ = ["ConnectionPools"]
