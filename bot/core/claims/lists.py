"""Lists that reach past their clause or sentence: a list counted in one sentence and named in the next («освободили
12 населенных пунктов. Речь идет о X, Y»), and the items of a report's list joined by semicolons ("battles near A;
to the west of B near C; and near D and E"), each of which carries the phrase of the first."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from bot.core.claims.build import make_claim
from bot.core.claims.dates import event_date
from bot.core.claims.mentions import Place
from bot.core.claims.objects import named_inside
from bot.core.claims.patterns import discourse_cues
from bot.core.claims.phrases import Trigger
from bot.core.claims.reading import (
    CONFIDENCE,
    Reading,
    read,
)
from bot.core.claims.scene import Scene
from bot.models import Claim, Kind


def elaborated_lists(scene: Scene, claims: Sequence[Claim], used: set[int]) -> list[Claim]:
    """«Освободили 12 населенных пунктов. Речь идет о X, Y и Z»: a sentence that starts by naming what the sentence
    before only counted (or the one before it, past an attribution with no phrase: «Про це повідомив Генштаб.») takes
    that sentence's phrase for each of its places that got no claim of its own. A sentence that narrows the one
    before down («Ворог атакував на Харківщині. Зокрема, в районі X») takes its phrase with no count needed."""
    dc, text = discourse_cues(), scene.text
    claimed = {c.span for c in claims}
    with_places = {p.sentence for p in scene.places}
    open_places = {p.sentence for p in scene.places if p.mention.span not in claimed}
    out: list[Claim] = []
    for index in sorted(open_places):
        if index == 0 or index - 1 in with_places or not dc.elaboration.match(text, scene.sentences[index][0]):
            continue
        counted = index - 1
        narrowing = dc.narrowing.match(text, scene.sentences[index][0]) is not None
        trigger = _counting_phrase(scene, counted, used, narrowing)
        if trigger is None and not narrowing and counted > 0 and counted - 1 not in with_places:
            # (what it narrows down is the sentence right before)
            if not scene.by_sentence.get(counted):
                counted -= 1  # «Про це повідомив Генштаб.» between the count and its list
                trigger = _counting_phrase(scene, counted, used, narrowing)
            else:
                trigger = _pronoun_phrase(scene, counted, used)  # «Освобождены три н. п. Их взяли под контроль ...»
        if trigger is None:
            continue
        ctx, claimant = scene.context(counted, trigger.start)
        reading = read(trigger, ctx)
        if reading is None:
            continue
        reading = replace(reading, confidence=reading.confidence * CONFIDENCE.anaphora)
        both = replace(ctx, sentence=(scene.sentences[counted][0], scene.sentences[index][1]))  # the quote
        when = event_date(text, ctx.clause, trigger, scene.post.date)
        out += [
            make_claim(p, reading, claimant, both, when)
            for p in scene.places
            if p.sentence == index and p.mention.span not in claimed
        ]
    return out


def _pronoun_phrase(scene: Scene, index: int, used: set[int]) -> Trigger | None:
    """The last free phrase of sentence `index` when it opens with a pronoun for the places the sentence before
    counted («Освобождены три населенных пункта. Их взяли под контроль ...»)."""
    dc, text = discourse_cues(), scene.text
    if not dc.count_pronoun.match(text, scene.sentences[index][0]):
        return None
    if not dc.counted_places.search(text, *scene.sentences[index - 1]):
        return None
    found = [t for t in scene.by_sentence[index] if t.kind is not Kind.DENIED and t.start not in used]
    return found[-1] if found else None


def _counting_phrase(scene: Scene, index: int, used: set[int], narrowing: bool) -> Trigger | None:
    """The last phrase of sentence `index` that found no place and whose clause counts settlements (or any such
    phrase, narrowed down by the sentence after it: «Зокрема, в районі X»)."""
    for trigger in reversed(scene.by_sentence.get(index, [])):
        if trigger.kind is Kind.DENIED or trigger.start in used:
            continue
        if narrowing:
            return trigger
        clause = scene.clause(index, trigger.start)
        if discourse_cues().counted_places.search(scene.text, *clause):
            return trigger
    return None


def semicolon_items(scene: Scene, claims: Sequence[Claim]) -> list[Claim]:
    """A list of places with no claim, led by a semicolon and a preposition ("; and to the west of B near C"),
    is one more item of the list before it: it says what that item says (its kind, actor and claimant)."""
    dc, text = discourse_cues(), scene.text
    claimed = {c.span for c in claims}
    out: list[Claim] = []
    for group in scene.groups:
        if any(p.mention.span in claimed for p in group):
            continue
        first = group[0].mention.span[0]
        lead = text.rfind(";", scene.sentences[group[0].sentence][0], first)
        if lead < 0:
            continue
        # or the item's own list before it goes on ("; east of A near B, and toward C"): from its last claim
        start = max((c.span[1] for c in claims if lead < c.span[1] <= first), default=lead + 1)
        if not dc.list_item.match(text, start, first):
            continue
        earlier = [
            c for c in claims if c.span[1] <= start and c.kind is not Kind.DENIED and _same_sentence(scene, c, group[0])
        ]
        if not earlier:
            continue
        model = max(earlier, key=lambda c: c.span[1])
        out += [_like(scene, place, model) for place in group]
        claimed |= {p.mention.span for p in group}
        claims = [*claims, *out[-len(group) :]]
    return out


def _same_sentence(scene: Scene, claim: Claim, place: Place) -> bool:
    return scene.sentence_at(claim.span[0]) == place.sentence


def _like(scene: Scene, place: Place, model: Claim) -> Claim:
    """The claim `model` makes, about `place`."""
    ctx, _ = scene.context(place.sentence, place.mention.span[0])
    # the phrase's kind, not what it says of a place named as inside ("attacked in A itself; toward B")
    kind = Kind.FIGHTING if model.kind is Kind.ADVANCED and named_inside(scene.text, model.span) else model.kind
    reading = Reading(kind, model.actor, model.confidence)
    return make_claim(place, reading, (model.claimant, model.speaker), ctx, model.when)
