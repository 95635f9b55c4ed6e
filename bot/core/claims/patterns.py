"""The lexicon compiled into matchers: many-pattern scanners bucketed by first letter, and one group of regexes per
lexicon module, each built once on first use."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from re import _casefix, _parser  # type: ignore[attr-defined]
from re import _constants as _sre  # type: ignore[attr-defined]
from typing import Any

from bot.core.claims.lexicon import aims, discourse, modifiers, names, sides, triggers
from bot.core.claims.lexicon.shared import NUMERAL_WORD
from bot.core.claims.needles import ZERO_WIDTH, Needles, needles
from bot.models import Kind, Side

FLAGS = re.IGNORECASE | re.UNICODE

_SPACE = re.compile(r"\s")
_OTHER_SPACE = re.compile(r"[^\S ]")
_REPEATS = (_sre.MAX_REPEAT, _sre.MIN_REPEAT)


def alts(patterns: Iterable[str]) -> str:
    """One alternation of the patterns, each in its own group."""
    return "|".join(f"(?:{p})" for p in patterns)


def first_chars(pattern: str, lower: bool = True) -> frozenset[str] | None:
    """The (lower-cased) characters a match of `pattern` can start with, or None if any (a speed-up only)."""
    return _first_of(_parser.parse(pattern, FLAGS), lower)


def _first_of(parsed: Any, lower: bool = True) -> frozenset[str] | None:
    chars, nullable = _starts(parsed, lower)
    return None if chars is None or nullable else frozenset(chars)


def _starts(items: Iterable[tuple[Any, Any]], lower: bool) -> tuple[set[str] | None, bool]:
    """The characters a sequence of parsed items can start with (None: any), and whether it can match empty."""
    found: set[str] = set()
    for op, arg in items:
        if op in ZERO_WIDTH:
            continue
        sub, nullable = _item_starts(op, arg, lower)
        if sub is None:
            return None, False
        found |= sub
        if not nullable:
            return found, False
    return found, True


def _item_starts(op: Any, arg: Any, lower: bool) -> tuple[set[str] | None, bool]:
    """The characters one parsed item can start with (None: any, or not worked out), and whether it can be empty."""
    if op is _sre.LITERAL:
        return {chr(arg).lower() if lower else chr(arg)}, False
    if op is _sre.IN:
        chars = [chr(a).lower() if lower else chr(a) for o, a in arg if o is _sre.LITERAL]
        return (set(chars) if len(chars) == len(arg) else None), False
    if op is _sre.SUBPATTERN:
        return _starts(arg[-1], lower)
    if op is _sre.BRANCH:
        parts = [_starts(alt, lower) for alt in arg[1]]
        if any(p is None for p, _ in parts):
            return None, False
        return set().union(*(p for p, _ in parts if p is not None)), any(n for _, n in parts)
    if op in _REPEATS:
        sub, nullable = _starts(arg[2], lower)
        return sub, nullable or arg[0] == 0
    return None, False


PREFIX_DEPTH = 5  # letters of a word start that narrow the patterns tried there
_MANY = 64  # prefixes a pattern may have before the rest of it counts as "any"


def prefixes(pattern: str, depth: int = PREFIX_DEPTH) -> frozenset[str]:
    """Lower-cased strings of up to `depth` characters such that any match of `pattern` starts with one of them
    (an over-approximation: a shorter string means anything may follow; "" means not worked out)."""
    return _prefixes_of(_parser.parse(pattern, FLAGS), depth)


def _prefixes_of(parsed: Any, depth: int = PREFIX_DEPTH) -> frozenset[str]:
    done: set[str] = set()
    live = _seq_prefixes(parsed, {""}, depth, done)
    return frozenset(done | live)


def _seq_prefixes(items: Iterable[tuple[Any, Any]], live: set[str], depth: int, done: set[str]) -> set[str]:
    """The prefixes still growing after a sequence of parsed items; those that stop growing go to `done`."""
    for op, arg in items:
        if not live:
            break
        live = _item_prefixes(op, arg, live, depth, done)
        full = {s for s in live if len(s) >= depth}
        if full or len(live) > _MANY:
            done |= full if len(live) <= _MANY else live
            live = set() if len(live) > _MANY else live - full
    return live


def _item_prefixes(op: Any, arg: Any, live: set[str], depth: int, done: set[str]) -> set[str]:
    """The prefixes after one parsed item (any character it can match that is not worked out ends them)."""
    if op in ZERO_WIDTH:
        return live
    if op is _sre.LITERAL or (op is _sre.IN and all(_is_char(o, a) for o, a in arg)):
        chars = {_lower_forms(arg)} if op is _sre.LITERAL else {_lower_forms(a) for _, a in arg}
        if None not in chars:
            return {s + ch for s in live for forms in chars if forms for ch in forms}
    elif op is _sre.SUBPATTERN:
        return _seq_prefixes(arg[-1], live, depth, done)
    elif op is _sre.BRANCH:
        return set().union(*(_seq_prefixes(alt, set(live), depth, done) for alt in arg[1]))
    elif op in _REPEATS:
        return _repeat_prefixes(arg, live, depth, done)
    done |= live
    return set()


def _repeat_prefixes(arg: Any, live: set[str], depth: int, done: set[str]) -> set[str]:
    """The prefixes after a repeat: those after each allowed count of repetitions, up to what can still grow."""
    least, most, items = arg
    out = set(live) if least == 0 else set()
    for count in range(1, least + depth + 2):
        live = _seq_prefixes(items, live, depth, done)
        if count >= least:
            out |= live
        if count == most or not live:
            return out
    done |= live  # more repetitions than worked out: anything may follow
    return out


def _is_char(op: Any, arg: Any) -> bool:
    """Whether a member of a character class is one character or `\\s`."""
    return op is _sre.LITERAL or (op is _sre.CATEGORY and arg is _sre.CATEGORY_SPACE)


def _lower_forms(code: int) -> frozenset[str] | None:
    """The characters of a lower-cased text, its white space made " ", that a literal matches ignoring case (the
    regex engine compares lower-cased characters and adds its few extra case equivalents), or None if that is
    not one character."""
    if code is _sre.CATEGORY_SPACE or _SPACE.match(chr(code)):
        return frozenset(" ")
    lower = chr(code).lower()
    if len(lower) != 1:
        return None
    return frozenset({lower, *(chr(c) for c in _casefix._EXTRA_CASES.get(ord(lower), ()))})


class Matcher:
    """Many patterns tried only at word starts whose first letters they can begin with; the longest match wins."""

    def __init__(self, patterns: Sequence[str], preferred: frozenset[int] = frozenset()) -> None:
        self.sources = tuple(patterns)
        self.patterns = tuple(re.compile(rf"(?<!\w)(?:{p})", FLAGS) for p in patterns)
        self.preferred = preferred  # wins a tie in length
        buckets: dict[str, list[int]] = {}
        anywhere: list[int] = []
        found: list[frozenset[str]] = []
        for i, p in enumerate(patterns):
            items = _parser.parse(f"(?:{p})", FLAGS)  # one parse at a time: they are large and soon dropped
            found.append(_prefixes_of(items))
            first = _first_of(items)
            if first is None:
                anywhere.append(i)
            for ch in first or ():
                buckets.setdefault(ch, []).append(i)
        self.anywhere = tuple(anywhere)
        self.buckets = {ch: tuple(sorted({*ix, *anywhere})) for ch, ix in buckets.items()}
        self.combined: dict[str, re.Pattern[str]] = {}  # by bucket, "" for anywhere: compiled when first needed
        chars = re.escape("".join(sorted(buckets)))
        self.starts = re.compile(r"(?<!\w)\S" if anywhere else rf"(?<!\w)[{chars}]", FLAGS)
        self.narrow = _narrowed(self.buckets, found)
        single = not anywhere and all(len(ch) == 1 for ch in self.buckets)
        self.prefilter = _prefilter(self.narrow) if single and self.narrow else None

    def scan(self, text: str) -> list[tuple[int, int, int]]:
        """(start, end, pattern index) of non-overlapping matches, left to right."""
        lowered = _lowered(text)
        if self.prefilter is None or lowered is None:
            return self._scan_each_start(text)
        found: list[tuple[int, int, int]] = []
        pos = 0
        for m in self.prefilter.finditer(lowered):
            start = m.start()
            if start >= pos:
                best = self._longest(text, start, self.narrow[lowered[start : m.end(m.lastindex or 0)]])
                if best is not None:
                    found.append(best)
                    pos = best[1]
        return found

    def _scan_each_start(self, text: str) -> list[tuple[int, int, int]]:
        """`scan` trying each word start with the patterns of its first letter (for any text)."""
        found: list[tuple[int, int, int]] = []
        pos = 0
        for m in self.starts.finditer(text):
            start = m.start()
            if start < pos:
                continue
            key = text[start].lower()
            combined = self._combined(key if key in self.buckets else "")
            if combined is None or combined.match(text, start) is None:
                continue
            best = self._longest(text, start, self.buckets.get(key, self.anywhere))
            if best is not None:
                found.append(best)
                pos = best[1]
        return found

    def _combined(self, key: str) -> re.Pattern[str] | None:
        """One regex for the patterns of a bucket ("": those that may start anywhere), None if it has none."""
        regex = self.combined.get(key)
        indices = self.buckets.get(key, self.anywhere if key == "" else ())
        if regex is None and indices:
            regex = self.combined[key] = re.compile(rf"(?<!\w)(?:{alts(self.sources[i] for i in indices)})", FLAGS)
        return regex

    def _longest(self, text: str, start: int, indices: Iterable[int]) -> tuple[int, int, int] | None:
        """The longest non-empty match at `start` of the patterns (in index order; a preferred one wins a tie)."""
        best: tuple[int, int, int] | None = None
        for i in indices:
            hit = self.patterns[i].match(text, start)
            if hit is None or hit.end() <= start:
                continue
            if best is None or hit.end() > best[1] or (hit.end() == best[1] and i in self.preferred):
                best = (start, hit.end(), i)
        return best


@lru_cache(maxsize=4)
def _lowered(text: str) -> str | None:
    """The text lower-cased, its white space as " " (one for one), for the prefilters (the three scanners read the
    same post); None when that is not one character for each (İ, or Σ that lower-cases by its place)."""
    lowered = text.lower()
    if len(lowered) != len(text) or "Σ" in text:
        return None
    return _OTHER_SPACE.sub(" ", lowered.replace("\n", " "))


def _narrowed(buckets: dict[str, tuple[int, ...]], found: Sequence[frozenset[str]]) -> dict[str, tuple[int, ...]]:
    """For each bucket's letter and each prefix of some pattern's prefixes led by it, the patterns of that bucket
    that a text so starting may match: those with a prefix that is a prefix of it (in index order)."""
    nodes = {*buckets, *(s[:n] for strings in found for s in strings for n in range(1, len(s) + 1))}
    narrow: dict[str, tuple[int, ...]] = {}
    for node in nodes:
        if node[0] in buckets:
            heads = {node[:n] for n in range(len(node) + 1)}
            narrow[node] = tuple(i for i in buckets[node[0]] if not heads.isdisjoint(found[i]))
    return narrow


def _prefilter(narrow: dict[str, tuple[int, ...]]) -> re.Pattern[str]:
    """A case-sensitive regex over the lower-cased text that stops at each word start where some pattern may
    match, consuming its first letter; the last group that took part ends the longest prefix there that `narrow`
    knows (greedy: deeper first)."""
    children: dict[str, list[str]] = {}
    for node in sorted(narrow, key=len, reverse=True):  # deepest first: a node's children are done before it
        if narrow[node] or node in children:
            children.setdefault(node[:-1], []).append(node)
    rest: dict[str, str] = {}
    for node in sorted(narrow, key=len, reverse=True):
        parts = [f"{re.escape(k[-1])}{rest[k]}" for k in sorted(children.get(node, ()))]
        rest[node] = f"(?:{'|'.join(parts)}){'?' if narrow[node] else ''}" if parts else ""
    branches = [rf"{re.escape(ch)}(?=({rest[ch]}))" for ch in sorted(children.get("", ()))]
    return re.compile(rf"(?<!\w)(?:{'|'.join(branches) or '(?!)'})")


def _pattern(source: str) -> re.Pattern[str]:
    """`source` compiled, led by a lookahead for the characters a match can start with: the regex engine then
    rejects most positions of a search with one class test instead of trying every alternative."""
    first = first_chars(source, lower=False)
    if first:
        try:
            return re.compile(rf"(?=[{''.join(re.escape(ch) for ch in sorted(first))}])(?:{source})", FLAGS)
        except re.error:  # e.g. inline global flags, which must stay first
            pass
    return re.compile(source, FLAGS)


def _plain(source: str, flags: int = FLAGS) -> re.Pattern[str]:
    """`source` compiled as it is, without the lookahead (for patterns only matched at a known place)."""
    return re.compile(source, flags)


def _words(patterns: Iterable[str]) -> re.Pattern[str]:
    """Any of the patterns as whole words."""
    return _pattern(rf"(?<!\w)(?:{alts(patterns)})(?!\w)")


@dataclass(frozen=True, slots=True)
class Phrases:
    """The scanners for claim phrases, the words naming a side's forces and the speakers, and what each of their
    patterns stands for (by pattern index)."""

    triggers: Matcher
    trigger_rows: tuple[tuple[Kind, frozenset[str]], ...]  # kind, flags
    actors: Matcher
    actor_kinds: tuple[str, ...]  # ua | ru | enemy | own
    speakers: Matcher
    speaker_rows: tuple[tuple[str, Side], ...]  # name, side


@lru_cache(maxsize=1)
def phrase_matchers() -> Phrases:
    table = [row for rows in triggers.TRIGGERS.values() for row in rows]
    actors = [(side, p) for side, pats in sides.ACTORS.items() for p in pats]
    return Phrases(
        triggers=Matcher([p for _, p, _ in table], frozenset(i for i, (_, _, f) in enumerate(table) if "attr" in f)),
        trigger_rows=tuple((Kind(kind), frozenset(flags.split())) for kind, _, flags in table),
        actors=Matcher([p for _, p in actors]),
        actor_kinds=tuple(side for side, _ in actors),
        speakers=Matcher([f"(?:{p}){_NOT_A_TOPONYM}" for p, _, _ in sides.SPEAKERS]),
        speaker_rows=tuple((name, Side(side)) for _, name, side in sides.SPEAKERS),
    )


@dataclass(frozen=True, slots=True)
class SideCues:
    """Words that tell which side a named force is in a phrase, and whose point of view a text takes."""

    loser_prep: re.Pattern[str]
    agent_prep: re.Pattern[str]
    object_head: re.Pattern[str]
    perspective: tuple[tuple[Side, re.Pattern[str]], ...]
    speech: re.Pattern[str]
    reference: re.Pattern[str]  # a speaker named before: «він додав», "he said"
    speaker_after: re.Pattern[str]  # «Про це повідомив X»: X said what came before
    first_person: re.Pattern[str]  # «наші воїни», "our troops"
    rejoinder: re.Pattern[str]  # «Проте», "However" opening a sentence
    voice_names: re.Pattern[str]  # «окупанти», «боевики»: names only the other side's enemies use
    claim_owner: re.Pattern[str]  # «заяви Кремля»: the speaker after it owns a claim, it does not speak
    holder: tuple[tuple[Side, re.Pattern[str]], ...]  # "under Russian control"
    owned_claims: tuple[tuple[Side, re.Pattern[str]], ...]  # «заяви росіян», "Russia's claims": a side owns a claim
    denied_by: tuple[tuple[Side, re.Pattern[str]], ...]  # matched right after a denial: "denied by Ukrainian officials"
    force_noun: re.Pattern[str]  # fullmatched on one word: «подразделения (ВСУ)», "units (of ...)"
    motion_gap_word: re.Pattern[str]  # the same: «проникли перші (російські групи)»
    title_gap: re.Pattern[str]  # fullmatched between a speaker's noun and a side


@lru_cache(maxsize=1)
def side_cues() -> SideCues:
    return SideCues(
        loser_prep=_pattern(rf"(?<!\w){sides.LOSER_PREPOSITIONS}"),
        agent_prep=_pattern(rf"(?<!\w){sides.AGENT_PREPOSITIONS}"),
        object_head=_pattern(sides.OBJECT_HEADS),
        perspective=tuple(
            (Side(side), _words(pats))
            for side, pats in sides.PERSPECTIVE.items()  # whole words: СВО, not «свої»
        ),
        speech=_plain(sides.SPEECH),
        rejoinder=_plain(sides.REJOINDER),
        reference=_words(sides.SPEAKER_REFERENCES),
        speaker_after=_plain(rf"[\W\d_]*(?:{sides.SPEAKER_AFTER})"),
        first_person=_plain(sides.FIRST_PERSON),
        voice_names=_plain(sides.VOICE_NAMES),
        claim_owner=_plain(sides.CLAIM_OWNER_BEFORE),
        holder=tuple((Side(side), _words(pats)) for side, pats in sides.HOLDER_ADJECTIVES.items()),
        owned_claims=tuple((Side(side), _words(pats)) for side, pats in sides.OWNED_CLAIMS.items()),
        denied_by=tuple((Side(side), _plain(pat)) for side, pat in sides.DENIED_BY.items()),
        force_noun=_plain(sides.FORCE_NOUN),
        motion_gap_word=_plain(sides.MOTION_GAP_WORD),
        title_gap=_plain(sides.TITLE_GAP, 0),
    )


@dataclass(frozen=True, slots=True)
class Modifiers:
    """Words around a phrase that change what it says, and words that put a sentence off the ground."""

    failure: re.Pattern[str]
    negation: re.Pattern[str]
    intent: re.Pattern[str]
    campaign_before: re.Pattern[str]  # searched in a phrase's own words, ending at it
    aim_before: re.Pattern[str]  # searched in the sentence before an English gerund
    aim_chain: re.Pattern[str]  # searched in the clause before a phrase, ending at it
    battle_for_act: re.Pattern[str]  # ... the battles for a taking
    continuation_opening: re.Pattern[str]  # matched at a clause's start
    relative_gap: re.Pattern[str]  # fully matched between a side and a phrase
    progressive_before: re.Pattern[str]  # searched right before a gerund, ending there
    taking_before: re.Pattern[str]  # searched right before a phrase of control, ending there
    attempt_coordinated: re.Pattern[str]  # searched in the clause up to a phrase
    held_attribute: re.Pattern[str]  # matched right after a side's name
    avoided: re.Pattern[str]
    attribute_form: re.Pattern[str]
    attribute_before: re.Pattern[str]  # searched right before an English phrase, ending at it
    before_fighting: re.Pattern[str]  # searched in a fighting phrase's own words before it
    infinitive_end: re.Pattern[str]  # matched on a phrase's first word, lower-cased
    infinitive_governors: re.Pattern[str]
    future: re.Pattern[str]  # fullmatched on a phrase's own text
    present_withdrawal: re.Pattern[str]  # fullmatched on a withdrawal phrase's first word
    attempt: re.Pattern[str]
    repelling: re.Pattern[str]
    ongoing: re.Pattern[str]
    another_event: re.Pattern[str]  # split the words before a phrase at it: the ongoing word must be in the last part
    still_held: re.Pattern[str]
    still_after: re.Pattern[str]  # matched right after a phrase of control
    not_yet: re.Pattern[str]
    no_longer: re.Pattern[str]  # searched in a phrase's words before it
    participle: re.Pattern[str]
    noun_act: re.Pattern[str]
    purpose_before: re.Pattern[str]  # searched up to the act
    after_act: re.Pattern[str]  # ... right before it
    including: re.Pattern[str]
    another_conjunct: re.Pattern[str]
    taking_control: re.Pattern[str]
    grey_zone: re.Pattern[str]
    past_state: re.Pattern[str]
    modal_after: re.Pattern[str]
    prediction_after: re.Pattern[str]
    partial: re.Pattern[str]
    currently: re.Pattern[str]
    compass_part: re.Pattern[str]  # searched in the text right before a name
    share_after: re.Pattern[str]  # matched on the text right after a name
    predicate_end: re.Pattern[str]  # matched right after a participle
    instrumental_end: re.Pattern[str]  # searched in a side's name
    instrumental_prep: re.Pattern[str]  # searched in the text right before it
    area_after: re.Pattern[str]  # matched on the text right after a phrase
    hedge: re.Pattern[str]
    not_claim: re.Pattern[str]
    country_attack: re.Pattern[str]
    condition_before: re.Pattern[str]  # searched from the sentence's start to a phrase
    condition_opening: re.Pattern[str]  # matched at the sentence's start
    support: re.Pattern[str]  # fire in support of an attack: its not-claim words do not count
    from_positions: re.Pattern[str]
    to_starting: re.Pattern[str]
    attribution_dash: re.Pattern[str]  # where the words of a quote end and its attribution begins (search)
    offensive_before: re.Pattern[str]
    still_fighting: re.Pattern[str]
    positions_after: re.Pattern[str]
    verbal_noun: re.Pattern[str]
    attack_after: re.Pattern[str]
    getting_in: re.Pattern[str]  # matched on a phrase's own text
    facility: re.Pattern[str]
    foothold: re.Pattern[str]
    article_before: re.Pattern[str]  # searched right before a phrase, ending there
    civilians: re.Pattern[str]  # searched before a phrase in its clause
    liberation: re.Pattern[str]  # searched in a phrase's own text
    unreal_after: re.Pattern[str]  # searched after a phrase in its clause
    route_object: re.Pattern[str]
    situation_object: re.Pattern[str]  # ... the situation, unless the phrase stabilises it
    stabilising: re.Pattern[str]  # matched at a phrase's start
    unnamed_near: re.Pattern[str]  # searched between a phrase and a place, ending close before the place
    inside_before: re.Pattern[str]  # searched in the text right before a place, ending there
    in_before: re.Pattern[str]  # the same
    street_before: re.Pattern[str]  # searched in the text right before a phrase of fighting, ending there
    itself_after: re.Pattern[str]  # matched right after a place
    destroyed_there: re.Pattern[str]  # searched after it
    motion_verb: re.Pattern[str]  # matched at a phrase's start
    finite_verb: re.Pattern[str]  # fullmatched on a phrase's first word
    object_filler: re.Pattern[str]  # fullmatched on a word between a verb and its object
    silence_reason: re.Pattern[str]  # searched in the sentence of a claim not confirmed and the next
    en_object_verb: re.Pattern[str]  # fullmatched on an English word


@lru_cache(maxsize=1)
def modifier_cues() -> Modifiers:
    return Modifiers(
        failure=_words(modifiers.FAILURE),
        negation=_pattern(modifiers.NEGATION),
        intent=_words(aims.INTENT),
        campaign_before=_plain(aims.CAMPAIGN_BEFORE),
        aim_before=_plain(aims.AIM_BEFORE),
        aim_chain=_plain(aims.AIM_CHAIN),
        battle_for_act=_plain(modifiers.BATTLE_FOR_ACT),
        continuation_opening=_plain(modifiers.CONTINUATION_OPENING),
        relative_gap=_plain(modifiers.RELATIVE_GAP),
        progressive_before=_plain(modifiers.PROGRESSIVE_BEFORE),
        taking_before=_plain(modifiers.TAKING_BEFORE),
        attempt_coordinated=_plain(modifiers.ATTEMPT_COORDINATED),
        held_attribute=_plain(modifiers.HELD_ATTRIBUTE),
        avoided=_words(aims.AVOIDED),
        attribute_form=_pattern(modifiers.ATTRIBUTE_FORM),
        attribute_before=_pattern(modifiers.ATTRIBUTE_BEFORE),
        before_fighting=_words((modifiers.BEFORE_FIGHTING,)),
        infinitive_end=_plain(modifiers.INFINITIVE_END, 0),
        infinitive_governors=_words((modifiers.INFINITIVE_GOVERNORS,)),
        future=_plain(alts(aims.FUTURE)),
        present_withdrawal=_plain(modifiers.PRESENT_WITHDRAWAL),
        attempt=_words(modifiers.ATTEMPT),
        repelling=_pattern(rf"(?<!\w)(?:{alts(modifiers.REPELLING)})"),
        ongoing=_words(modifiers.ONGOING),
        another_event=_plain(rf"(?<!\w)(?:{modifiers.ANOTHER_EVENT})(?!\w)"),
        still_held=_words(modifiers.STILL_HELD),
        still_after=_plain(modifiers.STILL_AFTER),
        not_yet=_plain(modifiers.NOT_YET),
        no_longer=_plain(modifiers.NO_LONGER),
        participle=_plain(modifiers.PARTICIPLE),
        noun_act=_plain(aims.NOUN_ACT),
        purpose_before=_plain(aims.PURPOSE_BEFORE),
        after_act=_plain(aims.AFTER_ACT),
        including=_plain(modifiers.INCLUDING),
        another_conjunct=_plain(modifiers.ANOTHER_CONJUNCT),
        taking_control=_plain(modifiers.TAKING_CONTROL),
        grey_zone=_plain(modifiers.GREY_ZONE),
        past_state=_plain(modifiers.PAST_STATE),
        modal_after=_words([aims.MODAL_AFTER]),
        prediction_after=_words([aims.PREDICTION_AFTER]),
        partial=_pattern(rf"(?:(?<!\w)(?:{alts(p for p in modifiers.PARTIAL if p != '%')})(?!\w)|%)"),
        currently=_words([modifiers.CURRENTLY]),
        compass_part=_plain(modifiers.COMPASS_PART),
        share_after=_plain(modifiers.SHARE_AFTER),
        predicate_end=_plain(modifiers.PREDICATE_END),
        instrumental_end=_plain(modifiers.INSTRUMENTAL_END),
        instrumental_prep=_plain(modifiers.INSTRUMENTAL_PREP),
        area_after=_plain(modifiers.AREA_AFTER),
        hedge=_words(modifiers.HEDGES),
        not_claim=_words(modifiers.NOT_CLAIM),
        country_attack=_plain(modifiers.COUNTRY_ATTACK),
        condition_before=_plain(aims.CONDITION_BEFORE),
        condition_opening=_plain(aims.CONDITION_OPENING),
        support=_words(modifiers.SUPPORT),
        from_positions=_pattern(modifiers.FROM_POSITIONS),
        to_starting=_plain(modifiers.TO_STARTING),
        attribution_dash=_plain(modifiers.ATTRIBUTION_DASH),
        offensive_before=_pattern(modifiers.OFFENSIVE_BEFORE),
        still_fighting=_pattern(rf"(?<!\w)(?:{modifiers.STILL_FIGHTING})"),
        positions_after=_pattern(modifiers.POSITIONS_AFTER),
        verbal_noun=_plain(modifiers.VERBAL_NOUN),
        attack_after=_plain(modifiers.ATTACK_AFTER),
        getting_in=_plain(modifiers.GETTING_IN),
        facility=_words(modifiers.FACILITY),
        foothold=_words(modifiers.FOOTHOLD),
        article_before=_plain(aims.ARTICLE_BEFORE),
        civilians=_words([modifiers.CIVILIANS]),
        liberation=_plain(modifiers.LIBERATION),
        unreal_after=_plain(modifiers.UNREAL_AFTER),
        route_object=_words(modifiers.ROUTE_OBJECT),
        situation_object=_words(modifiers.SITUATION_OBJECT),
        stabilising=_plain(modifiers.STABILISING),
        unnamed_near=_plain(modifiers.UNNAMED_NEAR),
        inside_before=_plain(modifiers.INSIDE_BEFORE),
        in_before=_plain(modifiers.IN_BEFORE),
        street_before=_plain(modifiers.STREET_BEFORE),
        itself_after=_plain(modifiers.ITSELF_AFTER),
        destroyed_there=_words([modifiers.DESTROYED_THERE]),
        motion_verb=_plain(modifiers.MOTION_VERB),
        finite_verb=_plain(rf"(?!{NUMERAL_WORD}$){sides.FINITE_VERB_UK_RU}"),
        object_filler=_plain(modifiers.OBJECT_FILLER),
        silence_reason=_plain(modifiers.SILENCE_REASON),
        en_object_verb=_plain(modifiers.EN_OBJECT_VERB),
    )


@dataclass(frozen=True, slots=True)
class NameCues:
    """Words around a place name that make it a direction, an area, a river, a unit or a reference point, and the
    gap that continues a list of names."""

    direction_after: re.Pattern[str]
    settlement_noun_before: re.Pattern[str]  # searched between a phrase and the name, ending at the name
    area_list_after: re.Pattern[str]  # the name opens a list of areas (if it agrees with the area noun)
    directional_before: re.Pattern[str]
    toward_before: re.Pattern[str]
    origin_before: re.Pattern[str]
    except_before: re.Pattern[str]
    direction_word: re.Pattern[str]  # in a toward phrase: "in the direction of", not "towards"
    compass_before: re.Pattern[str]
    water_before: re.Pattern[str]
    road_before: re.Pattern[str]
    elided_direction: tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]  # the name's ending, before, after
    direction_pair: tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]  # first end, dash, second end
    speaker_verb_after: re.Pattern[str]  # right after a name (match)
    title_of_place: re.Pattern[str]  # right before a name (search in its head)
    speech_venue_before: re.Pattern[str]  # right before a name (search in its head)
    attributive_part: re.Pattern[str]  # between two names (fullmatch)
    for_a_government: re.Pattern[str]  # before a capital's name (names.CAPITAL_NAMES)
    ceding_after: re.Pattern[str]  # right after a capital (match)
    capital_name: re.Pattern[str]
    compass_region: tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]  # compass before; oblast centre; "area"
    abroad_opening: re.Pattern[str]  # a sentence opening in a region of Russia
    abroad_anywhere: re.Pattern[str]  # a region of Russia named
    abroad_colon: re.Pattern[str]  # a region of Russia before the colon opening a list (search)
    ukrainian_area: re.Pattern[str]  # a Ukrainian oblast named
    road_after: re.Pattern[str]
    dateline_after: re.Pattern[str]
    unit_before: re.Pattern[str]
    distance_before: re.Pattern[str]
    locator_in_brackets: re.Pattern[str]  # searched in the text right before a name, ending there
    distance_after: re.Pattern[str]  # matched right after a name
    list_gap: re.Pattern[str]
    list_start: re.Pattern[str]
    new_item: re.Pattern[str]  # searched in the gap between two places
    own_object: re.Pattern[str]
    region_after: re.Pattern[str]  # a region named right after a place: the end of a list's segment
    abroad_after: re.Pattern[str]  # a region of Russia so named: its segment's places are Russia's
    abroad_needles: Needles  # what either of those two needs in a text
    descriptive: re.Pattern[str]
    side_of_it_before: re.Pattern[str]  # searched in the gap between two places
    relational: re.Pattern[str]
    compass_gap: re.Pattern[str]
    direction_name: re.Pattern[str]
    direction_suffix: re.Pattern[str]
    direction_endings: tuple[tuple[re.Pattern[str], str], ...]


@lru_cache(maxsize=1)
def name_cues() -> NameCues:
    separator = (
        r"(?:[\s,;:()«»\"“”'’•*·\-–—]"
        rf"|(?<!\w)(?:{names.LIST_CONJUNCTIONS}|{names.LIST_ADDITIVES}|{names.LIST_SETTLEMENT_NOUN})(?!\w))"
    )
    latin = [p for p in names.DIRECTIONAL if re.search("[a-z]", p)]  # `\w` and `\s` count: the suffix allows words
    other = [p for p in names.DIRECTIONAL if not re.search("[a-z]", p)]
    in_russia = rf"(?:in|в|у|на\s+территории)\s+(?:Russia['’]s\s+|the\s+)?(?:{names.FOREIGN_REGION})"
    opening = rf"\s*[«\"“]?{in_russia}"
    after = (
        # names the gazetteer does not know may end the list («Черкасское Поречное и Косица в Курской области»),
        # a raion may stand before the region («Плехово Суджанского района Курской области»)
        rf"(?:\s*,?\s*(?:(?:и|і|й|та|and)\s+)?(?-i:[A-ZА-ЯЁІЇЄҐ])[\w’'ʼ-]*){{0,4}}"
        rf"\s*,?\s*(?:(?:in|of|the|в|у|Russia['’]s)\s+){{0,2}}(?:(?:[\w’'ʼ-]+\s+)?(?:район\w*|district|raion)\s*,?\s*)?"
        rf"(?:{names.FOREIGN_REGION})"
        rf"|\s*{names.FOREIGN_LOCATOR}"  # "Russkaya Konopelka (east of Sudzha)"
    )
    return NameCues(
        settlement_noun_before=_plain(names.SETTLEMENT_NOUN_BEFORE),
        # after the first of a hyphenated pair of names as well ("the Lyman-Kupyansk direction")
        direction_after=_pattern(rf"(?:[-–—](?-i:[A-ZА-ЯІЇЄҐ])[\w’'ʼ]+)?[\s»\"”’')]*(?:{alts(names.DIRECTION_AFTER)})"),
        area_list_after=_plain(names.AREA_LIST_AFTER),
        directional_before=_pattern(
            rf"(?<!\w)(?:(?:{alts(latin)})(?:\s+(?:the\s+)?(?:[\w’'-]+\s+){{0,4}})?"
            rf"|(?:{alts(other)})(?:\s+(?:{names.SETTLEMENT_NOUNS}))?)\s*[«\"“]?$"
        ),
        toward_before=_pattern(rf"(?<!\w)(?:{alts(names.TOWARD)})\s+{names.TOWN_OF}$"),
        origin_before=_pattern(rf"(?<!\w){names.ORIGIN}\s+{names.TOWN_OF}$"),
        except_before=_pattern(rf"(?<!\w){names.EXCEPT}\s+{names.TOWN_OF}$"),
        direction_word=_plain(names.DIRECTION_WORD),
        compass_before=_pattern(
            rf"(?<!\w)(?:{alts(names.COMPASS)})(?:\s+(?:{names.SETTLEMENT_NOUNS}|{names.SETTLEMENT_OF}))?\s*[«\"“]?$"
        ),
        water_before=_pattern(names.WATER_BEFORE),
        road_before=_pattern(names.ROAD_BEFORE),
        road_after=_plain(names.ROAD_AFTER),
        dateline_after=_plain(names.DATELINE_AFTER),
        unit_before=_pattern(names.UNIT_BEFORE),
        distance_before=_pattern(names.DISTANCE_BEFORE),
        locator_in_brackets=_pattern(names.LOCATOR_IN_BRACKETS),
        distance_after=_plain(names.DISTANCE_AFTER),
        list_gap=_pattern(rf"^(?>{separator}|{names.LIST_QUALIFIER})*$"),  # atomic: no runaway backtracking
        list_start=_plain(rf"^\s*(?:{names.LIST_CONJUNCTIONS})\s"),
        new_item=_plain(
            rf"(?<!\w)(?:{names.LIST_ADDITIVES}|{names.LIST_CONJUNCTIONS})\s+(?:{alts(names.DIRECTIONAL)}"
            rf"|{names.TOWN_PART_LOCATOR})\s"
        ),
        own_object=_plain(names.OWN_OBJECT),
        region_after=_plain(rf"\s*,?\s*{names.LIST_QUALIFIER}"),
        elided_direction=(
            _plain(names.ELIDED_DIRECTION),
            _plain(names.ELIDED_BEFORE),
            _plain(names.ELIDED_AFTER),
        ),
        direction_pair=(
            _plain(names.DIRECTION_PAIR_FIRST),
            _plain(names.DIRECTION_PAIR_DASH),
            _plain(names.DIRECTION_PAIR_SECOND),
        ),
        speaker_verb_after=_plain(names.SPEAKER_VERB_AFTER),
        title_of_place=_plain(names.TITLE_OF_PLACE),
        speech_venue_before=_plain(names.SPEECH_VENUE_BEFORE),
        attributive_part=_plain(names.ATTRIBUTIVE_PART),
        for_a_government=_plain(names.FOR_A_GOVERNMENT),
        ceding_after=_plain(names.CEDING_AFTER),
        capital_name=_plain(names.CAPITAL_NAMES),
        compass_region=(
            _plain(names.COMPASS_REGION_BEFORE),
            _plain(names.OBLAST_CITY_EN),
            _plain(names.OBLAST_AREA_AFTER),
        ),
        abroad_opening=_plain(opening),
        abroad_anywhere=_plain(in_russia),
        abroad_colon=_plain(rf"{in_russia}\s*:"),
        ukrainian_area=_plain(names.UKRAINIAN_AREA),
        abroad_after=_plain(after),
        abroad_needles=needles(alts([opening, after]), FLAGS),
        descriptive=_plain(rf"(?<!\w)(?:{names.DESCRIPTIVE})(?!\w)"),
        side_of_it_before=_plain(names.SIDE_OF_IT_BEFORE),
        relational=_plain(rf"(?<!\w)(?:{names.RELATIONAL})(?!\w)"),
        compass_gap=_plain(rf"^\s*,\s*{names.COMPASS_EN}\s*$"),
        direction_name=_plain(names.DIRECTION_NAME),
        direction_suffix=_plain(names.DIRECTION_SUFFIX, 0),  # on lower-cased stems, case-sensitive
        direction_endings=tuple((_plain(end, 0), new) for end, new in names.DIRECTION_TOWN_ENDINGS),
    )


@dataclass(frozen=True, slots=True)
class Discourse:
    """Clause breaks, words that stand for a place already named, words for a claim being denied."""

    clause_break: re.Pattern[str]
    adversative: re.Pattern[str]
    destination: re.Pattern[str]  # searched between the place left and the list after it
    bare_destination: re.Pattern[str]  # fullmatched between a withdrawal and the place after it
    lines_behind: re.Pattern[str]  # searched between a withdrawal and a place after it
    short_gloss: re.Pattern[str]  # fullmatched on a bracketed aside
    anaphora: re.Pattern[str]
    plural_anaphora: re.Pattern[str]
    demonstrative_plural: re.Pattern[str]  # searched near a phrase with no place of its own
    village_anaphora: re.Pattern[str]  # ... and the stand-ins naming the place's kind
    city_anaphora: re.Pattern[str]
    pronoun: tuple[re.Pattern[str], re.Pattern[str]]  # a pronoun for the place right before a phrase (search, up to
    # it), right after it (match)
    feminine_pronouns: frozenset[str]
    masculine_pronouns: frozenset[str]
    claim_noun: re.Pattern[str]
    elaboration: re.Pattern[str]  # at a sentence's start (match, not search)
    narrowing: re.Pattern[str]  # ... the elaborations that need no count before them
    counted_places: re.Pattern[str]
    count_before: re.Pattern[str]  # searched right before a stand-in, ending there
    list_item: re.Pattern[str]  # matched on the whole gap between a semicolon and a place
    additive: re.Pattern[str]  # at a sentence's start (match)
    sector_opening: re.Pattern[str]  # at a sentence's start (match)
    sector_named: re.Pattern[str]  # anywhere in a sentence (search)
    relative_after: re.Pattern[str]  # right after a place (match)
    relative_word: re.Pattern[str]  # searched between a phrase and a side after it
    aside: tuple[re.Pattern[str], re.Pattern[str]]  # an aside's opener after a place (match), its tail (fullmatch)
    pronoun_subject: re.Pattern[str]  # at a sentence's start (match)
    count_pronoun: re.Pattern[str]  # at a sentence's start (match)
    attacks_referred: re.Pattern[str]
    battle_for: re.Pattern[str]  # searched in the text before a place, up to it; matched at a phrase of fighting
    for_list_before: re.Pattern[str]  # ... in its sentence, up to it, for a fighting claim
    event_referred: re.Pattern[str]  # ... in its sentence before it
    new_clause: tuple[re.Pattern[str], re.Pattern[str]]  # before a place (search), the finite verb after it (match)
    gapped_verb: re.Pattern[str]  # ... or a dash standing for the verb after it (match: «..., а на Кринки – 9»)
    gapped_join: re.Pattern[str]  # searched in the gap between a repelling phrase and an attack noun
    likewise: re.Pattern[str]  # matched at a sentence's start
    attack_noun: re.Pattern[str]  # fullmatched on a phrase's text
    attack_by: re.Pattern[str]  # searched up to a side named: "an attack by"
    date: re.Pattern[str]


_OPENING = r"[\s\"«“„'(—–-]*"  # what may stand before a sentence's first word
# after a speaker's name: its word does not end as a settlement named after a person does («Грековки», «Рогове»)
_NOT_A_TOPONYM = r"(?!\w*(?:" + "|".join(f"(?<={ending})" for ending in sides.TOPONYM_ENDINGS.split("|")) + r")(?!\w))"


@lru_cache(maxsize=1)
def discourse_cues() -> Discourse:
    return Discourse(
        clause_break=_pattern(alts(discourse.CLAUSE_BREAKS)),
        adversative=_pattern(alts(discourse.ADVERSATIVE)),
        destination=_pattern(discourse.DESTINATION),
        bare_destination=_plain(discourse.BARE_DESTINATION),
        lines_behind=_pattern(discourse.LINES_BEHIND),
        short_gloss=_plain(discourse.SHORT_GLOSS),
        anaphora=_words(discourse.ANAPHORA),
        plural_anaphora=_words(discourse.PLURAL_ANAPHORA),
        demonstrative_plural=_words([discourse.DEMONSTRATIVE_PLURAL]),
        village_anaphora=_words([discourse.VILLAGE_ANAPHORA]),
        city_anaphora=_words([discourse.CITY_ANAPHORA]),
        pronoun=(_plain(discourse.PRONOUN_BEFORE), _plain(discourse.PRONOUN_AFTER)),
        feminine_pronouns=discourse.FEMININE_PRONOUNS,
        masculine_pronouns=discourse.MASCULINE_PRONOUNS,
        claim_noun=_words(discourse.CLAIM_NOUNS),
        elaboration=_plain(rf"{_OPENING}(?:{alts(discourse.ELABORATION)})(?!\w)"),
        narrowing=_plain(rf"{_OPENING}(?:{alts(discourse.NARROWING)})(?!\w)"),
        counted_places=_words(discourse.COUNTED_PLACES),
        count_before=_plain(discourse.COUNT_BEFORE),
        list_item=_plain(alts(discourse.LIST_ITEM)),
        additive=_plain(rf"{_OPENING}(?:{alts(discourse.ADDITIVE)})(?!\w)"),
        sector_opening=_plain(rf"{_OPENING}(?:{discourse.SECTOR_OPENING})"),
        sector_named=_plain(rf"(?<!\w)(?:{discourse.SECTOR_OPENING})"),
        relative_after=_plain(discourse.RELATIVE_AFTER),
        relative_word=_plain(discourse.RELATIVE_WORD),
        aside=(_plain(discourse.ASIDE_OPENER), _plain(discourse.ASIDE_TAIL)),
        attacks_referred=_words([discourse.ATTACKS_REFERRED]),
        battle_for=_plain(discourse.BATTLE_FOR),
        for_list_before=_plain(discourse.FOR_LIST_BEFORE),
        event_referred=_words([discourse.EVENT_REFERRED]),
        count_pronoun=_plain(rf"{_OPENING}(?-i:{discourse.COUNT_PRONOUN})"),
        pronoun_subject=_plain(
            rf"{_OPENING}(?:(?-i:{discourse.PRONOUN_SUBJECT})(?!\w)|{discourse.DROPPED_SUBJECT}"
            rf"|(?P<count>(?-i:{discourse.COUNT_SUBJECT})))"
        ),
        new_clause=(_plain(discourse.NEW_CLAUSE_BEFORE), _plain(rf"\s+{sides.FINITE_VERB_UK_RU}")),
        gapped_verb=_plain(r"\s*[–—]\s+\w"),
        gapped_join=_plain(discourse.GAPPED_JOIN),
        likewise=_plain(rf"{_OPENING}(?-i:{discourse.LIKEWISE})"),
        attack_noun=_plain(discourse.ATTACK_NOUNS),
        attack_by=_plain(rf"(?<!\w){discourse.ATTACK_NOUNS}\s+(?:{discourse.ATTACK_MADE}\s+)?by\s+(?:the\s+)?$"),
        date=_plain(
            rf"(?<!\w)(?:(?P<d1>\d{{1,2}})(?:{discourse.DAY_SUFFIX})?\s+)?(?P<m>"
            + "|".join(sorted(discourse.MONTHS, key=len, reverse=True))
            + r")(?!\w)(?:\s+(?P<d2>\d{1,2})(?!\d))?(?:,?\s+(?P<y>(?:19|20)\d\d))?"
        ),
    )
