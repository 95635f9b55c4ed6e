#!/usr/bin/env python3
"""Run `claimwatch doctor` on many broken configs; each must fail with one line naming the key, no traceback.

    .venv/bin/python scripts/broken_configs.py        # prints one line per config and a summary

The same table (bot-free, in-process) is tests/test_config.py::test_broken_configs; this script runs every entry
through the real command line in a subprocess, as a person would meet it.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.config_cases import BROKEN  # noqa: E402


def main() -> int:
    failures = 0
    with tempfile.TemporaryDirectory() as tmp:
        for number, (text, key) in enumerate(BROKEN, start=1):
            path = Path(tmp) / f"c{number}.toml"
            path.write_bytes(text if isinstance(text, bytes) else text.encode("utf-8"))
            run = subprocess.run(
                [sys.executable, "-m", "bot", "doctor", "--config", str(path)],
                cwd=tmp,
                capture_output=True,
                text=True,
                env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"},
                timeout=120,
            )
            err = run.stderr.strip().splitlines()
            last = err[-1] if err else ""
            ok = run.returncode == 1 and "Traceback" not in run.stderr and key in last and len(err) == 1
            failures += not ok
            print(f"{'ok  ' if ok else 'FAIL'} {number:2d} exit {run.returncode}: {last}")
            if not ok:
                print(run.stderr[-2000:])
    print(f"{len(BROKEN)} broken configs: {len(BROKEN) - failures} clear one-line errors, {failures} not")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
