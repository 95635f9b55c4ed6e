"""The watcher daemon: step every source until stopped, retrying a failing one with backoff while the others go on.

A thin shell. Each source does one step at a time (one page, one poll) and hands a batch and its cursor to the
sink (`bot.watcher.ingest.Ingest`), which extracts claims (pure) and commits posts, claims and cursor in one
transaction. On stop (SIGTERM/SIGINT sets the event) fetches in flight are abandoned, a batch already fetched is
committed, and every task returns. `bot.deps.watch` builds the sources from the config and runs this.
"""

from __future__ import annotations

import asyncio
import logging
import random
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from typing import Protocol

from bot.errors import BotError, SourceError
from bot.sources import Sink, Stopped, sleep_until_stopped

logger = logging.getLogger(__name__)


class StepSource(Protocol):
    name: str

    async def step(self, sink: Sink) -> float: ...


class LongSource(Protocol):
    """A source that runs until stopped (Telethon: backfill, then live updates)."""

    async def run(self, sink: Sink) -> None: ...


@dataclass(frozen=True)
class Backoff:
    """Retry delays of a failing source: base * 2**(failures-1), capped, +-20% jitter."""

    base: float = 2.0
    cap: float = 300.0

    def delay(self, failures: int, rng: random.Random | None = None) -> float:
        raw = min(self.cap, self.base * 2.0 ** max(failures - 1, 0))
        spread: float = (rng or random).uniform(-0.2, 0.2)
        return raw * (1.0 + spread)


DEFAULT_BACKOFF = Backoff()


async def run_source(
    source: StepSource,
    sink: Sink,
    stop: asyncio.Event,
    backoff: Backoff = DEFAULT_BACKOFF,
    rng: random.Random | None = None,
) -> None:
    """Step `source` until stopped; failures are logged and retried after an exponential backoff."""
    failures = 0
    while not stop.is_set():
        try:
            wait = await source.step(sink)
            if failures:
                logger.info("%s: working again after %d failure(s)", source.name, failures)
            failures = 0
        except Stopped:
            break
        except SourceError as exc:
            failures += 1
            wait = backoff.delay(failures, rng)
            logger.error("%s: %s; retry %d in %.1fs", source.name, exc, failures, wait)
        except Exception:
            failures += 1
            wait = backoff.delay(failures, rng)
            logger.exception("%s: failed; retry %d in %.1fs", source.name, failures, wait)
        if await sleep_until_stopped(stop, wait):
            break
    logger.debug("%s: stopped", source.name)


async def run_forever(
    name: str, run: Callable[[], Awaitable[None]], stop: asyncio.Event, backoff: Backoff = DEFAULT_BACKOFF
) -> None:
    """Run a long-lived source (Telethon) and restart it with backoff when it fails."""
    failures = 0
    while not stop.is_set():
        try:
            await run()
            return
        except Stopped:
            return
        except Exception as exc:
            failures += 1
            wait = backoff.delay(failures)
            if isinstance(exc, BotError):
                logger.error("%s: %s; restart %d in %.1fs", name, exc, failures, wait)
            else:
                logger.exception("%s: failed; restart %d in %.1fs", name, failures, wait)
            if await sleep_until_stopped(stop, wait):
                return


async def run_watcher(
    sources: Sequence[StepSource],
    sink: Sink,
    stop: asyncio.Event,
    backoff: Backoff = DEFAULT_BACKOFF,
    long_running: dict[str, LongSource] | None = None,
) -> None:
    """Run every source until `stop` is set; returns once each has committed its batch in hand."""
    tasks = [asyncio.create_task(run_source(source, sink, stop, backoff), name=source.name) for source in sources]
    for name, source in (long_running or {}).items():
        tasks.append(asyncio.create_task(run_forever(name, _runner(source, sink), stop, backoff), name=name))
    if not tasks:
        logger.warning("no sources configured: add [[channels]] or [[feeds]] to the config")
    logger.info("watching %d source(s)", len(tasks))
    try:
        await stop.wait()
    finally:
        stop.set()
        await asyncio.gather(*tasks, return_exceptions=True)
    logger.info("watcher stopped")


def _runner(source: LongSource, sink: Sink) -> Callable[[], Awaitable[None]]:
    return lambda: source.run(sink)
