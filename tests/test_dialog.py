"""Plain questions -> place queries."""

from __future__ import annotations

import pytest

from bot.chat.dialog import place_query, split_radius


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("що з Кліщіївкою?", "Кліщіївкою"),
        ("Що там з Роботиним", "Роботиним"),
        ("хто контролює Авдіївку зараз?", "Авдіївку"),
        ("who controls Robotyne", "Robotyne"),
        ("Who controls Robotyne now?", "Robotyne"),
        ("what about Klishchiivka?", "Klishchiivka"),
        ("Is Robotyne captured?", "Robotyne"),
        ("«Работино»", "Работино"),
        ("что с Работино?", "Работино"),
        ("кто контролирует Угледар сейчас", "Угледар"),
        ("@claimwatch_bot що з Бахмутом", "Бахмутом"),
        ("Нью-Йорк", "Нью-Йорк"),
        ("Велика Новосілка", "Велика Новосілка"),
        ("status of Kurakhove", "Kurakhove"),
    ],
)
def test_place_query(text: str, expected: str) -> None:
    assert place_query(text) == expected


@pytest.mark.parametrize("text", ["", "   ", "???", "who controls", "що з"])
def test_nothing_left(text: str) -> None:
    assert place_query(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Robotyne 15", ("Robotyne", 15)),
        ("Роботине 15 км", ("Роботине", 15)),
        ("Velyka  Novosilka 5km", ("Velyka Novosilka", 5)),
        ("Robotyne", ("Robotyne", None)),
        ("15", ("15", None)),
    ],
)
def test_split_radius(text: str, expected: tuple[str, int | None]) -> None:
    assert split_radius(text) == expected


def test_resolve_prefers_the_one_city_over_villages_of_its_name() -> None:
    from bot.chat.queries import resolve
    from bot.core.places import Gazetteer
    from bot.models import Settlement

    city = Settlement("UA14040010010040000", "M", "Авдіївка", "Avdiivka", "Донецька", "Покровський", "Авдіївська")
    village = Settlement("UA74040010010050000", "C", "Авдіївка", "Avdiivka", "Чернігівська", "Ніжинський", "Носівська")
    other = Settlement("UA74040010010060000", "C", "Андріївка", "Andriivka", "Чернігівська", "Ніжинський", "Носівська")
    other2 = Settlement("UA14040010010070000", "C", "Андріївка", "Andriivka", "Донецька", "Покровський", "Авдіївська")
    g = Gazetteer.from_settlements([city, village, other, other2])
    found = resolve(g, "Avdiivka")
    assert found.settlement == city and found.candidates == (village,)
    two = resolve(g, "Андріївка")
    assert two.settlement is None and set(two.candidates) == {other, other2}
    assert resolve(g, "Zzyzx").settlement is None
