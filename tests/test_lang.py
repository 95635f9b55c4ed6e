"""detect_language: uk / ru / en, decisive letters on short posts, never raises."""

from __future__ import annotations

import pytest

from bot.core.lang import detect_language


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Сили оборони відбили атаки ворога в районі Кліщіївки.", "uk"),
        ("Кліщіївка наша!", "uk"),
        ("Їдемо далі", "uk"),
        ("Подразделения группировки войск «Центр» освободили населённый пункт.", "ru"),
        ("Отбиты атаки.", "ru"),
        ("Мы здесь", "ru"),
        ("The Defense Forces of Ukraine liberated the village.", "en"),
        ("Ukraine says its troops retook Andriivka", "en"),
        ("", "en"),
        ("12345 !!! 🇺🇦🇺🇦", "en"),
        ("Russian MoD: «Клещеевка под контролем»", "ru"),
    ],
)
def test_detect_language(text: str, expected: str) -> None:
    assert detect_language(text) == expected


def test_same_answer_every_time() -> None:
    text = "Бои продолжаются в районе населенного пункта"
    assert len({detect_language(text) for _ in range(5)}) == 1
