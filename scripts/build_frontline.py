#!/usr/bin/env python3
"""Build ``bot/data/frontline.tsv``: the areas where the fighting is, from the official register (Перелік 376).

Usage (deterministic; reads the register's tidy CSV, see ../shared/data/gazetteer/SOURCES.md)::

    .venv/bin/python scripts/build_frontline.py [--out bot/data/frontline.tsv]
        [--register ../shared/data/gazetteer/status/perelik_376_ed2025-05-07.csv]

The register lists oblasts, raions, hromadas and settlements (KATOTTG codes) with the periods of hostilities or
occupation. Kept: the active-hostilities sections (I.2, I.3) and the areas occupied since the full-scale invasion
(section II with a first start on or after 24.02.2022: not Crimea or the areas held since 2014, where no settlement
changes hands), each only while still going on or ended from 2023 on (not the north of spring 2022, freed within
weeks); left out: possible hostilities (I.1, the border strip). Each row becomes the settlement-code prefix
of its level (UA + 2 digits oblast, + 2 raion, + 3 hromada, or the whole settlement code), one a line with its
section, sorted and unique. The resolver prefers a namesake inside these areas (bot.core.places.frontline).
Beside it, ``bot/data/front_periods.tsv`` keeps every such area since the invasion with its periods, so that a post
dated in 2022 finds the fronts of 2022 (Kharkiv, Kherson, Kyiv oblasts) too.
"""

from __future__ import annotations

import argparse
import csv
from collections.abc import Iterator
from datetime import date
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
REGISTER = REPO.parent / "shared" / "data" / "gazetteer" / "status" / "perelik_376_ed2025-05-07.csv"
OUT = REPO / "bot" / "data" / "frontline.tsv"
PERIODS_OUT = REPO / "bot" / "data" / "front_periods.tsv"
INVASION = date(2022, 2, 24)
RECENT = date(2023, 1, 1)  # an area whose every period ended before this is no longer where the fighting is
KEPT = {"I.2": "active", "I.3": "active", "II": "occupied"}
LEVELS = ((4, 15), (6, 13), (9, 10))  # (prefix length, zeros after it): oblast, raion, hromada


def prefix(code: str) -> str | None:
    """The settlement-code prefix an area's KATOTTG code stands for; None when it is no code."""
    if len(code) != 19 or not code.startswith("UA"):
        return None
    for length, _ in LEVELS:
        if set(code[length:12]) == {"0"}:
            return code[:length]
    return code


def days(dates: str) -> list[date]:
    """The dd.mm.yyyy dates of a `;`-joined field."""
    found = []
    for part in dates.split(";"):
        day, _, rest = part.strip().partition(".")
        month, _, year = rest.partition(".")
        if day.isdigit() and month.isdigit() and year.isdigit():
            found.append(date(int(year), int(month), int(day)))
    return found


def recent(starts: list[date], ends: list[date]) -> bool:
    """A period still open (more starts than ends), or one that ended from RECENT on."""
    return len(starts) > len(ends) or (bool(ends) and max(ends) >= RECENT)


def kept(register: Path) -> Iterator[tuple[str, str, list[date], list[date]]]:
    """(code prefix, section, sorted starts, sorted ends) of every register row in a kept section, occupied areas only
    from the full-scale invasion on."""
    with open(register, encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            section = KEPT.get(row["section"].split(" ")[0])
            found = prefix(row["katottg"].strip())
            if section is None or found is None:
                continue
            starts, ends = sorted(days(row["start_dates"])), sorted(days(row["end_dates"]))
            if section == "occupied" and (not starts or min(starts) < INVASION):
                continue
            yield found, section, starts, ends


def rows(register: Path) -> list[tuple[str, str]]:
    """The kept areas still at war or at war since RECENT: (code prefix, section), sorted."""
    return sorted({(found, section) for found, section, starts, ends in kept(register) if recent(starts, ends)})


def periods(register: Path) -> list[tuple[str, str, str]]:
    """Every kept area since the invasion with its periods ("2022-02-24..2022-09-11;2023-03-01.."; an open end has
    none): the front line on a post's own day (bot.core.places.frontline.FrontPeriods), old fronts included."""
    out: dict[tuple[str, str], set[str]] = {}
    for found, section, starts, ends in kept(register):
        spans = out.setdefault((found, section), set())
        for k, start in enumerate(starts):
            end = ends[k].isoformat() if k < len(ends) else ""
            spans.add(f"{max(start, INVASION).isoformat()}..{end}")
    return [(p, s, ";".join(sorted(spans))) for (p, s), spans in sorted(out.items())]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--register", default=str(REGISTER))
    ap.add_argument("--out", default=str(OUT))
    ap.add_argument("--periods-out", default=str(PERIODS_OUT))
    args = ap.parse_args(argv)
    found = rows(Path(args.register))
    header = "# settlement-code prefix\tsection (scripts/build_frontline.py from Перелік 376, ed. 2025-05-07)\n"
    Path(args.out).write_text(header + "".join(f"{p}\t{s}\n" for p, s in found), encoding="utf-8")
    print(f"{len(found)} areas -> {args.out}")
    dated = periods(Path(args.register))
    header = "# settlement-code prefix\tsection\tperiods start..end (scripts/build_frontline.py, Перелік 376)\n"
    Path(args.periods_out).write_text(header + "".join(f"{p}\t{s}\t{d}\n" for p, s, d in dated), encoding="utf-8")
    print(f"{len(dated)} areas with their periods -> {args.periods_out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
