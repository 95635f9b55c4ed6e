"""What a regex cannot match without: the literal pieces one of which any match contains, worked out from the
regex, so that a text without any of them is not searched at all (a speed-up only: the answer never changes)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from re import _casefix, _parser  # type: ignore[attr-defined]
from re import _constants as _sre  # type: ignore[attr-defined]
from typing import Any

ZERO_WIDTH = (_sre.ASSERT_NOT, _sre.ASSERT, _sre.AT)  # the parsed ops that match no character (patterns.py too)
_REPEATS = (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT)


def _case_classes() -> dict[int, str]:
    """Each lower-case letter the regex engine takes as the same as another ignoring case (its few extra
    equivalents: «ſ» and «s», «ᲀ» and «в») -> one letter of its class."""
    parent: dict[int, int] = {}

    def root(c: int) -> int:
        while parent.get(c, c) != c:
            c = parent[c]
        return c

    for key, others in _casefix._EXTRA_CASES.items():
        for other in others:
            a, b = root(key), root(other)
            if a != b:
                parent[max(a, b)] = min(a, b)
    return {c: chr(root(c)) for c in parent}


_CANONICAL = _case_classes()
_UNCANONICAL = re.compile("[" + "".join(re.escape(chr(c)) for c in sorted(_CANONICAL)) + "]")


@lru_cache(maxsize=4)
def folded(text: str) -> str | None:
    """The text lower-cased, each letter one of its case class; None when lower-casing changes its length (a
    match is then not to be judged by substrings of it)."""
    low = text.lower()
    if len(low) != len(text):
        return None
    return low.translate(_CANONICAL) if _UNCANONICAL.search(low) else low


@dataclass(frozen=True, slots=True)
class Needles:
    """The pieces of a regex any match contains one of (folded like `folded`), as one case-sensitive regex."""

    regex: re.Pattern[str] | None  # None: nothing worked out, the regex may match anything

    def may_match(self, text: str) -> bool:
        """False only when the regex cannot match anywhere in the text."""
        if self.regex is None:
            return True
        fold = folded(text)
        return fold is None or self.regex.search(fold) is not None


def needles(pattern: str, flags: int) -> Needles:
    """The needles of a regex (compiled with these flags)."""
    found = _required(_parser.parse(pattern, flags))
    if not found or not all(found):
        return Needles(None)
    return Needles(re.compile("|".join(re.escape(s) for s in sorted(found, key=lambda s: (-len(s), s)))))


def _required(items: Iterable[tuple[Any, Any]]) -> set[str] | None:
    """Strings one of which a match of the sequence contains (the most telling set found), or None."""
    choices: list[set[str]] = []
    run = ""
    for op, arg in items:
        char = _fold_char(arg) if op is _sre.LITERAL else None
        if char is not None:
            run += char
            continue
        if op in ZERO_WIDTH:
            continue  # takes no characters: the literals on both sides are neighbours in the text
        if run:
            choices.append({run})
            run = ""
        sub = _item_required(op, arg)
        if sub:
            choices.append(sub)
    if run:
        choices.append({run})
    return max(choices, key=lambda c: (min(map(len, c)), -len(c)), default=None)


def _item_required(op: Any, arg: Any) -> set[str] | None:
    if op is _sre.SUBPATTERN:
        return _required(arg[-1])
    if op is _sre.ATOMIC_GROUP:
        return _required(arg)
    if op is _sre.BRANCH:
        found: set[str] = set()
        for alternative in arg[1]:
            sub = _required(alternative)
            if not sub:
                return None  # an alternative needs nothing: the branch as a whole needs nothing
            found |= sub
        return found
    if op in _REPEATS and arg[0] >= 1:
        return _required(arg[2])
    return None


def _fold_char(code: int) -> str | None:
    """A literal's character as `folded` has it in a text it matches (ignoring case or not), or None."""
    lower = chr(code).lower()
    if len(lower) != 1:
        return None
    return _CANONICAL.get(ord(lower), lower)
