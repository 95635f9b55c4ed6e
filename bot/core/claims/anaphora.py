"""Phrases with no place of their own that refer back («села», "the site", "all attacks repelled")."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import replace

from bot.core.claims.build import make_claim, quote_of
from bot.core.claims.dates import event_date
from bot.core.claims.disambiguate import settlement_of
from bot.core.claims.lexicon.discourse import CITY_CATEGORIES
from bot.core.claims.link import group_denials
from bot.core.claims.objects import part_named, route_object
from bot.core.claims.patterns import discourse_cues, modifier_cues
from bot.core.claims.phrases import Trigger, opposite
from bot.core.claims.reading import (
    CONFIDENCE,
    Reading,
    finite_verb,
    first_word,
    markers_within,
    named_gainer,
    read,
)
from bot.core.claims.scene import Scene
from bot.core.claims.windows import WINDOWS
from bot.models import Claim, Kind, Side

_BARE_THERE = frozenset({"там", "there"})
_THERE_KINDS = frozenset({Kind.REPELLED, Kind.WITHDREW})


def refer_back(scene: Scene, claims: Sequence[Claim], used: set[int]) -> list[Claim]:
    """The claims of phrases that refer back to a place, in sentences that gave no claim yet (or where someone
    else speaks after the last place named)."""
    claimed = {scene.sentence_at(c.span[0]) for c in claims}
    place_ends = sorted(p.mention.span[1] for p in scene.places)
    speaker_starts = [sp.start for sp in scene.speakers]
    pronouns = {t.start for triggers in scene.by_sentence.values() for t in triggers if pronoun_of(scene.text, t)}
    blocked = used | {
        start
        for start in claimed_starts(scene.by_sentence, claimed)
        # a phrase of its own with a pronoun for the place («..., проте її звільнили») may follow a claim
        if not new_speaker_before(place_ends, speaker_starts, start) and start not in pronouns
    }
    return anaphora_claims(scene, blocked)


def pronoun_of(text: str, trigger: Trigger) -> str | None:
    """The pronoun right next to a verb standing for the place named before («її звільнили», «освободили его»,
    "retook it"); not beside a verbal noun, where it is a possessive («продвижения его там нет»)."""
    word = first_word(text, trigger)
    if not word.isascii() and not finite_verb(word):
        return None
    before, after = discourse_cues().pronoun
    found = before.search(text, max(0, trigger.start - WINDOWS.pronoun), trigger.start) or after.match(
        text, trigger.end
    )
    return None if found is None else found["pronoun"].lower()


def _denied_in(scene: Scene, index: int, clause: tuple[int, int]) -> bool:
    """A rebuttal in the clause: the phrase its pronoun stands in is what is denied, not a claim of its own."""
    return any(t.kind is Kind.DENIED and clause[0] <= t.start < clause[1] for t in scene.by_sentence.get(index, ()))


def _agrees(pronoun: str | None, name: str) -> bool:
    """A feminine pronoun stands for a feminine name (Кліщіївка), a masculine or neuter one for the others."""
    feminine = name.endswith(("а", "я"))
    dc = discourse_cues()
    return not ((pronoun in dc.feminine_pronouns and not feminine) or (pronoun in dc.masculine_pronouns and feminine))


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


def anaphora_claims(scene: Scene, used: set[int]) -> list[Claim]:
    """A phrase with no place of its own but «села», "the village" next to it speaks of the last place named."""
    claims: list[Claim] = []
    place_ends = [p.mention.span[1] for p in scene.places]
    with_places = {p.sentence for p in scene.places}
    for index, triggers in scene.by_sentence.items():
        for trigger in triggers:
            if trigger.kind is Kind.DENIED:
                if index not in with_places:
                    claims.extend(denied_anaphora(scene, index, trigger))
            elif trigger.start not in used:
                claims.extend(_referring(scene, index, trigger, place_ends))
    return claims


def _referring(scene: Scene, index: int, trigger: Trigger, place_ends: Sequence[int]) -> list[Claim]:
    """The claim about the last place named (in this sentence or up to WINDOWS.anaphora_sentences before) of a phrase
    next to «села»; about every place of that place's sentence next to «ці населені пункти», "these villages"."""
    if "next" in trigger.flags:
        return []  # "the Russian-held city": an attribute of the name after it, never of one before
    text = scene.text
    clause = scene.clause(index, trigger.start)  # the whole context only once the cheap tests pass
    lo = max(clause[0], trigger.start - WINDOWS.anaphora)
    hi = min(clause[1], trigger.end + WINDOWS.anaphora)
    dc = discourse_cues()
    plural = dc.demonstrative_plural.search(text, lo, hi) is not None
    stand_in = None if plural or "there" in trigger.flags else dc.anaphora.search(text, lo, hi)
    pronoun = None if plural or stand_in is not None else pronoun_of(text, trigger)
    if pronoun is not None and (
        (pronoun == "it" and trigger.kind is not Kind.CAPTURED) or _denied_in(scene, index, clause)
    ):
        pronoun = None  # "had it under control" (a state, not a taking); «про його захоплення не йдеться»
    if "there" not in trigger.flags and not plural and stand_in is None and pronoun is None:
        return []  # a phrase with its own pro-form («там ще перебувають», "are still there") needs no other word
    if stand_in is not None and dc.count_before.search(
        text, max(0, stand_in.start() - WINDOWS.count_before), stand_in.start()
    ):
        return []  # «вдалося захопити три населені пункти»: places of their own, unnamed
    i = bisect_left(place_ends, trigger.start + 1) - 1
    if i < 0 or scene.places[i].sentence < index - WINDOWS.anaphora_sentences:
        return []
    if i + 1 < len(place_ends) and scene.places[i + 1].mention.span[0] < hi:
        return []  # "claimed to have captured X, a town of ...": the phrase names its own place
    if not plural:
        i = _of_its_kind(scene, i, index, lo, hi)
    last = scene.places[i]
    code, name, _ = settlement_of(last.mention)
    if last.sentence < index - 1 and code is None:
        return []  # a place left open two sentences back: too far to refer to
    if pronoun is not None and (last.sentence < index - 1 or not _agrees(pronoun, name)):
        return []  # a pronoun reaches the sentence before at most, and agrees with the name
    ctx, claimant = scene.context(index, trigger.start)
    reading = read(trigger, ctx)
    if reading is None or not _said_of_it(reading, stand_in):
        return []
    if part_named(text, lo, hi) and reading.kind is Kind.CAPTURED:
        reading = replace(reading, kind=Kind.ADVANCED)
    reading = replace(reading, confidence=reading.confidence * CONFIDENCE.anaphora)
    when = event_date(text, ctx.clause, trigger, scene.post.date)
    places = [p for p in scene.places[: i + 1] if p.sentence == last.sentence] if plural else [last]
    holds = reading.kind in (Kind.CAPTURED, Kind.REPELLED)
    return [
        make_claim(place, reading, claimant, ctx, when)
        for place in places
        # «удерживающими высоты вокруг села»: the heights, not the village
        if not holds or not route_object(text, ctx.clause, trigger, place.mention)
    ]


def _said_of_it(reading: Reading, stand_in: re.Match[str] | None) -> bool:
    """Does the phrase say something of the place its stand-in refers to: not plain fighting; with «там», "there"
    alone only attacks repelled («всі атаки там відбиті») or a withdrawal («продвижения там нет» says nothing)."""
    if reading.kind is Kind.FIGHTING:
        return False
    return stand_in is None or stand_in.group().lower() not in _BARE_THERE or reading.kind in _THERE_KINDS


def _of_its_kind(scene: Scene, i: int, index: int, lo: int, hi: int) -> int:
    """The last place up to place `i` of the kind the stand-in names ("the village" after "... southwest of the city
    of Donetsk": the village named before the city), within the sentences a reference reaches; `i` when none is."""
    dc, text = discourse_cues(), scene.text
    village, city = dc.village_anaphora.search(text, lo, hi), dc.city_anaphora.search(text, lo, hi)
    if (village is None) == (city is None):
        return i
    for j in range(i, -1, -1):
        place = scene.places[j]
        if place.sentence < index - WINDOWS.anaphora_sentences:
            break
        if (place.mention.candidates[0].settlement.category in CITY_CATEGORIES) == (city is not None):
            return j
    return i


def denied_anaphora(scene: Scene, index: int, trigger: Trigger) -> list[Claim]:
    """«Данные населенные пункты находятся в серой зоне»: the denial is about the places of the sentence before
    (all of them for a plural, the last one otherwise)."""
    dc, text = discourse_cues(), scene.text
    clause = scene.clause(index, trigger.start)
    if not (dc.anaphora.search(text, *clause) or dc.claim_noun.search(text, *clause)):
        return []
    before = [p for p in scene.places if p.sentence == index - 1]
    if not before:
        return []
    targets = before if dc.plural_anaphora.search(text, *clause) else before[-1:]
    if len(targets) == 1 and dc.demonstrative_plural.search(text, *clause):
        # «обох цих населених пунктів» after one place in the sentence before: the one named before it too
        earlier = [p for p in scene.places if p.sentence == index - 2]
        targets = earlier[-1:] + targets
    # as a denial of its own places (the claim refuted, when its owner is named: «Російські заяви про захоплення міст
    # не відповідають дійсності» -> captured by Russia as Russia's claim), at the lower confidence of a reference
    claims = group_denials(scene, targets, index, trigger.start)
    # no side named for the denial: whose gain the sentence before claimed («Минобороны РФ заявило о взятии X. Эта
    # информация не соответствует действительности» -> denied ru)
    gainer = _gainer_before(scene, index) if any(c.actor is None for c in claims) else None
    return [
        replace(c, confidence=round(c.confidence * CONFIDENCE.anaphora, CONFIDENCE.digits), actor=c.actor or gainer)
        for c in claims
    ]


def _gainer_before(scene: Scene, index: int) -> Side | None:
    """The side whose capture or advance the sentence before `index` tells: the side it names for it, else its
    speaker's side, else the side of the owner it names for the claim ("statements by Putin about the capture of
    X")."""
    for t in scene.by_sentence.get(index - 1, []):
        if t.kind in (Kind.CAPTURED, Kind.ADVANCED):
            ctx, claimant = scene.context(index - 1, t.start)
            side = named_gainer(t, ctx)
            if side is None and claimant[0] in (Side.UA, Side.RU):
                side = claimant[0]
            if side is None and (owner := scene.owner_of_denied(index - 1, Side.OTHER)) is not None:
                side = owner.side
            if side is not None:
                return side
    return None


_OUTCOMES = frozenset({Kind.REPELLED, Kind.WITHDREW})  # the latter «відійшов на вихідні позиції»: read as repelled


def repelled_after(claims: list[Claim], scene: Scene, used: set[int]) -> list[Claim]:
    """«Ворог атакував у районах X та Y. Усі атаки відбито»: a repelling phrase with no place of its own turns the
    attacks just listed (earlier in its sentence, or up to WINDOWS.outcome_before sentences before it in its
    paragraph; or in the next sentence: «Отразили контратаку. Бой произошел у X») into attacks its side repelled."""
    out = list(claims)
    by_sentence: dict[int, list[int]] = {}
    for k, claim in enumerate(out):
        by_sentence.setdefault(scene.sentence_at(claim.span[0]), []).append(k)
    _failed_after(out, scene, by_sentence)
    for index, triggers in scene.by_sentence.items():
        for trigger in triggers:
            if trigger.kind not in _OUTCOMES or trigger.start in used:
                continue
            ctx = scene.context(index, trigger.start)[0]
            reading = read(trigger, ctx)
            if reading is None or reading.kind is not Kind.REPELLED or reading.actor is None:
                continue
            # «Ворог штурмував X. Зазнавши втрат, відійшов на вихідні позиції»: no side named before a withdrawal,
            # its subject is the attacker of the sentences before (a dropped subject), whoever speaks
            dropped = trigger.kind is Kind.WITHDREW and not markers_within(ctx, ctx.sentence[0], trigger.start)
            # an outcome about a place of its own, named or stood in for («відбили штурми зазначеного села»), does not
            # tell of the next sentence's attacks
            own = index in by_sentence or discourse_cues().anaphora.search(scene.text, *scene.sentences[index])
            reach = _outcome_reach(scene, index, ahead=not own)
            for k in sorted(k for i in reach for k in by_sentence.get(i, [])):
                claim = out[k]
                holder = (opposite(claim.actor) if dropped and claim.actor else None) or reading.actor
                at = scene.sentence_at(claim.span[0])
                if _attack_just_before(claim, at, index, trigger, holder) and not _battle_for(scene, claim, at, index):
                    confidence = round(min(claim.confidence, CONFIDENCE.repelled_after), CONFIDENCE.digits)
                    out[k] = replace(claim, kind=Kind.REPELLED, actor=holder, confidence=confidence)
    return out


def _failed_after(out: list[Claim], scene: Scene, by_sentence: dict[int, list[int]]) -> None:
    """«На Роботине було два штурми. Але всі вони були безуспішні», "All of them failed": a sentence that names no
    place and no phrase but says the attacks before it failed turns them into attacks their defender held off."""
    mc, dc, text = modifier_cues(), discourse_cues(), scene.text
    with_places = {p.sentence for p in scene.places}
    for index, (lo, hi) in enumerate(scene.sentences):
        if index == 0 or index in with_places:
            continue
        if any(t.kind not in _OUTCOMES for t in scene.by_sentence.get(index, [])):
            continue  # a phrase of its own: not only an outcome («..., ворог відступив з втратами» is one)
        if not (mc.failure.search(text, lo, hi) and dc.attacks_referred.search(text, lo, hi)):
            continue
        for i in _outcome_reach(scene, index, ahead=False):
            for k in by_sentence.get(i, []):
                claim = out[k]
                if claim.kind is not Kind.FIGHTING:
                    continue
                # the attacker's failure: its enemy held; no attacker named, the speaker's side did
                holder = opposite(claim.actor) if claim.actor else scene.context(i, claim.span[0])[0].perspective
                if holder is not None:
                    confidence = round(min(claim.confidence, CONFIDENCE.repelled_after), CONFIDENCE.digits)
                    out[k] = replace(claim, kind=Kind.REPELLED, actor=holder, confidence=confidence)


def _outcome_reach(scene: Scene, index: int, ahead: bool) -> list[int]:
    """The sentences whose attacks an outcome in sentence `index` may tell of: its own, those before it in its
    paragraph and its direction's item of a daily report (at most WINDOWS.outcome_before) and, when its own names no
    place (ahead), the next one in its paragraph («Отразили контратаку. Бой произошел у X»)."""
    text, sentences = scene.text, scene.sentences
    dc = discourse_cues()
    opening = dc.sector_opening
    reach = [index]
    # an outcome that names its own direction («Five attacks were repelled in the Siverskyi sector») is its item's
    back = 0 if dc.sector_named.search(text, *sentences[index]) else WINDOWS.outcome_before
    for i in range(index - 1, max(-1, index - 1 - back), -1):
        if "\n\n" in text[sentences[i][1] : sentences[i + 1][0] + 1] or "\n\n" in text[slice(*sentences[i + 1])]:
            break
        if opening.match(text, sentences[i + 1][0]):
            break  # «На Курахівському напрямку ...»: a daily report's next item
        reach.append(i)
    after = index + 1
    if (
        ahead
        and after < len(sentences)
        and "\n\n" not in text[sentences[index][1] - 1 : sentences[after][0] + 1]
        and not dc.additive.match(text, sentences[after][0])  # «Крім того, ...»: a new item
        and not opening.match(text, sentences[after][0])
    ):
        reach.append(after)
    return reach


def _battle_for(scene: Scene, claim: Claim, at: int, index: int) -> bool:
    """A battle for the place in another sentence than the outcome's («Відбито 60 атак. Бої ведуться за місто X», «за
    X, Y та Z тривають бої»): the contest for it goes on, whatever was held off."""
    if at == index:
        return False
    start, dc = claim.span[0], discourse_cues()
    lo = max(scene.sentences[at][0], start - WINDOWS.battle_for)
    if dc.battle_for.search(scene.text, lo, start) is not None:
        return True
    opening = scene.sentences[at][0]
    return claim.kind is Kind.FIGHTING and dc.for_list_before.search(scene.text, opening, start) is not None


def _attack_just_before(claim: Claim, at: int, index: int, trigger: Trigger, holder: Side) -> bool:
    """An attack by the other side (or fighting with no side named) at a place named in another sentence of the
    outcome's reach, or earlier in its own."""
    return (
        claim.kind is Kind.FIGHTING
        and claim.actor in (opposite(holder), None)  # a clash with no attacker named: the repelled attack
        and (at != index or claim.span[1] <= trigger.start)
    )


def likewise(scene: Scene, claims: Sequence[Claim]) -> list[Claim]:
    """The claims of the sentence before, for the places of a sentence that says the same of them and claims nothing
    of its own («Мала Рогань звільнена. Так само і Вільхівка.», "Likewise Vilkhivka")."""
    text, likewise_cue, out = scene.text, discourse_cues().likewise, []
    named = {p.sentence for p in scene.places}
    openings = {i for i in named if i and likewise_cue.match(text, scene.sentences[i][0])}
    if not openings:
        return []  # most posts: nothing to carry over, no claim looked at
    by_sentence: dict[int, list[Claim]] = {}
    for claim in claims:
        by_sentence.setdefault(scene.sentence_at(claim.span[0]), []).append(claim)
    for place in scene.places:
        index = place.sentence
        sentence = scene.sentences[index]
        if index not in openings or index in by_sentence:
            continue
        code, name, candidates = settlement_of(place.mention)
        for claim in by_sentence.get(index - 1, ()):
            out.append(
                replace(
                    claim,
                    settlement=code,
                    name=name,
                    candidates=candidates,
                    span=place.mention.span,
                    quote=quote_of(text, sentence),
                    resolved_by=(place.mention.resolved_by or None) if code is not None else None,
                )
            )
    return out
