#!/usr/bin/env python3
"""Is extraction linear in the length of a post? Times one post built from a repeated unit at growing sizes.

Usage: .venv/bin/python scripts/bench_linear.py [--sizes 4000,16000,64000] [--jsonl FILE ...] [--repeats 3]
Units: the adversarial texts of tests/test_extract_linear.py (one endless sentence of claims, names repeated),
and, with --jsonl, the texts of labelled posts joined into one. Prints the median milliseconds and microseconds
per character at each size, and the growth: (time at the largest size / time at the smallest) / (size ratio),
1.0 for linear work (a quadratic cost gives the size ratio itself). Uses the bundled gazetteer.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bot.core.claims.extract import extract_claims
from bot.core.places import load_gazetteer
from bot.models import Post, Side

UNITS = {
    "endless sentence (uk)": "Кліщіївку звільнено ",
    "short sentences (uk)": "Кліщіївку звільнено. ",
    "endless sentence (ru)": "ВС РФ освободили Андреевку, ",
    "latin names": "Klishchiivka Andriivka Bakhmut ",
    "speakers and namesakes": "Сирський заявив, що Андріївку звільнено, а Бахмут ні, ",
    "attacks then repelled": "Ворог атакував біля Андріївки. Усі атаки відбито. ",
}


def seconds(gazetteer: object, text: str, repeats: int) -> float:
    post = Post(source="bench", channel="bench", external_id="1", text=text, side=Side.UA)
    runs = []
    for _ in range(repeats):
        start = time.perf_counter()
        extract_claims(post, gazetteer)  # type: ignore[arg-type]
        runs.append(time.perf_counter() - start)
    return statistics.median(runs)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="4000,16000,64000", help="post lengths in characters (default: %(default)s)")
    parser.add_argument("--jsonl", type=Path, nargs="*", default=[], help="labelled posts to join into one text")
    parser.add_argument("--repeats", type=int, default=3, help="runs per size; the median is shown")
    args = parser.parse_args()
    sizes = sorted(int(s) for s in args.sizes.split(","))
    gazetteer = load_gazetteer()
    units = dict(UNITS)
    if args.jsonl:
        texts = [json.loads(line)["text"] for path in args.jsonl for line in path.read_text().splitlines() if line]
        units["labelled posts joined"] = "\n\n".join(texts)
    print(f"{'text':24s} " + " ".join(f"{n:>16,d}" for n in sizes) + "   growth")
    for name, unit in units.items():
        seconds(gazetteer, unit * 2, 1)  # warm: patterns compiled, names memoised
        row = []
        for n in sizes:
            text = (unit * (n // len(unit) + 1))[:n]
            row.append(seconds(gazetteer, text, args.repeats))
        growth = (row[-1] / row[0]) / (sizes[-1] / sizes[0]) if row[0] > 0 else float("nan")
        cells = " ".join(f"{t * 1000:7.0f} ms {t / n * 1e6:4.1f}µs" for t, n in zip(row, sizes, strict=True))
        print(f"{name:24s} {cells}   {growth:5.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
