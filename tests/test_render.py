"""Pure rendering: escaping, reported wording, claims in words, register line, splitting under 4096."""

from __future__ import annotations

import re
from datetime import UTC, datetime

import pytest

from bot.core.present import render
from bot.models import Claim, Control, Kind, LedgerClaim, Settlement, Side, Status

ROBOTYNE = Settlement(
    "UA23060070020035463", "C", "Роботине", "Robotyne", "Запорізька", "Пологівський", "Мала Токмачка", 47.4497, 35.8392
)


def ledger(
    n: int,
    kind: Kind,
    actor: Side | None,
    claimant: Side,
    *,
    source: str = "GeneralStaffZSU",
    speaker: str | None = "General Staff",
    quote: str = "Robotyne liberated",
    day: int = 28,
    url: str | None = "https://t.me/GeneralStaffZSU/1",
) -> LedgerClaim:
    claim = Claim(ROBOTYNE.code, "Robotyne", kind, actor, claimant, speaker=speaker, quote=quote)
    return LedgerClaim(n, claim, datetime(2023, 8, day, 12, tzinfo=UTC), url, source)


def status(*claims: LedgerClaim, reported: Control = Control.UA, contradiction: bool = False) -> Status:
    latest: dict[Side, LedgerClaim | None] = {s: None for s in Side}
    for lc in claims:
        latest[lc.claim.claimant] = latest[lc.claim.claimant] or lc
    return Status(ROBOTYNE, reported, latest, tuple(claims), contradiction)


def test_status_reply_names_place_reported_state_and_claims() -> None:
    out = render.status_html(status(ledger(1, Kind.CAPTURED, Side.UA, Side.UA)), "en")
    assert "<b>Robotyne</b> — Polohivskyi raion, Zaporizka oblast" in out
    assert "Reported: under Ukrainian control" in out
    assert "not verified facts" in out
    assert "Ukrainian forces captured it — 2023-08-28 15:00 Kyiv time, General Staff of Ukraine" in out
    assert '<a href="https://t.me/GeneralStaffZSU/1">GeneralStaffZSU</a>' in out
    assert "Russian side</b>: nothing recorded" in out


def test_no_claims_is_said() -> None:
    out = render.status_html(status(reported=Control.UNKNOWN), "uk")
    assert "заяв ще не записано" in out
    assert "За заявами" not in out


def test_contradiction_and_register_lines() -> None:
    reg = ledger(3, Kind.CAPTURED, Side.RU, Side.UA, source="register", url=None, day=1, speaker=None)
    out = render.status_html(
        status(
            ledger(1, Kind.CAPTURED, Side.UA, Side.UA),
            ledger(2, Kind.REPELLED, Side.RU, Side.RU, source="mod_russia"),
            reg,
            reported=Control.CONTESTED,
            contradiction=True,
        ),
        "en",
    )
    assert "The sides contradict each other" in out
    assert "Official register (Order 376): temporarily occupied since 2023-08-01" in out
    assert "Russian forces repelled an attack" in out
    assert out.count("register") == 1  # the register entry is not shown as a side's latest claim


@pytest.mark.parametrize(
    ("kind", "actor", "words"),
    [
        (Kind.CAPTURED, Side.RU, "temporarily occupied since"),
        (Kind.CAPTURED, Side.UA, "occupation ended"),
        (Kind.FIGHTING, None, "active hostilities since"),
        (Kind.REPELLED, Side.UA, "active hostilities ended"),
    ],
)
def test_register_events_in_words(kind: Kind, actor: Side | None, words: str) -> None:
    reg = ledger(1, kind, actor, Side.UA, source="register", url=None, speaker=None)
    assert words in render.status_html(status(reg), "en")


def test_everything_from_sources_is_escaped() -> None:
    evil = ledger(
        1,
        Kind.CAPTURED,
        Side.UA,
        Side.UA,
        speaker="<b>boss</b>",
        quote='<script>x</script> & "q"',
        source="<i>chan</i>",
        url='https://t.me/x"><script>',
    )
    out = render.status_html(status(evil), "en")
    assert "<script>" not in out and "<i>chan" not in out and "<b>boss" not in out
    assert "&lt;b&gt;boss&lt;/b&gt;" in out
    assert "href" not in out  # a URL that could break out of the attribute is not linked


def test_javascript_urls_are_not_links() -> None:
    out = render.claim_html(ledger(1, Kind.FIGHTING, None, Side.UA, url="javascript:alert(1)"), "en")
    assert "<a " not in out and "source: GeneralStaffZSU" in out


def test_long_quote_is_shortened() -> None:
    out = render.claim_html(ledger(1, Kind.FIGHTING, None, Side.UA, quote="word " * 200), "en")
    quote = re.search("«(.*?)»", out)
    assert quote is not None and len(quote.group(1)) <= render.QUOTE_CHARS + 1 and quote.group(1).endswith("…")


@pytest.mark.parametrize("lang", ["uk", "en", "ru"])
def test_kinds_in_words_in_every_language(lang: str) -> None:
    words = {render.kind_words(k, Side.RU, lang) for k in Kind}
    assert len(words) == len(Kind)
    assert all("{" not in w for w in words)


def test_uk_dates_and_names() -> None:
    out = render.claim_html(ledger(1, Kind.WITHDREW, Side.RU, Side.UA), "uk")
    assert "28.08.2023" in out and "відійшли" in out
    assert render.settlement_name(ROBOTYNE, "uk") == "Роботине"
    assert render.settlement_name(ROBOTYNE, "en") == "Robotyne"


def test_history_pages() -> None:
    claims = [ledger(i, Kind.FIGHTING, None, Side.UA, day=1 + i % 28) for i in range(20)]
    first = render.history_html(ROBOTYNE, claims, 0, "en", per_page=8)
    last = render.history_html(ROBOTYNE, claims, 99, "en", per_page=8)
    assert "(page 1 of 3)" in first and "(page 3 of 3)" in last
    assert first.count("fighting reported") == 8 and last.count("fighting reported") == 4


def test_split_respects_limit_and_lines() -> None:
    lines = [f"<b>line {i}</b> " + "ж" * 50 for i in range(300)]
    text = "\n".join(lines)
    parts = render.split_message(text, limit=4096)
    assert len(parts) > 1
    assert all(render.utf16_len(p) <= 4096 for p in parts)
    assert "\n".join(parts) == text  # split only at line boundaries, nothing lost
    assert all(p.count("<b>") == p.count("</b>") for p in parts)


def test_split_counts_emoji_as_two_units() -> None:
    parts = render.split_message("\n".join(["🇺🇦" * 10] * 200), limit=100)
    assert all(render.utf16_len(p) <= 100 for p in parts)


def test_split_a_single_huge_line() -> None:
    parts = render.split_message("<b>" + "word &amp; " * 2000 + "</b>", limit=4096)
    assert len(parts) > 1 and all(render.utf16_len(p) <= 4096 for p in parts)
    assert all("<b>" not in p for p in parts)  # markup dropped rather than left open
    assert all(not re.search(r"&[a-z]*$", p) for p in parts)  # no entity cut in half


def test_to_plain() -> None:
    assert render.to_plain('<b>X</b> &amp; <a href="https://t.me/a/1">a</a>') == "X & a (https://t.me/a/1)"


def test_sources() -> None:
    out = render.sources_html(
        [
            render.SourceInfo("channel", "GeneralStaffZSU", Side.UA, "General Staff"),
            render.SourceInfo("feed", "https://mil.gov.ua/rss?a=1&b=2", None, None),
        ],
        "en",
    )
    assert "t.me/GeneralStaffZSU — Ukrainian side, General Staff" in out
    assert "a=1&amp;b=2 — side not set" in out


@pytest.mark.parametrize(
    ("uk", "latin"),
    [
        ("Бахмутський", "Bakhmutskyi"),
        ("Запорізька", "Zaporizka"),
        ("Згурівський", "Zghurivskyi"),
        ("Яготинський", "Yahotynskyi"),
        ("Київ", "Kyiv"),
        ("Луганська", "Luhanska"),
    ],
)
def test_kmu_transliteration(uk: str, latin: str) -> None:
    assert render.transliterate(uk) == latin
