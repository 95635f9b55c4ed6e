"""Reading the bundled gazetteer files (``bot/data/gazetteer.tsv.gz``, ``areas.tsv``, ``wordlike.txt``; format in
``scripts/build_gazetteer.py``) into a Gazetteer, once per process; the bundled one through the start-up cache
(places.cachefile: a snapshot of the built catalog, places.snapshot).

With places.cachefile, the one part of the places package that touches files: the package's own bundled data, and
the cache.
"""

from __future__ import annotations

import csv
import gc
import gzip
import logging
import sys
from collections.abc import Callable, Iterator
from datetime import date
from functools import cache, partial
from pathlib import Path

import bot.core.places.cachefile as cachefile  # not `from bot.core.places import`: the package imports this module
import bot.core.places.snapshot as snapshot
from bot.core.places.frontline import Frontline, FrontPeriods
from bot.core.places.gazetteer import Gazetteer
from bot.core.places.model import Area, area_prefix
from bot.errors import GazetteerError
from bot.models import Candidate, Mention, Settlement

logger = logging.getLogger(__name__)

DATA_DIR = Path(__file__).resolve().parents[2] / "data"
DEFAULT_PATH = DATA_DIR / "gazetteer.tsv.gz"
AREAS_FILE = "areas.tsv"
WORDLIKE_FILE = "wordlike.txt"
FRONTLINE_FILE = "frontline.tsv"
PERIODS_FILE = "front_periods.tsv"  # read beside the cache, not into it


def read_front_periods(path: Path) -> FrontPeriods | None:
    """The register's areas with their periods (``front_periods.tsv``: code prefix, section, start..end;...;
    scripts/build_frontline.py), or None when the file is missing or unreadable (logged: the bundled front alone)."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        logger.warning("%s not read (%s): no dated front line", path, exc)
        return None
    areas = []
    for line in lines:
        fields = line.split("\t")
        if line.startswith("#") or len(fields) < 3:
            continue
        try:
            spans = tuple(
                (date.fromisoformat(a), date.fromisoformat(b) if b else None)
                for a, _, b in (span.partition("..") for span in fields[2].split(";"))
            )
        except ValueError:
            logger.warning("%s: bad periods for %s, skipped", path, fields[0])
            continue
        areas.append((fields[0], spans))
    return FrontPeriods(tuple(areas))


def _float(value: str) -> float | None:
    return float(value) if value else None


def read_gazetteer(path: Path) -> Gazetteer:
    """Read the bundled TSV files (``gazetteer.tsv.gz``, ``areas.tsv`` and ``wordlike.txt`` beside it)."""
    settlements: list[Settlement] = []
    aliases: dict[str, list[tuple[str, str]]] = {}
    populations: dict[str, int] = {}
    try:
        with gzip.open(path, "rt", encoding="utf-8", newline="\n") as fh:
            for line in fh:
                if line.startswith("#") or not line.strip():
                    continue
                f = line.rstrip("\n").split("\t")
                code = f[0]
                settlements.append(_settlement(f))
                if f[12]:
                    populations[code] = int(f[12])
                if f[13]:
                    aliases[code] = [(a[0], a[2:]) for a in f[13].split("|") if len(a) > 2]
    except (OSError, ValueError, IndexError, EOFError) as exc:
        raise GazetteerError(f"{path}: cannot read the gazetteer ({exc})") from exc
    areas = list(_read_areas(path.parent / AREAS_FILE))
    wordlike_path = path.parent / WORDLIKE_FILE
    wordlike = wordlike_path.read_text(encoding="utf-8").split() if wordlike_path.exists() else []
    gazetteer = Gazetteer(
        settlements, aliases, areas, populations, wordlike, read_frontline(path.parent / FRONTLINE_FILE)
    )
    gazetteer.front_periods_source = partial(read_front_periods, path.parent / PERIODS_FILE)
    return gazetteer


def read_frontline(path: Path) -> Frontline | None:
    """The register's areas where the fighting is (``frontline.tsv``: code prefix, section; scripts/build_frontline.py),
    or None when the file is missing."""
    if not path.exists():
        logger.warning("%s missing: no frontline context", path)
        return None
    lines = path.read_text(encoding="utf-8").splitlines()
    return Frontline.of_areas(ln.split("\t")[0] for ln in lines if ln and not ln.startswith("#"))


def _settlement(f: list[str]) -> Settlement:
    """A settlement from the fields of one gazetteer.tsv line; the category and area names, which thousands of
    places share, as one string each."""
    return Settlement(
        code=f[0],
        category=sys.intern(f[1]),
        name=f[2],
        name_latin=f[3],
        oblast=sys.intern(f[4]),
        raion=sys.intern(f[5]),
        hromada=sys.intern(f[6]),
        lat=_float(f[9]),
        lon=_float(f[10]),
        geonameid=int(f[11]) if f[11] else None,
    )


def _read_areas(path: Path) -> Iterator[tuple[Area, list[str]]]:
    if not path.exists():
        logger.warning("%s missing: no oblast/raion context", path)
        return
    rows = []
    with open(path, encoding="utf-8", newline="") as fh:
        for row in csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
            if row and not row[0].startswith("#"):
                rows.append(row)
    oblasts = {r[0]: r[2] for r in rows if r[1] == "oblast"}
    for r in rows:
        code, kind, name, parent = r[0], r[1], r[2], r[3] if len(r) > 3 else ""
        names = [a[2:] for a in (r[4].split("|") if len(r) > 4 and r[4] else []) if len(a) > 2]
        oblast = name if kind == "oblast" else oblasts.get(parent, "")
        yield Area(kind, code, name, area_prefix(code, kind), oblast), names


def data_files(path: Path) -> tuple[Path, ...]:
    """The files read_gazetteer(path) reads."""
    return (path, path.parent / AREAS_FILE, path.parent / WORDLIKE_FILE, path.parent / FRONTLINE_FILE)


def read_cached(path: Path, directory: Path | None) -> Gazetteer:
    """The gazetteer at path, restored from its snapshot in the cache directory when one is there and safe to read,
    else read and built, and its snapshot written (places.cachefile); directory None: no cache."""
    if directory is None:
        return read_gazetteer(path)
    target = cachefile.file_for(directory, cachefile.cache_key(data_files(path)))
    restored = _restore(target, partial(read_front_periods, path.parent / PERIODS_FILE))
    if restored is not None:
        return restored
    gazetteer = read_gazetteer(path)
    _store(target, gazetteer)
    return gazetteer


def _restore(target: Path, periods: Callable[[], FrontPeriods | None]) -> Gazetteer | None:
    enabled = gc.isenabled()
    gc.disable()  # a million containers in a row: the collector would walk them again and again while they come in
    try:
        data = cachefile.read(target)
        if data is None:
            return None
        gazetteer = Gazetteer.from_catalog(snapshot.restore(data))
        gazetteer.front_periods_source = periods  # before the collector is back: no allocation then (see _default)
        return gazetteer
    except cachefile.Refused as exc:
        logger.warning("gazetteer cache refused, not loaded (%s); building the gazetteer", exc)
    except (ValueError, EOFError, TypeError, KeyError, IndexError) as exc:
        logger.warning("gazetteer cache %s is damaged or of another shape (%s); rebuilding it", target, exc)
    except OSError as exc:
        logger.debug("gazetteer cache %s cannot be read (%s); building the gazetteer", target, exc)
    finally:
        if enabled:
            gc.enable()
    return None


def _store(target: Path, gazetteer: Gazetteer) -> None:
    try:
        cachefile.write(target, snapshot.dump(gazetteer.catalog))
    except cachefile.Refused as exc:
        logger.warning("gazetteer cache not written (%s)", exc)
    except OSError as exc:
        logger.info("gazetteer cache not written in %s (%s); carrying on without it", target.parent, exc)


@cache
def _default() -> Gazetteer:
    gazetteer = read_cached(DEFAULT_PATH, cachefile.cache_dir())
    # The bundled gazetteer lives as long as the process: move its ~350,000 objects (and whatever else is alive now)
    # out of the cyclic collector's reach, or every full collection walks them all again while the resolver's
    # memos fill up (that was a fifth of a first pass over new posts).
    gc.freeze()
    return gazetteer


def load_gazetteer(path: str | Path | None = None) -> Gazetteer:
    """The gazetteer at path, or the bundled one (read once, then cached)."""
    if path is None:
        return _default()
    return read_gazetteer(Path(path))


def find_places(text: str) -> list[Mention]:
    """Settlements named in the text, resolved against the bundled gazetteer."""
    return load_gazetteer().find_places(text)


def lookup(query: str, limit: int = 10) -> list[Candidate]:
    """Settlements a typed query may mean, from the bundled gazetteer."""
    return load_gazetteer().lookup(query, limit)
