"""Catalogs: every language has every key, the same placeholders, valid markup; language choice."""

from __future__ import annotations

import re

import pytest

from bot.core.present.i18n import LANGUAGES, catalog, pick_language, placeholders, t


def test_every_language_has_every_key() -> None:
    keys = set(catalog("en"))
    for lang in LANGUAGES:
        assert set(catalog(lang)) == keys, lang


@pytest.mark.parametrize("lang", LANGUAGES)
def test_same_placeholders_as_english(lang: str) -> None:
    for key, template in catalog("en").items():
        assert placeholders(catalog(lang)[key]) == placeholders(template), (lang, key)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_markup_is_balanced_and_only_telegram_tags(lang: str) -> None:
    for key, template in catalog(lang).items():
        tags = re.findall(r"</?([a-z]+)[^>]*>", template)
        assert set(tags) <= {"b", "i", "code", "a"}, (lang, key)
        for tag in set(tags):
            assert template.count(f"<{tag}") == template.count(f"</{tag}>"), (lang, key, tag)
        assert "<" not in re.sub(r"</?[a-z]+[^>]*>", "", template), (lang, key)  # literal < must be &lt;


def test_translations_differ() -> None:
    assert t("uk", "no_claims") != t("en", "no_claims") != t("ru", "no_claims")
    assert "Robotyne" in t("en", "ask_place", command="status")


def test_placeholders_filled() -> None:
    assert t("en", "subscribed_radius", km=5, name="X") == "🔔 Subscribed: everything within 5 km of X."


@pytest.mark.parametrize(
    ("stored", "telegram", "expected"),
    [
        (None, "uk", "uk"),
        (None, "ru-RU", "ru"),
        (None, "en-GB", "en"),
        (None, "de", "en"),
        (None, "be", "ru"),
        (None, None, "en"),
        ("uk", "ru", "uk"),
        ("xx", "ru", "ru"),
    ],
)
def test_pick_language(stored: str | None, telegram: str | None, expected: str) -> None:
    assert pick_language(stored, telegram) == expected


def test_unknown_language_has_no_catalog() -> None:
    with pytest.raises(KeyError):
        catalog("de")


def test_no_user_facing_text_outside_the_catalogs() -> None:
    """The bot layer holds no Ukrainian/Russian words of its own: replies come from the catalogs."""
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent / "bot" / "chat"
    for name in ("handlers.py", "application.py", "console.py"):
        source = (root / name).read_text(encoding="utf-8")
        assert not re.search(r"[а-яіїєґё]", source, re.IGNORECASE), name
    # answers.py only names area words to recognise (район/область) in what users type
    answers = (root / "answers.py").read_text(encoding="utf-8")
    assert set(re.findall(r"[а-яіїєґё]+", answers, re.IGNORECASE)) <= {"район", "област", "обл", "щина", "чина"}
