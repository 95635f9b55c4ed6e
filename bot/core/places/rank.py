"""Ranking a name's namesakes: the city prior, the oblast and raion words of the post, a marker's category, a
front direction, and the distance to the other settlements the post names."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from bot.core.places.catalog import Catalog
from bot.core.places.cluster import mutual_anchors
from bot.core.places.frontline import Frontline
from bot.core.places.model import TUNING, Area, Cell, Hit, around, fits_category, rules_out_city
from bot.core.places.placement import Placement, placements
from bot.core.places.tokens import END, START, Token
from bot.core.places.words import SENTENCE_END
from bot.models import Candidate, Mention, Settlement


@dataclass(slots=True)
class _Base:
    """The candidates of one name set (the names a hit matched) and the caches of their rankings."""

    targets: dict[int, float]  # settlement index -> kind weight
    prior: dict[int, float]  # kind weight x the city prior
    best: int
    margin: float  # best prior / second best
    cells: frozenset[Cell]  # coarse grid cells of the candidates (see model.cell)
    by_cell: dict[Cell, list[int]]
    ranked: dict[float, tuple[Candidate, ...]]  # quality -> the context-free ranking
    # (quality, the anchors' settlement indices, sorted) -> the ranking near them (names repeat within a post and
    # across a sector's posts; the bonus depends only on the set of anchors)
    near_ranked: dict[tuple[object, ...], tuple[Candidate, ...]] = field(default_factory=dict)  # (+ a placement)
    reasons: dict[tuple[float, tuple[int, ...]], str] = field(default_factory=dict)  # ... and why its best leads


def _anchor(base: _Base, weights: dict[int, float] | None) -> int | None:
    """The settlement a name clearly stands for (one candidate, or the best far ahead of the next), else None."""
    if len(base.targets) == 1:
        return next(iter(base.targets))
    if weights is None:
        return base.best if base.margin >= TUNING.anchor_margin else None
    first, second = sorted(weights.values(), reverse=True)[:2]
    return max(weights, key=weights.__getitem__) if first >= TUNING.anchor_margin * second else None


class _Anchors:
    """The anchors of a post: (hit index, settlement index) of the names that clearly stand for one place."""

    def __init__(
        self,
        anchors: list[tuple[int, int]],
        coords: Sequence[tuple[float, float] | None],
        cells: Sequence[Cell],
        local: bool,
        around_cell: Callable[[Cell], set[Cell]],  # a cell and its neighbours (the ranker memoises them)
    ) -> None:
        self._cells = cells
        self._located = [(k, sid) for k, sid in anchors if coords[sid] is not None]
        self._hits = {k: sid for k, sid in anchors}
        # each place once: a name repeated is one neighbour, not several that agree (and costs no more)
        self._times = Counter(sid for _, sid in self._located)
        self._everyone = tuple(sorted(self._times))
        self._local = local
        self._around = {sid: around_cell(cells[sid]) for _, sid in self._located} if local else {}
        self._around_everyone: set[Cell] | None = None  # built when first needed

    def others(self, h: int) -> tuple[int, ...]:
        """The located anchors hit h is ranked against, sorted: all but its own."""
        own = self._hits.get(h)
        if own is not None and self._times[own] == 1:
            return tuple(sid for sid in self._everyone if sid != own)
        return self._everyone

    def relevant(self, sids: tuple[int, ...], base: _Base) -> tuple[int, ...]:
        """Those of sids near enough to some candidate of base to earn it a bonus (all, without local cells)."""
        if self._local and sids:
            return tuple(sid for sid in sids if not base.cells.isdisjoint(self._around[sid]))
        return sids

    def cells_around(self, h: int, sids: tuple[int, ...]) -> set[Cell]:
        """The grid cells of others(h) = sids and their neighbours."""
        if h in self._hits:
            return around(self._cells[sid] for sid in sids)
        if self._around_everyone is None:
            self._around_everyone = around(self._cells[sid] for sid in self._everyone)
        return self._around_everyone


class _Fronts:
    """The directions a post names after their towns («на Оріхівському напрямку»), each over its report section:
    a namesake within TUNING.direction_km of the town is on that front (a direction is a sector of the front, not a
    point: however close to the town, alike)."""

    def __init__(
        self,
        hits: Sequence[Hit],
        bases: Sequence[_Base],
        coords: Sequence[tuple[float, float] | None],
        cells: Sequence[Cell],
    ) -> None:
        self._coords, self._cells = coords, cells
        found = [
            (sid, here, section)
            for hit, base in zip(hits, bases, strict=True)
            if (section := hit.section) is not None and (here := coords[sid := next(iter(base.targets))]) is not None
        ]
        self._towns = [(here, *section) for _, here, section in found]
        # the grid cells within reach of a town (model.cell: sized for 60 km, TUNING.direction_km): a first test
        self._near = around(cells[sid] for sid, _, _ in found) if found else set()

    def __bool__(self) -> bool:
        return bool(self._towns)

    def holds(self, hit: Hit, sid: int) -> bool:
        """The settlement lies on a front whose section holds the hit."""
        here = self._coords[sid]
        if here is None or self._cells[sid] not in self._near:
            return False
        lat, lon = here
        kx = math.cos(math.radians(lat))
        km, reach = TUNING.km_per_degree, TUNING.direction_km
        return any(
            first <= hit.first <= last and km * math.hypot(a - lat, (b - lon) * kx) <= reach
            for (a, b), first, last in self._towns
        )


def _direction_weights(
    hit: Hit, base: _Base, weights: dict[int, float] | None, fronts: _Fronts
) -> dict[int, float] | None:
    """The weights once the namesakes on a front the hit stands under gain (TUNING.direction_factor, in proportion:
    the city prior still tells apart those on the front); unchanged when it holds none or all of them."""
    on_front = [sid for sid in base.targets if fronts.holds(hit, sid)]
    if not on_front or len(on_front) == len(base.targets):
        return weights
    out = dict(base.prior) if weights is None else weights
    for sid in on_front:
        out[sid] *= TUNING.direction_factor
    return out


class _Named:
    """The areas a post names, to tell whether a namesake lies in one (see Ranker._area_weights)."""

    def __init__(
        self,
        oblasts: set[str],
        raions: set[str],
        areas: list[tuple[int, list[Area]]],
        tokens: Sequence[Token],
        fronts: _Fronts | None = None,
    ) -> None:
        self._oblasts, self._raions, self._areas, self._tokens = oblasts, raions, areas, tokens
        self.fronts = fronts

    def sets_apart(self, hit: Hit, best: Settlement, second: Settlement) -> bool:
        """Does a marker's category or an area the post names fit best and not second (each on its own: "the
        Donetsk villages of X" fits every village X, but only one in Donetsk oblast)?"""
        marked = hit.category
        if fits_category(marked, best.category) and not fits_category(marked, second.category):
            return True
        return self._in_area(hit, best) and not self._in_area(hit, second)

    def _in_area(self, hit: Hit, s: Settlement) -> bool:
        code = s.code
        if code[:4] in self._oblasts or code[:6] in self._raions:
            return True
        if not self._areas:
            return False
        end = self._tokens[hit.last][END]
        return any(
            a.contains(s)
            for pos, group in self._areas
            if end <= pos <= end + TUNING.following_area_reach
            for a in group
        )


def _leading(text: str, areas: list[tuple[int, list[Area]]], first: Token) -> set[str]:
    """The area that opens the name's sentence before it («В Запорожской области освобождены X, Y и Z»): its code
    prefixes, or none (another sentence, or the area not at its opening)."""
    start = first[START]
    before = [(pos, group) for pos, group in areas if pos < start and not SENTENCE_END.search(text, pos, start)]
    if not before:
        return set()
    k = len(before) - 1
    while k > 0 and before[k][0] - before[k - 1][0] <= TUNING.coordinated_area_gap:
        k -= 1  # «На границе Днепропетровской и Запорожской областей»: the areas named together lead together
    pos = before[k][0]
    opening = text[max(0, pos - TUNING.leading_area_reach) : pos]
    if SENTENCE_END.search(opening) is None and pos > TUNING.leading_area_reach:
        return set()  # mid-sentence ("villagers of Kharkiv oblast said that near X ..."): not what the list is in
    return {a.prefix for _, group in before[k:] for a in group}


class _FrontBeyond:
    """A front line beyond the bundled register's, asked per candidate: is the settlement in it (and not in the
    register's already)? Answers are kept, so a month's front line costs only the candidates asked about."""

    __slots__ = ("_any", "_codes", "_front", "_seen", "line")

    def __init__(self, line: Frontline, codes: Sequence[str], front: Sequence[bool]) -> None:
        self.line, self._codes, self._front = line, codes, front
        self._any = bool(line.codes or line.prefixes)
        self._seen: dict[int, bool] = {}

    def __bool__(self) -> bool:
        return self._any

    def __contains__(self, sid: int) -> bool:
        if not self._any:
            return False
        found = self._seen.get(sid)
        if found is None:
            found = self._seen[sid] = not self._front[sid] and self._codes[sid] in self.line
        return found

    def isdisjoint(self, sids: Iterable[int]) -> bool:
        return not any(sid in self for sid in sids)

    def intersection(self, sids: Iterable[int]) -> list[int]:
        return [sid for sid in sids if sid in self]


_NO_FRONT = _FrontBeyond(Frontline(), (), ())


def area_prefixes(code: str) -> tuple[str, str]:
    """The oblast's and the raion's code prefixes of a settlement's code."""
    return code[:4], code[:6]


def _distance_bonus(here: tuple[float, float] | None, anchors: list[tuple[float, float]]) -> float:
    """Closer named neighbours, more weight: the post talks about one front sector."""
    if here is None:
        return 0.0
    lat, lon = here
    kx = math.cos(math.radians(lat))
    best = math.inf
    close = 0
    km, close_km = TUNING.km_per_degree, TUNING.close_km
    for alat, alon in anchors:
        d = km * math.hypot(alat - lat, (alon - lon) * kx)  # equirectangular: fine under 100 km
        if d < best:
            best = d  # 0 when another mention names this very place
        close += d <= close_km
    bonus = 0.0
    for within, extra in TUNING.distance_bonus:  # nearest tier first
        if best <= within:
            bonus = extra
            break
    return bonus + TUNING.close_bonus * max(0, close - 1)  # several neighbours agree


class Ranker:
    """Ranked candidates for the accepted hits of a text (memoised per name set: names repeat across posts)."""

    def __init__(self, catalog: Catalog) -> None:
        self._settlements = catalog.settlements
        self._codes, self._categories = catalog.codes, catalog.categories
        self._names = catalog.names
        self._city = catalog.city
        self._big = [p >= TUNING.big_city_population for p in catalog.population]
        self._front = catalog.front
        self._index = catalog.index
        self._extra_front: dict[int, _FrontBeyond] = {}  # by id(frontline), a few kept
        self._coords = catalog.coords
        self._cells = catalog.cells
        self._local_cells = catalog.local_cells
        self._order = catalog.order
        self._bases: dict[tuple[str | int, ...], _Base] = {}
        self._cells_around: dict[Cell, set[Cell]] = {}

    def rank(
        self,
        tokens: Sequence[Token],
        text: str,
        hits: list[Hit],
        areas: list[tuple[int, list[Area]]],
        frontline: Frontline | None = None,
    ) -> list[Mention]:
        """The mentions of the accepted hits, each with its namesakes ranked. Pass 1: area words, marker
        categories and the city prior; pass 2: distance to the settlements the post names unambiguously (the
        anchors). Names seen without any context reuse a cached ranking (posts repeat names)."""
        bases = [self._base(hit) for hit in hits]
        extra = self._front_beyond(frontline)
        fronts = _Fronts(hits, bases, self._coords, self._cells)
        static, anchors = self._first_pass(tokens, text, hits, bases, areas, extra, fronts)
        if len(hits) > 1:
            priors = [base.prior for base in bases]
            decided = [prior if w is None else w for w, prior in zip(static, priors, strict=True)]
            anchors = mutual_anchors(hits, decided, priors, anchors, self._coords, self._cells)
        near = _Anchors(anchors, self._coords, self._cells, self._local_cells, self._around)
        placed = placements(tokens, text, hits, [base.targets for base in bases], anchors, self._town_of(bases))
        mentions = []
        named: _Named | None = None
        for h, (hit, base, weights) in enumerate(zip(hits, bases, static, strict=True)):
            if hit.direction_town:
                continue  # no mention: its direction weighed in pass 1
            placement = placed.get(h)
            reason = ""
            if len(base.targets) == 1:
                cands = self._prior_ranking(base, hit.quality)
            else:
                cands = self._near_ranking(hit, base, weights, near, h)
                if placement is not None and cands[0].score < TUNING.placement_lead * cands[1].score:
                    # a close call: where the post says the name lies decides it (a clear lead stands as it is)
                    cands = self._near_ranking(hit, base, weights, near, h, placement)
                else:
                    placement = None
                if cands[0].score > cands[1].score:
                    cached = weights is None and placement is None
                    reason = self._cached_reason(hit, base, weights, near, h, cands, extra) if cached else ""
                    if not reason:
                        named = named or _Named(*self._named_areas(hits, bases, areas), areas, tokens, fronts)
                        reason = self._reason(
                            hit, cands[0].settlement, cands[1].settlement, named, near.others(h), extra, placement
                        )
            start, end = tokens[hit.first][START], tokens[hit.last][END]
            mentions.append(Mention((start, end), text[start:end], cands, reason))
        return mentions

    # --- where the fighting is, and why a namesake leads ---

    def _town_of(self, bases: list[_Base]) -> list[int | None]:
        """Per hit, the city its name stands for before any context (a distance is measured from the city: "110 km
        east of Zaporizhzhia", whatever village shares its name), else None."""
        return [base.best if self._city[base.best] else None for base in bases]

    def _front_beyond(self, frontline: Frontline | None) -> _FrontBeyond:
        """The settlements of frontline outside the bundled register's areas, asked candidate by candidate
        (memoised on the few last given: a watcher passes the same one post after post, dated posts one per month
        of the register's periods)."""
        if frontline is None:
            return _NO_FRONT
        kept = self._extra_front.get(id(frontline))
        if kept is not None and kept.line is frontline:
            return kept
        if len(self._extra_front) >= TUNING.memo_fronts:
            self._extra_front.clear()
        found = self._extra_front[id(frontline)] = _FrontBeyond(frontline, self._codes, self._front)
        return found

    def _cached_reason(
        self,
        hit: Hit,
        base: _Base,
        weights: dict[int, float] | None,
        near: _Anchors,
        h: int,
        cands: tuple[Candidate, ...],
        extra: _FrontBeyond,
    ) -> str:
        """The reason of a ranking without area words (cached like it: it depends on the same things)."""
        sids = near.others(h)
        key = (hit.quality, near.relevant(sids, base))
        reason = base.reasons.get(key)
        if reason is None:
            no_area = _Named(set(), set(), [], ())
            reason = self._reason(hit, cands[0].settlement, cands[1].settlement, no_area, sids, extra)
            if len(base.reasons) > TUNING.memo_near:
                base.reasons.clear()
            base.reasons[key] = reason
        return reason

    def _reason(
        self,
        hit: Hit,
        best: Settlement,
        second: Settlement,
        named: _Named,
        others: tuple[int, ...],
        extra: _FrontBeyond,
        placement: Placement | None = None,
    ) -> str:
        """Why best leads second (frontline.REASONS): the first difference between them that the ranking rewards."""
        a, b = self._index[best.code], self._index[second.code]
        if named.sets_apart(hit, best, second):
            return "area"
        if named.fronts and named.fronts.holds(hit, a) and not named.fronts.holds(hit, b):
            return "direction"
        near = [c for sid in others for c in (self._coords[sid],) if c is not None]
        if near and _distance_bonus(self._coords[a], near) > _distance_bonus(self._coords[b], near):
            return "nearby"
        if placement is not None and placement.prefers(a, b, self._coords):
            return "nearby"  # the places listed beside it, the distance from a town the post gives
        if (self._front[a] or a in extra) and not (self._front[b] or b in extra):
            return "frontline"
        if self._city[a] and (not self._city[b] or (self._big[a] and not self._big[b])):
            return "city"
        return "name"

    # --- pass 1: the words of the post ---

    def _first_pass(
        self,
        tokens: Sequence[Token],
        text: str,
        hits: list[Hit],
        bases: list[_Base],
        areas: list[tuple[int, list[Area]]],
        extra: _FrontBeyond | None = None,
        fronts: _Fronts | None = None,
    ) -> tuple[list[dict[int, float] | None], list[tuple[int, int]]]:
        """Per hit, its weights after the post's area words, the directions it stands under (fronts) and the
        caller's frontline beyond the bundled one (extra) (None: none of these, the prior stands); and the anchors:
        (hit index, settlement index) of the hits whose best candidate clearly wins."""
        oblasts, raions = self._named_areas(hits, bases, areas)
        static: list[dict[int, float] | None] = []
        anchors: list[tuple[int, int]] = []
        for h, (hit, base) in enumerate(zip(hits, bases, strict=True)):
            weights = None
            if len(base.targets) > 1 and (oblasts or raions or hit.category):
                end = tokens[hit.last][END]
                follow = {  # in the name's own sentence: «... Криничное. Кроме того, в Сумской области» is not its
                    a.prefix
                    for pos, group in areas
                    if end <= pos <= end + TUNING.following_area_reach and not SENTENCE_END.search(text, end, pos)
                    for a in group
                }
                weights = self._area_weights(
                    hit, base, oblasts, raions, follow or _leading(text, areas, tokens[hit.first])
                )
            if extra and len(base.targets) > 1 and not extra.isdisjoint(base.targets):
                weights = dict(base.prior) if weights is None else weights
                for front in extra.intersection(base.targets):
                    weights[front] += base.targets[front] * TUNING.frontline_bonus
            if fronts and len(base.targets) > 1:
                weights = _direction_weights(hit, base, weights, fronts)
            static.append(weights)
            sid = None if hit.direction else _anchor(base, weights)
            if sid is not None:
                anchors.append((h, sid))
        return static, anchors

    def _named_areas(
        self, hits: list[Hit], bases: list[_Base], areas: list[tuple[int, list[Area]]]
    ) -> tuple[set[str], set[str]]:
        """The code prefixes of the oblasts and of the raions the post names."""
        oblasts = {a.prefix for _, group in areas for a in group if a.kind == "oblast"}
        raions = {a.prefix for _, group in areas for a in group if a.kind == "raion"}
        for hit, base in zip(hits, bases, strict=True):
            if hit.direction and not hit.direction_town and len(base.targets) == 1:  # "on the Donetsk front": the
                # oblast, not a neighbour (a direction named after a town reaches beyond: Lyman's into Luhansk oblast)
                oblasts.add(self._settlements[next(iter(base.targets))].code[:4])
        return oblasts, raions

    def _area_weights(
        self, hit: Hit, base: _Base, oblasts: set[str], raions: set[str], follow: set[str]
    ) -> dict[int, float]:
        """The prior plus, in proportion to the kind weight, a bonus for each area word or category that fits."""
        codes, categories, targets, t = self._codes, self._categories, base.targets, TUNING
        marked = hit.category  # "" (no marker) fits no category: fits_category is not asked
        oblast_bonus, raion_bonus, following = t.oblast_bonus, t.raion_bonus, t.following_area_bonus
        weights = {}
        inside = {sid for sid in base.prior if not follow.isdisjoint(area_prefixes(codes[sid]))} if follow else set()
        for sid, w in base.prior.items():
            code = codes[sid]
            bonus = 0.0
            if marked and fits_category(marked, categories[sid]):
                bonus += t.category_bonus
            elif rules_out_city(marked, categories[sid]):
                w *= t.city_unmarked
            bonus += (oblast_bonus if code[:4] in oblasts else 0.0) + (raion_bonus if code[:6] in raions else 0.0)
            if inside:
                if sid in inside:  # «Андріївка Бахмутського району»
                    weights[sid] = w + targets[sid] * (bonus + following)
                else:  # the area named right after it rules out the namesakes elsewhere
                    weights[sid] = (w + targets[sid] * bonus) * t.outside_following_area
            else:
                weights[sid] = w + targets[sid] * bonus
        return weights

    # --- pass 2: the distance to the anchors ---

    def _near_ranking(
        self,
        hit: Hit,
        base: _Base,
        area_weights: dict[int, float] | None,
        near: _Anchors,
        h: int,
        placement: Placement | None = None,
    ) -> tuple[Candidate, ...]:
        """The ranking of hit h's namesakes once those close to the other anchors gain weight, and those where the
        post says the name lies (placement). Without area words (area_weights None) it depends only on the name set,
        the quality, the anchors near it and the placement: cached."""
        sids = near.others(h)
        key: tuple[object, ...] = (hit.quality, near.relevant(sids, base))
        if placement is not None:
            key = (*key, placement)
        if area_weights is None:
            cached = base.near_ranked.get(key)
            if cached is not None:
                return cached
        weights = base.prior if area_weights is None else area_weights
        if placement is not None:
            weights = placement.weights(weights, self._coords)
        changed = self._distance_weights(base, weights, sids, near.cells_around(h, sids))
        if changed:
            cands = self._candidates({**weights, **changed}, hit.quality)
        elif area_weights is None and placement is None:
            cands = self._prior_ranking(base, hit.quality)
        else:
            cands = self._candidates(weights, hit.quality)
        if area_weights is None:
            if len(base.near_ranked) > TUNING.memo_near:
                base.near_ranked.clear()
            base.near_ranked[key] = cands
        return cands

    def _distance_weights(
        self, base: _Base, weights: Mapping[int, float], sids: tuple[int, ...], nearby: set[Cell]
    ) -> dict[int, float]:
        """The new weights of the candidates that earn a distance bonus from the anchors sids."""
        changed: dict[int, float] = {}
        if not sids or base.cells.isdisjoint(nearby):
            return changed
        coords = self._coords
        # every anchor, not those in the cells around each candidate's: one farther off is over 60 km away (with
        # local cells; else all were measured anyway), and no bonus reaches that far, so it changes no bonus
        located = [c for sid in sids for c in (coords[sid],) if c is not None]
        for grid_cell in base.cells & nearby:
            for sid in base.by_cell[grid_cell]:
                bonus = _distance_bonus(coords[sid], located)
                if bonus:
                    changed[sid] = weights[sid] * (1.0 + bonus * TUNING.distance_share)
        return changed

    def _around(self, grid_cell: Cell) -> set[Cell]:
        """The cell and its neighbours (memoised: a few dozen cells hold every place)."""
        found = self._cells_around.get(grid_cell)
        if found is None:
            found = self._cells_around[grid_cell] = around((grid_cell,))
        return found

    # --- candidates ---

    def _prior_ranking(self, base: _Base, quality: float) -> tuple[Candidate, ...]:
        """The context-free ranking of a name set (cached)."""
        cands = base.ranked.get(quality)
        if cands is None:
            cands = base.ranked[quality] = self._candidates(base.prior, quality)
        return cands

    def _base(self, hit: Hit) -> _Base:
        """The candidates of a hit's names with their kind weights and the city prior (cached per name set)."""
        key: tuple[str | int, ...] = (hit.extra_key, *hit.names)
        base = self._bases.get(key)
        if base is None:
            names = self._names.targets
            if len(hit.names) == 1 and not hit.extra and min((one := names[hit.names[0]]).values()) > 0.0:
                targets: dict[int, float] = dict(one)  # what the loop below gives for one name
            else:
                targets = dict(hit.extra)
                for nid in hit.names:
                    for sid, w in names[nid].items():
                        if w > targets.get(sid, 0.0):
                            targets[sid] = w
            several = len(targets) > 1
            city, big, front, t = self._city, self._big, self._front, TUNING
            towns = sum(city[sid] for sid in targets) > 1  # the big-city prior tells cities apart, no more
            prior = {
                sid: w
                * (t.city_prior if several and city[sid] else 1.0)
                * (t.big_city_prior if towns and big[sid] else 1.0)
                + (w * t.frontline_bonus if front[sid] else 0.0)
                for sid, w in targets.items()
            }
            ordered = sorted(prior.values(), reverse=True)[:2]  # C sort: heapq.nlargest loops in Python
            margin = ordered[0] / ordered[1] if len(ordered) > 1 else math.inf
            by_cell: dict[Cell, list[int]] = {}
            for sid in targets:
                if self._coords[sid] is not None:
                    by_cell.setdefault(self._cells[sid], []).append(sid)
            base = _Base(targets, prior, max(prior, key=prior.__getitem__), margin, frozenset(by_cell), by_cell, {})
            if len(self._bases) > TUNING.memo_name_sets:
                self._bases.clear()
            self._bases[key] = base
        return base

    def _candidates(self, weights: Mapping[int, float], quality: float) -> tuple[Candidate, ...]:
        """The candidates best first, scored so that the best one has the hit's quality."""
        top = max(weights.values())
        scale = quality / top
        ranked = sorted(weights, key=self._order.__getitem__)  # ties: cities first, then by code
        ranked.sort(key=weights.__getitem__, reverse=True)  # stable
        settlements, digits = self._settlements, TUNING.score_digits
        # a new Candidate each time: a memo of them (sid, score) costs more to ask than a Candidate to build
        return tuple([Candidate(settlements[sid], round(scale * weights[sid], digits)) for sid in ranked])
