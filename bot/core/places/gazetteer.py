"""The settlement gazetteer and the resolver: every settlement of Ukraine found in uk/ru/en text (pure after load).

`load_gazetteer()` reads the bundled files once (``bot/data/gazetteer.tsv.gz`` and ``areas.tsv``, format in
``scripts/build_gazetteer.py``); after that every method is pure: no I/O, no clock.

Matching: every name (Ukrainian, Russian, Latin, former) is split into words, each word into a (stem, endings)
paradigm (`bot.core.normalize.paradigms`), and a token matches when it is a stem plus one of its endings. Tokens are
compared after `bot.core.normalize.loose` folding (case, apostrophes, uk/ru letter drift). Capitalised tokens that match
nothing exactly are tried against a consonant-skeleton index (transliteration drift, typos) with lower scores.
Names that are also ordinary words (Світле, Перемога, Мир, Victory) need a toponym context.
"""

from __future__ import annotations

import csv
import gc
import gzip
import heapq
import logging
import math
import re
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Final

from bot.core.geo import distance_km
from bot.core.normalize import (
    _LATIN_MARKS,
    APOSTROPHES,
    WORD,
    fold,
    is_cyrillic,
    loose,
    paradigms,
    similarity,
    skeleton,
    to_latin,
)
from bot.core.normalize import _LOOSE as _LOOSE_TABLE
from bot.errors import GazetteerError
from bot.models import Candidate, Mention, Settlement

logger = logging.getLogger(__name__)

DATA_DIR = Path(__file__).resolve().parents[2] / "data"
DEFAULT_PATH = DATA_DIR / "gazetteer.tsv.gz"
AREAS_FILE = "areas.tsv"
WORDLIKE_FILE = "wordlike.txt"

# How much a name of each alias kind is trusted (scripts/build_gazetteer.py documents the kinds).
KIND_WEIGHT: dict[str, float] = {
    "n": 1.0,  # official Ukrainian name
    "k": 1.0,  # official KMU-2010 Latin name
    "r": 0.97,
    "f": 0.96,
    "u": 0.96,
    "l": 0.95,
    "g": 0.95,
    "v": 0.88,
    "x": 0.88,
}
# Further generated variants (Андрьевка, Andrevka) are not indexed: the sound-alike (skeleton) matcher finds them
# from the official names, and leaving them out keeps loading fast.
_SKIPPED_KINDS = frozenset("vx")
_CATEGORY_RANK = {"K": 0, "M": 1, "X": 2, "C": 3}


@dataclass(frozen=True, slots=True)
class Area:
    """An oblast or a raion a person names ("Донеччина", "Bakhmut raion")."""

    kind: str  # "oblast" | "raion"
    code: str  # KATOTTG code of the area
    name: str  # short adjective form: "Донецька", "Бахмутський"
    prefix: str  # settlement codes of the area start with this ("UA14", "UA1402")
    oblast: str = ""  # the oblast's short name (for a raion; the area itself for an oblast)

    def contains(self, settlement: Settlement) -> bool:
        return settlement.code.startswith(self.prefix)


def area_prefix(code: str, kind: str) -> str:
    """The settlement-code prefix of an oblast (UA + 2 digits) or raion (UA + 4 digits) code."""
    return code[:4] if kind == "oblast" else code[:6]


# --- context words (folded with loose()) -------------------------------------------------------------------


def _loose_set(words: str) -> frozenset[str]:
    return frozenset(loose(w) for w in words.split())


# Right before a name, these make it a toponym whatever the name looks like («село Світле», "village of Pobeda").
_STRONG_MARKERS = _loose_set(
    "село села селі селом сіл селах с смт селище селища селищі селищем місто міста місті містом м н п нп пункт "
    "пункту пункті пункти пунктів пунктах районі районах районів району район околиці околицях околиць біля "
    "поблизу неподалік під понад вздовж напрямку напрямі напрямок поселок посёлок поселка поселке пгт город "
    "города городе г пункта пункты пунктов пунктах районе района около возле близ под окрестностях вблизи "
    "направлении направление village villages town towns city settlement settlements locality localities "
    "near outside around hamlet area areas direction частині частина части частях центрі центре окраине окраинах "
    "окраїні окраїнах південніше північніше західніше східніше южнее севернее западнее восточнее south north "
    "east west southeast southwest northeast northwest outskirts part center centre"
)
# A capitalised word right after one of these (and not starting a sentence) is taken as a toponym.
_PREPOSITIONS = _loose_set(
    "в у на з із зі до від за над через між за в во с со из от к по у о об при in at of from to into toward "
    "towards near outside around between across by"
)
_LIST_JOINERS = _loose_set("і й и та а також and or")
# Right after a name these make it an area or a direction adjective, not the settlement («Донецька область»).
_AREA_NOUNS = _loose_set(
    "область області областю обл region regions oblast oblasts province district districts raion raions "
    "район району районі районом районе района р н народна народної народной народная республіка республики"
)
# Names that are countries or regions before they are villages: a toponym marker is always required.
_ALWAYS_WORDLIKE = _loose_set(
    "україна україни україні україну україною украина украины украине украину ukraine росія росії росію россия "
    "россии russia крим крым crimea донбас донбасс donbas европа європа europe польща польша poland білорусь "
    "беларусь belarus америка america сша дніпро днепр dnipro dnieper дон десна донець донец сирія сирия syria "
    "слава перемога победа мир світ труд прогрес зоря звезда зірка надія надежда воля свобода дружба згода "
    "вперед україна новина новини армія армии army сили силы оборони обороны victory progress peace glory hope "
    "may june march liberty freedom friendship star sunny spring summer unity mira police army general staff "
    "forces center centre north south east west front major colonel brigade"
)
_DIRECTION_NOUNS = _loose_set("напрямку напрямок напрямі напрямки напрямках направлении направление направления")
_ADJECTIVE_ENDINGS = tuple(loose(e) for e in ["ому", "ого", "ий", "ій", "ом", "ой", "ый", "ым", "им", "ім"])
_CATEGORY_MARKERS = {
    **dict.fromkeys(_loose_set("село села селі селом сіл селах селе сел village villages hamlet"), "C"),
    **dict.fromkeys(_loose_set("селище селища селищі селищем смт пгт поселок посёлок поселка поселке"), "X"),
    **dict.fromkeys(_loose_set("місто міста місті містом город города городе city town"), "M"),
}
_SECTOR_NOUNS = _loose_set("direction sector axis front напрямок напрямку направление направлении")
_QUOTES = "«»\"“”„'‘’"
_UNIT_NOUNS = _loose_set(
    "полк полку полком бригада бригади бригаду бригадою батальйон батальйону батальйоном угруповання група групи "
    "групою підрозділ загін загону пвк пвк вагнер полка бригады батальон батальона группировка группировки группа "
    "группы отряд отряда чвк regiment brigade battalion group grouping unit units force operation операція операции"
)
_SENTENCE_END = re.compile(r"[.!?\n…]")


# --- index structures --------------------------------------------------------------------------------------


class _Matcher:
    """Stem + ending matcher over token keys; one for settlements, one for areas."""

    MAX_ENDING = 5

    def __init__(self) -> None:
        # per name id: the name as written, paradigms of its 2nd, 3rd... words, target index -> kind weight
        self.text: list[str] = []
        self.rest: list[tuple[tuple[tuple[str, frozenset[str]], ...], ...]] = []
        self.targets: list[dict[int, float]] = []
        self.by_text: dict[str, int] = {}
        self.stems: dict[str, list[tuple[int, frozenset[str]]]] = {}
        self._endings: dict[tuple[str, ...], frozenset[str]] = {}
        self._word_cache: dict[str, tuple[tuple[str, frozenset[str]], ...]] = {}
        self._memo: dict[str, list[int]] = {}

    def _paradigms(self, word: str) -> tuple[tuple[str, frozenset[str]], ...]:
        found = self._word_cache.get(word)
        if found is None:
            if word.isascii():
                found = ((word, _LATIN_ENDINGS),)
            else:
                pars = []
                for stem, endings in paradigms(word):
                    ends = self._endings.get(endings)
                    if ends is None:
                        ends = self._endings[endings] = frozenset(loose(e) for e in endings)
                    if stem:
                        pars.append((loose(stem), ends))
                found = tuple(pars)
            self._word_cache[word] = found
        return found

    def add(self, name: str, target: int, weight: float) -> None:
        self.add_all({name: {target: weight}})

    def add_all(self, entries: Mapping[str, Mapping[int, float]]) -> None:
        """Index names: raw name -> {target index: kind weight}."""
        self._memo.clear()
        by_text, stems, texts, rests, all_targets = self.by_text, self.stems, self.text, self.rest, self.targets
        for name, weights in entries.items():
            low = name.lower()
            if low.isascii() and low.isalpha():  # the common case: one Latin word
                nid = by_text.get(low)
                if nid is None:
                    by_text[low] = len(texts)
                    texts.append(name)
                    rests.append(())
                    all_targets.append(dict(weights))
                    stems.setdefault(low, []).append((len(texts) - 1, _LATIN_ENDINGS))
                    continue
            else:
                key = " ".join(_HYPHENS.sub(" ", low.translate(_LOOSE_TABLE)).split())
                if not key:
                    continue
                nid = by_text.get(key)
                if nid is None:
                    pars = [self._paradigms(w) for w in _HYPHENS.sub(" ", fold(name)).split()]
                    if not pars or not all(pars):
                        continue
                    nid = len(texts)
                    by_text[key] = nid
                    texts.append(name)
                    rests.append(tuple(pars[1:]))
                    all_targets.append(dict(weights))
                    for stem, ends in pars[0]:
                        stems.setdefault(stem, []).append((nid, ends))
                    continue
            targets = all_targets[nid]
            for target, weight in weights.items():
                if weight > targets.get(target, 0.0):
                    targets[target] = weight

    def hits(self, key: str) -> list[int]:
        """Names whose first word has this token key as one of its forms (memoised: words repeat across posts)."""
        found = self._memo.get(key)
        if found is None:
            found = self._hits(key)
            if len(self._memo) >= 200_000:
                self._memo.clear()
            self._memo[key] = found
        return found

    def _hits(self, key: str) -> list[int]:
        out: list[int] = []
        n = len(key)
        stems = self.stems
        for cut in range(min(self.MAX_ENDING, n - 2) + 1):
            found = stems.get(key[: n - cut] if cut else key)
            if found:
                ending = key[n - cut :]
                for nid, ends in found:
                    if ending in ends:
                        out.append(nid)
        return out


# loose() with deletions kept as NUL, so that offsets into the folded text stay those of the text
_KEEP_LENGTH = {k: ("\x00" if v is None else v) for k, v in _LOOSE_TABLE.items()}
_RARE_LETTERS = "".join(sorted(_LATIN_MARKS))
_FAST_FOLDS = tuple(
    (chr(k), v) for k, v in _KEEP_LENGTH.items() if chr(k) not in _RARE_LETTERS and chr(k).lower() == chr(k)
)
_RARE = re.compile("[" + re.escape(_RARE_LETTERS) + "]")
# A word of the folded text: loose() maps every uk/ru/Latin letter into these (NUL: a folded-away character)
_FOLDED_WORD = re.compile("[a-zа-я\x00]+")
_LATIN_ENDINGS = frozenset(("", "s"))  # Bakhmut's -> "bakhmuts" once the apostrophe is folded
_HYPHENS = re.compile(r"[-‑–]")


def _word_matches(key: str, alternatives: tuple[tuple[str, frozenset[str]], ...]) -> bool:
    return any(key.startswith(stem) and key[len(stem) :] in ends for stem, ends in alternatives)


# A token: (start, end, text, key); key is the loose() fold of the text. Tuples: built for every word of every post.
_Token = tuple[int, int, str, str]
_S: Final = 0
_E: Final = 1
_T: Final = 2
_K: Final = 3


def _tokens(text: str) -> list[_Token]:
    low = text.lower()
    if len(low) != len(text):  # a few letters (İ) lower-case to two characters: fold word by word
        table = _LOOSE_TABLE
        return [(m.start(), m.end(), w, w.lower().translate(table)) for m in WORD.finditer(text) for w in (m.group(),)]
    folded = _fold_keeping_length(low)
    out = [(s, e, text[s:e], folded[s:e]) for s, e in [m.span() for m in _FOLDED_WORD.finditer(folded)]]
    if "\x00" in folded:
        out = [_trim(t) if "\x00" in t[_K] else t for t in out]
        out = [t for t in out if t[_K]]
    return out


def _fold_keeping_length(low: str) -> str:
    """loose() of lower-case text with deletions kept as NUL. str.replace per letter is several times faster than
    a translate table on Cyrillic text; the table is the fallback for rarer letters (Latin diacritics)."""
    if not low.isascii() and _RARE.search(low):
        return low.translate(_KEEP_LENGTH)
    for src, dst in _FAST_FOLDS:
        if src in low:
            low = low.replace(src, dst)
    return low


def _trim(tok: _Token) -> _Token:
    """Drop folded-away characters (apostrophes, ь, stress marks) from the key, and quotes from the span ends."""
    s, e, t, k = tok
    lead = 0
    while lead < len(t) and t[lead] in APOSTROPHES:
        lead += 1
    trail = 0
    while trail < len(t) - lead and t[len(t) - 1 - trail] in APOSTROPHES:
        trail += 1
    return s + lead, e - trail, t[lead : len(t) - trail], k[lead : len(k) - trail].replace("\x00", "")


@dataclass(slots=True)
class _Base:
    targets: dict[int, float]  # settlement index -> kind weight
    prior: dict[int, float]  # kind weight x the city prior
    best: int
    margin: float  # best prior / second best
    cells: frozenset[tuple[int, int]]  # coarse grid cells of the candidates (see _cell)
    by_cell: dict[tuple[int, int], list[int]]
    ranked: dict[float, tuple[Candidate, ...]]  # quality -> the context-free ranking
    # (quality, the anchors' settlement indices, sorted) -> the ranking near them (names repeat within a post and
    # across a sector's posts; the bonus depends only on the set of anchors)
    near_ranked: dict[tuple[float, tuple[int, ...]], tuple[Candidate, ...]] = field(default_factory=dict)


_AROUND = (-1, 0, 1)


def _cell(coord: tuple[float, float], dx: int, dy: int) -> tuple[int, int]:
    """A grid cell of 1 degree of latitude by 1.5 of longitude (~110 x 100 km here): two places within 60 km lie
    in the same or neighbouring cells."""
    return int(coord[0] // 1.0) + dy, int(coord[1] // 1.5) + dx


def _around(cells: Iterable[tuple[int, int]]) -> set[tuple[int, int]]:
    """The given grid cells and their neighbours (see _cell)."""
    return {(y + dy, x + dx) for y, x in cells for dy in _AROUND for dx in _AROUND}


def _distance_bonus(here: tuple[float, float] | None, anchors: list[tuple[float, float]]) -> float:
    """Closer named neighbours, more weight: the post talks about one front sector."""
    if here is None:
        return 0.0
    lat, lon = here
    kx = math.cos(math.radians(lat))
    best = math.inf
    close = 0
    for alat, alon in anchors:
        d = 111.2 * math.hypot(alat - lat, (alon - lon) * kx)  # equirectangular: fine under 100 km
        if d < best:
            best = d  # 0 when another mention names this very place
        close += d <= 25
    bonus = 3.0 if best <= 12 else 2.5 if best <= 25 else 1.5 if best <= 60 else 0.0
    return bonus + 0.5 * max(0, close - 1)  # several neighbours agree


def _quoted_unit(tokens: Sequence[_Token], text: str, hit: _Hit) -> bool:
    """A name in quotes right after a unit word: полк «Азов», the "Vostok" group."""
    start, end = tokens[hit.first][_S], tokens[hit.last][_E]
    if start == 0 or end >= len(text) or text[start - 1] not in _QUOTES or text[end] not in _QUOTES:
        return False
    return hit.first > 0 and tokens[hit.first - 1][_K] in _UNIT_NOUNS


def _capitalised(tokens: Sequence[_Token]) -> list[int]:
    return [i for i, t in enumerate(tokens) if t[_T][0].isupper()]


def _after_markers(tokens: Sequence[_Token]) -> list[int]:
    markers = _STRONG_MARKERS
    return [i + 1 for i, t in enumerate(tokens[:-1]) if t[_K] in markers]


def _joined(text: str, a: _Token, b: _Token) -> bool:
    """True when two tokens are parts of one name: only spaces or a hyphen between them."""
    start, end = a[_E], b[_S]
    if end - start == 1:
        return text[start] in _JOINERS
    gap = text[start:end]
    return len(gap) <= 3 and (not gap.strip() or gap.strip() in ("-", "‑", "–"))


_JOINERS = frozenset(" -‑–\u00a0")


@dataclass(slots=True)
class _Hit:
    first: int  # token index
    last: int  # token index (inclusive)
    names: list[int]
    quality: float
    extra: dict[int, float] = field(default_factory=dict)  # settlement index -> weight, beside the names
    extra_key: str = ""  # what the extras were derived from (the surface), for caching
    category: str = ""  # the category a marker names: «село» C, «селище», «поселок» X, «місто», "city" M
    direction: bool = False  # followed by "direction", "sector", «напрямок»: a front sector, not a place claim


# --- the gazetteer -----------------------------------------------------------------------------------------


class Gazetteer:
    """All settlements, their names in uk/ru/en, the oblasts and raions; the resolver over them."""

    def __init__(
        self,
        settlements: Sequence[Settlement],
        aliases: Mapping[str, Iterable[tuple[str, str]]] | None = None,
        areas: Iterable[tuple[Area, Iterable[str]]] = (),
        populations: Mapping[str, int] | None = None,
        wordlike: Iterable[str] = (),
    ) -> None:
        """settlements; aliases: code -> (kind letter, name) pairs; areas: (Area, its names); wordlike: word forms
        (any case) that are ordinary words and need a toponym context."""
        self.settlements: tuple[Settlement, ...] = tuple(settlements)
        self._index: dict[str, int] = {s.code: i for i, s in enumerate(self.settlements)}
        pops = populations or {}
        self._population = [pops.get(s.code, 0) for s in self.settlements]
        self._city = [st.category in ("M", "K") for st in self.settlements]
        self._names = _Matcher()
        aliases = aliases or {}
        entries: dict[str, dict[int, float]] = defaultdict(dict)
        # how much a place is written about: attested alternate names (GeoNames, press spellings, former names)
        self._notability = [sum(1 for k, _ in aliases.get(s.code, ()) if k in "rful") for s in self.settlements]
        for i, s in enumerate(self.settlements):
            entries[s.name][i] = KIND_WEIGHT["n"]
            if s.name_latin:
                entries[s.name_latin][i] = KIND_WEIGHT["k"]
            for kind, alias in aliases.get(s.code, ()):
                if kind in _SKIPPED_KINDS:
                    continue
                weight = KIND_WEIGHT.get(kind, 0.85)
                if weight > entries[alias].get(i, 0.0):
                    entries[alias][i] = weight
        self._names.add_all(entries)
        self._areas: list[Area] = []
        self._area_names = _Matcher()
        self._city_like_areas: dict[str, list[int]] = {}  # only areas() takes these (a query names one thing)
        for area, names in areas:
            aid = len(self._areas)
            self._areas.append(area)
            for name in names:  # not the bare adjective: «біля Донецька» is the city
                if not self._names_a_city(name):  # Запоріжжя, Kyiv, Севастополь: the city first
                    self._area_names.add(name, aid, 1.0)
                else:
                    self._city_like_areas.setdefault(loose(name), []).append(aid)
        self._wordlike = frozenset(loose(w) for w in wordlike) | _ALWAYS_WORDLIKE
        self._coords = [
            (st.lat, st.lon) if st.lat is not None and st.lon is not None else None for st in self.settlements
        ]
        self._bases: dict[tuple[str | int, ...], _Base] = {}
        self._extent_memo: dict[tuple[str, ...], list[tuple[int, int]]] = {}
        self._widened: dict[tuple[str, tuple[int, ...]], dict[int, float]] = {}
        self._cells = [_cell(c, 0, 0) if c is not None else (999, 999) for c in self._coords]
        # Away from the poles, a place more than one cell away is over 60 km off and earns no distance bonus, so
        # the anchors in the cells around a name's candidates are all its ranking depends on.
        self._local_cells = all(abs(c[0]) < 68.0 for c in self._coords if c is not None)
        self._candidate_memo: dict[tuple[int, float], Candidate] = {}
        by_rank = sorted(
            range(len(self.settlements)),
            key=lambda i: (_CATEGORY_RANK.get(self.settlements[i].category, 9), self.settlements[i].code),
        )
        self._order = [0] * len(self.settlements)  # ties in score: cities first, then by code
        for position, i in enumerate(by_rank):
            self._order[i] = position
        self._fuzzy: dict[str, list[int]] | None = None
        self._fuzzy_index()  # built now: the first post should not pay for it
        self._fuzzy_cache: dict[tuple[str, int, float], list[tuple[int, float]]] = {}
        self._sorted_keys: list[tuple[str, int]] | None = None

    def _names_a_city(self, name: str) -> bool:
        words = loose(name).replace("-", " ").split()
        if len(words) != 1:
            return False
        return any(
            self._city[sid]
            for nid in self._names.hits(words[0])
            if not self._names.rest[nid]
            for sid in self._names.targets[nid]
        )

    # --- construction helpers ---

    @classmethod
    def from_settlements(
        cls,
        settlements: Iterable[Settlement],
        aliases: Mapping[str, Iterable[str]] | None = None,
        wordlike: Iterable[str] = (),
    ) -> Gazetteer:
        """A small gazetteer for tests: areas are derived from the settlements' codes and names ("Донецька
        область", "Бахмутський район", ...); aliases: code -> extra names (Russian, Latin, former)."""
        items = list(settlements)
        found: dict[str, Area] = {}
        for s in items:
            found.setdefault(s.code[:4], Area("oblast", s.code[:4] + "0" * 15, s.oblast, s.code[:4], s.oblast))
            if s.raion:
                found.setdefault(s.code[:6], Area("raion", s.code[:6] + "0" * 13, s.raion, s.code[:6], s.oblast))
        areas = [(a, _default_area_names(a)) for a in found.values()]
        tagged = {code: [("r", n) for n in names] for code, names in (aliases or {}).items()}
        return cls(items, tagged, areas, wordlike=wordlike)

    # --- plain access ---

    def get(self, code: str) -> Settlement | None:
        i = self._index.get(code)
        return None if i is None else self.settlements[i]

    def __len__(self) -> int:
        return len(self.settlements)

    @property
    def all_areas(self) -> tuple[Area, ...]:
        return tuple(self._areas)

    def population(self, code: str) -> int:
        i = self._index.get(code)
        return 0 if i is None else self._population[i]

    def near(self, code: str, km: float) -> list[Settlement]:
        """Settlements within km of the given one (itself excluded), nearest first; [] without coordinates."""
        origin = self.get(code)
        if origin is None or origin.lat is None or origin.lon is None:
            return []
        found = []
        for s in self.settlements:
            if s.code != code and s.lat is not None and s.lon is not None:
                d = distance_km(origin.lat, origin.lon, s.lat, s.lon)
                if d <= km:
                    found.append((d, s.code, s))
        return [s for _, _, s in sorted(found)]

    # --- areas ---

    def _area_hits(
        self, tokens: Sequence[_Token], text: str, every: bool = False, caps: Sequence[int] = ()
    ) -> list[tuple[int, int, list[int]]]:
        """(first token, last token, area indices) of every oblast/raion named in the text."""
        out = []
        after = -1
        names = self._area_names
        for i in range(len(tokens)) if every else caps:
            if i <= after:
                continue
            best: tuple[int, list[int]] | None = None
            for nid in names.hits(tokens[i][_K]):
                last = self._match_rest(tokens, i, names.rest[nid], text)
                if last is not None and (best is None or last > best[0]):
                    best = (last, sorted(names.targets[nid]))
                elif last is not None and best is not None and last == best[0]:
                    best[1].extend(names.targets[nid])
            if best is not None:
                out.append((i, best[0], sorted(set(best[1]))))
                after = best[0]
        return out

    def areas(self, query: str) -> list[Area]:
        """The oblasts and raions a person names in the query ("Донеччина", "Bakhmut raion"), in text order."""
        found: list[Area] = []
        hits = self._area_hits(_tokens(query), query, every=True)
        if not hits and loose(query.strip()) in self._city_like_areas:
            hits = [(0, 0, self._city_like_areas[loose(query.strip())])]
        for _, _, aids in hits:
            for aid in aids:
                if self._areas[aid] not in found:
                    found.append(self._areas[aid])
        return found

    # --- the resolver ---

    def _match_rest(
        self, tokens: Sequence[_Token], i: int, rest: tuple[tuple[tuple[str, frozenset[str]], ...], ...], text: str
    ) -> int | None:
        j = i
        for alternatives in rest:
            if j + 1 >= len(tokens) or not _joined(text, tokens[j], tokens[j + 1]):
                return None
            if not _word_matches(tokens[j + 1][_K], alternatives):
                return None
            j += 1
        return j

    def _extents(self, tokens: Sequence[_Token], i: int, text: str) -> list[tuple[int, int]]:
        """(name, how many more words it takes) for every name starting at token i; memoised on the keys of
        the word and the (up to 4) words joined to it, since only they decide."""
        first = self._names.hits(tokens[i][_K])
        if not first:
            return []
        rests = self._names.rest
        if not any(rests[nid] for nid in first):
            return [(nid, 0) for nid in first]
        following: list[str] = []
        j = i
        while j + 1 < len(tokens) and len(following) < 4 and _joined(text, tokens[j], tokens[j + 1]):
            following.append(tokens[j + 1][_K])
            j += 1
        key = (tokens[i][_K], *following)
        found = self._extent_memo.get(key)
        if found is None:
            found = []
            for nid in first:
                rest = rests[nid]
                if not rest:
                    found.append((nid, 0))
                elif len(rest) <= len(following) and all(
                    _word_matches(following[k], alternatives) for k, alternatives in enumerate(rest)
                ):
                    found.append((nid, len(rest)))
            if len(self._extent_memo) > 200_000:
                self._extent_memo.clear()
            self._extent_memo[key] = found
        return found

    def _exact_hits(
        self, tokens: Sequence[_Token], text: str, taken: set[int], every: bool = False, caps: Sequence[int] = ()
    ) -> list[_Hit]:
        """Names matched exactly (any case form). Unless every, only capitalised words, hashtags and words right
        after a toponym marker are looked up: a lower-case word is accepted nowhere else (see _accept)."""
        hits = []
        after = -1
        if every:
            starts: Iterable[int] = range(len(tokens))
        else:
            found = {*caps, *_after_markers(tokens)}
            if "#" in text:
                found.update(i for i, t in enumerate(tokens) if t[_S] > 0 and text[t[_S] - 1] == "#")
            starts = sorted(found)
        for i in starts:
            if i <= after or i in taken or len(tokens[i][_K]) < 2:
                continue
            best_last = -1
            best: list[int] = []
            for nid, extent in self._extents(tokens, i, text):
                last = i + extent
                if extent and any(k in taken for k in range(i + 1, last + 1)):
                    continue
                if last > best_last:
                    best_last, best = last, [nid]
                elif last == best_last:
                    best.append(nid)
            if best:
                hits.append(_Hit(i, best_last, best, 1.0))
                after = best_last
        return hits

    def _fuzzy_index(self) -> dict[str, list[int]]:
        if self._fuzzy is None:
            index: dict[str, list[int]] = defaultdict(list)
            for nid, targets in enumerate(self._names.targets):
                if max(targets.values()) >= KIND_WEIGHT["f"] and not self._names.text[nid].isascii():
                    # official, attested and former Cyrillic names: Latin spellings share their skeletons
                    sk = skeleton(self._names.text[nid])
                    if len(sk.replace(" ", "")) >= 3:
                        index[sk].append(nid)
            self._fuzzy = dict(index)
        return self._fuzzy

    def _fuzzy_names(self, surface: str, min_skeleton: int = 4, min_sim: float = 0.7) -> list[tuple[int, float]]:
        """Names a misspelt or transliterated word may stand for, with similarity in 0..1 (cached: pure)."""
        cached = self._fuzzy_cache.get((surface, min_skeleton, min_sim))
        if cached is not None:
            return cached
        index = self._fuzzy_index()
        out: dict[int, float] = {}
        latin = to_latin(surface)
        variants = {surface}
        if is_cyrillic(surface):
            for ending in _FUZZY_ENDINGS:
                if len(surface) > len(ending) + 3 and surface.lower().endswith(ending):
                    variants.add(surface[: -len(ending)])
        for variant in variants:
            sk = skeleton(variant)
            if len(sk.replace(" ", "")) < min_skeleton:
                continue
            for nid in index.get(sk, ()):
                sim = similarity(latin, to_latin(self._names.text[nid]))
                if sim >= min_sim and sim > out.get(nid, 0.0):
                    out[nid] = sim
        result = sorted(out.items(), key=lambda kv: -kv[1])
        if len(self._fuzzy_cache) > 100_000:
            self._fuzzy_cache.clear()
        self._fuzzy_cache[(surface, min_skeleton, min_sim)] = result
        return result

    def find_places(self, text: str) -> list[Mention]:
        """Every settlement named in the text: span, surface text, ranked candidates (never raises on any str)."""
        tokens = _tokens(text)
        if not tokens:
            return []
        caps = _capitalised(tokens)
        area_hits = self._area_hits(tokens, text, caps=caps)
        taken = {k for first, last, _ in area_hits for k in range(first, last + 1)}
        hits = self._exact_hits(tokens, text, taken, caps=caps)
        matched = taken | {k for h in hits for k in range(h.first, h.last + 1)}
        singles = {h.first: h for h in hits if h.first == h.last}
        fuzzy = self._fuzzy_hits(tokens, text, matched, singles, sorted({*caps, *singles}))
        replaced = {k for h in fuzzy if h.last != h.first for k in range(h.first, h.last + 1)}
        hits = [h for h in hits if not (h.first == h.last and h.first in replaced)]
        for hit in hits:
            self._widen(hit, text[tokens[hit.first][_S] : tokens[hit.last][_E]])
        hits += fuzzy
        hits.sort(key=lambda h: h.first)
        accepted = self._accept(tokens, text, hits)
        mentioned_areas = [(tokens[f][_S], [self._areas[a] for a in aids]) for f, _, aids in area_hits]
        return self._rank(tokens, text, accepted, mentioned_areas)

    def _widen(self, hit: _Hit, surface: str) -> None:
        """A name matched only through a generated or foreign spelling (Дальнее, Ильинка, Артемовка) may stand
        for a settlement whose own spelling the generator missed: add the official names that sound alike."""
        if not surface[:1].isupper():
            return
        key = (surface, tuple(hit.names))
        extra = self._widened.get(key)
        if extra is None:
            extra = {}
            targets = self._names.targets
            if max(max(targets[nid].values()) for nid in hit.names) < 1.0:  # else an official name matched
                for nid, sim in self._fuzzy_names(surface, min_skeleton=3, min_sim=0.55):
                    if nid in hit.names:
                        continue
                    for sid, w in targets[nid].items():
                        weight = w * 0.9 * sim * sim
                        if weight > extra.get(sid, 0.0):
                            extra[sid] = weight
            if len(self._widened) > 100_000:
                self._widened.clear()
            self._widened[key] = extra
        if extra:
            hit.extra, hit.extra_key = extra, surface  # shared, never mutated

    def _fuzzy_hits(
        self, tokens: Sequence[_Token], text: str, matched: set[int], singles: Mapping[int, _Hit], todo: list[int]
    ) -> list[_Hit]:
        """Misspelt names: capitalised words (or word pairs: "Byla Hora") no exact name took."""
        hits = []
        for i in todo:
            tok = tokens[i]
            if i in singles and i + 1 in singles and text[tok[_E] : tokens[i + 1][_S]] in ("-", "‑", "–"):
                pair = self._fuzzy_names(text[tok[_S] : tokens[i + 1][_E]])  # Орехово-Васильевка
                if pair and pair[0][1] >= 0.75:
                    hits.append(_Hit(i, i + 1, [nid for nid, _ in pair], 0.45 + 0.4 * pair[0][1]))
                continue
            if i in matched or len(tok[_T]) < 3 or not tok[_T][0].isupper() or tok[_K] in _FUZZY_STOP:
                continue
            if tok[_K] in self._wordlike:
                continue
            best = self._fuzzy_names(tok[_T]) if len(tok[_T]) >= 5 else []
            nxt = i + 1
            if nxt < len(tokens) and (nxt not in matched or nxt in singles) and _joined(text, tok, tokens[nxt]):
                pair = self._fuzzy_names(text[tok[_S] : tokens[nxt][_E]])
                if pair and (not best or pair[0][1] >= best[0][1]) and (nxt not in singles or pair[0][1] >= 0.8):
                    hits.append(_Hit(i, i + 1, [nid for nid, _ in pair], 0.45 + 0.4 * pair[0][1]))
                    continue
            if best:
                top = best[0][1]
                hits.append(_Hit(i, i, [nid for nid, sim in best if sim >= top - 0.05], 0.45 + 0.4 * top))
        return hits

    def _context(self, tokens: Sequence[_Token], text: str, i: int, accepted_last: int) -> str:
        """ "strong" (a toponym marker before), "weak" (capitalised after a preposition or in a list of places),
        or "" (none)."""
        for back in (1, 2, 3):
            k = i - back
            if k < 0 or _SENTENCE_END.search(text, tokens[k][_E], tokens[k + 1][_S]):
                break
            if tokens[k][_K] in _STRONG_MARKERS:
                return "strong"
            if k + 1 < i and tokens[k + 1][_K] in _PREPOSITIONS:
                break  # «біля села та в Світлому»: the marker belongs to another phrase
        tok = tokens[i]
        if not tok[_T][0].isupper():
            return ""
        if i == 0 or _SENTENCE_END.search(text, tokens[i - 1][_E], tok[_S]):
            return ""
        prev = tokens[i - 1]
        if prev[_K] in _PREPOSITIONS:
            return "weak"
        if accepted_last == i - 1 and text[prev[_E] : tok[_S]].strip() in (",", ";"):
            return "weak"
        if accepted_last == i - 2 and prev[_K] in _LIST_JOINERS:
            return "weak"
        return ""

    def _accept(self, tokens: Sequence[_Token], text: str, hits: list[_Hit]) -> list[_Hit]:
        out: list[_Hit] = []
        accepted_last = -5
        for hit in hits:
            first, last = tokens[hit.first], tokens[hit.last]
            nxt = tokens[hit.last + 1] if hit.last + 1 < len(tokens) else None
            if nxt is not None and text[last[_E] : nxt[_S]].strip() in ("", "."):
                if nxt[_K] in _AREA_NOUNS:
                    continue  # «Донецька область», "Donetsk region": an area, not the city
                if nxt[_K] in _DIRECTION_NOUNS and last[_K].endswith(_ADJECTIVE_ENDINGS):
                    continue  # «на Бахмутському напрямку»: the direction, not the village Бахмутське
                hit.direction = nxt[_K] in _SECTOR_NOUNS
            surface = " ".join(t[_K] for t in tokens[hit.first : hit.last + 1])
            context = self._context(tokens, text, hit.first, accepted_last)
            if context == "strong":
                for k in range(hit.first - 1, max(hit.first - 4, -1), -1):
                    if tokens[k][_K] in _CATEGORY_MARKERS:
                        hit.category = _CATEGORY_MARKERS[tokens[k][_K]]
                        break
            hashtag = first[_S] > 0 and text[first[_S] - 1] == "#"
            capital = first[_T][0].isupper() or hashtag
            quality = hit.quality
            if _quoted_unit(tokens, text, hit):
                continue  # полк «Азов», бригада "Лють": a unit's name, not the village
            wordlike = (
                surface in self._wordlike
                or self._latin_alias_word(first, hit)
                or (
                    hit.last > hit.first  # «Вільне життя» (but «Кривий Ріг», «Часового Яру» are names: all capitalised)
                    and all(t[_K] in self._wordlike for t in tokens[hit.first : hit.last + 1])
                    and not all(t[_T][0].isupper() for t in tokens[hit.first : hit.last + 1])
                )
            )
            if wordlike:
                if not context and not (capital and self._city_mid_sentence(tokens, text, hit)):
                    continue
                quality *= 0.97 if context == "strong" else 0.9
            elif not capital:
                if hit.quality < 1.0 or context != "strong":
                    continue  # lower-case words are place names only right after «село», «в районі», "village"...
                quality *= 0.9
            elif hit.quality < 1.0 and not context and hit.quality < 0.8:
                continue  # a weak fuzzy match needs a toponym context
            hit.quality = quality
            out.append(hit)
            accepted_last = hit.last
        return out

    def _latin_alias_word(self, first: _Token, hit: _Hit) -> bool:
        """A short Latin word matched only through an alias (Police, Mir): GeoNames spellings in other languages
        collide with English words, so they need a toponym context like word-like names."""
        if hit.first != hit.last or len(first[_K]) > 6 or not first[_K].isascii():
            return False
        return max(max(self._names.targets[nid].values()) for nid in hit.names) < 1.0

    def _city_mid_sentence(self, tokens: Sequence[_Token], text: str, hit: _Hit) -> bool:
        """A capitalised word mid-sentence that names a city (Лиман, Щастя): cities are named in text far more
        often than villages, so no preposition is needed."""
        i, j = hit.first, hit.last + 1
        if i == 0 or _SENTENCE_END.search(text, tokens[i - 1][_E], tokens[i][_S]):
            return False
        if (
            j < len(tokens)
            and tokens[j][_T][0].isupper()
            and not text[tokens[j - 1][_E] : tokens[j][_S]].strip()
            and not (j + 1 < len(tokens) and tokens[j + 1][_K] in _AREA_NOUNS)
        ):
            return False  # Володимир Зеленський: a first name before a surname (not «Лиман Донецької області»)
        return any(
            self.settlements[sid].category in ("M", "K") for nid in hit.names for sid in self._names.targets[nid]
        )

    def _rank(
        self, tokens: Sequence[_Token], text: str, hits: list[_Hit], areas: list[tuple[int, list[Area]]]
    ) -> list[Mention]:
        oblasts = {a.prefix for _, group in areas for a in group if a.kind == "oblast"}
        raions = {a.prefix for _, group in areas for a in group if a.kind == "raion"}
        settlements = self.settlements
        bases = [self._base(hit) for hit in hits]
        for hit, base in zip(hits, bases, strict=True):
            if hit.direction and len(base.targets) == 1:  # "on the Donetsk front": the oblast, not a neighbour
                oblasts.add(settlements[next(iter(base.targets))].code[:4])
        # pass 1: area words, marker categories and the city prior; pass 2: distance to the settlements the post
        # names unambiguously. Names seen without any context reuse a cached ranking (posts repeat names).
        static: list[dict[int, float] | None] = []  # None: the cached context-free weights
        anchors: list[tuple[int, int]] = []  # (hit index, settlement index)
        for h, (hit, base) in enumerate(zip(hits, bases, strict=True)):
            targets = base.targets
            if len(targets) == 1:
                static.append(None)
                if not hit.direction:
                    anchors.append((h, next(iter(targets))))
                continue
            end = tokens[hit.last][_E]
            follow = {a.prefix for pos, group in areas if end <= pos <= end + 40 for a in group}
            if not (oblasts or raions or hit.category):
                static.append(None)
                weights = base.prior
            else:
                weights = {}
                for sid, w in base.prior.items():
                    code = settlements[sid].code
                    bonus = 0.0
                    if hit.category and settlements[sid].category == hit.category:
                        bonus += 1.0
                    bonus += (2.0 if code[:4] in oblasts else 0.0) + (3.0 if code[:6] in raions else 0.0)
                    if follow and (code[:4] in follow or code[:6] in follow):
                        bonus += 3.0
                    weights[sid] = w + targets[sid] * bonus
                static.append(weights)
            if base.margin >= 1.4 and weights is base.prior and not hit.direction:
                anchors.append((h, base.best))
            elif weights is not base.prior and not hit.direction:
                first, second = sorted(weights.values(), reverse=True)[:2]
                if first >= 1.4 * second:
                    anchors.append((h, max(weights, key=weights.__getitem__)))
        mentions = []
        coords, cells = self._coords, self._cells
        located = [(k, sid) for k, sid in anchors if coords[sid] is not None]
        anchor_hits = {k for k, _ in anchors}
        sids_all = tuple(sorted(sid for _, sid in located))
        anchor_around = {sid: _around((cells[sid],)) for _, sid in located} if self._local_cells else {}
        around_all: set[tuple[int, int]] | None = None  # built when first needed
        for h, (hit, base, maybe) in enumerate(zip(hits, bases, static, strict=True)):
            weights = base.prior if maybe is None else maybe
            cands: tuple[Candidate, ...] | None = None
            if len(weights) > 1:
                own = h in anchor_hits  # not its own anchor
                sids = tuple(sorted(sid for k, sid in located if k != h)) if own else sids_all
                key_sids = sids
                if self._local_cells and sids:
                    key_sids = tuple(sid for sid in sids if not base.cells.isdisjoint(anchor_around[sid]))
                key = (hit.quality, key_sids)
                if maybe is None:  # the ranking depends only on the name set, the quality and the anchors near it
                    cands = base.near_ranked.get(key)
                if cands is None:
                    if own:
                        around = _around(cells[sid] for sid in sids)
                    else:
                        if around_all is None:
                            around_all = _around(cells[sid] for sid in sids_all)
                        around = around_all
                    changed = {}
                    if sids and not base.cells.isdisjoint(around):
                        near = [c for sid in sids for c in (coords[sid],) if c is not None]  # in any order
                        for cell in base.cells & around:
                            for sid in base.by_cell[cell]:
                                bonus = _distance_bonus(coords[sid], near)
                                if bonus:
                                    changed[sid] = weights[sid] * (1.0 + bonus / 2)
                    if changed:
                        weights = {**weights, **changed}
                    elif maybe is None:
                        cands = base.ranked.get(hit.quality)
                    if cands is None:
                        cands = self._candidates(weights, hit.quality)
                        if maybe is None and weights is base.prior:
                            base.ranked[hit.quality] = cands
                    if maybe is None:
                        if len(base.near_ranked) > 256:
                            base.near_ranked.clear()
                        base.near_ranked[key] = cands
            if cands is None:
                cands = self._candidates(weights, hit.quality)
                if maybe is None and weights is base.prior:
                    base.ranked[hit.quality] = cands
            start, end = tokens[hit.first][_S], tokens[hit.last][_E]
            mentions.append(Mention((start, end), text[start:end], cands))
        return mentions

    def _base(self, hit: _Hit) -> _Base:
        """The candidates of a hit's names with their kind weights and the city prior (cached per name set)."""
        key: tuple[str | int, ...] = (hit.extra_key, *hit.names)
        base = self._bases.get(key)
        if base is None:
            names = self._names.targets
            targets: dict[int, float] = dict(hit.extra)
            for nid in hit.names:
                for sid, w in names[nid].items():
                    if w > targets.get(sid, 0.0):
                        targets[sid] = w
            prior = {sid: w * (1.5 if self._city[sid] and len(targets) > 1 else 1.0) for sid, w in targets.items()}
            ordered = heapq.nlargest(2, prior.values())
            margin = ordered[0] / ordered[1] if len(ordered) > 1 else math.inf
            by_cell: dict[tuple[int, int], list[int]] = {}
            for sid in targets:
                if self._coords[sid] is not None:
                    by_cell.setdefault(self._cells[sid], []).append(sid)
            base = _Base(targets, prior, max(prior, key=prior.__getitem__), margin, frozenset(by_cell), by_cell, {})
            if len(self._bases) > 50_000:
                self._bases.clear()
            self._bases[key] = base
        return base

    def _candidates(self, weights: Mapping[int, float], quality: float) -> tuple[Candidate, ...]:
        top = max(weights.values())
        scale = quality / top
        ranked = sorted(weights, key=self._order.__getitem__)  # ties: cities first, then by code
        ranked.sort(key=weights.__getitem__, reverse=True)  # stable
        memo = self._candidate_memo
        out = []
        for sid in ranked:
            score = round(scale * weights[sid], 3)
            cand = memo.get((sid, score))
            if cand is None:
                cand = memo[(sid, score)] = Candidate(self.settlements[sid], score)
            out.append(cand)
        if len(memo) > 200_000:
            memo.clear()
        return tuple(out)

    # --- lookup ---

    def lookup(self, query: str, limit: int = 10) -> list[Candidate]:
        """Settlements a person means by a typed query: any case form, prefix or misspelling; a KATOTTG code.
        Exact names first, then bigger places; an oblast or raion in the query narrows the answer."""
        query = query.strip()
        if not query:
            return []
        direct = self.get(query.upper())
        if direct is not None:
            return [Candidate(direct, 1.0)]
        tokens = _tokens(query)
        area_hits = self._area_hits(tokens, query, every=True)
        taken = {k for first, last, _ in area_hits for k in range(first, last + 1)}
        wanted = [self._areas[a] for _, _, aids in area_hits for a in aids]
        rest = [t for k, t in enumerate(tokens) if k not in taken and t[_K] not in _STRONG_MARKERS]
        if not rest:
            return []
        scores: dict[int, float] = {}

        def put(sid: int, score: float) -> None:
            if score > scores.get(sid, 0.0):
                scores[sid] = score

        text = " ".join(t[_T] for t in rest)
        rtoks = _tokens(text)
        for hit in self._exact_hits(rtoks, text, set(), every=True):
            if hit.first == 0 and hit.last == len(rtoks) - 1:
                for nid in hit.names:
                    for sid, w in self._names.targets[nid].items():
                        put(sid, w)
        key = " ".join(t[_K] for t in rtoks)
        keys = self._sorted_name_keys()
        pos = bisect_left(keys, (key, -1))
        while pos < len(keys) and keys[pos][0].startswith(key) and len(scores) < 5000:
            nid = keys[pos][1]
            for sid, w in self._names.targets[nid].items():
                put(sid, w * (0.85 if len(key) >= 3 else 0.6))
            pos += 1
        if len(key) >= 4:
            for nid, sim in self._fuzzy_names(text):
                for sid, w in self._names.targets[nid].items():
                    put(sid, w * (0.35 + 0.45 * sim))
        if wanted:
            inside = {sid for sid in scores if any(a.contains(self.settlements[sid]) for a in wanted)}
            if inside:
                scores = {sid: sc for sid, sc in scores.items() if sid in inside}
        ranked = sorted(
            scores.items(),
            key=lambda kv: (
                -round(kv[1], 2),
                _CATEGORY_RANK.get(self.settlements[kv[0]].category, 9),
                -self._notability[kv[0]],
                -self._population[kv[0]],
                self.settlements[kv[0]].name,
            ),
        )
        return [Candidate(self.settlements[sid], round(min(sc, 1.0), 3)) for sid, sc in ranked[:limit]]

    def _sorted_name_keys(self) -> list[tuple[str, int]]:
        if self._sorted_keys is None:
            self._sorted_keys = sorted((loose(key), nid) for key, nid in self._names.by_text.items())
        return self._sorted_keys


def candidate_json(candidate: Candidate) -> dict[str, object]:
    """The JSON shape of a candidate (`claimwatch places --json`)."""
    s = candidate.settlement
    return {
        "code": s.code,
        "name": s.name,
        "name_latin": s.name_latin,
        "raion": s.raion,
        "oblast": s.oblast,
        "lat": s.lat,
        "lon": s.lon,
        "score": candidate.score,
    }


def format_candidate(candidate: Candidate) -> str:
    """One line for people: score, name (Latin), raion, oblast, code."""
    s = candidate.settlement
    where = ", ".join(x for x in (f"{s.raion} р-н" if s.raion else "", f"{s.oblast} обл." if s.oblast else "") if x)
    return f"{candidate.score:.2f}  {s.name} ({s.name_latin}), {where}  {s.code}"


_FUZZY_ENDINGS = ("ого", "ому", "ом", "ем", "ой", "ою", "ей", "ам", "ах", "ами", "им", "ым", "ім", "ки", "ці")
_FUZZY_STOP = _loose_set(
    "україна украина ukraine ukrainian ukrainians russia russian russians general staff forces armed defense "
    "defence ministry president commander colonel brigade battalion regiment telegram military kremlin moscow "
    "kyiv киев київ москва москви генштаб генерального штабу сили збройні збройних оборони міністерство "
    "президент командувач бригада бригади росія росії россия россии российские російські українські "
    "вооруженных вооруженные силы министерство минобороны пресс служба"
)


def _default_area_names(area: Area) -> list[str]:
    if area.kind == "oblast":
        return [f"{area.name} область", f"{area.name} обл."]
    return [f"{area.name} район", f"{area.name} р-н"]


# --- loading -----------------------------------------------------------------------------------------------


def _float(value: str) -> float | None:
    return float(value) if value else None


def read_gazetteer(path: Path) -> Gazetteer:
    """Read the bundled TSV files (``gazetteer.tsv.gz``, ``areas.tsv`` and ``wordlike.txt`` beside it)."""
    settlements: list[Settlement] = []
    aliases: dict[str, list[tuple[str, str]]] = {}
    populations: dict[str, int] = {}
    try:
        with gzip.open(path, "rt", encoding="utf-8", newline="\n") as fh:
            for line in fh:
                if line.startswith("#") or not line.strip():
                    continue
                f = line.rstrip("\n").split("\t")
                code = f[0]
                settlements.append(
                    Settlement(
                        code=code,
                        category=f[1],
                        name=f[2],
                        name_latin=f[3],
                        oblast=f[4],
                        raion=f[5],
                        hromada=f[6],
                        lat=_float(f[9]),
                        lon=_float(f[10]),
                        geonameid=int(f[11]) if f[11] else None,
                    )
                )
                if f[12]:
                    populations[code] = int(f[12])
                if f[13]:
                    aliases[code] = [(a[0], a[2:]) for a in f[13].split("|") if len(a) > 2]
    except (OSError, ValueError, IndexError, EOFError) as exc:
        raise GazetteerError(f"{path}: cannot read the gazetteer ({exc})") from exc
    areas = list(_read_areas(path.parent / AREAS_FILE))
    wordlike_path = path.parent / WORDLIKE_FILE
    wordlike = wordlike_path.read_text(encoding="utf-8").split() if wordlike_path.exists() else []
    return Gazetteer(settlements, aliases, areas, populations, wordlike)


def _read_areas(path: Path) -> Iterator[tuple[Area, list[str]]]:
    if not path.exists():
        logger.warning("%s missing: no oblast/raion context", path)
        return
    rows = []
    with open(path, encoding="utf-8", newline="") as fh:
        for row in csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
            if row and not row[0].startswith("#"):
                rows.append(row)
    oblasts = {r[0]: r[2] for r in rows if r[1] == "oblast"}
    for r in rows:
        code, kind, name, parent = r[0], r[1], r[2], r[3] if len(r) > 3 else ""
        names = [a[2:] for a in (r[4].split("|") if len(r) > 4 and r[4] else []) if len(a) > 2]
        oblast = name if kind == "oblast" else oblasts.get(parent, "")
        yield Area(kind, code, name, area_prefix(code, kind), oblast), names


@cache
def _default() -> Gazetteer:
    gazetteer = read_gazetteer(DEFAULT_PATH)
    # The bundled gazetteer lives as long as the process: move its ~350,000 objects (and whatever else is alive now)
    # out of the cyclic collector's reach, or every full collection walks them all again while the resolver's
    # memos fill up (that was a fifth of a first pass over new posts).
    gc.freeze()
    return gazetteer


def load_gazetteer(path: str | Path | None = None) -> Gazetteer:
    """The gazetteer at path, or the bundled one (read once, then cached)."""
    if path is None:
        return _default()
    return read_gazetteer(Path(path))


def find_places(text: str) -> list[Mention]:
    """Settlements named in the text, resolved against the bundled gazetteer."""
    return load_gazetteer().find_places(text)


def lookup(query: str, limit: int = 10) -> list[Candidate]:
    """Settlements a typed query may mean, from the bundled gazetteer."""
    return load_gazetteer().lookup(query, limit)
