"""Finding the names in a text: exact names in any case form, sound-alikes of misspelt ones, and the context
that takes a name as a settlement (a toponym marker, a preposition, a list) or leaves it an ordinary word."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from bot.core.normalize import forms, loose, similarity
from bot.core.places.catalog import Catalog
from bot.core.places.directions import (
    before_direction_nouns,
    direction_elided,
    directions_listed,
    group_fronts,
    may_name_direction,
    section,
)
from bot.core.places.index import Paradigms, word_matches
from bot.core.places.model import KIND_WEIGHT, TUNING, Area, Hit
from bot.core.places.surroundings import (
    DASHES,
    agrees_with_next,
    bordering,
    next_key,
    region_of_settlement,
    something_else,
)
from bot.core.places.tokens import END, KEY, START, TEXT, Token, capitalised, joined, list_line, title_case_line
from bot.core.places.words import (
    AFTER_COPULA,
    AREA_NOUNS,
    CATEGORY_BREAKS,
    CATEGORY_MARKERS,
    CONTROL_PREPOSITIONS,
    CONTROL_STEMS,
    COPULAS,
    DEFINING_NOUNS,
    DIRECTION_ADJECTIVE_ENDINGS,
    DIRECTION_NOUNS,
    DIRECTION_PLURALS,
    DIRECTION_TOWNS,
    FORCE_ABBREVIATIONS,
    FOREIGN_TOWNS,
    FUZZY_STOP,
    LIST_JOINERS,
    MARKER_PREPOSITIONS,
    MASCULINE_ADJECTIVE_ENDINGS,
    NOT_AREA_WORDS,
    PLACE_PREDICATES,
    PREPOSITIONS,
    QUOTED_NAME_NOUNS,
    QUOTES,
    SECTOR_NOUNS,
    SENTENCE_END,
    STRONG_MARKERS,
)


def _quoted_unit(tokens: Sequence[Token], text: str, hit: Hit) -> bool:
    """A name in quotes right after a unit or outlet word: полк «Азов», the "Vostok" group, канал «Северный ветер»
    (a quoted name may go on past the place's words)."""
    start = tokens[hit.first][START]
    if start == 0 or text[start - 1] not in QUOTES or hit.first == 0:
        return False
    noun = hit.first - 1
    if tokens[noun][KEY] in FORCE_ABBREVIATIONS and noun > 0:
        noun -= 1  # «группировки ВСУ "Харьков"»: the side's abbreviation between the noun and the name
    if tokens[noun][KEY] not in QUOTED_NAME_NOUNS:
        return False
    for k in range(hit.last, min(len(tokens), hit.last + 1 + TUNING.quoted_name_words)):
        end = tokens[k][END]
        if end < len(text) and text[end] in QUOTES:
            return True
        if k + 1 < len(tokens) and text[end : tokens[k + 1][START]] != " ":
            return False  # a comma or a full stop before the quote closes: not one name
    return False


def _marked_category(tokens: Sequence[Token], first: int) -> str:
    """The category a marker up to TUNING.category_reach words before names («село» C, «селище» X, «місто» M), or ""."""
    for k in range(first - 1, max(first - 1 - TUNING.category_reach, -1), -1):
        key = tokens[k][KEY]
        if key in CATEGORY_MARKERS:
            return CATEGORY_MARKERS[key]
        if key in CATEGORY_BREAKS:
            break
    return ""


def _sound_quality(similarity: float) -> float:
    """The quality of a sound-alike hit of this similarity."""
    return TUNING.sound_quality + TUNING.sound_quality_per_similarity * similarity


def _after_markers(tokens: Sequence[Token]) -> list[int]:
    markers = STRONG_MARKERS
    return [i + 1 for i, t in enumerate(tokens[:-1]) if t[KEY] in markers]


class Resolver:
    """The hits of a text's tokens against the catalog's names (memoised: names repeat across posts)."""

    def __init__(self, catalog: Catalog) -> None:
        self._city = catalog.city  # by position: the category is a city's (CITY_CATEGORIES)
        self._names = catalog.names
        self._sounds = catalog.sounds
        self._areas = catalog.areas
        self._area_names = catalog.area_names
        self._wordlike = catalog.wordlike
        self._common = catalog.common
        self._codes = catalog.codes
        self._oblasts = {a.prefix: a for a in catalog.areas if a.kind == "oblast"}
        self._direction_towns = {
            loose(stem): sid
            for code, stems in DIRECTION_TOWNS.items()
            if (sid := catalog.index.get(code)) is not None
            for stem in stems.split()
        }
        self._codes_index = catalog.index
        self._front_towns = set(self._direction_towns.values())
        self._direction_stem_lengths = sorted({len(stem) for stem in self._direction_towns}, reverse=True)
        self._extent_memo: dict[tuple[str, ...], list[tuple[int, int]]] = {}
        self._echo_forms: dict[int, frozenset[str]] = {}
        self._widened: dict[tuple[str, tuple[int, ...]], dict[int, float]] = {}

    def resolve(self, tokens: Sequence[Token], text: str) -> tuple[list[Hit], list[tuple[int, list[Area]]]]:
        """The names the text's tokens take as settlements, and (offset, areas) of every oblast/raion named."""
        caps = capitalised(tokens)
        area_hits = self.area_hits(tokens, text, caps=caps)
        taken = {k for first, last, _ in area_hits for k in range(first, last + 1)}
        hits = self.exact_hits(tokens, text, taken, caps=caps)
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
        towns = self._direction_town_hits(tokens, text, {h.first for h in accepted}) + self._group_town_hits(
            tokens, text
        )
        if towns:
            accepted = sorted(accepted + towns, key=lambda h: h.first)
        mentioned_areas = [
            (tokens[f][START], [self._areas[a] for a in aids]) for f, _, aids in area_hits if not bordering(tokens, f)
        ]
        if len(accepted) < len(hits):
            mentioned_areas += self._regions_named(tokens, text, hits, accepted)
        return accepted, mentioned_areas

    def _regions_named(
        self, tokens: Sequence[Token], text: str, hits: list[Hit], accepted: list[Hit]
    ) -> list[tuple[int, list[Area]]]:
        """The oblasts named by their centre ("the Donetsk villages of X and Y", "a key town in Donetsk", «села в
        Запорожье»): the oblast of the one city a name left out as a region stands for."""
        kept = {id(h) for h in accepted}
        found = []
        for hit in hits:
            if id(hit) in kept or not region_of_settlement(tokens, hit) or directions_listed(tokens, text, hit.last):
                continue  # not «пунктов на Донецком и Запорожском направлениях»: directions
            cities = {sid for nid in hit.names for sid in self._names.targets[nid] if self._city[sid]}
            area = self._oblasts.get(self._codes[next(iter(cities))][:4]) if len(cities) == 1 else None
            if area is not None:
                found.append((tokens[hit.first][START], [area]))
        return found

    def _direction_town_hits(self, tokens: Sequence[Token], text: str, taken: set[int]) -> list[Hit]:
        """The towns the post's directions are named after («на Оріхівському напрямку», «на Покровському та
        Курахівському напрямках», «на лиманському –»): a hit each, flagged direction_town, to weigh the namesakes
        of its section."""
        if not may_name_direction(text):
            return []  # most posts name no direction: no word is looked at
        found = []
        for i in before_direction_nouns(tokens, text):
            sid = None if i in taken else self._direction_town(tokens[i][KEY])
            if sid is None:
                continue
            follower = next_key(tokens, text, i)
            if (
                follower in DIRECTION_NOUNS
                or follower in DIRECTION_PLURALS
                or directions_listed(tokens, text, i)
                or direction_elided(tokens, text, i)
            ):
                hit = Hit(i, i, [], 1.0, {sid: 1.0}, f"direction town {sid}", direction=True)
                hit.direction_town, hit.section = True, section(tokens, text, i)
                found.append(hit)
        return found

    def _group_town_hits(self, tokens: Sequence[Token], text: str) -> list[Hit]:
        """The towns of the Russian groups of forces the post names («группировки войск «Восток»»): a hit each,
        flagged direction_town over the group's sentences, to weigh the namesakes on its front."""
        found = []
        for code, i, span in group_fronts(tokens, text):
            sid = self._codes_index.get(code)
            if sid is not None:
                hit = Hit(i, i, [], 1.0, {sid: 1.0}, f"group town {sid}", direction=True)
                hit.direction_town, hit.section = True, span
                found.append(hit)
        return found

    def _front_town(self, hit: Hit) -> bool:
        """The hit names one town, one a direction is named after (DIRECTION_TOWNS)."""
        targets = {sid for nid in hit.names for sid in self._names.targets[nid]}
        return len(targets) == 1 and not targets.isdisjoint(self._front_towns)

    def _direction_town(self, key: str) -> int | None:
        """The town whose adjective the word is (DIRECTION_TOWNS: «оріхівському», «ореховском»), or None."""
        for n in self._direction_stem_lengths:
            if len(key) > n and (sid := self._direction_towns.get(key[:n])) is not None:
                return sid if key[n:] in DIRECTION_ADJECTIVE_ENDINGS else None
        return None

    def area_hits(
        self, tokens: Sequence[Token], text: str, every: bool = False, caps: Sequence[int] = ()
    ) -> list[tuple[int, int, list[int]]]:
        """(first token, last token, area indices) of every oblast/raion named in the text."""
        out = []
        after = -1
        names = self._area_names
        for i in range(len(tokens)) if every else caps:
            if i <= after or tokens[i][TEXT].lower() in NOT_AREA_WORDS:
                continue
            best: tuple[int, list[int]] | None = None
            for nid in names.hits(tokens[i][KEY]):
                last = self._match_rest(tokens, i, names.rest[nid], text)
                if last is not None and (best is None or last > best[0]):
                    best = (last, sorted(names.targets[nid]))
                elif last is not None and best is not None and last == best[0]:
                    best[1].extend(names.targets[nid])
            if best is not None:
                out.extend(self._coordinated_areas(tokens, text, i, best[0]))
                out.append((i, best[0], sorted(set(best[1]))))
                after = best[0]
        return out

    def _coordinated_areas(
        self, tokens: Sequence[Token], text: str, first: int, last: int
    ) -> list[tuple[int, int, list[int]]]:
        """The adjectives joined before an area that share its noun («в Донецькій та Запорізькій області», «у
        Харківській, Донецькій та Луганській областях»): each an area of its own, nearest last."""
        names, found = self._area_names, []
        k = first  # the leftmost member found so far; the next one stands before a joiner or a comma
        while k >= 1:
            if tokens[k - 1][KEY] in LIST_JOINERS and k >= 2:
                k -= 1
            elif text[tokens[k - 1][END] : tokens[k][START]].strip() != ",":
                break
            word = tokens[k - 1]
            if not word[TEXT][0].isupper():
                break
            aids = [
                a
                for nid in names.hits(word[KEY])
                if len(names.rest[nid]) == last - first
                and all(word_matches(tokens[first + 1 + r][KEY], alt) for r, alt in enumerate(names.rest[nid]))
                for a in names.targets[nid]
            ]
            if not aids:
                break
            k -= 1
            found.append((k, k, sorted(set(aids))))
        return found[::-1]

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
        the word and the (up to TUNING.name_max_following) words joined to it, since only they decide."""
        first = self._names.hits(tokens[i][KEY])
        if not first:
            return []
        rests = self._names.rest
        if not any(rests[nid] for nid in first):
            return [(nid, 0) for nid in first]
        following: list[str] = []
        j = i
        while (
            j + 1 < len(tokens)
            and len(following) < TUNING.name_max_following
            and joined(text, tokens[j], tokens[j + 1])
        ):
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
            if len(self._extent_memo) > TUNING.memo_words:
                self._extent_memo.clear()
            self._extent_memo[key] = found
        return found

    def exact_hits(
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
            if i <= after or i in taken or len(tokens[i][KEY]) < TUNING.exact_min_letters:
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
                hits.append(Hit(i, best_last, best, TUNING.exact_quality))
                after = best_last
        return hits

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
            if self._only_variants(hit):  # else an official name matched
                for nid, sim in self._sounds.names(surface, TUNING.widen_min_skeleton, TUNING.widen_min_similarity):
                    if nid in hit.names:
                        continue
                    for sid, w in targets[nid].items():
                        weight = w * TUNING.widen_weight * sim * sim
                        if weight > extra.get(sid, 0.0):
                            extra[sid] = weight
            if len(self._widened) > TUNING.memo_sounds:
                self._widened.clear()
            self._widened[key] = extra
        if extra:
            hit.extra, hit.extra_key = extra, surface  # shared, never mutated

    def _fuzzy_hits(
        self, tokens: Sequence[Token], text: str, matched: set[int], singles: Mapping[int, Hit], todo: list[int]
    ) -> list[Hit]:
        """Misspelt names: capitalised words (or word pairs: "Byla Hora") no exact name took."""
        hits: list[Hit] = []
        named = self._named_by_letter(singles)
        for i in todo:
            if hits and hits[-1].last == i:
                continue  # the second word of a pair just taken
            tok = tokens[i]
            hyphen = i + 1 < len(tokens) and text[tok[END] : tokens[i + 1][START]] in ("-", "‑", "–")
            if hyphen and i in singles and (i + 1 in singles or tokens[i + 1][TEXT][:1].isupper()):
                # «Орехово-Васильевка»; "Kupyansk-Vuzlovy", its second half no name of its own
                pair = self._sounds.names(text[tok[START] : tokens[i + 1][END]])  # Орехово-Васильевка
                if pair and pair[0][1] >= TUNING.sound_pair_min:
                    hits.append(Hit(i, i + 1, [nid for nid, _ in pair], _sound_quality(pair[0][1])))
                continue
            if i in singles:
                # "Maly Shcherbaky": an exact word («Малий», a former name) gives way to the name of two it starts
                capital = i + 1 < len(tokens) and tokens[i + 1][TEXT][:1].isupper()
                if capital and (
                    pair := self._sound_pair(tokens, text, i, matched, singles, TUNING.sound_pair_over_exact)
                ):
                    hits.append(Hit(i, i + 1, [nid for nid, _ in pair], _sound_quality(pair[0][1])))
                continue
            if (
                i in matched
                or len(tok[TEXT]) < TUNING.sound_min_letters
                or not tok[TEXT][0].isupper()
                or tok[KEY] in FUZZY_STOP
                or tok[KEY].endswith(MASCULINE_ADJECTIVE_ENDINGS)
            ):
                continue
            if tok[KEY] in self._wordlike:
                continue
            echo = self._echo(tok[KEY], named)
            if echo is not None:
                hits.append(Hit(i, i, *echo))
                continue
            best = self._sounds.names(tok[TEXT]) if len(tok[TEXT]) >= TUNING.sound_single_min_letters else []
            pair = self._sound_pair(tokens, text, i, matched, singles, best[0][1] if best else 0.0)
            if pair:
                hits.append(Hit(i, i + 1, [nid for nid, _ in pair], _sound_quality(pair[0][1])))
                continue
            if best:
                top = best[0][1]
                hits.append(Hit(i, i, [nid for nid, sim in best if sim >= top - TUNING.sound_tie], _sound_quality(top)))
        return hits

    def _named_by_letter(self, singles: Mapping[int, Hit]) -> dict[str, list[tuple[tuple[int, ...], int]]]:
        """The names the post names exactly in one word, by first letter, each with its name set, once (names repeat
        in a long text): what a misspelling may echo."""
        named: dict[str, list[tuple[tuple[int, ...], int]]] = {}
        for names in dict.fromkeys(tuple(hit.names) for hit in singles.values()):
            for nid in names:
                named.setdefault(loose(self._names.text[nid][:1]), []).append((names, nid))
        return named

    def _echo(self, key: str, named: Mapping[str, list[tuple[tuple[int, ...], int]]]) -> tuple[list[int], float] | None:
        """The names of an exact one-word hit of the post (named: by first letter, each name with its name set) that
        this word misspells, keeping its first letter, and the quality (a case form of the name at least
        TUNING.sound_echo alike: «звільнення Андріївки ... в Адріївці»), else None."""
        best, found = TUNING.sound_echo, None
        reach = len(key) // 6 + 1  # a form longer or shorter by more is less alike than sound_echo allows
        for names, nid in named.get(key[:1], ()):
            if abs(len(self._names.text[nid]) - len(key)) > reach + TUNING.sound_echo_ending:
                continue  # too long or short whatever its ending: no case form is alike
            for form in self._forms_of(nid):
                if form[:1] != key[:1] or abs(len(form) - len(key)) > reach:
                    continue
                sim = similarity(key, form)
                if sim >= best:
                    best, found = sim, names
        return None if found is None else (list(found), _sound_quality(best))

    def _forms_of(self, nid: int) -> frozenset[str]:
        """The case forms of one name (one word), folded as tokens' keys are (memoised)."""
        found = self._echo_forms.get(nid)
        if found is None:
            text = self._names.text[nid]
            found = self._echo_forms[nid] = (
                frozenset(loose(f) for f in forms(loose(text))) if " " not in text else frozenset()
            )
        return found

    def _sound_pair(
        self,
        tokens: Sequence[Token],
        text: str,
        i: int,
        matched: set[int],
        singles: Mapping[int, Hit],
        at_least: float,
    ) -> list[tuple[int, float]]:
        """The names the word pair at `i` sounds like, if at least `at_least` alike ("Byla Hora"); a second word
        matched exactly on its own gives way only to a pair TUNING.sound_pair_over_exact alike."""
        nxt = i + 1
        if nxt >= len(tokens) or (nxt in matched and nxt not in singles) or not joined(text, tokens[i], tokens[nxt]):
            return []
        pair = self._sounds.names(text[tokens[i][START] : tokens[nxt][END]])
        if not pair or pair[0][1] < at_least:
            return []
        return pair if nxt not in singles or pair[0][1] >= TUNING.sound_pair_over_exact else []

    def _context(self, tokens: Sequence[Token], text: str, i: int, accepted_last: int) -> str:
        """ "strong" (a toponym marker before), "weak" (capitalised after a preposition), "list" (capitalised in a
        list of places: as weak), or "" (none)."""
        for back in range(1, TUNING.marker_reach + 1):
            k = i - back
            if k < 0 or SENTENCE_END.search(text, tokens[k][END], tokens[k + 1][START]):
                break
            if tokens[k][KEY] in STRONG_MARKERS:
                if back > 1 and tokens[k][KEY] in MARKER_PREPOSITIONS and not tokens[k + 1][TEXT][0].isupper():
                    break  # «під контролем Сил»: the preposition governs «контролем», not the name
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
            return "list"
        if accepted_last == i - 2 and prev[KEY] in LIST_JOINERS:
            return "list"
        return ""

    def _accept(self, tokens: Sequence[Token], text: str, hits: list[Hit]) -> list[Hit]:
        """The hits their context takes as settlements, with their quality after that context."""
        out: list[Hit] = []
        accepted_last = -5  # none yet: never i - 1 or i - 2
        for hit in hits:
            follower = next_key(tokens, text, hit.last)
            if something_else(tokens, text, hit, follower):
                continue
            if follower is not None:
                hit.direction = follower in SECTOR_NOUNS
                if hit.direction and self._front_town(hit):
                    hit.section = section(tokens, text, hit.last)  # "on the Orikhiv direction": its front too
            context = self._context(tokens, text, hit.first, accepted_last)
            if context == "strong":
                hit.category = _marked_category(tokens, hit.first) or hit.category
            quality = self._quality(tokens, text, hit, context)
            if quality is None:
                continue
            hit.quality = quality
            out.append(hit)
            accepted_last = hit.last
        return out

    def _quality(self, tokens: Sequence[Token], text: str, hit: Hit, context: str) -> float | None:
        """The hit's quality in its context, or None when the context does not make it a settlement."""
        if _quoted_unit(tokens, text, hit):
            return None  # полк «Азов», бригада "Лють": a unit's name, not the village
        first = tokens[hit.first]
        if hit.first == hit.last and first[KEY] in FOREIGN_TOWNS and context != "strong":
            return None  # «в Курске», "in Kursk": the Russian city
        hashtag = first[START] > 0 and text[first[START] - 1] == "#"
        capital = first[TEXT][0].isupper() or hashtag
        if self._wordlike_hit(tokens, hit):
            if not capital or (not context and not self._proper_toponym(tokens, text, hit)):
                return None  # a common word in lower case is that word, whatever precedes it («райони міста»)
            if title_case_line(text, first[START]) and not (hit.first and tokens[hit.first - 1][KEY] in STRONG_MARKERS):
                return None  # "Villages Near Dobropillia As Fighting Intensifies": a headline's capitals
            if context != "strong" and agrees_with_next(tokens, text, hit.last):
                return None  # «у Третьому армійському корпусі»: an adjective of the words after it
            if context == "weak" and any(t[KEY] in self._common for t in tokens[hit.first : hit.last + 1]):
                return None  # «на Сході», "in the East": too common for a place after a bare preposition
            return hit.quality * (TUNING.wordlike_strong if context == "strong" else TUNING.wordlike_weak)
        if not capital:
            if hit.quality < TUNING.exact_quality or context != "strong":
                return None  # lower-case words are place names only right after «село», «в районі», "village"...
            return hit.quality * TUNING.lowercase_strong
        if hit.quality < TUNING.exact_quality and not context and hit.quality < TUNING.sound_alone_min:
            return None  # a weak fuzzy match needs a toponym context
        if hit.quality < TUNING.exact_quality and context != "strong" and agrees_with_next(tokens, text, hit.last):
            return None  # «Украинские морские пехотинцы»: an adjective of the words after it, not Українське
        return hit.quality

    def _wordlike_hit(self, tokens: Sequence[Token], hit: Hit) -> bool:
        """A name that is also an ordinary word (Світле, Мир, «Вільне життя»): it needs a toponym context."""
        words = tokens[hit.first : hit.last + 1]
        if " ".join(t[KEY] for t in words) in self._wordlike or self._latin_alias_word(words[0], hit):
            return True
        return (
            hit.last > hit.first  # «Вільне життя» (but «Кривий Ріг», «Часового Яру» are names: all capitalised)
            and all(t[KEY] in self._wordlike for t in words)
            and not all(t[TEXT][0].isupper() for t in words)
        )

    def _latin_alias_word(self, first: Token, hit: Hit) -> bool:
        """A short Latin word matched only through an alias (Police, Mir): GeoNames spellings in other languages
        collide with English words, so they need a toponym context like word-like names."""
        if hit.first != hit.last or len(first[KEY]) > TUNING.latin_alias_max_letters or not first[KEY].isascii():
            return False
        return self._only_variants(hit)

    def _only_variants(self, hit: Hit) -> bool:
        """True when none of the hit's names is an official name of any of its settlements."""
        return max(max(self._names.targets[nid].values()) for nid in hit.names) < KIND_WEIGHT["n"]

    def _proper_toponym(self, tokens: Sequence[Token], text: str, hit: Hit) -> bool:
        """A capitalised word-like name that is a toponym without a marker: a city or town anywhere (Бахмут, «Ізюм
        звільнено»: cities are named far more often than the dictionary's noun or surname), any other name
        mid-sentence (Липове, «зайняли Веселе»), where a capital letter sets a name apart from a word. Not the
        words too common for that (Мир, Слава), nor a person's name beside another (Володимир Зеленський)."""
        if any(t[KEY] in self._common for t in tokens[hit.first : hit.last + 1]):
            return False
        i = hit.first
        if _name_follows(tokens, text, hit.last + 1):
            return False
        initial = _sentence_initial(tokens, text, i)
        if initial and list_line(text, tokens[i][START], tokens[hit.last][END]):
            return True  # «населених пунктів:\nСтепове;\nТоненьке.»: an item of a list, one name per line
        after_capital = (  # «Олег Бахмут», but not «Освобождены Тихое»: a predicate opening the sentence
            not initial
            and tokens[i - 1][TEXT][0].isupper()
            and text[tokens[i - 1][END] : tokens[i][START]] == " "
            and tokens[i - 1][KEY] not in PLACE_PREDICATES
        )
        if initial and _predicate_follows(tokens, text, hit.last):
            return True  # «Веселе звільнено», «Очеретино под контролем»: the subject of a claim about a place
        if any(self._city[sid] for nid in hit.names for sid in self._names.targets[nid]):
            return not after_capital or _sentence_initial(tokens, text, i - 1)  # «Сьогодні Бахмут», not «Олег Бахмут»
        return not initial and not after_capital


def _predicate_follows(tokens: Sequence[Token], text: str, last: int) -> bool:
    """A claim's predicate right after the name («звільнено», «под (нашим) контролем», "was liberated"), or a dash and
    what it is («Кринки — село»)."""
    follower = next_key(tokens, text, last)
    if follower in PLACE_PREDICATES:
        return True
    if follower in COPULAS and last + 2 < len(tokens):
        return tokens[last + 2][KEY] in PLACE_PREDICATES or tokens[last + 2][KEY] in AFTER_COPULA
    if follower in CONTROL_PREPOSITIONS:
        return any(t[KEY].startswith(CONTROL_STEMS) for t in tokens[last + 2 : last + 5])
    nxt = last + 1  # «Кринки — село на лівому березі»: a dash and what the name is
    return (
        nxt < len(tokens)
        and tokens[nxt][KEY] in DEFINING_NOUNS
        and text[tokens[last][END] : tokens[nxt][START]].strip() in DASHES
    )


def _sentence_initial(tokens: Sequence[Token], text: str, i: int) -> bool:
    return i == 0 or SENTENCE_END.search(text, tokens[i - 1][END], tokens[i][START]) is not None


def _name_follows(tokens: Sequence[Token], text: str, j: int) -> bool:
    """A capitalised word right after (a space alone between): a first name before a surname (Володимир
    Зеленський), unless an area noun follows it («Лиман Донецької області»)."""
    return (
        j < len(tokens)
        and tokens[j][TEXT][0].isupper()
        and not text[tokens[j - 1][END] : tokens[j][START]].strip()
        and not (j + 1 < len(tokens) and tokens[j + 1][KEY] in AREA_NOUNS)
    )
