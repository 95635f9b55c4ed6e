"""The whole build: read the sources, name, match, alias, write; returns the counts the script prints."""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

from .aliases import add_alias, demote_shared_former_names, generated_aliases, geonames_aliases
from .areas import area_rows
from .hand import hand_aliases
from .keys import ckey
from .latin import kmu
from .match import match_places
from .model import Codifier, Feature
from .output import write_areas, write_gazetteer
from .russian import ru_variants
from .sources import ADMIN1, CROSSWALK, GEONAMES, KATOTTG, load_admin1, load_crosswalk, load_geonames, load_katottg


def build(shared: Path, out: Path) -> dict[str, int]:
    g = shared / "data" / "gazetteer"
    kat = load_katottg(g / KATOTTG)
    feats, adm2 = load_geonames(g / GEONAMES)
    for p in kat.places:
        p.name_latin = kmu(p.name)
    ru_of = {p.code: ru_variants(p.name) for p in kat.places}
    hand_of, missing = hand_aliases(kat)
    for entry in missing:
        print(f"warning: hand table entry {entry} not found", file=sys.stderr)
    hand_names = {c: [a for _k, a in al] for c, al in hand_of.items()}
    stats = match_places(kat.places, feats, load_admin1(g / ADMIN1), ru_of, load_crosswalk(g / CROSSWALK), hand_names)
    add_aliases(kat, feats, ru_of, hand_of)
    out.mkdir(parents=True, exist_ok=True)
    write_gazetteer(out / "gazetteer.tsv.gz", kat)
    write_areas(out / "areas.tsv", area_rows(kat.oblasts, kat.raions, kat.places, adm2))
    return counts(kat, ru_of, stats)


def add_aliases(
    kat: Codifier, feats: list[Feature], ru_of: dict[str, list[str]], hand_of: dict[str, list[tuple[str, str]]]
) -> None:
    """The hand table first (its kinds r/f win over generated ones), then GeoNames names, then generated ones."""
    byid = {f.gid: f for f in feats}
    for p in kat.places:
        for kind, a in hand_of.get(p.code, []):
            add_alias(p, kind, a)
    for p in kat.places:
        ru = ru_of[p.code]
        if p.geonameid is not None and not p.match.startswith("fuzzy"):  # fuzzy: coordinates only
            geonames_aliases(p, byid[p.geonameid], ru)
        generated_aliases(p, ru)
    demote_shared_former_names(kat.places)


def counts(kat: Codifier, ru_of: dict[str, list[str]], stats: Counter[str]) -> dict[str, int]:
    places = kat.places
    same_as_uk = [ckey(ru_of[p.code][0]) == ckey(p.name) for p in places]
    return {
        "settlements": len(places),
        "with_coordinates": sum(p.lat is not None for p in places),
        "with_russian_form": sum(
            any(k in "rg" for k in p.aliases.values()) or same for p, same in zip(places, same_as_uk, strict=True)
        ),
        "with_generated_russian": sum(any(k == "g" for k in p.aliases.values()) for p in places),
        "russian_same_as_ukrainian": sum(same_as_uk),
        "with_attested_russian": sum(any(k == "r" for k in p.aliases.values()) for p in places),
        "aliases": sum(len(p.aliases) for p in places),
        **{f"aliases:{k}": v for k, v in sorted(Counter(k for p in places for k in p.aliases.values()).items())},
        **{f"match:{k}": v for k, v in sorted(stats.items())},
        **{f"category:{k}": v for k, v in sorted(Counter(p.category for p in places).items())},
    }
