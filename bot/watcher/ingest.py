"""Posts -> claims -> the store: the Sink every source writes to (extraction is pure; one transaction a batch)."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Sequence
from typing import TYPE_CHECKING

from bot.core.claims.extract import PlaceFinder, extract_claims
from bot.core.lang import detect_language
from bot.models import Claim, Post
from bot.sources import Cursor

if TYPE_CHECKING:
    from bot.storage import Store

logger = logging.getLogger(__name__)


async def handle_posts(
    posts: Sequence[Post], store: Store, gazetteer: PlaceFinder, cursor: Cursor | None = None
) -> int:
    """Extract each post's claims and store the batch (with the cursor, one transaction); count new/changed."""
    batch: list[tuple[Post, list[Claim], str | None]] = []
    same = await _unchanged(store, posts)
    for index, post in enumerate(posts):
        if index in same:  # stored with this very text: nothing to extract (the store will say "unchanged")
            batch.append((post, [], None))
            continue
        lang = detect_language(post.text) if post.text.strip() else None
        try:
            claims = extract_claims(post, gazetteer, lang)
        except Exception:  # the extractor is pure and should never raise; one bad post must not stop a channel
            logger.exception("extract failed on %s %s/%s", post.source, post.channel, post.external_id)
            claims = []
        batch.append((post, claims, lang))
    changed = await store.add_posts(batch, cursor=cursor)
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

    def __init__(self, store: Store, gazetteer: PlaceFinder) -> None:
        self.store = store
        self.gazetteer = gazetteer
        self.lock = asyncio.Lock()

    async def put(self, posts: Sequence[Post], cursor: Cursor | None = None) -> int:
        async with self.lock:
            return await handle_posts(posts, self.store, self.gazetteer, cursor)

    async def get_cursor(self, key: str) -> str | None:
        value: str | None = await self.store.get_cursor(key)
        return value

    async def mark_deleted(self, source: str, channel: str, external_ids: Sequence[str]) -> int:
        async with self.lock:
            count: int = await self.store.mark_deleted(source, channel, list(external_ids))
        if count:
            logger.info("deleted %s: %s", channel, ", ".join(external_ids))
        return count
