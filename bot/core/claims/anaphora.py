"""Phrases with no place of their own that refer back («села», "the site", "all attacks repelled")."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime

from bot.core.claims.build import make_claim
from bot.core.claims.dates import event_date
from bot.core.claims.mentions import Place
from bot.core.claims.patterns import discourse_cues, modifier_cues
from bot.core.claims.phrases import (
    Trigger,
    opposite,
)
from bot.core.claims.reading import BASE_CONFIDENCE, ContextFn, Reading, read
from bot.core.claims.sentences import sentence_of
from bot.models import Claim, Kind


def new_speaker_before(place_ends: Sequence[int], speaker_starts: Sequence[int], pos: int) -> bool:
    """Someone else speaks between the last place and the phrase ("..., a day after Ukraine said it had
    liberated the site"): the phrase may refer back to that place even in a sentence that has claims."""
    i = bisect_left(place_ends, pos + 1)
    if i == 0:
        return False
    j = bisect_left(speaker_starts, place_ends[i - 1])
    return j < len(speaker_starts) and speaker_starts[j] < pos


def claimed_starts(by_sentence: dict[int, list[Trigger]], sentences: set[int]) -> set[int]:
    """Phrases of sentences that already gave claims: anaphora is only for sentences that gave none."""
    return {t.start for i in sentences for t in by_sentence.get(i, [])}


def anaphora_claims(
    text: str,
    places: Sequence[Place],
    by_sentence: dict[int, list[Trigger]],
    used: set[int],
    context: ContextFn,
    post_date: datetime | None,
) -> list[Claim]:
    """A phrase with no place of its own but «села», "the village" next to it speaks of the last place named."""
    mc = modifier_cues()
    dc = discourse_cues()
    claims: list[Claim] = []
    place_ends = [p.mention.span[1] for p in places]
    with_places = {p.sentence for p in places}
    for index, triggers in by_sentence.items():
        for trigger in triggers:
            if trigger.kind is Kind.DENIED:
                if index not in with_places:
                    claims.extend(denied_anaphora(text, places, index, trigger, context))
                continue
            if trigger.start in used:
                continue
            ctx, claimant = context(index, trigger.start)
            lo, hi = max(ctx.clause[0], trigger.start - 40), min(ctx.clause[1], trigger.end + 40)
            if not dc.anaphora.search(text, lo, hi):
                continue
            i = bisect_left(place_ends, trigger.start + 1) - 1
            if i < 0 or places[i].sentence < index - 1:
                continue
            reading = read(trigger, ctx)
            if reading is None or reading.kind is Kind.FIGHTING:
                continue
            place = places[i]
            if mc.partial.search(text, lo, hi) and reading.kind is Kind.CAPTURED:
                reading = replace(reading, kind=Kind.ADVANCED)
            reading = replace(reading, confidence=reading.confidence * 0.7)
            claims.append(make_claim(place, reading, claimant, ctx, event_date(text, ctx.clause, trigger, post_date)))
    return claims


def repelled_after(
    claims: list[Claim],
    by_sentence: dict[int, list[Trigger]],
    used: set[int],
    sentences: Sequence[tuple[int, int]],
    context: ContextFn,
) -> list[Claim]:
    """«Ворог атакував у районах X та Y. Усі атаки відбито»: a repelling phrase with no place of its own turns the
    attacks just listed (earlier in its sentence, or in the sentence before) into attacks its side repelled."""
    out = list(claims)
    for index, triggers in by_sentence.items():
        for trigger in triggers:
            if trigger.kind is not Kind.REPELLED or trigger.start in used:
                continue
            reading = read(trigger, context(index, trigger.start)[0])
            if reading is None or reading.kind is not Kind.REPELLED or reading.actor is None:
                continue
            for k, claim in enumerate(out):
                at = sentence_of(sentences, claim.span[0])
                if (
                    claim.kind is Kind.FIGHTING
                    and claim.actor is opposite(reading.actor)
                    and (at == index - 1 or (at == index and claim.span[1] <= trigger.start))
                ):
                    out[k] = replace(
                        claim, kind=Kind.REPELLED, actor=reading.actor, confidence=round(min(claim.confidence, 0.8), 2)
                    )
    return out


def denied_anaphora(
    text: str, places: Sequence[Place], index: int, trigger: Trigger, context: ContextFn
) -> list[Claim]:
    """«Данные населенные пункты находятся в серой зоне»: the denial is about the places of the sentence before
    (all of them for a plural, the last one otherwise)."""
    dc = discourse_cues()
    ctx, claimant = context(index, trigger.start)
    if not (dc.anaphora.search(text, *ctx.clause) or dc.claim_noun.search(text, *ctx.clause)):
        return []
    before = [p for p in places if p.sentence == index - 1]
    if not before:
        return []
    targets = before if dc.plural_anaphora.search(text, *ctx.clause) else before[-1:]
    reading = Reading(Kind.DENIED, opposite(claimant[0]), BASE_CONFIDENCE[Kind.DENIED] * 0.7)
    return [make_claim(place, reading, claimant, ctx, None) for place in targets]
