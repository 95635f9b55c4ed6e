"""Sentence, clause and quote spans of a text, and span lookups: where one statement ends and the next begins."""

from __future__ import annotations

import re
import sys
from bisect import bisect_left, bisect_right
from collections.abc import Sequence

from bot.core.claims.lexicon.discourse import ABBREVIATIONS
from bot.core.claims.patterns import discourse_cues
from bot.core.claims.windows import WINDOWS
from bot.core.normalize import BULLETS

_END = sys.maxsize  # sorts after any span end
# A full stop glued to the next sentence's first word («... к реке Оскол.Издание отмечает»): a word of three lower-case
# letters before it, a Cyrillic capital and a lower-case letter after (not «н.п.Х», "U.S.").
_SENT_END = re.compile(r"[.!?…]+[»\"”’)\]]*(?=[\s\x00-\x1f\x7f])|\n|(?<=[а-яіїєґё]{3})\.(?=[А-ЯІЇЄҐЁ][а-яіїєґё])")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans. Abbreviations (н.п., обл.) and bullet lists after a colon do not end a sentence."""
    spans: list[tuple[int, int]] = []
    start = 0
    n = len(text)
    for m in _SENT_END.finditer(text):
        end = m.end()
        nxt = end
        while nxt < n and (text[nxt].isspace() or text[nxt] < " " or text[nxt] == "\x7f"):
            nxt += 1
        if nxt >= n:
            break
        if _goes_on(text, start, m, nxt):
            continue
        if text[start:end].strip():
            spans.append((start, end))
        start = end
    if text[start:].strip():
        spans.append((start, n))
    return [piece for span in spans for piece in _bounded(text, span)]


_CLAUSE_MARK = re.compile(r"[,;:—](?=\s)")
_SPACE = re.compile(r"\s+")


def _bounded(text: str, span: tuple[int, int]) -> list[tuple[int, int]]:
    """A span longer than WINDOWS.sentence cut into pieces of at most that length, each after the last comma (or
    semicolon, colon, dash; else space) of its second half; a run of text with neither is cut where it reaches it."""
    start, end = span
    cap = WINDOWS.sentence
    pieces = []
    while end - start > cap:
        lo, limit = start + cap // 2, start + cap
        cut = _last_end(_CLAUSE_MARK, text, lo, limit) or _last_end(_SPACE, text, lo, limit) or limit
        pieces.append((start, cut))
        start = cut
    pieces.append((start, end))
    return pieces


def _last_end(pattern: re.Pattern[str], text: str, lo: int, hi: int) -> int:
    last = 0
    for m in pattern.finditer(text, lo, hi):
        last = m.end()
    return last


_LAST_WORD = re.compile(r"([\w.]+)[.!?…]*$")


def _goes_on(text: str, start: int, end: re.Match[str], nxt: int) -> bool:
    """Does the sentence begun at `start` go on past the end mark `end` (the next visible character at `nxt`)?
    A line break goes on after nothing, after a colon, a comma or a semicolon (a list's items), or before a
    bullet; a full stop goes on after an abbreviation or an initial, and any mark before a lower-case word."""
    if end.group() == "\n":
        before = text[start : end.start()].rstrip()
        return not before or before.endswith((":", ",", ";")) or text[nxt] in BULLETS
    word = _LAST_WORD.search(text[max(start, end.start() - WINDOWS.abbreviation) : end.start() + 1])
    token = word.group(1).rstrip(".").lower() if word else ""
    if end.group().startswith(".") and (token in ABBREVIATIONS or (len(token) == 1 and token.isalpha())):
        return True
    return text[nxt].islower()


def sentence_of(sentences: Sequence[tuple[int, int]], pos: int) -> int:
    """The index of the sentence `pos` falls in."""
    return max(0, bisect_right(sentences, (pos, _END)) - 1)


def clause_of(text: str, sentence: tuple[int, int], pos: int) -> tuple[int, int]:
    """The clause of the sentence around `pos`: between the clause breaks (but, ;, brackets, a dash) either side."""
    dc = discourse_cues()
    start, end = sentence
    for m in dc.clause_break.finditer(text, start, end):
        if text[m.start()] == ")" and _closes_gloss(text, sentence[0], m.start()):
            continue  # «Вооруженных сил Украины (ВСУ) продолжают ...»: a gloss, the clause runs on
        if m.end() <= pos:
            start = m.end()
        elif m.start() >= pos:
            end = m.start()
            break
    return start, end


def _closes_gloss(text: str, lo: int, at: int) -> bool:
    """Is the bracket closing at `at` the end of a short gloss (discourse.SHORT_GLOSS) opened after `lo`?"""
    opening = text.rfind("(", lo, at)
    return opening >= 0 and discourse_cues().short_gloss.fullmatch(text, opening, at + 1) is not None


_QUOTES = re.compile(r"«[^«»]*»|“[^“”]*”|\"[^\"]*\"")


def find_quotes(text: str) -> list[tuple[int, int]]:
    """Spans of quoted speech («...», “...”, "...")."""
    return [m.span() for m in _QUOTES.finditer(text)]


def overlaps(spans: Sequence[tuple[int, int]], span: tuple[int, int]) -> bool:
    """Does `span` overlap any of the sorted `spans`? (the few that start before its end are enough to check)"""
    i = bisect_left(spans, (span[1], -1))
    return any(spans[j][1] > span[0] for j in range(max(0, i - 3), i))
