#!/usr/bin/env python3
"""kill -9 `claimwatch watch` many times in the middle of a backfill from a fake t.me/s channel (new posts arriving
between kills), then count posts lost or stored twice and claims against a run that was never killed, and run
PRAGMA integrity_check. tests/test_watcher.py::test_sigkill_mid_ingest_then_restart_loses_nothing is one cycle.

    .venv/bin/python scripts/kill_watch.py --kills 40     # about five minutes
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.killcycles import watch_kill_cycles


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--kills", type=int, default=40)
    parser.add_argument("--posts", type=int, default=1500)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        figures = watch_kill_cycles(Path(tmp), args.kills, random.Random(args.seed), args.posts)
    print(figures.summary())
    ok = figures.lost == figures.doubled == figures.duplicate_claims == 0 and figures.integrity == "ok"
    return 0 if ok and figures.claims == figures.reference_claims else 1


if __name__ == "__main__":
    sys.exit(main())
