"""Pure: turn a plain question («що з Кліщіївкою?», "who controls Robotyne", «Работино») into a place query."""

from __future__ import annotations

import re
from datetime import date

# Question openings, lowercased; the longest match is removed. The rest of the message names the place.
OPENINGS: tuple[str, ...] = (
    # Ukrainian
    "що там з",
    "що там із",
    "що там зі",
    "що там у",
    "що там в",
    "що з",
    "що із",
    "що зі",
    "що у",
    "що в",
    "як там у",
    "як там в",
    "як там",
    "як справи у",
    "як справи в",
    "хто контролює",
    "хто тримає",
    "хто утримує",
    "чий",
    "чия",
    "чиє",
    "яка ситуація у",
    "яка ситуація в",
    "яка ситуація з",
    "що відбувається у",
    "що відбувається в",
    "що відомо про",
    "що чути про",
    "новини з",
    "новини про",
    "статус",
    "розкажи про",
    # Russian
    "что там с",
    "что там со",
    "что там в",
    "что там у",
    "что с",
    "что со",
    "что в",
    "что у",
    "как там в",
    "как там",
    "как дела в",
    "кто контролирует",
    "кто держит",
    "чей",
    "чья",
    "чьё",
    "чье",
    "какая ситуация в",
    "какая ситуация с",
    "что происходит в",
    "что известно о",
    "что известно про",
    "что слышно про",
    "новости из",
    "новости про",
    "расскажи про",
    # English
    "what about",
    "what's up with",
    "whats up with",
    "what is happening in",
    "what's happening in",
    "whats happening in",
    "what is going on in",
    "what's going on in",
    "who controls",
    "who holds",
    "who has",
    "status of",
    "status",
    "what is the status of",
    "what's the status of",
    "how is",
    "how about",
    "what's the situation in",
    "what is the situation in",
    "news from",
    "news about",
    "any news from",
    "any news about",
    "tell me about",
    "is",
    "was",
)
ENDINGS: tuple[str, ...] = (
    "зараз",
    "тепер",
    "сьогодні",
    "сейчас",
    "теперь",
    "сегодня",
    "now",
    "today",
    "right now",
    "currently",
    "taken",
    "captured",
    "liberated",
    "occupied",
    "під контролем",
    "под контролем",
)
_OPENINGS = sorted(OPENINGS, key=len, reverse=True)
_ENDINGS = sorted(ENDINGS, key=len, reverse=True)
_EDGE = "?!.,;:…«»\"'“”„()[] \t\n"
_MENTION = re.compile(r"^@\w+\s+")


def place_query(text: str) -> str | None:
    """The place a plain message asks about, or None when nothing is left after the question words."""
    text = _MENTION.sub("", " ".join(text.split())).strip(_EDGE)
    changed = True
    while changed and text:
        changed = False
        low = text.lower()
        if low in OPENINGS:
            return None
        for opening in _OPENINGS:
            if low.startswith(opening + " "):
                text, changed = text[len(opening) :].strip(_EDGE), True
                break
        low = text.lower()
        for ending in _ENDINGS:
            if low.endswith(" " + ending):
                text, changed = text[: -len(ending)].strip(_EDGE), True
                break
    return text or None


_RADIUS = re.compile(r"^(?P<place>.+?)\s+(?P<km>\d{1,4})\s*(?:km|км)?$", re.IGNORECASE)


def split_radius(text: str) -> tuple[str, int | None]:
    """ "Robotyne 15" / "Роботине 15 км" -> ("Robotyne", 15); no trailing number -> (text, None)."""
    text = " ".join(text.split())
    m = _RADIUS.match(text)
    if m is None:
        return text, None
    return m.group("place"), int(m.group("km"))


MAX_MUTE_HOURS = 168


def parse_hours(args: list[str]) -> float | None:
    """`/mute 8`, `/mute 1.5`, `/mute 0` (resume); None when it is not a number of hours we accept."""
    if len(args) != 1:
        return None
    try:
        hours = float(args[0].replace(",", ".").rstrip("hгчHГЧ"))
    except ValueError:
        return None
    return hours if 0 <= hours <= MAX_MUTE_HOURS else None


def parse_switch(args: list[str]) -> bool | None:
    word = args[0].casefold() if len(args) == 1 else ""
    if word in ("on", "1", "yes", "так", "да", "вкл", "увімк"):
        return True
    if word in ("off", "0", "no", "ні", "нет", "выкл", "вимк"):
        return False
    return None


_DATE_AT_END = re.compile(
    r"^(?P<rest>.*?)[\s,]*(?:(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})|(?P<d2>\d{1,2})[./](?P<m2>\d{1,2})[./](?P<y2>\d{4}))$"
)


def parse_day(text: str) -> date | None:
    """ "2023-09-18" or "18.09.2023" (or 18/09/2023) -> that day; None when it is not one."""
    rest, day = split_date(text.strip())
    return day if day is not None and not rest.strip() else None


def split_date(text: str) -> tuple[str, date | None]:
    """ "Андріївка 18.09.2023" -> ("Андріївка", 18 Sep 2023): a day at the end of a query; else (text, None)."""
    text = " ".join(text.split())
    m = _DATE_AT_END.match(text)
    if m is None:
        return text, None
    year, month, day = (m.group("y"), m.group("m"), m.group("d")) if m.group("y") else (m["y2"], m["m2"], m["d2"])
    try:
        return m.group("rest"), date(int(year), int(month), int(day))
    except ValueError:
        return text, None
