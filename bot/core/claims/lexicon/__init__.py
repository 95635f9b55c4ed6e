"""All language data of the claim extractor, data only; bot.core.claims.patterns compiles it into matchers.

Every entry is a regular-expression fragment matched case-insensitively (at a word start, unless it says otherwise).

triggers   the phrases that make a claim, per language and kind, with their flags
sides      who acts (the words naming a side's forces) and who speaks (officials, outlets, reported speech)
modifiers  words that change what a phrase says (failure, negation, attempt, intention, hedges...)
names      words around a place name that make it a direction, an area, a river, a unit or a person
discourse  clause breaks, words that stand for a place already named, words for a claim being denied
"""
