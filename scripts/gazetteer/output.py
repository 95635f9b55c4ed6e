"""Writing gazetteer.tsv.gz (deterministic gzip: no name, no mtime)."""

from __future__ import annotations

import gzip
from pathlib import Path

from .aliases import KIND_RANK
from .model import Place

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


def write_gazetteer(
    path: Path,
    places: list[Place],
    oblasts: dict[str, str],
    raions: dict[str, tuple[str, str]],
    hromadas: dict[str, str],
) -> None:
    lines = ["#" + "\t".join(HEADER)]
    for p in sorted(places, key=lambda q: q.code):
        aliases = "|".join(f"{k}:{a}" for a, k in sorted(p.aliases.items(), key=lambda t: KIND_RANK[t[1]]))
        row = [
            p.code,
            p.category,
            p.name,
            p.name_latin,
            oblasts.get(p.oblast_code, ""),
            raions.get(p.raion_code, ("", ""))[0],
            hromadas.get(p.hromada_code, ""),
            p.oblast_code,
            p.raion_code,
            "" if p.lat is None else f"{p.lat:.5f}",
            "" if p.lon is None else f"{p.lon:.5f}",
            "" if p.geonameid is None else str(p.geonameid),
            str(p.population) if p.population else "",
            aliases,
        ]
        assert all("\t" not in c and "\n" not in c for c in row), row
        lines.append("\t".join(row))
    data = ("\n".join(lines) + "\n").encode("utf-8")
    with open(path, "wb") as fh, gzip.GzipFile(filename="", mode="wb", fileobj=fh, mtime=0, compresslevel=9) as gz:
        gz.write(data)
