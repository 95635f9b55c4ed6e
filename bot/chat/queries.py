"""What a person asks about: a typed name -> one settlement, several to choose from, or suggestions.

Shared by the bot's answers (`bot.chat.answers`) and the command line (`claimwatch status`), so both resolve a
name the same way and list the namesakes in the same order.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any

from bot.chat.dialog import place_query
from bot.core.claims.status import current_status
from bot.core.present.codec import ambiguous_json, status_json, unknown_json
from bot.core.present.plain import settlement_line, status_text
from bot.models import Candidate, Settlement, Status

if TYPE_CHECKING:
    from bot.core.places import Gazetteer
    from bot.storage import Store

CONFIDENT = 0.85  # a lookup candidate at least this good is taken as what the user meant
TIE = 0.03  # candidates within this of the best are all offered (several villages share a name)
MAX_CANDIDATES = 8  # buttons offered for an ambiguous name
LOOKUP_LIMIT = 100  # to count how many more share it
CITY_CATEGORIES = frozenset({"K", "M"})  # special-status cities and cities


@dataclass(frozen=True)
class Resolution:
    settlement: Settlement | None = None
    candidates: tuple[Settlement, ...] = ()  # ambiguous when settlement is None and candidates set
    suggestions: tuple[Settlement, ...] = ()  # unknown place: "did you mean"

    @property
    def more(self) -> int:
        """Ambiguous: candidates beyond the buttons offered."""
        return max(0, len(self.candidates) - MAX_CANDIDATES)


def resolve(gazetteer: Gazetteer, query: str) -> Resolution:
    """A name typed by a person -> one settlement, several to pick from, or suggestions."""
    query = " ".join(query.split())[:100]
    if not query:
        return Resolution()
    exact = gazetteer.get(query.upper()) if re.fullmatch(r"[Uu][Aa]\d{17}", query) else None
    if exact is not None:
        return Resolution(settlement=exact)
    candidates = list(gazetteer.lookup(query, limit=LOOKUP_LIMIT))
    if not candidates:
        candidates = [c for m in gazetteer.find_places(query) for c in m.candidates][:LOOKUP_LIMIT]
    return _decide(candidates)


def _decide(candidates: Sequence[Candidate]) -> Resolution:
    ranked = sorted(candidates, key=lambda c: -c.score)
    unique: list[Candidate] = []
    for c in ranked:
        if all(u.settlement.code != c.settlement.code for u in unique):
            unique.append(c)
    if not unique:
        return Resolution()
    best = unique[0].score
    if best < CONFIDENT:
        return Resolution(suggestions=tuple(c.settlement for c in unique[:5]))
    top = [c.settlement for c in unique if c.score >= best - TIE]
    if len(top) == 1:
        return Resolution(settlement=top[0])
    cities = [s for s in top if s.category in CITY_CATEGORIES]
    if len(cities) == 1:  # "Avdiivka" is the city, not the two villages of that name; they are offered as buttons
        return Resolution(settlement=cities[0], candidates=tuple(s for s in top if s is not cities[0])[:3])
    return Resolution(candidates=tuple(top))


async def claimed_first(store: Store | None, found: Resolution) -> Resolution:
    """An ambiguous name: the places the ledger has claims about come first (most likely the one in the news);
    the order among them, and among the rest, stays the resolver's. No store: as it was."""
    if store is None or found.settlement is not None or len(found.candidates) < 2:
        return found
    claimed = await store.claimed_codes([s.code for s in found.candidates])
    ranked = sorted(found.candidates, key=lambda s: s.code not in claimed)
    return Resolution(candidates=tuple(ranked), suggestions=found.suggestions)


def resolve_message(gazetteer: Gazetteer, text: str) -> Resolution:
    """A plain message: the question words removed, then the rest looked up; else any place named in it."""
    query = place_query(text)
    found = resolve(gazetteer, query) if query else Resolution()
    if found.settlement is not None or found.candidates:
        return found
    mentions = [m for m in gazetteer.find_places(text) if m.candidates]
    if mentions:
        decided = _decide(mentions[0].candidates)
        if decided.settlement is not None or decided.candidates:
            return decided
    return found


# --- the command line: `claimwatch status QUERY` -----------------------------------------------------------


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
