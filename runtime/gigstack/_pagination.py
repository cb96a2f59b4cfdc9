"""Pages of a list, and walking every item of every page lazily (one page in memory at a time).

gigstack pages lists three ways, all walked the same way here:
- a cursor: pass the page's `next` back as `next` (most lists), or as `starting_after` (invoices
  downloaded from the SAT), or `next_cursor` back as `cursor`;
- a page number: `page=1, 2, ...` (searches), until a page comes back short or empty.
A page says whether another follows (`has_more`); a cursor the server already gave stops the walk
with PaginationError instead of looping for ever.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Generator, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, TypeVar, cast

from ._models import Model
from ._operations import Documented, parse_success
from .errors import PaginationError

if TYPE_CHECKING:
    from .client import AuthenticatedClient

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Paging:
    """How a list pages: the query parameter to set, and where the next cursor is in the body."""

    param: str  # next, starting_after, cursor or page
    cursor_field: str | None = None  # next or next_cursor; None for page numbers
    container: str | None = None  # the body field the page sits under (`data`), when it is nested

    def page_of(self, envelope: Model) -> Model:
        """The model holding the page's `data`, `has_more` and cursor (the body, or the one it nests)."""
        if self.container is None:
            return envelope
        page: Model = getattr(envelope, self.container)
        return page

    def next_request(self, kwargs: Mapping[str, Any], envelope: Model) -> tuple[dict[str, Any] | None, str | None]:
        """The arguments of the next page's request (None at the end) and its cursor."""
        return self.next_after(kwargs, self.page_of(envelope)._data)

    def page_body(self, body: Any) -> dict[str, Any]:
        """The JSON object holding the page's `data`, `has_more` and cursor, from a decoded body."""
        page = body.get(self.container) if self.container is not None and isinstance(body, dict) else body
        return page if isinstance(page, dict) else {}

    def next_after(
        self, kwargs: Mapping[str, Any], body: Mapping[str, Any]
    ) -> tuple[dict[str, Any] | None, str | None]:
        """The next page's request arguments after a page (its decoded JSON object), and its cursor."""
        has_more = body.get("has_more")
        if self.cursor_field is None:
            params = dict(kwargs.get("params") or {})
            current = _int(params.get(self.param), 1)
            items = body.get("data")
            if has_more is False or not isinstance(items, list) or not items:
                return None, None
            per_page = _int(body.get("per_page") or body.get("limit") or params.get("limit"), 0)
            total = _int(body.get("found") if body.get("found") is not None else body.get("total"), -1)
            if has_more is not True:
                if total >= 0 and per_page and current * per_page >= total:
                    return None, None
                if per_page and len(items) < per_page:
                    return None, None
            params[self.param] = current + 1
            return {**kwargs, "params": params}, str(current + 1)
        cursor = body.get(self.cursor_field)
        if has_more is False or not isinstance(cursor, str) or not cursor:
            return None, None
        params = dict(kwargs.get("params") or {})
        params[self.param] = cursor
        return {**kwargs, "params": params}, cursor


def _int(value: Any, default: int) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        return default


def _items(page: Model) -> list[Any]:
    items = page.data  # type: ignore[attr-defined]
    return list(items) if items is not None else []


class _PageBase(Generic[T]):
    """What sync and async pages share."""

    def __init__(
        self,
        envelope: Model,
        *,
        kwargs: Mapping[str, Any],
        paging: Paging,
        seen: frozenset[str] = frozenset(),
    ) -> None:
        self._envelope = envelope
        self._kwargs = kwargs
        self._paging = paging
        self._next_kwargs, self._next_cursor = paging.next_request(kwargs, envelope)
        self._seen = seen
        self.data: list[T] = _items(paging.page_of(envelope))

    @property
    def envelope(self) -> Any:
        """The whole list response as its model (total_results, message...), exactly as received."""
        return self._envelope

    @property
    def has_more(self) -> bool:
        """Whether another page follows."""
        return self._next_kwargs is not None

    @property
    def next_cursor(self) -> str | None:
        """The cursor of the next page (its number, for searches), or None on the last page."""
        return self._next_cursor

    def has_next_page(self) -> bool:
        return self._next_kwargs is not None

    def _next_args(self) -> tuple[dict[str, Any], frozenset[str]]:
        if self._next_kwargs is None or self._next_cursor is None:
            raise PaginationError("This is the last page: there is no next page (check has_more first)")
        if self._next_cursor in self._seen:
            raise PaginationError(f"The server repeated the cursor {self._next_cursor!r}; stopping")
        return self._next_kwargs, self._seen | {self._next_cursor}

    def __repr__(self) -> str:
        return f"{type(self).__name__}(data=[{len(self.data)} items], has_more={self.has_more})"


class SyncPage(_PageBase[T]):
    """One page of a list. Iterating it walks every item of this page and the pages after it."""

    def __init__(
        self,
        envelope: Model,
        *,
        kwargs: Mapping[str, Any],
        paging: Paging,
        fetch: Callable[[Mapping[str, Any]], Model],
        seen: frozenset[str] = frozenset(),
    ) -> None:
        super().__init__(envelope, kwargs=kwargs, paging=paging, seen=seen)
        self._fetch = fetch

    def next_page(self) -> SyncPage[T]:
        """The next page (raises PaginationError on the last page, or when the server repeats a cursor)."""
        kwargs, seen = self._next_args()
        return SyncPage(self._fetch(kwargs), kwargs=kwargs, paging=self._paging, fetch=self._fetch, seen=seen)

    def iter_pages(self) -> Iterator[SyncPage[T]]:
        """This page, then each following page, fetched as you go."""
        page = self
        while True:
            yield page
            if not page.has_next_page():
                return
            page = page.next_page()

    def __iter__(self) -> Iterator[T]:
        for page in self.iter_pages():
            yield from page.data


class AsyncPage(_PageBase[T]):
    """One page of a list (async). `async for` over it walks every item of it and the pages after it."""

    def __init__(
        self,
        envelope: Model,
        *,
        kwargs: Mapping[str, Any],
        paging: Paging,
        fetch: Callable[[Mapping[str, Any]], Awaitable[Model]],
        seen: frozenset[str] = frozenset(),
    ) -> None:
        super().__init__(envelope, kwargs=kwargs, paging=paging, seen=seen)
        self._fetch = fetch

    async def next_page(self) -> AsyncPage[T]:
        """The next page (raises PaginationError on the last page, or when the server repeats a cursor)."""
        kwargs, seen = self._next_args()
        return AsyncPage(await self._fetch(kwargs), kwargs=kwargs, paging=self._paging, fetch=self._fetch, seen=seen)

    async def iter_pages(self) -> AsyncIterator[AsyncPage[T]]:
        page = self
        while True:
            yield page
            if not page.has_next_page():
                return
            page = await page.next_page()

    async def __aiter__(self) -> AsyncIterator[T]:
        async for page in self.iter_pages():
            for item in page.data:
                yield item


class AsyncPaginator(Generic[T]):
    """What an async list call returns: await it for the first page, or `async for` it for every item."""

    def __init__(self, first: Callable[[], Awaitable[AsyncPage[T]]]) -> None:
        self._first = first

    def __await__(self) -> Generator[Any, None, AsyncPage[T]]:
        return self._first().__await__()

    async def __aiter__(self) -> AsyncIterator[T]:
        page = await self._first()
        async for item in page:
            yield item


def first_page(
    api: AuthenticatedClient, kwargs: Mapping[str, Any], documented: Sequence[Documented], paging: Paging
) -> SyncPage[Any]:
    """The first page of a list, for the module functions' iterate()."""

    def fetch(page_kwargs: Mapping[str, Any]) -> Model:
        return cast(Model, parse_success(api.request(**page_kwargs), documented))

    return SyncPage(fetch(kwargs), kwargs=kwargs, paging=paging, fetch=fetch)


async def afirst_page(
    api: AuthenticatedClient, kwargs: Mapping[str, Any], documented: Sequence[Documented], paging: Paging
) -> AsyncPage[Any]:
    """The async twin of first_page()."""

    async def fetch(page_kwargs: Mapping[str, Any]) -> Model:
        return cast(Model, parse_success(await api.arequest(**page_kwargs), documented))

    return AsyncPage(await fetch(kwargs), kwargs=kwargs, paging=paging, fetch=fetch)


def iterate(first: Callable[[], SyncPage[T]]) -> Iterator[T]:
    """Every item of every page; nothing is fetched until the first item is asked for."""
    yield from first()


async def aiterate(first: Callable[[], Awaitable[AsyncPage[T]]]) -> AsyncIterator[T]:
    page = await first()
    async for item in page:
        yield item


__all__ = ["AsyncPage", "AsyncPaginator", "Paging", "SyncPage", "afirst_page", "aiterate", "first_page", "iterate"]
