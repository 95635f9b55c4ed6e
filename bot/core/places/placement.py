"""Where the post itself says a name lies: between the names listed beside it («Соледар, Парасковіївка, Красна
Гора»: official lists run along the front, neighbour after neighbour), or some distance from a town («за 15 км на
південь від Покровська», "110 kilometers east of Zaporizhzhia"). The namesake lying there gains weight (rank.py)."""

from __future__ import annotations

import math
from bisect import bisect_left
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from bot.core.geo import distance_km
from bot.core.places.model import TUNING, Hit
from bot.core.places.tokens import END, START, Token
from bot.core.places.words import COMPASS_BEARINGS, LIST_GAP, MEASURED, MILE_UNITS, SENTENCE_END

Coords = Sequence[tuple[float, float] | None]  # by settlement index
_LAT_REACH = TUNING.close_km / 110.0  # degrees that may hold TUNING.close_km: a latitude degree is ~111 km
_LON_REACH = TUNING.close_km / 60.0  # ... a longitude degree over 60 km below 57°N (all of Ukraine)


@dataclass(frozen=True, slots=True)
class Distance:
    town: int  # the settlement index of the town measured from
    km: float
    bearing: float | None  # degrees clockwise from north, from the town; None: any


@dataclass(frozen=True, slots=True)
class Placement:
    """What the post says about where one name lies."""

    beside: tuple[int, ...] = ()  # the settlements listed right before and after it
    distance: Distance | None = None

    def weights(self, weights: Mapping[int, float], coords: Coords) -> dict[int, float]:
        """The weights once each namesake close to a place listed beside it gains TUNING.listed_bonus (for each),
        and one lying at the distance given TUNING.measured_bonus."""
        out = dict(weights)
        for sid in out:
            close = self._beside_close(sid, coords)
            if close:
                out[sid] *= 1.0 + TUNING.listed_bonus * close
            if self._lies_at(sid, coords):
                out[sid] *= 1.0 + TUNING.measured_bonus
        return out

    def prefers(self, a: int, b: int, coords: Coords) -> bool:
        """Settlement a lies where the post says and b less so (the reason a leads)."""
        return self._beside_close(a, coords) > self._beside_close(b, coords) or (
            self._lies_at(a, coords) and not self._lies_at(b, coords)
        )

    def _beside_close(self, sid: int, coords: Coords) -> int:
        """How many of the places listed beside lie within TUNING.close_km of settlement sid."""
        here = coords[sid]
        if here is None or not self.beside:
            return 0
        close_km, lat, lon = TUNING.close_km, here[0], here[1]
        close = 0
        for other in self.beside:
            there = coords[other]
            # a degree of latitude is over 110 km, of longitude over 60 km here: most namesakes fail this first
            if there is None or abs(there[0] - lat) > _LAT_REACH or abs(there[1] - lon) > _LON_REACH:
                continue
            close += distance_km(*here, *there) <= close_km
        return close

    def _lies_at(self, sid: int, coords: Coords) -> bool:
        """Settlement sid lies the distance from the town, on the bearing when one is given (within the slack)."""
        distance = self.distance
        if distance is None:
            return False
        here, there = coords[sid], coords[distance.town]
        if here is None or there is None:
            return False
        t, km = TUNING, distance.km
        if abs(distance_km(*there, *here) - km) > max(t.measured_slack_km, t.measured_slack * km):
            return False
        if distance.bearing is None:
            return True
        north, east = here[0] - there[0], (here[1] - there[1]) * math.cos(math.radians(there[0]))
        off = abs((math.degrees(math.atan2(east, north)) - distance.bearing + 180.0) % 360.0 - 180.0)
        return off <= t.measured_degrees


def placements(
    tokens: Sequence[Token],
    text: str,
    hits: Sequence[Hit],
    targets: Sequence[Mapping[int, float]],
    anchors: Sequence[tuple[int, int]],
    towns: Sequence[int | None],
) -> dict[int, Placement]:
    """Per hit of several namesakes (targets: each hit's candidates), what the post says about where it lies, from
    the anchors (hit index, settlement index) and towns (per hit, the city its name stands for, or None)."""
    if len(hits) < 2:
        return {}
    anchored = dict(anchors)
    beside = _listed_beside(tokens, text, hits, targets, anchored)
    distances = _measured_from(tokens, text, hits, targets, anchored, towns)
    return {h: Placement(beside.get(h, ()), distances.get(h)) for h in beside.keys() | distances.keys()}


def _listed_beside(
    tokens: Sequence[Token],
    text: str,
    hits: Sequence[Hit],
    targets: Sequence[Mapping[int, float]],
    anchored: Mapping[int, int],
) -> dict[int, tuple[int, ...]]:
    """Per hit of several namesakes in an enumeration («А, Б та В», "A, B, and C"), the settlements its list
    neighbours (the names right before and after it) stand for, when they are anchors."""
    beside: dict[int, tuple[int, ...]] = {}
    for h in range(1, len(hits)):
        before, after = hits[h - 1], hits[h]
        if before.direction or after.direction:
            continue
        gap = text[tokens[before.last][END] : tokens[after.first][START]]
        if not gap.strip() or not LIST_GAP.fullmatch(gap):
            continue
        for one, other in ((h, h - 1), (h - 1, h)):
            sid = anchored.get(other)
            if sid is not None and len(targets[one]) > 1 and sid not in targets[one]:
                beside[one] = (*beside.get(one, ()), sid)
    return beside


def _measured_from(
    tokens: Sequence[Token],
    text: str,
    hits: Sequence[Hit],
    targets: Sequence[Mapping[int, float]],
    anchored: Mapping[int, int],
    towns: Sequence[int | None],
) -> dict[int, Distance]:
    """Per hit of several namesakes, the distance from a town its sentence gives it («Х, за 15 км на південь від
    Покровська», "X, located 110 kilometers east of Zaporizhzhia", "X (10 km southwest of Kurakhove)"): the name
    nearest before the phrase, the town the first name after it, when that one is an anchor or a city."""
    starts = [tokens[hit.first][START] for hit in hits]
    found: dict[int, Distance] = {}
    for m in MEASURED.finditer(text):
        after = bisect_left(starts, m.end())
        if after == len(hits) or starts[after] - m.end() > TUNING.measured_reach:
            continue
        town, place = anchored.get(after, towns[after]), after - 1
        if town is None or place < 0 or len(targets[place]) < 2 or town in targets[place]:
            continue
        if SENTENCE_END.search(text, tokens[hits[place].last][END], m.start()):
            continue
        km = float(m["number"].replace(",", ".")) * (1.609 if m["unit"].lower() in MILE_UNITS else 1.0)
        compass = m["compass"]
        found[place] = Distance(town, km, COMPASS_BEARINGS.get(compass.lower().replace(" ", "-")) if compass else None)
    return found
