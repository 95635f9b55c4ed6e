"""Telethon reader: to_post, backfill from the cursor, live events, FloodWait, session file; real TL objects."""

from __future__ import annotations

import asyncio
import logging
import os
import stat
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from telethon import TelegramClient, events
from telethon.errors import FloodWaitError
from telethon.tl import functions, types

from bot.config import ChannelConfig, Config, StorageConfig, TelegramConfig
from bot.errors import SourceError
from bot.models import Side
from bot.sources.channels import TelegramSource, session_path, to_post
from bot.watcher.ingest import Ingest
from tests.fakesite import tiny_gazetteer

GS_ID = 1382045709
GS = ChannelConfig("GeneralStaffZSU", Side.UA, "General Staff", "telegram")
MOD = ChannelConfig("mod_russia", Side.RU, "Russian MoD", "telegram")
MOD_ID = 1144180066
T0 = datetime(2024, 5, 1, 6, 0, tzinfo=UTC)


def message(ident: int, text: str, channel_id: int = GS_ID, edited: datetime | None = None) -> types.Message:
    return types.Message(
        id=ident,
        peer_id=types.PeerChannel(channel_id),
        date=T0 + timedelta(minutes=ident),
        message=text,
        post=True,
        edit_date=edited,
    )


def service(ident: int, channel_id: int = GS_ID) -> types.MessageService:
    return types.MessageService(
        id=ident,
        peer_id=types.PeerChannel(channel_id),
        date=T0,
        action=types.MessageActionChatEditTitle(title="Генштаб"),
    )


def channel_entity(ident: int, username: str) -> types.Channel:
    return types.Channel(
        id=ident,
        title=username,
        photo=types.ChatPhotoEmpty(),
        date=T0,
        access_hash=42,
        username=username,
        broadcast=True,
    )


class FakeClient:
    """The few TelegramClient methods the reader uses; iter_messages honours min_id/reverse like Telethon's."""

    def __init__(self, history: dict[str, list[Any]], authorized: bool = True) -> None:
        self.history = history
        self.authorized = authorized
        self.flood: list[tuple[int, int]] = []  # (after how many messages, seconds) to raise FloodWaitError
        self.calls: list[tuple[str, int]] = []
        self.handlers: list[tuple[Any, Any]] = []
        self.connected = False

    async def connect(self) -> None:
        self.connected = True

    async def disconnect(self) -> None:
        self.connected = False

    async def is_user_authorized(self) -> bool:
        return self.authorized

    async def get_entity(self, name: str) -> types.Channel:
        if self.flood and self.flood[0][0] == -1:  # (-1, s): the first resolve hits a flood wait
            raise FloodWaitError(request=None, capture=self.flood.pop(0)[1])
        ids = {"GeneralStaffZSU": GS_ID, "mod_russia": MOD_ID}
        if name not in ids:
            raise ValueError(f'No user has "{name}" as username')
        return channel_entity(ids[name], name)

    def add_event_handler(self, callback: Any, event: Any) -> None:
        self.handlers.append((callback, event))

    def remove_event_handler(self, callback: Any, event: Any) -> None:
        self.handlers.remove((callback, event))

    async def iter_messages(
        self,
        entity: Any,
        min_id: int = 0,
        reverse: bool = False,
        wait_time: float | None = None,
        limit: int | None = None,
    ) -> AsyncIterator[Any]:
        name = entity if isinstance(entity, str) else entity.username
        if not reverse:  # the newest `limit`, newest first
            self.calls.append((name, -(limit or 0)))
            for msg in sorted(self.history[name], key=lambda m: m.id, reverse=True)[:limit]:
                yield msg
            return
        self.calls.append((name, min_id))
        for count, msg in enumerate(m for m in sorted(self.history[name], key=lambda m: m.id) if m.id > min_id):
            if self.flood and self.flood[0][0] == count:
                _, seconds = self.flood.pop(0)
                raise FloodWaitError(request=None, capture=seconds)
            yield msg


@pytest.fixture
async def sink(store: Any) -> AsyncIterator[Ingest]:
    yield Ingest(store, tiny_gazetteer())


def config(tmp_path: Path, reconcile: float = 600.0) -> Config:
    return Config(
        storage=StorageConfig(tmp_path / "data" / "ledger.sqlite3"),
        channels=(GS, MOD),
        telegram=TelegramConfig(
            api_id=12345, api_hash="0123456789abcdef", session="watch", reconcile_seconds=reconcile
        ),
    )


async def ids(store: Any, channel: str) -> list[int]:
    rows = await store.db.execute_fetchall(
        "SELECT external_id FROM posts WHERE channel = ? ORDER BY CAST(external_id AS INTEGER)", (channel,)
    )
    return [int(r[0]) for r in rows]


def test_to_post_from_a_real_message() -> None:
    msg = message(15006, "Підрозділи 47 ОМБр звільнили Роботине.", edited=T0 + timedelta(hours=2))
    post = to_post(msg, GS)
    assert post.source == "telegram" and post.channel == "GeneralStaffZSU" and post.external_id == "15006"
    assert post.text == "Підрозділи 47 ОМБр звільнили Роботине."
    assert post.date == T0 + timedelta(minutes=15006)
    assert post.edit_date == T0 + timedelta(hours=2)
    assert post.url == "https://t.me/GeneralStaffZSU/15006"
    assert post.side is Side.UA and post.speaker == "General Staff"


def test_to_post_of_a_media_message_without_caption() -> None:
    msg = types.Message(
        id=9, peer_id=types.PeerChannel(GS_ID), date=T0, message="", media=types.MessageMediaPhoto(), post=True
    )
    assert to_post(msg, GS).text == ""


async def test_backfill_from_the_stored_cursor(sink: Ingest, tmp_path: Path) -> None:
    history = {
        "GeneralStaffZSU": [message(i, f"Зведення {i}: бої поблизу Очеретиного.") for i in range(1, 251)]
        + [service(251)]
    }
    client = FakeClient(history)
    reader = TelegramSource(config(tmp_path), [GS])
    assert await reader.backfill(client, sink, GS) == 250
    assert await ids(sink.store, "GeneralStaffZSU") == list(range(1, 251))
    assert await sink.store.get_cursor("telegram:GeneralStaffZSU") == "251"  # type: ignore[union-attr]
    history["GeneralStaffZSU"] += [message(252, "Нове зведення."), message(253, "Ще одне.")]
    assert await reader.backfill(client, sink, GS) == 2
    assert client.calls == [("GeneralStaffZSU", 0), ("GeneralStaffZSU", 251)]
    assert await sink.store.get_cursor("telegram:GeneralStaffZSU") == "253"  # type: ignore[union-attr]
    claims = await sink.store.claims_for(["UA14160190010012632"])  # type: ignore[union-attr]
    assert len(claims) == 250 and all(c.claim.claimant is Side.UA for c in claims)


async def test_flood_wait_is_waited_out_and_logged(
    sink: Ingest, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    client = FakeClient({"GeneralStaffZSU": [message(i, f"Пост {i}: інформація уточнюється") for i in range(1, 151)]})
    client.flood = [(120, 0)]  # after a committed batch of 100 and 20 more in hand
    reader = TelegramSource(config(tmp_path), [GS])
    with caplog.at_level(logging.WARNING, logger="bot.sources.channels"):
        await reader.backfill(client, sink, GS)
    assert "flood wait of 0s" in caplog.text
    assert client.calls == [("GeneralStaffZSU", 0), ("GeneralStaffZSU", 100)]  # resumed from the committed cursor
    assert await ids(sink.store, "GeneralStaffZSU") == list(range(1, 151))


async def test_flood_wait_is_cut_short_by_stop(sink: Ingest, tmp_path: Path) -> None:
    client = FakeClient({"GeneralStaffZSU": [message(1, "Пост")]})
    client.flood = [(0, 3600)]
    stop = asyncio.Event()
    stop.set()
    from bot.sources import Stopped

    with pytest.raises(Stopped):
        await TelegramSource(config(tmp_path), [GS], stop=stop).backfill(client, sink, GS)


def new(msg: types.Message) -> Any:
    """The event Telethon builds from a real channel update."""
    return events.NewMessage.build(types.UpdateNewChannelMessage(msg, 1, 1))


async def test_live_new_edited_deleted_events(sink: Ingest, tmp_path: Path) -> None:
    client = FakeClient({"GeneralStaffZSU": [], "mod_russia": []})
    reader = TelegramSource(config(tmp_path), [GS, MOD])
    await reader.resolve(client)
    await reader.on_message(new(message(700, "Сили оборони відбили атаки біля Роботиного.")), sink)
    await reader.on_message(
        new(message(41207, "Подразделения освободили населенный пункт Очеретино.", channel_id=MOD_ID)), sink
    )
    await reader.on_message(new(message(5, "чужий канал", channel_id=777)), sink)  # not ours
    assert await ids(sink.store, "GeneralStaffZSU") == [700]
    assert await ids(sink.store, "mod_russia") == [41207]
    assert await sink.store.get_cursor("telegram:GeneralStaffZSU") is None  # type: ignore[union-attr]

    edited = message(700, "Уточнення: ворог захопив Роботине.", edited=T0 + timedelta(days=1))
    await reader.on_message(events.MessageEdited.build(types.UpdateEditChannelMessage(edited, 2, 1)), sink)
    post, deleted = await sink.store.get_post("telegram", "GeneralStaffZSU", "700")  # type: ignore[union-attr,misc]
    assert post.text == "Уточнення: ворог захопив Роботине." and not deleted
    assert await sink.store.post_history("telegram", "GeneralStaffZSU", "700") == [  # type: ignore[union-attr]
        "Сили оборони відбили атаки біля Роботиного."
    ]

    await reader.on_deleted(
        events.MessageDeleted.build(types.UpdateDeleteChannelMessages(GS_ID, [700, 701], 3, 2)), sink
    )
    await reader.on_deleted(events.MessageDeleted.build(types.UpdateDeleteMessages([41207], 4, 1)), sink)  # no chat
    _, deleted = await sink.store.get_post("telegram", "GeneralStaffZSU", "700")  # type: ignore[union-attr,misc]
    assert deleted
    _, deleted = await sink.store.get_post("telegram", "mod_russia", "41207")  # type: ignore[union-attr,misc]
    assert not deleted


async def test_run_backfills_installs_handlers_and_secures_the_session(sink: Ingest, tmp_path: Path) -> None:
    client = FakeClient(
        {
            "GeneralStaffZSU": [message(1, "Перший"), message(2, "Другий")],
            "mod_russia": [message(10, "Сводка", channel_id=MOD_ID)],
        }
    )
    stop = asyncio.Event()
    cfg = config(tmp_path, reconcile=0.05)
    reader = TelegramSource(cfg, [GS, MOD], stop=stop, client_factory=lambda: client)
    task = asyncio.create_task(reader.run(sink))
    for _ in range(200):
        if len(client.calls) >= 6:  # the recheck for edits, the start backfill and one reconcile pass
            break
        await asyncio.sleep(0.01)
    kinds = sorted(type(event).__name__ for _, event in client.handlers)
    stop.set()
    await asyncio.wait_for(task, 5)
    assert kinds == ["MessageDeleted", "MessageEdited", "NewMessage"]
    assert client.handlers == [] and not client.connected
    assert client.calls[:2] == [("GeneralStaffZSU", -100), ("mod_russia", -100)]  # the newest 100 again, for edits
    backfills = [c for c in client.calls if c[1] >= 0]
    assert backfills[:4] == [("GeneralStaffZSU", 0), ("mod_russia", 0), ("GeneralStaffZSU", 2), ("mod_russia", 10)]
    assert await ids(sink.store, "GeneralStaffZSU") == [1, 2]
    path = session_path(cfg)
    assert path == tmp_path / "data" / "watch.session"
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600


async def test_not_logged_in_without_a_terminal_is_a_clear_error(
    sink: Ingest, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("sys.stdin.isatty", lambda: False)
    client = FakeClient({}, authorized=False)
    reader = TelegramSource(config(tmp_path), [GS], client_factory=lambda: client)
    with pytest.raises(SourceError, match="not logged in"):
        await reader.run(sink)
    assert not client.connected


async def test_unknown_channel_is_a_clear_error(sink: Ingest, tmp_path: Path) -> None:
    client = FakeClient({})
    bad = ChannelConfig("no_such_channel", Side.UA, None, "telegram")
    with pytest.raises(SourceError, match="cannot find channel 'no_such_channel'"):
        await TelegramSource(config(tmp_path), [bad], client_factory=lambda: client).run(sink)


async def test_flood_wait_while_resolving_is_waited_out(
    sink: Ingest, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    client = FakeClient({"GeneralStaffZSU": []})
    client.flood = [(-1, 0)]
    reader = TelegramSource(config(tmp_path), [GS])
    with caplog.at_level(logging.WARNING, logger="bot.sources.channels"):
        await reader.resolve(client)
    assert "flood wait of 0s resolving it" in caplog.text
    assert reader.by_peer == {-1000000000000 - GS_ID: GS}


# --- the real Telethon client, offline: a fake sender answers GetHistoryRequest like Telegram does ---------------


class HistorySender:
    """Stands in for `client._sender` (private API, Telethon pinned to 1.45.0): answers messages.getHistory from a
    list, with Telegram's offset_id/add_offset/limit paging, so the real iter_messages(reverse=True) runs."""

    def __init__(self, channel: types.Channel, history: list[Any]) -> None:
        self.channel = channel
        self.history = history
        self.pages: list[tuple[int, int, int]] = []  # (offset_id, add_offset, limit) of each request
        self.flood: list[int] = []  # seconds of FloodWaitError to answer the next requests with

    def send(self, request: Any, ordered: bool = False) -> asyncio.Future[Any]:
        future: asyncio.Future[Any] = asyncio.get_running_loop().create_future()
        if not isinstance(request, functions.messages.GetHistoryRequest):
            future.set_exception(AssertionError(f"unexpected request {type(request).__name__}"))
            return future
        self.pages.append((request.offset_id, request.add_offset, request.limit))
        if self.flood:
            future.set_exception(FloodWaitError(request=request, capture=self.flood.pop(0)))
            return future
        newest_first = sorted(self.history, key=lambda m: -m.id)
        at = sum(1 for m in newest_first if m.id >= request.offset_id) if request.offset_id else 0
        start = max(at + request.add_offset, 0)
        end = max(at + request.add_offset + request.limit, 0)
        future.set_result(
            types.messages.ChannelMessages(
                pts=1,
                count=len(newest_first),
                messages=newest_first[start:end],
                topics=[],
                chats=[self.channel],
                users=[],
            )
        )
        return future


def real_client(sender: HistorySender) -> TelegramClient:
    client = TelegramClient(None, 12345, "0123456789abcdef")  # a memory session; never connected
    client._sender = sender
    return client


async def test_backfill_with_the_real_iter_messages(sink: Ingest, tmp_path: Path) -> None:
    channel = channel_entity(GS_ID, "GeneralStaffZSU")
    history: list[Any] = [message(i, f"Зведення {i}: бої поблизу Очеретиного.") for i in range(1, 231)]
    history.insert(100, service(231))
    sender = HistorySender(channel, history)
    client = real_client(sender)
    reader = TelegramSource(config(tmp_path), [GS])
    reader.wait_time = 0
    reader.entities["GeneralStaffZSU"] = channel
    assert await reader.backfill(client, sink, GS) == 230
    assert await ids(sink.store, "GeneralStaffZSU") == list(range(1, 231))
    assert await sink.store.get_cursor("telegram:GeneralStaffZSU") == "231"  # type: ignore[union-attr]
    history += [message(232, "Нове зведення: інформація уточнюється."), message(233, "Ще одне зведення.")]
    sender.pages.clear()
    assert await reader.backfill(client, sink, GS) == 2
    assert sender.pages[0][0] == 232  # Telethon asks for what follows the stored cursor (min_id=231)
    assert await ids(sink.store, "GeneralStaffZSU") == [*range(1, 231), 232, 233]


async def test_flood_wait_from_telegram_is_waited_out(
    sink: Ingest, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    channel = channel_entity(GS_ID, "GeneralStaffZSU")
    sender = HistorySender(channel, [message(i, f"Зведення {i}: інформація.") for i in range(1, 6)])
    sender.flood = [1]
    client = real_client(sender)
    client.flood_sleep_threshold = 0  # Telethon raises instead of sleeping itself
    reader = TelegramSource(config(tmp_path), [GS])
    reader.wait_time = 0
    reader.entities["GeneralStaffZSU"] = channel
    with caplog.at_level(logging.WARNING, logger="bot.sources.channels"):
        assert await reader.backfill(client, sink, GS) == 5
    assert "telegram GeneralStaffZSU: flood wait of 1s, waiting it out" in caplog.text
    assert await ids(sink.store, "GeneralStaffZSU") == [1, 2, 3, 4, 5]


async def test_one_unknown_channel_does_not_stop_the_others(
    sink: Ingest, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    client = FakeClient({"GeneralStaffZSU": [message(1, "Перше зведення: інформація.")]})
    bad = ChannelConfig("no_such_channel", Side.UA, None, "telegram")
    reader = TelegramSource(config(tmp_path), [bad, GS])
    with caplog.at_level(logging.ERROR, logger="bot.sources.channels"):
        await reader.resolve(client)
        await reader.reconcile(client, sink)
    assert "cannot find channel 'no_such_channel'" in caplog.text
    assert await ids(sink.store, "GeneralStaffZSU") == [1]
    assert [name for name, _ in client.calls] == ["GeneralStaffZSU"]


def test_make_client_keeps_its_session_private_in_the_data_folder(tmp_path: Path) -> None:
    from bot.sources.channels import make_client

    cfg = config(tmp_path)
    client = make_client(cfg)  # a real TelegramClient on a SQLite session file; nothing is sent
    path = session_path(cfg)
    client.session.save()
    assert path.parent == cfg.data_dir and path.stat().st_size > 0  # Telethon made its tables in our empty file
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    client.session.close()


def test_make_client_without_credentials(tmp_path: Path) -> None:
    from bot.sources.channels import make_client

    with pytest.raises(SourceError, match="api_id/api_hash missing"):
        make_client(Config(storage=StorageConfig(tmp_path / "ledger.sqlite3")))


async def test_a_start_reads_recent_posts_again_for_edits_made_while_down(sink: Ingest, tmp_path: Path) -> None:
    history = {"GeneralStaffZSU": [message(1, "Перший"), message(2, "Бої тривають.")], "mod_russia": []}
    client = FakeClient(history)
    stop = asyncio.Event()
    first = TelegramSource(config(tmp_path), [GS, MOD], stop=stop, client_factory=lambda: client)
    task = asyncio.create_task(first.run(sink))
    for _ in range(200):
        if await ids(sink.store, "GeneralStaffZSU") == [1, 2]:
            break
        await asyncio.sleep(0.01)
    stop.set()
    await asyncio.wait_for(task, 5)
    # while the watcher is down: post 2 edited (no live event reaches anyone), no new post moves the cursor
    history["GeneralStaffZSU"][1] = message(2, "Підрозділи 47 ОМБр звільнили Роботине.", edited=T0 + timedelta(hours=1))
    stop = asyncio.Event()
    again = TelegramSource(config(tmp_path), [GS, MOD], stop=stop, client_factory=lambda: client)
    task = asyncio.create_task(again.run(sink))
    for _ in range(200):
        if await sink.store.claims_for(["UA23100270150025192"]):  # type: ignore[union-attr]
            break
        await asyncio.sleep(0.01)
    stop.set()
    await asyncio.wait_for(task, 5)
    post, _ = await sink.store.get_post("telegram", "GeneralStaffZSU", "2")  # type: ignore[union-attr,misc]
    assert post.text == "Підрозділи 47 ОМБр звільнили Роботине."
    assert await sink.store.post_history("telegram", "GeneralStaffZSU", "2") == ["Бої тривають."]  # type: ignore[union-attr]
