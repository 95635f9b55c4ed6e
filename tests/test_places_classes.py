"""The resolver's failure classes (issue 10) on tables of made-up uk / ru / en sentences, bundled gazetteer:
word-like names that are toponyms (1), press spellings (8), namesakes chosen by context (9)."""

from __future__ import annotations

import pytest

from bot.core.places import Gazetteer


def named(gaz: Gazetteer, text: str) -> list[tuple[str, str]]:
    """(name, oblast) of each mention's best candidate, in text order."""
    return [(m.candidates[0].settlement.name, m.candidates[0].settlement.oblast) for m in gaz.find_places(text)]


# --- 1: word-like names --------------------------------------------------------------------------------------

DON = "Донецька"
TOPONYMS = [
    ("Бахмут", [("Бахмут", DON)]),  # a city alone
    ("Ізюм звільнено", [("Ізюм", "Харківська")]),  # a city at the start of a sentence
    ("Сьогодні Бахмут знову під обстрілом.", [("Бахмут", DON)]),
    ("Изюм снова под обстрелом.", [("Ізюм", "Харківська")]),
    ("Захисники звільнили Хатнє і просуваються далі.", [("Хатнє", "Харківська")]),  # mid-sentence, capitalised
    ("Противник просунувся в бік Липового Краматорського району.", [("Липове", DON)]),  # «в бік» marks a place
    ("Росіяни заявили, що зайняли Залізничне Запорізької області.", [("Залізничне", "Запорізька")]),
    ("Штурмовики продвигаются по линии Зверево – Шевченко – Новопавловка.", None),  # a dashed line of places
]
COMMON = [
    "Мир і Слава всім, хто боронить землю.",  # too common to be a place without a marker
    "Перемога буде за нами.",
    "Президент Володимир Зеленський провів нараду.",  # a first name and a surname
    "Про це повідомив Олег Шевченко.",
    "світле майбутнє настане",  # lower case
    "Peace and Victory to all.",
]


@pytest.mark.parametrize(("text", "expected"), TOPONYMS)
def test_word_like_toponyms(gazetteer: Gazetteer, text: str, expected: list[tuple[str, str]] | None) -> None:
    found = named(gazetteer, text)
    if expected is None:
        assert [n for n, _ in found] == ["Звірове", "Шевченко", "Новопавлівка"]
    else:
        assert found[: len(expected)] == expected


@pytest.mark.parametrize("text", COMMON)
def test_common_words_stay_words(gazetteer: Gazetteer, text: str) -> None:
    assert named(gazetteer, text) == []


def test_sector_adjective_is_not_a_village(gazetteer: Gazetteer) -> None:
    assert named(gazetteer, "У Харківському секторі противник атакував.") == []
