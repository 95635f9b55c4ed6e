"""Kyiv time: answers show times in Europe/Kyiv, and a day a person names ("as of 18.09.2023") is a Kyiv day."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError


def _kyiv() -> tzinfo:
    for name in ("Europe/Kyiv", "Europe/Kiev"):  # the zone was renamed in tzdata 2022b
        try:
            return ZoneInfo(name)
        except ZoneInfoNotFoundError:
            continue
    raise ZoneInfoNotFoundError("no time zone data for Europe/Kyiv (install the tzdata package)")


KYIV: tzinfo = _kyiv()


def in_kyiv(when: datetime) -> datetime:
    """An aware time (naive ones are UTC, as stored) in Kyiv time."""
    return (when if when.tzinfo else when.replace(tzinfo=UTC)).astimezone(KYIV)


def kyiv_day(when: datetime) -> date:
    return in_kyiv(when).date()


def end_of_kyiv_day(day: date) -> datetime:
    """The last instant of a Kyiv day, in UTC."""
    start_next = datetime.combine(day + timedelta(days=1), time(0), tzinfo=KYIV)
    return start_next.astimezone(UTC) - timedelta(microseconds=1)
