"""Lists through the resource client: a page (`.data`, `.has_more`, `.next_cursor`, `.next_page()`,
`.iter_pages()`), and iterating the page walks every item of every page lazily, sync and async;
cursor lists, the SAT list's `starting_after`, and numbered search pages all walk the same way."""

import asyncio

import pytest

from gigstack import AsyncPage, SyncPage, errors
from gigstack.models import Client
from support.server import Reply


def page(ids: list[str | None], next_: str | None, has_more: bool) -> Reply:
    data = [None if i is None else {"id": i} for i in ids]
    return Reply(200, {"message": "Clients retrieved successfully", "data": data, "next": next_, "has_more": has_more})


THREE_PAGES = [
    page(["client_1", "client_2"], "cur_2", True),
    page([None, "client_3"], "cur_3", True),
    page(["client_4"], None, False),
]


def test_a_list_returns_a_page_of_typed_items(server, make_gigstack) -> None:
    server.queue(THREE_PAGES[0])
    first = make_gigstack().clients.list(limit=2)
    assert isinstance(first, SyncPage) and all(isinstance(c, Client) for c in first.data)
    assert [c.id for c in first.data] == ["client_1", "client_2"]
    assert (first.has_more, first.next_cursor) == (True, "cur_2")
    assert first.envelope.message == "Clients retrieved successfully"
    assert len(server.received) == 1


def test_next_page_and_iter_pages(server, make_gigstack) -> None:
    server.queue(*THREE_PAGES)
    first = make_gigstack().clients.list(limit=2, sort="asc")
    second = first.next_page()
    assert [c.id for c in second.data] == ["client_3"], "a null item never reaches the user"
    third = second.next_page()
    assert not third.has_more and third.next_cursor is None
    with pytest.raises(errors.PaginationError):
        third.next_page()
    assert [sorted(r.query) for r in server.received] == [
        [("limit", "2"), ("sort", "asc")],
        [("limit", "2"), ("next", "cur_2"), ("sort", "asc")],
        [("limit", "2"), ("next", "cur_3"), ("sort", "asc")],
    ]


def test_iterating_a_page_walks_every_item_lazily(server, make_gigstack) -> None:
    server.queue(*THREE_PAGES)
    items = iter(make_gigstack().clients.list(limit=2))
    assert next(items).id == "client_1" and len(server.received) == 1
    assert next(items).id == "client_2" and len(server.received) == 1
    assert next(items).id == "client_3" and len(server.received) == 2
    assert [c.id for c in items] == ["client_4"] and len(server.received) == 3


def test_iter_pages_yields_each_page_once(server, make_gigstack) -> None:
    server.queue(*THREE_PAGES)
    pages = list(make_gigstack().clients.list().iter_pages())
    assert [len(p.data) for p in pages] == [2, 1, 1]


def test_a_repeated_cursor_stops_the_walk(server, make_gigstack) -> None:
    server.queue(page(["client_1"], "cur_2", True), page(["client_2"], "cur_2", True))
    with pytest.raises(errors.PaginationError, match="cur_2"):
        list(make_gigstack().clients.list())
    assert len(server.received) == 2


def test_async_await_gives_the_first_page_and_async_for_every_item(server, make_async_gigstack) -> None:
    server.queue(THREE_PAGES[0], *THREE_PAGES)

    async def main() -> tuple[list[str], list[str]]:
        async with make_async_gigstack() as ags:
            first = await ags.clients.list(limit=2)
            assert isinstance(first, AsyncPage) and first.has_more
            everything = [c.id async for c in ags.clients.list(limit=2)]
            return [c.id for c in first.data], everything

    first_ids, all_ids = asyncio.run(main())
    assert first_ids == ["client_1", "client_2"]
    assert all_ids == ["client_1", "client_2", "client_3", "client_4"]
    assert len(server.received) == 4


def test_async_next_page(server, make_async_gigstack) -> None:
    server.queue(*THREE_PAGES)

    async def main() -> list[int]:
        ags = make_async_gigstack()
        first = await ags.clients.list()
        sizes = [len(p.data) async for p in first.iter_pages()]
        await ags.close()
        return sizes

    assert asyncio.run(main()) == [2, 1, 1]


def test_the_sat_list_pages_with_starting_after(server, make_gigstack) -> None:
    uuids = ["3b8e2f6a-1c4d-4f7a-9e2b-5d6c7a8b9f01", "4c9f3a7b-2d5e-4a8b-8f3c-6e7d8b9c0a12"]
    server.queue(
        Reply(200, {"data": [{"uuid": uuids[0]}], "next": uuids[0], "has_more": True}),
        Reply(200, {"data": [{"uuid": uuids[1]}], "next": None, "has_more": False}),
    )
    found = [invoice.uuid for invoice in make_gigstack().invoices.sat.list(limit=1)]
    assert found == uuids
    assert server.received[1].query == [("limit", "1"), ("starting_after", uuids[0])]


def test_numbered_search_pages_walk_until_a_short_page(server, make_gigstack) -> None:
    def search_page(number: int, ids: list[str]) -> Reply:
        data = [{"id": i} for i in ids]
        return Reply(200, {"data": data, "page": number, "per_page": 2, "found": 3, "has_more": None})

    server.queue(search_page(1, ["payment_1", "payment_2"]), search_page(2, ["payment_3"]))
    found = [p.id for p in make_gigstack().payments.search(q="ACME", limit=2)]
    assert found == ["payment_1", "payment_2", "payment_3"]
    assert [dict(r.query).get("page") for r in server.received] == [None, "2"]


def test_a_page_whose_items_are_not_objects_keeps_them_as_unreadable_views(server, make_gigstack) -> None:
    server.queue(Reply(200, {"data": ["client_1", 2], "has_more": False}))
    items = make_gigstack().clients.list().data
    assert [item.to_dict() for item in items] == ["client_1", 2]
    with pytest.raises(errors.ResponseValidationError):
        _ = items[1].id
