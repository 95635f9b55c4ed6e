"""The name indexes: paradigms (every name split into words, each word into (stem, endings); a token key finds the
names whose first word it is a form of) and sound-alikes (consonant skeletons: a misspelt or transliterated word
finds the names it may stand for)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Mapping

from bot.core.normalize import _LOOSE as _LOOSE_TABLE
from bot.core.normalize import fold, is_cyrillic, loose, paradigms, similarity, skeleton, to_latin
from bot.core.places.model import KIND_WEIGHT, TUNING
from bot.core.places.tokens import HYPHENS
from bot.core.places.words import FUZZY_ENDINGS

# A word's alternatives: (stem, the endings that may follow it), all folded with loose().
Paradigms = tuple[tuple[str, frozenset[str]], ...]
# Every name key folded once more with loose() and sorted, with the name ids in the same order (lookup's prefixes).
SortedKeys = tuple[list[str], list[int]]
LATIN_ENDINGS = frozenset(("", "s"))  # Bakhmut's -> "bakhmuts" once the apostrophe is folded


class NameIndex:
    """Stem + ending matcher over token keys; one for settlements, one for areas."""

    MAX_ENDING = 5

    def __init__(self) -> None:
        # per name id: the name as written, paradigms of its 2nd, 3rd... words, target index -> kind weight
        self.text: list[str] = []
        self.rest: list[tuple[Paradigms, ...]] = []
        self.targets: list[dict[int, float]] = []
        self.stems: dict[str, list[tuple[int, frozenset[str]]]] = {}
        self._by_text: dict[str, int] | None = {}
        self._endings: dict[tuple[str, ...], frozenset[str]] = {}
        self._word_cache: dict[str, Paradigms] = {}
        self._memo: dict[str, list[int]] = {}
        self._sorted: SortedKeys | None = None
        # a restored index (places.snapshot) reads these two only when first asked for them
        self._load_by_text: Callable[[], dict[str, int]] | None = None
        self._load_sorted: Callable[[], SortedKeys] | None = None

    @classmethod
    def restored(
        cls,
        text: list[str],
        rest: list[tuple[Paradigms, ...]],
        targets: list[dict[int, float]],
        stems: dict[str, list[tuple[int, frozenset[str]]]],
        by_text: Callable[[], dict[str, int]],
        sorted_keys: Callable[[], SortedKeys],
    ) -> NameIndex:
        """An index from the parts places.snapshot stored; by_text and sorted_keys are read when first needed."""
        index = cls()
        index.text, index.rest, index.targets, index.stems = text, rest, targets, stems
        index._by_text = None
        index._load_by_text, index._load_sorted = by_text, sorted_keys
        return index

    @property
    def by_text(self) -> dict[str, int]:
        """Name key (the name folded, hyphens as spaces) -> name id: each name's first spelling."""
        if self._by_text is None:
            assert self._load_by_text is not None
            self._by_text = self._load_by_text()
            self._load_by_text = None
        return self._by_text

    def sorted_keys(self) -> SortedKeys:
        """The name keys folded with loose() and sorted (then by name id), and their name ids (built once)."""
        if self._sorted is None:
            if self._load_sorted is not None:
                self._sorted = self._load_sorted()
            else:
                pairs = sorted((loose(key), nid) for key, nid in self.by_text.items())
                self._sorted = ([key for key, _ in pairs], [nid for _, nid in pairs])
        return self._sorted

    def _paradigms(self, word: str) -> Paradigms:
        found = self._word_cache.get(word)
        if found is None:
            if word.isascii():
                found = ((word, LATIN_ENDINGS),)
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
        self._sorted = self._load_sorted = None
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
                    stems.setdefault(low, []).append((len(texts) - 1, LATIN_ENDINGS))
                    continue
            else:
                key = " ".join(HYPHENS.sub(" ", low.translate(_LOOSE_TABLE)).split())
                if not key:
                    continue
                nid = by_text.get(key)
                pars = [self._paradigms(w) for w in HYPHENS.sub(" ", fold(name)).split()]
                if nid is None:
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
                self._more_forms(nid, pars)
            targets = all_targets[nid]
            raised = {target: weight for target, weight in weights.items() if weight > targets.get(target, 0.0)}
            if raised:  # a new map, not an update: after compact() equal maps are one object
                all_targets[nid] = {**targets, **raised}

    def _more_forms(self, nid: int, pars: list[Paradigms]) -> None:
        """Another spelling of an indexed name that folds to the same key inflects as it is spelt: Липці (plural in
        -і: Липцях) and Липцы (in -ы: Липцах, Липцев) are one name with the case forms of both."""
        rest = self.rest[nid]
        if len(pars) != len(rest) + 1 or not all(pars):
            return
        for stem, ends in pars[0]:
            entries = self.stems.setdefault(stem, [])
            if (nid, ends) not in entries:
                entries.append((nid, ends))
        merged = tuple(old + tuple(p for p in new if p not in old) for old, new in zip(rest, pars[1:], strict=True))
        if merged != rest:
            self.rest[nid] = merged

    def compact(self) -> None:
        """Share what is equal: one target map for the names of the same places and weights (Latin spellings of a
        village: 103,592 maps, 45,214 distinct in the bundled gazetteer), one tuple per distinct run of following
        words; and drop the per-word memo that only pays while names are added."""
        maps: dict[tuple[tuple[int, float], ...], dict[int, float]] = {}
        self.targets = [maps.setdefault(tuple(t.items()), t) for t in self.targets]
        rests: dict[tuple[Paradigms, ...], tuple[Paradigms, ...]] = {}
        self.rest = [rests.setdefault(r, r) for r in self.rest]
        self._word_cache.clear()

    def hits(self, key: str) -> list[int]:
        """Names whose first word has this token key as one of its forms (memoised: words repeat across posts)."""
        found = self._memo.get(key)
        if found is None:
            found = self._hits(key)
            if len(self._memo) >= TUNING.memo_words:
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


def word_matches(key: str, alternatives: Paradigms) -> bool:
    return any(key.startswith(stem) and key[len(stem) :] in ends for stem, ends in alternatives)


class SoundAlikes:
    """Official, attested and former Cyrillic names by consonant skeleton: Latin spellings, transliteration drift
    and typos share the skeleton of the name they mean."""

    def __init__(self, names: NameIndex, index: dict[str, list[int]] | None = None) -> None:
        """index: the skeleton index places.snapshot stored for these names; None builds it."""
        self._names = names
        self._index = _skeleton_index(names) if index is None else index  # now: the first post should not pay for it
        self._cache: dict[tuple[str, int, float], list[tuple[int, float]]] = {}
        self._latin: dict[int, str] = {}  # name id -> to_latin(its text), filled as names come up

    @property
    def index(self) -> dict[str, list[int]]:
        """Consonant skeleton -> the name ids of that skeleton (places.snapshot stores it)."""
        return self._index

    def names(
        self,
        surface: str,
        min_skeleton: int = TUNING.sound_min_skeleton,
        min_sim: float = TUNING.sound_min_similarity,
    ) -> list[tuple[int, float]]:
        """Names a misspelt or transliterated word may stand for, with similarity in 0..1 (cached: pure)."""
        cached = self._cache.get((surface, min_skeleton, min_sim))
        if cached is not None:
            return cached
        index, latin_of, texts = self._index, self._latin, self._names.text
        out: dict[int, float] = {}
        latin = ""  # to_latin(surface), worked out once a skeleton finds a name
        variants = {surface}
        if is_cyrillic(surface):
            low = surface.lower()
            if low.endswith(FUZZY_ENDINGS):
                for ending in FUZZY_ENDINGS:
                    if len(surface) > len(ending) + TUNING.sound_cut_leaves and low.endswith(ending):
                        variants.add(surface[: -len(ending)])
        for variant in variants:
            sk = skeleton(variant)
            if len(sk.replace(" ", "")) < min_skeleton:
                continue
            for nid in index.get(sk, ()):
                other = latin_of.get(nid)
                if other is None:
                    other = latin_of[nid] = to_latin(texts[nid])
                latin = latin or to_latin(surface)
                sim = similarity(latin, other)
                if sim >= min_sim and sim > out.get(nid, 0.0):
                    out[nid] = sim
        result = sorted(out.items(), key=lambda kv: -kv[1])
        if len(self._cache) > TUNING.memo_sounds:
            self._cache.clear()
        self._cache[(surface, min_skeleton, min_sim)] = result
        return result


def _skeleton_index(names: NameIndex) -> dict[str, list[int]]:
    index: dict[str, list[int]] = defaultdict(list)
    for nid, targets in enumerate(names.targets):
        if max(targets.values()) >= KIND_WEIGHT["f"] and not names.text[nid].isascii():
            # official, attested and former Cyrillic names: Latin spellings share their skeletons
            sk = skeleton(names.text[nid])
            if len(sk.replace(" ", "")) >= TUNING.sound_index_min_skeleton:
                index[sk].append(nid)
    return dict(index)
