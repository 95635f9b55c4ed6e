"""Daily-report formats (General Staff, Russian MoD, ISW-style), on made-up sentences: enumerations, attempts
without outcome, withdrawal and capture idioms, fire damage. One table per failure class of issue 10."""

from __future__ import annotations

import pytest

from tests.test_extract import claims_of

Expected = set[tuple[str, str, str | None]]

# Class 3: attempts. No outcome stated -> fighting, the attacker; an outcome in the sentence -> repelled.
ATTEMPTS: list[tuple[str, str, str | None, Expected]] = [
    (
        "uk",
        "Окупанти тричі намагалися прорвати оборону наших військ поблизу Курдюмівки.",
        "ua",
        {("Курдюмівка", "fighting", "ru")},
    ),
    ("uk", "Ворог здійснив спробу просунутися в районі Кліщіївки.", "ua", {("Кліщіївка", "fighting", "ru")}),
    ("ru", "Российские войска стремятся закрепиться в Работино.", "ua", {("Роботине", "fighting", "ru")}),
    ("uk", "Ворог прагне закріпитися в Роботиному.", "ua", {("Роботине", "fighting", "ru")}),
    (
        "uk",
        "Сили оборони зупинили сім спроб ворога просунутися поблизу Кліщіївки та Курдюмівки.",
        "ua",
        {("Кліщіївка", "repelled", "ua"), ("Курдюмівка", "repelled", "ua")},
    ),
    (
        "ru",
        "Противник пытался контратаковать в районе Работино.",
        "ru",
        {("Роботине", "fighting", "ua")},
    ),
    (
        "ru",
        "Противник пытался прорвать оборону у Работино, но был отброшен.",
        "ru",
        {("Роботине", "repelled", "ru")},
    ),
    (
        "en",
        "Russian forces tried to advance near Kurdiumivka and Klishchiivka.",
        None,
        {("Курдюмівка", "fighting", "ru"), ("Кліщіївка", "fighting", "ru")},
    ),
    ("en", "Russian troops attacked near Robotyne on Tuesday.", None, {("Роботине", "fighting", "ru")}),
    (
        "en",
        "Ukrainian defenders stopped nine Russian attacks near Robotyne.",
        None,
        {("Роботине", "repelled", "ua")},
    ),
    ("uk", "Ворог намагатиметься наступати на Курдюмівку.", "ua", set()),  # a prediction, not an act
    # a defence broken through (done) is an advance; tried, an attempt
    ("uk", "Сили оборони прорвали оборону окупантів біля Роботиного.", None, {("Роботине", "advanced", "ua")}),
    ("en", "Russian forces broke through Ukrainian defenses near Pokrovsk.", None, {("Покровськ", "advanced", "ru")}),
    ("uk", "Окупанти намагалися прорвати оборону біля Роботиного.", "ua", {("Роботине", "fighting", "ru")}),
    # forces thrown at a place: an attack with no outcome, not a capture
    ("uk", "Ворог кидає великі сили на захоплення Курдюмівки.", "ua", {("Курдюмівка", "fighting", "ru")}),
    # an advance towards a place is an advance (LABELING), one "in the direction of" it only names the direction;
    # one prevented or expected is none
    ("en", "Russian forces advanced towards Robotyne.", None, {("Роботине", "advanced", "ru")}),
    ("en", "The Russian military said it progressed in the direction of Robotyne.", None, set()),
    ("en", "Our defenders prevent the Russians from advancing towards Bakhmut.", None, set()),
    ("en", "Russian forces are expected to advance towards Bakhmut.", None, set()),
    # the places of a list led by a toward word are all where the phrase went: a withdrawal is from none of them
    (
        "en",
        "Ukrainian forces began a withdrawal from Robotyne towards Bakhmut, Klishchiivka and Kurdiumivka.",
        None,
        {("Роботине", "withdrew", "ua")},
    ),
    (
        "uk",
        "Наші підрозділи відійшли з Роботиного в напрямку Бахмута та Кліщіївки.",
        "ua",
        {("Роботине", "withdrew", "ua")},
    ),
    # an aim after the place does not hide the act before it
    (
        "en",
        "Russian forces are conducting assault operations on the outskirts of Pokrovsk, aiming to capture a junction.",
        None,
        {("Покровськ", "fighting", "ru")},
    ),
    ("en", "Ukraine liberated Robotyne and plans to liberate Pokrovsk.", None, {("Роботине", "captured", "ua")}),
    # fighting with a failure said of it: the other side held
    (
        "uk",
        "Біля Покровська щодня відбуваються бойові зіткнення, однак росіяни не досягають успіху.",
        "ua",
        {("Покровськ", "repelled", "ua")},
    ),
    ("en", "Fighting near Pokrovsk went on, to no avail for the Russians.", None, {("Покровськ", "repelled", "ua")}),
    ("ru", "Бои у Работино продолжаются, противник успеха не добился.", "ru", {("Роботине", "repelled", "ru")}),
    # holding out against a push; a side's attacks foiled
    ("ru", "Бойцы выдерживают натиск ВСУ под Работино.", "ru", {("Роботине", "repelled", "ru")}),
    ("uk", "Наші бійці витримують натиск ворога біля Покровська.", "ua", {("Покровськ", "repelled", "ua")}),
    ("en", "Russian forces foiled Ukraine's attacks near Robotyne.", None, {("Роботине", "repelled", "ru")}),
]


@pytest.mark.parametrize(("lang", "text", "side", "expected"), ATTEMPTS)
def test_attempts(lang: str, text: str, side: str | None, expected: Expected) -> None:
    assert claims_of(text, side) == expected


# «відбили в районі»: a repelling verb before a lower-case word is not "retook X" (the capital-letter test is
# case-sensitive even though the lexicon matches case-insensitively).
REPELLED_IN_AREAS: list[tuple[str, str, str | None, Expected]] = [
    (
        "uk",
        "Відбулося три атаки, які наші оборонці відбили в районах Кліщіївки та Курдюмівки.",
        "ua",
        {("Кліщіївка", "repelled", "ua"), ("Курдюмівка", "repelled", "ua")},
    ),
    (
        "ru",
        "Две атаки противника наши бойцы отбили в районе Работино.",
        "ru",
        {("Роботине", "repelled", "ru")},
    ),
    ("uk", "Наші воїни відбили Кліщіївку.", "ua", {("Кліщіївка", "captured", "ua")}),
]


@pytest.mark.parametrize(("lang", "text", "side", "expected"), REPELLED_IN_AREAS)
def test_repelled_in_areas(lang: str, text: str, side: str | None, expected: Expected) -> None:
    assert claims_of(text, side) == expected


# Class 2: enumerations. Every member of a list carries the phrase; a list of directions carries none.
ENUMERATIONS: list[tuple[str, str, str | None, Expected]] = [
    (
        "uk",
        "На Лиманському та Торецькому напрямках відбито п’ять атак у районах Кліщіївки, Курдюмівки та біля Бахмута.",
        "ua",
        {("Кліщіївка", "repelled", "ua"), ("Курдюмівка", "repelled", "ua"), ("Бахмут", "repelled", "ua")},
    ),
    (
        "uk",
        "Ворог здійснив 9 штурмів поблизу населених пунктів Кліщіївка, Курдюмівка і Роботине.",
        "ua",
        {("Кліщіївка", "fighting", "ru"), ("Курдюмівка", "fighting", "ru"), ("Роботине", "fighting", "ru")},
    ),
    (
        "uk",
        "Окупанти намагалися наступати у напрямках населених пунктів Кліщіївка та Курдюмівка.",
        "ua",
        {("Кліщіївка", "fighting", "ru"), ("Курдюмівка", "fighting", "ru")},
    ),
    (
        "ru",
        "Отражены четыре атаки противника в районах населенных пунктов Работино, Клещеевка и Курдюмовка.",
        "ru",
        {("Роботине", "repelled", "ru"), ("Кліщіївка", "repelled", "ru"), ("Курдюмівка", "repelled", "ru")},
    ),
    (
        "en",
        "Ukrainian forces repelled assaults near Klishchiivka, Kurdiumivka, and Robotyne.",
        None,
        {("Кліщіївка", "repelled", "ua"), ("Курдюмівка", "repelled", "ua"), ("Роботине", "repelled", "ua")},
    ),
    ("uk", "Бої тривають на Бахмутському та Покровському напрямках.", "ua", set()),
    ("en", "Fighting continued on the Bakhmut and Pokrovsk directions.", None, set()),
]


@pytest.mark.parametrize(("lang", "text", "side", "expected"), ENUMERATIONS)
def test_enumerations(lang: str, text: str, side: str | None, expected: Expected) -> None:
    assert claims_of(text, side) == expected


# Class 6: withdrawal and capture idioms; flags.
IDIOMS: list[tuple[str, str, str | None, Expected]] = [
    # a surrender is a loss; "no buildings left in X" and "its lost positions" are no withdrawals
    (
        "en",
        "After the surrender of Bakhmut, Russian forces reached the outskirts of Pokrovsk.",
        "ua",
        {("Бахмут", "withdrew", "ua"), ("Покровськ", "advanced", "ru")},
    ),
    ("uk", "Після здачі Бахмута ворог тиснув далі.", "ua", {("Бахмут", "withdrew", "ua")}),
    ("ru", "Сдали деньги на ремонт школы в Бахмуте.", "ru", set()),
    ("en", "There are no intact buildings left in Pokrovsk.", None, set()),
    (
        "en",
        "The enemy made unsuccessful attempts to regain its lost positions north of Robotyne.",
        "ua",
        {("Роботине", "repelled", "ua")},
    ),
    # a flag that is in a place, its side the flag's; fighting going on there (said next) makes it an advance
    ("en", "The Ukrainian flag is already in Robotyne.", None, {("Роботине", "captured", "ua")}),
    (
        "en",
        "The Ukrainian flag is already in Robotyne. Fighting is still going on there.",
        None,
        {("Роботине", "advanced", "ua")},
    ),
    ("en", "Russian troops raised the Russian flag in Robotyne.", None, {("Роботине", "captured", "ru")}),
    ("uk", "Бійці ЗСУ встановлюють український прапор на в’їзді в Роботине.", None, {("Роботине", "advanced", "ua")}),
    # the speaker's side present in a place: «Ми вже в X» (entered), not «ми вже в курсі»
    ("uk", "«Ми вже в Роботиному, але йдуть бої», – сказав речник.", "ua", {("Роботине", "advanced", "ua")}),
    ("uk", "Ми вже в курсі ситуації в Роботиному.", "ua", set()),
    ("en", "We are already in Robotyne, the spokesman said.", "ua", {("Роботине", "advanced", "ua")}),
    ("uk", "Наші підрозділи відійшли на вигідніші рубежі поблизу Кліщіївки.", "ua", {("Кліщіївка", "withdrew", "ua")}),
    ("en", "Ukrainian units pulled back from Robotyne overnight.", None, {("Роботине", "withdrew", "ua")}),
    ("en", "Kurdiumivka fell to Russian troops after weeks of fighting.", None, {("Курдюмівка", "captured", "ru")}),
    ("en", "Wagner fighters declared victory in Bakhmut.", None, {("Бахмут", "captured", "ru")}),
    ("uk", "Окупанти оголосили про перемогу в Кліщіївці.", "ua", {("Кліщіївка", "captured", "ru")}),
    ("en", "Russian forces seized Robotyne, the ministry said.", None, {("Роботине", "captured", "ru")}),
    ("ru", "Населенный пункт Работино перешел под контроль российских войск.", "ru", {("Роботине", "captured", "ru")}),
    ("ru", "Наши штурмовые группы зашли в Клещеевку.", "ru", {("Кліщіївка", "advanced", "ru")}),
    ("en", "Robotyne has been cleared of Russian troops.", "ua", {("Роботине", "captured", "ua")}),
    ("en", "Russian soldiers raised a flag over Robotyne.", None, {("Роботине", "captured", "ru")}),
    (
        "en",
        "Russian soldiers raised a flag at the entrance to Robotyne.",
        None,
        {("Роботине", "advanced", "ru")},
    ),
    (
        "ru",
        "Российский флаг водружен над Клещеевкой, зачистка продолжается.",
        "ru",
        {("Кліщіївка", "advanced", "ru")},
    ),
    (
        "ru",
        "Флаг подняли над Работино в среду, однако часть села остается в серой зоне.",
        "ru",
        {("Роботине", "advanced", "ru")},
    ),
    # back to the starting line after an attack: repelled by the other side
    (
        "uk",
        "Ворог, зазнавши втрат, відійшов на вихідні позиції в районі Роботиного.",
        "ua",
        {("Роботине", "repelled", "ua")},
    ),
    (
        "ru",
        "Противник, понеся потери, отошел на исходные позиции в районе Клещеевки.",
        "ru",
        {("Кліщіївка", "repelled", "ru")},
    ),
    (
        "en",
        "Russian forces fell back to their starting positions near Robotyne.",
        None,
        {("Роботине", "repelled", "ua")},
    ),
    # the euphemism for a pull-back
    ("uk", "Підрозділи змінили позиції поблизу Роботиного.", "ua", {("Роботине", "withdrew", "ua")}),
    ("en", "To save lives, positions were changed near Robotyne.", "ua", {("Роботине", "withdrew", "ua")}),
]


@pytest.mark.parametrize(("lang", "text", "side", "expected"), IDIOMS)
def test_withdrawal_and_capture_idioms(lang: str, text: str, side: str | None, expected: Expected) -> None:
    assert claims_of(text, side) == expected


# LABELING's negatives: fire damage, fire control, shelling, strikes, evacuations.
NOT_CLAIMS: list[tuple[str, str, str | None]] = [
    (
        "ru",
        "Нанесено поражение живой силе и технике противника в районах населенных пунктов Работино и Клещеевка.",
        "ru",
    ),
    (
        "ru",
        "Подразделения группировки «Юг» улучшили положение по переднему краю и нанесли поражение формированиям ВСУ "
        "в районах н.п. Работино и Курдюмовка.",
        "ru",
    ),
    ("en", "Russian forces maintain fire control over Robotyne.", None),
    ("uk", "Противник тримає під вогневим контролем Роботине.", "ua"),
    ("uk", "Ворог обстріляв Роботине та Кліщіївку з артилерії.", "ua"),
    ("uk", "Триває евакуація мешканців з Роботиного.", "ua"),
    ("ru", "Наиболее мощной атаке подвергся Бахмут.", "ru"),  # a place under fire
    ("uk", "У Покровську, який постійно перебуває під російськими атаками, залишається 4300 мешканців.", "ua"),
    ("ru", 'Дроны атаковали станцию "Курдюмовка" в Тамбовской области.', "ru"),  # a facility in Russia
    ("en", "Russia attacked Robotyne with guided bombs.", None),
    ("uk", "Ворог атакував Роботине керованими авіабомбами.", "ua"),
]


@pytest.mark.parametrize(("lang", "text", "side"), NOT_CLAIMS)
def test_fire_damage_and_strikes_are_no_claims(lang: str, text: str, side: str | None) -> None:
    assert claims_of(text, side) == set()


def test_a_specific_kind_takes_no_extra_fighting() -> None:
    text = "Після запеклих боїв Сили оборони звільнили Кліщіївку."
    assert claims_of(text, "ua") == {("Кліщіївка", "captured", "ua")}


# Whose act: a side's adjective before an action noun ("Russian advances near X"), a country before its act
# ("Russia had advanced in X"); part of a town taken (buildings, streets) is an advance.
ACTORS_AND_PARTS: list[tuple[str, str, str | None, Expected]] = [
    (
        "en",
        "The ministry confirmed that the troops of the Russian Federation had left Robotyne.",
        "ua",
        {("Роботине", "withdrew", "ru")},
    ),
    (
        "en",
        "Geolocated footage shows Russian advances on the outskirts of Robotyne.",
        None,
        {("Роботине", "advanced", "ru")},
    ),
    ("en", "DeepState said that Russia had advanced in Kurdiumivka.", None, {("Курдюмівка", "advanced", "ru")}),
    ("en", "Maps showed Ukrainian gains near Klishchiivka.", None, {("Кліщіївка", "advanced", "ua")}),
    ("ru", "Российские военные заняли 40 зданий в Купянске.", "ru", {("Куп’янськ", "advanced", "ru")}),
    ("uk", "Наші бійці звільнили кілька вулиць у Вовчанську.", "ua", {("Вовчанськ", "advanced", "ua")}),
    # a side after a verb done to it is its object: the subject before did the rest of the chain
    (
        "en",
        "Ukrainian forces encircled Russian troops near Bakhmut and liberated Klishchiivka.",
        None,
        {("Бахмут", "advanced", "ua"), ("Кліщіївка", "captured", "ua")},
    ),
    ("uk", "ЗСУ оточили росіян і звільнили Кліщіївку.", "ua", {("Кліщіївка", "captured", "ua")}),
    # a compass adjective right before the name is a part of it; one before an area further off is not
    ("en", "Ukrainian forces cleared northwestern Bakhmut.", None, {("Бахмут", "advanced", "ua")}),
    ("en", "Russian forces captured Klishchiivka in eastern Ukraine.", None, {("Кліщіївка", "captured", "ru")}),
]


@pytest.mark.parametrize(("lang", "text", "side", "expected"), ACTORS_AND_PARTS)
def test_actors_and_parts(lang: str, text: str, side: str | None, expected: Expected) -> None:
    assert claims_of(text, side) == expected


# Lists named in the sentence after the one that counted them: each place takes that sentence's phrase.
VOV_RU, VOV_UA = ("Вовчанськ", "fighting", "ru"), ("Вовчанськ", "fighting", "ua")
ELABORATED: list[tuple[str, str, str | None, Expected]] = [
    # an attribution between the count and its list, a paragraph break before the list
    (
        "uk",
        "Сили оборони відбили атаки поблизу трьох населених пунктів. Про це повідомив Генштаб.\n\n"
        "Ідеться про Кліщіївку, Курдюмівку та Бахмут.",
        None,
        {("Кліщіївка", "repelled", "ua"), ("Курдюмівка", "repelled", "ua"), ("Бахмут", "repelled", "ua")},
    ),
    (
        "ru",
        "Атаки были отражены в районах населенных пунктов ДНР. Этими пунктами были Работино и Бахмут.",
        "ru",
        {("Роботине", "repelled", "ru"), ("Бахмут", "repelled", "ru")},
    ),
    (
        "ru",
        "Подразделения за неделю освободили три населенных пункта. Речь идет о Работино, Курдюмовке и Клещеевке.",
        "ru",
        {("Роботине", "captured", "ru"), ("Курдюмівка", "captured", "ru"), ("Кліщіївка", "captured", "ru")},
    ),
    (
        "uk",
        "Наші підрозділи залишили два села. Йдеться про Курдюмівку та Кліщіївку.",
        "ua",
        {("Курдюмівка", "withdrew", "ua"), ("Кліщіївка", "withdrew", "ua")},
    ),
    (
        "en",
        "Russian forces captured two villages this week. These are Robotyne and Klishchiivka.",
        None,
        {("Роботине", "captured", "ru"), ("Кліщіївка", "captured", "ru")},
    ),
    # a place of the list that a later phrase took does not keep the others from the count's phrase
    (
        "ru",
        "Были освобождены два населенных пункта. Речь идет о Клещеевке и Курдюмовке. Командир заявил, что войска "
        "установили контроль над населенными пунктами Плехово и Дарьино.",
        "ru",
        {("Кліщіївка", "captured", "ru"), ("Курдюмівка", "captured", "ru")},
    ),
    # no counting word before: the list is not what the phrase spoke of
    ("uk", "Ворог відійшов на нові рубежі. Йдеться про Курдюмівку.", "ua", set()),
    # a sentence narrowing the one before down needs no count: it names where that happened
    ("uk", "Ворог намагався прорвати оборону на Харківщині. Зокрема, в районі Вовчанська.", "ua", {VOV_RU}),
    ("ru", "Противник пытался атаковать на Харьковщине. В частности, в районе Волчанска.", "ru", {VOV_UA}),
    ("en", "Russian forces tried to advance in Kharkiv Oblast. In particular, near Vovchansk.", None, {VOV_RU}),
    # ... only the sentence right before: past a count that is no claim (shelling) the list is not the phrase's
    (
        "uk",
        "Ворог наступав на Харківщині. Він обстріляв понад 20 населених пунктів. Серед них – Вовчанськ.",
        "ua",
        set(),
    ),
    # the sentence before names a place of its own: its phrase found it
    ("uk", "Сили оборони звільнили Кліщіївку. Це Бахмутський район.", "ua", {("Кліщіївка", "captured", "ua")}),
]


@pytest.mark.parametrize(("lang", "text", "side", "expected"), ELABORATED)
def test_lists_named_after_they_were_counted(lang: str, text: str, side: str | None, expected: Expected) -> None:
    assert claims_of(text, side) == expected


# The control phrase before its verb and the holder («под контроль ВС РФ перешли X»); counterstrikes are attacks.
WORD_ORDER: list[tuple[str, str, str | None, Expected]] = [
    (
        "ru",
        "В Запорожской области под контроль ВС РФ перешли Работино и Курдюмовка.",
        "ru",
        {("Роботине", "captured", "ru"), ("Курдюмівка", "captured", "ru")},
    ),
    ("uk", "Під контроль Сил оборони перейшла Кліщіївка.", "ua", {("Кліщіївка", "captured", "ua")}),
    (
        "uk",
        "Сили оборони ведуть контрударні дії в районах прикордонних сіл Кліщіївка та Курдюмівка.",
        "ua",
        {("Кліщіївка", "fighting", "ua"), ("Курдюмівка", "fighting", "ua")},
    ),
    ("ru", "ВСУ нанесли контрудар у Работино.", "ru", {("Роботине", "fighting", "ua")}),
]


@pytest.mark.parametrize(("lang", "text", "side", "expected"), WORD_ORDER)
def test_control_before_its_verb_and_counterstrikes(lang: str, text: str, side: str | None, expected: Expected) -> None:
    assert claims_of(text, side) == expected


# A report's list joined by semicolons: each item after «;» + a preposition says what the first item says.
SEMICOLONS: list[tuple[str, str, str | None, Expected]] = [
    (
        "en",
        "Russian forces attacked near Robotyne; near Klishchiivka and Kurdiumivka; and in the direction of Andriivka.",
        None,
        {
            ("Роботине", "fighting", "ru"),
            ("Кліщіївка", "fighting", "ru"),
            ("Курдюмівка", "fighting", "ru"),
            ("Андріївка", "fighting", "ru"),
        },
    ),
    (
        "uk",
        "Ворог атакував у районі Роботиного; біля Кліщіївки; та поблизу Курдюмівки.",
        "ua",
        {("Роботине", "fighting", "ru"), ("Кліщіївка", "fighting", "ru"), ("Курдюмівка", "fighting", "ru")},
    ),
    # an item's own list goes on after a comma ("; east of A near B, and toward C")
    (
        "en",
        "Russian forces attacked near Robotyne; east of Bakhmut near Klishchiivka, and toward Kurdiumivka.",
        None,
        {("Роботине", "fighting", "ru"), ("Кліщіївка", "fighting", "ru"), ("Курдюмівка", "fighting", "ru")},
    ),
    # a new clause with a phrase of its own after the semicolon keeps its own phrase
    (
        "en",
        "Russian forces advanced near Robotyne; Ukrainian forces repelled attacks near Klishchiivka.",
        None,
        {("Роботине", "advanced", "ru"), ("Кліщіївка", "repelled", "ua")},
    ),
]


@pytest.mark.parametrize(("lang", "text", "side", "expected"), SEMICOLONS)
def test_semicolon_items_of_a_list(lang: str, text: str, side: str | None, expected: Expected) -> None:
    assert claims_of(text, side) == expected


# Accomplished acts in the infinitive: «вдалося зачистити», "managed to clear".
def test_managed_to_clear_is_a_capture() -> None:
    assert claims_of("Нашим воїнам вдалося зачистити Кліщіївку.", "ua") == {("Кліщіївка", "captured", "ua")}
    assert claims_of("Удалось зачистить Клещеевку.", "ru") == {("Кліщіївка", "captured", "ru")}
    assert claims_of("Ukrainian troops managed to clear Klishchiivka.") == {("Кліщіївка", "captured", "ua")}
    assert claims_of("Ворог планує зачистити Кліщіївку.", "ua") == set()  # a plan


# "not only ... but also", «не лише ..., а й»: one statement, no adversative break; infinitive attempts.
NOT_ONLY: list[tuple[str, str, str | None, Expected]] = [
    (
        "en",
        "Russian troops are trying to storm positions not only in Robotyne but also near Klishchiivka.",
        None,
        {("Роботине", "fighting", "ru"), ("Кліщіївка", "fighting", "ru")},
    ),
    (
        "uk",
        "Ворог атакує не лише в Роботиному, а й поблизу Кліщіївки.",
        "ua",
        {("Роботине", "fighting", "ru"), ("Кліщіївка", "fighting", "ru")},
    ),
    (
        "en",
        "Russian forces attacked near Robotyne, but Ukrainian forces repelled them near Klishchiivka.",
        None,
        {("Роботине", "fighting", "ru"), ("Кліщіївка", "repelled", "ua")},
    ),
    ("en", "Russia is preparing to attack Robotyne.", None, set()),  # a plan
]


@pytest.mark.parametrize(("lang", "text", "side", "expected"), NOT_ONLY)
def test_not_only_but_also_is_one_statement(lang: str, text: str, side: str | None, expected: Expected) -> None:
    assert claims_of(text, side) == expected


# "The defence of X and Y continues", «Оборона X і Y триває» (a Ukrainian report): the defender holds both.
@pytest.mark.parametrize(
    "text",
    [
        "Оборона Роботиного і Кліщіївки триває.",
        "Оборона Работино и Клещеевки продолжается.",
        "The defence of Robotyne and Klishchiivka continues.",
    ],
)
def test_defence_of_a_list_continues(text: str) -> None:
    assert claims_of(text, "ua") == {("Роботине", "repelled", "ua"), ("Кліщіївка", "repelled", "ua")}


# Reaching the outskirts is an advance; a district of a town taken is part of it, and its name is no settlement.
OUTSKIRTS_AND_DISTRICTS: list[tuple[str, str, str | None, Expected]] = [
    ("ru", "Российские силы взяли под контроль центр Работино.", None, {("Роботине", "advanced", "ru")}),
    ("ru", "Подразделения группировки Центр освободили Работино.", None, {("Роботине", "captured", "ru")}),
    # the part is of something else; the towns it takes in are whole
    (
        "ru",
        "Освобождена значительная часть Донецкой Народной Республики, в том числе города Бахмут и Работино.",
        None,
        {("Бахмут", "captured", "ru"), ("Роботине", "captured", "ru")},
    ),
    ("uk", "Російські підрозділи вийшли на околиці Курдюмівки.", None, {("Курдюмівка", "advanced", "ru")}),
    ("ru", "Наши штурмовые группы вышли к окраинам Курдюмовки.", "ru", {("Курдюмівка", "advanced", "ru")}),
    ("en", "Russian forces have reached the outskirts of Bakhmut.", None, {("Бахмут", "advanced", "ru")}),
    ("ru", "Войска начали выдавливать противника из Работино.", "ru", {("Роботине", "advanced", "ru")}),
    (
        "ru",
        "В Бахмуте штурмовые отряды полностью освободили микрорайон Андреевка.",
        "ru",
        {("Бахмут", "advanced", "ru")},
    ),
    ("uk", "Ворог захопив кілька кварталів Бахмута.", "ua", {("Бахмут", "advanced", "ru")}),
    (
        "ru",
        "Флаг подняли у администрации Бахмута и в парке Курдюмовка.",
        "ru",
        {("Бахмут", "captured", "ru")},
    ),  # a park
]


@pytest.mark.parametrize(("lang", "text", "side", "expected"), OUTSKIRTS_AND_DISTRICTS)
def test_outskirts_and_districts(lang: str, text: str, side: str | None, expected: Expected) -> None:
    assert claims_of(text, side) == expected


# A list of places one a line, each ended by a semicolon, blank lines between: one list after its colon.
def test_a_list_one_place_a_line() -> None:
    text = "Повернулися додому, під український прапор, такі населені пункти:\n\nКліщіївка;\n\nКурдюмівка;\n\nРоботине."
    assert claims_of(text, "ua") == {
        ("Кліщіївка", "captured", "ua"),
        ("Курдюмівка", "captured", "ua"),
        ("Роботине", "captured", "ua"),
    }


# A dateline says where a report was filed («KYIV, Ukraine (AP) —», «ДОНЕЦК, 9 мар —»): no claim about it; a
# place that opens a claim («Бахмут — наш») is still one.
def test_a_dateline_is_no_claim() -> None:
    assert claims_of("Pokrovsk, Ukraine (AP) — Fierce fighting raged on Tuesday, officials said.") == set()
    assert claims_of("ПОКРОВСК, 9 мар — РИА Новости. Бойцы освободили Работино.", "ru") == {
        ("Роботине", "captured", "ru")
    }
    assert claims_of("Бахмут — наш, заявил Пригожин.", "ru") == {("Бахмут", "captured", "ru")}


# A road between places (or to one) only says where it runs: its names are no claims.
ROADS = [
    (
        "uk",
        "Українські війська відступили з Кліщіївки, що розташована на автодорозі Бахмут – Покровськ.",
        "ua",
        {("Кліщіївка", "withdrew", "ua")},
    ),
    ("en", "Russian forces advanced along the Bakhmut-Pokrovsk road.", None, set()),
    ("uk", "Тривають позиційні бої на лінії Бахмут-Покровськ-Роботине.", "ua", set()),  # a front line's towns
    ("uk", "Наші бійці звільнили Кліщіївку та вийшли на дорогу до Бахмута.", "ua", {("Кліщіївка", "captured", "ua")}),
    # a place opposite another is its reference point; "grabbed" is a capture
    (
        "en",
        "The village of Robotyne, opposite the city of Bakhmut, was grabbed by Ukrainian troops.",
        None,
        {("Роботине", "captured", "ua")},
    ),
    # a place on the outskirts of another is its reference point
    ("uk", "Бої тривають в Кліщіївці, що на околицях Бахмута.", "ua", {("Кліщіївка", "fighting", None)}),
]


@pytest.mark.parametrize(("lang", "text", "side", "expected"), ROADS)
def test_roads_name_no_claims(lang: str, text: str, side: str | None, expected: Expected) -> None:
    assert claims_of(text, side) == expected


# A loss admitted as a noun («признали потерю X», the country that lost it in the instrumental); a movement of
# troops towards a place is an advance.
LOSSES_AND_MOVEMENTS = [
    ("ru", "В рядах ВСУ признали потерю Бахмута.", None, {("Бахмут", "withdrew", "ua")}),
    ("ru", "Военкоры признают потерю Россией Работино.", None, {("Роботине", "withdrew", "ru")}),
    ("uk", "У ЗСУ визнали втрату Бахмута.", None, {("Бахмут", "withdrew", "ua")}),
    ("ru", "Потери противника под Бахмутом составили сто человек.", "ru", set()),
    ("ru", "Мы наблюдаем движение наших войск в сторону Купянска.", "ru", {("Куп’янськ", "advanced", "ru")}),
    ("ru", "Война с Россией идёт у Купянска уже третий год.", None, set()),
]


@pytest.mark.parametrize(("lang", "text", "side", "expected"), LOSSES_AND_MOVEMENTS)
def test_losses_and_movements(lang: str, text: str, side: str | None, expected: Expected) -> None:
    assert claims_of(text, side) == expected


# Where a side directs its efforts («зосередив основні зусилля в районах X, Y»): its attacks there; a regrouping
# away from a place is the euphemism of a pull-out.
EFFORTS_AND_REGROUPING = [
    (
        "uk",
        "Основні зусилля ворог зосереджував у районах Кліщіївки та Курдюмівки.",
        "ua",
        {("Кліщіївка", "fighting", "ru"), ("Курдюмівка", "fighting", "ru")},
    ),
    ("ru", "Противник сосредоточил усилия в районе Работино.", "ru", {("Роботине", "fighting", "ua")}),
    ("en", "The enemy concentrated its main efforts near Pokrovsk.", "ua", {("Покровськ", "fighting", "ru")}),
    ("uk", "Зусиллями волонтерів до Покровська доставили воду.", "ua", set()),
    ("ru", "Войска перегруппированы из района Купянска.", "ru", {("Куп’янськ", "withdrew", "ru")}),
    ("en", "Moscow said its troops had regrouped away from Kupiansk.", None, {("Куп’янськ", "withdrew", "ru")}),
    ("en", "The ministry said troops were regrouped from the Kupiansk area.", "ru", {("Куп’янськ", "withdrew", "ru")}),
    ("en", "Russia is pulling back forces from Vovchansk.", None, {("Вовчанськ", "withdrew", "ru")}),
    ("ru", "Подразделения ВСУ пытаются покинуть Покровск.", "ru", {("Покровськ", "withdrew", "ua")}),
    # a move to better positions: the euphemism of a pull-out
    (
        "ru",
        "ВСУ были вынуждены переместиться на более выгодные позиции в районе Покровска.",
        "ru",
        {("Покровськ", "withdrew", "ua")},
    ),
    ("uk", "Підрозділи ЗСУ перемістилися на вигідніші позиції біля Бахмута.", "ua", {("Бахмут", "withdrew", "ua")}),
]


@pytest.mark.parametrize(("lang", "text", "side", "expected"), EFFORTS_AND_REGROUPING)
def test_efforts_and_regrouping(lang: str, text: str, side: str | None, expected: Expected) -> None:
    assert claims_of(text, side) == expected


# Efforts and what an operation would require: attempts (fighting) and hypotheticals (nothing), not captures.
def test_efforts_are_attempts_and_requirements_are_no_acts() -> None:
    assert claims_of("Russian efforts to seize Bakhmut have been ongoing for months.") == {("Бахмут", "fighting", "ru")}
    assert claims_of("The offensive required to capture Bakhmut would be far larger.") == set()
    assert claims_of("Щоб захопити Бахмут, ворогу потрібно значно більше сил.", "ua") == set()
    assert claims_of("Ворогу необхідно захопити Бахмут до зими.", "ua") == set()
    # what an act would bring: the act as a noun before a modal, or a future "would make it possible"
    assert claims_of("Захоплення Бахмута може дозволити окупантам ускладнити логістику.", "ua") == set()
    assert claims_of("The capture of Bakhmut could allow Russian forces to advance on Kurdiumivka.") == set()
    assert claims_of("The liberation of Bakhmut could serve as a pivotal moment in the war.") == set()
    assert claims_of("The fall of Bakhmut would mark a turning point.") == set()
    assert claims_of("Це дасть росіянам змогу просунутися до Курдюмівки.", "ua") == set()
    assert claims_of("Говорять про наступ на Бахмут, який може початися взимку.", "ua") == set()
    assert claims_of("Наступ на Бахмут триває.", "ua") == {("Бахмут", "fighting", None)}
    assert claims_of("Звільнення Кліщіївки дало змогу наступати далі.", "ua") == {("Кліщіївка", "captured", "ua")}
    assert claims_of("Russian forces captured Bakhmut, which could allow them to advance.") == {
        ("Бахмут", "captured", "ru")
    }


# A region of Russia after a list's segment: those villages are Russia's, not their Ukrainian namesakes.
def test_villages_of_a_russian_region_are_no_claims() -> None:
    text = "Освобождены населенные пункты Андреевка, Клещеевка Курской области, а также Работино Запорожской области."
    assert claims_of(text, "ru") == {("Роботине", "captured", "ru")}
    assert claims_of("Russian forces retook Andriivka in Kursk region.") == set()
    # names the gazetteer does not know (Суджа, Косица) do not break the enumeration a Russian region ends
    text = "Освобождены населенные пункты: Суджа, Андреевка, Косица, Малая Локня, Клещеевка Курской области."
    assert claims_of(text, "ru") == set()
    # a sentence that opens in a region of Russia: its places are Russia's; the next sentence is not when the post
    # names an oblast of Ukraine; a post set in Russia that names none speaks of Russian villages throughout
    assert claims_of("In Russia's Kursk region, Russian forces seized Andriivka, attacking towards Robotyne.") == set()
    assert claims_of("В Курской области бои идут у Андреевки. ВСУ оставили Работино Запорожской области.", "ru") == {
        ("Роботине", "withdrew", "ua")
    }
    assert claims_of("Бои идут в Курской области. Освобождены населенные пункты Андреевка и Клещеевка.", "ru") == set()
    assert claims_of("Бои идут в Курской области. Освобождена Клещеевка в ДНР.", "ru") == {
        ("Кліщіївка", "captured", "ru")
    }
    # unknown names may end the list, a raion may stand before the region
    assert claims_of("Освобождены Андреевка, Черкасское Поречное и Косица в Курской области.", "ru") == set()
    assert claims_of("Бойцы зачистили село Андреевка Суджанского района Курской области.", "ru") == set()
    assert claims_of("ВС РФ освободили Андреевку Донецкой Народной Республики.", "ru") == {
        ("Андріївка", "captured", "ru")
    }
    # a place located in brackets by a town of Russia is in Russia; one located by a Ukrainian town is not
    assert claims_of("Ukrainian forces advanced in southern Andriivka (east of Sudzha).") == set()
    assert claims_of("ВСУ продвинулись у Андреевки (северо-восточнее Суджи).", "ru") == set()
    assert claims_of("Росіяни атакували біля Андріївки (на схід від Суджі).", "ua") == set()
    assert claims_of("Russian forces advanced near Klishchiivka (south of Bakhmut).") == {
        ("Кліщіївка", "advanced", "ru")
    }


# An outcome with no place of its own tells of the attacks of its paragraph: a few sentences back, or the next one.
OUTCOMES: list[tuple[str, str, str | None, Expected]] = [
    (
        "uk",
        "Окупанти штурмували в районі Кліщіївки. Наступ підтримувала авіація. Про це йдеться у зведенні.\n"
        "Захисники відбили усі атаки.",
        "ua",
        {("Кліщіївка", "repelled", "ua")},
    ),
    ("ru", "Наши подразделения отразили контратаку. Бой произошел у Работино.", "ru", {("Роботине", "repelled", "ru")}),
    (
        "uk",
        "Ворог здійснив вісім штурмів в районі Кліщіївки. Зазнавши втрат, ворог відійшов на вихідні позиції.",
        "ua",
        {("Кліщіївка", "repelled", "ua")},
    ),
    # «а» with a dash in place of the verb carries the verb before it (gapping); a clause of its own does not
    (
        "ru",
        "Подразделения «Южной» группировки взяли под контроль Работино, а бойцы «Востока» – село Курдюмовка.",
        "ru",
        {("Роботине", "captured", "ru"), ("Курдюмівка", "captured", "ru")},
    ),
    (
        "ru",
        "ВСУ оставили Работино, а россияне наступают на Бахмут.",
        "ru",
        {("Роботине", "withdrew", "ua"), ("Бахмут", "fighting", "ru")},
    ),
    # a count after a dash takes the verb before it: «ще шість – в районі Y», "three more – near Y"
    (
        "uk",
        "Сили оборони відбили по одній атаці в районі Кліщіївки, ще шість – в районі Курдюмівки.",
        "ua",
        {("Кліщіївка", "repelled", "ua"), ("Курдюмівка", "repelled", "ua")},
    ),
    (
        "en",
        "Ukrainian forces repelled two attacks near Robotyne and three more – near Bakhmut.",
        None,
        {("Роботине", "repelled", "ua"), ("Бахмут", "repelled", "ua")},
    ),
    # an outcome with a place of its own does not reach into the next sentence
    (
        "ru",
        "Бойцы отбивают контратаки под Работино. Тяжелые бои идут в районе Бахмута.",
        "ru",
        {("Роботине", "repelled", "ru"), ("Бахмут", "fighting", None)},
    ),
    # the withdrawal's subject left out: the attacker of the sentence before; «свої» is no Russian word (СВО)
    (
        "uk",
        "Ворог здійснив вісім штурмів в районі Кліщіївки. Зазнавши втрат, відійшов на свої вихідні позиції.",
        None,
        {("Кліщіївка", "repelled", "ua")},
    ),
    (
        "ru",
        "Противник атаковал у Работино. Понеся потери, отошел на исходные позиции.",
        None,
        {("Роботине", "repelled", "ru")},
    ),
    (
        "uk",
        "Ворог атакував біля Кліщіївки.\n\nНа півдні всі атаки відбито.",
        "ua",
        {("Кліщіївка", "fighting", "ru")},
    ),
]


@pytest.mark.parametrize(("lang", "text", "side", "expected"), OUTCOMES)
def test_outcomes_of_a_paragraph(lang: str, text: str, side: str | None, expected: Expected) -> None:
    assert claims_of(text, side) == expected


# Pulling back from positions near a place: the loser's partial loss, unless the winner's offensive is named.
def test_withdrawal_from_positions() -> None:
    assert claims_of("Противник отошел с занимаемых позиций в районе Работино.", "ru") == {
        ("Роботине", "withdrew", "ua")
    }
    assert claims_of("Під час наступу наших військ ворог відійшов з позицій в районі Кліщіївки.", "ua") == {
        ("Кліщіївка", "advanced", "ua")
    }


# A phrase with an object of its own speaks of that object, not of the place before it; "in progress" is no advance;
# an attack from the air is a strike, not a claim of ground.
def test_phrases_with_their_own_object() -> None:
    assert claims_of("Russian troops are advancing on Bakhmut, occupying localities nearby.", "ru") == {
        ("Бахмут", "advanced", "ru")
    }
    assert claims_of("Street fighting is in progress in Bakhmut.", None) == {("Бахмут", "fighting", None)}
    assert claims_of("Russian forces attacked Bakhmut from the air.", "ua") == set()
