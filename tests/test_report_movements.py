"""Forces moving on a place, on made-up sentences: clearing it, blockading it, coming up to it, reaching its edge,
stepping up attacks near it, foiled attempts and the withdrawal as a noun (issue 10: the verbs of movement)."""

from __future__ import annotations

import pytest

from tests.test_extract import claims_of

Expected = set[tuple[str, str, str | None]]
ROB_TAKEN_UA = ("Роботине", "captured", "ua")

MOVEMENTS = [
    # the subject after a finite verb of taking, in Ukrainian and Russian word order; not after an impersonal one
    ("uk", "Кліщіївку звільнили росіяни.", None, {("Кліщіївка", "captured", "ru")}),
    ("uk", "Кліщіївку захопили ЗСУ.", None, {("Кліщіївка", "captured", "ua")}),
    ("ru", "Клещеевку освободили российские войска.", None, {("Кліщіївка", "captured", "ru")}),
    ("ru", "Клещеевку захватили ВСУ.", None, {("Кліщіївка", "captured", "ua")}),
    # the village named after the place it lies near is the one taken
    ("en", "Russian forces captured a village near Bakhmut, Klishchiivka.", None, {("Кліщіївка", "captured", "ru")}),
    # back in Ukraine: liberated; "ours" in quotes as without them
    ("uk", "Бахмут повертається в Україну, заявили в розвідці.", None, {("Бахмут", "captured", "ua")}),
    ("ru", "Бахмут возвращается в Украину, заявили в разведке.", None, {("Бахмут", "captured", "ua")}),
    ("en", '"Bakhmut returns to Ukraine," the statement reads.', None, {("Бахмут", "captured", "ua")}),
    ("en", 'Bakhmut is "ours", the president said.', "ua", {("Бахмут", "captured", "ua")}),
    # going round a town: an attack near the places it runs by; the town gone round is its aim
    (
        "uk",
        "Ворог намагається обійти місто в районі Кліщіївки та Курдюмівки.",
        "ua",
        {("Кліщіївка", "fighting", "ru"), ("Курдюмівка", "fighting", "ru")},
    ),
    ("ru", "Противник пытается обойти город в районе Клещеевки.", "ua", {("Кліщіївка", "fighting", "ru")}),
    ("en", "Russian forces are trying to bypass the town near Klishchiivka.", None, {("Кліщіївка", "fighting", "ru")}),
    ("uk", "Противник намагається обійти Бахмут зі сходу та півночі.", "ua", set()),
    ("en", "Russian forces are trying to outflank Bakhmut from the east.", None, set()),
    # the battles for taking a place: fighting there, the side taking it the attacker
    (
        "ru",
        "Идут бои по освобождению Клещеевки и Курдюмовки.",
        "ru",
        {("Кліщіївка", "fighting", "ru"), ("Курдюмівка", "fighting", "ru")},
    ),
    ("uk", "Тривають бої за звільнення Кліщіївки.", "ua", {("Кліщіївка", "fighting", "ua")}),
    ("en", "Russian forces are fighting to capture Klishchiivka.", None, {("Кліщіївка", "fighting", "ru")}),
    # almost without a fight is the manner of a capture, not a part of it
    ("ru", "Российская армия почти без боев заняла Клещеевку.", None, {("Кліщіївка", "captured", "ru")}),
    ("uk", "Російська армія майже без бою зайняла Кліщіївку.", None, {("Кліщіївка", "captured", "ru")}),
    ("en", "Russian troops took Klishchiivka almost without a fight.", None, {("Кліщіївка", "captured", "ru")}),
    # the tasks of a capture being worked on: under way
    (
        "ru",
        "Соединения группировки «Запад» успешно решают задачи по освобождению Работино.",
        "ru",
        {("Роботине", "advanced", "ru")},
    ),
    # forces moving on it or deeper into it
    ("en", "Russian forces were moving toward the center of Robotyne.", None, {("Роботине", "advanced", "ru")}),
    ("en", "Russian troops pushed deeper into Robotyne.", None, {("Роботине", "advanced", "ru")}),
    ("en", "Russian forces may be moving further inside Robotyne.", None, {("Роботине", "advanced", "ru")}),
    ("en", "Civilians are moving toward Robotyne.", None, set()),
    # a kind of force between the side and its noun still names the side
    ("en", "DeepState said Russian occupying forces progressed near Robotyne.", None, {("Роботине", "advanced", "ru")}),
    ("en", "Ukrainian assault troops liberated Klishchiivka.", None, {("Кліщіївка", "captured", "ua")}),
    # a breakthrough made is an advance; one tried is an attack
    ("uk", "Російські війська прорвалися до Кліщіївки.", None, {("Кліщіївка", "advanced", "ru")}),
    ("uk", "Генштаб РФ заявив про прорив у Кліщіївці.", None, {("Кліщіївка", "advanced", "ru")}),
    ("ru", "Российские войска прорвались к Клещеевке.", None, {("Кліщіївка", "advanced", "ru")}),
    ("en", "ISW assessed a Russian breakthrough near Robotyne.", None, {("Роботине", "advanced", "ru")}),
    ("uk", "Ворог намагався прорвати оборону біля Кліщіївки.", "ua", {("Кліщіївка", "fighting", "ru")}),
    ("ru", "Противник предпринял попытку прорыва у Клещеевки.", "ru", {("Кліщіївка", "fighting", "ua")}),
    ("en", "Russian troops tried to break through near Robotyne.", None, {("Роботине", "fighting", "ru")}),
    # a phrase whose object is named speaks of it, not of the list after a later phrase
    (
        "ru",
        "Бойцы освободили Клещеевку, ведут бои за Курдюмовку и Работино.",
        "ru",
        {("Кліщіївка", "captured", "ru"), ("Курдюмівка", "fighting", None), ("Роботине", "fighting", None)},
    ),
    (
        "ru",
        "Наши воины освободили Клещеевку и Курдюмовку.",
        "ru",
        {("Кліщіївка", "captured", "ru"), ("Курдюмівка", "captured", "ru")},
    ),
    # a place a capture threatens is no capture of its own
    (
        "en",
        "Russian forces captured Klishchiivka, jeopardizing the town of Bakhmut, and Robotyne.",
        None,
        {("Кліщіївка", "captured", "ru"), ("Роботине", "captured", "ru")},
    ),
    # inching, edging, pushing towards a place: moving on it; a sea is no village
    ("en", "Russian forces have been inching towards Robotyne for months.", None, {("Роботине", "advanced", "ru")}),
    ("en", "Russian troops are edging closer to Robotyne.", None, {("Роботине", "advanced", "ru")}),
    ("en", "Refugees moved towards Robotyne.", None, set()),
    # clearing a place of the enemy (not of mines), still clearing it, finishing the enemy off there, blockading it
    ("uk", "Наші воїни очистили Кліщіївку від окупантів.", "ua", {("Кліщіївка", "captured", "ua")}),
    ("uk", "Сапери очистили Кліщіївку від мін.", "ua", set()),
    (
        "ru",
        "Подразделения продолжают очищать от националистов центр Клещеевки.",
        "ru",
        {("Кліщіївка", "advanced", "ru")},
    ),
    ("ru", "Бойцы добивают остатки противника на окраинах Клещеевки.", "ru", {("Кліщіївка", "advanced", "ru")}),
    ("ru", "Российские подразделения блокировали Клещеевку с севера.", None, {("Кліщіївка", "advanced", "ru")}),
    ("en", "Russian troops blockaded Robotyne from the north.", None, {("Роботине", "advanced", "ru")}),
    ("ru", "До полного блокирования Клещеевки осталась неделя.", "ru", set()),
    ("uk", "Ворог заблокував дорогу на Кліщіївку.", "ua", set()),
    # the attacker's stepped-up activity near a place is fighting
    ("uk", "Помітно зросла активізація противника поблизу Кліщіївки.", "ua", {("Кліщіївка", "fighting", "ru")}),
    ("ru", "Противник активизировался у Клещеевки.", "ru", {("Кліщіївка", "fighting", "ua")}),
    ("en", "ISW noted increased Russian activity near Robotyne.", None, {("Роботине", "fighting", "ru")}),
    ("uk", "Ворог активізував обстріли Кліщіївки.", "ua", set()),
    # attempts blocked or foiled are repelled
    ("ru", "Войска блокировали попытки прорыва у Клещеевки.", "ru", {("Кліщіївка", "repelled", "ru")}),
    ("uk", "Захисники зірвали штурм ворога біля Кліщіївки.", "ua", {("Кліщіївка", "repelled", "ua")}),
    # coming up to a place is an advance; a defence coming to its end is no approach
    (
        "uk",
        "З'явилися відео українських військових, які перебувають на в'їзді в Кліщіївку.",
        None,
        {("Кліщіївка", "advanced", "ua")},
    ),
    ("ru", "Российские войска уже находятся на окраинах Клещеевки.", None, {("Кліщіївка", "advanced", "ru")}),
    (
        "en",
        "Ukrainian forces have finally reached the strategic city of Robotyne.",
        None,
        {("Роботине", "advanced", "ua")},
    ),
    ("en", "Russian troops reached Kurdiumivka.", None, {("Курдюмівка", "advanced", "ru")}),
    ("uk", "Російські війська підходять до Кліщіївки.", "ua", {("Кліщіївка", "advanced", "ru")}),
    ("ru", "Наши ребята уже подходят к Клещеевке.", "ru", {("Кліщіївка", "advanced", "ru")}),
    ("ru", "Оборона Клещеевки подходит к концу.", None, set()),
    # piercing a defence is an attack on it, not holding it («продовжують пробивати оборону», "breaching")
    ("uk", "Наші бійці продовжують пробивати оборону ворога біля Кліщіївки.", "ua", {("Кліщіївка", "fighting", "ua")}),
    ("ru", "Российские бойцы продолжают пробивать оборону у Клещеевки.", None, {("Кліщіївка", "fighting", "ru")}),
    (
        "en",
        "Russian troops tried to breach Ukrainian defences near Klishchiivka.",
        None,
        {("Кліщіївка", "fighting", "ru")},
    ),
    # the people for their army, as «росіяни» is
    ("ru", "Украинцы пробивают оборону противника у Клещеевки.", None, {("Кліщіївка", "fighting", "ua")}),
    # pushed back from a place: the attack thrown back; pushed back towards its edge: an advance inside it
    ("uk", "ЗСУ відтіснили росіян від околиць Кліщіївки.", None, {("Кліщіївка", "repelled", "ua")}),
    ("ru", "Украинцы оттеснили россиян от окрестностей Клещеевки.", None, {("Кліщіївка", "repelled", "ua")}),
    ("en", "Ukrainian forces pushed Russian troops back from Klishchiivka.", None, {("Кліщіївка", "repelled", "ua")}),
    ("en", "The Ukrainian forces pushed back the Russians in Klishchiivka.", None, set()),  # not back from it
    # the withdrawal as a noun, its side in the genitive after it
    (
        "uk",
        "Речник підтвердив відхід українських військ з позицій біля Кліщіївки.",
        None,
        {("Кліщіївка", "withdrew", "ua")},
    ),
]


@pytest.mark.parametrize(("lang", "text", "side", "expected"), MOVEMENTS)
def test_movements_on_a_place(lang: str, text: str, side: str | None, expected: Expected) -> None:
    assert claims_of(text, side) == expected


# Getting in by stealth («проникають», «проникли», "penetrated"), the group named as a side's force («російські
# ДРГ», «украинская пехота», "Russian sabotage groups", "Russian armed units"), the subject after the verb in
# Ukrainian and Russian word order («у Покровськ заходять російські війська», «отошли подразделения ВСУ»), and a
# force that got in and was destroyed there: the attacker advanced and the defender held (LABELING).
GETTING_IN = [
    ("uk", "Окремі російські ДРГ проникають у Покровськ.", "ua", {("Покровськ", "advanced", "ru")}),
    ("ru", "Украинские диверсионные группы проникли в Покровск.", "ru", {("Покровськ", "advanced", "ua")}),
    ("ru", "Российская пехота вошла в Покровск.", None, {("Покровськ", "advanced", "ru")}),
    ("en", "Small Russian groups penetrated Pokrovsk.", "ua", {("Покровськ", "advanced", "ru")}),
    ("en", "Russian armed units managed to penetrate Pokrovsk.", None, {("Покровськ", "advanced", "ru")}),
    ("uk", "У Покровськ теж проникають окупаційні війська.", None, {("Покровськ", "advanced", "ru")}),
    ("uk", "У Покровськ заходять російські війська.", None, {("Покровськ", "advanced", "ru")}),
    # a hyphenated kind of group, and an ordinal or a quantifier between the verb and the side after it
    (
        "uk",
        "У Покровськ проникли перші російські диверсійно-розвідувальні групи.",
        "ua",
        {("Покровськ", "advanced", "ru")},
    ),
    (
        "ru",
        "Российская диверсионно-разведывательная группа проникла в Покровск.",
        None,
        {("Покровськ", "advanced", "ru")},
    ),
    ("ru", "В Покровск вошли отдельные подразделения ВСУ.", None, {("Покровськ", "advanced", "ua")}),
    ("ru", "Из Покровска отошли подразделения ВСУ.", None, {("Покровськ", "withdrew", "ua")}),
    (
        "uk",
        "Окремі російські ДРГ проникають у Покровськ і там знищуються.",
        "ua",
        {("Покровськ", "advanced", "ru"), ("Покровськ", "repelled", "ua")},
    ),
    (
        "ru",
        "Украинские диверсионные группы вошли в Покровск и были уничтожены.",
        "ru",
        {("Покровськ", "advanced", "ua"), ("Покровськ", "repelled", "ru")},
    ),
    (
        "en",
        "Small Russian groups infiltrate Pokrovsk and are destroyed there.",
        "ua",
        {("Покровськ", "advanced", "ru"), ("Покровськ", "repelled", "ua")},
    ),
    # the force destroying something is no force destroyed; an advance near it is no getting in
    ("en", "Russian forces entered Pokrovsk and destroyed two tanks.", None, {("Покровськ", "advanced", "ru")}),
    (
        "en",
        "Russian forces advanced near Pokrovsk; three tanks were destroyed.",
        None,
        {("Покровськ", "advanced", "ru")},
    ),
]


@pytest.mark.parametrize(("lang", "text", "side", "expected"), GETTING_IN)
def test_getting_in_and_destroyed_there(lang: str, text: str, side: str | None, expected: Expected) -> None:
    assert claims_of(text, side) == expected


# Encircled: the side named before a passive is the one in the ring; encircled and destroyed, it had got in and the
# ring's side held (the group-reaches-and-is-destroyed convention).
ENCIRCLED = [
    ("en", "Ukrainian forces in Pokrovsk were encircled.", None, {("Покровськ", "advanced", "ru")}),
    ("uk", "Українські підрозділи в Покровську в оточенні.", None, {("Покровськ", "advanced", "ru")}),
    ("ru", "Подразделения ВСУ в Покровске окружены.", None, {("Покровськ", "advanced", "ru")}),
    ("en", "Russian forces encircled Pokrovsk.", None, {("Покровськ", "advanced", "ru")}),
    (
        "uk",
        "В районі Покровська ворог в оточенні і добивається.",
        "ua",
        {("Покровськ", "advanced", "ru"), ("Покровськ", "repelled", "ua")},
    ),
    (
        "en",
        "Several Russian units were encircled near Pokrovsk and are being destroyed.",
        "ua",
        {("Покровськ", "advanced", "ru"), ("Покровськ", "repelled", "ua")},
    ),
]


@pytest.mark.parametrize(("lang", "text", "side", "expected"), ENCIRCLED)
def test_the_side_encircled(lang: str, text: str, side: str | None, expected: Expected) -> None:
    assert claims_of(text, side) == expected


# Where a force went after it withdrew is no place it left ("withdrew from X to mount a defence along the A-B line",
# «відійшли з X на рубіж A – B»); a list after the withdrawal with no place between is what it left.
WITHDRAWAL_DESTINATION = [
    # the place gone to right after the withdrawal: not left
    ("uk", "Російські війська відійшли до Кліщіївки.", None, set()),
    ("ru", "Российские войска отошли к Клещеевке.", None, set()),
    ("en", "Russian troops withdrew to Klishchiivka.", None, set()),
    (
        "en",
        "Ukrainian forces withdrew from Klishchiivka to mount a defence along the Andriivka-Bakhmut line.",
        None,
        {("Кліщіївка", "withdrew", "ua")},
    ),
    (
        "uk",
        "Українські війська відійшли з Кліщіївки на рубіж Андріївка – Бахмут.",
        None,
        {("Кліщіївка", "withdrew", "ua")},
    ),
    (
        "en",
        "Ukrainian forces withdrew from Klishchiivka and Andriivka.",
        None,
        {("Кліщіївка", "withdrew", "ua"), ("Андріївка", "withdrew", "ua")},
    ),
]


@pytest.mark.parametrize(("lang", "text", "side", "expected"), WITHDRAWAL_DESTINATION)
def test_where_a_force_went_is_not_what_it_left(lang: str, text: str, side: str | None, expected: Expected) -> None:
    assert claims_of(text, side) == expected


# Whose forces, by the grammar around them: a unit's size between the side and its noun ("Russian battalion groups",
# "two Russian brigades"); a side held back is the object of the holding verb, the subject of the next clause is the
# holder («стримують військових РФ у X, відбивають атаки»); after a side that is the subject, a "by" agent far after
# the phrase belongs to an aside ("pushing towards X, the city taken by Russia"); "Russian-claimed advances" are
# Russia's.
WHOSE_FORCES = [
    # a purpose before the main verb: the attack was made («з метою виходу на кордон ЗС РФ атакували біля X»)
    (
        "uk",
        "Також з метою виходу на кордон області ЗС РФ атакували біля Андріївки.",
        "ua",
        {("Андріївка", "fighting", "ru")},
    ),
    # the side right after a verb is its object, not the subject of the next predicate; a numeral is no verb
    (
        "uk",
        "Українці відтіснили росіян від Покровська і продовжують атакувати біля Андріївки.",
        None,
        {("Покровськ", "repelled", "ua"), ("Андріївка", "fighting", "ua")},
    ),
    (
        "ru",
        "Украинцы оттеснили россиян от Покровска и продолжают атаковать у Андреевки.",
        None,
        {("Покровськ", "repelled", "ua"), ("Андріївка", "fighting", "ua")},
    ),
    # ... a unit of that side between the verb and it, or "the" after an English verb of fighting
    (
        "uk",
        "Військові РФ розбили бригаду ЗСУ, після чого взяли під контроль Андріївку.",
        None,
        {("Андріївка", "captured", "ru")},
    ),
    (
        "ru",
        "Военнослужащие РФ нанесли поражение бригаде ВСУ, после чего взяли под контроль Андреевку.",
        None,
        {("Андріївка", "captured", "ru")},
    ),
    (
        "en",
        "Ukrainian forces counterattacked the enemy on the flanks, liberating Andriivka.",
        None,
        {("Андріївка", "captured", "ua")},
    ),
    (
        "en",
        "Ukrainian forces repelled Russian troops and liberated Andriivka.",
        None,
        {("Андріївка", "captured", "ua")},
    ),
    # the object of an attempt is the defender its repelled attacks name
    (
        "ru",
        "Россияне пытались оттеснить Силы обороны с позиций в районе Андреевки, 12 атак пока отражены.",
        None,
        {("Андріївка", "repelled", "ua")},
    ),
    (
        "uk",
        "Сили оборони відбивали дев’ять ворожих спроб просунутись поблизу Андріївки.",
        "ua",
        {("Андріївка", "repelled", "ua")},
    ),
    ("en", "Russian battalion groups are closing in on Pokrovsk.", None, {("Покровськ", "advanced", "ru")}),
    ("en", "Two Russian brigades entered Pokrovsk.", "ua", {("Покровськ", "advanced", "ru")}),
    (
        "uk",
        "Українські військові стримують військових РФ у Бахмуті, відбивають атаки біля Кліщіївки.",
        "ua",
        {("Бахмут", "repelled", "ua"), ("Кліщіївка", "repelled", "ua")},
    ),
    (
        "ru",
        "Украинские военные сдерживают российские войска у Бахмута, отражают атаки у Клещеевки.",
        "ua",
        {("Бахмут", "repelled", "ua"), ("Кліщіївка", "repelled", "ua")},
    ),
    (
        "en",
        "Ukrainian forces are pushing towards Bakhmut, the only city taken by Russia in months.",
        None,
        {("Бахмут", "advanced", "ua")},
    ),
    ("en", "Bakhmut, a city of 70,000, was captured last May by Russian forces.", None, {("Бахмут", "captured", "ru")}),
    # a side's claimed gains are its own ("confirmed Russian-claimed advances near X")
    (
        "en",
        "Ukrainian sources confirmed earlier Russian-claimed advances near Bakhmut.",
        None,
        {("Бахмут", "advanced", "ru")},
    ),
    # the country in the genitive names the army, whoever reports it («під контроль армії України»)
    ("uk", "Пропагандисти РФ заявили, що Роботине перейшло під контроль армії України.", None, {ROB_TAKEN_UA}),
    ("ru", "Пропагандисты заявили, что Работино перешло под контроль армии Украины.", None, {ROB_TAKEN_UA}),
    ("uk", "У ЗСУ визнали, що Бахмут перейшов під контроль військ Росії.", None, {("Бахмут", "captured", "ru")}),
    # the side pushed out inside the phrase, another side named later in the sentence
    (
        "en",
        "“Our units kicked Russian troops out of Klishchiivka,” he said, adding that Ukrainian forces dug in.",
        "ua",
        {("Кліщіївка", "captured", "ua")},
    ),
    # an attempt verb governing two infinitives: the second is attempted too
    (
        "uk",
        "Росіяни намагалися увірватися у Кліщіївку на мотоциклах і закріпитися на позиціях захисників.",
        "ua",
        {("Кліщіївка", "fighting", "ru")},
    ),
    (
        "en",
        "Russian forces tried to enter the outskirts of Klishchiivka and dig in.",
        None,
        {("Кліщіївка", "fighting", "ru")},
    ),
    # the second infinitive read as any infinitive is, «взять» among them
    (
        "ru",
        "Противник пытался прорваться на мотоциклах к окраинам Курдюмовки и взять Клещеевку.",
        "ua",
        {("Курдюмівка", "fighting", "ru"), ("Кліщіївка", "fighting", "ru")},
    ),
    # a unit named for consolidating («групи закріплення») is no foothold gained
    ("uk", "Ворог намагається завести в Кліщіївку свої групи закріплення.", "ua", set()),
    ("ru", "Противник пытается завести в Клещеевку группы закрепления.", "ua", set()),
    # "while" with no comma opens the other side's clause: its failure is not the advance's
    (
        "en",
        "Ukrainian troops advance near Robotyne while the Russians are unsuccessfully trying to regain lost ground.",
        None,
        {("Роботине", "advanced", "ua")},
    ),
]


@pytest.mark.parametrize(("lang", "text", "side", "expected"), WHOSE_FORCES)
def test_whose_forces_by_the_grammar_around_them(lang: str, text: str, side: str | None, expected: Expected) -> None:
    assert claims_of(text, side) == expected


# Fighting inside a place, named so right after the phrase («ведут бои внутри X», «штурмують у самому X», "fighting
# inside X", "attacked in X itself"): the side named is inside, an advance (LABELING); the next item of an ISW list
# says what the phrase says, not what "itself" made of the first; no side named, no one is said to be inside.
FIGHTING_INSIDE = [
    ("ru", "Российские войска ведут бои внутри Бахмута.", None, {("Бахмут", "advanced", "ru")}),
    ("uk", "Росіяни штурмують у самому Бахмуті.", "ua", {("Бахмут", "advanced", "ru")}),
    ("en", "Russian forces are fighting inside Bakhmut.", None, {("Бахмут", "advanced", "ru")}),
    (
        "en",
        "Russian forces attacked in Kupiansk itself; east of Kupiansk toward Vovchansk on May 2.",
        None,
        {("Куп’янськ", "advanced", "ru"), ("Вовчанськ", "fighting", "ru")},
    ),
    ("ru", "Бои идут в самом Бахмуте.", None, {("Бахмут", "fighting", None)}),
    ("en", "Russian forces attacked near Bakhmut.", None, {("Бахмут", "fighting", "ru")}),
    # in its built-up area, after the phrase or before it in the clause; the places of the list beside it are near
    ("uk", "Ворог штурмував у міській забудові Покровська.", "ua", {("Покровськ", "advanced", "ru")}),
    (
        "ru",
        "В городской застройке Покровска и в районе Курдюмовки группы противника пытаются инфильтрироваться в наши "
        "боевые порядки.",
        "ua",
        {("Покровськ", "advanced", "ru"), ("Курдюмівка", "fighting", "ru")},
    ),
    ("en", "Russian forces attacked in the urban area of Pokrovsk.", None, {("Покровськ", "advanced", "ru")}),
    ("ru", "Бои идут в городской застройке Покровска.", None, {("Покровськ", "fighting", None)}),
    # in its centre
    ("ru", "Российские войска ведут бои в центре Покровска.", None, {("Покровськ", "advanced", "ru")}),
    ("uk", "Росіяни вступили в бої в центральних районах Покровська.", None, {("Покровськ", "advanced", "ru")}),
    ("en", "Russian forces are fighting in the center of Pokrovsk.", None, {("Покровськ", "advanced", "ru")}),
    # street fighting is inside the town; no side named, no one is said to be there
    ("ru", "Российские войска ведут уличные бои в Покровске.", None, {("Покровськ", "advanced", "ru")}),
    ("uk", "Окупанти ведуть вуличні бої у Покровську.", "ua", {("Покровськ", "advanced", "ru")}),
    ("en", "Russian forces are engaged in urban combat in Pokrovsk.", None, {("Покровськ", "advanced", "ru")}),
    ("uk", "У Покровську тривають вуличні бої.", None, {("Покровськ", "fighting", None)}),
]


@pytest.mark.parametrize(("lang", "text", "side", "expected"), FIGHTING_INSIDE)
def test_fighting_inside_a_place_is_an_advance(lang: str, text: str, side: str | None, expected: Expected) -> None:
    assert claims_of(text, side) == expected


# A withdrawal to new lines named by a compass word before the places («відійшли на нові рубежі західніше X, Y»,
# "moved to new frontiers, west of X and Y"): every place was left behind.
LINES_BEHIND = [
    ("uk", "Наші підрозділи відійшли на нові рубежі західніше Курдюмівки та Кліщіївки.", "ua"),
    ("ru", "Подразделения ВСУ отошли на новые рубежи западнее Курдюмовки и Клещеевки.", "ru"),
    ("en", "Ukrainian units have moved to new frontiers, west of Kurdiumivka and Klishchiivka.", None),
]


@pytest.mark.parametrize(("lang", "text", "side"), LINES_BEHIND)
def test_a_withdrawal_to_new_lines_leaves_the_places_behind(lang: str, text: str, side: str | None) -> None:
    assert claims_of(text, side) == {("Курдюмівка", "withdrew", "ua"), ("Кліщіївка", "withdrew", "ua")}


# Civilians leaving or entering are people moving, not forces («жителі мають залишити село», "residents are leaving
# X"); a side named after them is still the subject ("residents said Russian troops entered X").
CIVILIANS_MOVE = [
    ("en", "So far, civilians have only been able to leave Bakhmut in their own cars.", None, set()),
    ("uk", "Жителі сіл Кліщіївка та Курдюмівка мають залишити ці населені пункти.", "ua", set()),
    ("en", "Residents are also leaving the city of Bakhmut.", None, set()),
    ("en", "Residents said Russian troops entered Bakhmut.", None, {("Бахмут", "advanced", "ru")}),
    ("en", "Ukrainian troops left Bakhmut.", None, {("Бахмут", "withdrew", "ua")}),
    # people staying there are no force holding it
    ("uk", "У Бахмуті тривають бої. Проте, там досі залишаються діти.", "ua", {("Бахмут", "fighting", None)}),
]


@pytest.mark.parametrize(("lang", "text", "side", "expected"), CIVILIANS_MOVE)
def test_civilians_moving_are_no_forces(lang: str, text: str, side: str | None, expected: Expected) -> None:
    assert claims_of(text, side) == expected


# A place that is the object of one phrase and opens a relative clause with another ("units entered X, which
# Russian forces had captured", «зайшли в X, який росіяни захопили», "X, a city that ..."): both speak of it.
OBJECT_AND_RELATIVE = [
    ("en", "Ukrainian units have entered Bakhmut, which Russian forces had captured in May.", None),
    ("en", "Ukrainian troops entered Bakhmut, a city that Russian forces had captured in May.", None),
    ("uk", "Українські підрозділи зайшли в Бахмут, який росіяни захопили у травні.", "ua"),
    ("ru", "ВСУ вошли в Бахмут, который российские войска взяли в мае.", "ru"),
]


@pytest.mark.parametrize(("lang", "text", "side"), OBJECT_AND_RELATIVE)
def test_an_object_with_a_relative_clause_takes_both_phrases(lang: str, text: str, side: str | None) -> None:
    assert claims_of(text, side) == {("Бахмут", "advanced", "ua"), ("Бахмут", "captured", "ru")}


# A withdrawal "to avoid being encircled" («щоб уникнути оточення»): the encirclement did not happen, whatever failed
# elsewhere in the sentence; a planned withdrawal («плановий відхід», «планово відійшли») is one done.
WITHDRAWALS_AS_PLANNED = [
    (
        "en",
        "Ukrainian troops have withdrawn from the ruined frontline city of Bakhmut to avoid being encircled, the "
        "general said, handing Russia a victory after a failed counteroffensive.",
        None,
    ),
    ("uk", "Українські війська вийшли з міста Бахмут, щоб уникнути оточення після невдалого контрнаступу.", "ua"),
    ("ru", "Украинские войска вышли из города Бахмут, чтобы избежать окружения после провала наступления.", "ru"),
    ("uk", "Військовий повідомив про плановий відхід ЗСУ з Бахмута.", "ua"),
    ("uk", "ЗСУ планово відійшли з Бахмута.", "ua"),
]


@pytest.mark.parametrize(("lang", "text", "side"), WITHDRAWALS_AS_PLANNED)
def test_a_withdrawal_to_avoid_encirclement_or_as_planned(lang: str, text: str, side: str | None) -> None:
    assert claims_of(text, side) == {("Бахмут", "withdrew", "ua")}


# Attacks blocked or withstood («блокують штурми росіян на X», «блокировали атаки у X», "blocking Russian assaults on
# X", «протистояли наступу»): repelled by the side blocking them; a road blocked before an attack leaves the attack.
BLOCKED_ATTACKS = [
    ("uk", "Сили оборони блокують штурми росіян на Покровськ.", None, {("Покровськ", "repelled", "ua")}),
    ("ru", "ВСУ блокировали атаки противника у Покровска.", None, {("Покровськ", "repelled", "ua")}),
    ("en", "Ukrainian troops are blocking Russian assaults on Pokrovsk.", None, {("Покровськ", "repelled", "ua")}),
    ("en", "Russian forces blocked the road and attacked Pokrovsk.", None, {("Покровськ", "fighting", "ru")}),
    # attacks withstood («протистояли наступу противника», «противостояли атакам», "withstood enemy assaults")
    (
        "uk",
        "Наші захисники успішно протистояли наступу противника біля Покровська.",
        "ua",
        {("Покровськ", "repelled", "ua")},
    ),
    ("ru", "Наши защитники противостояли атакам противника у Покровска.", "ua", {("Покровськ", "repelled", "ua")}),
    ("en", "Our defenders withstood enemy assaults near Pokrovsk.", "ua", {("Покровськ", "repelled", "ua")}),
]


@pytest.mark.parametrize(("lang", "text", "side", "expected"), BLOCKED_ATTACKS)
def test_blocked_attacks_are_repelled(lang: str, text: str, side: str | None, expected: Expected) -> None:
    assert claims_of(text, side) == expected


# A clause that goes on without its subject («..., після чого просунулися біля X», «..., после чего продвинулись»,
# "and then advanced near X") has the subject of the clause before; a side after a strongpoint («опорника ВСУ») is
# the object, not the subject.
CARRIED_SUBJECTS = [
    (
        "ru",
        "Силы РФ захватили опорники ВСУ на окраине Клещеевки, после чего продвинулись в районе Курдюмовки.",
        {("Кліщіївка", "advanced", "ru"), ("Курдюмівка", "advanced", "ru")},
    ),
    (
        "uk",
        "Росіяни захопили Кліщіївку, а потім просунулися біля Курдюмівки.",
        {("Кліщіївка", "captured", "ru"), ("Курдюмівка", "advanced", "ru")},
    ),
    (
        "en",
        "Russian forces captured Klishchiivka and then advanced near Kurdiumivka.",
        {("Кліщіївка", "captured", "ru"), ("Курдюмівка", "advanced", "ru")},
    ),
    # ... and from there («а звідти», «а оттуда», "and from there")
    (
        "uk",
        "Війська РФ просунулися до Кліщіївки, а звідти проникли у Курдюмівку.",
        {("Кліщіївка", "advanced", "ru"), ("Курдюмівка", "advanced", "ru")},
    ),
    (
        "ru",
        "Войска РФ продвинулись к Клещеевке, а оттуда проникли в Курдюмовку.",
        {("Кліщіївка", "advanced", "ru"), ("Курдюмівка", "advanced", "ru")},
    ),
    (
        "en",
        "Russian troops advanced to Klishchiivka, and from there infiltrated Kurdiumivka.",
        {("Кліщіївка", "advanced", "ru"), ("Курдюмівка", "advanced", "ru")},
    ),
    # a count sharing out the attacks of the sentence before («Три в бік X і одна в бік Y», "Three towards X"): the
    # attacker's fighting, held off when that sentence repelled them
    (
        "uk",
        "Росіяни здійснили чотири атаки. Три в бік Кліщіївки і одна в бік Курдюмівки.",
        {("Кліщіївка", "fighting", "ru"), ("Курдюмівка", "fighting", "ru")},
    ),
    (
        "ru",
        "Россияне провели четыре атаки. Три в сторону Клещеевки и одна в сторону Курдюмовки.",
        {("Кліщіївка", "fighting", "ru"), ("Курдюмівка", "fighting", "ru")},
    ),
    (
        "en",
        "Russian forces made four attacks. Three towards Klishchiivka and one towards Kurdiumivka.",
        {("Кліщіївка", "fighting", "ru"), ("Курдюмівка", "fighting", "ru")},
    ),
    (
        "uk",
        "Сили оборони відбили чотири атаки. Три в бік Кліщіївки і одна в бік Курдюмівки.",
        {("Кліщіївка", "repelled", "ua"), ("Курдюмівка", "repelled", "ua")},
    ),
    # a breakthrough by the side named after it («прорив армії РФ», «прорыве армии РФ», "a breakthrough of")
    ("uk", "DeepState заявив про прорив армії РФ у районі Курдюмівки.", {("Курдюмівка", "advanced", "ru")}),
    ("ru", "DeepState сообщил о прорыве армии РФ в районе Курдюмовки.", {("Курдюмівка", "advanced", "ru")}),
    (
        "en",
        "DeepState reported a breakthrough of the Russian army near Kurdiumivka.",
        {("Курдюмівка", "advanced", "ru")},
    ),
    # attacks in a clause of their own after the attacker's
    (
        "uk",
        "Окупанти 19 разів намагалися вклинитися в оборону – 16 разів дістали відсіч, три атаки в районі Курдюмівки "
        "ще тривають.",
        {("Курдюмівка", "fighting", "ru")},
    ),
    (
        "ru",
        "Оккупанты 19 раз пытались вклиниться в оборону – 16 раз получили отпор, три атаки в районе Курдюмовки "
        "еще продолжаются.",
        {("Курдюмівка", "fighting", "ru")},
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CARRIED_SUBJECTS)
def test_a_clause_without_a_subject_has_the_one_before(lang: str, text: str, expected: Expected) -> None:
    assert claims_of(text) == expected


# The noun of leaving with its side before «з» / «из» («вихід ЗСУ з X», «выход подразделений ВСУ из X»): that side
# withdrew; «вийшли з метою» (with an aim) leaves no place.
LEAVING_NOUNS = [
    ("uk", "Видання писало про вихід ЗСУ з Кліщіївки.", {("Кліщіївка", "withdrew", "ua")}),
    ("ru", "Издание писало о выходе подразделений ВСУ из Клещеевки.", {("Кліщіївка", "withdrew", "ua")}),
    (
        "en",
        "The outlet wrote about the withdrawal of Ukrainian forces from Klishchiivka.",
        {("Кліщіївка", "withdrew", "ua")},
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), LEAVING_NOUNS)
def test_the_noun_of_leaving_with_its_side(lang: str, text: str, expected: Expected) -> None:
    assert claims_of(text) == expected


# A relative pronoun right after a side stands for it («знищили групу окупантів, яка зайшла в X», "a group of Russian
# troops who entered X"), even where that side is the object of the clause before; an occupation army by its adjective
# («російської окупаційної армії») is Russia's.
RELATIVE_SUBJECTS = [
    ("uk", "Українські захисники знищили групу окупантів, яка зайшла в Кліщіївку.", {("Кліщіївка", "advanced", "ru")}),
    (
        "uk",
        "Сили оборони заблокували групи російської окупаційної армії, які прорвалися до Кліщіївки.",
        {("Кліщіївка", "advanced", "ru")},
    ),
    (
        "en",
        "Ukrainian defenders destroyed a group of Russian troops who entered Klishchiivka.",
        {("Кліщіївка", "advanced", "ru")},
    ),
    # a pronoun after a place opening the sentence stands for the side named before
    (
        "uk",
        "Росіяни штурмують Кліщіївку. У Курдюмівки вони також заходять малими групами.",
        {("Кліщіївка", "fighting", "ru"), ("Курдюмівка", "advanced", "ru")},
    ),
    (
        "en",
        "Russian forces attacked Klishchiivka. Near Kurdiumivka they also advanced.",
        {("Кліщіївка", "fighting", "ru"), ("Курдюмівка", "advanced", "ru")},
    ),
    # a surname in «-ов» opening a sentence before its verb is its subject, not a verb with its subject dropped
    (
        "ru",
        "Российские военные прорвали оборону ВСУ. Конашенков добавил, что у Клещеевки удалось пресечь контратаки "
        "бригад армии Украины.",
        {("Кліщіївка", "repelled", "ru")},
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), RELATIVE_SUBJECTS)
def test_a_relative_pronoun_stands_for_the_side_before_it(lang: str, text: str, expected: Expected) -> None:
    assert claims_of(text) == expected


# An outcome about a place of its own, named or stood in for («відбили штурми зазначеного села», "the village"), tells
# nothing of the attacks in the sentence after it.
OWN_OUTCOMES = [
    ("uk", "Наші воїни відбили кілька штурмів зазначеного села. Ворог вів штурмові дії в районі Кліщіївки."),
    ("ru", "Наши бойцы отбили несколько штурмов указанного села. Противник вел штурмовые действия в районе Клещеевки."),
    ("en", "Our soldiers repelled several assaults on the village. The enemy attacked near Klishchiivka."),
]


@pytest.mark.parametrize(("lang", "text"), OWN_OUTCOMES)
def test_an_outcome_about_its_own_place_stays_there(lang: str, text: str) -> None:
    assert claims_of(text, "ua") == {("Кліщіївка", "fighting", "ru")}


# The outskirts or an edge named by a compass word («на південних околицях X», «к юго-западной окраине X», "on the
# southern outskirts of X", "reached the eastern edge of X"): an advance there.
COMPASS_OUTSKIRTS = [
    ("uk", "Російські війська перебувають на південних околицях Роботиного."),
    ("uk", "Росіяни вийшли на північно-східні околиці Роботиного."),
    ("ru", "Российские войска находятся на южной окраине Работино."),
    ("ru", "Войска РФ вышли к юго-западной окраине Работино."),
    ("en", "Russian forces are on the southern outskirts of Robotyne."),
    ("en", "Russian forces reached the eastern edge of Robotyne."),
]


@pytest.mark.parametrize(("lang", "text"), COMPASS_OUTSKIRTS)
def test_compass_outskirts_are_an_advance(lang: str, text: str) -> None:
    assert claims_of(text) == {("Роботине", "advanced", "ru")}
