"""Latin spellings: KMU-2010 (translitua), BGN letter tables and the variants the press uses."""

from __future__ import annotations

import re


def kmu(name: str) -> str:
    import translitua

    return str(translitua.translit(name.replace("’", "'"), translitua.UkrainianKMU)).replace("'", "")


UK_BGN = {
    "а": "a",
    "б": "b",
    "в": "v",
    "г": "h",
    "ґ": "g",
    "д": "d",
    "е": "e",
    "є": "ye",
    "ж": "zh",
    "з": "z",
    "и": "y",
    "і": "i",
    "ї": "yi",
    "й": "y",
    "к": "k",
    "л": "l",
    "м": "m",
    "н": "n",
    "о": "o",
    "п": "p",
    "р": "r",
    "с": "s",
    "т": "t",
    "у": "u",
    "ф": "f",
    "х": "kh",
    "ц": "ts",
    "ч": "ch",
    "ш": "sh",
    "щ": "shch",
    "ь": "",
    "ю": "yu",
    "я": "ya",
    "'": "",
    "’": "",
}

RU_BGN = {
    "а": "a",
    "б": "b",
    "в": "v",
    "г": "g",
    "д": "d",
    "е": "e",
    "ё": "yo",
    "ж": "zh",
    "з": "z",
    "и": "i",
    "й": "y",
    "к": "k",
    "л": "l",
    "м": "m",
    "н": "n",
    "о": "o",
    "п": "p",
    "р": "r",
    "с": "s",
    "т": "t",
    "у": "u",
    "ф": "f",
    "х": "kh",
    "ц": "ts",
    "ч": "ch",
    "ш": "sh",
    "щ": "shch",
    "ъ": "",
    "ы": "y",
    "ь": "",
    "э": "e",
    "ю": "yu",
    "я": "ya",
}
_VOWELS_RU = "аеёиоуыэюяьъ"


def _case_like(src: str, out: str) -> str:
    return out[:1].upper() + out[1:] if src[:1].isupper() else out


def translit_table(name: str, table: dict[str, str], iotate_e: bool = False) -> str:
    """Letter-by-letter transliteration; with iotate_e, Russian е after a vowel/ь/start -> ye."""
    words = re.split(r"([ \-])", name)
    res = []
    for w in words:
        if w in (" ", "-") or not w:
            res.append(w)
            continue
        lw = w.lower()
        out = []
        for i, ch in enumerate(lw):
            if iotate_e and ch == "е" and (i == 0 or lw[i - 1] in _VOWELS_RU):
                out.append("ye")
            elif iotate_e and ch == "ё" and (i > 0 and lw[i - 1] in "жшчщц"):
                out.append("o")
            elif iotate_e and ch == "ь" and i + 1 < len(lw) and lw[i + 1] in "иоу":
                out.append("y")  # Марьинка -> Maryinka
            else:
                out.append(table.get(ch, ch))
        s = "".join(out)
        if iotate_e:
            s = re.sub(r"(?<=[^aeiouy])iy$", "iy", s)
        res.append(_case_like(w, s))
    return "".join(res)


def latin_variants_uk(name: str, official: str) -> tuple[list[str], list[str]]:
    """Latin spellings of the Ukrainian name: (main variants, secondary variants)."""
    bgn = translit_table(name, UK_BGN)
    main = [bgn]
    # press: ii/iyi/yi drift
    for s in (official, bgn):
        if "iyi" in s:
            main.append(s.replace("iyi", "ii"))
        if "ii" in s:
            main.append(s.replace("ii", "iyi"))
    second: list[str] = []
    # g for г, i for и (Russian-style reading of the Ukrainian name): Gorlivka, Robotine
    g = translit_table(name, {**UK_BGN, "г": "g", "и": "i", "й": "i"})
    second.append(g)
    if "shch" in official:  # Klischiivka
        second.append(official.replace("shch", "sch"))
    h = official.replace("kh", "h") if "kh" in official else ""
    if h:
        second.append(h)
    # ia/ya, iu/yu, ie/ye already covered by official vs bgn; y->i of the official
    if "y" in official:
        second.append(re.sub(r"(?<=[^aeiou])y(?=[^aeiou]|$)", "i", official))
    return main, second


def latin_variants_ru(ru: str) -> list[str]:
    simple = translit_table(ru, {**RU_BGN, "ё": "e"})
    bgn = translit_table(ru, RU_BGN, iotate_e=True)
    out = [simple, bgn]
    if re.search(r"ий\b", ru):
        out.append(re.sub(r"iy\b", "y", simple))
    if "й" in ru[:-1]:  # Новомихайловка -> Novomikhailovka
        out.append(translit_table(ru, {**RU_BGN, "ё": "e", "й": "i"}))
    return out
