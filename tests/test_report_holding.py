"""Holding and losing control, on made-up sentences: a facility, a road or a bridgehead held or taken, control lost or
kept, control held as before, a state of occupation, measures towards an act, the agent of a passive, a short gloss
in brackets (issue 10: the phrases of control and their sides)."""

from __future__ import annotations

import pytest

from tests.test_extract import claims_of

Expected = set[tuple[str, str, str | None]]


# Control over the situation near a place is no control of the place («повернули контроль над ситуацією біля X»).
SITUATION = [
    ("uk", "ЗСУ повернули контроль над ситуацією біля населеного пункту Бахмут.", "ua"),
    ("ru", "ВСУ вернули контроль над ситуацией возле Бахмута.", "ua"),
    ("en", "Ukrainian forces regained control of the situation near Bakhmut.", None),
]


@pytest.mark.parametrize(("lang", "text", "side"), SITUATION)
def test_control_of_the_situation_is_no_place_taken(lang: str, text: str, side: str | None) -> None:
    assert claims_of(text, side) == set()


# A facility held in a town («ВСУ контролируют промышленные объекты в X», "still hold the coke plant in X"): its
# defender holds out (LABELING: repelled); a facility taken is an advance in the town.
FACILITIES = [
    ("ru", "ВСУ контролируют промышленные объекты в Бахмуте.", "ua", {("Бахмут", "repelled", "ua")}),
    ("en", "Ukrainian forces control the coke plant in Avdiivka.", None, {("Авдіївка", "repelled", "ua")}),
    ("uk", "Російські війська захопили завод у Бахмуті.", None, {("Бахмут", "advanced", "ru")}),
    ("en", "Russian troops took control of the coke plant in Avdiivka.", None, {("Авдіївка", "advanced", "ru")}),
]


@pytest.mark.parametrize(("lang", "text", "side", "expected"), FACILITIES)
def test_a_facility_held_or_taken(lang: str, text: str, side: str | None, expected: Expected) -> None:
    assert claims_of(text, side) == expected


# A road, a supply line or the sky taken or held near a place («контроль над логистикой в районе X», "control of the
# supply road near X", «контролюють трасу біля X»): nothing is said of the settlement.
ROUTES = [
    ("ru", "Это дает ВС РФ контроль над логистикой в районе Бахмута.", None, set()),
    ("en", "Russian forces gained control of the main supply road near Bakhmut.", None, set()),
    ("uk", "ЗСУ контролюють трасу біля Бахмута.", None, set()),
    ("uk", "ЗСУ контролюють Бахмут і трасу біля нього.", None, {("Бахмут", "captured", "ua")}),
]


@pytest.mark.parametrize(("lang", "text", "side", "expected"), ROUTES)
def test_a_road_held_near_a_place_is_no_claim_on_it(lang: str, text: str, side: str | None, expected: Expected) -> None:
    assert claims_of(text, side) == expected


# A bridgehead taken, made or widened in a place is a foothold there (LABELING: advanced), not the place taken; one
# held is holding out; a place used «як плацдарм» or "a convenient bridgehead" is a staging area, no claim.
FOOTHOLDS = [
    ("ru", "ВСУ заняли плацдарм в селе Кліщіївка.", None, {("Кліщіївка", "advanced", "ua")}),
    ("uk", "ЗСУ захопили плацдарм біля Кліщіївки.", None, {("Кліщіївка", "advanced", "ua")}),
    ("uk", "Морпіхи розширюють плацдарм у Кліщіївці.", "ua", {("Кліщіївка", "advanced", "ua")}),
    ("ru", "ВСУ создали плацдарм в Клещеевке.", None, {("Кліщіївка", "advanced", "ua")}),
    ("en", "Ukrainian marines secured a bridgehead in Klishchiivka.", None, {("Кліщіївка", "advanced", "ua")}),
    ("uk", "Морпіхи тримають плацдарм у Кліщіївці.", "ua", {("Кліщіївка", "repelled", "ua")}),
    ("en", "Klishchiivka is a convenient bridgehead on the river bank.", None, set()),
]


@pytest.mark.parametrize(("lang", "text", "side", "expected"), FOOTHOLDS)
def test_a_bridgehead_taken_is_a_foothold(lang: str, text: str, side: str | None, expected: Expected) -> None:
    assert claims_of(text, side) == expected


# Holding by other words: the defence stabilised in X, the enemy's advance blocked or held back there, defensive
# battles in X, a force present there: the side named (or, none named, the speaker's) holds it (LABELING: repelled),
# the enemy present there got in (advanced); a place liberated and then stabilised was liberated.
HOLDING_WORDS = [
    # the situation stabilised near a place: the subject holds it (the situation as a road's object says nothing)
    ("uk", "ЗСУ вдалося стабілізувати ситуацію біля Кліщіївки.", "ua", {("Кліщіївка", "repelled", "ua")}),
    ("ru", "ВСУ удалось стабилизировать ситуацию у Клещеевки.", "ua", {("Кліщіївка", "repelled", "ua")}),
    (
        "en",
        "Haidai said the Armed Forces were able to stabilize the situation near Klishchiivka.",
        "ua",
        {("Кліщіївка", "repelled", "ua")},
    ),
    (
        "ru",
        "ВСУ стабилизировали линию обороны в районах сел Клещеевка и Андреевка.",
        None,
        {("Кліщіївка", "repelled", "ua"), ("Андріївка", "repelled", "ua")},
    ),
    ("en", "Ukrainian forces have stabilized the front near Klishchiivka.", None, {("Кліщіївка", "repelled", "ua")}),
    ("uk", "Звільнено й стабілізовано Кліщіївку.", "ua", {("Кліщіївка", "captured", "ua")}),
    ("uk", "ЗСУ провели стабілізаційні заходи в Кліщіївці.", "ua", set()),
    (
        "ru",
        "Силы обороны блокируют продвижение противника в районе Клещеевки.",
        "ua",
        {("Кліщіївка", "repelled", "ua")},
    ),
    ("uk", "Сили оборони стримують просування ворога біля Кліщіївки.", "ua", {("Кліщіївка", "repelled", "ua")}),
    ("uk", "Тривають оборонні бої в районі Кліщіївки.", "ua", {("Кліщіївка", "repelled", "ua")}),
    (
        "en",
        "Ukrainian forces are fighting defensive battles near Klishchiivka.",
        None,
        {("Кліщіївка", "repelled", "ua")},
    ),
    # a force present in a place: the speaker's holds it, the enemy got in
    ("uk", "Українські військові досі присутні в Кліщіївці.", "ua", {("Кліщіївка", "repelled", "ua")}),
    ("ru", "Россияне присутствуют в северной части Клещеевки.", "ua", {("Кліщіївка", "advanced", "ru")}),
    ("en", "Russian troops are present in the northern part of Klishchiivka.", "ua", {("Кліщіївка", "advanced", "ru")}),
    ("en", "Up to 300 Russian servicemen remain in Klishchiivka.", "ua", {("Кліщіївка", "advanced", "ru")}),
    ("en", "Ukrainian troops remain in Klishchiivka.", "ua", {("Кліщіївка", "repelled", "ua")}),
]


@pytest.mark.parametrize(("lang", "text", "side", "expected"), HOLDING_WORDS)
def test_holding_told_by_other_words(lang: str, text: str, side: str | None, expected: Expected) -> None:
    assert claims_of(text, side) == expected


# A loss of a place acknowledged ("the Ministry of Defense of Russia recognized the loss of the towns of X and Y"): the
# side that lost it withdrew; "buses left for X" set off towards it; a "by" inside a relative clause is that
# clause's agent ("the loss of X, whose recapture was announced by Ukraine").
LOSSES = [
    (
        "en",
        "The Ministry of Defense of Russia recognized the loss of the towns of Bakhmut and Klishchiivka.",
        None,
        {("Бахмут", "withdrew", "ru"), ("Кліщіївка", "withdrew", "ru")},
    ),
    ("en", "Russia admitted the loss of Bakhmut.", None, {("Бахмут", "withdrew", "ru")}),
    ("en", "The loss of life in Bakhmut is huge.", None, set()),
    ("en", "Seventeen buses had already left for Bakhmut.", None, set()),
    (
        "en",
        "Russia acknowledged the loss of Bakhmut, whose recapture was announced by Ukraine.",
        None,
        {("Бахмут", "withdrew", "ru")},
    ),
]


@pytest.mark.parametrize(("lang", "text", "side", "expected"), LOSSES)
def test_a_loss_acknowledged(lang: str, text: str, side: str | None, expected: Expected) -> None:
    assert claims_of(text, side) == expected


# A country with a verb of closing on a place ("Russia had encircled X", «Россия окружила X») and the English noun of
# an act with its side after "of" ("the advance of Russian troops", "the withdrawal of Ukrainian troops").
COUNTRY_AND_NOUN = [
    ("en", "Russia had encircled Avdiivka from three directions.", "ua", {("Авдіївка", "advanced", "ru")}),
    ("ru", "Россия окружила Авдеевку.", "ua", {("Авдіївка", "advanced", "ru")}),
    (
        "en",
        "The advance of Russian troops has become noticeable near Avdiivka.",
        "ua",
        {("Авдіївка", "advanced", "ru")},
    ),
    ("en", "The withdrawal of Ukrainian troops from Avdiivka was complete.", "ru", {("Авдіївка", "withdrew", "ua")}),
]


@pytest.mark.parametrize(("lang", "text", "side", "expected"), COUNTRY_AND_NOUN)
def test_a_country_closing_in_and_a_noun_with_its_side(lang: str, text: str, side: str, expected: Expected) -> None:
    assert claims_of(text, side) == expected


# Held as before after the phrase («под нашим контролем, как и была», «як і раніше», "as it was before"): repelled;
# a side in the instrumental right after a passive is its agent («занят российскими войсками»), not one a
# preposition governs or one of a later clause.
AS_BEFORE_AND_AGENTS = [
    ("ru", "Сейчас Клещеевка под нашим контролем, как и была.", "ua", {("Кліщіївка", "repelled", "ua")}),
    ("uk", "Кліщіївка під контролем ЗСУ, як і раніше.", None, {("Кліщіївка", "repelled", "ua")}),
    ("en", "Klishchiivka is under Ukrainian control, as it was before.", None, {("Кліщіївка", "repelled", "ua")}),
    ("en", "Klishchiivka is under Ukrainian control, as the map shows.", None, {("Кліщіївка", "captured", "ua")}),
    ("ru", "Клещеевка давно занята российскими войсками.", "ua", {("Кліщіївка", "captured", "ru")}),
    ("uk", "Кліщіївка зайнята російськими військами.", "ua", {("Кліщіївка", "captured", "ru")}),
    ("ru", "ВСУ вместе с наемниками заняли Клещеевку.", None, {("Кліщіївка", "captured", "ua")}),
    (
        "uk",
        "Українські війська звільнили Кліщіївку, наближаючись до сіл, що утримуються росіянами.",
        None,
        {("Кліщіївка", "captured", "ua")},
    ),
]


@pytest.mark.parametrize(("lang", "text", "side", "expected"), AS_BEFORE_AND_AGENTS)
def test_held_as_before_and_agents_in_the_instrumental(
    lang: str, text: str, side: str | None, expected: Expected
) -> None:
    assert claims_of(text, side) == expected


# Control lost or kept over a place («визнав втрату контролю над X», «признал утрату украинской армией контроля над
# X», "the loss of control over X"; «сохраняют неполный контроль над X», «зберігають контроль над X»).
CONTROL_LOST_OR_KEPT = [
    ("uk", "Генштаб ЗСУ визнав втрату контролю над Кліщіївкою.", None, {("Кліщіївка", "withdrew", "ua")}),
    (
        "ru",
        "Генштаб ВСУ признал утрату украинской армией контроля над Клещеевкой и Андреевкой.",
        None,
        {("Кліщіївка", "withdrew", "ua"), ("Андріївка", "withdrew", "ua")},
    ),
    (
        "en",
        "The General Staff admitted the loss of control over Klishchiivka.",
        None,
        {("Кліщіївка", "withdrew", "ua")},
    ),
    ("ru", "Нацисты пока ещё сохраняют контроль над Клещеевкой.", "ru", {("Кліщіївка", "repelled", "ua")}),
    # no longer in control: lost it («більше не контролюють», "no longer control"); «не під контролем» rebuts
    ("uk", "Російські війська більше не контролюють Кліщіївку.", None, {("Кліщіївка", "withdrew", "ru")}),
    ("ru", "Российские войска больше не контролируют Клещеевку.", None, {("Кліщіївка", "withdrew", "ru")}),
    (
        "en",
        "Pushilin admitted his forces no longer fully controlled Klishchiivka.",
        None,
        {("Кліщіївка", "withdrew", "ru")},
    ),
    ("uk", "Кліщіївка не під контролем росіян.", None, {("Кліщіївка", "denied", "ru")}),
    ("uk", "Сили оборони зберігають контроль над Кліщіївкою.", None, {("Кліщіївка", "repelled", "ua")}),
]


@pytest.mark.parametrize(("lang", "text", "side", "expected"), CONTROL_LOST_OR_KEPT)
def test_control_lost_or_kept(lang: str, text: str, side: str | None, expected: Expected) -> None:
    assert claims_of(text, side) == expected


# A state of occupation named with its side («в російській окупації», «в российской оккупации», "under Russian
# occupation"): background control by that side, whoever the sentence's subject.
OCCUPATION_STATE = [
    # the attribute of a place names its holder whatever the clause's subject: de-occupied is Ukraine's, "the
    # temporarily occupied X" Russia's
    (
        "en",
        "The Russians are shelling the de-occupied settlements of Bakhmut and Klishchiivka.",
        None,
        {("Бахмут", "captured", "ua"), ("Кліщіївка", "captured", "ua")},
    ),
    (
        "en",
        "The Ukrainian military is moving towards the temporarily occupied Bakhmut.",
        None,
        {("Бахмут", "captured", "ru")},
    ),
    (
        "uk",
        "Українські захисники опублікували фото з Кліщіївки, яка була в російській окупації пів року.",
        "ua",
        {("Кліщіївка", "captured", "ru")},
    ),
    (
        "ru",
        "Клещеевка, которая находилась в российской оккупации, освобождена.",
        None,
        {("Кліщіївка", "captured", "ru")},
    ),
    (
        "en",
        "Klishchiivka, which was under Russian occupation for six months, is free.",
        None,
        {("Кліщіївка", "captured", "ru")},
    ),
]


@pytest.mark.parametrize(("lang", "text", "side", "expected"), OCCUPATION_STATE)
def test_a_state_of_occupation_names_its_side(lang: str, text: str, side: str | None, expected: Expected) -> None:
    assert expected <= claims_of(text, side)


# Measures towards an act are not the act («принимаются меры по стабилизации обстановки и возвращению контроля над
# X», «вживаються заходи щодо відновлення контролю над X»), nor one a purpose infinitive governs ("to complete the
# encirclement of X"); the act itself is («ВСУ восстановили контроль над X», "managed to complete the encirclement").
MEASURES_TOWARDS = [
    ("ru", "Принимаются все меры по стабилизации обстановки и возвращению контроля над Клещеевкой.", "ua", set()),
    ("uk", "Вживаються заходи щодо відновлення контролю над Кліщіївкою.", "ua", set()),
    ("ru", "ВСУ восстановили контроль над Клещеевкой.", None, {("Кліщіївка", "captured", "ua")}),
    # an act a purpose infinitive governs ("to complete the encirclement of X", «щоб завершити оточення X»)
    ("en", "Russian forces are moving reserves to complete the encirclement of Bakhmut.", "ua", set()),
    ("uk", "Росіяни перекидають резерви, щоб завершити оточення Бахмута.", "ua", set()),
    ("en", "Russian forces managed to complete the encirclement of Bakhmut.", None, {("Бахмут", "advanced", "ru")}),
]


@pytest.mark.parametrize(("lang", "text", "side", "expected"), MEASURES_TOWARDS)
def test_measures_towards_an_act_are_not_the_act(lang: str, text: str, side: str | None, expected: Expected) -> None:
    assert claims_of(text, side) == expected


# A short gloss in brackets does not end the clause («Подразделения Вооруженных сил Украины (ВСУ) продолжают попытки
# покинуть X»: the side before it is the subject); a longer aside still does.
GLOSSES = [
    (
        "ru",
        "Подразделения Вооруженных сил Украины (ВСУ) продолжают попытки покинуть Клещеевку.",
        "ru",
        {("Кліщіївка", "withdrew", "ua")},
    ),
    (
        "ru",
        "Вооруженные силы Украины (ВСУ) почти полностью утратили контроль над Клещеевкой.",
        "ru",
        {("Кліщіївка", "withdrew", "ua")},
    ),
]


@pytest.mark.parametrize(("lang", "text", "side", "expected"), GLOSSES)
def test_a_short_gloss_in_brackets_keeps_the_clause(lang: str, text: str, side: str, expected: Expected) -> None:
    assert claims_of(text, side) == expected


# A capture the press tells with no side named ("the fall of X", "X was captured"): Russia's; one it calls a
# liberation or a return keeps the point of view; a side's own report of a capture is its own.
PRESS_CAPTURES = [
    ("en", "It became more vulnerable after the fall of Avdiivka in February.", None, {("Авдіївка", "captured", "ru")}),
    ("en", "Avdiivka was captured after months of fighting.", None, {("Авдіївка", "captured", "ru")}),
    ("en", "Klishchiivka was liberated last week.", None, {("Кліщіївка", "captured", "ua")}),
    ("uk", "Кліщіївку взято.", "ua", {("Кліщіївка", "captured", "ua")}),
]


@pytest.mark.parametrize(("lang", "text", "side", "expected"), PRESS_CAPTURES)
def test_a_capture_the_press_tells_without_a_side(lang: str, text: str, side: str | None, expected: Expected) -> None:
    assert claims_of(text, side) == expected


# A part named before a participle of capture («пригороды взятого под контроль X», «околиці звільненої X»): the
# participle says the whole place was taken; before a verb («практически освободили X») the capture is partial.
PART_BEFORE_A_PARTICIPLE = [
    ("ru", "Штурмовики зачищают пригороды взятого под контроль Бахмута.", "ru", {("Бахмут", "captured", "ru")}),
    ("uk", "Ворог обстрілює околиці звільненої Кліщіївки.", "ua", {("Кліщіївка", "captured", "ua")}),
    ("ru", "Наши бойцы практически освободили Бахмут.", "ru", {("Бахмут", "advanced", "ru")}),
]


@pytest.mark.parametrize(("lang", "text", "side", "expected"), PART_BEFORE_A_PARTICIPLE)
def test_a_part_before_a_participle_of_capture(lang: str, text: str, side: str | None, expected: Expected) -> None:
    assert claims_of(text, side) == expected


# A presence kept in a place, as a noun («зберігається присутність наших підрозділів», «сохраняется присутствие»):
# the side there holds out; not a place freed «от присутствия ВСУ».
PRESENCE_KEPT = [
    ("uk", "На півдні Вовчанська зберігається присутність наших підрозділів.", "ua", {("Вовчанськ", "repelled", "ua")}),
    ("ru", "В Работино сохраняется присутствие наших подразделений.", "ru", {("Роботине", "repelled", "ru")}),
    ("ru", "Российские войска освободили от присутствия ВСУ село Клещеевка.", "ru", {("Кліщіївка", "captured", "ru")}),
    # the English noun ("confirms Russian presence in eastern X"): the side's forces are there
    (
        "en",
        "Geolocated footage confirms Russian presence in eastern Klishchiivka.",
        None,
        {("Кліщіївка", "advanced", "ru")},
    ),
    ("en", "Ukrainian forces maintain a presence in Klishchiivka.", "ua", {("Кліщіївка", "repelled", "ua")}),
]


@pytest.mark.parametrize(("lang", "text", "side", "expected"), PRESENCE_KEPT)
def test_a_presence_kept_holds_the_place(lang: str, text: str, side: str | None, expected: Expected) -> None:
    assert claims_of(text, side) == expected


# Holding said by the present: positions taken up and kept («займають позиції в X», «занимают позиции в X»), a
# withdrawal negated in the present («не залишають X», «не оставляют X», "are not leaving X"; the past denies that
# they withdrew), a place still ours («поки що X наш», «X пока что наш»); attempts not given up are attempts.
HELD_IN_THE_PRESENT = [
    ("uk", "Українські військові займають позиції в Покровську.", None, {("Покровськ", "repelled", "ua")}),
    ("ru", "Украинские военные занимают позиции в Покровске.", None, {("Покровськ", "repelled", "ua")}),
    ("uk", "Речник наголосив, що Сили оборони не залишають Покровськ.", None, {("Покровськ", "repelled", "ua")}),
    ("ru", "Спикер подчеркнул, что украинские силы не оставляют Покровск.", None, {("Покровськ", "repelled", "ua")}),
    ("en", "Ukrainian forces are not leaving Pokrovsk, the spokesman said.", "ua", {("Покровськ", "repelled", "ua")}),
    ("uk", "Українські війська не відходили з Покровська.", "ua", {("Покровськ", "denied", "ru")}),
    ("uk", "ЗСУ залишають Покровськ.", None, {("Покровськ", "withdrew", "ua")}),
    ("uk", "Поки що Покровськ наш, як буде далі – покаже час.", "ua", {("Покровськ", "repelled", "ua")}),
    ("ru", "Покровск пока что наш.", "ru", {("Покровськ", "repelled", "ru")}),
    ("uk", "Покровськ наш!", "ua", {("Покровськ", "captured", "ua")}),
    (
        "ru",
        "Украинские боевики не оставляют попыток закрепиться в Покровске.",
        "ru",
        {("Покровськ", "fighting", "ua")},
    ),
    # a defender named as the speaker speaks for Ukraine
    (
        "uk",
        "Поки що Покровськ наш, - повідомляє в телеграм-каналі один із учасників української оборони.",
        None,
        {("Покровськ", "repelled", "ua")},
    ),
]


KLISH_HELD_UA = ("Кліщіївка", "repelled", "ua")
HELD_IN_THE_PRESENT += [
    # the holder named after its verb («часть которого удерживают украинские боевики»), the occupier after the state
    # («под оккупацией украинских войск», as Russian sources say it)
    ("ru", "Бои идут в самом селе Клещеевка, часть которого удерживают украинские боевики.", "ru", {KLISH_HELD_UA}),
    ("ru", "Клещеевка полностью находится под оккупацией украинских войск.", None, {("Кліщіївка", "captured", "ua")}),
    ("uk", "Кліщіївка перебуває в окупації.", "ua", {("Кліщіївка", "captured", "ru")}),
]


@pytest.mark.parametrize(("lang", "text", "side", "expected"), HELD_IN_THE_PRESENT)
def test_holding_said_by_the_present(lang: str, text: str, side: str | None, expected: Expected) -> None:
    assert claims_of(text, side) == expected


# A country as the subject of control («РФ полностью контролирует X», «Росія повністю контролює X», "Ukraine still
# controls X"): the country's forces hold it, whoever reports it.
COUNTRY_CONTROLS = [
    ("ru", "Согласно карте DeepState, РФ полностью контролирует Покровск.", None, {("Покровськ", "captured", "ru")}),
    ("uk", "За даними DeepState, Росія повністю контролює Покровськ.", None, {("Покровськ", "captured", "ru")}),
    ("en", "Ukraine still controls Pokrovsk, DeepState said.", None, {("Покровськ", "repelled", "ua")}),
    ("uk", "Росія має повний контроль над Покровськом.", None, {("Покровськ", "captured", "ru")}),
    # the country's hold going on («Росія продовжує контролювати», "Russia continues to control"): its forces hold
    ("uk", "Росія продовжує контролювати Покровськ.", "ua", {("Покровськ", "repelled", "ru")}),
    ("ru", "Россия продолжает контролировать Покровск.", "ua", {("Покровськ", "repelled", "ru")}),
    ("en", "Russia continues to control Pokrovsk.", None, {("Покровськ", "repelled", "ru")}),
    # part of a place still held: Ukraine's forces hold out there (repelled), Russia's are in it (advanced, as the
    # gold tells Russia's partial control whatever the tense)
    ("uk", "Околиці Покровська досі під контролем російських військ.", "ua", {("Покровськ", "advanced", "ru")}),
    ("ru", "Окраины Покровска все еще под контролем российских войск.", "ua", {("Покровськ", "advanced", "ru")}),
    ("en", "Russia continues to control around half of Pokrovsk.", None, {("Покровськ", "advanced", "ru")}),
    ("en", "Ukrainian forces still control about a third of Pokrovsk.", None, {("Покровськ", "repelled", "ua")}),
    # a fraction of the place only («дві треті», «две трети»): part of it
    ("uk", "Російські війська контролюють дві треті Покровська.", None, {("Покровськ", "advanced", "ru")}),
    ("ru", "Российские войска контролируют две трети Покровска.", None, {("Покровськ", "advanced", "ru")}),
    # control had, negated: a rebuttal of the claim that the side holds it
    ("uk", "Росіяни не мають повного контролю над Покровськом.", "ua", {("Покровськ", "denied", "ru")}),
    ("ru", "Россия не имеет полного контроля над Покровском.", "ua", {("Покровськ", "denied", "ru")}),
    # an occupation legislature speaks for Russia
    (
        "ru",
        "Депутат Законодательного собрания Запорожской области сообщил, что Россия контролирует Покровск.",
        None,
        {("Покровськ", "captured", "ru")},
    ),
]


@pytest.mark.parametrize(("lang", "text", "side", "expected"), COUNTRY_CONTROLS)
def test_a_country_controls_a_place(lang: str, text: str, side: str | None, expected: Expected) -> None:
    assert claims_of(text, side) == expected


# Control resumed («поновили контроль над X», «возобновили контроль над X», "resumed control of X") is a taking;
# a force fleeing a place («окупанти тікають з X», «российские нацисты убегают из X», "fled X") withdrew from it,
# its side named by the adjective even before a slur the other side uses of its enemy.
RESUMED_AND_FLED = [
    ("uk", "ЗСУ поновили контроль над Кліщіївкою.", None, {("Кліщіївка", "captured", "ua")}),
    ("ru", "ВСУ возобновили контроль над Клещеевкой.", None, {("Кліщіївка", "captured", "ua")}),
    ("en", "Ukrainian forces resumed control of Klishchiivka.", None, {("Кліщіївка", "captured", "ua")}),
    ("uk", "Окупанти тікають з Кліщіївки.", "ua", {("Кліщіївка", "withdrew", "ru")}),
    (
        "ru",
        "Российские нацисты убегают из Клещеевки на украденных автомобилях.",
        None,
        {("Кліщіївка", "withdrew", "ru")},
    ),
    ("en", "Russian troops fled Klishchiivka.", None, {("Кліщіївка", "withdrew", "ru")}),
]


@pytest.mark.parametrize(("lang", "text", "side", "expected"), RESUMED_AND_FLED)
def test_control_resumed_and_a_force_fleeing(lang: str, text: str, side: str | None, expected: Expected) -> None:
    assert claims_of(text, side) == expected
