"""Shared fixtures: a real SQLite ledger in tmp_path; a fake t.me/s and feed host on 127.0.0.1 and a client for it;
the fake Bot API and a real Bot on it."""

from __future__ import annotations

import os
import tempfile
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import httpx
import pytest
from telegram import Bot

from tests.fakebotapi import FakeBotAPI
from tests.fakesite import FakeSite

# The gazetteer's start-up cache (bot/core/places/cachefile.py) goes to a directory of this session, never to the
# user's ~/.cache: set in the environment before anything loads the gazetteer, so the commands the tests start as
# subprocesses (they pass os.environ on) use it too.
GAZETTEER_CACHE = tempfile.TemporaryDirectory(prefix="claimwatch-test-cache-")
os.environ["CLAIMWATCH_GAZETTEER_CACHE"] = GAZETTEER_CACHE.name


@pytest.fixture
async def fake() -> AsyncIterator[FakeBotAPI]:
    """The fake Bot API (tests/fakebotapi.py) on 127.0.0.1 for the test."""
    server = FakeBotAPI()
    await server.start()
    yield server
    await server.stop()


@pytest.fixture
async def bot(fake: FakeBotAPI) -> AsyncIterator[Bot]:
    """A real python-telegram-bot Bot talking to `fake`."""
    async with Bot(fake.token, base_url=fake.base_url, base_file_url=fake.base_file_url) as b:
        yield b


@pytest.fixture
def site() -> Iterator[FakeSite]:
    """tests/fakesite.py serving on 127.0.0.1 for the test."""
    fake = FakeSite().start()
    yield fake
    fake.stop()


@pytest.fixture
async def client() -> AsyncIterator[httpx.AsyncClient]:
    async with httpx.AsyncClient() as c:
        yield c


@pytest.fixture
async def store(tmp_path: Path) -> AsyncIterator[object]:
    """A migrated ledger in a fresh SQLite file (bot.storage.Store)."""
    from bot.storage import open_store

    opened = await open_store(tmp_path / "ledger.sqlite3")
    try:
        yield opened
    finally:
        await opened.close()


@pytest.fixture(scope="session")
def tiny_gazetteer() -> object:
    """16 real settlements with aliases (tests/gazetteer_fixture.py): fast, always there."""
    from tests.gazetteer_fixture import tiny_gazetteer as build

    return build()


@pytest.fixture(scope="session")
def gazetteer() -> object:
    """The bundled gazetteer (all 29,703 settlements); skips when bot/data has not been built."""
    from bot.core.places import DEFAULT_PATH, load_gazetteer

    if not DEFAULT_PATH.exists():
        pytest.skip("bundled gazetteer not built (scripts/build_gazetteer.py)")
    return load_gazetteer()
