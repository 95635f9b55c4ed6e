"""What an answer is, independent of Telegram: HTML text, buttons, a map point, more messages; and the button
callback data, short and validated because anyone can send any bytes."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from bot.core.present.i18n import LANGUAGES, t

CALLBACK_MAX = 64


@dataclass(frozen=True)
class Button:
    label: str
    data: str  # callback data, < 64 bytes


@dataclass(frozen=True)
class Reply:
    text: str  # Telegram HTML
    buttons: tuple[tuple[Button, ...], ...] = ()
    location: tuple[float, float] | None = None  # send this point (the "📍 Map" button)
    alert: str | None = None  # a short toast for a callback query
    then: tuple[Reply, ...] = ()  # further messages (one per place of a question naming several)


@dataclass
class Callback:
    action: str
    code: str = ""
    number: int = 0
    extra: dict[str, Any] = field(default_factory=dict)


# `s:CODE` status, `h:CODE:PAGE` history (a new message), `p:CODE:PAGE` another page of it (edited in place),
# `m:CODE` map, `b:CODE` subscribe, `u:ID[:PAGE]` unsubscribe, `l:LANG` language, `q:p:PAGE` a page of the
# subscriptions, `n:CODE-ACTION-LEVEL:PAGE` a page of the namesakes of CODE (inside its oblast for LEVEL 4, its
# raion for 6), each button doing ACTION (s, h or b).
_CALLBACK = re.compile(r"^(?P<action>[shpmbulnq]):(?P<arg>[A-Za-z0-9_.-]{1,40})(?::(?P<num>\d{1,6}))?$")
_NAMESAKES = re.compile(r"^(?P<code>UA\d{17})-(?P<act>[shb])-(?P<level>[046])$")
PAGED = frozenset({"h", "p", "n", "q", "u"})  # actions that carry a page number


def callback_data(action: str, arg: str, number: int | None = None) -> str:
    data = f"{action}:{arg}" if number is None else f"{action}:{arg}:{number}"
    if len(data.encode()) > CALLBACK_MAX or not _CALLBACK.match(data):
        raise ValueError(f"bad callback data {data!r}")
    return data


def parse_callback(data: str | None) -> Callback | None:
    """The validated meaning of a button's data, or None."""
    if not data or len(data.encode()) > CALLBACK_MAX:
        return None
    m = _CALLBACK.match(data)
    if m is None:
        return None
    action, arg, num = m.group("action"), m.group("arg"), m.group("num")
    if action == "l":
        return Callback("l", arg) if arg in LANGUAGES and num is None else None
    if action == "u":
        return Callback("u", number=int(arg), extra={"page": int(num or 0)}) if arg.isdigit() else None
    if action == "n":
        n = _NAMESAKES.match(arg)
        if n is None:
            return None
        return Callback("n", n["code"], int(num or 0), {"act": n["act"], "level": int(n["level"])})
    if action == "q":
        return Callback("q", number=int(num or 0)) if arg == "p" else None
    if action in PAGED:
        return Callback(action, arg, int(num or 0))
    return Callback(action, arg) if num is None else None


def pager(action: str, arg: str, page: int, pages: int, lang: str) -> tuple[Button, ...]:
    """ "◀ Back" / "More ▶" buttons for page `page` (0-based) of `pages`."""
    row = []
    if page > 0:
        row.append(Button(t(lang, "page_prev"), callback_data(action, arg, page - 1)))
    if page < pages - 1:
        row.append(Button(t(lang, "page_next"), callback_data(action, arg, page + 1)))
    return tuple(row)
