"""The gazetteer build, one module per section; ``scripts/build_gazetteer.py`` runs it and documents the files.

    build.py          the whole build in order: read, name, match, alias, write; the counts it prints
    sources.py        reading the KATOTTG codifier, the GeoNames dump and admin1 table, the derived crosswalk
    model.py          the records passed between sections: Place, Feature, Codifier
    keys.py           comparison keys of names (Cyrillic, loose Latin, Latin of Cyrillic)
    latin.py          Latin spellings: KMU-2010, BGN letter tables, the press's variants
    russian_rules.py  the Russian spelling rules (data only): roots, word-position stages, suffixes, letters
    russian.py        applying them: Russian spellings of a Ukrainian name, best guess first
    hand.py           hand table of renamed towns and Russian names the rules cannot guess
    candidates.py     GeoNames candidates of a settlement: name keys, score, raion pools
    match.py          the matching passes, surest first, and the drop of far namesakes
    geo.py            great-circle distance
    aliases.py        alias kinds, GeoNames names classified, generated spellings, shared former names
    areas.py          oblasts and raions: their names in every language, raion centres, former raions
    output.py         writing gazetteer.tsv.gz and areas.tsv
    tuning.py         every number that tunes scoring, matching, Russian ranking, aliases and areas

Only the standard library at import time: openpyxl and translitua (the ``build`` extra) are imported where used.
"""
