"""kill -9 of `claimwatch run` in the middle of delivering alerts, then a restart: nothing lost, nothing twice (but
the unavoidable one: killed after Telegram accepted, before marked), and delivery resumes within seconds, not after
the 5-minute lease. The long version is scripts/kill_run.py (sixty kills)."""

from __future__ import annotations

import random
from pathlib import Path

from tests.killcycles import kill_cycles

START_AND_TAKE_BACK = 25.0  # seconds: loading the gazetteer and starting the bot, on a loaded machine


async def test_kill_run_mid_delivery_then_restart(tmp_path: Path) -> None:
    figures = await kill_cycles(tmp_path, kills=1, rng=random.Random(7), posts=20, chats=3)
    assert not figures.notes, figures.notes
    assert figures.lost == 0 and figures.doubled <= figures.kills, figures.summary()
    assert figures.first_alert_after_start and max(figures.first_alert_after_start) < START_AND_TAKE_BACK
