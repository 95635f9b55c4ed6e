"""What a phrase's object is in its place: only a part of it («частину X», "most of X", «центр X»), a facility, a
bridgehead, a road or the heights near it, an unnamed village near it, or the place named as fought inside."""

from __future__ import annotations

import re

from bot.core.claims.patterns import modifier_cues
from bot.core.claims.phrases import Trigger
from bot.core.claims.windows import WINDOWS
from bot.models import Mention


def part_named(text: str, lo: int, hi: int) -> re.Match[str] | None:
    """The first word for a part of a place between `lo` and `hi` («частину», "most of", «центр»), not a kind of
    centre that is the town itself («районний центр X», "the logistics centre of X")."""
    parts = modifier_cues().partial.finditer(text, lo, hi)
    return next((part for part in parts if part.group("centre_kind") is None), None)


def is_partial(text: str, clause: tuple[int, int], trigger: Trigger, mention: Mention) -> bool:
    """Only part of the place («частину Кліщіївки», "most of Bakhmut", "northern Bakhmut"): a capture of it is an
    advance."""
    lo = max(clause[0], min(trigger.start, mention.span[0]) - WINDOWS.partial)
    # a place named before the phrase: its object may be the part («в Красноармейске освободили микрорайон»)
    hi = trigger.end + WINDOWS.part_after if mention.span[1] <= trigger.start else max(trigger.end, mention.span[1])
    mc = modifier_cues()
    if mc.compass_part.search(text[max(0, mention.span[0] - WINDOWS.compass_part) : mention.span[0]]):
        return True  # "northwestern Kupyansk"
    if mc.share_after.match(text, mention.span[1], min(clause[1], mention.span[1] + WINDOWS.part_after)):
        return True  # «контролюють Вовчанськ на 70%»
    if mc.area_after.match(text, trigger.end, clause[1]):
        return True  # «освободили семь квадратных километров в районе X»
    if facility_object(text, clause, trigger, mention):
        return True  # «захопили завод у X»
    part = part_named(text, lo, min(hi, clause[1]))
    if part is None:
        return False
    if (
        part.end() <= trigger.start
        and trigger.end <= mention.span[0]
        and not text[trigger.end : mention.span[0]].strip()
        and mc.attribute_form.match(text, trigger.start)
    ):
        return False  # «пригороды взятого под контроль Волчанска»: a participle, the whole place's attribute
    # «освобождена часть республик, в том числе города X и Y»: the part is of something else, the towns are whole;
    # "part of Kupiansk and the settlement of X": the part is of the first conjunct, X whole
    return not (
        part.end() <= mention.span[0]
        and (
            mc.including.search(text, part.end(), mention.span[0])
            or mc.another_conjunct.search(text, part.end(), mention.span[0])
        )
    )


def facility_object(text: str, clause: tuple[int, int], trigger: Trigger, mention: Mention) -> bool:
    """A facility right after the phrase, as its object («захопили завод у X»)."""
    return _object_is(modifier_cues().facility, text, clause, trigger, mention)


def fought_inside(text: str, trigger: Trigger, mention: Mention) -> bool:
    """The place fought in is named as inside, right after the phrase («ведут бои внутри X», «штурмують у самому X»,
    "fighting inside X", "attacked in X itself") or before it in its clause («в городской застройке X ... пытаются
    инфильтрироваться»), or the fighting is street fighting («у X тривають вуличні бої», "street fighting in X"): the
    side fighting there is inside it (LABELING: advanced)."""
    if not (named_inside(text, mention.span) or street_fighting(text, trigger)):
        return False
    if mention.span[1] <= trigger.start:
        return True  # the linker has kept the place in the phrase's clause
    return mention.span[0] >= trigger.end and len(text[trigger.end : mention.span[0]].split()) <= WINDOWS.inside_words


def street_fighting(text: str, trigger: Trigger) -> bool:
    """The phrase of fighting names it street or urban fighting («вуличні бої», "urban combat")."""
    before = text[max(0, trigger.start - WINDOWS.inside_before) : trigger.start]
    return modifier_cues().street_before.search(before) is not None


def named_inside(text: str, span: tuple[int, int]) -> bool:
    """The words right before the place at `span` (and after it) name it as inside: «внутри X», «у самому X», "in X
    itself"."""
    mc, (start, end) = modifier_cues(), span
    before = text[max(0, start - WINDOWS.inside_before) : start]
    return mc.inside_before.search(before) is not None or (
        mc.in_before.search(before) is not None and mc.itself_after.match(text, end) is not None
    )


def foothold_object(text: str, clause: tuple[int, int], trigger: Trigger, mention: Mention) -> bool:
    """A bridgehead or foothold as the object of a capture («заняли плацдарм у X», "seized a bridgehead near X"): a
    foothold there, an advance (LABELING), not the place taken."""
    return _object_is(modifier_cues().foothold, text, clause, trigger, mention)


def route_object(text: str, clause: tuple[int, int], trigger: Trigger, mention: Mention) -> bool:
    """A road, a supply line, the sky or the heights as what the phrase takes or holds («контроль над логистикой в
    районе X», "control of the supply road near X", «утримує висоти біля X»: the phrase may end past its object's
    first word): nothing said of the settlement."""
    mc = modifier_cues()
    if _object_is(mc.route_object, text, clause, trigger, mention, trigger.start):
        return True
    return not mc.stabilising.match(text, trigger.start) and _object_is(
        mc.situation_object, text, clause, trigger, mention, trigger.start
    )


def unnamed_near(text: str, trigger: Trigger, mention: Mention) -> bool:
    """An unnamed settlement near the place as what the phrase took («звільнили село поблизу X», "captured a village
    near the Russian stronghold of X"): nothing said of X; not a name after it («село поблизу X, Y»: Y is the one)."""
    start = mention.span[0]
    if start < trigger.end:
        return False
    lo = max(trigger.end, start - WINDOWS.unnamed_near)
    found = modifier_cues().unnamed_near.search(text, lo, start)
    return found is not None and "," not in text[found.end() : start]


def _object_is(
    what: re.Pattern[str], text: str, clause: tuple[int, int], trigger: Trigger, mention: Mention, lo: int = -1
) -> bool:
    """`what` right after the phrase (from `lo` when given), as its object: before the place named after it, or
    within WINDOWS.part_after of it when the place comes first («в X захватили завод»)."""
    hi = mention.span[0] if mention.span[0] >= trigger.end else trigger.end + WINDOWS.part_after
    return what.search(text, trigger.end if lo < 0 else lo, min(hi, clause[1])) is not None
