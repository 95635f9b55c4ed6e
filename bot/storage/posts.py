"""Posts and their claims: storing batches (idempotent, edits kept in history), deletes, cursors, ledger queries."""

from __future__ import annotations

import sqlite3
from collections import OrderedDict
from collections.abc import AsyncIterator, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

import aiosqlite

from bot.core.claims.status import REGISTER_SOURCE as REGISTER
from bot.core.claims.status import current_status, newest_first, status_of_history, with_new_claims
from bot.errors import StorageError
from bot.models import Claim, LedgerClaim, Post, Settlement, Status
from bot.storage.connection import Clock, Connection, serialized, utcnow
from bot.storage.schema import (
    CHUNK,
    CLAIM_COLUMNS,
    INSERT_CLAIM,
    INSERT_POST,
    PostKey,
    StoredPost,
    as_utc,
    chunked,
    claim_identity,
    claim_row,
    from_db_time,
    ledger_claim,
    post_identity,
    post_row,
    side_of,
    split_new,
    to_db_time,
)

HOT_CLAIMS = 300  # a settlement with this many claims is kept in memory until the ledger changes
HOT_PLACES = 64

PostItem = tuple[Post, Sequence[Claim], str | None]  # (post, its claims, language)


@dataclass
class _Hot:
    """A busy settlement's claims as last read (store order: date, then id, newest first), its status once asked."""

    version: tuple[int, int]  # (added, changed) of claim_versions when read
    claims: list[LedgerClaim]
    top: int  # the highest claim id read: claims added later have higher ones
    status: Status | None = None
    checked: tuple[int, int] = (-1, -1)  # (data_version, total_changes) when last found up to date


def merge_newest_first(claims: Sequence[LedgerClaim], new: Sequence[LedgerClaim]) -> list[LedgerClaim]:
    """Store order (post date, then id, newest first) with `new` claims put in their places."""
    out = list(claims)
    for lc in sorted(new, key=_store_key):  # the oldest first: each next one lands at or before it
        key = _store_key(lc)
        at = 0
        while at < len(out) and _store_key(out[at]) > key:
            at += 1
        out.insert(at, lc)
    return out


def _store_key(lc: LedgerClaim) -> tuple[str, int]:
    return to_db_time(lc.date) or "", lc.id


class Posts(Connection):
    """The ledger's posts, claims and source cursors."""

    def __init__(self, db: aiosqlite.Connection, path: Path, clock: Clock = utcnow) -> None:
        super().__init__(db, path, clock)
        # settlements with many claims (a Bakhmut) keep them (and their status) in memory while no claim about them
        # changes: the triggers of migration 5 count each settlement's added and changed claims rows
        self._hot: OrderedDict[str, _Hot] = OrderedDict()

    # -- storing -----------------------------------------------------------------------------------------------

    async def _store_posts(self, batch: Sequence[PostItem]) -> tuple[list[bool], list[StoredPost]]:
        """Insert the new posts of a batch (and their claims) at once, then apply edits one by one. Returns, per
        item, whether it was new or an edit, and the posts stored (for the planner). Inside a transaction."""
        keys = [post_identity(p) for p, _, _ in batch]
        new, seen = split_new(keys, await self._existing(keys))
        stored = await self._insert_new([batch[i] for i in new], [keys[i] for i in new])
        result = [False] * len(batch)
        for i in new:
            result[i] = True
        for i in seen:  # stored before (or earlier in this batch): maybe an edit, handled one by one
            edited = await self._edit_post(*batch[i])
            if edited is not None:
                stored.append(edited)
                result[i] = True
        return result, stored

    async def _insert_new(self, items: Sequence[PostItem], keys: Sequence[PostKey]) -> list[StoredPost]:
        """Posts not stored yet, with their claims: two statements, the ids numbered on from the highest."""
        now = to_db_time(self.clock())
        next_post = await self._max_id("posts") + 1
        next_claim = await self._max_id("claims") + 1
        post_rows: list[tuple[Any, ...]] = []
        claim_rows: list[tuple[Any, ...]] = []
        stored: list[StoredPost] = []
        for pid, ((post, claims, lang), key) in enumerate(zip(items, keys, strict=True), start=next_post):
            date, when = to_db_time(post.date), as_utc(post.date)
            post_rows.append(post_row(pid, key, post, lang, date, now))
            ledger = [
                LedgerClaim(cid, c, when, post.url, post.channel, pid) for cid, c in enumerate(claims, start=next_claim)
            ]
            next_claim += len(ledger)
            claim_rows.extend(claim_row(lc.id, pid, lc.claim, date, post.url, post.channel) for lc in ledger)
            stored.append(StoredPost(post, ledger, []))
        if post_rows:
            await self.db.executemany(INSERT_POST, post_rows)
            await self.db.executemany(INSERT_CLAIM, claim_rows)
        return stored

    async def _existing(self, keys: Sequence[PostKey]) -> set[PostKey]:
        """Which of these posts are stored."""
        found: set[PostKey] = set()
        groups: dict[tuple[str, str], list[str]] = {}
        for origin, channel, eid in keys:
            groups.setdefault((origin, channel), []).append(eid)
        for (origin, channel), eids in groups.items():
            for chunk, marks in chunked(eids):
                rows = await self.db.execute_fetchall(
                    f"SELECT external_id FROM posts WHERE origin = ? AND channel_key = ? AND external_id IN ({marks})",
                    (origin, channel, *chunk),
                )
                found.update((origin, channel, r[0]) for r in rows)
        return found

    async def _max_id(self, table: str) -> int:
        rows = list(await self.db.execute_fetchall(f"SELECT coalesce(max(id), 0) FROM {table}"))
        return int(rows[0][0])

    async def _edit_post(self, post: Post, claims: Sequence[Claim], lang: str | None) -> StoredPost | None:
        """A post seen before: None if unchanged; else keep the old text in history and replace its claims."""
        rows = list(
            await self.db.execute_fetchall(
                "SELECT id, text, edit_date, date, url, channel FROM posts "
                "WHERE origin = ? AND channel_key = ? AND external_id = ?",
                post_identity(post),
            )
        )
        pid, old_text, old_edit, date, old_url, channel = rows[0]
        if old_text == post.text:
            return None
        now = to_db_time(self.clock())
        await self.db.execute(
            "INSERT INTO post_history (post_id, text, edit_date, replaced_at) VALUES (?, ?, ?, ?)",
            (pid, old_text, old_edit, now),
        )
        await self.db.execute(
            "UPDATE posts SET text = ?, edit_date = ?, lang = coalesce(?, lang), url = coalesce(?, url), "
            "full_length = ? WHERE id = ?",
            (post.text, to_db_time(post.edit_date) or now, lang, post.url, post.full_length, pid),
        )
        ledger, previous = await self._replace_claims(pid, claims, date, post.url or old_url, channel)
        return StoredPost(post, ledger, previous)

    async def _replace_claims(
        self, pid: int, claims: Sequence[Claim], date: str | None, url: str | None, channel: str
    ) -> tuple[list[LedgerClaim], list[Claim]]:
        """An edited post's new claims, and the ones it made before. A claim it still makes keeps its row id (see
        claim_identity); the others get new ids; claims it no longer makes are deleted."""
        rows = await self.db.execute_fetchall(f"SELECT {CLAIM_COLUMNS} FROM claims c WHERE c.post_id = ?", (pid,))
        previous = {lc.id: lc for lc in map(ledger_claim, rows)}
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
            await self.db.execute(INSERT_CLAIM, claim_row(cid, pid, c, date, url, channel))
            ledger.append(LedgerClaim(cid, c, from_db_time(date), url, channel, pid))
        gone = [cid for cid in previous if cid not in kept]
        await self.db.executemany("DELETE FROM claims WHERE id = ?", [(cid,) for cid in gone])
        return ledger, [lc.claim for lc in previous.values()]

    # -- deletes -----------------------------------------------------------------------------------------------

    @serialized
    async def mark_deleted(self, source: str, channel: str, external_ids: Iterable[str]) -> int:
        """Mark posts deleted at the source (kept, never erased; their claims stop counting). Returns how many."""
        probe = Post(source, channel, "", "")
        origin, key, _ = post_identity(probe)
        ids = [str(e) for e in external_ids]
        count = 0
        async with self._transaction("mark posts deleted"):
            for chunk, marks in chunked(ids):
                where = f"origin = ? AND channel_key = ? AND deleted = 0 AND external_id IN ({marks})"
                await self.db.execute(
                    f"UPDATE claims SET deleted = 1 WHERE post_id IN (SELECT id FROM posts WHERE {where})",
                    (origin, key, *chunk),
                )
                cur = await self.db.execute(f"UPDATE posts SET deleted = 1 WHERE {where}", (origin, key, *chunk))
                count += cur.rowcount
        return count

    # -- reading -----------------------------------------------------------------------------------------------

    async def get_post(self, source: str, channel: str, external_id: str) -> tuple[Post, bool] | None:
        """A stored post and its deleted flag."""
        rows = list(
            await self.db.execute_fetchall(
                "SELECT source, channel, external_id, text, date, edit_date, side, speaker, url, deleted, full_length "
                "FROM posts "
                "WHERE origin = ? AND channel_key = ? AND external_id = ?",
                post_identity(Post(source, channel, external_id, "")),
            )
        )
        if not rows:
            return None
        src, chan, eid, text, date, edit, side, speaker, url, deleted, full = rows[0]
        post = Post(src, chan, eid, text, from_db_time(date), from_db_time(edit), side_of(side), speaker, url, full)
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
        for chunk, marks in chunked(codes):
            sql = (
                f"SELECT {CLAIM_COLUMNS} FROM claims c "
                f"WHERE c.settlement IN ({marks}) AND c.deleted = 0 ORDER BY c.date DESC, c.id DESC"
            )
            params: list[Any] = list(chunk)
            if limit is not None:
                sql += " LIMIT ?"
                params.append(limit)
            out.extend(ledger_claim(r) for r in await self.db.execute_fetchall(sql, params))
        if len(codes) > CHUNK:
            out.sort(key=lambda lc: (to_db_time(lc.date) or "", lc.id), reverse=True)
        return out[:limit] if limit is not None else out

    async def claimed_codes(self, codes: Iterable[str]) -> set[str]:
        """Which of these settlements have any claim (from posts not deleted)."""
        codes = list(dict.fromkeys(codes))
        found: set[str] = set()
        for chunk, marks in chunked(codes):
            rows = await self.db.execute_fetchall(
                f"SELECT DISTINCT settlement FROM claims WHERE settlement IN ({marks}) AND deleted = 0", chunk
            )
            found.update(str(r[0]) for r in rows)
        return found

    async def settlements_claimed_between(self, since: datetime, until: datetime) -> set[str]:
        """The settlements claims were made about in posts dated [since, until] (not deleted), except the claims whose
        namesake was itself chosen for lying on the front line (so that a choice never goes on to confirm itself)."""
        rows = await self.db.execute_fetchall(
            "SELECT DISTINCT settlement FROM claims INDEXED BY claims_date WHERE date >= ? AND date <= ? "
            "AND settlement != '' AND deleted = 0 AND coalesce(resolved_by, '') != 'frontline'",
            (to_db_time(since), to_db_time(until)),
        )
        return {str(r[0]) for r in rows}

    async def status_for(self, settlement: Settlement) -> Status:
        """`current_status` of one settlement from its claims; a busy place's status is kept until a claim about it
        is added (then the added ones are merged in) or changed (edited, retracted, deleted: read again)."""
        entry = await self._hot_entry(settlement.code)
        if entry is None:
            return current_status(settlement, await self._read_claims(settlement.code), self.clock())
        if entry.status is None or entry.status.settlement != settlement:
            entry.status = status_of_history(settlement, newest_first(entry.claims))
        return entry.status

    async def _claims_of(self, code: str) -> list[LedgerClaim]:
        entry = await self._hot_entry(code)
        return list(entry.claims) if entry is not None else await self._read_claims(code)

    async def _read_claims(self, code: str, after: int = 0) -> list[LedgerClaim]:
        """The claims about a settlement, newest first; `after`: only those with a higher id (added since)."""
        if after:
            sql = (
                f"SELECT {CLAIM_COLUMNS} FROM claims c INDEXED BY claims_id WHERE c.id > ? AND c.settlement = ? "
                "AND c.deleted = 0 ORDER BY c.date DESC, c.id DESC"
            )
            return [ledger_claim(r) for r in await self.db.execute_fetchall(sql, (after, code))]
        rows = await self.db.execute_fetchall(
            f"SELECT {CLAIM_COLUMNS} FROM claims c WHERE c.settlement = ? AND c.deleted = 0 "
            "ORDER BY c.date DESC, c.id DESC",
            (code,),
        )
        return [ledger_claim(r) for r in rows]

    async def _hot_entry(self, code: str) -> _Hot | None:
        """The cached claims of a busy settlement, brought up to date; None for a settlement read each time (few
        claims), or while this connection is inside a transaction (what it reads may yet be rolled back)."""
        if self.db.in_transaction:
            return None
        [(data_version,)] = list(await self.db.execute_fetchall("PRAGMA data_version"))
        ledger = (int(data_version), self.db.total_changes)  # moves when anyone commits a change
        entry = self._hot.get(code)
        if entry is not None and entry.checked == ledger:
            self._hot.move_to_end(code)
            return entry
        version = await self._claim_version(code)  # read before the claims: a write in between reads them again
        if entry is not None and entry.version != version:
            entry = await self._refresh(entry, code, version)
        if entry is None:
            claims = await self._read_claims(code)
            if len(claims) < HOT_CLAIMS:
                return None
            entry = _Hot(version, claims, max(lc.id for lc in claims))
            self._hot[code] = entry
            while len(self._hot) > HOT_PLACES:
                self._hot.popitem(last=False)
        if self.db.in_transaction or self.db.total_changes != ledger[1]:
            # this connection wrote meanwhile (another task's transaction, perhaps to be rolled back): what was read
            # may not be committed, so it serves this once and is not kept
            self._hot.pop(code, None)
            return entry
        entry.checked = ledger
        self._hot.move_to_end(code)
        return entry

    async def _refresh(self, entry: _Hot, code: str, version: tuple[int, int]) -> _Hot | None:
        """Claims were only added (new ids are always above every id stored): merge them in; else read again."""
        if version[1] != entry.version[1] or version[0] < entry.version[0]:
            del self._hot[code]
            return None
        new = await self._read_claims(code, after=entry.top)
        entry.claims = merge_newest_first(entry.claims, new)
        if entry.status is not None:
            entry.status = status_of_history(entry.status.settlement, with_new_claims(entry.status.history, new))
        entry.version, entry.top = version, max([entry.top, *(lc.id for lc in new)])
        return entry

    async def _claim_version(self, code: str) -> tuple[int, int]:
        rows = list(
            await self.db.execute_fetchall("SELECT added, changed FROM claim_versions WHERE settlement = ?", (code,))
        )
        return (int(rows[0][0]), int(rows[0][1])) if rows else (0, 0)

    async def recent_claims(self, limit: int = 20) -> list[LedgerClaim]:
        """The newest claims across all settlements (resolved ones only)."""
        rows = await self.db.execute_fetchall(
            f"SELECT {CLAIM_COLUMNS} FROM claims c "
            "WHERE c.deleted = 0 AND c.settlement != '' ORDER BY c.date DESC, c.id DESC LIMIT ?",
            (limit,),
        )
        return [ledger_claim(r) for r in rows]

    async def iter_claims(self, page: int = 5000) -> AsyncIterator[LedgerClaim]:
        """Every claim of posts not deleted, in the order stored (for export), read a page at a time."""
        after = 0
        while True:
            rows = list(
                await self.db.execute_fetchall(
                    f"SELECT {CLAIM_COLUMNS}, c.deleted FROM claims c INDEXED BY claims_id "
                    "WHERE c.id > ? ORDER BY c.id LIMIT ?",
                    (after, page),
                )
            )
            for r in rows:
                if not r[-1]:
                    yield ledger_claim(r[:-1])
            if len(rows) < page:
                return
            after = rows[-1][0]

    async def claim_counts(self, codes: Iterable[str]) -> dict[str, int]:
        """How many claims (from posts not deleted) each of these settlements has; those without any are left out."""
        codes = list(dict.fromkeys(codes))
        found: dict[str, int] = {}
        for chunk, marks in chunked(codes):
            rows = await self.db.execute_fetchall(
                f"SELECT settlement, count(*) FROM claims WHERE settlement IN ({marks}) AND deleted = 0 "
                "GROUP BY settlement",
                chunk,
            )
            found.update((str(r[0]), int(r[1])) for r in rows)
        return found

    async def claimed_in_area(self, prefix: str, limit: int, skip_source: str = REGISTER) -> tuple[list[str], int]:
        """Settlements whose code starts with `prefix` (an oblast's "UA14", a raion's "UA1402") that have claims
        (those of `skip_source` left out: the register lists whole areas at once), newest claim first; and how many
        such settlements there are in all."""
        if not prefix:
            return [], 0
        upper = prefix[:-1] + chr(ord(prefix[-1]) + 1)  # a range on the primary key instead of LIKE
        rows = await self.db.execute_fetchall(
            "SELECT settlement, max(date) AS last FROM claims "
            "WHERE settlement >= ? AND settlement < ? AND deleted = 0 AND source != ? "
            "GROUP BY settlement ORDER BY last DESC, settlement",
            (prefix, upper, skip_source),
        )
        codes = [str(r[0]) for r in rows]
        return codes[:limit], len(codes)

    async def sources_seen(self) -> list[tuple[str, str | None, int, datetime | None]]:
        """(channel or feed, the side it speaks for, posts, newest post) of every source in the ledger but the
        register, the most recent first (what /sources shows when the config names none)."""
        rows = await self.db.execute_fetchall(
            "SELECT channel, max(side), count(*), max(date) AS last FROM posts WHERE deleted = 0 AND source != ? "
            "GROUP BY channel ORDER BY last DESC, channel",
            (REGISTER,),
        )
        return [(str(r[0]), r[1], int(r[2]), from_db_time(r[3])) for r in rows]

    async def register_entries(self) -> int:
        """Dated entries of the official register in the ledger (counted apart from posts)."""
        rows = list(await self.db.execute_fetchall("SELECT count(*) FROM posts WHERE source = ?", (REGISTER,)))
        return int(rows[0][0])

    async def counts(self) -> dict[str, int]:
        """For /stats and doctor: posts and claims (the register's entries are not posts: see register_entries),
        subscribers, subscriptions."""
        [(posts, claims, subscribers, subscriptions)] = list(
            await self.db.execute_fetchall(
                f"SELECT (SELECT count(*) FROM posts WHERE deleted = 0 AND source != '{REGISTER}'), "
                f"(SELECT count(*) FROM claims WHERE deleted = 0 AND source != '{REGISTER}'), "
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

    @serialized
    async def set_cursor(self, key: str, value: str) -> None:
        try:
            await self._set_cursor(key, value)
            await self.db.commit()
        except sqlite3.Error as exc:
            raise StorageError(f"{self.path}: cannot save cursor {key} ({exc})") from exc

    async def _set_cursor(self, key: str, value: str) -> None:
        await self.db.execute(
            "INSERT INTO cursors (key, value, updated_at) VALUES (?, ?, ?) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at "
            "WHERE value IS NOT excluded.value",  # an idle poll writes nothing: readers' caches stay valid
            (key, str(value), to_db_time(self.clock())),
        )
