"""Days as the SAT counts them: whole days in Mexico City time (America/Mexico_City), not UTC.
An invoice stamped at 23:30 on the 30th, local time, belongs to the 30th, whatever UTC says."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from .. import _days
from ._errors import JobInputError

ZONE_NAME = _days.ZONE_NAME


def mexico_city() -> ZoneInfo:
    try:
        return _days.mexico_city()
    except LookupError as error:
        raise JobInputError(str(error)) from None


def day(value: object, name: str) -> dt.date:
    """A calendar day from a date or a YYYY-MM-DD string."""
    if isinstance(value, dt.datetime):
        raise JobInputError(f"{name} is a day (a date or YYYY-MM-DD), not a date and time")
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip())
        except ValueError:
            pass
    raise JobInputError(f"{name} must be a day as YYYY-MM-DD, not {value!r}")


def day_range(since: dt.date, until: dt.date) -> tuple[int, int]:
    """Unix seconds from the start of `since` to the end of `until` (both whole days, inclusive),
    in Mexico City time."""
    if since > until:
        raise JobInputError(f"since ({since}) is after until ({until})")
    mexico_city()  # a missing time zone database is told as a job's input error
    return _days.day_bounds(since, until)


def local_time(seconds: object) -> str:
    """A unix time as Mexico City's 'YYYY-MM-DD HH:MM:SS' (empty when unknown)."""
    if isinstance(seconds, bool) or not isinstance(seconds, int | float):
        return ""
    moment = dt.datetime.fromtimestamp(seconds, mexico_city())
    return moment.strftime("%Y-%m-%d %H:%M:%S")
