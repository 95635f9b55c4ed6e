"""Russian spellings generated from a Ukrainian settlement name by the rules of ``russian_rules``, best guess first.

Each word becomes a row of slots, one per matched rule or copied letter, each slot a list of options best first. The
best guess takes every slot's first option; the variants change one or two slots, ranked by ``tuning.RUSSIAN``.
"""

from __future__ import annotations

import itertools
import re

from .russian_rules import CLOSED_I, CLOSED_SYLLABLE, FREE_I, HARD_I_TO_Y, LETTERS, ORDINALS, STAGES, Opts
from .tuning import RUSSIAN

Slots = list[list[str]]
_STAGES = [
    (
        st.before_noun,
        st.min_length,
        re.compile(st.when),
        re.compile(st.unless),
        [(re.compile(p), o) for p, o in st.rules],
    )
    for st in STAGES
]
_CLOSED_SYLLABLE = re.compile(CLOSED_SYLLABLE)
_HARD_I_TO_Y = re.compile(HARD_I_TO_Y)


def ru_variants(name: str) -> list[str]:
    """Plausible Russian spellings of a Ukrainian settlement name, best guess first."""
    slots = name_slots(name)
    base = [s[0] for s in slots]
    cands = [(0.0, "".join(base)), *one_changed(slots, base), *two_changed(slots, base)]
    cands.append((RUSSIAN.one_y, _HARD_I_TO_Y.sub("ы", cands[0][1], count=1)))
    cands.append((RUSSIAN.all_y, _HARD_I_TO_Y.sub("ы", cands[0][1])))
    out: list[str] = []
    for _c, _n, variant in sorted((c, n, v) for n, (c, v) in enumerate(cands)):
        if variant not in out:
            out.append(variant)
        if len(out) >= RUSSIAN.variants:
            break
    return out


def name_slots(name: str) -> Slots:
    """The slots of every word of the name, separators (space, hyphen) as slots of one option."""
    parts = re.split(r"([ \-])", name)
    ordinal = parts[-1].lower() in ORDINALS  # «Петрівка Перша»: no adjective before the noun
    slots: Slots = []
    for pi, p in enumerate(parts):
        if p in (" ", "-") or p == "":
            slots.append([p])
            continue
        before_noun = pi + 1 < len(parts) and parts[pi + 1] == " " and not ordinal
        ws = word_slots(p.lower(), before_noun)
        if p[:1].isupper() and ws:
            ws[0] = [o[:1].upper() + o[1:] for o in ws[0]]
        slots.extend(ws)
    return slots


def word_slots(w: str, before_noun: bool) -> Slots:
    """Slots (list of options) for one lower-case Ukrainian word."""
    taken = [False] * len(w)
    spans: list[tuple[int, int, list[str]]] = []
    for place, min_length, when, unless, rules in _STAGES:
        if place in (None, before_noun) and len(w) >= min_length and when.search(w) and not unless.search(w):
            spans += take(w, taken, rules)
    spans += [(i, i + 1, letter_options(w, i)) for i in range(len(w)) if not taken[i]]
    spans.sort()
    return [s[2] for s in spans]


def take(w: str, taken: list[bool], rules: list[tuple[re.Pattern[str], Opts]]) -> list[tuple[int, int, list[str]]]:
    """The spans the rules match in letters not yet taken (marking them taken), with their options."""
    spans = []
    for rx, opts in rules:
        for m in rx.finditer(w):
            if m.end() == m.start() or any(taken[m.start() : m.end()]):
                continue
            taken[m.start() : m.end()] = [True] * (m.end() - m.start())
            spans.append((m.start(), m.end(), [m.group(0) if o == "=" else o for o in opts]))
    return spans


def letter_options(w: str, i: int) -> list[str]:
    ch = w[i]
    if ch == "і":
        return list(CLOSED_I if _CLOSED_SYLLABLE.match(w, i + 1) else FREE_I)
    return [LETTERS.get(ch, ch)]


def option_costs(slots: Slots) -> list[list[float]]:
    """Each option costs its index in the slot; the options of a free і cost less."""
    free_i = set(FREE_I)
    return [
        [float(n) * (RUSSIAN.free_i_factor if {x.lower() for x in sl} == free_i else 1.0) for n, _o in enumerate(sl)]
        for sl in slots
    ]


def one_changed(slots: Slots, base: list[str]) -> list[tuple[float, str]]:
    costs = option_costs(slots)
    out = []
    for k in (k for k in range(len(slots)) if len(slots[k]) > 1):
        for n in range(1, len(slots[k])):
            v = base.copy()
            v[k] = slots[k][n]
            out.append((costs[k][n], "".join(v)))
    return out


def two_changed(slots: Slots, base: list[str]) -> list[tuple[float, str]]:
    costs = option_costs(slots)
    out = []
    for a, b in itertools.combinations([k for k in range(len(slots)) if len(slots[k]) > 1], 2):
        for x in range(1, len(slots[a])):
            for y in range(1, len(slots[b])):
                c = costs[a][x] + costs[b][y]
                if c <= RUSSIAN.pair_max:
                    v = base.copy()
                    v[a], v[b] = slots[a][x], slots[b][y]
                    out.append((c + RUSSIAN.pair_extra, "".join(v)))
    return out
