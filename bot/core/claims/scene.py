"""One post read once: its sentences, phrases, speakers, sides and places, and the context of a phrase in it."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass, field

from bot.core.claims.claimants import (
    Claimant,
    carry_speakers,
    find_claimant,
    named_speakers,
    perspective_of,
    speaks_as_a_side,
    who_speak,
)
from bot.core.claims.mentions import Place, at_home, claim_places, list_groups
from bot.core.claims.patterns import discourse_cues, modifier_cues, side_cues
from bot.core.claims.phrases import Marker, Speaker, Trigger, find_markers, find_speakers, marker_side, opposite
from bot.core.claims.reading import Context
from bot.core.claims.sentences import clause_of, find_quotes, overlaps, sentence_of, split_sentences
from bot.core.claims.windows import WINDOWS
from bot.models import Kind, Mention, Post, Side


@dataclass(slots=True)
class Scene:
    """What claims are made of in one post. `context` works out a phrase's claimant and point of view on demand and
    remembers what a sentence gives once (its perspective per claimant, its off-the-ground and hedge cues)."""

    post: Post
    text: str
    lang: str
    sentences: list[tuple[int, int]]
    speakers: list[Speaker]  # those who speak (who_speak), not the owners of a claim reported or refuted
    markers: list[Marker]
    quotes: list[tuple[int, int]]
    places: list[Place]  # the places that can carry a claim, in text order
    spans: list[tuple[int, int]]  # their spans, sorted
    groups: list[list[Place]]  # lists of places that share one phrase
    by_sentence: dict[int, list[Trigger]]  # the phrases that are not themselves a place name, per sentence
    denials: dict[int, list[int]]  # the starts of the denial phrases, per sentence
    carried: list[Speaker | None]  # the speaker each sentence naming none takes from its neighbours
    unheard: list[Speaker]  # the speakers who do not speak (named as the owners of a claim: «заяви Кремля»)
    _marker_starts: list[int] = field(init=False)
    _voiced: bool = field(init=False)  # the post speaks as one side's own report somewhere (speaks_as_a_side)
    _perspectives: dict[Side, Side] = field(init=False, default_factory=dict)
    _cues: dict[int, tuple[bool, bool]] = field(init=False, default_factory=dict)  # sentence -> (not_claim, hedged)
    _strikes: dict[int, bool] = field(init=False, default_factory=dict)  # sentence -> about strikes (its own words)
    _contexts: dict[tuple[int, int], tuple[Context, Claimant]] = field(init=False, default_factory=dict)
    _owners: list[Speaker] | None = field(init=False, default=None)

    def __post_init__(self) -> None:
        self._voiced = speaks_as_a_side(self.markers, self.text)
        # a side named in a speaker's title («Речник Сил оборони», "spokesman for the Ukrainian forces") is whom the
        # speaker speaks for, not a force that does anything: no actor
        self.markers = [m for m in self.markers if not _in_title(m, self.speakers, self.text)]
        self._marker_starts = [m.start for m in self.markers]

    @property
    def owners(self) -> list[Speaker]:
        """The owners of a claim reported or refuted, by position: the speakers who do not speak and the sides
        named as owners («заяви росіян»); found when a denial first asks (most posts deny nothing)."""
        if self._owners is None:
            self._owners = sorted([*self.unheard, *side_owners(self.text)], key=lambda s: s.start)
        return self._owners

    def _perspective(self, claimant: Side) -> Side:
        perspective = self._perspectives.get(claimant)
        if perspective is None:
            perspective = self._perspectives[claimant] = perspective_of(claimant, self.lang, self.text)
        return perspective

    def denied_side(self, index: int, claimant: Side) -> Side | None:
        """Whose claim a denial in sentence `index` refutes: the other side's, or, when the press reports the
        denial, the side of the claim's owner named in the sentence («заяви Кремля»)."""
        side = opposite(claimant)
        if side is not None:
            return side
        owner = self.owner_of_denied(index)
        return owner.side if owner is not None else None

    def owner_of_denied(self, index: int, denier: Side | None = None) -> Speaker | None:
        """The owner named in sentence `index` of the claim its denial refutes («заяви Кремля», "the statement by
        the Russian command", «заяви росіян»), when it is one of the sides and not the denier's."""
        start, end = self.sentences[index]
        return next((o for o in self.owners if start <= o.start < end and o.side not in (Side.OTHER, denier)), None)

    def sentence_at(self, pos: int) -> int:
        return sentence_of(self.sentences, pos)

    def context(self, index: int, pos: int) -> tuple[Context, Claimant]:
        """The context of a phrase at `pos` in sentence `index`, and who makes its claim (remembered: the steps
        of linking ask for the same phrase's context again)."""
        found = self._contexts.get((index, pos))
        if found is None:
            found = self._contexts[(index, pos)] = self._context(index, pos)
        return found

    def clause(self, index: int, pos: int) -> tuple[int, int]:
        """The clause of `pos` in sentence `index`, as its context has it (without working out the rest)."""
        found = self._contexts.get((index, pos))
        return found[0].clause if found is not None else clause_of(self.text, self.sentences[index], pos)

    def _context(self, index: int, pos: int) -> tuple[Context, Claimant]:
        sentence = self.sentences[index]
        lo, hi = bisect_left(self._marker_starts, sentence[0]), bisect_left(self._marker_starts, sentence[1])
        voiced = self._voiced and (not self.speakers or speaks_as_a_side(self.markers[lo:hi], self.text))
        voice = self._perspective(Side.OTHER) if voiced else None
        claimant = find_claimant(sentence, self.speakers, self.post, pos, self.quotes, self.carried[index], voice)
        perspective = self._perspective(claimant[0])
        cues = self._cues.get(index)
        if cues is None:
            mc = modifier_cues()
            cues = self._cues[index] = (
                self._about_strikes(index) or self._country_strike(index),
                bool(mc.hedge.search(self.text, *sentence)),
            )
        ctx = Context(
            text=self.text,
            sentence=sentence,
            clause=clause_of(self.text, sentence, pos),
            markers=self.markers[lo:hi],
            perspective=perspective,
            not_claim=cues[0],
            hedged=cues[1],
            antecedent=self._antecedent(index, lo, perspective),
            claimant=claimant[0],
        )
        return ctx, claimant

    def _country_strike(self, index: int) -> bool:
        """«Russia attacked the city of X. The attack killed ten people»: a country's attack (not its forces') told
        beside a sentence about strikes or casualties is a strike."""
        text, sentences = self.text, self.sentences
        if not modifier_cues().country_attack.search(text, *sentences[index]):
            return False
        return any(self._about_strikes(i) for i in (index - 1, index + 1) if 0 <= i < len(sentences))

    def _about_strikes(self, index: int) -> bool:
        """Is sentence `index` about strikes (about_strikes), worked out once: its neighbours ask too."""
        found = self._strikes.get(index)
        if found is None:
            found = self._strikes[index] = about_strikes(self.text, self.sentences[index])
        return found

    def _antecedent(self, index: int, lo: int, perspective: Side | None) -> Side | None:
        """The side a pronoun opening sentence `index` stands for: the last side named in the WINDOWS.antecedent
        sentences before it («Росіяни атакували X. Вони також просунулися біля Y»)."""
        opening = None if index == 0 else discourse_cues().pronoun_subject.match(self.text, self.sentences[index][0])
        if opening is None:
            return None
        # a count of attacks the sentence before repelled («ЗСУ відбили чотири атаки. Три в бік X»): the attacker
        shared_out = opening.group("count") is not None and any(
            t.kind is Kind.REPELLED for t in self.by_sentence.get(index - 1, ())
        )
        start = self.sentences[max(0, index - WINDOWS.antecedent)][0]
        for m in reversed(self.markers[:lo]):
            if m.start < start:
                break
            side = marker_side(m, perspective)
            if side is not None:
                return opposite(side) if shared_out else side
        return None


def read_scene(post: Post, mentions: Sequence[Mention], lang: str, triggers: Sequence[Trigger]) -> Scene | None:
    """The scene of a post with claim phrases, or None when none of its place names can carry a claim."""
    text = post.text
    sentences = split_sentences(text) or [(0, len(text))]
    speakers = named_speakers(text, find_speakers(text))
    markers = find_markers(text)
    near = _near_phrases(text, mentions, sentences, triggers, speakers, markers)
    places = claim_places(text, near, sentences, sorted(t.start for t in triggers))
    places = at_home(text, places, sentences)
    if not places:
        return None
    voices = who_speak(text, speakers)
    heard = set(voices)
    spans = sorted(p.mention.span for p in places)
    by_sentence: dict[int, list[Trigger]] = {}
    for trigger in triggers:
        if not overlaps(spans, (trigger.start, trigger.start + 1)):
            by_sentence.setdefault(sentence_of(sentences, trigger.start), []).append(trigger)
    return Scene(
        post=post,
        text=text,
        lang=lang,
        sentences=sentences,
        speakers=voices,
        markers=markers,
        quotes=find_quotes(text),
        places=places,
        spans=spans,
        groups=list_groups(text, places),
        by_sentence=by_sentence,
        denials={
            i: [
                t.start
                for t in ts
                if t.kind is Kind.DENIED and not _past_state(text, t) and not silent(text, sentences, i, t)
            ]
            for i, ts in by_sentence.items()
        },
        carried=carry_speakers(text, sentences, voices),
        unheard=[s for s in speakers if s not in heard],
    )


def silent(text: str, sentences: Sequence[tuple[int, int]], index: int, trigger: Trigger) -> bool:
    """A claim not confirmed with no reason given in its sentence or the ones either side: silence, no rebuttal
    (LABELING); with one («не підтверджують, зазначаючи, що тривають бої», "fake statements ... not confirmed by
    facts") a rebuttal."""
    if "silence" not in trigger.flags:
        return False
    if "mute" in trigger.flags:
        return True  # «про втрату X не повідомляє», "made no mention of X": nothing said, whatever is said beside it
    start, end = sentences[max(index - 1, 0)][0], sentences[min(index + 1, len(sentences) - 1)][1]
    return modifier_cues().silence_reason.search(text, start, end) is None


def _past_state(text: str, trigger: Trigger) -> bool:
    """A grey zone told as a past state («які перебували фактично в сірій зоні», "which had been in the grey zone"):
    a description, not a rebuttal of a claim."""
    mc = modifier_cues()
    return bool(mc.grey_zone.match(text, trigger.start)) and bool(
        mc.past_state.search(text, max(0, trigger.start - WINDOWS.past_state), trigger.start)
    )


def side_owners(text: str) -> list[Speaker]:
    """Claim nouns that name their owner by side («заяви росіян», «російська пропаганда», "Russia's claims"): the
    owners of a claim reported or refuted, with no speaker's name."""
    return [
        Speaker(m.start(), m.end(), "", side)  # no name: the side itself owns the claim
        for side, pattern in side_cues().owned_claims
        for m in pattern.finditer(text)
    ]


def _near_phrases(
    text: str,
    mentions: Sequence[Mention],
    sentences: Sequence[tuple[int, int]],
    triggers: Sequence[Trigger],
    speakers: Sequence[Speaker],
    markers: Sequence[Marker],
) -> list[Mention]:
    """The mentions in a sentence with a phrase, right before one (anaphora) or right after one when it names what
    that one counted («Речь идет о ...») or where it happened («Это произошло в районе X»): only they can give
    claims; and not inside a speaker's or a side's name («Сили оборони півдня»)."""
    names = sorted([(sp.start, sp.end) for sp in speakers] + [(m.start, m.end) for m in markers])
    with_phrases = {sentence_of(sentences, t.start) for t in triggers}
    elaboration = discourse_cues().elaboration
    useful = with_phrases | {i - 1 for i in with_phrases}
    useful |= {  # «... відбили атаки поблизу 9 н.п. [Про це повідомив Генштаб.] Ідеться про X, Y»
        k
        for i in with_phrases
        for k in (i + 1, i + 2)
        if k < len(sentences) and elaboration.match(text, sentences[k][0])
    }
    referred = discourse_cues().event_referred
    likewise = discourse_cues().likewise
    useful |= {  # «Пресекли деятельность ДРГ. Это произошло в районе X»; «... звільнена. Так само і Y»
        i + 1
        for i in with_phrases
        if i + 1 < len(sentences)
        and (referred.search(text, *sentences[i + 1]) or likewise.match(text, sentences[i + 1][0]))
    }
    return [m for m in mentions if sentence_of(sentences, m.span[0]) in useful and not overlaps(names, m.span)]


def about_strikes(text: str, sentence: tuple[int, int]) -> bool:
    """Is the span (a sentence, or the words between a phrase and its place) about strikes, casualties, aid (not
    ground control)? Fire in support of an attack («ворог за підтримки авіації атакував») does not make it so."""
    mc = modifier_cues()
    support: list[tuple[int, int]] | None = None  # the spans of fire in support, found once a strike word is
    for m in mc.not_claim.finditer(text, *sentence):
        if support is None:
            support = [s.span() for s in mc.support.finditer(text, *sentence)]
        if not any(a <= m.start() < b for a, b in support):
            return True
    return False


def _in_title(marker: Marker, speakers: Sequence[Speaker], text: str) -> bool:
    """Is the side right after a speaker's noun, as its title («Речник Сил оборони», "spokesman for the Ukrainian
    forces")?"""
    gap = side_cues().title_gap
    return any(sp.end <= marker.start and gap.fullmatch(text, sp.end, marker.start) is not None for sp in speakers)
