"""The settlement gazetteer and the resolver: every settlement of Ukraine found in uk/ru/en text (pure after load).

`bot.core.places.loader` reads the bundled files once; every method here is pure: no I/O, no clock.

Matching: every name (Ukrainian, Russian, Latin, former) is split into words, each word into a (stem, endings)
paradigm (`bot.core.normalize.paradigms`), and a token matches when it is a stem plus one of its endings. Tokens are
compared after `bot.core.normalize.loose` folding (case, apostrophes, uk/ru letter drift). Capitalised tokens that match
nothing exactly are tried against a consonant-skeleton index (transliteration drift, typos) with lower scores.
Names that are also ordinary words (Світле, Перемога, Мир, Victory) need a toponym context.
"""

from __future__ import annotations

import heapq
import math
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from bot.core.geo import distance_km
from bot.core.normalize import is_cyrillic, loose, similarity, skeleton, to_latin
from bot.core.places.index import NameIndex, Paradigms, word_matches
from bot.core.places.model import (
    ATTESTED_KINDS,
    CATEGORY_RANK,
    CITY_CATEGORIES,
    KIND_WEIGHT,
    NO_CELL,
    SKIPPED_KINDS,
    UNRANKED_CATEGORY,
    Area,
    Cell,
    Hit,
    around,
    cell,
    derived_areas,
    is_local,
)
from bot.core.places.tokens import END, KEY, START, TEXT, Token, capitalised, joined, tokenize
from bot.core.places.words import (
    ADJECTIVE_ENDINGS,
    ALWAYS_WORDLIKE,
    AREA_NOUNS,
    CATEGORY_MARKERS,
    DIRECTION_NOUNS,
    FUZZY_ENDINGS,
    FUZZY_STOP,
    LIST_JOINERS,
    PREPOSITIONS,
    QUOTES,
    SECTOR_NOUNS,
    SENTENCE_END,
    STRONG_MARKERS,
    UNIT_NOUNS,
)
from bot.models import Candidate, Mention, Settlement


@dataclass(slots=True)
class _Base:
    targets: dict[int, float]  # settlement index -> kind weight
    prior: dict[int, float]  # kind weight x the city prior
    best: int
    margin: float  # best prior / second best
    cells: frozenset[Cell]  # coarse grid cells of the candidates (see _cell)
    by_cell: dict[Cell, list[int]]
    ranked: dict[float, tuple[Candidate, ...]]  # quality -> the context-free ranking
    # (quality, the anchors' settlement indices, sorted) -> the ranking near them (names repeat within a post and
    # across a sector's posts; the bonus depends only on the set of anchors)
    near_ranked: dict[tuple[float, tuple[int, ...]], tuple[Candidate, ...]] = field(default_factory=dict)


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


def _quoted_unit(tokens: Sequence[Token], text: str, hit: Hit) -> bool:
    """A name in quotes right after a unit word: полк «Азов», the "Vostok" group."""
    start, end = tokens[hit.first][START], tokens[hit.last][END]
    if start == 0 or end >= len(text) or text[start - 1] not in QUOTES or text[end] not in QUOTES:
        return False
    return hit.first > 0 and tokens[hit.first - 1][KEY] in UNIT_NOUNS


def _after_markers(tokens: Sequence[Token]) -> list[int]:
    markers = STRONG_MARKERS
    return [i + 1 for i, t in enumerate(tokens[:-1]) if t[KEY] in markers]


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
        self._city = [st.category in CITY_CATEGORIES for st in self.settlements]
        self._names = NameIndex()
        aliases = aliases or {}
        entries: dict[str, dict[int, float]] = defaultdict(dict)
        # how much a place is written about: attested alternate names (GeoNames, press spellings, former names)
        self._notability = [sum(1 for k, _ in aliases.get(s.code, ()) if k in ATTESTED_KINDS) for s in self.settlements]
        for i, s in enumerate(self.settlements):
            entries[s.name][i] = KIND_WEIGHT["n"]
            if s.name_latin:
                entries[s.name_latin][i] = KIND_WEIGHT["k"]
            for kind, alias in aliases.get(s.code, ()):
                if kind in SKIPPED_KINDS:
                    continue
                weight = KIND_WEIGHT.get(kind, 0.85)
                if weight > entries[alias].get(i, 0.0):
                    entries[alias][i] = weight
        self._names.add_all(entries)
        self._areas: list[Area] = []
        self._area_names = NameIndex()
        self._city_like_areas: dict[str, list[int]] = {}  # only areas() takes these (a query names one thing)
        for area, names in areas:
            aid = len(self._areas)
            self._areas.append(area)
            for name in names:  # not the bare adjective: «біля Донецька» is the city
                if not self._names_a_city(name):  # Запоріжжя, Kyiv, Севастополь: the city first
                    self._area_names.add(name, aid, 1.0)
                else:
                    self._city_like_areas.setdefault(loose(name), []).append(aid)
        self._wordlike = frozenset(loose(w) for w in wordlike) | ALWAYS_WORDLIKE
        self._coords = [
            (st.lat, st.lon) if st.lat is not None and st.lon is not None else None for st in self.settlements
        ]
        self._bases: dict[tuple[str | int, ...], _Base] = {}
        self._extent_memo: dict[tuple[str, ...], list[tuple[int, int]]] = {}
        self._widened: dict[tuple[str, tuple[int, ...]], dict[int, float]] = {}
        self._cells = [cell(c, 0, 0) if c is not None else NO_CELL for c in self._coords]
        self._local_cells = is_local(self._coords)
        self._candidate_memo: dict[tuple[int, float], Candidate] = {}
        by_rank = sorted(
            range(len(self.settlements)),
            key=lambda i: (
                CATEGORY_RANK.get(self.settlements[i].category, UNRANKED_CATEGORY),
                self.settlements[i].code,
            ),
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
        areas = derived_areas(items)
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
        self, tokens: Sequence[Token], text: str, every: bool = False, caps: Sequence[int] = ()
    ) -> list[tuple[int, int, list[int]]]:
        """(first token, last token, area indices) of every oblast/raion named in the text."""
        out = []
        after = -1
        names = self._area_names
        for i in range(len(tokens)) if every else caps:
            if i <= after:
                continue
            best: tuple[int, list[int]] | None = None
            for nid in names.hits(tokens[i][KEY]):
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
        hits = self._area_hits(tokenize(query), query, every=True)
        if not hits and loose(query.strip()) in self._city_like_areas:
            hits = [(0, 0, self._city_like_areas[loose(query.strip())])]
        for _, _, aids in hits:
            for aid in aids:
                if self._areas[aid] not in found:
                    found.append(self._areas[aid])
        return found

    # --- the resolver ---

    def _match_rest(self, tokens: Sequence[Token], i: int, rest: tuple[Paradigms, ...], text: str) -> int | None:
        j = i
        for alternatives in rest:
            if j + 1 >= len(tokens) or not joined(text, tokens[j], tokens[j + 1]):
                return None
            if not word_matches(tokens[j + 1][KEY], alternatives):
                return None
            j += 1
        return j

    def _extents(self, tokens: Sequence[Token], i: int, text: str) -> list[tuple[int, int]]:
        """(name, how many more words it takes) for every name starting at token i; memoised on the keys of
        the word and the (up to 4) words joined to it, since only they decide."""
        first = self._names.hits(tokens[i][KEY])
        if not first:
            return []
        rests = self._names.rest
        if not any(rests[nid] for nid in first):
            return [(nid, 0) for nid in first]
        following: list[str] = []
        j = i
        while j + 1 < len(tokens) and len(following) < 4 and joined(text, tokens[j], tokens[j + 1]):
            following.append(tokens[j + 1][KEY])
            j += 1
        key = (tokens[i][KEY], *following)
        found = self._extent_memo.get(key)
        if found is None:
            found = []
            for nid in first:
                rest = rests[nid]
                if not rest:
                    found.append((nid, 0))
                elif len(rest) <= len(following) and all(
                    word_matches(following[k], alternatives) for k, alternatives in enumerate(rest)
                ):
                    found.append((nid, len(rest)))
            if len(self._extent_memo) > 200_000:
                self._extent_memo.clear()
            self._extent_memo[key] = found
        return found

    def _exact_hits(
        self, tokens: Sequence[Token], text: str, taken: set[int], every: bool = False, caps: Sequence[int] = ()
    ) -> list[Hit]:
        """Names matched exactly (any case form). Unless every, only capitalised words, hashtags and words right
        after a toponym marker are looked up: a lower-case word is accepted nowhere else (see _accept)."""
        hits = []
        after = -1
        if every:
            starts: Iterable[int] = range(len(tokens))
        else:
            found = {*caps, *_after_markers(tokens)}
            if "#" in text:
                found.update(i for i, t in enumerate(tokens) if t[START] > 0 and text[t[START] - 1] == "#")
            starts = sorted(found)
        for i in starts:
            if i <= after or i in taken or len(tokens[i][KEY]) < 2:
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
                hits.append(Hit(i, best_last, best, 1.0))
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
            for ending in FUZZY_ENDINGS:
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
        tokens = tokenize(text)
        if not tokens:
            return []
        caps = capitalised(tokens)
        area_hits = self._area_hits(tokens, text, caps=caps)
        taken = {k for first, last, _ in area_hits for k in range(first, last + 1)}
        hits = self._exact_hits(tokens, text, taken, caps=caps)
        matched = taken | {k for h in hits for k in range(h.first, h.last + 1)}
        singles = {h.first: h for h in hits if h.first == h.last}
        fuzzy = self._fuzzy_hits(tokens, text, matched, singles, sorted({*caps, *singles}))
        replaced = {k for h in fuzzy if h.last != h.first for k in range(h.first, h.last + 1)}
        hits = [h for h in hits if not (h.first == h.last and h.first in replaced)]
        for hit in hits:
            self._widen(hit, text[tokens[hit.first][START] : tokens[hit.last][END]])
        hits += fuzzy
        hits.sort(key=lambda h: h.first)
        accepted = self._accept(tokens, text, hits)
        mentioned_areas = [(tokens[f][START], [self._areas[a] for a in aids]) for f, _, aids in area_hits]
        return self._rank(tokens, text, accepted, mentioned_areas)

    def _widen(self, hit: Hit, surface: str) -> None:
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
        self, tokens: Sequence[Token], text: str, matched: set[int], singles: Mapping[int, Hit], todo: list[int]
    ) -> list[Hit]:
        """Misspelt names: capitalised words (or word pairs: "Byla Hora") no exact name took."""
        hits = []
        for i in todo:
            tok = tokens[i]
            if i in singles and i + 1 in singles and text[tok[END] : tokens[i + 1][START]] in ("-", "‑", "–"):
                pair = self._fuzzy_names(text[tok[START] : tokens[i + 1][END]])  # Орехово-Васильевка
                if pair and pair[0][1] >= 0.75:
                    hits.append(Hit(i, i + 1, [nid for nid, _ in pair], 0.45 + 0.4 * pair[0][1]))
                continue
            if i in matched or len(tok[TEXT]) < 3 or not tok[TEXT][0].isupper() or tok[KEY] in FUZZY_STOP:
                continue
            if tok[KEY] in self._wordlike:
                continue
            best = self._fuzzy_names(tok[TEXT]) if len(tok[TEXT]) >= 5 else []
            nxt = i + 1
            if nxt < len(tokens) and (nxt not in matched or nxt in singles) and joined(text, tok, tokens[nxt]):
                pair = self._fuzzy_names(text[tok[START] : tokens[nxt][END]])
                if pair and (not best or pair[0][1] >= best[0][1]) and (nxt not in singles or pair[0][1] >= 0.8):
                    hits.append(Hit(i, i + 1, [nid for nid, _ in pair], 0.45 + 0.4 * pair[0][1]))
                    continue
            if best:
                top = best[0][1]
                hits.append(Hit(i, i, [nid for nid, sim in best if sim >= top - 0.05], 0.45 + 0.4 * top))
        return hits

    def _context(self, tokens: Sequence[Token], text: str, i: int, accepted_last: int) -> str:
        """ "strong" (a toponym marker before), "weak" (capitalised after a preposition or in a list of places),
        or "" (none)."""
        for back in (1, 2, 3):
            k = i - back
            if k < 0 or SENTENCE_END.search(text, tokens[k][END], tokens[k + 1][START]):
                break
            if tokens[k][KEY] in STRONG_MARKERS:
                return "strong"
            if k + 1 < i and tokens[k + 1][KEY] in PREPOSITIONS:
                break  # «біля села та в Світлому»: the marker belongs to another phrase
        tok = tokens[i]
        if not tok[TEXT][0].isupper():
            return ""
        if i == 0 or SENTENCE_END.search(text, tokens[i - 1][END], tok[START]):
            return ""
        prev = tokens[i - 1]
        if prev[KEY] in PREPOSITIONS:
            return "weak"
        if accepted_last == i - 1 and text[prev[END] : tok[START]].strip() in (",", ";"):
            return "weak"
        if accepted_last == i - 2 and prev[KEY] in LIST_JOINERS:
            return "weak"
        return ""

    def _accept(self, tokens: Sequence[Token], text: str, hits: list[Hit]) -> list[Hit]:
        out: list[Hit] = []
        accepted_last = -5
        for hit in hits:
            first, last = tokens[hit.first], tokens[hit.last]
            nxt = tokens[hit.last + 1] if hit.last + 1 < len(tokens) else None
            if nxt is not None and text[last[END] : nxt[START]].strip() in ("", "."):
                if nxt[KEY] in AREA_NOUNS:
                    continue  # «Донецька область», "Donetsk region": an area, not the city
                if nxt[KEY] in DIRECTION_NOUNS and last[KEY].endswith(ADJECTIVE_ENDINGS):
                    continue  # «на Бахмутському напрямку»: the direction, not the village Бахмутське
                hit.direction = nxt[KEY] in SECTOR_NOUNS
            surface = " ".join(t[KEY] for t in tokens[hit.first : hit.last + 1])
            context = self._context(tokens, text, hit.first, accepted_last)
            if context == "strong":
                for k in range(hit.first - 1, max(hit.first - 4, -1), -1):
                    if tokens[k][KEY] in CATEGORY_MARKERS:
                        hit.category = CATEGORY_MARKERS[tokens[k][KEY]]
                        break
            hashtag = first[START] > 0 and text[first[START] - 1] == "#"
            capital = first[TEXT][0].isupper() or hashtag
            quality = hit.quality
            if _quoted_unit(tokens, text, hit):
                continue  # полк «Азов», бригада "Лють": a unit's name, not the village
            wordlike = (
                surface in self._wordlike
                or self._latin_alias_word(first, hit)
                or (
                    hit.last > hit.first  # «Вільне життя» (but «Кривий Ріг», «Часового Яру» are names: all capitalised)
                    and all(t[KEY] in self._wordlike for t in tokens[hit.first : hit.last + 1])
                    and not all(t[TEXT][0].isupper() for t in tokens[hit.first : hit.last + 1])
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

    def _latin_alias_word(self, first: Token, hit: Hit) -> bool:
        """A short Latin word matched only through an alias (Police, Mir): GeoNames spellings in other languages
        collide with English words, so they need a toponym context like word-like names."""
        if hit.first != hit.last or len(first[KEY]) > 6 or not first[KEY].isascii():
            return False
        return max(max(self._names.targets[nid].values()) for nid in hit.names) < 1.0

    def _city_mid_sentence(self, tokens: Sequence[Token], text: str, hit: Hit) -> bool:
        """A capitalised word mid-sentence that names a city (Лиман, Щастя): cities are named in text far more
        often than villages, so no preposition is needed."""
        i, j = hit.first, hit.last + 1
        if i == 0 or SENTENCE_END.search(text, tokens[i - 1][END], tokens[i][START]):
            return False
        if (
            j < len(tokens)
            and tokens[j][TEXT][0].isupper()
            and not text[tokens[j - 1][END] : tokens[j][START]].strip()
            and not (j + 1 < len(tokens) and tokens[j + 1][KEY] in AREA_NOUNS)
        ):
            return False  # Володимир Зеленський: a first name before a surname (not «Лиман Донецької області»)
        return any(
            self.settlements[sid].category in CITY_CATEGORIES for nid in hit.names for sid in self._names.targets[nid]
        )

    def _rank(
        self, tokens: Sequence[Token], text: str, hits: list[Hit], areas: list[tuple[int, list[Area]]]
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
            end = tokens[hit.last][END]
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
        anchor_around = {sid: around((cells[sid],)) for _, sid in located} if self._local_cells else {}
        around_all: set[Cell] | None = None  # built when first needed
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
                        nearby = around(cells[sid] for sid in sids)
                    else:
                        if around_all is None:
                            around_all = around(cells[sid] for sid in sids_all)
                        nearby = around_all
                    changed = {}
                    if sids and not base.cells.isdisjoint(nearby):
                        near = [c for sid in sids for c in (coords[sid],) if c is not None]  # in any order
                        for grid_cell in base.cells & nearby:
                            for sid in base.by_cell[grid_cell]:
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
            start, end = tokens[hit.first][START], tokens[hit.last][END]
            mentions.append(Mention((start, end), text[start:end], cands))
        return mentions

    def _base(self, hit: Hit) -> _Base:
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
            by_cell: dict[Cell, list[int]] = {}
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
        tokens = tokenize(query)
        area_hits = self._area_hits(tokens, query, every=True)
        taken = {k for first, last, _ in area_hits for k in range(first, last + 1)}
        wanted = [self._areas[a] for _, _, aids in area_hits for a in aids]
        rest = [t for k, t in enumerate(tokens) if k not in taken and t[KEY] not in STRONG_MARKERS]
        if not rest:
            return []
        scores: dict[int, float] = {}

        def put(sid: int, score: float) -> None:
            if score > scores.get(sid, 0.0):
                scores[sid] = score

        text = " ".join(t[TEXT] for t in rest)
        rtoks = tokenize(text)
        for hit in self._exact_hits(rtoks, text, set(), every=True):
            if hit.first == 0 and hit.last == len(rtoks) - 1:
                for nid in hit.names:
                    for sid, w in self._names.targets[nid].items():
                        put(sid, w)
        key = " ".join(t[KEY] for t in rtoks)
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
                CATEGORY_RANK.get(self.settlements[kv[0]].category, UNRANKED_CATEGORY),
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
