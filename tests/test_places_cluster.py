"""Namesakes told apart by one another (places/cluster.py), on a made-up map: which spot explains a post's names."""

from __future__ import annotations

from bot.core.places.cluster import mutual_anchors
from bot.core.places.model import Cell, Hit, cell

# settlement index -> where it lies: 0-2 close together (a few km apart), 3-5 each far from everything else, 6-8
# close together in another spot, 9 there too, 10 far
COORDS: list[tuple[float, float] | None] = [
    *[(48.00, 36.30), (48.05, 36.35), (47.98, 36.25)],
    *[(50.3, 37.0), (46.5, 35.2), (52.3, 33.3)],
    *[(49.00, 38.00), (49.05, 38.05), (48.98, 37.95)],
    *[(49.02, 38.02), (45.0, 30.0)],  # 9 beside 6-8, 10 far away
]
CELLS: list[Cell] = [cell(c, 0, 0) if c else (999, 999) for c in COORDS]


def hit(name: int) -> Hit:
    return Hit(first=name, last=name, names=[name], quality=1.0)


def test_the_one_spot_close_to_three_names_anchors_each_of_them() -> None:
    hits = [hit(0), hit(1), hit(2)]
    priors = [{0: 0.4, 3: 1.0}, {1: 0.7, 4: 1.0}, {2: 0.7, 5: 1.0}]  # alone, each would take the far namesake
    soft = [(0, 3), (1, 4), (2, 5)]  # won by their priors only
    assert mutual_anchors(hits, priors, priors, soft, COORDS, CELLS) == [(0, 0), (1, 1), (2, 2)]


def test_two_names_close_by_chance_decide_nothing_without_an_area_word() -> None:
    hits = [hit(0), hit(1)]
    priors = [{0: 0.4, 3: 1.0}, {1: 0.7, 4: 1.0}]
    assert mutual_anchors(hits, priors, priors, [(0, 3)], COORDS, CELLS) == [(0, 3)]  # unchanged
    narrowed = [{0: 1.0, 3: 0.05}, {1: 1.0, 4: 0.05}]  # an area word ruled the far ones out
    assert mutual_anchors(hits, narrowed, priors, [], COORDS, CELLS) == [(0, 0), (1, 1)]


def test_a_tie_between_two_spots_anchors_nothing_and_an_anchor_of_the_words_breaks_it() -> None:
    hits = [hit(0), hit(1), hit(2)]
    twice = [{0: 1.0, 6: 1.0}, {1: 1.0, 7: 1.0}, {2: 1.0, 8: 1.0}]  # the three lie together in two spots
    assert mutual_anchors(hits, twice, twice, [], COORDS, CELLS) == []  # still unsure: all stay open
    weighed = [{0: 0.5, 6: 1.0}, *twice[1:]]  # name 0 weighed by an area word: a hard anchor, never moved
    assert mutual_anchors(hits, weighed, twice, [(0, 6)], COORDS, CELLS) == [(0, 6), (1, 7), (2, 8)]


def test_names_the_post_decided_outweigh_namesakes_that_merely_lie_together() -> None:
    # name 0 lies at spot 0-2 or at spot 6-9; names 1 and 2 are decided at the first spot; three other names each
    # have a namesake at the second (and one far away): the decided villages, though fewer, win
    hits = [hit(0), hit(1), hit(2), hit(3), hit(4), hit(5)]
    weights = [{0: 1.0, 6: 1.0}, {1: 1.0}, {2: 1.0}, {7: 1.0, 3: 1.0}, {8: 1.0, 4: 1.0}, {9: 1.0, 10: 1.0}]
    anchored = mutual_anchors(hits, weights, weights, [(1, 1), (2, 2)], COORDS, CELLS)
    assert (0, 0) in anchored and (0, 6) not in anchored
