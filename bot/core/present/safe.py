"""Telegram HTML safety: escaping what comes from users and sources, and catalog strings filled in escaped."""

from __future__ import annotations

import html
from collections.abc import Iterable

from bot.core.present.i18n import t

ECHO_CHARS = 60  # what a user typed is echoed back at most this long


class Safe(str):
    """A string that is already HTML (not escaped again by `fmt`)."""

    __slots__ = ()


def esc(value: object) -> str:
    """Escape text from users or sources for Telegram HTML (quotes too: values also go into attributes)."""
    return html.escape(str(value), quote=True)


def fmt(lang: str, key: str, **values: object) -> Safe:
    """A catalog string with every value escaped, except those already `Safe`."""
    return Safe(t(lang, key, **{k: v if isinstance(v, Safe) else esc(v) for k, v in values.items()}))


def join(lines: Iterable[str]) -> Safe:
    return Safe("\n".join(lines))


def echo(text: str, limit: int = ECHO_CHARS) -> str:
    """What a user typed, to quote back: one line, cut to `limit` characters with an ellipsis (5,000 `<` must not
    come back as nine messages)."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
