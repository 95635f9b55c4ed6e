"""End to end: the real PTB Application polls a fake Bot API server on 127.0.0.1, over a real SQLite store."""

from __future__ import annotations

import asyncio
import html
import logging
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from bot.chat.application import build_application, running
from bot.chat.state import BotData
from bot.config import parse_config
from bot.core.places import Gazetteer
from bot.core.timezone import KYIV
from bot.models import Claim, Kind, Post, Settlement, Side
from bot.storage import open_store
from tests.fakebotapi import Call, FakeBotAPI

ROBOTYNE = Settlement(
    "UA23060070020035463",
    "C",
    "Роботине",
    "Robotyne",
    "Запорізька",
    "Пологівський",
    "Малотокмачанська",
    47.4497,
    35.8392,
)
KLISH = Settlement(
    "UA14020010060070555", "C", "Кліщіївка", "Klishchiivka", "Донецька", "Бахмутський", "Бахмутська", 48.5272, 37.9679
)
ANDR_1 = Settlement(
    "UA14020010010064444", "C", "Андріївка", "Andriivka", "Донецька", "Бахмутський", "Бахмутська", 48.49, 37.95
)
ANDR_2 = Settlement(
    "UA63120010020039999", "C", "Андріївка", "Andriivka", "Харківська", "Ізюмський", "Балаклійська", 49.52, 36.88
)
ADMIN = 99
WAIT = 10.0


def tiny_gazetteer() -> Gazetteer:
    return Gazetteer.from_settlements([ROBOTYNE, KLISH, ANDR_1, ANDR_2])


@pytest.fixture(scope="session")
def gazetteer() -> Gazetteer:
    return tiny_gazetteer()


async def seed(store: Any) -> None:
    now = datetime.now(UTC)
    ua = Post(
        "telegram",
        "GeneralStaffZSU",
        "101",
        "Сили оборони звільнили Роботине",
        now - timedelta(days=3),
        side=Side.UA,
        speaker="General Staff",
        url="https://t.me/GeneralStaffZSU/101",
    )
    ru = Post(
        "telegram",
        "mod_russia",
        "202",
        "Атака на Работино отражена",
        now - timedelta(days=2),
        side=Side.RU,
        speaker="Russian MoD",
        url="https://t.me/mod_russia/202",
    )
    await store.add_post(
        ua,
        [
            Claim(
                ROBOTYNE.code,
                "Роботине",
                Kind.CAPTURED,
                Side.UA,
                Side.UA,
                speaker="General Staff",
                quote="Сили оборони звільнили Роботине",
            )
        ],
        "uk",
    )
    await store.add_post(
        ru,
        [
            Claim(
                ROBOTYNE.code,
                "Работино",
                Kind.REPELLED,
                Side.RU,
                Side.RU,
                speaker="Russian MoD",
                quote="Атака на Работино <отражена> & «точка»",
            )
        ],
        "ru",
    )


@dataclass
class Bot:
    fake: FakeBotAPI
    deps: BotData

    async def ask(self, user: int, text: str, lang: str | None = "en") -> Call:
        """Send a message as `user` and return the bot's next sendMessage to them."""
        before = len(self.fake.sent("sendMessage", chat_id=user))
        self.fake.push_message(user, text, language_code=lang)
        replies = await self.fake.wait_for(lambda: self.fake.sent("sendMessage", chat_id=user)[before:], WAIT)
        return replies[0]  # type: ignore[no-any-return]

    async def press(self, user: int, data: str, message: Call | None = None, method: str = "sendMessage") -> Call:
        """Press a button as `user`; the bot's next `method` call to them (answerCallbackQuery: to this press)."""
        before = len(self.fake.sent(method, chat_id=user))
        update_id = self.fake.push_callback(user, data, message)
        if method == "answerCallbackQuery":
            return await self.fake.wait_for(
                lambda: next(
                    (c for c in self.fake.sent(method) if c.params.get("callback_query_id") == f"cb{update_id}"), None
                ),
                WAIT,
            )  # type: ignore[no-any-return]
        calls = await self.fake.wait_for(lambda: self.fake.sent(method, chat_id=user)[before:], WAIT)
        return calls[0]  # type: ignore[no-any-return]


async def eventually(read: Callable[[], Awaitable[Any]], check: Callable[[Any], bool], timeout: float = WAIT) -> bool:
    """Re-read an async value until `check` holds (for state the bot writes after its reply is sent)."""
    async with asyncio.timeout(timeout):
        while not check(await read()):
            await asyncio.sleep(0.01)
    return True


def buttons(call: Call) -> list[tuple[str, str]]:
    markup = call.params.get("reply_markup") or {}
    return [(b["text"], b.get("callback_data", "")) for row in markup.get("inline_keyboard", []) for b in row]


@pytest.fixture
async def bot(tmp_path: Path, gazetteer: Gazetteer) -> AsyncIterator[Bot]:
    fake = FakeBotAPI()
    await fake.start()
    config = parse_config(
        {
            "storage": {"path": str(tmp_path / "claims.sqlite3")},
            "bot": {"token": fake.token, "base_url": fake.base_url, "admins": [ADMIN]},
            "channels": [
                {"name": "GeneralStaffZSU", "side": "ua", "speaker": "General Staff"},
                {"name": "mod_russia", "side": "ru", "speaker": "Russian MoD"},
            ],
        },
        env={},
    )
    store = await open_store(config.storage.path)
    await seed(store)
    deps = BotData(config=config, gazetteer=gazetteer, store=store)
    app = build_application(deps)
    try:
        async with running(app, poll_timeout=1):
            yield Bot(fake, deps)
    finally:
        await store.close()
        await fake.stop()


async def test_start_and_commands_in_every_language(bot: Bot) -> None:
    reply = await bot.ask(1, "/start")
    assert "/status" in reply.text and "Robotyne" in reply.text
    commands = bot.fake.sent("setMyCommands")
    assert {c.params.get("language_code") for c in commands} >= {"uk", "en", "ru"}
    uk = next(c for c in commands if c.params.get("language_code") == "uk")
    assert any(cmd["command"] == "status" and "стан" in cmd["description"] for cmd in uk.params["commands"])


async def test_status_answers_with_both_sides_and_map(bot: Bot) -> None:
    reply = await bot.ask(2, "/status Robotyne")
    text = reply.text
    assert "<b>Robotyne</b> — Polohivskyi raion, Zaporizka oblast" in text
    assert "Reported: contested" in text and "not verified" in text
    assert "⚠️ The sides contradict each other." in text
    assert "Ukrainian forces captured it" in text and "General Staff" in text
    assert '<a href="https://t.me/GeneralStaffZSU/101">' in text
    assert "Russian forces repelled an attack" in text and "https://t.me/mod_russia/202" in text
    assert "&lt;отражена&gt; &amp;" in text  # quotes from sources are escaped
    assert reply.params["parse_mode"] == "HTML"
    data = dict(buttons(reply))
    assert "📍 Map" in data
    location = await bot.press(2, data["📍 Map"], reply, method="sendLocation")
    assert float(location.params["latitude"]) == pytest.approx(47.4497)
    history = await bot.press(2, data["🕓 History"], reply)  # a new message: the status stays on screen
    assert "History: Robotyne" in history.text
    assert not bot.fake.sent("editMessageText", chat_id=2)


async def test_plain_question_in_ukrainian(bot: Bot) -> None:
    reply = await bot.ask(3, "що з Роботиним?", lang="uk")
    assert "<b>Роботине</b>" in reply.text and "Запорізька область" in reply.text


async def test_no_claims_yet(bot: Bot) -> None:
    reply = await bot.ask(4, "/status Klishchiivka")
    assert "No claims recorded yet" in reply.text


async def test_ambiguous_place_is_picked_by_button(bot: Bot) -> None:
    reply = await bot.ask(5, "/status Andriivka")
    options = buttons(reply)
    assert len(options) == 2
    assert {label for label, _ in options} == {
        "Andriivka (Bakhmutskyi raion, Donetska oblast)",
        "Andriivka (Iziumskyi raion, Kharkivska oblast)",
    }
    data = next(d for label, d in options if "Kharkivska" in label)
    assert len(data.encode()) < 64
    picked = await bot.press(5, data, reply)
    assert "Iziumskyi raion, Kharkivska oblast" in picked.text


async def test_a_clear_misspelling_is_answered_and_said(bot: Bot) -> None:
    """A clear single best fuzzy match is shown directly, saying so; one shared by namesakes lists them."""
    reply = await bot.ask(6, "/status Klishchivka")
    assert reply.text.startswith("🔎 Showing Klishchiivka for «Klishchivka».")
    assert "<b>Klishchiivka</b> — Bakhmutskyi raion, Donetska oblast" in reply.text
    listed = await bot.ask(6, "/status Andrivka")
    assert "No place is called «Andrivka»; showing places named Andriivka." in listed.text
    assert len([label for label, _ in buttons(listed) if label.startswith("Andriivka (")]) == 2
    nothing = await bot.ask(6, "/status Zzyzxqw")
    assert "I don't know a settlement called «Zzyzxqw»" in nothing.text


async def test_html_injection_is_escaped(bot: Bot) -> None:
    reply = await bot.ask(7, '/status <b>x</b><script>alert("1")</script>')
    assert "<script>" not in reply.text and "<b>x</b>" not in reply.text
    assert "&lt;script&gt;" in reply.text
    plain = await bot.ask(7, "<i>hello</i> & <a href='x'>")
    assert "<i>hello" not in plain.text and "<a href='x'>" not in plain.text


async def test_subscribe_list_and_unsubscribe(bot: Bot) -> None:
    store: Any = bot.deps.store
    reply = await bot.ask(8, "/subscribe Robotyne")
    assert "Subscribed: Robotyne." in reply.text
    too_far = await bot.ask(8, "/subscribe Klishchiivka 500 km")
    assert too_far.text == "The radius must be between 1 and 100 km."
    reply = await bot.ask(8, "/subscribe Klishchiivka 15")
    assert "within 15 km of Klishchiivka" in reply.text
    subs = await store.subscriptions(8)
    assert {(s.settlement, s.radius_km) for s in subs} == {(ROBOTYNE.code, None), (KLISH.code, 15)}
    listing = await bot.ask(8, "/subscriptions")
    assert "Robotyne" in listing.text and "15 km" in listing.text
    remove = next(d for label, d in buttons(listing) if "Klishchiivka" in label)
    edited = await bot.press(8, remove, listing, method="editMessageText")
    assert "Unsubscribed" in edited.text
    assert [s.settlement for s in await store.subscriptions(8)] == [ROBOTYNE.code]
    gone = await bot.ask(8, "/unsubscribe Robotyne")
    assert "Unsubscribed: Robotyne." in gone.text
    assert await store.subscriptions(8) == []
    # someone else's subscription id cannot be removed by a forged button
    await bot.ask(9, "/subscribe Robotyne")
    [theirs] = await store.subscriptions(9)
    answer = await bot.press(8, f"u:{theirs.id}", method="answerCallbackQuery")
    assert answer.params.get("text") == "This button is no longer valid."
    assert len(await store.subscriptions(9)) == 1


async def test_subscribe_to_an_area(bot: Bot) -> None:
    store: Any = bot.deps.store
    reply = await bot.ask(19, "/subscribe Донецька область")
    assert reply.text == "🔔 Subscribed: Donetska oblast."
    reply = await bot.ask(19, "/subscribe Бахмутський район", lang="uk")
    assert reply.text == "🔔 Підписка: Бахмутський район ✅"  # the name in the nominative, never declined
    subs = await store.subscriptions(19)
    assert {(s.area_kind, s.area_name) for s in subs} == {("oblast", "Донецька"), ("raion", "Бахмутський")}
    assert subs[0].lang == "en" and subs[1].lang == "uk"  # alerts come in the language of the subscriber


async def test_inline_query_lists_places_with_a_status_line(bot: Bot) -> None:
    bot.fake.push_inline(10, "Klish")
    [answer] = await bot.fake.wait_for(lambda: bot.fake.sent("answerInlineQuery"), WAIT)
    [result] = answer.params["results"]
    assert result["title"] == "Klishchiivka (Bakhmutskyi raion, Donetska oblast)"
    assert "no claims yet" in result["description"]
    bot.fake.push_inline(10, "Robot")
    answer = (await bot.fake.wait_for(lambda: bot.fake.sent("answerInlineQuery")[1:], WAIT))[0]
    results = answer.params["results"]
    assert results[0]["title"].startswith("Robotyne")
    assert results[0]["description"].startswith("Reported: contested · Russian forces repelled an attack")
    assert "<b>Robotyne</b>" in results[0]["input_message_content"]["message_text"]


async def test_language_switch_is_stored(bot: Bot) -> None:
    english = await bot.ask(11, "/status Robotyne", lang="en")
    assert "Reported:" in english.text
    switched = await bot.ask(11, "/lang uk")
    assert switched.text == "Мова: українська."
    ukrainian = await bot.ask(11, "/status Robotyne", lang="en")
    assert "За заявами" in ukrainian.text
    assert await bot.deps.store.get_language(11) == "uk"  # type: ignore[union-attr]
    menu = await bot.ask(11, "/lang")
    ru = next(d for label, d in buttons(menu) if label == "Русский")
    picked = await bot.press(11, ru, menu)
    assert picked.text == "Язык: русский."


async def test_forbidden_user_does_not_stop_the_bot(bot: Bot, caplog: pytest.LogCaptureFixture) -> None:
    await bot.ask(12, "/subscribe Robotyne")
    bot.fake.fail(403, method="sendMessage", chat_id=12)
    with caplog.at_level(logging.WARNING):
        bot.fake.push_message(12, "/status Robotyne")
        await bot.fake.wait_for(lambda: bot.fake.sent("sendMessage", chat_id=12, ok_only=False), WAIT)
        reply = await bot.ask(13, "/status Robotyne")
    assert "<b>Robotyne</b>" in reply.text
    assert any("forbidden" in r.getMessage().lower() for r in caplog.records)
    store: Any = bot.deps.store
    assert await eventually(lambda: store.subscriptions(12), lambda subs: subs[0].paused)  # no alerts when blocked
    bot.fake.failures.clear()
    await bot.ask(12, "/start")  # back again: alerts resume
    assert await eventually(lambda: store.subscriptions(12), lambda subs: not subs[0].paused)


async def test_a_user_blocking_the_bot_is_handled_as_the_alert_sender_handles_it(bot: Bot) -> None:
    """One policy for Forbidden, whether a reply or an alert meets it: the user is marked blocked, their
    subscriptions paused and their queued alerts parked; /start brings them back."""
    store: Any = bot.deps.store
    await bot.ask(14, "/subscribe Robotyne")
    await store.db.execute(
        "INSERT INTO outbox (chat_id, claim_id, subscription_id, settlement, dedupe_key, source, payload, state,"
        " next_attempt_at, created_at) SELECT 14, 1, id, settlement, 'k', 's', '{}', 'queued', '2999-01-01', "
        "'2024-01-01' FROM subscriptions WHERE chat_id = 14"
    )
    await store.db.commit()
    bot.fake.fail(403, method="sendMessage", chat_id=14)
    bot.fake.push_message(14, "/status Robotyne")
    await bot.fake.wait_for(lambda: bot.fake.sent("sendMessage", chat_id=14, ok_only=False)[1:], WAIT)
    assert await eventually(lambda: store.get_user(14), lambda user: user.blocked)
    assert [r["state"] for r in await store.outbox_rows(14)] == ["parked"]
    bot.fake.failures.clear()
    await bot.ask(14, "/start")
    assert await eventually(lambda: store.get_user(14), lambda user: not user.blocked)
    assert not (await store.subscriptions(14))[0].paused


async def test_hostile_callback_data_is_refused(bot: Bot) -> None:
    for data in ("s:../../etc", "x:1", "h:UA23060070020035463:99999999", "s:" + "A" * 70, "u:1; DROP TABLE"):
        answer = await bot.press(14, data, method="answerCallbackQuery")
        assert answer.params.get("text") == "This button is no longer valid."
    reply = await bot.ask(14, "/status Robotyne")  # still working
    assert "<b>Robotyne</b>" in reply.text


async def test_one_users_answers_come_in_order(bot: Bot) -> None:
    before = len(bot.fake.sent("sendMessage", chat_id=22))
    for text in ("/status Andriivka", "/sources", "/status Robotyne", "/lang uk", "/sources"):
        bot.fake.push_message(22, text)
    replies = await bot.fake.wait_for(
        lambda: (
            bot.fake.sent("sendMessage", chat_id=22)[before:][4:] and bot.fake.sent("sendMessage", chat_id=22)[before:]
        ),
        WAIT,
    )
    texts = [c.text for c in replies]
    assert texts[0].startswith("2 places match") and "Watched sources" in texts[1]
    assert "<b>Robotyne</b>" in texts[2] and texts[3] == "Мова: українська." and "Джерела" in texts[4]


async def test_flooding_user_is_slowed_others_not(bot: Bot) -> None:
    for _ in range(20):
        bot.fake.push_message(15, "/sources")
    other = await bot.ask(16, "/sources")
    assert "t.me/GeneralStaffZSU" in other.text
    await bot.fake.wait_for(lambda: any("too fast" in c.text for c in bot.fake.sent("sendMessage", chat_id=15)), WAIT)
    to_flooder = bot.fake.sent("sendMessage", chat_id=15)
    assert sum("too fast" in c.text for c in to_flooder) == 1
    assert len(to_flooder) < 20


async def test_handler_error_is_answered_politely(bot: Bot, caplog: pytest.LogCaptureFixture) -> None:
    store = bot.deps.store
    bot.deps.store = None  # type: ignore[assignment]  # the ledger vanishes under the handler
    try:
        with caplog.at_level(logging.ERROR):
            reply = await bot.ask(17, "/recent")
    finally:
        bot.deps.store = store
    assert reply.text == "Sorry, something went wrong. Please try again later."
    assert any("handler failed" in r.getMessage() for r in caplog.records)
    assert "Newest claims" in (await bot.ask(17, "/recent")).text


async def test_history_and_stats(bot: Bot) -> None:
    history = await bot.ask(18, "/history Robotyne")
    assert "History: Robotyne" in history.text and history.text.count("🇺🇦") + history.text.count("🇷🇺") == 2
    refused = await bot.ask(18, "/stats")
    assert refused.text == "This command is for admins."
    stats = await bot.ask(ADMIN, "/stats")
    assert "Statistics" in stats.text and "claims" in stats.text


def test_flood_gate_token_bucket() -> None:
    from bot.chat.flood import FloodGate

    gate = FloodGate(burst=2, rate=1.0)
    assert [gate.allow(1, 0.0) for _ in range(4)] == [(True, False), (True, False), (False, True), (False, False)]
    assert gate.allow(2, 0.0) == (True, False)  # another user is not affected
    assert gate.allow(1, 1.0) == (True, False)  # refilled after a second


async def test_serve_runs_bot_and_watcher_until_stopped(tmp_path: Path, gazetteer: Gazetteer) -> None:
    """`claimwatch run`: watcher and bot in one loop; the store is opened and closed by serve()."""
    from bot.deps import serve

    fake = FakeBotAPI()
    await fake.start()
    config = parse_config(
        {"storage": {"path": str(tmp_path / "run.sqlite3")}, "bot": {"token": fake.token, "base_url": fake.base_url}},
        env={},
    )
    stop = asyncio.Event()
    task = asyncio.create_task(serve(config, gazetteer, with_watcher=True, stop=stop, poll_timeout=1))
    wal = tmp_path / "run.sqlite3-wal"  # SQLite keeps it while a connection is open and removes it at the last close
    try:
        fake.push_message(20, "/status Robotyne")
        [reply] = await fake.wait_for(lambda: fake.sent("sendMessage", chat_id=20), WAIT)
        assert "No claims recorded yet" in reply.text
        assert wal.exists()
    finally:
        stop.set()
        await asyncio.wait_for(task, WAIT)
        await fake.stop()
    assert not wal.exists()  # closed on the way out
    assert (tmp_path / "run.sqlite3").exists()


async def test_history_pages_by_button_and_long_answers_split(bot: Bot) -> None:
    store: Any = bot.deps.store
    start = datetime.now(UTC) - timedelta(days=40)
    for i in range(20):
        post = Post(
            "telegram",
            "GeneralStaffZSU",
            str(1000 + i),
            f"Бої біля Кліщіївки {i}",
            start + timedelta(days=i),
            side=Side.UA,
            speaker="General Staff",
            url=f"https://t.me/GeneralStaffZSU/{1000 + i}",
        )
        quote = f"{i} " + "Тривають важкі бої біля Кліщіївки, противник штурмує позиції " * 3
        await store.add_post(
            post,
            [Claim(KLISH.code, "Кліщіївка", Kind.FIGHTING, None, Side.UA, speaker="General Staff", quote=quote)],
            "uk",
        )
    first = await bot.ask(21, "/history Klishchiivka")
    assert "(page 1 of 3)" in first.text and "https://t.me/GeneralStaffZSU/1019" in first.text
    older = dict(buttons(first))["Older ▶"]
    second = await bot.press(21, older, first, method="editMessageText")
    assert "(page 2 of 3)" in second.text and "https://t.me/GeneralStaffZSU/1011" in second.text
    assert {label for label, _ in buttons(second)} == {"◀ Newer", "Older ▶"}
    # /recent lists many long claims: sent as several messages, each under Telegram's limit, buttons on none
    before = len(bot.fake.sent("sendMessage", chat_id=21))
    bot.fake.push_message(21, "/recent")
    bot.fake.push_message(21, "/sources")  # one user's updates are answered in order: /recent is complete before
    replies = await bot.fake.wait_for(
        lambda: (
            (r := bot.fake.sent("sendMessage", chat_id=21)[before:]) and "t.me/GeneralStaffZSU —" in r[-1].text and r
        ),
        WAIT,
    )
    parts = replies[:-1]
    assert len(parts) == 2 and "Newest claims" in parts[0].text
    assert sum(c.text.count("\n🇺🇦 ") + c.text.count("\n🇷🇺 ") + c.text.startswith("🇺🇦") for c in parts) == 15
    assert all(len(c.text) <= 4096 for c in parts)


def test_cli_bot_without_token_is_one_line_and_exit_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from bot.cli import main

    monkeypatch.delenv("CLAIMWATCH_BOT_TOKEN", raising=False)
    config = tmp_path / "c.toml"
    config.write_text(f'[storage]\npath = "{tmp_path / "x.sqlite3"}"\n', encoding="utf-8")
    for command in ("bot", "run"):
        assert main([command, "--config", str(config)]) == 1
        assert capsys.readouterr().err.strip().splitlines()[-1] == (
            "claimwatch: bot.token: missing (set it in the config or env CLAIMWATCH_BOT_TOKEN)"
        )


async def test_several_places_come_as_one_message_each(bot: Bot) -> None:
    before = len(bot.fake.sent("sendMessage", chat_id=31))
    bot.fake.push_message(31, "who controls Robotyne and Klishchiivka?", language_code="en")
    calls = await bot.fake.wait_for(
        lambda: (c := bot.fake.sent("sendMessage", chat_id=31)[before:]) and len(c) >= 2 and c, WAIT
    )
    assert "<b>Robotyne</b>" in calls[0].text and "<b>Klishchiivka</b>" in calls[1].text
    assert "Reported: contested" in calls[0].text
    assert "Both sides' latest claims disagree." in html.unescape(calls[0].text)
    assert [label for label, _ in buttons(calls[1])] == ["📍 Map", "🕓 History", "🔔 Subscribe"]


async def test_status_as_of_a_day_in_the_chat(bot: Bot) -> None:
    three_days_ago = (datetime.now(UTC) - timedelta(days=3)).astimezone(KYIV).date()
    reply = await bot.ask(32, f"/status Роботине {three_days_ago:%d.%m.%Y}", lang="uk")
    assert f"🗓 Станом на {three_days_ago:%d.%m.%Y}" in reply.text
    assert "Російська сторона</b>: нічого не записано" in reply.text  # ru spoke a day later
    assert "За заявами: під контролем України" in reply.text


async def test_subscriptions_page_through_buttons(bot: Bot) -> None:
    for km in range(1, 24):
        await bot.deps.store.add_subscription(33, settlement=KLISH.code, radius_km=km)
    listing = await bot.ask(33, "/subscriptions")
    labels = [label for label, _ in buttons(listing)]
    assert len(labels) == 11 and labels[-1] == "More ▶" and "Page 1 of 3." in listing.text
    page2 = await bot.press(33, dict(buttons(listing))["More ▶"], listing, method="editMessageText")
    assert "Page 2 of 3." in page2.params["text"]
    assert {"◀ Back", "More ▶"} <= {label for label, _ in buttons(page2)}


async def test_an_area_overview_through_the_bot(bot: Bot) -> None:
    reply = await bot.ask(34, "/status Запорізька область", lang="ru")
    assert reply.text.startswith("<b>Запорізька область</b>: населённые пункты с заявлениями, сначала новые")
    assert "🇷🇺 <b>Роботине</b> — спорный: Российские войска: отбили атаку" in reply.text
    [(label, data)] = buttons(reply)
    assert label.startswith("Роботине (") and data == f"s:{ROBOTYNE.code}"
    status = await bot.press(34, data, reply)
    assert "Reported: contested" in status.text  # the press comes from an English client


async def test_a_long_query_is_echoed_capped_in_one_message(bot: Bot) -> None:
    before = len(bot.fake.sent("sendMessage", chat_id=35))
    reply = await bot.ask(35, "/status " + "<" * 5000)
    await asyncio.sleep(0.3)
    assert len(bot.fake.sent("sendMessage", chat_id=35)) == before + 1  # was nine messages
    assert len(reply.text) < 400 and "&lt;" * 50 in reply.text and "…»" in reply.text
