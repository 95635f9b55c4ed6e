"""The Telegram Application: handlers, error handler, rate limiter, commands per language, store lifecycle."""

from __future__ import annotations

import asyncio
import contextlib
import gc
import importlib
import logging
import signal
from collections.abc import AsyncIterator, Awaitable
from contextlib import asynccontextmanager
from typing import Any

from telegram import BotCommand, Update
from telegram.ext import (
    AIORateLimiter,
    Application,
    ApplicationBuilder,
    BaseUpdateProcessor,
    CallbackQueryHandler,
    CommandHandler,
    InlineQueryHandler,
    MessageHandler,
    TypeHandler,
    filters,
)

from bot.chat import handlers
from bot.chat.answers import Deps
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


async def register_commands(app: Application[Any, Any, Any, Any, Any, Any], extra: tuple[str, ...] = ()) -> None:
    """setMyCommands in each language (and the default list in English)."""
    await app.bot.set_my_commands(commands_for("en", extra))
    for lang in LANGUAGES:
        await app.bot.set_my_commands(commands_for(lang, extra), language_code=lang)


def require_token(config: Any) -> str:
    token: str | None = config.bot.token
    if not token:
        raise ConfigError("bot.token: missing (set it in the config or env CLAIMWATCH_BOT_TOKEN)")
    return token


def build_application(config: Any, deps: Deps, rate_limit: bool = True) -> Application[Any, Any, Any, Any, Any, Any]:
    """The bot over `deps` (the store is opened in post_init when deps.store is None, and closed if we opened it).

    `rate_limit=False` drops AIORateLimiter (Telegram's 30 messages/s): only for measuring the bot itself.
    """
    token = require_token(config)
    opened_here = deps.store is None

    async def post_init(app: Application[Any, Any, Any, Any, Any, Any]) -> None:
        if deps.store is None:
            from bot.storage import open_store

            deps.store = await open_store(config.storage.path)
        deps.gazetteer.lookup("warm up")  # builds the resolver's lazy indexes now, not on the first user's question
        # The gazetteer's ~10^6 objects live as long as the process: a full GC pass over them stalls every
        # reply for ~250 ms, so move them out of the collector's reach.
        gc.collect()
        gc.freeze()
        extra = _install_sender(app)
        await register_commands(app, extra)
        me = app.bot.username if app.bot else "?"
        logger.info("bot @%s ready (%d channels, %d feeds)", me, len(config.channels), len(config.feeds))

    async def post_shutdown(app: Application[Any, Any, Any, Any, Any, Any]) -> None:
        if opened_here and deps.store is not None:
            await deps.store.close()
            deps.store = None

    builder: Any = (  # the builder's generic type changes with the rate limiter
        ApplicationBuilder()
        .token(token)
        .base_url(config.bot.base_url)
        .base_file_url(file_base_url(config.bot.base_url))
        .concurrent_updates(PerChatOrder(CONCURRENT_UPDATES))
        .post_init(post_init)
        .post_shutdown(post_shutdown)
    )
    if rate_limit:
        builder = builder.rate_limiter(AIORateLimiter(max_retries=RATE_LIMIT_RETRIES))
    app: Application[Any, Any, Any, Any, Any, Any] = builder.build()
    app.bot_data["deps"] = deps
    add_handlers(app)
    return app


@asynccontextmanager
async def running(
    app: Application[Any, Any, Any, Any, Any, Any], poll_timeout: float = 10.0, poll_interval: float = 0.0
) -> AsyncIterator[Application[Any, Any, Any, Any, Any, Any]]:
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


def add_handlers(app: Application[Any, Any, Any, Any, Any, Any]) -> None:
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
    for name, callback in commands.items():
        app.add_handler(CommandHandler(name, callback))
    app.add_handler(MessageHandler(filters.TEXT & ~filters.COMMAND & filters.ChatType.PRIVATE, handlers.text_message))
    app.add_handler(CallbackQueryHandler(handlers.button))
    app.add_handler(InlineQueryHandler(handlers.inline_query))
    app.add_error_handler(handlers.on_error)


def _install_sender(app: Application[Any, Any, Any, Any, Any, Any]) -> tuple[str, ...]:
    """The alerts outbox sender runs as a job inside this Application: `bot.chat.sender.install(app)`, when present.

    install(app) is called from post_init, after the store is open (`app.bot_data["deps"].store`); it may use
    `app.job_queue.run_repeating(...)` and add its own command handlers (/mute, /digest). The command names it
    lists in `bot.chat.sender.COMMANDS` join the menu (descriptions from the catalogs' `cmd_<name>`).
    """
    try:
        sender = importlib.import_module("bot.chat.sender")
    except ModuleNotFoundError as exc:
        if exc.name != "bot.chat.sender":
            raise
        logger.debug("no alert sender in this build")
        return ()
    install = getattr(sender, "install", None)
    if install is not None:
        try:
            install(app)
        except Exception:  # the bot still answers questions without alerts; say so loudly
            logger.exception("the alert sender failed to start: no alerts will be sent")
            return ()
    return tuple(getattr(sender, "COMMANDS", ()))


async def serve(
    config: Any, deps: Deps, with_watcher: bool = False, stop: asyncio.Event | None = None, poll_timeout: float = 10.0
) -> None:
    """`claimwatch bot` / `claimwatch run`: the bot (and the watcher daemon) in this event loop until SIGINT/SIGTERM
    (or until `stop` is set).

    The watcher is `bot.watcher.daemon.run_watcher(config, deps, stop_event)`; it shares `deps.store`.
    """
    if stop is None:
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGINT, signal.SIGTERM):
            with contextlib.suppress(NotImplementedError):
                loop.add_signal_handler(sig, stop.set)
    if deps.store is None:
        from bot.storage import open_store

        deps.store = await open_store(config.storage.path)
    try:
        app = build_application(config, deps)
        async with running(app, poll_timeout=poll_timeout):
            tasks = [asyncio.create_task(stop.wait(), name="stop")]
            if with_watcher:
                watcher = importlib.import_module("bot.watcher.daemon")
                tasks.append(asyncio.create_task(watcher.run_watcher(config, deps, stop), name="watcher"))
            done, _ = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
            stop.set()
            for task in tasks:
                if task not in done:
                    await asyncio.wait_for(task, timeout=30)
            for task in done:
                task.result()  # a watcher that died takes the process down with its error
    finally:
        if deps.store is not None:
            await deps.store.close()
            deps.store = None
