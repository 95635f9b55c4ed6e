"""Oblasts and raions: their Ukrainian, Russian, English, colloquial and former names, written to areas.tsv."""

from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path

from .aliases import OK_CHARS
from .geo import haversine
from .keys import UKR_ONLY, ckey, lkey
from .latin import kmu
from .model import Feature, Place
from .russian import ru_variants

OBLASTS: dict[str, tuple[list[str], list[str], list[str]]] = {
    # name: ([ru], [en], [colloquial uk/ru])
    "Автономна Республіка Крим": (
        ["Республика Крым", "Крым", "Автономная Республика Крым"],
        ["Crimea", "Autonomous Republic of Crimea", "Krym"],
        ["Крим"],
    ),
    "Вінницька": (["Винницкая"], ["Vinnytsia", "Vinnytsya", "Vinnitsa"], ["Вінниччина", "Винничина"]),
    "Волинська": (["Волынская"], ["Volyn", "Volhynia"], ["Волинь", "Волынь"]),
    "Дніпропетровська": (
        ["Днепропетровская"],
        ["Dnipropetrovsk", "Dnipro", "Dnepropetrovsk"],
        ["Дніпропетровщина", "Дніпровщина", "Днепропетровщина", "Днепропетровская"],
    ),
    "Донецька": (
        ["Донецкая", "ДНР", "Донецкая Народная Республика"],
        ["Donetsk", "DNR", "DPR"],
        ["Донеччина", "Донетчина"],
    ),
    "Житомирська": (["Житомирская"], ["Zhytomyr", "Zhitomir"], ["Житомирщина", "Житомирщина"]),
    "Закарпатська": (["Закарпатская"], ["Zakarpattia", "Transcarpathia", "Zakarpattya"], ["Закарпаття", "Закарпатье"]),
    "Запорізька": (
        ["Запорожская"],
        ["Zaporizhzhia", "Zaporizhia", "Zaporozhye"],
        ["Запоріжжя", "Запоріжчина", "Запорожье", "Запорожчина"],
    ),
    "Івано-Франківська": (
        ["Ивано-Франковская"],
        ["Ivano-Frankivsk", "Ivano-Frankovsk"],
        ["Івано-Франківщина", "Прикарпаття", "Прикарпатье"],
    ),
    "Київська": (["Киевская"], ["Kyiv", "Kiev"], ["Київщина", "Киевщина"]),
    "Кіровоградська": (
        ["Кировоградская"],
        ["Kirovohrad", "Kirovograd", "Kropyvnytskyi"],
        ["Кіровоградщина", "Кировоградщина"],
    ),
    "Луганська": (
        ["Луганская", "ЛНР", "Луганская Народная Республика"],
        ["Luhansk", "Lugansk", "LNR", "LPR"],
        ["Луганщина"],
    ),
    "Львівська": (["Львовская"], ["Lviv", "Lvov"], ["Львівщина", "Львовщина"]),
    "Миколаївська": (
        ["Николаевская"],
        ["Mykolaiv", "Mykolayiv", "Nikolaev", "Nikolayev"],
        ["Миколаївщина", "Николаевщина"],
    ),
    "Одеська": (["Одесская"], ["Odesa", "Odessa"], ["Одещина", "Одесчина"]),
    "Полтавська": (["Полтавская"], ["Poltava"], ["Полтавщина"]),
    "Рівненська": (["Ровенская"], ["Rivne", "Rovno"], ["Рівненщина", "Ровенщина"]),
    "Сумська": (["Сумская"], ["Sumy"], ["Сумщина"]),
    "Тернопільська": (["Тернопольская"], ["Ternopil", "Ternopol"], ["Тернопільщина", "Тернопольщина"]),
    "Харківська": (["Харьковская"], ["Kharkiv", "Kharkov"], ["Харківщина", "Харьковщина", "Слобожанщина"]),
    "Херсонська": (["Херсонская"], ["Kherson"], ["Херсонщина"]),
    "Хмельницька": (["Хмельницкая"], ["Khmelnytskyi", "Khmelnytskyy", "Khmelnitsky"], ["Хмельниччина", "Хмельнитчина"]),
    "Черкаська": (["Черкасская"], ["Cherkasy", "Cherkassy"], ["Черкащина", "Черкасщина"]),
    "Чернівецька": (["Черновицкая"], ["Chernivtsi", "Chernovtsy"], ["Буковина", "Чернівеччина"]),
    "Чернігівська": (["Черниговская"], ["Chernihiv", "Chernigov"], ["Чернігівщина", "Черниговщина"]),
    "Київ": (["Киев"], ["Kyiv", "Kiev"], []),
    "Севастополь": (["Севастополь"], ["Sevastopol"], []),
}


def oblast_aliases(name: str) -> list[tuple[str, str]]:
    ru, en, coll = OBLASTS.get(name, ([], [], []))
    out: list[tuple[str, str]] = []
    if name in ("Київ", "Севастополь"):
        out += [("u", f"м. {name}"), ("u", f"місто {name}")]
        out += [("r", r) for r in ru] + [("e", e) for e in en]
        return out
    if name.startswith("Автономна"):
        out += [("r", r) for r in ru] + [("e", e) for e in en] + [("c", c) for c in coll]
        return out
    out += [("u", f"{name} область"), ("u", f"{name} обл.")]
    for r in ru:
        if r.endswith("ая"):
            out += [("r", f"{r} область"), ("r", f"{r} обл.")]
        else:
            out.append(("r", r))
    for e in en:
        if e.isupper():
            out.append(("e", e))
            continue
        out += [("e", f"{e} oblast"), ("e", f"{e} region"), ("e", f"{e} Oblast")]
    out.append(("e", f"{kmu(name)} oblast"))
    out += [("c", c) for c in coll if c != name]
    return out


def raion_aliases(name: str, center_latin: str | None, gn_ru: list[str]) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = [("u", f"{name} район"), ("u", f"{name} р-н")]
    ru = ru_variants(name)
    out += [("r", f"{ru[0]} район"), ("r", f"{ru[0]} р-н")]
    out += [("r", r) for r in gn_ru]
    lat = kmu(name)
    out += [("e", f"{lat} raion"), ("e", f"{lat} district")]
    if center_latin:
        out += [("e", f"{center_latin} raion"), ("e", f"{center_latin} district"), ("e", f"{center_latin} Raion")]
    return out


RAION_SEATS = {"Криворізький": "Кривий Ріг", "Білоцерківський": "Біла Церква", "Ялтинський": "Ялта"}


def write_areas(
    path: Path,
    oblasts: dict[str, str],
    raions: dict[str, tuple[str, str]],
    places: list[Place],
    adm2: dict[str, Feature],
) -> None:
    lines = ["#" + "\t".join(("code", "kind", "name", "parent", "aliases"))]

    def fmt(al: list[tuple[str, str]]) -> str:
        seen: set[str] = set()
        out = []
        for k, a in al:
            if a.lower() not in seen:
                seen.add(a.lower())
                out.append(f"{k}:{a}")
        return "|".join(out)

    for code in sorted(oblasts):
        lines.append("\t".join((code, "oblast", oblasts[code], "", fmt(oblast_aliases(oblasts[code])))))
    # former raions (before the 2020 reform; GeoNames ADM2H) -> the new raion holding the old seat, found by
    # the raion's name ("Yasynuvata Raion", "Мар'їнський район" -> Мар'їнка) near the old raion's point
    located = [p for p in places if p.lat is not None and p.lon is not None and p.raion_code]
    former: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for key, h in sorted(adm2.items()):
        if not key.startswith("H") or not h.name.endswith(" Raion"):
            continue
        cyr = [a for a in h.alts if a.endswith(" район") and OK_CHARS.match(a)]
        stems = {lkey(h.name[: -len(" Raion")])}
        stems |= {ckey(re.sub(r"(ськ|цьк|зьк|ск|цк|зк)(ий|ый|ій) район$", "", a)) for a in cyr}
        seats = [
            q
            for q in located
            if lkey(q.name_latin) in stems
            or any(len(st) >= 4 and ckey(q.name).startswith(st) and len(ckey(q.name)) <= len(st) + 3 for st in stems)
        ]
        seats = [q for q in seats if haversine(h.lat, h.lon, q.lat or 0.0, q.lon or 0.0) < 60]
        if not seats:
            continue
        seat = min(seats, key=lambda q: ("KMXC".index(q.category), haversine(h.lat, h.lon, q.lat or 0.0, q.lon or 0.0)))
        names = [("f", a) for a in cyr if not UKR_ONLY.search(a)][:2] + [("f", a) for a in cyr if UKR_ONLY.search(a)][
            :1
        ]
        names += [("f", h.name), ("f", h.name[: -len(" Raion")] + " district")]
        former[seat.raion_code].extend(names)
    # raion centre: the biggest city of the raion whose name the raion adjective is built on
    for code in sorted(raions):
        name, parent = raions[code]
        stem = re.sub(r"(ський|цький|зький|ий)$", "", name).lower()
        members = [p for p in places if p.raion_code == code]
        centre = None
        for p in sorted(members, key=lambda q: ("MXCK".index(q.category), -q.population)):
            pk = p.name.lower()
            if pk.startswith(stem[: max(4, len(stem) - 2)]) or stem.startswith(pk[: max(4, len(pk) - 2)]):
                centre = p
                break
        if centre is None:  # the raion seat as GeoNames marks it, or by hand
            seats = [p for p in members if p.fcode == "PPLA2" or p.name == RAION_SEATS.get(name)]
            centre = max(seats, key=lambda q: (q.name == RAION_SEATS.get(name), q.population), default=None)
        gn = adm2.get(code[2:6])
        gn_ru = [a for a in (gn.alts if gn else []) if a.endswith(" район") and not UKR_ONLY.search(a)]
        al = raion_aliases(name, centre.name_latin if centre else None, gn_ru[:3])
        al += former.get(code, [])
        lines.append("\t".join((code, "raion", name, parent, fmt(al))))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
