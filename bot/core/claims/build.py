"""A Claim from a place and the reading of its phrase: settlement or open candidates, quote, final confidence."""

from __future__ import annotations

from bot.core.claims.claimants import Claimant
from bot.core.claims.disambiguate import settlement_of
from bot.core.claims.mentions import Place
from bot.core.claims.reading import CONFIDENCE, Context, Reading
from bot.core.claims.windows import WINDOWS
from bot.models import Claim


def quote_of(text: str, sentence: tuple[int, int]) -> str:
    """The sentence on one line, cut to the longest quote a claim keeps."""
    quote = " ".join(text[sentence[0] : sentence[1]].split())
    return quote if len(quote) <= WINDOWS.quote else quote[: WINDOWS.quote - 1] + "…"


def make_claim(place: Place, reading: Reading, claimant: Claimant, ctx: Context, when: str | None) -> Claim:
    code, name, candidates = settlement_of(place.mention)
    confidence = reading.confidence * (CONFIDENCE.ambiguous if candidates else 1.0)
    return Claim(
        settlement=code,
        name=name,
        kind=reading.kind,
        actor=reading.actor,
        claimant=claimant[0],
        speaker=claimant[1],
        quote=quote_of(ctx.text, ctx.sentence),
        span=place.mention.span,
        confidence=round(max(CONFIDENCE.lowest, min(CONFIDENCE.highest, confidence)), CONFIDENCE.digits),
        when=when,
        candidates=candidates,
        resolved_by=(place.mention.resolved_by or None) if code is not None else None,
    )
