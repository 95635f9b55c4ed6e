"""The resolver's failure classes (issue 10) on tables of made-up uk / ru / en sentences, bundled gazetteer:
word-like names that are toponyms (1), press spellings (8), namesakes chosen by context (9)."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from bot.core.claims.extract import extract_claims
from bot.core.normalize import loose
from bot.core.places import Gazetteer
from bot.core.places.frontline import Frontline, FrontPeriods
from bot.core.places.loader import read_front_periods
from bot.core.places.model import CITY_CATEGORIES, fits_category, rules_out_city
from bot.core.places.words import CATEGORY_MARKERS
from bot.core.present.codec import claim_json
from bot.models import Candidate, Mention, Post, Settlement


def named(gaz: Gazetteer, text: str) -> list[tuple[str, str]]:
    """(name, oblast) of each mention's best candidate, in text order."""
    return [(m.candidates[0].settlement.name, m.candidates[0].settlement.oblast) for m in gaz.find_places(text)]


# --- 1: word-like names --------------------------------------------------------------------------------------

DON = "Донецька"
DNI = "Дніпропетровська"
TOPONYMS = [
    ("Бахмут", [("Бахмут", DON)]),  # a city alone
    ("Ізюм звільнено", [("Ізюм", "Харківська")]),  # a city at the start of a sentence
    ("Сьогодні Бахмут знову під обстрілом.", [("Бахмут", DON)]),
    ("Изюм снова под обстрелом.", [("Ізюм", "Харківська")]),
    ("Захисники звільнили Хатнє і просуваються далі.", [("Хатнє", "Харківська")]),  # mid-sentence, capitalised
    ("Противник просунувся в бік Липового Краматорського району.", [("Липове", DON)]),  # «в бік» marks a place
    ("Росіяни заявили, що зайняли Залізничне Запорізької області.", [("Залізничне", "Запорізька")]),
    ("Очеретино под нашим контролем, заявил спикер.", [("Очеретине", DON)]),  # the subject of a claim's predicate
    ("Освобождены Тихое и Отрадное Днепропетровской области.", [("Тихе", DNI), ("Відрадне", DNI)]),  # after it
    ("Ворог намагався закріпитися на лівому березі Куп’янська.", [("Куп’янськ", "Харківська")]),  # a town's bank
    ("Штурмовики продвигаются по линии Зверево – Шевченко – Новопавловка.", None),  # a dashed line of places
    (
        "Attacks were repelled near Bakhmut and Maryinka settlements of the Donetsk region.",
        [("Бахмут", DON), ("Мар’їнка", DON)],
    ),
]
COMMON = [
    "Мир і Слава всім, хто боронить землю.",  # too common to be a place without a marker
    "Перемога буде за нами.",
    "Президент Володимир Зеленський провів нараду.",  # a first name and a surname
    "Про це повідомив Олег Шевченко.",
    "світле майбутнє настане",  # lower case
    "Peace and Victory to all.",
    "Город остается под контролем украинской армии.",  # the noun "city", not the village Город
    "As the staff said, the situation is tense.",  # «Ас» is "As" in the official Latin
    # a masculine adjective with its noun left out is a direction or raion, not a misspelt adjectival village
    "Росіяни перекинули резерви на Лиманський, там найгарячіше.",
    "Russians shifted reserves to the Pokrovskyi, the spokesman said.",
    # a river after its bank, or before the word river, is the river («лівобережжя Дніпра», "the Oskil River")
    # every member of a list of areas before its plural noun is an area, not the village of that name
    "Обстріли тривали в Харківській, Донецькій та Запорізькій областях.",
    "Освобождена значительная часть Донецкой и Луганской народных республик.",
    "Shelling was reported in the Donetsk and Luhansk oblasts.",
    "Бої тривали в Донецькій та Запорізькій області.",  # two adjectives, one singular noun: both areas
    "The land bridge connects occupied Crimea and Donetsk.",  # a region joined to a region
    "Атаки відбито біля Нового мікрорайону.",  # a town's neighbourhood, not the village Нове
    "На лівобережжі Дніпра тривають бої.",
    "Войска закрепились на левом берегу Оскола.",
    "Ukrainian marines crossed to the east bank of the Dnipro River.",
    "Бои шли в районе Клебан-Быкского водохранилища.",  # a water body's hyphenated name
    "Ukrainian Marines crossed the river.",  # never a misspelt Мар'їне
    # a surname after a person's title, not its namesake village
    "Про це повідомив речник Демченко.",
    # an organisation named by a place's adjective, the Defence Forces
    "Про це повідомляє Донецьке агентство новин.",
    "Речник Об'єднаного пресцентру Сил оборони розповів про ситуацію.",
    "Село звільнили під час Харківської контрнаступальної операції.",
    "Десантники 81-ї окремої аеромобільної Слобожанської бригади тримають оборону.",  # a brigade's adjective
    "На Сході окупанти намагаються просуватися.",  # the compass as a region after a bare preposition
    "Місто під контролем Сил оборони.",  # «під» governs «контролем», not the next capitalised word (Сіль)
    "Як заявив речник угруповання Волошин, ситуація складна.",
    # a sea, a directorate, a regional council named by an adjective; a speaker after "according to"; a broadcaster
    "Бои шли у побережья на Азовском море.",
    "Як повідомили в Головному управлінні розвідки, ситуація складна.",
    "Об этом сообщила советница председателя Харьковского облсовета.",
    "According to Hryhorov, most residents have chosen to leave.",
    "За словами Гайдая, ситуація складна.",
    "A spokesperson confirmed it to Suspilne on Sunday.",
    "A day before, the spokesman told Hromadske that the situation was difficult.",
    # every word of an English headline capitalised: the short word is no village («Ас»)
    "Russia Claims More Ground As Fighting Intensifies Across The Front",
]


@pytest.mark.parametrize(("text", "expected"), TOPONYMS)
def test_word_like_toponyms(gazetteer: Gazetteer, text: str, expected: list[tuple[str, str]] | None) -> None:
    found = named(gazetteer, text)
    if expected is None:
        assert [n for n, _ in found] == ["Звірове", "Шевченко", "Новопавлівка"]
    else:
        assert found[: len(expected)] == expected


@pytest.mark.parametrize("text", COMMON)
def test_common_words_stay_words(gazetteer: Gazetteer, text: str) -> None:
    assert named(gazetteer, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Troops pulled out of the Donetsk town of Soledar.",
        "They took Soledar, a small town in Donetsk, last week.",
        "Gains were made near Soledar in Donetsk.",
        "The town of Soledar, located just inside Donetsk, fell.",
    ],
)
def test_the_region_of_a_settlement_is_no_settlement(gazetteer: Gazetteer, text: str) -> None:
    """ "The Donetsk town of X", "a town in Donetsk": the region (but "X settlements of the region" above)."""
    assert named(gazetteer, text) == [("Соледар", DON)]


def test_two_areas_sharing_a_noun_both_narrow_the_namesakes(gazetteer: Gazetteer) -> None:
    """«в Донецькій та Запорізькій області»: Donetsk oblast is named too, so the namesakes by Klishchiivka win."""
    text = (
        "Бої в Донецькій та Запорізькій області. Атаки поблизу Богданівки, біля Іванівського, Кліщіївки та Андріївки."
    )
    found = dict(named(gazetteer, text))
    assert found["Андріївка"] == DON and found["Богданівка"] == DON
    # a list whose members are not all areas' adjectives is a list of places before the area
    text = "Атаки біля Первомайського, Мар’їнки і Перемоги Донецької області."
    assert "Первомайське" in dict(named(gazetteer, text)) or "Авдіївське" in dict(named(gazetteer, text))


def test_a_region_after_a_settlement_noun_and_a_village_after_a_river(gazetteer: Gazetteer) -> None:
    assert named(gazetteer, "ВС РФ выбили ВСУ из стратегически важного села в Запорожье.") == []  # the region
    text = "Troops held positions on the left bank of the Dnipro in Kozachi Laheri."  # after a river: the village
    assert [n for n, _ in named(gazetteer, text)] == ["Козачі Лагері"]


# A name in «-ець», «-ец» drops its e before an ending («з Тростянця», «из Тростянца», «у Тростянці»); a river named
# with its adjective («до Сіверського Донця», «берег Северского Донца») is water, adjective and name alike.
FLEETING_AND_RIVERS = [
    ("Окупанти тікають з Тростянця.", [("Тростянець", "Сумська")]),
    ("Оккупанты бегут из Тростянца.", [("Тростянець", "Сумська")]),
    ("Troops left Trostianets.", [("Тростянець", "Сумська")]),
    ("Ворог намагається просунутися в бік Сіверського Донця.", []),
    ("Освобожден весь левый берег Северского Донца.", []),
]


@pytest.mark.parametrize(("text", "expected"), FLEETING_AND_RIVERS)
def test_a_fleeting_e_and_a_river_with_its_adjective(
    gazetteer: Gazetteer, text: str, expected: list[tuple[str, str]]
) -> None:
    assert named(gazetteer, text) == expected


def test_sector_adjective_is_not_a_village(gazetteer: Gazetteer) -> None:
    assert named(gazetteer, "У Харківському секторі противник атакував.") == []


# --- 8: press spellings ------------------------------------------------------------------------------------

PRESS = [
    ("Russian troops entered Kurakhovo.", ("Курахове", DON)),  # the Russian name transliterated
    ("Fighting continues near Chasov Yar.", ("Часів Яр", DON)),
    ("The enemy advanced towards Krasnoarmeysk.", ("Покровськ", DON)),  # a Soviet name, renamed in 2016
    ("Moscow says it took Zhelannoye.", ("Благодатне", DON)),  # a former name as the Russian press spells it
    ("Kleshcheyevka was retaken, the brigade said.", ("Кліщіївка", DON)),
    # a hyphenated name whose first half is a town of its own: the pair, and its second half no village apart
    ("The village of Kupyansk-Vuzlovy is liberated.", ("Куп’янськ-Вузловий", "Харківська")),
    # a loose adjective of a two-word name whose first word alone is another place's former name (Малий)
    ("They entered the village of Maly Shcherbaky.", ("Малі Щербаки", "Запорізька")),
    ("Russian troops entered Ocheretyno.", ("Очеретине", DON)),  # a loose ending; English "ch" is «ч»
]


def test_a_hyphenated_pair_is_one_name(gazetteer: Gazetteer) -> None:
    assert [m.text for m in gazetteer.find_places("The village of Kupyansk-Vuzlovy is liberated.")] == [
        "Kupyansk-Vuzlovy"
    ]


@pytest.mark.parametrize(("text", "expected"), PRESS)
def test_press_spellings(gazetteer: Gazetteer, text: str, expected: tuple[str, str]) -> None:
    assert expected in named(gazetteer, text)


def test_a_name_alone_on_its_line_in_a_list_is_a_toponym(gazetteer: Gazetteer) -> None:
    text = "Основні бої зосереджені довкола населених пунктів:\n\nСтепове;\n\nБердичі;\n\nТоненьке."
    assert [m.text for m in gazetteer.find_places(text)] == ["Степове", "Бердичі", "Тоненьке"]
    assert gazetteer.find_places("Наше гасло:\nМир;\nСлава.") == []  # too common, whatever the line


# --- 9: namesakes ----------------------------------------------------------------------------------------------

NAMESAKES = [
    ("Бої тривають біля Андріївки Бахмутського району.", "Бахмутський", "area"),  # the raion named
    ("ЗСУ вибили ворога з Андріївки та Кліщіївки.", "Бахмутський", "nearby"),  # next to the other place
    ("Fighting goes on near Andriivka and Klishchiivka.", "Бахмутський", "nearby"),
    # none clear alone, the four lie close together in one spot only: it outweighs the register's front and the prior
    ("Ворог зайняв Тихе, Відрадне, Вовче та Гай.", "Синельниківський", "nearby"),
    ("Бойцы выбили противника из Тихого, Отрадного, Волчьего и Гая.", "Синельниківський", "nearby"),
    ("Russian troops say they took Tykhe, Vidradne, Vovche and Hai.", "Синельниківський", "nearby"),
    ("Кривий Ріг знову під атакою.", "Криворізький", "city"),  # a village on the front does not outweigh a city
    ("Russian missiles hit Nikolaev overnight.", "Миколаївський", "city"),  # an oblast centre before a town
    # the front direction the name stands under: its namesake near the direction's town (not the city Кам’янське)
    ("Сили оборони відбили атаку на Оріхівському напрямку в районі Кам’янського.", "Василівський", "direction"),
    ("На Ореховском направлении противник атаковал в районе Каменского.", "Василівський", "direction"),
    ("Russian forces attacked near Kamianske in the Orikhiv direction.", "Василівський", "direction"),
    ("На Оріхівському та Гуляйпільському напрямках бої біля Кам’янського.", "Василівський", "direction"),
    ("На Лиманському напрямку ворог атакував біля Макіївки.", "Сватівський", "direction"),  # Luhansk: no oblast
    ("На Курахівському напрямку ворог атакував, на Лиманському – біля Макіївки.", "Сватівський", "direction"),
    ("На Лиманському – ворог атакував біля Макіївки.", "Сватівський", "direction"),  # no direction noun at all
    ("На Лиманському секторі ворог атакував біля Макіївки.", "Сватівський", "direction"),
    # the Sumy border front: Andriivka of Sumy raion, not the one of Romny raion deep behind it
    ("На Сумському напрямку ворог атакував біля Андріївки Сумської області.", "Сумський", "direction"),
    ("На Сумском направлении противник атаковал в районе Андреевки Сумской области.", "Сумський", "direction"),
    ("На Добропільському напрямку ворог атакував біля Шахового.", "Покровський", "direction"),
    # a Russian group of forces named in the sentence: the namesake in the sector it has held (GROUP_FRONTS)
    (
        "Подразделения группировки «Восток» взяли под контроль Калиновское в Днепропетровской области.",
        "Синельниківський",
        "direction",
    ),
    ("The Vostok group took control of Kalynivske in the Dnipropetrovsk region.", "Синельниківський", "direction"),
]


@pytest.mark.parametrize(("text", "raion", "reason"), NAMESAKES)
def test_namesake_chosen_with_its_reason(gazetteer: Gazetteer, text: str, raion: str, reason: str) -> None:
    mention = gazetteer.find_places(text)[0]
    assert (mention.candidates[0].settlement.raion, mention.resolved_by) == (raion, reason)


def test_an_oblast_whose_noun_the_sentence_already_said_is_no_village(gazetteer: Gazetteer) -> None:
    assert gazetteer.find_places("Окрім Дніпропетровської області, ворог просунувся у Донецькій.") == []
    # the village itself, with no area noun before it
    assert [m.text for m in gazetteer.find_places("Бої тривають у селі Донецькому.")] == ["Донецькому"]


def test_an_area_named_after_a_border_holds_none_of_the_places(gazetteer: Gazetteer) -> None:
    """ "X near the border with the Donetsk region": X is not in Donetsk oblast, but in the oblast the post names."""
    for text in (
        "Russia claimed a village in the Dnipropetrovsk region. It seized Novomykolaivka near the border with the "
        "Donetsk region.",
        "Росія заявила про успіх у Дніпропетровській області: захоплено Новомиколаївку біля кордону з Донецькою "
        "областю.",
    ):
        (mention,) = gazetteer.find_places(text)
        assert mention.candidates[0].settlement.oblast == "Дніпропетровська", text


def test_an_oblast_named_by_its_centre_places_its_villages(gazetteer: Gazetteer) -> None:
    """ "The Donetsk villages of X": the oblast of the city Donetsk, not the city, weighs X's namesakes."""
    (mention,) = gazetteer.find_places("The Donetsk villages of Neskuchne were reclaimed.")
    assert (mention.candidates[0].settlement.oblast, mention.resolved_by) == ("Донецька", "area")
    assert mention.candidates[0].score > mention.candidates[1].score


@pytest.mark.parametrize(
    "text",
    [
        "На Оріхівському напрямку ворог не наступав. На Лиманському напрямку бої біля Кам’янського.",
        "На Оріхівському напрямку ворог не наступав, на Лиманському – бої біля Кам’янського.",
    ],
)
def test_a_direction_weighs_only_the_names_of_its_own_section(gazetteer: Gazetteer, text: str) -> None:
    (mention,) = gazetteer.find_places(text)  # «Лиманському –» is the next direction, not the village Лиманське
    assert (mention.candidates[0].settlement.raion, mention.resolved_by) == ("Кам’янський", "city")


@pytest.mark.parametrize(
    "text",
    [
        "Сили оборони відбили атаки в районах населених пунктів Соледар, Парасковіївка, Красна Гора, Мар'їнка, "
        "Перемога, Новомихайлівка, Красногорівка та Побєда.",
        "Отражены атаки в районах населенных пунктов Соледар, Парасковиевка, Красная Гора, Марьинка, Победа, "
        "Новомихайловка и Красногоровка.",
        "Attacks were repelled near Soledar, Paraskoviivka, Krasna Hora, Marinka, Pobieda, Novomykhailivka and "
        "Krasnohorivka.",
    ],
)
def test_a_namesake_in_a_list_lies_beside_the_names_listed_next_to_it(gazetteer: Gazetteer, text: str) -> None:
    """Official lists run along the front: the Paraskoviivka between Soledar and Krasna Hora is the one beside them,
    though the list names more places near the other one (by Marinka)."""
    mention = next(m for m in gazetteer.find_places(text) if m.text.startswith(("Парас", "Paras")))
    assert (mention.candidates[0].settlement.raion, mention.resolved_by) == ("Бахмутський", "nearby")


@pytest.mark.parametrize(
    "text",
    [
        "Ворог атакував Левадне, за 110 км на схід від Запоріжжя.",
        "Противник атаковал Левадное, в 110 км к востоку от Запорожья.",
        "Бои идут у Левадного, в 110 километрах восточнее Запорожья.",
        "Russia said it captured Levadne, located almost 110 kilometers (68 miles) east of Zaporizhzhia.",
    ],
)
def test_a_namesake_lies_at_the_distance_from_a_town_the_post_gives(gazetteer: Gazetteer, text: str) -> None:
    """Three Левадне lie alike in the register; the one about 110 km east of the city of Zaporizhzhia is meant."""
    mention = gazetteer.find_places(text)[0]
    best, second = mention.candidates[:2]
    assert best.settlement.code == "UA23100110030060496" and best.score > second.score


def test_a_distance_on_another_bearing_chooses_no_namesake(gazetteer: Gazetteer) -> None:
    (mention, _) = gazetteer.find_places("Ворог атакував Левадне, за 110 км на захід від Запоріжжя.")
    assert mention.candidates[0].score == mention.candidates[1].score  # none lies west of the city: still open


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Маляр повідомила про звільнення Андріївки. Вона додала, що в Адріївці є успіх.", "Андріївка"),
        ("Сообщили об освобождении Курдюмовки. В Кудюмовке идут бои.", "Курдюмівка"),
        ("Russian troops entered Severodonetsk. Fighting goes on in Severdonetsk.", "Сіверськодонецьк"),
    ],
)
def test_a_misspelling_of_a_name_the_post_names_is_that_name(gazetteer: Gazetteer, text: str, name: str) -> None:
    """«в Адріївці» one letter off «Андріївці» (and «Удріївці», a village far off): the post named Андріївка."""
    assert [n for n, _ in named(gazetteer, text)] == [name, name]


@pytest.mark.parametrize(
    "text",
    [
        "На межі Дніпропетровської та Запорізької областей ЗСУ відтіснили ворога від Покровського, Андріївки та "
        "Вербового.",
        "На границе Днепропетровской и Запорожской областей ВСУ отбили атаки у Покровского, Андреевки и Вербового.",
        "In the Dnipropetrovsk and Zaporizhzhia regions, Ukrainian forces repelled attacks near Pokrovske, Andriivka "
        "and Verbove.",
    ],
)
def test_areas_named_together_at_a_sentence_opening_lead_it_together(gazetteer: Gazetteer, text: str) -> None:
    """Not only the last of them: the three villages of one Dnipropetrovsk hromada, not Zaporizhzhia namesakes."""
    mentions = gazetteer.find_places(text)
    assert {m.candidates[0].settlement.code[:10] for m in mentions} == {"UA12140250"}


def test_every_name_of_a_list_anchors_where_the_list_lies_together(gazetteer: Gazetteer) -> None:
    mentions = gazetteer.find_places("Бойцы выбили противника из Тихого, Отрадного, Волчьего и Гая.")
    assert {m.candidates[0].settlement.code[:10] for m in mentions} == {"UA12140250"}  # one hromada
    assert all(m.resolved_by == "nearby" and m.candidates[0].score > m.candidates[1].score for m in mentions)


def test_the_area_named_right_after_outweighs_the_places_nearby(gazetteer: Gazetteer) -> None:
    text = "Освобождены села Бологовка и Кучеровка в Харьковской области, а также Егоровка в Днепропетровской области."
    mention = next(m for m in gazetteer.find_places(text) if m.text == "Егоровка")
    assert {c.settlement.oblast for c in mention.candidates[:2]} == {"Дніпропетровська"}


def test_the_area_opening_a_sentence_leads_its_places_and_the_next_sentence_is_not_theirs(gazetteer: Gazetteer) -> None:
    text = "В Запорожской области под контроль ВС РФ перешли Запасное и Криничное. Кроме того, в Сумской области бои."
    mention = next(m for m in gazetteer.find_places(text) if m.text == "Криничное")
    assert mention.candidates[0].settlement.oblast == "Запорізька"


def test_frontline_prefers_the_namesake_where_the_fighting_is(tiny_gazetteer: Gazetteer) -> None:
    text = "Противник атакував біля Андріївки."
    tied = tiny_gazetteer.find_places(text)[0]
    assert tied.candidates[0].score == tied.candidates[1].score and tied.resolved_by == ""  # still unsure: open
    chosen = tied.candidates[-1].settlement
    mention = tiny_gazetteer.find_places(text, Frontline.of(codes=[chosen.code]))[0]
    assert mention.candidates[0].settlement == chosen and mention.resolved_by == "frontline"
    assert mention.candidates[0].score > mention.candidates[1].score
    area = Frontline.of(prefixes=[chosen.code[:6]])  # a raion of the register
    assert tiny_gazetteer.find_places(text, area)[0].candidates[0].settlement == chosen


def test_frontline_contains_codes_and_area_prefixes() -> None:
    front = Frontline.of(codes=["UA14020010120064151"], prefixes=["UA1416"])
    assert "UA14020010120064151" in front and "UA14160210010099403" in front
    assert "UA12060170010065850" not in front


def test_front_periods_give_the_front_of_a_day_with_a_margin() -> None:
    periods = FrontPeriods(
        [("UA6304", ((date(2022, 3, 1), date(2022, 9, 30)),)), ("UA14020010120064151", ((date(2023, 5, 1), None),))]
    )
    autumn_2022, spring_2024 = periods.at(date(2022, 9, 20)), periods.at(date(2024, 4, 2))
    assert "UA63040010070080766" in autumn_2022 and "UA14020010120064151" not in autumn_2022
    assert "UA63040010070080766" not in spring_2024 and "UA14020010120064151" in spring_2024
    assert "UA63040010070080766" in periods.at(date(2022, 10, 30))  # a month and a half after its end: still
    assert periods.at(date(2022, 9, 1)) is periods.at(date(2022, 9, 28))  # one per month


def test_read_front_periods_skips_a_bad_line_and_a_missing_file_gives_none(tmp_path: Path) -> None:
    path = tmp_path / "front_periods.tsv"
    path.write_text("# header\nUA6304\tactive\t2022-03-01..2022-09-30\nUA1402\tactive\tsoon..\n", encoding="utf-8")
    periods = read_front_periods(path)
    assert periods is not None and "UA63040010070080766" in periods.at(date(2022, 6, 1))
    assert "UA14020010120064151" not in periods.at(date(2022, 6, 1))
    assert read_front_periods(tmp_path / "missing.tsv") is None


def test_a_dated_post_prefers_the_namesake_at_the_front_of_its_day(gazetteer: Gazetteer) -> None:
    """Вербівка: a tie between a village of Vinnytsia oblast and one by Balakliia, on the front in September 2022."""
    text = "Бої тривають біля Вербівки."
    assert gazetteer.find_places_on(text, date(2022, 9, 10))[0].candidates[0].settlement.code == "UA63040010070080766"
    assert gazetteer.find_places(text)[0].candidates[0].settlement.code != "UA63040010070080766"
    post = Post(source="t", channel="c", external_id="1", text=text, date=datetime(2022, 9, 10, tzinfo=UTC))
    [claim] = extract_claims(post, gazetteer)
    assert (claim.settlement, claim.resolved_by) == ("UA63040010070080766", "frontline")


@pytest.mark.parametrize(
    "text",
    [
        "Російські війська просунулися на північ по вулицях Берегова та Захисників у Селидовому.",
        "Российские войска продвинулись по улицам Береговая и Защитников в Селидово.",
        "Russian forces advanced north along Berehova Street in Selydove.",
    ],
)
def test_a_street_named_after_a_place_is_no_settlement(gazetteer: Gazetteer, text: str) -> None:
    """«Вулиця Берегова» is a street of the town, not the village Берегове."""
    post = Post(source="t", channel="c", external_id="1", text=text)
    assert "Берегове" not in {c.name for c in extract_claims(post, gazetteer)}


@pytest.mark.parametrize(
    "text",
    [
        'Представитель группировки ВСУ "Харьков" заявил, что военные освободили Казачью Лопань.',
        "Військові 1-го корпусу НГУ «Азов» звільнили Козачу Лопань.",
    ],
)
def test_a_quoted_group_name_after_the_side_is_no_place(gazetteer: Gazetteer, text: str) -> None:
    """«Представитель группировки ВСУ "Харьков"», «корпусу НГУ «Азов»»: the group's name, not the town."""
    assert [name for name, _ in named(gazetteer, text)] == ["Козача Лопань"]


@pytest.mark.parametrize("text", ["Крынки - село на левом берегу Днепра.", "Кринки — село на лівому березі Дніпра."])
def test_a_name_a_dash_defines_opens_a_sentence(gazetteer: Gazetteer, text: str) -> None:
    """«Кринки — село ...»: a word-like name at a sentence's start is a place when a dash defines it so."""
    assert [name for name, _ in named(gazetteer, text)] == ["Кринки"]


def test_an_outlet_named_after_a_city_is_no_place(gazetteer: Gazetteer) -> None:
    """ "The Kyiv Independent reported", "Kyiv Post": the outlet, not the capital."""
    text = "Russian troops captured Rubizhne, The Kyiv Independent and the Kyiv Post reported."
    assert [name for name, _ in named(gazetteer, text)] == ["Рубіжне"]


def test_a_direction_after_its_noun_and_a_dash_is_no_place(gazetteer: Gazetteer) -> None:
    """«На іншому напрямку – Олександрівському»: the direction, not the village Олександрівське."""
    text = "Росіяни просуваються на іншому напрямку – Олександрівському, біля Гуляйполя."
    assert [name for name, _ in named(gazetteer, text)] == ["Гуляйполе"]


def test_an_english_unit_name_is_no_place(gazetteer: Gazetteer) -> None:
    """ "The 36th Marine Brigade": the unit, not the village Мар'їне."""
    text = "Counterattacks by the 36th Marine Brigade were repelled near Rubizhne."
    assert [name for name, _ in named(gazetteer, text)] == ["Рубіжне"]


def test_the_region_of_a_name_is_the_oblast(gazetteer: Gazetteer) -> None:
    """ "The southern region of Zaporizhzhia": the oblast, not the city; the village before it lies there."""
    text = "Russian troops fought off attacks around the village of Levadne in the southern region of Zaporizhzhia."
    assert named(gazetteer, text) == [("Левадне", "Запорізька")]


ILLINKA_KURAKHOVE = "UA14160110040033449"  # of Kurakhove's hromada; another lies 13 km south, in Marinka's


@pytest.mark.parametrize(
    "text",
    [
        "Окупанти просунулися біля Курахового та Берестків. Ворог також захопив Іллінку.",
        "Противник продвинулся в районах Курахово и населенного пункта Берестки. Также враг захватил Ильинку.",
        "Russian forces advanced near Kurakhove and Berestky and also captured Illinka.",
    ],
)
def test_a_namesake_alone_in_the_hromada_of_the_other_places(gazetteer: Gazetteer, text: str) -> None:
    """Two Іллінка of Pokrovsk raion, too close together for distance to tell: the one in the hromada of the post's
    other places (Курахове, Берестки) is chosen, the reason recorded."""
    post = Post(source="t", channel="c", external_id="1", text=text)
    found = {(c.settlement, c.resolved_by) for c in extract_claims(post, gazetteer) if c.name == "Іллінка"}
    assert found == {(ILLINKA_KURAKHOVE, "nearby")}


YAMPIL_FRONT, YAMPIL_CITY = "UA14120110050031319", "UA05080110010069634"  # by Lyman; the town by Moldova


@pytest.mark.parametrize(
    "text",
    [
        "Генштаб спростував заяви Путіна про захоплення Куп’янська та Ямполя.",
        "Путин заявил о взятии Ямполя.",
        "Russia claimed to have captured Yampil.",
    ],
)
def test_a_claim_of_control_speaks_of_the_namesake_at_war(gazetteer: Gazetteer, text: str) -> None:
    """The city prior prefers the town by Moldova, never at war; a claim of control speaks of the village by Lyman."""
    assert gazetteer.find_places(text)[-1].candidates[0].settlement.code == YAMPIL_CITY
    post = Post(source="t", channel="c", external_id="1", text=text)
    found = {(c.settlement, c.resolved_by) for c in extract_claims(post, gazetteer) if c.name == "Ямпіль"}
    assert found == {(YAMPIL_FRONT, "frontline")}
    assert gazetteer.at_war(YAMPIL_FRONT) and not gazetteer.at_war(YAMPIL_CITY)


class _CityFirst:
    """A finder whose city prior picks a town never at war before two villages at war (Gazetteer.at_war)."""

    CITY = Settlement("UA05000000010000001", "M", "Ямпіль", "Yampil", "Вінницька", "", "")
    VILLAGES = tuple(Settlement(f"UA1400000001000000{k}", "C", "Ямпіль", "Yampil", "Донецька", "", "") for k in (2, 3))

    def find_places(self, text: str) -> list[Mention]:
        start = text.index("Ямпол")
        cands = (Candidate(self.CITY, 1.0), *(Candidate(v, 0.9) for v in self.VILLAGES))
        return [Mention((start, start + 6), text[start : start + 6], cands, "city")]

    def at_war(self, code: str) -> bool:
        return code.startswith("UA14")


def test_two_namesakes_at_war_leave_the_claim_open() -> None:
    post = Post(source="t", channel="c", external_id="1", text="Путин заявил о взятии Ямполя.")
    [claim] = extract_claims(post, _CityFirst())
    assert (claim.settlement, claim.candidates) == (None, tuple(v.code for v in _CityFirst.VILLAGES))


def test_claim_records_why_its_namesake_was_chosen(gazetteer: Gazetteer) -> None:
    post = Post(source="test", channel="", external_id="1", text="ЗСУ звільнили Андріївку біля Кліщіївки.")
    [claim] = [c for c in extract_claims(post, gazetteer) if c.name == "Андріївка"]
    assert (claim.settlement, claim.resolved_by) == ("UA14020010030085322", "nearby")
    assert claim_json(claim)["resolved_by"] == "nearby"


@pytest.mark.parametrize(
    ("word", "fits", "not_fits"),
    [
        ("село", "C", "X"),
        ("селище", "X", "C"),
        ("village", "CX", "M"),  # English calls a селище a village, or a town
        ("town", "MX", "C"),
        ("місто", "M", "X"),
    ],
)
def test_category_markers_fit_the_categories_the_word_covers(word: str, fits: str, not_fits: str) -> None:
    marked = CATEGORY_MARKERS[loose(word)]
    assert all(fits_category(marked, category) for category in fits)
    assert not any(fits_category(marked, category) for category in not_fits)
    assert not fits_category("", "C") and not fits_category(marked, "")


@pytest.mark.parametrize(
    ("text", "city"),
    [
        ("Россия заявила, что поселок Ровно под её контролем.", False),  # «поселок»: not the city of Rivne
        ("Село Рівне перейшло під контроль росіян.", False),
        ("Российские войска вошли в город Ровно.", True),  # «город»: the city
    ],
)
def test_a_village_marker_rules_out_a_city_of_the_name(gazetteer: Gazetteer, text: str, city: bool) -> None:
    [mention] = gazetteer.find_places(text)
    assert (mention.candidates[0].settlement.category in CITY_CATEGORIES) is city


def test_only_a_native_village_marker_rules_out_cities() -> None:
    assert rules_out_city(CATEGORY_MARKERS[loose("селе")], "M") and rules_out_city(
        CATEGORY_MARKERS[loose("поселке")], "K"
    )
    assert not rules_out_city(CATEGORY_MARKERS[loose("village")], "M")  # the press calls small cities villages
    assert not rules_out_city(CATEGORY_MARKERS[loose("селе")], "C") and not rules_out_city("", "M")


def test_a_marker_across_a_preposition_is_another_places(gazetteer: Gazetteer) -> None:
    # "villages near Lyman": the villages are the marked ones, Lyman keeps its city prior
    assert named(gazetteer, "Ukraine took four villages near Lyman.") == [("Лиман", DON)]
    assert [m.candidates[0].settlement.category for m in gazetteer.find_places("Бої за села біля Лимана.")] == ["M"]
    assert [m.candidates[0].settlement.category for m in gazetteer.find_places("Бої за село Лиман.")] == ["C"]


def test_stems_of_compound_adjectives_and_common_words_in_lower_case_are_no_villages(gazetteer: Gazetteer) -> None:
    assert named(gazetteer, "На Південно-Слобожанському напрямку ворог атакував.") == []
    assert named(gazetteer, "On the Pivdenno-Slobozhanskyi axis the enemy attacked.") == []
    assert named(gazetteer, "Он доложил, что все районы города находятся под контролем.") == []  # Город, a village
    assert [n for n, _ in named(gazetteer, "Бої біля Орехово-Васильевки.")] == ["Оріхово-Василівка"]


@pytest.mark.parametrize(
    "text",
    [
        "Бої тривали на Північно-Слобожанському, Курському, Куп’янському, Лиманському та Сіверському напрямках.",
        "Бої тривали на Курському та Лиманському напрямках.",
        "Противник активен на Курском, Лиманском и Северском направлениях.",
        "Бои шли у Лиманского и Сиверского направлений.",
    ],
)
def test_a_list_of_directions_names_no_village(gazetteer: Gazetteer, text: str) -> None:
    assert named(gazetteer, text) == []


def test_a_list_of_villages_keeps_its_adjectival_names(gazetteer: Gazetteer) -> None:
    names = [n for n, _ in named(gazetteer, "Бої біля Курського, Лиманського та інших сіл Донеччини.")]
    assert names == ["Курське", "Лиманське"]


def test_krim_besides_is_not_crimea(gazetteer: Gazetteer) -> None:
    # «Крім» folds like «Крим»: read as the area, it pulled every namesake of the post into Crimea
    assert [o for _, o in named(gazetteer, "Крім того, бої тривали біля Миролюбівки.")] != ["Автономна Республіка Крим"]
    assert [o for _, o in named(gazetteer, "Бої тривали біля Миролюбівки в Криму.")] == ["Автономна Республіка Крим"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Путін відвідав командувачів у Курську, а бої тривали біля Суджі.", []),  # the Russian city
        ("В Курске заявили об ударе.", []),
        ("Russia said its troops regained ground in Kursk.", []),
        ("Бої за село Курське тривають.", ["Курське"]),  # a marker makes it the village
        ("Ворог заявив, що захопив Гуляйполе на Запоріжжі.", ["Гуляйполе"]),  # «на Запоріжжі»: the region
        ("Ракета влучила у Запоріжжі.", ["Запоріжжя"]),  # «у Запоріжжі»: the city
        ("ЗСУ просунулися вздовж Дніпра.", []),  # the river's course, not the city
        ("ВСУ удалось пробиться вдоль Днепра.", []),
        ("Ukrainian troops advanced along the Dnipro.", []),
        ("Бої тривають біля Дудчан.", ["Дудчани"]),  # a dwellers' plural: no ending in the genitive
        ("Бои идут у Дудчан.", ["Дудчани"]),
        ("Отражены атаки у Малой Токмачки на Запорожье.", ["Мала Токмачка"]),  # Russian «на Запорожье»: the region
        ("Дванадцять боїв завершено, чотири тривають.", []),  # a numeral, not Дванадцяте
        ("Про це заявили у Третьому армійському корпусі.", []),  # an adjective of «корпусі», not Третє
        ("Дивіться також Новий російський прорив на Сумщину.", []),  # «-ий» as «російський»: not Новий
        ("Украинские морские пехотинцы продвигаются к морю.", []),  # a sound-alike agreeing: not Українське
        ("Об этом сообщает канал «Северный ветер».", []),  # an outlet's quoted name, not Сєверний
        ("Снарядами «Града» выбиты окна.", []),  # a weapon's quoted name
        ("Бої тривали біля Третього та Веселого.", ["Третє", "Веселе"]),
        ("Были освобождены два населенных пункта.", []),  # "were", not Біле
        ("Були звільнені два села.", []),
        ("As reported by Ukrainska Pravda, the fighting goes on.", []),  # an outlet, not Правда or Українськ
        ("Про це повідомляє «Українська правда».", []),  # the newspaper, not Українськ
        ("Лиман входить у Краматорську агломерацію.", ["Лиман"]),  # the conurbation, not the city
        ("Лиман входит в Краматорскую агломерацию.", ["Лиман"]),
        ("Об этом сообщает «Украинская правда».", []),
        ("Уличные бои продолжаются.", []),  # street battles, not Уличне
        ("Частині вдається просочитися.", []),
        ("Село Правда звільнено.", ["Правда"]),  # with its marker, the village
    ],
)
def test_words_that_only_look_like_a_village(gazetteer: Gazetteer, text: str, names: list[str]) -> None:
    assert [n for n, _ in named(gazetteer, text)] == names


def test_a_group_of_forces_weighs_only_its_part_of_a_list_of_groups(gazetteer: Gazetteer) -> None:
    """«Войска группировки "Центр" взяли X, "Запад" - Y»: Y lies in the next group's part, not under «Центр»."""
    text = 'Войска группировки "Центр" взяли под контроль Нелеповку, "Запад" - Вишневое (Харьковская область).'
    vyshneve = next(m for m in gazetteer.find_places(text) if m.text == "Вишневое")
    assert vyshneve.resolved_by != "direction"
    assert vyshneve.candidates[0].settlement.raion == "Ізюмський"
