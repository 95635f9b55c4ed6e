"""Alerts end to end: claims stored in a real SQLite ledger, the outbox sender delivering through a real PTB Bot to
the fake Bot API server on 127.0.0.1 (tests/fakebotapi.py). No network beyond loopback, no mocks."""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
import textwrap
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from telegram import Bot

from bot.chat.sender import MAX_ATTEMPTS, Sender, next_digest
from bot.core.alerts import make_planner
from bot.models import Claim, Kind, Post, Settlement, Side
from bot.storage import Store, open_store
from tests.fakebotapi import FakeBotAPI

KLISH = Settlement(
    "UA14020010010000001", "C", "Кліщіївка", "Klishchiivka", "Донецька", "Бахмутський", "Часовоярська", 48.5285, 37.9500
)
ANDR = Settlement(
    "UA14020010020000002", "C", "Андріївка", "Andriivka", "Донецька", "Бахмутський", "Часовоярська", 48.4960, 37.9330
)
ROBO = Settlement(
    "UA23060010010000004", "C", "Роботине", "Robotyne", "Запорізька", "Пологівський", "Оріхівська", 47.4480, 35.8380
)


class Places:
    settlements: tuple[Settlement, ...] = ()  # the bot warms its typo index up over these

    def __init__(self) -> None:
        self.by_code = {s.code: s for s in (KLISH, ANDR, ROBO)}

    def get(self, code: str) -> Settlement | None:
        return self.by_code.get(code)

    def lookup(self, query: str, limit: int = 10) -> list[Any]:  # the bot warms its resolver up
        return []


PLACES = Places()


class Clock:
    """Real time plus an offset the test moves forward (retries, mutes, digests without sleeping)."""

    def __init__(self) -> None:
        self.offset = timedelta()

    def __call__(self) -> datetime:
        return datetime.now(UTC) + self.offset

    def advance(self, **kw: float) -> None:
        self.offset += timedelta(**kw)


def post(channel: str, number: int, text: str, *claims: Claim, side: Side = Side.RU) -> tuple[Post, list[Claim]]:
    p = Post(
        "telegram",
        channel,
        str(number),
        text,
        datetime.now(UTC) - timedelta(minutes=1),
        side=side,
        speaker="Russian MoD",
        url=f"https://t.me/{channel}/{number}",
    )
    return p, list(claims)


def captured(s: Settlement, kind: Kind = Kind.CAPTURED, actor: Side = Side.RU, claimant: Side = Side.RU) -> Claim:
    return Claim(s.code, s.name, kind, actor, claimant, speaker="Russian MoD", quote=f"освобождён {s.name}")


@pytest.fixture
async def ledger(tmp_path: Path) -> AsyncIterator[Store]:
    store = await open_store(tmp_path / "ledger.sqlite3")
    store.set_planner(make_planner(PLACES, lambda: datetime.now(UTC)), timedelta(minutes=180))
    yield store
    await store.close()


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def sender(ledger: Store, bot: Bot, clock: Clock) -> Sender:
    return Sender(ledger, bot, PLACES, rate=500.0, clock=clock)


def messages(fake: FakeBotAPI, chat_id: int | None = None) -> list[Any]:
    return fake.sent("sendMessage", chat_id=chat_id)


async def states(store: Store, chat_id: int | None = None) -> list[str]:
    return [r["state"] for r in await store.outbox_rows(chat_id)]


# --- delivery --------------------------------------------------------------------------------------------------


async def test_subscriber_gets_exactly_one_alert_per_claim(ledger: Store, sender: Sender, fake: FakeBotAPI) -> None:
    await ledger.add_subscription(1, settlement=KLISH.code)
    await ledger.add_subscription(1, settlement=ANDR.code, radius_km=10)  # also covers Klishchiivka
    await ledger.add_subscription(2, settlement=ROBO.code)
    await ledger.add_post(*post("mod_russia", 10, "освобождены Клещеевка и Андреевка", captured(KLISH), captured(ANDR)))
    assert await sender.drain() == 2
    assert await sender.drain() == 0
    await ledger.add_post(*post("mod_russia", 10, "освобождены Клещеевка и Андреевка", captured(KLISH), captured(ANDR)))
    assert await sender.drain() == 0  # the same post again (restart, backfill) is not news
    sent = messages(fake, 1)
    assert len(sent) == 2 and messages(fake, 2) == []
    texts = "\n".join(m.text for m in sent)
    assert "Klishchiivka" in texts and "Andriivka" in texts and "Bakhmutskyi" in texts  # no language known: English
    assert '<a href="https://t.me/mod_russia/10">mod_russia</a>' in texts
    keyboard = sent[0].params["reply_markup"]["inline_keyboard"][0]
    assert keyboard[0]["callback_data"].startswith("m:UA14") and keyboard[1]["callback_data"].endswith(":0")
    assert await states(ledger) == ["sent", "sent"]
    assert all(r["message_id"] for r in await ledger.outbox_rows())


async def test_alert_in_the_subscribers_language(ledger: Store, sender: Sender, fake: FakeBotAPI) -> None:
    for chat_id, lang in ((1, "uk"), (2, "en"), (3, "ru")):
        await ledger.set_language(chat_id, lang)
        await ledger.add_subscription(chat_id, settlement=KLISH.code)
    await ledger.add_post(*post("mod_russia", 1, "освобождена Клещеевка", captured(KLISH)))
    await sender.drain()
    assert "повідомляє" in messages(fake, 1)[0].text and "Кліщіївка" in messages(fake, 1)[0].text
    assert "reports" in messages(fake, 2)[0].text and "Klishchiivka" in messages(fake, 2)[0].text
    assert "сообщает" in messages(fake, 3)[0].text


async def test_language_falls_back_to_the_one_subscribed_in(ledger: Store, sender: Sender, fake: FakeBotAPI) -> None:
    await ledger.add_subscription(1, settlement=KLISH.code, lang="ru")
    await ledger.set_muted_until(1, None)  # a users row without a language
    await ledger.add_post(*post("mod_russia", 1, "освобождена Клещеевка", captured(KLISH)))
    await sender.drain()
    assert "сообщает" in messages(fake, 1)[0].text


async def test_radius_and_area_subscriptions(ledger: Store, sender: Sender, fake: FakeBotAPI) -> None:
    await ledger.add_subscription(1, settlement=ANDR.code, radius_km=10)
    await ledger.add_subscription(2, settlement=ANDR.code, radius_km=2)
    await ledger.add_subscription(3, area_kind="raion", area_name="Бахмутський")
    await ledger.add_subscription(4, area_kind="oblast", area_name="Донецька")
    await ledger.add_subscription(5, area_kind="oblast", area_name="Запорізька")
    await ledger.add_post(*post("mod_russia", 1, "освобождена Клещеевка", captured(KLISH)))
    await sender.drain()
    assert sorted({m.chat_id for m in messages(fake)}) == [1, 3, 4]


async def test_same_claim_from_two_channels_one_message_plus_one_edit(
    ledger: Store, sender: Sender, fake: FakeBotAPI
) -> None:
    await ledger.add_subscription(1, settlement=KLISH.code)
    await ledger.add_post(*post("mod_russia", 1, "освобождена Клещеевка", captured(KLISH)))
    await sender.drain()
    await ledger.add_post(*post("rybar", 7, "Клещеевка взята", captured(KLISH)))
    await ledger.add_post(*post("rybar", 7, "Клещеевка взята", captured(KLISH)))  # seen twice: still one source
    await sender.drain()
    await sender.drain()
    assert len(messages(fake, 1)) == 1
    edits = fake.sent("editMessageText", chat_id=1)
    assert len(edits) == 1
    assert edits[0].params["message_id"] == messages(fake, 1)[0].params["_message_id"]
    assert "rybar" in edits[0].text and "mod_russia" in edits[0].text
    # a third channel: the same message is edited again, naming both later sources
    await ledger.add_post(*post("dva_majors", 3, "Клещеевка наша", captured(KLISH)))
    await sender.drain()
    edits = fake.sent("editMessageText", chat_id=1)
    assert len(messages(fake, 1)) == 1 and len(edits) == 2
    assert "rybar, dva_majors" in edits[1].text


async def test_same_claim_queued_twice_before_sending_is_one_message_naming_both(
    ledger: Store, sender: Sender, fake: FakeBotAPI
) -> None:
    await ledger.add_subscription(1, settlement=KLISH.code)
    await ledger.add_post(*post("mod_russia", 1, "освобождена Клещеевка", captured(KLISH)))
    await ledger.add_post(*post("rybar", 7, "Клещеевка взята", captured(KLISH)))
    await sender.drain()
    assert len(messages(fake, 1)) == 1 and fake.sent("editMessageText") == []
    assert "rybar" in messages(fake, 1)[0].text


async def test_a_different_claim_about_the_same_place_is_a_new_alert(
    ledger: Store, sender: Sender, fake: FakeBotAPI
) -> None:
    await ledger.add_subscription(1, settlement=KLISH.code)
    await ledger.add_post(*post("mod_russia", 1, "освобождена Клещеевка", captured(KLISH)))
    await ledger.add_post(
        *post(
            "GeneralStaffZSU",
            2,
            "відбито атаку біля Кліщіївки",
            captured(KLISH, Kind.REPELLED, Side.UA, Side.UA),
            side=Side.UA,
        )
    )
    await sender.drain()
    assert len(messages(fake, 1)) == 2


async def test_edited_post_alerts_again_only_when_its_claim_changed(
    ledger: Store, sender: Sender, fake: FakeBotAPI
) -> None:
    await ledger.add_subscription(1, settlement=KLISH.code)
    await ledger.add_post(*post("mod_russia", 5, "освобождена Клещеевка", captured(KLISH)))
    await sender.drain()
    await ledger.add_post(*post("mod_russia", 5, "освобождена Клещеевка (ДНР)", captured(KLISH)))  # typo fixed
    await sender.drain()
    assert len(messages(fake, 1)) == 1
    await ledger.add_post(*post("mod_russia", 5, "бои за Клещеевку", captured(KLISH, Kind.FIGHTING, Side.RU)))
    await sender.drain()
    sent = messages(fake, 1)
    assert len(sent) == 2 and "fighting reported" in sent[1].text


# --- failures --------------------------------------------------------------------------------------------------


async def test_retry_after_429_is_waited_out_and_sent_once(
    ledger: Store, sender: Sender, fake: FakeBotAPI, clock: Clock
) -> None:
    await ledger.add_subscription(1, settlement=KLISH.code)
    fake.fail(429, method="sendMessage", retry_after=1, times=1)
    await ledger.add_post(*post("mod_russia", 1, "освобождена Клещеевка", captured(KLISH)))
    await sender.drain()
    assert [c.status for c in fake.sent("sendMessage", ok_only=False)] == [429]
    [row] = await ledger.outbox_rows()
    assert row["state"] == "queued" and row["attempts"] == 1 and "RetryAfter" in row["error"]
    await sender.drain()
    assert messages(fake, 1) == []  # not before retry_after
    clock.advance(seconds=1.5)
    await sender.drain()
    assert [c.status for c in fake.sent("sendMessage", ok_only=False)] == [429, 200]
    assert await states(ledger) == ["sent"]


async def test_server_errors_back_off_then_succeed(
    ledger: Store, sender: Sender, fake: FakeBotAPI, clock: Clock
) -> None:
    await ledger.add_subscription(1, settlement=KLISH.code)
    fake.fail(500, method="sendMessage", times=2)
    await ledger.add_post(*post("mod_russia", 1, "освобождена Клещеевка", captured(KLISH)))
    await sender.drain()
    [row] = await ledger.outbox_rows()
    first_retry = datetime.fromisoformat(row["next_attempt_at"])
    assert row["attempts"] == 1 and first_retry > clock() + timedelta(seconds=1)  # backoff, not a hot loop
    clock.advance(seconds=3)
    await sender.drain()
    [row] = await ledger.outbox_rows()
    assert row["attempts"] == 2 and datetime.fromisoformat(row["next_attempt_at"]) - clock() > timedelta(seconds=2)
    clock.advance(seconds=6)
    await sender.drain()
    assert [c.status for c in fake.sent("sendMessage", ok_only=False)] == [500, 500, 200]
    assert await states(ledger) == ["sent"]


async def test_endless_server_errors_are_parked_not_retried_forever(
    ledger: Store, sender: Sender, fake: FakeBotAPI, clock: Clock
) -> None:
    await ledger.add_subscription(1, settlement=KLISH.code)
    fake.fail(502, method="sendMessage")
    await ledger.add_post(*post("mod_russia", 1, "освобождена Клещеевка", captured(KLISH)))
    for _ in range(MAX_ATTEMPTS + 3):
        await sender.drain()
        clock.advance(hours=1)
    assert len(fake.sent("sendMessage", ok_only=False)) == MAX_ATTEMPTS
    assert await states(ledger) == ["parked"]


async def test_forbidden_pauses_the_users_subscriptions(ledger: Store, sender: Sender, fake: FakeBotAPI) -> None:
    await ledger.add_subscription(7, settlement=KLISH.code)
    await ledger.add_subscription(8, settlement=KLISH.code)
    fake.fail(403, method="sendMessage", chat_id=7)
    await ledger.add_post(*post("mod_russia", 1, "освобождена Клещеевка", captured(KLISH)))
    await sender.drain()
    assert len(messages(fake, 8)) == 1 and messages(fake, 7) == []
    assert [s.paused for s in await ledger.subscriptions(7)] == [True]
    assert (await ledger.get_user(7)).blocked
    assert await states(ledger, 7) == ["parked"]
    await ledger.add_post(*post("mod_russia", 2, "бои за Клещеевку", captured(KLISH, Kind.FIGHTING)))
    await sender.drain()
    assert len(fake.sent("sendMessage", chat_id=7, ok_only=False)) == 1  # never tried again
    assert len(messages(fake, 8)) == 2
    assert await ledger.unblock_user(7)
    assert [s.paused for s in await ledger.subscriptions(7)] == [False]


async def test_malformed_row_is_parked_and_others_go(ledger: Store, sender: Sender, fake: FakeBotAPI) -> None:
    await ledger.add_subscription(1, settlement=KLISH.code)
    await ledger.add_subscription(2, settlement=KLISH.code)
    await ledger.add_post(*post("mod_russia", 1, "освобождена Клещеевка", captured(KLISH)))
    await ledger.db.execute('UPDATE outbox SET payload = \'{"kind": "bombed"\' WHERE chat_id = 1')
    await ledger.db.commit()
    await sender.drain()
    assert await states(ledger) == ["parked", "sent"]
    assert "malformed" in (await ledger.outbox_rows(1))[0]["error"]
    assert await sender.drain() == 0 and len(fake.sent(ok_only=False)) == 1


async def test_bad_request_is_parked(ledger: Store, sender: Sender, fake: FakeBotAPI) -> None:
    await ledger.add_subscription(1, settlement=KLISH.code)
    fake.fail(400, method="sendMessage", chat_id=1)
    await ledger.add_post(*post("mod_russia", 1, "освобождена Клещеевка", captured(KLISH)))
    await sender.drain()
    await sender.drain()
    assert await states(ledger) == ["parked"] and len(fake.sent(ok_only=False)) == 1


# --- exactly once across crashes and processes -----------------------------------------------------------------

CHILD = textwrap.dedent("""
    import asyncio, os, sys
    from datetime import UTC, datetime, timedelta
    from bot.core.alerts import make_planner
    from bot.models import Claim, Kind, Post, Settlement, Side
    from bot.storage import open_store

    KLISH = Settlement("UA14020010010000001", "C", "Кліщіївка", "Klishchiivka", "Донецька", "Бахмутський", "",
                       48.5285, 37.95)

    class Places:
        settlements = ()

        def get(self, code):
            return KLISH if code == KLISH.code else None

    async def main():
        store = await open_store(sys.argv[1])
        store.set_planner(make_planner(Places(), lambda: datetime.now(UTC)), timedelta(minutes=180))
        await store.add_subscription(1, settlement=KLISH.code)
        claim = Claim(KLISH.code, KLISH.name, Kind.CAPTURED, Side.RU, Side.RU, speaker="Russian MoD", quote="...")
        post = Post("telegram", "mod_russia", "42", "освобождена Клещеевка", datetime.now(UTC), side=Side.RU,
                    url="https://t.me/mod_russia/42")
        await store.add_post(post, [claim])
        print("stored", flush=True)
        await asyncio.sleep(3600)  # killed here, before any sending

    asyncio.run(main())
""")


async def kill_child_at(script: str, db: Path, line: str) -> int | None:
    """Run `script` on the ledger `db` in a process of its own, kill -9 it once it prints `line`; its exit code."""
    child = subprocess.Popen(
        [sys.executable, "-c", script, str(db)], stdout=subprocess.PIPE, text=True, cwd=Path(__file__).parents[1]
    )
    try:
        assert child.stdout is not None
        said = await asyncio.wait_for(asyncio.to_thread(child.stdout.readline), timeout=60)
        assert said.strip() == line
        os.kill(child.pid, signal.SIGKILL)
    finally:
        child.wait(timeout=30)
    return child.returncode


async def test_sigkill_between_storing_and_sending_then_restart_sends_once(
    tmp_path: Path, fake: FakeBotAPI, bot: Bot
) -> None:
    db = tmp_path / "crash.sqlite3"
    assert await kill_child_at(CHILD, db, "stored") == -signal.SIGKILL
    for _ in range(2):  # restart twice: the second run finds nothing to send
        store = await open_store(db)
        try:
            await Sender(store, bot, PLACES, rate=500.0).drain()
        finally:
            await store.close()
    sent = messages(fake, 1)
    assert len(sent) == 1 and "mod_russia/42" in sent[0].text


async def test_two_senders_on_one_file_never_send_a_row_twice(
    tmp_path: Path, ledger: Store, bot: Bot, fake: FakeBotAPI
) -> None:
    for chat_id in range(1, 61):
        await ledger.add_subscription(chat_id, settlement=KLISH.code)
    await ledger.add_post(*post("mod_russia", 1, "освобождена Клещеевка", captured(KLISH)))
    other = await open_store(ledger.path)  # a second process's connection (the watcher running `run`, say)
    try:
        one = Sender(ledger, bot, PLACES, rate=2000.0, batch=7)
        two = Sender(other, bot, PLACES, rate=2000.0, batch=7)
        await asyncio.gather(one.drain(), two.drain())
    finally:
        await other.close()
    chats = [m.chat_id for m in messages(fake)]
    assert sorted(chats) == list(range(1, 61))
    assert one.sent_count > 0 and two.sent_count > 0 and one.sent_count + two.sent_count == 60


async def test_a_sender_dying_mid_send_leaves_the_row_due_after_its_lease(
    ledger: Store, sender: Sender, fake: FakeBotAPI, clock: Clock
) -> None:
    await ledger.add_subscription(1, settlement=KLISH.code)
    await ledger.add_post(*post("mod_russia", 1, "освобождена Клещеевка", captured(KLISH)))
    claimed = await ledger.claim_due_alerts(clock(), 10, clock() + timedelta(minutes=5))  # then the process dies
    assert len(claimed) == 1
    await sender.drain()
    assert messages(fake) == []  # still leased to the dead sender
    clock.advance(minutes=6)
    await sender.drain()
    await sender.drain()
    assert len(messages(fake, 1)) == 1


# --- mute and digest -------------------------------------------------------------------------------------------


async def test_mute_defers_alerts_then_delivers_them_as_one_message(
    ledger: Store, sender: Sender, fake: FakeBotAPI, clock: Clock
) -> None:
    await ledger.add_subscription(1, settlement=KLISH.code)
    await ledger.add_subscription(1, settlement=ANDR.code)
    await ledger.add_subscription(2, settlement=KLISH.code)
    await ledger.set_muted_until(1, clock() + timedelta(hours=2))
    await ledger.add_post(*post("mod_russia", 1, "освобождена Клещеевка", captured(KLISH)))
    await ledger.add_post(*post("mod_russia", 2, "освобождена Андреевка", captured(ANDR)))
    await sender.drain()
    assert messages(fake, 1) == [] and len(messages(fake, 2)) == 1
    assert [r["held"] for r in await ledger.outbox_rows(1)] == [1, 1]
    clock.advance(hours=2, minutes=1)
    await sender.drain()
    [digest] = messages(fake, 1)
    assert "Klishchiivka" in digest.text and "Andriivka" in digest.text and "2" in digest.text
    assert await states(ledger, 1) == ["sent", "sent"]


async def test_digest_holds_alerts_until_the_digest_hour(
    ledger: Store, sender: Sender, fake: FakeBotAPI, clock: Clock
) -> None:
    await ledger.add_subscription(1, settlement=KLISH.code)
    await ledger.set_digest(1, True)
    await ledger.add_post(*post("mod_russia", 1, "освобождена Клещеевка", captured(KLISH)))
    await ledger.add_post(
        *post("GeneralStaffZSU", 2, "бої за Кліщіївку", captured(KLISH, Kind.FIGHTING, Side.UA, Side.UA), side=Side.UA)
    )
    await sender.drain()
    assert messages(fake, 1) == []
    due = next_digest(clock())
    assert {datetime.fromisoformat(r["next_attempt_at"]) for r in await ledger.outbox_rows(1)} == {due}
    clock.offset += due - clock() + timedelta(seconds=1)
    await sender.drain()
    [digest] = messages(fake, 1)
    assert "Klishchiivka" in digest.text and digest.text.count("Klishchiivka") == 2


async def test_mute_and_digest_commands(ledger: Store, fake: FakeBotAPI, clock: Clock) -> None:
    from bot.chat.application import build_application, running
    from bot.chat.state import BotData
    from bot.config import parse_config

    config = parse_config({"bot": {"token": fake.token, "base_url": fake.base_url}}, env={})
    app = build_application(BotData(config, PLACES, ledger, clock=clock), alerts=True)  # type: ignore[arg-type]
    async with running(app, poll_timeout=1):
        fake.push_message(5, "/mute 3")
        await fake.wait_for(lambda: messages(fake, 5))
        until = (await ledger.get_user(5)).muted_until
        assert until is not None and timedelta(hours=2.9) < until - clock() < timedelta(hours=3.1)
        assert "paused until" in messages(fake, 5)[0].text
        fake.push_message(5, "/mute lots")
        await fake.wait_for(lambda: len(messages(fake, 5)) == 2)
        assert "/mute" in messages(fake, 5)[1].text and (await ledger.get_user(5)).muted_until is not None
        fake.push_message(5, "/mute 0")
        await fake.wait_for(lambda: len(messages(fake, 5)) == 3)
        assert (await ledger.get_user(5)).muted_until is None
        fake.push_message(5, "/digest on", language_code="uk")
        await fake.wait_for(lambda: len(messages(fake, 5)) == 4)
        assert (await ledger.get_user(5)).digest and "дайджест" in messages(fake, 5)[3].text
        fake.push_message(5, "/digest off")
        await fake.wait_for(lambda: len(messages(fake, 5)) == 5)
        assert not (await ledger.get_user(5)).digest


# --- inside the bot --------------------------------------------------------------------------------------------


async def test_the_bot_application_runs_the_sender_job(tmp_path: Path, fake: FakeBotAPI) -> None:
    """`claimwatch bot`/`run`: the application runs the sender as a job; the watcher's store (shared in
    `run`) queues alerts, the job delivers them over the sender's own connection; /mute is a bot command."""
    from bot.chat.application import running
    from bot.config import parse_config
    from bot.deps import bot_application

    config = parse_config(
        {
            "storage": {"path": str(tmp_path / "bot.sqlite3")},
            "bot": {"token": fake.token, "base_url": fake.base_url},
            "alerts": {"send_interval_seconds": 0.1},
        }
    )
    store = await open_store(config.storage.path)
    try:
        app = bot_application(config, PLACES, store)  # type: ignore[arg-type]
        async with running(app, poll_timeout=1):
            assert store.planner is not None  # the planner is attached to the shared store
            await store.add_subscription(1, settlement=KLISH.code, lang="uk")
            await store.add_post(*post("mod_russia", 1, "освобождена Клещеевка", captured(KLISH)))
            await fake.wait_for(lambda: messages(fake, 1))
            assert "Кліщіївка" in messages(fake, 1)[0].text
            assert app.bot_data.sender.store is not store  # it sends over a connection of its own
            commands = fake.sent("setMyCommands")
            assert any("mute" in str(c.params.get("commands")) for c in commands)
            fake.push_message(1, "/mute 1")
            await fake.wait_for(lambda: len(messages(fake, 1)) == 2)
            assert (await store.get_user(1)).muted_until is not None
        assert [r["state"] for r in await store.outbox_rows()] == ["sent"]
    finally:
        await store.close()


async def test_print_bot_shows_alerts_offline(ledger: Store) -> None:
    from typing import cast

    from bot.chat.sender import PrintBot

    lines: list[str] = []
    await ledger.add_subscription(1, settlement=KLISH.code, lang="en")
    await ledger.add_post(*post("mod_russia", 1, "освобождена Клещеевка", captured(KLISH)))
    await Sender(ledger, cast(Bot, PrintBot(lines.append)), PLACES, rate=500.0).drain()
    assert len(lines) == 1 and "Klishchiivka" in lines[0] and "https://t.me/mod_russia/1" in lines[0]
    assert "<b>" not in lines[0]


async def test_a_200_reply_that_is_not_json_is_retried_with_backoff(
    ledger: Store, sender: Sender, fake: FakeBotAPI, clock: Clock
) -> None:
    """A proxy's HTML page with status 200 ("Invalid server response") is transient, like a 5xx: never parked."""
    await ledger.add_subscription(1, settlement=KLISH.code)
    fake.fail(200, method="sendMessage", times=2, body="<html><body>Bad gateway, try later</body></html>")
    await ledger.add_post(*post("mod_russia", 1, "освобождена Клещеевка", captured(KLISH)))
    await sender.drain()
    [row] = await ledger.outbox_rows()
    assert row["state"] == "queued" and row["attempts"] == 1
    assert datetime.fromisoformat(row["next_attempt_at"]) > clock() + timedelta(seconds=1)  # backoff, not a hot loop
    clock.advance(seconds=3)
    await sender.drain()
    clock.advance(seconds=6)
    await sender.drain()
    assert len(fake.sent("sendMessage", ok_only=False)) == 3 and len(messages(fake, 1)) == 1
    assert await states(ledger) == ["sent"]


HANGING_CHILD = textwrap.dedent("""
    import asyncio, sys
    from bot.chat.sender import Sender
    from bot.storage import open_store

    class Places:
        settlements = ()

        def get(self, code):
            return None

    class HangingBot:  # Telegram never answers: the process is killed in the middle of a send
        async def send_message(self, chat_id, text, **_):
            print("sending", flush=True)
            await asyncio.sleep(3600)

    async def main():
        store = await open_store(sys.argv[1])
        await Sender(store, HangingBot(), Places(), rate=500.0).drain()

    asyncio.run(main())
""")


async def test_a_restarted_sender_takes_back_a_killed_senders_leases_at_once(
    tmp_path: Path, ledger: Store, bot: Bot, fake: FakeBotAPI
) -> None:
    """kill -9 while a sender holds leased rows; the next sender sends them within seconds, not after the 5-minute
    lease, and each once."""
    for chat_id in (1, 2, 3):
        await ledger.add_subscription(chat_id, settlement=KLISH.code)
    await ledger.add_post(*post("mod_russia", 1, "освобождена Клещеевка", captured(KLISH)))
    await kill_child_at(HANGING_CHILD, ledger.path, "sending")
    rows = await ledger.outbox_rows()
    assert [r["state"] for r in rows] == ["queued"] * 3
    assert all(datetime.fromisoformat(r["next_attempt_at"]) > datetime.now(UTC) + timedelta(minutes=4) for r in rows)
    restarted = Sender(ledger, bot, PLACES, rate=500.0)
    await asyncio.wait_for(restarted.drain(), 10)
    assert sorted(m.chat_id for m in messages(fake)) == [1, 2, 3]
    assert await states(ledger) == ["sent"] * 3
    assert await restarted.drain() == 0


async def test_leases_of_a_live_or_unknown_owner_wait_and_a_clean_stop_gives_them_back(
    ledger: Store, bot: Bot, fake: FakeBotAPI, clock: Clock
) -> None:
    from bot.chat.leases import STALE_SECONDS, Liveness

    live = Liveness()
    now = clock()
    assert not live.is_dead(live.host, os.getpid(), now, now)  # another sender of this very process
    assert not live.is_dead("elsewhere", 4242, now - timedelta(seconds=STALE_SECONDS / 2), now)
    assert live.is_dead("elsewhere", 4242, now - timedelta(seconds=STALE_SECONDS + 1), now)  # heartbeat stale
    assert not live.is_dead(None, None, None, now)  # no heartbeat ever: the lease runs out by itself
    await ledger.add_subscription(1, settlement=KLISH.code)
    await ledger.add_post(*post("mod_russia", 1, "освобождена Клещеевка", captured(KLISH)))
    first = Sender(ledger, bot, PLACES, rate=500.0, clock=clock)
    await first.liveness.beat(ledger, clock())
    await ledger.claim_due_alerts(clock(), 10, clock() + timedelta(minutes=5), first.liveness.owner)
    second = Sender(ledger, bot, PLACES, rate=500.0, clock=clock)
    assert await second.drain() == 0  # its owner is alive: the lease holds
    await first.close()  # a clean stop gives the row back
    assert await second.drain() == 1 and len(messages(fake, 1)) == 1
