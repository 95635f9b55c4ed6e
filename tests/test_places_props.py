"""Properties of the resolver on any text: never raises, spans lie inside the text, codes exist, scores in 0..1."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.core.places import Gazetteer
from tests.gazetteer_fixture import SETTLEMENTS, tiny_gazetteer

NAMES = (
    [s.name for s in SETTLEMENTS]
    + [s.name_latin for s in SETTLEMENTS]
    + [
        "Кліщіївці",
        "Андріївки",
        "Клещеевку",
        "Бахмутом",
        "Часового Яру",
        "Работино",
        "Klischiivka",
        "#Кліщіївка",
        "Мар'їнки",
        "Марʼїнки",
        "село Світле",
        "Донецької області",
        "Бахмутський район",
        "Byla Hora",
        "Pobeda",
    ]
)
WORDS = [
    "біля",
    "в",
    "у",
    "районі",
    "под",
    "near",
    "the",
    "village",
    "of",
    ",",
    ".",
    "!",
    "\n",
    "«",
    "»",
    "-",
    "’",
    "'",
    "#",
    "село",
    "смт",
    "і",
    "та",
    "and",
    "область",
    "Перемога",
    "Слава",
    "İ",
    "ß",
    "ǅ",
    "\u0301",
]
TEXTS = st.one_of(
    st.text(max_size=300),
    st.lists(st.sampled_from(NAMES + WORDS), max_size=40).map(" ".join),
    st.lists(st.sampled_from(NAMES + WORDS), max_size=40).map("".join),
)


def check(gaz: Gazetteer, text: str) -> None:
    previous_end = 0
    for m in gaz.find_places(text):
        start, end = m.span
        assert 0 <= start < end <= len(text)
        assert start >= previous_end  # mentions do not overlap and come in text order
        previous_end = end
        assert m.text == text[start:end]
        assert m.candidates
        scores = [c.score for c in m.candidates]
        assert all(0 < s <= 1 for s in scores)
        assert scores == sorted(scores, reverse=True)
        codes = [c.settlement.code for c in m.candidates]
        assert len(codes) == len(set(codes))
        assert all(gaz.get(code) is not None for code in codes)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS)
def test_find_places_on_any_text(text: str) -> None:
    check(tiny_gazetteer(), text)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=60) | st.sampled_from(NAMES + WORDS))
def test_lookup_and_areas_on_any_query(query: str) -> None:
    gaz = tiny_gazetteer()
    found = gaz.lookup(query, limit=5)
    assert len(found) <= 5
    assert all(gaz.get(c.settlement.code) is not None and 0 < c.score <= 1 for c in found)
    for area in gaz.areas(query):
        assert area.kind in ("oblast", "raion")


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(TEXTS)
def test_bundled_gazetteer_on_any_text(gazetteer: Gazetteer, text: str) -> None:
    check(gazetteer, text)
