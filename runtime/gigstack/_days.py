"""Days as the SAT counts them, whole days in Mexico City (America/Mexico_City), and the bounds of
a time range argument: `created={"gte": ..., "lte": ...}` takes unix seconds, an aware datetime
(any zone: it names one instant) or a date (a Mexico City day: `gte` its first second, `lte` its
last). Anything else, a naive datetime or a string among them, is refused before sending."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from .errors import ArgumentError

ZONE_NAME = "America/Mexico_City"
# Bounds that end a range: a day given to them means its last second.
UPPER = ("lte", "lt")


def mexico_city() -> ZoneInfo:
    """The zone, or LookupError naming tzdata where the system has no time zone database."""
    try:
        return ZoneInfo(ZONE_NAME)
    except (ZoneInfoNotFoundError, ValueError):
        raise LookupError(
            f"This system has no time zone database with {ZONE_NAME}: install tzdata"
            " (pip install tzdata, or pip install gigstack[cli], which brings it)"
        ) from None


def day_bounds(first: dt.date, last: dt.date) -> tuple[int, int]:
    """Unix seconds from the start of `first` to the end of `last`, both whole Mexico City days."""
    zone = mexico_city()
    start = dt.datetime.combine(first, dt.time.min, zone)
    end = dt.datetime.combine(last + dt.timedelta(days=1), dt.time.min, zone)
    return int(start.timestamp()), int(end.timestamp()) - 1


def range_bound(name: str, key: str, value: object) -> int:
    """One bound of a time range argument as unix seconds, or ArgumentError (nothing is sent)."""
    where = f"{name}[{key}]"
    if isinstance(value, bool):
        raise ArgumentError(f"{where} takes unix seconds, an aware datetime or a date, not a bool")
    if isinstance(value, int):
        return value
    if isinstance(value, dt.datetime):
        if value.tzinfo is None or value.utcoffset() is None:
            raise ArgumentError(
                f"{where}: {value!r} is a naive datetime, which names no instant; give it a tzinfo"
                " (datetime(..., tzinfo=ZoneInfo('America/Mexico_City'))), or pass a date or unix seconds"
            )
        return int(value.timestamp() // 1)
    if isinstance(value, dt.date):
        try:
            start, end = day_bounds(value, value)
        except LookupError as error:
            raise ArgumentError(f"{where}: {error}") from None
        return end if key in UPPER else start
    raise ArgumentError(
        f"{where} takes unix seconds (int), an aware datetime or a date, not {type(value).__name__} {value!r}"
    )


__all__ = ["UPPER", "ZONE_NAME", "day_bounds", "mexico_city", "range_bound"]
