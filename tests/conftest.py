"""Shared fixtures: a real SQLite ledger in tmp_path."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest


@pytest.fixture
async def store(tmp_path: Path) -> AsyncIterator[object]:
    """A migrated ledger in a fresh SQLite file (bot.storage.Store)."""
    from bot.storage import open_store

    opened = await open_store(tmp_path / "ledger.sqlite3")
    try:
        yield opened
    finally:
        await opened.close()
