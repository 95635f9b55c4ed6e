"""Scoring (precision / recall / F1 over triples, negatives), JSON records, and the extract / eval commands."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from test_extract import ANDR, ANDR2, BAKH, KLISH, KUP, PLACES, ROB, TinyPlaces

from bot.core.claims.evaluate import (
    ACTOR,
    CLAIMANT,
    ERROR_CLASSES,
    KIND,
    NAMESAKE,
    NO_CLAIM,
    PLACE_MISSED,
    SPURIOUS,
    RecordError,
    format_report,
    parse_date,
    post_from_record,
    score,
)
from bot.core.claims.extract import extract_claims
from bot.core.lang import detect_language
from bot.core.present.codec import claim_json as claim_to_json
from bot.models import Candidate, Claim, Kind, Mention, Post, Side

DEV = Path(__file__).resolve().parents[1].parent / "shared" / "eval" / "dev.jsonl"

RECORDS = [
    {
        "id": "a",
        "lang": "uk",
        "side": "ua",
        "text": "Сили оборони звільнили Кліщіївку.",
        "claims": [{"settlement": "UA14020010120064151", "kind": "captured", "actor": "ua", "claimant": "ua"}],
    },
    {
        "id": "b",
        "lang": "ru",
        "side": "ru",
        "text": "Отражены атаки в районе Клещеевки и Курдюмовки.",
        "claims": [
            {"settlement": "UA14020010120064151", "kind": "repelled", "actor": "ru", "claimant": "ru"},
            {"settlement": "UA14020010030085322", "kind": "repelled", "actor": "ru", "claimant": "ru"},
        ],
    },
    {"id": "c", "lang": "en", "side": None, "text": "Drones were shot down over Bakhmut.", "claims": []},
    {"id": "d", "lang": "en", "side": None, "text": "Heavy fighting in Kupiansk.", "claims": []},
]


def test_score_counts_triples_languages_kinds_and_negatives() -> None:
    report = score(RECORDS, lambda post: extract_claims(post, PLACES), detect_language)
    # a: 1 tp; b: Клещеевка tp, Курдюмівка fp (gold says Андріївка: fn); c: nothing; d: a false fighting claim
    assert (report.overall.tp, report.overall.fp, report.overall.fn) == (2, 2, 1)
    assert report.by_lang["uk"].f1 == 1.0
    assert report.by_kind["repelled"].tp == 1
    assert report.by_kind["fighting"].fp == 1
    assert (report.negative_posts, report.negative_with_claims) == (2, 1)
    text = format_report(report, show_errors=True)
    assert "negative posts yielding a claim: 1/2" in text
    assert "missed" in text and "false" in text
    assert report.as_dict(show_errors=True)["overall"]["tp"] == 2
    # place recall: of the three gold settlements, Андріївка is named by no claim (Курдюмівка is named instead)
    assert (report.places_found, report.gold_places) == (2, 3)
    assert report.as_dict()["place_recall"] == 0.6667 and "place recall: 0.667 (2/3)" in text


def test_duplicate_claims_count_once() -> None:
    claim = Claim(settlement="X", name="x", kind=Kind.CAPTURED, actor=Side.UA, claimant=Side.UA)
    record = {"id": "z", "text": "t", "claims": [{"settlement": "X", "kind": "captured", "actor": "ua"}]}
    report = score([record], lambda post: [claim, claim], lambda text: "en")
    assert (report.overall.tp, report.overall.fp) == (1, 0)


def test_records_become_posts() -> None:
    post = post_from_record({"id": 7, "text": "x", "date": "2023-09-17T10:00:00Z", "side": "ru", "source": "s"})
    assert (post.external_id, post.side, post.date and post.date.isoformat()) == (
        "7",
        Side.RU,
        "2023-09-17T10:00:00+00:00",
    )
    assert parse_date("2023-09-17") is not None
    assert parse_date("2024-07") is not None
    assert parse_date("soon") is None
    for bad in ([], {"id": "1"}, {"text": 5}, {"text": "x", "side": "nato"}):
        with pytest.raises(RecordError):
            post_from_record(bad)


def test_claim_json_has_candidates_only_when_ambiguous() -> None:
    sure = Claim(settlement="UA1", name="n", kind=Kind.DENIED, actor=None, claimant=Side.OTHER, span=(1, 2))
    unsure = Claim(
        settlement=None, name="n", kind=Kind.FIGHTING, actor=None, claimant=Side.UA, candidates=("UA1", "UA2")
    )
    assert "candidates" not in claim_to_json(sure)
    assert claim_to_json(sure)["span"] == [1, 2]
    assert claim_to_json(unsure)["candidates"] == ["UA1", "UA2"]
    assert claim_to_json(unsure)["settlement"] is None


def test_extract_command_keeps_order_and_survives_bad_lines(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pytest.importorskip("bot.core.places")
    from bot.cli import main

    posts = tmp_path / "posts.jsonl"
    posts.write_text(
        "\n".join(
            [
                json.dumps({"id": "1", "text": "Сили оборони звільнили Кліщіївку.", "side": "ua"}, ensure_ascii=False),
                "{not json",
                json.dumps({"id": "3"}),
                json.dumps({"id": "4", "text": "Drones over Moscow.", "date": "2023-09-17"}),
            ]
        )
        + "\n",
        encoding="utf-8",
    )
    assert main(["extract", str(posts)]) == 0
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [line.get("id") for line in lines] == ["1", None, "3", "4"]
    assert lines[0]["lang"] == "uk"
    assert [c["kind"] for c in lines[0]["claims"]] == ["captured"]
    assert lines[0]["claims"][0]["settlement"] == "UA14020010120064151"
    assert "error" in lines[1] and "error" in lines[2]
    assert lines[3]["claims"] == []


@pytest.mark.skipif(not DEV.exists(), reason="../shared/eval/dev.jsonl is not beside the repo")
def test_dev_set_meets_the_target() -> None:
    gazetteer = pytest.importorskip("bot.core.places").load_gazetteer()
    records = [json.loads(line) for line in DEV.read_text(encoding="utf-8").splitlines() if line.strip()]
    report = score(records, lambda post: extract_claims(post, gazetteer), detect_language)
    assert report.overall.f1 >= 0.85
    assert report.negative_rate <= 0.05


def test_unused_post_fields_are_harmless() -> None:
    post = Post(source="t", channel="t", external_id="1", text="", side=None)
    assert extract_claims(post, PLACES) == []


# --- error classes: made-up labelled posts, each with the class its errors fall in ---------------------------

FAKE = "UA00000000000000001"  # a settlement the tiny resolver does not know


def _gold(code: str, kind: str, actor: str | None, claimant: str = "ua", name: str = "") -> dict[str, object]:
    return {"settlement": code, "name": name, "kind": kind, "actor": actor, "claimant": claimant}


CLASS_CASES = [
    # (resolver, side, text, gold claims, expected (class, side) pairs)
    ("sure", "ua", "ЗСУ звільнили Вигаданку.", [_gold(FAKE, "captured", "ua")], {(PLACE_MISSED, "missed")}),
    (
        "open",
        "ua",
        "Сили оборони звільнили Андріївку.",
        [_gold(ANDR.code, "captured", "ua")],
        {(NAMESAKE, "missed"), (NAMESAKE, "false")},
    ),
    (
        "other",
        "ua",
        "Сили оборони звільнили Андріївку.",
        [_gold(ANDR.code, "captured", "ua")],
        {(NAMESAKE, "missed"), (NAMESAKE, "false")},
    ),
    (
        "sure",
        None,
        "Bakhmut remains at the centre of attention.",
        [_gold(BAKH.code, "captured", "ru")],
        {(NO_CLAIM, "missed")},
    ),
    (
        "sure",
        "ua",
        "Українські штурмовики просунулися на околицях Роботиного.",
        [_gold(ROB.code, "captured", "ua")],
        {(KIND, "missed"), (KIND, "false")},
    ),
    (
        "sure",
        "ua",
        "Кліщіївку повністю зачищено від окупантів.",
        [_gold(KLISH.code, "captured", "ru")],
        {(ACTOR, "missed"), (ACTOR, "false")},
    ),
    (
        "sure",
        "ua",
        "Сили оборони звільнили Кліщіївку.",
        [_gold(KLISH.code, "captured", "ua", claimant="other")],
        {(CLAIMANT, "claimant")},
    ),
    ("sure", "ua", "Сили оборони звільнили Кліщіївку.", [], {(SPURIOUS, "false")}),
    ("sure", "ua", "Сили оборони звільнили Кліщіївку.", [_gold(KLISH.code, "captured", "ua")], set()),
]


class OtherFirst(TinyPlaces):
    """Ranks the Kharkiv Андріївка first, by a clear lead, with the Donetsk one behind it."""

    def find_places(self, text: str) -> list[Mention]:
        return [
            Mention(m.span, m.text, (Candidate(ANDR2, 0.9), Candidate(ANDR, 0.4)))
            if m.candidates[0].settlement == ANDR
            else m
            for m in PLACES.find_places(text)
        ]


RESOLVERS = {"sure": PLACES, "open": TinyPlaces(andriivka=None), "other": OtherFirst()}


@pytest.mark.parametrize(("resolver", "side", "text", "gold", "expected"), CLASS_CASES)
def test_errors_fall_in_their_class(
    resolver: str, side: str | None, text: str, gold: list[dict[str, object]], expected: set[tuple[str, str]]
) -> None:
    places = RESOLVERS[resolver]
    record = {"id": "x", "lang": "uk", "side": side, "text": text, "claims": gold}
    report = score([record], lambda post: extract_claims(post, places), detect_language, places.find_places)
    [result] = report.results
    assert {(e.cls, e.side) for e in result.classified} == expected
    counts = report.class_counts()
    assert sum(n for sides in counts.values() for n in sides.values()) == len(result.classified)
    for cls, side_of in expected:
        assert counts[cls][side_of] == 1


def test_without_a_resolver_a_place_no_claim_names_is_missed() -> None:
    record = {
        "id": "x",
        "side": None,
        "text": "Bakhmut remains at the centre of attention.",
        "claims": [_gold(BAKH.code, "captured", "ru")],
    }
    report = score([record], lambda post: extract_claims(post, PLACES), detect_language)
    assert [(e.cls, e.side) for e in report.results[0].classified] == [(PLACE_MISSED, "missed")]


def test_report_groups_errors_under_class_headings() -> None:
    records = [
        {"id": "k1", "side": "ua", "text": "Сили оборони звільнили Кліщіївку.", "claims": []},
        {
            "id": "k2",
            "side": "ua",
            "text": "ЗСУ звільнили Вигаданку.",
            "claims": [_gold(FAKE, "captured", "ua", name="Вигадане")],
        },
    ]
    report = score(records, lambda post: extract_claims(post, PLACES), detect_language, PLACES.find_places)
    text = format_report(report, show_errors=True)
    assert text.index("## place missed (1)") < text.index("## spurious place (1)")
    missed_block = text[text.index("## place missed") : text.index("## spurious place")]
    assert "k2" in missed_block and "Вигадане" in missed_block and "k1" not in missed_block
    assert "## kind" not in text  # empty classes get no heading, only their zero count
    assert all(cls in text for cls in ERROR_CLASSES)
    data = report.as_dict(show_errors=True)
    assert data["error_classes"][SPURIOUS] == {"missed": 0, "false": 1, "claimant": 0}
    assert data["error_classes"][PLACE_MISSED]["missed"] == 1
    [k1] = [e for e in data["errors"] if e["id"] == "k1"]
    assert k1["classified"][0]["class"] == SPURIOUS
    assert "errors" not in report.as_dict() and "error_classes" in report.as_dict()


def test_eval_command_prints_the_classes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pytest.importorskip("bot.core.places")
    from bot.cli import main

    posts = tmp_path / "gold.jsonl"
    records = [
        {"id": "s1", "side": "ua", "text": "Сили оборони звільнили Кліщіївку.", "claims": []},
        {
            "id": "s2",
            "side": None,
            "text": "Kupiansk remains at the centre of attention.",
            "claims": [_gold(KUP.code, "fighting", None)],
        },
    ]
    posts.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    assert main(["eval", str(posts), "--show-errors"]) == 0
    out = capsys.readouterr().out
    assert "## spurious place (1)" in out and "## no claim attached (1)" in out
    assert main(["eval", str(posts), "--json", "--show-errors"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["error_classes"][NO_CLAIM]["missed"] == 1
    assert {e["classified"][0]["class"] for e in data["errors"]} == {SPURIOUS, NO_CLAIM}
