"""A range argument (`created=`) takes unix seconds, an aware datetime (sent as unix seconds,
whatever its zone) or a date (a Mexico City day: gte its first second, lte its last); a naive
datetime, a string or anything else is an ArgumentError before anything is sent."""

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from gigstack import errors
from gigstack.models import TimeRange
from support.server import Reply

NOVEMBER_FIRST = 1793512800  # 2026-11-01T00:00:00-06:00
DECEMBER_FIRST = 1796104800  # 2026-12-01T00:00:00-06:00
EMPTY = {"message": "ok", "data": [], "has_more": False}


def sent_range(server) -> dict[str, str]:
    return {k: v for k, v in server.received[-1].query if k.startswith("created")}


@pytest.mark.parametrize(
    "bounds",
    [
        {"gte": NOVEMBER_FIRST, "lte": DECEMBER_FIRST - 1},
        {"gte": dt.date(2026, 11, 1), "lte": dt.date(2026, 11, 30)},
        {"gte": dt.datetime(2026, 11, 1, 6, 0, tzinfo=dt.UTC), "lte": dt.date(2026, 11, 30)},
        {"gte": dt.datetime(2026, 11, 1, tzinfo=ZoneInfo("America/Mexico_City")), "lte": DECEMBER_FIRST - 1},
        TimeRange(gte=NOVEMBER_FIRST, lte=DECEMBER_FIRST - 1),
    ],
    ids=["seconds", "days", "aware-utc", "aware-mexico-city", "model"],
)
def test_every_form_of_a_bound_sends_the_same_unix_seconds(server, make_gigstack, bounds) -> None:
    server.queue(Reply(200, EMPTY))
    with make_gigstack() as gs:
        gs.invoices.income.list(created=bounds)
    assert sent_range(server) == {"created[gte]": str(NOVEMBER_FIRST), "created[lte]": str(DECEMBER_FIRST - 1)}


@pytest.mark.parametrize(
    "bound",
    [dt.datetime(2026, 11, 1, 0, 0), "2026-11-01", "1793512800", True, 1.5e9, None.__class__],
    ids=["naive", "iso-string", "digit-string", "bool", "float", "type"],
)
def test_anything_else_is_refused_before_sending(server, make_gigstack, bound) -> None:
    with make_gigstack() as gs, pytest.raises(errors.ArgumentError, match=r"created\[gte\]"):
        gs.clients.list(created={"gte": bound})
    assert server.received == []


async def test_the_async_client_converts_the_same(server, make_async_gigstack) -> None:
    server.queue(Reply(200, EMPTY))
    async with make_async_gigstack() as ags:
        await ags.clients.list(created={"gte": dt.date(2026, 11, 1)})
    assert sent_range(server) == {"created[gte]": str(NOVEMBER_FIRST)}
