"""Namesakes: is the resolver's choice clear, where the post is (anchors, direction towns), which one is nearest."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from bot.core.claims.mentions import Place
from bot.core.claims.patterns import name_cues
from bot.core.geo import distance_km
from bot.models import Candidate, Claim, Mention

_AMBIGUOUS_MARGIN = 0.015  # the resolver ranks with context already: any lead beyond rounding picks; ties stay open


def settlement_of(mention: Mention) -> tuple[str | None, str, tuple[str, ...]]:
    """The code, the display name and, when still ambiguous, every candidate code."""
    cands = mention.candidates
    best = cands[0]
    if len(cands) == 1 or best.score - cands[1].score >= _AMBIGUOUS_MARGIN - 1e-9:
        return best.settlement.code, best.settlement.name, ()
    return None, best.settlement.name, tuple(c.settlement.code for c in cands)


_NEAR_KM = 60.0


def post_anchors(
    text: str, places: Sequence[Place], lookup: Callable[[str], list[Candidate]] | None
) -> list[tuple[float, float]]:
    """Where the post is: places it names without doubt, and the towns its directions are named after
    («на Покровському напрямку» -> Pokrovsk)."""
    points = [
        (c.settlement.lat, c.settlement.lon)
        for p in places
        for c in p.mention.candidates[:1]
        if settlement_of(p.mention)[0] is not None and c.settlement.lat is not None and c.settlement.lon is not None
    ]
    if lookup is None:
        return points
    for m in name_cues().direction_name.finditer(text[:20000]):
        point = _direction_town(lookup, (m.group(1) or m.group(2)).lower())
        if point is not None:
            points.append(point)
    return points


_TOWNS: dict[tuple[int, str], tuple[float, float] | None] = {}  # (resolver, direction word) -> town coordinates


def _direction_town(lookup: Callable[[str], list[Candidate]], stem: str) -> tuple[float, float] | None:
    """The town a direction is named after: «Бахмутськ(ий)» -> Bakhmut, «Покровськ(ий)» -> Pokrovsk."""
    key = (id(getattr(lookup, "__self__", lookup)), stem)
    if key in _TOWNS:
        return _TOWNS[key]
    point = None
    nc = name_cues()
    base = nc.direction_suffix.sub("", stem)
    others = (end.sub(new, base) for end, new in nc.direction_endings)  # Курахівський -> Курахове
    for query in dict.fromkeys((stem, base, *others)):
        try:
            found = [c for c in lookup(query)[:3] if c.settlement.category in ("M", "K") and c.score >= 0.95]
        except Exception:  # a resolver's lookup failing must not cost the claims
            found = []
        # a former name two towns once had («Артемовское направление»: Бахмут, not Кипуче): the bigger town
        population = getattr(getattr(lookup, "__self__", None), "population", None)
        if len(found) > 1 and callable(population):
            top = [c for c in found if c.score == found[0].score]
            found = sorted(top, key=lambda c: -int(population(c.settlement.code)))
        if found and found[0].settlement.lat is not None and found[0].settlement.lon is not None:
            point = (found[0].settlement.lat, found[0].settlement.lon)
            break
    if len(_TOWNS) > 4096:
        _TOWNS.clear()
    _TOWNS[key] = point
    return point


def choose_namesakes(
    claims: list[Claim], places: Sequence[Place], anchors: Sequence[tuple[float, float]]
) -> list[Claim]:
    """An ambiguous settlement whose one candidate lies clearly nearest to where the post is gets that one."""
    if not anchors:
        return claims
    by_span = {p.mention.span: p.mention for p in places}
    out = []
    for claim in claims:
        mention = by_span.get(claim.span)
        if claim.settlement is not None or mention is None:
            out.append(claim)
            continue
        top = mention.candidates[0].score
        near = sorted(
            (min(distance_km(s.lat, s.lon, *a) for a in anchors), s.code, s.name)
            for c in mention.candidates
            if c.score >= 0.6 * top
            for s in (c.settlement,)
            if s.lat is not None and s.lon is not None
        )
        if near and near[0][0] <= _NEAR_KM and (len(near) == 1 or near[1][0] >= 1.5 * near[0][0] + 10):
            out.append(
                replace(
                    claim,
                    settlement=near[0][1],
                    name=near[0][2],
                    candidates=(),
                    confidence=round(claim.confidence / 0.8 * 0.9, 2),
                )
            )
        else:
            out.append(claim)
    return out
