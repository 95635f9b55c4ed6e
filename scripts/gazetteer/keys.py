"""Comparison keys of names: Cyrillic (``ckey``), loose Latin (``lkey``) and Latin of a Cyrillic name (``cyr_lkey``)."""

from __future__ import annotations

import re
import unicodedata

from .latin import RU_BGN

APOSTROPHES = "’ʼ'`′‘ʹ"


def clean_name(s: str) -> str:
    return " ".join(s.replace("\xa0", " ").split())


CYR = re.compile(r"[а-яёіїєґ]", re.I)
UKR_ONLY = re.compile(r"[іїєґІЇЄҐ’ʼ']")
LATIN = re.compile(r"^[A-Za-z][A-Za-z '\-’.()/]*$")


def strip_marks(s: str) -> str:
    # keep й/ї/ё (composed), drop combining accents (Кучу́к)
    out: list[str] = []
    for ch in unicodedata.normalize("NFD", s):
        if unicodedata.category(ch) == "Mn":
            if ch in "\u0306\u0308" and out and out[-1] in "иИіІеЕ":  # й ї ё stay composed
                out[-1] = unicodedata.normalize("NFC", out[-1] + ch)
            continue
        out.append(ch)
    return "".join(out)


def ckey(s: str) -> str:
    """Cyrillic comparison key: lower case, no accents/apostrophes, ё->е, hyphens as spaces."""
    s = strip_marks(s).lower().replace("ё", "е")
    for a in APOSTROPHES:
        s = s.replace(a, "")
    s = s.replace("-", " ")
    return " ".join(s.split())


_LAT_STEPS = (
    ("shch", "sc"),
    ("sch", "sc"),
    ("kh", "x"),
    ("zh", "z"),
    ("ch", "c"),
    ("sh", "s"),
    ("ts", "c"),
    ("tz", "c"),
    ("w", "v"),
    ("h", "g"),
    ("q", "k"),
    ("ck", "k"),
)


def lkey(s: str) -> str:
    """Loose Latin key that collapses transliteration systems (Klishchiyivka ~ Klishchiivka ~ Klischiivka)."""
    s = "".join(ch for ch in unicodedata.normalize("NFD", s.lower()) if unicodedata.category(ch) != "Mn")
    s = re.sub(r"[^a-z ]", "", s.replace("-", " "))
    for a, b in _LAT_STEPS:
        s = s.replace(a, b)
    s = re.sub(r"[yij]+", "i", s)
    s = re.sub(r"(.)\1+", r"\1", s)
    return " ".join(s.split())


_RU2LAT = {**RU_BGN, "і": "i", "ї": "i", "є": "e", "ґ": "g"}


def cyr_lkey(s: str) -> str:
    return lkey("".join(_RU2LAT.get(ch, ch) for ch in ckey(s)))
