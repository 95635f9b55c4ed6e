"""The ledger file's shape: its tables and numbered migrations, opening it (pragmas), and rows <-> models.

Durability: WAL with `synchronous=NORMAL`. A committed transaction survives a crash of the process (kill -9) because
the WAL file is written before COMMIT returns; only a power loss or OS crash can drop the last few commits (never
corrupt the file).

Identity of a post: (origin, channel, external_id) where origin folds the three ways of reading a Telegram channel
(`telegram`, `web`, `export`) into one, and the channel username is case-folded, so the same message read live, from
the web preview and from an export is stored once.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from collections.abc import Container, Hashable, Iterator, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, NamedTuple, TypeVar

import aiosqlite

from bot.errors import StorageError
from bot.models import Claim, Kind, LedgerClaim, Post, Side, Subscription

logger = logging.getLogger(__name__)

TELEGRAM_ORIGINS = frozenset({"telegram", "web", "export", "tme"})
BUSY_TIMEOUT_MS = 10_000
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
    # 2: a post whose text was cut to [limits] max_post_chars keeps the length it had (NULL: stored whole)
    """
    ALTER TABLE posts ADD COLUMN full_length INTEGER;
    """,
    # 3: who holds a claimed alert (lease_owner), and each sender's liveness: a restarted sender takes back the
    # leases of a dead one at once instead of waiting for them to end
    """
    ALTER TABLE outbox ADD COLUMN lease_owner TEXT;
    CREATE TABLE senders (
        owner TEXT PRIMARY KEY,          -- host:pid:nonce of one Sender
        host TEXT NOT NULL,
        pid INTEGER NOT NULL,
        started_at TEXT NOT NULL,
        heartbeat_at TEXT NOT NULL
    );
    """,
    # 4: why a claim's namesake was chosen among several (Claim.resolved_by: "area", "nearby", "frontline", ...)
    """
    ALTER TABLE claims ADD COLUMN resolved_by TEXT;
    """,
    # 5: per settlement, how many claims rows were added and how many changed or removed (edits, retractions,
    # deletes), kept by triggers whoever writes: a cached status stays valid while its settlement's pair is the same,
    # and only added rows are read again when `changed` has not moved (a settlement without a row has (0, 0))
    """
    CREATE TABLE claim_versions (
        settlement TEXT PRIMARY KEY,
        added INTEGER NOT NULL DEFAULT 0,
        changed INTEGER NOT NULL DEFAULT 0
    ) WITHOUT ROWID;
    CREATE TRIGGER claims_added AFTER INSERT ON claims BEGIN
        INSERT INTO claim_versions (settlement, added) VALUES (new.settlement, 1)
        ON CONFLICT (settlement) DO UPDATE SET added = added + 1;
    END;
    CREATE TRIGGER claims_removed AFTER DELETE ON claims BEGIN
        INSERT INTO claim_versions (settlement, changed) VALUES (old.settlement, 1)
        ON CONFLICT (settlement) DO UPDATE SET changed = changed + 1;
    END;
    CREATE TRIGGER claims_changed AFTER UPDATE ON claims BEGIN
        INSERT INTO claim_versions (settlement, changed) VALUES (old.settlement, 1)
        ON CONFLICT (settlement) DO UPDATE SET changed = changed + 1;
        INSERT INTO claim_versions (settlement, changed) VALUES (new.settlement, 1)
        ON CONFLICT (settlement) DO UPDATE SET changed = changed + 1;
    END;
    """,
)


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


async def connect(path: Path) -> aiosqlite.Connection:
    """Open (creating the folder and file if needed) and migrate the ledger: WAL, synchronous=NORMAL, foreign keys,
    and autocommit off the driver (isolation_level None: every transaction is an explicit BEGIN IMMEDIATE)."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StorageError(f"{path.parent}: cannot create the data folder ({exc.strerror or exc})") from exc
    try:
        db = await aiosqlite.connect(path, isolation_level=None)
    except sqlite3.Error as exc:
        raise StorageError(f"{path}: cannot open the database ({exc}){_read_only_hint(path, exc)}") from exc
    try:
        await db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        await db.execute("PRAGMA journal_mode = WAL")
        await db.execute("PRAGMA synchronous = NORMAL")
        await db.execute("PRAGMA foreign_keys = ON")
        await migrate(db, path)
    except sqlite3.DatabaseError as exc:
        await db.close()
        if _read_only_hint(path, exc):  # a healthy file that cannot be written: never call it damaged
            raise StorageError(f"{path}: cannot write the database ({exc}){_read_only_hint(path, exc)}") from exc
        raise StorageError(f"{path}: not a claimwatch database or damaged ({exc})") from exc
    except BaseException:
        await db.close()
        raise
    return db


def _read_only_hint(path: Path, exc: sqlite3.Error) -> str:
    """A note for an error that comes from a read-only file or file system ("" otherwise)."""
    name = getattr(exc, "sqlite_errorname", "") or ""
    folder_read_only = not os.access(path.parent, os.W_OK)
    file_read_only = path.exists() and not os.access(path, os.W_OK)
    if name.startswith("SQLITE_READONLY") or "readonly" in str(exc) or folder_read_only or file_read_only:
        where = "its folder" if folder_read_only else "the file or its file system"
        return (
            f": {where} is read-only; claimwatch writes the ledger and its -wal and -shm files beside it, so run it "
            "where that folder is writable (the file itself is not reported damaged)"
        )
    return ""


# --- rows <-> models ------------------------------------------------------------------------------------------


def to_db_time(value: datetime | None) -> str | None:
    """UTC, fixed width (so text order is time order); a naive datetime is taken as UTC."""
    if value is None:
        return None
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%f+00:00")


def from_db_time(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


def as_utc(value: datetime | None) -> datetime | None:
    if value is None or value.tzinfo is not None:
        return value.astimezone(UTC) if value is not None else None
    return value.replace(tzinfo=UTC)


PostKey = tuple[str, str, str]  # (origin, channel key, external id): a post's identity


def post_identity(post: Post) -> PostKey:
    origin = "tme" if post.source in TELEGRAM_ORIGINS else post.source
    return origin, post.channel.casefold().lstrip("@"), str(post.external_id)


def claim_identity(claim: Claim) -> tuple[str | None, str, str | None, str]:
    """An edited post keeps the row (and id) of a claim it still makes."""
    return (claim.settlement, claim.kind.value, claim.actor.value if claim.actor else None, claim.claimant.value)


_SIDES: dict[str, Side] = {side.value: side for side in Side}
_KINDS: dict[str, Kind] = {kind.value: kind for kind in Kind}


def side_of(value: str | None) -> Side | None:
    return (_SIDES.get(value) or Side(value)) if value else None


CLAIM_COLUMNS = (
    "c.id, c.post_id, c.settlement, c.name, c.kind, c.actor, c.claimant, c.speaker, c.quote, c.span_start, "
    "c.span_end, c.confidence, c.event_date, c.candidates, c.resolved_by, c.date, c.url, c.source"
)


def ledger_claim(row: Any) -> LedgerClaim:
    """A row of CLAIM_COLUMNS as a LedgerClaim."""
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
        resolved_by,
        date,
        url,
        channel,
    ) = row
    claim = Claim(
        settlement=settlement or None,
        name=name,
        kind=_KINDS.get(kind) or Kind(kind),  # dict lookups: a busy place decodes thousands of rows
        actor=side_of(actor),
        claimant=_SIDES.get(claimant) or Side(claimant),
        speaker=speaker,
        quote=quote,
        span=(s0, s1),
        confidence=conf,
        when=when,
        candidates=tuple(cands.split()) if cands else (),
        resolved_by=resolved_by,
    )
    return LedgerClaim(id=cid, claim=claim, date=from_db_time(date), url=url, source=channel, post_id=post_id)


def claim_row(cid: int, post_id: int, c: Claim, date: str | None, url: str | None, source: str) -> tuple[Any, ...]:
    """The values of a claims row (the columns of INSERT_CLAIM, in order)."""
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
        c.resolved_by,
        date or "",
        url,
        source,
    )


INSERT_CLAIM = (
    "INSERT INTO claims (id, post_id, settlement, name, kind, actor, claimant, speaker, quote, span_start, span_end, "
    "confidence, event_date, candidates, resolved_by, date, url, source) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)
INSERT_POST = (
    "INSERT INTO posts (id, origin, channel_key, external_id, source, channel, date, edit_date, text, lang, url, side, "
    "speaker, stored_at, full_length) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)


def post_row(
    pid: int, key: PostKey, post: Post, lang: str | None, date: str | None, stored_at: str | None
) -> tuple[Any, ...]:
    """The values of a new posts row (the columns of INSERT_POST, in order)."""
    side = post.side.value if post.side else None
    edited = to_db_time(post.edit_date)
    return (
        pid,
        *key,
        post.source,
        post.channel,
        date,
        edited,
        post.text,
        lang,
        post.url,
        side,
        post.speaker,
        stored_at,
        post.full_length,
    )


SUB_COLUMNS = "id, chat_id, settlement, radius_km, area_kind, area_name, lang, paused, created_at"


def subscription_from_row(row: Any) -> Subscription:
    """A row of SUB_COLUMNS as a Subscription."""
    sid, chat_id, settlement, radius, area_kind, area_name, lang, paused, created = row
    return Subscription(
        sid, chat_id, settlement, radius, area_kind, area_name, lang, bool(paused), from_db_time(created)
    )


class StoredPost(NamedTuple):
    """A post as a batch stored it: what the planner reads to queue its alerts."""

    post: Post
    claims: list[LedgerClaim]  # as stored, with their ids
    previous: list[Claim]  # the claims the post made before this edit (none if new)


# --- query helpers ----------------------------------------------------------------------------------------


_T = TypeVar("_T")


def chunked(values: Sequence[_T]) -> Iterator[tuple[Sequence[_T], str]]:
    """The values CHUNK at a time, each slice with its placeholders for `IN (...)` ("?,?,?")."""
    for start in range(0, len(values), CHUNK):
        chunk = values[start : start + CHUNK]
        yield chunk, ",".join("?" * len(chunk))


_K = TypeVar("_K", bound=Hashable)


def split_new(keys: Sequence[_K], existing: Container[_K]) -> tuple[list[int], list[int]]:
    """Positions of the first occurrence of each key not in `existing`, and of all the others (there already, or
    repeated within `keys`): what a batch inserts at once and what it must look at again."""
    new: list[int] = []
    again: list[int] = []
    met: set[_K] = set()
    for i, key in enumerate(keys):
        if key in existing or key in met:
            again.append(i)
        else:
            met.add(key)
            new.append(i)
    return new, again
