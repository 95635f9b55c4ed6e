"""Russian names for Russian replies, chosen from what the bundled files already hold (pure).

A settlement's Russian name is its first attested Russian alias (kind ``r``) that is written in Russian letters,
else the rule-generated one (kind ``g``), else none (the Ukrainian name is the Russian one: Соледар, Бахмут). An
oblast's or raion's is its first Russian alias ending in «область» / «район», without that word ("Донецкая",
"Бахмутский"); Crimea's is the Autonomous Republic's full name.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_UKRAINIAN_ONLY = re.compile(r"[іїєґІЇЄҐ'’ʼ`]|[сцзСЦЗ]ьк")  # letters, or «-ське» / «-цьке» endings
_NOUNS = {"oblast": " область", "raion": " район"}


def russian_name(aliases: Iterable[tuple[str, str]]) -> str:
    """(kind, alias) pairs of a settlement -> its Russian name, or "" when the Ukrainian one serves."""
    attested = generated = ""
    for kind, alias in aliases:
        if kind == "r" and not attested and not _UKRAINIAN_ONLY.search(alias):
            attested = alias
        elif kind == "g" and not generated:
            generated = alias
    return attested or generated


def russian_area_name(kind: str, aliases: Iterable[tuple[str, str]]) -> str:
    """(kind letter, alias) pairs of an areas.tsv row -> the area's Russian short name, or ""."""
    russian = [alias for letter, alias in aliases if letter == "r"]
    noun = _NOUNS.get(kind, "")
    for alias in russian:
        if noun and alias.endswith(noun):
            return alias[: -len(noun)].strip()
    full = [alias for alias in russian if alias.startswith("Автономная Республика")]
    return full[0] if full else ""
