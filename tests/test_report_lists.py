"""Lists of places a report names after counting them, the settlement noun before a name and the forces finished
off in a place, on made-up sentences (issue 10, classes 2 and 6)."""

from __future__ import annotations

import pytest

from tests.test_extract import claims_of

Expected = set[tuple[str, str, str | None]]
TAKEN_RU = {("Курдюмівка", "captured", "ru"), ("Кліщіївка", "captured", "ru"), ("Роботине", "captured", "ru")}

# A list that names the places a sentence before counted: «Эти населенные пункты - X, Y и Z», "These villages are
# ...", also after a sentence between that refers to them by a pronoun («Их взяли под контроль ...»).
NAMED_AFTER_THE_COUNT = [
    (
        "ru",
        "Военнослужащие взяли под контроль три населенных пункта. Эти населенные пункты - Курдюмовка, Клещеевка и "
        "Работино.",
        "ru",
    ),
    (
        "ru",
        "Минобороны сообщает об освобождении трех населенных пунктов за сутки. Их взяли под контроль "
        "военнослужащие группировки «Восток». Эти населенные пункты - Курдюмовка, Клещеевка и Работино.",
        "ru",
    ),
    ("en", "Russian forces captured three villages. These villages are Kurdiumivka, Klishchiivka and Robotyne.", None),
    (
        "uk",
        "Окупанти захопили три села. Їх взяли під контроль підрозділи РФ. Це Курдюмівка, Кліщіївка та Роботине.",
        None,
    ),
]


@pytest.mark.parametrize(("lang", "text", "side"), NAMED_AFTER_THE_COUNT)
def test_places_named_after_their_count(lang: str, text: str, side: str | None) -> None:
    assert claims_of(text, side) == TAKEN_RU


# The settlement noun before a name is the name's own («освободили населенный пункт X и ...»): the phrase before it
# is X's, not the next verb's; the forces finished off in a place («завершают уничтожение формирований противника
# в X») are still being cleared out: an advance; «населенный» is no population leaving.
FINISHED_OFF = [
    (
        "ru",
        "Подразделения освободили населенный пункт Курдюмовка и завершают уничтожение формирований противника в "
        "Клещеевке и Работино.",
        "ru",
        {("Курдюмівка", "captured", "ru"), ("Кліщіївка", "advanced", "ru"), ("Роботине", "advanced", "ru")},
    ),
    ("uk", "Росіяни завершують знищення підрозділів ЗСУ в Кліщіївці.", "ua", {("Кліщіївка", "advanced", "ru")}),
    ("ru", "ВСУ оставили населенный пункт Клещеевка.", "ru", {("Кліщіївка", "withdrew", "ua")}),
    ("uk", "Населення залишило Кліщіївку.", "ua", set()),
    ("ru", "Население покидает Клещеевку.", "ua", set()),
]


@pytest.mark.parametrize(("lang", "text", "side", "expected"), FINISHED_OFF)
def test_the_settlement_noun_and_forces_finished_off(
    lang: str, text: str, side: str | None, expected: Expected
) -> None:
    assert claims_of(text, side) == expected


# Not claims: a fire after a strike's "attack" («В результате атаки возник пожар в многоэтажке в центре X»), a
# capture that the acts before it are important for («значение для дальнейшего освобождения X»).
NOT_CLAIMS = [
    ("ru", "В результате атаки возник пожар в многоэтажке в центре Покровска.", "ua"),
    ("uk", "Внаслідок атаки виникла пожежа в багатоповерхівці в центрі Покровська.", "ua"),
    ("en", "A fire broke out in an apartment block after the attack on Pokrovsk.", None),
    ("ru", "Освобождение этих сел имеет важное значение для дальнейшего освобождения Покровска.", "ru"),
    ("uk", "Це важливо для подальшого звільнення Покровська.", "ua"),
    ("en", "The villages are important for the further liberation of Pokrovsk.", None),
]


@pytest.mark.parametrize(("lang", "text", "side"), NOT_CLAIMS)
def test_fires_and_what_a_capture_is_important_for(lang: str, text: str, side: str | None) -> None:
    assert claims_of(text, side) == set()


# What may come or would be brought about, a chance, what is done instead ("may attempt to", "a better chance of
# advancing near X", "in lieu of an advance on X", «взятие X создаст угрозу»), and a capital with control over places
# («контроль Киева над населенными пунктами»): no claim. A hedged report ("may have advanced") is one.
POSSIBILITIES = [
    ("en", "Russian troops have a better chance of significant advancement near Bakhmut.", None, set()),
    ("en", "Russian forces may attempt an encirclement in lieu of an advance on Pokrovsk.", None, set()),
    ("ru", "Взятие Бахмута российскими военными создаст угрозу контролю Киева над населенными пунктами.", "ua", set()),
    ("uk", "Захоплення Бахмута призведе до загрози для Покровська.", "ua", set()),
    ("en", "Russian forces may have advanced near Bakhmut.", None, {("Бахмут", "advanced", "ru")}),
    ("en", "Russian forces may be advancing near Bakhmut.", None, {("Бахмут", "advanced", "ru")}),
]


@pytest.mark.parametrize(("lang", "text", "side", "expected"), POSSIBILITIES)
def test_possibilities_and_hedged_reports(lang: str, text: str, side: str | None, expected: Expected) -> None:
    assert claims_of(text, side) == expected


# Offensive operations near a place («проводить наступальні операції біля X», «ведет наступательные операции у X»)
# by a side named by its leader («путінська армія», "Putin's army"): attacks; ground covered toward a place
# («преодолеть 1,5 км в сторону X», «подолали 2 км у бік X»): an advance that way.
OPERATIONS_AND_GROUND = [
    (
        "uk",
        "Путінська армія проводить наступальні операції в районі Кліщіївки та Курдюмівки.",
        None,
        {("Кліщіївка", "fighting", "ru"), ("Курдюмівка", "fighting", "ru")},
    ),
    ("ru", "Российская армия ведет наступательные операции у Бахмута.", None, {("Бахмут", "fighting", "ru")}),
    ("en", "Putin's army stormed Bakhmut.", None, {("Бахмут", "fighting", "ru")}),
    ("ru", "ВСУ смогли преодолеть 1,5 км в сторону Курдюмовки.", None, {("Курдюмівка", "advanced", "ua")}),
    ("uk", "ЗСУ подолали 2 км у бік Кліщіївки.", None, {("Кліщіївка", "advanced", "ua")}),
]


@pytest.mark.parametrize(("lang", "text", "side", "expected"), OPERATIONS_AND_GROUND)
def test_offensive_operations_and_ground_covered(lang: str, text: str, side: str | None, expected: Expected) -> None:
    assert claims_of(text, side) == expected


# A check that could not be made is no failure of the act ("whose capture Reuters could not independently confirm",
# «не вдалося перевірити»): the claim stands; an open question of control ("uncertain who controlled X", «неясно, кто
# контролирует X») is no claim; a kind of centre is the town itself («районний центр X», "the logistics centre of X").
CHECKS_QUESTIONS_CENTRES = [
    (
        "en",
        "Russia said its forces had taken Klishchiivka, whose capture Reuters could not independently confirm.",
        None,
        {("Кліщіївка", "captured", "ru")},
    ),
    (
        "uk",
        "Росіяни заявили, що захопили Кліщіївку, що нам не вдалося перевірити.",
        None,
        {("Кліщіївка", "captured", "ru")},
    ),
    (
        "ru",
        "Российские войска взяли Клещеевку, что не удалось независимо проверить.",
        None,
        {("Кліщіївка", "captured", "ru")},
    ),
    ("en", "DeepState said it was uncertain who controlled Klishchiivka.", None, set()),
    ("uk", "Наразі незрозуміло, хто контролює Кліщіївку.", None, set()),
    ("ru", "Пока неясно, кто контролирует Клещеевку.", None, set()),
    ("uk", "Російські війська захопили районний центр Покровськ.", None, {("Покровськ", "captured", "ru")}),
    ("ru", "Российские войска захватили районный центр Покровск.", None, {("Покровськ", "captured", "ru")}),
    ("en", "Russian forces captured the district centre of Pokrovsk.", None, {("Покровськ", "captured", "ru")}),
    ("en", "Russian forces captured the centre of Pokrovsk.", None, {("Покровськ", "advanced", "ru")}),
]


@pytest.mark.parametrize(("lang", "text", "side", "expected"), CHECKS_QUESTIONS_CENTRES)
def test_unchecked_claims_open_questions_and_kinds_of_centre(
    lang: str, text: str, side: str | None, expected: Expected
) -> None:
    assert claims_of(text, side) == expected


# An aim opened before English gerunds ("with the aim of taking X under full control, capturing Y"; "focusing on
# taking full control of X"): what is aimed at, no claim; a finite verb after the aim ("are attacking") still tells.
AIMS = [
    (
        "en",
        "The enemy continues offensive operations with the aim of taking the city of Pokrovsk under full control, "
        "capturing Klishchiivka and Kurdiumivka.",
        None,
        {("Покровськ", "fighting", "ru")},
    ),
    ("en", "Russian troops are focusing on taking full control of Pokrovsk.", None, set()),
    (
        "en",
        "In order to encircle Bakhmut, Russian forces are attacking Klishchiivka.",
        None,
        {("Кліщіївка", "fighting", "ru")},
    ),
    ("en", "Russian forces took Klishchiivka in order to encircle Bakhmut.", None, {("Кліщіївка", "captured", "ru")}),
]


@pytest.mark.parametrize(("lang", "text", "side", "expected"), AIMS)
def test_aims_before_gerunds(lang: str, text: str, side: str | None, expected: Expected) -> None:
    assert claims_of(text, side) == expected


# "Their occupied positions" are the positions a side holds, no capture: attempts to dislodge the defenders from them
# are attacks, repelled when the report says so.
HELD_POSITIONS = [
    (
        "en",
        "The enemy made 12 attempts to dislodge our defenders from their occupied positions in the areas of "
        "Pokrovsk and Kurdiumivka. The defence forces repelled 10 attacks.",
        "ua",
        {("Покровськ", "repelled", "ua"), ("Курдюмівка", "repelled", "ua")},
    ),
    ("en", "Russian forces occupied Pokrovsk.", None, {("Покровськ", "captured", "ru")}),
]


@pytest.mark.parametrize(("lang", "text", "side", "expected"), HELD_POSITIONS)
def test_occupied_positions_are_held_ones(lang: str, text: str, side: str | None, expected: Expected) -> None:
    assert claims_of(text, side) == expected


# No claim about: a road named by its towns and a quoted name ("the Bakhmut-Pokrovsk “road of life”"), directions
# named by pairs of towns («на напрямках Покровськ – Бахмут та Покровськ – Курдюмівка»), "evacuated in advance",
# counted unnamed places («захопити три населені пункти»), a visit to command posts of brigades fighting near a place.
NOT_PLACES_CLAIMED = [
    ("en", "Attempts by the invaders to take control of the Bakhmut-Pokrovsk “road of life” continue.", None, set()),
    (
        "uk",
        "На напрямках Покровськ – Бахмут та Покровськ – Курдюмівка ворог намагався штурмувати, успіху не мав.",
        "ua",
        set(),
    ),
    ("en", "Most of the population of Kurdiumivka had been evacuated in advance.", None, set()),
    # a count of places with a stand-in names new, unnamed places, not the one named before
    (
        "uk",
        "Бої тривають за Покровськ. Армії РФ вдалося захопити три населені пункти.",
        None,
        {("Покровськ", "fighting", None)},
    ),
    (
        "ru",
        "Бои идут за Покровск. Армии РФ удалось захватить три населенных пункта.",
        None,
        {("Покровськ", "fighting", None)},
    ),
    ("en", "Fighting goes on for Pokrovsk. Russia captured another village.", None, {("Покровськ", "fighting", None)}),
    # a visit to the troops fighting there
    ("en", "He visited command posts of brigades involved in combat operations in the Pokrovsk area.", None, set()),
    ("uk", "Сирський відвідав командні пункти бригад, які ведуть бої в районі Покровська.", None, set()),
    ("ru", "Сырский посетил командные пункты бригад, ведущих бои в районе Покровска.", None, set()),
    ("en", "Russian forces advanced near Kurdiumivka.", None, {("Курдюмівка", "advanced", "ru")}),
]


@pytest.mark.parametrize(("lang", "text", "side", "expected"), NOT_PLACES_CLAIMED)
def test_roads_direction_pairs_and_in_advance(lang: str, text: str, side: str | None, expected: Expected) -> None:
    assert claims_of(text, side) == expected


# A participle as the predicate after a dash («Кліщіївка, Курдюмівка – звільнені від загарбника», "X – liberated"); the
# infinitive of establishing control, an attempt when tried («пытаются преодолеть сопротивление украинских войск и
# установить контроль над X»: the resistance's side is the object), a task when nothing governs it.
PREDICATES_AND_INFINITIVES = [
    (
        "uk",
        "«Кліщіївка, Курдюмівка та вся Донецька область – звільнені від загарбника», – написала заступниця міністра.",
        "ua",
        {("Кліщіївка", "captured", "ua"), ("Курдюмівка", "captured", "ua")},
    ),
    (
        "ru",
        "Российские оккупанты пытаются преодолеть сопротивление украинских войск и установить контроль над Бахмутом.",
        "ua",
        {("Бахмут", "fighting", "ru")},
    ),
    ("uk", "Окупанти намагаються встановити повний контроль над Бахмутом.", "ua", {("Бахмут", "fighting", "ru")}),
    ("ru", "Задача — установить контроль над Бахмутом.", "ru", set()),
    # a battle for the place binds it as closely as a more specific phrase told after it of somewhere else
    (
        "uk",
        "На тлі запеклих боїв за Бахмут російські підрозділи почали просуватись на іншому напрямку.",
        None,
        {("Бахмут", "fighting", None)},
    ),
    (
        "ru",
        "В ходе боев за Бахмут российские войска продвинулись на другом участке.",
        None,
        {("Бахмут", "fighting", None)},
    ),
    (
        "en",
        "Amid battles for Bakhmut, Russian units advanced in another direction.",
        None,
        {("Бахмут", "fighting", None)},
    ),
]


@pytest.mark.parametrize(("lang", "text", "side", "expected"), PREDICATES_AND_INFINITIVES)
def test_participles_after_a_dash_and_infinitives_of_control(
    lang: str, text: str, side: str | None, expected: Expected
) -> None:
    assert claims_of(text, side) == expected


# Attacks shared out by counts after a dash («чотири атаки — три в напрямку X, одну — в бік Y»): every share is a
# phrase of the attacks, not a clause of its own.
SHARED_OUT = [
    (
        "uk",
        "Ворог тисне зі сходу: зафіксовано чотири атаки — три в напрямку Кліщіївки та одну — в бік Курдюмівки.",
        "ua",
    ),
    (
        "ru",
        "Противник давит с востока: зафиксировано четыре атаки — три в направлении Клещеевки и одна — в сторону "
        "Курдюмовки.",
        "ua",
    ),
    ("en", "Russian forces attacked four times — three times near Klishchiivka and once near Kurdiumivka.", "ua"),
]


@pytest.mark.parametrize(("lang", "text", "side"), SHARED_OUT)
def test_attacks_shared_out_by_counts_after_a_dash(lang: str, text: str, side: str | None) -> None:
    assert claims_of(text, side) == {("Кліщіївка", "fighting", "ru"), ("Курдюмівка", "fighting", "ru")}


# A sentence that says the same of another place («Так само і Вільхівка», «Так же и Ольховка», "Likewise X"): the
# claims of the sentence before, claimed of it.
LIKEWISE = [
    ("uk", "ЗСУ звільнили Кліщіївку. Так само і Курдюмівку.", "ua"),
    ("ru", "Клещеевка полностью под контролем ВСУ. Так же и Курдюмовка.", "ua"),
    ("en", "Ukrainian forces liberated Klishchiivka. Likewise Kurdiumivka.", None),
]


@pytest.mark.parametrize(("lang", "text", "side"), LIKEWISE)
def test_a_sentence_saying_the_same_of_another_place(lang: str, text: str, side: str | None) -> None:
    assert claims_of(text, side) == {("Кліщіївка", "captured", "ua"), ("Курдюмівка", "captured", "ua")}
