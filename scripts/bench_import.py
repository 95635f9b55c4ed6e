#!/usr/bin/env python3
"""Benchmark `claimwatch import`'s whole path: result.json -> Posts -> extract_claims -> Store, in batches.

Usage: .venv/bin/python scripts/bench_import.py [--posts 20000] [--dir DIR] [--seed 1]

Writes a synthetic Telegram Desktop export of `--posts` channel posts (Ukrainian and Russian front-line reports,
real settlement names, about a third with no place at all), imports it into a fresh ledger with the bundled
gazetteer, then imports it again (a re-import: nothing stored). Prints posts/s for both. Compare with
scripts/bench_store.py, which times the Store alone (the target there is >= 2,000 posts/s).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bot.core.places import load_gazetteer
from bot.storage import open_store
from bot.watcher.imports import import_export

PLACES = ["Роботине", "Очеретине", "Архангельське", "Часів Яр", "Красногорівка", "Бердичі", "Новомихайлівка"]
RU_PLACES = ["Работино", "Очеретино", "Архангельское", "Часов Яр", "Красногоровка", "Бердычи", "Новомихайловка"]
UK = [
    "Сили оборони відбили атаки поблизу {}.",
    "Ворог захопив {}, інформація уточнюється.",
    "Тривають бої за {}, ситуація складна.",
    "Підрозділи звільнили {}.",
    "Обстріл Херсона триває, інформація про загиблих уточнюється.",
]
RU = [
    "Подразделения группировки «Центр» освободили населённый пункт {}.",
    "Отражены атаки ВСУ в районе {}.",
    "Продолжаются бои у {}, противник несёт потери.",
    "Сводка Министерства обороны: ситуация под контролем.",
]


def export(n: int, rng: random.Random) -> dict[str, object]:
    messages = []
    for i in range(1, n + 1):
        if rng.random() < 0.5:
            text = rng.choice(UK).format(rng.choice(PLACES)) + " Зведення Генштабу."
        else:
            text = rng.choice(RU).format(rng.choice(RU_PLACES))
        messages.append(
            {
                "id": i,
                "type": "message",
                "date": "2024-05-01T10:00:00",
                "date_unixtime": str(1714557600 + 60 * i),
                "from": "Channel",
                "from_id": "channel1",
                "text": text,
                "text_entities": [{"type": "plain", "text": text}],
            }
        )
    return {"name": "Bench channel", "type": "public_channel", "id": 1, "messages": messages}


async def run(args: argparse.Namespace) -> None:
    folder = Path(args.dir or tempfile.mkdtemp(prefix="claimwatch-bench-"))
    path = folder / "result.json"
    path.write_text(json.dumps(export(args.posts, random.Random(args.seed)), ensure_ascii=False), encoding="utf-8")
    started = time.perf_counter()
    gazetteer = load_gazetteer()
    print(f"gazetteer: {len(gazetteer.settlements)} settlements in {time.perf_counter() - started:.1f}s")
    store = await open_store(folder / "bench.sqlite3")
    try:
        for label in ("import", "re-import"):
            started = time.perf_counter()
            report = await import_export(path, store, gazetteer, channel="bench_channel")
            elapsed = time.perf_counter() - started
            print(f"{label}: {report.summary()} in {elapsed:.1f}s = {args.posts / elapsed:,.0f} posts/s")
    finally:
        await store.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--posts", type=int, default=20000)
    parser.add_argument("--dir")
    parser.add_argument("--seed", type=int, default=1)
    asyncio.run(run(parser.parse_args()))


if __name__ == "__main__":
    main()
