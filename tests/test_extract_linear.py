"""Extraction costs linear work in the length of a post, on the adversarial texts that were once cubic or
quadratic: one endless sentence of claims, a name repeated thousands of times. Work is counted, not timed: the
function calls (Python and C) made while reading a text four times as long are at most about four times as many."""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import FrameType
from typing import Any

import pytest

from bot.core.claims.extract import extract_claims
from bot.core.claims.sentences import split_sentences
from bot.core.claims.windows import WINDOWS
from bot.core.places import Gazetteer
from bot.models import Post, Side

UNITS = [
    "Кліщіївку звільнено ",  # one sentence with no end: every phrase and every place in it
    "Кліщіївку звільнено. ",
    "ВС РФ освободили Андреевку, ",
    "Klishchiivka Andriivka Bakhmut ",  # names, each an anchor for the others
    "Сирський заявив, що Андріївку звільнено, а Бахмут ні, ",  # speakers, namesakes and clause breaks
    "Ворог атакував біля Андріївки. Усі атаки відбито. ",
    "Це фейк: Кліщіївку не захоплено, ",
]
SMALL, FACTOR = 3_000, 4
SLACK = 1.25  # linear: FACTOR times the calls, give or take the fixed cost of a post; quadratic would be 16x


def calls(gazetteer: Gazetteer, text: str) -> int:
    count = 0

    def profile(frame: FrameType, event: str, arg: Any) -> None:
        nonlocal count
        if event in ("call", "c_call"):
            count += 1

    post = Post(source="t", channel="t", external_id="1", text=text, side=Side.UA)
    previous: Callable[..., Any] | None = sys.getprofile()
    sys.setprofile(profile)
    try:
        extract_claims(post, gazetteer)
    finally:
        sys.setprofile(previous)
    return count


@pytest.mark.parametrize("unit", UNITS)
def test_work_grows_linearly_with_the_text(tiny_gazetteer: Gazetteer, unit: str) -> None:
    small = unit * (SMALL // len(unit))
    calls(tiny_gazetteer, small)  # warm: patterns compiled, names memoised
    once, four_times = calls(tiny_gazetteer, small), calls(tiny_gazetteer, small * FACTOR)
    assert once > 0
    assert four_times <= FACTOR * SLACK * once, f"{four_times / once:.1f}x the work for {FACTOR}x the text"


def test_an_endless_sentence_is_read_in_pieces_cut_at_commas() -> None:
    text = "Бої тривають біля Андріївки, " * 400 + "і край."
    spans = split_sentences(text)
    assert len(spans) > 1
    assert all(end - start <= WINDOWS.sentence for start, end in spans)
    assert all(text[start:end].rstrip().endswith(",") for start, end in spans[:-1])
    assert "".join(text[start:end] for start, end in spans) == text  # nothing lost between the pieces
