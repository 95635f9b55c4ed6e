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
# Russian BGN letters spelt by their neighbours: letter -> (previous letters, ``^`` the word's start; next letters,
# ``$`` its end; empty: any), Latin
RU_CONTEXT = {
    "е": ("^аеёиоуыэюяьъ", "", "ye"),  # Енакиево -> Yenakiyevo
    "ё": ("жшчщц", "", "o"),  # Щёлкино -> Shcholkino
    "ь": ("", "иоу", "y"),  # Марьинка -> Maryinka
}
Context = dict[str, tuple[str, str, str]]
RU_SIMPLE = {**RU_BGN, "ё": "e"}  # the spelling without BGN's ye/yo
RU_SIMPLE_I = {**RU_SIMPLE, "й": "i"}  # Новомихайловка -> Novomikhailovka
UK_AS_RUSSIAN = {**UK_BGN, "г": "g", "и": "i", "й": "i"}  # a Russian-style reading of Ukrainian: Gorlivka, Robotine

# The press drifts between ii, iyi and yi: each spelling of the official and the BGN name, the other way
UK_DRIFT = (("iyi", "ii"), ("ii", "iyi"))
# Secondary spellings of the official name: (when it holds, regex, replacement); ia/ya, iu/yu, ie/ye are already
# covered by the official vs the BGN spelling
UK_SECONDARY = (
    ("shch", "shch", "sch"),  # Klischiivka
    ("kh", "kh", "h"),
    ("y", r"(?<=[^aeiou])y(?=[^aeiou]|$)", "i"),
)


def _case_like(src: str, out: str) -> str:
    return out[:1].upper() + out[1:] if src[:1].isupper() else out


def translit_table(name: str, table: dict[str, str], context: Context | None = None) -> str:
    """Letter-by-letter transliteration, word by word; ``context`` spells some letters by their neighbours."""
    res = []
    for w in re.split(r"([ \-])", name):
        if w in (" ", "-") or not w:
            res.append(w)
            continue
        lw = w.lower()
        res.append(_case_like(w, "".join(_translit_letter(lw, i, table, context or {}) for i in range(len(lw)))))
    return "".join(res)


def _translit_letter(lw: str, i: int, table: dict[str, str], context: Context) -> str:
    ch = lw[i]
    if ch in context:
        before, after, out = context[ch]
        prev = lw[i - 1] if i else "^"
        nxt = lw[i + 1] if i + 1 < len(lw) else "$"
        if (not before or prev in before) and (not after or nxt in after):
            return out
    return table.get(ch, ch)


def latin_variants_uk(name: str, official: str) -> tuple[list[str], list[str]]:
    """Latin spellings of the Ukrainian name: (main variants, secondary variants)."""
    bgn = translit_table(name, UK_BGN)
    main = [bgn] + [s.replace(a, b) for s in (official, bgn) for a, b in UK_DRIFT if a in s]
    second = [translit_table(name, UK_AS_RUSSIAN)]
    second += [re.sub(rx, repl, official) for when, rx, repl in UK_SECONDARY if when in official]
    return main, second


def latin_variants_ru(ru: str) -> list[str]:
    """Latin spellings of a Russian name: plain, BGN, -iy as -y (Kurakhovskiy, Kurakhovsky), й as i."""
    simple = translit_table(ru, RU_SIMPLE)
    out = [simple, translit_table(ru, RU_BGN, RU_CONTEXT)]
    if re.search(r"ий\b", ru):
        out.append(re.sub(r"iy\b", "y", simple))
    if "й" in ru[:-1]:
        out.append(translit_table(ru, RU_SIMPLE_I))
    return out
