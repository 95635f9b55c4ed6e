"""The aliases of a settlement: kinds, GeoNames names classified, generated Russian and Latin spellings."""

from __future__ import annotations

import difflib
import re
from collections import defaultdict

from .keys import CYR, UKR_ONLY, ckey, clean_name, cyr_lkey, lkey, strip_marks
from .latin import cyrillic_from_russian_latin, kmu, latin_variants_ru, latin_variants_uk
from .model import Feature, Place
from .russian import ru_variants
from .tuning import ALIASES

KIND_RANK = {"r": 0, "f": 1, "g": 2, "u": 3, "l": 4, "v": 5, "x": 6, "o": 7}
OK_CHARS = re.compile(r"^[A-Za-zА-Яа-яЁёІіЇїЄєҐґ' \-’.]+$")


def _similar(a: str, b: str) -> bool:
    if not a or not b:
        return False
    if a == b:
        return True
    return _ratio(a, b) >= ALIASES.similar_ratio


def add_alias(p: Place, kind: str, alias: str) -> None:
    alias = clean_name(strip_marks(alias)).replace("'", "’").replace("|", " ").replace("\t", " ")
    if not CYR.search(alias):
        alias = alias.replace("’", "")
    if len(alias) < 2 or not OK_CHARS.match(alias):
        return
    k = ckey(alias)
    if k in (ckey(p.name), ckey(p.name_latin)):
        return
    for a in p.aliases:
        if ckey(a) == k:
            if KIND_RANK[kind] < KIND_RANK[p.aliases[a]]:
                p.aliases[a] = kind
            return
    p.aliases[alias] = kind


def geonames_aliases(p: Place, f: Feature, ru: list[str]) -> None:
    """Classify the feature's names as r/u/l (spellings of this name) or f (other names).

    Other names are kept only when the place is not world-famous (over 40 alternates means exonyms in
    dozens of languages: Kaenugardur, Chiovia) and when they exist in both scripts (Карловка + Karlovka,
    Артемовск + Artemovsk), which filters out names in other languages.
    """
    spellings = [lkey(p.name_latin)] + [cyr_lkey(r) for r in ru[:3]]
    names = feature_names(f)
    famous = len(f.alts) > ALIASES.famous_alternates
    min_len = min(ALIASES.min_letters, len(p.name))
    cyr_keys = {cyr_lkey(a) for a in names if CYR.search(a)}
    lat_keys = {lkey(a) for a in names if a and not CYR.search(a)}
    for a in names:
        if not usable_name(a, min_len):
            continue
        cyr = bool(CYR.search(a))
        al = cyr_lkey(a) if cyr else lkey(a)
        if any(_similar(al, s) for s in spellings):
            add_alias(p, ("u" if UKR_ONLY.search(a) else "r") if cyr else "l", a)
        elif not famous and al in (lat_keys if cyr else cyr_keys):
            add_alias(p, "f", a)


def feature_names(f: Feature) -> list[str]:
    """The feature's names and alternates, «A / B» as two names."""
    names: list[str] = []
    for a in [f.name, f.ascii, *f.alts]:
        names.extend(x.strip() for x in a.split(" / "))
    return [strip_marks(a).strip() for a in names]


def usable_name(a: str, min_len: int) -> bool:
    """A capitalised name of one script, long enough, not an acronym."""
    if not a or not a[:1].isupper() or not OK_CHARS.match(a) or len(a.replace(" ", "")) < min_len:
        return False
    if a.isupper() and len(a) <= ALIASES.acronym_letters:
        return False
    return not (CYR.search(a) and re.search(r"[A-Za-z]", a))


_SOVIET_TRANSLATIONS = [
    (re.compile(r"^Первомайс[ь]?к(ое|е|ий|ая|а)$"), "Першотравнев"),
    (re.compile(r"^Октябрьск(ое|ий|ая)$"), "Жовтнев"),
]
_UK_ENDING = {"ое": "е", "е": "е", "ий": "ий", "ая": "а", "а": "а"}
# Ukrainian without its own letters: the adjective endings Russian never writes (Желанне, Гостре, Бахмутське) and
# the ordinals (Друге, Перша)
_UK_WORD = re.compile(
    r"(?:(?<!по)(?<!мо)[^аеиоуыэюяёьъ\s-]е|[сцз]ьк[еа])(?![а-яё])|(?<![а-яё])(?:Друг|Перш|Трет)[еаєя](?![а-яё])", re.I
)
# «Желанное Второе» is also «Второе Желанное»
_RU_ORDINAL = re.compile(r"^(.+)[ -]((?:Перв|Втор|Треть?)(?:ое|ье|ый|ой|ий|ая|ья|ые|ьи))$")


def demote_shared_former_names(places: list[Place]) -> None:
    """A former name that is today the name (official, Russian) of another settlement of the same oblast
    (Желябовка was Андреевка; Андріївка is Андреевка today) becomes kind ``o``, weaker than current names."""
    current: dict[tuple[str, str], set[str]] = defaultdict(set)
    for p in places:
        current[(p.oblast_code, ckey(p.name))].add(p.code)
        for a, k in p.aliases.items():
            if k in "rg":
                current[(p.oblast_code, ckey(a))].add(p.code)
    for p in places:
        for a, k in p.aliases.items():
            if k == "f" and current.get((p.oblast_code, ckey(a)), set()) - {p.code}:
                p.aliases[a] = "o"


def generated_aliases(p: Place, ru: list[str]) -> None:
    """Russian names read from Latin ones, Russian forms of former names, then the generated Russian (g, v) and Latin
    (l, x) spellings."""
    russian_from_latin(p, ru)
    attested_ru = [a for a, k in p.aliases.items() if k == "r"]
    former_name_forms(p)
    for kind, alias in generated_spellings(p, ru, attested_ru):
        add_alias(p, kind, alias)
    for a, k in list(p.aliases.items()):
        m = _RU_ORDINAL.match(a)
        if m and k in "rgf":
            add_alias(p, k, f"{m.group(2)} {m.group(1)}")
    for alias in former_latin(p):
        add_alias(p, "f", alias)


def russian_from_latin(p: Place, ru: list[str]) -> None:
    """The Cyrillic of GeoNames Latin names spelt from the Russian name rather than the Ukrainian one, when it is one
    of the generated Russian spellings: that spelling is attested (Ostroye: Острое, the Russian name of Гостре;
    Nelepovka: Нелеповка, not the best guess Нелиповка). Only those: GeoNames' Latin names follow many systems
    (Polish, French), and a name merely alike may be another name (Podgornoye is not Подгородное)."""
    uk_latin = [lkey(x) for x in (p.name_latin, *latin_variants_uk(p.name, p.name_latin)[0])]
    ru_latin = [lkey(x) for r in ru[:3] for x in latin_variants_ru(r)]
    generated = {ckey(r) for r in ru}
    for a, k in list(p.aliases.items()):
        if k != "l":
            continue
        la = lkey(a)
        if max(_ratio(la, x) for x in ru_latin) <= max(_ratio(la, x) for x in uk_latin):
            continue  # a spelling of the Ukrainian name
        for cyr in cyrillic_from_russian_latin(a):
            if ckey(cyr) in generated:
                add_alias(p, "r", cyr)
                break


def _ratio(a: str, b: str) -> float:
    return difflib.SequenceMatcher(None, a, b).ratio()


def former_latin(p: Place) -> list[str]:
    """The Latin spellings of the Cyrillic former names, as the Ukrainian and the Russian would be transliterated:
    the press wrote them for years (Желанное: Zhelannoye, Zhelannoe)."""
    out: list[str] = []
    for a, k in list(p.aliases.items()):
        if k == "f" and CYR.search(a):
            out += latin_variants_uk(a, kmu(a))[0]
            if not UKR_ONLY.search(a):
                out += latin_variants_ru(a)
    return [x for x in dict.fromkeys(out) if not CYR.search(x)]  # a Russian letter the Ukrainian table lacks (э)


def former_name_forms(p: Place) -> None:
    """Russian forms of former Ukrainian names (Софіївка was Артемівка: the Russian side says Артемовка; Бажане Друге
    was Желанне Друге: Желанное Второе), and the
    Ukrainian original of Soviet names known in Russian translation (Первомайское = Першотравневе)."""
    for a, k in list(p.aliases.items()):
        if k not in "rf" or not CYR.search(a):
            continue
        if UKR_ONLY.search(a) or _UK_WORD.search(a):
            add_alias(p, "f", ru_variants(a)[0])
        for rx, uk in _SOVIET_TRANSLATIONS:
            m = rx.match(a)
            if m:
                add_alias(p, "f", uk + _UK_ENDING.get(m.group(1), m.group(1)))


def generated_spellings(p: Place, ru: list[str], attested_ru: list[str]) -> list[tuple[str, str]]:
    """(kind, alias): the best Russian guess, its variants, the Latin spellings of the Ukrainian name and of the
    attested and best Russian ones, then the secondary Latin spellings."""
    main, second = latin_variants_uk(p.name, p.name_latin)
    return [
        *(("g", r) for r in ru[:1]),
        *(("v", r) for r in ru[1:]),
        *(("l", x) for x in main),
        *(("l", x) for r in attested_ru + ru[:1] for x in latin_variants_ru(r)),
        *(("x", x) for x in second),
        *(("x", latin_variants_ru(r)[0]) for r in ru[1:3]),
    ]
