"""The date of the event a clause speaks of («17 вересня звільнили», "captured in January")."""

from __future__ import annotations

import re
from datetime import datetime

from bot.core.claims.phrases import (
    Trigger,
)

_MONTHS = {
    "січ": 1,
    "лют": 2,
    "берез": 3,
    "квіт": 4,
    "трав": 5,
    "черв": 6,
    "лип": 7,
    "серп": 8,
    "верес": 9,
    "жовт": 10,
    "листопад": 11,
    "груд": 12,
    "январ": 1,
    "феврал": 2,
    "март": 3,
    "апрел": 4,
    "мая": 5,
    "мае": 5,
    "май": 5,
    "июн": 6,
    "июл": 7,
    "август": 8,
    "сентябр": 9,
    "октябр": 10,
    "ноябр": 11,
    "декабр": 12,
    "january": 1,
    "february": 2,
    "march": 3,
    "april": 4,
    "may": 5,
    "june": 6,
    "july": 7,
    "august": 8,
    "september": 9,
    "october": 10,
    "november": 11,
    "december": 12,
}


_DATE = re.compile(
    r"(?<!\w)(?:(?P<d1>\d{1,2})(?:-?го)?\s+)?(?P<m>"
    + "|".join(sorted(_MONTHS, key=len, reverse=True))
    + r")\w*(?:\s+(?P<d2>\d{1,2})(?!\d))?(?:,?\s+(?P<y>(?:19|20)\d\d))?",
    re.IGNORECASE,
)


def event_date(text: str, clause: tuple[int, int], trigger: Trigger, post_date: datetime | None) -> str | None:
    """The event's date when the clause gives one ("captured ... in January", «17 вересня звільнили»)."""
    for m in _DATE.finditer(text, max(clause[0], trigger.start - 40), min(clause[1], trigger.end + 60)):
        word = m.group("m").lower()
        if word == "may" and text[m.start()] == "m":
            continue  # the modal verb
        month = _MONTHS[word]
        day_text = m.group("d1") or m.group("d2")
        year_text = m.group("y")
        if year_text:
            year = int(year_text)
        elif post_date is not None:
            year = post_date.year - (1 if month > post_date.month else 0)
        else:
            return None
        if day_text and 1 <= int(day_text) <= 31:
            return f"{year:04d}-{month:02d}-{int(day_text):02d}"
        return f"{year:04d}-{month:02d}"
    return None
