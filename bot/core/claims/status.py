"""The reported status of a settlement, derived from its claims (pure: no I/O, no clock; `now` is a parameter).

Rules (also in the README). A status is what the sides *say*, never a fact.

1. Each claim is dated by the event: the day its text names (`Claim.when`) when that is earlier than the post,
   otherwise the post's date. Claims are ordered by that time, newest first (ties: the later stored first).
2. Each claim says who holds the settlement:
   - `captured` by X, or `repelled` by X (X beat off an attack): X holds;
   - `withdrew` by X: the other side holds;
   - `denied` (the claimant denies X's capture, X = the claim's actor): the other side of X holds;
   - `fighting`, or `advanced` (movement into or around it): the settlement is contested;
   - a claim without a known side (actor missing or a third party), or with confidence under 0.5, decides nothing
     (it stays in the history).
3. No deciding claim at all: `unknown`. Only fighting/advances: `contested`.
4. Otherwise take the latest claim saying that one side holds it. If a claim made at the same time or later
   contradicts it (says the other side holds it, or reports fighting or an advance), `contested`.
5. A capture or a withdrawal reports a change, so it settles the matter by itself. A `repelled` or a denial says
   "we still hold it": when the deciding claim before it named the other side (ru says it captured, ua then says
   it repelled the attack or denies it), the sides disagree: `contested`. Otherwise that side is reported.
6. The official register of occupied and hostilities territories (Order 376, `claimwatch import-register`) counts
   as claims of the Ukrainian government with the register's dates: occupation start = captured by ru, occupation
   end = captured by ua, active hostilities start = fighting, their end (not followed by occupation) = repelled by ua.
7. `latest` is the newest claim of each claimant side (ua, ru, other); `contradiction` is set when the latest claims
   of ua and ru say different things about who holds it.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime

from bot.models import Claim, Control, Kind, LedgerClaim, Settlement, Side, Status

MIN_CONFIDENCE = 0.5
_OLDEST = datetime.min.replace(tzinfo=UTC)
_OTHER_SIDE = {Side.UA: Side.RU, Side.RU: Side.UA}
_HOLDS = {Side.UA: Control.UA, Side.RU: Control.RU}
_HOLDING = frozenset({Kind.REPELLED, Kind.DENIED})  # "we still hold it", as opposed to a change (capture, withdrawal)


def claim_time(lc: LedgerClaim) -> datetime:
    """When the claimed event happened, as far as the ledger knows (rule 1)."""
    posted = lc.date if lc.date is None or lc.date.tzinfo else lc.date.replace(tzinfo=UTC)
    if lc.claim.when is None:  # the common case, kept cheap: statuses of busy places sort thousands of claims
        return posted or _OLDEST
    event = _parse_day(lc.claim.when)
    if event is not None and (posted is None or event < posted.date()):
        return datetime(event.year, event.month, event.day, tzinfo=UTC)
    return posted or _OLDEST


def _parse_day(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def implied_control(claim: Claim) -> Control | None:
    """What one claim says about who holds the settlement (rule 2); None when it decides nothing."""
    if claim.confidence < MIN_CONFIDENCE:
        return None
    if claim.kind in (Kind.FIGHTING, Kind.ADVANCED):
        return Control.CONTESTED
    actor = claim.actor
    if actor not in _OTHER_SIDE:
        return None
    assert actor is not None
    if claim.kind in (Kind.CAPTURED, Kind.REPELLED):
        return _HOLDS[actor]
    if claim.kind in (Kind.WITHDREW, Kind.DENIED):
        return _HOLDS[_OTHER_SIDE[actor]]
    return None


def newest_first(claims: Sequence[LedgerClaim]) -> list[LedgerClaim]:
    return [lc for _, lc in _timed(claims)]


def _timed(claims: Sequence[LedgerClaim]) -> list[tuple[datetime, LedgerClaim]]:
    timed = [(claim_time(lc), lc) for lc in claims]
    timed.sort(key=lambda t: (t[0], t[1].id), reverse=True)
    return timed


def reported_state(history: Sequence[LedgerClaim]) -> Control:
    """Rules 3 to 5 over claims sorted newest first."""
    return _reported([(claim_time(lc), lc) for lc in history])


def _reported(timed: Sequence[tuple[datetime, LedgerClaim]]) -> Control:
    """Walks only as far back as needed: the newest deciding claim, what was said at the same time, and (for a
    "still holds" claim) the deciding claim before it."""
    newer: list[tuple[LedgerClaim, Control]] = []  # contested-kind claims newer than the deciding one
    rest = iter(timed)
    decisive: tuple[datetime, LedgerClaim, Control] | None = None
    for when, lc in rest:
        control = implied_control(lc.claim)
        if control is None:
            continue
        if control is Control.CONTESTED:
            newer.append((lc, control))
            continue
        decisive = (when, lc, control)
        break
    if decisive is None:
        return Control.CONTESTED if newer else Control.UNKNOWN
    when, d, holder = decisive

    def contrary(lc: LedgerClaim, control: Control) -> bool:
        # a post saying "after heavy fighting, captured" does not contradict itself
        return control is not holder and not (lc.post_id is not None and lc.post_id == d.post_id)

    if any(contrary(lc, c) for lc, c in newer):
        return Control.CONTESTED
    before: Control | None = None
    for t, lc in rest:
        control = implied_control(lc.claim)
        if control is None:
            continue
        if t >= when and contrary(lc, control):
            return Control.CONTESTED  # said at the same time
        if control is not Control.CONTESTED and before is None:
            before = control  # the deciding claim before the newest one
        if t < when and (before is not None or d.claim.kind not in _HOLDING):
            break
    if d.claim.kind in _HOLDING and before is not None and before is not holder:
        return Control.CONTESTED
    return holder


def current_status(settlement: Settlement, claims: Sequence[LedgerClaim], now: datetime) -> Status:
    """The reported state of one settlement from its claims (claims about other settlements are ignored).

    `now` is accepted so that callers never need to change when freshness rules arrive; claims dated after `now`
    (clock skew of a source) are still counted.
    """
    del now  # no rule depends on the age of a claim yet
    timed = _timed([lc for lc in claims if lc.claim.settlement == settlement.code])
    history = [lc for _, lc in timed]
    latest: dict[Side, LedgerClaim | None] = {side: None for side in Side}
    for lc in history:
        if latest[lc.claim.claimant] is None:
            latest[lc.claim.claimant] = lc
    ua, ru = latest[Side.UA], latest[Side.RU]
    said_ua = implied_control(ua.claim) if ua else None
    said_ru = implied_control(ru.claim) if ru else None
    contradiction = said_ua is not None and said_ru is not None and said_ua != said_ru
    return Status(settlement, _reported(timed), latest, tuple(history), contradiction)
