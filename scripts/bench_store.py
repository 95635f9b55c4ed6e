#!/usr/bin/env python3
"""Benchmark the SQLite ledger through the Store API (one process, a real file on disk).

Usage: .venv/bin/python scripts/bench_store.py [--import-posts 100000] [--posts 1000000] [--claims 300000]
       [--places 5000] [--queries 2000] [--batch 1000] [--dir DIR] [--seed 1]

1. Import: `--import-posts` synthetic channel posts (about 30% with one claim) stored with `Store.add_posts` in
   batches with their cursor, as the export importer does; posts/s. Target: at least 2,000 posts/s.
   Then the same posts again (a re-import: nothing stored) in posts/s.
2. Status: a ledger of `--posts` posts and `--claims` claims over `--places` front-line settlements (Zipf-like:
   a few places get thousands of claims, most get a few), then `--queries` status answers as the bot and the CLI
   compute them (`claims_for` + `current_status` + `status_json`) for random settlements with claims; p50/p99/max
   in ms. Then the 10 most claimed places, each read right after a write (an idle poll that saves the same
   cursor, a claim about another place, a claim about the place itself) and then repeated, three ways: the old
   figure (`claims_for` + `current_status` + `status_json`), the bot's answer recomputed (`claims_for` +
   `current_status` + `status_html`, the path before the status cache) and the bot's answer cached
   (`Store.status_for` + `status_html`: a place with 300+ claims keeps its status until a claim about it is
   added, then merged in, or changed). Target: p99 under 20 ms.
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

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bot.core.claims.status import current_status
from bot.core.present import render
from bot.core.present.codec import status_json
from bot.models import Claim, Kind, Post, Settlement, Side
from bot.storage import PostItem, Store, open_store

T0 = datetime(2023, 1, 1, tzinfo=UTC)
CHANNELS = [(f"channel_{i:02d}", Side.UA if i % 2 else Side.RU) for i in range(20)]
KINDS = list(Kind)
TEXT = (
    "Сили оборони відбили атаки ворога в районах населених пунктів {a}, {b} та {c}. Противник зазнав втрат, "
    "тривають бої. Загалом за добу зафіксовано {n} бойових зіткнень."
)


def place_codes(count: int) -> list[str]:
    return [f"UA14{i:015d}" for i in range(count)]


def make_posts(
    start: int, count: int, codes: list[str], weights: list[float], claim_share: float, rng: random.Random
) -> list[PostItem]:
    batch: list[PostItem] = []
    for i in range(start, start + count):
        channel, side = CHANNELS[i % len(CHANNELS)]
        text = TEXT.format(a=f"А{i}", b=f"Б{i % 977}", c=f"В{i % 313}", n=i % 200)
        post = Post(
            "telegram",
            channel,
            str(i),
            text,
            T0 + timedelta(minutes=i),
            side=side,
            speaker="Speaker",
            url=f"https://t.me/{channel}/{i}",
        )
        claims = []
        if rng.random() < claim_share:
            code = rng.choices(codes, weights)[0]
            kind = rng.choice(KINDS)
            actor = None if kind is Kind.FIGHTING else rng.choice((Side.UA, Side.RU))
            claims.append(Claim(code, "Назва", kind, actor, side, "Speaker", text[:80], (0, 10), 0.9))
        batch.append((post, claims, "uk"))
    return batch


async def bench_import(directory: Path, posts: int, batch_size: int, rng: random.Random) -> None:
    codes = place_codes(2000)
    weights = [1.0] * len(codes)
    items = make_posts(0, posts, codes, weights, 0.3, rng)
    async with await open_store(directory / "import.sqlite3") as store:
        for label in ("import", "re-import (all known)"):
            started = time.perf_counter()
            stored = 0
            for start in range(0, len(items), batch_size):
                chunk = items[start : start + batch_size]
                stored += sum(await store.add_posts(chunk, cursor=("export:bench", chunk[-1][0].external_id)))
            elapsed = time.perf_counter() - started
            print(f"{label}: {posts:,} posts in {elapsed:.1f} s = {posts / elapsed:,.0f} posts/s ({stored:,} stored)")


async def fill(
    store: Store, posts: int, claims: int, codes: list[str], weights: list[float], batch_size: int, rng: random.Random
) -> None:
    share = claims / posts
    started = time.perf_counter()
    for start in range(0, posts, batch_size):
        await store.add_posts(make_posts(start, min(batch_size, posts - start), codes, weights, share, rng))
    print(f"filled {posts:,} posts in {time.perf_counter() - started:.0f} s")


def percentiles(samples: list[float]) -> str:
    s = sorted(samples)
    p = lambda q: s[min(len(s) - 1, int(q * len(s)))]  # noqa: E731
    return (
        f"p50 {p(0.50) * 1000:.2f} ms, p99 {p(0.99) * 1000:.2f} ms, max {s[-1] * 1000:.2f} ms "
        f"(mean {statistics.fmean(s) * 1000:.2f} ms, n={len(s)})"
    )


async def status_once(store: Store, code: str, now: datetime) -> int:
    settlement = settlement_of(code)
    claims = await store.claims_for([code])
    status_json(current_status(settlement, claims, now))
    return len(claims)


async def bench_status(
    directory: Path, posts: int, claims: int, places: int, queries: int, batch_size: int, rng: random.Random
) -> None:
    codes = place_codes(places)
    weights = [1.0 / (rank + 1) ** 0.8 for rank in range(places)]
    path = directory / f"status-{posts}-{claims}-{places}.sqlite3"
    async with await open_store(path) as store:
        if (await store.counts())["posts"] < posts:
            await fill(store, posts, claims, codes, weights, batch_size, rng)
        counts = await store.counts()
        print(
            f"ledger: {counts['posts']:,} posts, {counts['claims']:,} claims over {places:,} places, "
            f"{path.stat().st_size / 1e6:.0f} MB"
        )
        now = datetime.now(UTC)
        for code in codes[:50]:  # warm the page cache as a long-running bot would be
            await status_once(store, code, now)
        samples, sizes = [], []
        for _ in range(queries):
            code = rng.choice(codes)
            started = time.perf_counter()
            sizes.append(await status_once(store, code, now))
            samples.append(time.perf_counter() - started)
        print(f"status, random place (median {statistics.median(sizes):.0f} claims): {percentiles(samples)}")
        await bench_busy(store, posts, codes[:10], max(2, queries // 100), now, rng)


def settlement_of(code: str) -> Settlement:
    return Settlement(code, "C", "Назва", "Nazva", "Донецька", "Бахмутський", "Бахмутська", 48.0, 37.0)


async def status_old(store: Store, code: str, now: datetime) -> int:
    """The old figure: every claim read from SQLite (as each write made it before the status cache), the status
    computed, its JSON."""
    status = current_status(settlement_of(code), await store._read_claims(code), now)
    status_json(status)
    return len(status.history)


async def status_recomputed(store: Store, code: str, now: datetime) -> int:
    """The bot's answer as it was computed before the status cache: every claim read, the status computed."""
    status = current_status(settlement_of(code), await store._read_claims(code), now)
    render.status_html(status, "uk")
    return len(status.history)


async def status_cached(store: Store, code: str, now: datetime) -> int:
    """The bot's answer now: the store's status of the place (kept for a busy place until a claim about it)."""
    status = await store.status_for(settlement_of(code))
    render.status_html(status, "uk")
    return len(status.history)


async def bench_busy(
    store: Store, posts: int, busy: list[str], repeats: int, now: datetime, rng: random.Random
) -> None:
    """The 10 most claimed places, each read right after a write of some kind, then repeated, three ways."""
    written = [0]

    async def claim_about(code: str) -> None:
        written[0] += 1
        await store.add_posts(make_posts(posts + 1000 + written[0], 1, [code], [1.0], 1.0, rng))

    async def idle_poll(code: str) -> None:  # a poll that found nothing new saves the same cursor again
        await store.add_posts([], cursor=("web:bench", "42"))

    async def elsewhere(code: str) -> None:
        await claim_about(code + "x")  # a place of its own, not one of the ten

    await store.add_posts([], cursor=("web:bench", "42"))
    for code in busy:  # a running bot has answered about its busiest places before
        await status_cached(store, code, now)
    paths = (
        ("old: all claims read + current_status + status_json", status_old),
        ("bot, recomputed: all claims read + current_status + status_html", status_recomputed),
        ("bot, cached: Store.status_for + status_html", status_cached),
    )
    sizes: list[int] = []
    for label, write in (
        ("an idle poll (same cursor)", idle_poll),
        ("a claim about another place", elsewhere),
        ("a claim about this place", claim_about),
    ):
        print(f"status, 10 most claimed places, after {label}:")
        for name, ask in paths:
            after: list[float] = []
            again: list[float] = []
            for code in busy:
                for i in range(repeats):
                    if i == 0:
                        await write(code)
                    started = time.perf_counter()
                    sizes.append(await ask(store, code, now))
                    (after if i == 0 else again).append(time.perf_counter() - started)
            print(f"  {name}: after the write {percentiles(after)}; repeated {percentiles(again)}")
    print(f"(the 10 places have {min(sizes):,}-{max(sizes):,} claims each)")


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--import-posts", type=int, default=100_000)
    parser.add_argument("--posts", type=int, default=1_000_000)
    parser.add_argument("--claims", type=int, default=300_000)
    parser.add_argument("--places", type=int, default=5000)
    parser.add_argument("--queries", type=int, default=2000)
    parser.add_argument("--batch", type=int, default=1000)
    parser.add_argument("--dir", help="keep the databases here (default: a temporary folder)")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    with tempfile.TemporaryDirectory() as tmp:
        directory = Path(args.dir) if args.dir else Path(tmp)
        directory.mkdir(parents=True, exist_ok=True)
        if args.import_posts:
            await bench_import(directory, args.import_posts, args.batch, rng)
        if args.posts:
            await bench_status(directory, args.posts, args.claims, args.places, args.queries, args.batch, rng)


if __name__ == "__main__":
    asyncio.run(main())
