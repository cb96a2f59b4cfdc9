"""iterate()/aiterate() walk every page lazily with the same filters, skip null items and stop
on a repeated cursor."""

import pytest

from gigstack import errors
from gigstack.api.clients import list_clients
from gigstack.models import Client, ListOrderBy, TimeRange
from support.server import Reply


def page(ids: list[str | None], next_: str | None, has_more: bool) -> Reply:
    data = [None if i is None else {"id": i} for i in ids]
    return Reply(200, {"message": "Clients retrieved successfully", "data": data, "next": next_, "has_more": has_more})


def test_iterates_three_pages_skipping_null_items_with_the_same_filters(server, make_client, iterate) -> None:
    server.queue(
        page(["client_1", "client_2"], "cur_2", True),
        page([None, "client_3"], "cur_3", True),
        page(["client_4"], None, False),
    )
    clients = iterate(
        list_clients, client=make_client(), limit=2, order_by=ListOrderBy.NAME, created=TimeRange(gte=1767225600)
    )
    assert [c.id for c in clients] == ["client_1", "client_2", "client_3", "client_4"]
    assert all(isinstance(c, Client) for c in clients)
    filters = [("created[gte]", "1767225600"), ("limit", "2"), ("order_by", "name")]
    assert [sorted(r.query) for r in server.received] == [
        filters,
        sorted([*filters, ("next", "cur_2")]),
        sorted([*filters, ("next", "cur_3")]),
    ]


def test_an_empty_page_that_says_has_more_keeps_going(server, make_client, iterate) -> None:
    server.queue(page([], "cur_2", True), page(["client_1"], None, False))
    assert [c.id for c in iterate(list_clients, client=make_client())] == ["client_1"]
    assert len(server.received) == 2


def test_a_repeated_cursor_stops_with_a_clear_error(server, make_client, iterate) -> None:
    server.queue(
        page(["client_1"], "cur_2", True), page(["client_2"], "cur_3", True), page(["client_3"], "cur_2", True)
    )
    with pytest.raises(errors.PaginationError, match="cur_2"):
        iterate(list_clients, client=make_client())
    assert len(server.received) == 3


def test_iteration_is_lazy_one_page_at_a_time(server, make_client) -> None:
    server.queue(page(["client_1", "client_2"], "cur_2", True), page(["client_3"], None, False))
    items = list_clients.iterate(client=make_client())
    assert next(items).id == "client_1" and len(server.received) == 1
    assert next(items).id == "client_2" and len(server.received) == 1
    assert next(items).id == "client_3" and len(server.received) == 2


def test_a_failed_page_raises_the_typed_error(server, make_client, iterate) -> None:
    server.queue(page(["client_1"], "cur_2", True), Reply(403, {"message": "Forbidden", "error": "forbidden"}))
    with pytest.raises(errors.PermissionDeniedError):
        iterate(list_clients, client=make_client())
