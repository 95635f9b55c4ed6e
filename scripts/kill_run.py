#!/usr/bin/env python3
"""kill -9 `claimwatch run` many times in the middle of delivering alerts; count lost and doubled alerts against the
clean expectation (every post alerts every subscriber once) and how soon each restart delivers again.

    .venv/bin/python scripts/kill_run.py --kills 60            # about five minutes

Loopback only: a fake t.me/s channel and a fake Bot API server, both in this process (tests/killcycles.py).
"""

from __future__ import annotations

import argparse
import asyncio
import random
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.killcycles import kill_cycles


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--kills", type=int, default=60)
    parser.add_argument("--posts", type=int, default=40, help="posts in the channel at the start")
    parser.add_argument("--chats", type=int, default=3, help="subscribers")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        figures = asyncio.run(kill_cycles(Path(tmp), args.kills, random.Random(args.seed), args.posts, args.chats))
    print(figures.summary())
    for note in figures.notes:
        print("note:", note)
    return 0 if figures.lost == 0 and figures.doubled <= figures.kills and not figures.notes else 1


if __name__ == "__main__":
    sys.exit(main())
