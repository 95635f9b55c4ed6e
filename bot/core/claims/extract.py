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

import re
from bisect import bisect_left
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Protocol

from bot.core.claims.lexicon import names as lxn
from bot.core.claims.lexicon import sides as lxs
from bot.core.claims.patterns import (
    FLAGS,
    discourse_cues,
    modifier_cues,
    name_cues,
    phrase_matchers,
    side_cues,
)
from bot.core.geo import distance_km
from bot.core.lang import detect_language
from bot.models import Candidate, Claim, Kind, Mention, Post, Side

# A resolver: anything with find_places (bot.core.places.gazetteer.Gazetteer, or a tiny one in tests).


class PlaceFinder(Protocol):
    def find_places(self, text: str) -> list[Mention]: ...


_BASE_CONFIDENCE = {
    Kind.CAPTURED: 0.9,
    Kind.ADVANCED: 0.8,
    Kind.REPELLED: 0.85,
    Kind.FIGHTING: 0.7,
    Kind.WITHDREW: 0.85,
    Kind.DENIED: 0.8,
}
_AMBIGUOUS_MARGIN = 0.015  # the resolver ranks with context already: any lead beyond rounding picks; ties stay open
_MAX_QUOTE = 400
_SUBJECT_REACH = 160  # how far left of a phrase its subject may be
_OBJECT_REACH = 90  # how far right a passive agent or a loser may be


# --- text structure ----------------------------------------------------------------------------------------

_ABBREV = frozenset(
    (
        "н.п",
        "нп",
        "обл",
        "р",
        "с",
        "м",
        "смт",
        "пгт",
        "г",
        "ст",
        "кв",
        "км",
        "тис",
        "млн",
        "ім",
        "им",
        "ген",
        "gen",
        "col",
        "lt",
        "mr",
        "ms",
        "dr",
        "st",
        "no",
        "vs",
        "etc",
        "e.g",
        "i.e",
        "ул",
        "вул",
        "пос",
        "див",
        "см",
        "т.д",
        "т.п",
        "напр",
    )
)
_SENT_END = re.compile(r"[.!?…]+[»\"”’)\]]*(?=[\s\x00-\x1f\x7f])|\n")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans. Abbreviations (н.п., обл.) and bullet lists after a colon do not end a sentence."""
    spans: list[tuple[int, int]] = []
    start = 0
    n = len(text)
    for m in _SENT_END.finditer(text):
        end = m.end()
        nxt = end
        while nxt < n and (text[nxt].isspace() or text[nxt] < " " or text[nxt] == "\x7f"):
            nxt += 1
        if nxt >= n:
            break
        if m.group() == "\n":
            before = text[start : m.start()].rstrip()
            if not before:
                continue
            if before.endswith((":", ",")) or text[nxt] in "-–—•*·":
                continue
        else:
            word = re.search(r"([\w.]+)[.!?…]*$", text[max(start, m.start() - 12) : m.start() + 1])
            token = word.group(1).rstrip(".").lower() if word else ""
            if m.group().startswith(".") and (token in _ABBREV or (len(token) == 1 and token.isalpha())):
                continue
            if text[nxt].islower():
                continue
        if text[start:end].strip():
            spans.append((start, end))
        start = end
    if text[start:].strip():
        spans.append((start, n))
    return spans


@dataclass(frozen=True, slots=True)
class _Trigger:
    kind: Kind
    start: int
    end: int
    flags: frozenset[str]


def find_triggers(text: str) -> list[_Trigger]:
    """Claim phrases, longest first at each position, not overlapping."""
    pm = phrase_matchers()
    return [_Trigger(pm.trigger_rows[i][0], a, b, pm.trigger_rows[i][1]) for a, b, i in pm.triggers.scan(text)]


# --- sides and speakers ------------------------------------------------------------------------------------


def _opposite(side: Side | None) -> Side | None:
    if side is Side.UA:
        return Side.RU
    if side is Side.RU:
        return Side.UA
    return None


@dataclass(frozen=True, slots=True)
class _Marker:
    start: int
    end: int
    kind: str  # ua | ru | enemy | own


def find_markers(text: str) -> list[_Marker]:
    pm = phrase_matchers()
    return [_Marker(a, b, pm.actor_kinds[i]) for a, b, i in pm.actors.scan(text)]


def _marker_side(marker: _Marker, perspective: Side | None) -> Side | None:
    if marker.kind == "ua":
        return Side.UA
    if marker.kind == "ru":
        return Side.RU
    if marker.kind == "enemy":
        return _opposite(perspective)
    return perspective if perspective in (Side.UA, Side.RU) else None


@dataclass(frozen=True, slots=True)
class _Speaker:
    start: int
    end: int
    name: str
    side: Side


def find_speakers(text: str) -> list[_Speaker]:
    pm = phrase_matchers()
    return [_Speaker(a, b, *pm.speaker_rows[i]) for a, b, i in pm.speakers.scan(text)]


_SPEECH = re.compile(lxs.SPEECH, re.IGNORECASE)
_QUOTES = re.compile(r"«[^«»]*»|“[^“”]*”|\"[^\"]*\"")


def find_quotes(text: str) -> list[tuple[int, int]]:
    """Spans of quoted speech («...», “...”, "...")."""
    return [m.span() for m in _QUOTES.finditer(text)]


def _claimant(
    sentence: tuple[int, int],
    speakers: Sequence[_Speaker],
    post: Post,
    pos: int,
    quotes: Sequence[tuple[int, int]] = (),
) -> tuple[Side, str | None]:
    """The speaker named in the sentence (the last before `pos`, else the first), else the source's own side,
    else whoever the quotation around the sentence is attributed to, else the nearest speaker in the post."""
    start, end = sentence
    starts = [s.start for s in speakers]
    first, last = bisect_left(starts, start), bisect_left(starts, end)
    own_voice = first < last and post.side is not None and not _SPEECH.search(post.text, start, end)
    if first < last and not own_voice:
        before = bisect_left(starts, pos, first, last)
        chosen = speakers[before - 1] if before > first else speakers[first]
        return chosen.side, chosen.name
    if post.side is not None:
        return post.side, post.speaker
    k = bisect_left(quotes, (pos + 1, -1)) - 1  # quotes do not overlap: only the last one starting before pos
    quote = quotes[k] if k >= 0 and quotes[k][0] <= pos < quotes[k][1] else None
    if quote is not None:  # «...», — заявили у Генштабі; X said: "..."
        after = bisect_left(starts, quote[1])
        if after < len(speakers) and speakers[after].start - quote[1] <= 80:
            return speakers[after].side, speakers[after].name
        if after > 0 and quote[0] - speakers[after - 1].start <= 200:
            return speakers[after - 1].side, speakers[after - 1].name
    if speakers:
        middle = (start + end) // 2
        i = bisect_left(starts, middle)
        near = min(speakers[max(0, i - 1) : i + 1], key=lambda s: abs(s.start - middle))
        return near.side, near.name
    return Side.OTHER, None


# --- places ------------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Place:
    mention: Mention
    sentence: int
    directional: bool  # «південніше Іванівського»: a location for repelled attacks, a reference point otherwise
    toward: bool = False  # «у напрямку Кліщіївки»: where attacks went, not a place anyone took


def _places(text: str, mentions: Sequence[Mention], sentences: Sequence[tuple[int, int]]) -> list[_Place]:
    """Mentions that can carry a claim: not a direction, an area or a reference point."""
    nc = name_cues()
    places: list[_Place] = []
    previous: _Place | None = None
    for mention in sorted(mentions, key=lambda m: m.span):
        start, end = mention.span
        if not mention.candidates or not 0 <= start < end <= len(text):
            continue
        index = _sentence_of(sentences, start)
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
        place = _Place(mention, index, directional, bool(nc.toward_before.search(head[-45:])))
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


_DESCRIPTIVE = re.compile(
    r"(?<!\w)(?:що|який|яка|яке|который|которая|которое|что|which|that|a|the|located|situated|розташован\w*|"
    r"расположен\w*|село|селище|місто|город|поселок|village|town|city|settlement|suburb|передмістя|пригород)(?!\w)",
    re.IGNORECASE,
)
_RELATIONAL = re.compile(
    r"(?<!\w)(?:примика\w*|примыка\w*|прилега\w*|прилегл\w*|adjacent|suburb\w*|передміст\w*|пригород\w*|"
    r"неподалік\w*|недалеко|close\s+to|outside|outskirts)(?!\w)",
    re.IGNORECASE,
)
_ENGLISH_COMPASS = re.compile(r"^\s*,\s*(?:north|south|east|west)(?:-?(?:east|west))?\s+of\s*$", re.IGNORECASE)


def _anchor_gap(gap: str) -> bool:
    """Between a place and a later one after «під», "near", "south of": is the later one only a reference point?
    Yes right after the name («Клещеевка под Бахмутом», "Andriivka (south of Klishchiivka)"), in a description
    («що неподалік», "a village near"), or after ", south of"; a bare «, поблизу X» continues a list."""
    if re.match(r"^\s*(?:і|й|та|и|and|or|або|или)\s", gap, re.IGNORECASE):
        return False
    if "," not in gap or _RELATIONAL.search(gap):
        return True
    return bool(_DESCRIPTIVE.search(gap) or _ENGLISH_COMPASS.match(gap))


def _sentence_of(sentences: Sequence[tuple[int, int]], pos: int) -> int:
    lo, hi = 0, len(sentences) - 1
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if sentences[mid][0] <= pos:
            lo = mid
        else:
            hi = mid - 1
    return lo


def _groups(text: str, places: Sequence[_Place]) -> list[list[_Place]]:
    """Lists of places («в районах Кліщіївки, Андріївки та Курдюмівки») share one phrase."""
    nc = name_cues()
    groups: list[list[_Place]] = []
    for place in places:
        if groups:
            last = groups[-1][-1]
            gap = text[last.mention.span[1] : place.mention.span[0]]
            if last.sentence == place.sentence and len(gap) <= 80 and nc.list_gap.match(gap):
                groups[-1].append(place)
                continue
        groups.append([place])
    return groups


# --- reading one phrase ------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Reading:
    kind: Kind
    actor: Side | None
    confidence: float


@dataclass(frozen=True, slots=True)
class _Context:
    text: str
    sentence: tuple[int, int]
    clause: tuple[int, int]
    markers: Sequence[_Marker]
    perspective: Side | None
    not_claim: bool
    hedged: bool


def _clause(text: str, sentence: tuple[int, int], pos: int) -> tuple[int, int]:
    dc = discourse_cues()
    start, end = sentence
    for m in dc.clause_break.finditer(text, start, end):
        if m.end() <= pos:
            start = m.end()
        elif m.start() >= pos:
            end = m.start()
            break
    return start, end


def _actor(trigger: _Trigger, ctx: _Context, attacker: bool = False) -> Side | None:
    """Whose forces did it: passive agent, subject, the side that lost the ground, the phrase, the speaker."""
    sc = side_cues()
    text = ctx.text
    cstart, cend = ctx.clause
    if "attr" in trigger.flags:
        return _implied(trigger) or ctx.perspective
    right = [m for m in ctx.markers if trigger.end <= m.start < min(cend, trigger.end + _OBJECT_REACH)]
    left = [m for m in ctx.markers if max(cstart, trigger.start - _SUBJECT_REACH) <= m.start and m.end <= trigger.start]
    control = "контрол" in text[trigger.start : trigger.end].lower() or "control" in text[trigger.start : trigger.end]
    for m in right:
        if sc.agent_prep.search(text[max(0, m.start - 40) : m.start]) or (control and m.start - trigger.end <= 12):
            return _marker_side(m, ctx.perspective)
        if (
            _VERBAL_NOUN.search(text, trigger.start, trigger.end)
            and not text[trigger.end : m.start].strip()
            and (trigger.kind in (Kind.ADVANCED, Kind.WITHDREW) and "loser" not in trigger.flags)
        ):
            return _marker_side(m, ctx.perspective)  # «просування російських військ»: the genitive is the subject
    if "passive" in trigger.flags:  # "Russian troops were repulsed": the subject is the side that was stopped
        return _opposite(_marker_side(left[-1], ctx.perspective)) if left else ctx.perspective
    if "loser" in trigger.flags and right:
        return _opposite(_marker_side(right[0], ctx.perspective))
    for m in reversed(left):  # the nearest side named before the phrase, unless it is an object (обороны противника)
        before = text[max(0, m.start - 24) : m.start]
        if sc.loser_prep.search(before[-12:]) or sc.object_head.search(before):
            continue
        if trigger.kind is Kind.REPELLED and not attacker:
            after = text[m.end : m.end + 20]
            if m.kind == "enemy" or re.match(r"^\s*(?:\w+\s+)?(?:атак|attack|штурм|assault|контратак)", after, FLAGS):
                continue
        return _marker_side(m, ctx.perspective)
    for m in right:
        if trigger.kind is not Kind.REPELLED and sc.loser_prep.search(text[max(0, m.start - 12) : m.start]):
            return _opposite(_marker_side(m, ctx.perspective))
        if (attacker or (trigger.kind is Kind.FIGHTING and "attack" in trigger.flags)) and re.match(
            r"^\s*$", text[trigger.end : m.start]
        ):
            return _marker_side(m, ctx.perspective)  # «атаки противника», "attacks by the enemy"
    implied = _implied(trigger)
    if implied is not None:
        return implied
    if trigger.kind is Kind.FIGHTING or attacker:
        return None
    return ctx.perspective


_VERBAL_NOUN = re.compile(r"(?:ння|ття|ние|тие)$(?<!оточення)(?<!окружение)", re.IGNORECASE)


def _implied(trigger: _Trigger) -> Side | None:
    if "ua" in trigger.flags:
        return Side.UA
    if "ru" in trigger.flags:
        return Side.RU
    return None


def _read(trigger: _Trigger, ctx: _Context) -> _Reading | None:
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
    confidence = _BASE_CONFIDENCE[kind]
    if "rhetoric" in trigger.flags:
        confidence = 0.6
    if kind is Kind.DENIED:
        return None  # denials work on the whole sentence, see _denials
    attacking = "attack" in trigger.flags or kind in (Kind.CAPTURED, Kind.ADVANCED)
    if failed and attacking and kind is not Kind.WITHDREW:
        attacker = _actor(trigger, ctx, attacker=True)
        holder = _opposite(attacker) if attacker else ctx.perspective
        return _Reading(Kind.REPELLED, holder, 0.8)
    if attempt and attacking and kind is not Kind.WITHDREW:
        attacker = _actor(trigger, ctx, attacker=True)
        if attacker is not None and attacker is _opposite(ctx.perspective):
            return _Reading(Kind.REPELLED, ctx.perspective, 0.7)  # «ворог намагався просунутися в районі X»
        return None
    if intent:
        return None
    actor = _actor(trigger, ctx)
    if negated:
        if kind is Kind.WITHDREW:
            return _Reading(Kind.DENIED, _opposite(actor), 0.7)
        return None
    if (kind is Kind.FIGHTING or "weak" in trigger.flags) and ctx.not_claim:
        return None
    if kind is Kind.FIGHTING and "attack" not in trigger.flags:
        actor = None
    if kind is Kind.WITHDREW and mc.from_positions.match(text, trigger.end, cend):
        return _Reading(Kind.ADVANCED, _opposite(actor), 0.75)
    if kind is Kind.CAPTURED and (
        ("loser" in trigger.flags and mc.from_positions.match(text, trigger.end, cend))
        or mc.positions_after.match(text, trigger.end, cend)
    ):
        kind = Kind.ADVANCED  # «выбили войска РФ с позиций возле села», "regained positions in": not the settlement
    if kind is Kind.CAPTURED and mc.ongoing.search(near_before):
        kind = Kind.ADVANCED
    if ctx.hedged:
        confidence -= 0.3
    return _Reading(kind, actor, confidence)


_PUNCT = re.compile(r"[,;:.!?«»\"“”()\[\]—–]")


def trigger_is_negative(text: str, trigger: _Trigger) -> bool:
    """Phrases that carry their own «не» (не відповідає дійсності) are not negated by it."""
    return text[trigger.start : trigger.start + 3].lower().startswith(("не ", "not"))


def _partial(text: str, clause: tuple[int, int], trigger: _Trigger, mention: Mention) -> bool:
    mc = modifier_cues()
    lo = max(clause[0], min(trigger.start, mention.span[0]) - 40)
    hi = max(trigger.end, mention.span[1])
    return bool(mc.partial.search(text, lo, min(hi, clause[1])))


# --- the claim ---------------------------------------------------------------------------------------------


def _settlement(mention: Mention) -> tuple[str | None, str, tuple[str, ...]]:
    """The code, the display name and, when still ambiguous, every candidate code."""
    cands = mention.candidates
    best = cands[0]
    if len(cands) == 1 or best.score - cands[1].score >= _AMBIGUOUS_MARGIN - 1e-9:
        return best.settlement.code, best.settlement.name, ()
    return None, best.settlement.name, tuple(c.settlement.code for c in cands)


_MONTHS = {
    "січ": 1,
    "лют": 2,
    "берез": 3,
    "квіт": 4,
    "трав": 5,
    "черв": 6,
    "лип": 7,
    "серп": 8,
    "верес": 9,
    "жовт": 10,
    "листопад": 11,
    "груд": 12,
    "январ": 1,
    "феврал": 2,
    "март": 3,
    "апрел": 4,
    "мая": 5,
    "мае": 5,
    "май": 5,
    "июн": 6,
    "июл": 7,
    "август": 8,
    "сентябр": 9,
    "октябр": 10,
    "ноябр": 11,
    "декабр": 12,
    "january": 1,
    "february": 2,
    "march": 3,
    "april": 4,
    "may": 5,
    "june": 6,
    "july": 7,
    "august": 8,
    "september": 9,
    "october": 10,
    "november": 11,
    "december": 12,
}
_DATE = re.compile(
    r"(?<!\w)(?:(?P<d1>\d{1,2})(?:-?го)?\s+)?(?P<m>"
    + "|".join(sorted(_MONTHS, key=len, reverse=True))
    + r")\w*(?:\s+(?P<d2>\d{1,2})(?!\d))?(?:,?\s+(?P<y>(?:19|20)\d\d))?",
    re.IGNORECASE,
)


def _when(text: str, clause: tuple[int, int], trigger: _Trigger, post_date: datetime | None) -> str | None:
    """The event's date when the clause gives one ("captured ... in January", «17 вересня звільнили»)."""
    for m in _DATE.finditer(text, max(clause[0], trigger.start - 40), min(clause[1], trigger.end + 60)):
        word = m.group("m").lower()
        if word == "may" and text[m.start()] == "m":
            continue  # the modal verb
        month = _MONTHS[word]
        day_text = m.group("d1") or m.group("d2")
        year_text = m.group("y")
        if year_text:
            year = int(year_text)
        elif post_date is not None:
            year = post_date.year - (1 if month > post_date.month else 0)
        else:
            return None
        if day_text and 1 <= int(day_text) <= 31:
            return f"{year:04d}-{month:02d}-{int(day_text):02d}"
        return f"{year:04d}-{month:02d}"
    return None


def _quote(text: str, sentence: tuple[int, int]) -> str:
    quote = " ".join(text[sentence[0] : sentence[1]].split())
    return quote if len(quote) <= _MAX_QUOTE else quote[: _MAX_QUOTE - 1] + "…"


def _make(
    place: _Place, reading: _Reading, claimant: tuple[Side, str | None], ctx: _Context, when: str | None
) -> Claim:
    code, name, candidates = _settlement(place.mention)
    confidence = reading.confidence * (0.8 if candidates else 1.0)
    return Claim(
        settlement=code,
        name=name,
        kind=reading.kind,
        actor=reading.actor,
        claimant=claimant[0],
        speaker=claimant[1],
        quote=_quote(ctx.text, ctx.sentence),
        span=place.mention.span,
        confidence=round(max(0.05, min(1.0, confidence)), 2),
        when=when,
        candidates=candidates,
    )


def _perspective(claimant: Side, lang: str, text: str) -> Side:
    """Whose "enemy" and "our troops" the sentence speaks of: the claimant's, else the one the words give away."""
    sc = side_cues()
    if claimant in (Side.UA, Side.RU):
        return claimant
    votes = {side: len(pattern.findall(text[:5000])) for side, pattern in sc.perspective}
    if votes.get(Side.RU, 0) != votes.get(Side.UA, 0):
        return Side.RU if votes.get(Side.RU, 0) > votes.get(Side.UA, 0) else Side.UA
    return Side.RU if lang == "ru" else Side.UA


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
    useful = {i for t in all_triggers for i in (_sentence_of(sentences, t.start), _sentence_of(sentences, t.start) - 1)}
    mentions = [m for m in mentions if _sentence_of(sentences, m.span[0]) in useful and not _overlaps(names, m.span)]
    places = _places(text, mentions, sentences)
    if not places:
        return []
    spans = sorted(p.mention.span for p in places)
    triggers = [t for t in all_triggers if not _overlaps(spans, (t.start, t.start + 1))]
    by_sentence: dict[int, list[_Trigger]] = {}
    for trigger in triggers:
        by_sentence.setdefault(_sentence_of(sentences, trigger.start), []).append(trigger)

    marker_starts = [m.start for m in markers]
    quotes = find_quotes(text)
    perspective_cache: dict[Side, Side] = {}
    sentence_cues: dict[int, tuple[bool, bool]] = {}

    def context(index: int, pos: int) -> tuple[_Context, tuple[Side, str | None]]:
        sentence = sentences[index]
        claimant = _claimant(sentence, speakers, post, pos, quotes)
        if claimant[0] not in perspective_cache:
            perspective_cache[claimant[0]] = _perspective(claimant[0], lang, text)
        lo, hi = bisect_left(marker_starts, sentence[0]), bisect_left(marker_starts, sentence[1])
        if index not in sentence_cues:
            sentence_cues[index] = (
                bool(mc.not_claim.search(text, *sentence)),
                bool(mc.hedge.search(text, *sentence)),
            )
        ctx = _Context(
            text=text,
            sentence=sentence,
            clause=_clause(text, sentence, pos),
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
    groups = _groups(text, places)
    for group in groups:
        index = group[0].sentence
        denial = next((d for d in denials.get(index, []) if _same_statement(text, group, d)), None)
        if denial is not None:  # the clause calls something false: its places are what is denied
            covered.add(denial)
            claims.extend(_denials(group, index, denial, context))
            if context(index, group[0].mention.span[0])[1][0] is context(index, denial)[1][0]:
                continue  # one speaker calls it false; else "Moscow said it took X, which Kyiv denied": both
        chosen = _nearest(text, group, by_sentence.get(index, []), spans)
        if chosen is None:
            continue
        trigger = chosen
        used.add(trigger.start)
        ctx, claimant = context(index, trigger.start)
        reading = _read(trigger, ctx)
        if reading is None:
            continue
        when = _when(text, ctx.clause, trigger, post.date)
        for place in group:
            if place.directional and reading.kind is not Kind.REPELLED:
                continue
            if place.toward and reading.kind not in (Kind.REPELLED, Kind.FIGHTING):
                continue
            if reading.kind is Kind.CAPTURED and _partial(text, ctx.clause, trigger, place.mention):
                claims.append(_make(place, replace(reading, kind=Kind.ADVANCED), claimant, ctx, when))
            else:
                claims.append(_make(place, reading, claimant, ctx, when))
    for index, starts in denials.items():  # "..., but Ukraine denied the claim": the places said just before
        for d in starts:
            earlier = [g for g in groups if g[0].sentence == index and g[-1].mention.span[1] <= d]
            if d not in covered and earlier and dc.claim_noun.search(text, *_clause(text, sentences[index], d)):
                claims.extend(_denials(earlier[-1], index, d, context))
    claimed = {_sentence_of(sentences, c.span[0]) for c in claims}
    place_ends = sorted(p.mention.span[1] for p in places)
    speaker_starts = [sp.start for sp in speakers]
    blocked = used | {
        start
        for start in claimed_starts(by_sentence, claimed)
        if not _new_speaker_before(place_ends, speaker_starts, start)
    }
    claims.extend(_anaphora(text, places, by_sentence, blocked, context, post.date))
    claims = _repelled_after(claims, by_sentence, used, sentences, context)
    if any(c.settlement is None for c in claims):
        claims = _disambiguate(claims, places, _anchors(text, places, lookup))
    return _tidy(claims)


_PARENS = re.compile(r"\([^()]*\)")


def _same_statement(text: str, group: Sequence[_Place], at: int) -> bool:
    """No adversative break (but, while, ;) between the places and a denial: «X звільнено — це фейк» is one."""
    dc = discourse_cues()
    lo, hi = sorted((group[0].mention.span[0], at))
    return dc.adversative.search(text, lo, hi) is None


def _overlaps(spans: Sequence[tuple[int, int]], span: tuple[int, int]) -> bool:
    """Does `span` overlap any of the sorted `spans`? (the few that start before its end are enough to check)"""
    i = bisect_left(spans, (span[1], -1))
    return any(spans[j][1] > span[0] for j in range(max(0, i - 3), i))


def _nearest(
    text: str, group: Sequence[_Place], triggers: Sequence[_Trigger], spans: Sequence[tuple[int, int]]
) -> _Trigger | None:
    """The phrase closest to the list, preferring its own clause and the phrase before it."""
    mc = modifier_cues()
    dc = discourse_cues()
    if not triggers:
        return None
    first, last = group[0].mention.span, group[-1].mention.span

    def cost(t: _Trigger) -> float:
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


def _denials(group: Sequence[_Place], index: int, at: int, context: _ContextFn) -> list[Claim]:
    """In a sentence that calls something false, every settlement named is the object of a denial."""
    claims = []
    for place in group:
        ctx, claimant = context(index, at)
        actor = _opposite(claimant[0])
        reading = _Reading(Kind.DENIED, actor, _BASE_CONFIDENCE[Kind.DENIED])  # «нібито захоплення» hedges the
        # claim being denied, not the denial
        claims.append(_make(place, reading, claimant, ctx, None))
    return claims


def _new_speaker_before(place_ends: Sequence[int], speaker_starts: Sequence[int], pos: int) -> bool:
    """Someone else speaks between the last place and the phrase ("..., a day after Ukraine said it had
    liberated the site"): the phrase may refer back to that place even in a sentence that has claims."""
    i = bisect_left(place_ends, pos + 1)
    if i == 0:
        return False
    j = bisect_left(speaker_starts, place_ends[i - 1])
    return j < len(speaker_starts) and speaker_starts[j] < pos


def claimed_starts(by_sentence: dict[int, list[_Trigger]], sentences: set[int]) -> set[int]:
    """Phrases of sentences that already gave claims: anaphora is only for sentences that gave none."""
    return {t.start for i in sentences for t in by_sentence.get(i, [])}


def _anaphora(
    text: str,
    places: Sequence[_Place],
    by_sentence: dict[int, list[_Trigger]],
    used: set[int],
    context: _ContextFn,
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
                    claims.extend(_denied_anaphora(text, places, index, trigger, context))
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
            reading = _read(trigger, ctx)
            if reading is None or reading.kind is Kind.FIGHTING:
                continue
            place = places[i]
            if mc.partial.search(text, lo, hi) and reading.kind is Kind.CAPTURED:
                reading = replace(reading, kind=Kind.ADVANCED)
            reading = replace(reading, confidence=reading.confidence * 0.7)
            claims.append(_make(place, reading, claimant, ctx, _when(text, ctx.clause, trigger, post_date)))
    return claims


def _repelled_after(
    claims: list[Claim],
    by_sentence: dict[int, list[_Trigger]],
    used: set[int],
    sentences: Sequence[tuple[int, int]],
    context: _ContextFn,
) -> list[Claim]:
    """«Ворог атакував у районах X та Y. Усі атаки відбито»: a repelling phrase with no place of its own turns the
    attacks just listed (earlier in its sentence, or in the sentence before) into attacks its side repelled."""
    out = list(claims)
    for index, triggers in by_sentence.items():
        for trigger in triggers:
            if trigger.kind is not Kind.REPELLED or trigger.start in used:
                continue
            reading = _read(trigger, context(index, trigger.start)[0])
            if reading is None or reading.kind is not Kind.REPELLED or reading.actor is None:
                continue
            for k, claim in enumerate(out):
                at = _sentence_of(sentences, claim.span[0])
                if (
                    claim.kind is Kind.FIGHTING
                    and claim.actor is _opposite(reading.actor)
                    and (at == index - 1 or (at == index and claim.span[1] <= trigger.start))
                ):
                    out[k] = replace(
                        claim, kind=Kind.REPELLED, actor=reading.actor, confidence=round(min(claim.confidence, 0.8), 2)
                    )
    return out


def _denied_anaphora(
    text: str, places: Sequence[_Place], index: int, trigger: _Trigger, context: _ContextFn
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
    reading = _Reading(Kind.DENIED, _opposite(claimant[0]), _BASE_CONFIDENCE[Kind.DENIED] * 0.7)
    return [_make(place, reading, claimant, ctx, None) for place in targets]


_DIRECTION_NAME = re.compile(
    r"(?<!\w)([\w’'ʼ-]{3,}?)(?:ому|ого|ий|ім|ом|ое|ая|ой|ім|ым|им)?\s+(?:напрям\w*|направлени\w*)"
    r"|(?<!\w)(?-i:([A-Z][\w’'-]{3,}))\s+(?:direction|axis|sector|front)\b",
    re.IGNORECASE,
)
_NEAR_KM = 60.0


def _anchors(
    text: str, places: Sequence[_Place], lookup: Callable[[str], list[Candidate]] | None
) -> list[tuple[float, float]]:
    """Where the post is: places it names without doubt, and the towns its directions are named after
    («на Покровському напрямку» -> Pokrovsk)."""
    points = [
        (c.settlement.lat, c.settlement.lon)
        for p in places
        for c in p.mention.candidates[:1]
        if _settlement(p.mention)[0] is not None and c.settlement.lat is not None and c.settlement.lon is not None
    ]
    if lookup is None:
        return points
    for m in _DIRECTION_NAME.finditer(text[:20000]):
        point = _direction_town(lookup, (m.group(1) or m.group(2)).lower())
        if point is not None:
            points.append(point)
    return points


_TOWNS: dict[tuple[int, str], tuple[float, float] | None] = {}  # (resolver, direction word) -> town coordinates


def _direction_town(lookup: Callable[[str], list[Candidate]], stem: str) -> tuple[float, float] | None:
    """The town a direction is named after: «Бахмутськ(ий)» -> Bakhmut, «Покровськ(ий)» -> Pokrovsk."""
    key = (id(getattr(lookup, "__self__", lookup)), stem)
    if key in _TOWNS:
        return _TOWNS[key]
    point = None
    base = re.sub(r"(?:ськ|цьк|ск|цк)$", "", stem)
    for query in dict.fromkeys((stem, base, re.sub(r"ів$", "ове", base))):  # Курахівський -> Курахове
        try:
            found = [c for c in lookup(query)[:3] if c.settlement.category in ("M", "K") and c.score >= 0.95]
        except Exception:  # a resolver's lookup failing must not cost the claims
            found = []
        # a former name two towns once had («Артемовское направление»: Бахмут, not Кипуче): the bigger town
        population = getattr(getattr(lookup, "__self__", None), "population", None)
        if len(found) > 1 and callable(population):
            top = [c for c in found if c.score == found[0].score]
            found = sorted(top, key=lambda c: -int(population(c.settlement.code)))
        if found and found[0].settlement.lat is not None and found[0].settlement.lon is not None:
            point = (found[0].settlement.lat, found[0].settlement.lon)
            break
    if len(_TOWNS) > 4096:
        _TOWNS.clear()
    _TOWNS[key] = point
    return point


def _disambiguate(claims: list[Claim], places: Sequence[_Place], anchors: Sequence[tuple[float, float]]) -> list[Claim]:
    """An ambiguous settlement whose one candidate lies clearly nearest to where the post is gets that one."""
    if not anchors:
        return claims
    by_span = {p.mention.span: p.mention for p in places}
    out = []
    for claim in claims:
        mention = by_span.get(claim.span)
        if claim.settlement is not None or mention is None:
            out.append(claim)
            continue
        top = mention.candidates[0].score
        near = sorted(
            (min(distance_km(s.lat, s.lon, *a) for a in anchors), s.code, s.name)
            for c in mention.candidates
            if c.score >= 0.6 * top
            for s in (c.settlement,)
            if s.lat is not None and s.lon is not None
        )
        if near and near[0][0] <= _NEAR_KM and (len(near) == 1 or near[1][0] >= 1.5 * near[0][0] + 10):
            out.append(
                replace(
                    claim,
                    settlement=near[0][1],
                    name=near[0][2],
                    candidates=(),
                    confidence=round(claim.confidence / 0.8 * 0.9, 2),
                )
            )
        else:
            out.append(claim)
    return out


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


class _ContextFn(Protocol):
    def __call__(self, index: int, pos: int) -> tuple[_Context, tuple[Side, str | None]]: ...
