#!/usr/bin/env python3
"""Start-up of one-shot commands: `claimwatch --version`, then `claimwatch places Бахмут` and `claimwatch status
Бахмут` with the gazetteer's start-up cache warm and with it off, each run N times in fresh processes.

    .venv/bin/python scripts/bench_startup.py [--repeats 15] [--cache-dir DIR] [--bytecode]

Prints the median, min and max wall time of each and its ratio to `--version` (the interpreter and the CLI alone).
The cache goes to a temporary directory (or --cache-dir), never to ~/.cache; one untimed run warms it first, and
the outputs with the cache and without are checked to be the same. Target (issue 13): places and status <= 0.3 s and
<= 8x `--version` with the cache warm. Runs `python -m bot` with the interpreter running this script. With
PYTHONDONTWRITEBYTECODE set, every process compiles bot/ from source (~30 ms) where an installed package reads its
.pyc files: --bytecode unsets it for the children (they write __pycache__/ in the work tree, which git ignores).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ENV = "CLAIMWATCH_GAZETTEER_CACHE"
TARGET_SECONDS = 0.3
TARGET_RATIO = 8.0


BYTECODE: dict[str, str] = {}  # --bytecode: PYTHONDONTWRITEBYTECODE="" (empty is unset for Python)


def run(args: list[str], cache: str) -> tuple[float, str]:
    """Wall seconds of one fresh `claimwatch ARGS`, and what it printed."""
    env = {**os.environ, ENV: cache, **BYTECODE}
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "bot", *args], cwd=ROOT, env=env, capture_output=True, text=True)
    took = time.perf_counter() - start
    if done.returncode not in (0, 1):  # status exits 1 for a place nothing is recorded about
        raise SystemExit(f"claimwatch {' '.join(args)}: exit {done.returncode}\n{done.stderr}")
    return took, done.stdout


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeats", type=int, default=15, help="fresh processes per case (default 15)")
    parser.add_argument("--cache-dir", help="the cache directory (default: a temporary one)")
    parser.add_argument("--bytecode", action="store_true", help="let the children read and write .pyc files")
    opts = parser.parse_args()
    if opts.bytecode:
        BYTECODE["PYTHONDONTWRITEBYTECODE"] = ""
    elif os.environ.get("PYTHONDONTWRITEBYTECODE"):
        print("note: PYTHONDONTWRITEBYTECODE is set: every run compiles bot/ from source (see --bytecode)")
    with tempfile.TemporaryDirectory(prefix="bench-startup-") as tmp:
        cache = opts.cache_dir or str(Path(tmp) / "cache")
        config = Path(tmp) / "config.toml"  # a ledger that does not exist: status answers without a database
        config.write_text(f'[storage]\npath = "{Path(tmp) / "none.sqlite3"}"\n', encoding="utf-8")
        places, status = ["places", "Бахмут"], ["status", "--config", str(config), "Бахмут"]
        cases = [
            ("--version", ["--version"], cache),
            ("places Бахмут, cache warm", places, cache),
            ("places Бахмут, cache off", places, "off"),
            ("status Бахмут, cache warm", status, cache),
            ("status Бахмут, cache off", status, "off"),
        ]
        for args in (places, status):  # warm the cache; same output both ways
            warm, off = run(args, cache)[1], run(args, "off")[1]
            if warm != off:
                raise SystemExit(f"claimwatch {' '.join(args)}: different output with the cache and without")
        times: dict[str, list[float]] = {label: [] for label, _, _ in cases}
        for _ in range(opts.repeats):  # interleaved: the machine's noise falls on every case alike
            for label, args, where in cases:
                times[label].append(run(args, where)[0])
    base = statistics.median(times["--version"])
    print(f"{'command':<28} {'median':>8} {'min':>7} {'max':>7} {'x --version':>12}   ({opts.repeats} runs each)")
    for label, _, _ in cases:
        t = times[label]
        median = statistics.median(t)
        print(f"{label:<28} {median:>7.3f}s {min(t):>6.3f}s {max(t):>6.3f}s {median / base:>11.1f}x")
    print(f"target: <= {TARGET_SECONDS} s and <= {TARGET_RATIO:.0f}x --version with the cache warm")
    return 0


if __name__ == "__main__":
    sys.exit(main())
