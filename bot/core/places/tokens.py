"""Text split into word tokens with their loose() keys, keeping the offsets of the original text; the lines of a
post that are headlines or list items."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from bot.core.normalize import _LATIN_MARKS, APOSTROPHES, BULLETS, WORD
from bot.core.normalize import _LOOSE as _LOOSE_TABLE
from bot.core.places.model import TUNING

# A token: (start, end, text, key); key is the loose() fold of the text. Tuples: built for every word of every post.
Token = tuple[int, int, str, str]
START: Final = 0
END: Final = 1
TEXT: Final = 2
KEY: Final = 3

# loose() with deletions kept as NUL, so that offsets into the folded text stay those of the text
_KEEP_LENGTH = {k: ("\x00" if v is None else v) for k, v in _LOOSE_TABLE.items()}
_RARE_LETTERS = "".join(sorted(_LATIN_MARKS))
_FAST_FOLDS = tuple(
    (chr(k), v) for k, v in _KEEP_LENGTH.items() if chr(k) not in _RARE_LETTERS and chr(k).lower() == chr(k)
)
_RARE = re.compile("[" + re.escape(_RARE_LETTERS) + "]")
# A word of the folded text: loose() maps every uk/ru/Latin letter into these (NUL: a folded-away character)
_FOLDED_WORD = re.compile("[a-zа-я\x00]+")
HYPHENS = re.compile(r"[-‑–]")
_JOINERS = frozenset(" -‑–\u00a0")


def tokenize(text: str) -> list[Token]:
    low = text.lower()
    if len(low) != len(text):  # a few letters (İ) lower-case to two characters: fold word by word
        table = _LOOSE_TABLE
        return [(m.start(), m.end(), w, w.lower().translate(table)) for m in WORD.finditer(text) for w in (m.group(),)]
    folded = _fold_keeping_length(low)
    out = [(s, e, text[s:e], folded[s:e]) for s, e in [m.span() for m in _FOLDED_WORD.finditer(folded)]]
    if "\x00" in folded:
        out = [_trim(t) if "\x00" in t[KEY] else t for t in out]
        out = [t for t in out if t[KEY]]
    return out


def _fold_keeping_length(low: str) -> str:
    """loose() of lower-case text with deletions kept as NUL. str.replace per letter is several times faster than
    a translate table on Cyrillic text; the table is the fallback for rarer letters (Latin diacritics)."""
    if not low.isascii() and _RARE.search(low):
        return low.translate(_KEEP_LENGTH)
    for src, dst in _FAST_FOLDS:
        if src in low:
            low = low.replace(src, dst)
    return low


def _trim(tok: Token) -> Token:
    """Drop folded-away characters (apostrophes, ь, stress marks) from the key, and quotes from the span ends."""
    s, e, t, k = tok
    lead = 0
    while lead < len(t) and t[lead] in APOSTROPHES:
        lead += 1
    trail = 0
    while trail < len(t) - lead and t[len(t) - 1 - trail] in APOSTROPHES:
        trail += 1
    return s + lead, e - trail, t[lead : len(t) - trail], k[lead : len(k) - trail].replace("\x00", "")


def joined(text: str, a: Token, b: Token) -> bool:
    """True when two tokens are parts of one name: only spaces or a hyphen between them."""
    start, end = a[END], b[START]
    if end - start == 1:
        return text[start] in _JOINERS
    gap = text[start:end]
    return len(gap) <= 3 and (not gap.strip() or gap.strip() in ("-", "‑", "–"))


def capitalised(tokens: Sequence[Token]) -> list[int]:
    return [i for i, t in enumerate(tokens) if t[TEXT][0].isupper()]


_LINE_WORDS = re.compile(r"[A-Za-z]{3,}")  # English words: a line of Cyrillic names is a list, not a headline


def title_case_line(text: str, at: int) -> bool:
    """The line holding position `at` is an English headline in title case: at least TUNING.title_case_words Latin
    words of three letters or more, nearly all capitalised (a capital letter there sets no name apart)."""
    lo, hi = text.rfind("\n", 0, at) + 1, text.find("\n", at)
    words: list[str] = _LINE_WORDS.findall(text, lo, len(text) if hi < 0 else hi)
    if len(words) < TUNING.title_case_words:
        return False
    return sum(w[0].isupper() for w in words) >= TUNING.title_case_share * len(words)


_LIST_LINE_AFTER = frozenset(";,.")


def list_line(text: str, start: int, end: int) -> bool:
    """Is the name all of its line (a bullet before it, a mark after it), in a list a colon or semicolon opened
    on the lines before?"""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    if (
        line_start == 0
        or text[line_start:start].strip(" \t" + BULLETS)
        or not set(text[end:line_end].strip()) <= _LIST_LINE_AFTER
    ):
        return False
    return text[:line_start].rstrip()[-1:] in (":", ";")
