"""Command-line work on the ledger: a settlement's status for a query, export for GIS tools, register import."""

from __future__ import annotations

import csv
import json
import logging
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from bot.core.claims.status import (
    ambiguous_json,
    current_status,
    settlement_line,
    status_json,
    status_text,
    unknown_json,
)
from bot.models import LedgerClaim, Settlement, Status

if TYPE_CHECKING:
    from bot.core.places.gazetteer import Gazetteer
    from bot.sources.register import RegisterReport
    from bot.storage import Store

logger = logging.getLogger(__name__)

FORMATS = ("geojson", "csv", "jsonl")
REGISTER_BATCH = 2000


@dataclass
class StatusAnswer:
    """The answer to `claimwatch status QUERY`: one status, several candidates, or none."""

    kind: str  # "status" | "ambiguous" | "unknown"
    data: dict[str, Any]
    text: str
    status: Status | None = None
    settlements: list[Settlement] = field(default_factory=list)


async def status_for_query(store: Store | None, gazetteer: Gazetteer, query: str, now: datetime) -> StatusAnswer:
    """Resolve the query as the bot does, then read the settlement's claims (store None: an empty ledger)."""
    from bot.chat.answers import claimed_first, resolve

    found = await claimed_first(store, resolve(gazetteer, query))
    if found.settlement is not None:
        claims = await store.claims_for([found.settlement.code]) if store is not None else []
        status = current_status(found.settlement, claims, now)
        return StatusAnswer("status", status_json(status), status_text(status), status, [found.settlement])
    if found.candidates:
        options = list(found.candidates)  # places with claims first
        text = "\n".join(
            [f"ambiguous: {len(options)} settlements match {query!r}; ask again with a code:"]
            + [f"  {settlement_line(s)}" for s in options]
        )
        return StatusAnswer("ambiguous", ambiguous_json(options), text, settlements=options)
    options = list(found.suggestions)
    text = f"no settlement matches {query!r}"
    if options:
        text += "; did you mean:\n" + "\n".join(f"  {settlement_line(s)}" for s in options)
    return StatusAnswer("unknown", unknown_json(query, options), text, settlements=options)


# --- export ---------------------------------------------------------------------------------------------------

CSV_COLUMNS = (
    "claim_id",
    "date",
    "settlement",
    "name",
    "name_latin",
    "raion",
    "oblast",
    "lat",
    "lon",
    "kind",
    "actor",
    "claimant",
    "speaker",
    "quote",
    "when",
    "confidence",
    "url",
    "source",
)


def claim_record(lc: LedgerClaim, s: Settlement | None) -> dict[str, Any]:
    """One exported claim: the claim, its source and its settlement with coordinates."""
    c = lc.claim
    return {
        "claim_id": lc.id,
        "date": lc.date.isoformat() if lc.date else None,
        "settlement": c.settlement,
        "name": s.name if s else c.name,
        "name_latin": s.name_latin if s else None,
        "raion": s.raion if s else None,
        "oblast": s.oblast if s else None,
        "lat": s.lat if s else None,
        "lon": s.lon if s else None,
        "kind": c.kind.value,
        "actor": c.actor.value if c.actor else None,
        "claimant": c.claimant.value,
        "speaker": c.speaker,
        "quote": c.quote,
        "when": c.when,
        "confidence": c.confidence,
        "url": lc.url,
        "source": lc.source,
    }


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
        record = claim_record(lc, s)
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


# --- register import --------------------------------------------------------------------------------------------


async def import_register(
    store: Store, gazetteer: Gazetteer, path: Path, progress: Callable[[int], None] | None = None
) -> tuple[RegisterReport, int]:
    """Load the register CSV as claims of the Ukrainian government. Returns the report and how many posts were new."""
    from bot.errors import SourceError
    from bot.sources.register import RegisterReport, parse_register, register_posts

    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise SourceError(f"{path}: cannot read the register ({exc})") from exc
    report = RegisterReport()
    entries = parse_register(text, report)
    if report.rows and not entries:
        raise SourceError(f"{path}: no register rows (expected columns section, katottg, name, start_dates, ...)")
    for problem in report.bad_rows:
        logger.warning("register %s: skipped %s", path.name, problem)
    new = 0
    async for batch in _batches(register_posts(entries, gazetteer.settlements, report), REGISTER_BATCH):
        new += sum(await store.add_posts([(post, claims, "uk") for post, claims in batch]))
        if progress is not None:
            progress(len(batch))
    for code in report.unknown_codes:
        logger.warning("register %s: no known settlement for %s, skipped", path.name, code)
    return report, new


async def _batches(items: Any, size: int) -> AsyncIterator[list[Any]]:
    batch = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch
