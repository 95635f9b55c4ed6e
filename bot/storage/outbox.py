"""The alert outbox: queueing planned alerts (deduplicated, "also reported by"), and its delivery side for
bot.chat.sender: due rows claimed under a lease, sent/retry/park, holding for /mute and the digest, and edits that
name later sources."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable, Sequence
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import aiosqlite

from bot.core.alerts import PlannedAlert, QueuedAlert
from bot.errors import StorageError
from bot.models import Claim, LedgerClaim, Post, Subscription
from bot.storage.connection import Clock, Connection, serialized, utcnow
from bot.storage.people import active_subscriptions
from bot.storage.schema import StoredPost, chunked, from_db_time, split_new, to_db_time

# planner(post, its stored claims, active subscriptions, the claims the post made before an edit) -> alerts to queue.
# Called inside the transaction that stores the claims (transactional outbox); must be pure and fast.
Planner = Callable[[Post, Sequence[LedgerClaim], Sequence[Subscription], Sequence[Claim]], Sequence[PlannedAlert]]

ROW_COLUMNS = (  # what outbox_rows shows of each row
    "id, chat_id, claim_id, dedupe_key, source, state, held, attempts, message_id, error, next_attempt_at, sent_at"
)

QUEUED_COLUMNS = "id, chat_id, claim_id, dedupe_key, source, payload, attempts, held, message_id"


def queued_alert(row: Any) -> QueuedAlert:
    """A row of QUEUED_COLUMNS (outbox) as the sender's QueuedAlert."""
    return QueuedAlert(row[0], row[1], row[2] or 0, row[3], row[4], row[5], row[6], bool(row[7]), row[8])


AlertsByKey = dict[tuple[int, str], tuple[int, str]]  # (chat, dedupe key) -> (outbox id, source) of the first alert


class Outbox(Connection):
    """Alerts waiting to be sent, sent, or parked."""

    def __init__(self, db: aiosqlite.Connection, path: Path, clock: Clock = utcnow) -> None:
        super().__init__(db, path, clock)
        self.planner: Planner | None = None  # set by whoever runs ingestion with alerts (see set_planner)
        self.dedupe_window = timedelta(minutes=180)
        self.alerts_queued = 0  # rows (and "also reported by" additions) this connection has queued and committed

    def set_planner(self, planner: Planner | None, dedupe_window: timedelta | None = None) -> None:
        """Queue alerts for every claim stored from now on, in the same transaction (transactional outbox)."""
        self.planner = planner
        if dedupe_window is not None:
            self.dedupe_window = dedupe_window

    # -- queueing ----------------------------------------------------------------------------------------------

    async def _plan(self, stored: Sequence[StoredPost], planner: Planner | None) -> int:
        """Queue the alerts of the posts a batch stored, inside the batch's transaction; returns the rows and
        "also reported by" additions queued (the caller adds them to `alerts_queued` once committed)."""
        queued = 0
        if planner is not None and any(ledger for _, ledger, _ in stored):
            subs = await active_subscriptions(self.db)
            for post, ledger, previous in stored:
                if ledger:
                    queued += sum(await self._queue(planner(post, ledger, subs, previous)))
        return queued

    @serialized
    async def queue_alerts(self, planned: Sequence[PlannedAlert]) -> int:
        """Queue planned alerts in their own transaction (add_post with a planner does it in the claims' one);
        returns the number of new rows."""
        async with self._transaction("queue alerts"):
            rows, also = await self._queue(planned)
        self.alerts_queued += rows + also
        return rows

    async def _queue(self, planned: Sequence[PlannedAlert]) -> tuple[int, int]:
        """New rows, or, when the chat already has an alert with the same dedupe key within the window, an "also
        reported by" addition to it. Returns (new rows, additions). Set-based: a claim with 10,000 subscribers
        is two statements, not 10,000 look-ups inside the claims' transaction."""
        clock = self.clock()
        now, since = to_db_time(clock), str(to_db_time(clock - self.dedupe_window))
        existing = await self._recent_alerts({a.dedupe_key for a in planned}, since)
        new, repeated = split_new([(a.chat_id, a.dedupe_key) for a in planned], existing)
        fresh = [planned[i] for i in new]
        later = [planned[i] for i in repeated]  # the same chat and key as an alert there (or earlier in this batch)
        cur = await self.db.executemany(
            "INSERT INTO outbox (chat_id, claim_id, subscription_id, settlement, dedupe_key, source, payload, "
            "next_attempt_at, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
            [
                (a.chat_id, a.claim_id, a.subscription_id, a.settlement, a.dedupe_key, a.source, a.payload, now, now)
                for a in fresh
            ],
        )
        count, added = max(cur.rowcount, 0), 0
        if later:
            if any((a.chat_id, a.dedupe_key) not in existing for a in later):
                existing = await self._recent_alerts({a.dedupe_key for a in later}, since)
            added = await self._add_also(later, existing, now)
        return count, added

    async def _add_also(self, later: Sequence[PlannedAlert], first: AlertsByKey, now: str | None) -> int:
        """Name each later source on the chat's first alert with the same key (not the source it already names)."""
        also = [
            (first[k][0], a.claim_id, a.source, now)
            for a in later
            if (k := (a.chat_id, a.dedupe_key)) in first and first[k][1] != a.source
        ]
        cur = await self.db.executemany(
            "INSERT INTO outbox_also (outbox_id, claim_id, source, created_at) VALUES (?, ?, ?, ?) "
            "ON CONFLICT DO NOTHING",
            also,
        )
        return max(cur.rowcount, 0)

    async def _recent_alerts(self, keys: Iterable[str], since: str) -> AlertsByKey:
        """(chat, dedupe key) -> (id, source) of the first alert not parked since `since`."""
        keys = sorted(keys)
        found: AlertsByKey = {}
        for chunk, marks in chunked(keys):
            rows = await self.db.execute_fetchall(
                f"SELECT chat_id, dedupe_key, min(id), source FROM outbox WHERE dedupe_key IN ({marks}) "
                "AND created_at >= ? AND state != 'parked' GROUP BY chat_id, dedupe_key",
                (*chunk, since),
            )
            found.update({(int(r[0]), str(r[1])): (int(r[2]), str(r[3])) for r in rows})
        return found

    # -- delivery (bot.chat.sender) ----------------------------------------------------------------------------
    # A row is claimed by moving its next_attempt_at to the end of a lease in one UPDATE ... RETURNING: another
    # sender (another process on this file) cannot claim it meanwhile, and a sender killed mid-send leaves it due
    # again when the lease ends. Forbidden parks the chat's rows (People.pause_user).

    async def has_due_alerts(self, now: datetime, dead: Sequence[str] = ()) -> bool:
        """Anything to send or edit? (Cheap: the bot polls it every few hundred ms.) `dead`: lease owners known to be
        dead, whose rows are due at once."""
        marks = ",".join("?" * len(dead))
        rows = list(
            await self.db.execute_fetchall(
                "SELECT EXISTS (SELECT 1 FROM outbox WHERE state = 'queued' AND (next_attempt_at <= ? "
                f"OR lease_owner IN ({marks}))) OR EXISTS "
                "(SELECT 1 FROM outbox_also a JOIN outbox o ON o.id = a.outbox_id "
                "WHERE a.edited = 0 AND o.state = 'sent')",
                (to_db_time(now), *dead),
            )
        )
        return bool(rows[0][0])

    async def next_alert_at(self) -> datetime | None:
        """When the earliest queued row comes due (a retry, a lease's end, a mute or a digest hour); None when
        nothing is queued. One look at the outbox_due index."""
        rows = list(await self.db.execute_fetchall("SELECT min(next_attempt_at) FROM outbox WHERE state = 'queued'"))
        return from_db_time(rows[0][0]) if rows else None

    @serialized
    async def claim_due_alerts(
        self, now: datetime, limit: int, lease_until: datetime, owner: str | None = None, dead: Sequence[str] = ()
    ) -> list[QueuedAlert]:
        """Take up to `limit` due rows, oldest first, for `lease_until - now` (then they are due again), as `owner`.
        Rows leased by an owner in `dead` are due at once: that sender died holding them."""
        marks = ",".join("?" * len(dead))
        try:
            rows = await self.db.execute_fetchall(
                "UPDATE outbox SET next_attempt_at = ?, lease_owner = ? WHERE id IN (SELECT id FROM outbox "
                f"WHERE state = 'queued' AND (next_attempt_at <= ? OR lease_owner IN ({marks})) ORDER BY id LIMIT ?) "
                f"RETURNING {QUEUED_COLUMNS}",
                (to_db_time(lease_until), owner, to_db_time(now), *dead, limit),
            )
            await self.db.commit()
        except sqlite3.Error as exc:
            raise StorageError(f"{self.path}: cannot claim alerts ({exc})") from exc
        return sorted(map(queued_alert, rows), key=lambda a: a.id)

    async def heartbeat(self, owner: str, host: str, pid: int, now: datetime) -> None:
        """A sender is alive (written every few seconds while it runs)."""
        when = to_db_time(now)
        await self._write(
            "INSERT INTO senders (owner, host, pid, started_at, heartbeat_at) VALUES (?, ?, ?, ?, ?) "
            "ON CONFLICT (owner) DO UPDATE SET heartbeat_at = excluded.heartbeat_at",
            (owner, host, pid, when, when),
        )

    async def lease_holders(self) -> list[tuple[str, str | None, int | None, datetime | None]]:
        """(owner, host, pid, last heartbeat) of every owner holding a leased queued row; host, pid and heartbeat are
        None for an owner that never wrote one."""
        rows = await self.db.execute_fetchall(
            "SELECT o.owner, s.host, s.pid, s.heartbeat_at FROM (SELECT DISTINCT lease_owner AS owner FROM outbox "
            "WHERE state = 'queued' AND lease_owner IS NOT NULL) o LEFT JOIN senders s ON s.owner = o.owner"
        )
        return [(str(r[0]), r[1], r[2], from_db_time(r[3])) for r in rows]

    @serialized
    async def retire_sender(self, owner: str, now: datetime) -> int:
        """A sender stopping cleanly: the rows it still holds are due now, and it leaves the senders table."""
        async with self._transaction("retire a sender"):
            cur = await self.db.execute(
                "UPDATE outbox SET next_attempt_at = ?, lease_owner = NULL WHERE lease_owner = ? AND state = 'queued'",
                (to_db_time(now), owner),
            )
            await self.db.execute("DELETE FROM senders WHERE owner = ?", (owner,))
        return cur.rowcount

    async def mark_sent(self, alert_id: int, message_id: int | None, now: datetime) -> None:
        await self._write(
            "UPDATE outbox SET state = 'sent', message_id = ?, sent_at = ?, error = NULL, lease_owner = NULL "
            "WHERE id = ?",
            (message_id, to_db_time(now), alert_id),
        )

    async def retry_later(self, alert_id: int, when: datetime, error: str) -> None:
        await self._write(
            "UPDATE outbox SET attempts = attempts + 1, next_attempt_at = ?, error = ?, lease_owner = NULL "
            "WHERE id = ?",
            (to_db_time(when), error[:500], alert_id),
        )

    async def park(self, alert_id: int, error: str) -> None:
        """A row that can never be sent (malformed, or the user blocked the bot): kept, never retried."""
        await self._write(
            "UPDATE outbox SET state = 'parked', error = ?, lease_owner = NULL WHERE id = ?", (error[:500], alert_id)
        )

    async def hold_alerts(self, alert_ids: Sequence[int], until: datetime) -> None:
        """Defer rows (a muted user, or one reading the daily digest); held rows due together go as one message."""
        await self._set_outbox(alert_ids, "held = 1, next_attempt_at = ?, lease_owner = NULL", (to_db_time(until),))

    async def release_alerts(self, alert_ids: Sequence[int], now: datetime) -> None:
        """Give claimed rows back (not tried this round) without counting an attempt."""
        await self._set_outbox(
            alert_ids, "next_attempt_at = ?, lease_owner = NULL", (to_db_time(now),), only_queued=True
        )

    async def release_held(self, chat_id: int, now: datetime) -> int:
        """/mute 0 or /digest off: what was held for this chat is due now."""
        return await self._write(
            "UPDATE outbox SET next_attempt_at = ? WHERE chat_id = ? AND state = 'queued' AND held = 1",
            (to_db_time(now), chat_id),
        )

    @serialized
    async def _set_outbox(
        self, alert_ids: Sequence[int], assignments: str, params: tuple[Any, ...], only_queued: bool = False
    ) -> None:
        ids = list(alert_ids)
        try:
            for chunk, marks in chunked(ids):
                where = f"id IN ({marks})" + (" AND state = 'queued'" if only_queued else "")
                await self.db.execute(f"UPDATE outbox SET {assignments} WHERE {where}", (*params, *chunk))
            await self.db.commit()
        except sqlite3.Error as exc:
            raise StorageError(f"{self.path}: cannot update alerts ({exc})") from exc

    # -- "also reported by": edits of sent messages -------------------------------------------------------------

    async def pending_edits(self, limit: int = 50) -> list[QueuedAlert]:
        """Sent alerts whose message must be edited to name later sources."""
        rows = await self.db.execute_fetchall(
            f"SELECT {QUEUED_COLUMNS} FROM outbox o WHERE o.state = 'sent' "
            "AND o.id IN (SELECT outbox_id FROM outbox_also WHERE edited = 0) ORDER BY o.id LIMIT ?",
            (limit,),
        )
        return [queued_alert(r) for r in rows]

    async def also_sources(self, alert_ids: Sequence[int]) -> dict[int, tuple[list[str], int]]:
        """For each alert with later sources of the same claim: (their names in order, the last outbox_also id)."""
        out: dict[int, tuple[list[str], int]] = {}
        ids = list(dict.fromkeys(alert_ids))
        for chunk, marks in chunked(ids):
            rows = await self.db.execute_fetchall(
                f"SELECT outbox_id, id, source FROM outbox_also WHERE outbox_id IN ({marks}) ORDER BY id", chunk
            )
            for oid, aid, source in rows:
                names, _ = out.get(oid, ([], 0))
                out[oid] = ([*names, source], aid)
        return out

    async def mark_also_shown(self, alert_id: int, upto: int) -> None:
        """The message of this alert now names every later source up to outbox_also id `upto`."""
        await self._write("UPDATE outbox_also SET edited = 1 WHERE outbox_id = ? AND id <= ?", (alert_id, upto))

    # -- inspection (tests, the demo, benchmarks) ---------------------------------------------------------------

    async def outbox_rows(self, chat_id: int | None = None) -> list[dict[str, Any]]:
        """Every outbox row (or one chat's), for tests, the demo and /stats."""
        sql = f"SELECT {ROW_COLUMNS} FROM outbox"
        params: tuple[Any, ...] = ()
        if chat_id is not None:
            sql, params = sql + " WHERE chat_id = ?", (chat_id,)
        rows = await self.db.execute_fetchall(sql + " ORDER BY id", params)
        keys = ROW_COLUMNS.split(", ")
        return [dict(zip(keys, r, strict=True)) for r in rows]

    async def outbox_counts(self) -> dict[str, int]:
        rows = await self.db.execute_fetchall("SELECT state, count(*) FROM outbox GROUP BY state")
        return {str(state): int(n) for state, n in rows}
