"""The one composition root: config -> store, gazetteer, sources, the bot application, wired for each command.

Everything that runs is built here, so the rooms below never look each other up: the watcher gets its sources and
its sink, the chat layer gets a `BotData`, the store gets the alert planner. `bot.cli` parses arguments and calls
these; tests and benchmarks call them too.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

# What each function needs is imported in it: a one-shot command (`claimwatch status X`) that opens only the ledger
# does not load python-telegram-bot, Telethon, httpx and the extractor (a third of a second).
if TYPE_CHECKING:
    import httpx

    from bot.chat.application import App
    from bot.chat.state import BotData
    from bot.config import Config
    from bot.core.places import Gazetteer
    from bot.storage import Store
    from bot.watcher.daemon import Backoff, LongSource, StepSource
    from bot.watcher.ingest import Extractor

logger = logging.getLogger(__name__)

WATCHER_STOP_SECONDS = 30  # `run`: how long the watcher may take to commit its batch in hand after a stop


@asynccontextmanager
async def ledger(config: Config) -> AsyncIterator[Store]:
    """The configured SQLite ledger, open for the block."""
    from bot.storage import open_store

    store = await open_store(config.storage.path)
    try:
        yield store
    finally:
        await store.close()


def plan_alerts_on(
    store: Store, gazetteer: Gazetteer, config: Config, clock: Callable[[], datetime] | None = None
) -> None:
    """Every claim the store keeps from now on queues its alerts in the same transaction (transactional outbox);
    clock: bot.chat.state.utcnow unless given."""
    from bot.chat.state import utcnow
    from bot.core.alerts import make_planner

    store.set_planner(make_planner(gazetteer, clock or utcnow), timedelta(minutes=config.alerts.dedupe_minutes))


def stop_on_signals() -> asyncio.Event:
    """An event set by SIGTERM or SIGINT: stop taking work, commit the batch in hand, exit 0."""
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(NotImplementedError):
            loop.add_signal_handler(sig, stop.set)
    return stop


# --- the watcher ------------------------------------------------------------------------------------------------


def step_sources(config: Config, client: httpx.AsyncClient, stop: asyncio.Event) -> list[StepSource]:
    """One step source per web-preview channel and per feed, over one HTTP client."""
    from bot.sources.feeds import FeedSource
    from bot.sources.webpreview import WebPreviewSource

    sources: list[StepSource] = [
        WebPreviewSource(channel, config.web, client, stop=stop) for channel in config.channels if channel.via == "web"
    ]
    sources += [FeedSource(feed, client, timeout=config.web.timeout_seconds, stop=stop) for feed in config.feeds]
    return sources


def long_sources(config: Config, stop: asyncio.Event) -> dict[str, LongSource]:
    """The Telethon reader, when any channel is read through Telegram itself."""
    from bot.sources.channels import TelegramSource

    telegram = [c for c in config.channels if c.via == "telegram"]
    return {"telegram": TelegramSource(config, telegram, stop=stop)} if telegram else {}


async def watch(
    config: Config,
    store: Store,
    gazetteer: Gazetteer,
    stop: asyncio.Event,
    backoff: Backoff | None = None,
    extract: Extractor | None = None,
    on_alerts: Callable[[], None] | None = None,
) -> None:
    """The watcher daemon over every configured source, until `stop` is set (backoff: DEFAULT_BACKOFF unless given;
    `extract`: a stand-in in tests, else extract_claims; `on_alerts`: called after each commit that queued alerts)."""
    from bot.sources import http_client
    from bot.watcher.daemon import DEFAULT_BACKOFF, run_watcher
    from bot.watcher.ingest import Ingest, extract_claims

    if store.planner is None:
        plan_alerts_on(store, gazetteer, config)
    limit = config.limits.max_post_chars
    sink = Ingest(store, gazetteer, stop=stop, max_chars=limit, extract=extract or extract_claims, on_alerts=on_alerts)
    async with http_client() as client:
        sources = step_sources(config, client, stop)
        await run_watcher(sources, sink, stop, backoff or DEFAULT_BACKOFF, long_sources(config, stop))


# --- the bot ----------------------------------------------------------------------------------------------------


def bot_application(config: Config, gazetteer: Gazetteer, store: Store) -> App:
    """The bot over an open store, delivering alerts; claims stored through `store` queue their alerts."""
    from bot.chat.application import build_application
    from bot.chat.state import BotData

    if store.planner is None:
        plan_alerts_on(store, gazetteer, config)
    return build_application(BotData(config, gazetteer, store), alerts=True)


async def serve(
    config: Config,
    gazetteer: Gazetteer,
    with_watcher: bool = False,
    stop: asyncio.Event | None = None,
    poll_timeout: float = 10.0,
    extract: Extractor | None = None,
) -> None:
    """`claimwatch bot` / `claimwatch run`: the bot (and the watcher) in this event loop until stopped.

    Both share one store; the alert sender delivers over a connection of its own (see `bot.chat.sender`), woken by
    the watcher right after each commit that queued alerts.
    """
    from bot.chat.application import running

    stop = stop or stop_on_signals()
    async with ledger(config) as store:
        app = bot_application(config, gazetteer, store)
        data: BotData = app.bot_data
        wake = data.sender.wake if data.sender is not None else None
        async with running(app, poll_timeout=poll_timeout):
            tasks: list[asyncio.Task[Any]] = [asyncio.create_task(stop.wait(), name="stop")]
            if with_watcher:
                watcher = watch(config, store, gazetteer, stop, extract=extract, on_alerts=wake)
                tasks.append(asyncio.create_task(watcher, name="watcher"))
            done, _ = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
            stop.set()
            for task in tasks:
                if task not in done:
                    await asyncio.wait_for(task, timeout=WATCHER_STOP_SECONDS)
            for task in done:
                task.result()  # a watcher that died takes the process down with its error
