"""Matching KATOTTG settlements to GeoNames populated places, in passes from the surest to the loosest.

1. a unique best candidate of the raion that no other place has as its unique best;
2. (twice) ties and shared candidates: the candidate nearest the hromada's matched members;
3. the derived crosswalk's feature, when still free;
4. an oblast-wide unique exact name near the hromada;
5. an oblast-wide same name (Cyrillic or Latin key), clearly the nearest to the hromada;
6. fuzzy names (spelling drift, Crimean Tatar vs Soviet names) close to the hromada (coordinates only);
then matches far from the rest of their hromada are dropped (namesakes elsewhere).
"""

from __future__ import annotations

import difflib
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field

from .candidates import Candidates, FeatKeys, Pools, candidates, feature_keys, place_keys
from .geo import haversine
from .keys import ckey, cyr_lkey, lkey
from .model import Feature, Place
from .tuning import MATCHING

Point = tuple[float, float]
Crosswalk = dict[str, dict[str, str]]


@dataclass
class MatchState:
    """What the passes share: the features, each place's candidates, who took which feature, the counts."""

    places: list[Place]
    byid: dict[int, Feature]
    keys: dict[int, FeatKeys]
    pools: Pools
    cands: dict[str, Candidates]
    hrom: dict[str, list[Place]] = field(default_factory=lambda: defaultdict(list))
    raion_members: dict[str, list[Place]] = field(default_factory=lambda: defaultdict(list))
    taken: dict[int, str] = field(default_factory=dict)
    stats: Counter[str] = field(default_factory=Counter)

    def assign(self, p: Place, gid: int, how: str) -> None:
        f = self.byid[gid]
        p.geonameid, p.lat, p.lon, p.population, p.match = gid, round(f.lat, 5), round(f.lon, 5), f.population, how
        p.fcode = f.fcode
        self.taken[gid] = p.code
        self.stats[how] += 1

    def unassign(self, p: Place, why: str) -> None:
        self.stats[p.match] -= 1
        self.stats[why] += 1
        if p.geonameid is not None:
            self.taken.pop(p.geonameid, None)
        p.geonameid, p.lat, p.lon, p.population, p.match = None, None, None, 0, ""

    def unmatched(self) -> Iterator[Place]:
        """The places without a feature, each checked when its turn comes (the pass may have matched it since)."""
        return (p for p in self.places if p.geonameid is None)

    def unmatched_in_hromada(self) -> Iterator[tuple[Place, Point]]:
        """The unmatched places whose hromada has matched members, with their centroid (taken at the place's turn)."""
        for p in self.unmatched():
            c0 = self.hromada_centre(p)
            if c0 is not None:
                yield p, c0

    def hromada_centre(self, p: Place) -> Point | None:
        return centroid(self.hrom[p.hromada_code])

    def centre(self, p: Place) -> Point | None:
        """The hromada's matched members, else the raion's."""
        return self.hromada_centre(p) or centroid(self.raion_members[p.raion_code])

    def km(self, point: Point, gid: int) -> float:
        f = self.byid[gid]
        return haversine(point[0], point[1], f.lat, f.lon)


def centroid(members: list[Place]) -> Point | None:
    pts = [(m.lat, m.lon) for m in members if m.lat is not None and m.lon is not None]
    if not pts:
        return None
    return (sum(a for a, _ in pts) / len(pts), sum(b for _, b in pts) / len(pts))


def match_places(
    places: list[Place],
    feats: list[Feature],
    admin1_to_ob: dict[str, str],
    ru_of: dict[str, list[str]],
    cross: Crosswalk,
    hand_of: dict[str, list[str]],
) -> Counter[str]:
    """Give places their GeoNames feature (coordinates, population); returns how many each pass matched."""
    m = prepare(places, feats, admin1_to_ob, ru_of, hand_of)
    match_unique(m)
    match_nearest(m)
    match_crosswalk(m, cross)
    match_oblast(m, feats, admin1_to_ob)
    match_fuzzy(m, ru_of)
    drop_far(m, cross)
    return m.stats


def prepare(
    places: list[Place],
    feats: list[Feature],
    admin1_to_ob: dict[str, str],
    ru_of: dict[str, list[str]],
    hand_of: dict[str, list[str]],
) -> MatchState:
    keys = {f.gid: feature_keys(f) for f in feats}
    pools = Pools(feats, admin1_to_ob)
    cands = {
        p.code: candidates(p, place_keys(p, ru_of[p.code], hand_of.get(p.code, [])), pools.of(p), keys) for p in places
    }
    m = MatchState(places, {f.gid: f for f in feats}, keys, pools, cands)
    for p in places:
        m.hrom[p.hromada_code].append(p)
        m.raion_members[p.raion_code].append(p)
    return m


def match_unique(m: MatchState) -> None:
    """Pass 1: a unique best candidate that no other place of the raion also has as unique best."""
    best_of: dict[str, int] = {}
    for p in m.places:
        c = m.cands[p.code]
        if c and (len(c) == 1 or c[0][0] > c[1][0]):
            best_of[p.code] = c[0][1]
    claim = Counter(best_of.values())
    for p in m.places:
        g = best_of.get(p.code)
        if g is not None and claim[g] == 1:
            m.assign(p, g, "raion:unique")


def match_nearest(m: MatchState) -> None:
    """Pass 2: ties and shared candidates resolved by distance to the hromada's matched members."""
    wanted_by: dict[int, list[Place]] = defaultdict(list)
    for p in m.places:
        for _s, g in m.cands[p.code]:
            wanted_by[g].append(p)
    for _round in range(MATCHING.rounds_nearest):
        for p in m.unmatched():
            gid = nearest_candidate(m, p, wanted_by) if m.cands[p.code] else None
            if gid is not None:
                m.assign(p, gid, "raion:nearest")


def nearest_candidate(m: MatchState, p: Place, wanted_by: dict[int, list[Place]]) -> int | None:
    """The free candidate nearest p's hromada, when clearly nearer than the next and no rival place is nearer."""
    c0 = m.centre(p)
    if c0 is None:
        return None
    opts = distinct_options(m, p, c0)
    if not opts:
        return None
    d, g = opts[0]
    if d > MATCHING.nearest_max_km:
        return None
    if len(opts) > 1 and opts[1][0] < d * MATCHING.runner_up_factor + MATCHING.runner_up_km:
        return None
    rivals = [q for q in wanted_by.get(g, []) if q is not p and q.geonameid is None]
    for q in rivals:  # the other places that want g: is p the closest of them?
        cq = m.hromada_centre(q)
        if cq and m.km(cq, g) < d:
            return None
    return g


def distinct_options(m: MatchState, p: Place, c0: Point) -> list[tuple[float, int]]:
    """(km, geonameid) of the free candidates near the top score, nearest first, without duplicate records."""
    top = m.cands[p.code][0][0]
    opts = sorted(
        (m.km(c0, g), g) for s, g in m.cands[p.code] if s >= top - MATCHING.near_top_score and g not in m.taken
    )
    if not opts:
        return opts
    # GeoNames often holds the same village twice (old and new record a few hundred metres apart)
    g0 = m.byid[opts[0][1]]
    return [opts[0]] + [o for o in opts[1:] if m.km((g0.lat, g0.lon), o[1]) > MATCHING.same_record_km]


def match_crosswalk(m: MatchState, cross: Crosswalk) -> None:
    """Pass 3: the crosswalk's feature (it keeps its nearest-centroid and oblast matches) when still free."""
    for p in m.unmatched():
        row = cross.get(p.code)
        if row and row["geonameid"] and int(row["geonameid"]) in m.byid and int(row["geonameid"]) not in m.taken:
            m.assign(p, int(row["geonameid"]), "crosswalk")


def match_oblast(m: MatchState, feats: list[Feature], admin1_to_ob: dict[str, str]) -> None:
    """Passes 4 and 5: oblast-wide names, the Cyrillic ones first, then Cyrillic and Latin."""
    index: dict[tuple[str, str], list[int]] = defaultdict(list)
    for f in feats:
        for k in m.keys[f.gid].cyr:
            index[(admin1_to_ob.get(f.admin1, ""), k)].append(f.gid)
    match_oblast_unique(m, index)
    for f in feats:
        for k in m.keys[f.gid].lat:
            index[(admin1_to_ob.get(f.admin1, ""), k)].append(f.gid)
    match_oblast_nearest(m, index)


def match_oblast_unique(m: MatchState, index: dict[tuple[str, str], list[int]]) -> None:
    """Pass 4: oblast-wide unique exact name, near the hromada."""
    for p in m.unmatched():
        gs = [g for g in dict.fromkeys(index.get((p.code[:4], ckey(p.name)), [])) if g not in m.taken]
        c0 = m.centre(p)
        if len(gs) == 1 and c0 and m.km(c0, gs[0]) < MATCHING.oblast_unique_km:
            m.assign(p, gs[0], "oblast:unique")


def match_oblast_nearest(m: MatchState, index: dict[tuple[str, str], list[int]]) -> None:
    """Pass 5: oblast-wide same name (Cyrillic or Latin key), clearly the nearest to the hromada."""
    for p, c0 in m.unmatched_in_hromada():
        near = {g for key in (ckey(p.name), lkey(p.name_latin)) for g in index.get((p.code[:4], key), [])}
        opts = sorted((m.km(c0, g), g) for g in near if g not in m.taken)
        if not opts or opts[0][0] >= MATCHING.oblast_nearest_km:
            continue
        runner_up = MATCHING.oblast_runner_up_factor * opts[0][0] + MATCHING.oblast_runner_up_km
        if len(opts) == 1 or opts[1][0] > runner_up:
            m.assign(p, opts[0][1], "oblast:nearest")


def match_fuzzy(m: MatchState, ru_of: dict[str, list[str]]) -> None:
    """Pass 6: fuzzy names close to the hromada's other members, the most alike first."""
    fuzzy: list[tuple[float, str, int]] = []
    for p, c0 in m.unmatched_in_hromada():
        found = fuzzy_candidate(m, p, c0, ru_of[p.code])
        if found:
            fuzzy.append((found[0], p.code, found[1]))
    by_code = {p.code: p for p in m.places}
    for _sc, code, g in sorted(fuzzy, key=lambda t: (-t[0], t[1])):
        if g not in m.taken:
            m.assign(by_code[code], g, "fuzzy:near_hromada")


def fuzzy_candidate(m: MatchState, p: Place, c0: Point, ru: list[str]) -> tuple[float, int] | None:
    """(ratio, geonameid) of the clearly most alike free feature of p's pool near the hromada."""
    mine = {lkey(p.name_latin), cyr_lkey(p.name)} | {cyr_lkey(r) for r in ru[:2]}
    scored = []
    for f in m.pools.of(p):
        if f.gid in m.taken or haversine(c0[0], c0[1], f.lat, f.lon) > MATCHING.fuzzy_km:
            continue
        theirs = m.keys[f.gid].lat | {cyr_lkey(a) for a in m.keys[f.gid].cyr}
        scored.append((best_ratio(mine, theirs), f.gid))
    scored.sort(reverse=True)
    if not scored or scored[0][0] < MATCHING.fuzzy_min_ratio:
        return None
    if len(scored) > 1 and scored[1][0] >= scored[0][0] - MATCHING.fuzzy_margin:
        return None
    return scored[0]


def best_ratio(mine: set[str], theirs: set[str]) -> float:
    return max((difflib.SequenceMatcher(None, a, b).ratio() for a in mine for b in theirs if a and b), default=0.0)


def drop_far(m: MatchState, cross: Crosswalk) -> None:
    """Drop matches far from the rest of their hromada (a hromada is rarely 40 km across, so such a point is a
    namesake elsewhere); a match the crosswalk agrees with may lie farther."""
    for p in m.places:
        if p.geonameid is None or p.lat is None or p.lon is None:
            continue
        others = [q for q in m.hrom[p.hromada_code] if q is not p and q.lat is not None and q.lon is not None]
        if len(others) < 2:
            continue
        row = cross.get(p.code)
        agreed = p.match == "crosswalk" or (row and row["geonameid"] == str(p.geonameid))
        limit = MATCHING.far_km_crosswalk if agreed else MATCHING.far_km
        mlat = sorted(q.lat for q in others if q.lat is not None)[len(others) // 2]
        mlon = sorted(q.lon for q in others if q.lon is not None)[len(others) // 2]
        if haversine(mlat, mlon, p.lat, p.lon) > limit:
            m.unassign(p, "dropped:far_from_hromada")
