"""kill -9 cycles of `claimwatch run` (watcher + bot + alert sender in one process), counted against what a clean
run delivers: every (chat, post) alert exactly once, and how soon a restarted process delivers again.

Used by tests/test_kill_run.py (one or two cycles, seconds) and scripts/kill_run.py (sixty, with figures).
"""

from __future__ import annotations

import asyncio
import os
import random
import re
import signal
import subprocess
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

from tests.fakebotapi import FakeBotAPI
from tests.fakesite import FakeSite

ROOT = Path(__file__).resolve().parent.parent
ROBOTYNE = "UA23100270150025192"
LINK = re.compile(r"https://t\.me/chan/(\d+)")


@dataclass
class Figures:
    expected: int = 0
    kills: int = 0
    delivered: Counter[tuple[int, int]] = field(default_factory=Counter)  # (chat, post) -> times sent
    first_alert_after_start: list[float] = field(default_factory=list)  # per restart with alerts waiting
    notes: list[str] = field(default_factory=list)

    @property
    def lost(self) -> int:
        return self.expected - len(self.delivered)

    @property
    def doubled(self) -> int:
        return sum(n - 1 for n in self.delivered.values() if n > 1)

    def summary(self) -> str:
        waits = sorted(self.first_alert_after_start)
        median = waits[len(waits) // 2] if waits else 0.0
        return (
            f"{self.kills} kills: {self.expected} alerts expected, {len(self.delivered)} delivered, {self.lost} lost, "
            f"{self.doubled} doubled; restart -> first alert: median {median:.1f}s, max "
            f"{max(waits, default=0.0):.1f}s over {len(waits)} restarts with alerts waiting"
        )


def post_text(ident: int) -> str:
    return f"Зведення №{ident}: Сили оборони відбили атаки поблизу Роботиного."


class Rig:
    """A fake t.me/s channel, a fake Bot API, a ledger with subscribers, and `claimwatch run` as a process."""

    def __init__(self, folder: Path, chats: int = 3, posts: int = 20, send_delay: float = 0.02) -> None:
        self.folder = folder
        self.chats = chats
        self.site = FakeSite(epoch=datetime.now(UTC) - timedelta(hours=12)).start()
        self.site.add_channel("chan", [(i, post_text(i)) for i in range(1, posts + 1)])
        self.fake = FakeBotAPI(delay=send_delay)
        self.db = folder / "ledger.sqlite3"
        self.config = folder / "config.toml"
        self.log = folder / "run.log"
        self.proc: subprocess.Popen[bytes] | None = None

    async def start(self) -> None:
        from bot.storage import open_store

        await self.fake.start()
        store = await open_store(self.db)
        for chat in range(1, self.chats + 1):
            await store.add_subscription(chat, settlement=ROBOTYNE)
        await store.close()
        self.config.write_text(
            f'[storage]\npath = "{self.db}"\n[bot]\ntoken = "{self.fake.token}"\nbase_url = "{self.fake.base_url}"\n'
            f'[web]\nbase_url = "{self.site.base_url}"\npoll_seconds = 1\nbackfill_pages = 20\n'
            "[alerts]\ndedupe_minutes = 0\nsend_interval_seconds = 0.1\n"
            '[[channels]]\nname = "chan"\nside = "ua"\nspeaker = "General Staff"\n'
        )

    def add_posts(self, count: int) -> None:
        first = max(self.site.channels["chan"]) + 1
        self.site.channels["chan"].update({i: post_text(i) for i in range(first, first + count)})

    @property
    def expected(self) -> int:
        return len(self.site.channels["chan"]) * self.chats

    def delivered(self) -> Counter[tuple[int, int]]:
        seen: Counter[tuple[int, int]] = Counter()
        for call in self.fake.sent("sendMessage"):
            for ident in LINK.findall(call.text):
                seen[(int(call.chat_id or 0), int(ident))] += 1
        return seen

    def launch(self) -> float:
        with self.log.open("ab") as out:
            self.proc = subprocess.Popen(
                [sys.executable, "-m", "bot", "run", "--config", str(self.config)],
                cwd=ROOT,
                env={**os.environ, "PYTHONPATH": str(ROOT)},
                stdout=out,
                stderr=subprocess.STDOUT,
            )
        return time.monotonic()

    def kill(self) -> None:
        assert self.proc is not None
        self.proc.send_signal(signal.SIGKILL)
        self.proc.wait(30)

    async def first_send_after(self, started: float, timeout: float) -> float | None:
        """Seconds from `started` to the first sendMessage after it (None if none within `timeout`)."""
        try:
            call = await self.fake.wait_for(
                lambda: next((c for c in self.fake.sent("sendMessage") if c.at > started), None), timeout
            )
        except TimeoutError:
            return None
        return float(call.at - started)

    async def stop(self) -> int:
        code = 0
        if self.proc is not None and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            code = await asyncio.to_thread(self.proc.wait, 60)
        await self.fake.stop()
        self.site.stop()
        return code


async def kill_cycles(folder: Path, kills: int, rng: random.Random, posts: int = 20, chats: int = 3) -> Figures:
    """`kills` times: start `run`, let it deliver for a random while, kill -9; then a last run delivers the rest."""
    rig = Rig(folder, chats=chats, posts=posts)
    await rig.start()
    figures = Figures(kills=kills)
    try:
        for _ in range(kills):
            pending = len(rig.delivered()) < rig.expected
            started = rig.launch()
            first = await rig.first_send_after(started, 60)
            if pending and first is not None:
                figures.first_alert_after_start.append(first)
            await asyncio.sleep(rng.uniform(0.0, 1.5))  # kill somewhere in the delivery
            rig.kill()
            rig.add_posts(rng.randint(0, 3))  # new posts while it is down
        started = rig.launch()
        first = await rig.first_send_after(started, 60)
        if first is not None:
            figures.first_alert_after_start.append(first)
        await rig.fake.wait_for(lambda: len(rig.delivered()) >= rig.expected, 120)
        await asyncio.sleep(1.0)  # anything sent twice would show now
    except TimeoutError:
        figures.notes.append(f"timed out with {len(rig.delivered())} of {rig.expected} delivered")
    finally:
        figures.expected = rig.expected
        figures.delivered = rig.delivered()
        code = await rig.stop()
        if code != 0:
            figures.notes.append(f"the last run exited {code} on SIGTERM")
    return figures


# --- the watcher alone --------------------------------------------------------------------------------------------


@dataclass
class WatchFigures:
    kills: int
    posts: int  # posts in the channel at the end
    stored: int = 0  # rows
    distinct: int = 0  # distinct message ids
    claims: int = 0
    reference_claims: int = 0  # what a run without kills stores for the same posts
    duplicate_claims: int = 0
    integrity: str = ""

    @property
    def lost(self) -> int:
        return self.posts - self.distinct

    @property
    def doubled(self) -> int:
        return self.stored - self.distinct

    def summary(self) -> str:
        return (
            f"{self.kills} kills: {self.posts} posts, {self.distinct} stored ({self.lost} lost, {self.doubled} "
            f"doubled); {self.claims} claims vs {self.reference_claims} in a clean run, {self.duplicate_claims} "
            f"duplicate claims; integrity_check: {self.integrity}"
        )


def ledger_counts(db: Path) -> tuple[int, int, int, int, str]:
    """(post rows, distinct ids, claims, duplicate claims, integrity) read as another process would."""
    import sqlite3

    with sqlite3.connect(db, timeout=10) as conn:
        rows, distinct = conn.execute("SELECT count(*), count(DISTINCT external_id) FROM posts").fetchone()
        claims = conn.execute("SELECT count(*) FROM claims").fetchone()[0]
        dupes = conn.execute(
            "SELECT count(*) FROM (SELECT 1 FROM claims GROUP BY post_id, settlement, kind HAVING count(*) > 1)"
        ).fetchone()[0]
        integrity = conn.execute("PRAGMA integrity_check").fetchone()[0]
    return int(rows), int(distinct), int(claims), int(dupes), str(integrity)


def watch_config(folder: Path, site: FakeSite, db: Path) -> Path:
    config = folder / f"{db.stem}.toml"
    config.write_text(
        f'[storage]\npath = "{db}"\n[web]\nbase_url = "{site.base_url}"\npoll_seconds = 1\nbackfill_pages = 100\n'
        '[[channels]]\nname = "chan"\nside = "ua"\nspeaker = "General Staff"\n'
    )
    return config


def run_watch(config: Path, log: Path) -> subprocess.Popen[bytes]:
    with log.open("ab") as out:
        return subprocess.Popen(
            [sys.executable, "-m", "bot", "watch", "--config", str(config)],
            cwd=ROOT,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
            stdout=out,
            stderr=subprocess.STDOUT,
        )


def wait_stored(db: Path, count: int, timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if db.exists() and ledger_counts(db)[1] >= count:
                return True
        except Exception:  # not migrated yet, or busy
            pass
        time.sleep(0.1)
    return False


def watch_kill_cycles(folder: Path, kills: int, rng: random.Random, posts: int = 400) -> WatchFigures:
    """kill -9 `claimwatch watch` `kills` times in the middle of its backfill (and of new posts arriving), then let
    a last run finish; compare with a run that was never killed."""
    site = FakeSite(delay=0.02).start()
    site.add_channel("chan", [(i, post_text(i)) for i in range(1, posts + 1)])
    db, log = folder / "killed.sqlite3", folder / "watch.log"
    config = watch_config(folder, site, db)
    try:
        for _ in range(kills):
            proc = run_watch(config, log)
            time.sleep(rng.uniform(3.5, 6.0))  # start-up (gazetteer) and some of the backfill
            proc.send_signal(signal.SIGKILL)
            proc.wait(30)
            first = max(site.channels["chan"]) + 1
            site.channels["chan"].update({i: post_text(i) for i in range(first, first + rng.randint(0, 5))})
        proc = run_watch(config, log)
        total = len(site.channels["chan"])
        finished = wait_stored(db, total, 300)
        time.sleep(2.0)  # a poll or two more: nothing may be stored again
        proc.send_signal(signal.SIGTERM)
        proc.wait(60)
        reference_db = folder / "reference.sqlite3"
        proc = run_watch(watch_config(folder, site, reference_db), folder / "reference.log")
        wait_stored(reference_db, total, 300)
        proc.send_signal(signal.SIGTERM)
        proc.wait(60)
    finally:
        site.stop()
    rows, distinct, claims, dupes, integrity = ledger_counts(db)
    figures = WatchFigures(kills, total, rows, distinct, claims, ledger_counts(reference_db)[2], dupes, integrity)
    if not finished:
        figures.integrity += " (the last run did not finish)"
    return figures
