"""Rebuttals that call a claim a lie or an invention, a loss told by a short participle and a full stop glued to the
next sentence, on made-up sentences (issue 10, classes 6 and 7)."""

from __future__ import annotations

import pytest

from bot.core.claims.extract import extract_claims
from bot.core.claims.sentences import split_sentences
from bot.models import Post
from tests.test_extract import PLACES, claims_of

Expected = set[tuple[str, str, str | None]]
WithClaimant = set[tuple[str, str, str | None, str]]


def claimed_by(text: str) -> WithClaimant:
    """The claims of a post with no side of its own, with their claimants."""
    post = Post(source="test", channel="t", external_id="1", text=text)
    return {
        (c.name, c.kind.value, c.actor.value if c.actor else None, c.claimant.value)
        for c in extract_claims(post, PLACES)
    }


KUP_DENIED = ("Куп’янськ", "denied", "ru")

# A claim called a lie or an invention («забрехалися про захоплення X», «выдуманная реальность», "lied about the
# capture of X", "fabricated claims"): a rebuttal of the side whose gain it claimed.
LIES = [
    ("uk", "Росіяни забрехалися про захоплення Куп'янська, в місті лише кілька окупантів.", "ua", {KUP_DENIED}),
    ("uk", "Їхні заяви про захоплення Куп'янська – це вигадана реальність, наголосив речник.", "ua", {KUP_DENIED}),
    ("ru", "Их заявления о захвате Купянска - это выдуманная реальность, подчеркнул спикер ВСУ.", "ua", {KUP_DENIED}),
    ("ru", "Спикер назвал лживыми заявления о захвате Купянска.", "ua", {KUP_DENIED}),
    ("en", "Russia lied about the capture of Kupiansk, the spokesman said.", "ua", {KUP_DENIED}),
]


@pytest.mark.parametrize(("lang", "text", "side", "expected"), LIES)
def test_a_claim_called_a_lie_is_rebutted(lang: str, text: str, side: str | None, expected: Expected) -> None:
    assert claims_of(text, side) == expected


# No grounds to say so («немає підстав говорити, що ворог захопив X», "no grounds to say"): the claim unfounded.
UNFOUNDED = [
    ("uk", "Немає підстав говорити, що ворог захопив Куп'янськ, наголосив речник.", "ua", {KUP_DENIED}),
    ("ru", "Нет оснований утверждать, что противник захватил Купянск, заявил спикер ВСУ.", "ua", {KUP_DENIED}),
    (
        "en",
        "There are no grounds to say that Russian forces captured Kupiansk, the spokesman said.",
        "ua",
        {KUP_DENIED},
    ),
]


@pytest.mark.parametrize(("lang", "text", "side", "expected"), UNFOUNDED)
def test_a_claim_said_to_have_no_grounds_is_rebutted(
    lang: str, text: str, side: str | None, expected: Expected
) -> None:
    assert claims_of(text, side) == expected


# A loss told by the short participle as the predicate («Работино потеряно»), not by the adjective («потерянные
# позиции ... восстановлены»).
LOST = [
    ("ru", "Сегодня Работино де-факто потеряно.", "ua", {("Роботине", "withdrew", "ua")}),
    ("ru", "Потерянные позиции у Работино восстановлены.", "ru", set()),
]


@pytest.mark.parametrize(("lang", "text", "side", "expected"), LOST)
def test_a_loss_by_its_short_participle(lang: str, text: str, side: str | None, expected: Expected) -> None:
    assert claims_of(text, side) == expected


def test_a_full_stop_glued_to_the_next_sentence_ends_it() -> None:
    text = "Войска взяли поселок у реки Оскол.Издание отмечает, что Киев пытался это скрыть. В районе н.п.Курахове бои."
    assert [text[a:b] for a, b in split_sentences(text)] == [
        "Войска взяли поселок у реки Оскол.",
        "Издание отмечает, что Киев пытался это скрыть.",
        " В районе н.п.Курахове бои.",
    ]


# An infiltration stopped («удалось пресечь проникновение ДРГ в село X», «зупинили проникнення ДРГ у X»): the side
# that stopped it holds X; «небольшое село» is no sky held; invaders («захватчики») are Russia's forces.
STOPPED_AND_TAKEN = [
    (
        "ru",
        "Украинским военным удалось пресечь проникновение российской ДРГ в небольшое село Клещеевка.",
        None,
        {("Кліщіївка", "repelled", "ua")},
    ),
    ("uk", "Сили оборони зупинили проникнення російської ДРГ у Кліщіївку.", None, {("Кліщіївка", "repelled", "ua")}),
    ("ru", "Захватчики взяли под контроль небольшой поселок Клещеевка.", None, {("Кліщіївка", "captured", "ru")}),
]


@pytest.mark.parametrize(("lang", "text", "side", "expected"), STOPPED_AND_TAKEN)
def test_an_infiltration_stopped_and_the_invaders(lang: str, text: str, side: str | None, expected: Expected) -> None:
    assert claims_of(text, side) == expected


# An encirclement told of a place with no side named («X в оточенні», "X is encircled") is an advance of the side
# that closed the ring (the press's default: Russia's); negated («Покровськ — не в оточенні», «Покровск не окружен»,
# "X is not encircled") it rebuts that claim. A side named before is the one in the ring.
RINGS = [
    ("uk", "Покровськ — не в оточенні, заявив головнокомандувач.", "ua", {("Покровськ", "denied", "ru")}),
    ("ru", "Покровск не окружен противником, заявил Сырский.", None, {("Покровськ", "denied", "ru")}),
    ("en", "Pokrovsk is not encircled, the commander said.", None, {("Покровськ", "denied", "ru")}),
    ("uk", "Покровськ в оточенні, визнав військовий.", "ua", {("Покровськ", "advanced", "ru")}),
    ("ru", "Российские подразделения в окружении в Покровске.", None, {("Покровськ", "advanced", "ua")}),
    ("en", "Russian forces have not encircled Pokrovsk.", None, {("Покровськ", "repelled", "ua")}),
]


@pytest.mark.parametrize(("lang", "text", "side", "expected"), RINGS)
def test_encirclements_and_their_rebuttals(lang: str, text: str, side: str | None, expected: Expected) -> None:
    assert claims_of(text, side) == expected


# Who rebuts: a side's command named in English ("the Ukrainian eastern command has refuted"), a unit of Ukraine's
# forces the rebuttal was said in, after its verb and date («..., що спростували 31 грудня в 1-му корпусі НГУ
# «Азов»»: the speaker opening at the phrase speaks it, and the quoted unit name is no place).
REBUTTERS = [
    # the Joint Forces, the message a side speaks in («йдеться в повідомленні»), Ukraine's forces as the subject
    (
        "uk",
        "Російські війська не контролюють Покровськ, йдеться в повідомленні Угруповання об’єднаних сил.",
        {("Покровськ", "denied", "ru", "ua")},
    ),
    (
        "ru",
        "Российские войска не контролируют Покровск, сказано в сообщении Группировки объединенных сил.",
        {("Покровськ", "denied", "ru", "ua")},
    ),
    (
        "uk",
        "ЗСУ спростували заяви Кремля про захоплення Покровська.",
        {("Покровськ", "captured", "ru", "ru"), ("Покровськ", "denied", "ru", "ua")},
    ),
    # the enemy said to be absent («там немає ворога», «нет ни одного вражеского солдата», "no Russian troops in X")
    (
        "uk",
        "У Покровську ситуація стабільна – там немає ворога, заявив речник ЗСУ.",
        {("Покровськ", "denied", "ru", "ua")},
    ),
    (
        "ru",
        "Российские войска заявили о штурме, но в Покровске нет ни одного вражеского солдата, заявили в ВСУ.",
        {("Покровськ", "denied", "ru", "ua")},
    ),
    (
        "en",
        "There are no Russian troops in Pokrovsk, a Ukrainian military spokesman said.",
        {("Покровськ", "denied", "ru", "ua")},
    ),
    # a capture "in dreams", no side named: the speaker mocks the enemy's claim
    (
        "ru",
        "К населенным пунктам, «захваченным» в мечтах, добавился Покровск, сказали в Генштабе ВСУ.",
        {("Покровськ", "denied", "ru", "ua")},
    ),
    (
        "en",
        "The Ukrainian eastern command has refuted Russia's claims of capturing Pokrovsk.",
        {("Покровськ", "captured", "ru", "ru"), ("Покровськ", "denied", "ru", "ua")},
    ),
    (
        "uk",
        "Російське Міноборони заявило про захоплення Покровська, що спростували 31 грудня в 1-му корпусі НГУ «Азов».",
        {("Покровськ", "captured", "ru", "ru"), ("Покровськ", "denied", "ru", "ua")},
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), REBUTTERS)
def test_the_side_that_rebuts(lang: str, text: str, expected: WithClaimant) -> None:
    assert claimed_by(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "«Росіяни намагаються проникнути в Покровськ», – сказав речник. Нагадаємо, що ЗСУ зачистили Покровськ.",
        "«Русские пытаются проникнуть в Покровск», – сказал спикер. Напомним, что ВСУ зачистили Покровск.",
        '"The Russians keep trying to get into Pokrovsk," the spokesman said. Recall that Ukrainian forces cleared '
        "Pokrovsk.",
    ],
)
def test_the_outlets_reminder_is_its_own_voice(text: str) -> None:
    """«Нагадаємо, що ...», «Напомним», "Recall that": the outlet reminds, not the speaker before."""
    assert {(kind, claimant) for _, kind, _, claimant in claimed_by(text) if kind == "captured"} == {
        ("captured", "other")
    }


# "Fighting continues in X" told by one side after a capture of X claimed for the other (LABELING: denied, actor the
# side whose capture it answers); told by the side that claimed nothing before, it stays fighting.
ANSWERS = [
    (
        "en",
        "Russia claimed that the village of Pokrovsk was also taken. Zelensky said on Saturday that fighting was "
        "continuing in Pokrovsk and Kurdiumivka.",
        {
            ("Покровськ", "captured", "ru", "ru"),
            ("Покровськ", "denied", "ru", "ua"),
            ("Курдюмівка", "fighting", None, "ua"),
        },
    ),
    (
        "uk",
        "Міноборони РФ заявило про захоплення Покровська. У Генштабі ЗСУ заявили, що бої в Покровську тривають.",
        {("Покровськ", "captured", "ru", "ru"), ("Покровськ", "denied", "ru", "ua")},
    ),
    (
        "ru",
        "Минобороны РФ заявило о взятии Покровска. В Генштабе ВСУ заявили, что бои в Покровске продолжаются.",
        {("Покровськ", "captured", "ru", "ru"), ("Покровськ", "denied", "ru", "ua")},
    ),
    ("uk", "У Генштабі ЗСУ заявили, що бої в Покровську тривають.", {("Покровськ", "fighting", None, "ua")}),
]


@pytest.mark.parametrize(("lang", "text", "expected"), ANSWERS)
def test_fighting_that_answers_a_capture(lang: str, text: str, expected: WithClaimant) -> None:
    assert claimed_by(text) == expected


# A rebuttal told by a participle beside the speaker's own statement («спростовуючи заяву», «опровергая
# заявление», "dismissing a statement", "rejecting claims"): the claim it answers is denied.
KUP_HELD = ("Куп’янськ", "repelled", "ua", "ua")
REBUTTING_PARTICIPLES = [
    (
        "uk",
        "Українські військові заявили, що утримують Куп'янськ, спростовуючи заяву росіян про його захоплення.",
        {KUP_HELD, (*KUP_DENIED, "ua")},
    ),
    (
        "ru",
        "ВСУ заявили, что удерживают Купянск, опровергая заявление российских командиров о его захвате.",
        {KUP_HELD, (*KUP_DENIED, "ua")},
    ),
    (
        "en",
        "Ukraine’s military said its forces held Kupiansk, dismissing a statement by Russian commanders that they "
        "had seized it.",
        {KUP_HELD, (*KUP_DENIED, "ua")},
    ),
    (
        "en",
        "Ukraine’s military said its forces held Kupiansk, rejecting Russian claims that Russian troops had captured "
        "the town.",
        {KUP_HELD, (*KUP_DENIED, "ua"), ("Куп’янськ", "captured", "ru", "ru")},
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), REBUTTING_PARTICIPLES)
def test_a_rebutting_participle_denies_the_claim(lang: str, text: str, expected: WithClaimant) -> None:
    assert claimed_by(text) == expected


# English set with the typographic apostrophe (’) as much as the plain one: a speaker «Russia’s Defense Ministry»
# with an adverbial before its verb, a negation «haven’t», «couldn’t confirm» (the other languages have no such
# contraction; their rows keep the same claims).
APOSTROPHES = [
    (
        "en",
        "Russia’s Defense Ministry on Monday said Kupiansk had been liberated.",
        {("Куп’янськ", "captured", "ru", "ru")},
    ),
    (
        "en",
        "Ukraine’s military on Friday said Russian forces had entered Kupiansk.",
        {("Куп’янськ", "advanced", "ru", "ua")},
    ),
    # the force as the subject of its act is no speaker ("Ukraine’s military withdrew ..., the ministry said")
    (
        "en",
        "Ukraine’s military withdrew from Kupiansk, the Russian defence ministry said.",
        {("Куп’янськ", "withdrew", "ua", "ru")},
    ),
    ("en", "Russian troops haven’t entered Kupiansk, the spokesman said.", {("Куп’янськ", "repelled", "ua", "other")}),
    ("en", "Russian troops couldn’t confirm the capture of Kupiansk.", {("Куп’янськ", "denied", "ru", "other")}),
    ("ru", "Минобороны России в понедельник заявило, что Купянск освобождён.", {("Куп’янськ", "captured", "ru", "ru")}),
    ("uk", "Міноборони Росії в понеділок заявило, що Куп'янськ звільнено.", {("Куп’янськ", "captured", "ru", "ru")}),
]


@pytest.mark.parametrize(("lang", "text", "expected"), APOSTROPHES)
def test_typographic_apostrophes_in_speakers_and_negations(lang: str, text: str, expected: WithClaimant) -> None:
    assert claimed_by(text) == expected


# A claim not confirmed is silence, no claim either way (LABELING: "has not confirmed" -> no claim), unless a reason
# is given beside it (fighting goes on, «зазначаючи», "saying ..."): then a rebuttal.
SILENCES = [
    ("uk", "Міноборони Росії інформацію про звільнення Куп'янська не підтверджувало.", set()),
    ("ru", "Минобороны России информацию об освобождении Купянска не подтверждали.", set()),
    ("en", "Russia's defence ministry has not confirmed the loss of Kupiansk.", set()),
    # no mention made is silence whatever follows it
    ("uk", "Генштаб ЗСУ про втрату Куп'янська не повідомляє, проте інформує про бої.", set()),
    ("ru", "Генштаб ВСУ не сообщает о потере Купянска.", set()),
    ("en", "Ukraine's General Staff made no mention of Kupiansk falling into Russian hands.", set()),
    (
        "uk",
        "У Генштабі ЗСУ не підтверджують захоплення Куп'янська, зазначаючи, що в місті тривають бої.",
        {(*KUP_DENIED, "ua")},
    ),
    (
        "ru",
        "В Генштабе ВСУ не подтверждают захват Купянска, отмечая, что в городе продолжаются бои.",
        {(*KUP_DENIED, "ua")},
    ),
    (
        "en",
        "Ukraine's General Staff did not confirm the capture of Kupiansk, saying fighting continued in the town.",
        {(*KUP_DENIED, "ua")},
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), SILENCES)
def test_a_claim_not_confirmed_is_silence_unless_a_reason_is_given(
    lang: str, text: str, expected: WithClaimant
) -> None:
    assert claimed_by(text) == expected
