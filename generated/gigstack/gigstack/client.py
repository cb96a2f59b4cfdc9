import ssl
from typing import Any, Self

import httpx
from attrs import define, evolve, field


@define
class AuthenticatedClient:
    """The HTTP client for the gigstack API: pass it as ``client=`` to every operation.

    (The customer resource the API calls "client" is the model ``gigstack.models.Client``.)

    Args:
        base_url: The API root, e.g. ``https://api.gigstack.io/v2``.
        token: Your gigstack API key; sent as ``Authorization: Bearer <token>``, never shown in repr().
        headers: Extra headers sent with every request.
        cookies: Cookies sent with every request.
        timeout: An ``httpx.Timeout`` for every request.
        verify_ssl: TLS verification: True, a CA bundle path or an ``ssl.SSLContext``.
        follow_redirects: Whether to follow redirects.
        httpx_args: Extra keyword arguments for the ``httpx.Client``/``httpx.AsyncClient`` built here
            (a ``transport`` for tests, ``event_hooks``, proxies...).
        raise_on_unexpected_status: Raise ``errors.UnexpectedStatus`` for a status the spec does not document.
    """

    _base_url: str = field(alias="base_url")
    token: str = field(repr=False, kw_only=True)
    prefix: str = field(default="Bearer", kw_only=True)
    auth_header_name: str = field(default="Authorization", kw_only=True)
    _cookies: dict[str, str] = field(factory=dict, kw_only=True, alias="cookies")
    _headers: dict[str, str] = field(factory=dict, kw_only=True, alias="headers", repr=False)
    _timeout: httpx.Timeout | None = field(default=None, kw_only=True, alias="timeout")
    _verify_ssl: str | bool | ssl.SSLContext = field(default=True, kw_only=True, alias="verify_ssl")
    _follow_redirects: bool = field(default=False, kw_only=True, alias="follow_redirects")
    _httpx_args: dict[str, Any] = field(factory=dict, kw_only=True, alias="httpx_args", repr=False)
    raise_on_unexpected_status: bool = field(default=False, kw_only=True)
    _client: httpx.Client | None = field(default=None, init=False, repr=False)
    _async_client: httpx.AsyncClient | None = field(default=None, init=False, repr=False)

    def with_headers(self, headers: dict[str, str]) -> Self:
        """A copy of this client that also sends ``headers``."""
        if self._client is not None:
            self._client.headers.update(headers)
        if self._async_client is not None:
            self._async_client.headers.update(headers)
        return evolve(self, headers={**self._headers, **headers})

    def with_cookies(self, cookies: dict[str, str]) -> Self:
        """A copy of this client that also sends ``cookies``."""
        if self._client is not None:
            self._client.cookies.update(cookies)
        if self._async_client is not None:
            self._async_client.cookies.update(cookies)
        return evolve(self, cookies={**self._cookies, **cookies})

    def with_timeout(self, timeout: httpx.Timeout) -> Self:
        """A copy of this client with another timeout."""
        if self._client is not None:
            self._client.timeout = timeout
        if self._async_client is not None:
            self._async_client.timeout = timeout
        return evolve(self, timeout=timeout)

    def _auth_headers(self) -> dict[str, str]:
        value = f"{self.prefix} {self.token}" if self.prefix else self.token
        return {**self._headers, self.auth_header_name: value}

    def set_httpx_client(self, client: httpx.Client) -> Self:
        """Use your own ``httpx.Client``. It must send the Authorization header itself."""
        self._client = client
        return self

    def get_httpx_client(self) -> httpx.Client:
        """The underlying ``httpx.Client``, built on first use."""
        if self._client is None:
            self._client = httpx.Client(
                base_url=self._base_url,
                cookies=self._cookies,
                headers=self._auth_headers(),
                timeout=self._timeout,
                verify=self._verify_ssl,
                follow_redirects=self._follow_redirects,
                **self._httpx_args,
            )
        return self._client

    def __enter__(self) -> Self:
        self.get_httpx_client().__enter__()
        return self

    def __exit__(self, *args: Any, **kwargs: Any) -> None:
        self.get_httpx_client().__exit__(*args, **kwargs)

    def set_async_httpx_client(self, async_client: httpx.AsyncClient) -> Self:
        """Use your own ``httpx.AsyncClient``. It must send the Authorization header itself."""
        self._async_client = async_client
        return self

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        """The underlying ``httpx.AsyncClient``, built on first use."""
        if self._async_client is None:
            self._async_client = httpx.AsyncClient(
                base_url=self._base_url,
                cookies=self._cookies,
                headers=self._auth_headers(),
                timeout=self._timeout,
                verify=self._verify_ssl,
                follow_redirects=self._follow_redirects,
                **self._httpx_args,
            )
        return self._async_client

    async def __aenter__(self) -> Self:
        await self.get_async_httpx_client().__aenter__()
        return self

    async def __aexit__(self, *args: Any, **kwargs: Any) -> None:
        await self.get_async_httpx_client().__aexit__(*args, **kwargs)
