"""Attacks and their outcomes across a report's clauses, on made-up sentences: a repelling verb gapped before more
attacks, fire in support of an attack (no sentence about strikes), and a sentence adding a new item after an outcome
and the bullets of a report listing directions (issue 10, classes 2 and 3)."""

from __future__ import annotations

import pytest

from bot.core.claims.extract import extract_claims
from bot.core.places import Gazetteer
from bot.models import Post
from tests.test_extract import claims_of

Expected = set[tuple[str, str, str | None]]

ROB_UA, BAKH_UA = ("Роботине", "repelled", "ua"), ("Бахмут", "repelled", "ua")
ROB_RU, BAKH_RU = ("Роботине", "repelled", "ru"), ("Бахмут", "repelled", "ru")

# "repelled five attacks near X and three attacks near Y": Y's attacks were repelled too, by the same side.
GAPPED = [
    (
        "en",
        "Ukrainian forces repelled five attacks near Robotyne and three attacks near Bakhmut.",
        None,
        {ROB_UA, BAKH_UA},
    ),
    ("uk", "Сили оборони відбили п'ять атак біля Роботиного та три атаки біля Бахмута.", None, {ROB_UA, BAKH_UA}),
    ("ru", "Подразделения отразили атаку у Работино и две атаки в районе Бахмута.", "ru", {ROB_RU, BAKH_RU}),
    # a verb of its own, or a clause of another side, is no gap
    (
        "en",
        "Ukrainian forces repelled attacks near Robotyne, while Russian forces attacked near Bakhmut.",
        None,
        {ROB_UA, ("Бахмут", "fighting", "ru")},
    ),
    (
        "en",
        "Ukrainian forces repelled attacks near Robotyne and attacked near Bakhmut.",
        None,
        {ROB_UA, ("Бахмут", "fighting", "ua")},
    ),
]


@pytest.mark.parametrize(("lang", "text", "side", "expected"), GAPPED)
def test_a_repelling_verb_gapped_before_more_attacks(
    lang: str, text: str, side: str | None, expected: Expected
) -> None:
    assert claims_of(text, side) == expected


# Aviation or artillery supporting an attack is part of the assault: the sentence is not about strikes.
SUPPORTED = [
    ("uk", "Поблизу Роботиного росіяни атакували, маючи підтримку авіації.", "ua", {("Роботине", "fighting", "ru")}),
    ("uk", "Ворог, за підтримки авіації, атакував в районі Роботиного.", "ua", {("Роботине", "fighting", "ru")}),
    ("ru", "ВСУ атаковали у Работино при поддержке артиллерии.", "ru", {("Роботине", "fighting", "ua")}),
    ("en", "Russian forces, with air support, attacked near Bakhmut.", None, {("Бахмут", "fighting", "ru")}),
    # a strike is still a strike
    ("uk", "Ворог завдав авіаудару по Роботиному, бої тривають.", "ua", set()),
]


@pytest.mark.parametrize(("lang", "text", "side", "expected"), SUPPORTED)
def test_fire_in_support_of_an_attack(lang: str, text: str, side: str | None, expected: Expected) -> None:
    assert claims_of(text, side) == expected


def test_an_outcome_does_not_reach_a_sentence_adding_a_new_item() -> None:
    text = (
        "Ворог намагався просунутися біля Бахмута двічі, але обидва рази був зупинений.\n"
        "Крім того, поблизу Роботиного росіяни атакували."
    )
    assert claims_of(text, "ua") == {BAKH_UA, ("Роботине", "fighting", "ru")}
    text = "Russian forces attacked near Bakhmut. They were repelled. Meanwhile, Russian forces attacked near Robotyne."
    assert ("Роботине", "fighting", "ru") in claims_of(text)


def test_a_village_before_its_oblast_is_no_list_of_areas() -> None:
    text = "Сили оборони відбили атаки поблизу Бахмута на Донеччині та Роботиного, Запорізької області."
    assert claims_of(text, "ua") == {BAKH_UA, ROB_UA}
    assert claims_of("Бої тривають на території Донецької, Луганської та Запорізької областей.", "ua") == set()


def test_a_bare_withdrawal_after_a_failure_is_the_attack_thrown_back() -> None:
    text = "Окупанти вели наступальні бої біля Бахмута та Роботиного. Вони знову не досягли успіху і відступили."
    assert claims_of(text, "ua") == {BAKH_UA, ROB_UA}  # the speaker's side held, whoever the failure is not named for
    text = "Russian troops attacked near Bakhmut. They were unsuccessful and withdrew."
    assert claims_of(text) == {BAKH_UA}
    # a withdrawal from a place stays one
    assert claims_of("ЗСУ не досягли успіху і відійшли з Бахмута.", "ua") == {("Бахмут", "withdrew", "ua")}


def test_bullets_of_directions_whose_noun_the_list_leaves_out() -> None:
    text = (
        "Відбито 40 атак. Наступальні дії ворог вів на таких напрямках:\n"
        "  • на Бахмутському – у районі Бахмута та Кліщіївки;\n"
        "  • на Оріхівському – у районі Роботиного."
    )
    assert claims_of(text, "ua") == {BAKH_UA, ("Кліщіївка", "repelled", "ua"), ROB_UA}


def test_a_village_of_a_directions_name_after_u_is_the_village(gazetteer: Gazetteer) -> None:
    post = Post(source="t", channel="", external_id="1", text="Бої тривають у Бахмутському – ворог атакує.")
    assert [c.name for c in extract_claims(post, gazetteer)] == ["Бахмутське"]
    post = Post(source="t", channel="", external_id="2", text="Ворог атакує на Бахмутському – у районі Кліщіївки.")
    assert [c.name for c in extract_claims(post, gazetteer)] == ["Кліщіївка"]


def test_a_list_goes_on_past_a_settlement_noun_and_stops_at_a_verb() -> None:
    text = "Зеленский подтвердил, что поселок городского типа Бахмут и село Клещеевка были освобождены."
    assert claims_of(text) == {("Бахмут", "captured", "ua"), ("Кліщіївка", "captured", "ua")}
    assert claims_of("Ukrainian forces liberated Robotyne and the village of Klishchiivka.") == {
        ("Роботине", "captured", "ua"),
        ("Кліщіївка", "captured", "ua"),
    }
    text = "Росіяни зайняли село Роботине Запорізької області, просунулися в районі села Кліщіївка."
    assert claims_of(text, "ua") == {("Роботине", "captured", "ru"), ("Кліщіївка", "advanced", "ru")}
    assert claims_of("Также украинские защитники деоккупировали село Клещеевка.") == {("Кліщіївка", "captured", "ua")}


def test_the_side_named_on_the_attacks_is_the_attacker() -> None:
    text = "Zelenskyy was informed about an increase in the number of enemy assaults near Bakhmut."
    assert claims_of(text) == {("Бахмут", "fighting", "ru")}
    assert claims_of("Зросла кількість ворожих атак біля Бахмута.", "ua") == {("Бахмут", "fighting", "ru")}
    assert claims_of("Зросла кількість російських атак біля Бахмута.") == {("Бахмут", "fighting", "ru")}
    assert claims_of("Отражены украинские атаки у Работино.") == {ROB_RU}


def test_a_pronoun_opening_a_sentence_stands_for_the_side_named_before() -> None:
    text = "Russian forces attacked near Bakhmut. They are approaching Klishchiivka."
    assert claims_of(text) == {("Бахмут", "fighting", "ru"), ("Кліщіївка", "advanced", "ru")}
    text = "Росіяни атакували біля Бахмута. Вони також просунулися біля Кліщіївки."
    assert claims_of(text) == {("Бахмут", "fighting", "ru"), ("Кліщіївка", "advanced", "ru")}
    # a subject dropped before a past-tense verb opening the sentence: the same side
    text = "На Лиманському напрямку ворог атакував двадцять разів. Намагався прорвати оборону поблизу Кліщіївки."
    assert claims_of(text, "ua") == {("Кліщіївка", "fighting", "ru")}
    assert claims_of("Противник атаковал. Пытался прорваться к Клещеевке.", "ru") == {("Кліщіївка", "fighting", "ua")}


def test_a_relative_clause_after_a_place_speaks_of_it() -> None:
    text = "The village lies southwest of Bakhmut, which Russian troops have stormed."
    assert claims_of(text) == {("Бахмут", "fighting", "ru")}
    assert claims_of("Ворог атакував південніше Бахмута, який наші воїни звільнили.", "ua") == {
        ("Бахмут", "captured", "ua")
    }
    # "where" is about the spot named, not the town it is named by
    text = "Напрямок на захід від Бахмута, де противник зосереджує основні зусилля."
    assert claims_of(text, "ua") == set()


def test_a_sentence_saying_the_attacks_failed_turns_them_held() -> None:
    text = "На Роботине і Бахмут вчора було по одному штурму. Але всі вони були безуспішні, ворог відступив з втратами."
    assert claims_of(text, "ua") == {ROB_UA, BAKH_UA}
    assert claims_of("Russian forces attacked near Robotyne. All of them failed.") == {ROB_UA}
    # a failure of something else is no outcome of the attacks
    assert claims_of("Russian forces attacked near Robotyne. The talks were unsuccessful.") == {
        ("Роботине", "fighting", "ru")
    }


# A battle for a place («бої ведуться за X», "the battle for X") is a contest still going on: an outcome told in
# another sentence (the day's count of attacks held off) does not make it a repelled attack.
BATTLE_FOR = [
    ("uk", "Протягом доби відбито понад 40 атак. Запеклі бої ведуться за місто Бахмут.", "ua"),
    ("ru", "За сутки отражено 30 атак. Ожесточенные бои идут за Бахмут.", "ua"),
    ("en", "Ukrainian forces repelled 40 attacks over the day. The fiercest battles are for Bakhmut.", None),
    ("uk", "Було відбито 53 атаки противника. В епіцентрі бойових дій залишається місто Бахмут.", "ua"),
    ("ru", "Отражено 30 атак. Эпицентром боевых действий остается Бахмут.", "ua"),
    ("en", "Ukrainian troops repelled 30 attacks. The epicentre of the fighting remains Bakhmut.", None),
    # «за» before the list, its fighting after it
    ("uk", "Усі атаки ворога відбито. Речник зазначив, що за Бахмут тривають жорстокі бої.", "ua"),
    ("ru", "Все атаки противника отражены. За Бахмут идут ожесточенные бои.", "ua"),
]


@pytest.mark.parametrize(("lang", "text", "side"), BATTLE_FOR)
def test_a_battle_for_a_place_is_no_attack_held_off_elsewhere(lang: str, text: str, side: str | None) -> None:
    assert claims_of(text, side) == {("Бахмут", "fighting", None)}


# The positions stay the defenders' after the attack: it did not take them (held, a repelled claim).
POSITIONS_KEPT = [
    ("uk", "Ворог штурмує позиції біля Роботиного, однак позиції залишаються за нашими захисниками.", "ua", ROB_UA),
    ("ru", "ВСУ атакуют у Работино, но позиции остаются за нашими подразделениями.", "ru", ROB_RU),
    ("en", "Russian forces attacked near Robotyne, but Ukrainian troops held their positions.", None, ROB_UA),
]


@pytest.mark.parametrize(("lang", "text", "side", "expected"), POSITIONS_KEPT)
def test_positions_kept_after_an_attack_is_the_attack_held_off(
    lang: str, text: str, side: str | None, expected: tuple[str, str, str]
) -> None:
    assert claims_of(text, side) == {expected}


# An attack rebuffed («дають гідну відсіч», «дали отпор», "rebuffed the assaults"): the side that rebuffs holds.
REBUFFED = [
    ("uk", "Наші воїни дають гідну відсіч ворогу біля Роботиного.", "ua", ROB_UA),
    ("ru", "Наши бойцы дали достойный отпор ВСУ у Работино.", "ru", ROB_RU),
    ("en", "Ukrainian troops rebuffed several assaults near Robotyne.", None, ROB_UA),
]


@pytest.mark.parametrize(("lang", "text", "side", "expected"), REBUFFED)
def test_an_attack_rebuffed_is_held_off(lang: str, text: str, side: str | None, expected: tuple[str, str, str]) -> None:
    assert claims_of(text, side) == {expected}


# Search-and-strike actions in a place (a Ukrainian term: «пошуково-ударні дії», «поисково-штурмовые действия»):
# Ukraine's forces hunting infiltrators there hold it, whichever side is named as their target.
SEARCH_AND_STRIKE = [
    ("uk", "У Роботиному тривають пошуково-ударні дії для знищення російських окупантів.", None),
    ("ru", "В Работино продолжаются поисково-штурмовые действия против ВС РФ.", None),
    ("en", "Ukrainian troops pushed the Russians back from Robotyne through search-and-strike operations.", None),
]


@pytest.mark.parametrize(("lang", "text", "side"), SEARCH_AND_STRIKE)
def test_search_and_strike_actions_hold_the_place(lang: str, text: str, side: str | None) -> None:
    assert claims_of(text, side) == {ROB_UA}


# A daily report's items by direction («На Курахівському напрямку ...», "In the Kurakhove sector, ..."): attacks held
# off in the next direction's item, or in one that names its own direction, are not the attacks told before.
DIRECTION_ITEMS = [
    (
        "en",
        "In the Kurakhove sector, the occupants tried to break through the defense near Bakhmut. The situation is "
        "under control. Five attacks were repelled in the Siverskyi sector.",
        "ua",
        ("Бахмут", "fighting", "ru"),
    ),
    (
        "uk",
        "На Курахівському напрямку окупанти намагалися прорвати оборону біля Бахмута. На Сіверському напрямку відбито "
        "п’ять атак.",
        "ua",
        ("Бахмут", "fighting", "ru"),
    ),
    (
        "ru",
        "На Курахово направлении противник атаковал у Бахмута. На Северском направлении отражены пять атак.",
        "ru",
        ("Бахмут", "fighting", "ua"),
    ),
    ("en", "The occupants attacked near Bakhmut.", None, ("Бахмут", "fighting", "ru")),  # «окупанти» translated
]


@pytest.mark.parametrize(("lang", "text", "side", "expected"), DIRECTION_ITEMS)
def test_an_outcome_in_another_directions_item(
    lang: str, text: str, side: str | None, expected: tuple[str, str, str | None]
) -> None:
    assert claims_of(text, side) == {expected}


# The hottest spot of a day's report («найгарячіше було поблизу X», «самая горячая точка», "the situation was the
# hottest near X"): fighting there, no side's success told.
HOTTEST = [
    ("en", "The situation was the hottest near Bakhmut.", None),
    ("uk", "Найгарячіше було поблизу Бахмута.", "ua"),
    ("ru", "Самая горячая точка — Бахмут.", "ru"),
]


@pytest.mark.parametrize(("lang", "text", "side"), HOTTEST)
def test_the_hottest_spot_is_fighting(lang: str, text: str, side: str | None) -> None:
    assert claims_of(text, side) == {("Бахмут", "fighting", None)}


def test_a_tactical_situation_improved_in_vain_is_held_off() -> None:
    text = "The enemy tried to improve the tactical situation in the area of Robotyne. They were unsuccessful."
    assert claims_of(text, "ua") == {ROB_UA}


# A part of a town after a conjunction opens a list's next item («в районі X, на околиці та в міській забудові Y»: Y
# is attacked too, not X's reference point); the attackers falling back at the end of a quote («..., відійшли», –
# ідеться в повідомленні) were thrown back.
PARTS_AND_ATTRIBUTIONS = [
    "Противник атакував в районі Кліщіївки, на околиці та в міській забудові Бахмута: успіху не мав, відійшов.",
    "Штурмові групи противника атакували наші укріплення в районі Кліщіївки, на південно-східній околиці та в "
    "міській забудові південної частини Бахмута: успіху не мали, зазнали втрат, відійшли, - ідеться в повідомленні.",
]


@pytest.mark.parametrize("text", PARTS_AND_ATTRIBUTIONS)
def test_a_town_part_opens_a_list_item_and_a_quote_ends_before_its_attribution(text: str) -> None:
    assert claims_of(text, "ua") == {("Кліщіївка", "repelled", "ua"), ("Бахмут", "repelled", "ua")}


def test_an_attack_by_a_side_names_the_attacker_not_the_repeller() -> None:
    text = "The Russian military repelled a new attack by the Armed Forces of Ukraine near Robotyne."
    assert claims_of(text) == {ROB_RU}
    assert claims_of("Ukrainian troops repelled an assault launched by Russian forces near Robotyne.") == {ROB_UA}
    # the agent of the repelling itself stays the repeller
    assert claims_of("Attacks near Robotyne were repelled by Ukrainian forces.") == {ROB_UA}


def test_the_noun_offensive_is_an_attack() -> None:
    assert claims_of("Russian forces launched an offensive near Robotyne.") == {("Роботине", "fighting", "ru")}
    assert claims_of("Ukrainian forces made a new offensive attempt in the area of Robotyne.") == {
        ("Роботине", "fighting", "ua")
    }
    assert claims_of("Ukrainian forces began their counteroffensive near Robotyne.") == {("Роботине", "fighting", "ua")}
    assert claims_of("The army needs offensive weapons, officials in Robotyne said.") == set()  # the adjective
    # a country attacking: its forces
    assert claims_of("Russia launched an offensive near Robotyne.") == {("Роботине", "fighting", "ru")}
    assert claims_of("Ukraine attacked near Robotyne.") == {("Роботине", "fighting", "ua")}
    assert claims_of("Россия штурмует Работино.") == {("Роботине", "fighting", "ru")}
    # ... and its attack held off is no strike
    assert claims_of("Russia attacked Robotyne. Ukrainian troops repelled the assault.") == {ROB_UA}


def test_a_gapped_clause_leaves_the_phrase_to_the_places_before_it_too() -> None:
    """«На X і Y було по одному штурму, а на Z – 9»: the dash stands for the phrase; X and Y keep it."""
    text = "На Роботине і Кліщіївку вчора було по одному штурму, а на Бахмут – 9."
    assert claims_of(text, "ua") == {
        ("Роботине", "fighting", None),
        ("Кліщіївка", "fighting", None),
        ("Бахмут", "fighting", None),
    }


# Forces kept from an act («не дають закріпитися», "are not letting ... gain a foothold"): the act failed, the
# side keeping them from it repelled it.
KEPT_FROM = [
    ("uk", "Сили оборони не дають російським військам закріпитися в Кліщіївці.", "ua"),
    ("ru", "ВСУ не дают российским войскам закрепиться в Клещеевке.", "ru"),
    ("en", "Ukrainian forces are not letting Russian troops gain a foothold in Klishchiivka.", None),
    ("en", "The defenders do not allow Russian troops to advance in Klishchiivka.", None),
]


@pytest.mark.parametrize(("lang", "text", "side"), KEPT_FROM)
def test_forces_kept_from_an_act_repelled_it(lang: str, text: str, side: str | None) -> None:
    assert claims_of(text, side) == {("Кліщіївка", "repelled", "ua")}


# An act that does not come off («не виходить у ворога взяти», «не получается», "have not managed to", "are failing
# to", «ніяк не можуть взяти»): the attacker failed, the other side held.
NOT_COMING_OFF = [
    ("uk", "Ніяк не виходить у ворога забрати ні Покровськ, ні Бахмут.", "ua", {"Покровськ", "Бахмут"}),
    ("uk", "У росіян не виходить захопити Покровськ.", "ua", {"Покровськ"}),
    ("ru", "У оккупантов не получается взять Покровск.", "ua", {"Покровськ"}),
    ("uk", "Окупанти ніяк не можуть взяти Покровськ.", "ua", {"Покровськ"}),
    ("ru", "Российские войска не могут продвинуться в Покровске.", "ua", {"Покровськ"}),
    ("en", "Russian troops have not managed to capture Pokrovsk.", "ua", {"Покровськ"}),
    ("en", "Russian forces are failing to take Pokrovsk.", "ua", {"Покровськ"}),
    ("en", "Russian forces are unable to advance in Pokrovsk.", "ua", {"Покровськ"}),
]


@pytest.mark.parametrize(("lang", "text", "side", "places"), NOT_COMING_OFF)
def test_an_act_that_does_not_come_off_was_repelled(lang: str, text: str, side: str, places: set[str]) -> None:
    assert claims_of(text, side) == {(p, "repelled", "ua") for p in places}


def test_not_leaving_a_shelter_is_no_failure() -> None:
    claims = claims_of("Ворог атакує Покровськ і жоден житель не виходить з підвалу.", "ua")
    assert ("Покровськ", "repelled", "ua") not in claims


# Fire in support of the attack between the phrase and its places is no strike on them («відбили три атаки за
# підтримки авіації в районах X та Y»); the plural noun of offensives is an attack («безуспішні наступи в районах»).
SUPPORTED_AND_PLURAL = [
    (
        "uk",
        "Бійці Сил оборони відбили три атаки за підтримки авіації в районах Роботиного та Бахмута.",
        None,
        {ROB_UA, BAKH_UA},
    ),
    (
        "uk",
        "Російські війська здійснювали безуспішні наступи в районах Роботиного та Бахмута.",
        "ua",
        {ROB_UA, BAKH_UA},
    ),
    ("uk", "Авіація завдала ударів по скупченнях ворога в районах Роботиного та Бахмута.", "ua", set()),
]


@pytest.mark.parametrize(("lang", "text", "side", "expected"), SUPPORTED_AND_PLURAL)
def test_support_is_no_strike_and_offensives_attack(lang: str, text: str, side: str | None, expected: Expected) -> None:
    assert claims_of(text, side) == expected


# Attacks beaten off counted in times («де ЗСУ відбили 12 разів», «где ВСУ отбили 12 раз», «відбили їх тричі»).
COUNTED_IN_TIMES = [
    ("uk", "Ворог штурмував околиці Роботиного та Бахмута, де ЗСУ відбили 12 разів.", "ua", {ROB_UA, BAKH_UA}),
    ("ru", "Враг штурмовал окрестности Работино и Бахмута, где ВСУ отбили 12 раз.", "ua", {ROB_UA, BAKH_UA}),
    ("uk", "Ворог штурмував Роботине, але Сили оборони відбили їх тричі.", "ua", {ROB_UA}),
]


@pytest.mark.parametrize(("lang", "text", "side", "expected"), COUNTED_IN_TIMES)
def test_attacks_beaten_off_counted_in_times(lang: str, text: str, side: str, expected: Expected) -> None:
    assert claims_of(text, side) == expected


# The attacker pressing on positions («тиснуть на позиції поблизу X», «давит на позиции у X», "pressed Ukrainian
# positions near X"), pressure on a place («посилює тиск на X», «усиливают натиск на X», "more pressure on X"):
# attacks, held off when the report says so; pressure on minds or on a place's residents is none.
PRESSING = [
    ("uk", "Ворог посилює тиск на Роботине.", "ua", {("Роботине", "fighting", "ru")}),
    ("ru", "Российские войска усиливают натиск на Курдюмовку.", None, {("Курдюмівка", "fighting", "ru")}),
    ("ru", "Противник усиливает давление на Курдюмовку.", "ua", {("Курдюмівка", "fighting", "ru")}),
    ("en", "Russian forces increased pressure on Bakhmut.", None, {("Бахмут", "fighting", "ru")}),
    ("uk", "Окупанти чинять психологічний тиск на жителів Бахмута.", "ua", set()),
    ("en", "The occupiers put pressure on residents of Bakhmut to take Russian passports.", None, set()),
    (
        "uk",
        "Росіяни тиснуть на наші позиції поблизу Роботиного та Бахмута. ЗСУ зупинили всі ворожі атаки.",
        "ua",
        {ROB_UA, BAKH_UA},
    ),
    ("ru", "Противник продолжает давить на позиции у Курдюмовки.", "ua", {("Курдюмівка", "fighting", "ru")}),
    (
        "en",
        "Russian forces continued to press Ukrainian positions near Bakhmut.",
        None,
        {("Бахмут", "fighting", "ru")},
    ),
    ("ru", "Москва давит на психику жителей Курдюмовки.", "ua", set()),
]


@pytest.mark.parametrize(("lang", "text", "side", "expected"), PRESSING)
def test_the_attacker_pressing_on_positions(lang: str, text: str, side: str, expected: Expected) -> None:
    assert claims_of(text, side) == expected


# A list after «за» shares its battle: «за X, Y та Z тривають бої» after the attacks held off is fighting at each.
def test_a_list_after_for_shares_its_battle() -> None:
    text = "Усі атаки ворога відбито. Він також зазначив, що за Кліщіївку, Курдюмівку та Роботине тривають бої."
    assert claims_of(text, "ua") == {
        ("Кліщіївка", "fighting", None),
        ("Курдюмівка", "fighting", None),
        ("Роботине", "fighting", None),
    }


# The attacks just told, referred to by a pronoun in the next sentence («Они были предприняты в районах X и Y», «Їх
# здійснили поблизу X», "They were launched near X"): the places of the attacks held off.
ATTACKS_BY_PRONOUN = [
    (
        "ru",
        "Еще две атаки были отражены. Они были предприняты в районах населенных пунктов Клещеевка и Курдюмовка.",
        "ru",
        {("Кліщіївка", "repelled", "ru"), ("Курдюмівка", "repelled", "ru")},
    ),
    (
        "uk",
        "Сили оборони відбили дві атаки. Їх здійснили поблизу Кліщіївки та Курдюмівки.",
        "ua",
        {("Кліщіївка", "repelled", "ua"), ("Курдюмівка", "repelled", "ua")},
    ),
    ("en", "Ukrainian forces repelled two attacks. They were launched near Bakhmut.", None, {BAKH_UA}),
]


@pytest.mark.parametrize(("lang", "text", "side", "expected"), ATTACKS_BY_PRONOUN)
def test_attacks_referred_to_by_a_pronoun(lang: str, text: str, side: str | None, expected: Expected) -> None:
    assert claims_of(text, side) == expected


# Attempts that did not succeed («спроби ... не увінчались успіхом», «попытки ... не увенчались успехом», "attempts
# ... were unsuccessful"): the attack held off.
NOT_CROWNED = [
    ("uk", "Спроби окупантів прорватися до Бахмута не увінчались успіхом.", "ua"),
    ("ru", "Попытки оккупантов прорваться к Бахмуту не увенчались успехом.", "ua"),
    ("en", "Russian attempts to break through near Bakhmut were unsuccessful.", None),
]


@pytest.mark.parametrize(("lang", "text", "side"), NOT_CROWNED)
def test_attempts_that_did_not_succeed_were_held_off(lang: str, text: str, side: str | None) -> None:
    assert claims_of(text, side) == {("Бахмут", "repelled", "ua")}
