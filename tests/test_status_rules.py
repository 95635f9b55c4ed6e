"""Status rules of issue 11: repeated holding claims, the register's hostilities and end dates, month-only event
dates, what the headline rests on, and the state as of a past day (pure, table-driven)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from bot.core.claims.status import claim_time, current_status, event_date, status_as_of
from bot.models import Basis, Claim, Control, Kind, LedgerClaim, Settlement, Side
from bot.sources.register import parse_register, register_posts
from tests.test_register import ACT, OCC, csv_text

ANDR = Settlement(
    "UA14020010030085322", "C", "Андріївка", "Andriivka", "Донецька", "Бахмутський", "Бахмутська", 48.50, 37.96
)
T0 = datetime(2023, 9, 18, 9, 0, tzinfo=UTC)
NOW = datetime(2024, 1, 1, tzinfo=UTC)
UA, RU, OT = Side.UA, Side.RU, Side.OTHER
C, A, R, F, W, D = Kind.CAPTURED, Kind.ADVANCED, Kind.REPELLED, Kind.FIGHTING, Kind.WITHDREW, Kind.DENIED
_ids = iter(range(1, 100_000))


def lc(
    day: float, claimant: Side, kind: Kind, actor: Side | None, *, source: str = "", when: str | None = None
) -> LedgerClaim:
    cid = next(_ids)
    claim = Claim(ANDR.code, "Андріївка", kind, actor, claimant, speaker="s", quote="q", when=when)
    src = source or f"ch_{claimant.value}"
    return LedgerClaim(cid, claim, T0 + timedelta(days=day), f"https://t.me/{src}/{cid}", src, cid)


def reg(day: float, kind: Kind, actor: Side | None) -> LedgerClaim:
    return lc(day, UA, kind, actor, source="register")


# (description, claims, expected reported state, expected basis)
TABLE: list[tuple[str, list[LedgerClaim], Control, Basis]] = [
    # a side repeating "we hold it" does not erase the other side's capture
    (
        "ua captured, ru repelled twice",
        [lc(0, UA, C, UA), lc(1, RU, R, RU), lc(1.1, RU, R, RU)],
        Control.CONTESTED,
        Basis.DISAGREE,
    ),
    (
        "ua captured, ru repelled three times",
        [lc(0, UA, C, UA), lc(1, RU, R, RU), lc(2, RU, R, RU), lc(3, RU, D, UA)],
        Control.CONTESTED,
        Basis.DISAGREE,
    ),
    (
        "a change settles it again",
        [lc(0, UA, C, UA), lc(1, RU, R, RU), lc(2, RU, R, RU), lc(3, RU, C, RU)],
        Control.RU,
        Basis.ONE_SIDE,
    ),
    (
        "own capture then own repeated holding",
        [lc(0, UA, C, UA), lc(1, UA, R, UA), lc(2, UA, R, UA)],
        Control.UA,
        Basis.ONE_SIDE,
    ),
    ("both sides agree", [lc(0, RU, C, RU), lc(1, UA, W, UA)], Control.RU, Basis.AGREE),
    ("only fighting", [lc(0, UA, F, None), lc(1, RU, A, RU)], Control.CONTESTED, Basis.FIGHTING),
    ("a third party decides", [lc(0, OT, C, RU)], Control.RU, Basis.THIRD_PARTY),
    ("undecided claims", [lc(0, OT, C, None)], Control.UNKNOWN, Basis.UNDECIDED),
    ("no claims", [], Control.UNKNOWN, Basis.NONE),
    # the register's hostilities area is not "contested"
    ("register hostilities only", [reg(-500, F, None)], Control.UNKNOWN, Basis.REGISTER_AREA),
    (
        "register: de-occupied, then hostilities go on",
        [reg(-700, C, RU), reg(-400, C, UA), reg(-400, F, None)],
        Control.UA,
        Basis.REGISTER,
    ),
    ("register occupation", [reg(-700, C, RU)], Control.RU, Basis.REGISTER),
    (
        "a channel's claim after the register",
        [reg(-700, C, RU), reg(-400, C, UA), lc(0, RU, F, None)],
        Control.CONTESTED,
        Basis.DISAGREE,
    ),
]


@pytest.mark.parametrize(("claims", "state", "basis"), [t[1:] for t in TABLE], ids=[t[0] for t in TABLE])
def test_reported_state_and_basis(claims: list[LedgerClaim], state: Control, basis: Basis) -> None:
    for order in (claims, list(reversed(claims))):
        status = current_status(ANDR, order, NOW)
        assert (status.reported, status.basis) == (state, basis)


def test_basis_claim_is_what_the_headline_rests_on() -> None:
    capture = lc(0, RU, C, RU)
    status = current_status(ANDR, [lc(-3, UA, R, UA), capture], NOW)
    assert status.basis is Basis.ONE_SIDE and status.basis_claim is capture
    fight = lc(2, UA, F, None)
    assert current_status(ANDR, [lc(0, UA, F, None), fight], NOW).basis_claim is fight


# --- month-only event dates -------------------------------------------------------------------------------------


def test_event_dates_of_a_day_or_a_month() -> None:
    assert event_date("2023-01-15") == (date(2023, 1, 15), "day")
    assert event_date("2023-01") == (date(2023, 1, 31), "month")
    assert event_date("2024-02") == (date(2024, 2, 29), "month")
    assert event_date("garbage") is None and event_date(None) is None
    recall = lc(100, RU, C, RU, when="2023-01")  # a post of 2023-12-27 recalling "taken in January 2023"
    assert claim_time(recall) == datetime(2023, 1, 31, tzinfo=UTC)
    same_month = lc(0, RU, C, RU, when="2023-09")  # the post's own month: the post's time stands
    assert claim_time(same_month) == T0


def test_a_recalled_month_does_not_override_newer_claims() -> None:
    """ua retook it in September; a December post recalls the January capture: history, not news."""
    claims = [lc(-240, RU, C, RU), lc(0, UA, C, UA), lc(100, RU, C, RU, when="2023-01")]
    assert current_status(ANDR, claims, NOW).reported is Control.UA


# --- the register's end dates ------------------------------------------------------------------------------------

IZIUM = Settlement("UA63040090010029555", "M", "Ізюм", "Izium", "Харківська", "Ізюмський", "Ізюмська")


def test_register_liberated_place_is_not_contested_for_ever() -> None:
    """Izium: hostilities 24.02-01.04.2022 and 08.09-11.09.2022, occupied 01.04-08.09.2022 (the real rows)."""
    text = csv_text(
        [
            [ACT, IZIUM.code, "м. Ізюм", "24.02.2022;08.09.2022", "01.04.2022;11.09.2022"],
            [OCC, IZIUM.code, "м. Ізюм", "01.04.2022", "08.09.2022"],
        ]
    )
    events = sorted(
        (p.date.date(), c.kind, c.actor) for p, [c] in register_posts(parse_register(text), [IZIUM]) if p.date
    )
    # the second hostilities period ended after the occupation was over: the place stayed Ukrainian
    assert (date(2022, 9, 11), Kind.REPELLED, Side.UA) in events
    # the first ended when the occupation began: no "repelled" then
    assert (date(2022, 4, 1), Kind.REPELLED, Side.UA) not in events
    claims = [
        LedgerClaim(i, c, p.date, None, "register", i)
        for i, (p, [c]) in enumerate(register_posts(parse_register(text), [IZIUM]), start=1)
    ]
    status = current_status(IZIUM, claims, NOW)
    assert status.reported is Control.UA and status.basis is Basis.REGISTER


# --- as of a past day ---------------------------------------------------------------------------------------------


def test_status_as_of_a_day() -> None:
    claims = [lc(0, UA, C, UA), lc(1, RU, R, RU), lc(2, RU, C, RU)]  # 18.09, 19.09, 20.09 (09:00 UTC)
    assert status_as_of(ANDR, claims, date(2023, 9, 18)).reported is Control.UA
    on_19 = status_as_of(ANDR, claims, date(2023, 9, 19))
    assert on_19.reported is Control.CONTESTED and len(on_19.history) == 2
    assert on_19.as_of == date(2023, 9, 19)
    assert status_as_of(ANDR, claims, date(2023, 9, 20)).reported is Control.RU
    before = status_as_of(ANDR, claims, date(2023, 9, 17))
    assert before.reported is Control.UNKNOWN and before.history == ()


def test_as_of_counts_the_day_in_kyiv_time() -> None:
    late = LedgerClaim(
        9, Claim(ANDR.code, "x", C, UA, UA), datetime(2023, 9, 18, 22, 30, tzinfo=UTC), None, "ch", 9
    )  # 01:30 on 19.09 in Kyiv
    assert status_as_of(ANDR, [late], date(2023, 9, 18)).history == ()
    assert status_as_of(ANDR, [late], date(2023, 9, 19)).history == (late,)
