"""No secret in any output: a whole `claimwatch -v run` and a rejected token, grepped for the token and api_hash."""

from __future__ import annotations

import asyncio
import logging
import os
import signal
import sys
from pathlib import Path

import pytest

from bot.cli import Redactor
from tests.fakebotapi import FakeBotAPI

ROOT = Path(__file__).resolve().parent.parent
TOKEN = "7123456789:AAFz0eXampleTokenValue_abcdefghij-KLMN"  # the shape of a real one
WRONG = "7000000001:AAWrongTokenValue_abcdefghijklmnopqrst"
API_HASH = "0123456789abcdef0123456789abcdef"


def write_config(path: Path, token: str, base_url: str) -> Path:
    path.write_text(
        f'[storage]\npath = "{path.parent / "ledger.sqlite3"}"\n'
        f'[telegram]\napi_id = 12345\napi_hash = "{API_HASH}"\n'
        f'[bot]\ntoken = "{token}"\nbase_url = "{base_url}"\n'
        "[alerts]\nsend_interval_seconds = 0.2\n"
    )
    return path


async def run(args: list[str], log: Path, until: asyncio.Future[None] | None = None) -> int:
    with log.open("ab") as out:
        proc = await asyncio.create_subprocess_exec(
            sys.executable,
            "-m",
            "bot",
            *args,
            cwd=ROOT,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
            stdout=out,
            stderr=out,
        )
        if until is not None:
            await asyncio.wait_for(until, 60)
            proc.send_signal(signal.SIGTERM)
        return await asyncio.wait_for(proc.wait(), 60)


async def test_no_token_or_api_hash_in_any_output(tmp_path: Path) -> None:
    fake = FakeBotAPI(token=TOKEN)
    await fake.start()
    log = tmp_path / "output.log"
    try:
        config = write_config(tmp_path / "good.toml", TOKEN, fake.base_url)
        answered = asyncio.ensure_future(fake.wait_for(lambda: fake.sent("sendMessage", chat_id=5), timeout=60))
        fake.push_message(5, "/status Robotyne")
        assert await run(["-v", "run", "--config", str(config)], log, until=answered) == 0
        bad = write_config(tmp_path / "bad.toml", WRONG, fake.base_url)  # the fake answers 401 to it
        assert await run(["-v", "bot", "--config", str(bad)], log) == 1
        typo = tmp_path / "typo.toml"
        typo.write_text("[bot]\ntoken = 7123456789\n")
        assert await run(["bot", "--config", str(typo)], log) == 1
    finally:
        await fake.stop()
    output = log.read_text()
    assert "bot.token: rejected by" in output and "bot.token: expected a string" in output
    assert "<redacted>" in output  # -v logs the Bot API URL, with the token taken out
    for secret in (TOKEN, TOKEN.split(":")[1], WRONG, WRONG.split(":")[1], API_HASH, "7123456789"):
        assert secret not in output


def test_redactor_filters_messages_arguments_and_tracebacks(caplog: pytest.LogCaptureFixture) -> None:
    redactor = Redactor()
    redactor.add(["hash-of-the-app-0123", None, "x"])
    logger = logging.getLogger("test.redaction")
    handler = caplog.handler
    handler.addFilter(redactor)
    try:
        with caplog.at_level(logging.INFO, logger="test.redaction"):
            logger.info("GET https://api.telegram.org/bot%s/getMe", TOKEN)
            try:
                raise ValueError(f"api_hash hash-of-the-app-0123 rejected ({TOKEN})")
            except ValueError:
                logger.exception("login failed")
    finally:
        handler.removeFilter(redactor)
    text = caplog.text + "".join(r.exc_text or "" for r in caplog.records)
    assert "bot<redacted>/getMe" in text and "api_hash <redacted> rejected" in text
    assert TOKEN not in text and "hash-of-the-app-0123" not in text
    assert redactor.redact("x marks the spot") == "x marks the spot"  # too short to be a secret
