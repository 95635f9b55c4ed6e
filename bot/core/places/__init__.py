"""Settlements: the gazetteer's data model, name index, resolution and lookup.

Import from here (`from bot.core.places import Gazetteer, load_gazetteer`), not from the modules inside.
"""

from bot.core.places.gazetteer import (
    DEFAULT_PATH,
    KIND_WEIGHT,
    Area,
    Gazetteer,
    area_prefix,
    candidate_json,
    find_places,
    format_candidate,
    load_gazetteer,
    lookup,
    read_gazetteer,
)

__all__ = [
    "DEFAULT_PATH",
    "KIND_WEIGHT",
    "Area",
    "Gazetteer",
    "area_prefix",
    "candidate_json",
    "find_places",
    "format_candidate",
    "load_gazetteer",
    "lookup",
    "read_gazetteer",
]
