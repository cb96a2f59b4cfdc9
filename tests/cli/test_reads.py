"""Read commands: the exact request a command sends, what it prints in each format, and paging."""

import csv
import io
import json

from cli.conftest import CLIENT, TEST_KEY, page
from support.paths import FIXTURES
from support.server import Reply


def recorded(name: str) -> dict:
    return json.loads((FIXTURES / name).read_text())


def test_a_list_sends_the_recorded_request_and_prints_the_page(gigstack, server) -> None:
    fixture = recorded("clients/listClients/200_created_range_by_name.json")
    server.queue(Reply(fixture["response"]["status"], fixture["response"]["json"]))
    done = gigstack(
        "clients", "list", "--team", "team_3LpXc9VbQ2", "--limit", "50", "--order-by", "name", "--sort", "asc",
        "--created-gte", "1767225600", "--created-lte", "1769903999", "--format", "json",
    )  # fmt: skip
    assert done.status == 0, done.stderr
    sent = server.received[0]
    assert (sent.method, sent.path) == ("GET", fixture["request"]["path"])
    assert dict(sent.query) == fixture["request"]["query"]
    assert sent.headers["Authorization"] == f"Bearer {TEST_KEY}"
    printed = done.json()
    assert [c["id"] for c in printed["data"]] == [c["id"] for c in fixture["response"]["json"]["data"]]
    assert printed["has_more"] is False


def test_a_day_is_a_mexico_city_day(gigstack, server) -> None:
    server.queue(page([]))
    done = gigstack("clients", "list", "--created-gte", "2026-01-01", "--created-lte", "2026-01-31")
    assert done.status == 0, done.stderr
    query = dict(server.received[0].query)
    # 2026-01-01T00:00:00-06:00 and 2026-01-31T23:59:59-06:00
    assert (query["created[gte]"], query["created[lte]"]) == ("1767247200", "1769925599")


def test_retrieve_puts_the_id_in_the_path_and_unwraps_the_data(gigstack, server) -> None:
    server.queue(Reply(200, {"message": "ok", "data": CLIENT}))
    done = gigstack("clients", "retrieve", "client_Rk2fP9sLm4Qz")
    assert done.status == 0, done.stderr
    assert server.received[0].path == "/v2/clients/client_Rk2fP9sLm4Qz"
    assert done.json()["tax_id"] == "EKU9003173C9"


def test_jsonl_csv_fields_and_table(gigstack, server) -> None:
    other = {**CLIENT, "id": "client_2", "name": '=HYPERLINK("http://x")', "nested": {"a": 1}}
    for _ in range(4):
        server.queue(page([CLIENT, other]))
    lines = gigstack("clients", "list", "--format", "jsonl", "--fields", "id,name").lines()
    assert lines == [{"id": CLIENT["id"], "name": CLIENT["name"]}, {"id": "client_2", "name": other["name"]}]

    rows = list(csv.DictReader(io.StringIO(gigstack("clients", "list", "--format", "csv").stdout)))
    assert rows[0]["id"] == CLIENT["id"] and rows[0]["created_at"] == "1767225600"
    # A spreadsheet must not run a cell as a formula.
    assert rows[1]["name"] == "'" + other["name"]

    dotted = list(
        csv.DictReader(io.StringIO(gigstack("clients", "list", "--format", "csv", "--fields", "id,nested.a").stdout))
    )
    assert dotted[1] == {"id": "client_2", "nested.a": "1"}

    table = gigstack("clients", "list", "--format", "table").stdout
    assert "client_Rk2fP9sLm4Qz" in table and all(len(line) <= 80 for line in table.splitlines())


def test_all_walks_every_page_one_item_a_line(gigstack, server) -> None:
    server.queue(
        page([{"id": "c1"}, {"id": "c2"}], has_more=True, next_cursor="cur_2"),
        page([{"id": "c3"}], has_more=False),
    )
    done = gigstack("clients", "list", "--all", "--limit", "2")
    assert done.status == 0, done.stderr
    assert [item["id"] for item in done.lines()] == ["c1", "c2", "c3"]
    assert [dict(r.query).get("next") for r in server.received] == [None, "cur_2"]
    assert all(dict(r.query)["limit"] == "2" for r in server.received)


def test_max_items_stops_the_walk(gigstack, server) -> None:
    server.queue(page([{"id": "c1"}, {"id": "c2"}], has_more=True, next_cursor="cur_2"))
    done = gigstack("clients", "list", "--all", "--max-items", "2")
    assert [item["id"] for item in done.lines()] == ["c1", "c2"]
    assert len(server.received) == 1


def test_a_cursor_seen_twice_stops_with_a_clear_error(gigstack, server) -> None:
    server.queue(
        page([{"id": "c1"}], has_more=True, next_cursor="same"),
        page([{"id": "c2"}], has_more=True, next_cursor="same"),
    )
    done = gigstack("clients", "list", "--all")
    assert done.status == 1
    assert "same" in done.stderr and "twice" in done.stderr
    assert [item["id"] for item in done.lines()] == ["c1", "c2"]


def test_an_unknown_field_and_a_null_item_print_as_they_came(gigstack, server) -> None:
    server.queue(page([{"id": "c1", "brand_new_field": {"x": [1]}}, None]))
    done = gigstack("clients", "list", "--format", "json")
    assert done.status == 0, done.stderr
    assert done.json()["data"] == [{"id": "c1", "brand_new_field": {"x": [1]}}, None]
