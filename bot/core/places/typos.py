"""Names a mistyped query may mean, in any alphabet («Бахмуд» -> Бахмут): edit distance over the gazetteer's
Ukrainian, Russian and Latin names of the same first letter (the resolver's sound-alike index misses typos that
change a consonant in Cyrillic). Pure; the index is built once per gazetteer, on the first typo."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from functools import cache
from typing import TYPE_CHECKING

from bot.core.normalize import loose, similarity
from bot.models import Settlement

if TYPE_CHECKING:
    from bot.core.places.gazetteer import Gazetteer

MIN_SIMILARITY = 0.75  # 1 - edits / length: one typo in a name of four letters or more
MAX_LENGTH_GAP = 2
_ENDINGS = ("ою", "ом", "ем", "ої", "ой", "ів", "ах", "ях", "ий", "ій", "ого", "ому", "у", "і", "ю", "е", "а", "и")


@cache
def _index(gazetteer: Gazetteer) -> dict[str, list[tuple[str, tuple[Settlement, ...]]]]:
    """First letter of the folded name -> (folded name, the settlements called so)."""
    names: dict[str, list[Settlement]] = defaultdict(list)
    for s in gazetteer.settlements:
        for name in {s.name, s.name_ru, s.name_latin} - {""}:
            names[loose(name)].append(s)
    index: dict[str, list[tuple[str, tuple[Settlement, ...]]]] = defaultdict(list)
    for folded, places in names.items():
        if folded:
            index[folded[0]].append((folded, tuple(places)))
    return dict(index)


def _variants(query: str) -> set[str]:
    """The query folded, and without a case ending («Бахмуду» -> «бахмуд»)."""
    folded = loose(" ".join(query.split()))
    out = {folded}
    for ending in _ENDINGS:
        if folded.endswith(loose(ending)) and len(folded) - len(ending) >= 4:
            out.add(folded[: -len(ending)])
    return out


def typo_matches(gazetteer: Gazetteer, query: str, limit: int = 5) -> list[tuple[str, float, Sequence[Settlement]]]:
    """(folded name, similarity, settlements) of the names closest to the query, best first."""
    best: dict[str, tuple[float, Sequence[Settlement]]] = {}
    index = _index(gazetteer)
    for variant in _variants(query):
        if len(variant) < 4:
            continue
        for folded, places in index.get(variant[0], ()):
            if abs(len(folded) - len(variant)) > MAX_LENGTH_GAP:
                continue
            score = similarity(variant, folded)
            if score >= MIN_SIMILARITY and score > best.get(folded, (0.0, ()))[0]:
                best[folded] = (score, places)
    ranked = sorted(best.items(), key=lambda kv: (-kv[1][0], -len(kv[1][1]), kv[0]))
    return [(name, score, places) for name, (score, places) in ranked[:limit]]
