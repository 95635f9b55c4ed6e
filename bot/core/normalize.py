"""Pure text folding for place names: case, apostrophes, uk/ru letter drift, Latin skeletons, case paradigms."""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import groupby

from rapidfuzz.distance.Levenshtein import normalized_similarity as _levenshtein_similarity

APOSTROPHES = "'’ʼ`‘′ʹ"
# Marks that open a list item on its own line ("- X", "• X", "– X"): a line break before one does not end a sentence,
# and a name alone on such a line is an item of a list.
BULLETS = "-–—•*·"

# A word: letters, optionally joined by apostrophes (Мар'їнка, Bakhmut's); hyphens and digits split words.
WORD = re.compile(r"[^\W\d_]+(?:[" + APOSTROPHES + r"][^\W\d_]+)*")

_CYRILLIC = re.compile(r"[а-яіїєґёыэъ]", re.IGNORECASE)
_MARKS = re.compile(r"[\u0300-\u036f]")


def _table(pairs: dict[str, str]) -> dict[int, str | None]:
    table: dict[int, str | None] = {}
    for src, dst in pairs.items():
        table[ord(src)] = dst or None
        up = src.upper()
        if len(up) == 1 and up != src:
            table[ord(up)] = dst or None
    return table


# fold(): lower case, no apostrophes or stress marks, ё -> е. Keeps uk and ru letters apart.
_FOLD_PAIRS = {c: "" for c in APOSTROPHES} | {"ё": "е", "\u0301": "", "\u0300": ""}
_FOLD = _table(_FOLD_PAIRS)

# loose(): also folds the letters where uk and ru spellings of one name drift (Побєда/Победа, Марьинка/Мар'їнка).
_LOOSE_PAIRS = _FOLD_PAIRS | {
    "ї": "и",
    "і": "и",
    "ы": "и",
    "є": "е",
    "э": "е",
    "ґ": "г",
    "ь": "",
    "ъ": "",
}
_LATIN_MARKS = {
    "á": "a",
    "à": "a",
    "ä": "a",
    "â": "a",
    "ã": "a",
    "å": "a",
    "č": "c",
    "ć": "c",
    "ç": "c",
    "ď": "d",
    "é": "e",
    "è": "e",
    "ë": "e",
    "ê": "e",
    "ě": "e",
    "í": "i",
    "ì": "i",
    "ï": "i",
    "î": "i",
    "ľ": "l",
    "ł": "l",
    "ń": "n",
    "ň": "n",
    "ó": "o",
    "ò": "o",
    "ö": "o",
    "ô": "o",
    "ř": "r",
    "š": "s",
    "ś": "s",
    "ť": "t",
    "ú": "u",
    "ù": "u",
    "ü": "u",
    "û": "u",
    "ů": "u",
    "ý": "y",
    "ž": "z",
    "ź": "z",
    "ż": "z",
}
_LOOSE = _table(_LOOSE_PAIRS | _LATIN_MARKS)


def fold(text: str) -> str:
    """Lower case without apostrophes or stress marks; ё -> е."""
    return text.lower().translate(_FOLD)


def loose(text: str) -> str:
    """fold() plus uk/ru letter drift folded (і ї ы -> и, є э -> е, ґ -> г, no ь ъ) and Latin diacritics dropped."""
    return text.lower().translate(_LOOSE)


def is_cyrillic(text: str) -> bool:
    return not text.isascii() and _CYRILLIC.search(text) is not None


def words(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, word) for every word of the text; offsets are str indices into the text."""
    for m in WORD.finditer(text):
        yield m.start(), m.end(), m.group()


# --- Latin transliteration and skeletons (fuzzy matching across scripts and spellings) ---------------------

_TO_LATIN = _table(
    {
        "а": "a",
        "б": "b",
        "в": "v",
        "г": "h",
        "ґ": "g",
        "д": "d",
        "е": "e",
        "є": "ie",
        "ж": "zh",
        "з": "z",
        "и": "y",
        "і": "i",
        "ї": "i",
        "й": "i",
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
        "ю": "iu",
        "я": "ia",
        "ё": "e",
        "ы": "y",
        "э": "e",
        "ъ": "",
    }
    | {c: "" for c in APOSTROPHES}
)
_KMU_INITIAL = {"є": "ye", "ї": "yi", "й": "y", "ю": "yu", "я": "ya"}


_NON_WORDS = re.compile(r"(\W+)")


def to_latin(text: str) -> str:
    """A KMU-2010-like Latin transliteration (lower case); Latin input is returned folded."""
    out = []
    for w in _NON_WORDS.split(text.lower()):
        if w and w[0] in _KMU_INITIAL:
            w = _KMU_INITIAL[w[0]] + w[1:]
        out.append(w.translate(_TO_LATIN))
    return "".join(out).translate(_LOOSE)


_SKEL_CYR = _table(
    {
        "а": "a",
        "б": "b",
        "в": "v",
        "г": "h",
        "ґ": "h",
        "д": "d",
        "е": "a",
        "є": "a",
        "ж": "z",
        "з": "z",
        "и": "a",
        "і": "a",
        "ї": "a",
        "й": "a",
        "к": "k",
        "л": "l",
        "м": "m",
        "н": "n",
        "о": "a",
        "п": "p",
        "р": "r",
        "с": "s",
        "т": "t",
        "у": "a",
        "ф": "f",
        "х": "h",
        "ц": "c",
        "ч": "c",
        "ш": "s",
        "щ": "s",
        "ь": "",
        "ю": "a",
        "я": "a",
        "ё": "a",
        "ы": "a",
        "э": "a",
        "ъ": "",
        "-": " ",
    }
    | {c: "" for c in APOSTROPHES}
)
_SKEL_LAT = (
    (re.compile(r"shch|sch|szcz|sh|sz"), "s"),
    (re.compile(r"tch|cz"), "c"),
    (re.compile(r"zh"), "z"),
    (re.compile(r"kh|x|g"), "h"),
    (re.compile(r"ch|ts|tz|c"), "c"),  # English "ch" is «ч» (Chasiv Yar, Zarechne), as the Cyrillic side has it
    (re.compile(r"w"), "v"),
    (re.compile(r"q|ck"), "k"),
    (re.compile(r"[aeiouyj]"), "a"),
    (re.compile(r"-"), " "),
)
_DOUBLED = re.compile(r"(.)\1")
_SKEL_TAIL = re.compile(r"(?<=[^ ])a+")
_NOT_SKEL = re.compile(r"[^a-z ]+")


def skeleton(text: str) -> str:
    """A consonant key that survives transliteration drift and uk/ru spelling: Кліщіївка ~ Klischiivka ~ Клещеевка
    -> klsvk, Роботине ~ Robotino -> rbtn. Inner vowels are dropped; an initial vowel becomes "a"."""
    s = text.lower()
    if is_cyrillic(s):
        s = s.translate(_SKEL_CYR)
    else:
        s = s.translate(_LOOSE)
        for pattern, repl in _SKEL_LAT:
            s = pattern.sub(repl, s)
    s = _NOT_SKEL.sub("", s)
    s = _SKEL_TAIL.sub("", s)
    if _DOUBLED.search(s):
        s = "".join(ch for ch, _ in groupby(s))  # doubled letters once
    return s.strip()


def similarity(a: str, b: str) -> float:
    """1 - Levenshtein distance / longer length, in 0..1 (rapidfuzz's C implementation of exactly that)."""
    return _levenshtein_similarity(a, b)


# --- case paradigms -----------------------------------------------------------------------------------------
# A paradigm is (stem, endings): every form is stem + one ending. Rules cover the uk and ru endings of
# settlement names (-ка/-івка, -е/-ське neuter adjectives, -ий/-ий masculine adjectives, -ів possessives,
# consonant-final nouns, plurals); they over-generate a little on purpose (both languages' endings at once).

_CONS = "бвгґджзйклмнпрстфхцчшщ"
_NOUN_A = ("а", "и", "і", "у", "ою", "ой", "е", "ої", "ій", "ы", "ей")
_ADJ_NEUT = ("е", "є", "ого", "ому", "им", "ім", "ое", "ее", "ом", "ым", "ем", "ього", "ьому", "его", "ему")
_ADJ_MASC = ("ий", "ій", "ый", "ой", "ого", "ому", "им", "ім", "ом", "ым", "его", "ему", "ем", "ього", "ьому")
_CONS_END = ("", "а", "у", "ом", "і", "е", "ові", "ем", "ю", "я")
_RULES: tuple[tuple[str, int, tuple[str, ...]], ...] = (
    # (word ending, how many letters to cut for the stem, endings of the paradigm)
    ("ка", 2, ("ка", "ки", "ці", "ку", "кою", "кой", "ке", "ко", "кої", "кій", "кая", "кую")),
    ("га", 2, ("га", "ги", "зі", "гу", "гою", "гой", "ге", "гої", "гій")),
    ("ха", 2, ("ха", "хи", "сі", "ху", "хою", "хой", "хе")),
    ("ая", 2, ("ая", "ой", "ую", "ою", "ей", "ая")),
    ("яя", 2, ("яя", "ей", "юю", "ею")),
    ("ія", 1, ("я", "ї", "і", "ю", "єю", "ей", "ею", "е", "и")),
    ("ея", 1, ("я", "и", "е", "ю", "ей", "ею")),
    ("я", 1, ("я", "і", "ї", "ю", "ею", "єю", "ей", "е", "и", "ям")),
    ("а", 1, _NOUN_A),
    ("ые", 2, ("ые", "ых", "ым", "ыми")),
    ("ие", 2, ("ие", "их", "им", "ими")),
    ("і", 1, ("і", "их", "им", "ими", "ів", "ях", "ям")),
    ("ки", 2, ("ки", "ок", "ках", "кам", "ками", "ків", "ке")),
    # plurals of dwellers' names take no ending in the genitive («біля Дудчан», «у Бережан», «возле Белян»)
    *(
        (end, 1, ("и", "ів", "ах", "ам", "ами", "ов", "ей", "ях", ""))
        for end in ("чани", "щани", "жани", "шани", "яни")
    ),
    *((end, 1, ("ы", "ов", "ах", "ам", "ами", "ей", "")) for end in ("чаны", "щаны", "жаны", "шаны", "яны")),
    ("и", 1, ("и", "ів", "ах", "ам", "ами", "ов", "ей", "ях")),
    ("ы", 1, ("ы", "ов", "ев", "ах", "ам", "ами", "ей")),
    ("ое", 2, _ADJ_NEUT),
    ("ее", 2, _ADJ_NEUT),
    ("нє", 1, ("є", "ього", "ьому", "ім", "є")),
    ("е", 1, (*_ADJ_NEUT, "я", "ю", "і", "еві")),
    ("є", 1, ("є", "ього", "ьому", "ім", "я", "ю", "і", "ем")),
    ("о", 1, ("о", "а", "у", "ом", "і", "е", "ого", "ому", "ым", "им")),
    ("ий", 2, _ADJ_MASC),
    ("ій", 2, _ADJ_MASC),
    ("ый", 2, _ADJ_MASC),
    ("ой", 2, _ADJ_MASC),
    ("ь", 1, ("ь", "я", "ю", "ем", "і", "е", "ом", "ей", "и")),
    ("й", 1, ("й", "я", "ю", "єм", "ї", "ем", "е", "і")),
)
_ALTERNATION = re.compile(r"^(.*[" + _CONS + r"])([іїо])([" + _CONS + r"]+)$")
_POSSESSIVE = ("ова", "ову", "овом", "ові", "ове", "ового", "овому", "овим", "овім", "ов")


_FLEETING_E = ("ець", "ец")  # Тростянець -> Тростянця, Тростянец -> Тростянца: the e drops before an ending
_FLEETING_ENDINGS = ("я", "ю", "ем", "і", "еві", "а", "у", "е", "ом")


def paradigms(word: str) -> list[tuple[str, tuple[str, ...]]]:
    """(stem, endings) pairs whose products are the case forms of one folded word (uk and ru, sg)."""
    if not is_cyrillic(word) or len(word) < 2:
        return [(word, ("",))]
    if word.endswith(_FLEETING_E) and len(word) >= 5:
        stem = word[: word.rindex("е")] + "ц"
        return [*_paradigms(word), (stem, _FLEETING_ENDINGS)]
    return _paradigms(word)


def _paradigms(word: str) -> list[tuple[str, tuple[str, ...]]]:
    for ending, cut, endings in _RULES:
        if word.endswith(ending):
            return [(word[: len(word) - cut], endings)] if len(word) - cut >= 2 else [(word, ("",))]
    out: list[tuple[str, tuple[str, ...]]] = [(word, _CONS_END)]
    if word.endswith(("ів", "їв")):  # Часів Яр -> Часового Яру, Харків -> Харкова
        out.append((word[:-2], ("ів", "їв", "єв", *_POSSESSIVE, *("є" + e[1:] for e in _POSSESSIVE if e[0] == "о"))))
    elif word.endswith(("ов", "ев", "ин")):  # Часов Яр -> Часового Яра
        out.append((word, ("ого", "ому", "ым", "им", "ом")))
    else:
        m = _ALTERNATION.match(word)
        if m and m.group(2) == "і":  # Ріг -> Рогу, Бір -> Бору: і in a closed final syllable
            out.append((m.group(1) + "о" + m.group(3), _CONS_END[1:]))
    return out


def forms(name: str) -> set[str]:
    """Every generated form of a (one-word) folded name: used to build word lists, not at match time."""
    return {stem + e for stem, endings in paradigms(name) for e in endings}
