"""Pure alert planning: who hears of which claim (settlement, radius, area), dedupe, edits, staleness; rendering."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from bot.core.alerts import (
    alert_html,
    area_key,
    changed_claims,
    dedupe_key,
    digest_html,
    in_area,
    plan_alerts,
)
from bot.core.geo import distance_km
from bot.models import Claim, Kind, LedgerClaim, Settlement, Side
from bot.models import Subscription as Sub

NOW = datetime(2026, 11, 24, 12, 0, tzinfo=UTC)

# Real coordinates (rounded): Klishchiivka, Andriivka and Bakhmut are within ~12 km; Robotyne is ~250 km away.
KLISH = Settlement(
    "UA14020010010000001", "C", "Кліщіївка", "Klishchiivka", "Донецька", "Бахмутський", "Часовоярська", 48.5285, 37.9500
)
ANDR = Settlement(
    "UA14020010020000002", "C", "Андріївка", "Andriivka", "Донецька", "Бахмутський", "Часовоярська", 48.4960, 37.9330
)
BAKH = Settlement(
    "UA14020010030000003", "M", "Бахмут", "Bakhmut", "Донецька", "Бахмутський", "Бахмутська", 48.5950, 38.0000
)
ROBO = Settlement(
    "UA23060010010000004", "C", "Роботине", "Robotyne", "Запорізька", "Пологівський", "Оріхівська", 47.4480, 35.8380
)
NOCOORD = Settlement(
    "UA14020010040000005", "C", "Безкоординатне", "Bezkoordynatne", "Донецька", "Бахмутський", "Часовоярська"
)


class Places:
    def __init__(self, *settlements: Settlement) -> None:
        self.by_code = {s.code: s for s in settlements}

    def get(self, code: str) -> Settlement | None:
        return self.by_code.get(code)


PLACES = Places(KLISH, ANDR, BAKH, ROBO, NOCOORD)


def ledger(
    cid: int,
    s: Settlement | None,
    kind: Kind = Kind.CAPTURED,
    actor: Side | None = Side.RU,
    claimant: Side = Side.RU,
    source: str = "mod_russia",
    age: timedelta = timedelta(minutes=5),
    quote: str = "освобождён населённый пункт",
) -> LedgerClaim:
    claim = Claim(
        settlement=s.code if s else None,
        name=s.name if s else "?",
        kind=kind,
        actor=actor,
        claimant=claimant,
        speaker="Russian MoD",
        quote=quote,
    )
    return LedgerClaim(cid, claim, NOW - age, f"https://t.me/{source}/{cid}", source, cid)


def chats(planned: list) -> list[int]:
    return sorted(p.chat_id for p in planned)


def test_settlement_subscription_matches_only_that_settlement() -> None:
    subs = [Sub(1, 100, KLISH.code), Sub(2, 200, ANDR.code)]
    planned = plan_alerts([ledger(1, KLISH)], subs, PLACES, NOW)
    assert chats(planned) == [100]
    assert planned[0].claim_id == 1 and planned[0].subscription_id == 1 and planned[0].settlement == KLISH.code
    assert planned[0].dedupe_key == dedupe_key(ledger(1, KLISH).claim)


def test_radius_subscription_uses_gazetteer_coordinates() -> None:
    assert 3 < distance_km(KLISH.lat, KLISH.lon, ANDR.lat, ANDR.lon) < 5  # type: ignore[arg-type]
    subs = [Sub(1, 100, ANDR.code, radius_km=5), Sub(2, 200, ANDR.code, radius_km=2), Sub(3, 300, ROBO.code, 100)]
    assert chats(plan_alerts([ledger(1, KLISH)], subs, PLACES, NOW)) == [100]


def test_radius_includes_the_centre_and_skips_unknown_coordinates() -> None:
    subs = [Sub(1, 100, NOCOORD.code, radius_km=50), Sub(2, 200, KLISH.code, radius_km=50)]
    assert chats(plan_alerts([ledger(1, NOCOORD)], subs, PLACES, NOW)) == [100]  # its own centre, no coordinates
    assert chats(plan_alerts([ledger(2, ANDR)], subs, PLACES, NOW)) == [200]  # a centre without coordinates: itself


@pytest.mark.parametrize(
    ("kind", "name", "expected"),
    [
        ("raion", "Бахмутський", [100]),
        ("raion", "Бахмутський район", [100]),
        ("raion", "Пологівський", []),
        ("oblast", "Донецька", [100]),
        ("oblast", "Донецька область", [100]),
        ("oblast", "Запорізька", []),
        ("hromada", "Часовоярська", []),
    ],
)
def test_area_subscription(kind: str, name: str, expected: list[int]) -> None:
    subs = [Sub(1, 100, area_kind=kind, area_name=name)]
    assert chats(plan_alerts([ledger(1, KLISH)], subs, PLACES, NOW)) == expected


def test_area_key_folds_case_and_area_words() -> None:
    assert area_key("Донецька ОБЛАСТЬ") == area_key("донецька") == "донецька"
    assert in_area(BAKH, "raion", "бахмутський р-н")


def test_one_alert_per_chat_however_many_subscriptions_cover_it() -> None:
    subs = [
        Sub(3, 100, area_kind="oblast", area_name="Донецька"),
        Sub(1, 100, KLISH.code),
        Sub(2, 100, ANDR.code, radius_km=10),
    ]
    planned = plan_alerts([ledger(1, KLISH)], subs, PLACES, NOW)
    assert len(planned) == 1
    assert planned[0].subscription_id == 1  # the most specific subscription is named


def test_same_key_twice_in_one_batch_alerts_once() -> None:
    planned = plan_alerts([ledger(1, KLISH), ledger(2, KLISH, source="other")], [Sub(1, 100, KLISH.code)], PLACES, NOW)
    assert [p.claim_id for p in planned] == [1]


def test_different_kinds_or_actors_are_different_alerts() -> None:
    claims = [ledger(1, KLISH), ledger(2, KLISH, Kind.REPELLED, Side.UA, Side.UA), ledger(3, KLISH, actor=Side.UA)]
    planned = plan_alerts(claims, [Sub(1, 100, KLISH.code)], PLACES, NOW)
    assert [p.claim_id for p in planned] == [1, 2, 3]
    assert len({p.dedupe_key for p in planned}) == 3


def test_unresolved_stale_register_and_unknown_settlements_do_not_alert() -> None:
    ghost = Settlement("UA99999999999999999", "C", "Нема", "Nema", "Донецька", "Бахмутський", "")
    claims = [
        ledger(1, None),
        ledger(2, KLISH, age=timedelta(days=3)),
        ledger(3, KLISH, source="register"),
        ledger(4, ghost),
    ]
    subs = [Sub(1, 100, KLISH.code), Sub(2, 100, ghost.code), Sub(3, 100, area_kind="oblast", area_name="Донецька")]
    assert plan_alerts(claims, subs, PLACES, NOW) == []


def test_claim_without_date_alerts() -> None:
    lc = ledger(1, KLISH)
    undated = LedgerClaim(lc.id, lc.claim, None, lc.url, lc.source)
    assert chats(plan_alerts([undated], [Sub(1, 100, KLISH.code)], PLACES, NOW)) == [100]


def test_paused_subscriptions_do_not_alert() -> None:
    assert plan_alerts([ledger(1, KLISH)], [Sub(1, 100, KLISH.code, paused=True)], PLACES, NOW) == []


def test_edited_post_alerts_only_when_its_claim_changed() -> None:
    subs = [Sub(1, 100, KLISH.code), Sub(2, 200, ANDR.code)]
    before = [ledger(1, KLISH).claim]
    retyped = ledger(2, KLISH, quote="освобождён населённый пункт Клещеевка")  # quote fixed, claim the same
    assert plan_alerts([retyped], subs, PLACES, NOW, previous=before) == []
    changed = ledger(3, KLISH, kind=Kind.FIGHTING)  # "captured" became "fighting"
    assert [p.claim_id for p in plan_alerts([changed], subs, PLACES, NOW, previous=before)] == [3]
    added = [ledger(4, KLISH), ledger(5, ANDR)]  # a second village added to the post
    assert [p.chat_id for p in plan_alerts(added, subs, PLACES, NOW, previous=before)] == [200]
    assert changed_claims(added, before) == [added[1]]


def test_ten_thousand_subscribers() -> None:
    subs = [Sub(i, 1000 + i, KLISH.code) for i in range(10_000)]
    planned = plan_alerts([ledger(1, KLISH)], subs, PLACES, NOW)
    assert len(planned) == 10_000 and len({p.chat_id for p in planned}) == 10_000


@pytest.mark.parametrize("lang", ["uk", "en", "ru"])
def test_alert_text_has_place_claim_source_and_escapes(lang: str) -> None:
    lc = ledger(7, KLISH, quote="<b>взято</b> & удержано", source="mod<russia>")
    text = alert_html(lc, KLISH, lang, also=["rybar", "mod<russia>", "rybar", "dva_majors"])
    name = "Klishchiivka" if lang == "en" else "Кліщіївка"
    raion, oblast = ("Bakhmutskyi", "Donetska") if lang == "en" else ("Бахмутський", "Донецька")
    assert name in text and raion in text and oblast in text
    assert {"uk": "Міноборони РФ", "ru": "Минобороны РФ", "en": "Russian MoD"}[lang] in text  # speakers translated
    assert "&lt;b&gt;взято&lt;/b&gt; &amp; удержано" in text and "<b>взято" not in text
    assert 'href="https://t.me/mod&lt;russia&gt;/7"' not in text  # an unsafe URL is not made a link
    assert text.count("rybar") == 1 and "dva_majors" in text
    assert text.count("mod&lt;russia&gt;") == 1  # the primary source is not listed again under "also"


def test_alert_text_without_also_has_no_also_line() -> None:
    lc = ledger(7, KLISH)
    assert "Also reported" not in alert_html(lc, KLISH, "en")
    assert "Also reported by: rybar" in alert_html(lc, KLISH, "en", also=["rybar"])
    assert '<a href="https://t.me/mod_russia/7">mod_russia</a>' in alert_html(lc, KLISH, "en")


def test_digest_lists_every_claim() -> None:
    items = [
        (ledger(1, KLISH), KLISH),
        (ledger(2, ANDR, Kind.REPELLED, Side.UA, Side.UA), ANDR),
        (ledger(3, None), None),
    ]
    text = digest_html(items, "en")
    assert "3 new claims" in text and "Klishchiivka" in text and "Andriivka" in text and "repelled" in text


@pytest.mark.parametrize(
    ("when", "alerts"),
    [
        (None, True),
        ("2026-11-24", True),  # today's event
        ("2026-11-23", True),  # yesterday's
        ("2026-11-01", False),  # weeks ago: history
        ("2026-11", True),  # this month: can't tell, so news
        ("2023-01", False),  # "Soledar, taken in January 2023"
        ("2026-10", False),
    ],
)
def test_a_claim_about_a_long_past_event_is_never_news(when: str | None, alerts: bool) -> None:
    from dataclasses import replace

    lc = ledger(1, KLISH)
    lc = replace(lc, claim=replace(lc.claim, when=when))
    subs = [Sub(1, 10, settlement=KLISH.code)]
    assert bool(plan_alerts([lc], subs, PLACES, NOW)) is alerts
