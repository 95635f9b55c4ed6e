#!/usr/bin/env python3
"""Resident memory of `claimwatch run` (watcher and bot in one process) once it is idle, and of one-shot commands.

    .venv/bin/python scripts/bench_memory.py [--posts 40] [--idle 10]

Starts `claimwatch run` against a fake t.me/s channel and a fake Bot API on 127.0.0.1 (tests/killcycles.py's rig),
waits until every post is stored and alerted, then samples VmRSS from /proc every 0.2 s for --idle seconds and prints
the idle median and the peak (VmHWM) beside `claimwatch --version` and `claimwatch places Бахмут` as baselines.
Target (issue 13): `run` idle under 200 MiB.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.killcycles import Rig

ROOT = Path(__file__).resolve().parent.parent


def status_kib(pid: int, field: str) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    raise LookupError(field)


def one_shot_peak(*args: str) -> float:
    """Peak RSS (MiB) of a fresh `claimwatch ARGS` process."""
    code = (
        "import resource, runpy, sys; sys.argv = ['claimwatch', *sys.argv[1:]]\n"
        "try:\n    runpy.run_module('bot', run_name='__main__')\nexcept SystemExit:\n    pass\n"
        "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, file=sys.stderr)"
    )
    out = subprocess.run([sys.executable, "-c", code, *args], cwd=ROOT, capture_output=True, text=True, check=False)
    return int(out.stderr.strip().splitlines()[-1]) / 1024


async def run_idle(posts: int, idle: float) -> tuple[float, float]:
    with tempfile.TemporaryDirectory() as tmp:
        rig = Rig(Path(tmp), chats=3, posts=posts)
        await rig.start()
        rig.launch()
        assert rig.proc is not None
        try:
            await rig.fake.wait_for(lambda: len(rig.delivered()) >= rig.expected or None, 120)
        except TimeoutError:
            print(f"warning: only {len(rig.delivered())} of {rig.expected} alerts within 120 s", file=sys.stderr)
        samples = []
        end = time.monotonic() + idle
        while time.monotonic() < end:
            samples.append(status_kib(rig.proc.pid, "VmRSS"))
            await asyncio.sleep(0.2)
        peak = status_kib(rig.proc.pid, "VmHWM")
        await rig.stop()
        return statistics.median(samples) / 1024, peak / 1024


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--posts", type=int, default=40, help="posts in the channel (each alerts 3 subscribers)")
    parser.add_argument("--idle", type=float, default=10.0, help="seconds of idle sampling after the last alert")
    args = parser.parse_args()
    version = one_shot_peak("--version")
    places = one_shot_peak("places", "Бахмут")
    idle, peak = asyncio.run(run_idle(args.posts, args.idle))
    print(f"claimwatch --version        peak {version:6.1f} MiB")
    print(f"claimwatch places Бахмут    peak {places:6.1f} MiB")
    print(f"claimwatch run, idle        median {idle:6.1f} MiB, peak {peak:6.1f} MiB (target: idle < 200 MiB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
