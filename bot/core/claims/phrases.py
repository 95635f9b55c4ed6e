"""The claim phrases, the words naming a side's forces and the speakers found in a text, and what a side word means."""

from __future__ import annotations

from dataclasses import dataclass

from bot.core.claims.patterns import phrase_matchers
from bot.models import Kind, Side


@dataclass(frozen=True, slots=True)
class Trigger:
    kind: Kind
    start: int
    end: int
    flags: frozenset[str]


def find_triggers(text: str) -> list[Trigger]:
    """Claim phrases, longest first at each position, not overlapping."""
    pm = phrase_matchers()
    return [Trigger(pm.trigger_rows[i][0], a, b, pm.trigger_rows[i][1]) for a, b, i in pm.triggers.scan(text)]


def opposite(side: Side | None) -> Side | None:
    if side is Side.UA:
        return Side.RU
    if side is Side.RU:
        return Side.UA
    return None


@dataclass(frozen=True, slots=True)
class Marker:
    start: int
    end: int
    kind: str  # ua | ru | enemy | own


def find_markers(text: str) -> list[Marker]:
    pm = phrase_matchers()
    return [Marker(a, b, pm.actor_kinds[i]) for a, b, i in pm.actors.scan(text)]


def marker_side(marker: Marker, perspective: Side | None) -> Side | None:
    if marker.kind == "ua":
        return Side.UA
    if marker.kind == "ru":
        return Side.RU
    if marker.kind == "enemy":
        return opposite(perspective)
    return perspective if perspective in (Side.UA, Side.RU) else None


def implied_side(trigger: Trigger) -> Side | None:
    if "ua" in trigger.flags:
        return Side.UA
    if "ru" in trigger.flags:
        return Side.RU
    return None


@dataclass(frozen=True, slots=True)
class Speaker:
    start: int
    end: int
    name: str
    side: Side


def find_speakers(text: str) -> list[Speaker]:
    pm = phrase_matchers()
    return [Speaker(a, b, *pm.speaker_rows[i]) for a, b, i in pm.speakers.scan(text)]
