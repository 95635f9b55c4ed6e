"""Writing gazetteer.tsv.gz (deterministic gzip: no name, no mtime) and areas.tsv; the format is in the script."""

from __future__ import annotations

import gzip
from pathlib import Path

from .aliases import KIND_RANK
from .areas import AreaRow
from .model import Codifier, Place

HEADER = (
    "code",
    "category",
    "name",
    "name_latin",
    "oblast",
    "raion",
    "hromada",
    "oblast_code",
    "raion_code",
    "lat",
    "lon",
    "geonameid",
    "population",
    "aliases",
)


AREA_HEADER = ("code", "kind", "name", "parent", "aliases")


def write_gazetteer(path: Path, kat: Codifier) -> None:
    lines = ["#" + "\t".join(HEADER)]
    for p in sorted(kat.places, key=lambda q: q.code):
        row = settlement_row(p, kat)
        assert all("\t" not in c and "\n" not in c for c in row), row
        lines.append("\t".join(row))
    data = ("\n".join(lines) + "\n").encode("utf-8")
    with open(path, "wb") as fh, gzip.GzipFile(filename="", mode="wb", fileobj=fh, mtime=0, compresslevel=9) as gz:
        gz.write(data)


def settlement_row(p: Place, kat: Codifier) -> list[str]:
    aliases = "|".join(f"{k}:{a}" for a, k in sorted(p.aliases.items(), key=lambda t: KIND_RANK[t[1]]))
    return [
        p.code,
        p.category,
        p.name,
        p.name_latin,
        kat.oblasts.get(p.oblast_code, ""),
        kat.raions.get(p.raion_code, ("", ""))[0],
        kat.hromadas.get(p.hromada_code, ""),
        p.oblast_code,
        p.raion_code,
        "" if p.lat is None else f"{p.lat:.5f}",
        "" if p.lon is None else f"{p.lon:.5f}",
        "" if p.geonameid is None else str(p.geonameid),
        str(p.population) if p.population else "",
        aliases,
    ]


def write_areas(path: Path, rows: list[AreaRow]) -> None:
    lines = ["#" + "\t".join(AREA_HEADER)]
    lines += ["\t".join((code, kind, name, parent, area_aliases(al))) for code, kind, name, parent, al in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def area_aliases(al: list[tuple[str, str]]) -> str:
    """``kind:name|...``, the first of names equal but for case."""
    seen: set[str] = set()
    out = []
    for k, a in al:
        if a.lower() not in seen:
            seen.add(a.lower())
            out.append(f"{k}:{a}")
    return "|".join(out)
