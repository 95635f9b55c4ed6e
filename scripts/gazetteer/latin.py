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


# Russian BGN read back into Cyrillic (Zhelannoye -> Желанное, Nelepovka -> Нелеповка): digraphs before letters
_RU_DIGRAPHS = (("shch", "щ"), ("zh", "ж"), ("kh", "х"), ("ts", "ц"), ("ch", "ч"), ("sh", "ш"))
_RU_LETTERS = dict(zip("abvgdzijklmnoprstufhc", "абвгдзийклмнопрстуфхц", strict=True))
_VOWELS = "аеиоуыэюяё"
_Y_VOWEL = {"a": ("я", "я"), "u": ("ю", "ю"), "e": ("е", "ье"), "o": ("йо", "е")}  # (after a vowel, after a consonant)


def cyrillic_from_russian_latin(name: str) -> list[str]:
    """The Cyrillic spellings a Russian BGN-style Latin name may come from, likeliest first: an apostrophe is ь; ye
    after a vowel or at the start is е, after a consonant ье; ya, yu are я, ю; yo is ё after a consonant, йо after
    a vowel; y is ы after a consonant, й after a vowel; j spells as y before a vowel, else й; e at a word's start is
    э (Energodar) or е (Elenovka)."""
    words = []
    for w in re.split(r"([ \-])", name):
        words.append(
            w
            if w in (" ", "-") or not w
            else _case_like(w, _word_from_latin(w.lower().replace("'", "ь").replace("’", "ь")))
        )
    first = "".join(words)
    plain = re.sub(r"(?:^|(?<=[ \-]))([Ээ])", lambda m: "Е" if m.group(1) == "Э" else "е", first)
    return [first] if plain == first else [first, plain]


def _word_from_latin(w: str) -> str:
    res = ""
    i = 0
    while i < len(w):
        for lat, cyr in _RU_DIGRAPHS:
            if w.startswith(lat, i):
                res += cyr
                i += len(lat)
                break
        else:
            ch = w[i]
            after_vowel = not res or res[-1] in _VOWELS
            if ch in "yj" and w[i + 1 : i + 2] in ("a", "u", "e", "o"):
                res += _Y_VOWEL[w[i + 1]][0 if after_vowel else 1]
                i += 2
                continue
            if ch == "y":
                res += "й" if after_vowel else "ы"
            elif ch == "e":
                res += "э" if not res else "е"
            else:
                res += _RU_LETTERS.get(ch, ch)
            i += 1
    return res
