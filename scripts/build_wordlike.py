#!/usr/bin/env python3
"""Build ``bot/data/wordlike.txt``: the case forms of settlement names that are also ordinary words.

Usage (deterministic; needs pymorphy3 with the uk and ru dictionaries, already runtime dependencies)::

    .venv/bin/python scripts/build_wordlike.py [--gazetteer bot/data/gazetteer.tsv.gz] [--out bot/data/wordlike.txt]

Every word of every Cyrillic name of the gazetteer is inflected with `bot.core.normalize.paradigms` (the resolver's own
rules), and a form is listed when a dictionary knows it as a common word:

- Ukrainian (pymorphy3-dicts-uk has toponyms as plain nouns, no Geox tag): a parse that is not a noun (світле,
  біля, мирному), a first name or surname (Слава, Шевченко), or a noun whose lexeme has plural forms and is not
  plurale tantum (перемога, прогрес; toponyms such as кліщіївка have no plural).
- Russian: a first name or surname (Владимир, Ивановский), or known to the dictionary and no parse tagged Geox
  (победа, искра, вольное; андреевка is Geox).

The resolver accepts a listed form (or a longer name made only of listed forms) only in a toponym context
(«село Світле», «в районі Перемоги», "village of Pobeda"). One loose-folded form a line (`normalize.loose`), sorted.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from bot.core.normalize import fold, forms, is_cyrillic, loose  # noqa: E402
from bot.core.places import DEFAULT_PATH, read_gazetteer  # noqa: E402

_PROPER = ("Name", "Surn", "Patr")


def uk_common(morph: Any, word: str, plural_cache: dict[str, bool]) -> bool:
    if not morph.word_is_known(word):
        return False
    for p in morph.parse(word):
        tag = str(p.tag)
        if p.tag.POS not in ("NOUN", None):
            return True
        if any(t in tag for t in _PROPER):
            return True
        if "Pltm" in tag:
            continue
        key = p.normal_form + "|" + tag.split(" ")[0]
        if key not in plural_cache:
            plural_cache[key] = any("plur" in str(x.tag) for x in p.lexeme)
        if plural_cache[key]:
            return True
    return False


def ru_common(morph: Any, word: str) -> bool:
    if not morph.word_is_known(word):
        return False
    parses = morph.parse(word)
    if any(t in str(p.tag) for p in parses for t in _PROPER):
        return True  # a person's name first (Владимир), whatever else it is
    if any("Geox" in str(p.tag) for p in parses):
        return False
    return any(p.is_known for p in parses)


def main(argv: list[str] | None = None) -> int:
    import pymorphy3

    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--gazetteer", default=str(DEFAULT_PATH))
    ap.add_argument("--out", default=str(REPO / "bot" / "data" / "wordlike.txt"))
    args = ap.parse_args(argv)
    gaz = read_gazetteer(Path(args.gazetteer))
    words: set[str] = set()
    for s in gaz.settlements:
        words.add(s.name)
    words.update(gaz._names.text)
    uk = pymorphy3.MorphAnalyzer(lang="uk")
    ru = pymorphy3.MorphAnalyzer(lang="ru")
    plural_cache: dict[str, bool] = {}
    found: set[str] = set()
    checked = 0
    parts = {part for name in words for part in fold(name).replace("-", " ").split()}
    for word in sorted(parts):  # the words of longer names too: «Вільне Життя» is two ordinary words
        if not is_cyrillic(word):
            continue
        for form in sorted(forms(word)):
            checked += 1
            if uk_common(uk, form, plural_cache) or ru_common(ru, form):
                found.add(loose(form))
    Path(args.out).write_text("\n".join(sorted(found)) + "\n", encoding="utf-8")
    print(f"names: {len(words)}, forms checked: {checked}, word-like forms: {len(found)} -> {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
