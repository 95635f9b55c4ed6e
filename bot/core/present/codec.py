"""Every JSON shape of a claim, a ledger claim, a settlement and a status, in one place (pure).

One encoder per type turns enums and datetimes into JSON values; each interface is a choice of its fields:

- `claim_json`: a claim as `claimwatch extract` prints it;
- `ledger_claim_json` (`status --json`), `status_json` (`status_json_chunks`: the same, streamed), `ambiguous_json`,
  `unknown_json`; new fields are only ever added to these (scripts read them), never renamed;
- `claim_payload` / `claim_from_payload`: what an outbox row keeps of its claim, and back;
- `export_record` and `CSV_COLUMNS`: one row of `claimwatch export`.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from datetime import datetime
from typing import Any

from bot.models import Candidate, Claim, Kind, LedgerClaim, Settlement, Side, Status

SETTLEMENT_FIELDS = ("code", "name", "name_latin", "raion", "oblast", "lat", "lon")
STATUS_CLAIM_FIELDS = ("kind", "actor", "claimant", "speaker", "quote", "date", "url", "source", "event_date")
PAYLOAD_FIELDS = (
    "id",
    "date",
    "url",
    "source",
    "post_id",
    "settlement",
    "name",
    "kind",
    "actor",
    "claimant",
    "speaker",
    "quote",
    "when",
)
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


# --- the encoders: one per type -------------------------------------------------------------------------------


def settlement_fields(s: Settlement) -> dict[str, Any]:
    return {
        "code": s.code,
        "name": s.name,
        "name_latin": s.name_latin,
        "raion": s.raion,
        "oblast": s.oblast,
        "lat": s.lat,
        "lon": s.lon,
    }


def claim_fields(c: Claim) -> dict[str, Any]:
    return {
        "settlement": c.settlement,
        "name": c.name,
        "kind": c.kind.value,
        "actor": c.actor.value if c.actor else None,
        "claimant": c.claimant.value,
        "speaker": c.speaker,
        "quote": c.quote,
        "span": [c.span[0], c.span[1]],
        "confidence": c.confidence,
        "when": c.when,
    }


def ledger_claim_fields(lc: LedgerClaim) -> dict[str, Any]:
    return {
        "id": lc.id,
        "date": lc.date.isoformat() if lc.date else None,
        "url": lc.url,
        "source": lc.source,
        "post_id": lc.post_id,
        "event_date": lc.claim.when,  # the event's day or month as the text gives it ("2023-01"), or None
        **claim_fields(lc.claim),
    }


def _pick(fields: dict[str, Any], names: Sequence[str]) -> dict[str, Any]:
    return {name: fields[name] for name in names}


# --- the shapes -------------------------------------------------------------------------------------------------


def claim_json(claim: Claim) -> dict[str, Any]:
    """The claim as the `extract` command prints it (an unresolved place adds its candidate codes)."""
    out = claim_fields(claim)
    if claim.settlement is None:
        out["candidates"] = list(claim.candidates)
    elif claim.resolved_by:
        out["resolved_by"] = claim.resolved_by  # why this namesake of several ("area", "nearby", "frontline", ...)
    return out


def settlement_json(s: Settlement) -> dict[str, Any]:
    return settlement_fields(s)


def candidate_json(c: Candidate) -> dict[str, Any]:
    """A ranked place (`claimwatch places --json`): the settlement and its score."""
    return {**settlement_fields(c.settlement), "score": c.score}


def ledger_claim_json(lc: LedgerClaim) -> dict[str, Any]:
    """A stored claim inside `status --json`."""
    return _pick(ledger_claim_fields(lc), STATUS_CLAIM_FIELDS)


def status_json(status: Status) -> dict[str, Any]:
    """Exactly the `claimwatch status --json` answer for one settlement."""
    out = status_head_json(status)
    out["history"] = [ledger_claim_json(lc) for lc in status.history]
    return out


def status_head_json(status: Status) -> dict[str, Any]:
    """`status_json` with its history left out (None in its place): what `status_json_chunks` streams around."""
    return {
        "settlement": settlement_json(status.settlement),
        "reported": status.reported.value,
        "latest": {side.value: (ledger_claim_json(lc) if (lc := status.latest.get(side)) else None) for side in Side},
        "history": None,
        "basis": {
            "reason": status.basis.value,
            "claim": ledger_claim_json(status.basis_claim) if status.basis_claim else None,
        },
        "contradiction": status.contradiction,
        "as_of": status.as_of.isoformat() if status.as_of else None,
    }


def status_json_chunks(status: Status, head: dict[str, Any], indent: int = 2) -> Iterator[str]:
    """`json.dumps(head with the history, ensure_ascii=False, indent=indent)` in pieces, one per claim of the history:
    a place with thousands of claims is written out without one list (or one string) of them all in memory. `head`
    is `status_head_json(status)`, perhaps with more keys after it."""
    encode = json.JSONEncoder(ensure_ascii=False, indent=indent).encode
    pad = " " * indent
    yield "{"
    for n, (key, value) in enumerate(head.items()):
        yield f"{',' if n else ''}\n{pad}{json.dumps(key, ensure_ascii=False)}: "
        if key != "history":
            yield encode(value).replace("\n", "\n" + pad)  # strings hold no raw newline: JSON escapes them
        elif not status.history:
            yield "[]"
        else:
            yield "["
            for i, lc in enumerate(status.history):
                item = encode(ledger_claim_json(lc)).replace("\n", "\n" + pad * 2)
                yield f"{',' if i else ''}\n{pad * 2}{item}"
            yield f"\n{pad}]"
    yield "\n}"


def ambiguous_json(settlements: Sequence[Settlement]) -> dict[str, Any]:
    return {"ambiguous": [settlement_json(s) for s in settlements]}


def unknown_json(query: str, suggestions: Sequence[Settlement]) -> dict[str, Any]:
    return {"error": f"no settlement matches {query!r}", "suggestions": [settlement_json(s) for s in suggestions]}


def export_record(lc: LedgerClaim, s: Settlement | None) -> dict[str, Any]:
    """One exported claim (CSV_COLUMNS): the claim, its source and its settlement with coordinates."""
    fields = ledger_claim_fields(lc)
    place = settlement_fields(s) if s is not None else dict.fromkeys(SETTLEMENT_FIELDS)
    fields.update(claim_id=lc.id, name=s.name if s else lc.claim.name)
    fields.update((key, place[key]) for key in ("name_latin", "raion", "oblast", "lat", "lon"))
    return _pick(fields, CSV_COLUMNS)


def claim_payload(lc: LedgerClaim) -> str:
    """What an outbox row keeps of its claim, as JSON: the row renders even if the post is edited meanwhile."""
    return json.dumps(_pick(ledger_claim_fields(lc), PAYLOAD_FIELDS), ensure_ascii=False)


def claim_from_payload(payload: str) -> LedgerClaim:
    """The claim of an outbox row; ValueError when the row is malformed (it is parked, never retried)."""
    try:
        d = json.loads(payload)
        claim = Claim(
            settlement=d["settlement"],
            name=str(d["name"]),
            kind=Kind(d["kind"]),
            actor=Side(d["actor"]) if d["actor"] else None,
            claimant=Side(d["claimant"]),
            speaker=d.get("speaker"),
            quote=str(d.get("quote") or ""),
            when=d.get("when"),
        )
        date = datetime.fromisoformat(d["date"]) if d.get("date") else None
        return LedgerClaim(int(d["id"]), claim, date, d.get("url"), str(d.get("source") or ""), d.get("post_id"))
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise ValueError(f"malformed alert payload: {exc!r}") from exc
