"""The reported status of a settlement, derived from its claims (pure: no I/O, no clock; `now` is a parameter).

Rules (also in the README). A status is what the sides *say*, never a fact.

1. Each claim is dated by the event: the day or month its text names (`Claim.when`, "2023-01-15" or "2023-01")
   when that is earlier than the post, otherwise the post's date. A month counts as its last day (by then the
   text says it had happened); a month that is the post's own leaves the post's date. Claims are ordered by that
   time, newest first (ties: the later stored first).
2. Each claim says who holds the settlement:
   - `captured` by X, or `repelled` by X (X beat off an attack): X holds;
   - `withdrew` by X: the other side holds;
   - `denied` (the claimant denies X's capture, X = the claim's actor): the other side of X holds;
   - `fighting`, or `advanced` (movement into or around it): the settlement is contested;
   - a claim without a known side (actor missing or a third party), or with confidence under 0.5, decides nothing
     (it stays in the history); so does the register's area of active hostilities (rule 6).
3. No deciding claim at all: `unknown`. Only fighting/advances: `contested` (basis: fighting).
4. Otherwise take the latest claim saying that one side holds it. If a claim made at the same time or later
   contradicts it (says the other side holds it, or reports fighting or an advance), `contested`.
5. A capture or a withdrawal reports a change, so it settles the matter by itself. A `repelled` or a denial says
   "we still hold it": when the deciding claim before it named the other side (ru says it captured, ua then says
   it repelled the attack or denies it), the sides disagree: `contested`. Repeating "we hold it" changes nothing:
   earlier holding claims naming the same holder are passed over, back to the last change or the other side's
   word, so the contest lasts until one side reports a change again.
6. The official register of occupied and hostilities territories (Order 376, `claimwatch import-register`) counts
   as claims of the Ukrainian government with the register's dates: occupation start = captured by ru, occupation
   end = captured by ua, the end of active hostilities not followed by an occupation = repelled by ua. Its area
   of active hostilities says where fighting goes on, not who holds a place: it decides nothing (basis
   `register_hostilities` when nothing else is known).
7. `latest` is the newest claim of each claimant side (ua, ru, other); `contradiction` is set when the newest
   deciding claims of ua and ru say different things about who holds it.
8. `basis` says what the state rests on (bot.models.Basis) and `basis_claim` the claim: the deciding claim, or the
   newest fighting report.
9. `status_as_of(day)`: the same rules over the claims made (posted) up to the end of that Kyiv day.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace
from datetime import UTC, date, datetime

from bot.core.timezone import end_of_kyiv_day
from bot.models import Basis, Claim, Control, Kind, LedgerClaim, Settlement, Side, Status

MIN_CONFIDENCE = 0.5
REGISTER_SOURCE = "register"  # the source name of the register's claims (bot.sources.register)
DAY, MONTH = "day", "month"  # how precisely a text dates its event
_OLDEST = datetime.min.replace(tzinfo=UTC)
_OTHER_SIDE = {Side.UA: Side.RU, Side.RU: Side.UA}
_HOLDS = {Side.UA: Control.UA, Side.RU: Control.RU}
_HOLDING = frozenset({Kind.REPELLED, Kind.DENIED})  # "we still hold it", as opposed to a change (capture, withdrawal)

Timed = Iterable[tuple[datetime, LedgerClaim]]


def event_date(value: str | None) -> tuple[date, str] | None:
    """ "2023-01-15" -> (that day, "day"); "2023-01" -> (its last day, "month"); anything else -> None."""
    if not value:
        return None
    try:
        if len(value) >= 10:
            return date.fromisoformat(value[:10]), DAY
        if len(value) == 7 and value[4] == "-":
            year, month = int(value[:4]), int(value[5:7])
            return date(year, month, calendar.monthrange(year, month)[1]), MONTH
    except ValueError:
        return None
    return None


def claim_time(lc: LedgerClaim) -> datetime:
    """When the claimed event happened, as far as the ledger knows (rule 1)."""
    posted = lc.date if lc.date is None or lc.date.tzinfo else lc.date.replace(tzinfo=UTC)
    if lc.claim.when is None:  # the common case, kept cheap: statuses of busy places sort thousands of claims
        return posted or _OLDEST
    event = event_date(lc.claim.when)
    if event is not None and (posted is None or event[0] < posted.date()):
        day = event[0]
        return datetime(day.year, day.month, day.day, tzinfo=UTC)
    return posted or _OLDEST


def is_register(lc: LedgerClaim) -> bool:
    return lc.source == REGISTER_SOURCE


def is_register_area(lc: LedgerClaim) -> bool:
    """The register's area of active hostilities (rule 6)."""
    return lc.source == REGISTER_SOURCE and lc.claim.kind is Kind.FIGHTING


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


def said(lc: LedgerClaim) -> Control | None:
    """What a stored claim says about who holds the place: rule 2, with the register's hostilities area (rule 6)."""
    return None if is_register_area(lc) else implied_control(lc.claim)


def newest_first(claims: Sequence[LedgerClaim]) -> list[LedgerClaim]:
    return [lc for _, lc in _timed(claims)]


def _timed(claims: Sequence[LedgerClaim]) -> list[tuple[datetime, LedgerClaim]]:
    timed = [(claim_time(lc), lc) for lc in claims]
    timed.sort(key=lambda t: (t[0], t[1].id), reverse=True)
    return timed


def reported_state(history: Sequence[LedgerClaim]) -> Control:
    """Rules 3 to 5 over claims sorted newest first."""
    return _reported([(claim_time(lc), lc) for lc in history])[0]


def _reported(timed: Timed) -> tuple[Control, LedgerClaim | None, bool]:
    """(state, the claim it rests on, whether fighting made it contested). Walks only as far back as needed: the
    newest deciding claim, what was said at the same time, and (for a "still holds" claim) the claim before it."""
    newer: list[LedgerClaim] = []  # contested-kind claims newer than the deciding one
    rest = iter(timed)
    decisive: tuple[datetime, LedgerClaim, Control] | None = None
    for when, lc in rest:
        control = said(lc)
        if control is Control.CONTESTED:
            newer.append(lc)
        elif control is not None:
            decisive = (when, lc, control)
            break
    if decisive is None:
        return (Control.CONTESTED, newer[0], True) if newer else (Control.UNKNOWN, None, False)
    when, d, holder = decisive
    fights = [lc for lc in newer if _contrary(lc, Control.CONTESTED, d, holder)]
    if fights:
        return Control.CONTESTED, fights[0], True
    return _against_the_past(rest, when, d, holder)


def _contrary(lc: LedgerClaim, control: Control, d: LedgerClaim, holder: Control) -> bool:
    # a post saying "after heavy fighting, captured" does not contradict itself
    return control is not holder and not (lc.post_id is not None and lc.post_id == d.post_id)


def _against_the_past(
    rest: Iterator[tuple[datetime, LedgerClaim]], when: datetime, d: LedgerClaim, holder: Control
) -> tuple[Control, LedgerClaim | None, bool]:
    """The deciding claim `d` against what was said at the same time and, for a "still holds" claim, the deciding
    claim before it (rules 4 and 5)."""
    before: Control | None = None
    for t, lc in rest:
        control = said(lc)
        if control is None:
            continue
        if t >= when and _contrary(lc, control, d, holder):
            return Control.CONTESTED, d, control is Control.CONTESTED  # said at the same time
        repeats = lc.claim.kind in _HOLDING and control is holder  # "we still hold it" again: changes nothing
        if control is not Control.CONTESTED and before is None and not repeats:
            before = control  # the deciding claim before the newest one
        if t < when and (before is not None or d.claim.kind not in _HOLDING):
            break
    if d.claim.kind in _HOLDING and before is not None and before is not holder:
        return Control.CONTESTED, d, False
    return holder, d, False


def _latest_said(history: Sequence[LedgerClaim]) -> dict[Side, tuple[LedgerClaim, Control]]:
    """Each claimant side's newest claim that says something about who holds the place."""
    out: dict[Side, tuple[LedgerClaim, Control]] = {}
    for lc in history:
        side = lc.claim.claimant
        if side not in out and (control := said(lc)) is not None:
            out[side] = (lc, control)
            if len(out) == len(Side):  # a busy place: stop at the newest of each side, not after thousands
                break
    return out


def _latest(history: Sequence[LedgerClaim]) -> dict[Side, LedgerClaim | None]:
    latest: dict[Side, LedgerClaim | None] = {side: None for side in Side}
    missing = len(latest)
    for lc in history:
        if latest[lc.claim.claimant] is None:
            latest[lc.claim.claimant] = lc
            missing -= 1
            if not missing:
                break
    return latest


def _holder_basis(
    holder: Control,
    d: LedgerClaim,
    latest: dict[Side, LedgerClaim | None],
    spoken: dict[Side, tuple[LedgerClaim, Control]],
) -> Basis:
    if is_register(d):
        return Basis.REGISTER
    if d.claim.claimant not in _OTHER_SIDE:
        return Basis.THIRD_PARTY
    if all(side in spoken and spoken[side][1] is holder for side in _OTHER_SIDE):
        return Basis.AGREE
    other = latest[_OTHER_SIDE[d.claim.claimant]]
    if other is None or claim_time(other) <= claim_time(d):
        return Basis.ONE_SIDE
    return Basis.UNCONTRADICTED


def current_status(settlement: Settlement, claims: Sequence[LedgerClaim], now: datetime) -> Status:
    """The reported state of one settlement from its claims (claims about other settlements are ignored).

    `now` is accepted so that callers never need to change when freshness rules arrive; claims dated after `now`
    (clock skew of a source) are still counted.
    """
    del now  # no rule depends on the age of a claim yet
    return status_of_history(settlement, newest_first([lc for lc in claims if lc.claim.settlement == settlement.code]))


def with_new_claims(history: Sequence[LedgerClaim], new: Sequence[LedgerClaim]) -> list[LedgerClaim]:
    """`history` (newest first, as `newest_first` orders it) with `new` claims put in their places: what a cached
    status of a busy place takes in when claims are added, without sorting thousands again. New claims are mostly
    the newest, so each is placed by walking from the front."""
    out = list(history)
    for lc in newest_first(new)[::-1]:  # the oldest first: each next one lands at or before it
        key = (claim_time(lc), lc.id)
        at = 0
        while at < len(out) and (claim_time(out[at]), out[at].id) > key:
            at += 1
        out.insert(at, lc)
    return out


def status_of_history(settlement: Settlement, history: Sequence[LedgerClaim]) -> Status:
    """`current_status` over claims about `settlement` already ordered newest first (`newest_first`,
    `with_new_claims`): rules 3 to 8 read only as far back as they need."""
    latest = _latest(history)
    spoken = _latest_said(history)
    ua, ru = spoken.get(Side.UA), spoken.get(Side.RU)
    contradiction = ua is not None and ru is not None and ua[1] is not ru[1]
    state, anchor, fighting = _reported((claim_time(lc), lc) for lc in history)
    if state is Control.UNKNOWN:
        area = next((lc for lc in history if is_register_area(lc)), None)
        basis = Basis.REGISTER_AREA if area else Basis.UNDECIDED if history else Basis.NONE
        anchor = area
    elif state is Control.CONTESTED:
        basis = Basis.FIGHTING if fighting and not contradiction else Basis.DISAGREE
    else:
        assert anchor is not None
        basis = _holder_basis(state, anchor, latest, spoken)
    return Status(settlement, state, latest, tuple(history), contradiction, basis, anchor)


def status_as_of(settlement: Settlement, claims: Sequence[LedgerClaim], day: date) -> Status:
    """What had been claimed up to the end of `day` (Kyiv time): claims posted later, or undated, are left out."""
    end = end_of_kyiv_day(day)
    made = [lc for lc in claims if lc.date is not None and _aware(lc.date) <= end]
    return replace(current_status(settlement, made, end), as_of=day)


def _aware(when: datetime) -> datetime:
    return when if when.tzinfo else when.replace(tzinfo=UTC)
