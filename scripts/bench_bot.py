#!/usr/bin/env python3
"""Bench: 100 simulated users send /status through the fake Bot API server; reply latency measured at the server.

Latency = time the reply's sendMessage reached the fake server - time the user's update was queued there (the bot
long-polls, so this includes getUpdates delivery, the handler, SQLite, rendering, the rate limiter and the HTTP
round trip). Everything runs on 127.0.0.1, bot and fake server in one process and one event loop.

    .venv/bin/python scripts/bench_bot.py [--users 100] [--mode paced|burst|both] [--rate 20] [--no-rate-limiter]

`paced` spreads the users' messages at --rate per second (below Telegram's 30 messages/s, which AIORateLimiter
enforces); `burst` sends all at once, so the rate limiter necessarily queues replies beyond the first 30.
Target: p99 < 150 ms (paced).
"""

from __future__ import annotations

import argparse
import asyncio
import random
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot.chat.application import build_application, running
from bot.chat.state import BotData
from bot.config import parse_config
from bot.core.places import load_gazetteer
from bot.models import Claim, Kind, Post, Side
from bot.storage import open_store
from tests.fakebotapi import FakeBotAPI


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q / 100 * (len(ordered) - 1)))]


async def seed(store: object, settlements: list, claims_each: int) -> None:  # type: ignore[type-arg]
    now = datetime.now(UTC)
    n = 0
    kinds = list(Kind)
    for s in settlements:
        for i in range(claims_each):
            n += 1
            side = Side.UA if i % 2 else Side.RU
            post = Post(
                "telegram",
                "bench_ua" if side is Side.UA else "bench_ru",
                str(n),
                f"post {n} about {s.name}",
                now - timedelta(hours=n),
                side=side,
                speaker="Bench",
                url=f"https://t.me/bench/{n}",
            )
            claim = Claim(s.code, s.name, kinds[n % len(kinds)], side, side, speaker="Bench", quote=f"{s.name} " * 5)
            await store.add_post(post, [claim], "uk")  # type: ignore[attr-defined]


async def run_round(fake: FakeBotAPI, users: list[tuple[int, str]], rate: float | None) -> list[float]:
    pushed: dict[int, int] = {}
    for user_id, name in users:
        pushed[user_id] = fake.push_message(user_id, f"/status {name}")
        if rate:
            await asyncio.sleep(1 / rate)
    await fake.wait_for(lambda: all(fake.sent("sendMessage", chat_id=u) for u, _ in users), timeout=120)
    latencies = []
    for user_id, update_id in pushed.items():
        reply = fake.sent("sendMessage", chat_id=user_id)[0]
        latencies.append((reply.at - fake.pushed_at[update_id]) * 1000)
    return latencies


def report(label: str, latencies: list[float]) -> None:
    print(
        f"{label:<48} n={len(latencies)}  p50={statistics.median(latencies):7.1f} ms  "
        f"p99={percentile(latencies, 99):7.1f} ms  max={max(latencies):7.1f} ms"
    )


async def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--users", type=int, default=100)
    parser.add_argument("--mode", choices=["paced", "burst", "both"], default="both")
    parser.add_argument("--rate", type=float, default=20.0, help="messages per second in paced mode")
    parser.add_argument("--claims", type=int, default=6, help="claims per settlement in the ledger")
    parser.add_argument(
        "--no-rate-limiter",
        action="store_true",
        help="without AIORateLimiter: the bot's own capacity (never run like this against Telegram)",
    )
    args = parser.parse_args()

    t0 = time.perf_counter()
    gazetteer = load_gazetteer()
    print(f"gazetteer loaded in {time.perf_counter() - t0:.2f} s ({len(gazetteer.settlements)} settlements)")
    rng = random.Random(7)
    places = rng.sample([s for s in gazetteer.settlements if s.lat is not None], 50)
    with tempfile.TemporaryDirectory() as tmp:
        fake = FakeBotAPI()
        await fake.start()
        config = parse_config(
            {
                "storage": {"path": str(Path(tmp) / "bench.sqlite3")},
                "bot": {"token": fake.token, "base_url": fake.base_url},
            },
            env={},
        )
        store = await open_store(config.storage.path)
        await seed(store, places, args.claims)
        app = build_application(BotData(config, gazetteer, store), rate_limit=not args.no_rate_limiter)
        async with running(app, poll_timeout=5):
            # warm-up: first request opens connections and caches
            await run_round(fake, [(10_000_000, places[0].code)], None)
            base = 1
            modes = ["paced", "burst"] if args.mode == "both" else [args.mode]
            for mode in modes:
                users = [(base + i, places[i % len(places)].name) for i in range(args.users)]
                base += args.users
                latencies = await run_round(fake, users, args.rate if mode == "paced" else None)
                label = f"{mode} ({args.rate:g}/s)" if mode == "paced" else "burst (all at once)"
                label += ", no rate limiter" if args.no_rate_limiter else ""
                report(f"{args.users} users, {label}", latencies)
        await store.close()
        await fake.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(asyncio.run(main()))
