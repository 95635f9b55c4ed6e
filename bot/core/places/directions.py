"""The front's directions a text names: lists of them («на Лиманському та Сіверському напрямках»), the section of a
report one heads («На Оріхівському напрямку ... . На Гуляйпільському напрямку ...»), one whose noun a report leaves
out («на Лиманському – ...»). Pure: tokens in, token indices out."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence

from bot.core.places.model import TUNING
from bot.core.places.tokens import END, KEY, START, TEXT, Token
from bot.core.places.words import (
    ADJECTIVE_ENDINGS,
    DIRECTION_ELIDED,
    DIRECTION_NOUNS,
    DIRECTION_PLURALS,
    DIRECTION_STEMS,
    GROUP_NAMED,
    GROUP_STEM,
    GROUP_TOWNS,
    LIST_JOINERS,
    SENTENCE_END,
)

_SECTION_NOUNS = DIRECTION_NOUNS | DIRECTION_PLURALS | {"direction", "axis", "sector"}  # a section heads with one


def section(tokens: Sequence[Token], text: str, i: int) -> tuple[int, int]:
    """The first and last token of the report section a direction named at token i heads: from its sentence's
    start, or the previous direction in that sentence, up to the next direction after its own direction noun
    («На Оріхівському напрямку ... . На Гуляйпільському напрямку», "... near X in the Orikhiv direction")."""
    first = i
    while first > 0 and not SENTENCE_END.search(text, tokens[first - 1][END], tokens[first][START]):
        if tokens[first - 1][KEY] in _SECTION_NOUNS or direction_elided(tokens, text, first - 1):
            break
        first -= 1
    own = False
    for j in range(i + 1, len(tokens)):
        key = tokens[j][KEY]
        if key in _SECTION_NOUNS:
            if own:
                return first, j - 2  # the next direction's adjective stands before its noun
            own = True
        elif own and direction_elided(tokens, text, j):
            return first, j - 1  # the noun left out: «..., на Олександрівському – росіяни атакували»
    return first, len(tokens) - 1


def before_direction_nouns(tokens: Sequence[Token], text: str) -> list[int]:
    """The tokens that may name a direction: those before a direction noun (a plural one: the list before it, up to
    TUNING.direction_list_reach words) and those after «на» before a dash (direction_elided)."""
    found: set[int] = set()
    for j, token in enumerate(tokens):
        key = token[KEY]
        if key in DIRECTION_PLURALS:
            found.update(range(max(0, j - TUNING.direction_list_reach), j))
        elif key in DIRECTION_NOUNS:
            found.add(j - 1)
        elif key == "на" and j + 1 < len(tokens) and direction_elided(tokens, text, j + 1):
            found.add(j + 1)
    return sorted(k for k in found if k >= 0)


def direction_elided(tokens: Sequence[Token], text: str, i: int) -> bool:
    """«на Лиманському – ...», «на Кураховском: ...»: an adjective after «на» before a dash or colon is a direction
    whose noun a report leaves out."""
    return (
        i > 0
        and tokens[i - 1][KEY] == "на"
        and tokens[i][KEY].endswith(ADJECTIVE_ENDINGS)
        and _dash_after(text, tokens[i])
    )


def _dash_after(text: str, token: Token) -> bool:
    """A dash or a colon right after the token («Олександрівському –», «Курахівському:»)."""
    return text[token[END] : token[END] + 3].lstrip()[:1] in ("–", "—", "-", ":")


def directions_listed(tokens: Sequence[Token], text: str, last: int) -> bool:
    """The name starts a list of directions: capitalised adjectives (Latin names in English) joined by commas,
    «та», "and" up to a plural direction noun («на Північно-Слобожанському, Курському та Лиманському напрямках",
    "on the Kupiansk and Lyman axes"). The first part of a hyphenated compound stands in the list as it is."""
    latin = tokens[last][TEXT].isascii()
    if not latin and not tokens[last][KEY].endswith(ADJECTIVE_ENDINGS):
        return False
    for j in range(last + 1, min(len(tokens), last + TUNING.direction_list_reach)):
        if SENTENCE_END.search(text, tokens[j - 1][END], tokens[j][START]):
            return False
        key = tokens[j][KEY]
        if key in DIRECTION_PLURALS:
            return True
        if key in LIST_JOINERS:
            continue
        compound = j + 1 < len(tokens) and text[tokens[j][END] : tokens[j + 1][START]] in ("-", "–")
        if not tokens[j][TEXT][0].isupper() or not (latin or compound or key.endswith(ADJECTIVE_ENDINGS)):
            return False
    return False


def group_fronts(tokens: Sequence[Token], text: str) -> list[tuple[str, int, tuple[int, int]]]:
    """(town code, token, section) for each town of every Russian group of forces the text names («подразделения
    группировки войск «Восток» освободили X», "the Vostok group"): the token where the group is named, and the
    section its sentence (GROUP_FRONTS: the towns its sector has held)."""
    if not tokens:
        return []
    found: list[tuple[str, int, tuple[int, int]]] = []
    starts: list[int] = []
    after = 0
    for stem in GROUP_STEM.finditer(text):  # the group's name lies within a few words of its noun
        lo = max(after, stem.start() - TUNING.group_name_before)
        m = GROUP_NAMED.search(text, lo, stem.end() + TUNING.group_name_after)
        if m is None:
            continue
        after = m.end()
        starts = starts or [t[START] for t in tokens]
        i = min(bisect_left(starts, m.start()), len(tokens) - 1)
        span = _group_section(tokens, text, starts, i, m.end())
        towns = GROUP_TOWNS[int(m.lastgroup[1:])] if m.lastgroup else ()  # «g3»: the fourth group's towns
        found.extend((code, i, span) for code in towns)
    return found


_NEXT_NAME_QUOTED = re.compile(r"[«\"“][A-ZА-ЯЁІЇЄҐ][\w-]*[»\"”]")  # «"Запад" - Макеевку»: the next group's part


def _group_section(tokens: Sequence[Token], text: str, starts: list[int], i: int, end: int) -> tuple[int, int]:
    """The first and last token of token i's sentence, up to another name in quotes after the group's (the next
    group of a list: «"Центр" - X, "Запад" - Y»)."""
    first, last = i, i
    while first > 0 and not SENTENCE_END.search(text, tokens[first - 1][END], tokens[first][START]):
        first -= 1
    while last + 1 < len(tokens) and not SENTENCE_END.search(text, tokens[last][END], tokens[last + 1][START]):
        last += 1
    other = _NEXT_NAME_QUOTED.search(text, end, tokens[last][END])
    if other is not None:
        last = max(i, bisect_left(starts, other.start()) - 1)
    return first, last


def may_name_direction(text: str) -> bool:
    """Whether the text may name a direction by its adjective (a direction noun, DIRECTION_STEMS, or «на» and a word
    before a dash or colon): a first test before the scan, substring searches mostly (a regex of alternatives
    tried at every position cost 25 µs a post)."""
    low = text.lower()
    if any(stem in low for stem in DIRECTION_STEMS):
        return True
    return any(m.start() == 0 or not _word_char(text[m.start() - 1]) for m in DIRECTION_ELIDED.finditer(text))


def _word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"
