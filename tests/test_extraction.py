"""Extraction off the event loop: a deliberately slow extractor (a fake passed in, CPU-bound like the real one) never
freezes the loop, the bot in `claimwatch run` answers meanwhile, and a stop is honoured within a bound; a real
5 MB post through `claimwatch watch` is cut, stored, and SIGTERM still exits 0 at once."""

from __future__ import annotations

import asyncio
import json
import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from bot.config import parse_config
from bot.models import Claim, Post, Side
from bot.sources import Stopped
from bot.watcher.ingest import STOP_GRACE_SECONDS, Ingest
from tests.fakebotapi import FakeBotAPI
from tests.fakesite import FakeSite, numbered_posts, tiny_gazetteer

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "bot" / "data" / "samples" / "posts.jsonl"


class SlowExtractor:
    """Spins in Python (holding the GIL between bytecodes, as the real rules do) until released or `seconds` pass."""

    def __init__(self, seconds: float = 30.0) -> None:
        self.seconds = seconds
        self.release = threading.Event()
        self.started = threading.Event()
        self.started_at = 0.0  # time.monotonic() when the first call began, read by the thread's clock
        self.calls = 0

    def __call__(self, post: Post, gazetteer: Any, lang: str | None) -> list[Claim]:
        self.calls += 1
        if not self.started.is_set():
            self.started_at = time.monotonic()
            self.started.set()
        deadline = time.monotonic() + self.seconds
        while time.monotonic() < deadline and not self.release.is_set():
            sum(range(200))
        return []


@pytest.fixture
def slow() -> Iterator[SlowExtractor]:
    extractor = SlowExtractor()
    yield extractor
    extractor.release.set()  # no thread left spinning into the next test


async def loop_lag(seconds: float) -> float:
    """The longest the event loop took to wake a 10 ms sleep, over `seconds`."""
    worst, end = 0.0, time.monotonic() + seconds
    while time.monotonic() < end:
        before = time.monotonic()
        await asyncio.sleep(0.01)
        worst = max(worst, time.monotonic() - before - 0.01)
    return worst


async def test_slow_extraction_leaves_the_loop_free_and_stop_abandons_it(store: Any, slow: SlowExtractor) -> None:
    stop = asyncio.Event()
    sink = Ingest(store, tiny_gazetteer(), stop=stop, extract=slow)
    put = asyncio.create_task(sink.put([Post("web", "chan", "1", "Роботине", side=Side.UA)], cursor=("web:chan", "1")))
    await asyncio.to_thread(slow.started.wait, 10)
    assert time.monotonic() - slow.started_at < 1.0  # on the loop, nothing else would run for the whole 30 s
    assert await loop_lag(1.0) < 0.5
    stopped_at = time.monotonic()
    stop.set()
    with pytest.raises(Stopped):
        await asyncio.wait_for(put, STOP_GRACE_SECONDS + 5)
    assert time.monotonic() - stopped_at < STOP_GRACE_SECONDS + 2
    assert await store.get_cursor("web:chan") is None and (await store.counts())["posts"] == 0  # read again later


async def test_a_batch_finishing_within_the_grace_is_committed(store: Any) -> None:
    slow = SlowExtractor(seconds=1.0)
    stop = asyncio.Event()
    sink = Ingest(store, tiny_gazetteer(), stop=stop, extract=slow)
    put = asyncio.create_task(sink.put([Post("web", "chan", "1", "Роботине", side=Side.UA)], cursor=("web:chan", "1")))
    await asyncio.to_thread(slow.started.wait, 10)
    stop.set()
    assert await asyncio.wait_for(put, STOP_GRACE_SECONDS + 5) == 1
    assert await store.get_cursor("web:chan") == "1"


async def test_the_bot_answers_while_the_watcher_extracts(tmp_path: Path, slow: SlowExtractor) -> None:
    """`claimwatch run` (serve with the watcher) over a channel whose extraction takes 30 s: /status is answered
    within seconds, and a stop returns within the grace."""
    from bot.deps import serve

    site = FakeSite().start()
    site.add_channel("chan", numbered_posts(1, 3))
    fake = FakeBotAPI()
    await fake.start()
    config = parse_config(
        {
            "storage": {"path": str(tmp_path / "run.sqlite3")},
            "bot": {"token": fake.token, "base_url": fake.base_url},
            "web": {"base_url": site.base_url, "poll_seconds": 60},
            "channels": [{"name": "chan", "side": "ua"}],
        },
        env={},
    )
    stop = asyncio.Event()
    task = asyncio.create_task(serve(config, tiny_gazetteer(), True, stop, poll_timeout=1, extract=slow))
    try:
        await asyncio.to_thread(slow.started.wait, 30)
        fake.push_message(20, "/status Robotyne")
        await fake.wait_for(lambda: fake.sent("sendMessage", chat_id=20), timeout=60)
        assert time.monotonic() - slow.started_at < 3.0  # answered while the extractor spins (it takes 30 s a post)
        stopped_at = time.monotonic()
        stop.set()
        await asyncio.wait_for(task, STOP_GRACE_SECONDS + 10)
        assert time.monotonic() - stopped_at < STOP_GRACE_SECONDS + 5
    finally:
        stop.set()
        slow.release.set()
        if not task.done():
            await asyncio.wait_for(task, 30)
        await fake.stop()
        site.stop()


def long_real_post(size: int) -> str:
    """Real-looking posts (the bundled samples) joined until `size` characters."""
    texts = [json.loads(line)["text"] for line in SAMPLES.read_text(encoding="utf-8").splitlines() if line.strip()]
    joined = "\n\n".join(texts)
    return (joined + "\n\n") * (size // (len(joined) + 2) + 1)


def stored(db: Path) -> list[tuple[str, int, int | None]]:
    if not db.exists():
        return []
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5) as conn:
        try:
            rows = conn.execute("SELECT external_id, length(text), full_length FROM posts ORDER BY id").fetchall()
        except sqlite3.OperationalError:
            return []
    return [(str(a), int(b), c) for a, b, c in rows]


def test_a_5mb_post_through_watch_is_cut_stored_and_sigterm_exits_at_once(tmp_path: Path) -> None:
    site = FakeSite().start()
    huge = long_real_post(5_000_000)
    site.add_channel("bulk", [*numbered_posts(1, 4), (5, huge)])
    db = tmp_path / "ledger.sqlite3"
    config = tmp_path / "config.toml"
    config.write_text(
        f'[storage]\npath = "{db}"\n[web]\nbase_url = "{site.base_url}"\npoll_seconds = 60\nbackfill_pages = 0\n'
        '[limits]\nmax_post_chars = 20000\n[[channels]]\nname = "bulk"\nside = "ua"\n'
    )
    log = tmp_path / "watch.log"
    with log.open("wb") as out:
        proc = subprocess.Popen(
            [sys.executable, "-m", "bot", "watch", "--config", str(config)],
            cwd=ROOT,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    try:
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline and len(stored(db)) < 5 and proc.poll() is None:
            time.sleep(0.05)
        rows = stored(db)
        assert len(rows) == 5, log.read_text()[-3000:]
        assert rows[-1][0] == "5" and rows[-1][1] <= 20_000 and rows[-1][2] == len(huge.strip())
        sent = time.monotonic()
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(20) == 0
        assert time.monotonic() - sent < 10
    finally:
        if proc.poll() is None:
            proc.kill()
        site.stop()
    text = log.read_text()
    assert f"post bulk/5: text cut from {len(huge.strip())} to" in text and "watcher stopped" in text


SPINNING_WATCHER = """
import asyncio, sys, time
from bot import deps
from bot.config import load_config
from tests.fakesite import tiny_gazetteer

def slow(post, gazetteer, lang):  # ten minutes of pure-Python work on one post
    print("extracting", flush=True)
    end = time.monotonic() + 600
    while time.monotonic() < end:
        sum(range(200))
    return []

async def main():
    config = load_config(sys.argv[1])
    stop = deps.stop_on_signals()
    async with deps.ledger(config) as store:
        await deps.watch(config, store, tiny_gazetteer(), stop, extract=slow)

asyncio.run(main())
print("exited", flush=True)
"""


def test_sigterm_during_a_slow_extraction_exits_0_within_the_grace(tmp_path: Path) -> None:
    """The real signal handler and process exit: the extraction thread (a daemon) never keeps the process alive."""
    site = FakeSite().start()
    site.add_channel("chan", numbered_posts(1, 3))
    db = tmp_path / "ledger.sqlite3"
    config = tmp_path / "config.toml"
    config.write_text(
        f'[storage]\npath = "{db}"\n[web]\nbase_url = "{site.base_url}"\npoll_seconds = 60\n'
        '[[channels]]\nname = "chan"\nside = "ua"\n'
    )
    proc = subprocess.Popen(
        [sys.executable, "-c", SPINNING_WATCHER, str(config)],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == "extracting"
        sent = time.monotonic()
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(STOP_GRACE_SECONDS + 15) == 0
        assert time.monotonic() - sent < STOP_GRACE_SECONDS + 5
        assert proc.stdout.read().strip() == "exited"
    finally:
        if proc.poll() is None:
            proc.kill()
        site.stop()
    assert stored(db) == []  # abandoned uncommitted: the next start reads the page again


async def test_one_pathological_post_does_not_hold_up_the_other_channels(store: Any, slow: SlowExtractor) -> None:
    def extract(post: Post, gazetteer: Any, lang: str | None) -> list[Claim]:
        return slow(post, gazetteer, lang) if post.text == "slow" else []

    sink = Ingest(store, tiny_gazetteer(), extract=extract)
    await sink.put([Post("web", "warm", "1", "перший")])  # the first extraction of a process runs alone
    stuck = asyncio.create_task(sink.put([Post("web", "a", "1", "slow")], cursor=("web:a", "1")))
    await asyncio.to_thread(slow.started.wait, 10)
    assert await asyncio.wait_for(sink.put([Post("web", "b", "1", "звичайний")], cursor=("web:b", "1")), 5) == 1
    assert await store.get_cursor("web:b") == "1" and not stuck.done()
    slow.release.set()
    assert await asyncio.wait_for(stuck, 10) == 1
