"""The watcher daemon: sources -> extract -> a real SQLite ledger; backoff; graceful stop; kill -9 and restart."""

from __future__ import annotations

import asyncio
import json
import logging
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import pytest

from bot.config import ChannelConfig, Config, FeedConfig, StorageConfig, WebConfig, load_config
from bot.deps import watch
from bot.errors import SourceError
from bot.models import Post, Side
from bot.sources import Sink
from bot.watcher.daemon import Backoff, run_source
from bot.watcher.doctor import doctor
from bot.watcher.ingest import Ingest, handle_posts
from tests.fakesite import DATA, FakeSite, numbered_posts, tiny_gazetteer

ROOT = Path(__file__).resolve().parent.parent
FAST = Backoff(base=0.01, cap=0.05)


def make_config(
    site: FakeSite, db: Path, channels: Sequence[str], feeds: Sequence[str] = (), pages: int = 5, timeout: float = 2.0
) -> Config:
    return Config(
        storage=StorageConfig(db),
        web=WebConfig(base_url=site.base_url, poll_seconds=1.0, backfill_pages=pages, timeout_seconds=timeout),
        channels=tuple(ChannelConfig(name, Side.UA, "General Staff", "web") for name in channels),
        feeds=tuple(FeedConfig(site.root + path, Side.OTHER, "ISW", poll_seconds=1.0) for path in feeds),
    )


async def wait_for(check: Callable[[], Any], timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        result = check()
        if asyncio.iscoroutine(result):
            result = await result
        if result:
            return
        await asyncio.sleep(0.02)
    raise AssertionError("condition not reached in time")


async def channel_ids(store: Any, channel: str) -> list[int]:
    rows = await store.db.execute_fetchall(
        "SELECT external_id FROM posts WHERE channel = ? ORDER BY CAST(external_id AS INTEGER)", (channel,)
    )
    return [int(r[0]) for r in rows]


def test_backoff_grows_and_is_capped() -> None:
    backoff = Backoff(base=2.0, cap=300.0)
    rng = random.Random(5)
    delays = [backoff.delay(n, rng) for n in range(1, 12)]
    assert 1.6 <= delays[0] <= 2.4 and 3.2 <= delays[1] <= 4.8 and 6.4 <= delays[2] <= 9.6
    assert all(240.0 <= d <= 360.0 for d in delays[-3:])


async def test_handle_posts_extracts_stores_and_logs(store: Any, caplog: pytest.LogCaptureFixture) -> None:
    gazetteer = tiny_gazetteer()
    posts = [
        Post("web", "chan", "1", "Підрозділи 47 ОМБр звільнили Роботине.", side=Side.UA, url="https://t.me/chan/1"),
        Post("web", "chan", "2", "Без назв місць.", side=Side.UA),
    ]
    with caplog.at_level(logging.INFO, logger="bot.watcher.ingest"):
        assert await handle_posts(posts, store, gazetteer, cursor=("web:chan", "2")) == 2
    assert "post chan/1 https://t.me/chan/1" in caplog.text
    assert "claim captured Роботине UA23100270150025192 actor=ua claimant=ua" in caplog.text
    assert await store.get_cursor("web:chan") == "2"
    caplog.clear()
    with caplog.at_level(logging.INFO, logger="bot.watcher.ingest"):
        assert await handle_posts(posts, store, gazetteer) == 0
    assert "post chan/" not in caplog.text  # nothing new, nothing logged


class Flaky:
    """A step source failing `failures` times, then working."""

    name = "flaky"

    def __init__(self, failures: int) -> None:
        self.failures = failures
        self.calls = 0

    async def step(self, sink: Sink) -> float:
        self.calls += 1
        if self.calls <= self.failures:
            raise SourceError("web preview flaky: HTTP 500")
        return 0.01


async def test_failing_source_is_retried_with_backoff(caplog: pytest.LogCaptureFixture) -> None:
    stop = asyncio.Event()
    flaky = Flaky(3)
    with caplog.at_level(logging.INFO, logger="bot.watcher.daemon"):
        task = asyncio.create_task(run_source(flaky, None, stop, FAST))  # type: ignore[arg-type]
        await wait_for(lambda: flaky.calls >= 6)
        stop.set()
        await asyncio.wait_for(task, 2)
    assert caplog.text.count("flaky: web preview flaky: HTTP 500; retry") == 3
    assert "retry 3 in" in caplog.text and "flaky: working again after 3 failure(s)" in caplog.text


async def test_watcher_end_to_end_with_a_broken_source(
    site: FakeSite, tmp_path: Path, store: Any, caplog: pytest.LogCaptureFixture
) -> None:
    site.add_channel("good", numbered_posts(1, 45))
    site.add_channel("flaky", numbered_posts(1, 5))
    site.fail("/s/flaky", 500, times=3)
    site.add_file("/s/broken", (DATA / "webpreview" / "not_a_preview.html").read_text())
    site.add_file("/feeds/isw.atom", (DATA / "feeds" / "isw_atom.xml").read_bytes(), etag='"1"')
    config = make_config(site, tmp_path / "ledger.sqlite3", ["good", "flaky", "broken"], ["/feeds/isw.atom"])
    stop = asyncio.Event()
    with caplog.at_level(logging.INFO):
        task = asyncio.create_task(watch(config, store, tiny_gazetteer(), stop, FAST))
        await wait_for(lambda: site.hits("/s/broken") >= 3 and site.hits("/s/flaky") >= 5)
        await wait_for(lambda: channel_ids(store, "good"))
        stop.set()
        await asyncio.wait_for(task, 5)
    assert await channel_ids(store, "good") == list(range(1, 46))
    assert await channel_ids(store, "flaky") == [1, 2, 3, 4, 5]
    assert (await store.counts())["posts"] == 45 + 5 + 2
    assert "web:flaky: web preview flaky: HTTP 500 from" in caplog.text
    assert "web:broken: web preview broken: page has no posts" in caplog.text
    assert "web:flaky: working again after 3 failure(s)" in caplog.text
    assert "watcher stopped" in caplog.text
    claims = await store.claims_for(["UA23100270150025192"])
    assert {c.url for c in claims} >= {"https://t.me/good/3", "https://t.me/good/45"}


async def test_stop_abandons_a_hanging_fetch_and_commits_nothing_half(
    site: FakeSite, tmp_path: Path, store: Any
) -> None:
    site.add_channel("slow", numbered_posts(1, 3))
    site.hang.add("/s/slow")
    config = make_config(site, tmp_path / "ledger.sqlite3", ["slow"], timeout=30.0)
    stop = asyncio.Event()
    task = asyncio.create_task(watch(config, store, tiny_gazetteer(), stop, FAST))
    await wait_for(lambda: site.hits("/s/slow") >= 1)
    stop.set()
    await asyncio.wait_for(task, 1.5)  # well before the server answers (2 s) or the timeout (30 s)
    assert await store.get_cursor("web:slow") is None
    assert await channel_ids(store, "slow") == []


async def test_doctor(site: FakeSite, tmp_path: Path) -> None:
    site.add_channel("good", numbered_posts(1, 7))
    site.add_file("/s/closed", "", status=302, location=site.root + "/closed")
    site.add_file("/feeds/mil.xml", (DATA / "feeds" / "mil_gov_ua.xml").read_bytes())
    config = make_config(site, tmp_path / "ledger.sqlite3", ["good", "closed"], ["/feeds/mil.xml", "/feeds/gone"])
    checks = await doctor(config, gazetteer_loader=tiny_gazetteer)
    lines = [c.line() for c in checks]
    assert lines[0].startswith(f"ok   database: {tmp_path / 'ledger.sqlite3'} opens, migrations at version")
    assert lines[1] == "ok   gazetteer: loaded 3 settlements"
    assert lines[2] == f"ok   web good: {site.base_url}good: 7 posts on the first page"
    assert lines[3].startswith("FAIL web closed:") and "no public web preview" in lines[3]
    assert lines[4] == f"ok   feed {site.root}/feeds/mil.xml: 3 entries"
    assert lines[5].startswith(f"FAIL feed {site.root}/feeds/gone:") and "HTTP 404" in lines[5]
    assert [c.ok for c in checks] == [True, True, True, False, True, False]


def test_doctor_cli_exit_codes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from bot.cli import main

    good = tmp_path / "good.toml"
    good.write_text('[storage]\npath = "ledger.sqlite3"\n')
    assert main(["doctor", "--config", str(good)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("ok   config:") and out[1].startswith("ok   database:")
    assert out[2].startswith("ok   gazetteer: loaded ") and len(out) == 3
    bad = tmp_path / "bad.toml"
    bad.write_text('[web]\nbase_url = "ftp://x"\n')
    assert main(["doctor", "--config", str(bad)]) == 1
    out, err = capsys.readouterr()
    assert out.startswith("FAIL config: web.base_url")
    assert err.strip() == "claimwatch: web.base_url: expected an http(s) URL, got 'ftp://x'"
    tg = tmp_path / "tg.toml"
    tg.write_text(
        '[storage]\npath = "ledger.sqlite3"\n[telegram]\napi_id = 1\napi_hash = "h"\n'
        '[[channels]]\nname = "x"\nside = "ua"\nvia = "telegram"\n'
    )
    assert main(["doctor", "--config", str(tg)]) == 1
    assert "FAIL telegram: credentials present; no session file" in capsys.readouterr().out


# --- the daemon as a process: SIGTERM, and kill -9 mid-ingest ----------------------------------------------


def write_config(path: Path, site: FakeSite, db: Path, pages: int) -> Path:
    path.write_text(
        f'[storage]\npath = "{db}"\n[logging]\nlevel = "INFO"\n'
        f'[web]\nbase_url = "{site.base_url}"\npoll_seconds = 1\nbackfill_pages = {pages}\ntimeout_seconds = 5\n'
        '[[channels]]\nname = "bulk"\nside = "ua"\nspeaker = "General Staff"\nvia = "web"\n'
    )
    load_config(path)  # the file a person would write is valid
    return path


def start(config: Path, log: Path) -> subprocess.Popen[bytes]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    with log.open("ab") as out:
        return subprocess.Popen(
            [sys.executable, "-m", "bot", "watch", "--config", str(config)],
            cwd=ROOT,
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
        )


def ledger(db: Path) -> tuple[list[int], int, str | None]:
    """(stored ids, rows, cursor) read from the file as another process would."""
    if not db.exists():
        return [], 0, None
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5) as conn:
        try:
            ids = [int(r[0]) for r in conn.execute("SELECT external_id FROM posts WHERE channel = 'bulk'")]
            cursor = conn.execute("SELECT value FROM cursors WHERE key = 'web:bulk'").fetchone()
        except sqlite3.OperationalError:  # not migrated yet
            return [], 0, None
    return sorted(set(ids)), len(ids), cursor[0] if cursor else None


def wait_until(check: Callable[[], bool], proc: subprocess.Popen[bytes], log: Path, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if check():
            return
        if proc.poll() is not None:
            raise AssertionError(f"the daemon exited with {proc.returncode}:\n{log.read_text()[-3000:]}")
        time.sleep(0.02)
    proc.kill()
    raise AssertionError(f"condition not reached in time:\n{log.read_text()[-3000:]}")


def test_sigkill_mid_ingest_then_restart_loses_nothing(site: FakeSite, tmp_path: Path) -> None:
    total = 400
    site.add_channel("bulk", numbered_posts(1, total))
    site.delay = 0.03  # every page takes a while: the kill lands in the middle of the backfill
    db = tmp_path / "var" / "ledger.sqlite3"
    config = write_config(tmp_path / "config.toml", site, db, pages=40)
    log = tmp_path / "watch.log"

    proc = start(config, log)
    wait_until(lambda: len(ledger(db)[0]) >= 60, proc, log)
    proc.send_signal(signal.SIGKILL)
    proc.wait(10)
    ids, rows, cursor = ledger(db)
    assert 60 <= len(ids) < total and rows == len(ids)
    state = json.loads(cursor or "{}")
    assert state["last"] == total and state["backfill"]["left"] > 0  # the cursor says where the backfill stood
    assert ids == list(range(state["backfill"]["before"], total + 1))  # ... and covers exactly what is stored

    proc = start(config, log)
    wait_until(lambda: len(ledger(db)[0]) >= len(ids) + 20, proc, log)
    site.channels["bulk"].update(dict(numbered_posts(total + 1, total + 70)))  # new posts while it runs
    proc.send_signal(signal.SIGKILL)
    proc.wait(10)

    proc = start(config, log)
    wait_until(lambda: ledger(db)[0] == list(range(1, total + 71)), proc, log)
    wait_until(lambda: json.loads(ledger(db)[2] or "{}").get("last") == total + 70, proc, log)
    proc.send_signal(signal.SIGTERM)
    assert proc.wait(20) == 0, log.read_text()[-3000:]
    ids, rows, cursor = ledger(db)
    assert ids == list(range(1, total + 71)) and rows == total + 70  # every post, each once
    assert json.loads(cursor or "{}") == {"last": total + 70, "backfill": None}
    with sqlite3.connect(db) as conn:
        dupes = conn.execute(
            "SELECT post_id, settlement, kind, count(*) FROM claims GROUP BY post_id, settlement, "
            "kind HAVING count(*) > 1"
        ).fetchall()
    assert dupes == []
    assert "watcher stopped" in log.read_text()


async def test_concurrent_sources_do_not_interleave_transactions(store: Any) -> None:
    sink = Ingest(store, tiny_gazetteer())

    async def source(channel: str) -> None:
        for i in range(30):
            post = Post("web", channel, str(i), f"Пост {i}: інформація уточнюється")
            await sink.put([post], cursor=(f"web:{channel}", str(i)))
            if i % 10 == 0:
                await sink.mark_deleted("web", channel, [str(i)])

    await asyncio.gather(*(source(name) for name in ("a", "b", "c", "d")))
    assert (await store.counts())["posts"] == 4 * 27  # 3 of each channel marked deleted
    assert [await store.get_cursor(f"web:{name}") for name in "abcd"] == ["29"] * 4


def test_sigint_stops_watch_with_exit_0(site: FakeSite, tmp_path: Path) -> None:
    """`claimwatch watch` in this process: Ctrl-C commits what it has and returns 0 (not 130)."""
    import threading

    from bot.cli import main

    site.add_channel("bulk", numbered_posts(1, 30))
    db = tmp_path / "ledger.sqlite3"
    config = write_config(tmp_path / "config.toml", site, db, pages=3)

    def interrupt() -> None:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and len(ledger(db)[0]) < 30:
            time.sleep(0.02)
        os.kill(os.getpid(), signal.SIGINT)

    threading.Thread(target=interrupt, daemon=True).start()
    assert main(["watch", "--config", str(config)]) == 0
    ids, rows, cursor = ledger(db)
    assert ids == list(range(1, 31)) and rows == 30
    assert json.loads(cursor or "{}")["last"] == 30


async def test_doctor_fails_when_the_integrity_check_fails(tmp_path: Path, store: Any) -> None:
    """A file that opens and answers queries but whose index disagrees with its table is not "ok"."""
    for i in range(50):
        await store.add_post(Post("web", "chan", str(i), f"Пост {i}", side=Side.UA), [])
    db = store.path
    await store.close()
    with sqlite3.connect(db) as conn:  # the index's declared columns no longer match what it holds
        conn.execute("PRAGMA writable_schema = ON")
        conn.execute(
            "UPDATE sqlite_master SET sql = 'CREATE INDEX posts_channel_date ON posts (date, channel)' "
            "WHERE name = 'posts_channel_date'"
        )
    config = Config(storage=StorageConfig(db))
    [database, *_] = await doctor(config, gazetteer_loader=tiny_gazetteer)
    assert not database.ok and "PRAGMA integrity_check fails" in database.detail, database.line()


def test_a_read_only_file_system_is_named_as_such(tmp_path: Path) -> None:
    """Every command on a healthy ledger that cannot be written says read-only, never "damaged"."""
    from bot.cli import main

    folder = tmp_path / "ro"
    folder.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", str(folder)], capture_output=True).returncode:
        pytest.skip("cannot mount a tmpfs here (needs root)")
    try:
        config = folder / "config.toml"
        config.write_text('[storage]\npath = "ledger.sqlite3"\n')
        assert main(["export", "--format", "jsonl", "--config", str(config)]) == 0  # creates the ledger
        subprocess.run(["mount", "-o", "remount,ro", str(folder)], check=True)
        run = subprocess.run(
            [sys.executable, "-m", "bot", "status", "Robotyne", "--config", str(config)],
            capture_output=True,
            text=True,
            cwd=ROOT,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
            timeout=120,
        )
        assert run.returncode == 1
        assert "read-only" in run.stderr and "damaged" not in run.stderr.replace("not reported damaged", ""), run.stderr
    finally:
        subprocess.run(["umount", str(folder)], capture_output=True)


def test_the_systemd_units_dynamic_user_can_read_its_config() -> None:
    """DynamicUser=yes owns nothing in /etc: the install steps must leave the config folder and file readable by
    others, and the secrets file root-only."""
    import re

    unit = (ROOT / "scripts" / "claimwatch-watch.service").read_text()
    assert "DynamicUser=yes" in unit and "--config /etc/claimwatch/config.toml" in unit
    folder = re.search(r"install -d -m (\d+) /etc/claimwatch\b", unit)
    config = re.search(r"install -m (\d+) \S+ /etc/claimwatch/config\.toml", unit)
    secrets = re.search(r"install -m (\d+) \S+ /etc/claimwatch/env", unit)
    assert folder and config and secrets, "the unit's install steps name the modes of the folder, config and env"
    assert int(folder.group(1), 8) & 0o005 == 0o005  # others may enter and list it
    assert int(config.group(1), 8) & 0o004  # and read the config
    assert int(secrets.group(1), 8) & 0o077 == 0  # the secrets: root alone (systemd reads them)
