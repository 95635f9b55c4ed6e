"""The watcher daemon: every configured source -> extract_claims -> the store; plus export import and doctor checks.

A thin shell. Each source does one step at a time (one page, one poll) and hands a batch and its cursor to
`Ingest.put`, which extracts claims (pure) and commits posts, claims and cursor in one transaction. On stop
(SIGTERM/SIGINT sets the event) fetches in flight are abandoned, a batch already fetched is committed, and every
task returns. A failing source is logged and retried with exponential backoff while the others go on.
"""

from __future__ import annotations

import asyncio
import logging
import random
from collections.abc import Awaitable, Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from bot.config import Config
from bot.core.claims.extract import PlaceFinder, extract_claims
from bot.core.lang import detect_language
from bot.errors import BotError, SourceError
from bot.models import Claim, Post, Side
from bot.sources import Cursor, Sink, Stopped, sleep_until_stopped

if TYPE_CHECKING:
    import httpx

    from bot.storage import Store

logger = logging.getLogger(__name__)

USER_AGENT = "claimwatch/0.1 (+https://github.com/claimwatch)"
IMPORT_BATCH = 500


class HasDeps(Protocol):
    """What the daemon needs (bot.chat.answers.Deps fits too): config, gazetteer, and the open store."""

    config: Config
    gazetteer: Any
    store: Store | None


@dataclass
class Deps:
    """Built once by the CLI: config, gazetteer and the store (opened in the event loop)."""

    config: Config
    gazetteer: PlaceFinder
    store: Store | None = None


class StepSource(Protocol):
    name: str

    async def step(self, sink: Sink) -> float: ...


@dataclass(frozen=True)
class Backoff:
    """Retry delays of a failing source: base * 2**(failures-1), capped, +-20% jitter."""

    base: float = 2.0
    cap: float = 300.0

    def delay(self, failures: int, rng: random.Random | None = None) -> float:
        raw = min(self.cap, self.base * 2.0 ** max(failures - 1, 0))
        spread: float = (rng or random).uniform(-0.2, 0.2)
        return raw * (1.0 + spread)


# --- extract -> store --------------------------------------------------------------------------------------


def _store(deps: HasDeps) -> Store:
    if deps.store is None:
        raise RuntimeError("the store is not open")
    return deps.store


async def handle_posts(posts: Sequence[Post], deps: HasDeps, cursor: Cursor | None = None) -> int:
    """Extract each post's claims and store the batch (with the cursor, one transaction); count new/changed."""
    batch: list[tuple[Post, list[Claim], str | None]] = []
    same = await _unchanged(_store(deps), posts)
    for index, post in enumerate(posts):
        if index in same:  # stored with this very text: nothing to extract (the store will say "unchanged")
            batch.append((post, [], None))
            continue
        lang = detect_language(post.text) if post.text.strip() else None
        try:
            claims = extract_claims(post, deps.gazetteer, lang)
        except Exception:  # the extractor is pure and should never raise; one bad post must not stop a channel
            logger.exception("extract failed on %s %s/%s", post.source, post.channel, post.external_id)
            claims = []
        batch.append((post, claims, lang))
    changed = await _store(deps).add_posts(batch, cursor=cursor)
    for (post, claims, _), fresh in zip(batch, changed, strict=True):
        if not fresh:
            continue
        logger.info("post %s/%s %s", post.channel, post.external_id, post.url or "")
        for claim in claims:
            logger.info(
                "  claim %s %s %s actor=%s claimant=%s",
                claim.kind.value,
                claim.name,
                claim.settlement or "?",
                claim.actor.value if claim.actor else "?",
                claim.claimant.value,
            )
    return sum(changed)


async def _unchanged(store: Store, posts: Sequence[Post]) -> set[int]:
    """Indexes of the posts already stored with the same text (re-reads of a page, a feed, a re-import)."""
    groups: dict[tuple[str, str], list[int]] = {}
    for index, post in enumerate(posts):
        groups.setdefault((post.source, post.channel), []).append(index)
    same: set[int] = set()
    for (source, channel), indexes in groups.items():
        known = await store.known_ids(source, channel, [posts[i].external_id for i in indexes])
        for i in indexes:
            if posts[i].external_id in known:
                stored = await store.get_post(source, channel, posts[i].external_id)
                if stored is not None and stored[0].text == posts[i].text:
                    same.add(i)
    return same


class Ingest:
    """The Sink every source writes to: extract -> store.

    Sources run concurrently on one SQLite connection, whose transactions must not interleave ("cannot start a
    transaction within a transaction"), so the watcher's writes go through one lock.
    """

    def __init__(self, deps: HasDeps) -> None:
        self.deps = deps
        self.lock = asyncio.Lock()

    async def put(self, posts: Sequence[Post], cursor: Cursor | None = None) -> int:
        async with self.lock:
            return await handle_posts(posts, self.deps, cursor)

    async def get_cursor(self, key: str) -> str | None:
        value: str | None = await _store(self.deps).get_cursor(key)
        return value

    async def mark_deleted(self, source: str, channel: str, external_ids: Sequence[str]) -> int:
        async with self.lock:
            count: int = await _store(self.deps).mark_deleted(source, channel, list(external_ids))
        if count:
            logger.info("deleted %s: %s", channel, ", ".join(external_ids))
        return count


# --- running sources ---------------------------------------------------------------------------------------


async def run_source(
    source: StepSource, sink: Sink, stop: asyncio.Event, backoff: Backoff = Backoff(), rng: random.Random | None = None
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
    name: str, run: Callable[[], Awaitable[None]], stop: asyncio.Event, backoff: Backoff = Backoff()
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


def build_sources(config: Config, client: httpx.AsyncClient, stop: asyncio.Event) -> list[StepSource]:
    """One step source per web-preview channel and per feed."""
    from bot.sources.feeds import FeedSource
    from bot.sources.webpreview import WebPreviewSource

    sources: list[StepSource] = [
        WebPreviewSource(channel, config.web, client, stop=stop) for channel in config.channels if channel.via == "web"
    ]
    sources += [FeedSource(feed, client, timeout=config.web.timeout_seconds, stop=stop) for feed in config.feeds]
    return sources


def http_client() -> httpx.AsyncClient:
    import httpx

    return httpx.AsyncClient(headers={"User-Agent": USER_AGENT}, follow_redirects=False)


def install_alert_planner(store: Store, gazetteer: Any, config: Config) -> None:
    """Plan alerts inside the transaction that stores claims (transactional outbox), unless someone already did."""
    if store.planner is not None or not hasattr(gazetteer, "get"):
        return
    from bot.core.alerts import attach_planner

    attach_planner(store, gazetteer, config.alerts.dedupe_minutes, lambda: datetime.now(UTC))


async def run_watcher(config: Config, deps: HasDeps, stop: asyncio.Event, backoff: Backoff = Backoff()) -> None:
    """Run every configured source until `stop` is set; returns once each has committed its batch in hand."""
    install_alert_planner(_store(deps), deps.gazetteer, config)
    sink = Ingest(deps)
    async with http_client() as client:
        tasks = [
            asyncio.create_task(run_source(source, sink, stop, backoff), name=source.name)
            for source in build_sources(config, client, stop)
        ]
        telegram = [c for c in config.channels if c.via == "telegram"]
        if telegram:
            from bot.sources.channels import TelegramSource

            reader = TelegramSource(config, telegram, stop=stop)
            tasks.append(
                asyncio.create_task(run_forever("telegram", lambda: reader.run(sink), stop, backoff), name="telegram")
            )
        if not tasks:
            logger.warning("no sources configured: add [[channels]] or [[feeds]] to the config")
        logger.info("watching %d source(s)", len(tasks))
        try:
            await stop.wait()
        finally:
            stop.set()
            await asyncio.gather(*tasks, return_exceptions=True)
    logger.info("watcher stopped")


# --- import of a Telegram Desktop export -------------------------------------------------------------------


@dataclass
class ImportReport:
    new: int = 0
    unchanged: int = 0
    problems: list[str] = field(default_factory=list)
    skipped_chats: list[str] = field(default_factory=list)

    def summary(self) -> str:
        text = f"{self.new} new, {self.unchanged} unchanged"
        if self.problems:
            text += f", {len(self.problems)} skipped (malformed)"
        return text


async def import_export(
    path: str | Path,
    deps: HasDeps,
    side: Side | None = None,
    speaker: str | None = None,
    channel: str | None = None,
    progress: Any = None,
    on_problem: Callable[[str], None] | None = None,
) -> ImportReport:
    """Import result.json through the store in batches; re-importing reports everything unchanged.

    `progress` is a tqdm-like object (update(n)); its total is set here once the file is read.
    """
    from bot.sources.export import CHANNEL_TYPES, ExportProblem, chat_posts, load_export

    chats = load_export(path)
    if len(chats) > 1:  # a full export: only channels and groups, never private chats or saved messages
        wanted = [c for c in chats if c.type in CHANNEL_TYPES]
        skipped = [f"{c.name or c.chat_id} ({c.type})" for c in chats if c.type not in CHANNEL_TYPES]
    else:
        wanted, skipped = chats, []
    report = ImportReport(skipped_chats=skipped)
    if progress is not None:
        progress.total = sum(len(c.messages) for c in wanted)
        progress.refresh()
    by_name = {c.name.lower(): c for c in deps.config.channels}
    for chat in wanted:
        known = by_name.get((channel or "").lower()) or by_name.get(chat.name.lower())
        chat_side = side or (known.side if known else None)
        chat_speaker = speaker or (known.speaker if known else None) or (chat.name or None)
        batch: list[Post] = []
        seen = 0
        for item in chat_posts(
            chat, channel=channel if len(wanted) == 1 else None, side=chat_side, speaker=chat_speaker
        ):
            seen += 1
            if isinstance(item, ExportProblem):
                report.problems.append(item.message)
                if on_problem is not None:
                    on_problem(item.message)
            else:
                batch.append(item)
            if progress is not None:
                progress.update(1)
            if len(batch) >= IMPORT_BATCH:
                await _import_batch(batch, deps, report)
                batch = []
        if batch:
            await _import_batch(batch, deps, report)
        if progress is not None:  # service messages were skipped silently: count them as done
            progress.update(len(chat.messages) - seen)
    return report


async def _import_batch(batch: list[Post], deps: HasDeps, report: ImportReport) -> None:
    changed = await handle_posts(batch, deps)
    report.new += changed
    report.unchanged += len(batch) - changed


# --- doctor ------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Check:
    name: str
    ok: bool
    detail: str

    def line(self) -> str:
        return f"{'ok  ' if self.ok else 'FAIL'} {self.name}: {self.detail}"


async def doctor(config: Config, gazetteer_loader: Callable[[], Any] | None = None) -> list[Check]:
    """Check the database, the gazetteer and each source's reachability; one Check each (config is checked by
    the caller, which had to load it)."""
    checks = [await _check_database(config), _check_gazetteer(gazetteer_loader)]
    async with http_client() as client:  # every source at once: a dead one costs one timeout, not one each
        checks += await asyncio.gather(
            *(_check_web(config, channel, client) for channel in config.channels if channel.via == "web"),
            *(_check_feed(config, feed, client) for feed in config.feeds),
        )
    telegram = [c for c in config.channels if c.via == "telegram"]
    if telegram:
        checks.append(_check_telegram(config, [c.name for c in telegram]))
    return checks


async def _check_database(config: Config) -> Check:
    from bot.storage import MIGRATIONS, open_store

    path = config.storage.path
    try:
        store = await open_store(path)
    except Exception as exc:
        return Check("database", False, f"{path}: {exc}")
    try:
        posts = (await store.counts()).get("posts", 0)
        return Check("database", True, f"{path} opens, migrations at version {len(MIGRATIONS)}, {posts} posts")
    finally:
        await store.close()


def _check_gazetteer(loader: Callable[[], Any] | None) -> Check:
    try:
        if loader is None:
            from bot.core.places.gazetteer import load_gazetteer

            loader = load_gazetteer
        gazetteer = loader()
        count = len(getattr(gazetteer, "settlements", ()) or ())
    except Exception as exc:
        return Check("gazetteer", False, str(exc))
    return Check("gazetteer", count > 0, f"loaded {count} settlements")


async def _check_web(config: Config, channel: Any, client: httpx.AsyncClient) -> Check:
    from bot.sources.webpreview import WebPreviewSource

    source = WebPreviewSource(channel, config.web, client)
    try:
        page = await source.fetch()
    except BotError as exc:
        return Check(f"web {channel.name}", False, str(exc))
    return Check(f"web {channel.name}", True, f"{source.url}: {len(page.posts)} posts on the first page")


async def _check_feed(config: Config, feed: Any, client: httpx.AsyncClient) -> Check:
    from bot.sources.feeds import FeedSource, parse_feed

    source = FeedSource(feed, client, timeout=config.web.timeout_seconds)
    try:
        body, _ = await source.fetch({})
        entries = parse_feed(body or b"", feed)
    except BotError as exc:
        return Check(f"feed {feed.url}", False, str(exc))
    return Check(f"feed {feed.url}", True, f"{len(entries)} entries")


def _check_telegram(config: Config, names: Iterable[str]) -> Check:
    from bot.sources.channels import session_path

    tg = config.telegram
    if tg.api_id is None or not tg.api_hash:
        return Check("telegram", False, "api_id/api_hash missing (config [telegram] or CLAIMWATCH_API_ID/_HASH)")
    session = session_path(config)
    if not session.exists():
        return Check("telegram", False, f"credentials present; no session file {session} yet (log in once)")
    mode = session.stat().st_mode & 0o777
    detail = f"credentials present, session {session} (mode {mode:o}); channels {', '.join(names)}"
    return Check("telegram", mode & 0o077 == 0, detail + ("" if mode & 0o077 == 0 else ": too open, chmod 600"))
