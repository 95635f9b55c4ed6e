"""Which phrase speaks of which list of places: the nearest one of its clause, and denials of the list's statement."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence

from bot.core.claims.build import make_claim
from bot.core.claims.mentions import Place
from bot.core.claims.patterns import discourse_cues, modifier_cues
from bot.core.claims.phrases import (
    Trigger,
    opposite,
)
from bot.core.claims.reading import BASE_CONFIDENCE, ContextFn, Reading
from bot.models import Claim, Kind

_PARENS = re.compile(r"\([^()]*\)")


def same_statement(text: str, group: Sequence[Place], at: int) -> bool:
    """No adversative break (but, while, ;) between the places and a denial: «X звільнено — це фейк» is one."""
    dc = discourse_cues()
    lo, hi = sorted((group[0].mention.span[0], at))
    return dc.adversative.search(text, lo, hi) is None


def nearest_trigger(
    text: str, group: Sequence[Place], triggers: Sequence[Trigger], spans: Sequence[tuple[int, int]]
) -> Trigger | None:
    """The phrase closest to the list, preferring its own clause and the phrase before it."""
    mc = modifier_cues()
    dc = discourse_cues()
    if not triggers:
        return None
    first, last = group[0].mention.span, group[-1].mention.span

    def cost(t: Trigger) -> float:
        if t.kind is Kind.DENIED:
            return float("inf")
        if t.end <= first[0]:
            between = text[t.end : first[0]]
            distance = float(len(between))
            window = (t.end, first[0] + 1)  # one character more: a dash before a name is a list, not a break
            if mc.not_claim.search(between):
                return float("inf")  # «нанесли поражение ... в районах X»: X is where they struck
        else:
            i = bisect_left(spans, (last[1], -1))  # the first place after the list
            if i < len(spans) and (spans[i][1] <= t.start or spans[i][0] - t.end <= 12):
                return float("inf")  # the phrase is about the place right before or right after it
            between = text[last[1] : max(last[1], t.start)]
            window = (last[1], max(last[1], t.start) + 1)
            distance = 2.0 * len(between) + 10
            if between.strip() in (",", ""):
                distance = 0.0  # "Bakhmut, captured by Russian forces", «Кліщіївку звільнено»
        if dc.clause_break.search(_PARENS.sub(" ", text[window[0] : window[1]])):
            return float("inf")  # a phrase in another clause is about something else (an aside in brackets is not)
        if t.kind is Kind.FIGHTING and "attack" not in t.flags:
            distance += 150  # a more specific phrase in the sentence says more about the place
        return distance

    best = min(triggers, key=cost)
    return None if cost(best) == float("inf") else best


def group_denials(group: Sequence[Place], index: int, at: int, context: ContextFn) -> list[Claim]:
    """In a sentence that calls something false, every settlement named is the object of a denial."""
    claims = []
    for place in group:
        ctx, claimant = context(index, at)
        actor = opposite(claimant[0])
        reading = Reading(Kind.DENIED, actor, BASE_CONFIDENCE[Kind.DENIED])  # «нібито захоплення» hedges the
        # claim being denied, not the denial
        claims.append(make_claim(place, reading, claimant, ctx, None))
    return claims
