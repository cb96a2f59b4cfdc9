"""The base of the generated resources (`gs.clients`, `gs.invoices.income`...): sending a call with
its per-request options, returning the unwrapped model or a page, and the raw-response variants."""

from __future__ import annotations

import functools
from collections.abc import Awaitable, Callable, Mapping
from contextvars import ContextVar
from typing import TYPE_CHECKING, Any, Generic, ParamSpec, TypeVar, cast

import httpx

from ._config import checked_max_retries, timeout_of
from ._http import RequestOptions, asend, send
from ._operations import Documented, parse_success, unwrap
from ._pagination import AsyncPage, AsyncPaginator, Paging, SyncPage
from .errors import error_from_response, request_id_of

if TYPE_CHECKING:
    from ._base_client import AsyncGigstackBase, GigstackBase
    from .client import AuthenticatedClient

T = TypeVar("T")
R = TypeVar("R")
P = ParamSpec("P")

# Set while a `with_raw_response` wrapper runs its method: the call then returns a RawResponse.
_RAW: ContextVar[bool] = ContextVar("gigstack_raw_response", default=False)


class RawResponse(Generic[T]):
    """The HTTP response of a call, with its typed result a `.parse()` away.

    An error status has already raised its typed error (errors.APIStatusError...) by the time you
    hold one of these.
    """

    def __init__(self, http_response: httpx.Response, parse: Callable[[], T]) -> None:
        self.http_response = http_response
        self._parse = parse
        self._parsed: list[T] = []

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    @property
    def request_id(self) -> str | None:
        """The id gigstack gave the request (X-Request-Id), for support tickets."""
        return request_id_of(self.http_response.headers)

    @property
    def content(self) -> bytes:
        """The body exactly as received."""
        return self.http_response.content

    def parse(self) -> T:
        """The typed result, as the method without `with_raw_response` returns it."""
        if not self._parsed:
            self._parsed.append(self._parse())
        return self._parsed[0]

    def __repr__(self) -> str:
        return (
            f"<RawResponse [{self.status_code}] {self.http_response.request.method} {self.http_response.request.url}>"
        )


def request_options(
    *,
    team: str | None = None,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, object] | None = None,
    extra_body: Mapping[str, object] | None = None,
) -> RequestOptions | None:
    """The per-request options of a resource call, checked before anything is sent."""
    if team is None and timeout is None and max_retries is None and not (extra_headers or extra_query or extra_body):
        return None
    return RequestOptions(
        timeout=None if timeout is None else timeout_of(timeout),
        max_retries=None if max_retries is None else checked_max_retries(max_retries),
        headers=extra_headers,
        query=extra_query,
        body=extra_body,
        team=team,
    )


def _result(response: httpx.Response, parse: Callable[[], Any]) -> Any:
    """The parsed result, or under `with_raw_response` the RawResponse (an error status raises either way)."""
    if not _RAW.get():
        return parse()
    if not 200 <= response.status_code < 300:
        raise error_from_response(response)
    return RawResponse(response, parse)


def _single(response: httpx.Response, documented: tuple[Documented, ...], unwrap_data: bool) -> Callable[[], Any]:
    """How to read a single result: the documented model, unwrapped from `{message, data}` if asked."""

    def parse() -> Any:
        model = parse_success(response, documented)
        return unwrap(response, model) if unwrap_data else model

    return parse


class SyncAPIResource:
    """A group of operations of the sync client."""

    def __init__(self, client: GigstackBase) -> None:
        self._client = client

    @property
    def _api(self) -> AuthenticatedClient:
        return self._client.api_client

    def _send(
        self, kwargs: Mapping[str, Any], idempotency: str | None, options: RequestOptions | None
    ) -> httpx.Response:
        return send(self._api, kwargs, idempotency=idempotency, options=options)

    def _call(
        self,
        kwargs: Mapping[str, Any],
        documented: tuple[Documented, ...],
        *,
        unwrap_data: bool = False,
        idempotency: str | None = None,
        options: RequestOptions | None = None,
    ) -> Any:
        response = self._send(kwargs, idempotency, options)
        return _result(response, _single(response, documented, unwrap_data))

    def _list(
        self,
        kwargs: Mapping[str, Any],
        documented: tuple[Documented, ...],
        paging: Paging,
        *,
        options: RequestOptions | None = None,
    ) -> Any:
        def fetch(page_kwargs: Mapping[str, Any]) -> Any:
            return parse_success(self._send(page_kwargs, None, options), documented)

        response = self._send(kwargs, None, options)

        def parse() -> SyncPage[Any]:
            return SyncPage(parse_success(response, documented), kwargs=kwargs, paging=paging, fetch=fetch)

        return _result(response, parse)


class AsyncAPIResource:
    """A group of operations of the async client."""

    def __init__(self, client: AsyncGigstackBase) -> None:
        self._client = client

    @property
    def _api(self) -> AuthenticatedClient:
        return self._client.api_client

    async def _send(
        self, kwargs: Mapping[str, Any], idempotency: str | None, options: RequestOptions | None
    ) -> httpx.Response:
        return await asend(self._api, kwargs, idempotency=idempotency, options=options)

    async def _call(
        self,
        kwargs: Mapping[str, Any],
        documented: tuple[Documented, ...],
        *,
        unwrap_data: bool = False,
        idempotency: str | None = None,
        options: RequestOptions | None = None,
    ) -> Any:
        response = await self._send(kwargs, idempotency, options)
        return _result(response, _single(response, documented, unwrap_data))

    def _list(
        self,
        kwargs: Mapping[str, Any],
        documented: tuple[Documented, ...],
        paging: Paging,
        *,
        options: RequestOptions | None = None,
    ) -> Any:
        async def fetch(page_kwargs: Mapping[str, Any]) -> Any:
            return parse_success(await self._send(page_kwargs, None, options), documented)

        async def first() -> Any:
            response = await self._send(kwargs, None, options)

            def parse() -> AsyncPage[Any]:
                return AsyncPage(parse_success(response, documented), kwargs=kwargs, paging=paging, fetch=fetch)

            return _result(response, parse)

        return AsyncPaginator(first)


def to_raw_response_wrapper(method: Callable[P, R]) -> Callable[P, RawResponse[R]]:
    """The same method, returning the RawResponse of its call instead of the parsed result."""

    @functools.wraps(method)
    def wrapped(*args: P.args, **kwargs: P.kwargs) -> RawResponse[R]:
        token = _RAW.set(True)
        try:
            return cast(RawResponse[R], method(*args, **kwargs))
        finally:
            _RAW.reset(token)

    return wrapped


def async_to_raw_response_wrapper(method: Callable[P, Awaitable[R]]) -> Callable[P, Awaitable[RawResponse[R]]]:
    """The async twin of to_raw_response_wrapper."""

    @functools.wraps(method)
    async def wrapped(*args: P.args, **kwargs: P.kwargs) -> RawResponse[R]:
        token = _RAW.set(True)
        try:
            return cast(RawResponse[R], await method(*args, **kwargs))
        finally:
            _RAW.reset(token)

    return wrapped


def async_list_to_raw_response_wrapper(
    method: Callable[P, AsyncPaginator[T]],
) -> Callable[P, Awaitable[RawResponse[AsyncPage[T]]]]:
    """For async list methods: await the first page's RawResponse."""

    @functools.wraps(method)
    async def wrapped(*args: P.args, **kwargs: P.kwargs) -> RawResponse[AsyncPage[T]]:
        token = _RAW.set(True)
        try:
            return cast(RawResponse[AsyncPage[T]], await method(*args, **kwargs))
        finally:
            _RAW.reset(token)

    return wrapped


__all__ = [
    "AsyncAPIResource",
    "RawResponse",
    "SyncAPIResource",
    "async_list_to_raw_response_wrapper",
    "async_to_raw_response_wrapper",
    "request_options",
    "to_raw_response_wrapper",
]
