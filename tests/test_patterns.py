"""The lexicon's many-pattern scanners and needles: the prefixes that narrow the patterns tried at a word start
never change what a scan finds, and a text without a regex's needles has no match of it."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.core.claims.needles import needles
from bot.core.claims.patterns import FLAGS, Matcher, name_cues, phrase_matchers, prefixes

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        ("st", {"st", "ſt"}),  # the regex engine's extra case equivalents
        (r"a{0,3}b", {"aaab", "aab", "ab", "b"}),
        (r"(?:x|y)?z", {"xz", "yz", "z"}),
        (r"\d+", {""}),  # not worked out: anything
        (r"зай(?:н|м)\w*", {"зайн", "займ"}),
        (r"(?-i:AB)c", {"abc"}),
        (r"the\s+Ukr", {"the uk", "the  u", "the   "}),
        (r"Kyiv\b(?=\s)", {"kyiv", "kyıv"}),  # «ı» lower-cases to itself and matches «i» ignoring case
    ],
)
def test_prefixes(pattern: str, expected: set[str]) -> None:
    assert prefixes(pattern, depth=6) == expected


def test_prefixes_cover_every_start() -> None:
    found = prefixes(r"(?:під|в|у)\s+(?:тимчасов\w*\s+)?окупаці(?:єю|ї)", depth=6)
    assert {"під ок", "під ти", "в окуп", "у тимч"} <= found
    assert not any(p.startswith("на") for p in found)


PATTERNS = [r"під\s+контролем", r"під", r"взя(?:ли|в)\s+\w+", r"the\s+(?:Ukrainian|Russian)\s+army", r"the", r"St\w*"]
TEXTS = [
    "Ворог під контролем тримає під Бахмутом; взяли Кліщіївку, the Ukrainian army said.",
    "ПІД КОНТРОЛЕМ\u00a0Сил ... THE\tRUSSIAN\narmy. Stop ſtop İstanbul ΣΟΦΙΑ",
    "під\u2009контролем, взяв, the  Russian army, Street, K",
]


@pytest.mark.parametrize("text", TEXTS)
def test_narrowed_scan_is_the_scan_of_each_start(text: str) -> None:
    matcher = Matcher(PATTERNS, preferred=frozenset({1}))
    assert matcher.prefilter is not None
    assert matcher.scan(text) == matcher._scan_each_start(text)
    assert matcher.scan(text)  # something found, so the comparison means something


def _real_texts() -> list[str]:
    lines = (ROOT / "tests/data/extract_cases.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line)["text"] for line in lines if line.strip()]


def test_lexicon_scans_agree_on_real_texts() -> None:
    pm = phrase_matchers()
    assert all(m.prefilter is not None for m in (pm.triggers, pm.actors, pm.speakers))
    for text in _real_texts():
        for variant in (text, text.upper(), text.swapcase()):
            for matcher in (pm.triggers, pm.actors, pm.speakers):
                assert matcher.scan(variant) == matcher._scan_each_start(variant)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.sampled_from(_real_texts()[:60]).flatmap(lambda t: st.sampled_from([t[:80], t[40:140], t.upper()[:60]]))
        | st.sampled_from([" ", "\n", "\u00a0", "İ", "ſ", "Σ", "K", "ᲀ", "«", "-", "\t"]),
        max_size=8,
    )
)
def test_lexicon_scans_agree_on_pieces(parts: list[str]) -> None:
    text = "".join(parts)
    pm = phrase_matchers()
    for matcher in (pm.triggers, pm.actors, pm.speakers):
        assert matcher.scan(text) == matcher._scan_each_start(text)


@pytest.mark.parametrize(
    ("pattern", "text", "found"),
    [
        (r"Курськ\w*\s+област\w*", "у Курській області", True),
        (r"Курськ\w*\s+област\w*", "у КУРСЬКІЙ ОБЛАСТІ", True),
        (r"(?:Kursk|Belgorod)\s+region", "the Kursk region", True),
        (r"(?:Kursk|Belgorod)\s+region", "the Donetsk oblast", False),
        (r"stand", "ſtand", True),  # «ſ» matches «s» ignoring case, and folds to it
        (r"stand", "İstand", True),  # lower-casing changes the length: not judged, may match
        (r"\w+", "anything", True),  # nothing needed
    ],
)
def test_needles(pattern: str, text: str, found: bool) -> None:
    assert needles(pattern, FLAGS).may_match(text) is found
    assert not (re.search(pattern, text, FLAGS) and not found)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="КкУуРрСсЬьІіАаОоБбЛлТтKkUuRrSsGgIiOoNnſıᲃᲂ \n", max_size=40))
def test_needles_never_hide_a_match(text: str) -> None:
    nc = name_cues()
    for pattern in (nc.abroad_after, nc.abroad_opening):
        if any(pattern.match(text, k) for k in range(len(text) + 1)):
            assert nc.abroad_needles.may_match(text)


def test_every_phrase_pattern_has_first_letters() -> None:
    """A pattern whose first letters cannot be worked out (a lookbehind or ``\\d`` first) is tried at every word
    start of every post: one such trigger cost the whole path 13%. Spell digits out ([0123456789]) instead."""
    pm = phrase_matchers()
    for matcher in (pm.triggers, pm.actors, pm.speakers):
        assert [matcher.sources[i] for i in matcher.anywhere] == []
