"""Every past form of the claim verbs yields its claim (issue 10: rules for the language, not for sentences). The
forms come from pymorphy3's dictionaries, so a stem list that misses one («втратив» beside «втратили») fails here."""

from __future__ import annotations

from functools import cache

import pymorphy3
import pytest

from tests.test_extract import claims_of

# (lang, sentence with {} for the verb, lemmas, the claim expected), the subject the speaker's enemy
VERBS = [
    (
        "uk",
        "Ворог {} Кліщіївку.",
        ["звільнити", "захопити", "зайняти", "окупувати", "відбити", "відвоювати"],
        "captured",
    ),
    ("uk", "Ворог {} Кліщіївку.", ["залишити", "покинути"], "withdrew"),
    ("uk", "Ворог {} з Кліщіївки.", ["відійти", "вийти", "відступити", "втекти"], "withdrew"),
    ("uk", "Ворог {} до Кліщіївки.", ["увійти", "зайти", "підійти"], "advanced"),
    ("uk", "Ворог {} Кліщіївку.", ["оточити"], "advanced"),
    ("uk", "Ворог {} Кліщіївку.", ["утримувати"], "repelled"),
    ("ru", "Противник {} Клещеевку.", ["освободить", "захватить", "занять", "оккупировать", "отбить"], "captured"),
    ("ru", "Противник {} Клещеевку.", ["оставить", "покинуть"], "withdrew"),
    ("ru", "Противник {} из Клещеевки.", ["отойти", "выйти"], "withdrew"),
    ("ru", "Противник {} в Клещеевку.", ["войти", "зайти"], "advanced"),
    ("ru", "Противник {} Клещеевку.", ["окружить"], "advanced"),
]
ENEMY = {"uk": ("ua", "ru"), "ru": ("ru", "ua")}  # the speaker's side, and so the enemy's


@cache
def _analyzer(lang: str) -> pymorphy3.MorphAnalyzer:
    return pymorphy3.MorphAnalyzer(lang=lang)


def past_forms(lang: str, lemma: str) -> list[str]:
    """The finite past forms of a verb but the neuter (no report says «противник заняло»)."""
    parse = _analyzer(lang).parse(lemma)[0]
    return sorted({f.word for f in parse.lexeme if f.tag.POS == "VERB" and "past" in f.tag and "neut" not in f.tag})


CASES = [
    (lang, sentence.format(form), kind)
    for lang, sentence, lemmas, kind in VERBS
    for lemma in lemmas
    for form in past_forms(lang, lemma)
]


def test_the_dictionaries_give_the_forms() -> None:
    assert {"втратив", "втратила", "втратили"} <= set(past_forms("uk", "втратити"))
    assert len(CASES) > 80


@pytest.mark.parametrize(("lang", "text", "kind"), CASES)
def test_every_past_form_of_a_claim_verb_claims(lang: str, text: str, kind: str) -> None:
    speaker, enemy = ENEMY[lang]
    assert claims_of(text, speaker) == {("Кліщіївка", kind, enemy)}


# The Russian short passive («Клещеевка освобождена», «заняты», «окружён»): the speaker's side did it.
PASSIVES = [
    ("освободить", "captured"),
    ("захватить", "captured"),
    ("занять", "captured"),
    ("взять", "captured"),
    ("зачистить", "captured"),
    ("оставить", "withdrew"),
    ("окружить", "advanced"),
]
PASSIVE_CASES = [
    (f"Клещеевка {f.word}.", kind)
    for lemma, kind in PASSIVES
    for f in _analyzer("ru").parse(lemma)[0].lexeme
    if f.tag.POS == "PRTS" and "pssv" in f.tag
]


@pytest.mark.parametrize(("text", "kind"), PASSIVE_CASES)
def test_every_short_passive_of_a_claim_verb_claims(text: str, kind: str) -> None:
    assert {(name, k) for name, k, _ in claims_of(text, "ru")} == {("Кліщіївка", kind)}


# The Ukrainian impersonal and the passive participle after the name: the speaker's side did it («Кліщіївку
# звільнено», «Кліщіївка залишена»), or the side the verb names («захоплено»: the enemy's word).
UK_PASSIVES = [
    ("Кліщіївку звільнено.", ("captured", "ua")),
    ("Кліщіївку відвойовано.", ("captured", "ua")),
    ("Кліщіївку зачищено.", ("captured", "ua")),
    ("Кліщіївку оточено.", ("advanced", "ua")),
    ("Кліщіївку залишено.", ("withdrew", "ua")),
    ("Кліщіївка залишена.", ("withdrew", "ua")),
    ("Кліщіївка зайнята.", ("captured", "ua")),
    ("Кліщіївка звільнена.", ("captured", "ua")),
    ("Кліщіївку захоплено.", ("captured", "ru")),
    ("Кліщіївка окупована.", ("captured", "ru")),
]


@pytest.mark.parametrize(("text", "expected"), UK_PASSIVES)
def test_the_ukrainian_impersonal_and_passive(text: str, expected: tuple[str, str]) -> None:
    assert claims_of(text, "ua") == {("Кліщіївка", *expected)}
