"""People: each chat's language, mute and digest settings, blocked state, and subscriptions."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any, Literal

import aiosqlite

from bot.errors import StorageError
from bot.models import Subscription
from bot.storage.connection import Connection, serialized
from bot.storage.schema import (
    SUB_COLUMNS,
    chunked,
    from_db_time,
    subscription_from_row,
    to_db_time,
)


@dataclass(frozen=True, slots=True)
class User:
    """A chat's settings (/lang, /mute, /digest) and whether it blocked the bot."""

    chat_id: int
    lang: str | None = None
    muted_until: datetime | None = None
    digest: bool = False
    blocked: bool = False


USER_COLUMNS = "chat_id, lang, muted_until, digest, blocked_at"
UserSetting = Literal["lang", "muted_until", "digest"]  # the columns a chat sets itself


def user_from_row(row: Any) -> User:
    """A row of USER_COLUMNS as a User."""
    cid, lang, muted, digest, blocked = row
    return User(cid, lang, from_db_time(muted), bool(digest), blocked is not None)


async def active_subscriptions(db: aiosqlite.Connection) -> list[Subscription]:
    """Every subscription not paused, oldest first (what the alert planner reads)."""
    rows = await db.execute_fetchall(f"SELECT {SUB_COLUMNS} FROM subscriptions WHERE paused = 0 ORDER BY id")
    return [subscription_from_row(r) for r in rows]


class People(Connection):
    """Users (chats) and their subscriptions."""

    # -- users -------------------------------------------------------------------------------------------------

    async def get_language(self, chat_id: int) -> str | None:
        rows = list(await self.db.execute_fetchall("SELECT lang FROM users WHERE chat_id = ?", (chat_id,)))
        return rows[0][0] if rows else None

    async def set_language(self, chat_id: int, lang: str) -> None:
        await self._set_user(chat_id, "lang", lang)

    async def get_user(self, chat_id: int) -> User:
        """A chat's own settings (no fallback to the language it subscribed in: see users)."""
        rows = list(await self.db.execute_fetchall(f"SELECT {USER_COLUMNS} FROM users WHERE chat_id = ?", (chat_id,)))
        return user_from_row(rows[0]) if rows else User(chat_id)

    async def set_muted_until(self, chat_id: int, until: datetime | None) -> None:
        await self._set_user(chat_id, "muted_until", to_db_time(until))

    async def set_digest(self, chat_id: int, digest: bool) -> None:
        await self._set_user(chat_id, "digest", int(digest))

    async def _set_user(self, chat_id: int, column: UserSetting, value: str | int | None) -> None:
        """One setting of a chat (a users row is made on first use)."""
        await self._write(
            f"INSERT INTO users (chat_id, {column}) VALUES (?, ?) "
            f"ON CONFLICT (chat_id) DO UPDATE SET {column} = excluded.{column}",
            (chat_id, value),
        )

    async def users(self, chat_ids: Sequence[int]) -> dict[int, User]:
        """Language (chosen with /lang, else the one they subscribed in), mute and digest settings of these chats."""
        out: dict[int, User] = {}
        ids = list(dict.fromkeys(chat_ids))
        for chunk, marks in chunked(ids):
            rows = await self.db.execute_fetchall(f"SELECT {USER_COLUMNS} FROM users WHERE chat_id IN ({marks})", chunk)
            out.update((user.chat_id, user) for user in map(user_from_row, rows))
            # no /lang chosen: the language the user subscribed in
            rows = await self.db.execute_fetchall(
                "SELECT chat_id, max(lang) FROM subscriptions WHERE lang IS NOT NULL "
                f"AND chat_id IN ({marks}) GROUP BY chat_id",
                chunk,
            )
            for cid, lang in rows:
                user = out.get(cid)
                if user is None or user.lang is None:
                    out[cid] = replace(user, lang=lang) if user else User(cid, lang)
        return out

    @serialized
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
            (chat_id, settlement, radius_km or None, area_kind, area_name, lang, to_db_time(self.clock())),
        )
        rows = list(
            await self.db.execute_fetchall(
                f"SELECT {SUB_COLUMNS} FROM subscriptions WHERE chat_id = ? AND coalesce(settlement, '') = ? "
                "AND coalesce(radius_km, 0) = ? AND coalesce(area_kind, '') = ? AND coalesce(area_name, '') = ?",
                key,
            )
        )
        return subscription_from_row(rows[0])

    async def subscriptions(self, chat_id: int) -> list[Subscription]:
        """One chat's subscriptions, oldest first."""
        rows = await self.db.execute_fetchall(
            f"SELECT {SUB_COLUMNS} FROM subscriptions WHERE chat_id = ? ORDER BY id", (chat_id,)
        )
        return [subscription_from_row(r) for r in rows]

    async def remove_subscription(self, chat_id: int, subscription_id: int) -> bool:
        """Only the chat's own subscription can go."""
        cur = await self._write("DELETE FROM subscriptions WHERE id = ? AND chat_id = ?", (subscription_id, chat_id))
        return cur > 0

    async def subscriptions_for(self, codes: Iterable[str] | None = None) -> list[Subscription]:
        """Active subscriptions naming these settlements directly; with None, every active subscription (radius and
        area subscriptions can cover any settlement, so planning reads them all)."""
        if codes is None:
            return await active_subscriptions(self.db)
        wanted = list(dict.fromkeys(codes))
        out: list[Subscription] = []
        for chunk, marks in chunked(wanted):
            rows = await self.db.execute_fetchall(
                f"SELECT {SUB_COLUMNS} FROM subscriptions WHERE paused = 0 AND settlement IN ({marks}) ORDER BY id",
                chunk,
            )
            out.extend(subscription_from_row(r) for r in rows)
        return out
