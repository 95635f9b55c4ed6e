"""The Store: one SQLite connection with its three parts (posts, people, outbox) as mixins, and open_store.

Every batch of posts is committed together with its source cursor and its alert outbox rows, so a restart resumes
exactly after the last committed batch: nothing lost, nothing stored twice, no alert twice.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from bot.models import Claim, Post
from bot.storage.connection import Clock, serialized, utcnow
from bot.storage.outbox import Outbox, Planner
from bot.storage.people import People
from bot.storage.posts import PostItem, Posts
from bot.storage.schema import connect


class Store(Posts, People, Outbox):
    """The ledger. Open with `await open_store(path)` (or `async with await open_store(path) as store`)."""

    async def add_post(
        self, post: Post, claims: Sequence[Claim], lang: str | None = None, plan: Planner | None = None
    ) -> bool:
        """Store a post and its claims. False if already stored with this text; an edit keeps the old text in
        history, replaces the claims (a claim the post still makes keeps its id) and returns True."""
        [changed] = await self.add_posts([(post, claims, lang)], plan=plan)
        return changed

    @serialized
    async def add_posts(
        self,
        batch: Sequence[PostItem],
        cursor: tuple[str, str] | None = None,
        plan: Planner | None = None,
    ) -> list[bool]:
        """Store a batch of (post, claims, lang) in one transaction, with the source cursor and the alert outbox
        rows. Returns, for each item, whether it was new or an edit (False: already stored, unchanged)."""
        planner = plan or self.planner
        async with self._transaction("store posts"):
            result, stored = await self._store_posts(batch)
            queued = await self._plan(stored, planner)
            if cursor is not None:
                await self._set_cursor(*cursor)
        self.alerts_queued += queued
        return result


async def open_store(path: str | Path, clock: Clock = utcnow) -> Store:
    """Open (creating the folder and file if needed) and migrate the ledger. `clock` gives the store's "now" (when a
    post was stored, a cursor moved, a subscription or an alert was made, where a dedupe window starts)."""
    path = Path(path)
    return Store(await connect(path), path, clock)
