"""Properties: extract_claims never raises, whatever the text, and only names settlements the resolver knows."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_extract import PLACES

from bot.core.claims.extract import extract_claims
from bot.core.lang import detect_language
from bot.models import Post, Side

WORDS = [
    "Кліщіївка",
    "Кліщіївку",
    "Клещеевки",
    "Андріївка",
    "Andriivka",
    "Bakhmut",
    "Артемовск",
    "звільнили",
    "освободили",
    "відбили атаки",
    "отражены",
    "repelled",
    "не",
    "not",
    "безуспішно",
    "ворог",
    "противник",
    "ЗСУ",
    "ВС РФ",
    "Сили оборони",
    "Russian forces",
    "«",
    "»",
    "—",
    ",",
    ".",
    "\n",
    "- ",
    "(",
    ")",
    "south of",
    "під",
    "фейк",
    "withdrew",
    "вийшли з",
    "бои",
    "70%",
    "на Бахмутському напрямку",
    "Pokrovsk direction",
    "«Кліщіївка наша»",
    "💥",
    "🇺🇦",
    "\x00",
    "\u202e",
    "\t",
    "Генштаб",
    "Минобороны",
]

texts = st.one_of(
    st.text(max_size=400),
    st.lists(st.sampled_from(WORDS), max_size=60).map(" ".join),
    st.lists(st.one_of(st.sampled_from(WORDS), st.text(max_size=8)), max_size=40).map("".join),
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=texts, side=st.sampled_from([None, Side.UA, Side.RU, Side.OTHER]))
def test_never_raises_and_stays_in_bounds(text: str, side: Side | None) -> None:
    post = Post(source="t", channel="t", external_id="1", text=text, side=side)
    claims = extract_claims(post, PLACES)
    assert detect_language(text) in ("uk", "ru", "en")
    for claim in claims:
        assert 0 <= claim.span[0] < claim.span[1] <= len(text)
        assert claim.settlement is None or claim.settlement in PLACES.codes
        assert set(claim.candidates) <= PLACES.codes
        assert 0.0 <= claim.confidence <= 1.0


def test_one_megabyte_post() -> None:
    unit = "Сили оборони відбили атаки в районах Кліщіївки та Андріївки. 💥 Ворог обстрілював Бахмут.\x07 "
    text = unit * (1_000_000 // len(unit))
    post = Post(source="t", channel="t", external_id="1", text=text, side=Side.UA)
    claims = extract_claims(post, PLACES)
    assert {c.name for c in claims} == {"Кліщіївка", "Андріївка"}


def test_one_megabyte_of_noise() -> None:
    text = ("x" * 999 + "\n") * 1000
    post = Post(source="t", channel="t", external_id="1", text=text)
    assert extract_claims(post, PLACES) == []


@pytest.mark.parametrize(
    "text",
    [
        "Кліщіївка" + " " * 5000 + "x Андріївка",
        "Сили оборони відбили атаки в районах " + "Кліщіївки, " * 2000 + "та Андріївки.",
        "звільнили " + "of the " * 2000 + "Klishchiivka",
        "Бахмут" + " і" * 3000 + " Курдюмівка",
        "\n- " * 3000 + "Кліщіївка",
        "відійшли з" + " " * 5000 + "позицій біля Бахмута",
    ],
)
def test_pathological_texts_finish(text: str) -> None:
    post = Post(source="t", channel="t", external_id="1", text=text, side=Side.UA)
    for claim in extract_claims(post, PLACES):
        assert claim.settlement in PLACES.codes
