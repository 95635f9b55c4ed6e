"""The extractor on tests/data/extract_cases.jsonl: our own realistic uk / ru / en posts, labelled by hand.

General Staff and Russian MoD daily reports, Syrskyi, spokespeople, news paragraphs quoting them, ISW-style
assessments, denials, and hard negatives (shelling, strikes, losses, evacuation, aid, visits, distances). Scored
like the held-out set: precision / recall / F1 over (settlement, kind, actor), and negatives that yield a claim.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bot.core.claims.evaluate import post_from_record, score
from bot.core.claims.extract import extract_claims
from bot.core.lang import detect_language
from bot.models import Kind

CASES = Path(__file__).resolve().parent / "data" / "extract_cases.jsonl"


@pytest.fixture(scope="module")
def records() -> list[dict[str, object]]:
    return [json.loads(line) for line in CASES.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.fixture(scope="module")
def gazetteer():  # type: ignore[no-untyped-def]
    return pytest.importorskip("bot.core.places").load_gazetteer()


def test_cases_are_well_formed(records: list[dict[str, object]]) -> None:
    assert len(records) >= 90
    assert {r["lang"] for r in records} == {"uk", "ru", "en"}
    kinds = {c["kind"] for r in records for c in r["claims"]}  # type: ignore[attr-defined]
    assert kinds == {k.value for k in Kind}
    assert sum(not r["claims"] for r in records) >= 20  # hard negatives


def test_cases_meet_the_target(records: list[dict[str, object]], gazetteer) -> None:  # type: ignore[no-untyped-def]
    report = score(records, lambda post: extract_claims(post, gazetteer), detect_language)
    assert report.overall.f1 >= 0.85, report.as_dict(show_errors=True)
    for lang in ("uk", "ru", "en"):
        assert report.by_lang[lang].f1 >= 0.8, (lang, report.by_lang[lang].as_dict())
    assert report.negative_with_claims == 0, report.as_dict(show_errors=True)


@pytest.mark.parametrize(
    ("text", "side", "kind", "actor"),
    [
        (
            "На Краматорському напрямку агресор штурмував позиції наших військ у районі Часового Яру. "
            "Усі атаки відбито.",
            "ua",
            Kind.REPELLED,
            "ua",
        ),
        ("Сили оборони відновили контроль над селом Піщане на Покровському напрямку.", "ua", Kind.CAPTURED, "ua"),
        ("В ISW зазначили, що кадри свідчать про просування російських військ у Торецьку.", None, Kind.ADVANCED, "ru"),
        ("Противник безуспешно пытался вытеснить наши подразделения из Торецка.", "ru", Kind.REPELLED, "ru"),
        ("Russian troops were repulsed near Chasiv Yar, the General Staff said.", None, Kind.REPELLED, "ua"),
        ("Российские штурмовики зачищают Торецк от остатков ВСУ, сообщил Пушилин.", None, Kind.ADVANCED, "ru"),
        ("Ukraine lost control of Vuhledar, the General Staff said.", None, Kind.WITHDREW, "ua"),
        ("Подразделения ВСУ были выбиты из Курахово, сообщили военкоры.", None, Kind.WITHDREW, "ua"),
    ],
)
def test_general_report_phrases(text: str, side: str | None, kind: Kind, actor: str, gazetteer) -> None:  # type: ignore[no-untyped-def]
    claims = extract_claims(post_from_record({"id": "x", "text": text, "side": side}), gazetteer)
    assert [(c.kind, c.actor and c.actor.value) for c in claims] == [(kind, actor)]


@pytest.mark.parametrize(
    "text",
    [
        "Противник потерял до 150 военнослужащих в районе Торецка.",
        "Debris fell in Kharkiv and Kupiansk after the attack.",
        "Ворог втратив понад 100 військових поблизу Покровська.",
        "ВСУ потеряли до 40 военнослужащих и два танка в районе Торецка.",
        "Ukraine's military said it struck a Russian command post in occupied Horlivka.",
        "Росіяни взяли в полон трьох українських військових біля Торецька.",
        "У Покровську залишилися близько 7 тисяч мешканців, евакуація триває.",
        # places that suffered attacks: targets of strikes
        "Атаки зазнали Покровськ, Мирноград та Торецьк Донецької області.",
        "Покровск подвергся атакам беспилотников.",
        # a country's attack beside a sentence about its victims is a strike
        "Russia attacked the city of Pokrovsk on Wednesday. The brutal attack killed ten people.",
        "П'ятеро загиблих. Росія атакувала Покровськ.",
    ],
)
def test_losses_and_debris_are_not_claims(text: str, gazetteer) -> None:  # type: ignore[no-untyped-def]
    assert extract_claims(post_from_record({"id": "x", "text": text, "side": None}), gazetteer) == []
