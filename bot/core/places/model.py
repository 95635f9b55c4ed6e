"""The gazetteer's data model: areas, a matched name (Hit), the grid cells, and the tables of weights (KIND_WEIGHT
for the kinds of names, TUNING for every other number that tunes matching, context and ranking)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Final

from bot.models import Settlement

# How much a name of each alias kind is trusted (scripts/build_gazetteer.py documents the kinds).
KIND_WEIGHT: dict[str, float] = {
    "n": 1.0,  # official Ukrainian name
    "k": 1.0,  # official KMU-2010 Latin name
    "r": 0.97,
    "f": 0.96,
    "u": 0.96,
    "l": 0.95,
    "g": 0.95,
    "v": 0.88,
    "x": 0.88,
}


@dataclass(frozen=True, slots=True)
class Tuning:
    """The numbers that tune the resolver, the ranker and the lookup, each in one place."""

    # --- names ---
    unknown_kind_weight: float = 0.85  # a name of a kind KIND_WEIGHT does not list
    exact_quality: float = 1.0  # the quality of an exact name; anything less is a sound-alike
    exact_min_letters: int = 2  # shorter words are never looked up as names
    name_max_following: int = 4  # words a name may have after its first (5 in all)
    # --- sound-alikes (misspelt, transliterated names) ---
    sound_min_skeleton: int = 4  # consonants a word's skeleton needs before it is matched by sound
    sound_min_similarity: float = 0.7  # how alike (0..1) a word and a name must be
    sound_index_min_skeleton: int = 3  # names with shorter skeletons are not indexed by sound
    sound_cut_leaves: int = 3  # a case ending is cut off only if more than this many letters remain
    sound_min_letters: int = 3  # shorter capitalised words are not tried by sound
    sound_single_min_letters: int = 5  # ... nor, unless joined to the next word, shorter than this
    sound_quality: float = 0.45  # a sound-alike's quality: this much ...
    sound_quality_per_similarity: float = 0.4  # ... plus this much x its similarity
    sound_tie: float = 0.05  # names this close to the best similarity are kept beside it
    sound_pair_min: float = 0.75  # a hyphenated pair of exact names gives way to one sound-alike this good
    sound_pair_over_exact: float = 0.8  # a sound-alike pair takes an exactly matched second word if this good
    widen_min_skeleton: int = 3  # a name matched only through a variant spelling: official names that sound alike,
    widen_min_similarity: float = 0.55  # ... this alike,
    widen_weight: float = 0.9  # ... join its candidates at kind weight x this x similarity squared
    # --- context ---
    marker_reach: int = 3  # words before a name a toponym marker may stand
    category_reach: int = 3  # words before a name a category marker («село», "city") may stand
    latin_alias_max_letters: int = 6  # a Latin word this short matched only through an alias is word-like
    wordlike_strong: float = 0.97  # the quality kept by a word-like name after a toponym marker
    wordlike_weak: float = 0.9  # ... after a preposition or in a list
    lowercase_strong: float = 0.9  # ... by a lower-case name after a toponym marker (the only place it counts)
    sound_alone_min: float = 0.8  # a sound-alike with no toponym context needs this quality
    # --- ranking namesakes ---
    city_prior: float = 1.5  # a city's weight among namesakes: cities are written about far more than villages
    anchor_margin: float = 1.4  # a name anchors the post's ranking when its best candidate leads the next by this
    category_bonus: float = 1.0  # bonuses (x kind weight): the category a marker names,
    oblast_bonus: float = 2.0  # ... an oblast the post names,
    raion_bonus: float = 3.0  # ... a raion the post names,
    following_area_bonus: float = 3.0  # ... an area named right after the name («Андріївка Бахмутського району»)
    following_area_reach: int = 40  # characters after a name an area counts as following it
    # --- distance to the post's anchors ---
    km_per_degree: float = 111.2  # equirectangular distance: fine under 100 km
    distance_bonus: tuple[tuple[float, float], ...] = ((12.0, 3.0), (25.0, 2.5), (60.0, 1.5))  # (within km, bonus)
    close_km: float = 25.0  # anchors within this distance are close neighbours ...
    close_bonus: float = 0.5  # ... and each close neighbour after the first adds this: several agree
    distance_share: float = 0.5  # a candidate's weight x (1 + this x its distance bonus)
    cell_lat: float = 1.0  # grid cell: degrees of latitude (~110 km) ...
    cell_lon: float = 1.5  # ... by degrees of longitude (~100 km here): 60 km lies within neighbouring cells
    local_max_lat: float = 68.0  # below this latitude a cell is wide enough for that
    # --- lookup (what a person typed) ---
    lookup_prefix: float = 0.85  # a name the query is a prefix of, x kind weight
    lookup_short_prefix: float = 0.6  # ... when the query is shorter than
    lookup_short_letters: int = 3  # ... this many letters
    lookup_max_prefixed: int = 5000  # stop taking prefixed names at this many settlements
    lookup_sound_min_letters: int = 4  # shorter queries are not matched by sound
    lookup_sound: float = 0.35  # a sound-alike's score: this much ...
    lookup_sound_per_similarity: float = 0.45  # ... plus this much x its similarity, x kind weight
    lookup_tie_digits: int = 2  # scores equal to this many digits tie (then: cities, notability, population)
    score_digits: int = 3  # a candidate's score is rounded to this many digits
    # --- memo sizes: memory only, never the answers ---
    memo_words: int = 200_000  # token keys -> names; candidates; word + following words -> extents
    memo_sounds: int = 100_000  # surface -> sound-alike names; widened candidates
    memo_name_sets: int = 50_000  # name sets -> their ranking bases
    memo_near: int = 256  # per name set: anchors -> the ranking near them


TUNING: Final = Tuning()

# Further generated variants (Андрьевка, Andrevka) are not indexed: the sound-alike (skeleton) matcher finds them
# from the official names, and leaving them out keeps loading fast.
SKIPPED_KINDS = frozenset("vx")
# Alias kinds that show a place is written about: attested alternate names (GeoNames, press spellings, former names).
ATTESTED_KINDS = "rful"
# Ties in score: cities first (K: special status, M: city, X: settlement, C: village), then the rest.
CATEGORY_RANK = {"K": 0, "M": 1, "X": 2, "C": 3}
UNRANKED_CATEGORY = 9
CITY_CATEGORIES = ("M", "K")


@dataclass(frozen=True, slots=True)
class Area:
    """An oblast or a raion a person names ("Донеччина", "Bakhmut raion")."""

    kind: str  # "oblast" | "raion"
    code: str  # KATOTTG code of the area
    name: str  # short adjective form: "Донецька", "Бахмутський"
    prefix: str  # settlement codes of the area start with this ("UA14", "UA1402")
    oblast: str = ""  # the oblast's short name (for a raion; the area itself for an oblast)

    def contains(self, settlement: Settlement) -> bool:
        return settlement.code.startswith(self.prefix)


def area_prefix(code: str, kind: str) -> str:
    """The settlement-code prefix of an oblast (UA + 2 digits) or raion (UA + 4 digits) code."""
    return code[:4] if kind == "oblast" else code[:6]


def derived_areas(settlements: Iterable[Settlement]) -> list[tuple[Area, list[str]]]:
    """The oblasts and raions the settlements' codes and names imply, each with its default names."""
    found: dict[str, Area] = {}
    for s in settlements:
        found.setdefault(s.code[:4], Area("oblast", s.code[:4] + "0" * 15, s.oblast, s.code[:4], s.oblast))
        if s.raion:
            found.setdefault(s.code[:6], Area("raion", s.code[:6] + "0" * 13, s.raion, s.code[:6], s.oblast))
    return [(a, default_area_names(a)) for a in found.values()]


def default_area_names(area: Area) -> list[str]:
    if area.kind == "oblast":
        return [f"{area.name} область", f"{area.name} обл."]
    return [f"{area.name} район", f"{area.name} р-н"]


@dataclass(slots=True)
class Hit:
    """Names matched at a run of tokens, before ranking."""

    first: int  # token index
    last: int  # token index (inclusive)
    names: list[int]
    quality: float
    extra: dict[int, float] = field(default_factory=dict)  # settlement index -> weight, beside the names
    extra_key: str = ""  # what the extras were derived from (the surface), for caching
    category: str = ""  # the category a marker names: «село» C, «селище», «поселок» X, «місто», "city" M
    direction: bool = False  # followed by "direction", "sector", «напрямок»: a front sector, not a place claim


# --- the coarse grid -----------------------------------------------------------------------------------------

Cell = tuple[int, int]
NO_CELL: Cell = (999, 999)  # a settlement without coordinates
_AROUND = (-1, 0, 1)


def cell(coord: tuple[float, float], dx: int, dy: int) -> Cell:
    """A grid cell (TUNING.cell_lat x cell_lon degrees, ~110 x 100 km here): two places within 60 km, the reach of
    the farthest distance bonus, lie in the same or neighbouring cells."""
    return int(coord[0] // TUNING.cell_lat) + dy, int(coord[1] // TUNING.cell_lon) + dx


def around(cells: Iterable[Cell]) -> set[Cell]:
    """The given grid cells and their neighbours (see cell)."""
    return {(y + dy, x + dx) for y, x in cells for dy in _AROUND for dx in _AROUND}


def is_local(coords: Sequence[tuple[float, float] | None]) -> bool:
    """Away from the poles, a place more than one cell away is over 60 km off and earns no distance bonus, so
    the anchors in the cells around a name's candidates are all its ranking depends on."""
    return all(abs(c[0]) < TUNING.local_max_lat for c in coords if c is not None)
