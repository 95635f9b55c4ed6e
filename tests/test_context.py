"""Context a claim takes from its post: capitals standing for governments (metonymy), the speaker and claimant
carried across sentences, and background dated by the text (month-only dates). Tables of made-up uk/ru/en sentences."""

from __future__ import annotations

import re
from datetime import UTC, datetime

import pytest
from test_extract import FORMS, TinyPlaces, _s

from bot.core.claims.extract import extract_claims
from bot.models import Candidate, Mention, Post, Side

KYIV = _s("UA80000000000093317", "Київ", "Kyiv", "K")
SOLEDAR = _s("UA14020090010053316", "Соледар", "Soledar", "M")
MORE_FORMS = [
    (r"Ки[їє]в\w*|Киев\w*|Kyiv|Kiev", (KYIV,)),
    (r"Соледар\w*|Soledar", (SOLEDAR,)),
]


class ContextPlaces(TinyPlaces):
    """The tiny resolver, and Kyiv and Soledar."""

    def find_places(self, text: str) -> list[Mention]:
        mentions = super().find_places(text)
        for pattern, settlements in MORE_FORMS:
            for m in re.finditer(rf"(?<!\w)(?:{pattern})", text):
                mentions.append(Mention(m.span(), m.group(), tuple(Candidate(s, 0.95) for s in settlements)))
        return sorted(mentions, key=lambda x: x.span)


PLACES = ContextPlaces()
assert FORMS  # the tiny resolver's own names stay known


def claims(text: str, side: str | None = None, date: datetime | None = None) -> list:  # type: ignore[type-arg]
    post = Post(source="t", channel="t", external_id="1", text=text, side=Side(side) if side else None, date=date)
    return extract_claims(post, PLACES)


def triples(text: str, side: str | None = None) -> set[tuple[str, str, str | None, str]]:
    return {(c.name, c.kind.value, c.actor.value if c.actor else None, c.claimant.value) for c in claims(text, side)}


# --- 5. metonymy: a capital that stands for its government is a claimant, not a place ------------------------

METONYMY = [
    (
        "uk",
        "Київ спростовує твердження, що російські війська захопили Кліщіївку.",
        {("Кліщіївка", "denied", "ru", "ua")},
    ),
    ("uk", "Київ заперечує, що російські війська захопили Курдюмівку.", {("Курдюмівка", "denied", "ru", "ua")}),
    (
        "ru",
        "В Кремле заявили о взятии Курдюмовки, в Киеве это отрицают.",
        {("Курдюмівка", "captured", "ru", "ru"), ("Курдюмівка", "denied", "ru", "ua")},
    ),
    ("uk", "Генштаб не заперечує, що ворог увійшов у Роботине.", {("Роботине", "advanced", "ru", "ua")}),
    ("en", "Kyiv troops withdrew from Avdiivka, the General Staff said.", {("Авдіївка", "withdrew", "ua", "ua")}),
    ("en", "Kyiv's forces have retaken Robotyne.", {("Роботине", "captured", "ua", "other")}),  # the press narrates
    (
        "en",
        "Russia said its troops captured Kurdiumivka. Kyiv has not issued any response.",
        {("Курдюмівка", "captured", "ru", "ru")},
    ),
    ("en", "Kyiv said on Friday that its units had liberated Klishchiivka.", {("Кліщіївка", "captured", "ua", "ua")}),
    ("ru", "В Кремле заявили, что российские войска освободили Курдюмовку.", {("Курдюмівка", "captured", "ru", "ru")}),
    ("ru", "Официальный Киев опроверг сообщения о взятии Авдеевки.", {("Авдіївка", "denied", "ru", "ua")}),
    ("uk", "У Кремлі заявили, що російські війська звільнили Курдюмівку.", {("Курдюмівка", "captured", "ru", "ru")}),
    ("en", "Moscow claimed its troops had taken full control of Avdiivka.", {("Авдіївка", "captured", "ru", "ru")}),
    ("en", "Washington said Ukrainian forces had retaken Robotyne.", {("Роботине", "captured", "ua", "other")}),
    (
        "en",
        "Kyiv refutes Russia's claims of capturing Klishchiivka.",
        {("Кліщіївка", "denied", "ru", "ua"), ("Кліщіївка", "captured", "ru", "ru")},
    ),
    # the capital as a place still is one
    ("en", "In March Russian forces withdrew from the outskirts of Kyiv.", {("Київ", "withdrew", "ru", "other")}),
    # "a success for Kyiv" is the government's, not the city; the battle for it is the city
    ("en", "Ukraine liberated Robotyne, a success for Kyiv.", {("Роботине", "captured", "ua", "other")}),
    ("en", "The battle for Kyiv goes on.", {("Київ", "fighting", None, "other")}),
    # an adverb between the capital and its verb
    (
        "en",
        "Kyiv meanwhile refuted the claims, saying that Russia was still trying to take Robotyne.",
        {("Роботине", "denied", "ru", "ua")},
    ),
    # the capital leaving places is its army
    (
        "en",
        "The withdrawal has now also seen Kyiv leave Robotyne.",
        {("Роботине", "withdrew", "ua", "other")},
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), METONYMY)
def test_capitals_as_governments_are_claimants(lang: str, text: str, expected: set[tuple[str, ...]]) -> None:
    assert triples(text) == expected


# --- 7. the speaker and claimant of a sentence that names none: carried from its neighbours --------------------

SPEAKERS = [
    # a pronoun or a title refers back to the speaker named last (the subject of the sentence that names them)
    (
        "uk",
        "Сирський виступив на телебаченні. «Ми звільнили Кліщіївку. Ворог відступив», – наголосив він. "
        "Пушилін це заперечує.",
        ("Кліщіївка", "captured", "ua"),
        ("ua", "Syrskyi"),
    ),
    (
        "ru",
        "Пушилин выступил по телевидению после заявления Сырского. По его словам, российские войска освободили "
        "Курдюмовку.",
        ("Курдюмівка", "captured", "ru"),
        ("ru", "Pushilin"),
    ),
    (
        "en",
        "Pushilin spoke on television after a statement by Syrskyi. "
        "Russian forces have liberated Kurdiumivka, he said.",
        ("Курдюмівка", "captured", "ru"),
        ("ru", "Pushilin"),
    ),
    # «Про це повідомив X», "This was reported by X": the statement before is X's
    (
        "uk",
        "Пушилін вчора знову говорив про наступ.\n\nСили оборони відбили атаки ворога біля Роботиного. Ситуація "
        "складна, але контрольована. Про це повідомив Волошин.",
        ("Роботине", "repelled", "ua"),
        ("ua", "Voloshyn"),
    ),
    (
        "ru",
        "Сырский вчера снова говорил об обороне.\n\nРоссийские войска освободили Курдюмовку. Противник отступил. "
        "Об этом сообщил Марочко.",
        ("Курдюмівка", "captured", "ru"),
        ("ru", "Marochko"),
    ),
    # titles of either side's officials
    (
        "uk",
        "Окупанти просунулися в центрі Покровська, заявив начальник Покровської міської військової адміністрації.",
        ("Покровськ", "advanced", "ru"),
        ("ua", "Ukrainian official"),
    ),
    (
        "ru",
        "Российские войска освободили Курдюмовку, заявил заместитель главы ДНР.",
        ("Курдюмівка", "captured", "ru"),
        ("ru", "occupation authorities"),
    ),
    (
        "en",
        "The British Defence Ministry said Russian forces had captured Avdiivka.",
        ("Авдіївка", "captured", "ru"),
        ("other", "foreign officials"),
    ),
    (
        "uk",
        "Росджерела стверджують, що окупанти зайшли в Авдіївку.",
        ("Авдіївка", "advanced", "ru"),
        ("ru", "Russian milbloggers"),
    ),
    # the owner of a claim that is reported or refuted does not speak («заяви Кремля», "reports from the Kremlin")
    (
        "uk",
        "Наші захисники утримують позиції біля Кліщіївки, спростовуючи заяви Кремля про захоплення села.",
        ("Кліщіївка", "denied", "ru"),
        ("ua", None),
    ),
    (  # the press reports the refutation: the denied claim is still the owner's
        "uk",
        "Українські військові утримують позиції біля Кліщіївки, спростовуючи заяви Кремля про захоплення села.",
        ("Кліщіївка", "denied", "ru"),
        ("other", None),
    ),
    (
        "en",
        "The General Staff said reports from the Kremlin about the capture of Kurdiumivka are false.",
        ("Курдюмівка", "denied", "ru"),
        ("ua", "General Staff"),
    ),
    # a person a title introduces by name speaks for the title's side wherever the surname comes again
    (
        "ru",
        "Об обстановке рассказал глава администрации ДНР Иван Петренков. Сырский это опроверг. "
        "Российские войска освободили Курдюмовку, повторил Петренков.",
        ("Курдюмівка", "captured", "ru"),
        ("ru", "Петренков"),
    ),
    (
        "uk",
        "Ситуацію прокоментував начальник міської військової адміністрації Василь Гончук. Пушилін заявив інше. "
        "Сили оборони відбили атаку біля Роботиного, наголосив Гончук.",
        ("Роботине", "repelled", "ua"),
        ("ua", "Гончук"),
    ),
    # a side's forces named as the source ("as noted by the Ukrainian military", «за даними українських військових»)
    (
        "en",
        "As noted by the Ukrainian military, Russian troops attacked near Kurdiumivka 12 times.",
        ("Курдюмівка", "fighting", "ru"),
        ("ua", "Ukraine"),
    ),
    (
        "ru",
        "По данным украинских военных, российские войска продвинулись в Работино.",
        ("Роботине", "advanced", "ru"),
        ("ua", "Ukraine"),
    ),
    # a side's own report passed on with no name: «противник», «наші захисники»
    (
        "uk",
        "Противник атакував позиції наших захисників у районі Кліщіївки, успіху не мав.",
        ("Кліщіївка", "repelled", "ua"),
        ("ua", None),
    ),
    (
        "ru",
        "Противник предпринял атаку в районе Клещеевки, атака отражена.",
        ("Кліщіївка", "repelled", "ru"),
        ("ru", None),
    ),
    # a person named by a title of a side's forces, in a Russian-language text quoting a Ukrainian officer
    (
        "ru",
        "«Противник штурмует Клещеевку, но штурмы терпят неудачу», — отметил Иван Петренко, спикер корпуса ДШВ ВСУ.",
        ("Кліщіївка", "repelled", "ua"),
        ("ua", "Ukrainian military"),
    ),
    (
        "uk",
        "Командир роти 47-ї бригади ЗСУ Іван Петренко заявив, що ворог атакує Кліщіївку.",
        ("Кліщіївка", "fighting", "ru"),
        ("ua", "Петренко"),
    ),
    (
        "ru",
        "Представитель группировки войск «Север» заявил, что российские войска продвинулись в Клещеевке.",
        ("Кліщіївка", "advanced", "ru"),
        ("ru", "Russian military"),
    ),
    # a Ukrainian brigade by its abbreviation («110-я ОМБр»), in a Russian-language text
    (
        "ru",
        "110-я ОМБр под Клещеевкой частью сбежала с позиций.",
        ("Кліщіївка", "withdrew", "ua"),
        ("other", None),
    ),
    # DeepState written in two words, beside the post's own speaker
    (
        "uk",
        "Речник ЗСУ розповів про ситуацію. За картою Deep State, Кліщіївка під контролем рф.",
        ("Кліщіївка", "captured", "ru"),
        ("other", "DeepState"),
    ),
    # an adjective of the title's stem is no title («офицерский состав бригады ВСУ»)
    (
        "ru",
        "Село покидает офицерский состав бригады ВСУ. Клещеевка давно занята российскими войсками.",
        ("Кліщіївка", "captured", "ru"),
        ("other", None),
    ),
    # a side's command named after its verb («..., заявило українське командування»)
    (
        "uk",
        "Ворог атакував Кліщіївку, заявило українське командування.",
        ("Кліщіївка", "fighting", "ru"),
        ("ua", "Ukraine"),
    ),
    # Ukraine's operational commands speak for Ukraine, after another speaker
    (
        "uk",
        "Російські ЗМІ пишуть про бої. В оперативному командуванні «Схід» заявили, що ворог атакував Кліщіївку.",
        ("Кліщіївка", "fighting", "ru"),
        ("ua", "Ukrainian operational command"),
    ),
    (
        "en",
        "Russian media reported heavy fighting. Operational Command South said Russian troops attacked Klishchiivka.",
        ("Кліщіївка", "fighting", "ru"),
        ("ua", "Ukrainian operational command"),
    ),
]


@pytest.mark.parametrize(("lang", "text", "claim", "claimant"), SPEAKERS)
def test_speaker_and_claimant_carry_across_sentences(
    lang: str, text: str, claim: tuple[str, str, str], claimant: tuple[str, str | None]
) -> None:
    found = {(c.name, c.kind.value, c.actor.value if c.actor else None): c for c in claims(text)}
    assert claim in found, found
    assert (found[claim].claimant.value, found[claim].speaker) == claimant


def test_a_pronoun_with_no_speaker_named_before_carries_nothing() -> None:
    [claim] = claims("Ukrainian forces have liberated Klishchiivka, he said.")
    assert (claim.claimant, claim.speaker) == (Side.OTHER, None)


# --- 4. background and history: claims dated to the month the text gives, never to the post's day --------------

POSTED = datetime(2024, 3, 10, 9, 0, tzinfo=UTC)
BACKGROUND = [
    ("en", "Fighting continues near Soledar, which Russian forces took in January 2023.", {"Соледар": "2023-01"}),
    ("uk", "У травні 2023 року окупанти захопили Бахмут.", {"Бахмут": "2023-05"}),
    ("uk", "Соледар, захоплений росіянами в січні, досі під вогнем.", {"Соледар": "2024-01"}),  # the latest January
    ("uk", "Окупанти захопили Соледар у грудні.", {"Соледар": "2023-12"}),  # December of a March post: last year's
    ("ru", "Российские войска заняли Авдеевку в феврале, сообщил Пушилин.", {"Авдіївка": "2024-02"}),
    ("ru", "Бахмут был взят российскими войсками 20 мая 2023 года.", {"Бахмут": "2023-05-20"}),
    (
        "en",
        "Pokrovsk became more exposed after the fall of Avdiivka in February and of Kurdiumivka in December 2023.",
        {"Авдіївка": "2024-02", "Курдюмівка": "2023-12"},  # each place of a list takes the date right after it
    ),
    ("en", "Russian forces captured Avdiivka.", {"Авдіївка": None}),  # undated: not the post's day either
]


@pytest.mark.parametrize(("lang", "text", "dates"), BACKGROUND)
def test_background_claims_are_dated_by_the_text(lang: str, text: str, dates: dict[str, str | None]) -> None:
    found = {c.name: c.when for c in claims(text, date=POSTED) if c.kind.value == "captured"}
    assert found == dates


HELD = [
    ("en", "Ukrainian forces are fighting near Russian-held Donetsk.", ("Донецьк", "captured", "ru")),
    ("en", "Bakhmut lies some 20 km from the Russian-controlled city of Donetsk.", ("Донецьк", "captured", "ru")),
    ("uk", "Бої точилися біля підконтрольного росіянам Донецька.", ("Донецьк", "captured", "ru")),
    ("ru", "Бои шли рядом с подконтрольной Киеву Авдеевкой.", ("Авдіївка", "captured", "ua")),
    ("uk", "Нагадаємо, що Авдіївка перебуває під окупацією з лютого.", ("Авдіївка", "captured", "ru")),
    ("ru", "Авдеевка находится под оккупацией с февраля.", ("Авдіївка", "captured", "ru")),
    ("en", "Shelling hit Ukrainian-held Kupiansk on Monday.", None),  # an attribute in a sentence about strikes
    ("en", "The Ukrainian-held town of Kupiansk came under attack.", ("Куп’янськ", "captured", "ua")),
]


@pytest.mark.parametrize(("lang", "text", "claim"), HELD)
def test_a_side_held_place_is_captured_by_that_side_and_only_that_place(
    lang: str, text: str, claim: tuple[str, str, str] | None
) -> None:
    found = {(c.name, c.kind.value, c.actor.value if c.actor else None) for c in claims(text)}
    captured = {f for f in found if f[1] == "captured"}
    assert captured == ({claim} if claim else set())


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        ("Бои идут в районах Андреевки, Грековки и Макеевки.", []),  # the village named after a Grekov
        ("Бої тривають біля Рогового та Волошиного.", []),
        ("Об этом сообщил Греков.", ["Grekov"]),
        ("Про це сказав Волошин.", ["Voloshyn"]),
    ],
)
def test_a_speakers_name_ending_as_a_settlement_is_the_place(text: str, speakers: list[str]) -> None:
    from bot.core.claims.phrases import find_speakers

    assert [s.name for s in find_speakers(text)] == speakers
