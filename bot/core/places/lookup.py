"""What a person typed -> the settlements (or areas) they mean: any case form, a prefix, a misspelling, a code."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Mapping

from bot.core.normalize import loose
from bot.core.places.catalog import Catalog
from bot.core.places.model import CATEGORY_RANK, TUNING, UNRANKED_CATEGORY, Area
from bot.core.places.resolve import Resolver
from bot.core.places.tokens import KEY, TEXT, tokenize
from bot.core.places.words import STRONG_MARKERS
from bot.models import Candidate


class Lookup:
    """Answers to typed queries over the catalog's names; the exact names come from the resolver."""

    def __init__(self, catalog: Catalog, resolver: Resolver) -> None:
        self._settlements = catalog.settlements
        self._index = catalog.index
        self._names = catalog.names
        self._sounds = catalog.sounds
        self._areas = catalog.areas
        self._city_like_areas = catalog.city_like_areas
        self._notability = catalog.notability
        self._population = catalog.population
        self._resolver = resolver

    def settlements(self, query: str, limit: int = 10) -> list[Candidate]:
        """Settlements a person means by a typed query: any case form, prefix or misspelling; a KATOTTG code.
        Exact names first, then bigger places; an oblast or raion in the query narrows the answer."""
        query = query.strip()
        if not query:
            return []
        direct = self._index.get(query.upper())
        if direct is not None:
            return [Candidate(self._settlements[direct], TUNING.exact_quality)]
        wanted, rest = self._split_areas(query)
        if not rest:
            return []
        scores = self._scores(" ".join(rest))
        if wanted:
            inside = {sid for sid in scores if any(a.contains(self._settlements[sid]) for a in wanted)}
            if inside:
                scores = {sid: sc for sid, sc in scores.items() if sid in inside}
        ranked = sorted(scores.items(), key=self._sort_key)
        return [
            Candidate(self._settlements[sid], round(min(sc, TUNING.exact_quality), TUNING.score_digits))
            for sid, sc in ranked[:limit]
        ]

    def _split_areas(self, query: str) -> tuple[list[Area], list[str]]:
        """The areas the query names, and its other words (toponym markers dropped: «село», "village")."""
        tokens = tokenize(query)
        area_hits = self._resolver.area_hits(tokens, query, every=True)
        taken = {k for first, last, _ in area_hits for k in range(first, last + 1)}
        wanted = [self._areas[a] for _, _, aids in area_hits for a in aids]
        rest = [t[TEXT] for k, t in enumerate(tokens) if k not in taken and t[KEY] not in STRONG_MARKERS]
        return wanted, rest

    def _scores(self, text: str) -> dict[int, float]:
        """Settlement index -> how well the text names it: the whole text a name, a prefix of names, a sound-alike."""
        scores: dict[int, float] = {}
        targets = self._names.targets
        tokens = tokenize(text)
        for hit in self._resolver.exact_hits(tokens, text, set(), every=True):
            if hit.first == 0 and hit.last == len(tokens) - 1:
                for nid in hit.names:
                    _raise(scores, targets[nid], TUNING.exact_quality)
        key = " ".join(t[KEY] for t in tokens)
        keys, nids = self._names.sorted_keys()
        pos = bisect_left(keys, key)
        prefix = TUNING.lookup_short_prefix if len(key) < TUNING.lookup_short_letters else TUNING.lookup_prefix
        while pos < len(keys) and keys[pos].startswith(key) and len(scores) < TUNING.lookup_max_prefixed:
            _raise(scores, targets[nids[pos]], prefix)
            pos += 1
        if len(key) >= TUNING.lookup_sound_min_letters:
            for nid, sim in self._sounds.names(text):
                _raise(scores, targets[nid], TUNING.lookup_sound + TUNING.lookup_sound_per_similarity * sim)
        return scores

    def _sort_key(self, item: tuple[int, float]) -> tuple[float, int, int, int, str]:
        """Best score first (to 2 places), then cities, then the places written about most, the biggest, by name."""
        sid, score = item
        settlement = self._settlements[sid]
        return (
            -round(score, TUNING.lookup_tie_digits),
            CATEGORY_RANK.get(settlement.category, UNRANKED_CATEGORY),
            -self._notability[sid],
            -self._population[sid],
            settlement.name,
        )

    def areas(self, query: str) -> list[Area]:
        """The oblasts and raions a person names in the query ("Донеччина", "Bakhmut raion"), in text order."""
        found: list[Area] = []
        hits = self._resolver.area_hits(tokenize(query), query, every=True)
        if not hits and loose(query.strip()) in self._city_like_areas:
            hits = [(0, 0, self._city_like_areas[loose(query.strip())])]
        for _, _, aids in hits:
            for aid in aids:
                if self._areas[aid] not in found:
                    found.append(self._areas[aid])
        return found


def _raise(scores: dict[int, float], weights: Mapping[int, float], factor: float) -> None:
    """Raise each settlement's score to its weight x factor where that is higher."""
    for sid, w in weights.items():
        score = w * factor
        if score > scores.get(sid, 0.0):
            scores[sid] = score
