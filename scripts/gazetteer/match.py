"""Matching KATOTTG settlements to GeoNames populated places, for coordinates, population and alternate names."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass

from .geo import haversine
from .keys import CYR, LATIN, ckey, cyr_lkey, lkey, strip_marks
from .latin import latin_variants_ru
from .model import Feature, Place


@dataclass
class FeatKeys:
    primary_l: set[str]
    cyr: set[str]
    lat: set[str]


def feature_keys(f: Feature) -> FeatKeys:
    cyr: set[str] = set()
    lat: set[str] = set()
    for a in [f.name, f.ascii, *f.alts]:
        if CYR.search(a):
            cyr.add(ckey(a))
        elif LATIN.match(strip_marks(a)):
            lat.add(lkey(a))
    return FeatKeys({lkey(f.name), lkey(f.ascii)}, cyr, lat)


FCODE_BONUS = {
    "PPLC": 0.6,
    "PPLA": 0.6,
    "PPLA2": 0.5,
    "PPLA3": 0.4,
    "PPL": 0.0,
    "PPLX": -1.5,
    "PPLQ": -2.0,
    "PPLH": -2.0,
    "PPLW": -2.0,
    "PPLF": -1.0,
    "PPLL": -0.5,
}


@dataclass
class PlaceKeys:
    uk: str
    lat: str
    ru: set[str]
    ru_lat: set[str]


def place_keys(p: Place, ru: list[str], extra: list[str]) -> PlaceKeys:
    """extra: hand-table names (former names) that may be GeoNames' main name."""
    cyr = [a for a in extra if CYR.search(a)]
    return PlaceKeys(
        ckey(p.name),
        lkey(p.name_latin),
        {ckey(r) for r in [*ru[:3], *cyr]},
        {lkey(x) for r in ru[:2] for x in latin_variants_ru(r)} | {lkey(a) for a in extra if a not in cyr},
    )


def score(p: Place, pk: PlaceKeys, f: Feature, k: FeatKeys) -> float:
    s = 0.0
    if pk.uk in k.cyr:
        s += 4
    if pk.lat in k.primary_l:
        s += 3
    elif pk.lat in k.lat:
        s += 2
    if s == 0:
        if pk.ru & k.cyr:
            s += 2
        elif pk.ru_lat & k.lat:
            s += 1.5
    if s == 0:
        return 0.0
    s += FCODE_BONUS.get(f.fcode, 0.0) * (1.0 if p.category in "MXK" else 0.3)
    if p.category in "MK" and f.population > 5000:
        s += 0.5
    return s


def match_places(
    places: list[Place],
    feats: list[Feature],
    admin1_to_ob: dict[str, str],
    ru_of: dict[str, list[str]],
    cross: dict[str, dict[str, str]],
    hand_of: dict[str, list[str]],
) -> Counter[str]:
    keys = {f.gid: feature_keys(f) for f in feats}
    byid = {f.gid: f for f in feats}
    by_raion: dict[str, list[Feature]] = defaultdict(list)
    by_ob: dict[str, list[Feature]] = defaultdict(list)
    for f in feats:
        by_raion[f.admin2].append(f)
        by_ob[admin1_to_ob.get(f.admin1, "")].append(f)

    # candidate lists per place within its raion (K: whole "oblast" = the city itself)
    cands: dict[str, list[tuple[float, int]]] = {}
    for p in places:
        pool = by_raion.get(p.raion_code[2:6], []) if p.raion_code else []
        if not pool:  # K cities, and Crimea where GeoNames still has the pre-2020 raions
            pool = by_ob.get(p.code[:4], [])
        pk = place_keys(p, ru_of[p.code], hand_of.get(p.code, []))
        lst = [(score(p, pk, f, keys[f.gid]), f.gid) for f in pool]
        lst = sorted(((s, g) for s, g in lst if s >= 1.5), key=lambda t: (-t[0], t[1]))
        cands[p.code] = lst

    stats: Counter[str] = Counter()
    taken: dict[int, str] = {}

    def centroid(members: list[Place]) -> tuple[float, float] | None:
        pts = [(m.lat, m.lon) for m in members if m.lat is not None and m.lon is not None]
        if not pts:
            return None
        return (sum(a for a, _ in pts) / len(pts), sum(b for _, b in pts) / len(pts))

    hrom: dict[str, list[Place]] = defaultdict(list)
    raion_members: dict[str, list[Place]] = defaultdict(list)
    for p in places:
        hrom[p.hromada_code].append(p)
        raion_members[p.raion_code].append(p)

    def assign(p: Place, gid: int, how: str) -> None:
        f = byid[gid]
        p.geonameid, p.lat, p.lon, p.population, p.match = gid, round(f.lat, 5), round(f.lon, 5), f.population, how
        p.fcode = f.fcode
        taken[gid] = p.code
        stats[how] += 1

    # pass 1: a unique best candidate that no other place of the raion also has as unique best
    best_of: dict[str, int] = {}
    for p in places:
        c = cands[p.code]
        if c and (len(c) == 1 or c[0][0] > c[1][0]):
            best_of[p.code] = c[0][1]
    claim = Counter(best_of.values())
    for p in places:
        g = best_of.get(p.code)
        if g is not None and claim[g] == 1:
            assign(p, g, "raion:unique")

    places_by_cand: dict[int, list[Place]] = defaultdict(list)
    for p in places:
        for _s, g in cands[p.code]:
            places_by_cand[g].append(p)

    # pass 2 (twice): ties and shared candidates resolved by distance to the hromada's matched members
    for _round in range(2):
        for p in places:
            if p.geonameid is not None or not cands[p.code]:
                continue
            c0 = centroid(hrom[p.hromada_code]) or centroid(raion_members[p.raion_code])
            if c0 is None:
                continue
            top = cands[p.code][0][0]
            opts = [
                (haversine(c0[0], c0[1], byid[g].lat, byid[g].lon), g)
                for s, g in cands[p.code]
                if s >= top - 1.0 and g not in taken
            ]
            if not opts:
                continue
            opts.sort()
            # GeoNames often holds the same village twice (old and new record a few hundred metres apart)
            g0 = byid[opts[0][1]]
            opts = [opts[0]] + [o for o in opts[1:] if haversine(g0.lat, g0.lon, byid[o[1]].lat, byid[o[1]].lon) > 3]
            d, g = opts[0]
            # the other places that want g: is p the closest of them?
            rivals = [q for q in places_by_cand.get(g, []) if q is not p and q.geonameid is None]
            if d > 25:
                continue
            if len(opts) > 1 and opts[1][0] < d * 1.5 + 1:
                continue
            better = False
            for q in rivals:
                cq = centroid(hrom[q.hromada_code])
                if cq and haversine(cq[0], cq[1], byid[g].lat, byid[g].lon) < d:
                    better = True
            if better:
                continue
            assign(p, g, "raion:nearest")

    # pass 3: crosswalk fallback (keeps its nearest-centroid and oblast matches) when consistent
    for p in places:
        if p.geonameid is not None:
            continue
        row = cross.get(p.code)
        if row and row["geonameid"] and int(row["geonameid"]) in byid and int(row["geonameid"]) not in taken:
            assign(p, int(row["geonameid"]), "crosswalk")

    # pass 4: oblast-wide unique exact name, within 30 km of the hromada
    ob_index: dict[tuple[str, str], list[int]] = defaultdict(list)
    for f in feats:
        ob = admin1_to_ob.get(f.admin1, "")
        for k in keys[f.gid].cyr:
            ob_index[(ob, k)].append(f.gid)
    for p in places:
        if p.geonameid is not None:
            continue
        gs = [g for g in dict.fromkeys(ob_index.get((p.code[:4], ckey(p.name)), [])) if g not in taken]
        c0 = centroid(hrom[p.hromada_code]) or centroid(raion_members[p.raion_code])
        if len(gs) == 1 and c0 and haversine(c0[0], c0[1], byid[gs[0]].lat, byid[gs[0]].lon) < 30:
            assign(p, gs[0], "oblast:unique")

    # pass 5: oblast-wide same name (Cyrillic or Latin key), clearly the nearest to the hromada, within 12 km
    for f in feats:
        ob = admin1_to_ob.get(f.admin1, "")
        for k in keys[f.gid].lat:
            ob_index[(ob, k)].append(f.gid)
    for p in places:
        if p.geonameid is not None:
            continue
        c0 = centroid(hrom[p.hromada_code])
        if c0 is None:
            continue
        near = {g for key in (ckey(p.name), lkey(p.name_latin)) for g in ob_index.get((p.code[:4], key), [])}
        opts = sorted((haversine(c0[0], c0[1], byid[g].lat, byid[g].lon), g) for g in near if g not in taken)
        if opts and opts[0][0] < 12 and (len(opts) == 1 or opts[1][0] > 2 * opts[0][0] + 3):
            assign(p, opts[0][1], "oblast:nearest")

    # pass 6: fuzzy names (spelling drift, Crimean Tatar vs Soviet names) close to the hromada's other members
    import difflib

    fuzzy: list[tuple[float, str, int]] = []
    for p in places:
        if p.geonameid is not None:
            continue
        c0 = centroid(hrom[p.hromada_code])
        if c0 is None:
            continue
        pool = by_raion.get(p.raion_code[2:6], []) if p.raion_code else []
        if not pool:
            pool = by_ob.get(p.code[:4], [])
        mine = {lkey(p.name_latin), cyr_lkey(p.name)} | {cyr_lkey(r) for r in ru_of[p.code][:2]}
        scored = []
        for f in pool:
            if f.gid in taken or haversine(c0[0], c0[1], f.lat, f.lon) > 15:
                continue
            theirs = keys[f.gid].lat | {cyr_lkey(a) for a in keys[f.gid].cyr}
            best = max(
                (difflib.SequenceMatcher(None, m, t).ratio() for m in mine for t in theirs if m and t), default=0.0
            )
            scored.append((best, f.gid))
        scored.sort(reverse=True)
        if scored and scored[0][0] >= 0.85 and (len(scored) == 1 or scored[1][0] < scored[0][0] - 0.05):
            fuzzy.append((scored[0][0], p.code, scored[0][1]))
    by_code = {p.code: p for p in places}
    for _sc, code, g in sorted(fuzzy, key=lambda t: (-t[0], t[1])):
        if g not in taken:
            assign(by_code[code], g, "fuzzy:near_hromada")

    # safety: drop matches far from the rest of their hromada (over 30 km unless the crosswalk agrees, and
    # always over 45 km: a hromada is rarely 40 km across, so such a point is a namesake elsewhere)
    for p in places:
        if p.geonameid is None:
            continue
        row = cross.get(p.code)
        limit = 45.0 if p.match == "crosswalk" or (row and row["geonameid"] == str(p.geonameid)) else 30.0
        others = [q for q in hrom[p.hromada_code] if q is not p and q.lat is not None and q.lon is not None]
        if len(others) < 2 or p.lat is None or p.lon is None:
            continue
        mlat = sorted(q.lat for q in others if q.lat is not None)[len(others) // 2]
        mlon = sorted(q.lon for q in others if q.lon is not None)[len(others) // 2]
        if haversine(mlat, mlon, p.lat, p.lon) > limit:
            stats[p.match] -= 1
            stats["dropped:far_from_hromada"] += 1
            taken.pop(p.geonameid, None)
            p.geonameid, p.lat, p.lon, p.population, p.match = None, None, None, 0, ""
    return stats
