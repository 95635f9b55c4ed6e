"""Settlements: the gazetteer's data model, name index, resolution and lookup.

Import from here (`from bot.core.places import Gazetteer, load_gazetteer`), not from the modules inside:

    model.py       Area, Hit, the grid cells; KIND_WEIGHT and TUNING, the tables of every tuning number
    words.py       the context words: toponym markers, prepositions, area and unit nouns, word-like names
    tokens.py      text -> word tokens (offsets, loose() keys)
    index.py       NameIndex (stem + ending paradigms) and SoundAlikes (consonant skeletons)
    catalog.py     Catalog: the settlements, areas and indexes, built once
    resolve.py     Resolver: which words of a text name settlements (exact, sound-alike, context)
    rank.py        Ranker: which namesake is meant (city prior, area words, distance to the other places)
    lookup.py      Lookup: what a person typed -> settlements or areas
    typos.py       names a mistyped query may mean (edit distance, any alphabet)
    russian.py     which bundled alias is a place's Russian name, for Russian replies
    gazetteer.py   Gazetteer: composes the above
    snapshot.py    the catalog as plain data and back (the start-up cache's content)
    cachefile.py   the start-up cache file: where, its key, a safe read, an atomic write
    loader.py      reads the bundled data files, through the cache (with cachefile, the package's only I/O)
"""

from bot.core.places.gazetteer import Gazetteer
from bot.core.places.loader import DEFAULT_PATH, find_places, load_gazetteer, lookup, read_gazetteer
from bot.core.places.model import KIND_WEIGHT, Area, area_prefix

__all__ = [
    "DEFAULT_PATH",
    "KIND_WEIGHT",
    "Area",
    "Gazetteer",
    "area_prefix",
    "find_places",
    "load_gazetteer",
    "lookup",
    "read_gazetteer",
]
