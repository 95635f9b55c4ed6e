"""Control held, taken, denied and rebutted, on made-up sentences: holding («поки що під контролем», "continue to
hold"), parts held against attacks, negated captures and advances, denials and whose claim they refute, and who
speaks for a side (issue 10, classes 6 and 7); word forms of claims and their look-alikes."""

from __future__ import annotations

import pytest

from bot.core.claims.extract import extract_claims
from bot.models import Post
from tests.test_extract import PLACES, claims_of

Expected = set[tuple[str, str, str | None]]

# Control that goes on is holding it (LABELING: "remains under our control" -> repelled); control denied is a denial;
# the side's adjective inside the phrase is the holder.
RU_BAKH = ("Бахмут", "captured", "ru")
CONTROL_STATES = [
    ("en", "Bakhmut remains under Ukrainian control, the spokesman said.", None, {("Бахмут", "repelled", "ua")}),
    ("en", "Robotyne is still under Ukrainian control.", None, {("Роботине", "repelled", "ua")}),
    ("en", "Robotyne is under Russian control.", None, {("Роботине", "captured", "ru")}),
    ("en", "The village of Robotyne is not under Russian control.", None, {("Роботине", "denied", "ru")}),
    ("uk", "Бахмут залишається під контролем ЗСУ.", "ua", {("Бахмут", "repelled", "ua")}),
    ("uk", "Кліщіївка не під контролем росіян.", "ua", {("Кліщіївка", "denied", "ru")}),
    ("ru", "Бахмут остается под контролем ВСУ.", None, {("Бахмут", "repelled", "ua")}),
    ("ru", "Бахмут под контролем ВСУ.", None, {("Бахмут", "captured", "ua")}),
    # a side's hands are its control
    ("en", "Bakhmut remains in Ukrainian hands.", None, {("Бахмут", "repelled", "ua")}),
    ("en", "Bakhmut fell into Russian hands.", None, {("Бахмут", "captured", "ru")}),
    ("uk", "Бахмут залишається в руках українських військ.", None, {("Бахмут", "repelled", "ua")}),
    ("ru", "Бахмут находится в руках ВСУ.", None, {("Бахмут", "captured", "ua")}),
    ("uk", "Ініціатива в руках ЗСУ біля Бахмута.", "ua", set()),
    # control "currently" held while the post has fighting is holding it; without fighting, a plain control
    (
        "ru",
        "В настоящее время Бахмут находится под контролем украинских войск. У Клещеевки идут бои.",
        None,
        {("Бахмут", "repelled", "ua"), ("Кліщіївка", "fighting", None)},
    ),
    ("en", "Bloggers acknowledged that the village of Bakhmut is currently under Russian control.", None, {RU_BAKH}),
    # a place opening a clause of its own after a comma takes its own phrase, not the one before the comma
    (
        "uk",
        "Бахмут під контролем ЗСУ, в Кліщіївці тривають бої.",
        "ua",
        {("Бахмут", "captured", "ua"), ("Кліщіївка", "fighting", None)},
    ),
    # control that continues is held; a capture after which something continues is a capture
    ("ru", "ВСУ продолжают контролировать Бахмут.", None, {("Бахмут", "repelled", "ua")}),
    ("en", "Russian forces continue to control Bakhmut.", None, {("Бахмут", "repelled", "ru")}),
    (
        "en",
        "Russian forces continue offensive operations after taking control of the settlement of Bakhmut.",
        None,
        {RU_BAKH},
    ),
    ("ru", "Продолжаются городские бои и зачистка самого Бахмута.", "ru", {("Бахмут", "advanced", "ru")}),
    # clearing told verb first: still under way (advanced); carried out, done (captured)
    ("ru", "Российские войска ведут зачистку Бахмута.", None, {("Бахмут", "advanced", "ru")}),
    ("uk", "Російські підрозділи продовжують зачистку Бахмута.", None, {("Бахмут", "advanced", "ru")}),
    ("ru", "Российские войска провели зачистку Бахмута.", None, {("Бахмут", "captured", "ru")}),
    # the passive: the agent after it holds the place
    ("ru", "Бахмут контролируется ВСУ.", None, {("Бахмут", "captured", "ua")}),
    ("uk", "Бахмут контролюється російськими військами.", "ua", {("Бахмут", "captured", "ru")}),
    ("uk", "Кліщіївка під контролем рф.", "ua", {("Кліщіївка", "captured", "ru")}),  # the country after the phrase
    # a capture negated is a rebuttal of it; "not yet" is the state of the fighting; a negated background is neither
    ("uk", "Ворог не окупував Покровськ, заявив речник.", "ua", {("Покровськ", "denied", "ru")}),
    ("en", "Russian forces have not yet captured Pokrovsk.", None, set()),
    ("uk", "Росіяни ще не захопили Покровськ.", "ua", set()),
    ("ru", "Это не помогает временно оккупированному Донецку.", None, set()),
    # a negated participle as the predicate rebuts the capture (its agent may follow)
    ("uk", "Кліщіївка не окупована.", "ua", {("Кліщіївка", "denied", "ru")}),
    (
        "uk",
        "Кліщіївка та Курдюмівка наразі не окуповані російськими військами.",
        "ua",
        {("Кліщіївка", "denied", "ru"), ("Курдюмівка", "denied", "ru")},
    ),
    # a side after a verbal noun («просування росіян») is its object, not the subject of the next verb
    (
        "uk",
        "Сили оборони зупинили просування росіян та продовжують контролювати Кліщіївку.",
        "ua",
        {("Кліщіївка", "repelled", "ua")},
    ),
    # an advance that did not happen: the other side held; a gerund of establishing control is a capture
    ("uk", "В Покровську росіяни не просунулися.", "ua", {("Покровськ", "repelled", "ua")}),
    ("en", "Russian forces did not advance near Robotyne, the spokesman said.", None, {("Роботине", "repelled", "ua")}),
    (
        "ru",
        "Группировка продвигается вперёд, установив контроль над населёнными пунктами, среди которых Работино.",
        "ru",
        {("Роботине", "captured", "ru")},
    ),
    # "for now" and "yet" are "still"; a possessive inside the phrase is the speaker's side
    (
        "ru",
        "Покровск, который пока под контролем ВСУ, обстреливают каждый день.",
        None,
        {("Покровськ", "repelled", "ua")},
    ),
    ("uk", "Покровськ поки що під контролем Сил оборони.", None, {("Покровськ", "repelled", "ua")}),
    ("uk", "Вовчанськ ще під контролем ЗСУ.", None, {("Вовчанськ", "repelled", "ua")}),
    (
        "uk",
        "Ще два села перейшли під контроль ЗСУ: Кліщіївка та Курдюмівка.",
        None,
        {("Кліщіївка", "captured", "ua"), ("Курдюмівка", "captured", "ua")},
    ),
    ("uk", "Кліщіївка під нашим контролем, наголосив речник.", "ua", {("Кліщіївка", "captured", "ua")}),
    ("ru", "Работино под нашим полным контролем.", "ru", {("Роботине", "captured", "ru")}),
    ("uk", "Роботине під вогневим контролем наших артилеристів.", "ua", set()),
    # holding verbs: the holder holds it
    ("en", "Ukrainian troops continue to hold Vovchansk.", None, {("Вовчанськ", "repelled", "ua")}),
    ("en", "Most of Kupiansk is still held by Ukrainian forces.", None, {("Куп’янськ", "repelled", "ua")}),
    ("en", "Talks were held in Donetsk region, far from Bakhmut.", None, set()),
    ("uk", "Наші захисники тримають Вовчанськ, попри штурми.", "ua", {("Вовчанськ", "repelled", "ua")}),
    # holding in the infinitive after going on; a goal of depriving a side of it is no act; a hedge stays a claim
    ("uk", "Сили оборони продовжують утримувати позиції у Вовчанську.", "ua", {("Вовчанськ", "repelled", "ua")}),
    ("ru", "ВСУ продолжают удерживать Волчанск.", None, {("Вовчанськ", "repelled", "ua")}),
    ("uk", "Ціль ворога — позбавити ЗСУ можливості утримувати позиції у Вовчанську.", "ua", set()),
    ("uk", "Можливо, росіяни захопили Вовчанськ.", "ua", {("Вовчанськ", "captured", "ru")}),
    ("uk", "Ворог тримає під вогневим контролем Куп’янськ.", "ua", set()),
    # the speaker's enemy holding only a few houses of a town is inside it (an advance); our own holding them defends
    ("ru", "В Купянске оккупанты удерживают только отдельные дома.", "ua", {("Куп’янськ", "advanced", "ru")}),
    ("uk", "Ворог утримує кілька будинків у Вовчанську.", "ua", {("Вовчанськ", "advanced", "ru")}),
    ("uk", "Наші воїни утримують кілька будинків у Вовчанську.", "ua", {("Вовчанськ", "repelled", "ua")}),
    # a capture in the infinitive is a task unless success, failure or going on governs it
    ("ru", "Была объявлена новая задача — взять Работино.", "ru", set()),
    ("uk", "Мета ворога — захопити Роботине.", "ua", set()),
    ("en", "The goal is to capture Robotyne.", None, set()),
    ("ru", "Нашим бойцам удалось, несмотря на сопротивление, взять Работино.", "ru", {("Роботине", "captured", "ru")}),
    ("uk", "Росіяни змогли захопити селище Роботине.", "ua", {("Роботине", "captured", "ru")}),
    ("uk", "Російські війська так і не змогли взяти Роботине.", "ua", {("Роботине", "repelled", "ua")}),
    ("en", "Russian forces claim to have taken Robotyne.", None, {("Роботине", "captured", "ru")}),
    ("uk", "Росіяни змогли б захопити Роботине.", "ua", set()),
    ("ru", "Для региона очень важно освобождение Работино.", "ru", set()),
    ("ru", "Для нас важно было освобождение Работино.", "ru", {("Роботине", "captured", "ru")}),
    ("en", "Russian efforts to seize Robotyne have been ongoing for months.", None, {("Роботине", "fighting", "ru")}),
    ("uk", "Російські окупанти заходять у Роботине.", "ua", {("Роботине", "advanced", "ru")}),
    # a place beaten back is won back; attacks beaten off are repelled
    ("uk", "Наші воїни відбили Кліщіївку.", "ua", {("Кліщіївка", "captured", "ua")}),
    ("uk", "Вдалося відбити у ворога село Кліщіївка.", "ua", {("Кліщіївка", "captured", "ua")}),
    ("ru", "Войскам удалось отбить населенный пункт Работино.", "ru", {("Роботине", "captured", "ru")}),
    ("ru", "Отбиты атаки у Работино.", "ru", {("Роботине", "repelled", "ru")}),
    ("en", "Ukrainian troops won back the village of Klishchiivka.", None, {("Кліщіївка", "captured", "ua")}),
    # a side's force still in a place holds it; people staying there, or a person, do not
    ("en", "Our units are still in Vovchansk, the spokesman said.", "ua", {("Вовчанськ", "repelled", "ua")}),
    ("en", "Russian troops remain in Kupiansk, a blogger wrote.", "ru", {("Куп’янськ", "repelled", "ru")}),
    ("uk", "Наші бійці досі перебувають у Вовчанську.", "ua", {("Вовчанськ", "repelled", "ua")}),
    ("uk", "Підрозділи ЗСУ залишаються в Куп’янську.", None, {("Куп’янськ", "repelled", "ua")}),
    ("ru", "Российские войска по-прежнему находятся в Купянске.", None, {("Куп’янськ", "repelled", "ru")}),
    ("en", "About 3,000 residents remain in Vovchansk.", None, set()),
    # the holder inside the phrase of control outranks the subject of the clause before it
    (
        "en",
        "Our units are there, the town of Kupiansk is not under Russian control, the spokesman said.",
        "ua",
        {("Куп’янськ", "denied", "ru")},
    ),
    ("uk", "Мешканці досі перебувають у Вовчанську.", "ua", set()),
    # a fraction of the place under a side's control: only part of it
    ("ru", "Две трети Покровска под контролем ВСУ.", None, {("Покровськ", "advanced", "ua")}),
    ("en", "Russian forces control two-thirds of Bakhmut.", None, {("Бахмут", "advanced", "ru")}),
    # part of a place held while the other side attacks: the defender holds it (LABELING: repelled)
    (
        "uk",
        "Українські підрозділи контролюють близько 60% Вовчанська, де росіяни продовжують штурми.",
        None,
        {("Вовчанськ", "repelled", "ua")},
    ),
    (
        "en",
        "Russian forces had taken control of 70 percent of Pokrovsk, despite Ukrainian counterattacks.",
        None,
        {("Покровськ", "advanced", "ru")},
    ),
    # the share said after the name; the speaker's own side holding part of it with fighting next to it defends it
    ("uk", "Наші сили контролюють Вовчанськ на 70%.", "ua", {("Вовчанськ", "advanced", "ua")}),
    ("en", "Ukrainian forces control Vovchansk by about 70 percent.", None, {("Вовчанськ", "advanced", "ua")}),
    (
        "uk",
        "Сили оборони контролюють місто Вовчанськ, близько 70%. На околицях тривають запеклі бої.",
        "ua",
        {("Вовчанськ", "repelled", "ua")},
    ),
    (
        "uk",
        "Росіяни контролюють Вовчанськ на 70%, на околицях міста тривають бої.",
        "ua",
        {("Вовчанськ", "advanced", "ru")},
    ),
    # an area won near a place is ground near it, an advance (whichever side of the phrase the place is named)
    ("en", "Ukrainian forces liberated 16 square kilometres near Robotyne.", None, {("Роботине", "advanced", "ua")}),
    (
        "ru",
        "В районе Работино наши войска освободили свыше семи квадратных километров.",
        "ru",
        {("Роботине", "advanced", "ru")},
    ),
    ("uk", "ЗСУ відбили 56 кв. км території в районі Роботиного.", None, {("Роботине", "advanced", "ua")}),
    # a quarter named in quotes inside the town is a part of it; a group named in quotes is not
    ("uk", 'ЗС РФ захопили "Канал" у Вовчанську.', "ua", {("Вовчанськ", "advanced", "ru")}),
    (
        "ru",
        'Войска группировки "Север" в течение недели взяли под контроль Волчанск.',
        "ru",
        {("Вовчанськ", "captured", "ru")},
    ),
    # control of a part expanded is taken, not held
    (
        "en",
        "Ukrainian units expanded their control in the western part of Robotyne. Fighting resumed there.",
        "ua",
        {("Роботине", "advanced", "ua")},
    ),
    # a portion is a part; a part of one place does not make the next conjunct, with its own noun, a part
    ("en", "Russian forces have occupied a large portion of Vovchansk.", None, {("Вовчанськ", "advanced", "ru")}),
    (
        "en",
        "Russia claimed control of the northern part of Kupiansk and the village of Kurdiumivka.",
        None,
        {("Куп’янськ", "advanced", "ru"), ("Курдюмівка", "captured", "ru")},
    ),
    (
        "uk",
        "Окупанти захопили частину Куп’янська та село Курдюмівку.",
        None,
        {("Куп’янськ", "advanced", "ru"), ("Курдюмівка", "captured", "ru")},
    ),
    (
        "en",
        "The army controlled two-thirds of the towns of Pokrovsk and Kupiansk.",
        "ua",
        {("Покровськ", "advanced", "ua"), ("Куп’янськ", "advanced", "ua")},
    ),
    # «частини», «части» of a force are its units, not parts of the place
    (
        "uk",
        "Росіяни заявили, що підрозділи ЗС РФ і частини формування встановили повний контроль над Куп’янськом.",
        None,
        {("Куп’янськ", "captured", "ru")},
    ),
    ("ru", "Купянск заняли части 1-й и 9-й бригад ВС РФ.", None, {("Куп’янськ", "captured", "ru")}),
    ("en", "Units of the 1st and 9th Russian brigades took Kupiansk.", None, {("Куп’янськ", "captured", "ru")}),
]


@pytest.mark.parametrize(("lang", "text", "side", "expected"), CONTROL_STATES)
def test_control_held_denied_and_its_holder(lang: str, text: str, side: str | None, expected: Expected) -> None:
    assert claims_of(text, side) == expected


# A denial that names whose claim it refutes and what it said reports that claim too (LABELING: "the denied capture
# is added as its own claim only when the text says whose claim it was"); the denier's own phrase before the denial
# stands beside it.
BAKH_F, BAKH_RU = ("Бахмут", "fighting", None), ("Бахмут", "captured", "ru")
BAKH_DENIED = ("Бахмут", "denied", "ru")
DENIALS_WITH_OWNERS = [
    # a denial of the Russian armed forces named in full («Збройні сили Російської Федерації не контролюють X»)
    (
        "uk",
        "Збройні сили Російської Федерації не контролюють Бахмут, заявило українське командування.",
        None,
        {BAKH_DENIED},
    ),
    # "a claim Ukraine (consistently) refuted": a relative clause, Ukraine speaks; an owner named after a title
    ("en", "Russia claimed control over Bakhmut, a claim Ukraine consistently refuted.", None, {BAKH_RU, BAKH_DENIED}),
    ("en", "Russia claimed control over Bakhmut, a claim Ukraine denied.", None, {BAKH_RU, BAKH_DENIED}),
    (
        "en",
        "Outlets spread statements by Russian President Vladimir Putin about the capture of Bakhmut. These claims are "
        "false, the statement said.",
        None,
        {BAKH_RU, BAKH_DENIED},
    ),
    (
        "en",
        "The spokesman refuted the statement by the Russian command that they had captured Pokrovsk.",
        None,
        {("Покровськ", "captured", "ru"), ("Покровськ", "denied", "ru")},
    ),
    (
        "uk",
        "Речник спростував заяви Кремля про захоплення Куп’янська.",
        None,
        {("Куп’янськ", "captured", "ru"), ("Куп’янськ", "denied", "ru")},
    ),
    (
        "ru",
        "Украинские защитники сдерживают штурмы россиян возле Покровска, опровергая заявления Кремля о захвате города.",
        None,
        {("Покровськ", "captured", "ru"), ("Покровськ", "denied", "ru"), ("Покровськ", "repelled", "ua")},
    ),
    ("en", "Ukraine denied that Russia captured Pokrovsk.", None, {("Покровськ", "denied", "ru")}),
    # a side, not a speaker, owns the claim refuted («заяви росіян», "Russia's claims", «российская пропаганда»)
    (
        "uk",
        "Командувач спростував заяви росіян про взяття Кліщіївки.",
        None,
        {("Кліщіївка", "captured", "ru"), ("Кліщіївка", "denied", "ru")},
    ),
    (
        "en",
        "The Ukrainian military denied Russia's claims that its forces had seized Kurdiumivka.",
        None,
        {("Курдюмівка", "captured", "ru"), ("Курдюмівка", "denied", "ru")},
    ),
    (
        "en",
        "Russian reports about the capture of Kurdiumivka are not confirmed, the General Staff said.",
        None,
        {("Курдюмівка", "captured", "ru"), ("Курдюмівка", "denied", "ru")},
    ),
    (
        "ru",
        "В ВСУ назвали ложью утверждения российской стороны о захвате Покровска.",
        None,
        {("Покровськ", "captured", "ru"), ("Покровськ", "denied", "ru")},
    ),
    ("uk", "Кліщіївку звільнено — це фейк, заявив речник.", "ua", {("Кліщіївка", "denied", "ru")}),
    # the passing under control as a noun; the leadership owning a claim refuted
    (
        "ru",
        "Минобороны РФ распространило информацию о переходе Купянска под контроль российских войск.",
        "ru",
        {("Куп’янськ", "captured", "ru")},
    ),
    ("uk", "Речник повідомив про перехід Кліщіївки під контроль Сил оборони.", "ua", {("Кліщіївка", "captured", "ua")}),
    (
        "ru",
        "Спикер ВСУ опроверг утверждение российского руководства о якобы окружении Купянска.",
        None,
        {("Куп’янськ", "denied", "ru")},
    ),
    # a minister named by the country speaks for it; the agent of a verbal noun in the instrumental after the place
    (
        "ru",
        "Министр МВД Украины заявил, что сообщения об окружении Купянска - неправда.",
        None,
        {("Куп’янськ", "denied", "ru")},
    ),
    (
        "ru",
        "Это свидетельствует о почти полном оставлении Купянска украинскими военными.",
        "ru",
        {("Куп’янськ", "withdrew", "ua")},
    ),
    # the gain refuted named before the denial, its agent inside the phrase of control
    (
        "uk",
        "Інформація про нібито встановлення російськими військами контролю над Куп’янськом не відповідає дійсності.",
        None,
        {("Куп’янськ", "denied", "ru")},
    ),
    # the aggressor owns the claim refuted; the forces' leadership speaks; «пропагандистська спроба», «спроба
    # Кремля» are no speakers
    (
        "uk",
        "Керівництво Збройних сил України спростовує заяви керівництва країни-агресора про захоплення Куп’янська, "
        "називаючи їх пропагандистською спробою Кремля.",
        None,
        {("Куп’янськ", "denied", "ru"), ("Куп’янськ", "captured", "ru")},
    ),
    (
        "ru",
        "Командование ВСУ опровергло заявления страны-агрессора о захвате Купянска.",
        None,
        {("Куп’янськ", "denied", "ru"), ("Куп’янськ", "captured", "ru")},
    ),
    (
        "en",
        "The spokesman rejected the aggressor's claims about the capture of Kupiansk.",
        None,
        {("Куп’янськ", "denied", "ru"), ("Куп’янськ", "captured", "ru")},
    ),
    # the denier named after a passive denial; the sentence's speaker of the other side owns the claim denied
    (
        "en",
        "Moscow said its forces had seized another village, Kurdiumivka, a claim denied by Ukrainian officials.",
        None,
        {("Курдюмівка", "captured", "ru"), ("Курдюмівка", "denied", "ru")},
    ),
]


# A town that fell («Бахмут впав», «Бахмут пал», «падение X»): taken by Russia in this war; only the place right
# before or after the verb fell (not «темпи евакуації впали, хоча запити йдуть з X», «уламки впали в X»).
FELL = [
    ("uk", "Бахмут впав.", "ua", {BAKH_RU}),
    ("ru", "Бахмут пал после долгих боев.", "ru", {BAKH_RU}),
    ("ru", "После падения Бахмута бои идут у Клещеевки.", "ru", {BAKH_RU, ("Кліщіївка", "fighting", None)}),
    ("uk", "Міста Кліщіївка та Бахмут «впали» лише в їхніх мріях.", "ua", {("Кліщіївка", "denied", "ru"), BAKH_DENIED}),
    ("uk", "За його словами, темпи евакуації впали, хоча запити надходять з Бахмута.", "ua", set()),
    ("uk", "Уламки впали в Бахмуті.", "ua", set()),
]


@pytest.mark.parametrize(("lang", "text", "side", "expected"), FELL)
def test_a_town_that_fell(lang: str, text: str, side: str | None, expected: Expected) -> None:
    assert claims_of(text, side) == expected


@pytest.mark.parametrize(("lang", "text", "side", "expected"), DENIALS_WITH_OWNERS)
def test_denials_report_the_claim_they_refute(lang: str, text: str, side: str | None, expected: Expected) -> None:
    assert claims_of(text, side) == expected


# A side's official named by the side's adjective speaks for that side.
def test_an_official_named_by_the_sides_adjective_speaks_for_it() -> None:
    post = Post(
        source="t",
        channel="c",
        external_id="1",
        text="Russian forces captured Bakhmut, a Ukrainian military spokesman said.",
    )
    assert [(c.claimant.value, c.speaker) for c in extract_claims(post, PLACES)] == [("ua", "Ukrainian military")]
    post = Post(
        source="t",
        channel="c",
        external_id="2",
        text="Ukrainian forces retreated from Bakhmut, a Russian commander said.",
    )
    assert [(c.claimant.value, c.speaker) for c in extract_claims(post, PLACES)] == [("ru", "Russian military")]
    # the side's army speaks with an adverbial before its verb ("on Thursday"), and a denier after "by" speaks
    post = Post(
        source="t", channel="c", external_id="3", text="The Ukrainian army on Thursday denied that Bakhmut fell."
    )
    assert {(c.kind.value, c.claimant.value) for c in extract_claims(post, PLACES)} == {("denied", "ua")}
    text = "Moscow said it captured Bakhmut, which was denied by the General Staff."
    post = Post(source="t", channel="c", external_id="4", text=text)
    assert {(c.kind.value, c.claimant.value) for c in extract_claims(post, PLACES)} == {
        ("captured", "ru"),
        ("denied", "ua"),
    }
    # a country with an adverb before its verb speaks too ("Russia also claimed", "Kyiv now says")
    post = Post(source="t", channel="c", external_id="5", text="Russia also claimed the capture of Kurdiumivka.")
    assert {(c.actor.value if c.actor else None, c.claimant.value) for c in extract_claims(post, PLACES)} == {
        ("ru", "ru")
    }
    post = Post(
        source="t", channel="c", external_id="6", text="Kyiv now says Russian troops were driven out of Bakhmut."
    )
    assert {c.claimant.value for c in extract_claims(post, PLACES)} == {"ua"}
    # the side's people as a speaker ("the Russians claimed")
    post = Post(source="t", channel="c", external_id="7", text="The Russians also claimed they took Kurdiumivka.")
    assert {c.claimant.value for c in extract_claims(post, PLACES)} == {"ru"}
    # an aside before the verb, the defence ministry by its country, the armed forces' spokesperson
    for k, text in enumerate(
        [
            "Kiev, however, denied that Bakhmut had fallen.",
            "Однак у Міноборони України не підтверджують падіння Бахмута.",
            "Эту информацию о взятии Бахмута опровергли в украинском Министерстве обороны.",
            "A Ukrainian Armed Forces spokesperson denied that Russian troops captured Bakhmut.",
        ]
    ):
        post = Post(source="t", channel="c", external_id=f"8{k}", text=text)
        assert {c.claimant.value for c in extract_claims(post, PLACES) if c.kind.value == "denied"} == {"ua"}, text
    # a sentence naming no speaker goes on in the voice of the speaker before it, not of the one after it
    text = (
        "Ukraine's army said it retook Bakhmut. Kurdiumivka was also said to have been reclaimed. "
        "But Russian military bloggers wrote that fighting goes on."
    )
    post = Post(source="t", channel="c", external_id="9", text=text)
    found = {(c.name, c.kind.value, c.claimant.value) for c in extract_claims(post, PLACES)}
    assert ("Курдюмівка", "captured", "ua") in found


# A rebuttal said beside one's own statement («попри заяви», "despite claims") keeps that statement; a dash as a
# copula («X — під контролем») is no clause break.
REBUTTALS_BESIDE = [
    (
        "uk",
        "Вовчанськ — під контролем Сил оборони попри заяви росіян.",
        {("Вовчанськ", "captured", "ua"), ("Вовчанськ", "denied", "ru")},
    ),
    ("uk", "Вовчанськ — під контролем Сил оборони.", {("Вовчанськ", "captured", "ua")}),
    (
        "en",
        "Bakhmut remains under Ukrainian control despite Russian claims.",
        {("Бахмут", "repelled", "ua"), ("Бахмут", "denied", "ru")},
    ),
    (
        "ru",
        "Бахмут под контролем ВСУ вопреки заявлениям Минобороны России.",
        {("Бахмут", "captured", "ua"), ("Бахмут", "denied", "ru")},
    ),
]


# A list set off by dashes, then "still under control" after the closing dash: the dash is a copula there too (and
# "still" under control is a defence held).
DASHED_LISTS = [
    ("en", "The key towns — Bakhmut and Vovchansk — are still under Ukrainian control."),
    ("uk", "Ключові міста — Бахмут і Вовчанськ — досі під контролем Сил оборони."),
    ("ru", "Ключевые города — Бахмут и Волчанск — все еще под контролем ВСУ."),
]


@pytest.mark.parametrize(("lang", "text"), DASHED_LISTS)
def test_a_dashed_list_still_under_control(lang: str, text: str) -> None:
    assert claims_of(text) == {("Бахмут", "repelled", "ua"), ("Вовчанськ", "repelled", "ua")}


@pytest.mark.parametrize(("lang", "text", "expected"), REBUTTALS_BESIDE)
def test_a_rebuttal_beside_ones_own_statement(lang: str, text: str, expected: Expected) -> None:
    assert claims_of(text) == expected


# A sentence that opens by answering the one before («Проте», "However") is not the voice of the speaker named there.
def test_a_rejoinder_is_not_the_previous_speakers_voice() -> None:
    text = (
        "Путін оголосив Вовчанськ окупованим.\n\nПроте військові наголошують, що Вовчанськ під контролем Сил оборони."
    )
    post = Post(source="t", channel="c", external_id="1", text=text)
    said = {(c.kind.value, c.actor and c.actor.value, c.claimant.value) for c in extract_claims(post, PLACES)}
    assert ("captured", "ru", "ru") in said and ("captured", "ua", "ru") not in said


# A grey zone told as a past state describes the places; told now, answering a claim, it rebuts it.
def test_a_grey_zone_as_a_past_state_is_no_denial() -> None:
    text = "Тривають бої за села в прикордонні, які перебували фактично в сірій зоні, – Кліщіївка та Курдюмівка."
    assert claims_of(text, "ua") == {("Кліщіївка", "fighting", None), ("Курдюмівка", "fighting", None)}
    assert ("Бахмут", "denied", "ru") in claims_of("Бахмут у сірій зоні, заяви росіян про захоплення — брехня.", "ua")


# A sentence that calls the other side by a name only its enemies use («окупанти», «наші оборонці») speaks as that
# side's own report.
def test_names_only_a_sides_enemies_use_are_its_voice() -> None:
    post = Post(
        source="t", channel="c", external_id="1", text="Окупанти чотири рази атакували позиції біля Покровська."
    )
    assert [(c.claimant.value, c.actor and c.actor.value) for c in extract_claims(post, PLACES)] == [("ua", "ru")]
    post = Post(source="t", channel="c", external_id="2", text="Три атаки наші оборонці відбили біля Покровська.")
    assert [c.claimant.value for c in extract_claims(post, PLACES)] == ["ua"]


# The denier's side unknown: the gain the refuted statement names is the side denied.
def test_a_denial_by_an_unknown_side_denies_the_gain_it_names() -> None:
    assert claims_of("The spokesperson denied that Russia had seized control of the town of Bakhmut.") == {
        ("Бахмут", "denied", "ru")
    }


def test_owned_claim_is_the_owners() -> None:
    post = Post(
        source="t", channel="t", external_id="1", text="Речник спростував заяви Кремля про захоплення Куп’янська."
    )
    owned = [c for c in extract_claims(post, PLACES) if c.kind.value == "captured"]
    assert [(c.claimant.value, c.speaker) for c in owned] == [("ru", "Kremlin")]


def test_a_claim_owned_by_a_side_names_no_speaker() -> None:
    text = "Речник спростував заяви окупантів про захоплення Куп’янська."
    owned = [c for c in extract_claims(Post(source="t", channel="t", external_id="1", text=text), PLACES)]
    assert {(c.kind.value, c.claimant.value, c.speaker) for c in owned} == {
        ("captured", "ru", None),
        ("denied", "ua", "Ukrainian military spokesperson"),
    }


# Words that look like a claim's verb and are not («заходи» measures, «на заході» in the west), and the word forms
# of attempts gone nowhere and positions improved.
KL_HELD = ("Кліщіївка", "repelled", "ua")
BAKH_ADV_UA, KL_ADV_UA = ("Бахмут", "advanced", "ua"), ("Кліщіївка", "advanced", "ua")

WORD_FORMS = [
    ("uk", "Сили оборони проводять заходи біля Кліщіївки.", "ua", set()),  # measures, not entering
    ("uk", "Ситуація на заході Кліщіївки складна.", "ua", set()),  # in the west
    ("uk", "Ворог атакує з заходу від Кліщіївки.", "ua", {("Кліщіївка", "fighting", "ru")}),
    ("uk", "Росіяни заходили в Кліщіївку.", None, {("Кліщіївка", "advanced", "ru")}),
    ("ru", "ВСУ заходили в Клещеевку.", None, {("Кліщіївка", "advanced", "ua")}),
    ("uk", "Сили оборони продовжують контрударні заходи біля Кліщіївки.", "ua", {("Кліщіївка", "fighting", "ua")}),
    ("uk", "Окупанти зробили марну спробу покращити тактичне становище біля Кліщіївки.", "ua", {KL_HELD}),
    (
        "uk",
        "Нашим підрозділам вдалося покращити тактичне положення в Кліщіївці.",
        "ua",
        {("Кліщіївка", "advanced", "ua")},
    ),
    # the future is a promise, not a report: «будемо звільняти», «звільнимо», «освободим»
    ("uk", "Далі будемо йти звільняти Кліщіївку та Курдюмівку!", "ua", set()),
    ("uk", "Ми звільнимо Кліщіївку.", "ua", set()),
    ("ru", "Мы освободим Клещеевку.", "ru", set()),
    ("ru", "Мы будем освобождать Клещеевку.", "ru", set()),
    ("uk", "Наші війська звільнили Кліщіївку.", "ua", {("Кліщіївка", "captured", "ua")}),
    ("uk", "Українські війська опанували Кліщіївку.", None, {("Кліщіївка", "captured", "ua")}),  # took control of
    # a ring around a town is an encirclement: an advance
    ("uk", "Бахмут і Кліщіївка взяті в кільце Збройними силами України.", "ua", {BAKH_ADV_UA, KL_ADV_UA}),
    ("ru", "ВСУ взяли в кольцо Бахмут.", "ru", {BAKH_ADV_UA}),
    # the streets of a town are a part of it; a street named after a town is a street
    ("uk", "Росіяни захопили кілька вулиць Бахмута.", "ua", {("Бахмут", "advanced", "ru")}),
    ("en", "Russian forces captured several streets of Bakhmut.", None, {("Бахмут", "advanced", "ru")}),
    ("uk", "Ворог обстріляв вулицю Бахмутську у Кліщіївці.", "ua", set()),
    (
        "en",
        "The fights are about the villages of Bakhmut and Klishchiivka.",
        None,
        {BAKH_F, ("Кліщіївка", "fighting", None)},
    ),
    # intentions are no acts
    ("en", "The Russian invaders did not abandon their intentions to occupy Bakhmut.", None, set()),
    ("uk", "Ворог не відмовився від намірів захопити Бахмут.", "ua", set()),
    # a place lost is a withdrawal; a lost position as an attribute is what someone tries to regain
    ("uk", "Ворог втратив Кліщіївку.", "ua", {("Кліщіївка", "withdrew", "ru")}),
    ("uk", "Біля Кліщіївки противник здійснив невдалу спробу відновлення втраченого становища.", "ua", {KL_HELD}),
    ("uk", "Ворог намагався відновити втрачене становище біля Кліщіївки.", "ua", {("Кліщіївка", "fighting", "ru")}),
    # infiltrating a town is an advance (LABELING); routes of infiltration are no act
    ("uk", "Ворог просочується в Бахмут.", "ua", {("Бахмут", "advanced", "ru")}),
    ("ru", "Противник просочился в Бахмут.", "ru", {("Бахмут", "advanced", "ua")}),
    ("en", "Russian forces infiltrated Bakhmut.", None, {("Бахмут", "advanced", "ru")}),
    ("uk", "Шляхи інфільтрації ворога біля Бахмута блоковані.", "ua", set()),
    # positions abandoned near a place: a partial loss, a withdrawal (LABELING)
    ("ru", "Подразделения ВСУ бросают свои позиции под Бахмутом.", None, {("Бахмут", "withdrew", "ua")}),
    ("uk", "Ворог кидає свої позиції біля Кліщіївки.", "ua", {("Кліщіївка", "withdrew", "ru")}),
]


@pytest.mark.parametrize(("lang", "text", "side", "expected"), WORD_FORMS)
def test_word_forms_of_claims_and_their_look_alikes(lang: str, text: str, side: str | None, expected: Expected) -> None:
    assert claims_of(text, side) == expected


# "Liberated" before the places is background control (LABELING: captured) even in a sentence about civilians; a
# place called occupied in a sentence about strikes is not (the weak attributes).
LIBERATED_BACKGROUND = [
    (
        "uk",
        "Зі звільнених сіл Донецької області – Кліщіївки та Курдюмівки – евакуювали 30 цивільних.",
        "ua",
        {("Кліщіївка", "captured", "ua"), ("Курдюмівка", "captured", "ua")},
    ),
    (
        "en",
        "Police evacuated 30 civilians from the liberated villages of Klishchiivka and Kurdiumivka.",
        None,
        {("Кліщіївка", "captured", "ua"), ("Курдюмівка", "captured", "ua")},
    ),
    ("uk", "Ворог обстріляв окупований Бахмут, є загиблі цивільні.", "ua", set()),
]


@pytest.mark.parametrize(("lang", "text", "side", "expected"), LIBERATED_BACKGROUND)
def test_liberated_is_background_control_among_civilians(
    lang: str, text: str, side: str | None, expected: Expected
) -> None:
    assert claims_of(text, side) == expected


# The singular past («ворог залишив», «противник занял»): official reports name the enemy in the singular.
SINGULAR_PAST = [
    ("uk", "Ворог залишив Кліщіївку.", {("Кліщіївка", "withdrew", "ru")}),
    ("uk", "Ворог покинув Кліщіївку.", {("Кліщіївка", "withdrew", "ru")}),
    ("uk", "Ворог вийшов з Кліщіївки.", {("Кліщіївка", "withdrew", "ru")}),
    ("uk", "Ворог здав Кліщіївку.", {("Кліщіївка", "withdrew", "ru")}),
    ("uk", "Ворог зайняв Кліщіївку.", {("Кліщіївка", "captured", "ru")}),
    ("uk", "Ворог відбив Кліщіївку.", {("Кліщіївка", "captured", "ru")}),
    ("uk", "Ворог відвоював Кліщіївку.", {("Кліщіївка", "captured", "ru")}),
    ("uk", "Ворог забрав Кліщіївку.", {("Кліщіївка", "captured", "ru")}),  # colloquial, a name right after
    ("uk", "Ворог атакував Кліщіївку, волонтери забрали звідти людей.", {("Кліщіївка", "fighting", "ru")}),
    ("ru", "ВСУ забрали Клещеевку.", {("Кліщіївка", "captured", "ua")}),
    ("uk", "Ворог оточив Кліщіївку.", {("Кліщіївка", "advanced", "ru")}),
    ("ru", "ВСУ сдали Клещеевку.", {("Кліщіївка", "withdrew", "ua")}),
    ("uk", "Ворог зачистив Кліщіївку.", {("Кліщіївка", "captured", "ru")}),
    ("uk", "Ворог втік з Кліщіївки.", {("Кліщіївка", "withdrew", "ru")}),
    ("uk", "Ворог утримував Кліщіївку.", {("Кліщіївка", "repelled", "ru")}),
    ("ru", "Противник заняла Клещеевку.", {("Кліщіївка", "captured", "ua")}),  # a feminine subject's verb
    ("ru", "Противник отошёл из Клещеевки.", {("Кліщіївка", "withdrew", "ua")}),
    ("ru", "Противник вошла в Клещеевку.", {("Кліщіївка", "advanced", "ua")}),
]


@pytest.mark.parametrize(("lang", "text", "expected"), SINGULAR_PAST)
def test_the_singular_past_of_claim_verbs(lang: str, text: str, expected: Expected) -> None:
    assert claims_of(text, "ua" if lang == "uk" else None) == expected


def test_what_is_not_so_after_a_claim_denies_it() -> None:
    text = (
        "За логікою російської заяви, вони мали б захопити Курдюмівку, чого насправді немає, – зазначають у Генштабі."
    )
    post = Post(source="t", channel="c", external_id="1", text=text)
    assert ("denied", "ru") in {
        (c.kind.value, c.actor.value if c.actor else None) for c in extract_claims(post, PLACES)
    }
    text = "По логике российского заявления, они должны были взять Курдюмовку, чего на самом деле нет, сообщили в ВСУ."
    post = Post(source="t", channel="c", external_id="2", text=text)
    assert "denied" in {c.kind.value for c in extract_claims(post, PLACES)}
    # a pro-Russian former deputy speaks for the Russian side
    post = Post(
        source="t", channel="c", external_id="3", text="Бывший депутат Рады Олег Царев заявил о взятии Курдюмовки."
    )
    assert {c.claimant.value for c in extract_claims(post, PLACES)} == {"ru"}


def test_the_ukrainian_sides_words_in_russian_make_the_enemy_russia() -> None:
    """A Ukrainian outlet in Russian quoting an analyst: «враг оккупировал X» is Russia's capture (the enemy of the
    side whose words the text uses: «оккупировал», «Генштаб ВСУ», DeepState), not Ukraine's."""
    text = "Аналитики DeepState заявили, что враг оккупировал Курдюмовку. В Генштабе это отрицают."
    post = Post(source="t", channel="c", external_id="1", text=text)
    assert ("captured", "ru") in {
        (c.kind.value, c.actor.value if c.actor else None) for c in extract_claims(post, PLACES)
    }


def test_the_forces_leadership_speaks_for_its_side() -> None:
    text = "Керівництво ЗСУ спростовує заяви про захоплення Куп’янська, називаючи їх пропагандистською спробою."
    found = extract_claims(Post(source="t", channel="t", external_id="1", text=text), PLACES)
    assert {(c.kind.value, c.claimant.value, c.speaker) for c in found if c.kind.value == "denied"} == {
        ("denied", "ua", "Ukrainian military command")
    }


def test_a_denial_of_the_sentence_before_denies_the_gain_it_claimed() -> None:
    # no side named for the denial: the side whose capture the sentence before told
    text = "Минобороны России заявило о взятии Клещеевки. Однако эта информация не соответствует действительности."
    assert ("Кліщіївка", "denied", "ru") in claims_of(text, None)


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("Кліщіївку росіяни захопили хіба що на папері.", "ua"),
        ("Russia captured Klishchiivka only on paper.", None),
        ("Российские войска взяли Клещеевку только в своих мечтах.", "ua"),
    ],
)
def test_a_gain_only_in_dreams_or_on_paper_is_denied(text: str, side: str | None) -> None:
    assert claims_of(text, side) == {("Кліщіївка", "denied", "ru")}


def test_a_side_in_a_speakers_title_is_no_actor() -> None:
    # «Речник Сил оборони»: whom the spokesman speaks for, not the force that took the place
    text = "Речник Сил оборони спростував заяву російських пропагандистів про захоплення Кліщіївки."
    assert claims_of(text, None) == {("Кліщіївка", "denied", "ru"), ("Кліщіївка", "captured", "ru")}
    # the side on the next line after a name is no title
    text = "Заява Трегубова\nРосійські військові захопили Кліщіївку."
    assert ("Кліщіївка", "captured", "ru") in claims_of(text, None)


@pytest.mark.parametrize(
    "text",
    [
        "Речник ЗСУ заявив, що говорити про повне захоплення Кліщіївки некоректно.",
        "The Ukrainian military spokesman said it is incorrect to talk about the complete capture of Klishchiivka.",
        "Представитель ВСУ заявил, что некорректно говорить о полном захвате Клещеевки.",
    ],
)
def test_talk_of_a_capture_called_incorrect_is_a_denial(text: str) -> None:
    assert ("Кліщіївка", "denied", "ru") in claims_of(text, None)


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("Російські війська мають певні успіхи поблизу Кліщіївки.", "ua"),
        ("Российские войска имеют важные успехи у Клещеевки.", "ua"),
    ],
)
def test_successes_with_an_adjective_are_an_advance(text: str, side: str) -> None:
    assert claims_of(text, side) == {("Кліщіївка", "advanced", "ru")}
