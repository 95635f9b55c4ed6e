"""Status rules (pure), table-driven, and the exact JSON shape of `claimwatch status --json`."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest

from bot.core.claims.status import claim_time, current_status
from bot.core.present.codec import ambiguous_json, status_json, unknown_json
from bot.core.present.plain import status_text
from bot.models import Claim, Control, Kind, LedgerClaim, Settlement, Side

KLISH = Settlement(
    "UA14020010060070555", "C", "Кліщіївка", "Klishchiivka", "Донецька", "Бахмутський", "Бахмутська", 48.5272, 37.9679
)
OTHER = "UA23060070020035463"
T0 = datetime(2024, 5, 1, 12, 0, tzinfo=UTC)
NOW = T0 + timedelta(days=30)
UA, RU, OT = Side.UA, Side.RU, Side.OTHER
C, A, R, F, W, D = Kind.CAPTURED, Kind.ADVANCED, Kind.REPELLED, Kind.FIGHTING, Kind.WITHDREW, Kind.DENIED

_ids = iter(range(1, 10_000))


def lc(
    day: float,
    claimant: Side,
    kind: Kind,
    actor: Side | None,
    *,
    post: int | None = None,
    code: str = KLISH.code,
    confidence: float = 0.9,
    when: str | None = None,
    quote: str = "q",
) -> LedgerClaim:
    cid = next(_ids)
    claim = Claim(
        code,
        "Кліщіївка",
        kind,
        actor,
        claimant,
        speaker=f"{claimant.value} speaker",
        quote=quote,
        confidence=confidence,
        when=when,
    )
    return LedgerClaim(
        cid,
        claim,
        T0 + timedelta(days=day),
        f"https://t.me/ch/{cid}",
        f"ch_{claimant.value}",
        post if post is not None else cid,
    )


# (description, claims, expected reported state)
RULES: list[tuple[str, list[LedgerClaim], Control]] = [
    ("no claims", [], Control.UNKNOWN),
    ("ru captured, nothing later", [lc(0, RU, C, RU)], Control.RU),
    ("ua says it captured", [lc(0, UA, C, UA)], Control.UA),
    ("ua admits capture by ru", [lc(0, UA, C, RU)], Control.RU),
    ("capture then later recapture", [lc(0, RU, C, RU), lc(5, UA, C, UA)], Control.UA),
    ("ua capture then ru capture", [lc(0, UA, C, UA), lc(5, RU, C, RU)], Control.RU),
    ("fighting after last capture", [lc(0, RU, C, RU), lc(1, UA, F, None)], Control.CONTESTED),
    ("advance after last capture", [lc(0, UA, C, UA), lc(1, RU, A, RU)], Control.CONTESTED),
    ("fighting before the capture", [lc(0, UA, F, None), lc(2, RU, C, RU)], Control.RU),
    ("only fighting", [lc(0, UA, F, None), lc(1, RU, F, None)], Control.CONTESTED),
    ("ru repelled: ru holds", [lc(0, RU, R, RU)], Control.RU),
    ("ua repelled after ru capture: sides disagree", [lc(0, RU, C, RU), lc(1, UA, R, UA)], Control.CONTESTED),
    ("ua repelled after its own capture", [lc(0, RU, C, RU), lc(1, UA, C, UA), lc(2, UA, R, UA)], Control.UA),
    ("ru repelled after ua capture", [lc(0, UA, C, UA), lc(1, RU, R, RU)], Control.CONTESTED),
    ("ru claims capture after ua repelled", [lc(0, UA, R, UA), lc(1, RU, C, RU)], Control.RU),
    ("ua withdrew: ru holds", [lc(0, UA, W, UA)], Control.RU),
    ("ru withdrew: ua holds", [lc(0, RU, W, RU)], Control.UA),
    ("ua denies ru capture after it", [lc(0, RU, C, RU), lc(1, UA, D, RU)], Control.CONTESTED),
    ("ua denial with nothing before it", [lc(0, UA, D, RU)], Control.UA),
    ("register: hostilities ended", [lc(-700, UA, F, None), lc(-600, UA, R, UA)], Control.UA),
    ("same time, sides disagree", [lc(3, RU, C, RU), lc(3, UA, R, UA)], Control.CONTESTED),
    ("one post: fighting then capture", [lc(0, UA, F, None, post=77), lc(0, UA, C, UA, post=77)], Control.UA),
    ("third party without actor decides nothing", [lc(0, OT, C, None)], Control.UNKNOWN),
    ("third party with actor counts", [lc(0, RU, C, RU), lc(2, OT, C, UA)], Control.UA),
    ("low confidence ignored", [lc(0, RU, C, RU), lc(1, UA, C, UA, confidence=0.3)], Control.RU),
    ("dated event older than a later capture", [lc(0, RU, C, RU), lc(9, UA, F, None, when="2024-04-20")], Control.RU),
    ("claims about another settlement ignored", [lc(0, RU, C, RU), lc(1, UA, C, UA, code=OTHER)], Control.RU),
    ("register: occupied then liberated, then nothing", [lc(-700, UA, C, RU), lc(-500, UA, C, UA)], Control.UA),
    ("register: active hostilities without end", [lc(-700, UA, F, None)], Control.CONTESTED),
]


@pytest.mark.parametrize(("claims", "expected"), [(c, e) for _, c, e in RULES], ids=[d for d, _, _ in RULES])
def test_reported_state(claims: list[LedgerClaim], expected: Control) -> None:
    assert current_status(KLISH, claims, NOW).reported is expected
    assert current_status(KLISH, list(reversed(claims)), NOW).reported is expected  # input order does not matter


def test_latest_per_side_history_and_contradiction() -> None:
    claims = [lc(0, UA, C, UA), lc(1, RU, C, RU), lc(2, UA, R, UA), lc(3, OT, F, None), lc(4, RU, F, None)]
    status = current_status(KLISH, claims, NOW)
    assert status.latest[UA] is claims[2] and status.latest[RU] is claims[4] and status.latest[OT] is claims[3]
    assert [c.id for c in status.history] == [c.id for c in reversed(claims)]
    assert status.contradiction is True  # ua says it holds, ru reports fighting
    calm = current_status(KLISH, [lc(0, UA, C, UA), lc(1, RU, W, RU)], NOW)
    assert calm.contradiction is False and calm.reported is Control.UA


def test_claim_time_uses_an_earlier_event_day() -> None:
    assert claim_time(lc(10, UA, C, UA, when="2024-05-03")) == datetime(2024, 5, 3, tzinfo=UTC)
    assert claim_time(lc(0, UA, C, UA, when="2024-06-01")) == T0  # a future event day is not trusted
    assert claim_time(lc(0, UA, C, UA, when="garbage")) == T0


def test_status_json_shape_is_exact() -> None:
    claims = [lc(0, UA, C, UA, quote="<звільнено>"), lc(1, RU, R, RU)]
    data = status_json(current_status(KLISH, claims, NOW))
    assert list(data) == ["settlement", "reported", "latest", "history", "basis", "contradiction", "as_of"]
    assert data["settlement"] == {
        "code": KLISH.code,
        "name": "Кліщіївка",
        "name_latin": "Klishchiivka",
        "raion": "Бахмутський",
        "oblast": "Донецька",
        "lat": 48.5272,
        "lon": 37.9679,
    }
    assert data["reported"] == "contested"  # ru says it repelled an attack on a place ua says it took
    assert set(data["latest"]) == {"ua", "ru", "other"} and data["latest"]["other"] is None
    claim_keys = ["kind", "actor", "claimant", "speaker", "quote", "date", "url", "source", "event_date"]
    assert list(data["latest"]["ua"]) == claim_keys
    assert data["latest"]["ua"] == {
        "kind": "captured",
        "actor": "ua",
        "claimant": "ua",
        "speaker": "ua speaker",
        "quote": "<звільнено>",
        "date": "2024-05-01T12:00:00+00:00",
        "url": claims[0].url,
        "source": "ch_ua",
        "event_date": None,
    }
    assert [h["kind"] for h in data["history"]] == ["repelled", "captured"]
    assert all(list(h) == claim_keys for h in data["history"])
    json.dumps(data)  # serialisable as is


def test_empty_ambiguous_and_unknown_json() -> None:
    empty = status_json(current_status(KLISH, [], NOW))
    assert empty["reported"] == "unknown" and empty["history"] == []
    assert empty["latest"] == {"ua": None, "ru": None, "other": None}
    amb = ambiguous_json([KLISH, KLISH])
    assert list(amb) == ["ambiguous"] and amb["ambiguous"][0]["code"] == KLISH.code
    unk = unknown_json("Nowhere", [KLISH])
    assert set(unk) == {"error", "suggestions"} and "Nowhere" in unk["error"]
    assert unk["suggestions"][0]["name_latin"] == "Klishchiivka"


def test_text_never_states_control_as_fact() -> None:
    text = status_text(current_status(KLISH, [lc(0, UA, C, UA), lc(1, RU, F, None)], NOW))
    assert "reported: contested" in text and "not verified" in text
    assert "ua claims (ua speaker): captured by ua" in text and "https://t.me/ch/" in text
    assert "ru claims" in text and "fighting" in text
    assert "no claims recorded yet" in status_text(current_status(KLISH, [], NOW))


def reference_state(history: list[LedgerClaim]) -> Control:
    """The rules written plainly (quadratic), to check the fast walk of bot.core.claims.status against."""
    from bot.core.claims.status import implied_control

    said = [(lc, c) for lc in history if (c := implied_control(lc.claim)) is not None]
    if not said:
        return Control.UNKNOWN
    k = next((i for i, (_, c) in enumerate(said) if c is not Control.CONTESTED), None)
    if k is None:
        return Control.CONTESTED
    d, holder = said[k]
    for i, (lc, c) in enumerate(said):
        if i != k and claim_time(lc) >= claim_time(d) and c is not holder and lc.post_id != d.post_id:
            return Control.CONTESTED
    holding = (Kind.REPELLED, Kind.DENIED)
    if d.claim.kind in holding:
        # the deciding claim before it, passing over the same holder's repeated "we still hold it"
        before = next(
            (
                c
                for lc, c in said[k + 1 :]
                if c is not Control.CONTESTED and not (lc.claim.kind in holding and c is holder)
            ),
            None,
        )
        if before is not None and before is not holder:
            return Control.CONTESTED
    return holder


def test_fast_walk_agrees_with_the_plain_rules() -> None:
    import random

    rng = random.Random(7)
    for _ in range(3000):
        claims = [
            lc(
                rng.randrange(6),
                rng.choice((UA, RU, OT)),
                rng.choice(list(Kind)),
                rng.choice((UA, RU, OT, None)),
                post=rng.randrange(4) if rng.random() < 0.3 else None,
                confidence=rng.choice((0.9, 0.9, 0.3)),
            )
            for _ in range(rng.randrange(7))
        ]
        status = current_status(KLISH, claims, NOW)
        assert status.reported is reference_state(list(status.history)), claims
