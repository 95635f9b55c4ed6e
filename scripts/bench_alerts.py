#!/usr/bin/env python3
"""Benchmark the alert path: claim stored (transactional outbox) -> sender -> fake Bot API server on 127.0.0.1.

    .venv/bin/python scripts/bench_alerts.py [--subscribers 10000] [--rate 1000] [--trials 40] [--poll 0.05]
        [--phases 1,2,3] [--old-poll 0.25]

Phase 1: N subscribers of one village, one claim: time from the claim being stored (add_post committed) to the last
sendMessage at the limiter's rate, duplicates (must be 0), latency from stored to the first sendMessage.
Phase 2: `--trials` claims about other villages, one at a time at random gaps: stored -> first sendMessage latency
p50/p90/max (target p50 < 500 ms). Telegram's real limit is ~30 messages/s; `--rate` raises the sender's limiter for
the bench (at 30/s, 10,000 messages take 333 s by construction).
Phase 3: stored -> first sendMessage, `--trials` claims each, the old sender beside the new one, on the two paths:
cross-process (the claims stored by a writer process of its own, as `claimwatch watch` beside `claimwatch bot`) and
in-run (stored on another connection of this process, as the watcher of `claimwatch run`, which calls wake()). The
old sender is the loop before the listener: one has_due_alerts query every `--old-poll` seconds (the old
`send_interval_seconds` default, 0.25; wake() did nothing under the job queue). Then each idle for a few seconds:
SQL statements and CPU per second.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import random
import statistics
import sys
import tempfile
import time
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import httpx
from telegram import Bot
from telegram.request import HTTPXRequest

from bot.chat.sender import Sender
from bot.core.alerts import make_planner
from bot.models import Claim, Kind, Post, Settlement, Side
from bot.storage import open_store
from tests.fakebotapi import FakeBotAPI


class BenchFake(FakeBotAPI):
    """The fake Bot API in its own process (as Telegram is): `_calls?since=N` returns what arrived since call N."""

    def _result(self, method: str, params: dict[str, Any], call: Any) -> Any:
        if method == "_calls":
            since = int(params.get("since") or 0)
            return [[c.method, c.chat_id, c.at, c.status] for c in self.calls[since:]]
        return super()._result(method, params, call)


async def serve_fake() -> None:
    fake = BenchFake()
    await fake.start()
    print(fake.port, flush=True)
    await asyncio.get_running_loop().run_in_executor(None, sys.stdin.read)  # until the parent closes stdin
    await fake.stop()


class RemoteFake:
    """The parent's view of the server process: every sendMessage with its arrival time (CLOCK_MONOTONIC, shared)."""

    def __init__(self, port: int) -> None:
        self.base_url = f"http://127.0.0.1:{port}/bot"
        self.token = FakeBotAPI.token
        self.sends: list[tuple[int, float]] = []  # (chat_id, arrival)
        self._seen = 0
        self._client = httpx.AsyncClient()

    async def refresh(self) -> None:
        r = await self._client.post(f"{self.base_url}{self.token}/_calls", data={"since": str(self._seen)})
        calls = r.json()["result"]
        self._seen += len(calls)
        self.sends += [(int(c[1]), float(c[2])) for c in calls if c[0] == "sendMessage" and c[3] == 200]

    async def wait(self, predicate: Any, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        while True:
            await self.refresh()
            if predicate():
                return
            if time.monotonic() > deadline:
                raise TimeoutError
            await asyncio.sleep(0.01)

    async def close(self) -> None:
        await self._client.aclose()


def village(i: int) -> Settlement:
    return Settlement(
        f"UA1402001{i:010d}",
        "C",
        f"Село{i}",
        f"Selo{i}",
        "Донецька",
        "Бахмутський",
        "Часовоярська",
        48.0 + i * 0.05,
        37.0 + i * 0.05,
    )


class Places:
    def __init__(self, n: int) -> None:
        self.by_code = {s.code: s for s in map(village, range(n))}

    def get(self, code: str) -> Settlement | None:
        return self.by_code.get(code)


def claim_post(i: int, s: Settlement) -> tuple[Post, list[Claim]]:
    post = Post(
        "telegram",
        "mod_russia",
        str(i),
        f"освобождён {s.name}",
        datetime.now(UTC) - timedelta(seconds=5),
        side=Side.RU,
        speaker="Russian MoD",
        url=f"https://t.me/mod_russia/{i}",
    )
    return post, [Claim(s.code, s.name, Kind.CAPTURED, Side.RU, Side.RU, "Russian MoD", f"освобождён {s.name}")]


def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


# --- phase 3 ------------------------------------------------------------------------------------------------


async def serve_writer(db: str, places: int) -> None:
    """The writer process: for each line "index number" on stdin, store a claim about village(index) as post
    `number`, then print CLOCK_MONOTONIC after the commit."""
    store = await open_store(db)
    store.set_planner(make_planner(Places(places), lambda: datetime.now(UTC)), timedelta(minutes=180))
    loop = asyncio.get_running_loop()
    while line := await loop.run_in_executor(None, sys.stdin.readline):
        index, number = map(int, line.split())
        await store.add_post(*claim_post(number, village(index)))
        print(time.monotonic(), flush=True)
    await store.close()


class Writer:
    """The parent's end of the writer process."""

    def __init__(self, proc: asyncio.subprocess.Process) -> None:
        self.proc = proc

    @classmethod
    async def start(cls, db: Path, places: int) -> Writer:
        proc = await asyncio.create_subprocess_exec(
            sys.executable,
            __file__,
            "--write",
            str(db),
            "--places",
            str(places),
            stdin=asyncio.subprocess.PIPE,
            stdout=asyncio.subprocess.PIPE,
        )
        return cls(proc)

    async def store(self, index: int, number: int) -> float:
        assert self.proc.stdin is not None and self.proc.stdout is not None
        self.proc.stdin.write(f"{index} {number}\n".encode())
        await self.proc.stdin.drain()
        return float((await self.proc.stdout.readline()).decode())

    async def close(self) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.close()
        await self.proc.wait()


async def old_loop(sender: Sender, stop: asyncio.Event, poll: float) -> None:
    """The sender before the listener (the PTB job and run_forever alike): look every `poll` seconds, no wake."""
    while not stop.is_set():
        if await sender.store.has_due_alerts(sender.clock(), await sender.liveness.beat(sender.store, sender.clock())):
            await sender.drain()
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(stop.wait(), poll)


async def first_sends(fake: RemoteFake, trials: list[tuple[int, int]], store: Any) -> list[float]:
    """Store each (village index, post number) through `store` (a coroutine returning the stored time), wait for the
    first sendMessage to its subscriber; stored -> sent in ms."""
    latencies = []
    for index, number in trials:
        await asyncio.sleep(random.uniform(0.05, 0.4))  # not in step with any tick
        before = len(fake.sends)
        at = await store(index, number)
        chat = 100_000 + index
        await fake.wait(lambda chat=chat, before=before: any(c == chat for c, _ in fake.sends[before:]), timeout=60)
        latencies.append(1000 * (min(t for c, t in fake.sends[before:] if c == chat) - at))
    return latencies


async def idle_load(outbox: Any, seconds: float) -> tuple[float, float]:
    """(SQL statements per second on the sender's connection, CPU ms per second of this process) over `seconds`."""
    statements = 0

    def count(_: str) -> None:
        nonlocal statements
        statements += 1

    await outbox.db.set_trace_callback(count)
    cpu, wall = time.process_time(), time.monotonic()
    await asyncio.sleep(seconds)
    cpu, wall = time.process_time() - cpu, time.monotonic() - wall
    await outbox.db.set_trace_callback(None)
    return statements / wall, 1000 * cpu / wall


async def phase3(args: argparse.Namespace, fake: RemoteFake, db: Path, store: Any, bot: Bot, first: int) -> None:
    """Old and new sender, cross-process and in-run: stored -> first sendMessage, then idle load."""
    places = Places(first + 4 * args.trials)
    writer = await Writer.start(db, first + 4 * args.trials)
    results: list[tuple[str, list[float], tuple[float, float]]] = []
    number = 10_000
    for variant, (path, new) in enumerate(
        [("cross-process", False), ("cross-process", True), ("in-run", False), ("in-run", True)]
    ):
        outbox = await open_store(db)  # the sender's own connection
        sender = Sender(outbox, bot, places, rate=args.rate, batch=args.batch, concurrency=args.concurrency)
        stop = asyncio.Event()
        loop = sender.run_forever(stop) if new else old_loop(sender, stop, args.old_poll)
        task = asyncio.create_task(loop)
        trials = [(first + variant * args.trials + i, number + variant * args.trials + i) for i in range(args.trials)]

        async def in_run(index: int, number: int, sender: Sender = sender) -> float:
            await store.add_post(*claim_post(number, village(index)))
            at = time.monotonic()
            sender.wake()  # what the watcher of `claimwatch run` does after its commit
            return at

        latencies = await first_sends(fake, trials, writer.store if path == "cross-process" else in_run)
        load = await idle_load(outbox, args.idle)
        stop.set()
        await task
        await sender.close()
        await outbox.close()
        results.append((f"{path}, {'new' if new else 'old'}", latencies, load))
    await writer.close()
    print(
        f"\nphase 3: stored -> first sendMessage, {args.trials} claims each (1 subscriber), old sender polling every "
        f"{args.old_poll:g} s, new listener (data_version every 50 ms; wake() in-run)"
    )
    for name, latencies, (statements, cpu) in results:
        print(
            f"  {name:<18} p50 {statistics.median(latencies):6.1f} ms, p90 {pct(latencies, 90):6.1f} ms, "
            f"max {max(latencies):6.1f} ms; idle: {statements:5.1f} SQL statements/s, {cpu:4.1f} ms CPU/s"
        )
    for path in ("cross-process", "in-run"):
        old, new = (statistics.median(r[1]) for r in results if r[0].startswith(path))
        print(f"  {path}: p50 old/new = {old / max(new, 1e-9):.1f}x")


async def seed(store: Any, args: argparse.Namespace, phases: set[int]) -> None:
    t = time.perf_counter()
    big = args.subscribers if 1 in phases else 0
    for chat_id in range(1, big + 1):
        await store.add_subscription(1_000_000 + chat_id, settlement=village(0).code, lang="uk")
    for i in range(1, args.trials + 1) if 2 in phases else ():  # other villages: 3 subscribers each
        for k in range(3):
            await store.add_subscription(10 * i + k, settlement=village(i).code, lang="en")
    first = args.trials + 1
    for index in range(first, first + 4 * args.trials) if 3 in phases else ():  # phase 3: 1 subscriber each
        await store.add_subscription(100_000 + index, settlement=village(index).code, lang="en")
    small, one = 3 * args.trials * (2 in phases), 4 * args.trials * (3 in phases)
    print(f"seeded {big:,} + {small} + {one} subscriptions in {time.perf_counter() - t:.1f} s")


async def phases12(args: argparse.Namespace, fake: RemoteFake, db: Path, store: Any, bot: Bot, places: Places) -> None:
    outbox = await open_store(db)  # the sender's own connection, as in the bot
    sender = Sender(outbox, bot, places, rate=args.rate, batch=args.batch, concurrency=args.concurrency)
    stop = asyncio.Event()
    loop_task = asyncio.create_task(sender.run_forever(stop, tick=args.poll))
    if 1 in args.phases:
        await phase1(args, fake, store)
    if 2 in args.phases:
        await phase2(args, fake, store)
    stop.set()
    await loop_task
    await sender.close()
    await outbox.close()


async def phase1(args: argparse.Namespace, fake: RemoteFake, store: Any) -> None:
    """One claim, N subscribers."""
    t_call = time.monotonic()
    await store.add_post(*claim_post(0, village(0)))
    stored = time.monotonic()
    big = {1_000_000 + c for c in range(1, args.subscribers + 1)}
    await fake.wait(lambda: len(fake.sends) >= args.subscribers, timeout=3600)
    await asyncio.sleep(0.5)  # let any stray duplicate arrive
    await fake.refresh()
    sends = [(chat, at) for chat, at in fake.sends if chat in big]
    per_chat = Counter(chat for chat, _ in sends)
    first, last = min(at for _, at in sends), max(at for _, at in sends)
    counts = await store.outbox_counts()
    print(
        f"\nphase 1: 1 claim -> {args.subscribers:,} subscribers, limiter {args.rate:g} msg/s, "
        f"batch {args.batch}, concurrency {args.concurrency}, tick {args.poll:g} s"
    )
    print(f"  add_post (claims + {args.subscribers:,} outbox rows, one transaction): {stored - t_call:.3f} s")
    print(f"  stored -> first sendMessage: {1000 * (first - stored):.0f} ms")
    print(
        f"  stored -> last sendMessage:  {last - stored:.2f} s "
        f"({len(sends) / max(last - first, 1e-9):.0f} msg/s achieved)"
    )
    print(
        f"  delivered chats: {len(per_chat):,}/{args.subscribers:,}; duplicates: "
        f"{sum(n - 1 for n in per_chat.values())}; outbox: {counts}"
    )


async def phase2(args: argparse.Namespace, fake: RemoteFake, store: Any) -> None:
    """Latency of single claims, stored on another connection of this process (no wake: data_version)."""
    latencies: list[float] = []
    for i in range(1, args.trials + 1):
        await asyncio.sleep(random.uniform(0.05, 0.4))
        before = len(fake.sends)
        await store.add_post(*claim_post(i, village(i)))
        at = time.monotonic()
        chats = {10 * i + k for k in range(3)}
        await fake.wait(
            lambda chats=chats, before=before: any(chat in chats for chat, _ in fake.sends[before:]), timeout=60
        )
        got = min(t for chat, t in fake.sends[before:] if chat in chats)
        latencies.append(1000 * (got - at))
    print(f"\nphase 2: {args.trials} claims one at a time (3 subscribers each), sender tick {args.poll:g} s")
    print(
        f"  stored -> first sendMessage: p50 {statistics.median(latencies):.0f} ms, "
        f"p90 {pct(latencies, 90):.0f} ms, max {max(latencies):.0f} ms"
    )
    await asyncio.sleep(0.5)
    await fake.refresh()
    total = Counter(chat for chat, _ in fake.sends)
    print(f"  duplicates over the whole run: {sum(n - 1 for n in total.values())}")


async def main(args: argparse.Namespace) -> None:
    server = await asyncio.create_subprocess_exec(
        sys.executable, __file__, "--serve", stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE
    )
    assert server.stdout is not None and server.stdin is not None
    fake = RemoteFake(int((await server.stdout.readline()).decode()))
    first = args.trials + 1  # phase 3's first village
    places = Places(first + 4 * args.trials)
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "bench.sqlite3"
        store = await open_store(db)
        store.set_planner(make_planner(places, lambda: datetime.now(UTC)), timedelta(minutes=180))
        await seed(store, args, args.phases)
        request = HTTPXRequest(connection_pool_size=args.concurrency * 2)  # as ApplicationBuilder's bot has a pool
        async with Bot(fake.token, base_url=fake.base_url, request=request) as bot:
            if args.phases & {1, 2}:
                await phases12(args, fake, db, store, bot, places)
            if 3 in args.phases:
                await phase3(args, fake, db, store, bot, first)
        await store.close()
    await fake.close()
    server.stdin.close()
    await server.wait()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--subscribers", type=int, default=10_000)
    parser.add_argument("--rate", type=float, default=1000.0, help="sender limiter, messages/s")
    parser.add_argument("--batch", type=int, default=200)
    parser.add_argument("--concurrency", type=int, default=16)
    parser.add_argument("--trials", type=int, default=40)
    parser.add_argument("--poll", type=float, default=0.05, help="sender tick (data_version reads), seconds")
    parser.add_argument("--phases", default="1,2,3", help="which phases to run (default 1,2,3)")
    parser.add_argument("--old-poll", type=float, default=0.25, help="phase 3: the old sender's poll, seconds")
    parser.add_argument("--idle", type=float, default=3.0, help="phase 3: seconds of idle load measured per sender")
    parser.add_argument("--serve", action="store_true", help=argparse.SUPPRESS)  # the fake server process
    parser.add_argument("--write", metavar="DB", help=argparse.SUPPRESS)  # phase 3's writer process
    parser.add_argument("--places", type=int, default=0, help=argparse.SUPPRESS)
    parsed = parser.parse_args()
    parsed.phases = {int(p) for p in parsed.phases.split(",") if p.strip()}
    if parsed.serve:
        asyncio.run(serve_fake())
    elif parsed.write:
        asyncio.run(serve_writer(parsed.write, parsed.places))
    else:
        asyncio.run(main(parsed))
