#!/usr/bin/env python3
"""The rim's fuzz properties (tests/rim_fuzz.py) at length: 200,000 hostile inputs by default, split over t.me/s
pages, feeds, exports (parsed and through the file), configs and posts. Prints per property how many ran, how
long it took, and the first failure if any.

    .venv/bin/python scripts/fuzz_rim.py [--total 200000] [--seed 1]
"""

from __future__ import annotations

import argparse
import logging
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from hypothesis import HealthCheck, given, seed, settings
from hypothesis import strategies as st

from tests import rim_fuzz as fuzz

SHARES = {  # of the total
    "posts": 0.30,
    "pages": 0.25,
    "feeds": 0.15,
    "exports (parsed)": 0.175,
    "exports (file)": 0.025,
    "configs": 0.10,
}


def properties() -> dict[str, tuple[Any, Any]]:
    return {
        "posts": (st.tuples(fuzz.posts, st.integers(1000, 20_000)), lambda v: fuzz.check_clean_post(*v)),
        "pages": (fuzz.pages(), fuzz.check_page),
        "feeds": (fuzz.feeds(), fuzz.check_feed),
        "exports (parsed)": (fuzz.exports, lambda v: fuzz.check_export(v, through_file=False)),
        "exports (file)": (fuzz.exports, lambda v: fuzz.check_export(v, through_file=True)),
        "configs": (fuzz.configs, fuzz.check_config),
    }


def make_counted(check: Any, ran: list[int]) -> Any:
    def counted(value: Any) -> None:
        ran[0] += 1
        check(value)

    return counted


def main() -> int:
    logging.disable(logging.CRITICAL)  # the rim logs every odd input it meets: thousands of lines here
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--total", type=int, default=200_000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    failed = 0
    ran_total = 0
    for name, (strategy, check) in properties().items():
        count = max(1, int(args.total * SHARES[name]))
        ran = [0]
        counted = make_counted(check, ran)
        test = seed(args.seed)(
            settings(
                max_examples=count,
                deadline=None,
                database=None,
                suppress_health_check=list(HealthCheck),
            )(given(strategy)(counted))
        )
        started = time.perf_counter()
        try:
            test()
            outcome = "ok"
        except Exception as exc:  # the property's counterexample, as hypothesis shrank it
            failed += 1
            outcome = f"FAIL {type(exc).__name__}: {str(exc)[:300]}"
        ran_total += ran[0]
        print(f"{name:18} {ran[0]:7d} inputs in {time.perf_counter() - started:6.1f}s  {outcome}", flush=True)
    print(f"{ran_total} inputs, {failed} properties failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
