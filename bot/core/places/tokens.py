"""Text split into word tokens with their loose() keys, keeping the offsets of the original text."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from bot.core.normalize import _LATIN_MARKS, APOSTROPHES, WORD
from bot.core.normalize import _LOOSE as _LOOSE_TABLE

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
