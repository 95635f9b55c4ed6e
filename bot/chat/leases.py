"""Whose alert leases are dead: each Sender names itself (host:pid:nonce), writes a heartbeat, and finds the owners
of leased rows that died holding them, so a restarted sender sends those rows at once, not after the lease.

An owner is dead when it ran on this host and its process is gone (checked with signal 0: immediate after a kill -9
and a restart), or when its heartbeat is older than STALE_SECONDS (another host, or a reused pid). A live but stalled
sender whose heartbeat goes stale may lose its leases and a row may go twice: STALE_SECONDS is far above any normal
pause (the heartbeat is written every HEARTBEAT_SECONDS, also in the middle of a long drain).
"""

from __future__ import annotations

import logging
import os
import socket
import uuid
from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import Protocol

logger = logging.getLogger(__name__)

HEARTBEAT_SECONDS = 5.0
STALE_SECONDS = 60.0


class LeaseBook(Protocol):
    """The store's side (bot.storage.Outbox)."""

    async def heartbeat(self, owner: str, host: str, pid: int, now: datetime) -> None: ...

    async def lease_holders(self) -> Sequence[tuple[str, str | None, int | None, datetime | None]]: ...

    async def retire_sender(self, owner: str, now: datetime) -> int: ...


def process_alive(pid: int) -> bool:
    """Whether a process with this id runs on this host (one we may not signal counts as running)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


class Liveness:
    """One sender's name, heartbeat and view of the other owners."""

    def __init__(self) -> None:
        self.host = socket.gethostname()
        self.pid = os.getpid()
        self.owner = f"{self.host}:{self.pid}:{uuid.uuid4().hex[:8]}"
        self._beat_at: datetime | None = None
        self.dead: tuple[str, ...] = ()  # owners found dead at the last beat

    def is_dead(self, host: str | None, pid: int | None, heartbeat: datetime | None, now: datetime) -> bool:
        if host is None or pid is None or heartbeat is None:
            return False  # a lease without a known owner waits for its end
        if host == self.host and pid != self.pid and not process_alive(pid):
            return True
        return now - heartbeat > timedelta(seconds=STALE_SECONDS)

    async def beat(self, book: LeaseBook, now: datetime) -> tuple[str, ...]:
        """Write the heartbeat and look for dead owners, at most every HEARTBEAT_SECONDS; the dead owners found."""
        if self._beat_at is not None and now - self._beat_at < timedelta(seconds=HEARTBEAT_SECONDS):
            return self.dead
        self._beat_at = now
        await book.heartbeat(self.owner, self.host, self.pid, now)
        holders = await book.lease_holders()
        dead = tuple(o for o, h, p, b in holders if o != self.owner and self.is_dead(h, p, b, now))
        if dead and dead != self.dead:
            logger.info("alerts leased by stopped sender(s) %s are due again", ", ".join(dead))
        self.dead = dead
        return dead

    async def retire(self, book: LeaseBook, now: datetime) -> None:
        """Stopping cleanly: give back what this sender holds and leave the senders table."""
        await book.retire_sender(self.owner, now)
