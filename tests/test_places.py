"""The resolver on tables of realistic uk / ru / en sentences: tiny gazetteer first, then the bundled one."""

from __future__ import annotations

import json
from typing import Any

import pytest

from bot.cli import main
from bot.core.places import Gazetteer
from bot.models import Mention

KLISH = "UA14020010120064151"
ANDR_BAKHMUT = "UA14020010030085322"
ANDR_KRAMATORSK = "UA14120010010052562"
ANDR_BERDIANSK = "UA23020030010042079"
BAKHMUT = "UA14020010010059145"
ROBOTYNE = "UA23100270150025192"
CHASIV_YAR = "UA14020130010015598"
VELYKA_NOVOSILKA = "UA14040010010027148"
STAROMAIORSKE = "UA14040010180012001"
VUHLEDAR = "UA14040050010075856"
BILA_HORA = "UA14120070020010159"
SVITLE = ("UA14160070150019086",)
PEREMOHA = "UA14160130160088848"
POKROVSK = "UA14160210010099403"
MARINKA = "UA14160130010089415"


def best_codes(mentions: list[Mention]) -> list[str]:
    return [m.candidates[0].settlement.code for m in mentions]


def the_one(gaz: Gazetteer, text: str) -> Mention:
    mentions = gaz.find_places(text)
    assert len(mentions) == 1, [(m.text, best_codes([m])) for m in mentions]
    return mentions[0]


# --- grammatical cases, apostrophes, letter case, hashtags, transliteration -------------------------------

CASES = [
    ("Сили оборони закріплюються в Кліщіївці.", "Кліщіївці", KLISH),
    ("Противник атакував біля Кліщіївки.", "Кліщіївки", KLISH),
    ("Российские войска заняли Клещеевку.", "Клещеевку", KLISH),
    ("Бои идут под Артёмовском.", "Артёмовском", BAKHMUT),
    ("Важкі бої під Бахмутом тривають.", "Бахмутом", BAKHMUT),
    ("Ситуація в районі Часового Яру складна.", "Часового Яру", CHASIV_YAR),
    ("В Часовом Яре продолжаются бои.", "Часовом Яре", CHASIV_YAR),
    ("Ворог штурмував околиці Старомайорського.", "Старомайорського", STAROMAIORSKE),
    ("Наступление в районе Работино продолжается.", "Работино", ROBOTYNE),
    ("Бої у Роботиному не вщухають.", "Роботиному", ROBOTYNE),
    ("Обстріли Великої Новосілки тривають.", "Великої Новосілки", VELYKA_NOVOSILKA),
    ("Атаки на Великую Новоселку отбиты.", "Великую Новоселку", VELYKA_NOVOSILKA),
    ("Группировка противника в Угледаре практически зачищена.", "Угледаре", VUHLEDAR),
    ("Бои за Красноармейск.", "Красноармейск", POKROVSK),
    ("Наші воїни тримають оборону Мар'їнки.", "Мар'їнки", MARINKA),
    ("Наші воїни тримають оборону Мар’їнки.", "Мар’їнки", MARINKA),
    ("Наші воїни тримають оборону Марʼїнки.", "Марʼїнки", MARINKA),
    ("Бої поблизу Марьинки.", "Марьинки", MARINKA),
    ("КЛІЩІЇВКА НАША!", "КЛІЩІЇВКА", KLISH),
    ("#Кліщіївка звільнена", "Кліщіївка", KLISH),
    ("«Кліщіївка» — назва села.", "Кліщіївка", KLISH),
    ("Бригада ‘Лють’ у ‘Кліщіївці’.", "Кліщіївці", KLISH),
    ("Ukrainian forces liberated Klishchiivka.", "Klishchiivka", KLISH),
    ("Ukrainian forces liberated Klishchiyivka.", "Klishchiyivka", KLISH),
    ("Ukrainian forces liberated Klishchivka.", "Klishchivka", KLISH),
    ("Ukrainian forces liberated Klischiivka.", "Klischiivka", KLISH),
    ("Fighting continues near Robotino.", "Robotino", ROBOTYNE),
    ("Fighting continues near Robotyne.", "Robotyne", ROBOTYNE),
    ("Russia claims to control Bakhmut's centre.", "Bakhmut's", BAKHMUT),
    ("Attacks were repelled in the Byla Hora area.", "Byla Hora", BILA_HORA),
    ("Attacks were repelled near Bila Hora.", "Bila Hora", BILA_HORA),
    ("Російські окупанти наступали в районі Білої Гори.", "Білої Гори", BILA_HORA),
]


@pytest.mark.parametrize(("text", "surface", "code"), CASES)
def test_forms_and_spellings(tiny_gazetteer: Gazetteer, text: str, surface: str, code: str) -> None:
    m = the_one(tiny_gazetteer, text)
    assert m.text == surface
    assert text[m.span[0] : m.span[1]] == surface
    assert m.candidates[0].settlement.code == code
    assert 0 < m.candidates[0].score <= 1


def test_several_places_in_order(tiny_gazetteer: Gazetteer) -> None:
    text = "ЗСУ мали успіх у Кліщіївки, Авдіївки та Мар'їнки; бої за Бахмут."
    assert best_codes(tiny_gazetteer.find_places(text)) == [KLISH, "UA14160010010073615", MARINKA, BAKHMUT]


def test_fuzzy_scores_below_exact(tiny_gazetteer: Gazetteer) -> None:
    exact = the_one(tiny_gazetteer, "near Klishchiivka").candidates[0].score
    fuzzy = the_one(tiny_gazetteer, "near Klischiivka").candidates[0].score
    assert fuzzy < exact


# --- same-name disambiguation -------------------------------------------------------------------------------


def test_ambiguous_name_without_context_keeps_every_candidate(tiny_gazetteer: Gazetteer) -> None:
    m = the_one(tiny_gazetteer, "Бої тривають біля Андріївки.")
    codes = {c.settlement.code for c in m.candidates}
    assert codes == {ANDR_BAKHMUT, ANDR_KRAMATORSK, ANDR_BERDIANSK}
    assert m.candidates[0].score - m.candidates[1].score < 0.1  # nobody is silently picked


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Бої тривають біля Андріївки та Кліщіївки.", ANDR_BAKHMUT),  # a neighbour of the same post
        ("Противнику не удалось занять Андреевку (южнее Клещеевки).", ANDR_BAKHMUT),
        ("Russia said its forces still hold Andriivka, a village south of Bakhmut.", ANDR_BAKHMUT),
        ("Бої біля Андріївки Бердянського району.", ANDR_BERDIANSK),  # raion right after
        ("Окупанти обстріляли Андріївку Запорізької області.", ANDR_BERDIANSK),  # oblast right after
        ("Бої біля Андріївки. Краматорський район під обстрілом.", ANDR_KRAMATORSK),  # raion elsewhere
        ("У Запорізькій області ворог атакував Андріївку.", ANDR_BERDIANSK),  # oblast before
    ],
)
def test_context_picks_the_candidate(tiny_gazetteer: Gazetteer, text: str, code: str) -> None:
    mentions = [m for m in tiny_gazetteer.find_places(text) if len(m.candidates) > 1]
    assert len(mentions) == 1
    cands = mentions[0].candidates
    assert cands[0].settlement.code == code
    assert cands[0].score - cands[1].score >= 0.1
    assert len(cands) == 3  # still every candidate, ranked


def test_area_words_are_not_settlements(tiny_gazetteer: Gazetteer) -> None:
    assert tiny_gazetteer.find_places("Донецька область, Бахмутський район") == []


def test_direction_adjective_is_not_a_village(gazetteer: Gazetteer) -> None:
    codes = best_codes(gazetteer.find_places("На Бахмутському напрямку тривають бої."))
    assert codes == []


# --- word-like names ----------------------------------------------------------------------------------------

WORDLIKE = [
    ("Світле майбутнє настане.", []),
    ("Перемога буде за нами!", []),
    ("Вони вірять у перемогу.", []),
    ("Victory is near.", []),
    ("Окупанти обстріляли село Світле.", list(SVITLE)),
    ("Ворог атакував у районі Перемоги.", [PEREMOHA]),
    ("Бої тривають біля Перемоги та Світлого.", [PEREMOHA, *SVITLE]),
    ("Units liberated the village of Pobeda.", [PEREMOHA]),
    ("Подразделения освободили населенный пункт Победа.", [PEREMOHA]),
]


@pytest.mark.parametrize(("text", "codes"), WORDLIKE)
def test_word_like_names_need_a_toponym_context(tiny_gazetteer: Gazetteer, text: str, codes: list[str]) -> None:
    found = {c.settlement.code for m in tiny_gazetteer.find_places(text) for c in m.candidates}
    assert found == set(codes)


# --- lookup, areas, near ------------------------------------------------------------------------------------

LOOKUPS = [
    ("Klishch", KLISH),
    ("кліщ", KLISH),
    ("Klishchiivka", KLISH),
    ("klishchivka", KLISH),
    ("Клещеевка", KLISH),
    ("Кліщіївці", KLISH),
    ("Работино", ROBOTYNE),
    ("robotino", ROBOTYNE),
    ("часів яр", CHASIV_YAR),
    ("Артемовск", BAKHMUT),
    ("UA14020010120064151", KLISH),
    ("ua14020010120064151", KLISH),
    ("Андріївка Бердянський район", ANDR_BERDIANSK),
]


@pytest.mark.parametrize(("query", "code"), LOOKUPS)
def test_lookup(tiny_gazetteer: Gazetteer, query: str, code: str) -> None:
    found = tiny_gazetteer.lookup(query)
    assert found and found[0].settlement.code == code
    assert all(0 < c.score <= 1 for c in found)
    assert [c.score for c in found] == sorted((c.score for c in found), reverse=True)


def test_lookup_exact_name_before_prefix(tiny_gazetteer: Gazetteer) -> None:
    found = tiny_gazetteer.lookup("Андріївка")
    assert {c.settlement.code for c in found[:3]} == {ANDR_BAKHMUT, ANDR_KRAMATORSK, ANDR_BERDIANSK}
    assert tiny_gazetteer.lookup("") == []
    assert tiny_gazetteer.lookup("Xyzzy") == []
    assert len(tiny_gazetteer.lookup("А", limit=2)) <= 2


@pytest.mark.parametrize(
    ("query", "kind", "name"),
    [
        ("Бахмутський район", "raion", "Бахмутський"),
        ("у Донецькій області", "oblast", "Донецька"),
        ("Бахмутського району", "raion", "Бахмутський"),
    ],
)
def test_areas(tiny_gazetteer: Gazetteer, query: str, kind: str, name: str) -> None:
    [area] = tiny_gazetteer.areas(query)
    assert (area.kind, area.name) == (kind, name)
    klish = tiny_gazetteer.get(KLISH)
    assert klish is not None and area.contains(klish)
    robotyne = tiny_gazetteer.get(ROBOTYNE)
    assert robotyne is not None and not area.contains(robotyne)


def test_near(tiny_gazetteer: Gazetteer) -> None:
    near = [s.code for s in tiny_gazetteer.near(KLISH, 10)]
    assert near[0] == ANDR_BAKHMUT
    assert BAKHMUT in near and ROBOTYNE not in near and KLISH not in near
    assert tiny_gazetteer.near("UA00000000000000000", 10) == []


def test_get(tiny_gazetteer: Gazetteer) -> None:
    s = tiny_gazetteer.get(KLISH)
    assert s is not None and s.name == "Кліщіївка"
    assert tiny_gazetteer.get("nope") is None
    assert len(tiny_gazetteer.settlements) == 16


# --- the bundled gazetteer ----------------------------------------------------------------------------------

REAL = [
    ("Сили оборони звільнили Кліщіївку, що на Бахмутському напрямку в Донецькій області.", [KLISH]),
    ("Захисники деокупували Кліщіївку, що неподалік Бахмуту Донецької області.", [KLISH, BAKHMUT]),
    ("ЗСУ вибили війська РФ з позицій біля Андріївки та Кліщіївки.", [ANDR_BAKHMUT, KLISH]),
    ("Российские военные полностью освободили Артемовск.", [BAKHMUT]),
    ("Подразделения освободили населенные пункты Новомихайловка и Марьинка.", ["UA14160130130080935", MARINKA]),
    ("Наступление в районе Работино продолжается.", [ROBOTYNE]),
    ("Ukrainian forces liberated the village of Klishchiivka in Donetsk region.", [KLISH]),
    ("In an evening video message, Zelenskyy confirmed the release of Klischyivka.", [KLISH]),
    ("Repelled attacks in the Klishchiivka and Byla Hora areas of the Donetsk region.", [KLISH, BILA_HORA]),
    ("Біля Донецька тривають бої.", ["UA14080030010048113"]),
    ("Слава Україні! Перемога буде за нами.", []),
    ("Донецька область під обстрілом.", []),
    ("Росіяни обстріляли Запоріжжя.", ["UA23060070010069526"]),  # the city, though Запоріжжя also names the oblast
    ("Kyiv said the attack was repelled.", ["UA80000000000093317"]),
    ("Президент Володимир Зеленський подякував бригаді «Лють» і полку «Азов».", []),  # person, units
    ("Вільне життя настане.", []),  # a two-word village of ordinary words
    ("Кривий Ріг під атакою.", ["UA12060170010065850"]),
    ("Звільнено Лиман Краматорського району.", ["UA14120110010088407"]),
    # Russian names beyond the rules: an attested variant (Нелеповка), a root (гостр-/остр-), a former name with its
    # ordinal first, in any case
    (
        "Штурмовики вышли ко Второму Желанному и к Острому, бои у Нелеповки.",
        ["UA14160130060059202", "UA14160110030099964", "UA14020110040059609"],
    ),
    ("Речь идет о Желанном Первом.", ["UA14160130070038805"]),
    # Липці and Липцы fold to one name: the forms of both, the Ukrainian adjective-like plural and the Russian noun's
    ("Бои у Липцев, наши закрепились в Липцах.", ["UA63120090010039403", "UA63120090010039403"]),
]


def test_spellings_of_one_key_inflect_as_each_is_spelt() -> None:
    from bot.core.places.index import NameIndex

    index = NameIndex()
    index.add_all({"Липці": {3: 1.0}, "Липцы": {3: 0.97}, "Липці Горішні": {4: 1.0}, "Липцы Горишни": {4: 0.97}})
    assert index.hits("липцях") == index.hits("липцах") == index.hits("липцев") == [0, 1]  # 1: by its first word
    second_word = index.rest[1][0]  # its alternatives (stem, endings): from «Горішні» and from «Горишни»
    assert len(second_word) == 2 and {"их", "ах"} <= set().union(*(ends for _stem, ends in second_word))


@pytest.mark.parametrize(("text", "codes"), REAL)
def test_bundled_gazetteer(gazetteer: Gazetteer, text: str, codes: list[str]) -> None:
    assert best_codes(gazetteer.find_places(text)) == codes


def test_bundled_gazetteer_has_every_settlement(gazetteer: Gazetteer) -> None:
    assert len(gazetteer.settlements) == 29703
    assert {a.kind for a in gazetteer.all_areas} == {"oblast", "raion"}


@pytest.mark.parametrize(
    ("query", "kind", "name"),
    [
        ("Донеччина", "oblast", "Донецька"),
        ("Bakhmut raion", "raion", "Бахмутський"),
        ("Донецкая область", "oblast", "Донецька"),
        ("Zaporizhzhia region", "oblast", "Запорізька"),
        ("Запоріжжя", "oblast", "Запорізька"),
    ],
)
def test_bundled_areas(gazetteer: Gazetteer, query: str, kind: str, name: str) -> None:
    assert [(a.kind, a.name) for a in gazetteer.areas(query)] == [(kind, name)]


# --- the CLI (external checks read this shape) --------------------------------------------------------------


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> Any:
    assert main(["places", *argv]) == 0
    return capsys.readouterr().out


def test_cli_places_json(gazetteer: Gazetteer, capsys: pytest.CaptureFixture[str]) -> None:
    text = "Бої біля Андріївки та в Кліщіївці"
    out = json.loads(run(capsys, "--json", text))
    assert [m["text"] for m in out] == ["Андріївки", "Кліщіївці"]
    m = out[1]
    assert text[m["span"][0] : m["span"][1]] == "Кліщіївці"
    [cand] = m["candidates"]
    assert set(cand) == {"code", "name", "name_latin", "raion", "oblast", "lat", "lon", "score"}
    assert cand["code"] == KLISH and cand["name"] == "Кліщіївка" and cand["name_latin"] == "Klishchiivka"
    assert cand["raion"] == "Бахмутський" and cand["oblast"] == "Донецька"
    assert abs(cand["lat"] - 48.529) < 0.01 and abs(cand["lon"] - 37.960) < 0.01
    assert 0 < cand["score"] <= 1
    scores = [c["score"] for c in out[0]["candidates"]]
    assert out[0]["candidates"][0]["code"] == ANDR_BAKHMUT and scores == sorted(scores, reverse=True)


def test_cli_lookup_json_and_text(gazetteer: Gazetteer, capsys: pytest.CaptureFixture[str]) -> None:
    out = json.loads(run(capsys, "--lookup", "--json", "Klishch"))
    assert out[0]["code"] == KLISH and set(out[0]) >= {"name", "raion", "oblast", "score"}
    text = run(capsys, "--lookup", "Klishch")
    assert "Кліщіївка" in text and "Бахмутський" in text
    text = run(capsys, "Бої в Кліщіївці")
    assert "Кліщіївці" in text and KLISH in text
