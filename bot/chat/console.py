"""`claimwatch chat`: the bot's answers in a terminal, no token needed (lines in, plain text out)."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from datetime import UTC, datetime
from typing import TextIO

from bot.chat import answers
from bot.chat.answers import Button, Reply
from bot.chat.state import BotData
from bot.core.present.i18n import LANGUAGES, pick_language, t
from bot.core.present.render import to_plain

TERMINAL_USER = 0  # the terminal's chat id in the store (subscriptions, language)
QUIT = {"/quit", "/exit", "/q"}


def format_reply(reply: Reply, first: int = 1) -> str:
    """Plain text with numbered buttons ("[1] Robotyne (...)") and the map point as a link; the further messages of
    a reply follow, their buttons numbered on."""
    lines = [to_plain(reply.text)] if reply.text else []
    if reply.location is not None:
        lat, lon = reply.location
        lines.append(
            f"📍 {lat:.5f}, {lon:.5f}  https://www.openstreetmap.org/?mlat={lat}&mlon={lon}#map=13/{lat}/{lon}"
        )
    for number, button in enumerate((b for row in reply.buttons for b in row), start=first):
        lines.append(f"  [{number}] {button.label}")
    for more in reply.then:
        first += sum(len(row) for row in reply.buttons)
        lines += ["", format_reply(more, first)]
        reply = more
    return "\n".join(lines)


def _flat(reply: Reply) -> list[Button]:
    """Every button of a reply and of its further messages, in the order numbered."""
    return [b for r in (reply, *reply.then) for row in r.buttons for b in row]


async def chat(
    deps: BotData,
    stdin: TextIO,
    write: Callable[[str], None],
    lang: str | None = None,
    now: Callable[[], datetime] = lambda: datetime.now(UTC),
    locale: str | None = None,
    prompt: Callable[[], None] | None = None,
) -> int:
    """Read questions line by line until EOF or /quit; a number presses that button of the last reply.

    The language: `lang`, else the one chosen with /lang earlier, else the terminal's locale ("uk_UA.UTF-8").
    `prompt` is called before each line is read (the command line shows "> " on a terminal).
    """
    stored = await deps.store.get_language(TERMINAL_USER)
    lang = lang if lang in LANGUAGES else pick_language(stored, (locale or "").split("_")[0].split(".")[0] or None)
    write(to_plain(t(lang, "help")) + "\n\n" + t(lang, "console_intro"))
    last: Reply | None = None
    while True:
        if prompt is not None:
            prompt()
        line = await asyncio.to_thread(stdin.readline)
        if not line:
            return 0
        text = line.strip()
        if not text:
            continue
        if text.lower() in QUIT:
            return 0
        buttons = _flat(last) if last else []
        if text.isdigit() and 1 <= int(text) <= len(buttons):
            parsed = answers.parse_callback(buttons[int(text) - 1].data)
            reply: Reply | None = None
            if parsed is not None and parsed.action == "l":
                lang = parsed.code
                await deps.store.set_language(TERMINAL_USER, lang)
                reply = Reply(t(lang, "lang_set"))
            elif parsed is not None:
                reply = await answers.callback_reply(deps, TERMINAL_USER, parsed, lang, now())
            reply = reply or Reply(t(lang, "expired"))
        elif text.split()[0].lower() == "/lang":
            wanted = text[5:].strip().lower()
            if wanted in LANGUAGES:
                lang = wanted
                await deps.store.set_language(TERMINAL_USER, lang)
                reply = Reply(t(lang, "lang_set"))
            else:
                reply = answers.language_reply(lang)
        else:
            reply = await answers.command_reply(deps, TERMINAL_USER, text, lang, now(), is_admin=True)
        last = reply
        write(format_reply(reply))
