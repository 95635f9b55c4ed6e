"""Russian names chosen from the bundled gazetteer files (bot.core.places.russian)."""

from __future__ import annotations

import pytest

from bot.core.places.russian import russian_area_name, russian_name


@pytest.mark.parametrize(
    ("aliases", "name"),
    [
        ([("r", "Клещеевка"), ("f", "Karlovka"), ("l", "Kleshcheevka")], "Клещеевка"),
        ([("g", "Работино"), ("l", "Rabotino")], "Работино"),
        ([("r", "Песоцьке"), ("g", "Писоцкое")], "Писоцкое"),  # an "attested" alias in Ukrainian letters
        ([("r", "Ровное"), ("g", "Ривное")], "Ровное"),  # attested beats the rule
        ([("f", "Артемовск"), ("l", "Bachmut")], ""),  # Бахмут: the Ukrainian name serves
        ([], ""),
    ],
)
def test_settlement_russian_name(aliases: list[tuple[str, str]], name: str) -> None:
    assert russian_name(aliases) == name


def test_area_russian_names() -> None:
    donetsk = [("u", "Донецька область"), ("r", "Донецкая область"), ("r", "ДНР"), ("e", "Donetsk oblast")]
    assert russian_area_name("oblast", donetsk) == "Донецкая"
    assert russian_area_name("raion", [("r", "Купянский район"), ("r", "Купянский р-н")]) == "Купянский"
    crimea = [("r", "Республика Крым"), ("r", "Крым"), ("r", "Автономная Республика Крым"), ("e", "Crimea")]
    assert russian_area_name("oblast", crimea) == "Автономная Республика Крым"
    assert russian_area_name("oblast", [("e", "Kyiv")]) == ""
