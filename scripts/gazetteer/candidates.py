"""GeoNames candidates of a settlement: the name keys of both sides and the score of a feature for a place."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from .keys import CYR, LATIN, ckey, lkey, strip_marks
from .latin import latin_variants_ru
from .model import Feature, Place
from .tuning import FCODE_BONUS, SCORES

Candidates = list[tuple[float, int]]  # (score, geonameid), best first


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


def name_score(pk: PlaceKeys, k: FeatKeys) -> float:
    """How well the names fit: the Ukrainian and Latin names first, the Russian ones only when those do not."""
    s = 0.0
    if pk.uk in k.cyr:
        s += SCORES.ukrainian
    if pk.lat in k.primary_l:
        s += SCORES.latin_primary
    elif pk.lat in k.lat:
        s += SCORES.latin_alternate
    if s == 0:
        if pk.ru & k.cyr:
            s += SCORES.russian
        elif pk.ru_lat & k.lat:
            s += SCORES.russian_latin
    return s


def score(p: Place, pk: PlaceKeys, f: Feature, k: FeatKeys) -> float:
    s = name_score(pk, k)
    if s == 0:
        return 0.0
    s += FCODE_BONUS.get(f.fcode, 0.0) * (1.0 if p.category in "MXK" else SCORES.village_fcode_weight)
    if p.category in "MK" and f.population > SCORES.city_population:
        s += SCORES.city_population_bonus
    return s


class Pools:
    """The GeoNames features a settlement may be: those of its raion (GeoNames admin2 is the 4-digit KATOTTG raion
    code), or of its whole oblast for the K cities and Crimea, where GeoNames still has the pre-2020 raions."""

    def __init__(self, feats: list[Feature], admin1_to_ob: dict[str, str]) -> None:
        self.by_raion: dict[str, list[Feature]] = defaultdict(list)
        self.by_ob: dict[str, list[Feature]] = defaultdict(list)
        for f in feats:
            self.by_raion[f.admin2].append(f)
            self.by_ob[admin1_to_ob.get(f.admin1, "")].append(f)

    def of(self, p: Place) -> list[Feature]:
        pool = self.by_raion.get(p.raion_code[2:6], []) if p.raion_code else []
        return pool or self.by_ob.get(p.code[:4], [])


def candidates(p: Place, pk: PlaceKeys, pool: list[Feature], keys: dict[int, FeatKeys]) -> Candidates:
    scored = [(score(p, pk, f, keys[f.gid]), f.gid) for f in pool]
    return sorted(((s, g) for s, g in scored if s >= SCORES.min_candidate), key=lambda t: (-t[0], t[1]))
