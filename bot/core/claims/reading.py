"""Reading one claim phrase in its context: its kind after failure, negation, attempt and intent; its actor."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from bot.core.claims.lexicon.modifiers import CONTROL_STEM, CONTROL_WORD, SELF_NEGATING
from bot.core.claims.patterns import modifier_cues, side_cues
from bot.core.claims.phrases import (
    Marker,
    Trigger,
    implied_side,
    marker_side,
    opposite,
)
from bot.models import Kind, Mention, Side

BASE_CONFIDENCE = {
    Kind.CAPTURED: 0.9,
    Kind.ADVANCED: 0.8,
    Kind.REPELLED: 0.85,
    Kind.FIGHTING: 0.7,
    Kind.WITHDREW: 0.85,
    Kind.DENIED: 0.8,
}


_SUBJECT_REACH = 160  # how far left of a phrase its subject may be


_OBJECT_REACH = 90  # how far right a passive agent or a loser may be


@dataclass(frozen=True, slots=True)
class Reading:
    kind: Kind
    actor: Side | None
    confidence: float


@dataclass(frozen=True, slots=True)
class Context:
    text: str
    sentence: tuple[int, int]
    clause: tuple[int, int]
    markers: Sequence[Marker]
    perspective: Side | None
    not_claim: bool
    hedged: bool


class ContextFn(Protocol):
    def __call__(self, index: int, pos: int) -> tuple[Context, tuple[Side, str | None]]: ...


def actor_of(trigger: Trigger, ctx: Context, attacker: bool = False) -> Side | None:
    """Whose forces did it: passive agent, subject, the side that lost the ground, the phrase, the speaker."""
    sc = side_cues()
    mc = modifier_cues()
    text = ctx.text
    cstart, cend = ctx.clause
    if "attr" in trigger.flags:
        return implied_side(trigger) or ctx.perspective
    right = [m for m in ctx.markers if trigger.end <= m.start < min(cend, trigger.end + _OBJECT_REACH)]
    left = [m for m in ctx.markers if max(cstart, trigger.start - _SUBJECT_REACH) <= m.start and m.end <= trigger.start]
    phrase = text[trigger.start : trigger.end]
    control = CONTROL_STEM in phrase.lower() or CONTROL_WORD in phrase
    for m in right:
        if sc.agent_prep.search(text[max(0, m.start - 40) : m.start]) or (control and m.start - trigger.end <= 12):
            return marker_side(m, ctx.perspective)
        if (
            mc.verbal_noun.search(text, trigger.start, trigger.end)
            and not text[trigger.end : m.start].strip()
            and (trigger.kind in (Kind.ADVANCED, Kind.WITHDREW) and "loser" not in trigger.flags)
        ):
            return marker_side(m, ctx.perspective)  # «просування російських військ»: the genitive is the subject
    if "passive" in trigger.flags:  # "Russian troops were repulsed": the subject is the side that was stopped
        return opposite(marker_side(left[-1], ctx.perspective)) if left else ctx.perspective
    if "loser" in trigger.flags and right:
        return opposite(marker_side(right[0], ctx.perspective))
    for m in reversed(left):  # the nearest side named before the phrase, unless it is an object (обороны противника)
        before = text[max(0, m.start - 24) : m.start]
        if sc.loser_prep.search(before[-12:]) or sc.object_head.search(before):
            continue
        if trigger.kind is Kind.REPELLED and not attacker:
            after = text[m.end : m.end + 20]
            if m.kind == "enemy" or mc.attack_after.match(after):
                continue
        return marker_side(m, ctx.perspective)
    for m in right:
        if trigger.kind is not Kind.REPELLED and sc.loser_prep.search(text[max(0, m.start - 12) : m.start]):
            return opposite(marker_side(m, ctx.perspective))
        if (attacker or (trigger.kind is Kind.FIGHTING and "attack" in trigger.flags)) and not text[
            trigger.end : m.start
        ].strip():
            return marker_side(m, ctx.perspective)  # «атаки противника», "attacks by the enemy"
    implied = implied_side(trigger)
    if implied is not None:
        return implied
    if trigger.kind is Kind.FIGHTING or attacker:
        return None
    return ctx.perspective


def read(trigger: Trigger, ctx: Context) -> Reading | None:
    """What the phrase says in its context, or None when it makes no claim (intention, plain negation...)."""
    mc = modifier_cues()
    text = ctx.text
    cstart, cend = ctx.clause
    before = text[max(cstart, trigger.start - 60) : trigger.start]
    near_before = " ".join(_PUNCT.split(before)[-1].split()[-5:])  # the words of its own phrase only
    failed = bool(mc.failure.search(text, cstart, cend))
    negated = bool(mc.negation.search(before[-30:])) and not trigger_is_negative(text, trigger)
    intent = bool(mc.intent.search(near_before)) and "attr" not in trigger.flags
    attempt = bool(mc.attempt.search(near_before)) and "attr" not in trigger.flags
    kind = trigger.kind
    confidence = BASE_CONFIDENCE[kind]
    if "rhetoric" in trigger.flags:
        confidence = 0.6
    if kind is Kind.DENIED:
        return None  # denials work on the whole sentence, see group_denials
    attacking = "attack" in trigger.flags or kind in (Kind.CAPTURED, Kind.ADVANCED)
    if failed and attacking and kind is not Kind.WITHDREW:
        attacker = actor_of(trigger, ctx, attacker=True)
        holder = opposite(attacker) if attacker else ctx.perspective
        return Reading(Kind.REPELLED, holder, 0.8)
    if attempt and attacking and kind is not Kind.WITHDREW:
        attacker = actor_of(trigger, ctx, attacker=True)
        if attacker is not None and attacker is opposite(ctx.perspective):
            return Reading(Kind.REPELLED, ctx.perspective, 0.7)  # «ворог намагався просунутися в районі X»
        return None
    if intent:
        return None
    actor = actor_of(trigger, ctx)
    if negated:
        if kind is Kind.WITHDREW:
            return Reading(Kind.DENIED, opposite(actor), 0.7)
        return None
    if (kind is Kind.FIGHTING or "weak" in trigger.flags) and ctx.not_claim:
        return None
    if kind is Kind.FIGHTING and "attack" not in trigger.flags:
        actor = None
    if kind is Kind.WITHDREW and mc.from_positions.match(text, trigger.end, cend):
        return Reading(Kind.ADVANCED, opposite(actor), 0.75)
    if kind is Kind.CAPTURED and (
        ("loser" in trigger.flags and mc.from_positions.match(text, trigger.end, cend))
        or mc.positions_after.match(text, trigger.end, cend)
    ):
        kind = Kind.ADVANCED  # «выбили войска РФ с позиций возле села», "regained positions in": not the settlement
    if kind is Kind.CAPTURED and mc.ongoing.search(near_before):
        kind = Kind.ADVANCED
    if ctx.hedged:
        confidence -= 0.3
    return Reading(kind, actor, confidence)


_PUNCT = re.compile(r"[,;:.!?«»\"“”()\[\]—–]")


_SELF_NEGATING_LENGTH = max(map(len, SELF_NEGATING))


def trigger_is_negative(text: str, trigger: Trigger) -> bool:
    """Phrases that carry their own «не» (не відповідає дійсності) are not negated by it."""
    return text[trigger.start : trigger.start + _SELF_NEGATING_LENGTH].lower().startswith(SELF_NEGATING)


def is_partial(text: str, clause: tuple[int, int], trigger: Trigger, mention: Mention) -> bool:
    mc = modifier_cues()
    lo = max(clause[0], min(trigger.start, mention.span[0]) - 40)
    hi = max(trigger.end, mention.span[1])
    return bool(mc.partial.search(text, lo, min(hi, clause[1])))
