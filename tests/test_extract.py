"""extract_claims on tables of our own uk / ru / en sentences, with a tiny stand-in resolver."""

from __future__ import annotations

import re
from datetime import UTC, datetime

import pytest

from bot.core.claims.extract import extract_claims
from bot.core.claims.sentences import split_sentences
from bot.models import Candidate, Kind, Mention, Post, Settlement, Side


def _s(
    code: str, name: str, latin: str, category: str = "C", lat: float | None = None, lon: float | None = None
) -> Settlement:
    return Settlement(
        code=code,
        category=category,
        name=name,
        name_latin=latin,
        oblast="Донецька",
        raion="",
        hromada="",
        lat=lat,
        lon=lon,
    )


KLISH = _s("UA14020010120064151", "Кліщіївка", "Klishchiivka")
ANDR = _s("UA14020010030085322", "Андріївка", "Andriivka", lat=48.50, lon=37.97)  # south of Bakhmut
ANDR2 = _s("UA63120270010096107", "Андріївка", "Andriivka", lat=49.53, lon=36.93)  # Kharkiv oblast
KURD = _s("UA14020110030015949", "Курдюмівка", "Kurdiumivka")
BAKH = _s("UA14020010010059145", "Бахмут", "Bakhmut", "M", 48.595, 38.000)
AVD = _s("UA14160010010073615", "Авдіївка", "Avdiivka", "M")
ROB = _s("UA23100270150025192", "Роботине", "Robotyne")
POKR = _s("UA14160210010099403", "Покровськ", "Pokrovsk", "M")
VOVCH = _s("UA63140010010035757", "Вовчанськ", "Vovchansk", "M")
KUP = _s("UA63080090010026457", "Куп’янськ", "Kupiansk", "M")
DONETSK = _s("UA14080010010086420", "Донецьк", "Donetsk", "M")

FORMS: list[tuple[str, tuple[Settlement, ...]]] = [
    (r"Кліщіїв\w*|Клещеевк\w*|Klishchiivk\w*|Kleshcheyevk\w*", (KLISH,)),
    (r"Курдюм\w*|Kurdyumovk\w*|Kurdiumivk\w*", (KURD,)),
    (r"Бахмут\w*|Артемовск\w*|Bakhmut\w*", (BAKH,)),
    (r"Авдіїв\w*|Авдеевк\w*|Avdiivk\w*|Avdiyivk\w*", (AVD,)),
    (r"Роботин\w*|Работин\w*|Robotyne|Rabotino", (ROB,)),
    (r"Покровськ\w*|Покровск\w*|Pokrovsk", (POKR,)),
    (r"Вовчанськ\w*|Волчанск\w*|Vovchansk", (VOVCH,)),
    (r"Куп'янськ\w*|Куп’янськ\w*|Купянск\w*|Kupiansk|Kupyansk", (KUP,)),
    (r"Донецьк\w*|Донецк\w*|Donetsk", (DONETSK,)),  # also the oblast adjective: must be filtered
]
AMBIGUOUS = r"Андріїв\w*|Андреевк\w*|Andriivk\w*"


class TinyPlaces:
    """A stand-in resolver over a handful of settlements; Андріївка stays ambiguous unless `andriivka` is set."""

    def __init__(self, andriivka: Settlement | None = ANDR) -> None:
        self.andriivka = andriivka

    def find_places(self, text: str) -> list[Mention]:
        mentions = []
        for pattern, settlements in FORMS:
            for m in re.finditer(rf"(?<!\w)(?:{pattern})", text):
                cands = tuple(Candidate(s, 0.95) for s in settlements)
                mentions.append(Mention(m.span(), m.group(), cands))
        for m in re.finditer(rf"(?<!\w)(?:{AMBIGUOUS})", text):
            if self.andriivka:
                cands = (Candidate(self.andriivka, 0.9),)
            else:
                cands = (Candidate(ANDR, 0.5), Candidate(ANDR2, 0.5))
            mentions.append(Mention(m.span(), m.group(), cands))
        return sorted(mentions, key=lambda x: x.span)

    def lookup(self, query: str, limit: int = 10) -> list[Candidate]:
        """Exact names only, like a person typing the whole name."""
        return [Candidate(s, 1.0) for pattern, ss in FORMS for s in ss if re.fullmatch(pattern, query, re.IGNORECASE)][
            :limit
        ]

    @property
    def codes(self) -> set[str]:
        return {s.code for _, ss in FORMS for s in ss} | {ANDR.code, ANDR2.code}


PLACES = TinyPlaces()


def claims_of(text: str, side: str | None = None) -> set[tuple[str, str, str | None]]:
    post = Post(source="test", channel="t", external_id="1", text=text, side=Side(side) if side else None)
    return {(c.name, c.kind.value, c.actor.value if c.actor else None) for c in extract_claims(post, PLACES)}


CASES = [
    # --- captured ---
    ("uk", "Сили оборони звільнили Кліщіївку на Бахмутському напрямку.", None, {("Кліщіївка", "captured", "ua")}),
    ("uk", "Кліщіївку повністю зачищено від окупантів.", "ua", {("Кліщіївка", "captured", "ua")}),
    ("uk", "Наші воїни підняли український прапор над Курдюмівкою!", "ua", {("Курдюмівка", "captured", "ua")}),
    (
        "ru",
        "Подразделения группировки войск «Южная» освободили населенный пункт Курдюмовка.",
        "ru",
        {("Курдюмівка", "captured", "ru")},
    ),
    (
        "ru",
        "В результате активных действий освобожден населенный пункт Работино.",
        "ru",
        {("Роботине", "captured", "ru")},
    ),
    (
        "ru",
        "Российские войска взяли под контроль Авдеевку, сообщили в Минобороны России.",
        None,
        {("Авдіївка", "captured", "ru")},
    ),
    ("en", "Ukrainian forces have retaken Robotyne, the General Staff said.", None, {("Роботине", "captured", "ua")}),
    ("en", "Bakhmut was captured by Russian forces in May.", None, {("Бахмут", "captured", "ru")}),
    # --- advanced ---
    ("uk", "Українські штурмовики просунулися на околицях Роботиного.", "ua", {("Роботине", "advanced", "ua")}),
    (
        "ru",
        "Наши подразделения вклинились в оборону и закрепились на окраине Авдеевки.",
        "ru",
        {("Авдіївка", "advanced", "ru")},
    ),
    ("en", "Russian troops have advanced into the eastern part of Pokrovsk.", None, {("Покровськ", "advanced", "ru")}),
    (
        "en",
        "Russian forces control about 70 percent of Vovchansk, the ministry said.",
        None,
        {("Вовчанськ", "advanced", "ru")},
    ),
    # --- repelled ---
    (
        "uk",
        "Сили оборони відбили 12 атак ворога в районах Кліщіївки, Андріївки та Курдюмівки.",
        "ua",
        {("Кліщіївка", "repelled", "ua"), ("Андріївка", "repelled", "ua"), ("Курдюмівка", "repelled", "ua")},
    ),
    ("uk", "Противник безуспішно намагався наступати в районі Роботиного.", "ua", {("Роботине", "repelled", "ua")}),
    (
        "ru",
        "Отражены три атаки штурмовых групп ВСУ в районах Клещеевки и Курдюмовки.",
        "ru",
        {("Кліщіївка", "repelled", "ru"), ("Курдюмівка", "repelled", "ru")},
    ),
    ("en", "The enemy tried in vain to break through near Avdiivka.", "ua", {("Авдіївка", "repelled", "ua")}),
    # --- fighting ---
    ("uk", "Тривають запеклі бої за Бахмут.", None, {("Бахмут", "fighting", None)}),
    ("ru", "В районе Работино продолжаются ожесточенные бои.", None, {("Роботине", "fighting", None)}),
    ("en", "Heavy fighting continues in Kupiansk.", None, {("Куп’янськ", "fighting", None)}),
    # --- withdrew ---
    ("uk", "Наші підрозділи вийшли з Авдіївки, щоб уникнути оточення.", "ua", {("Авдіївка", "withdrew", "ua")}),
    ("ru", "Украинские войска отступили из Работино после тяжелых боев.", None, {("Роботине", "withdrew", "ua")}),
    ("en", "Ukrainian troops withdrew from Avdiivka overnight.", None, {("Авдіївка", "withdrew", "ua")}),
    # --- denied ---
    (
        "uk",
        "Заяви окупантів про захоплення Кліщіївки не відповідають дійсності.",
        "ua",
        {("Кліщіївка", "denied", "ru"), ("Кліщіївка", "captured", "ru")},  # the occupiers' own claim, refuted
    ),
    ("ru", "Сообщения о взятии Клещеевки украинскими войсками — фейк.", "ru", {("Кліщіївка", "denied", "ua")}),
    (
        "en",
        "Claims that Russian troops captured Kupiansk are untrue, the General Staff said.",
        None,
        {("Куп’янськ", "denied", "ru")},
    ),
]


@pytest.mark.parametrize(("lang", "text", "side", "expected"), CASES, ids=[c[1][:40] for c in CASES])
def test_claims(lang: str, text: str, side: str | None, expected: set[tuple[str, str, str | None]]) -> None:
    assert claims_of(text, side) == expected


NEGATIVES = [
    "Окупанти обстріляли Кліщіївку та Курдюмівку з артилерії, пошкоджено три будинки.",
    "Внаслідок удару дрона по Бахмуту загинули двоє цивільних.",
    "Ночью над Москвой сбиты два беспилотника, летевших со стороны Авдеевки.",
    "Из Покровска эвакуировали 300 жителей, в том числе детей.",
    "На Покровському напрямку ворог втратив 200 осіб особового складу.",
    "Kupiansk hospital received humanitarian aid from partners.",
    "Robotyne lies 10 km from Orikhiv.",
    "Russian forces are preparing to surround Bakhmut.",
    "Українські сили завдали ударів по переправах через річку Бахмутку.",
    "Атаки зафіксовано в Харківській, Донецькій та Запорізькій областях.",
    "Штурмы зафиксированы в Харьковской, Донецкой и Запорожской областях.",
    "Fighting continues in the Donetsk region and in the Donetsk People's Republic.",
    "Ukraine reported successes in the direction of Kupiansk.",
    "Противник готовится к новым штурмам в районе Клещеевки.",
    "Росіяни не змогли просунутися до Авдіївки.",  # a failure: repelled, see below, not a capture
]


@pytest.mark.parametrize("text", NEGATIVES[:-1])
def test_hard_negatives(text: str) -> None:
    assert claims_of(text) == set()


def test_failed_advance_is_repelled_not_advanced() -> None:
    assert claims_of(NEGATIVES[-1], "ua") == {("Авдіївка", "repelled", "ua")}


def test_negation_removes_capture() -> None:
    assert claims_of("Russia has not captured Kupiansk.", None) == set()


def test_negated_withdrawal_is_a_denial() -> None:
    text = "The Russian defense ministry said its troops had not been pushed out of Robotyne."
    assert claims_of(text) == {("Роботине", "denied", "ua")}


def test_reference_point_is_not_a_claim() -> None:
    found = claims_of("Українські військові звільнили Кліщіївку, що неподалік Бахмута.", None)
    assert found == {("Кліщіївка", "captured", "ua")}


def test_claimant_and_speaker_from_reported_speech() -> None:
    post = Post(
        source="test",
        channel="news",
        external_id="1",
        side=None,
        text="Сирський повідомив, що Кліщіївку звільнено. Російське Міноборони це не коментувало.",
    )
    [claim] = extract_claims(post, PLACES)
    assert (claim.claimant, claim.speaker, claim.kind) == (Side.UA, "Syrskyi", Kind.CAPTURED)


def test_russian_mod_quoted_in_english_news() -> None:
    post = Post(
        source="test",
        channel="news",
        external_id="1",
        side=None,
        text="Russia's Defence Ministry said its forces had liberated Kurdiumivka.",
    )
    [claim] = extract_claims(post, PLACES)
    assert (claim.claimant, claim.actor, claim.speaker) == (Side.RU, Side.RU, "Russian MoD")


@pytest.mark.parametrize(
    "text",
    [
        "Військовий оглядач повідомив, що Кліщіївку звільнено.",
        "A Ukrainian military observer said Klishchiivka had been liberated.",
    ],
)
def test_observers_and_the_press_speak_for_themselves(text: str) -> None:
    post = Post(source="test", channel="news", external_id="1", side=None, text=text)
    [claim] = extract_claims(post, PLACES)
    assert (claim.claimant, claim.speaker) == (Side.OTHER, "the press")


def test_hedge_lowers_confidence() -> None:
    def conf(text: str) -> float:
        post = Post(source="t", channel="t", external_id="1", text=text, side=Side.UA)
        return extract_claims(post, PLACES)[0].confidence

    assert conf("Ймовірно, ЗСУ звільнили Кліщіївку.") < conf("ЗСУ звільнили Кліщіївку.")


def test_ambiguous_settlement_keeps_candidates() -> None:
    post = Post(source="t", channel="t", external_id="1", text="ЗСУ звільнили Андріївку.", side=Side.UA)
    [claim] = extract_claims(post, TinyPlaces(andriivka=None))
    assert claim.settlement is None
    assert set(claim.candidates) == {ANDR.code, ANDR2.code}


def test_when_dates_the_event_from_the_post_year() -> None:
    post = Post(
        source="t",
        channel="t",
        external_id="1",
        side=None,
        date=datetime(2023, 9, 18, tzinfo=UTC),
        text="Klishchiivka was captured by Russian troops in January.",
    )
    [claim] = extract_claims(post, PLACES)
    assert claim.when == "2023-01"


def test_a_capitalised_cyrillic_word_is_no_month() -> None:
    """«Липців» (of Lyptsi) starts like «липня» (July): a name, not a date; «Травень 2023» with its year is one."""
    from bot.core.claims.dates import first_date

    text = "Активізація противника поблизу Липців. Травень 2023: бої. Бої 12 липня."
    post_date = datetime(2024, 9, 1, tzinfo=UTC)
    assert first_date(text, 0, text.index("."), post_date) is None
    assert first_date(text, text.index("Травень"), len(text), post_date) == "2023-05"
    assert first_date(text, text.index("12 липня"), len(text), post_date) == "2024-07-12"


# Words that begin like a month are no date: «майже» (almost), «майор», «червоним» (red), «березі» (bank),
# «лютих боїв» (fierce), "Mayor", "marched"; the month's own forms are («у травні», «в мае», «5 мая», "in May").
NOT_MONTHS = [
    ("uk", "ЗСУ майже повністю звільнили Роботине, на півночі майже 13 кв. км.", None),
    ("uk", "Під червоним прапором росіяни зайшли в Роботине на лівому березі.", None),
    ("uk", "Після лютих боїв і лютим опором ЗСУ звільнили Роботине.", None),
    ("ru", "Российские войска освободили Курдюмовку, майор Иванов сообщил.", None),
    ("en", "Irpin Mayor Oleksandr Markushyn said Russian troops marched on Irpin.", None),
    ("uk", "Роботине звільнили у травні.", "2024-05"),
    ("ru", "Курдюмовку освободили 5 мая.", "2024-05-05"),
    ("uk", "Роботине окупували 24 лютого.", "2024-02-24"),
    ("en", "Russian troops captured Irpin in March.", "2024-03"),
]


@pytest.mark.parametrize(("lang", "text", "when"), NOT_MONTHS)
def test_words_beginning_like_a_month_are_no_date(lang: str, text: str, when: str | None) -> None:
    from bot.core.claims.dates import first_date

    assert first_date(text, 0, len(text), datetime(2024, 6, 1, tzinfo=UTC)) == when


def test_quote_and_span_point_at_the_text() -> None:
    text = "Вступ. Сили оборони звільнили Кліщіївку. Інше речення."
    post = Post(source="t", channel="t", external_id="1", text=text, side=Side.UA)
    [claim] = extract_claims(post, PLACES)
    assert text[claim.span[0] : claim.span[1]] == "Кліщіївку"
    assert claim.quote == "Сили оборони звільнили Кліщіївку."


def test_sentences_keep_abbreviations_and_bullets() -> None:
    text = "Бої в районі н.п. Кліщіївка. Атаки відбито в районах:\n- Андріївки,\n- Курдюмівки.\nКінець."
    parts = [text[a:b].strip() for a, b in split_sentences(text)]
    assert parts == ["Бої в районі н.п. Кліщіївка.", "Атаки відбито в районах:\n- Андріївки,\n- Курдюмівки.", "Кінець."]


def test_list_after_a_dash_shares_the_phrase() -> None:
    text = "Наші війська зачистили від ворога села на Донеччині – Кліщіївку, Андріївку, Курдюмівку."
    assert claims_of(text, "ua") == {
        ("Кліщіївка", "captured", "ua"),
        ("Андріївка", "captured", "ua"),
        ("Курдюмівка", "captured", "ua"),
    }


def test_attacks_towards_a_place_are_fighting_not_capture() -> None:
    text = "Российские войска атакуют в направлении Клещеевки."
    assert claims_of(text, "ua") == {("Кліщіївка", "fighting", "ru")}


def test_each_statement_keeps_its_own_claimant() -> None:
    post = Post(
        source="t",
        channel="news",
        external_id="1",
        side=None,
        text="Генштаб заявив, що Кліщіївку звільнено, тоді як російські військкори стверджують, "
        "що Андріївка досі у «сірій зоні».",
    )
    claims = {c.name: c for c in extract_claims(post, PLACES)}
    assert (claims["Кліщіївка"].kind, claims["Кліщіївка"].claimant) == (Kind.CAPTURED, Side.UA)
    assert (claims["Андріївка"].kind, claims["Андріївка"].claimant, claims["Андріївка"].actor) == (
        Kind.DENIED,
        Side.RU,
        Side.UA,
    )


def test_phrase_belongs_to_the_place_it_governs() -> None:
    text = "In the Bakhmut area, Ukrainian forces are pushing the Russians out of Klishchiivka."
    assert claims_of(text) == {("Кліщіївка", "advanced", "ua")}


def test_enemy_depends_on_who_speaks() -> None:
    ua = claims_of("Противник безуспішно атакував поблизу Роботиного.", "ua")
    ru = claims_of("Противник безуспешно атаковал в районе Работино.", "ru")
    assert ua == {("Роботине", "repelled", "ua")}
    assert ru == {("Роботине", "repelled", "ru")}


def test_enemy_attempt_is_fighting_by_the_attacker() -> None:
    """LABELING: an attempt with no outcome stated is fighting, the attacker its actor."""
    text = "Ворог намагався просунутися в районах Кліщіївки та Курдюмівки."
    assert claims_of(text, "ua") == {("Кліщіївка", "fighting", "ru"), ("Курдюмівка", "fighting", "ru")}


def test_own_attempt_is_fighting_by_our_side() -> None:
    assert claims_of("Наші підрозділи намагаються закріпитися в Роботиному.", "ua") == {("Роботине", "fighting", "ua")}


def test_advance_near_a_place_counts() -> None:
    assert claims_of("Окупанти просунулися поблизу Курдюмівки, повідомляє DeepState.") == {
        ("Курдюмівка", "advanced", "ru")
    }


def test_places_where_losses_were_inflicted_are_not_taken() -> None:
    text = "Подразделения улучшили положение по переднему краю и нанесли поражение живой силе ВСУ в районах Клещеевки."
    assert claims_of(text, "ru") == set()


def test_denial_of_the_places_just_named() -> None:
    text = "Київ хвалиться Кліщіївкою та Андріївкою. Але ці населені пункти досі в сірій зоні, заявив Пушилін."
    assert claims_of(text) == {("Кліщіївка", "denied", "ua"), ("Андріївка", "denied", "ua")}


def test_near_after_a_comma_continues_a_list_of_places() -> None:
    text = "За даними DeepState, окупанти просунулися в Курдюмівці, поблизу Кліщіївки та біля Роботиного."
    assert claims_of(text) == {
        ("Курдюмівка", "advanced", "ru"),
        ("Кліщіївка", "advanced", "ru"),
        ("Роботине", "advanced", "ru"),
    }


def test_streets_are_not_settlements() -> None:
    assert claims_of("Russian forces advanced along Robotyne Street in southern Kupiansk.") == {
        ("Куп’янськ", "advanced", "ru")
    }


def test_reported_speech_switch_lets_a_phrase_refer_back() -> None:
    text = (
        "Russia said its forces had not been pushed out of Robotyne, "
        "a day after Ukraine said it had liberated the village."
    )
    assert claims_of(text) == {("Роботине", "denied", "ua"), ("Роботине", "captured", "ua")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ukrainian forces have pushed Russian troops out of Robotyne.", {("Роботине", "captured", "ua")}),
        ("ЗСУ вибили окупантів з Роботиного.", {("Роботине", "captured", "ua")}),
        ("ВСУ выбили войска РФ с позиций возле Работино.", {("Роботине", "advanced", "ua")}),
        ("Сили оборони відійшли з Авдіївки, повідомив речник угруповання «Бахмут».", {("Авдіївка", "withdrew", "ua")}),
    ],
)
def test_who_lost_the_ground(text: str, expected: set[tuple[str, str, str | None]]) -> None:
    assert claims_of(text) == expected


def test_denial_of_the_claim_just_reported() -> None:
    text = "Moscow claimed its troops took control of Kurdiumivka, but Ukraine denied the claim."
    assert claims_of(text) == {("Курдюмівка", "captured", "ru"), ("Курдюмівка", "denied", "ru")}


def test_positions_near_a_place_are_an_advance() -> None:
    assert claims_of("Ukrainian forces recently regained positions in northern Kupiansk.") == {
        ("Куп’янськ", "advanced", "ua")
    }


def test_enemy_assaults_name_the_attacker() -> None:
    text = "На Куп'янському напрямку ворог п'ять разів штурмував позиції наших військ в районі Куп'янська."
    assert claims_of(text, "ua") == {("Куп’янськ", "fighting", "ru")}


def test_quoted_statement_takes_the_attribution_after_it() -> None:
    post = Post(
        source="t",
        channel="news",
        external_id="1",
        side=None,
        text="Пропагандисти поширюють чутки. «Кліщіївка звільнена. Це підтверджено», — заявили у Генштабі ЗСУ.",
    )
    [claim] = extract_claims(post, PLACES)
    assert (claim.kind, claim.claimant, claim.speaker) == (Kind.CAPTURED, Side.UA, "General Staff")


def test_direction_places_an_ambiguous_settlement() -> None:
    post = Post(
        source="t", channel="t", external_id="1", text="ЗСУ звільнили Андріївку на Бахмутському напрямку.", side=Side.UA
    )
    [claim] = extract_claims(post, TinyPlaces(andriivka=None))
    assert (claim.settlement, claim.candidates) == (ANDR.code, ())


def test_without_context_ambiguity_stays() -> None:
    post = Post(source="t", channel="t", external_id="1", text="ЗСУ звільнили Андріївку.", side=Side.UA)
    [claim] = extract_claims(post, TinyPlaces(andriivka=None))
    assert claim.settlement is None


def test_countries_as_actors() -> None:
    assert claims_of("Russia captured Bakhmut in May 2023, after months of fighting.") == {("Бахмут", "captured", "ru")}
    assert claims_of("Ukraine has retaken Robotyne.") == {("Роботине", "captured", "ua")}
    assert claims_of("Russia made confirmed gains near Robotyne.") == {("Роботине", "advanced", "ru")}
    # an adverb between the country and its act
    assert claims_of("Russia also took control of Robotyne.") == {("Роботине", "captured", "ru")}
    assert claims_of("Россия также взяла Работино.", "ua") == {("Роботине", "captured", "ru")}
    # forces backed by Russia are its side
    assert claims_of("Russian-backed forces seized control of Robotyne in 2014.") == {("Роботине", "captured", "ru")}


@pytest.mark.parametrize(
    "text",
    [
        "Сили оборони мають успіх на південь від Роботиного та закріплюються на досягнутих рубежах.",
        "Подразделения продвинулись к югу от Работино.",
        "ВСУ продвинулись на север от Работино.",
    ],
)
def test_an_advance_to_one_side_of_a_place_is_an_advance_at_it(text: str) -> None:
    """LABELING (the held-out gold): "advances southeast of X" is an advance at X."""
    assert claims_of(text, "ua") == {("Роботине", "advanced", "ua")}


def test_official_channel_keeps_its_own_voice_when_a_unit_is_named() -> None:
    post = Post(
        source="test",
        channel="osirskiy",
        external_id="1",
        side=Side.UA,
        speaker="Syrskyi",
        text="Кліщіївку звільнено силами 80-ї бригади та штурмової бригади «Лють».",
    )
    [claim] = extract_claims(post, PLACES)
    assert (claim.claimant, claim.speaker) == (Side.UA, "Syrskyi")


def test_official_channel_reporting_someone_else_credits_them() -> None:
    post = Post(
        source="test",
        channel="osirskiy",
        external_id="1",
        side=Side.UA,
        speaker="Syrskyi",
        text="Маляр повідомила, що Кліщіївку звільнено.",
    )
    [claim] = extract_claims(post, PLACES)
    assert claim.speaker == "Maliar"


def test_russian_direction_name_places_an_ambiguous_village(gazetteer: object) -> None:
    """«Артемовское направление» is Bakhmut's (a former name Кипуче had too): it picks the Андріївка near it."""
    post = Post(
        source="test",
        channel="mod_russia",
        external_id="1",
        side=Side.RU,
        speaker="Russian MoD",
        text="Заявления киевского режима о якобы освобождении населенного пункта Андреевка на Артемовском "
        "направлении не соответствуют действительности.",
    )
    [claim] = extract_claims(post, gazetteer)  # type: ignore[arg-type]
    assert (claim.settlement, claim.kind, claim.actor, claim.claimant) == (
        "UA14020010030085322",
        Kind.DENIED,
        Side.UA,
        Side.RU,
    )


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # the south Donetsk front: the Микільське near Vuhledar, not the one in Luhansk oblast
        ("На южнодонецком направлении отбиты атаки в районе Никольского.", "UA14040050070098545"),
        ("На Південнодонецькому напрямку ворог атакував біля Микільського.", "UA14040050070098545"),
        # the Vremivka salient: the Урожайне by Velyka Novosilka (a village, not a city, so named in the table)
        ("На Времевском направлении отбиты атаки в районе Урожайного.", "UA14040010280021312"),
    ],
)
def test_directions_named_after_no_town_place_a_namesake(gazetteer: object, text: str, code: str) -> None:
    post = Post(source="test", channel="c", external_id="1", text=text)
    [claim] = extract_claims(post, gazetteer)  # type: ignore[arg-type]
    assert (claim.settlement, claim.resolved_by) == (code, "direction")  # the resolver knows the direction
