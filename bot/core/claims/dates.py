"""The date of the event a clause speaks of («17 вересня звільнили», "captured in January"), month-only when the text
gives no day ("2023-01"); a month with no year is the latest such month not after the post."""

from __future__ import annotations

from datetime import datetime

from bot.core.claims.lexicon.discourse import MONTH_ADJECTIVES, MONTH_WORDS, MONTHS
from bot.core.claims.patterns import discourse_cues
from bot.core.claims.phrases import Trigger
from bot.core.claims.windows import WINDOWS


def event_date(
    text: str,
    clause: tuple[int, int],
    trigger: Trigger,
    post_date: datetime | None,
    place: tuple[int, int] | None = None,
    next_place: int | None = None,
) -> str | None:
    """The event's date when the clause gives one ("captured ... in January", «17 вересня звільнили»). For one
    place of a list, a date right after its name is its own ("the fall of Marinka in December 2023 and Avdiivka
    in February"); else the list shares the phrase's."""
    if place is not None:
        hi = min(clause[1], place[1] + WINDOWS.date_after_place, next_place if next_place is not None else clause[1])
        own = first_date(text, place[1], hi, post_date)
        if own is not None:
            return own
    lo, hi = max(clause[0], trigger.start - WINDOWS.date_before), min(clause[1], trigger.end + WINDOWS.date_after)
    return first_date(text, lo, hi, post_date)


def first_date(text: str, lo: int, hi: int, post_date: datetime | None) -> str | None:
    """The first date in text[lo:hi] as "YYYY-MM-DD" or "YYYY-MM"; a month with no year takes the post's year, or
    the year before when that month is still to come (January in a post of March is this January, December the
    last)."""
    for m in discourse_cues().date.finditer(text, lo, hi):
        word = m.group("m").lower()
        if word in MONTH_WORDS and text[m.start()].islower():
            continue  # "may" the verb
        if word in MONTH_ADJECTIVES and not (m.group("d1") or m.group("d2") or m.group("y")):
            continue  # «лютий бій»: fierce
        first = text[m.start("m")]
        if not first.isascii() and first.isupper() and not (m.group("d1") or m.group("y")):
            continue  # a capitalised Cyrillic word is a name («біля Липців»): months are written in lower case
        month = MONTHS[word]
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
