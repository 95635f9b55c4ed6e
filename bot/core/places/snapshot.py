"""The catalog as plain data and back, for the start-up cache (places.cachefile): dump(catalog) gives tuples, lists,
dicts, str, int, float, bool, None, bytes and frozensets, all of which marshal stores; restore(data) gives a catalog
that answers every query as the one dumped. Pure: no I/O.

Restoring is the start-up of every one-shot command, so what only some commands read waits until it is read: the
settlements are built one by one as they are first read (SettlementTable), and a name index's by_text and sorted keys
(lookup's prefixes) are stored as marshal bytes, loaded on first use.
"""

from __future__ import annotations

import marshal
from collections.abc import Callable, Iterator, Sequence
from dataclasses import fields
from typing import Any, TypeVar, cast, overload

from bot.core.places.catalog import Catalog
from bot.core.places.index import NameIndex, SortedKeys, SoundAlikes
from bot.core.places.model import Area
from bot.models import Settlement

FORMAT = 1  # bump when the shape of the data changes (the cache key covers this module's source as well)
SETTLEMENT_FIELDS = tuple(f.name for f in fields(Settlement))
AREA_FIELDS = tuple(f.name for f in fields(Area))
T = TypeVar("T")
_LISTS = ("population", "notability", "city", "front", "coords", "cells", "order")


class SnapshotError(ValueError):
    """The data is not a snapshot of this format (another version's, or damaged)."""


class SettlementTable(Sequence[Settlement]):
    """The settlements of a restored catalog, each built when first read: a one-shot command reads a handful of
    29,703, and building them all is a fifth of a start-up. Iterating builds the rest."""

    __slots__ = ("_built", "_columns", "_count")

    def __init__(self, columns: Sequence[Sequence[Any]]) -> None:
        """columns: one per Settlement field (SETTLEMENT_FIELDS order), all of one length."""
        self._columns: Sequence[Sequence[Any]] | None = columns
        self._count = len(columns[0]) if columns else 0
        self._built: list[Settlement | None] = [None] * self._count

    def __len__(self) -> int:
        return self._count

    @overload
    def __getitem__(self, i: int) -> Settlement: ...

    @overload
    def __getitem__(self, i: slice) -> tuple[Settlement, ...]: ...

    def __getitem__(self, i: int | slice) -> Settlement | tuple[Settlement, ...]:
        if isinstance(i, slice):
            return tuple(self[k] for k in range(*i.indices(self._count)))
        found = self._built[i]
        if found is None:
            assert self._columns is not None  # columns are dropped only once every settlement is built
            found = self._built[i] = Settlement(*[column[i] for column in self._columns])
        return found

    def __iter__(self) -> Iterator[Settlement]:
        if self._columns is not None:
            built = self._built
            for i, settlement in enumerate(map(Settlement, *self._columns)):
                if built[i] is None:  # keep the ones already handed out: one object per settlement
                    built[i] = settlement
            self._columns = None
        return iter(cast("list[Settlement]", self._built))


class _Sharer:
    """One object for equal strings: stored once in the snapshot (a reference each time after), loaded once."""

    def __init__(self) -> None:
        self._seen: dict[str, str] = {}

    def str(self, value: str) -> str:
        return self._seen.setdefault(value, value)

    def column(self, values: Sequence[Any]) -> list[Any]:
        seen = self._seen
        return [seen.setdefault(v, v) if type(v) is str else v for v in values]


def dump(catalog: Catalog) -> dict[str, Any]:
    """The catalog as plain data (marshal.dumps takes it)."""
    share = _Sharer()
    everything = list(catalog.settlements)
    return {
        "format": FORMAT,
        "settlement_fields": SETTLEMENT_FIELDS,
        "area_fields": AREA_FIELDS,
        "settlements": [share.column([getattr(s, name) for s in everything]) for name in SETTLEMENT_FIELDS],
        **{name: list(getattr(catalog, name)) for name in _LISTS},
        "names": _dump_index(catalog.names, share),
        "sounds": catalog.sounds.index,
        "areas": [tuple(getattr(a, name) for name in AREA_FIELDS) for a in catalog.areas],
        "area_names": _dump_index(catalog.area_names, share),
        "city_like_areas": catalog.city_like_areas,
        "wordlike": catalog.wordlike,
        "common": catalog.common,
        "local_cells": catalog.local_cells,
    }


def _dump_index(index: NameIndex, share: _Sharer) -> dict[str, Any]:
    by_text = index.by_text
    return {
        "text": [share.str(t) for t in index.text],
        "rest": index.rest,
        "targets": index.targets,
        "stems": {share.str(stem): found for stem, found in index.stems.items()},
        "by_text": marshal.dumps((list(by_text), list(by_text.values()))),
        "sorted": marshal.dumps(index.sorted_keys()),
    }


def restore(data: Any) -> Catalog:
    """The catalog dumped as data; SnapshotError (a ValueError) when data is not of this format and shape."""
    _check(data)
    columns = data["settlements"]
    codes = columns[SETTLEMENT_FIELDS.index("code")]
    names = _restore_index(data["names"])
    return Catalog(
        settlements=SettlementTable(columns),
        index={code: i for i, code in enumerate(codes)},
        codes=codes,
        categories=columns[SETTLEMENT_FIELDS.index("category")],
        population=data["population"],
        notability=data["notability"],
        city=data["city"],
        front=data["front"],
        names=names,
        sounds=SoundAlikes(names, data["sounds"]),
        areas=[Area(*fields) for fields in data["areas"]],
        area_names=_restore_index(data["area_names"]),
        city_like_areas=data["city_like_areas"],
        wordlike=data["wordlike"],
        common=data["common"],
        coords=data["coords"],
        cells=data["cells"],
        local_cells=data["local_cells"],
        order=data["order"],
    )


def _check(data: Any) -> None:
    """The outer shape: the format, the fields, the lengths that must agree (the contents are marshal's own)."""
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise SnapshotError(f"not a gazetteer snapshot of format {FORMAT}")
    if data.get("settlement_fields") != SETTLEMENT_FIELDS or data.get("area_fields") != AREA_FIELDS:
        raise SnapshotError("a snapshot of other settlement or area fields")
    columns = data.get("settlements")
    if not isinstance(columns, list) or len(columns) != len(SETTLEMENT_FIELDS) or not columns:
        raise SnapshotError("settlements: not one column per field")
    count = len(columns[0])
    for name in ("settlements", *_LISTS):
        parts = columns if name == "settlements" else [data.get(name)]
        if any(not isinstance(part, list) or len(part) != count for part in parts):
            raise SnapshotError(f"{name}: not a list of {count}")
    for name, kind in _SHAPES.items():
        if not isinstance(data.get(name), kind):
            raise SnapshotError(f"{name}: not a {kind.__name__}")
    for name in ("names", "area_names"):
        _check_index(name, data[name])


_SHAPES: dict[str, type] = {
    "names": dict,
    "area_names": dict,
    "sounds": dict,
    "areas": list,
    "city_like_areas": dict,
    "wordlike": frozenset,
    "common": frozenset,
    "local_cells": bool,
}
_INDEX_SHAPES: dict[str, type] = {"text": list, "rest": list, "targets": list, "stems": dict, "by_text": bytes}


def _check_index(name: str, part: dict[str, Any]) -> None:
    for key, kind in _INDEX_SHAPES.items():
        if not isinstance(part.get(key), kind):
            raise SnapshotError(f"{name}.{key}: not a {kind.__name__}")
    if not isinstance(part.get("sorted"), bytes):
        raise SnapshotError(f"{name}.sorted: not bytes")
    if not len(part["text"]) == len(part["rest"]) == len(part["targets"]):
        raise SnapshotError(f"{name}: text, rest and targets of different lengths")


def _restore_index(part: dict[str, Any]) -> NameIndex:
    return NameIndex.restored(
        part["text"],
        part["rest"],
        part["targets"],
        part["stems"],
        by_text=_later(part["by_text"], _as_by_text),
        sorted_keys=_later(part["sorted"], _as_sorted),
    )


def _later(blob: bytes, shape: Callable[[Any], T]) -> Callable[[], T]:
    """A loader of marshal bytes, checked by shape when first called."""
    return lambda: shape(marshal.loads(blob))


def _as_by_text(data: Any) -> dict[str, int]:
    keys, ids = data
    if not isinstance(keys, list) or not isinstance(ids, list) or len(keys) != len(ids):
        raise SnapshotError("by_text: not two lists of one length")
    return dict(zip(keys, ids, strict=True))


def _as_sorted(data: Any) -> SortedKeys:
    keys, ids = data
    if not isinstance(keys, list) or not isinstance(ids, list) or len(keys) != len(ids):
        raise SnapshotError("sorted keys: not two lists of one length")
    return keys, ids
