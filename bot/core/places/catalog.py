"""Everything the resolver reads, built once from the settlements: name indexes, areas, coordinates, grid cells."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from bot.core.normalize import loose
from bot.core.places.frontline import Frontline
from bot.core.places.index import NameIndex, SoundAlikes
from bot.core.places.model import (
    ATTESTED_KINDS,
    CATEGORY_RANK,
    CITY_CATEGORIES,
    KIND_WEIGHT,
    NO_CELL,
    SKIPPED_KINDS,
    TUNING,
    UNRANKED_CATEGORY,
    Area,
    Cell,
    cell,
    is_local,
)
from bot.core.places.words import ALWAYS_WORDLIKE
from bot.models import Settlement


@dataclass(frozen=True, slots=True, eq=False)
class Catalog:
    """The settlements and the indexes over them; a settlement is known by its position in settlements."""

    settlements: Sequence[Settlement]  # a tuple, or a places.snapshot.SettlementTable (built as they are read)
    index: dict[str, int]  # code -> position
    codes: Sequence[str]  # by position: what the ranker reads of a settlement, without building it
    categories: Sequence[str]
    population: list[int]
    notability: list[int]  # how much a place is written about: its attested alternate names
    city: list[bool]
    front: list[bool]  # where the fighting is (the bundled register's areas): namesakes there are preferred
    names: NameIndex  # settlement names -> positions, with kind weights
    sounds: SoundAlikes  # over names
    areas: list[Area]
    area_names: NameIndex  # area names -> positions in areas
    city_like_areas: dict[str, list[int]]  # area names that name a city first; only a whole query takes these
    wordlike: frozenset[str]  # names that are ordinary words (loose()): they need a toponym context
    common: frozenset[str]  # of those, the words too common to be a place without a marker (words.ALWAYS_WORDLIKE)
    coords: list[tuple[float, float] | None]
    cells: list[Cell]
    local_cells: bool  # see model.is_local
    order: list[int]  # ties in score: cities first, then by code


def build_catalog(
    settlements: Sequence[Settlement],
    aliases: Mapping[str, Iterable[tuple[str, str]]],
    areas: Iterable[tuple[Area, Iterable[str]]],
    populations: Mapping[str, int],
    wordlike: Iterable[str],
    frontline: Frontline | None = None,
) -> Catalog:
    """The catalog of the settlements; aliases: code -> (kind letter, name) pairs; areas: (Area, its names)."""
    everything = tuple(settlements)
    city = [st.category in CITY_CATEGORIES for st in everything]
    names = NameIndex()
    names.add_all(_name_weights(everything, aliases))
    names.compact()
    area_list, area_names, city_like = _area_index(areas, names, city)
    area_names.compact()
    coords = [(st.lat, st.lon) if st.lat is not None and st.lon is not None else None for st in everything]
    return Catalog(
        settlements=everything,
        index={s.code: i for i, s in enumerate(everything)},
        codes=[s.code for s in everything],
        categories=[s.category for s in everything],
        population=[populations.get(s.code, 0) for s in everything],
        notability=[sum(1 for k, _ in aliases.get(s.code, ()) if k in ATTESTED_KINDS) for s in everything],
        city=city,
        front=[s.code in frontline for s in everything] if frontline is not None else [False] * len(everything),
        names=names,
        sounds=SoundAlikes(names),
        areas=area_list,
        area_names=area_names,
        city_like_areas=city_like,
        wordlike=frozenset(loose(w) for w in wordlike) | ALWAYS_WORDLIKE,
        common=ALWAYS_WORDLIKE,
        coords=coords,
        cells=_cells(coords),
        local_cells=is_local(coords),
        order=_tie_order(everything),
    )


def _cells(coords: Sequence[tuple[float, float] | None]) -> list[Cell]:
    """Each place's grid cell, one tuple per cell (75 of them for the 29,703 bundled places)."""
    shared: dict[Cell, Cell] = {}
    return [NO_CELL if c is None else shared.setdefault(k := cell(c, 0, 0), k) for c in coords]


def _name_weights(
    settlements: Sequence[Settlement], aliases: Mapping[str, Iterable[tuple[str, str]]]
) -> dict[str, dict[int, float]]:
    """Every name to index: name -> {settlement position: the weight of its most trusted kind}."""
    entries: dict[str, dict[int, float]] = defaultdict(dict)
    for i, s in enumerate(settlements):
        entries[s.name][i] = KIND_WEIGHT["n"]
        if s.name_latin:
            entries[s.name_latin][i] = KIND_WEIGHT["k"]
        for kind, alias in aliases.get(s.code, ()):
            if kind in SKIPPED_KINDS:
                continue
            weight = KIND_WEIGHT.get(kind, TUNING.unknown_kind_weight)
            if weight > entries[alias].get(i, 0.0):
                entries[alias][i] = weight
    return entries


def _area_index(
    areas: Iterable[tuple[Area, Iterable[str]]], names: NameIndex, city: Sequence[bool]
) -> tuple[list[Area], NameIndex, dict[str, list[int]]]:
    """The areas, their names indexed, and the names that are a city's before an area's (see Catalog)."""
    found: list[Area] = []
    area_names = NameIndex()
    city_like: dict[str, list[int]] = {}
    for area, area_words in areas:
        aid = len(found)
        found.append(area)
        for name in area_words:  # not the bare adjective: «біля Донецька» is the city
            if not _names_a_city(name, names, city):  # Запоріжжя, Kyiv, Севастополь: the city first
                area_names.add(name, aid, KIND_WEIGHT["n"])
            else:
                city_like.setdefault(loose(name), []).append(aid)
    return found, area_names, city_like


def _names_a_city(name: str, names: NameIndex, city: Sequence[bool]) -> bool:
    words = loose(name).replace("-", " ").split()
    if len(words) != 1:
        return False
    return any(city[sid] for nid in names.hits(words[0]) if not names.rest[nid] for sid in names.targets[nid])


def _tie_order(settlements: Sequence[Settlement]) -> list[int]:
    """Each settlement's place in the order that breaks ties in score: cities first, then by code."""
    by_rank = sorted(
        range(len(settlements)),
        key=lambda i: (CATEGORY_RANK.get(settlements[i].category, UNRANKED_CATEGORY), settlements[i].code),
    )
    order = [0] * len(settlements)
    for position, i in enumerate(by_rank):
        order[i] = position
    return order
