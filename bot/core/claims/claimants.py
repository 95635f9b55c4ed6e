"""Who makes a claim: the speaker the sentence or the post quotes, else the source's side; whose view it takes."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence

from bot.core.claims.patterns import side_cues
from bot.core.claims.phrases import Speaker
from bot.core.claims.windows import WINDOWS
from bot.models import Post, Side

Claimant = tuple[Side, str | None]  # the side that makes a claim, and the speaker by name when one is named


def find_claimant(
    sentence: tuple[int, int],
    speakers: Sequence[Speaker],
    post: Post,
    pos: int,
    quotes: Sequence[tuple[int, int]] = (),
) -> Claimant:
    """The speaker named in the sentence (the last before `pos`, else the first), else the source's own side,
    else whoever the quotation around the sentence is attributed to, else the nearest speaker in the post."""
    start, end = sentence
    starts = [s.start for s in speakers]
    first, last = bisect_left(starts, start), bisect_left(starts, end)
    own_voice = first < last and post.side is not None and not side_cues().speech.search(post.text, start, end)
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
        if after < len(speakers) and speakers[after].start - quote[1] <= WINDOWS.speaker_after_quote:
            return speakers[after].side, speakers[after].name
        if after > 0 and quote[0] - speakers[after - 1].start <= WINDOWS.speaker_before_quote:
            return speakers[after - 1].side, speakers[after - 1].name
    if speakers:
        middle = (start + end) // 2
        i = bisect_left(starts, middle)
        near = min(speakers[max(0, i - 1) : i + 1], key=lambda s: abs(s.start - middle))
        return near.side, near.name
    return Side.OTHER, None


def perspective_of(claimant: Side, lang: str, text: str) -> Side:
    """Whose "enemy" and "our troops" the sentence speaks of: the claimant's, else the one the words give away."""
    if claimant in (Side.UA, Side.RU):
        return claimant
    sc = side_cues()
    votes = {side: len(pattern.findall(text[: WINDOWS.perspective])) for side, pattern in sc.perspective}
    if votes.get(Side.RU, 0) != votes.get(Side.UA, 0):
        return Side.RU if votes.get(Side.RU, 0) > votes.get(Side.UA, 0) else Side.UA
    return Side.RU if lang == "ru" else Side.UA
