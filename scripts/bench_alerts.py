#!/usr/bin/env python3
"""Benchmark the alert path: claim stored (transactional outbox) -> sender -> fake Bot API server on 127.0.0.1.

    .venv/bin/python scripts/bench_alerts.py [--subscribers 10000] [--rate 1000] [--trials 40] [--poll 0.05]

Phase 1: N subscribers of one village, one claim: time from the claim being stored (add_post committed) to the last
sendMessage at the limiter's rate, duplicates (must be 0), latency from stored to the first sendMessage.
Phase 2: `--trials` claims about other villages, one at a time at random gaps: stored -> first sendMessage latency
p50/p90/max (target p50 < 500 ms). Telegram's real limit is ~30 messages/s; `--rate` raises the sender's limiter for
the bench (at 30/s, 10,000 messages take 333 s by construction).
"""

from __future__ import annotations

import argparse
import asyncio
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


async def main(args: argparse.Namespace) -> None:
    server = await asyncio.create_subprocess_exec(
        sys.executable, __file__, "--serve", stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE
    )
    assert server.stdout is not None and server.stdin is not None
    fake = RemoteFake(int((await server.stdout.readline()).decode()))
    places = Places(args.trials + 1)
    with tempfile.TemporaryDirectory() as tmp:
        store = await open_store(Path(tmp) / "bench.sqlite3")
        store.set_planner(make_planner(places, lambda: datetime.now(UTC)), timedelta(minutes=180))
        target = village(0)
        t = time.perf_counter()
        for chat_id in range(1, args.subscribers + 1):
            await store.add_subscription(1_000_000 + chat_id, settlement=target.code, lang="uk")
        for i in range(1, args.trials + 1):  # other villages: 3 subscribers each
            for k in range(3):
                await store.add_subscription(10 * i + k, settlement=village(i).code, lang="en")
        print(f"seeded {args.subscribers:,} + {3 * args.trials} subscriptions in {time.perf_counter() - t:.1f} s")

        outbox = await open_store(Path(tmp) / "bench.sqlite3")  # the sender's own connection, as in the bot
        request = HTTPXRequest(connection_pool_size=args.concurrency * 2)  # as ApplicationBuilder's bot has a pool
        async with Bot(fake.token, base_url=fake.base_url, request=request) as bot:
            sender = Sender(outbox, bot, places, rate=args.rate, batch=args.batch, concurrency=args.concurrency)
            stop = asyncio.Event()
            loop_task = asyncio.create_task(sender.run_forever(stop, tick=args.poll))

            # phase 1: one claim, N subscribers
            t_call = time.monotonic()
            await store.add_post(*claim_post(0, target))
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
                f"batch {args.batch}, concurrency {args.concurrency}, poll {args.poll:g} s"
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

            # phase 2: latency of single claims
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
            print(
                f"\nphase 2: {args.trials} claims one at a time (3 subscribers each), sender polling every "
                f"{args.poll:g} s"
            )
            print(
                f"  stored -> first sendMessage: p50 {statistics.median(latencies):.0f} ms, "
                f"p90 {pct(latencies, 90):.0f} ms, max {max(latencies):.0f} ms"
            )
            await asyncio.sleep(0.5)
            await fake.refresh()
            total = Counter(chat for chat, _ in fake.sends)
            print(f"  duplicates over the whole run: {sum(n - 1 for n in total.values())}")
            stop.set()
            await loop_task
        await outbox.close()
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
    parser.add_argument("--serve", action="store_true", help=argparse.SUPPRESS)  # the fake server process
    parsed = parser.parse_args()
    asyncio.run(serve_fake() if parsed.serve else main(parsed))
