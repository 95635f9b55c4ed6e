"""What a person asks about: a typed name -> one settlement, several to choose from, or suggestions.

Shared by the bot's answers (`bot.chat.answers`) and the command line (`claimwatch status`), so both resolve a
name the same way and list the namesakes in the same order: the places with claims first, the most reported first,
then the resolver's order (exact names, bigger places), whatever the language of the query.

Beyond one name: an oblast or raion word in the query narrows the namesakes ("New York Donetsk", «Андріївка,
Бахмутський»); a clear single best fuzzy match is taken as what was meant ("Klishchivka" -> Klishchiivka, with
`corrected` set so the answer says so); typos in any alphabet get suggestions (bot.core.places.typos); several places in
one question («Бахмут і Соледар») are split by `split_places`.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from bot.chat.dialog import place_query
from bot.core.claims.status import current_status, status_as_of
from bot.core.places.typos import typo_matches
from bot.core.present.codec import ambiguous_json, status_head_json, status_json_chunks, unknown_json
from bot.core.present.plain import settlement_line, status_text
from bot.models import Candidate, Settlement, Status

if TYPE_CHECKING:
    from bot.core.places import Area, Gazetteer
    from bot.storage import Store


@dataclass(frozen=True)
class Tuning:
    """Every number that tunes how a typed name is taken (one table)."""

    confident: float = 0.85  # a lookup candidate at least this good is taken as what the user meant
    tie: float = 0.03  # candidates within this of the best are all offered (several villages share a name)
    fuzzy_direct: float = 0.72  # a fuzzy best at least this good ...
    fuzzy_lead: float = 0.05  # ... and this far ahead of the next name is answered directly ("showing ...")
    typo_direct: float = 0.8  # the same for an edit-distance match (bot.core.places.typos)
    max_candidates: int = 8  # buttons offered per page of an ambiguous name
    lookup_limit: int = 100  # to count how many more share it
    namesakes_limit: int = 400  # settlements of one name, for paging through them
    max_places: int = 5  # places answered from one question


TUNING = Tuning()
MAX_CANDIDATES = TUNING.max_candidates
CITY_CATEGORIES = frozenset({"K", "M"})  # special-status cities and cities
AREA_NOUNS = ("", " район", " область", " raion", " oblast")  # appended to a bare adjective to find an area


@dataclass(frozen=True)
class Resolution:
    settlement: Settlement | None = None
    candidates: tuple[Settlement, ...] = ()  # ambiguous when settlement is None and candidates set
    suggestions: tuple[Settlement, ...] = ()  # unknown place: "did you mean"
    corrected: str | None = None  # the query, when what is shown is the clear best guess for a misspelling
    scores: tuple[float, ...] = field(default=(), compare=False)  # of the suggestions

    @property
    def more(self) -> int:
        """Ambiguous: candidates beyond the buttons offered."""
        return max(0, len(self.candidates) - MAX_CANDIDATES)

    @property
    def found(self) -> bool:
        return self.settlement is not None or bool(self.candidates)


def resolve(gazetteer: Gazetteer, query: str) -> Resolution:
    """A name typed by a person -> one settlement, several to pick from, or suggestions."""
    query = " ".join(query.split())[:100]
    if not query:
        return Resolution()
    exact = gazetteer.get(query.upper()) if re.fullmatch(r"[Uu][Aa]\d{17}", query) else None
    if exact is not None:
        return Resolution(settlement=exact)
    candidates = list(gazetteer.lookup(query, limit=TUNING.lookup_limit))
    if not candidates or candidates[0].score < 1.0:
        narrowed = _narrowed(gazetteer, query)
        if narrowed:
            return _decide(narrowed)
    if not candidates:
        candidates = [c for m in gazetteer.find_places(query) for c in m.candidates][: TUNING.lookup_limit]
    found = _decide(candidates)
    return found if found.found else _corrected(gazetteer, query, found)


def _narrowed(gazetteer: Gazetteer, query: str) -> list[Candidate]:
    """ "New York Donetsk", «Андріївка, Бахмутський»: the last word or two name an oblast or raion once "oblast" or
    «район» is added; the rest is looked up inside it."""
    words = query.replace(",", " ").split()
    for cut in (1, 2):
        if len(words) <= cut:
            break
        head, tail = " ".join(words[:-cut]), " ".join(words[-cut:])
        for noun in AREA_NOUNS:
            if gazetteer.areas(tail + noun):
                inside = gazetteer.lookup(f"{head} {tail}{noun}", limit=TUNING.lookup_limit)
                if inside and inside[0].score >= TUNING.confident:
                    return list(inside)
    return []


def _decide(candidates: Sequence[Candidate]) -> Resolution:
    ranked = sorted(candidates, key=lambda c: -c.score)
    unique: list[Candidate] = []
    seen: set[str] = set()
    for c in ranked:
        if c.settlement.code not in seen:
            seen.add(c.settlement.code)
            unique.append(c)
    if not unique:
        return Resolution()
    best = unique[0].score
    if best < TUNING.confident:
        near = unique[:5]
        return Resolution(suggestions=tuple(c.settlement for c in near), scores=tuple(c.score for c in near))
    top = [c.settlement for c in unique if c.score >= best - TUNING.tie]
    if len(top) == 1:
        return Resolution(settlement=top[0])
    cities = [s for s in top if s.category in CITY_CATEGORIES]
    if len(cities) == 1:  # "Avdiivka" is the city, not the two villages of that name; they are offered as buttons
        return Resolution(settlement=cities[0], candidates=tuple(s for s in top if s is not cities[0])[:3])
    return Resolution(candidates=tuple(top))


def _corrected(gazetteer: Gazetteer, query: str, found: Resolution) -> Resolution:
    """No exact match: a clear single best fuzzy name is shown directly (`corrected`), from the resolver's
    sound-alikes or else from edit distance (typos in Cyrillic); otherwise suggestions."""
    if found.suggestions:
        names = [s.name for s in found.suggestions]
        lead = next((sc for s, sc in zip(found.suggestions, found.scores, strict=True) if s.name != names[0]), 0.0)
        if found.scores[0] >= TUNING.fuzzy_direct and found.scores[0] - lead >= TUNING.fuzzy_lead:
            return _as_corrected(query, [s for s in found.suggestions if s.name == names[0]])
    typos = typo_matches(gazetteer, query)
    if typos:
        _, best, places = typos[0]
        lead = typos[1][1] if len(typos) > 1 else 0.0
        if best >= TUNING.typo_direct and best - lead >= TUNING.fuzzy_lead:
            return _as_corrected(query, _bigger_first(places))
    if found.suggestions or not typos:
        return found
    suggestions = [s for _, _, places in typos for s in _bigger_first(places)[:2]][:5]
    return Resolution(suggestions=tuple(suggestions))


def _bigger_first(places: Sequence[Settlement]) -> list[Settlement]:
    return sorted(places, key=lambda s: (s.category not in CITY_CATEGORIES, s.code))


def _as_corrected(query: str, places: Sequence[Settlement]) -> Resolution:
    """The places of the one name taken for a misspelling: the city when one of them is ("Zaporizhzya"), the one
    place, or the namesakes to pick from."""
    cities = [s for s in places if s.category in CITY_CATEGORIES]
    if len(places) == 1 or len(cities) == 1:
        chosen = places[0] if len(places) == 1 else cities[0]
        others = tuple(s for s in places if s is not chosen)[:3]
        return Resolution(settlement=chosen, candidates=others, corrected=query)
    return Resolution(candidates=tuple(places), corrected=query)


async def claimed_first(store: Store | None, found: Resolution) -> Resolution:
    """An ambiguous name: the places the ledger has claims about come first, the most reported first (most likely
    the one in the news); among equals, the resolver's order stays. No store: as it was."""
    if store is None or found.settlement is not None or len(found.candidates) < 2:
        return found
    counts = await store.claim_counts([s.code for s in found.candidates])
    ranked = sorted(found.candidates, key=lambda s: -counts.get(s.code, 0))
    return replace(found, candidates=tuple(ranked))


async def find(store: Store | None, gazetteer: Gazetteer, query: str) -> Resolution:
    """resolve() with the namesakes in the claimed-first order: what every command uses."""
    return await claimed_first(store, resolve(gazetteer, query))


def namesakes(gazetteer: Gazetteer, settlement: Settlement, level: int = 0) -> list[Settlement]:
    """Every settlement with this one's Ukrainian name (inside its oblast for level 4, its raion for 6): the whole
    list an ambiguous answer pages through, the same whatever language the query was in."""
    prefix = settlement.code[:level] if level else ""
    found = gazetteer.lookup(settlement.name, limit=TUNING.namesakes_limit)
    return [
        c.settlement for c in found if c.settlement.name == settlement.name and c.settlement.code.startswith(prefix)
    ]


def common_level(settlements: Sequence[Settlement]) -> int:
    """How narrow a list of namesakes is: 6 when all lie in one raion, 4 in one oblast, else 0."""
    for level in (6, 4):
        if len({s.code[:level] for s in settlements}) == 1:
            return level
    return 0


def resolve_message(gazetteer: Gazetteer, text: str) -> Resolution:
    """A plain message: the question words removed, then the rest looked up; else any place named in it."""
    query = place_query(text)
    found = resolve(gazetteer, query) if query else Resolution()
    if found.found:
        return found
    mentions = [m for m in gazetteer.find_places(text) if m.candidates]
    if mentions:
        decided = _decide(mentions[0].candidates)
        if decided.found:
            return decided
    return found


# --- several places, areas ------------------------------------------------------------------------------------

_SEPARATORS = re.compile(r"\s*(?:[,;&/+]|\s(?:і|й|та|и|а\s+также|and|or|або|или)\s)\s*", re.IGNORECASE)


def split_places(gazetteer: Gazetteer, query: str) -> list[str]:
    """«Бахмут і Соледар», "Avdiivka and Marinka" -> one query per place; a part that names an oblast or raion
    («Андріївка, Бахмутський») stays with the place before it. One part when the query names one place."""
    parts = [p for p in _SEPARATORS.split(" ".join(query.split())) if p]
    if len(parts) < 2:
        return parts
    merged: list[str] = []
    for part in parts:
        if merged and any(gazetteer.areas(part + noun) for noun in AREA_NOUNS):
            merged[-1] = f"{merged[-1]}, {part}"
        else:
            merged.append(part)
    return merged


_AREA_WORDS = re.compile(r"(район|raion|district|област|oblast|region|обл\.?$|щина\b|чина\b)", re.IGNORECASE)


def area_asked(gazetteer: Gazetteer, query: str) -> Area | None:
    """The oblast or raion a query names as a whole («Донецька область», "Bakhmut raion", «Донеччина»), or None
    when it names a settlement."""
    areas = gazetteer.areas(query)
    if not areas:
        return None
    if _AREA_WORDS.search(query):  # «Андріївка Бахмутський район» names a place inside the area
        return None if gazetteer.lookup(query, limit=1) else areas[0]
    return None if resolve(gazetteer, query).found else areas[0]


# --- the command line: `claimwatch status QUERY` -----------------------------------------------------------


@dataclass
class StatusAnswer:
    """The answer to `claimwatch status QUERY`: one status, several candidates, or none."""

    kind: str  # "status" | "ambiguous" | "unknown"
    data: dict[str, Any]  # the JSON answer; a status's history is None here (`json_chunks` writes it out)
    text: str
    status: Status | None = None
    settlements: list[Settlement] = field(default_factory=list)

    def json_chunks(self, indent: int = 2) -> Iterator[str]:
        """The JSON answer in pieces (a status's history one claim at a time), as `json.dumps(..., indent)`."""
        if self.kind == "status" and self.status is not None:
            yield from status_json_chunks(self.status, self.data, indent)
        else:
            yield json.dumps(self.data, ensure_ascii=False, indent=indent)


async def status_for_query(
    store: Store | None, gazetteer: Gazetteer, query: str, now: datetime, as_of: date | None = None
) -> StatusAnswer:
    """Resolve the query as the bot does, then read the settlement's claims (store None: an empty ledger);
    `as_of`: what had been claimed up to that day."""
    found = await find(store, gazetteer, query)
    if found.settlement is not None:
        if store is None:
            status = current_status(found.settlement, [], now)
        elif as_of is None:
            status = await store.status_for(found.settlement)
        else:
            status = status_as_of(found.settlement, await store.claims_for([found.settlement.code]), as_of)
        data = status_head_json(status)
        text = status_text(status)
        if found.corrected:
            data["corrected"] = {"query": found.corrected, "name": found.settlement.name}
            text = f"showing {found.settlement.name_latin or found.settlement.name} for {found.corrected!r}\n{text}"
        return StatusAnswer("status", data, text, status, [found.settlement])
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
