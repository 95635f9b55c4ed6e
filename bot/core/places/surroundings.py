"""What the words around a name make it, when not a settlement: an area, a direction, water, a person, an
organisation, a compound's stem; and the word that follows a name."""

from __future__ import annotations

from collections.abc import Sequence

from bot.core.normalize import loose
from bot.core.places.directions import (
    direction_elided,
    directions_listed,
)
from bot.core.places.model import TUNING, Hit
from bot.core.places.tokens import END, KEY, START, TEXT, Token
from bot.core.places.words import (
    ADJECTIVE_ENDINGS,
    AREA_ADJECTIVE,
    AREA_NOUNS,
    AREA_PLURALS,
    BORDER_LINKS,
    BORDER_NOUNS,
    DIRECTION_NOUNS,
    DISTRICT_NOUNS,
    EN_SETTLEMENT_NOUNS,
    FEMININE_AREA_ADJECTIVE,
    IN_WORDS,
    LIST_JOINERS,
    LOCATED_WORDS,
    ORGANISATION_NOUNS,
    OUTLET_WORDS,
    PERSON_TITLES,
    REGION_AFTER_NA,
    REGION_NAMES,
    REGION_OF_NOUNS,
    RIVER_ADJECTIVES,
    RIVER_BANKS,
    RIVER_FILLERS,
    RIVER_NOUNS,
    RIVER_STEMS,
    SENTENCE_END,
    SETTLEMENT_NOUNS_IN,
    SPEAKER_BEFORE,
    UNIT_NOUNS,
)


def next_key(tokens: Sequence[Token], text: str, last: int) -> str | None:
    """The key of the word right after token last (only spaces or a full stop between), or None."""
    if last + 1 >= len(tokens):
        return None
    nxt = tokens[last + 1]
    return nxt[KEY] if text[tokens[last][END] : nxt[START]].strip() in ("", ".") else None


def _compound_stem(tokens: Sequence[Token], text: str, hit: Hit) -> bool:
    """A one-word hit in -о joined by a hyphen to the next word («Південно-Слобожанському», «Донецько-Луганський»):
    the first part of a compound adjective. A hyphenated name (Орехово-Васильевка) is one hit of both words."""
    last = tokens[hit.last]
    end = last[END]
    return (
        hit.first == hit.last
        and last[KEY][-1:] in ("о", "o")  # Cyrillic or Latin
        and end + 1 < len(text)
        and text[end] in "-‑"
        and text[end + 1].isalpha()
    )


def _area_noun_left_out(tokens: Sequence[Token], text: str, hit: Hit) -> bool:
    """A one-word name written as an oblast's feminine adjective («Донецькій») after an area noun earlier in its
    sentence: that noun is left out."""
    if hit.first != hit.last or not FEMININE_AREA_ADJECTIVE.search(tokens[hit.first][TEXT]):
        return False
    for k in range(hit.first - 1, max(-1, hit.first - 1 - TUNING.area_noun_reach), -1):
        if SENTENCE_END.search(text, tokens[k][END], tokens[k + 1][START]):
            return False
        if tokens[k][KEY] in AREA_NOUNS:
            return True
    return False


def bordering(tokens: Sequence[Token], first: int) -> bool:
    """An area named after a border («біля кордону з Донецькою областю», "near the border with the Donetsk
    region"): it lies beside the places the sentence names, it does not hold them."""
    k = first - 1
    while k >= 0 and first - k <= 3 and tokens[k][KEY] in BORDER_LINKS:
        k -= 1
    return k >= 0 and k < first - 1 and tokens[k][KEY] in BORDER_NOUNS


def _areas_listed(tokens: Sequence[Token], text: str, last: int) -> bool:
    """The name starts a list of areas: capitalised names joined by «та», "and" or commas up to a plural area noun
    («Донецькій та Луганській областях»), or by hyphens up to an area noun ("Donetsk-Luhansk Oblast border")."""
    joined_by_word = False
    hyphens = True  # "the Donetsk-Zaporizhzhia Oblast border": two areas joined by a hyphen, one area noun
    adjectives = AREA_ADJECTIVE.search(tokens[last][TEXT]) is not None  # every member an area's adjective
    for j in range(last + 1, min(len(tokens), last + TUNING.area_list_reach)):
        gap = text[tokens[j - 1][END] : tokens[j][START]]
        if SENTENCE_END.search(gap):
            return False
        hyphens = hyphens and gap in ("-", "–")
        key = tokens[j][KEY]
        if key in AREA_PLURALS or (key in AREA_NOUNS and hyphens and j > last + 1):
            return joined_by_word or hyphens
        if key in AREA_NOUNS and joined_by_word and adjectives:
            return True  # «в Донецькій та Запорізькій області»: one noun after two adjectives
        if key in LIST_JOINERS:
            joined_by_word = True
        elif not tokens[j][TEXT][0].isupper():
            return False
        else:
            adjectives = adjectives and AREA_ADJECTIVE.search(tokens[j][TEXT]) is not None
    return False


def _joined_to_region(tokens: Sequence[Token], hit: Hit) -> bool:
    """Right after "Crimea and", «Донбас і», or right before "and Crimea": the name is a region's."""
    before = [t[KEY] for t in tokens[max(0, hit.first - 2) : hit.first]]
    after = [t[KEY] for t in tokens[hit.last + 1 : hit.last + 3]]
    return (len(before) == 2 and before[0] in REGION_NAMES and before[1] in LIST_JOINERS) or (
        len(after) == 2 and after[0] in LIST_JOINERS and after[1] in REGION_NAMES
    )


def region_of_settlement(tokens: Sequence[Token], hit: Hit) -> bool:
    """ "The Donetsk town of Soledar", "the Kharkiv villages of X and Y", "a key town in Donetsk", "the region of
    Zaporizhzhia": the name is the region a settlement lies in."""
    after = [t[KEY] for t in tokens[hit.last + 1 : hit.last + 6]]
    if after[:1] and after[0] in EN_SETTLEMENT_NOUNS and after[1:2] == ["of"]:
        rest = after[3:] if after[2:3] == ["the"] else after[2:]
        return not (rest[1:2] and rest[1] in AREA_NOUNS)  # "X and Y settlements of the Donetsk region": villages
    if hit.first < 2:
        return False
    if tokens[hit.first - 1][KEY] == "of" and tokens[hit.first - 2][KEY] in REGION_OF_NOUNS:
        return True  # "the neighbouring southern region of Zaporizhzhia": the oblast
    if tokens[hit.first - 1][KEY] not in IN_WORDS:
        return False
    noun = tokens[hit.first - 2]
    if noun[KEY] in EN_SETTLEMENT_NOUNS or noun[KEY] in SETTLEMENT_NOUNS_IN:
        return True  # "a key town in Donetsk", «села в Запорожье»
    if any(t[KEY] in LOCATED_WORDS for t in tokens[max(0, hit.first - 3) : hit.first - 1]):
        return True  # "Dachnoye, located just inside Dnipropetrovsk"
    # "Bakhmut and Avdiivka in Donetsk": a capitalised name right before "in" (not a river's: "the left bank of the
    # Dnipro in Kozachi Laheri"; not "Donetsk City")
    return (
        noun[TEXT].isascii()
        and noun[TEXT][0].isupper()
        and not noun[KEY].startswith(RIVER_STEMS)
        and tokens[hit.first - 1][KEY] == "in"
        and after[:1] != ["city"]
    )


def something_else(tokens: Sequence[Token], text: str, hit: Hit, follower: str | None) -> bool:
    """The words around the name make it something other than a settlement: an area, a direction, water, a person,
    the stem of a compound adjective."""
    if follower in DISTRICT_NOUNS:
        return True  # «біля Нового мікрорайону»: a neighbourhood of a town
    if hit.first and tokens[hit.first - 1][KEY] == "на" and tokens[hit.last][KEY] in REGION_AFTER_NA:
        return True  # «Гуляйполе на Запоріжжі»: the region
    if _joined_to_region(tokens, hit):
        return True  # "occupied Crimea and Donetsk": a region among regions
    if follower in AREA_NOUNS or _areas_listed(tokens, text, hit.last) or region_of_settlement(tokens, hit):
        return True  # «Донецька область», "Donetsk region", "the Donetsk town of X": an area, not the city
    if _area_noun_left_out(tokens, text, hit):
        return True  # «Окрім Дніпропетровської області, ворог просунувся у Донецькій»: the oblast again
    if follower in DIRECTION_NOUNS and tokens[hit.last][KEY].endswith(ADJECTIVE_ENDINGS):
        return True  # «на Бахмутському напрямку»: the direction, not the village Бахмутське
    if directions_listed(tokens, text, hit.last):
        return True  # «на Курському, Лиманському та Сіверському напрямках»: directions, not villages
    # «на іншому напрямку – Олександрівському»: the direction after its noun and a dash; or its noun left out
    if hit.first == hit.last and (
        _direction_after_dash(tokens, text, hit.first) or direction_elided(tokens, text, hit.first)
    ):
        return True  # «..., на Лиманському – бої»: a direction whose noun the report leaves out
    if _organisation_named(tokens, hit, follower):
        return True  # «Донецкое агентство», «Слобожанської бригади», "The Kyiv Independent": an organisation's name
    if _water(tokens, text, hit, follower):
        return True  # «на лівобережжі Дніпра», "the Oskil River", «Сіверського Донця», «водохранилища»: water
    if _titled(tokens, hit.first):
        return True  # «речник Демченко», «речник угруповання Волошин», "spokesman Voloshyn": a surname
    return _compound_stem(tokens, text, hit)  # «Південно-Слобожанському», "South-Eastern": a compound's stem


def _direction_after_dash(tokens: Sequence[Token], text: str, i: int) -> bool:
    """A direction's adjective after the direction noun and a dash («на іншому напрямку – Олександрівському»)."""
    if i == 0 or not tokens[i][KEY].endswith(ADJECTIVE_ENDINGS) or tokens[i - 1][KEY] not in DIRECTION_NOUNS:
        return False
    return text[tokens[i - 1][END] : tokens[i][START]].strip() in DASHES


def _organisation_named(tokens: Sequence[Token], hit: Hit, follower: str | None) -> bool:
    """The name is an organisation's or a unit's: an adjective before its noun («Донецкое агентство», «Слобожанської
    бригади»), an outlet's first word ("The Kyiv Independent reported", "Kyiv Post") or an English unit's name
    before its capitalised noun ("the 36th Marine Brigade")."""
    if follower in OUTLET_WORDS or (follower in UNIT_NOUNS and tokens[hit.last][TEXT].isascii()):
        return tokens[hit.last + 1][TEXT][:1].isupper()  # "36th Marine Brigade", "the Kharkiv Corps"
    return (
        (follower in ORGANISATION_NOUNS or follower in UNIT_NOUNS)
        and hit.first == hit.last
        and tokens[hit.last][KEY].endswith(_ADJECTIVAL)
    )


DASHES = ("-", "–", "—")


_ADJECTIVAL = (
    *ADJECTIVE_ENDINGS,
    *(loose(e) for e in ("е", "є", "ое", "а", "ая", "ої", "ой", "их", "ых", "і", "ую")),
    *(loose(e) for e in ("ську", "цьку", "ською", "цькою")),
)


def agrees_with_next(tokens: Sequence[Token], text: str, last: int) -> bool:
    """The next word is in lower case and ends as the name does (its last TUNING.agreement_letters letters): the name
    is an adjective agreeing with it («Третьому армійському», «Світлого майбутнього»)."""
    n, j = TUNING.agreement_letters, last + 1
    if j >= len(tokens) or text[tokens[last][END] : tokens[j][START]] != " " or not tokens[j][TEXT].islower():
        return False
    word, after = tokens[last][KEY], tokens[j][KEY]
    return len(word) > n and len(after) > n and word[-n:] == after[-n:]


def _titled(tokens: Sequence[Token], first: int) -> bool:
    """A capitalised word after a person's title, lower-case words only between («речник угруповання Волошин»), or
    right after "according to", «за словами» (SPEAKER_BEFORE); not after "of" ("the mayor of Irpin": his town)."""
    if not tokens[first][TEXT][0].isupper():
        return False
    if first >= 2 and f"{tokens[first - 2][KEY]} {tokens[first - 1][KEY]}" in SPEAKER_BEFORE:
        return True
    for k in range(first - 1, max(-1, first - 1 - TUNING.marker_reach), -1):
        if tokens[k][KEY] in PERSON_TITLES:
            return True
        if tokens[k][TEXT][0].isupper() or tokens[k][KEY] == "of":
            return False
    return False


def _hyphen_water(tokens: Sequence[Token], text: str, hit: Hit) -> bool:
    """The first half of a hyphenated water body's name («Клебан-Быкского водохранилища»)."""
    j = hit.last + 1
    return (
        j < len(tokens)
        and text[tokens[hit.last][END] : tokens[j][START]] in ("-", "‑")
        and next_key(tokens, text, j) in RIVER_NOUNS
    )


def _water(tokens: Sequence[Token], text: str, hit: Hit, follower: str | None) -> bool:
    """A river or a reservoir: before its noun ("the Oskil River"), after a bank («на лівому березі Дніпра»), with
    the river's adjective («Сіверського Донця»), the first half of a reservoir's name («Клебан-Быкского
    водохранилища»)."""
    return (
        follower in RIVER_NOUNS
        or _after_river_bank(tokens, text, hit.first)
        or _river_named(tokens, hit)
        or _hyphen_water(tokens, text, hit)
    )


def _river_named(tokens: Sequence[Token], hit: Hit) -> bool:
    """The name, or the adjective before it, of a river named by both («Сіверського Донця», "Siversky Donets")."""
    first, nxt = hit.first, hit.last + 1
    if first and tokens[first - 1][KEY].startswith(RIVER_ADJECTIVES) and tokens[first][KEY].startswith(RIVER_STEMS):
        return True
    return (
        nxt < len(tokens)
        and tokens[first][KEY].startswith(RIVER_ADJECTIVES)
        and tokens[nxt][KEY].startswith(RIVER_STEMS)
    )


def _after_river_bank(tokens: Sequence[Token], text: str, first: int) -> bool:
    """A river's name right after its bank, "of the" or «річки» between («на лівому березі Дніпра»), not a
    town's bank («лівого берега Куп’янська»)."""
    k = first - 1
    while (
        k >= 0
        and first - k <= TUNING.marker_reach
        and not SENTENCE_END.search(text, tokens[k][END], tokens[k + 1][START])
    ):
        if tokens[k][KEY] in RIVER_BANKS:
            return tokens[first][KEY].startswith(RIVER_STEMS)
        if tokens[k][KEY] not in RIVER_FILLERS:
            return False
        k -= 1
    return False
