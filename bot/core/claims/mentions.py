"""Which place names can carry a claim (not a direction, a river, a person or a reference point), and lists of them."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from bot.core.claims.lexicon import names as lxn
from bot.core.claims.patterns import name_cues
from bot.core.claims.sentences import sentence_of
from bot.models import Mention


@dataclass(frozen=True, slots=True)
class Place:
    mention: Mention
    sentence: int
    directional: bool  # «південніше Іванівського»: a location for repelled attacks, a reference point otherwise
    toward: bool = False  # «у напрямку Кліщіївки»: where attacks went, not a place anyone took


def claim_places(text: str, mentions: Sequence[Mention], sentences: Sequence[tuple[int, int]]) -> list[Place]:
    """Mentions that can carry a claim: not a direction, an area or a reference point."""
    nc = name_cues()
    places: list[Place] = []
    previous: Place | None = None
    for mention in sorted(mentions, key=lambda m: m.span):
        start, end = mention.span
        if not mention.candidates or not 0 <= start < end <= len(text):
            continue
        index = sentence_of(sentences, start)
        if nc.direction_after.match(text, end, min(len(text), end + 40)):
            continue
        if _is_person(text, start, end, mention.text):
            continue
        head = text[max(0, start - 60) : start]
        tail = head[-25:]
        if nc.distance_before.search(head) or nc.water_before.search(tail) or nc.unit_before.search(tail):
            continue
        directional = bool(nc.compass_before.search(head[-45:]))
        if (
            previous is not None
            and previous.sentence == index
            and not previous.directional
            and nc.directional_before.search(head[-45:])  # only then does an anchor word matter
        ):
            gap = text[previous.mention.span[1] : start]
            if len(gap) <= 60 and _anchor_gap(gap):
                continue  # "Klishchiivka, south of Bakhmut": Bakhmut is only the anchor
        place = Place(mention, index, directional, bool(nc.toward_before.search(head[-45:])))
        places.append(place)
        previous = place
    return places


_NEXT_WORD = re.compile(r"\s([\w’'ʼ-]+)")


_PREV_WORD = re.compile(r"([\w’'ʼ-]+)\s$")


def _is_person(text: str, start: int, end: int, surface: str) -> bool:
    """A given name, or a word right after one: Олександр Сирський, Андрей Ковалев."""
    if surface.lower() in lxn.FIRST_NAMES:
        nxt = _NEXT_WORD.match(text, end, min(len(text), end + 40))
        if nxt and nxt.group(1)[:1].isupper():
            return True
    prev = _PREV_WORD.search(text, max(0, start - 40), start)
    return bool(prev and prev.group(1).lower() in lxn.FIRST_NAMES)


def _anchor_gap(gap: str) -> bool:
    """Between a place and a later one after «під», "near", "south of": is the later one only a reference point?
    Yes right after the name («Клещеевка под Бахмутом», "Andriivka (south of Klishchiivka)"), in a description
    («що неподалік», "a village near"), or after ", south of"; a bare «, поблизу X» continues a list."""
    nc = name_cues()
    if nc.list_start.match(gap):
        return False
    if "," not in gap or nc.relational.search(gap):
        return True
    return bool(nc.descriptive.search(gap) or nc.compass_gap.match(gap))


def list_groups(text: str, places: Sequence[Place]) -> list[list[Place]]:
    """Lists of places («в районах Кліщіївки, Андріївки та Курдюмівки») share one phrase."""
    nc = name_cues()
    groups: list[list[Place]] = []
    for place in places:
        if groups:
            last = groups[-1][-1]
            gap = text[last.mention.span[1] : place.mention.span[0]]
            if last.sentence == place.sentence and len(gap) <= 80 and nc.list_gap.match(gap):
                groups[-1].append(place)
                continue
        groups.append([place])
    return groups
