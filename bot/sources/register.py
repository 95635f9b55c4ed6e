"""The official register of occupied and hostilities territories (Order 376) as claims of the Ukrainian government.

Pure: `parse_register(text)` reads the tidy CSV extract (columns section, table, oblast_header, raion_header,
katottg, name, start_dates, end_dates, note; several periods joined with `;`), and `register_posts(entries,
settlements)` turns each dated event into a `Post` with one `Claim` per settlement it covers:

- section II (temporarily occupied): start -> captured by ru; end -> captured by ua (de-occupation);
- sections I.2 / I.3 (active hostilities): start -> fighting (bot.core.claims.status counts it as the register's
  area of active hostilities, which says nothing about who holds a place); end -> repelled by ua (the hostilities
  ended and the place stayed Ukrainian), unless an occupation of the same settlement begins around that day or is
  still going on (an occupation already over, as after a de-occupation, does not count);
- section I.1 (possible hostilities) says nothing about who holds a place: it is counted and skipped.

A row names an oblast, a raion, a hromada or one settlement (the KATOTTG level is read from the code); hromadas and
larger are expanded to their settlements, minus those named after «за винятком» and those with a row of their own
in the same section. External ids are deterministic, so importing the same file again changes nothing.
"""

from __future__ import annotations

import csv
import io
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta

from bot.core.claims.status import REGISTER_SOURCE
from bot.models import Claim, Kind, Post, Settlement, Side

SOURCE = REGISTER_SOURCE
CHANNEL = "register"
SPEAKER = "Мінрозвитку (Перелік 376)"
OCCUPIED, ACTIVE, ACTIVE_ERES, POSSIBLE = "occupied", "active", "active_eres", "possible"
SECTION_WORDS = {
    OCCUPIED: "тимчасово окуповані території",
    ACTIVE: "території активних бойових дій",
    ACTIVE_ERES: "території активних бойових дій, де функціонують ДЕІР",
    POSSIBLE: "території можливих бойових дій",
}
NEAR_OCCUPATION = timedelta(days=7)

_CODE = re.compile(r"^UA\d{17}$")
_DATE = re.compile(r"(\d{1,2})\s*\.\s*(\d{1,2})\s*[.\s]\s*(\d{4})")
_EXCEPT = re.compile(r"\bза\s+винятком\b", re.IGNORECASE)
_PLACE_PREFIX = re.compile(r"(?:^|[\s,])(?:с-ще|смт|с\.|м\.|сел\.)\s*", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class RegisterEntry:
    """One row of the register: a territory, its section and its periods (start, end or None = ongoing)."""

    line: int
    section: str  # OCCUPIED | ACTIVE | ACTIVE_ERES | POSSIBLE
    code: str
    name: str
    periods: tuple[tuple[date, date | None], ...]
    excluded: tuple[str, ...] = ()  # settlement names after «за винятком»

    @property
    def level(self) -> str:
        """'oblast', 'raion', 'hromada' or 'settlement', read from the KATOTTG code."""
        d = self.code[2:]
        if d[7:10] != "000":
            return "settlement"
        if d[4:7] != "000":
            return "hromada"
        return "raion" if d[2:4] != "00" else "oblast"

    @property
    def prefix(self) -> str:
        return {"oblast": self.code[:4], "raion": self.code[:6], "hromada": self.code[:9]}.get(self.level, self.code)


@dataclass
class RegisterReport:
    """What parsing and expanding found wrong or skipped, for the log and the command's summary."""

    rows: int = 0
    entries: int = 0
    skipped_possible: int = 0
    bad_rows: list[str] = field(default_factory=list)
    unknown_codes: list[str] = field(default_factory=list)
    settlements: int = 0
    posts: int = 0


def _section(value: str) -> str | None:
    v = value.strip()
    if v.startswith("II"):
        return OCCUPIED
    if v.startswith("I.1"):
        return POSSIBLE
    if v.startswith("I.2"):
        return ACTIVE
    if v.startswith("I.3"):
        return ACTIVE_ERES
    return None


def parse_dates(value: str) -> list[date | None]:
    """'05.03.2022;31.03. 2022' -> dates (None for a part that is not a date)."""
    out: list[date | None] = []
    for part in value.split(";"):
        if not part.strip():
            continue
        m = _DATE.search(part)
        try:
            out.append(date(int(m.group(3)), int(m.group(2)), int(m.group(1))) if m else None)
        except ValueError:
            out.append(None)
    return out


def excluded_names(name: str) -> tuple[str, ...]:
    """«Мирівська ... громада за винятком с. Вищетарасівка, с-ще Веселе» -> ('Вищетарасівка', 'Веселе')."""
    m = _EXCEPT.search(name)
    if not m:
        return ()
    rest = " ".join(name[m.end() :].split())
    parts = [p.strip(" ,.;") for p in _PLACE_PREFIX.split(rest)]
    return tuple(p for p in parts if p)


def parse_register(text: str, report: RegisterReport | None = None) -> list[RegisterEntry]:
    """Rows of the CSV extract -> entries; header rows repeated inside the table and bad codes are reported."""
    report = report if report is not None else RegisterReport()
    entries = []
    for line, row in enumerate(csv.DictReader(io.StringIO(text)), start=2):
        report.rows += 1
        code = re.sub(r"\s+", "", row.get("katottg") or "")
        section = _section(row.get("section") or "")
        if section is None or not _CODE.match(code):
            report.bad_rows.append(f"line {line}: code {code[:30]!r} in {(row.get('section') or '')[:20]!r}")
            continue
        starts, ends = parse_dates(row.get("start_dates") or ""), parse_dates(row.get("end_dates") or "")
        periods = []
        for i, start in enumerate(starts):
            if start is None:
                continue
            end = ends[i] if i < len(ends) else None
            periods.append((start, end if end is not None and end >= start else None))
        if not periods:
            report.bad_rows.append(f"line {line}: {code}: no start date")
            continue
        name = " ".join((row.get("name") or "").split())
        entries.append(RegisterEntry(line, section, code, name, tuple(periods), excluded_names(name)))
        report.entries += 1
    return entries


def _fold(name: str) -> str:
    return name.casefold().replace("’", "'").replace("ʼ", "'").replace("`", "'")


def expand(
    entries: Sequence[RegisterEntry], settlements: Iterable[Settlement], report: RegisterReport
) -> dict[tuple[str, str], list[tuple[RegisterEntry, Settlement]]]:
    """(section, settlement code) -> the entries covering it, most specific first."""
    by_code = {s.code: s for s in settlements}
    by_prefix: dict[str, list[Settlement]] = defaultdict(list)
    for s in by_code.values():
        for n in (4, 6, 9):
            by_prefix[s.code[:n]].append(s)
    own_rows = {(e.section, e.code) for e in entries if e.level == "settlement"}
    covered: dict[tuple[str, str], list[tuple[RegisterEntry, Settlement]]] = defaultdict(list)
    for e in entries:
        if e.level == "settlement":
            found = [by_code[e.code]] if e.code in by_code else []
        else:
            skip = {_fold(n) for n in e.excluded}
            found = [
                s
                for s in by_prefix.get(e.prefix, [])
                if _fold(s.name) not in skip and (e.section, s.code) not in own_rows
            ]
        if not found:
            report.unknown_codes.append(f"{e.code} ({e.name[:60]})")
            continue
        for s in found:
            covered[(e.section, s.code)].append((e, s))
    return covered


def _day(d: date) -> datetime:
    return datetime(d.year, d.month, d.day, tzinfo=UTC)


def _fmt(d: date | None) -> str:
    return d.strftime("%d.%m.%Y") if d else "—"


def _continues(
    occupied: Sequence[tuple[date, date | None]], fighting: Sequence[tuple[date, date | None]], day: date
) -> bool:
    """Does something else take over when hostilities end on `day` (an occupation beginning around that day or
    still going on, or another hostilities period going on past it)? Then the end does not mean that the place
    stayed Ukrainian. An occupation that was over before the hostilities ended does not take over."""
    if any(start <= day + NEAR_OCCUPATION and (end is None or end > day) for start, end in occupied):
        return True
    return any(start <= day + NEAR_OCCUPATION and (end is None or end > day) for start, end in fighting)


def register_posts(
    entries: Sequence[RegisterEntry], settlements: Iterable[Settlement], report: RegisterReport | None = None
) -> Iterator[tuple[Post, list[Claim]]]:
    """One post per (settlement, section, event), each with its one claim, in a stable order."""
    report = report if report is not None else RegisterReport()
    covered = expand(entries, settlements, report)
    occupation: dict[str, list[tuple[date, date | None]]] = defaultdict(list)
    hostilities: dict[str, list[tuple[date, date | None]]] = defaultdict(list)
    for (section, code), items in covered.items():
        if section in (OCCUPIED, ACTIVE, ACTIVE_ERES):
            target = occupation if section == OCCUPIED else hostilities
            for e, _ in items:
                target[code].extend(e.periods)
    codes: set[str] = set()
    for (section, code), items in sorted(covered.items()):
        if section == POSSIBLE:
            report.skipped_possible += 1
            continue
        settlement = items[0][1]
        entry = max((e for e, _ in items), key=lambda e: len(e.prefix))  # the most specific row wins
        codes.add(code)
        for start, end in entry.periods:
            events: list[tuple[date, Kind, Side | None, str]] = []
            if section == OCCUPIED:
                events.append((start, Kind.CAPTURED, Side.RU, "start"))
                if end is not None:
                    events.append((end, Kind.CAPTURED, Side.UA, "end"))
            else:
                events.append((start, Kind.FIGHTING, None, "start"))
                if end is not None and not _continues(occupation.get(code, []), hostilities.get(code, []), end):
                    events.append((end, Kind.REPELLED, Side.UA, "end"))
            period = f"з {_fmt(start)}" + (f" по {_fmt(end)}" if end else "")
            text = f"Перелік 376, {SECTION_WORDS[section]}: {entry.name} — {period}"
            for day, kind, actor, which in events:
                eid = f"{section}:{code}:{start.isoformat()}:{which}"
                post = Post(SOURCE, CHANNEL, eid, text, _day(day), side=Side.UA, speaker=SPEAKER)
                claim = Claim(
                    code,
                    settlement.name,
                    kind,
                    actor,
                    Side.UA,
                    speaker=SPEAKER,
                    quote=text,
                    span=(0, len(text)),
                    confidence=1.0,
                    when=day.isoformat(),
                    candidates=(),
                )
                report.posts += 1
                yield post, [claim]
    report.settlements = len(codes)
