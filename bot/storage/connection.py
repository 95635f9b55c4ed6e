"""The one SQLite connection every part of the Store shares: its write lock, transactions and single writes."""

from __future__ import annotations

import asyncio
import functools
import logging
import sqlite3
from collections.abc import AsyncIterator, Callable, Coroutine, Sequence
from contextlib import asynccontextmanager
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import Any, ParamSpec, Self, TypeVar

import aiosqlite

from bot.errors import StorageError

logger = logging.getLogger(__name__)

Clock = Callable[[], datetime]  # "now" for the times the store stamps (stored_at, created_at, dedupe windows)


def utcnow() -> datetime:
    """The default clock."""
    return datetime.now(UTC)


_P = ParamSpec("_P")
_R = TypeVar("_R")


def serialized(method: Callable[_P, Coroutine[Any, Any, _R]]) -> Callable[_P, Coroutine[Any, Any, _R]]:
    """Run a writing method under the store's lock. Every writer (watcher, bot handlers, sender) shares one
    connection, and a commit from one must never land inside another's open transaction and commit half of it."""

    @functools.wraps(method)
    async def locked(*args: _P.args, **kwargs: _P.kwargs) -> _R:
        store = args[0]
        assert isinstance(store, Connection)
        async with store._lock:
            return await method(*args, **kwargs)

    return locked


class Connection:
    """An open ledger file. The parts of the Store (posts, people, outbox) are mixins over this one connection."""

    def __init__(self, db: aiosqlite.Connection, path: Path, clock: Clock = utcnow) -> None:
        self.db = db
        self.path = path
        self.clock = clock  # the store never reads the system clock itself: tests and replays can fix time
        self._lock = asyncio.Lock()  # see serialized

    async def __aenter__(self) -> Self:
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

    @asynccontextmanager
    async def _transaction(self, what: str) -> AsyncIterator[None]:
        """BEGIN IMMEDIATE ... COMMIT, rolled back on any error; SQLite's errors become a StorageError naming
        `what`. Callers hold the write lock (see serialized)."""
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

    async def data_version(self) -> int:
        """SQLite's `PRAGMA data_version`: moves whenever another connection (this process or another) commits to
        the file, never for this connection's own commits. Reads no table: cheap enough to poll every few ms."""
        [(version,)] = list(await self.db.execute_fetchall("PRAGMA data_version"))
        return int(version)

    async def integrity_problems(self, limit: int = 20) -> list[str]:
        """What `PRAGMA integrity_check` finds wrong with the file (empty when it says ok)."""
        try:
            rows = await self.db.execute_fetchall(f"PRAGMA integrity_check({int(limit)})")
        except sqlite3.DatabaseError as exc:
            return [str(exc)]
        found = [str(r[0]) for r in rows]
        return [] if found == ["ok"] else found

    @serialized
    async def _write(self, sql: str, params: Sequence[Any] = ()) -> int:
        """One statement in its own transaction; returns the rows it changed."""
        try:
            cur = await self.db.execute(sql, params)
            await self.db.commit()
        except sqlite3.Error as exc:
            raise StorageError(f"{self.path}: write failed ({exc})") from exc
        return cur.rowcount
