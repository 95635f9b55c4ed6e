"""Every number that tunes the build: how GeoNames candidates are scored, and the distances and margins of matching."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Scores:
    """How well a GeoNames feature's names fit a settlement (``candidates.score``)."""

    ukrainian: float = 4  # the Ukrainian name is one of the feature's Cyrillic names
    latin_primary: float = 3  # the KMU Latin name is the feature's main or ASCII name
    latin_alternate: float = 2  # ... or one of its Latin alternates
    russian: float = 2  # only a generated Russian or hand-table name fits, in Cyrillic
    russian_latin: float = 1.5  # ... or in Latin
    village_fcode_weight: float = 0.3  # a village gets this share of the feature-code bonus (cities all of it)
    city_population: int = 5000  # a city fits a feature of more people than this ...
    city_population_bonus: float = 0.5  # ... this much better
    min_candidate: float = 1.5  # features scoring less are no candidates


# Feature codes: seats and capitals before plain places; abandoned, historical, destroyed ones last.
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


@dataclass(frozen=True)
class Matching:
    """The distances (km), ratios and margins of the matching passes (``match``)."""

    rounds_nearest: int = 2  # pass 2 runs twice: the first round's matches give the second more centroids
    near_top_score: float = 1.0  # pass 2 weighs candidates scoring at most this below the best
    same_record_km: float = 3  # GeoNames records of one village (old and new) lie closer than this
    nearest_max_km: float = 25  # pass 2 takes no candidate farther from the hromada
    runner_up_factor: float = 1.5  # ... nor one whose runner-up is nearer than distance * factor + km
    runner_up_km: float = 1
    oblast_unique_km: float = 30  # pass 4: an oblast-wide unique name within this of the hromada
    oblast_nearest_km: float = 12  # pass 5: the nearest same name within this ...
    oblast_runner_up_factor: float = 2  # ... whose runner-up lies beyond distance * factor + km
    oblast_runner_up_km: float = 3
    fuzzy_km: float = 15  # pass 6: fuzzy names of features within this of the hromada ...
    fuzzy_min_ratio: float = 0.85  # ... alike at least this much (difflib ratio) ...
    fuzzy_margin: float = 0.05  # ... and by this much more than the runner-up
    far_km: float = 30.0  # a match farther from its hromada's median is dropped ...
    far_km_crosswalk: float = 45.0  # ... or farther than this when the crosswalk agrees with it


SCORES = Scores()
MATCHING = Matching()


@dataclass(frozen=True)
class RussianCosts:
    """How Russian spellings are ranked (``russian.ru_variants``): an option costs its index in its slot."""

    free_i_factor: float = 0.75  # the options of a free і (и, е, о) cost 0, 0.75, 1.5
    pair_max: float = 2.5  # two options changed at once, when they cost at most this together ...
    pair_extra: float = 0.01  # ... and this more (after a single change of the same cost)
    one_y: float = 1.2  # the first и after a hard consonant spelt ы
    all_y: float = 1.6  # every such и spelt ы
    variants: int = 6  # the best guess and up to five more


RUSSIAN = RussianCosts()


@dataclass(frozen=True)
class AliasLimits:
    """Which GeoNames names of a matched feature become aliases (``aliases.geonames_aliases``)."""

    similar_ratio: float = 0.75  # a name this alike (difflib) to the Ukrainian or Russian one is a spelling of it
    famous_alternates: int = 40  # a feature with more alternates is world-famous: its other names are exonyms
    min_letters: int = 4  # names shorter than this (or than the settlement's name) are skipped ...
    acronym_letters: int = 4  # ... and all-capital names up to this long


ALIASES = AliasLimits()


@dataclass(frozen=True)
class AreaLimits:
    """How raion centres and the seats of former raions are found by name (``areas``)."""

    centre_prefix_min: int = 4  # a centre's name and the raion's stem share their first letters, at least this many
    centre_prefix_cut: int = 2  # ... all but this many of the shorter one
    stem_min: int = 4  # a former raion's Cyrillic stem this long ...
    stem_extra: int = 3  # ... begins a seat's name at most this much longer
    seat_km: float = 60  # a former raion's seat lies this close to its GeoNames point


AREAS = AreaLimits()
