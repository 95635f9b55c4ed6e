"""The gazetteer's data model: areas, a matched name (Hit), the grid cells, and the tables of weights."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

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
    """A grid cell of 1 degree of latitude by 1.5 of longitude (~110 x 100 km here): two places within 60 km lie
    in the same or neighbouring cells."""
    return int(coord[0] // 1.0) + dy, int(coord[1] // 1.5) + dx


def around(cells: Iterable[Cell]) -> set[Cell]:
    """The given grid cells and their neighbours (see cell)."""
    return {(y + dy, x + dx) for y, x in cells for dy in _AROUND for dx in _AROUND}


def is_local(coords: Sequence[tuple[float, float] | None]) -> bool:
    """Away from the poles, a place more than one cell away is over 60 km off and earns no distance bonus, so
    the anchors in the cells around a name's candidates are all its ranking depends on."""
    return all(abs(c[0]) < 68.0 for c in coords if c is not None)
