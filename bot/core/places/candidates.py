"""How a ranked candidate is shown: its JSON shape and its one line for people."""

from __future__ import annotations

from bot.models import Candidate


def candidate_json(candidate: Candidate) -> dict[str, object]:
    """The JSON shape of a candidate (`claimwatch places --json`)."""
    s = candidate.settlement
    return {
        "code": s.code,
        "name": s.name,
        "name_latin": s.name_latin,
        "raion": s.raion,
        "oblast": s.oblast,
        "lat": s.lat,
        "lon": s.lon,
        "score": candidate.score,
    }


def format_candidate(candidate: Candidate) -> str:
    """One line for people: score, name (Latin), raion, oblast, code."""
    s = candidate.settlement
    where = ", ".join(x for x in (f"{s.raion} р-н" if s.raion else "", f"{s.oblast} обл." if s.oblast else "") if x)
    return f"{candidate.score:.2f}  {s.name} ({s.name_latin}), {where}  {s.code}"
