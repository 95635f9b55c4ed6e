"""Rendering tables in uk/ru/en: names per language, place lines (Crimea, Kyiv, no raion), case-free templates,
capitalisation, speakers, Kyiv time, event dates of a day or a month, what a headline rests on."""

from __future__ import annotations

import csv
import re
from datetime import UTC, datetime
from pathlib import Path

import pytest

from bot.core.claims.status import current_status
from bot.core.present import render
from bot.core.present.i18n import LANGUAGES, catalog, speaker_name, t
from bot.core.present.names import place_label, place_labels, place_line, transliterate
from bot.core.present.when import claim_when
from bot.models import Claim, Kind, LedgerClaim, Settlement, Side

AREAS = Path(__file__).resolve().parent.parent / "bot" / "data" / "areas.tsv"
KLISH = Settlement(
    "UA14020010120064151",
    "C",
    "Кліщіївка",
    "Klishchiivka",
    "Донецька",
    "Бахмутський",
    "Бахмутська",
    name_ru="Клещеевка",
    raion_ru="Бахмутский",
    oblast_ru="Донецкая",
)
ANDRIIVKA = Settlement(
    "UA01020010010075540", "C", "Андріївка", "Andriivka", "Автономна Республіка Крим", "Бахчисарайський", "Андріївська"
)
KYIV = Settlement("UA80000000000093317", "K", "Київ", "Kyiv", "Київ", "", "", name_ru="Киев")
PRYPIAT = Settlement("UA32000000010085013", "M", "Прип’ять", "Prypiat", "Київська", "", "")
KUPIANSK = Settlement("UA63080170010050775", "M", "Куп’янськ", "Kupiansk", "Харківська", "Куп’янський", "Куп’янська")

PLACE_LINES = [
    (KLISH, "uk", "<b>Кліщіївка</b> — Бахмутський район, Донецька область"),
    (KLISH, "ru", "<b>Клещеевка</b> — Бахмутский район, Донецкая область"),
    (KLISH, "en", "<b>Klishchiivka</b> — Bakhmutskyi raion, Donetska oblast"),
    (ANDRIIVKA, "uk", "<b>Андріївка</b> — Бахчисарайський район, Автономна Республіка Крим"),
    (ANDRIIVKA, "ru", "<b>Андріївка</b> — Бахчисарайський район, Автономная Республика Крым"),
    (ANDRIIVKA, "en", "<b>Andriivka</b> — Bakhchysaraiskyi raion, Autonomous Republic of Crimea"),
    (KYIV, "uk", "<b>Київ</b> — місто зі спеціальним статусом"),
    (KYIV, "ru", "<b>Киев</b> — город со специальным статусом"),
    (KYIV, "en", "<b>Kyiv</b> — city with special status"),
    (PRYPIAT, "en", "<b>Prypiat</b> — Kyivska oblast"),
    (KUPIANSK, "en", "<b>Kupiansk</b> — Kupianskyi raion, Kharkivska oblast"),
]


@pytest.mark.parametrize(
    ("s", "lang", "line"), PLACE_LINES, ids=[f"{s.name_latin}-{lang}" for s, lang, _ in PLACE_LINES]
)
def test_place_lines_per_language(s: Settlement, lang: str, line: str) -> None:
    assert place_line(s, lang) == line


@pytest.mark.parametrize(
    ("uk", "latin"),
    [
        ("Куп’янський", "Kupianskyi"),
        ("Кам’янський", "Kamianskyi"),
        ("Житомирський", "Zhytomyrskyi"),
        ("Згурівка", "Zghurivka"),
        ("Ярмолинці", "Yarmolyntsi"),
        ("Їжакевич", "Yizhakevych"),
        ("Знам’янка", "Znamianka"),
        ("Щорс", "Shchors"),
    ],
)
def test_kmu_2010_transliteration(uk: str, latin: str) -> None:
    assert transliterate(uk) == latin


def test_english_area_names_are_those_of_areas_tsv() -> None:
    """Every raion and oblast, transliterated, is the KMU-2010 English name areas.tsv lists for it."""
    rows = [r for r in csv.reader(AREAS.open(encoding="utf-8"), delimiter="\t", quoting=csv.QUOTE_NONE) if r]
    checked = 0
    for code, kind, name, *rest in rows:
        if code.startswith("#") or (kind == "oblast" and code.startswith(("UA01", "UA80", "UA85"))):
            continue
        english = [a[2:] for a in rest[1].split("|") if a.startswith("e:")]
        assert f"{transliterate(name)} {kind}" in english, (name, english[:3])
        checked += 1
    assert checked > 150


def test_labels_add_the_hromada_only_where_raion_and_oblast_repeat() -> None:
    other = Settlement(
        "UA14020010030085999", "C", "Кліщіївка", "Klishchiivka", "Донецька", "Бахмутський", "Часовоярська"
    )
    far = Settlement(
        "UA23000000000000001", "C", "Кліщіївка", "Klishchiivka", "Запорізька", "Пологівський", "Оріхівська"
    )
    labels = place_labels([KLISH, other, far], "en")
    assert labels[0] == "Klishchiivka (Bakhmutskyi raion, Donetska oblast, Bakhmutska hromada)"
    assert labels[1].endswith("Chasovoiarska hromada)")
    assert labels[2] == "Klishchiivka (Polohivskyi raion, Zaporizka oblast)"
    assert place_label(KLISH, "ru") == "Клещеевка (Бахмутский район, Донецкая область)"


# --- templates: names in the nominative, capitals, speakers --------------------------------------------------------

PREPOSITIONS = {
    "uk": "в у на від до з із зі біля про о об для під над за через навколо",
    "ru": "в во на от до с со из у около о об про для под над за через вокруг",
}


@pytest.mark.parametrize("lang", ["uk", "ru"])
def test_no_template_declines_a_name(lang: str) -> None:
    """A name never follows a preposition (that would need a case form: «від Кліщіївка»); templates are phrased
    so that it stands in the nominative."""
    words = PREPOSITIONS[lang].split()
    for key, template in catalog(lang).items():
        for name in ("name", "area", "what", "place"):
            for word in words:
                assert not re.search(rf"(?i)(?:^|\s){word}\s+\{{{name}\}}", template), (lang, key, template)


def test_capitals_where_they_belong() -> None:
    assert "Росії" in t("uk", "reported_ru") and "росії" not in t("uk", "reported_ru")
    assert render.kind_words(Kind.CAPTURED, Side.RU, "uk") == "Російські війська: узяли під контроль"
    assert render.kind_words(Kind.DENIED, Side.RU, "uk") == "заперечує, що російські війська узяли його під контроль"
    assert render.kind_words(Kind.CAPTURED, Side.UA, "ru") == "ВСУ: взяли под контроль"


@pytest.mark.parametrize(
    ("speaker", "lang", "shown"),
    [
        ("Russian MoD", "uk", "Міноборони РФ"),
        ("Russian MoD", "ru", "Минобороны РФ"),
        ("Maliar", "uk", "Маляр"),
        ("Maliar", "en", "Maliar"),
        ("General Staff", "ru", "Генштаб ВСУ"),
        ("Міноборони РФ", "en", "Russian MoD"),  # a speaker configured in another language
        ("Some Blogger", "uk", "Some Blogger"),
    ],
)
def test_speakers_per_language(speaker: str, lang: str, shown: str) -> None:
    assert speaker_name(speaker, lang) == shown


# --- dates and Kyiv time ------------------------------------------------------------------------------------------


def claim(when: str | None, posted: datetime, source: str = "mod_russia") -> LedgerClaim:
    return LedgerClaim(1, Claim(KLISH.code, "x", Kind.CAPTURED, Side.RU, Side.RU, when=when), posted, None, source, 1)


POSTED = datetime(2024, 3, 5, 8, 12, tzinfo=UTC)  # 10:12 in Kyiv (winter time)
WHEN_TABLE = [
    (None, "en", "2024-03-05 10:12 Kyiv time"),
    (None, "uk", "05.03.2024 10:12 за Києвом"),
    (None, "ru", "05.03.2024 10:12 по Киеву"),
    ("2023-01", "en", "January 2023 (reported 2024-03-05 10:12 Kyiv time)"),
    ("2023-01", "uk", "січень 2023 (повідомлено 05.03.2024 10:12 за Києвом)"),
    ("2023-01", "ru", "январь 2023 (сообщено 05.03.2024 10:12 по Киеву)"),
    ("2024-03-01", "en", "2024-03-01 (reported 2024-03-05 10:12 Kyiv time)"),
    ("2024-03-05", "en", "2024-03-05 10:12 Kyiv time"),  # the post's own day
    ("2024-03", "en", "2024-03-05 10:12 Kyiv time"),  # the post's own month
]


@pytest.mark.parametrize(("when", "lang", "text"), WHEN_TABLE)
def test_event_day_or_month_and_post_time(when: str | None, lang: str, text: str) -> None:
    assert claim_when(claim(when, POSTED), lang) == text


def test_summer_time_and_the_day_after_midnight() -> None:
    late = datetime(2023, 9, 17, 22, 30, tzinfo=UTC)  # 01:30 on the 18th in Kyiv (summer time)
    assert claim_when(claim(None, late), "en") == "2023-09-18 01:30 Kyiv time"


def test_register_entries_are_days() -> None:
    entry = claim("2022-04-01", datetime(2022, 4, 1, tzinfo=UTC), source="register")
    assert claim_when(entry, "uk") == "01.04.2022"


# --- headlines ----------------------------------------------------------------------------------------------------


def lc(n: int, day: int, claimant: Side, kind: Kind, actor: Side | None, source: str = "") -> LedgerClaim:
    c = Claim(KLISH.code, "x", kind, actor, claimant, speaker="Russian MoD" if claimant is Side.RU else "Maliar")
    return LedgerClaim(n, c, datetime(2023, 9, day, 9, tzinfo=UTC), None, source or f"ch{n}", n)


HEADLINES = [
    (
        [lc(1, 18, Side.UA, Kind.CAPTURED, Side.UA), lc(2, 19, Side.RU, Kind.CAPTURED, Side.RU)],
        {
            "en": ("Reported: under Russian control", "Only the Russian side has reported on it since 2023-09-19."),
            "uk": ("За заявами: під контролем Росії", "Від 19.09.2023 про нього повідомляла лише російська сторона."),
            "ru": ("По заявлениям: под контролем России", "С 19.09.2023 о нём сообщала только российская сторона."),
        },
    ),
    (
        [lc(1, 18, Side.UA, Kind.CAPTURED, Side.UA), lc(2, 19, Side.RU, Kind.REPELLED, Side.RU)],
        {
            "en": ("Reported: contested", "Both sides' latest claims disagree."),
            "uk": ("За заявами: спірний", "Останні заяви сторін суперечать одна одній."),
            "ru": ("По заявлениям: спорный", "Последние заявления сторон противоречат друг другу."),
        },
    ),
    (
        [lc(1, 18, Side.UA, Kind.FIGHTING, None), lc(2, 19, Side.UA, Kind.ADVANCED, Side.RU)],
        {
            "en": (
                "Reported: fighting",
                "Fighting or advances reported (latest: 2023-09-19); no claim of control since.",
            ),
            "uk": (
                "За заявами: тривають бої",
                "Повідомляють про бої чи просування (востаннє: 19.09.2023); заяв про контроль відтоді немає.",
            ),
            "ru": (
                "По заявлениям: идут бои",
                "Сообщают о боях или продвижении (последнее: 19.09.2023); заявлений о контроле с тех пор нет.",
            ),
        },
    ),
    (
        [lc(1, 1, Side.UA, Kind.FIGHTING, None, source="register")],
        {
            "en": (
                "Official register: area of active hostilities",
                "No side's claim of control is recorded; the official register (Order 376) lists it "
                "in the area of active hostilities since 2023-09-01.",
            ),
            "uk": (
                "Офіційний перелік: територія активних бойових дій",
                "Заяв сторін про контроль не записано; офіційний перелік (наказ 376) відносить його "
                "до території активних бойових дій з 01.09.2023.",
            ),
            "ru": (
                "Официальный перечень: территория активных боевых действий",
                "Заявлений сторон о контроле не записано; официальный перечень Украины (приказ 376) "
                "относит его к территории активных боевых действий с 01.09.2023.",
            ),
        },
    ),
]


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize(("claims", "expected"), HEADLINES, ids=["one_side", "disagree", "fighting", "register_area"])
def test_headline_says_what_it_rests_on(
    claims: list[LedgerClaim], expected: dict[str, tuple[str, str]], lang: str
) -> None:
    out = render.status_html(current_status(KLISH, claims, datetime(2024, 1, 1, tzinfo=UTC)), lang)
    headline, basis = expected[lang]
    assert f"<b>{headline}</b>\n{render.esc(basis)}\n" in out


def test_history_tells_register_entries_in_their_own_words() -> None:
    entry = claim("2022-04-01", datetime(2022, 4, 1, tzinfo=UTC), source="register")
    out = render.history_html(KLISH, [claim(None, POSTED), entry], 0, "en")
    assert "📜 Official register (Order 376): temporarily occupied since 2022-04-01" in out
    assert "🇷🇺 Russian forces captured it — 2024-03-05 10:12 Kyiv time" in out
