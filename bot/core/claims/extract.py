"""Pure claim extraction: extract_claims(post, gazetteer) -> claims of control, one per settlement and kind.

How it works, per post: find the places (resolver) and the claim phrases (lexicon) and split the text into
sentences and clauses. Each place takes the nearest phrase of its own sentence (a list of places takes one phrase
together); the phrase's kind is then corrected by its context (failure, negation, intention, partial control, an
act still under way) and its actor found from the subject, a passive agent or the side that lost the ground.
The claimant is the speaker the sentence or the post quotes, else the side the source speaks for.
A clause that calls something false turns its places into denials; a phrase with no place of its own may refer
back («села», "the site"); a settlement the resolver leaves tied is placed by the post's context (the town a
direction is named after, places named without doubt) when one candidate is clearly nearest, else stays open.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Protocol

from bot.core.claims.anaphora import (
    anaphora_claims,
    claimed_starts,
    new_speaker_before,
    repelled_after,
)
from bot.core.claims.build import make_claim
from bot.core.claims.claimants import find_claimant, perspective_of
from bot.core.claims.dates import event_date
from bot.core.claims.disambiguate import choose_namesakes, post_anchors
from bot.core.claims.link import group_denials, nearest_trigger, same_statement
from bot.core.claims.mentions import claim_places, list_groups
from bot.core.claims.patterns import discourse_cues, modifier_cues
from bot.core.claims.phrases import (
    Trigger,
    find_markers,
    find_speakers,
    find_triggers,
)
from bot.core.claims.reading import Context, is_partial, read
from bot.core.claims.sentences import clause_of, find_quotes, overlaps, sentence_of, split_sentences
from bot.core.lang import detect_language
from bot.models import Candidate, Claim, Kind, Mention, Post, Side


class PlaceFinder(Protocol):
    """A resolver: anything with find_places (bot.core.places.gazetteer.Gazetteer, or a tiny one in tests)."""

    def find_places(self, text: str) -> list[Mention]: ...


def extract_claims(post: Post, gazetteer: PlaceFinder, lang: str | None = None) -> list[Claim]:
    """All claims of control a post makes; never raises on odd text. `lang` if the caller detected it already."""
    text = post.text or ""
    if not text.strip():
        return []
    mentions = gazetteer.find_places(text)
    if not mentions:
        return []
    return claims_from(post, mentions, lang or detect_language(text), getattr(gazetteer, "lookup", None))


def claims_from(
    post: Post, mentions: Sequence[Mention], lang: str, lookup: Callable[[str], list[Candidate]] | None = None
) -> list[Claim]:
    """The claims given the resolver's mentions (split out so benchmarks and tests can time each part)."""
    mc = modifier_cues()
    dc = discourse_cues()
    text = post.text
    all_triggers = find_triggers(text)
    if not all_triggers:
        return []  # most posts that name places make no claim: stop before the costlier steps
    sentences = split_sentences(text) or [(0, len(text))]
    speakers = find_speakers(text)
    markers = find_markers(text)
    names = sorted([(sp.start, sp.end) for sp in speakers] + [(m.start, m.end) for m in markers])
    # Only sentences with a phrase, or right before one (anaphora), can give claims.
    useful = {i for t in all_triggers for i in (sentence_of(sentences, t.start), sentence_of(sentences, t.start) - 1)}
    mentions = [m for m in mentions if sentence_of(sentences, m.span[0]) in useful and not overlaps(names, m.span)]
    places = claim_places(text, mentions, sentences)
    if not places:
        return []
    spans = sorted(p.mention.span for p in places)
    triggers = [t for t in all_triggers if not overlaps(spans, (t.start, t.start + 1))]
    by_sentence: dict[int, list[Trigger]] = {}
    for trigger in triggers:
        by_sentence.setdefault(sentence_of(sentences, trigger.start), []).append(trigger)

    marker_starts = [m.start for m in markers]
    quotes = find_quotes(text)
    perspective_cache: dict[Side, Side] = {}
    sentence_cues: dict[int, tuple[bool, bool]] = {}

    def context(index: int, pos: int) -> tuple[Context, tuple[Side, str | None]]:
        sentence = sentences[index]
        claimant = find_claimant(sentence, speakers, post, pos, quotes)
        if claimant[0] not in perspective_cache:
            perspective_cache[claimant[0]] = perspective_of(claimant[0], lang, text)
        lo, hi = bisect_left(marker_starts, sentence[0]), bisect_left(marker_starts, sentence[1])
        if index not in sentence_cues:
            sentence_cues[index] = (
                bool(mc.not_claim.search(text, *sentence)),
                bool(mc.hedge.search(text, *sentence)),
            )
        ctx = Context(
            text=text,
            sentence=sentence,
            clause=clause_of(text, sentence, pos),
            markers=markers[lo:hi],
            perspective=perspective_cache[claimant[0]],
            not_claim=sentence_cues[index][0],
            hedged=sentence_cues[index][1],
        )
        return ctx, claimant

    claims: list[Claim] = []
    used: set[int] = set()  # trigger starts that found a place
    denials = {i: [t.start for t in ts if t.kind is Kind.DENIED] for i, ts in by_sentence.items()}
    covered: set[int] = set()  # denials that found places of their own statement
    groups = list_groups(text, places)
    for group in groups:
        index = group[0].sentence
        denial = next((d for d in denials.get(index, []) if same_statement(text, group, d)), None)
        if denial is not None:  # the clause calls something false: its places are what is denied
            covered.add(denial)
            claims.extend(group_denials(group, index, denial, context))
            if context(index, group[0].mention.span[0])[1][0] is context(index, denial)[1][0]:
                continue  # one speaker calls it false; else "Moscow said it took X, which Kyiv denied": both
        chosen = nearest_trigger(text, group, by_sentence.get(index, []), spans)
        if chosen is None:
            continue
        trigger = chosen
        used.add(trigger.start)
        ctx, claimant = context(index, trigger.start)
        reading = read(trigger, ctx)
        if reading is None:
            continue
        when = event_date(text, ctx.clause, trigger, post.date)
        for place in group:
            if place.directional and reading.kind is not Kind.REPELLED:
                continue
            if place.toward and reading.kind not in (Kind.REPELLED, Kind.FIGHTING):
                continue
            if reading.kind is Kind.CAPTURED and is_partial(text, ctx.clause, trigger, place.mention):
                claims.append(make_claim(place, replace(reading, kind=Kind.ADVANCED), claimant, ctx, when))
            else:
                claims.append(make_claim(place, reading, claimant, ctx, when))
    for index, starts in denials.items():  # "..., but Ukraine denied the claim": the places said just before
        for d in starts:
            earlier = [g for g in groups if g[0].sentence == index and g[-1].mention.span[1] <= d]
            if d not in covered and earlier and dc.claim_noun.search(text, *clause_of(text, sentences[index], d)):
                claims.extend(group_denials(earlier[-1], index, d, context))
    claimed = {sentence_of(sentences, c.span[0]) for c in claims}
    place_ends = sorted(p.mention.span[1] for p in places)
    speaker_starts = [sp.start for sp in speakers]
    blocked = used | {
        start
        for start in claimed_starts(by_sentence, claimed)
        if not new_speaker_before(place_ends, speaker_starts, start)
    }
    claims.extend(anaphora_claims(text, places, by_sentence, blocked, context, post.date))
    claims = repelled_after(claims, by_sentence, used, sentences, context)
    if any(c.settlement is None for c in claims):
        claims = choose_namesakes(claims, places, post_anchors(text, places, lookup))
    return _tidy(claims)


def _tidy(claims: list[Claim]) -> list[Claim]:
    """One claim per (settlement, kind, actor); fighting only where nothing more specific was said."""
    best: dict[tuple[object, ...], Claim] = {}
    for claim in claims:
        key = (claim.settlement or claim.candidates, claim.kind, claim.actor)
        if key not in best or claim.confidence > best[key].confidence:
            best[key] = claim
    specific = {c.settlement or c.candidates for c in best.values() if c.kind is not Kind.FIGHTING}
    sided = {c.settlement or c.candidates for c in best.values() if c.kind is Kind.FIGHTING and c.actor is not None}

    def keep(c: Claim) -> bool:  # "fighting near X, where Russian forces attacked": the attack says who
        key = c.settlement or c.candidates
        return c.kind is not Kind.FIGHTING or (key not in specific and (c.actor is not None or key not in sided))

    kept = [c for c in best.values() if keep(c)]
    return sorted(kept, key=lambda c: (c.span, c.kind.value))
