"""Questions people really type, through `claimwatch chat` (the bot's answers in a terminal) over a real SQLite
ledger: several places at once, typos, area words, an area overview, long lists paged, the echo capped,
subscriptions paged and capped, /mute and /digest."""

from __future__ import annotations

import asyncio
import io
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.chat.console import chat
from bot.chat.state import BotData
from bot.config import parse_config
from bot.core.places import Gazetteer
from bot.core.present.names import transliterate
from bot.models import Claim, Kind, Post, Settlement, Side
from bot.storage import Store, open_store
from tests.gazetteer_fixture import SETTLEMENTS, tiny_gazetteer

BY_NAME = {s.name: s for s in SETTLEMENTS}
NOW = datetime(2026, 11, 24, 12, 0, tzinfo=UTC)


async def seed(store: Store) -> None:
    """ua captured Кліщіївка; ru says Авдіївка is its; ua reports fighting near Мар'їнка; ru took Андріївка."""
    items = [
        ("Кліщіївка", Side.UA, Kind.CAPTURED, Side.UA, 3),
        ("Авдіївка", Side.RU, Kind.CAPTURED, Side.RU, 2),
        ("Мар’їнка", Side.UA, Kind.FIGHTING, None, 1),
        ("Роботине", Side.UA, Kind.CAPTURED, Side.UA, 5),
    ]
    for n, (name, side, kind, actor, days) in enumerate(items, start=1):
        s = BY_NAME[name]
        post = Post(
            "telegram",
            f"chan_{side.value}",
            str(n),
            f"post {n}",
            NOW - timedelta(days=days),
            side=side,
            speaker="General Staff" if side is Side.UA else "Russian MoD",
            url=f"https://t.me/chan/{n}",
        )
        await store.add_post(post, [Claim(s.code, s.name, kind, actor, side, post.speaker, f"quote {n}")])


async def run_chat(tmp_path: Path, lines: list[str], lang: str = "en", gazetteer: Gazetteer | None = None) -> str:
    config = parse_config({"storage": {"path": str(tmp_path / "q.sqlite3")}}, env={})
    out: list[str] = []
    async with await open_store(config.storage.path) as store:
        await seed(store)
        data = BotData(config, gazetteer or tiny_gazetteer(), store, clock=lambda: NOW)
        code = await chat(data, io.StringIO("\n".join(lines) + "\n"), out.append, lang=lang, now=lambda: NOW)
    assert code == 0
    return "\n".join(out)


async def test_several_places_in_one_question_answer_each(tmp_path: Path) -> None:
    out = await run_chat(tmp_path, ["/status Авдіївка і Мар’їнка"], lang="uk")
    assert "Авдіївка — Покровський район, Донецька область" in out
    assert "Мар’їнка — Покровський район, Донецька область" in out
    assert "За заявами: під контролем Росії" in out and "За заявами: тривають бої" in out
    english = await run_chat(tmp_path / "en", ["Avdiivka and Marinka?"])
    assert "Avdiivka — Pokrovskyi raion" in english and "Marinka — Pokrovskyi raion" in english


async def test_a_cyrillic_typo_is_answered_with_what_it_was_taken_for(tmp_path: Path) -> None:
    out = await run_chat(tmp_path, ["/status Бахмуд", "/status Klishchivka"], lang="uk")
    assert "🔎 Показую: Бахмут (за запитом «Бахмуд»)." in out
    assert "Бахмут — Бахмутський район, Донецька область" in out
    assert "🔎 Показую: Кліщіївка (за запитом «Klishchivka»)." in out
    assert "Не знаю" not in out


async def test_an_area_word_narrows_the_namesakes(tmp_path: Path) -> None:
    out = await run_chat(tmp_path, ["/status Андріївка, Бердянський", "/status Andriivka Краматорський район"])
    assert "Andriivka — Berdianskyi raion, Zaporizka oblast" in out
    assert "Andriivka — Kramatorskyi raion, Donetska oblast" in out
    assert "places match" not in out


async def test_an_ambiguous_list_has_claimed_places_first_in_every_language(tmp_path: Path) -> None:
    """The three Андріївка of the fixture: the same order in every language (no claims: the resolver's)."""
    orders = []
    for lang, query in (("uk", "Андріївка"), ("ru", "Андреевка"), ("en", "Andriivka")):
        out = await run_chat(tmp_path / lang, [f"/status {query}"], lang=lang)
        raions = [line.split("(")[1].split(" ")[0] for line in out.splitlines() if line.startswith("  [")]
        orders.append([transliterate(r)[:5].lower() for r in raions])
    assert orders[0] == orders[1] == orders[2] and len(orders[0]) == 3


async def test_an_area_overview_newest_first(tmp_path: Path) -> None:
    out = await run_chat(tmp_path, ["/status Донецька область"], lang="uk")
    lines = out.splitlines()
    title = next(i for i, line in enumerate(lines) if line.startswith("Донецька область: населені пункти"))
    listed = [line.split(" — ")[0][3:] for line in lines[title + 1 : title + 4]]
    assert listed == ["Мар’їнка", "Авдіївка", "Кліщіївка"]  # newest claim first; Роботине is in Zaporizhzhia
    assert "Авдіївка — під контролем Росії" in out and "Мар’їнка — тривають бої" in out
    assert "[1] Мар’їнка (Покровський район, Донецька область)" in out
    raion = await run_chat(tmp_path / "r", ["/status Бахмутський район"])
    assert "Bakhmutskyi raion: settlements with claims" in raion and "Klishchiivka — under Ukrainian control" in raion


async def test_long_lists_are_paged_with_a_more_button(tmp_path: Path) -> None:
    many = [
        Settlement(f"UA1402001{n:03d}0000001", "C", "Нове", "Nove", "Донецька", "Бахмутський", f"Громада{n}")
        for n in range(20)
    ]
    gaz = Gazetteer.from_settlements([*many, BY_NAME["Кліщіївка"]])
    out = await run_chat(tmp_path, ["/status Nove", "9", "10"], gazetteer=gaz)  # More, then More again
    assert "20 places match «Nove» (1–8 shown" in out and "(9–16 shown" in out and "(17–20 shown" in out
    assert "[9] ◀ Back\n  [10] More ▶" in out and "Hromada19 hromada" in out


async def test_what_users_type_is_echoed_capped(tmp_path: Path) -> None:
    out = await run_chat(tmp_path, ["/status " + "<" * 5000])
    assert out.count("<") < 100 and "…»" in out


async def test_subscriptions_are_paged_and_capped(tmp_path: Path) -> None:
    lines = [f"/subscribe Кліщіївка {km}" for km in range(1, 56)] + ["/subscriptions"]
    out = await run_chat(tmp_path, lines)
    assert out.count("🔔 Subscribed: everything within") == 50
    assert "You already have 50 subscriptions, the most one chat can have." in out
    listing = out[out.rindex("Your subscriptions") :]
    assert "Your subscriptions (50)" in listing and "Page 1 of 5." in listing
    assert listing.count("✖") == 10 and "More ▶" in listing


async def test_mute_and_digest_in_the_terminal_chat(tmp_path: Path) -> None:
    out = await run_chat(tmp_path, ["/mute 2", "/digest on", "/mute 0"], lang="uk")
    assert "Сповіщення призупинено до 24.11.2026 16:00 за Києвом." in out
    assert "раз на день о 09:00 за Києвом" in out
    assert "Сповіщення відновлено." in out


async def test_the_chat_says_numbers_press_buttons(tmp_path: Path) -> None:
    out = await run_chat(tmp_path, [])
    assert "type the number to press one" in out


async def test_sources_stats_and_recent_tell_what_the_ledger_holds(tmp_path: Path) -> None:
    """No channels configured, but the ledger cites two sources and the register: /sources names them, /stats
    counts register entries apart from posts, /recent says who claims."""
    config = parse_config({"storage": {"path": str(tmp_path / "s.sqlite3")}}, env={})
    out: list[str] = []
    async with await open_store(config.storage.path) as store:
        await seed(store)
        klish = BY_NAME["Кліщіївка"]
        entry = Post("register", "register", "occupied:x:start", "Перелік 376", NOW - timedelta(days=900), side=Side.UA)
        await store.add_post(entry, [Claim(klish.code, klish.name, Kind.CAPTURED, Side.RU, Side.UA, when="2024-06-01")])
        assert (await store.counts())["posts"] == 4  # what doctor prints too
        data = BotData(config, tiny_gazetteer(), store, clock=lambda: NOW)
        lines = io.StringIO("/sources\n/stats\n/recent\n")
        assert await chat(data, lines, out.append, lang="en", now=lambda: NOW) == 0
    text = "\n".join(out)
    assert "No sources are configured" not in text
    assert "• chan_ua — Ukrainian side, 3 posts, latest 2026-11-23 14:00 Kyiv time" in text
    assert "• official register (Order 376) — 1 dated entries" in text
    assert "posts: 4" in text and "register entries (Order 376): 1" in text
    assert "🇷🇺 Avdiivka — Russian side: Russian forces captured it" in text


async def test_claimwatch_chat_with_the_bundled_gazetteer(
    tmp_path: Path, gazetteer: Gazetteer, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The real command over the whole gazetteer: several places, a Cyrillic typo, an oblast word, an area."""
    from bot.cli import main

    cfg = tmp_path / "c.toml"
    cfg.write_text('[storage]\npath = "q.sqlite3"\n', encoding="utf-8")
    async with await open_store(tmp_path / "q.sqlite3") as store:
        bakhmut = gazetteer.lookup("Бахмут", 1)[0].settlement
        post = Post(
            "telegram", "mod_russia", "1", "x", NOW, side=Side.RU, speaker="Russian MoD", url="https://t.me/m/1"
        )
        await store.add_post(post, [Claim(bakhmut.code, "Бахмут", Kind.CAPTURED, Side.RU, Side.RU, "Russian MoD")])
    questions = ["/status Бахмут і Соледар", "/status Бахмуд", "/status New York Donetsk", "/status Донецька область"]
    monkeypatch.setattr("sys.stdin", io.StringIO("\n".join(questions) + "\n"))
    assert await asyncio.to_thread(main, ["chat", "--config", str(cfg), "--lang", "uk"]) == 0
    out = capsys.readouterr().out
    assert "Бахмут — Бахмутський район, Донецька область" in out and "Соледар — Бахмутський район" in out
    assert "За заявами: під контролем Росії" in out and "Від 24.11.2026 про нього повідомляла лише російська" in out
    assert "🔎 Показую: Бахмут (за запитом «Бахмуд»)." in out
    assert "Нью-Йорк — Бахмутський район, Донецька область" in out
    assert "Донецька область: населені пункти із заявами, спершу новіші" in out
    assert "🇷🇺 Бахмут — під контролем Росії: Російські війська: узяли під контроль" in out


def test_misspellings_over_the_bundled_gazetteer(gazetteer: Gazetteer) -> None:
    """Clear best guesses are taken (and said); a misspelt city name takes the city; unclear ones are suggestions."""
    from bot.chat.queries import resolve

    for typed, name in (
        ("Бахмуд", "Бахмут"),
        ("Клищиевка", "Кліщіївка"),
        ("Bakhmyt", "Бахмут"),
        ("Соледарр", "Соледар"),
    ):
        found = resolve(gazetteer, typed)
        assert found.settlement is not None and found.settlement.name == name and found.corrected == typed
    city = resolve(gazetteer, "Zaporizhzya")
    assert city.settlement is not None and city.settlement.category == "M" and city.settlement.name == "Запоріжжя"
    assert resolve(gazetteer, "Qwertyzzz").found is False
