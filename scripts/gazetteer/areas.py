"""Oblasts and raions: their Ukrainian, Russian, English, colloquial and former names (the rows of areas.tsv)."""

from __future__ import annotations

import re
from collections import defaultdict

from .aliases import OK_CHARS
from .geo import haversine
from .keys import UKR_ONLY, ckey, lkey
from .latin import kmu
from .model import Feature, Place
from .russian import ru_variants
from .tuning import AREAS

Aliases = list[tuple[str, str]]  # (kind, name)
AreaRow = tuple[str, str, str, str, Aliases]  # code, kind, name, parent, aliases

# Oblasts (uk adjective from KATOTTG) -> (ru adjective, English, colloquial names)
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


CITIES = ("Київ", "Севастополь")  # K: a city is its own "oblast"
CITY_FORMS = ("м. {}", "місто {}")
UK_OBLAST_FORMS = ("{} область", "{} обл.")
RU_OBLAST_FORMS = ("{} область", "{} обл.")  # of a Russian adjective (-ая); other Russian names stand alone (ДНР)
EN_OBLAST_FORMS = ("{} oblast", "{} region", "{} Oblast")  # of an English name; acronyms stand alone (DNR)
UK_RAION_FORMS = ("{} район", "{} р-н")
RU_RAION_FORMS = ("{} район", "{} р-н")
EN_RAION_FORMS = ("{} raion", "{} district")
EN_SEAT_FORMS = ("{} raion", "{} district", "{} Raion")  # of the Latin name of the raion's centre
# Raion centres the name rule cannot find
RAION_SEATS = {"Криворізький": "Кривий Ріг", "Білоцерківський": "Біла Церква", "Ялтинський": "Ялта"}
RAION_ADJECTIVE = r"(ський|цький|зький|ий)$"  # Бахмутський -> бахмут, the stem of the centre's name
FORMER_RAION_ADJECTIVE = r"(ськ|цьк|зьк|ск|цк|зк)(ий|ый|ій) район$"  # of a GeoNames ADM2H alternate
SEAT_CATEGORIES = "KMXC"  # a former raion's seat: a city before a selyshche before a village
CENTRE_CATEGORIES = "MXCK"  # a raion's centre: the same, K last (it has no raion)


def forms(kind: str, name: str, templates: tuple[str, ...]) -> Aliases:
    return [(kind, t.format(name)) for t in templates]


def oblast_aliases(name: str) -> Aliases:
    ru, en, coll = OBLASTS.get(name, ([], [], []))
    if name in CITIES:
        return forms("u", name, CITY_FORMS) + [("r", r) for r in ru] + [("e", e) for e in en]
    if name.startswith("Автономна"):
        return [("r", r) for r in ru] + [("e", e) for e in en] + [("c", c) for c in coll]
    return [
        *forms("u", name, UK_OBLAST_FORMS),
        *(a for r in ru for a in (forms("r", r, RU_OBLAST_FORMS) if r.endswith("ая") else [("r", r)])),
        *(a for e in en for a in ([("e", e)] if e.isupper() else forms("e", e, EN_OBLAST_FORMS))),
        ("e", f"{kmu(name)} oblast"),
        *(("c", c) for c in coll if c != name),
    ]


def raion_aliases(name: str, center_latin: str | None, gn_ru: list[str]) -> Aliases:
    out = forms("u", name, UK_RAION_FORMS) + forms("r", ru_variants(name)[0], RU_RAION_FORMS)
    out += [("r", r) for r in gn_ru]
    out += forms("e", kmu(name), EN_RAION_FORMS)
    if center_latin:
        out += forms("e", center_latin, EN_SEAT_FORMS)
    return out


def area_rows(
    oblasts: dict[str, str], raions: dict[str, tuple[str, str]], places: list[Place], adm2: dict[str, Feature]
) -> list[AreaRow]:
    """Every oblast, then every raion, each in code order."""
    rows: list[AreaRow] = [
        (code, "oblast", oblasts[code], "", oblast_aliases(oblasts[code])) for code in sorted(oblasts)
    ]
    former = former_raions(places, adm2)
    for code in sorted(raions):
        name, parent = raions[code]
        centre = raion_centre(name, [p for p in places if p.raion_code == code])
        gn = adm2.get(code[2:6])
        gn_ru = [a for a in (gn.alts if gn else []) if a.endswith(" район") and not UKR_ONLY.search(a)]
        al = raion_aliases(name, centre.name_latin if centre else None, gn_ru[:3])
        rows.append((code, "raion", name, parent, al + former.get(code, [])))
    return rows


def raion_centre(name: str, members: list[Place]) -> Place | None:
    """The biggest city of the raion whose name the raion adjective is built on, else the raion seat as GeoNames
    marks it, or by hand."""
    stem = re.sub(RAION_ADJECTIVE, "", name).lower()
    cut = AREAS.centre_prefix_cut
    for p in sorted(members, key=lambda q: (CENTRE_CATEGORIES.index(q.category), -q.population)):
        pk = p.name.lower()
        short = AREAS.centre_prefix_min
        if pk.startswith(stem[: max(short, len(stem) - cut)]) or stem.startswith(pk[: max(short, len(pk) - cut)]):
            return p
    seats = [p for p in members if p.fcode == "PPLA2" or p.name == RAION_SEATS.get(name)]
    return max(seats, key=lambda q: (q.name == RAION_SEATS.get(name), q.population), default=None)


def former_raions(places: list[Place], adm2: dict[str, Feature]) -> dict[str, Aliases]:
    """Former raions (before the 2020 reform; GeoNames ADM2H) -> the new raion holding the old seat, found by the
    raion's name ("Yasynuvata Raion", "Мар'їнський район" -> Мар'їнка) near the old raion's point."""
    located = [p for p in places if p.lat is not None and p.lon is not None and p.raion_code]
    former: dict[str, Aliases] = defaultdict(list)
    for key, h in sorted(adm2.items()):
        if not key.startswith("H") or not h.name.endswith(" Raion"):
            continue
        cyr = [a for a in h.alts if a.endswith(" район") and OK_CHARS.match(a)]
        seat = former_seat(h, cyr, located)
        if seat is None:
            continue
        names = [("f", a) for a in cyr if not UKR_ONLY.search(a)][:2] + [("f", a) for a in cyr if UKR_ONLY.search(a)][
            :1
        ]
        names += [("f", h.name), ("f", h.name[: -len(" Raion")] + " district")]
        former[seat.raion_code].extend(names)
    return former


def former_seat(h: Feature, cyr: list[str], located: list[Place]) -> Place | None:
    """The settlement named like the former raion ``h`` (its Latin name, or a Cyrillic stem), near its point."""
    stems = {lkey(h.name[: -len(" Raion")])}
    stems |= {ckey(re.sub(FORMER_RAION_ADJECTIVE, "", a)) for a in cyr}

    def named_like(q: Place) -> bool:
        k = ckey(q.name)
        return lkey(q.name_latin) in stems or any(
            len(st) >= AREAS.stem_min and k.startswith(st) and len(k) <= len(st) + AREAS.stem_extra for st in stems
        )

    def km(q: Place) -> float:
        return haversine(h.lat, h.lon, q.lat or 0.0, q.lon or 0.0)

    seats = [q for q in located if named_like(q) and km(q) < AREAS.seat_km]
    return min(seats, key=lambda q: (SEAT_CATEGORIES.index(q.category), km(q)), default=None)
