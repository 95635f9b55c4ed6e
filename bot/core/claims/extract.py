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

from collections.abc import Sequence
from datetime import datetime
from typing import Protocol

from bot.core.claims.anaphora import likewise, refer_back, repelled_after
from bot.core.claims.disambiguate import AtWar, Lookup, choose_namesakes, front_namesakes, post_anchors
from bot.core.claims.link import fighting_answers, later_denials, link_groups
from bot.core.claims.lists import elaborated_lists, semicolon_items
from bot.core.claims.phrases import Trigger, find_triggers
from bot.core.claims.scene import read_scene
from bot.core.lang import detect_language
from bot.models import Claim, Kind, Mention, Post


class PlaceFinder(Protocol):
    """A resolver: anything with find_places (bot.core.places.gazetteer.Gazetteer, or a tiny one in tests)."""

    def find_places(self, text: str) -> list[Mention]: ...


def extract_claims(post: Post, gazetteer: PlaceFinder, lang: str | None = None) -> list[Claim]:
    """All claims of control a post makes; never raises on odd text. `lang` if the caller detected it already."""
    text = post.text or ""
    if not text.strip():
        return []
    triggers = find_triggers(text)
    if not triggers:
        return []  # no claim phrase, no claim: the places are not looked for (they cost more than the phrases)
    mentions = _places(gazetteer, text, post.date)
    if not mentions:
        return []
    lookup, at_war = getattr(gazetteer, "lookup", None), getattr(gazetteer, "at_war", None)
    return _claims(post, mentions, lang or detect_language(text), lookup, triggers, at_war)


def _places(gazetteer: PlaceFinder, text: str, when: datetime | None) -> list[Mention]:
    """The places of the text; a dated post's with the front line of its day, when the finder knows it
    (Gazetteer.find_places_on: the register's areas at war then, e.g. Kharkiv oblast in September 2022)."""
    on_day = getattr(gazetteer, "find_places_on", None)
    if when is not None and on_day is not None:
        found: list[Mention] = on_day(text, when.date())
        return found
    return gazetteer.find_places(text)


def claims_from(
    post: Post, mentions: Sequence[Mention], lang: str, lookup: Lookup | None = None, at_war: AtWar | None = None
) -> list[Claim]:
    """The claims given the resolver's mentions (split out so benchmarks and tests can time each part)."""
    triggers = find_triggers(post.text)
    if not triggers:
        return []  # most posts that name places make no claim: stop before the costlier steps
    return _claims(post, mentions, lang, lookup, triggers, at_war)


def _claims(
    post: Post,
    mentions: Sequence[Mention],
    lang: str,
    lookup: Lookup | None,
    triggers: Sequence[Trigger],
    at_war: AtWar | None = None,
) -> list[Claim]:
    scene = read_scene(post, mentions, lang, triggers)
    if scene is None:
        return []
    linked = link_groups(scene)
    claims = linked.claims + later_denials(scene, linked.covered)
    claims += elaborated_lists(scene, claims, linked.used)  # before references back: those name earlier places
    claims += refer_back(scene, claims, linked.used)
    claims += semicolon_items(scene, claims)
    claims += likewise(scene, claims)
    claims = fighting_answers(repelled_after(claims, scene, linked.used))
    if any(c.settlement is None for c in claims):
        claims = choose_namesakes(claims, scene.places, post_anchors(scene.text, scene.places, lookup))
    if at_war is not None:
        claims = front_namesakes(claims, scene.places, at_war)
    return _tidy(claims)


def _tidy(claims: list[Claim]) -> list[Claim]:
    """One claim per (settlement, kind, actor); fighting only where nothing more specific was said, and neither it
    nor a denial with no side beside one of the same kind that names its side."""
    best: dict[tuple[object, ...], Claim] = {}
    for claim in claims:
        key = (claim.settlement or claim.candidates, claim.kind, claim.actor)
        if key not in best or claim.confidence > best[key].confidence:
            best[key] = claim
    specific = {c.settlement or c.candidates for c in best.values() if c.kind is not Kind.FIGHTING}
    sided = {(c.settlement or c.candidates, c.kind) for c in best.values() if c.actor is not None}

    def keep(c: Claim) -> bool:  # "fighting near X, where Russian forces attacked": the attack says who
        key = c.settlement or c.candidates
        unsided = c.actor is None and (key, c.kind) in sided
        if c.kind is Kind.DENIED:  # a denial that names no side beside one that names whose claim it denies
            return not unsided
        return c.kind is not Kind.FIGHTING or (key not in specific and not unsided)

    kept = [c for c in best.values() if keep(c)]
    return sorted(kept, key=lambda c: (c.span, c.kind.value))
