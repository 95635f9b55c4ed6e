"""Place names per language: settlement names, raion and oblast lines, button labels (pure).

Ukrainian replies use the official Ukrainian names; Russian replies the Russian names the gazetteer knows
(`Settlement.name_ru`, `raion_ru`, `oblast_ru`; the Ukrainian name when it has none); English replies the official
KMU-2010 Latin (the gazetteer's `name_latin`; raions and oblasts transliterated by the same table, which gives the
names of bot/data/areas.tsv). Crimea is the Autonomous Republic, not an oblast; Kyiv and Sevastopol (category K)
and the places of the exclusion zone have no raion. Names always stand in the nominative (the catalog's templates
are phrased so), so no name is ever declined wrongly.
"""

from __future__ import annotations

from bot.core.present.i18n import t
from bot.core.present.safe import Safe, fmt
from bot.models import Settlement

CRIMEA_PREFIX = "UA01"  # KATOTTG code of the Autonomous Republic of Crimea
SPECIAL_CITY = "K"  # Kyiv, Sevastopol

_LATIN = "a b v h g d e zh z y i k l m n o p r s t u f kh ts ch sh shch"
_KMU = dict(zip("абвгґдежзиіклмнопрстуфхцчшщ", _LATIN.split(" "), strict=True))
_KMU_SOFT = {"є": ("ye", "ie"), "ї": ("yi", "i"), "й": ("y", "i"), "ю": ("yu", "iu"), "я": ("ya", "ia")}
_SILENT = "ь'’ʼ`"


def transliterate(text: str) -> str:
    """Ukrainian -> Latin by the official KMU-2010 table (Cabinet resolution 55 of 27.01.2010): є ї й ю я are
    ye yi y yu ya at the start of a word and ie i i iu ia elsewhere (after an apostrophe too), зг is zgh, the soft
    sign and the apostrophe are not written."""
    out: list[str] = []
    word_start = True
    for i, ch in enumerate(text):
        low = ch.lower()
        if low in _SILENT:
            continue
        if low in _KMU_SOFT:
            latin = _KMU_SOFT[low][0 if word_start else 1]
        elif low == "г" and i > 0 and text[i - 1].lower() == "з":
            latin = "gh"
        else:
            latin = _KMU.get(low, ch)
        out.append(latin.capitalize() if ch.isupper() else latin)
        word_start = not ch.isalpha()
    return "".join(out)


def settlement_name(s: Settlement, lang: str) -> str:
    """The name in the reader's language: KMU-2010 Latin, the Russian name, or the official Ukrainian one."""
    if lang == "en":
        return s.name_latin or transliterate(s.name)
    if lang == "ru":
        return s.name_ru or s.name
    return s.name


def raion_name(s: Settlement, lang: str) -> str:
    if lang == "en":
        return transliterate(s.raion)
    return (s.raion_ru or s.raion) if lang == "ru" else s.raion


def oblast_name(s: Settlement, lang: str) -> str:
    if lang == "en":
        return transliterate(s.oblast)
    return (s.oblast_ru or s.oblast) if lang == "ru" else s.oblast


def area_text(kind: str, name: str, lang: str, name_ru: str = "", code: str = "") -> str:
    """An oblast or raion in words: "Donetska oblast", «Бахмутський район», «Автономна Республіка Крим»."""
    if kind == "oblast" and code.startswith(CRIMEA_PREFIX):
        return t(lang, "area_crimea")
    local = transliterate(name) if lang == "en" else (name_ru or name) if lang == "ru" else name
    return t(lang, f"area_{kind}", name=local)


def where_parts(s: Settlement, lang: str) -> list[str]:
    """Raion and oblast in words, as far as the place has them (plain text)."""
    if s.category == SPECIAL_CITY:
        return [t(lang, "area_city")]
    parts = [area_text("raion", raion_name(s, lang), lang)] if s.raion else []
    if s.code.startswith(CRIMEA_PREFIX):
        parts.append(t(lang, "area_crimea"))
    elif s.oblast:
        parts.append(area_text("oblast", oblast_name(s, lang), lang))
    return parts


def place_line(s: Settlement, lang: str) -> Safe:
    """ "<b>Klishchiivka</b> — Bakhmutskyi raion, Donetska oblast" (HTML)."""
    where = ", ".join(where_parts(s, lang))
    return fmt(lang, "place_line", name=settlement_name(s, lang), where=where)


def place_where(s: Settlement, lang: str) -> str:
    return ", ".join(where_parts(s, lang))


def place_label(s: Settlement, lang: str, hromada: bool = False) -> str:
    """Plain text for a button: "Andriivka (Bakhmutskyi raion, Donetska oblast)", with the hromada when asked (two
    namesakes of one raion)."""
    parts = where_parts(s, lang)
    if hromada and s.hromada:
        local = transliterate(s.hromada) if lang == "en" else s.hromada
        parts.append(t(lang, "area_hromada", name=local))
    return t(lang, "place_label", name=settlement_name(s, lang), where=", ".join(parts))


def place_labels(settlements: list[Settlement] | tuple[Settlement, ...], lang: str) -> list[str]:
    """Labels for a list of namesakes: the hromada is added where raion and oblast repeat."""
    seen: dict[tuple[str, str, str], int] = {}
    for s in settlements:
        key = (s.name, s.raion, s.oblast)
        seen[key] = seen.get(key, 0) + 1
    return [place_label(s, lang, hromada=seen[(s.name, s.raion, s.oblast)] > 1) for s in settlements]
