"""Thin handlers for alert preferences: /mute <hours>, /digest on|off, and /start bringing back a blocked user."""

from __future__ import annotations

import logging
from datetime import timedelta
from typing import TYPE_CHECKING, Any

from telegram import Update
from telegram.constants import ParseMode
from telegram.ext import CommandHandler, ContextTypes

from bot.chat.handlers import deps_of, language_of, utcnow
from bot.core.present.render import fmt

if TYPE_CHECKING:
    from telegram.ext import Application


logger = logging.getLogger(__name__)

MAX_MUTE_HOURS = 168
UNBLOCK_GROUP = 7  # its own handler group, so bot.chat.handlers' /start still answers


def parse_hours(args: list[str]) -> float | None:
    """`/mute 8`, `/mute 1.5`, `/mute 0` (resume); None when it is not a number of hours we accept."""
    if len(args) != 1:
        return None
    try:
        hours = float(args[0].replace(",", ".").rstrip("hгчHГЧ"))
    except ValueError:
        return None
    return hours if 0 <= hours <= MAX_MUTE_HOURS else None


def parse_switch(args: list[str]) -> bool | None:
    word = args[0].casefold() if len(args) == 1 else ""
    if word in ("on", "1", "yes", "так", "да", "вкл", "увімк"):
        return True
    if word in ("off", "0", "no", "ні", "нет", "выкл", "вимк"):
        return False
    return None


async def mute(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/mute <hours>: hold alerts for that long (they come as one message after); /mute 0 resumes."""
    message, chat = update.effective_message, update.effective_chat
    if message is None or chat is None:
        return
    store = deps_of(context).ledger
    lang = await language_of(update, context)
    hours = parse_hours(list(context.args or []))
    now = utcnow()
    if hours is None:
        text = fmt(lang, "mute_usage")
    elif hours == 0:
        await store.set_muted_until(chat.id, None)
        await store.release_held(chat.id, now)
        text = fmt(lang, "unmuted")
    else:
        until = now + timedelta(hours=hours)
        await store.set_muted_until(chat.id, until)
        text = fmt(lang, "muted", until=until.strftime("%Y-%m-%d %H:%M"))
    await message.reply_text(text, parse_mode=ParseMode.HTML)


async def digest(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/digest on|off: alerts once a day at the digest hour, or as they come."""
    from bot.chat.sender import DIGEST_HOUR

    message, chat = update.effective_message, update.effective_chat
    if message is None or chat is None:
        return
    store = deps_of(context).ledger
    lang = await language_of(update, context)
    switch = parse_switch(list(context.args or []))
    hour = f"{DIGEST_HOUR:02d}"
    if switch is None:
        text = fmt(lang, "digest_usage", hour=hour)
    else:
        await store.set_digest(chat.id, switch)
        if not switch:
            await store.release_held(chat.id, utcnow())
        text = fmt(lang, "digest_on" if switch else "digest_off", hour=hour)
    await message.reply_text(text, parse_mode=ParseMode.HTML)


async def unblock(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/start from a user who had blocked the bot: their subscriptions alert again."""
    chat = update.effective_chat
    if chat is not None and await deps_of(context).ledger.unblock_user(chat.id):
        logger.info("chat %s is back: subscriptions resumed", chat.id)


def add_alert_handlers(app: Application[Any, Any, Any, Any, Any, Any]) -> None:
    app.add_handler(CommandHandler("mute", mute))
    app.add_handler(CommandHandler("digest", digest))
    app.add_handler(CommandHandler("start", unblock), group=UNBLOCK_GROUP)
