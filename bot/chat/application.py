"""The Telegram Application: handlers, error handler, rate limiter, commands per language, store lifecycle."""

from __future__ import annotations

import asyncio
import gc
import logging
from collections.abc import AsyncIterator, Awaitable
from contextlib import asynccontextmanager
from typing import Any, cast

from telegram import BotCommand, Update
from telegram.ext import (
    AIORateLimiter,
    Application,
    ApplicationBuilder,
    BaseUpdateProcessor,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    InlineQueryHandler,
    MessageHandler,
    TypeHandler,
    filters,
)

from bot.chat import handlers
from bot.chat.sender import Sender
from bot.chat.state import BotData
from bot.config import Config
from bot.core.places.typos import typo_matches
from bot.core.present.i18n import LANGUAGES, t
from bot.errors import ConfigError

logger = logging.getLogger(__name__)

COMMANDS: tuple[str, ...] = (
    "status",
    "history",
    "recent",
    "sources",
    "subscribe",
    "unsubscribe",
    "subscriptions",
    "lang",
    "help",
)
CONCURRENT_UPDATES = 64  # one slow reply must not hold up other users
RATE_LIMIT_RETRIES = 3
ALERT_COMMANDS = ("mute", "digest")  # join the menu when this process delivers alerts
App = Application[Any, Any, Any, Any, Any, Any]


class PerChatOrder(BaseUpdateProcessor):
    """Updates run concurrently across users, but one user's updates run in the order they came, so answers to
    two quick questions arrive in the order asked (and a /lang takes effect before the next question)."""

    __slots__ = ("_locks",)

    def __init__(self, max_concurrent_updates: int) -> None:
        super().__init__(max_concurrent_updates)
        self._locks: dict[int, list[Any]] = {}  # user id -> [lock, updates of theirs in hand]

    async def do_process_update(self, update: object, coroutine: Awaitable[Any]) -> None:
        user = update.effective_user if isinstance(update, Update) else None
        if user is None:
            await coroutine
            return
        entry = self._locks.setdefault(user.id, [asyncio.Lock(), 0])
        entry[1] += 1
        try:
            async with entry[0]:
                await coroutine
        finally:
            entry[1] -= 1
            if entry[1] == 0:
                del self._locks[user.id]  # bounded memory: only users with updates in hand keep a lock

    async def initialize(self) -> None:
        """Nothing to set up."""

    async def shutdown(self) -> None:
        """Nothing to tear down."""


def file_base_url(base_url: str) -> str:
    """https://api.telegram.org/bot -> https://api.telegram.org/file/bot (same for a local Bot API server)."""
    head, sep, tail = base_url.rstrip("/").rpartition("/")
    return f"{head}/file/{tail}" if sep else base_url


def commands_for(lang: str, extra: tuple[str, ...] = ()) -> list[BotCommand]:
    """The command menu; each command's description is the catalog's `cmd_<name>`."""
    return [BotCommand(name, t(lang, f"cmd_{name}")) for name in (*COMMANDS, *extra)]


async def register_commands(app: App, extra: tuple[str, ...] = ()) -> None:
    """setMyCommands in each language (and the default list in English)."""
    await app.bot.set_my_commands(commands_for("en", extra))
    for lang in LANGUAGES:
        await app.bot.set_my_commands(commands_for(lang, extra), language_code=lang)


def require_token(config: Config) -> str:
    token: str | None = config.bot.token
    if not token:
        raise ConfigError("bot.token: missing (set it in the config or env CLAIMWATCH_BOT_TOKEN)")
    return token


def build_application(data: BotData, alerts: bool = False, rate_limit: bool = True) -> App:
    """The bot over `data` (its store open); `alerts`: this process also delivers the alert outbox.

    The sender runs as a task of the Application (`Sender.listen`, started and kept alive by a repeating job that
    also sweeps the outbox) over a SQLite connection of its own (`Sender.own_path`): a connection shared with the
    watcher would see, and commit, the watcher's open transaction, and would not see its commits in data_version.
    `rate_limit=False` drops AIORateLimiter (Telegram's 30 messages/s): only for measuring the bot itself.
    """
    config = data.config
    token = require_token(config)

    async def post_init(app: App) -> None:
        data.gazetteer.lookup("warm up")  # builds the resolver's lazy indexes now, not on the first user's question
        typo_matches(data.gazetteer, "warm up")  # and the typo index (half a second over the whole gazetteer)
        # The gazetteer's ~10^6 objects live as long as the process: a full GC pass over them stalls every
        # reply for ~250 ms, so move them out of the collector's reach.
        gc.collect()
        gc.freeze()
        await register_commands(app, ALERT_COMMANDS if data.sender is not None else ())
        me = app.bot.username if app.bot else "?"
        logger.info("bot @%s ready (%d channels, %d feeds)", me, len(config.channels), len(config.feeds))

    async def post_shutdown(app: App) -> None:
        if data.sender is not None:
            await data.sender.close()

    builder: Any = (  # the builder's generic type changes with the rate limiter
        ApplicationBuilder()
        .token(token)
        .base_url(config.bot.base_url)
        .base_file_url(file_base_url(config.bot.base_url))
        .context_types(ContextTypes(bot_data=cast(type[BotData], lambda: data)))  # PTB calls it with no arguments
        .concurrent_updates(PerChatOrder(CONCURRENT_UPDATES))
        .post_init(post_init)
        .post_shutdown(post_shutdown)
    )
    if rate_limit:
        builder = builder.rate_limiter(AIORateLimiter(max_retries=RATE_LIMIT_RETRIES))
    app: App = builder.build()
    add_handlers(app, alerts)
    if alerts:
        data.sender = Sender(data.store, app.bot, data.gazetteer, own_path=data.store.path)
        if app.job_queue is None:
            raise ConfigError("alerts need python-telegram-bot[job-queue]")
        interval = config.alerts.send_interval_seconds
        app.job_queue.run_repeating(data.sender.job, interval=interval, first=0.1, name="alerts-outbox")
    return app


@asynccontextmanager
async def running(app: App, poll_timeout: float = 10.0, poll_interval: float = 0.0) -> AsyncIterator[App]:
    """Run the bot inside an existing event loop (tests, bench, `claimwatch run`), as run_polling would:
    initialize, post_init, start polling; on exit stop polling, stop, shutdown, post_shutdown.
    """
    await app.initialize()
    try:
        if app.post_init is not None:
            await app.post_init(app)
        assert app.updater is not None
        await app.updater.start_polling(
            poll_interval=poll_interval, timeout=int(poll_timeout), allowed_updates=Update.ALL_TYPES
        )
        await app.start()
        try:
            yield app
        finally:
            if app.updater.running:
                await app.updater.stop()
            if app.running:
                await app.stop()
    finally:
        await app.shutdown()
        if app.post_shutdown is not None:
            await app.post_shutdown(app)


def add_handlers(app: App, alerts: bool = False) -> None:
    app.add_handler(TypeHandler(Update, handlers.flood_gate), group=-1)
    commands = {
        "start": handlers.start,
        "help": handlers.start,
        "status": handlers.status,
        "history": handlers.history,
        "recent": handlers.recent,
        "sources": handlers.sources,
        "subscribe": handlers.subscribe,
        "unsubscribe": handlers.unsubscribe,
        "subscriptions": handlers.subscriptions,
        "lang": handlers.lang_command,
        "stats": handlers.stats,
    }
    if alerts:
        commands |= {"mute": handlers.mute, "digest": handlers.digest}
    for name, callback in commands.items():
        app.add_handler(CommandHandler(name, callback))
    app.add_handler(MessageHandler(filters.TEXT & ~filters.COMMAND & filters.ChatType.PRIVATE, handlers.text_message))
    app.add_handler(CallbackQueryHandler(handlers.button))
    app.add_handler(InlineQueryHandler(handlers.inline_query))
    app.add_error_handler(handlers.on_error)
