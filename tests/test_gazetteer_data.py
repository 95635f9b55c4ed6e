"""The bundled gazetteer data files (bot/data/gazetteer.tsv.gz, bot/data/areas.tsv), read with the stdlib only.

The format is documented in scripts/build_gazetteer.py.
"""

from __future__ import annotations

import gzip
import math
import re
from collections import Counter
from functools import cache
from pathlib import Path
from types import ModuleType

import pytest

DATA = Path(__file__).resolve().parent.parent / "bot" / "data"
CODE_RE = re.compile(r"^UA\d{17}$")
HEADER = [
    "code",
    "category",
    "name",
    "name_latin",
    "oblast",
    "raion",
    "hromada",
    "oblast_code",
    "raion_code",
    "lat",
    "lon",
    "geonameid",
    "population",
    "aliases",
]
KINDS = set("rgvlxufo")


@cache
def rows() -> tuple[dict[str, str], ...]:
    with gzip.open(DATA / "gazetteer.tsv.gz", "rt", encoding="utf-8") as fh:
        lines = fh.read().split("\n")
    assert lines[0] == "#" + "\t".join(HEADER)
    assert lines[-1] == ""
    out = []
    for line in lines[1:-1]:
        fields = line.split("\t")
        assert len(fields) == len(HEADER), line
        out.append(dict(zip(HEADER, fields, strict=True)))
    return tuple(out)


def aliases(row: dict[str, str]) -> dict[str, str]:
    """alias -> kind"""
    if not row["aliases"]:
        return {}
    return {a[2:]: a[0] for a in row["aliases"].split("|")}


def by_code(code: str) -> dict[str, str]:
    [row] = [r for r in rows() if r["code"] == code]
    return row


def named(name: str, oblast: str | None = None) -> list[dict[str, str]]:
    return [r for r in rows() if r["name"] == name and (oblast is None or r["oblast"] == oblast)]


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(a))


def test_all_settlements_present() -> None:
    assert len(rows()) == 29_703
    cats = Counter(r["category"] for r in rows())
    assert cats == {"C": 27_261, "X": 1_979, "M": 461, "K": 2}


def test_codes_unique_and_well_formed() -> None:
    codes = [r["code"] for r in rows()]
    assert len(set(codes)) == len(codes)
    assert all(CODE_RE.match(c) for c in codes)
    for r in rows():
        assert CODE_RE.match(r["oblast_code"])
        assert r["code"][:4] == r["oblast_code"][:4]
        if r["category"] == "K":
            assert r["raion_code"] == ""
        else:
            assert CODE_RE.match(r["raion_code"]) and r["code"][:6] == r["raion_code"][:6]
        assert r["name"] and r["name_latin"] and r["oblast"]


def test_fields_parse() -> None:
    with_coords = 0
    for r in rows():
        if r["lat"]:
            lat, lon = float(r["lat"]), float(r["lon"])
            assert 44.0 < lat < 52.5 and 22.0 < lon < 40.5, r
            assert int(r["geonameid"]) > 0
            with_coords += 1
        else:
            assert r["lon"] == "" and r["geonameid"] == ""
        for a, kind in aliases(r).items():
            assert kind in KINDS and a.strip() == a and a, r["code"]
    assert with_coords > 26_000


def test_kliishchiivka() -> None:
    r = by_code("UA14020010120064151")
    assert r["name"] == "Кліщіївка" and r["name_latin"] == "Klishchiivka"
    assert r["raion"] == "Бахмутський" and r["oblast"] == "Донецька"
    al = aliases(r)
    assert "Клещеевка" in al and al["Клещеевка"] in "rg"
    assert "Kleshcheevka" in al and "Klishchiyivka" in al
    assert km(float(r["lat"]), float(r["lon"]), 48.529, 37.960) < 2


def test_bakhmut() -> None:
    [r] = named("Бахмут", "Донецька")
    assert r["category"] == "M"
    al = aliases(r)
    assert al.get("Артемовск") == "f"
    assert km(float(r["lat"]), float(r["lon"]), 48.594, 37.999) < 3


@pytest.mark.parametrize(
    ("name", "oblast", "alias"),
    [
        ("Роботине", "Запорізька", "Работино"),
        ("Роботине", "Запорізька", "Rabotino"),
        ("Покровськ", "Донецька", "Красноармейск"),
        ("Мирноград", "Донецька", "Димитров"),
        ("Торецьк", "Донецька", "Дзержинск"),
        ("Вугледар", "Донецька", "Угледар"),
        ("Часів Яр", "Донецька", "Часов Яр"),
        ("Мар’їнка", "Донецька", "Марьинка"),
        ("Авдіївка", "Донецька", "Авдеевка"),
        ("Авдіївка", "Донецька", "Avdiyivka"),
        ("Велика Новосілка", "Донецька", "Великая Новоселка"),
        ("Сіверськодонецьк", "Луганська", "Северодонецк"),
        ("Кропивницький", "Кіровоградська", "Кировоград"),
        ("Вовчанськ", "Харківська", "Волчанск"),
        ("Неліпівка", "Донецька", "Нелеповка"),  # GeoNames «Nelepovka» read back: one generated variant attested
        ("Гостре", "Донецька", "Острое"),  # the root гостр-/остр-, attested as «Ostroye»
        ("Бажане Друге", "Донецька", "Желанное Второе"),  # the Russian form of the former name Желанне Друге ...
        ("Бажане Друге", "Донецька", "Второе Желанное"),  # ... with its ordinal first
    ],
)
def test_alias(name: str, oblast: str, alias: str) -> None:
    hits = named(name, oblast)
    assert hits
    assert any(alias in aliases(r) for r in hits), [aliases(r) for r in hits]


def test_andriivka_homonyms() -> None:
    hits = named("Андріївка")
    assert len(hits) == 75
    bakhmut = [r for r in hits if r["raion"] == "Бахмутський"]
    assert len(bakhmut) == 1 and "Андреевка" in aliases(bakhmut[0])
    assert km(float(bakhmut[0]["lat"]), float(bakhmut[0]["lon"]), 48.502, 37.967) < 3


def test_every_settlement_has_a_russian_form() -> None:
    # a Russian form is either an alias of kind r/g or the Ukrainian name itself (Бахмут, Мирноград)
    missing = [
        r["name"]
        for r in rows()
        if not any(k in "rg" for k in aliases(r).values()) and re.search(r"[іїєґ]", r["name"].lower())
    ]
    assert len(missing) < 50, missing[:20]


def test_areas() -> None:
    lines = (DATA / "areas.tsv").read_text(encoding="utf-8").split("\n")
    assert lines[0] == "#code\tkind\tname\tparent\taliases"
    areas = [
        dict(zip(["code", "kind", "name", "parent", "aliases"], ln.split("\t"), strict=True)) for ln in lines[1:] if ln
    ]
    kinds = Counter(a["kind"] for a in areas)
    assert kinds["oblast"] == 27 and kinds["raion"] == 136
    codes = {a["code"] for a in areas}
    settlement_areas = {r["oblast_code"] for r in rows()} | {r["raion_code"] for r in rows() if r["raion_code"]}
    assert settlement_areas <= codes
    donetsk = next(a for a in areas if a["kind"] == "oblast" and a["name"] == "Донецька")
    al = {x[2:] for x in donetsk["aliases"].split("|")}
    assert {"Донецька область", "Донеччина", "Донецкая область", "Donetsk oblast", "Donetsk region"} <= al
    bakhmut = next(a for a in areas if a["kind"] == "raion" and a["name"] == "Бахмутський")
    assert bakhmut["parent"] == donetsk["code"]
    al = {x[2:] for x in bakhmut["aliases"].split("|")}
    assert {"Бахмутський район", "Бахмутский район", "Bakhmut raion", "Bakhmut district"} <= al
    pokrovsk = next(a for a in areas if a["kind"] == "raion" and a["name"] == "Покровський")
    assert "f:Марьинский район" in pokrovsk["aliases"].split("|")  # a pre-2020 raion, now inside Pokrovsk raion


def test_former_names() -> None:
    # renamed in 2024 from Першотравневе (Russian: Первомайское), a name other villages still carry
    al = aliases(by_code("UA14160190230078552"))
    assert al.get("Першотравневе") == "f"
    assert al.get("Первомайське") == "o"
    assert al.get("Авдеевское") == "g"


@cache
def _build_module() -> ModuleType:
    """The build's Russian spelling rules, scripts/gazetteer/russian.py (they need neither ../shared nor any
    third-party package); the package is loaded from its folder, as scripts/ is not on the import path."""
    import importlib
    import importlib.util
    import sys

    folder = DATA.parent.parent / "scripts" / "gazetteer"
    spec = importlib.util.spec_from_file_location(
        "gazetteer", folder / "__init__.py", submodule_search_locations=[str(folder)]
    )
    assert spec and spec.loader
    package = importlib.util.module_from_spec(spec)
    sys.modules["gazetteer"] = package  # its modules import each other relatively; dataclasses look their module up
    spec.loader.exec_module(package)
    return importlib.import_module("gazetteer.russian")


RU_RULES = [
    ("Кліщіївка", "Клещеевка"),
    ("Андріївка", "Андреевка"),
    ("Роботине", "Работино"),
    ("Вугледар", "Угледар"),
    ("Часів Яр", "Часов Яр"),
    ("Новомихайлівка", "Новомихайловка"),
    ("Курдюмівка", "Курдюмовка"),
    ("Старомайорське", "Старомайорское"),
    ("Мар’їнка", "Марьинка"),
    ("Авдіївка", "Авдеевка"),
    ("Покровськ", "Покровск"),
    ("Іванівське", "Ивановское"),
    ("Кам’янське", "Каменское"),
    ("Зелене", "Зеленое"),
    ("Вовчанськ", "Волчанск"),
    ("Курахове", "Курахово"),
    ("Торецьк", "Торецк"),
    ("Гуляйполе", "Гуляйполе"),
    ("Велика Новосілка", "Великая Новоселка"),
    ("Синьківка", "Синьковка"),
    ("Білогорівка", "Белогоровка"),
    ("Первомайське", "Первомайское"),
    ("Нью-Йорк", "Нью-Йорк"),
    ("Миколаївка", "Николаевка"),
    ("Олександрівка", "Александровка"),
    ("Новоолександрівка", "Новоалександровка"),
    ("Микільське", "Никольское"),
    ("Добропілля", "Доброполье"),
    ("Кам’янка-Дніпровська", "Каменка-Днепровская"),
    ("Єнакієве", "Енакиево"),
    ("Енергодар", "Энергодар"),
    ("Підгородне", "Подгородное"),
    ("Степногірськ", "Степногорск"),
    ("Західне", "Западное"),
    ("Східне", "Восточное"),
    ("Гостре", "Острое"),
    ("Рівнопілля", "Ровнополье"),
    ("Запорізьке", "Запорожское"),
    ("Затишшя", "Затишье"),
    ("Огірцеве", "Огурцево"),
    ("Переїзне", "Переездное"),  # їзд- drops its д before н in Ukrainian only
    ("Пільне", "Польное"),
    ("Південнодонбаське", "Южнодонбасское"),
    ("Виїмка", "Выемка"),
    ("Іллінка", "Ильинка"),  # the possessive -ин- before -ка, no closed syllable's о
]


@pytest.mark.parametrize(("uk", "ru"), RU_RULES)
def test_russian_spelling_rules(uk: str, ru: str) -> None:
    variants = _build_module().ru_variants(uk)
    assert variants[0] == ru, variants


@pytest.mark.parametrize(
    ("uk", "ru"),
    [
        ("Григорівка", "Григорьевка"),
        ("Василівка", "Васильевка"),
        ("Степове", "Степовое"),
        ("Оріхів", "Орехов"),
        ("Слобідка", "Слободка"),
        ("Кринки", "Крынки"),
    ],
)
def test_russian_spelling_variants(uk: str, ru: str) -> None:
    variants = _build_module().ru_variants(uk)
    assert ru in variants and len(variants) <= 6, variants


@pytest.mark.parametrize(
    ("latin", "cyrillic"),
    [
        ("Zhelannoye-Vtoroye", ["Желанное-Второе"]),
        ("Nelepovka", ["Нелеповка"]),
        ("Krasnoarmeysk", ["Красноармейск"]),
        ("Vasilyevka", ["Васильевка"]),  # ye after a consonant: ье
        ("Yenakiyevo", ["Енакиево"]),  # ... at the start or after a vowel: е
        ("Staromayorskoye", ["Старомайорское"]),  # yo after a vowel: йо
        ("Seryozhino", ["Сережино"]),  # ... after a consonant: ё, written е
        ("Yasnaya Polyana", ["Ясная Поляна"]),
        ("Energodar", ["Энергодар", "Енергодар"]),  # e at the start: either
        ("Pyl'naya", ["Пыльная"]),  # the apostrophe: ь
        ("Zhelannaja", ["Желанная"]),  # j as y before a vowel
    ],
)
def test_russian_latin_read_back(latin: str, cyrillic: list[str]) -> None:
    _build_module()
    import importlib

    assert importlib.import_module("gazetteer.latin").cyrillic_from_russian_latin(latin) == cyrillic
