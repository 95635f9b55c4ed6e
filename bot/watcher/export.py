"""The ledger out, for GIS tools: every claim about a known settlement as GeoJSON, CSV or JSON Lines."""

from __future__ import annotations

import csv
import json
from typing import TYPE_CHECKING, TextIO

from bot.core.present.codec import CSV_COLUMNS, export_record

if TYPE_CHECKING:
    from bot.core.places import Gazetteer
    from bot.storage import Store

FORMATS = ("geojson", "csv", "jsonl")


async def export_ledger(store: Store, gazetteer: Gazetteer, fmt: str, out: TextIO) -> tuple[int, int]:
    """Write every claim about a known settlement (GeoJSON: those with coordinates). Returns (written, skipped)."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}")
    written = skipped = 0
    writer = csv.DictWriter(out, CSV_COLUMNS, lineterminator="\n") if fmt == "csv" else None
    if writer is not None:
        writer.writeheader()
    if fmt == "geojson":
        out.write('{"type": "FeatureCollection", "features": [\n')
    async for lc in store.iter_claims():
        s = gazetteer.get(lc.claim.settlement) if lc.claim.settlement else None
        if s is None or (fmt == "geojson" and (s.lat is None or s.lon is None)):
            skipped += 1
            continue
        record = export_record(lc, s)
        if writer is not None:
            writer.writerow({k: "" if v is None else v for k, v in record.items()})
        elif fmt == "jsonl":
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
        else:
            props = {k: v for k, v in record.items() if k not in ("lat", "lon")}
            feature = {
                "type": "Feature",
                "geometry": {"type": "Point", "coordinates": [s.lon, s.lat]},
                "properties": props,
            }
            out.write((",\n" if written else "") + json.dumps(feature, ensure_ascii=False))
        written += 1
    if fmt == "geojson":
        out.write("\n]}\n")
    return written, skipped
