"""The aliases of a settlement: kinds, GeoNames names classified, generated Russian and Latin spellings."""

from __future__ import annotations

import re
from collections import defaultdict

from .keys import CYR, UKR_ONLY, ckey, clean_name, cyr_lkey, lkey, strip_marks
from .latin import latin_variants_ru, latin_variants_uk
from .model import Feature, Place
from .russian import ru_variants

KIND_RANK = {"r": 0, "f": 1, "g": 2, "u": 3, "l": 4, "v": 5, "x": 6, "o": 7}
OK_CHARS = re.compile(r"^[A-Za-zА-Яа-яЁёІіЇїЄєҐґ' \-’.]+$")


def _similar(a: str, b: str) -> bool:
    import difflib

    if not a or not b:
        return False
    if a == b:
        return True
    return difflib.SequenceMatcher(None, a, b).ratio() >= 0.75


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
    uk_l = lkey(p.name_latin)
    ru_l = [cyr_lkey(r) for r in ru[:3]]
    names: list[str] = []
    for a in [f.name, f.ascii, *f.alts]:
        names.extend(x.strip() for x in a.split(" / "))
    names = [strip_marks(a).strip() for a in names]
    famous = len(f.alts) > 40
    min_len = min(4, len(p.name))
    cyr_keys = {cyr_lkey(a) for a in names if CYR.search(a)}
    lat_keys = {lkey(a) for a in names if a and not CYR.search(a)}
    for a in names:
        if not a or not a[:1].isupper() or not OK_CHARS.match(a) or len(a.replace(" ", "")) < min_len:
            continue
        if a.isupper() and len(a) <= 4:
            continue
        cyr = bool(CYR.search(a))
        if cyr and re.search(r"[A-Za-z]", a):
            continue
        al = cyr_lkey(a) if cyr else lkey(a)
        like = _similar(al, uk_l) or any(_similar(al, r) for r in ru_l)
        if like:
            add_alias(p, ("u" if UKR_ONLY.search(a) else "r") if cyr else "l", a)
            continue
        if famous or al not in (lat_keys if cyr else cyr_keys):
            continue
        add_alias(p, "f", a)


_SOVIET_TRANSLATIONS = [
    (re.compile(r"^Первомайс[ь]?к(ое|е|ий|ая|а)$"), "Першотравнев"),
    (re.compile(r"^Октябрьск(ое|ий|ая)$"), "Жовтнев"),
]
_UK_ENDING = {"ое": "е", "е": "е", "ий": "ий", "ая": "а", "а": "а"}


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
    attested_ru = [a for a, k in p.aliases.items() if k == "r"]
    # Russian forms of former Ukrainian names (Софіївка was Артемівка: the Russian side says Артемовка), and
    # the Ukrainian original of Soviet names known in Russian translation (Первомайское = Першотравневе)
    for a, k in list(p.aliases.items()):
        if k == "f" and UKR_ONLY.search(a) and CYR.search(a):
            add_alias(p, "f", ru_variants(a)[0])
        if k == "f" and CYR.search(a):
            for rx, uk in _SOVIET_TRANSLATIONS:
                m = rx.match(a)
                if m:
                    add_alias(p, "f", uk + _UK_ENDING.get(m.group(1), m.group(1)))
    if ru:
        add_alias(p, "g", ru[0])
    for r in ru[1:]:
        add_alias(p, "v", r)
    main, second = latin_variants_uk(p.name, p.name_latin)
    for x in main:
        add_alias(p, "l", x)
    for r in attested_ru + ru[:1]:
        for x in latin_variants_ru(r):
            add_alias(p, "l", x)
    for x in second:
        add_alias(p, "x", x)
    for r in ru[1:3]:
        add_alias(p, "x", latin_variants_ru(r)[0])
