"""Language of a post: uk, ru or en (langdetect, seeded, plus letters that settle short posts)."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

Lang = Literal["uk", "ru", "en"]

_UK_LETTERS = "іїєґІЇЄҐ"
_RU_LETTERS = "ыэъёЫЭЪЁ"
_UK_ONLY = frozenset(_UK_LETTERS)
# what is not a Cyrillic (Latin) letter: deleting it and taking the length counts the letters, in C
_NOT_CYR = re.compile(r"[^а-яА-ЯёЁіїєґІЇЄҐ]+")
_NOT_LAT = re.compile(r"[^a-zA-Z]+")
# langdetect is slow on long texts and gains nothing from them: a prefix of this size is plenty.
_SAMPLE = 2000


def _letter_vote(text: str) -> Lang | None:
    """Count letters only one of uk/ru uses; a clear majority settles the language."""
    uk = sum(map(text.count, _UK_LETTERS))
    ru = sum(map(text.count, _RU_LETTERS))
    if uk and uk >= 3 * ru:
        return "uk"
    if ru and ru >= 3 * uk:
        return "ru"
    return None


# The profiles langdetect weighs (it ships 55; all of them take ~65 MiB): the languages we tell apart and the
# other Cyrillic ones, so that a Bulgarian or Macedonian text is still no uk or ru by default.
_PROFILES = ("uk", "ru", "bg", "mk", "en")


@lru_cache(maxsize=1)
def _factory() -> Any:
    from langdetect.detector_factory import PROFILES_DIRECTORY, DetectorFactory

    factory = DetectorFactory()
    folder = Path(PROFILES_DIRECTORY)
    factory.load_json_profile([(folder / lang).read_text(encoding="utf-8") for lang in _PROFILES])
    factory.set_seed(0)  # repeatable results
    return factory


def _langdetect(text: str) -> str | None:
    from langdetect.lang_detect_exception import LangDetectException

    try:
        detector = _factory().create()
        detector.append(text)
        langs = detector.get_probabilities()
    except LangDetectException:
        return None
    for guess in langs:
        if guess.lang in ("uk", "ru", "en"):
            return str(guess.lang)
    return None


def detect_language(text: str) -> Lang:
    """Return "uk", "ru" or "en"; never raises. Cyrillic without a decisive letter defers to langdetect."""
    sample = text[:_SAMPLE]
    cyr = len(_NOT_CYR.sub("", sample))
    lat = len(_NOT_LAT.sub("", sample))
    if cyr == 0:
        return "en"
    if cyr < lat:
        return "en"
    vote = _letter_vote(sample)
    if vote is not None:
        return vote
    guess = _langdetect(sample)
    if guess == "uk":
        return "uk"
    if guess == "ru":
        return "ru"
    # Cyrillic but undecided: Russian letters in Ukrainian are rarer than the reverse, default to uk only on і-type.
    return "uk" if any(ch in _UK_ONLY for ch in sample) else "ru"
