"""The claim ledger: the only SQL in claimwatch (one SQLite file over aiosqlite, WAL, numbered migrations).

Durability: WAL with `synchronous=NORMAL`. A committed transaction survives a crash of the process (kill -9) because
the WAL file is written before COMMIT returns; only a power loss or OS crash can drop the last few commits (never
corrupt the file). Every batch of posts is committed together with its source cursor and its alert outbox rows, so
a restart resumes exactly after the last committed batch: nothing lost, nothing stored twice, no alert twice.

Identity of a post: (origin, channel, external_id) where origin folds the three ways of reading a Telegram channel
(`telegram`, `web`, `export`) into one, and the channel username is case-folded, so the same message read live, from
the web preview and from an export is stored once.
"""

from __future__ import annotations

import asyncio
import functools
import logging
import sqlite3
from collections import OrderedDict
from collections.abc import AsyncIterator, Callable, Coroutine, Iterable, Sequence
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from types import TracebackType
from typing import Any, ParamSpec, TypeVar

import aiosqlite

from bot.core.alerts import PlannedAlert, QueuedAlert
from bot.errors import StorageError
from bot.models import Claim, Kind, LedgerClaim, Post, Side, Subscription

logger = logging.getLogger(__name__)

TELEGRAM_ORIGINS = frozenset({"telegram", "web", "export", "tme"})
BUSY_TIMEOUT_MS = 10_000
HOT_CLAIMS = 300  # a settlement with this many claims is kept in memory until the ledger changes
HOT_PLACES = 64
CHUNK = 400  # rows per `IN (...)` query (SQLite's default variable limit is 32766; stay well under)

MIGRATIONS: tuple[str, ...] = (
    # 1: posts, their history, claims, cursors, users, subscriptions, alert outbox
    """
    CREATE TABLE posts (
        id INTEGER PRIMARY KEY,
        origin TEXT NOT NULL,            -- identity: 'tme' for any Telegram channel reader, else the source
        channel_key TEXT NOT NULL,       -- identity: case-folded channel
        external_id TEXT NOT NULL,
        source TEXT NOT NULL,            -- the reader that stored it first: telegram, web, feed, export, register...
        channel TEXT NOT NULL,
        date TEXT,                       -- UTC, fixed-width ISO-8601
        edit_date TEXT,
        text TEXT NOT NULL,
        lang TEXT,
        url TEXT,
        side TEXT,
        speaker TEXT,
        deleted INTEGER NOT NULL DEFAULT 0,
        stored_at TEXT NOT NULL,
        UNIQUE (origin, channel_key, external_id)
    );
    CREATE INDEX posts_channel_date ON posts (channel, date);
    CREATE TABLE post_history (
        id INTEGER PRIMARY KEY,
        post_id INTEGER NOT NULL REFERENCES posts (id),
        text TEXT NOT NULL,
        edit_date TEXT,
        replaced_at TEXT NOT NULL
    );
    CREATE INDEX post_history_post ON post_history (post_id);
    -- clustered by settlement (WITHOUT ROWID): a status reads one contiguous range, however old the claims;
    -- the post's url, channel and deleted flag are copied in so that the read needs no join
    CREATE TABLE claims (
        settlement TEXT NOT NULL,        -- '' while unresolved (see candidates)
        date TEXT NOT NULL,              -- the post's date; '' if undated
        id INTEGER NOT NULL,
        post_id INTEGER NOT NULL REFERENCES posts (id),
        name TEXT NOT NULL,
        kind TEXT NOT NULL,
        actor TEXT,
        claimant TEXT NOT NULL,
        speaker TEXT,
        quote TEXT NOT NULL DEFAULT '',
        span_start INTEGER NOT NULL DEFAULT 0,
        span_end INTEGER NOT NULL DEFAULT 0,
        confidence REAL NOT NULL DEFAULT 1.0,
        event_date TEXT,                 -- Claim.when
        candidates TEXT NOT NULL DEFAULT '',  -- space-separated codes
        url TEXT,                        -- copied from the post
        source TEXT NOT NULL,            -- the post's channel
        deleted INTEGER NOT NULL DEFAULT 0,  -- copied from the post
        PRIMARY KEY (settlement, date, id)
    ) WITHOUT ROWID;
    CREATE UNIQUE INDEX claims_id ON claims (id);
    CREATE INDEX claims_post ON claims (post_id);
    CREATE INDEX claims_date ON claims (date, id);
    CREATE TABLE cursors (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL,
        updated_at TEXT NOT NULL
    );
    CREATE TABLE users (
        chat_id INTEGER PRIMARY KEY,
        lang TEXT,
        muted_until TEXT,
        digest INTEGER NOT NULL DEFAULT 0,
        blocked_at TEXT
    );
    CREATE TABLE subscriptions (
        id INTEGER PRIMARY KEY,
        chat_id INTEGER NOT NULL,
        settlement TEXT,                 -- a settlement, or the centre of a radius
        radius_km REAL,
        area_kind TEXT,                  -- 'oblast' | 'raion'
        area_name TEXT,
        lang TEXT,
        paused INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL
    );
    CREATE UNIQUE INDEX subscriptions_unique ON subscriptions (
        chat_id, coalesce(settlement, ''), coalesce(radius_km, 0), coalesce(area_kind, ''), coalesce(area_name, '')
    );
    CREATE TABLE outbox (
        id INTEGER PRIMARY KEY,
        chat_id INTEGER NOT NULL,
        claim_id INTEGER,                -- not a foreign key: the payload keeps the claim even if an edit drops it
        subscription_id INTEGER,
        settlement TEXT,
        dedupe_key TEXT NOT NULL,        -- (settlement, kind, actor): one message per key per chat within a window
        source TEXT NOT NULL DEFAULT '',
        payload TEXT NOT NULL,           -- the claim as JSON (bot.core.alerts.claim_payload)
        state TEXT NOT NULL DEFAULT 'queued' CHECK (state IN ('queued', 'sent', 'parked')),
        held INTEGER NOT NULL DEFAULT 0, -- deferred by /mute or the daily digest
        message_id INTEGER,              -- Telegram message id once sent (for "also reported by" edits)
        attempts INTEGER NOT NULL DEFAULT 0,
        next_attempt_at TEXT NOT NULL,
        created_at TEXT NOT NULL,
        sent_at TEXT,
        error TEXT,
        UNIQUE (chat_id, claim_id)
    );
    CREATE INDEX outbox_due ON outbox (state, next_attempt_at);
    CREATE INDEX outbox_dedupe ON outbox (chat_id, dedupe_key, created_at);
    CREATE TABLE outbox_also (
        id INTEGER PRIMARY KEY,
        outbox_id INTEGER NOT NULL REFERENCES outbox (id),
        claim_id INTEGER,
        source TEXT NOT NULL,
        created_at TEXT NOT NULL,
        edited INTEGER NOT NULL DEFAULT 0,  -- 1 once the sent message was edited to name this source
        UNIQUE (outbox_id, claim_id)
    );
    CREATE INDEX outbox_also_pending ON outbox_also (edited, outbox_id);
    """,
)


# --- small types ----------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class User:
    chat_id: int
    lang: str | None = None
    muted_until: datetime | None = None
    digest: bool = False
    blocked: bool = False


# planner(post, its stored claims, active subscriptions, the claims the post made before an edit) -> alerts to queue.
# Called inside the transaction that stores the claims (transactional outbox); must be pure and fast.
Planner = Callable[[Post, Sequence[LedgerClaim], Sequence[Subscription], Sequence[Claim]], Sequence[PlannedAlert]]

PostItem = tuple[Post, Sequence[Claim], str | None]  # (post, its claims, language)


# --- conversions ----------------------------------------------------------------------------------------------


def to_db_time(value: datetime | None) -> str | None:
    """UTC, fixed width (so text order is time order); a naive datetime is taken as UTC."""
    if value is None:
        return None
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%f+00:00")


def from_db_time(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


def post_identity(post: Post) -> tuple[str, str, str]:
    origin = "tme" if post.source in TELEGRAM_ORIGINS else post.source
    return origin, post.channel.casefold().lstrip("@"), str(post.external_id)


def claim_identity(claim: Claim) -> tuple[str | None, str, str | None, str]:
    """An edited post keeps the row (and id) of a claim it still makes."""
    return (claim.settlement, claim.kind.value, claim.actor.value if claim.actor else None, claim.claimant.value)


def _side(value: str | None) -> Side | None:
    return Side(value) if value else None


_CLAIM_COLUMNS = (
    "c.id, c.post_id, c.settlement, c.name, c.kind, c.actor, c.claimant, c.speaker, c.quote, c.span_start, "
    "c.span_end, c.confidence, c.event_date, c.candidates, c.date, c.url, c.source"
)


def _ledger_claim(row: Any) -> LedgerClaim:
    (
        cid,
        post_id,
        settlement,
        name,
        kind,
        actor,
        claimant,
        speaker,
        quote,
        s0,
        s1,
        conf,
        when,
        cands,
        date,
        url,
        channel,
    ) = row
    claim = Claim(
        settlement=settlement or None,
        name=name,
        kind=Kind(kind),
        actor=_side(actor),
        claimant=Side(claimant),
        speaker=speaker,
        quote=quote,
        span=(s0, s1),
        confidence=conf,
        when=when,
        candidates=tuple(cands.split()) if cands else (),
    )
    return LedgerClaim(id=cid, claim=claim, date=from_db_time(date), url=url, source=channel, post_id=post_id)


def _claim_row(cid: int, post_id: int, c: Claim, date: str | None, url: str | None, source: str) -> tuple[Any, ...]:
    return (
        cid,
        post_id,
        c.settlement or "",
        c.name,
        c.kind.value,
        c.actor.value if c.actor else None,
        c.claimant.value,
        c.speaker,
        c.quote,
        c.span[0],
        c.span[1],
        c.confidence,
        c.when,
        " ".join(c.candidates),
        date or "",
        url,
        source,
    )


_INSERT_CLAIM = (
    "INSERT INTO claims (id, post_id, settlement, name, kind, actor, claimant, speaker, quote, span_start, span_end, "
    "confidence, event_date, candidates, date, url, source) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)
_INSERT_POST = (
    "INSERT INTO posts (id, origin, channel_key, external_id, source, channel, date, edit_date, text, lang, url, side, "
    "speaker, stored_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)
_SUB_COLUMNS = "id, chat_id, settlement, radius_km, area_kind, area_name, lang, paused, created_at"


def _subscription(row: Any) -> Subscription:
    sid, chat_id, settlement, radius, area_kind, area_name, lang, paused, created = row
    return Subscription(
        sid, chat_id, settlement, radius, area_kind, area_name, lang, bool(paused), from_db_time(created)
    )


def _now() -> datetime:
    return datetime.now(UTC)


# --- the store ------------------------------------------------------------------------------------------------


_P = ParamSpec("_P")
_R = TypeVar("_R")


def _serialized(method: Callable[_P, Coroutine[Any, Any, _R]]) -> Callable[_P, Coroutine[Any, Any, _R]]:
    """Run a writing method under the store's lock. Every writer (watcher, bot handlers, sender) shares one
    connection, and a commit from one must never land inside another's open transaction and commit half of it."""

    @functools.wraps(method)
    async def locked(*args: _P.args, **kwargs: _P.kwargs) -> _R:
        store = args[0]
        assert isinstance(store, Store)
        async with store._lock:
            return await method(*args, **kwargs)

    return locked


class Store:
    """The ledger. Open with `await open_store(path)` (or `async with await open_store(path) as store`)."""

    def __init__(self, db: aiosqlite.Connection, path: Path) -> None:
        self.db = db
        self.path = path
        self.planner: Planner | None = None  # set by whoever runs ingestion with alerts (see set_planner)
        self.dedupe_window = timedelta(minutes=180)
        # settlements with many claims (a Bakhmut) keep them in memory until the ledger changes: `PRAGMA
        # data_version` moves when another connection commits, `_changes` when this one writes claims
        self._hot: OrderedDict[str, list[LedgerClaim]] = OrderedDict()
        self._hot_version: tuple[int, int] = (-1, -1)
        self._changes = 0
        self._lock = asyncio.Lock()  # see _serialized

    async def __aenter__(self) -> Store:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.close()

    async def close(self) -> None:
        try:
            await self.db.close()
        except (sqlite3.Error, ValueError) as exc:  # already closed
            logger.debug("closing %s: %s", self.path, exc)

    def set_planner(self, planner: Planner | None, dedupe_window: timedelta | None = None) -> None:
        """Queue alerts for every claim stored from now on, in the same transaction (transactional outbox)."""
        self.planner = planner
        if dedupe_window is not None:
            self.dedupe_window = dedupe_window

    # -- posts and claims --------------------------------------------------------------------------------------

    async def add_post(
        self, post: Post, claims: Sequence[Claim], lang: str | None = None, plan: Planner | None = None
    ) -> bool:
        """Store a post and its claims. False if already stored with this text; an edit keeps the old text in
        history, replaces the claims (a claim the post still makes keeps its id) and returns True."""
        [changed] = await self.add_posts([(post, claims, lang)], plan=plan)
        return changed

    @_serialized
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
            result = await self._add_posts(batch, planner)
            if cursor is not None:
                await self._set_cursor(*cursor)
        self._changes += 1
        return result

    @asynccontextmanager
    async def _transaction(self, what: str) -> AsyncIterator[None]:
        """BEGIN IMMEDIATE ... COMMIT, rolled back on any error; SQLite's errors become a StorageError naming
        `what`. Callers hold the write lock (see _serialized)."""
        try:
            await self.db.execute("BEGIN IMMEDIATE")
            try:
                yield
                await self.db.commit()
            except BaseException:
                await self.db.rollback()
                raise
        except sqlite3.Error as exc:
            raise StorageError(f"{self.path}: cannot {what} ({exc})") from exc

    async def _add_posts(self, batch: Sequence[PostItem], planner: Planner | None) -> list[bool]:
        keys = [post_identity(p) for p, _, _ in batch]
        existing = await self._existing(keys)
        now = to_db_time(_now())
        result = [False] * len(batch)
        seen: set[tuple[str, str, str]] = set()
        post_rows: list[tuple[Any, ...]] = []
        claim_rows: list[tuple[Any, ...]] = []
        stored: list[tuple[Post, list[LedgerClaim], list[Claim]]] = []
        later: list[int] = []
        next_post = await self._max_id("posts") + 1
        next_claim = await self._max_id("claims") + 1
        for i, ((post, claims, lang), key) in enumerate(zip(batch, keys, strict=True)):
            if key in existing or key in seen:
                later.append(i)  # seen before (or twice in this batch): maybe an edit, handled one by one
                continue
            seen.add(key)
            pid, next_post = next_post, next_post + 1
            date = to_db_time(post.date)
            post_rows.append(
                (
                    pid,
                    *key,
                    post.source,
                    post.channel,
                    date,
                    to_db_time(post.edit_date),
                    post.text,
                    lang,
                    post.url,
                    post.side.value if post.side else None,
                    post.speaker,
                    now,
                )
            )
            ledger = []
            for c in claims:
                cid, next_claim = next_claim, next_claim + 1
                claim_rows.append(_claim_row(cid, pid, c, date, post.url, post.channel))
                ledger.append(LedgerClaim(cid, c, _utc(post.date), post.url, post.channel, pid))
            stored.append((post, ledger, []))
            result[i] = True
        if post_rows:
            await self.db.executemany(_INSERT_POST, post_rows)
            await self.db.executemany(_INSERT_CLAIM, claim_rows)
        for i in later:
            post, claims, lang = batch[i]
            edited = await self._edit_post(post, claims, lang)
            if edited is not None:
                stored.append(edited)
                result[i] = True
        if planner is not None and any(ledger for _, ledger, _ in stored):
            subs = await self._active_subscriptions()
            for post, ledger, previous in stored:
                if ledger:
                    await self._queue(planner(post, ledger, subs, previous))
        return result

    async def _existing(self, keys: Sequence[tuple[str, str, str]]) -> set[tuple[str, str, str]]:
        found: set[tuple[str, str, str]] = set()
        groups: dict[tuple[str, str], list[str]] = {}
        for origin, channel, eid in keys:
            groups.setdefault((origin, channel), []).append(eid)
        for (origin, channel), eids in groups.items():
            for start in range(0, len(eids), CHUNK):
                chunk = eids[start : start + CHUNK]
                marks = ",".join("?" * len(chunk))
                rows = await self.db.execute_fetchall(
                    f"SELECT external_id FROM posts WHERE origin = ? AND channel_key = ? AND external_id IN ({marks})",
                    (origin, channel, *chunk),
                )
                found.update((origin, channel, r[0]) for r in rows)
        return found

    async def _max_id(self, table: str) -> int:
        rows = list(await self.db.execute_fetchall(f"SELECT coalesce(max(id), 0) FROM {table}"))
        return int(rows[0][0])

    async def _edit_post(
        self, post: Post, claims: Sequence[Claim], lang: str | None
    ) -> tuple[Post, list[LedgerClaim], list[Claim]] | None:
        """A post seen before: None if unchanged; else keep the old text in history and replace its claims."""
        rows = list(
            await self.db.execute_fetchall(
                "SELECT id, text, edit_date, date, url, channel FROM posts "
                "WHERE origin = ? AND channel_key = ? AND external_id = ?",
                post_identity(post),
            )
        )
        pid, old_text, old_edit, date, old_url, channel = rows[0]
        url = post.url or old_url
        if old_text == post.text:
            return None
        now = to_db_time(_now())
        await self.db.execute(
            "INSERT INTO post_history (post_id, text, edit_date, replaced_at) VALUES (?, ?, ?, ?)",
            (pid, old_text, old_edit, now),
        )
        await self.db.execute(
            "UPDATE posts SET text = ?, edit_date = ?, lang = coalesce(?, lang), url = coalesce(?, url) WHERE id = ?",
            (post.text, to_db_time(post.edit_date) or now, lang, post.url, pid),
        )
        old = {
            r[0]: r[1:]
            for r in await self.db.execute_fetchall(
                f"SELECT {_CLAIM_COLUMNS} FROM claims c WHERE c.post_id = ?", (pid,)
            )
        }
        previous = {cid: _ledger_claim((cid, *rest)) for cid, rest in old.items()}
        by_identity = {claim_identity(lc.claim): cid for cid, lc in previous.items()}
        kept: set[int] = set()
        ledger: list[LedgerClaim] = []
        for c in claims:
            cid = by_identity.get(claim_identity(c))
            if cid is not None and cid not in kept:
                kept.add(cid)
                await self.db.execute("DELETE FROM claims WHERE id = ?", (cid,))
            else:
                cid = await self._max_id("claims") + 1
            await self.db.execute(_INSERT_CLAIM, _claim_row(cid, pid, c, date, url, channel))
            ledger.append(LedgerClaim(cid, c, from_db_time(date), url, channel, pid))
        gone = [cid for cid in previous if cid not in kept]
        await self.db.executemany("DELETE FROM claims WHERE id = ?", [(cid,) for cid in gone])
        return post, ledger, [lc.claim for lc in previous.values()]

    @_serialized
    async def mark_deleted(self, source: str, channel: str, external_ids: Iterable[str]) -> int:
        """Mark posts deleted at the source (kept, never erased; their claims stop counting). Returns how many."""
        probe = Post(source, channel, "", "")
        origin, key, _ = post_identity(probe)
        ids = [str(e) for e in external_ids]
        count = 0
        async with self._transaction("mark posts deleted"):
            for start in range(0, len(ids), CHUNK):
                chunk = ids[start : start + CHUNK]
                marks = ",".join("?" * len(chunk))
                where = f"origin = ? AND channel_key = ? AND deleted = 0 AND external_id IN ({marks})"
                await self.db.execute(
                    f"UPDATE claims SET deleted = 1 WHERE post_id IN (SELECT id FROM posts WHERE {where})",
                    (origin, key, *chunk),
                )
                cur = await self.db.execute(f"UPDATE posts SET deleted = 1 WHERE {where}", (origin, key, *chunk))
                count += cur.rowcount
        self._changes += 1
        return count

    async def get_post(self, source: str, channel: str, external_id: str) -> tuple[Post, bool] | None:
        """A stored post and its deleted flag."""
        rows = list(
            await self.db.execute_fetchall(
                "SELECT source, channel, external_id, text, date, edit_date, side, speaker, url, deleted FROM posts "
                "WHERE origin = ? AND channel_key = ? AND external_id = ?",
                post_identity(Post(source, channel, external_id, "")),
            )
        )
        if not rows:
            return None
        src, chan, eid, text, date, edit, side, speaker, url, deleted = rows[0]
        post = Post(src, chan, eid, text, from_db_time(date), from_db_time(edit), _side(side), speaker, url)
        return post, bool(deleted)

    async def post_history(self, source: str, channel: str, external_id: str) -> list[str]:
        """Earlier texts of an edited post, oldest first."""
        rows = await self.db.execute_fetchall(
            "SELECT h.text FROM post_history h JOIN posts p ON p.id = h.post_id "
            "WHERE p.origin = ? AND p.channel_key = ? AND p.external_id = ? ORDER BY h.id",
            post_identity(Post(source, channel, external_id, "")),
        )
        return [r[0] for r in rows]

    async def known_ids(self, source: str, channel: str, external_ids: Iterable[str]) -> set[str]:
        """Which of these external ids are stored already (for reconcile passes)."""
        keys = [post_identity(Post(source, channel, str(e), "")) for e in external_ids]
        return {k[2] for k in await self._existing(keys)}

    async def claims_for(self, codes: Iterable[str], limit: int | None = None) -> list[LedgerClaim]:
        """Claims about these settlements, newest first, from posts not deleted."""
        codes = list(dict.fromkeys(codes))
        if not codes:
            return []
        if len(codes) == 1 and limit is None:
            return await self._claims_of(codes[0])
        out: list[LedgerClaim] = []
        for start in range(0, len(codes), CHUNK):
            chunk = codes[start : start + CHUNK]
            marks = ",".join("?" * len(chunk))
            sql = (
                f"SELECT {_CLAIM_COLUMNS} FROM claims c "
                f"WHERE c.settlement IN ({marks}) AND c.deleted = 0 ORDER BY c.date DESC, c.id DESC"
            )
            params: list[Any] = list(chunk)
            if limit is not None:
                sql += " LIMIT ?"
                params.append(limit)
            out.extend(_ledger_claim(r) for r in await self.db.execute_fetchall(sql, params))
        if len(codes) > CHUNK:
            out.sort(key=lambda lc: (to_db_time(lc.date) or "", lc.id), reverse=True)
        return out[:limit] if limit is not None else out

    async def claimed_codes(self, codes: Iterable[str]) -> set[str]:
        """Which of these settlements have any claim (from posts not deleted)."""
        codes = list(dict.fromkeys(codes))
        found: set[str] = set()
        for start in range(0, len(codes), CHUNK):
            chunk = codes[start : start + CHUNK]
            rows = await self.db.execute_fetchall(
                f"SELECT DISTINCT settlement FROM claims WHERE settlement IN ({','.join('?' * len(chunk))}) "
                "AND deleted = 0",
                chunk,
            )
            found.update(str(r[0]) for r in rows)
        return found

    async def _claims_of(self, code: str) -> list[LedgerClaim]:
        [(data_version,)] = list(await self.db.execute_fetchall("PRAGMA data_version"))
        version = (int(data_version), self._changes)
        if version != self._hot_version:
            self._hot.clear()
            self._hot_version = version
        cached = self._hot.get(code)
        if cached is not None:
            self._hot.move_to_end(code)
            return list(cached)
        rows = await self.db.execute_fetchall(
            f"SELECT {_CLAIM_COLUMNS} FROM claims c WHERE c.settlement = ? AND c.deleted = 0 "
            "ORDER BY c.date DESC, c.id DESC",
            (code,),
        )
        out = [_ledger_claim(r) for r in rows]
        if len(out) >= HOT_CLAIMS:
            self._hot[code] = list(out)
            while len(self._hot) > HOT_PLACES:
                self._hot.popitem(last=False)
        return out

    async def recent_claims(self, limit: int = 20) -> list[LedgerClaim]:
        """The newest claims across all settlements (resolved ones only)."""
        rows = await self.db.execute_fetchall(
            f"SELECT {_CLAIM_COLUMNS} FROM claims c "
            "WHERE c.deleted = 0 AND c.settlement != '' ORDER BY c.date DESC, c.id DESC LIMIT ?",
            (limit,),
        )
        return [_ledger_claim(r) for r in rows]

    async def iter_claims(self, page: int = 5000) -> AsyncIterator[LedgerClaim]:
        """Every claim of posts not deleted, in the order stored (for export), read a page at a time."""
        after = 0
        while True:
            rows = list(
                await self.db.execute_fetchall(
                    f"SELECT {_CLAIM_COLUMNS}, c.deleted FROM claims c INDEXED BY claims_id "
                    "WHERE c.id > ? ORDER BY c.id LIMIT ?",
                    (after, page),
                )
            )
            for r in rows:
                if not r[-1]:
                    yield _ledger_claim(r[:-1])
            if len(rows) < page:
                return
            after = rows[-1][0]

    async def counts(self) -> dict[str, int]:
        """For /stats: posts, claims, subscribers, subscriptions."""
        [(posts, claims, subscribers, subscriptions)] = list(
            await self.db.execute_fetchall(
                "SELECT (SELECT count(*) FROM posts WHERE deleted = 0), "
                "(SELECT count(*) FROM claims WHERE deleted = 0), "
                "(SELECT count(DISTINCT chat_id) FROM subscriptions WHERE paused = 0), "
                "(SELECT count(*) FROM subscriptions WHERE paused = 0)"
            )
        )
        return {"posts": posts, "claims": claims, "subscribers": subscribers, "subscriptions": subscriptions}

    async def last_post_per_source(self) -> list[tuple[str, datetime | None]]:
        """(channel or feed, date of its newest post), most recent first."""
        rows = await self.db.execute_fetchall(
            "SELECT channel, max(date) AS last FROM posts GROUP BY channel ORDER BY last DESC"
        )
        return [(r[0], from_db_time(r[1])) for r in rows]

    # -- cursors -----------------------------------------------------------------------------------------------

    async def get_cursor(self, key: str) -> str | None:
        rows = list(await self.db.execute_fetchall("SELECT value FROM cursors WHERE key = ?", (key,)))
        return str(rows[0][0]) if rows else None

    @_serialized
    async def set_cursor(self, key: str, value: str) -> None:
        try:
            await self._set_cursor(key, value)
            await self.db.commit()
        except sqlite3.Error as exc:
            raise StorageError(f"{self.path}: cannot save cursor {key} ({exc})") from exc

    async def _set_cursor(self, key: str, value: str) -> None:
        await self.db.execute(
            "INSERT INTO cursors (key, value, updated_at) VALUES (?, ?, ?) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at",
            (key, str(value), to_db_time(_now())),
        )

    # -- users -------------------------------------------------------------------------------------------------

    async def get_language(self, chat_id: int) -> str | None:
        rows = list(await self.db.execute_fetchall("SELECT lang FROM users WHERE chat_id = ?", (chat_id,)))
        return rows[0][0] if rows else None

    async def set_language(self, chat_id: int, lang: str) -> None:
        await self._write(
            "INSERT INTO users (chat_id, lang) VALUES (?, ?) ON CONFLICT (chat_id) DO UPDATE SET lang = excluded.lang",
            (chat_id, lang),
        )

    async def get_user(self, chat_id: int) -> User:
        rows = list(
            await self.db.execute_fetchall(
                "SELECT chat_id, lang, muted_until, digest, blocked_at FROM users WHERE chat_id = ?", (chat_id,)
            )
        )
        if not rows:
            return User(chat_id)
        cid, lang, muted, digest, blocked = rows[0]
        return User(cid, lang, from_db_time(muted), bool(digest), blocked is not None)

    async def set_muted_until(self, chat_id: int, until: datetime | None) -> None:
        await self._write(
            "INSERT INTO users (chat_id, muted_until) VALUES (?, ?) "
            "ON CONFLICT (chat_id) DO UPDATE SET muted_until = excluded.muted_until",
            (chat_id, to_db_time(until)),
        )

    async def set_digest(self, chat_id: int, digest: bool) -> None:
        await self._write(
            "INSERT INTO users (chat_id, digest) VALUES (?, ?) "
            "ON CONFLICT (chat_id) DO UPDATE SET digest = excluded.digest",
            (chat_id, int(digest)),
        )

    # -- subscriptions -----------------------------------------------------------------------------------------

    async def add_subscription(
        self,
        chat_id: int,
        settlement: str | None = None,
        radius_km: float | None = None,
        area_kind: str | None = None,
        area_name: str | None = None,
        lang: str | None = None,
    ) -> Subscription:
        """Subscribe (idempotent: the same subscription twice is stored once and unpaused)."""
        if not settlement and not (area_kind and area_name):
            raise StorageError("a subscription needs a settlement or an area")
        if area_kind is not None and area_kind not in ("oblast", "raion"):
            raise StorageError(f"unknown area kind {area_kind!r}")
        key = (chat_id, settlement or "", radius_km or 0, area_kind or "", area_name or "")
        await self._write(
            "INSERT INTO subscriptions (chat_id, settlement, radius_km, area_kind, area_name, lang, created_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO UPDATE SET paused = 0",
            (chat_id, settlement, radius_km or None, area_kind, area_name, lang, to_db_time(_now())),
        )
        rows = list(
            await self.db.execute_fetchall(
                f"SELECT {_SUB_COLUMNS} FROM subscriptions WHERE chat_id = ? AND coalesce(settlement, '') = ? "
                "AND coalesce(radius_km, 0) = ? AND coalesce(area_kind, '') = ? AND coalesce(area_name, '') = ?",
                key,
            )
        )
        return _subscription(rows[0])

    async def subscriptions(self, chat_id: int) -> list[Subscription]:
        """One chat's subscriptions, oldest first."""
        rows = await self.db.execute_fetchall(
            f"SELECT {_SUB_COLUMNS} FROM subscriptions WHERE chat_id = ? ORDER BY id", (chat_id,)
        )
        return [_subscription(r) for r in rows]

    async def remove_subscription(self, chat_id: int, subscription_id: int) -> bool:
        """Only the chat's own subscription can go."""
        cur = await self._write("DELETE FROM subscriptions WHERE id = ? AND chat_id = ?", (subscription_id, chat_id))
        return cur > 0

    async def pause_subscriptions(self, chat_id: int, paused: bool = True) -> int:
        """Forbidden (the user blocked the bot) pauses all of the chat's subscriptions."""
        return await self._write("UPDATE subscriptions SET paused = ? WHERE chat_id = ?", (int(paused), chat_id))

    async def subscriptions_for(self, codes: Iterable[str] | None = None) -> list[Subscription]:
        """Active subscriptions naming these settlements directly; with None, every active subscription (radius and
        area subscriptions can cover any settlement, so planning reads them all)."""
        if codes is None:
            return await self._active_subscriptions()
        wanted = list(dict.fromkeys(codes))
        out: list[Subscription] = []
        for start in range(0, len(wanted), CHUNK):
            chunk = wanted[start : start + CHUNK]
            marks = ",".join("?" * len(chunk))
            rows = await self.db.execute_fetchall(
                f"SELECT {_SUB_COLUMNS} FROM subscriptions WHERE paused = 0 AND settlement IN ({marks}) ORDER BY id",
                chunk,
            )
            out.extend(_subscription(r) for r in rows)
        return out

    async def _active_subscriptions(self) -> list[Subscription]:
        rows = await self.db.execute_fetchall(f"SELECT {_SUB_COLUMNS} FROM subscriptions WHERE paused = 0 ORDER BY id")
        return [_subscription(r) for r in rows]

    # -- alert outbox (sending is bot.chat.sender's) ----------------------------------------------------------------

    @_serialized
    async def queue_alerts(self, planned: Sequence[PlannedAlert]) -> int:
        """Queue planned alerts in their own transaction (add_post with a planner does it in the claims' one)."""
        async with self._transaction("queue alerts"):
            return await self._queue(planned)

    async def _queue(self, planned: Sequence[PlannedAlert]) -> int:
        """New rows, or, when the chat already has an alert with the same dedupe key within the window, an "also
        reported by" addition to it. Returns the number of new rows. Set-based: a claim with 10,000 subscribers
        is two statements, not 10,000 look-ups inside the claims' transaction."""
        clock = _now()
        now, since = to_db_time(clock), str(to_db_time(clock - self.dedupe_window))
        existing = await self._recent_alerts({a.dedupe_key for a in planned}, since)
        fresh: dict[tuple[int, str], PlannedAlert] = {}
        later: list[PlannedAlert] = []  # same chat and key as an alert already there (or first in this batch)
        for a in planned:
            key = (a.chat_id, a.dedupe_key)
            if key in existing or key in fresh:
                later.append(a)
            else:
                fresh[key] = a
        cur = await self.db.executemany(
            "INSERT INTO outbox (chat_id, claim_id, subscription_id, settlement, dedupe_key, source, payload, "
            "next_attempt_at, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
            [
                (a.chat_id, a.claim_id, a.subscription_id, a.settlement, a.dedupe_key, a.source, a.payload, now, now)
                for a in fresh.values()
            ],
        )
        count = max(cur.rowcount, 0)
        if later:
            if any((a.chat_id, a.dedupe_key) not in existing for a in later):
                existing = await self._recent_alerts({a.dedupe_key for a in later}, since)
            also = [
                (existing[k][0], a.claim_id, a.source, now)
                for a in later
                if (k := (a.chat_id, a.dedupe_key)) in existing and existing[k][1] != a.source
            ]
            await self.db.executemany(
                "INSERT INTO outbox_also (outbox_id, claim_id, source, created_at) VALUES (?, ?, ?, ?) "
                "ON CONFLICT DO NOTHING",
                also,
            )
        return count

    async def _recent_alerts(self, keys: Iterable[str], since: str) -> dict[tuple[int, str], tuple[int, str]]:
        """(chat, dedupe key) -> (id, source) of the first alert not parked since `since`."""
        keys = sorted(keys)
        found: dict[tuple[int, str], tuple[int, str]] = {}
        for start in range(0, len(keys), CHUNK):
            chunk = keys[start : start + CHUNK]
            rows = await self.db.execute_fetchall(
                "SELECT chat_id, dedupe_key, min(id), source FROM outbox WHERE dedupe_key IN "
                f"({','.join('?' * len(chunk))}) AND created_at >= ? AND state != 'parked' "
                "GROUP BY chat_id, dedupe_key",
                (*chunk, since),
            )
            found.update({(int(r[0]), str(r[1])): (int(r[2]), str(r[3])) for r in rows})
        return found

    async def due_alerts(self, now: datetime, limit: int = 100) -> list[dict[str, Any]]:
        """Queued rows whose time has come, oldest first (as plain dicts; bot.chat.sender turns them into its type)."""
        rows = await self.db.execute_fetchall(
            "SELECT id, chat_id, claim_id, dedupe_key, source, payload, attempts, held, message_id FROM outbox "
            "WHERE state = 'queued' AND next_attempt_at <= ? ORDER BY id LIMIT ?",
            (to_db_time(now), limit),
        )
        keys = ("id", "chat_id", "claim_id", "dedupe_key", "source", "payload", "attempts", "held", "message_id")
        return [dict(zip(keys, r, strict=True)) for r in rows]

    async def mark_sent(self, alert_id: int, message_id: int | None, now: datetime) -> None:
        await self._write(
            "UPDATE outbox SET state = 'sent', message_id = ?, sent_at = ?, error = NULL WHERE id = ?",
            (message_id, to_db_time(now), alert_id),
        )

    async def retry_later(self, alert_id: int, when: datetime, error: str) -> None:
        await self._write(
            "UPDATE outbox SET attempts = attempts + 1, next_attempt_at = ?, error = ? WHERE id = ?",
            (to_db_time(when), error[:500], alert_id),
        )

    async def park(self, alert_id: int, error: str) -> None:
        """A row that can never be sent (malformed, or the user blocked the bot): kept, never retried."""
        await self._write("UPDATE outbox SET state = 'parked', error = ? WHERE id = ?", (error[:500], alert_id))

    async def pending_also(self, limit: int = 100) -> list[tuple[int, int, int | None, list[str]]]:
        """Sent alerts with sources to add: (outbox id, chat id, message id, every "also" source so far)."""
        rows = await self.db.execute_fetchall(
            "SELECT o.id, o.chat_id, o.message_id FROM outbox o WHERE o.state = 'sent' AND EXISTS "
            "(SELECT 1 FROM outbox_also a WHERE a.outbox_id = o.id AND a.edited = 0) ORDER BY o.id LIMIT ?",
            (limit,),
        )
        out = []
        for oid, chat_id, message_id in rows:
            sources = await self.db.execute_fetchall(
                "SELECT source FROM outbox_also WHERE outbox_id = ? ORDER BY id", (oid,)
            )
            out.append((oid, chat_id, message_id, [s[0] for s in sources]))
        return out

    async def mark_also_edited(self, outbox_id: int) -> None:
        await self._write("UPDATE outbox_also SET edited = 1 WHERE outbox_id = ?", (outbox_id,))

    async def outbox_counts(self) -> dict[str, int]:
        rows = await self.db.execute_fetchall("SELECT state, count(*) FROM outbox GROUP BY state")
        return {str(state): int(n) for state, n in rows}

    # -- helpers -----------------------------------------------------------------------------------------------

    @_serialized
    async def _write(self, sql: str, params: Sequence[Any] = ()) -> int:
        try:
            cur = await self.db.execute(sql, params)
            await self.db.commit()
        except sqlite3.Error as exc:
            raise StorageError(f"{self.path}: write failed ({exc})") from exc
        return cur.rowcount

    # --- alert outbox (alerts helper) ---------------------------------------------------------------------------
    # Delivery side of the outbox (chat.sender). A row is claimed by moving its next_attempt_at to the end of a lease
    # in one UPDATE ... RETURNING: another sender (another process on this file) cannot claim it meanwhile, and a
    # sender killed mid-send leaves it due again when the lease ends. Forbidden parks the chat's rows.

    async def has_due_alerts(self, now: datetime) -> bool:
        """Anything to send or edit? (Cheap: the bot polls it every few hundred ms.)"""
        rows = list(
            await self.db.execute_fetchall(
                "SELECT EXISTS (SELECT 1 FROM outbox WHERE state = 'queued' AND next_attempt_at <= ?) OR EXISTS "
                "(SELECT 1 FROM outbox_also a JOIN outbox o ON o.id = a.outbox_id "
                "WHERE a.edited = 0 AND o.state = 'sent')",
                (to_db_time(now),),
            )
        )
        return bool(rows[0][0])

    @_serialized
    async def claim_due_alerts(self, now: datetime, limit: int, lease_until: datetime) -> list[QueuedAlert]:
        """Take up to `limit` due rows, oldest first, for `lease_until - now` (then they are due again)."""
        try:
            rows = await self.db.execute_fetchall(
                "UPDATE outbox SET next_attempt_at = ? WHERE id IN (SELECT id FROM outbox WHERE state = 'queued' "
                "AND next_attempt_at <= ? ORDER BY id LIMIT ?) "
                "RETURNING id, chat_id, claim_id, dedupe_key, source, payload, attempts, held, message_id",
                (to_db_time(lease_until), to_db_time(now), limit),
            )
            await self.db.commit()
        except sqlite3.Error as exc:
            raise StorageError(f"{self.path}: cannot claim alerts ({exc})") from exc
        alerts = [QueuedAlert(r[0], r[1], r[2] or 0, r[3], r[4], r[5], r[6], bool(r[7]), r[8]) for r in rows]
        return sorted(alerts, key=lambda a: a.id)

    async def users(self, chat_ids: Sequence[int]) -> dict[int, User]:
        """Language (chosen with /lang, else the one they subscribed in), mute and digest settings of these chats."""
        out: dict[int, User] = {}
        ids = list(dict.fromkeys(chat_ids))
        for start in range(0, len(ids), CHUNK):
            chunk = ids[start : start + CHUNK]
            rows = await self.db.execute_fetchall(
                "SELECT chat_id, lang, muted_until, digest, blocked_at FROM users "
                f"WHERE chat_id IN ({','.join('?' * len(chunk))})",
                chunk,
            )
            for cid, lang, muted, digest, blocked in rows:
                out[cid] = User(cid, lang, from_db_time(muted), bool(digest), blocked is not None)
            # no /lang chosen: the language the user subscribed in
            rows = await self.db.execute_fetchall(
                "SELECT chat_id, max(lang) FROM subscriptions WHERE lang IS NOT NULL "
                f"AND chat_id IN ({','.join('?' * len(chunk))}) GROUP BY chat_id",
                chunk,
            )
            for cid, lang in rows:
                user = out.get(cid)
                if user is None or user.lang is None:
                    out[cid] = User(cid, lang, *((user.muted_until, user.digest, user.blocked) if user else ()))
        return out

    async def also_sources(self, alert_ids: Sequence[int]) -> dict[int, tuple[list[str], int]]:
        """For each alert with later sources of the same claim: (their names in order, the last outbox_also id)."""
        out: dict[int, tuple[list[str], int]] = {}
        ids = list(dict.fromkeys(alert_ids))
        for start in range(0, len(ids), CHUNK):
            chunk = ids[start : start + CHUNK]
            rows = await self.db.execute_fetchall(
                f"SELECT outbox_id, id, source FROM outbox_also WHERE outbox_id IN ({','.join('?' * len(chunk))}) "
                "ORDER BY id",
                chunk,
            )
            for oid, aid, source in rows:
                names, _ = out.get(oid, ([], 0))
                out[oid] = ([*names, source], aid)
        return out

    async def pending_edits(self, limit: int = 50) -> list[QueuedAlert]:
        """Sent alerts whose message must be edited to name later sources."""
        rows = await self.db.execute_fetchall(
            "SELECT id, chat_id, claim_id, dedupe_key, source, payload, attempts, held, message_id FROM outbox o "
            "WHERE o.state = 'sent' AND o.id IN (SELECT outbox_id FROM outbox_also WHERE edited = 0) "
            "ORDER BY o.id LIMIT ?",
            (limit,),
        )
        return [QueuedAlert(r[0], r[1], r[2] or 0, r[3], r[4], r[5], r[6], bool(r[7]), r[8]) for r in rows]

    async def mark_also_shown(self, alert_id: int, upto: int) -> None:
        """The message of this alert now names every later source up to outbox_also id `upto`."""
        await self._write("UPDATE outbox_also SET edited = 1 WHERE outbox_id = ? AND id <= ?", (alert_id, upto))

    async def hold_alerts(self, alert_ids: Sequence[int], until: datetime) -> None:
        """Defer rows (a muted user, or one reading the daily digest); held rows due together go as one message."""
        await self._set_outbox(alert_ids, "held = 1, next_attempt_at = ?", (to_db_time(until),))

    async def release_alerts(self, alert_ids: Sequence[int], now: datetime) -> None:
        """Give claimed rows back (not tried this round) without counting an attempt."""
        await self._set_outbox(alert_ids, "next_attempt_at = ?", (to_db_time(now),), only_queued=True)

    async def release_held(self, chat_id: int, now: datetime) -> int:
        """/mute 0 or /digest off: what was held for this chat is due now."""
        return await self._write(
            "UPDATE outbox SET next_attempt_at = ? WHERE chat_id = ? AND state = 'queued' AND held = 1",
            (to_db_time(now), chat_id),
        )

    @_serialized
    async def pause_user(self, chat_id: int, now: datetime) -> None:
        """The user blocked the bot: pause their subscriptions and park what was queued for them."""
        async with self._transaction(f"pause chat {chat_id}"):
            await self.db.execute(
                "INSERT INTO users (chat_id, blocked_at) VALUES (?, ?) "
                "ON CONFLICT (chat_id) DO UPDATE SET blocked_at = excluded.blocked_at",
                (chat_id, to_db_time(now)),
            )
            await self.db.execute("UPDATE subscriptions SET paused = 1 WHERE chat_id = ?", (chat_id,))
            await self.db.execute(
                "UPDATE outbox SET state = 'parked', error = 'Forbidden: the user blocked the bot' "
                "WHERE chat_id = ? AND state = 'queued'",
                (chat_id,),
            )

    async def unblock_user(self, chat_id: int) -> bool:
        """A user who blocked the bot is back (/start): their subscriptions alert again. True if they were blocked."""
        rows = list(
            await self.db.execute_fetchall(
                "SELECT 1 FROM users WHERE chat_id = ? AND blocked_at IS NOT NULL", (chat_id,)
            )
        )
        if not rows:
            return False
        await self._write("UPDATE users SET blocked_at = NULL WHERE chat_id = ?", (chat_id,))
        await self._write("UPDATE subscriptions SET paused = 0 WHERE chat_id = ?", (chat_id,))
        return True

    async def outbox_rows(self, chat_id: int | None = None) -> list[dict[str, Any]]:
        """Every outbox row (or one chat's), for tests, the demo and /stats."""
        sql = (
            "SELECT id, chat_id, claim_id, dedupe_key, source, state, held, attempts, message_id, error, "
            "next_attempt_at, sent_at FROM outbox"
        )
        params: tuple[Any, ...] = ()
        if chat_id is not None:
            sql, params = sql + " WHERE chat_id = ?", (chat_id,)
        keys = (
            "id",
            "chat_id",
            "claim_id",
            "dedupe_key",
            "source",
            "state",
            "held",
            "attempts",
            "message_id",
            "error",
            "next_attempt_at",
            "sent_at",
        )
        return [dict(zip(keys, r, strict=True)) for r in await self.db.execute_fetchall(sql + " ORDER BY id", params)]

    @_serialized
    async def _set_outbox(
        self, alert_ids: Sequence[int], assignments: str, params: tuple[Any, ...], only_queued: bool = False
    ) -> None:
        ids = list(alert_ids)
        try:
            for start in range(0, len(ids), CHUNK):
                chunk = ids[start : start + CHUNK]
                where = f"id IN ({','.join('?' * len(chunk))})" + (" AND state = 'queued'" if only_queued else "")
                await self.db.execute(f"UPDATE outbox SET {assignments} WHERE {where}", (*params, *chunk))
            await self.db.commit()
        except sqlite3.Error as exc:
            raise StorageError(f"{self.path}: cannot update alerts ({exc})") from exc


def _utc(value: datetime | None) -> datetime | None:
    if value is None or value.tzinfo is not None:
        return value.astimezone(UTC) if value is not None else None
    return value.replace(tzinfo=UTC)


async def migrate(db: aiosqlite.Connection, path: Path) -> int:
    """Apply the migrations this file lacks; refuse a file made by a newer claimwatch. Returns the version."""
    [(version,)] = list(await db.execute_fetchall("PRAGMA user_version"))
    if version > len(MIGRATIONS):
        raise StorageError(
            f"{path}: database schema version {version} is newer than this claimwatch knows ({len(MIGRATIONS)}); "
            "upgrade claimwatch"
        )
    for number, sql in enumerate(MIGRATIONS[version:], start=version + 1):
        try:
            await db.executescript(f"BEGIN IMMEDIATE; {sql}\nPRAGMA user_version = {number}; COMMIT;")
        except sqlite3.Error as exc:
            await db.rollback()
            raise StorageError(f"{path}: migration {number} failed ({exc})") from exc
        logger.info("%s: schema migrated to version %s", path, number)
    return len(MIGRATIONS)


async def open_store(path: str | Path) -> Store:
    """Open (creating the folder and file if needed) and migrate the ledger."""
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StorageError(f"{path.parent}: cannot create the data folder ({exc.strerror or exc})") from exc
    try:
        db = await aiosqlite.connect(path, isolation_level=None)
    except sqlite3.Error as exc:
        raise StorageError(f"{path}: cannot open the database ({exc})") from exc
    try:
        await db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        await db.execute("PRAGMA journal_mode = WAL")
        await db.execute("PRAGMA synchronous = NORMAL")
        await db.execute("PRAGMA foreign_keys = ON")
        await migrate(db, path)
    except sqlite3.DatabaseError as exc:
        await db.close()
        raise StorageError(f"{path}: not a claimwatch database or damaged ({exc})") from exc
    except BaseException:
        await db.close()
        raise
    return Store(db, path)
