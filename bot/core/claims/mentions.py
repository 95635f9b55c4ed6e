"""Which place names can carry a claim (not a direction, a river, a person or a reference point), and lists of them."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Final

from bot.core.claims.lexicon.names import AREA_ADJECTIVE_ENDINGS, FIRST_NAMES
from bot.core.claims.patterns import discourse_cues, name_cues
from bot.core.claims.sentences import sentence_of
from bot.core.claims.windows import WINDOWS
from bot.models import Kind, Mention

# What a place named after a directional word can carry: «південніше Іванівського» only attacks repelled there,
# «у напрямку Кліщіївки» only attacks that went that way (and their repelling).
_DIRECTIONAL_KINDS = frozenset({Kind.REPELLED, Kind.ADVANCED})
_TOWARD_KINDS = frozenset({Kind.REPELLED, Kind.FIGHTING})
_TOWARDS_KINDS = frozenset({Kind.REPELLED, Kind.FIGHTING, Kind.ADVANCED})  # "advanced towards X" (LABELING)


@dataclass(frozen=True, slots=True)
class Place:
    mention: Mention
    sentence: int
    directional: bool  # «південніше Іванівського»: a location for repelled attacks, a reference point otherwise
    toward: bool = False  # «у напрямку Кліщіївки»: where attacks went, not a place anyone took
    towards: bool = False  # "towards X", «до X» rather than "in the direction of": an advance may go there
    origin: bool = False  # "from X", «из X»: where a move set out, not where it went (see carries)
    excepted: bool = False  # «кроме X», "except X": left out of what the phrase says

    def carries(self, kind: Kind) -> bool:
        """Can a phrase of this kind make a claim about the place?"""
        if self.excepted:
            return False
        if self.directional and kind not in _DIRECTIONAL_KINDS:
            return False
        return not self.toward or kind in (_TOWARDS_KINDS if self.towards else _TOWARD_KINDS)


_ANCHOR: Final = Place(Mention((0, 0), "", ()), -1, False)  # _place's answer for a name that only anchors another


def claim_places(
    text: str, mentions: Sequence[Mention], sentences: Sequence[tuple[int, int]], phrases: Sequence[int] = ()
) -> list[Place]:
    """Mentions that can carry a claim: not a direction, an area or a reference point. phrases: the sorted starts
    of the claim phrases (a phrase between two places makes the later one no anchor of the earlier)."""
    places: list[Place] = []
    previous: Place | None = None
    anchor: Mention | None = None  # the last name taken as the anchor of the place before it
    nc = name_cues()
    for mention in sorted(mentions, key=lambda m: m.span):
        place = _place(text, mention, sentences, previous, phrases)
        if place is _ANCHOR or (
            anchor is not None
            and place is not None
            and place.sentence == sentence_of(sentences, anchor.span[0])
            and nc.list_gap.match(text[anchor.span[1] : mention.span[0]])
        ):
            anchor = mention  # "near Bakhmut and the town of X": the whole list anchors the place before it
            continue
        anchor = None
        if place is not None:
            if previous is not None and places and _attribute_of(text, previous, mention):
                places.pop()  # "the Kyiv suburb of Makariv": Kyiv only says where Makariv lies
            places.append(place)
            previous = place
    return places


def _attribute_of(text: str, previous: Place, mention: Mention) -> bool:
    """Is the name before only the attribute of a part of it this name is ("the Kyiv suburb of Makariv")?"""
    return name_cues().attributive_part.fullmatch(text, previous.mention.span[1], mention.span[0]) is not None


def _place(
    text: str,
    mention: Mention,
    sentences: Sequence[tuple[int, int]],
    previous: Place | None,
    phrases: Sequence[int] = (),
) -> Place | None:
    start, end = mention.span
    if not mention.candidates or not 0 <= start < end <= len(text):
        return None
    head = text[max(0, start - WINDOWS.before_name) : start]
    if _not_a_settlement(text, mention, head):
        return None
    nc = name_cues()
    index = sentence_of(sentences, start)
    near = head[-WINDOWS.direction_before :]
    directional = bool(nc.compass_before.search(near))
    if (
        previous is not None
        and previous.sentence == index
        and not previous.directional
        and nc.directional_before.search(near)  # only then does an anchor word matter
        and _anchors_previous(text, previous, start)
        and not _phrase_between(phrases, previous.mention.span[1], start)
        and not _claimed_in_relative(text, end, phrases, sentences[index][1])
        and not _attribute_of(text, previous, mention)
    ):
        return _ANCHOR  # "Klishchiivka, south of Bakhmut": Bakhmut is only the anchor
    toward = nc.toward_before.search(near)
    towards = toward is not None and not nc.direction_word.search(toward.group())
    origin = nc.origin_before.search(near) is not None
    excepted = nc.except_before.search(near) is not None
    return Place(mention, index, directional, toward is not None, towards, origin, excepted)


def _not_a_settlement(text: str, mention: Mention, head: str) -> bool:
    """A direction or an area after the name («Покровському напрямку»), a person, a distance before it ("10 km
    from"), a river, a unit or a road right before it («на дорозі Куп’янськ – Сватове»)."""
    nc = name_cues()
    start, end = mention.span
    if nc.direction_after.match(text, end, min(len(text), end + WINDOWS.direction_after)):
        return True
    if _opens_area_list(text, mention):
        return True
    if nc.capital_name.fullmatch(mention.text) and (
        nc.for_a_government.search(head) or nc.ceding_after.match(text, end)
    ):
        return True  # "a success for Kyiv", "demanded that Kyiv cede control": the government
    if nc.speaker_verb_after.match(text, end) and not nc.title_of_place.search(head):
        return True  # «Погорілий зауважив», "Tatarsky says": a speaker (not «мер Ірпеня заявив»: the mayor's town)
    compass, oblast_city, area_after = nc.compass_region
    if oblast_city.fullmatch(mention.text) and (compass.search(head) or area_after.match(text, end)):
        return True  # "northern Kharkiv", "the South Donetsk area", "in the Donetsk area": the oblast
    first, dash, second = nc.direction_pair
    if (first.search(head) and dash.match(text, end)) or second.search(head):
        return True  # «на направлении Будки — Теткино»: a direction named by its ends
    ending, before, after = nc.elided_direction
    if ending.search(mention.text) and before.search(head) and after.match(text, end):
        return True  # «на Бахмутському – у районі X»: a direction, its noun left out
    if _is_person(text, start, end, mention.text):
        return True
    if nc.speech_venue_before.search(head):
        return True  # "at a briefing at the media center in Kyiv": where it was said
    if nc.dateline_after.match(text, end) and _opens_text_or_line(text, start, mention.text):
        return True  # «KYIV, Ukraine (AP) —»: a dateline
    tail = head[-WINDOWS.right_before_name :]
    distance = nc.distance_before.search(head) and not discourse_cues().relative_after.match(text, end)
    return bool(
        distance  # "10 km from X" (but "10 km southwest of X, which Russian troops stormed": its own claim)
        or ("(" in tail and nc.locator_in_brackets.search(tail))  # "Y (south of X)": X only says where Y lies
        or nc.distance_after.match(text, end)  # «до X остается менее 100 километров»
        or nc.water_before.search(tail)
        or nc.unit_before.search(tail)
        or nc.road_before.search(tail)
        or nc.road_after.match(text, end, min(len(text), end + WINDOWS.direction_after))
    )


def _opens_area_list(text: str, mention: Mention) -> bool:
    """«Донецької, Луганської та Запорізької областей», "Donetsk and Luhansk oblasts": the name is an area's, if it
    is a Latin word or agrees with the area noun (not «Роботиного, Запорізької області»)."""
    end = mention.span[1]
    if not name_cues().area_list_after.match(text, end, min(len(text), end + WINDOWS.direction_after)):
        return False
    surface = mention.text
    return surface.isascii() or surface.lower().endswith(AREA_ADJECTIVE_ENDINGS)


_NEXT_WORD = re.compile(r"\s([\w’'ʼ-]+)")
_PREV_WORD = re.compile(r"([\w’'ʼ-]+)\s$")


def _opens_text_or_line(text: str, start: int, surface: str) -> bool:
    """The name opens the text, or, in capitals, a later line ("...photo caption.\n\nKYIV - ..."): a dateline's."""
    if start <= WINDOWS.dateline_start and not text[:start].strip():
        return True
    line = text.rfind("\n", 0, start)
    return line >= 0 and not text[line:start].strip() and surface.isupper()


def _is_person(text: str, start: int, end: int, surface: str) -> bool:
    """A given name, or a word right after one: Олександр Сирський, Андрей Ковалев, «приїзду Володимира
    Зеленського»."""
    if _first_name(surface):
        nxt = _NEXT_WORD.match(text, end, min(len(text), end + WINDOWS.first_name))
        if nxt and nxt.group(1)[:1].isupper():
            return True
    prev = _PREV_WORD.search(text, max(0, start - WINDOWS.first_name), start)
    return bool(prev and _first_name(prev.group(1)))


# The case endings of a given name («Володимира», «Сергію», «Андреем»; a stem in «-й» loses it to them)
_NAME_ENDINGS = ("а", "у", "ом", "ові", "е", "ем", "я", "ю", "єм", "і")


_NAME_STARTS = frozenset(name[:3] for name in FIRST_NAMES)  # a cheap first test: most words start no given name


def _first_name(word: str) -> bool:
    """Is the word a given name in any case form (FIRST_NAMES holds the nominative)?"""
    low = word.lower()
    if low in FIRST_NAMES:
        return True
    if low[:3] not in _NAME_STARTS:
        return False
    for ending in _NAME_ENDINGS:
        if low.endswith(ending) and len(low) > len(ending) + 2:
            stem = low[: -len(ending)]
            if stem in FIRST_NAMES or stem + "й" in FIRST_NAMES:
                return True
    return False


def _claimed_in_relative(text: str, end: int, phrases: Sequence[int], sentence_end: int) -> bool:
    """ "..., south of X, a town captured by ...": a relative clause after the name with a phrase of its own claims
    something of X (one with no phrase, "which lies to the north", says nothing)."""
    return discourse_cues().relative_after.match(text, end) is not None and _phrase_between(phrases, end, sentence_end)


def _phrase_between(phrases: Sequence[int], lo: int, hi: int) -> bool:
    """A claim phrase starts between lo and hi («after the fall of X, Russian forces reached the outskirts of Y»)."""
    i = bisect_left(phrases, lo)
    return i < len(phrases) and phrases[i] < hi


def _anchors_previous(text: str, previous: Place, start: int) -> bool:
    """Is a name after «під», "near", "south of" only the reference point of the place named just before it?"""
    gap = text[previous.mention.span[1] : start]
    return len(gap) <= WINDOWS.anchor_gap and _anchor_gap(gap)


def _anchor_gap(gap: str) -> bool:
    """Between a place and a later one after «під», "near", "south of": is the later one only a reference point?
    Yes right after the name («Клещеевка под Бахмутом», "Andriivka (south of Klishchiivka)"), in a description
    («що неподалік», "a village near"), or after ", south of"; a bare «, поблизу X» continues a list."""
    nc = name_cues()
    if ";" in gap or nc.list_start.match(gap) or nc.new_item.search(gap):
        return False  # a semicolon or "as well as near", «а також біля» starts the next item of a list
    if nc.side_of_it_before.search(gap):
        return False  # "X's ... district, east of the town near Y": Y is where, the town the reference
    if "," not in gap or nc.relational.search(gap):
        return True
    return bool(nc.descriptive.search(gap) or nc.compass_gap.match(gap))


def list_groups(text: str, places: Sequence[Place]) -> list[list[Place]]:
    """Lists of places («в районах Кліщіївки, Андріївки та Курдюмівки») share one phrase; a list led by a toward
    word («у напрямку Кліщіївки та Андріївки») is all where the phrase went, one led by "from" all where it set out."""
    nc = name_cues()
    groups: list[list[Place]] = []
    for place in places:
        if groups:
            last = groups[-1][-1]
            gap = text[last.mention.span[1] : place.mention.span[0]]
            if last.sentence == place.sentence and len(gap) <= WINDOWS.list_gap and nc.list_gap.match(gap):
                first = groups[-1][0]
                if first.toward and not place.toward:  # "towards Siversk, Kramatorsk and Slovyansk": all of them
                    place = replace(place, toward=True, towards=first.towards)
                if first.origin or first.excepted:  # «з напрямку X та Y»: where all of it came from; «кроме X и Y»
                    place = replace(place, origin=first.origin or place.origin, excepted=first.excepted)
                groups[-1].append(place)
                continue
        groups.append([place])
    return groups


def at_home(text: str, places: Sequence[Place], sentences: Sequence[tuple[int, int]]) -> list[Place]:
    """The places not in Russia: a list ended by a region of Russia («Суджа, Мартыновка, Гончаровка Курской
    области, а также Новенькое Сумской области») names Russian villages, whatever Ukrainian namesakes they have:
    the whole enumeration of names before it (those the gazetteer does not know included), back to the last region
    named, the start of the sentence or a colon; and every place of a sentence that opens in one ("In Russia's Kursk
    region, Russian forces seized X", «В Курской области ...»), or of the list a colon opens after one («в Курской
    области: X, Y»); and every place after a region of Russia named as where things happen («в Курской области»),
    in a post that names no oblast of Ukraine."""
    nc = name_cues()
    if not nc.abroad_needles.may_match(text):
        return list(places)  # no region of Russia named: neither pattern below can match at any place
    abroad: list[tuple[int, int]] = []
    scene = nc.abroad_anywhere.search(text)
    if scene is not None and nc.ukrainian_area.search(text) is None:
        abroad.append((scene.start(), len(text)))  # set in Russia, no oblast of Ukraine named: Russian villages
    for m in nc.abroad_colon.finditer(text):  # «вернули контроль над 10 населенными пунктами в Курской области: ...»
        abroad.append((m.end(), next((hi for lo, hi in sentences if lo <= m.end() < hi), len(text))))
    for k, place in enumerate(places):
        start, end = place.mention.span
        following = places[k + 1].mention.span[0] if k + 1 < len(places) else len(text)
        if _region_right_after(nc.abroad_after, text, end, following):
            abroad.append((_enumeration_start(text, start), end))
        elif nc.abroad_opening.match(text, sentences[place.sentence][0]):
            abroad.append((start, end))  # "In Russia's Kursk region, Russian forces seized X"
    if not abroad:
        return list(places)
    return [p for p in places if not any(lo <= p.mention.span[0] < hi for lo, hi in abroad)]


_ITEM_SEPARATOR = re.compile(r",|;|\s(?:и|і|й|та|а\s+также|а\s+також|and)\s")
_ENUMERATION_END = re.compile(r"[.:!?«»\"\n]")
_NAME_WORD = re.compile(r"[A-ZА-ЯЁІЇЄҐ][\w’'ʼ-]*")
_TRAILING_NAME = re.compile(r"(?<!\S)[A-ZА-ЯЁІЇЄҐ][\w’'ʼ-]*\s*$")


def _enumeration_start(text: str, start: int) -> int:
    """Where the enumeration of names that ends with the name at `start` begins: items of one to four capitalised
    words, walked back from it."""
    lo = max(0, start - WINDOWS.enumeration)
    stop = max((m.end() for m in _ENUMERATION_END.finditer(text, lo, start)), default=lo)
    begin = start
    cuts = [m for m in _ITEM_SEPARATOR.finditer(text, stop, start)]
    ends = [m.start() for m in cuts]
    starts = [stop] + [m.end() for m in cuts]
    for item_start, item_end in reversed(list(zip(starts, [*ends, start], strict=True))):
        words = text[item_start:item_end].split()
        if item_end == start and not words:
            continue  # the separator right before the last name
        if not 1 <= len(words) <= 4 or not all(_NAME_WORD.fullmatch(w) for w in words):
            tail = _TRAILING_NAME.search(text, item_start, item_end)  # «освобождены пункты Андреевка»: its name
            return tail.start() if tail else begin
        begin = item_start
    return begin


def _region_right_after(pattern: re.Pattern[str], text: str, end: int, following: int) -> bool:
    """Is a region named right after a place, before the list's next place?"""
    m = pattern.match(text, end)
    return m is not None and m.end() <= following
