"""`claimwatch chat`: the same answers as the bot, in plain text, with numbered buttons."""

from __future__ import annotations

import io
from pathlib import Path

from bot.chat.console import chat
from bot.chat.state import BotData
from bot.config import parse_config
from bot.storage import open_store
from tests.test_bot_e2e import ROBOTYNE, seed, tiny_gazetteer


async def run_chat(tmp_path: Path, lines: list[str], lang: str | None = "en", locale: str | None = None) -> str:
    config = parse_config({"storage": {"path": str(tmp_path / "c.sqlite3")}}, env={})
    store = await open_store(config.storage.path)
    await seed(store)
    out: list[str] = []
    try:
        code = await chat(
            BotData(config, tiny_gazetteer(), store),
            io.StringIO("\n".join(lines) + "\n"),
            out.append,
            lang=lang,
            locale=locale,
        )
    finally:
        await store.close()
    assert code == 0
    return "\n".join(out)


async def test_status_in_plain_text(tmp_path: Path) -> None:
    out = await run_chat(tmp_path, ["/status Robotyne"])
    assert "Robotyne — Polohivskyi raion, Zaporizka oblast" in out
    assert "Ukrainian forces captured it" in out
    assert "GeneralStaffZSU (https://t.me/GeneralStaffZSU/101)" in out
    assert "<b>" not in out and "&lt;" not in out  # plain text: tags gone, entities unescaped
    assert "Атака на Работино <отражена> & «точка»" in out


async def test_numbered_buttons_pick(tmp_path: Path) -> None:
    out = await run_chat(tmp_path, ["/status Andriivka", "2", "/status Robotyne", "1", "/quit", "/status Robotyne"])
    assert "[1] Andriivka (" in out and "[2] Andriivka (" in out
    assert out.count("Andriivka — ") == 1  # the pick answered with the status
    assert f"📍 {ROBOTYNE.lat:.5f}" in out  # button 1 under a status is the map
    assert out.count("Robotyne — ") == 1  # nothing after /quit


async def test_plain_question_and_language(tmp_path: Path) -> None:
    out = await run_chat(tmp_path, ["що з Роботиним?"], lang="uk")
    assert "Роботине — Пологівський район, Запорізька область" in out


async def test_language_from_locale_then_lang_command_is_remembered(tmp_path: Path) -> None:
    out = await run_chat(tmp_path, ["/status Robotyne", "/lang en"], lang=None, locale="uk_UA.UTF-8")
    assert "Пологівський район" in out and "Language: English." in out
    again = await run_chat(tmp_path, ["/status Robotyne"], lang=None, locale="uk_UA.UTF-8")
    assert "Polohivskyi raion" in again  # the /lang choice is stored for the terminal user
