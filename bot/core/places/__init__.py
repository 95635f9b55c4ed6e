"""Settlements: the gazetteer's data model, name index, resolution and lookup.

Import from here (`from bot.core.places import Gazetteer, load_gazetteer`), not from the modules inside.
"""

from bot.core.places.candidates import candidate_json, format_candidate
from bot.core.places.gazetteer import Gazetteer
from bot.core.places.loader import DEFAULT_PATH, find_places, load_gazetteer, lookup, read_gazetteer
from bot.core.places.model import KIND_WEIGHT, Area, area_prefix

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
