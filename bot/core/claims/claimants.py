"""Who makes a claim: the speaker the sentence or the post quotes, else the source's side; whose view it takes."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence

from bot.core.claims.lexicon.names import FIRST_NAMES
from bot.core.claims.patterns import side_cues
from bot.core.claims.phrases import Marker, Speaker
from bot.core.claims.windows import WINDOWS
from bot.models import Post, Side

_SENTENCE_END = re.compile(r"[.!?…]\s")
Claimant = tuple[Side, str | None]  # the side that makes a claim, and the speaker by name when one is named


_NAME_AFTER = re.compile(
    r"[\s,«»\"“”()-]*(?:[\w.’'-]+\s+){0,6}?(?P<first>[A-ZА-ЯІЇЄҐ][\w’'-]+)\s+(?P<last>[A-ZА-ЯІЇЄҐ][\w’'-]{3,})"
)
_SURNAME_ENDING = re.compile(r"(?:ий|ій|ой|ый|ого|ому|им|а|я|о|е|і|и|у|ю|ом|ем)$", re.IGNORECASE)


def named_speakers(text: str, speakers: Sequence[Speaker]) -> list[Speaker]:
    """The speakers, and every later mention of a person a speaker's title introduces by name («начальник МВА
    Василь Чинчик» ... «– сказав Чинчик»): the surname speaks for the title's side. Linear: one pass per post."""
    found: dict[str, Speaker] = {}
    for sp in speakers:
        m = _NAME_AFTER.match(text, sp.end, sp.end + WINDOWS.name_after_title)
        if m is None or m.group("first").lower() not in FIRST_NAMES:
            continue
        stem = _SURNAME_ENDING.sub("", m.group("last"))
        if len(stem) >= WINDOWS.surname_stem and stem.lower() not in found:
            found[stem.lower()] = Speaker(m.start("last"), m.end("last"), m.group("last"), sp.side)
    if not found:
        return list(speakers)
    pattern = re.compile(rf"(?<!\w)(?:{'|'.join(re.escape(k) for k in found)})[\w’']{{0,3}}(?!\w)", re.IGNORECASE)
    taken = [(s.start, s.end) for s in speakers]
    extra = [
        Speaker(m.start(), m.end(), found[key].name, found[key].side)
        for m in pattern.finditer(text)
        if not _overlaps(taken, m.span())
        for key in [next(k for k in found if m.group().lower().startswith(k))]
    ]
    return sorted([*speakers, *extra], key=lambda s: s.start)


def _overlaps(spans: Sequence[tuple[int, int]], span: tuple[int, int]) -> bool:
    i = bisect_left(spans, (span[1], -1))
    return any(spans[j][1] > span[0] for j in range(max(0, i - 3), i))


def who_speak(text: str, speakers: Sequence[Speaker]) -> list[Speaker]:
    """The speakers who speak: not those named as the owners of a claim that is reported or refuted («спростовуючи
    заяви Кремля», "reports from the Kremlin ... are not confirmed")."""
    owner = side_cues().claim_owner
    return [s for s in speakers if not owner.search(text[max(0, s.start - WINDOWS.claim_owner) : s.start])]


def carry_speakers(
    text: str, sentences: Sequence[tuple[int, int]], speakers: Sequence[Speaker]
) -> list[Speaker | None]:
    """The speaker each sentence that names none takes from its neighbours, in one pass each way: a sentence that
    refers back to a speaker («він додав», "he said", «за його словами») takes the one named last before it; the
    sentences just before one that hands them over («Про це повідомив X», "This was reported by X") take X."""
    sc = side_cues()
    starts = [s.start for s in speakers]
    named: list[tuple[int, int]] = [(bisect_left(starts, a), bisect_left(starts, b)) for a, b in sentences]
    carried: list[Speaker | None] = [None] * len(sentences)
    last: Speaker | None = None
    for i, (a, b) in enumerate(sentences):
        lo, hi = named[i]
        if lo < hi:
            last = speakers[lo]  # "X said ..., answering Y": he is the subject, named first
        elif last is not None and sc.reference.search(text, a, b):
            carried[i] = last
    for i, (a, _) in enumerate(sentences):
        lo, hi = named[i]
        if lo == hi or not sc.speaker_after.match(text, a):
            continue
        breaks = 0
        for j in range(i - 1, max(-1, i - 1 - WINDOWS.sentences_handed_back), -1):
            breaks += "\n\n" in text[sentences[j][1] - 1 : sentences[j + 1][0] + 1].replace(" ", "")
            if named[j][0] < named[j][1] or breaks > 1:
                break  # the statement handed over ends at a speaker of its own or the paragraph before
            carried[j] = speakers[lo]
    return carried


def find_claimant(
    sentence: tuple[int, int],
    speakers: Sequence[Speaker],
    post: Post,
    pos: int,
    quotes: Sequence[tuple[int, int]] = (),
    carried: Speaker | None = None,
    voice: Side | None = None,
) -> Claimant:
    """The speaker named in the sentence (the last before `pos`, else the first), else the source's own side,
    else whoever the quotation around the sentence is attributed to, else the speaker the sentence carries from
    its neighbours (carry_speakers), else the side whose voice the sentence speaks in («противник», "our
    troops"), else the nearest speaker in the post, unless the sentence opens by answering the one before it
    («Проте», "However")."""
    start, end = sentence
    first, last = bisect_left(speakers, start, key=_start), bisect_left(speakers, end, key=_start)
    own_voice = first < last and post.side is not None and not side_cues().speech.search(post.text, start, end)
    if first < last and not own_voice:
        # the last speaker before the phrase or opening at it («..., що спростували в корпусі НГУ»)
        before = bisect_left(speakers, pos + 1, first, last, key=_start)
        chosen = speakers[before - 1] if before > first else speakers[first]
        return chosen.side, chosen.name
    if post.side is not None:
        return post.side, post.speaker
    k = bisect_left(quotes, (pos + 1, -1)) - 1  # quotes do not overlap: only the last one starting before pos
    quote = quotes[k] if k >= 0 and quotes[k][0] <= pos < quotes[k][1] else None
    after = bisect_left(speakers, quote[1], key=_start) if quote is not None else 0
    if quote is not None and _attributes(post.text, quote, speakers[after : after + 1]):
        return speakers[after].side, speakers[after].name  # «...», — заявили у Генштабі
    if carried is not None:
        return carried.side, carried.name
    if quote is not None and after > 0 and quote[0] - speakers[after - 1].start <= WINDOWS.speaker_before_quote:
        return speakers[after - 1].side, speakers[after - 1].name  # X said: "..."
    if voice is not None:
        return voice, None
    if speakers:
        # the voice goes on from the last speaker before the sentence; one named only after it speaks of what
        # follows (the nearest after it only when none speaks before)
        near = speakers[first - 1] if first > 0 else speakers[first]
        if not (near.start < start and side_cues().rejoinder.match(post.text, start)):
            return near.side, near.name
    return Side.OTHER, None  # «Путін оголосили X окупованим. Проте військові наголошують...»: not his words


def _start(speaker: Speaker) -> int:
    return speaker.start


def _attributes(text: str, quote: tuple[int, int], after: Sequence[Speaker]) -> bool:
    """Is the first speaker after a quote the one it is attributed to: close, and in the quote's own sentence
    («...», — заявили у Генштабі), not the next one («...», — наголосив він. Пушилін це заперечує)?"""
    if not after or after[0].start - quote[1] > WINDOWS.speaker_after_quote:
        return False
    return _SENTENCE_END.search(text, quote[1], after[0].start) is None


def perspective_of(claimant: Side, lang: str, text: str) -> Side:
    """Whose "enemy" and "our troops" the sentence speaks of: the claimant's, else the one the words give away."""
    if claimant in (Side.UA, Side.RU):
        return claimant
    sc = side_cues()
    votes = {side: len(pattern.findall(text[: WINDOWS.perspective])) for side, pattern in sc.perspective}
    if votes.get(Side.RU, 0) != votes.get(Side.UA, 0):
        return Side.RU if votes.get(Side.RU, 0) > votes.get(Side.UA, 0) else Side.UA
    return Side.RU if lang == "ru" else Side.UA


def speaks_as_a_side(markers: Sequence[Marker], text: str) -> bool:
    """Do these words speak as one side's own report: the other side «противник», "the enemy", «окупанти», one's own
    «наші захисники», "our troops"? Then a sentence that names no speaker is that side's, whoever passes it on."""
    sc = side_cues()
    return any(
        m.kind == "enemy"
        or (m.kind == "own" and sc.first_person.match(text, m.start))
        or (m.kind in ("ua", "ru") and sc.voice_names.match(text, m.start))
        for m in markers
    )
