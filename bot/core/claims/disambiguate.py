"""Namesakes: is the resolver's choice clear, where the post is (anchors, direction towns), which one is nearest."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from bot.core.claims.lexicon.names import DIRECTION_TOWNS
from bot.core.claims.mentions import Place
from bot.core.claims.patterns import name_cues
from bot.core.claims.reading import CONFIDENCE
from bot.core.claims.windows import WINDOWS
from bot.core.geo import distance_km
from bot.models import Candidate, Claim, Mention, Settlement

Lookup = Callable[[str], list[Candidate]]  # a resolver's lookup of one name (bot.core.places.gazetteer)
AtWar = Callable[[str], bool]  # has a settlement ever been where the fighting is (Gazetteer.at_war)
Point = tuple[float, float]  # latitude, longitude


@dataclass(frozen=True, slots=True)
class Namesakes:
    margin: float  # the resolver ranks with context already: any lead beyond rounding picks; ties stay open
    rounding: float  # the scores' own rounding, forgiven in that lead
    share: float  # candidates scoring at least this share of the best one may be chosen by place
    near_km: float  # the chosen one lies at most this far from where the post is
    lead_ratio: float  # and the next one at least this many times as far
    lead_km: float  # plus this much
    town_score: float  # the town a direction is named after matches the name at least this well
    town_candidates: int  # among the first this many the resolver's lookup gives
    town_categories: frozenset[str]  # and is a city (KATOTTG categories M and K)
    towns_kept: int  # direction words remembered before the memo starts again
    hromada_places: int  # a namesake in the hromada of at least this many of the post's other places, alone so


NAMESAKES = Namesakes(
    margin=0.015,
    rounding=1e-9,
    share=0.6,
    near_km=60.0,
    lead_ratio=1.5,
    lead_km=10.0,
    town_score=0.95,
    town_candidates=3,
    town_categories=frozenset({"M", "K"}),
    towns_kept=4096,
    hromada_places=2,
)


def settlement_of(mention: Mention) -> tuple[str | None, str, tuple[str, ...]]:
    """The code, the display name and, when still ambiguous, every candidate code."""
    cands = mention.candidates
    best = cands[0]
    if len(cands) == 1 or best.score - cands[1].score >= NAMESAKES.margin - NAMESAKES.rounding:
        return best.settlement.code, best.settlement.name, ()
    return None, best.settlement.name, tuple(c.settlement.code for c in cands)


def post_anchors(text: str, places: Sequence[Place], lookup: Lookup | None) -> list[Point]:
    """Where the post is: places it names without doubt, and the towns its directions are named after
    («на Покровському напрямку» -> Pokrovsk)."""
    points = [
        (c.settlement.lat, c.settlement.lon)
        for p in places
        for c in p.mention.candidates[:1]
        if settlement_of(p.mention)[0] is not None and c.settlement.lat is not None and c.settlement.lon is not None
    ]
    if lookup is not None:
        for m in name_cues().direction_name.finditer(text[: WINDOWS.direction_names]):
            point = _direction_town(lookup, (m.group(1) or m.group(2)).lower())
            if point is not None:
                points.append(point)
    return list(dict.fromkeys(points))  # each point once: only the nearest counts


_TOWNS: dict[tuple[int, str], Point | None] = {}  # (resolver, direction word) -> town coordinates


def _direction_town(lookup: Lookup, stem: str) -> Point | None:
    """The town a direction is named after: «Бахмутськ(ий)» -> Bakhmut, «Покровськ(ий)» -> Pokrovsk."""
    key = (id(getattr(lookup, "__self__", lookup)), stem)
    if key in _TOWNS:
        return _TOWNS[key]
    point = None
    nc = name_cues()
    base = nc.direction_suffix.sub("", stem)
    others = (end.sub(new, base) for end, new in nc.direction_endings)  # Курахівський -> Курахове
    named = [town for start, town in DIRECTION_TOWNS if stem.startswith(start)]  # «южнодонецкое» -> Вугледар
    for query in dict.fromkeys((*named, stem, base, *others)):
        found = _towns_named(lookup, query, any_size=query in named)
        if found and found[0].settlement.lat is not None and found[0].settlement.lon is not None:
            point = (found[0].settlement.lat, found[0].settlement.lon)
            break
    if len(_TOWNS) > NAMESAKES.towns_kept:
        _TOWNS.clear()
    _TOWNS[key] = point
    return point


def _towns_named(lookup: Lookup, query: str, any_size: bool = False) -> list[Candidate]:
    """The towns (or, `any_size`, the settlements) the resolver finds for a name, the bigger first where two share
    it."""
    try:
        found = [
            c
            for c in lookup(query)[: NAMESAKES.town_candidates]
            if (any_size or c.settlement.category in NAMESAKES.town_categories) and c.score >= NAMESAKES.town_score
        ]
    except Exception:  # a resolver's lookup failing must not cost the claims
        found = []
    # a former name two towns once had («Артемовское направление»: Бахмут, not Кипуче): the bigger town
    population = getattr(getattr(lookup, "__self__", None), "population", None)
    if len(found) > 1 and callable(population):
        top = [c for c in found if c.score == found[0].score]
        found = sorted(top, key=lambda c: -int(population(c.settlement.code)))
    return found


def choose_namesakes(claims: list[Claim], places: Sequence[Place], anchors: Sequence[Point]) -> list[Claim]:
    """An ambiguous settlement whose one candidate lies clearly nearest to where the post is, or alone in the
    hromada of the post's other places, gets that one."""
    by_span = {p.mention.span: p.mention for p in places}
    hromadas: dict[tuple[str, str, str], int] | None = None  # the hromadas of the places named without doubt
    out = []
    for claim in claims:
        mention = by_span.get(claim.span)
        chosen = None
        if claim.settlement is None and mention is not None:
            chosen = _nearest(mention, anchors) if anchors else None
            if chosen is None:
                hromadas = _hromadas(places) if hromadas is None else hromadas
                chosen = _same_hromada(mention, hromadas)
        if chosen is None:
            out.append(claim)
            continue
        code, name = chosen
        confidence = round(claim.confidence / CONFIDENCE.ambiguous * CONFIDENCE.namesake, CONFIDENCE.digits)
        out.append(
            replace(claim, settlement=code, name=name, candidates=(), confidence=confidence, resolved_by="nearby")
        )
    return out


def _contenders(mention: Mention) -> list[Settlement]:
    """The candidates close enough to the best one's score (NAMESAKES.share) to be chosen by place."""
    top = mention.candidates[0].score
    return [c.settlement for c in mention.candidates if c.score >= NAMESAKES.share * top]


def _hromadas(places: Sequence[Place]) -> dict[tuple[str, str, str], int]:
    """How many of the places named without doubt lie in each hromada (oblast, raion, hromada)."""
    counts: dict[tuple[str, str, str], int] = {}
    for p in places:
        if settlement_of(p.mention)[0] is not None:
            s = p.mention.candidates[0].settlement
            key = (s.oblast, s.raion, s.hromada)
            counts[key] = counts.get(key, 0) + 1
    return counts


def _same_hromada(mention: Mention, hromadas: dict[tuple[str, str, str], int]) -> tuple[str, str] | None:
    """The one candidate in the hromada of at least NAMESAKES.hromada_places of the post's other places, when no
    other candidate shares a hromada with any («Курахове, Сонцівка, Берестки, Іллінка»: the Іллінка of Курахове's
    hromada, not the one 13 km south)."""
    shared = [
        (hromadas.get((s.oblast, s.raion, s.hromada), 0), s.code, s.name) for s in _contenders(mention) if s.hromada
    ]
    with_others = [x for x in shared if x[0] > 0]
    if len(with_others) != 1 or with_others[0][0] < NAMESAKES.hromada_places:
        return None
    return with_others[0][1], with_others[0][2]


def _nearest(mention: Mention, anchors: Sequence[Point]) -> tuple[str, str] | None:
    """The candidate (code, name) clearly nearest to the anchors, if one is."""
    near = sorted(
        (min(distance_km(s.lat, s.lon, *a) for a in anchors), s.code, s.name)
        for s in _contenders(mention)
        if s.lat is not None and s.lon is not None
    )
    if not near or near[0][0] > NAMESAKES.near_km:
        return None
    if len(near) > 1 and near[1][0] < NAMESAKES.lead_ratio * near[0][0] + NAMESAKES.lead_km:
        return None
    return near[0][1], near[0][2]


def front_namesakes(claims: list[Claim], places: Sequence[Place], at_war: AtWar) -> list[Claim]:
    """A claim of control speaks of a place at war: a city the city prior alone chose (resolved_by "city") that
    never was, among namesakes nearly as likely that were («захват Купянска и Ямполя»: not Yampil by Moldova), gets
    the one of them at war, or stays open between them."""
    by_span = {p.mention.span: p.mention for p in places}
    out = []
    for claim in claims:
        mention = by_span.get(claim.span)
        if claim.resolved_by != "city" or mention is None or claim.settlement is None or at_war(claim.settlement):
            out.append(claim)
            continue
        top = mention.candidates[0].score
        front = [
            c.settlement
            for c in mention.candidates[1:]
            if c.score >= NAMESAKES.share * top and at_war(c.settlement.code)
        ]
        if len(front) == 1:
            confidence = round(claim.confidence * CONFIDENCE.namesake, CONFIDENCE.digits)  # placed by the front
            claim = replace(
                claim, settlement=front[0].code, name=front[0].name, confidence=confidence, resolved_by="frontline"
            )
        elif front:
            confidence = round(claim.confidence * CONFIDENCE.ambiguous, CONFIDENCE.digits)
            codes = tuple(s.code for s in front)
            claim = replace(claim, settlement=None, candidates=codes, confidence=confidence, resolved_by=None)
        out.append(claim)
    return out
