"""Thin async Telegram handlers: pick the language, ask bot.chat.answers, send the Reply (split, with buttons)."""

from __future__ import annotations

import logging
import time
from collections.abc import Awaitable, Callable
from datetime import datetime
from typing import Any

from telegram import (
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    InlineQueryResultArticle,
    InputTextMessageContent,
    LinkPreviewOptions,
    Update,
)
from telegram.constants import ParseMode
from telegram.error import BadRequest, Forbidden
from telegram.ext import ApplicationHandlerStop, CallbackContext, ExtBot

from bot.chat import answers, subscribing
from bot.chat.answers import Reply
from bot.chat.state import BotData
from bot.core.present.i18n import LANGUAGES, pick_language, t
from bot.core.present.render import split_message

logger = logging.getLogger(__name__)

NO_PREVIEW = LinkPreviewOptions(is_disabled=True)
Context = CallbackContext[ExtBot[None], dict[Any, Any], dict[Any, Any], BotData]  # bot_data is ours, typed


# --- flood control --------------------------------------------------------------------------------------------


async def flood_gate(update: Update, context: Context) -> None:
    """Group -1: drop messages and button presses of a user over budget (inline queries are not counted)."""
    user = update.effective_user
    if user is None or update.inline_query is not None:
        return
    allowed, warn = context.bot_data.flood.allow(user.id, time.monotonic())
    if allowed:
        return
    logger.info("flood: slowing down user %s", user.id)
    if warn and update.effective_chat is not None:
        lang = await language_of(update, context)
        await context.bot.send_message(update.effective_chat.id, t(lang, "slow_down"))
    if update.callback_query is not None:
        await update.callback_query.answer()
    raise ApplicationHandlerStop


# --- language -------------------------------------------------------------------------------------------------


async def language_of(update: Update, context: Context) -> str:
    """The user's /lang choice (cached after the first read), else their Telegram language."""
    user = update.effective_user
    if user is None:
        return pick_language(None, None)
    cache = context.bot_data.langs
    if user.id not in cache:
        cache[user.id] = await context.bot_data.store.get_language(user.id)
    return pick_language(cache[user.id], user.language_code)


async def set_language(update: Update, context: Context, lang: str) -> None:
    user = update.effective_user
    if user is None or lang not in LANGUAGES:
        return
    await context.bot_data.store.set_language(user.id, lang)
    context.bot_data.langs[user.id] = lang


# --- sending --------------------------------------------------------------------------------------------------


def keyboard(reply: Reply) -> InlineKeyboardMarkup | None:
    rows = [[InlineKeyboardButton(b.label, callback_data=b.data) for b in row] for row in reply.buttons if row]
    return InlineKeyboardMarkup(rows) if rows else None


async def send(update: Update, context: Context, reply: Reply) -> None:
    """Send a reply to the chat of the update: HTML split under 4096, buttons under the last part."""
    chat = update.effective_chat
    if chat is None:
        return
    if reply.location is not None:
        await context.bot.send_location(chat.id, latitude=reply.location[0], longitude=reply.location[1])
    if not reply.text:
        return
    parts = split_message(reply.text)
    for i, part in enumerate(parts):
        markup = keyboard(reply) if i == len(parts) - 1 else None
        await context.bot.send_message(
            chat.id, part, parse_mode=ParseMode.HTML, reply_markup=markup, link_preview_options=NO_PREVIEW
        )
    for more in reply.then:  # one message per place of a question naming several
        await send(update, context, more)


def args_text(context: Context) -> str:
    return " ".join(context.args or [])


# --- commands -------------------------------------------------------------------------------------------------


async def start(update: Update, context: Context) -> None:
    """/start and /help; someone coming back after blocking the bot gets their alerts again."""
    chat = update.effective_chat
    if chat is not None and await context.bot_data.store.unblock_user(chat.id):
        logger.info("chat %s is back: subscriptions resumed", chat.id)
    await send(update, context, answers.help_reply(await language_of(update, context)))


async def status(update: Update, context: Context) -> None:
    lang = await language_of(update, context)
    await send(
        update,
        context,
        await answers.status_reply(context.bot_data, args_text(context), lang, context.bot_data.clock()),
    )


async def history(update: Update, context: Context) -> None:
    lang = await language_of(update, context)
    await send(update, context, await answers.history_reply(context.bot_data, args_text(context), lang))


async def recent(update: Update, context: Context) -> None:
    lang = await language_of(update, context)
    await send(update, context, await answers.recent_reply(context.bot_data, lang))


async def sources(update: Update, context: Context) -> None:
    lang = await language_of(update, context)
    await send(update, context, await answers.sources_reply(context.bot_data, lang))


async def subscribe(update: Update, context: Context) -> None:
    lang = await language_of(update, context)
    chat = update.effective_chat
    if chat is not None:
        await send(update, context, await answers.subscribe_reply(context.bot_data, chat.id, args_text(context), lang))


async def unsubscribe(update: Update, context: Context) -> None:
    lang = await language_of(update, context)
    chat = update.effective_chat
    if chat is not None:
        await send(
            update, context, await subscribing.unsubscribe_reply(context.bot_data, chat.id, args_text(context), lang)
        )


async def subscriptions(update: Update, context: Context) -> None:
    lang = await language_of(update, context)
    chat = update.effective_chat
    if chat is not None:
        await send(update, context, await subscribing.subscriptions_reply(context.bot_data, chat.id, lang))


async def lang_command(update: Update, context: Context) -> None:
    wanted = args_text(context).strip().lower()
    if wanted in LANGUAGES:
        await set_language(update, context, wanted)
        await send(update, context, Reply(t(wanted, "lang_set")))
        return
    await send(update, context, answers.language_reply(await language_of(update, context)))


async def stats(update: Update, context: Context) -> None:
    lang = await language_of(update, context)
    deps = context.bot_data
    user = update.effective_user
    if user is None or user.id not in deps.config.bot.admins:
        await send(update, context, Reply(t(lang, "not_admin")))
        return
    await send(update, context, await answers.stats_reply(deps, lang))


async def text_message(update: Update, context: Context) -> None:
    """A plain message in a private chat: a question about a place."""
    message = update.effective_message
    if message is None or not message.text:
        return
    lang = await language_of(update, context)
    await send(
        update, context, await answers.message_reply(context.bot_data, message.text, lang, context.bot_data.clock())
    )


# --- alert preferences ---------------------------------------------------------------------------------------


async def mute(update: Update, context: Context) -> None:
    """/mute <hours>: hold alerts for that long (they come as one message after); /mute 0 resumes."""
    await _preference(update, context, subscribing.mute_reply)


async def digest(update: Update, context: Context) -> None:
    """/digest on|off: alerts once a day at the digest hour, or as they come."""
    await _preference(update, context, subscribing.digest_reply)


async def _preference(update: Update, context: Context, answer: PreferenceFn) -> None:
    chat = update.effective_chat
    if chat is not None:
        lang = await language_of(update, context)
        deps = context.bot_data
        await send(update, context, await answer(deps, chat.id, list(context.args or []), lang, deps.clock()))


PreferenceFn = Callable[[BotData, int, list[str], str, datetime], Awaitable[Reply]]


# --- buttons and inline mode ----------------------------------------------------------------------------------


async def button(update: Update, context: Context) -> None:
    """A pressed inline button: the data is validated, never trusted."""
    query = update.callback_query
    if query is None:
        return
    lang = await language_of(update, context)
    chat = update.effective_chat
    parsed = answers.parse_callback(query.data)
    if parsed is None or chat is None:
        logger.warning(
            "rejected callback data %r from user %s",
            (query.data or "")[:80],
            update.effective_user.id if update.effective_user else None,
        )
        await query.answer(t(lang, "expired"))
        return
    deps = context.bot_data
    if parsed.action == "l":
        await set_language(update, context, parsed.code)
        lang = parsed.code
        reply: Reply | None = Reply(t(lang, "lang_set"))
    else:
        reply = await answers.callback_reply(deps, chat.id, parsed, lang, context.bot_data.clock())
    if reply is None:
        await query.answer(t(lang, "expired"))
        return
    await query.answer(reply.alert)
    if parsed.action in ("p", "u", "n", "q") and query.message is not None and reply.text:
        # paging and removing edit the message in place
        try:
            await query.edit_message_text(
                split_message(reply.text)[0],
                parse_mode=ParseMode.HTML,
                reply_markup=keyboard(reply),
                link_preview_options=NO_PREVIEW,
            )
            return
        except BadRequest as exc:  # "message is not modified", or too old to edit
            logger.debug("edit failed (%s); sending instead", exc)
    await send(update, context, reply)


async def inline_query(update: Update, context: Context) -> None:
    query = update.inline_query
    if query is None:
        return
    lang = await language_of(update, context)
    results = await answers.inline_results(context.bot_data, query.query, lang, context.bot_data.clock())
    articles = [
        InlineQueryResultArticle(
            id=r.id,
            title=r.title,
            description=r.description,
            input_message_content=InputTextMessageContent(
                split_message(r.text)[0], parse_mode=ParseMode.HTML, link_preview_options=NO_PREVIEW
            ),
        )
        for r in results
    ]
    await query.answer(articles, cache_time=30, is_personal=True)


# --- errors ---------------------------------------------------------------------------------------------------


async def on_error(update: object, context: Context) -> None:
    """Log the failure with the update; answer politely when there is someone to answer. Never raises."""
    if isinstance(context.error, Forbidden):
        logger.warning("forbidden (user blocked the bot?) on update %s: %s", _update_id(update), context.error)
        if isinstance(update, Update) and update.effective_chat is not None:
            try:  # the alert sender's policy: no alerts to someone who blocked the bot, until they /start again
                await context.bot_data.store.pause_user(update.effective_chat.id, context.bot_data.clock())
            except Exception:
                logger.exception("could not pause the subscriptions of chat %s", update.effective_chat.id)
        return
    logger.error("handler failed on update %s", _describe(update), exc_info=context.error)
    if not isinstance(update, Update) or update.effective_chat is None or update.inline_query is not None:
        return
    try:
        lang = pick_language(
            context.bot_data.langs.get(update.effective_user.id) if update.effective_user else None,
            update.effective_user.language_code if update.effective_user else None,
        )
        if update.callback_query is not None:
            await update.callback_query.answer()
        await context.bot.send_message(update.effective_chat.id, t(lang, "error"))
    except Exception:  # the apology itself failed (network down, blocked): logging is all that is left
        logger.exception("could not tell the user about the failure")


def _update_id(update: object) -> Any:
    return update.update_id if isinstance(update, Update) else None


def _describe(update: object) -> str:
    if isinstance(update, Update):
        return str(update.to_dict())[:2000]
    return repr(update)[:2000]
