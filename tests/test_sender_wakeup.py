"""How soon the sender learns of new outbox rows: `wake()` in the same process (`claimwatch run`), SQLite's
data_version for another connection or process, the time a held or retried row comes due. Real SQLite files, a real
PTB Bot, the fake Bot API on 127.0.0.1; every wait ends on an arrival, none on a timing figure."""

from __future__ import annotations

import asyncio
import subprocess
import sys
import textwrap
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from telegram import Bot

from bot.chat.sender import Sender
from bot.config import parse_config
from bot.core.alerts import make_planner
from bot.models import Side
from bot.storage import Store, open_store
from tests.fakebotapi import FakeBotAPI
from tests.fakesite import FakeSite, numbered_posts, tiny_gazetteer
from tests.test_sender_e2e import KLISH, PLACES, Clock, captured, post

ROBOTYNE = "UA23100270150025192"
WAIT = 15.0  # arrivals that take milliseconds; a generous bound for a loaded machine, far below the job interval


@pytest.fixture
async def ledger(tmp_path: Path) -> AsyncIterator[Store]:
    store = await open_store(tmp_path / "ledger.sqlite3")
    store.set_planner(make_planner(PLACES, lambda: datetime.now(UTC)), timedelta(minutes=0))
    yield store
    await store.close()


def texts(fake: FakeBotAPI, chat_id: int) -> list[str]:
    return [c.text for c in fake.sent("sendMessage", chat_id=chat_id)]


async def idle(sender: Sender, store: Store, rows: int) -> None:
    """Until `rows` outbox rows are sent and the sender's drain has ended (it is back to waiting for a trigger)."""
    while [r["state"] for r in await store.outbox_rows()] != ["sent"] * rows or (
        sender._task is not None and not sender._task.done()
    ):
        await asyncio.sleep(0.01)


@asynccontextmanager
async def listening(sender: Sender) -> AsyncIterator[asyncio.Event]:
    """The sender's plain loop running for the block; stopped and closed after it."""
    stop = asyncio.Event()
    task = asyncio.create_task(sender.run_forever(stop))
    try:
        yield stop
    finally:
        stop.set()
        await asyncio.wait_for(task, WAIT)
        await sender.close()


async def test_wake_delivers_rows_queued_on_the_senders_own_connection(
    ledger: Store, bot: Bot, fake: FakeBotAPI
) -> None:
    """A commit on the sender's own connection moves no data_version and sets no due time: only wake() tells."""
    sender = Sender(ledger, bot, PLACES, rate=500.0)
    await ledger.add_subscription(1, settlement=KLISH.code)
    async with listening(sender):
        await ledger.add_post(*post("mod_russia", 1, "освобождена Клещеевка", captured(KLISH)))
        sender.wake()
        await fake.wait_for(lambda: len(texts(fake, 1)) == 1, WAIT)
        await idle(sender, ledger, 1)
        await ledger.add_post(*post("mod_russia", 2, "освобождено Клещеевку", captured(KLISH, actor=Side.UA)))
        sender.wake()
        await fake.wait_for(lambda: len(texts(fake, 1)) == 2, WAIT)


WRITER = textwrap.dedent("""
    import asyncio, sys
    from datetime import UTC, datetime, timedelta
    from bot.core.alerts import make_planner
    from bot.models import Claim, Kind, Post, Settlement, Side
    from bot.storage import open_store

    KLISH = Settlement("UA14020010010000001", "C", "Кліщіївка", "Klishchiivka", "Донецька", "Бахмутський", "",
                       48.5285, 37.95)

    class Places:
        def get(self, code):
            return KLISH if code == KLISH.code else None

    async def main():
        store = await open_store(sys.argv[1])
        store.set_planner(make_planner(Places(), lambda: datetime.now(UTC)), timedelta(minutes=0))
        claim = Claim(KLISH.code, KLISH.name, Kind.REPELLED, Side.RU, Side.UA, speaker="General Staff",
                      quote="відбили атаку біля Кліщіївки")
        post = Post("telegram", "GeneralStaffZSU", "77", "відбили атаку біля Кліщіївки", datetime.now(UTC),
                    side=Side.UA, url="https://t.me/GeneralStaffZSU/77")
        await store.add_post(post, [claim])
        await store.close()

    asyncio.run(main())
""")


async def test_a_row_queued_by_another_process_wakes_the_sender_through_data_version(
    ledger: Store, bot: Bot, fake: FakeBotAPI, tmp_path: Path
) -> None:
    """The watcher in one process, the bot in another: no wake() crosses, the sender's data_version moves."""
    own = await open_store(ledger.path)  # the sender's connection, as in the bot
    sender = Sender(own, bot, PLACES, rate=500.0)
    await ledger.add_subscription(1, settlement=KLISH.code)
    async with listening(sender):
        await ledger.add_post(*post("mod_russia", 1, "освобождена Клещеевка", captured(KLISH)))  # another connection
        await fake.wait_for(lambda: len(texts(fake, 1)) == 1, WAIT)
        await idle(sender, own, 1)
        child = subprocess.run(
            [sys.executable, "-c", WRITER, str(ledger.path)], cwd=Path(__file__).parents[1], timeout=120, check=False
        )
        assert child.returncode == 0
        [second] = await fake.wait_for(lambda: texts(fake, 1)[1:], WAIT)
        assert "GeneralStaffZSU/77" in second
    await own.close()


async def test_a_row_held_by_a_mute_goes_when_the_mute_ends_without_a_trigger(
    ledger: Store, bot: Bot, fake: FakeBotAPI
) -> None:
    """The listener remembers when the earliest queued row comes due (here: the end of a mute, moved forward by
    the clock) and looks then, with no commit and no wake to tell it."""
    clock = Clock()
    sender = Sender(ledger, bot, PLACES, rate=500.0, clock=clock)
    await ledger.add_subscription(1, settlement=KLISH.code)
    await ledger.set_muted_until(1, clock() + timedelta(minutes=30))
    async with listening(sender):
        await ledger.add_post(*post("mod_russia", 1, "освобождена Клещеевка", captured(KLISH)))
        sender.wake()
        while not (rows := await ledger.outbox_rows()) or not rows[0]["held"]:
            await asyncio.sleep(0.01)  # held until the mute ends
        await idle_held(sender)
        assert texts(fake, 1) == []
        clock.advance(minutes=31)
        await fake.wait_for(lambda: texts(fake, 1), WAIT)


async def idle_held(sender: Sender) -> None:
    """Until the drain that held the row has ended and the sender knows when the row comes due."""
    while sender._due_at is None or (sender._task is not None and not sender._task.done()):
        await asyncio.sleep(0.01)


async def test_in_run_an_alert_goes_without_waiting_for_the_job_interval(tmp_path: Path) -> None:
    """`claimwatch run` with the sender's job at 60 s: a post the watcher stores after start-up is alerted at once
    (the watcher wakes the sender after its commit), not at the next job run."""
    from bot.deps import serve

    site = FakeSite(epoch=datetime.now(UTC) - timedelta(hours=1)).start()  # news, not a backfill of old posts
    site.add_channel("chan", numbered_posts(1, 1))  # about Очеретине: nobody subscribed
    fake = FakeBotAPI()
    await fake.start()
    db = tmp_path / "run.sqlite3"
    store = await open_store(db)
    await store.add_subscription(1, settlement=ROBOTYNE)
    await store.close()
    config = parse_config(
        {
            "storage": {"path": str(db)},
            "bot": {"token": fake.token, "base_url": fake.base_url},
            "web": {"base_url": site.base_url, "poll_seconds": 1, "backfill_pages": 0},
            "alerts": {"send_interval_seconds": 60},
            "channels": [{"name": "chan", "side": "ua", "speaker": "General Staff"}],
        },
        env={},
    )
    stop = asyncio.Event()
    task = asyncio.create_task(serve(config, tiny_gazetteer(), True, stop, poll_timeout=1))
    try:
        await fake.wait_for(lambda: fake.sent("setMyCommands"), WAIT)
        while site.hits("/s/chan") < 1:  # the watcher's first read: post 1, before post 3 exists
            await asyncio.sleep(0.01)
        site.channels["chan"].update(dict(numbered_posts(3, 3)))  # about Роботине
        [alert] = await fake.wait_for(lambda: fake.sent("sendMessage", chat_id=1), WAIT)
        assert "https://t.me/chan/3" in alert.text
    finally:
        stop.set()
        await asyncio.wait_for(task, WAIT)
        await fake.stop()
        site.stop()
