"""Places a report names without a claim about them, on made-up sentences: where an attack came from, an area named
by its centre, an operational zone, a town's power supply hit (issue 10: false claims about places the text makes no
claim about)."""

from __future__ import annotations

import pytest

from bot.core.claims.extract import extract_claims
from bot.core.places import Gazetteer
from bot.models import Kind, Post, Side
from tests.test_extract import TinyPlaces, claims_of

Expected = set[tuple[str, str, str | None]]

REFERENCES = [
    # an apposition with a participle of capture speaks of the name before it
    (
        "en",
        "Fighting went on near Bakhmut, a town captured by Russia in May 2023.",
        None,
        {("Бахмут", "captured", "ru")},
    ),
    # fighting as a time reference: before it began
    ("uk", "До початку бойових дій у селі Кліщіївка проживало понад 400 жителів.", "ua", set()),
    ("en", "Before the start of the fighting, 1,500 people lived in Robotyne.", None, set()),
    # where the attack came from is no claim; where it went is
    ("uk", "Ворог атакував з боку Кліщіївки в напрямку Бахмута.", "ua", {("Бахмут", "fighting", "ru")}),
    ("ru", "Противник предпринимал попытки со стороны Клещеевки наступать. Противник отброшен назад.", "ru", set()),
    ("en", "Russian forces attacked from the direction of Klishchiivka.", None, set()),
    # "the region of X" is the oblast
    ("en", "Zelensky visited the front-line region of Donetsk, where fighting goes on.", None, set()),
    # a direction named by its two ends: both are reference points
    ("ru", "ВСУ предприняли попытку прорваться на направлении Клещеевка — Работино.", "ru", set()),
    ("uk", "Ворог атакував у напрямку Кліщіївки.", "ua", {("Кліщіївка", "fighting", "ru")}),
    # an advance onto the direction of a town says where it went, no more
    ("ru", "Сообщалось о продвижении врага на близлежащие села и направление Бахмута.", "ru", set()),
    ("uk", "Ворог просувається на напрямок Бахмута.", "ua", set()),
    # a capitalised word right before a verb of speech is its speaker
    ("uk", "Кліщіївка зауважив, що бої тривають біля Бахмута.", "ua", {("Бахмут", "fighting", None)}),
    (
        "en",
        "Klishchiivka also stressed that Russian claims about Bakhmut are false.",
        "ua",
        {("Бахмут", "denied", "ru")},
    ),
    # what control would make possible is no act
    ("ru", "Контроль над городом даст армии России возможность наступления к Бахмуту.", "ru", set()),
    ("uk", "Це дасть нашим військам змогу наступати на Бахмут.", "ua", set()),
    ("en", "Such gains are unlikely to presage an imminent Russian encirclement of Bakhmut.", None, set()),
    ("en", "Bakhmut risks encirclement, the analysts said.", None, set()),
    # a purpose before the act as a noun: what something is for; an act "after" which a later one is told happened
    ("ru", "Это группировка, предназначенная для контратаки, освобождения Бахмута.", "ru", set()),
    ("uk", "Ворог стягує сили для захоплення Бахмута.", "ua", set()),
    ("en", "Forces were massed for the capture of Bakhmut.", None, set()),
    (
        "ru",
        "После оставления Бахмута россияне не смогут удержать Работино.",
        None,
        {("Бахмут", "withdrew", "ru")},
    ),
    # an operation named after a place
    ("en", "The Bakhmut counter-offensive operation of the Defense Forces is ongoing.", None, set()),
    ("uk", "Бахмутська операція триває, ворог атакує.", "ua", set()),
    ("en", "The village was recaptured during the Bakhmut counteroffensive.", None, set()),
    ("en", "The Bakhmut offensive is ongoing.", None, set()),
    ("ru", "Артемовская наступательная операция продолжается.", "ru", set()),
    # the settlements around a place: captured, they are not it; advanced in, an advance near it
    (
        "en",
        "Ukrainian forces liberated five settlements near Bakhmut: Klishchiivka and Andriivka.",
        None,
        {("Кліщіївка", "captured", "ua"), ("Андріївка", "captured", "ua")},
    ),
    ("en", "Russian forces are advancing in several villages near Bakhmut.", None, {("Бахмут", "advanced", "ru")}),
    ("uk", "ЗСУ звільнили три села поблизу Бахмута.", "ua", set()),
    # a road out of a place
    (
        "en",
        "Ukrainian troops had taken Klishchiivka, on the main road out of Bakhmut.",
        None,
        {("Кліщіївка", "captured", "ua")},
    ),
    # a distance left to the place after it
    (
        "ru",
        "Войска освободили Работино, и до города Бахмут остается менее 100 километров.",
        "ru",
        {("Роботине", "captured", "ru")},
    ),
    # a condition set before the phrase: what would follow
    ("en", "In the event of their capture — further advancement near Bakhmut.", None, set()),
    ("uk", "У разі прориву — подальше просування біля Бахмута.", "ua", set()),
    ("en", "Fighting goes on. If Russian forces capture Bakhmut, they could push further.", None, set()),
    # an act-noun with the future or a modal after it is what it would bring
    ("en", 'The capture of Bakhmut "would be a significant blow to Russia."', None, set()),
    ("uk", "Захоплення Бахмута стане ударом для України.", "ua", set()),
    ("ru", "Взятие Бахмута будет важным успехом.", "ru", set()),
    ("ru", "Освобождение Бахмута позволит российским войскам развить наступление.", "ru", set()),
    # "Russia's hold of X" is Russia's control of it, not a defence
    (
        "en",
        "The offensive places Russia's hold of the city of Bakhmut under threat.",
        None,
        {("Бахмут", "captured", "ru")},
    ),
    # a town's power or water supply is no front
    ("ru", "В результате атаки было нарушено электроснабжение города Бахмут.", None, set()),
    # an advance to one side of a place is an advance at it (LABELING: advances near it); an attack there is not
    ("uk", "Сили оборони просунулися західніше Роботиного.", "ua", {("Роботине", "advanced", "ua")}),
    ("ru", "Российские войска продвинулись южнее Работино.", "ru", {("Роботине", "advanced", "ru")}),
    ("en", "Russian forces advanced southwest of Robotyne.", None, {("Роботине", "advanced", "ru")}),
    ("en", "Russian forces shelled areas southwest of Robotyne.", None, set()),
]


@pytest.mark.parametrize(("lang", "text", "side", "expected"), REFERENCES)
def test_places_named_only_as_references(lang: str, text: str, side: str | None, expected: Expected) -> None:
    assert claims_of(text, side) == expected


def test_an_operational_zone_is_no_village(gazetteer: Gazetteer) -> None:
    post = Post(
        source="t", channel="", external_id="1", text="Ворог продовжує наступальні дії у Східній операційній зоні."
    )
    assert extract_claims(post, gazetteer) == []


def test_a_side_of_the_town_then_near_a_village_names_a_place_of_its_own() -> None:
    text = "Russian forces advanced in Bakhmut's eastern district, east of the town near Klishchiivka."
    assert claims_of(text) == {("Бахмут", "advanced", "ru"), ("Кліщіївка", "advanced", "ru")}
    # "a village near Bakhmut" describes the place before: Bakhmut is only its reference
    assert claims_of("Russian forces advanced near Klishchiivka, a village near Bakhmut.") == {
        ("Кліщіївка", "advanced", "ru")
    }


def test_an_apposition_with_a_participle_of_capture_speaks_of_the_name_before_it() -> None:
    """ "Bakhmut, a town captured by Russia in May": Russia's capture, not an advance credited to Russia."""
    found = claims_of("Ukrainian forces advanced near Bakhmut, a town captured by Russia in May.")
    assert ("Бахмут", "captured", "ru") in found and ("Бахмут", "advanced", "ru") not in found
    # ... even where the name is the reference point of the place before it
    text = "Robotyne lies northwest of Bakhmut, a key town captured by Russia in May."
    assert claims_of(text) == {("Бахмут", "captured", "ru")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a direction named by a hyphenated pair: neither end is a place of the claim
        ("Ukrainian forces stopped the Russian offensive in the Lyman-Kupiansk direction.", set()),
        # an English dateline with a colon is where the report was filed
        ("Kyiv: Ukrainian forces retook Robotyne, the ministry said.", {("Роботине", "captured")}),
        ("KYIV - Zelensky visited the front-line region, where his forces are fighting.", set()),
        ("A photo caption.\n\nKYIV - Zelensky visited the region, where his forces are fighting.", set()),
        (
            "A headline\nKYIV, Aug 28 (Reuters) - Ukraine said its troops liberated Robotyne.",
            {("Роботине", "captured")},
        ),
        # the capital remaining in control is the government's
        ("Officials asserted that Kyiv remains in control.", set()),
        ("Ukrainian troops pressed southwards towards the Sea of Azov.", set()),  # a sea, not the village Азов
        # a distance with its other unit in brackets is a reference point; a relative clause after it speaks of it
        (
            "Russian forces captured Svyrydonivka, some 15 kilometres (nine miles) away from Pokrovsk.",
            {("Свиридонівка", "captured")},
        ),
        (
            "The village lies six miles (10 km) southwest of Kurakhove, which Russian troops have stormed.",
            {("Курахове", "fighting")},
        ),
    ],
)
def test_hyphenated_directions_and_datelines(gazetteer: Gazetteer, text: str, expected: set[tuple[str, str]]) -> None:
    post = Post(source="t", channel="c", external_id="1", text=text)
    assert {(c.name, c.kind.value) for c in extract_claims(post, gazetteer)} == expected


# The act of the sentence before, placed («Это произошло в районе X», "This happened near X"): a claim about X.
EVENT_PLACED = [
    ("ru", "ВС РФ пресекли действия диверсионной группы. Это произошло в районе Работино.", "ru", "ru"),
    ("uk", "Сили оборони відбили штурм ворога. Це сталося біля Роботиного.", "ua", "ua"),
    ("en", "Ukrainian forces repelled a Russian assault. This happened near Robotyne.", None, "ua"),
]


@pytest.mark.parametrize(("lang", "text", "side", "actor"), EVENT_PLACED)
def test_the_act_of_the_sentence_before_placed(lang: str, text: str, side: str | None, actor: str) -> None:
    assert claims_of(text, side) == {("Роботине", "repelled", actor)}


def test_a_given_name_in_any_case_is_a_person() -> None:
    text = "Прапор підняли в Роботиному. Це сталося під час приїзду Володимира Зеленського."
    assert claims_of(text, "ua") == {("Роботине", "captured", "ua")}


# The force still at the place named before, by a pro-form («там ще перебувають наші війська», "are still there"):
# the place is held.
STILL_THERE = [
    ("uk", "Речник ЗСУ спростував захоплення Роботиного. Там ще перебувають українські війська.", "ua"),
    ("ru", "Противник атаковал Работино. Там по-прежнему находятся наши подразделения.", "ru"),
    ("en", "Ukraine denied that Russia had seized Robotyne. Ukrainian units were still there.", None),
]


# «там», "there" alone standing for the place named before, by the phrase (not the expletive "there were").
THERE = [
    ("uk", "Кліщіївка під обстрілами. Всі атаки там відбиті.", "ua", {("Кліщіївка", "repelled", "ua")}),
    ("ru", "Клещеевка под обстрелами. Все атаки там отбиты.", "ua", {("Кліщіївка", "repelled", "ua")}),
    ("en", "Klishchiivka is under shelling. All attacks there were repelled.", "ua", {("Кліщіївка", "repelled", "ua")}),
    ("en", "Klishchiivka was shelled. There were attacks near Kurdiumivka.", "ua", {("Курдюмівка", "fighting", None)}),
]


@pytest.mark.parametrize(("lang", "text", "side", "expected"), THERE)
def test_there_stands_for_the_place_named_before(lang: str, text: str, side: str | None, expected: Expected) -> None:
    assert claims_of(text, side) == expected


@pytest.mark.parametrize(("lang", "text", "side"), STILL_THERE)
def test_a_force_still_there_holds_the_place_named_before(lang: str, text: str, side: str | None) -> None:
    holder = "ru" if lang == "ru" else "ua"
    assert ("Роботине", "repelled", holder) in claims_of(text, side)
    # «там» alone is no place: «продвижения там нет» says nothing of it
    assert claims_of("Противник атаковал Работино. Продвижения его там нет.", "ua") == {("Роботине", "fighting", "ru")}


# A word standing for the place («міста», «села», "the city") two sentences after it, with only an attribution
# between: the place named last; not a place left open between namesakes, nor the heights around it.
TWO_SENTENCES_BACK = [
    (
        "uk",
        "Бої за Покровськ тривають. Про це повідомив речник угруповання. Ворог закріпився на околиці міста.",
        "ua",
        {("Покровськ", "advanced", "ru")},
    ),
    (
        "ru",
        "Бои за Авдеевку продолжаются. Об этом сообщил Пушилин. Наши бойцы закрепились на окраине города.",
        "ru",
        {("Авдіївка", "advanced", "ru")},
    ),
    (
        "en",
        "Fighting for Bakhmut goes on. The spokesman gave no details. Russian forces have entered the eastern part of "
        "the city.",
        None,
        {("Бахмут", "advanced", "ru")},
    ),
    (
        "uk",
        "Бої за Кліщіївку тривають. Про це повідомив речник. Ворог утримує висоти навколо села.",
        "ua",
        {("Кліщіївка", "fighting", None)},
    ),
]


@pytest.mark.parametrize(("lang", "text", "side", "expected"), TWO_SENTENCES_BACK)
def test_a_place_two_sentences_back(lang: str, text: str, side: str | None, expected: Expected) -> None:
    assert claims_of(text, side) == expected


def test_a_place_left_open_two_sentences_back_is_not_referred_to() -> None:
    text = "Бої за Андріївку тривають. Про це повідомив речник угруповання. Ворог закріпився на околиці села."
    post = Post(source="t", channel="t", external_id="1", text=text, side=Side.UA)
    assert {(c.kind, c.settlement) for c in extract_claims(post, TinyPlaces(andriivka=None))} == {(Kind.FIGHTING, None)}


# A list that names what the sentence before counted takes its phrase even when a later sentence refers back to the
# same place («Зокрема, про контроль над X. ... Населений пункт залишається під контролем України»).
ELABORATED_THEN_REFERRED = [
    (
        "uk",
        "Окупанти заявляють про захоплення сіл у регіоні. Зокрема, про контроль над Кліщіївкою. Доказів вони не "
        "надали. Генштаб підтвердив, що населений пункт залишається під контролем України.",
        "ua",
    ),
    (
        "en",
        "Russia claims to have captured villages in the area. In particular, it claimed control of Klishchiivka. It "
        "gave no proof. Ukraine said the settlement remains under Ukrainian control.",
        None,
    ),
]


@pytest.mark.parametrize(("lang", "text", "side"), ELABORATED_THEN_REFERRED)
def test_an_elaborated_place_referred_to_later(lang: str, text: str, side: str | None) -> None:
    assert claims_of(text, side) == {("Кліщіївка", "captured", "ru"), ("Кліщіївка", "repelled", "ua")}


def test_a_denial_of_the_places_before_names_whose_claim_it_refutes() -> None:
    """«Оборона X і Y триває. Російські заяви про захоплення міст не відповідають дійсності»: both towns denied, and
    the capture Russia claimed of each, as Russia's claim (a plural form: «міст», not «міста»)."""
    text = "Оборона Бахмута і Роботиного триває. Російські заяви про захоплення міст не відповідають дійсності."
    found = claims_of(text, "ua")
    for name in ("Бахмут", "Роботине"):
        assert {(name, "denied", "ru"), (name, "captured", "ru")} <= found


# An aside after a place, closed by a comma before the phrase («X, расположенный между A и B, находится под
# контролем»): the phrase speaks of X; the places inside the aside are reference points.
ASIDES = [
    ("ru", "Минобороны заявило, что Клещеевка, расположенная между Бахмутом и Андреевкой, находится под контролем."),
    ("uk", "Кліщіївка, яка розташована між Бахмутом та Андріївкою, тепер під контролем росіян."),
    ("en", "Klishchiivka, which lies between Bakhmut and Andriivka, was captured by Russian forces."),
]


@pytest.mark.parametrize(("lang", "text"), ASIDES)
def test_the_phrase_after_an_aside_speaks_of_the_place_before_it(lang: str, text: str) -> None:
    assert claims_of(text, "ru" if lang == "ru" else None) == {("Кліщіївка", "captured", "ru")}


def test_an_aside_does_not_carry_a_phrase_past_a_conjunction() -> None:
    text = "Russian forces captured Klishchiivka, which lies south of Bakhmut, and stormed Andriivka."
    assert claims_of(text, None) == {("Кліщіївка", "captured", "ru"), ("Андріївка", "fighting", "ru")}


# Where a move or an attack set out ("attacked from X toward Y", «наступали из X на Y», «атакували з X на Y»): no one
# advanced or fought in X; a withdrawal from X and a side pushed out of X still speak of it; «вблизи от X» is near X.
ORIGINS = [
    ("en", "Russian forces attacked from Bakhmut toward Kurdiumivka.", None, {("Курдюмівка", "fighting", "ru")}),
    ("en", "Russian troops advanced from Bakhmut toward Klishchiivka.", None, {("Кліщіївка", "advanced", "ru")}),
    ("ru", "Российские войска наступали из Бахмута на Клещеевку.", None, {("Кліщіївка", "fighting", "ru")}),
    ("uk", "Російські війська атакували з Бахмута на Кліщіївку.", None, {("Кліщіївка", "fighting", "ru")}),
    ("en", "Ukrainian forces withdrew from Bakhmut.", None, {("Бахмут", "withdrew", "ua")}),
    ("ru", "Российские войска выбивают ВСУ из Бахмута.", None, {("Бахмут", "advanced", "ru")}),
    ("ru", "Бои идут в непосредственной близости от Бахмута.", None, {("Бахмут", "fighting", None)}),
    # from the direction of, through a list
    ("uk", "Атаки фіксують з напрямку Кліщіївки та Курдюмівки.", "ua", set()),
    ("ru", "Противник атаковал с направления Клещеевки.", "ua", set()),
    (
        "en",
        "Russian forces attacked from Bakhmut and Klishchiivka toward Kurdiumivka.",
        None,
        {("Курдюмівка", "fighting", "ru")},
    ),
]


@pytest.mark.parametrize(("lang", "text", "side", "expected"), ORIGINS)
def test_where_a_move_set_out_is_no_place_of_it(lang: str, text: str, side: str | None, expected: Expected) -> None:
    assert claims_of(text, side) == expected


# The places a statement leaves out («освобождена полностью, кроме X и Y», "all the villages except X") get no claim
# from it; an act an allowing verb looks ahead to, or one put off, is not done ("will allow them to begin an advance
# on X", "postpone the capture of X").
EXCEPTIONS = [
    ("ru", "Область освобождена полностью, кроме Бахмута и Клещеевки.", "ru", set()),
    ("uk", "Звільнено всі села, крім Кліщіївки.", "ua", set()),
    ("en", "Russian forces captured all the villages except Klishchiivka.", None, set()),
    ("en", "The capture of Klishchiivka will allow Ukrainian forces to begin an advance on Bakhmut.", None, set()),
    ("en", "Russian forces continued an advance on Bakhmut.", None, {("Бахмут", "advanced", "ru")}),
    # an act put off is not done
    ("en", "The command was told to postpone the capture of Bakhmut.", None, set()),
    ("uk", "Росіяни відклали штурм Бахмута.", "ua", set()),
    ("en", "Russia called off the assault on Bakhmut.", None, set()),
    # an act sped up or brought closer is not done yet
    ("ru", "Это ускоряет полное освобождение Бахмута.", "ru", set()),
    ("en", "The move brings closer the liberation of Bakhmut.", None, set()),
    ("uk", "Росіяни скасували штурм Бахмута.", "ua", set()),
]


@pytest.mark.parametrize(("lang", "text", "side", "expected"), EXCEPTIONS)
def test_places_left_out_and_acts_looked_ahead_to(lang: str, text: str, side: str | None, expected: Expected) -> None:
    assert claims_of(text, side) == expected


# A whole list after "near" anchors the place before it ("captured A in the region near B and the town of C"); after a
# list word, "near" and a compass point start the next item ("gains near A, as well as near the cities of B and C",
# «відбили атаки поблизу A та північно-західніше B»).
ANCHOR_LISTS = [
    (
        "en",
        "Russian forces captured Klishchiivka in the Donetsk region near Bakhmut and the town of Kurdiumivka.",
        None,
        {("Кліщіївка", "captured", "ru")},
    ),
    (
        "en",
        "Russia made gains near Kupiansk in the Kharkiv region, as well as near the cities of Bakhmut and Avdiivka.",
        None,
        {("Куп’янськ", "advanced", "ru"), ("Бахмут", "advanced", "ru"), ("Авдіївка", "advanced", "ru")},
    ),
    (
        "uk",
        "Сили оборони відбили атаки поблизу Кліщіївки та північно-західніше Курдюмівки.",
        "ua",
        {("Кліщіївка", "repelled", "ua"), ("Курдюмівка", "repelled", "ua")},
    ),
]


@pytest.mark.parametrize(("lang", "text", "side", "expected"), ANCHOR_LISTS)
def test_anchor_lists_and_new_items(lang: str, text: str, side: str | None, expected: Expected) -> None:
    assert claims_of(text, side) == expected


# Not claims: the places a report lists as under attack («Під ворожими атаками перебували населені пункти X, Y»: the
# targets), and forward units ("the advanced positions of the Ukrainian forces in X": an adjective, no advance).
NOT_CLAIMS = [
    ("uk", "Під ворожими атаками протягом доби перебували також населені пункти: Кліщіївка, Курдюмівка та інші.", "ua"),
    ("ru", "Под вражескими ударами находились населенные пункты Клещеевка и Курдюмовка.", "ua"),
    ("en", "Zelensky visited the advanced positions of the Ukrainian forces in Avdiivka.", None),
    ("en", "The advanced units of the Vostok group are stationed near Avdiivka.", None),
    # a prediction («— вопрос времени», "a matter of time"), civilians "taken out", what is hard to do
    ("ru", "Освобождение Бахмута — вопрос времени, добавил депутат.", "ru"),
    ("uk", "Звільнення Бахмута — питання часу.", "ua"),
    ("en", "The capture of Bakhmut is only a matter of time, the analyst said.", None),
    ("en", "A thousand people who cannot be taken out of Bakhmut remain there.", None),
    ("en", "It is very difficult to leave Bakhmut now.", None),
    # nothing left standing there («не оставили ни одного уцелевшего здания»): destruction, no withdrawal
    ("ru", "В Бахмуте оккупанты не оставили ни одного уцелевшего здания.", "ua"),
    ("uk", "У Бахмуті окупанти не залишили жодного вцілілого будинку.", "ua"),
    ("en", "The occupiers left not a single building standing in Bakhmut.", "ua"),
    # an unnamed village taken near a place: the place is where it lies
    ("en", "Ukraine said its troops had captured a village near the Russian stronghold of Bakhmut.", None),
    ("uk", "ЗСУ звільнили село поблизу Бахмута.", "ua"),
    ("ru", "ВСУ освободили село под Бахмутом.", "ua"),
    # a service that stopped working there; getting ready to fight there; the attention paid to a capture; a purpose
    # governing a chain of acts up to the phrase
    ("en", "The postal service has stopped working in Bakhmut, and people travel to Kurdiumivka.", None),
    ("uk", "Ворог планує або дозахопити частину міста, або підготуватися до бойових дій у Бахмуті.", "ua"),
    ("ru", "Основное внимание сейчас уделяется освобождению Бахмута, добавил он.", "ru"),
    ("uk", "Основна увага зараз приділяється захопленню Бахмута.", "ua"),
    ("ru", "Развивается наступление с целью овладения высотами и обеспечения выхода к южным окраинам Бахмута.", "ru"),
    ("uk", "Наступ триває з метою оточення та захоплення Бахмута.", "ua"),
    # the adjective of forces ("the advancing enemy forces"); a village of "Russia's Kursk border region"
    ("en", "Russian forces inflicted fire damage on the advancing enemy forces near Robotyne.", None),
    (
        "en",
        "Russia claimed its troops had driven the Ukrainian army out of Andriivka in Russia’s Kursk border region.",
        None,
    ),
]


@pytest.mark.parametrize(("lang", "text", "side"), NOT_CLAIMS)
def test_places_attacked_and_forward_units_are_no_claims(lang: str, text: str, side: str | None) -> None:
    assert claims_of(text, side) == set()


# An oblast's centre in English after a compass adjective ("northern Donetsk", "the South Donetsk area"): the oblast.
COMPASS_REGIONS = [
    ("en", "Russian forces attacked in northern Donetsk.", set()),
    ("en", "Russian forces attacked Bakhmut, northern Donetsk.", {("Бахмут", "fighting", "ru")}),
    ("en", "Fighting goes on in the South Donetsk area.", set()),
    ("en", "Russian forces attacked Donetsk.", {("Донецьк", "fighting", "ru")}),
]


@pytest.mark.parametrize(("lang", "text", "expected"), COMPASS_REGIONS)
def test_an_oblast_centre_after_a_compass_adjective_is_the_oblast(lang: str, text: str, expected: Expected) -> None:
    assert claims_of(text) == expected


# Places named only around a claim: one a move brings forces closer to, a peace "settlement" (no stand-in for a place),
# a claim that names its own place after it ("claimed to have captured X, a town of ...", "a claim Ukraine had
# previously denied").
AROUND_A_CLAIM = [
    (
        "en",
        "The withdrawal brings Russian forces closer to Bakhmut, a key city in the region. Russia had earlier "
        "claimed to have captured Avdiivka, a town of about 30,000 people before the war, a claim Ukraine had "
        "previously denied.",
        {("Авдіївка", "captured", "ru"), ("Авдіївка", "denied", "ru")},
    ),
    (
        "en",
        "Russian forces attacked near Bakhmut. Moscow has demanded that Ukraine cede control of the area as part of "
        "any settlement.",
        {("Бахмут", "fighting", "ru")},
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), AROUND_A_CLAIM)
def test_places_named_only_around_a_claim(lang: str, text: str, expected: Expected) -> None:
    assert claims_of(text) == expected


def test_a_capital_asked_to_cede_ground_is_its_government(gazetteer: Gazetteer) -> None:
    text = "Russian forces attacked near Bakhmut. Moscow has demanded that Kyiv cede control of the area."
    post = Post(source="t", channel="t", external_id="1", text=text, side=None)
    assert {c.name for c in extract_claims(post, gazetteer)} == {"Бахмут"}


# A town that only says where another lies: the attribute of its suburb ("the Kyiv suburb of Makariv"), an
# apposition («Ірпінь, передмістя Києва», «Ирпень, пригород Киева»), a drive from it ("a 30-minute drive from Kyiv");
# and a town after a title («мер Ірпеня заявив», "the mayor of Irpin said") is the title's town, not a surname.
WHERE_IT_LIES = [
    ("en", "Ukraine's military recaptured the Kyiv suburb of Makariv on Tuesday.", {("Макарів", "captured", "ua")}),
    ("uk", "ЗСУ звільнили Ірпінь, передмістя Києва.", {("Ірпінь", "captured", "ua")}),
    ("ru", "ВСУ освободили Ирпень, пригород Киева.", {("Ірпінь", "captured", "ua")}),
    (
        "en",
        "Ukrainian forces retook the city of Irpin, located a 30-minute drive from the city center of Kyiv.",
        {("Ірпінь", "captured", "ua")},
    ),
    ("uk", "Мер Ірпеня заявив, що ЗСУ повністю звільнили місто.", {("Ірпінь", "captured", "ua")}),
    ("ru", "Мэр Ирпеня заявил, что ВСУ освободили город.", {("Ірпінь", "captured", "ua")}),
    ("en", "The mayor of Irpin said Ukrainian forces had liberated the city.", {("Ірпінь", "captured", "ua")}),
    # where a statement was made («на брифінгу в Києві», "at a briefing at the media center in Kyiv")
    (
        "en",
        "Ukrainian forces liberated Irpin, the spokeswoman said at a briefing at the media center in Kyiv.",
        {("Ірпінь", "captured", "ua")},
    ),
    ("uk", "ЗСУ звільнили Ірпінь, заявила речниця на брифінгу в Києві.", {("Ірпінь", "captured", "ua")}),
    ("ru", "ВСУ освободили Ирпень, заявила спикер на пресс-конференции в Киеве.", {("Ірпінь", "captured", "ua")}),
    # an oblast's centre before "area" is the oblast («на Донецькому напрямку», as TASS names it in English)
    (
        "en",
        "Russian forces repelled 17 Ukrainian attacks in the Donetsk area near Marinka.",
        {("Мар’їнка", "repelled", "ru")},
    ),
    ("uk", "Російські війська відбили 17 атак на Донецькому напрямку біля Мар'їнки.", {("Мар’їнка", "repelled", "ru")}),
    ("ru", "Российские войска отразили 17 атак на Донецком направлении у Марьинки.", {("Мар’їнка", "repelled", "ru")}),
]


@pytest.mark.parametrize(("lang", "text", "expected"), WHERE_IT_LIES)
def test_a_town_that_only_says_where_another_lies(
    gazetteer: Gazetteer, lang: str, text: str, expected: set[tuple[str, str, str | None]]
) -> None:
    post = Post(source="t", channel="t", external_id="1", text=text, side=None)
    assert {(c.name, c.kind.value, c.actor.value if c.actor else None) for c in extract_claims(post, gazetteer)} == (
        expected
    )


# A unit's name is no place: a corps of the National Guard by its name («корпусу НГУ «Покровськ»»), a unit named
# after someone or something («бригади імені Героїв Бахмута», «бригады имени Маршала ...», "named after").
UNIT_NAMES = [
    ("uk", "Бійці 1 корпусу НГУ «Покровськ» відбили атаки.", "ua", set()),
    (
        "uk",
        "Бійці бригади імені Героїв Бахмута відбили атаки ворога біля Кліщіївки.",
        "ua",
        {("Кліщіївка", "repelled", "ua")},
    ),
    ("ru", "Бойцы полка имени Авдеевки отразили атаки.", "ru", set()),
    ("en", "The brigade named after Bakhmut defenders repelled the attacks.", "ua", set()),
]


@pytest.mark.parametrize(("lang", "text", "side", "expected"), UNIT_NAMES)
def test_a_units_name_is_no_place(lang: str, text: str, side: str | None, expected: Expected) -> None:
    assert claims_of(text, side) == expected


# "Among the settlements named are X, Y", «Серед названих населених пунктів — X, Y»: the places the sentence before
# only counted, which take its phrase.
AMONG_THE_NAMED = [
    (
        "en",
        "Russian forces launched 14 assaults near eight settlements. Among the settlements named are Robotyne "
        "and Bakhmut.",
        None,
        {("Роботине", "fighting", "ru"), ("Бахмут", "fighting", "ru")},
    ),
    (
        "uk",
        "Ворог атакував поблизу восьми населених пунктів. Серед названих населених пунктів — Роботине та Бахмут.",
        "ua",
        {("Роботине", "fighting", "ru"), ("Бахмут", "fighting", "ru")},
    ),
]


@pytest.mark.parametrize(("lang", "text", "side", "expected"), AMONG_THE_NAMED)
def test_among_the_places_named_are_those_counted_before(
    lang: str, text: str, side: str | None, expected: Expected
) -> None:
    assert claims_of(text, side) == expected


# A list opened by a colon after a region of Russia («вернули контроль над населенными пунктами в Курской области:
# X и Y»): Russian villages, even in a post that names an oblast of Ukraine for its other places.
RUSSIAN_LIST_AFTER_A_COLON = [
    (
        "ru",
        "Войска взяли под контроль Курдюмовку в ДНР. Подразделения «Север» вернули контроль над населенными пунктами "
        "в Курской области: Клещеевка и Работино.",
        "ru",
    ),
    (
        "en",
        "Russian forces captured Kurdiumivka in Donetsk region. They also regained control of villages in Russia’s "
        "Kursk region: Klishchiivka and Robotyne.",
        None,
    ),
]


@pytest.mark.parametrize(("lang", "text", "side"), RUSSIAN_LIST_AFTER_A_COLON)
def test_a_list_after_a_region_of_russia_and_a_colon(lang: str, text: str, side: str | None) -> None:
    assert claims_of(text, side) == {("Курдюмівка", "captured", "ru")}


# A demonstrative with a plural settlement noun («ці населені пункти», «эти населенные пункты», "both villages")
# speaks of every place of the sentence before; a singular one of the last place only.
PLURAL_REFERENCES = [
    (
        "uk",
        "Росіяни атакували Кліщіївку та Андріївку. ЗСУ повернули під контроль ці населені пункти.",
        "ua",
        {("Кліщіївка", "captured", "ua"), ("Андріївка", "captured", "ua")},
    ),
    (
        "ru",
        "Противник атаковал Клещеевку и Андреевку. Эти населенные пункты освобождены нашими войсками.",
        "ua",
        {("Кліщіївка", "captured", "ua"), ("Андріївка", "captured", "ua")},
    ),
    (
        "en",
        "Russian forces attacked Klishchiivka and Andriivka. Ukrainian forces then liberated both villages.",
        None,
        {("Кліщіївка", "captured", "ua"), ("Андріївка", "captured", "ua")},
    ),
    (
        "en",
        "Russian forces attacked Klishchiivka and Andriivka. Ukrainian forces then liberated the village.",
        None,
        {("Кліщіївка", "fighting", "ru"), ("Андріївка", "captured", "ua")},
    ),
]


@pytest.mark.parametrize(("lang", "text", "side", "expected"), PLURAL_REFERENCES)
def test_a_plural_reference_speaks_of_every_place_before(
    lang: str, text: str, side: str | None, expected: Expected
) -> None:
    assert claims_of(text, side) == expected


# A stand-in that names the place's kind takes the last place of that kind ("the village" after "... of the city of
# Donetsk" is the village named before it); a side in a place's attribute ("the Russian-held city of X") is no party
# to the clause's other phrase; a town near the place taken, with a relative clause saying nothing, only locates it;
# a campaign an act is part of ("as part of its advance toward X", «в рамках наступления на X») aims at X.
KIND_AND_LOCATORS = [
    (
        "en",
        "The ministry said its troops liberated Klishchiivka, located southwest of the Russian-held city of Donetsk. "
        "Ukrainian troops retook the village in July last year.",
        None,
        {("Кліщіївка", "captured", "ru"), ("Донецьк", "captured", "ru"), ("Кліщіївка", "captured", "ua")},
    ),
    (
        "en",
        "Russian troops stormed Pokrovsk and Kurdiumivka. Ukrainian troops later retook the city.",
        None,
        {("Покровськ", "captured", "ua"), ("Курдюмівка", "fighting", "ru")},
    ),
    (
        "uk",
        "Росіяни штурмували Покровськ і Курдюмівку. Згодом ЗСУ звільнили місто.",
        None,
        {("Покровськ", "captured", "ua"), ("Курдюмівка", "fighting", "ru")},
    ),
    (
        "en",
        "Russian troops liberated the village of Kurdiumivka, near the town of Bakhmut, which lies to the north.",
        None,
        {("Курдюмівка", "captured", "ru")},
    ),
    (
        "en",
        "Russian forces captured a small village as part of their advance toward the logistics hub of Pokrovsk.",
        None,
        set(),
    ),
    ("ru", "Войска взяли Курдюмовку в рамках наступления на Бахмут.", "ru", {("Курдюмівка", "captured", "ru")}),
]


@pytest.mark.parametrize(("lang", "text", "side", "expected"), KIND_AND_LOCATORS)
def test_stand_ins_of_a_kind_and_places_that_locate(lang: str, text: str, side: str | None, expected: Expected) -> None:
    assert claims_of(text, side) == expected


# «Обох цих населених пунктів» after one place in the sentence before: the place named before that one too.
def test_both_places_denied_across_two_sentences() -> None:
    text = (
        "Сили оборони продовжують контролювати село Кліщіївка. Також тривають бої в районі села Курдюмівка. "
        "Інформація про окупацію росіянами обох цих населених пунктів не відповідає дійсності."
    )
    assert claims_of(text, "ua") == {
        ("Кліщіївка", "repelled", "ua"),
        ("Кліщіївка", "denied", "ru"),
        ("Курдюмівка", "denied", "ru"),
    }


# A compass locator in brackets after a name ("X (south of Y)", «X (к северу от Y)») is an aside: Y only says where
# X lies, and the clause runs on past it (the subject before it is the subject after it); an attribute naming its
# side before a name ("occupied Kreminna") keeps that side whatever the clause's subject.
BRACKETED_LOCATORS = [
    (
        "en",
        "Russian milbloggers claim that Ukrainian forces counterattacked in Kurdiumivka (south of Bakhmut) on "
        "8 September and advanced to central Klishchiivka.",
        None,
        {("Курдюмівка", "fighting", "ua"), ("Кліщіївка", "advanced", "ua")},
    ),
    (
        "ru",
        "Российские войска продвинулись у Клещеевки (к северу от Бахмута).",
        "ru",
        {("Кліщіївка", "advanced", "ru")},
    ),
    (
        "uk",
        "Росіяни просунулися біля Кліщіївки (на захід від Бахмута).",
        None,
        {("Кліщіївка", "advanced", "ru")},
    ),
    (
        "en",
        "The Defense Forces of Ukraine stopped an offensive near Kurdiumivka (southwest of occupied Bakhmut).",
        "ua",
        {("Курдюмівка", "repelled", "ua"), ("Бахмут", "captured", "ru")},
    ),
]


@pytest.mark.parametrize(("lang", "text", "side", "expected"), BRACKETED_LOCATORS)
def test_a_compass_locator_in_brackets(lang: str, text: str, side: str | None, expected: Expected) -> None:
    assert claims_of(text, side) == expected


# A pronoun right next to a phrase stands for the place named before («..., проте у вересні її звільнили», "liberated
# it"): in a sentence that already has a claim too; it agrees with the name («його» is no Кліщіївка), "it" only
# with a taking ("had it under control" is a state), and a rebuttal in the clause is what is denied.
PRONOUNS = [
    (
        "uk",
        "У березні Кліщіївка опинилася під контролем росіян, проте у вересні її звільнили сили оборони.",
        {("Кліщіївка", "captured", "ru"), ("Кліщіївка", "captured", "ua")},
    ),
    (
        "ru",
        "В марте Клещеевка оказалась под контролем россиян, но в сентябре ее освободили ВСУ.",
        {("Кліщіївка", "captured", "ru"), ("Кліщіївка", "captured", "ua")},
    ),
    (
        "en",
        "Russian forces captured Klishchiivka in March, but Ukrainian troops liberated it in September.",
        {("Кліщіївка", "captured", "ru"), ("Кліщіївка", "captured", "ua")},
    ),
    (
        "uk",
        "Росіяни захопили Бахмут, але згодом його звільнили ЗСУ.",
        {("Бахмут", "captured", "ru"), ("Бахмут", "captured", "ua")},
    ),
    ("uk", "Росіяни захопили Кліщіївку, але згодом його звільнили ЗСУ.", {("Кліщіївка", "captured", "ru")}),
    (
        "en",
        "Russian forces captured Klishchiivka in 2022 and had it under control till September.",
        {("Кліщіївка", "captured", "ru")},
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), PRONOUNS)
def test_a_pronoun_next_to_a_phrase_stands_for_the_place_before(lang: str, text: str, expected: Expected) -> None:
    assert claims_of(text, None) == expected
