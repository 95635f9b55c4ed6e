"""Posts -> claims -> the store: the Sink every source writes to (extraction is pure; one transaction a batch).

Every post first passes the rim (`bot.sources.rim`: lone surrogates replaced, text cut to `[limits]
max_post_chars`, both logged). Extraction then runs in a worker thread, off the event loop, so a long or slow post
never stops the loop: SIGTERM, the other sources and (in `claimwatch run`) the bot go on while it works. Each
batch is extracted in a daemon thread of its own, so a stopping process never waits for one; EXTRACTION_THREADS run
at once, so one pathological post holds one of them while the other sources' posts go through the other (the GIL
shares the CPU between them; the first extraction of a process runs alone, building the lazy indexes once). On stop,
a batch whose extraction does not finish within STOP_GRACE_SECONDS is abandoned uncommitted: its cursor has not
moved, so the next start reads it again (nothing lost).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import threading
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, TypeVar

from bot.config import LimitsConfig
from bot.core.claims.extract import PlaceFinder, extract_claims
from bot.core.lang import detect_language
from bot.models import Claim, Post
from bot.sources import Cursor, Stopped
from bot.sources.rim import clean_post
from bot.watcher.frontline import LedgerFront, RankingFinder

if TYPE_CHECKING:
    from bot.storage import Store

logger = logging.getLogger(__name__)

__all__ = ["Extractor", "Ingest", "extract_claims", "handle_posts", "off_loop"]

T = TypeVar("T")
Extractor = Callable[[Post, PlaceFinder, str | None], list[Claim]]  # extract_claims, or a stand-in in tests
Batch = list[tuple[Post, list[Claim], str | None]]

MAX_POST_CHARS = LimitsConfig().max_post_chars
STOP_GRACE_SECONDS = 5.0  # on stop, how long a batch in extraction may still take to be committed
EXTRACTION_THREADS = 2
_SLOTS = threading.BoundedSemaphore(EXTRACTION_THREADS)
_FIRST = threading.Lock()
_warm = threading.Event()  # set once an extraction has finished in this process


async def off_loop(func: Callable[..., T], *args: Any) -> T:
    """`func(*args)` in a daemon thread of its own (EXTRACTION_THREADS at a time), awaited without blocking the
    event loop."""
    loop = asyncio.get_running_loop()
    done: asyncio.Future[T] = loop.create_future()

    def settle(result: Any = None, error: BaseException | None = None) -> None:
        if done.done():  # cancelled: nobody waits for it
            return
        if error is not None:
            done.set_exception(error)
        else:
            done.set_result(result)

    def call() -> tuple[Any, BaseException | None]:
        try:
            return func(*args), None
        except BaseException as exc:
            return None, exc

    def work() -> None:
        with _SLOTS:
            if _warm.is_set():
                outcome = call()
            else:
                with _FIRST:  # alone, so the lazy indexes of the gazetteer are built by one thread
                    outcome = call()
                    _warm.set()
        with contextlib.suppress(RuntimeError):  # the loop is gone: the process is stopping, nobody waits for it
            loop.call_soon_threadsafe(settle, *outcome)

    threading.Thread(target=work, name="claimwatch-extract", daemon=True).start()
    return await done


def through_rim(posts: Sequence[Post], max_chars: int) -> list[Post]:
    """Each post as the ledger may keep it; what the rim changed is logged, named by the post."""
    out = []
    for post in posts:
        clean, notes = clean_post(post, max_chars)
        for note in notes:
            logger.warning("post %s/%s: %s", clean.channel, clean.external_id, note)
        out.append(clean)
    return out


def extract_all(posts: Sequence[Post], skip: set[int], gazetteer: PlaceFinder, extract: Extractor) -> Batch:
    """The claims and language of each post (the worker thread's job); posts in `skip` are stored unchanged."""
    batch: Batch = []
    for index, post in enumerate(posts):
        if index in skip:  # stored with this very text: nothing to extract (the store will say "unchanged")
            batch.append((post, [], None))
            continue
        lang = detect_language(post.text) if post.text.strip() else None
        try:
            claims = extract(post, gazetteer, lang)
        except Exception:  # the extractor is pure and should never raise; one bad post must not stop a channel
            logger.exception("extract failed on %s %s/%s", post.source, post.channel, post.external_id)
            claims = []
        batch.append((post, claims, lang))
    return batch


async def prepare(posts: Sequence[Post], store: Store, front: LedgerFront, max_chars: int, extract: Extractor) -> Batch:
    """Rim, then claims for the posts not already stored with the same text (off the event loop), namesakes ranked
    by the ledger's front line of the batch's weeks."""
    clean = through_rim(posts, max_chars)
    same = await _unchanged(store, clean)
    places = await front.finder(store, clean)
    return await off_loop(extract_all, clean, same, places, extract)


async def commit(batch: Batch, store: Store, cursor: Cursor | None = None, log_level: int = logging.INFO) -> int:
    """Store a prepared batch with its cursor (one transaction); log what was new; count new/changed."""
    changed = await store.add_posts(batch, cursor=cursor)
    for (post, claims, _), fresh in zip(batch, changed, strict=True):
        if not fresh:
            continue
        logger.log(log_level, "post %s/%s %s", post.channel, post.external_id, post.url or "")
        for claim in claims:
            logger.log(
                log_level,
                "  claim %s %s %s actor=%s claimant=%s",
                claim.kind.value,
                claim.name,
                claim.settlement or "?",
                claim.actor.value if claim.actor else "?",
                claim.claimant.value,
            )
    return sum(changed)


async def handle_posts(
    posts: Sequence[Post],
    store: Store,
    gazetteer: RankingFinder,
    cursor: Cursor | None = None,
    max_chars: int = MAX_POST_CHARS,
    extract: Extractor = extract_claims,
    log_level: int = logging.INFO,
    front: LedgerFront | None = None,
) -> int:
    """Extract each post's claims and store the batch (with the cursor, one transaction); count new/changed.
    Each new post and claim is logged at `log_level` (an import of 20,000 messages logs them at DEBUG). `front`:
    the ledger's front line kept across calls (an import's batches); by default read for this batch alone."""
    batch = await prepare(posts, store, front or LedgerFront(gazetteer), max_chars, extract)
    return await commit(batch, store, cursor, log_level)


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
    """The Sink every source writes to: rim -> extract (off the loop) -> store.

    Sources run concurrently on one SQLite connection, whose transactions must not interleave ("cannot start a
    transaction within a transaction"), so the watcher's writes go through one lock. Batches of one channel are
    handled in the order they came (a live edit is never overtaken by an older copy of the same post).
    """

    def __init__(
        self,
        store: Store,
        gazetteer: RankingFinder,
        stop: asyncio.Event | None = None,
        max_chars: int = MAX_POST_CHARS,
        extract: Extractor = extract_claims,
        on_alerts: Callable[[], None] | None = None,
    ) -> None:
        self.store = store
        self.gazetteer = gazetteer
        self.front = LedgerFront(gazetteer)
        self.stop = stop
        self.max_chars = max_chars
        self.extract = extract
        self.on_alerts = on_alerts  # called after each commit that queued alerts (`claimwatch run`: Sender.wake)
        self.lock = asyncio.Lock()
        self._channels: dict[tuple[str, str], asyncio.Lock] = {}

    async def put(self, posts: Sequence[Post], cursor: Cursor | None = None) -> int:
        key = (posts[0].source, posts[0].channel) if posts else ("", "")
        async with self._channels.setdefault(key, asyncio.Lock()):
            batch = await self._prepared(posts)
            async with self.lock:
                queued = self.store.alerts_queued
                count = await commit(batch, self.store, cursor)
                if self.on_alerts is not None and self.store.alerts_queued != queued:
                    self.on_alerts()
                return count

    async def _prepared(self, posts: Sequence[Post]) -> Batch:
        """The batch extracted; on stop, given STOP_GRACE_SECONDS more, then abandoned (raises Stopped)."""
        work = asyncio.ensure_future(prepare(posts, self.store, self.front, self.max_chars, self.extract))
        if self.stop is None:
            return await work
        stopping = asyncio.ensure_future(self.stop.wait())
        try:
            await asyncio.wait({work, stopping}, return_when=asyncio.FIRST_COMPLETED)
        finally:
            stopping.cancel()
        if not work.done():
            try:
                return await asyncio.wait_for(asyncio.shield(work), STOP_GRACE_SECONDS)
            except TimeoutError:
                work.add_done_callback(lambda w: w.cancelled() or w.exception())  # nobody waits for it any more
                logger.warning(
                    "stopping: a batch of %d post(s) still in extraction was left uncommitted (read again on start)",
                    len(posts),
                )
                raise Stopped from None
        return work.result()

    async def get_cursor(self, key: str) -> str | None:
        value: str | None = await self.store.get_cursor(key)
        return value

    async def mark_deleted(self, source: str, channel: str, external_ids: Sequence[str]) -> int:
        async with self.lock:
            count: int = await self.store.mark_deleted(source, channel, list(external_ids))
        if count:
            logger.info("deleted %s: %s", channel, ", ".join(external_ids))
        return count
