"""Reading the sources: the KATOTTG codifier (xlsx), the GeoNames UA dump (zip) and the derived crosswalk (csv.gz)."""

from __future__ import annotations

import csv
import gzip
import io
import zipfile
from pathlib import Path

from .keys import clean_name
from .model import Feature, Place

SETTLEMENT_CATEGORIES = ("M", "X", "C", "K")


def load_katottg(path: Path) -> tuple[dict[str, str], dict[str, tuple[str, str]], dict[str, str], list[Place]]:
    import openpyxl  # type: ignore[import-untyped]

    wb = openpyxl.load_workbook(path, read_only=True)
    ws = wb.active
    assert ws is not None
    oblasts: dict[str, str] = {}
    raions: dict[str, tuple[str, str]] = {}
    hromadas: dict[str, str] = {}
    places: list[Place] = []
    for row in ws.iter_rows(values_only=True):
        if not row or not isinstance(row[0], str) or not row[0].startswith("UA"):
            continue
        l1, l2, l3, l4, _extra, cat, name = row[:7]
        name = clean_name(str(name))
        cat = str(cat).strip()
        if cat == "O":
            oblasts[l1] = name
        elif cat == "P":
            raions[l2] = (name, l1)
        elif cat == "H":
            hromadas[l3] = name
        elif cat == "K":
            oblasts[l1] = name
            places.append(Place(l1, "K", name, l1, "", ""))
        elif cat in SETTLEMENT_CATEGORIES:
            places.append(Place(l4, cat, name, l1, l2 or "", l3 or ""))
    wb.close()
    return oblasts, raions, hromadas, places


def load_geonames(path: Path) -> list[Feature]:
    out: list[Feature] = []
    with zipfile.ZipFile(path) as zf, zf.open("UA.txt") as fh:
        for line in io.TextIOWrapper(fh, encoding="utf-8"):
            f = line.rstrip("\n").split("\t")
            if len(f) < 15 or f[6] != "P":
                continue
            alts = [a for a in f[3].split(",") if a]
            out.append(
                Feature(int(f[0]), f[1], f[2], alts, float(f[4]), float(f[5]), f[7], f[10], f[11], int(f[14] or 0))
            )
    return out


def load_crosswalk(path: Path) -> dict[str, dict[str, str]]:
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        return {row["katottg"]: row for row in csv.DictReader(fh)}


def load_adm2(path: Path) -> dict[str, Feature]:
    out: dict[str, Feature] = {}
    with zipfile.ZipFile(path) as zf, zf.open("UA.txt") as fh:
        for line in io.TextIOWrapper(fh, encoding="utf-8"):
            f = line.rstrip("\n").split("\t")
            if len(f) >= 15 and f[7] in ("ADM2", "ADM2H"):
                out[f[11] if f[7] == "ADM2" else f"H{f[0]}"] = Feature(
                    int(f[0]),
                    f[1],
                    f[2],
                    [a for a in f[3].split(",") if a],
                    float(f[4]),
                    float(f[5]),
                    f[7],
                    f[10],
                    f[11],
                    int(f[14] or 0),
                )
    return out
