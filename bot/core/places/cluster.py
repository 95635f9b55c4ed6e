"""Namesakes told apart by one another: a post that lists Тихе, Відрадне, Вовче and Гай, none of them clear alone,
is about the one spot on the map where all four lie close together. The names that find such a spot become anchors
for the distance ranking (rank.py, pass 2), as if the post had named them unambiguously."""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence

from bot.core.places.model import TUNING, Cell, Hit, around, cell

Coord = tuple[float, float]
Group = tuple[int, ...]  # a name set: the names a hit matched
Entry = tuple[Group, Coord, bool]  # a name's candidate or anchor, where it lies, whether it is a hard anchor
Grid = dict[Cell, list[Entry]]  # where the names' candidates and anchors lie

# A finer grid for the support search: a place within TUNING.close_km lies in the same or a neighbouring fine cell
# wherever a degree of longitude is long enough (_FINE_MIN_KX), so far fewer candidates are measured than in the
# coarse cells around (model.cell, sized for the farthest distance bonus); elsewhere the coarse cells are searched.
_REACH = TUNING.close_km / TUNING.km_per_degree  # degrees of latitude in close_km
_FINE_LAT = 1.25 * _REACH
_FINE_LON = 2.5 * _REACH
_FINE_MIN_KX = 1.01 * _REACH / _FINE_LON  # cos(latitude) at least this: close_km spans under one fine cell
# A fine cell as one int, row * _ROW + column (a column of longitude -180..180 is within +-_ROW / 2): cheaper to
# hash than a pair, and the cells around are that int plus one of _NINE.
_ROW = 1024
_NINE = tuple(dy * _ROW + dx for dy in (-1, 0, 1) for dx in (-1, 0, 1))
FineGrid = dict[int, list[Entry]]


def mutual_anchors(
    hits: Sequence[Hit],
    weights: Sequence[Mapping[int, float]],
    priors: Sequence[Mapping[int, float]],
    anchors: Sequence[tuple[int, int]],
    coords: Sequence[Coord | None],
    cells: Sequence[Cell],
) -> list[tuple[int, int]]:
    """The post's anchors, (hit index, settlement index), once the names that one spot on the map explains anchor
    there: the names no word of the post decided (their weights are their priors).

    weights: per hit, its candidates' weights (only the candidates within TUNING.cluster_share of the hit's best
    take part: an area word that ruled one out keeps it out). A candidate's support is the set of the post's other
    names (a name repeated counts once) with a candidate or an anchor within TUNING.close_km of it. A name whose
    best-supported candidate alone has the most support, at least TUNING.cluster_min_support other names (one, when
    the post's area words already narrowed its candidates), anchors there; ties anchor nothing (still unsure). A name
    the post decided weighs TUNING.cluster_anchor_weight in that count, a namesake one: five Crimean namesakes of a
    General Staff list, close together, do not outweigh the four unambiguous villages beside the Donetsk ones."""
    # an anchor won by the prior alone (the register's front, the city prior) is open to the map's evidence
    hard = [(h, sid) for h, sid in anchors if len(weights[h]) == 1 or weights[h] is not priors[h]]
    anchored = {h for h, _ in hard}
    groups: dict[Group, list[int]] = {}
    for h, hit in enumerate(hits):
        groups.setdefault(tuple(hit.names), []).append(h)
    todo = [
        g
        for g, members in groups.items()
        if not any(h in anchored or hits[h].direction for h in members) and len(weights[members[0]]) > 1
    ]
    if not todo or len(groups) < 2:
        return list(anchors)
    fine: FineGrid = {}  # the hard anchors and the candidates in play, by fine cell
    for h, sid in hard:
        c = coords[sid]
        if c is not None:
            fine.setdefault(int(c[0] // _FINE_LAT) * _ROW + int(c[1] // _FINE_LON), []).append(
                (tuple(hits[h].names), c, True)
            )
    in_play: dict[Group, list[int]] = {}
    narrowed: set[Group] = set()
    for g in todo:
        w = weights[groups[g][0]]
        floor = max(w.values()) * TUNING.cluster_share
        play = in_play[g] = []
        for sid, x in w.items():
            if x < floor:
                narrowed.add(g)  # an area word ruled some out
                continue
            c = coords[sid]
            if c is not None:
                play.append(sid)
                fine.setdefault(int(c[0] // _FINE_LAT) * _ROW + int(c[1] // _FINE_LON), []).append((g, c, False))
    undecided = {h for g in todo for h in groups[g]}
    out = [(h, sid) for h, sid in anchors if h not in undecided]  # the hard ones, and names the map cannot move
    soft = dict(anchors)
    grids: tuple[FineGrid, Grid] = (fine, {})
    for g in todo:
        best, most = _best_supported(g, in_play[g], grids, coords, cells)
        need = 1 if g in narrowed else TUNING.cluster_min_support
        if most >= need and len(best) == 1:
            out.extend((h, best[0]) for h in groups[g])
        else:
            out.extend((h, soft[h]) for h in groups[g] if h in soft)
    return sorted(out)


def _best_supported(
    g: Group, sids: list[int], grids: tuple[FineGrid, Grid], coords: Sequence[Coord | None], cells: Sequence[Cell]
) -> tuple[list[int], int]:
    """The candidates of name set g with the most support, and how many other names are close to them (grids: the
    fine cells' entries, and the coarse cells', filled from those when a place first needs them). Support counts
    each other name close by once, at the anchor weight when it is there as a hard anchor."""
    best: list[int] = []
    most = 0.0
    names = 0
    fine, coarse = grids
    km, close_km, fine_lat, fine_lon = TUNING.km_per_degree, TUNING.close_km, _FINE_LAT, _FINE_LON
    for sid in sids:
        here = coords[sid]
        assert here is not None
        lat, lon = here
        kx = math.cos(math.radians(lat))
        if kx >= _FINE_MIN_KX:  # the fine cell of here and those around it
            home = int(lat // fine_lat) * _ROW + int(lon // fine_lon)
            entries: Iterable[Entry] = (e for step in _NINE for e in fine.get(home + step, ()))
        else:
            if not coarse:
                for found in fine.values():
                    for entry in found:
                        coarse.setdefault(cell(entry[1], 0, 0), []).append(entry)
            entries = (e for around_cell in around((cells[sid],)) for e in coarse.get(around_cell, ()))
        support: dict[Group, bool] = {}
        for other, c, hard in entries:
            if other != g and km * math.hypot(lat - c[0], (lon - c[1]) * kx) <= close_km:
                support[other] = hard or support.get(other, False)
        weight = sum(TUNING.cluster_anchor_weight if hard else 1.0 for hard in support.values())
        if weight > most:
            best, most, names = [sid], weight, len(support)
        elif weight == most:
            best.append(sid)
            names = min(names, len(support))
    return best, names
