"""Plain text of a status for the command line (`claimwatch status` without --json): English, never a fact."""

from __future__ import annotations

from bot.core.present.names import place_where
from bot.core.present.render import basis_text, reported_words
from bot.core.present.when import claim_when
from bot.models import Candidate, Claim, Kind, LedgerClaim, Settlement, Side, Status

_KIND_WORDS = {
    Kind.CAPTURED: "captured by {actor}",
    Kind.ADVANCED: "{actor} advancing",
    Kind.REPELLED: "{actor} repelled an attack",
    Kind.FIGHTING: "fighting",
    Kind.WITHDREW: "{actor} withdrew",
    Kind.DENIED: "a capture by {actor} denied",
}


def claim_words(c: Claim) -> str:
    actor = c.actor.value if c.actor else "an unnamed side"
    return _KIND_WORDS[c.kind].format(actor=actor)


def claim_line(lc: LedgerClaim) -> str:
    c = lc.claim
    when = claim_when(lc, "en") if lc.date or c.when else "undated"
    who = f"{c.claimant.value} claims" + (f" ({c.speaker})" if c.speaker else "")
    quote = f" «{' '.join(c.quote.split())[:160]}»" if c.quote else ""
    link = lc.url or lc.source
    return f"{who}: {claim_words(c)}{quote} ({when}, {link})"


def settlement_line(s: Settlement) -> str:
    return f"{s.name} ({s.name_latin}) — {place_where(s, 'en')} [{s.code}]"


def status_text(status: Status, history_limit: int = 10) -> str:
    """A readable answer that never states control as fact: "reported: contested — ua claims ...; ru claims ..."."""
    lines = [settlement_line(status.settlement)]
    if status.as_of is not None:
        lines.append(f"as of {status.as_of.isoformat()} (claims made up to that day, Kyiv time)")
    sides = [lc for side in Side if (lc := status.latest.get(side)) is not None]
    if not sides:
        lines.append(f"reported: {status.reported.value} — no claims recorded yet")
        return "\n".join(lines)
    lines.append(f"reported: {status.reported.value} (what the sides claim, not verified)")
    headline = reported_words(status.reported, "en", status.basis)
    shade = f"{headline}. " if headline != reported_words(status.reported, "en") else ""  # fighting, register area
    lines.append(f"  why: {shade}{basis_text(status, 'en')}")
    lines += [f"  {claim_line(lc)}" for lc in sides]
    if status.contradiction:
        lines.append("  the sides' latest claims contradict each other")
    lines.append(f"history ({len(status.history)} claims, newest first):")
    lines += [f"  {claim_line(lc)}" for lc in status.history[:history_limit]]
    if len(status.history) > history_limit:
        lines.append(f"  … {len(status.history) - history_limit} older (use --json for all)")
    return "\n".join(lines)


def candidate_line(candidate: Candidate) -> str:
    """One line for people (`claimwatch places`): score, name (Latin), raion, oblast, code."""
    s = candidate.settlement
    where = ", ".join(x for x in (f"{s.raion} р-н" if s.raion else "", f"{s.oblast} обл." if s.oblast else "") if x)
    return f"{candidate.score:.2f}  {s.name} ({s.name_latin}), {where}  {s.code}"
