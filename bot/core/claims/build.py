"""A Claim from a place and the reading of its phrase: settlement or open candidates, quote, final confidence."""

from __future__ import annotations

from bot.core.claims.disambiguate import settlement_of
from bot.core.claims.mentions import Place
from bot.core.claims.reading import Context, Reading
from bot.models import Claim, Side

_MAX_QUOTE = 400


def quote_of(text: str, sentence: tuple[int, int]) -> str:
    quote = " ".join(text[sentence[0] : sentence[1]].split())
    return quote if len(quote) <= _MAX_QUOTE else quote[: _MAX_QUOTE - 1] + "…"


def make_claim(
    place: Place, reading: Reading, claimant: tuple[Side, str | None], ctx: Context, when: str | None
) -> Claim:
    code, name, candidates = settlement_of(place.mention)
    confidence = reading.confidence * (0.8 if candidates else 1.0)
    return Claim(
        settlement=code,
        name=name,
        kind=reading.kind,
        actor=reading.actor,
        claimant=claimant[0],
        speaker=claimant[1],
        quote=quote_of(ctx.text, ctx.sentence),
        span=place.mention.span,
        confidence=round(max(0.05, min(1.0, confidence)), 2),
        when=when,
        candidates=candidates,
    )
