"""User-facing strings: per-language catalogs (bot/data/i18n/{uk,en,ru}.json) and language choice."""

from __future__ import annotations

import json
import string
from functools import cache
from importlib import resources
from typing import Any

LANGUAGES: tuple[str, ...] = ("uk", "en", "ru")
DEFAULT_LANGUAGE = "uk"
FALLBACK_LANGUAGE = "en"  # for Telegram languages we have no catalog for


@cache
def catalog(lang: str) -> dict[str, str]:
    """The catalog of one language (read once from the package data)."""
    if lang not in LANGUAGES:
        raise KeyError(f"no catalog for language {lang!r}")
    text = resources.files("bot").joinpath("data", "i18n", f"{lang}.json").read_text(encoding="utf-8")
    data: dict[str, str] = json.loads(text)
    return data


def t(lang: str, key: str, **values: Any) -> str:
    """The string `key` in `lang` (falling back to English), with `{placeholders}` filled in.

    Values are inserted as given: callers producing HTML escape them first (bot.core.present.render does).
    """
    lang = lang if lang in LANGUAGES else FALLBACK_LANGUAGE
    template = catalog(lang).get(key)
    if template is None:
        template = catalog(FALLBACK_LANGUAGE)[key]
    return template.format_map(values) if values else template


def placeholders(template: str) -> set[str]:
    """The `{names}` a template uses (for catalog consistency checks)."""
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def pick_language(stored: str | None, telegram_code: str | None) -> str:
    """The reply language: the one chosen with /lang, else the user's Telegram language, else English.

    Belarusian and Russian Telegram users get Russian; other languages get English.
    """
    if stored in LANGUAGES:
        return stored
    code = (telegram_code or "").lower().split("-")[0]
    if code in LANGUAGES:
        return code
    if code == "be":
        return "ru"
    return FALLBACK_LANGUAGE


@cache
def _speakers() -> dict[str, dict[str, str]]:
    text = resources.files("bot").joinpath("data", "i18n", "speakers.json").read_text(encoding="utf-8")
    table: dict[str, dict[str, str]] = json.loads(text)
    folded = {" ".join(k.casefold().split()): v for k, v in table.items()}
    for names in table.values():  # a speaker configured in any of its languages is found too
        for name in names.values():
            folded.setdefault(" ".join(name.casefold().split()), names)
    return folded


def speaker_name(speaker: str, lang: str) -> str:
    """A speaker in the reader's language ("Russian MoD" -> «Міноборони РФ»); unknown speakers as they are."""
    names = _speakers().get(" ".join(speaker.casefold().split()))
    if names is None:
        return speaker
    return names.get(lang) or names.get(FALLBACK_LANGUAGE) or speaker
