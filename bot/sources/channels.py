"""Telegram channels through Telethon (a user session: bots cannot read channels); `to_post(message)` at the edge.

Live updates are not enough (lost update states, the 100-update channel difference limit), so on every start each
channel is backfilled from its stored cursor with `iter_messages(min_id=last, reverse=True)`, live NewMessage /
MessageEdited / MessageDeleted events are stored as they come (without moving the cursor, which only ever covers a
gapless run of ids), and a reconcile pass re-reads from the cursor every `telegram.reconcile_seconds`. The store
dedupes by (channel, message id). Cursor `telegram:<channel>` = the last message id stored.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from telethon import TelegramClient, events, utils
from telethon.errors import FloodWaitError, RPCError
from telethon.tl import types

from bot.config import ChannelConfig, Config
from bot.errors import SourceError
from bot.models import Post
from bot.sources import Sink, Stopped, sleep_until_stopped, until_stopped

logger = logging.getLogger(__name__)

SOURCE = "telegram"
BATCH = 100
RECHECK_MESSAGES = 100  # on each start, the newest messages of each channel read again for edits made while down


def to_post(message: Any, channel: ChannelConfig) -> Post:
    """A Telethon message as our Post: permalink https://t.me/<name>/<id>, the raw text (no client needed)."""
    text = getattr(message, "raw_text", None) or getattr(message, "message", None) or ""
    return Post(
        source=SOURCE,
        channel=channel.name,
        external_id=str(message.id),
        text=text,
        date=message.date,
        edit_date=getattr(message, "edit_date", None),
        side=channel.side,
        speaker=channel.speaker,
        url=f"https://t.me/{channel.name}/{message.id}",
    )


def session_path(config: Config) -> Path:
    """The Telethon SQLite session file, in the data folder."""
    name = config.telegram.session
    return config.data_dir / (name if name.endswith(".session") else name + ".session")


def secure_session(path: Path) -> None:
    """Create the session file if needed and keep it private (mode 0600): it is a login to the account."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if not path.exists():
        os.close(os.open(path, os.O_CREAT | os.O_WRONLY, 0o600))  # an empty file is a valid new SQLite db
    os.chmod(path, 0o600)


def make_client(config: Config) -> TelegramClient:
    tg = config.telegram
    if tg.api_id is None or not tg.api_hash:
        raise SourceError("telegram: api_id/api_hash missing ([telegram] or CLAIMWATCH_API_ID/CLAIMWATCH_API_HASH)")
    path = session_path(config)
    secure_session(path)
    client = TelegramClient(str(path), tg.api_id, tg.api_hash)
    client.flood_sleep_threshold = 60  # shorter waits are slept by Telethon; longer ones reach our handler
    return client


class TelegramSource:
    """Backfill, live events and periodic reconcile for the channels with via = "telegram"."""

    def __init__(
        self,
        config: Config,
        channels: Sequence[ChannelConfig],
        stop: asyncio.Event | None = None,
        client_factory: Callable[[], Any] | None = None,
    ) -> None:
        self.config = config
        self.channels = list(channels)
        self.stop = stop
        self.client_factory = client_factory or (lambda: make_client(config))
        self.by_peer: dict[int, ChannelConfig] = {}
        self.entities: dict[str, Any] = {}
        self.wait_time: float | None = None  # between history requests; None: Telethon's default (1 s past 3000)

    @staticmethod
    def key(channel: ChannelConfig) -> str:
        return f"telegram:{channel.name}"

    async def run(self, sink: Sink) -> None:
        """Until stopped: connect, backfill every channel, follow live updates, reconcile periodically."""
        client = self.client_factory()
        await until_stopped(self.stop, client.connect())
        try:
            if not await client.is_user_authorized():
                if not sys.stdin.isatty():
                    raise SourceError(
                        f"telegram: session {session_path(self.config)} is not logged in; run `claimwatch watch` "
                        "once in a terminal to log in with your phone number"
                    )
                await client.start()
            secure_session(session_path(self.config))
            await self.resolve(client)
            handlers = self.install(client, sink)
            try:
                await self.recheck(client, sink)
                while True:
                    await self.reconcile(client, sink)
                    if await sleep_until_stopped(self.stop, self.config.telegram.reconcile_seconds):
                        return
            finally:
                for callback, event in handlers:
                    client.remove_event_handler(callback, event)
        except Stopped:
            return
        finally:
            await client.disconnect()

    async def resolve(self, client: Any) -> None:
        """Find each channel's entity; one that cannot be found is logged and skipped (tried again on the next
        reconcile pass), so the others go on. SourceError only when none can be read."""
        problems = []
        for channel in self.channels:
            if channel.name in self.entities:
                continue
            try:
                entity = await self._entity(client, channel)
            except SourceError as exc:
                logger.error("%s", exc)
                problems.append(str(exc))
                continue
            self.entities[channel.name] = entity
            self.by_peer[utils.get_peer_id(entity)] = channel
        if not self.entities and problems:
            raise SourceError("; ".join(problems))

    async def _entity(self, client: Any, channel: ChannelConfig) -> Any:
        while True:
            try:
                return await until_stopped(self.stop, client.get_entity(channel.name))
            except FloodWaitError as exc:  # resolving usernames is rate-limited hard
                logger.warning("telegram %s: flood wait of %ss resolving it, waiting", channel.name, exc.seconds)
                if await sleep_until_stopped(self.stop, float(exc.seconds)):
                    raise Stopped from exc
            except (ValueError, TypeError, RPCError) as exc:
                raise SourceError(f"telegram: cannot find channel {channel.name!r}: {exc}") from exc

    def install(self, client: Any, sink: Sink) -> list[tuple[Any, Any]]:
        chats = list(self.entities.values())

        async def on_message(event: Any) -> None:
            await self.on_message(event, sink)

        async def on_deleted(event: Any) -> None:
            await self.on_deleted(event, sink)

        pairs = [
            (on_message, events.NewMessage(chats=chats)),
            (on_message, events.MessageEdited(chats=chats)),
            (on_deleted, events.MessageDeleted()),
        ]
        for callback, event in pairs:
            client.add_event_handler(callback, event)
        return pairs

    async def on_message(self, event: Any, sink: Sink) -> None:
        """NewMessage / MessageEdited: store the post (an edit replaces its claims); the cursor stays put."""
        channel = self.by_peer.get(event.chat_id) if event.chat_id is not None else None
        if channel is None or not isinstance(event.message, types.Message):
            return
        with contextlib.suppress(Stopped):  # stopping: the next start's backfill and recheck read it again
            await sink.put([to_post(event.message, channel)])

    async def recheck(self, client: Any, sink: Sink) -> int:
        """The newest RECHECK_MESSAGES of each channel read again: edits made while the watcher was down (no live
        event told of them, and the backfill reads only ids after the cursor) are stored as edits."""
        changed = 0
        for channel in self.channels:
            entity = self.entities.get(channel.name)
            if entity is None:
                continue
            try:
                edited = [
                    to_post(m, channel)
                    async for m in client.iter_messages(entity, limit=RECHECK_MESSAGES, wait_time=self.wait_time)
                    if isinstance(m, types.Message) and m.edit_date is not None
                ]
            except RPCError as exc:  # FloodWaitError is one: the periodic reconcile goes on regardless
                logger.warning("telegram %s: cannot re-read recent posts for edits: %s", channel.name, exc)
                continue
            changed += await sink.put(edited) if edited else 0
        return changed

    async def on_deleted(self, event: Any, sink: Sink) -> None:
        channel = self.by_peer.get(event.chat_id) if event.chat_id is not None else None
        if channel is None:  # deletions outside channels carry no chat: not ours
            return
        await sink.mark_deleted(SOURCE, channel.name, [str(i) for i in event.deleted_ids])

    async def reconcile(self, client: Any, sink: Sink) -> None:
        """Re-read every channel from its cursor; a channel that fails (private now, banned...) does not stop the
        others."""
        if len(self.entities) < len(self.channels):
            await self.resolve(client)
        for channel in self.channels:
            if self.stop is not None and self.stop.is_set():
                raise Stopped
            if channel.name not in self.entities:
                continue
            try:
                await self.backfill(client, sink, channel)
            except RPCError as exc:
                logger.error("telegram %s: cannot read the history: %s", channel.name, exc)

    async def backfill(self, client: Any, sink: Sink, channel: ChannelConfig) -> int:
        """Read every message after the stored cursor, oldest first, committing each batch with its cursor."""
        entity = self.entities.get(channel.name, channel.name)
        while True:
            try:
                return await self._backfill(client, sink, channel, entity)
            except FloodWaitError as exc:
                logger.warning("telegram %s: flood wait of %ss, waiting it out", channel.name, exc.seconds)
                if await sleep_until_stopped(self.stop, float(exc.seconds)):
                    raise Stopped from exc

    async def _backfill(self, client: Any, sink: Sink, channel: ChannelConfig, entity: Any) -> int:
        raw = await sink.get_cursor(self.key(channel))
        last = int(raw) if raw and raw.isdigit() else 0
        stored = 0
        batch: list[Post] = []
        messages = client.iter_messages(entity, min_id=last, reverse=True, wait_time=self.wait_time)
        async for message in messages:
            last = max(last, message.id)
            if isinstance(message, types.Message):  # service messages only move the cursor
                batch.append(to_post(message, channel))
            if len(batch) >= BATCH:
                stored += await sink.put(batch, cursor=(self.key(channel), str(last)))
                batch = []
                if self.stop is not None and self.stop.is_set():
                    raise Stopped
        if batch or (raw or "0") != str(last):
            stored += await sink.put(batch, cursor=(self.key(channel), str(last)))
        if stored:
            logger.info("telegram %s: %d new or changed posts up to %d", channel.name, stored, last)
        return stored
