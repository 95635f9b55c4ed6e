"""Dates and times in answers: Kyiv time with the zone named, an event's day or month as its text gives it (pure)."""

from __future__ import annotations

from datetime import date, datetime

from bot.core.claims.status import DAY, MONTH, claim_time, event_date, is_register
from bot.core.present.i18n import t
from bot.core.timezone import in_kyiv, kyiv_day
from bot.models import LedgerClaim


def day_text(day: date, lang: str) -> str:
    return day.strftime(t(lang, "date_format"))


def month_text(day: date, lang: str) -> str:
    return t(lang, "month_year", month=t(lang, f"month_{day.month}"), year=day.year)


def moment_text(when: datetime, lang: str) -> str:
    """ "2023-09-17 14:05 Kyiv time" / «17.09.2023 14:05 за Києвом»."""
    local = in_kyiv(when)
    return t(lang, "kyiv_time", date=day_text(local.date(), lang), time=local.strftime("%H:%M"))


def _event_text(day: date, precision: str, lang: str) -> str:
    return month_text(day, lang) if precision == MONTH else day_text(day, lang)


def claim_when(lc: LedgerClaim, lang: str) -> str:
    """When: the post's time; and, when the text dates its event earlier (a day or a month), that first:
    «січень 2023 (повідомлено 05.03.2024 10:12 за Києвом)». A register entry is a day."""
    if is_register(lc):
        return register_day(lc, lang)
    event = event_date(lc.claim.when)
    if lc.date is None:
        return _event_text(*event, lang) if event else "?"
    if event is None:
        return moment_text(lc.date, lang)
    day, precision = event
    posted = kyiv_day(lc.date)
    same = day == posted if precision == DAY else (day.year, day.month) == (posted.year, posted.month)
    if same or day > posted:  # the post's own day or month (or a day after it: not trusted)
        return moment_text(lc.date, lang)
    return t(lang, "event_and_post", event=_event_text(day, precision, lang), posted=moment_text(lc.date, lang))


def event_day_text(lc: LedgerClaim, lang: str) -> str:
    """The day (or month) a claim is about, short: what a headline's "since ..." names."""
    event = event_date(lc.claim.when)
    if event is not None and (lc.date is None or event[0] < kyiv_day(lc.date)):
        return _event_text(*event, lang)
    return day_text(kyiv_day(claim_time(lc)), lang) if lc.date is not None else "?"


def register_day(lc: LedgerClaim, lang: str) -> str:
    """A register entry's day (its `when`), never a time of day."""
    event = event_date(lc.claim.when)
    if event is not None:
        return _event_text(*event, lang)
    return day_text(lc.date.date(), lang) if lc.date else "?"
