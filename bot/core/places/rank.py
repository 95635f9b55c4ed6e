"""Ranking a name's namesakes: the city prior, the oblast and raion words of the post, a marker's category, a
front direction, and the distance to the other settlements the post names."""

from __future__ import annotations

import heapq
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from bot.core.places.catalog import Catalog
from bot.core.places.model import Area, Cell, Hit, around
from bot.core.places.tokens import END, START, Token
from bot.models import Candidate, Mention


@dataclass(slots=True)
class _Base:
    targets: dict[int, float]  # settlement index -> kind weight
    prior: dict[int, float]  # kind weight x the city prior
    best: int
    margin: float  # best prior / second best
    cells: frozenset[Cell]  # coarse grid cells of the candidates (see _cell)
    by_cell: dict[Cell, list[int]]
    ranked: dict[float, tuple[Candidate, ...]]  # quality -> the context-free ranking
    # (quality, the anchors' settlement indices, sorted) -> the ranking near them (names repeat within a post and
    # across a sector's posts; the bonus depends only on the set of anchors)
    near_ranked: dict[tuple[float, tuple[int, ...]], tuple[Candidate, ...]] = field(default_factory=dict)


def _distance_bonus(here: tuple[float, float] | None, anchors: list[tuple[float, float]]) -> float:
    """Closer named neighbours, more weight: the post talks about one front sector."""
    if here is None:
        return 0.0
    lat, lon = here
    kx = math.cos(math.radians(lat))
    best = math.inf
    close = 0
    for alat, alon in anchors:
        d = 111.2 * math.hypot(alat - lat, (alon - lon) * kx)  # equirectangular: fine under 100 km
        if d < best:
            best = d  # 0 when another mention names this very place
        close += d <= 25
    bonus = 3.0 if best <= 12 else 2.5 if best <= 25 else 1.5 if best <= 60 else 0.0
    return bonus + 0.5 * max(0, close - 1)  # several neighbours agree


class Ranker:
    """Ranked candidates for the accepted hits of a text (memoised per name set: names repeat across posts)."""

    def __init__(self, catalog: Catalog) -> None:
        self._settlements = catalog.settlements
        self._names = catalog.names
        self._city = catalog.city
        self._coords = catalog.coords
        self._cells = catalog.cells
        self._local_cells = catalog.local_cells
        self._order = catalog.order
        self._bases: dict[tuple[str | int, ...], _Base] = {}
        self._candidate_memo: dict[tuple[int, float], Candidate] = {}

    def rank(
        self, tokens: Sequence[Token], text: str, hits: list[Hit], areas: list[tuple[int, list[Area]]]
    ) -> list[Mention]:
        oblasts = {a.prefix for _, group in areas for a in group if a.kind == "oblast"}
        raions = {a.prefix for _, group in areas for a in group if a.kind == "raion"}
        settlements = self._settlements
        bases = [self._base(hit) for hit in hits]
        for hit, base in zip(hits, bases, strict=True):
            if hit.direction and len(base.targets) == 1:  # "on the Donetsk front": the oblast, not a neighbour
                oblasts.add(settlements[next(iter(base.targets))].code[:4])
        # pass 1: area words, marker categories and the city prior; pass 2: distance to the settlements the post
        # names unambiguously. Names seen without any context reuse a cached ranking (posts repeat names).
        static: list[dict[int, float] | None] = []  # None: the cached context-free weights
        anchors: list[tuple[int, int]] = []  # (hit index, settlement index)
        for h, (hit, base) in enumerate(zip(hits, bases, strict=True)):
            targets = base.targets
            if len(targets) == 1:
                static.append(None)
                if not hit.direction:
                    anchors.append((h, next(iter(targets))))
                continue
            end = tokens[hit.last][END]
            follow = {a.prefix for pos, group in areas if end <= pos <= end + 40 for a in group}
            if not (oblasts or raions or hit.category):
                static.append(None)
                weights = base.prior
            else:
                weights = {}
                for sid, w in base.prior.items():
                    code = settlements[sid].code
                    bonus = 0.0
                    if hit.category and settlements[sid].category == hit.category:
                        bonus += 1.0
                    bonus += (2.0 if code[:4] in oblasts else 0.0) + (3.0 if code[:6] in raions else 0.0)
                    if follow and (code[:4] in follow or code[:6] in follow):
                        bonus += 3.0
                    weights[sid] = w + targets[sid] * bonus
                static.append(weights)
            if base.margin >= 1.4 and weights is base.prior and not hit.direction:
                anchors.append((h, base.best))
            elif weights is not base.prior and not hit.direction:
                first, second = sorted(weights.values(), reverse=True)[:2]
                if first >= 1.4 * second:
                    anchors.append((h, max(weights, key=weights.__getitem__)))
        mentions = []
        coords, cells = self._coords, self._cells
        located = [(k, sid) for k, sid in anchors if coords[sid] is not None]
        anchor_hits = {k for k, _ in anchors}
        sids_all = tuple(sorted(sid for _, sid in located))
        anchor_around = {sid: around((cells[sid],)) for _, sid in located} if self._local_cells else {}
        around_all: set[Cell] | None = None  # built when first needed
        for h, (hit, base, maybe) in enumerate(zip(hits, bases, static, strict=True)):
            weights = base.prior if maybe is None else maybe
            cands: tuple[Candidate, ...] | None = None
            if len(weights) > 1:
                own = h in anchor_hits  # not its own anchor
                sids = tuple(sorted(sid for k, sid in located if k != h)) if own else sids_all
                key_sids = sids
                if self._local_cells and sids:
                    key_sids = tuple(sid for sid in sids if not base.cells.isdisjoint(anchor_around[sid]))
                key = (hit.quality, key_sids)
                if maybe is None:  # the ranking depends only on the name set, the quality and the anchors near it
                    cands = base.near_ranked.get(key)
                if cands is None:
                    if own:
                        nearby = around(cells[sid] for sid in sids)
                    else:
                        if around_all is None:
                            around_all = around(cells[sid] for sid in sids_all)
                        nearby = around_all
                    changed = {}
                    if sids and not base.cells.isdisjoint(nearby):
                        near = [c for sid in sids for c in (coords[sid],) if c is not None]  # in any order
                        for grid_cell in base.cells & nearby:
                            for sid in base.by_cell[grid_cell]:
                                bonus = _distance_bonus(coords[sid], near)
                                if bonus:
                                    changed[sid] = weights[sid] * (1.0 + bonus / 2)
                    if changed:
                        weights = {**weights, **changed}
                    elif maybe is None:
                        cands = base.ranked.get(hit.quality)
                    if cands is None:
                        cands = self._candidates(weights, hit.quality)
                        if maybe is None and weights is base.prior:
                            base.ranked[hit.quality] = cands
                    if maybe is None:
                        if len(base.near_ranked) > 256:
                            base.near_ranked.clear()
                        base.near_ranked[key] = cands
            if cands is None:
                cands = self._candidates(weights, hit.quality)
                if maybe is None and weights is base.prior:
                    base.ranked[hit.quality] = cands
            start, end = tokens[hit.first][START], tokens[hit.last][END]
            mentions.append(Mention((start, end), text[start:end], cands))
        return mentions

    def _base(self, hit: Hit) -> _Base:
        """The candidates of a hit's names with their kind weights and the city prior (cached per name set)."""
        key: tuple[str | int, ...] = (hit.extra_key, *hit.names)
        base = self._bases.get(key)
        if base is None:
            names = self._names.targets
            targets: dict[int, float] = dict(hit.extra)
            for nid in hit.names:
                for sid, w in names[nid].items():
                    if w > targets.get(sid, 0.0):
                        targets[sid] = w
            prior = {sid: w * (1.5 if self._city[sid] and len(targets) > 1 else 1.0) for sid, w in targets.items()}
            ordered = heapq.nlargest(2, prior.values())
            margin = ordered[0] / ordered[1] if len(ordered) > 1 else math.inf
            by_cell: dict[Cell, list[int]] = {}
            for sid in targets:
                if self._coords[sid] is not None:
                    by_cell.setdefault(self._cells[sid], []).append(sid)
            base = _Base(targets, prior, max(prior, key=prior.__getitem__), margin, frozenset(by_cell), by_cell, {})
            if len(self._bases) > 50_000:
                self._bases.clear()
            self._bases[key] = base
        return base

    def _candidates(self, weights: Mapping[int, float], quality: float) -> tuple[Candidate, ...]:
        top = max(weights.values())
        scale = quality / top
        ranked = sorted(weights, key=self._order.__getitem__)  # ties: cities first, then by code
        ranked.sort(key=weights.__getitem__, reverse=True)  # stable
        memo = self._candidate_memo
        out = []
        for sid in ranked:
            score = round(scale * weights[sid], 3)
            cand = memo.get((sid, score))
            if cand is None:
                cand = memo[(sid, score)] = Candidate(self._settlements[sid], score)
            out.append(cand)
        if len(memo) > 200_000:
            memo.clear()
        return tuple(out)
