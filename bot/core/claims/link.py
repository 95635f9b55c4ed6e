"""Which phrase speaks of which list of places: the nearest one of its clause, and denials of the list's statement."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from bot.core.claims.build import make_claim
from bot.core.claims.dates import event_date
from bot.core.claims.mentions import Place
from bot.core.claims.objects import foothold_object, fought_inside, is_partial, route_object, unnamed_near
from bot.core.claims.patterns import discourse_cues, modifier_cues, name_cues, side_cues
from bot.core.claims.phrases import Speaker, Trigger, marker_side, opposite
from bot.core.claims.reading import (
    CONFIDENCE,
    Context,
    Reading,
    actor_of,
    control_held,
    facility_held,
    markers_within,
    named_gainer,
    read,
)
from bot.core.claims.scene import Scene, about_strikes, silent
from bot.core.claims.sentences import clause_of
from bot.core.claims.windows import WINDOWS
from bot.models import Claim, Kind, Side


@dataclass(frozen=True, slots=True)
class Costs:
    after: float  # a phrase after the list: each character between counts this many times (the phrase before wins)
    after_extra: float  # plus this
    unspecific: float  # added for a bare "fighting": a more specific phrase of the sentence says more


COST = Costs(after=2.0, after_extra=10.0, unspecific=150.0)
_ASIDE_STOP = re.compile(r"[.;:!?()—–]")  # an aside closed by a comma holds none of these
_NEVER = float("inf")
_OWNED_KINDS = frozenset((Kind.CAPTURED, Kind.ADVANCED))  # what a refuted claim of the other side said
_PARENS = re.compile(r"\([^()]*\)")
_MOVES = frozenset((Kind.ADVANCED, Kind.FIGHTING))  # what a place set out from is not a place of
_HOLDS = frozenset((Kind.CAPTURED, Kind.REPELLED))  # what a road taken or held near a place is not a claim on


@dataclass(slots=True)
class Linked:
    claims: list[Claim] = field(default_factory=list)
    used: set[int] = field(default_factory=set)  # starts of the phrases that found a list of places
    covered: set[int] = field(default_factory=set)  # starts of the denials that found places of their own statement


def link_groups(scene: Scene) -> Linked:
    """Each list of places takes the nearest phrase of its clause, or the denial of its own statement, or both."""
    linked = Linked()
    for group in scene.groups:
        index = group[0].sentence
        if _denied(scene, group, index, linked):
            continue
        trigger = _phrase_of(scene, group, index)
        at = index
        if trigger is None and (trigger := _event_referred(scene, group, index)) is not None:
            at = index - 1  # «Это произошло в районе X»: the phrase of the sentence before, read there
        if trigger is not None:
            linked.used.add(trigger.start)
            linked.claims.extend(_claims_of(scene, group, at, trigger))
            if at == index and (main := _main_phrase(scene, group, index, trigger)) is not None:
                linked.used.add(main.start)
                linked.claims.extend(_claims_of(scene, group, index, main))
    return linked


def _main_phrase(scene: Scene, group: Sequence[Place], index: int, trigger: Trigger) -> Trigger | None:
    """The phrase before the list when the one it took opens a relative clause about it ("units entered X, which
    Russian forces had captured"): the clause it is the object of says something of it too."""
    last = group[-1].mention.span[1]
    if trigger.start < last or discourse_cues().relative_after.match(scene.text, last) is None:
        return None
    first = group[0].mention.span[0]
    before = [t for t in scene.by_sentence.get(index, []) if t.end <= first and t.kind is not Kind.DENIED]
    main = nearest_trigger(scene.text, group, before, scene.spans)
    if main is None or any(main.end <= lo and hi <= first for lo, hi in scene.spans):
        return None  # "retook parts of X, a town in the region of Y, which ...": the phrase's object is X
    return main


def _event_referred(scene: Scene, group: Sequence[Place], index: int) -> Trigger | None:
    """«Это произошло в районе X», "This happened near X": the last phrase of the sentence before, whose act the
    sentence places; None when it does not open so or the sentence before has no phrase."""
    if index == 0 or not scene.by_sentence.get(index - 1):
        return None
    lo, first = scene.sentences[index][0], group[0].mention.span[0]
    if not discourse_cues().event_referred.search(scene.text, lo, first):
        return None
    found = [t for t in scene.by_sentence[index - 1] if t.kind is not Kind.DENIED]
    return found[-1] if found else None


def _phrase_of(scene: Scene, group: Sequence[Place], index: int) -> Trigger | None:
    """The nearest phrase; but when that comes after the list and says only what someone aims at ("..., aiming to
    capture a junction"), the nearest before the list ("assault operations on the outskirts of X")."""
    triggers = scene.by_sentence.get(index, [])
    trigger = nearest_trigger(scene.text, group, triggers, scene.spans)
    if trigger is not None and trigger.kind is Kind.FIGHTING:
        trigger = _gapped_repelling(scene.text, triggers, trigger) or trigger
    if trigger is None or trigger.start < group[-1].mention.span[1]:
        return trigger
    if read(trigger, scene.context(index, trigger.start)[0]) is not None:
        return trigger
    first = group[0].mention.span[0]
    before = [t for t in triggers if t.end <= first]
    return nearest_trigger(scene.text, group, before, scene.spans) or trigger


def _gapped_repelling(text: str, triggers: Sequence[Trigger], attack: Trigger) -> Trigger | None:
    """The repelling phrase whose verb an attack noun after it leaves out ("repelled five attacks near X and three
    attacks near Y": Y's attacks were repelled too), in the same clause."""
    dc = discourse_cues()
    if not dc.attack_noun.fullmatch(text, attack.start, attack.end):
        return None
    before = [t for t in triggers if t.end <= attack.start and t.kind is Kind.REPELLED]
    if not before:
        return None
    repelling = before[-1]
    gap = text[repelling.end : attack.start]
    if not dc.gapped_join.search(gap) or _clause_break_in(text, (repelling.end, attack.start)):
        return None
    return repelling


def _denied(scene: Scene, group: Sequence[Place], index: int, linked: Linked) -> bool:
    """The clause calls something false («X звільнено — це фейк»): its places are what is denied. True when that is
    all the list says: the same speaker calls it false (else "Moscow said it took X, which Kyiv denied": both)."""
    denial = next((d for d in scene.denials.get(index, []) if same_statement(scene.text, group, d)), None)
    if denial is None:
        return False
    linked.covered.add(denial)
    linked.claims.extend(group_denials(scene, group, index, denial))
    if group[-1].mention.span[1] <= denial and (_content_after(scene, index, denial) or _beside(scene, index, denial)):
        return False  # «стримують штурми біля X, спростовуючи заяви про захоплення міста»: its own phrase too
    return scene.context(index, group[0].mention.span[0])[1][0] is scene.context(index, denial)[1][0]


def _beside(scene: Scene, index: int, at: int) -> bool:
    """A rebuttal said beside one's own statement («під контролем Сил оборони попри заяви росіян»)."""
    return any(t.start == at and "beside" in t.flags for t in scene.by_sentence.get(index, []))


def _content_after(scene: Scene, index: int, at: int) -> bool:
    """The claim a denial refutes is spelt out after it ("denied that Russia captured", «спростував заяви про
    захоплення»): a phrase before the denial is then not what it calls false."""
    end = scene.sentences[index][1]
    return any(at < t.start < end and t.kind in _OWNED_KINDS for t in scene.by_sentence.get(index, []))


def _claims_of(scene: Scene, group: Sequence[Place], index: int, trigger: Trigger) -> list[Claim]:
    """What the phrase says about each place of the list it speaks of."""
    if "subject" in trigger.flags and not _next_to(scene.text, group, trigger):
        return []  # «темпи евакуації впали, хоча запити йдуть з X»: the phrase's subject is another word
    if silent(scene.text, scene.sentences, index, trigger) or _unconfirmed(scene, index, trigger):
        return []  # «Генштаб не підтверджував захоплення X»: silence, no claim either way (LABELING)
    ctx, claimant = scene.context(index, trigger.start)
    reading = read(trigger, ctx)
    if reading is None:
        return []
    if reading.kind is Kind.CAPTURED and _held_now(scene, ctx, trigger, reading.actor):
        reading = replace(reading, kind=Kind.REPELLED)  # «в настоящее время под контролем», the other side attacking
    held = trigger.kind is Kind.CAPTURED and reading.kind is Kind.REPELLED  # control told as still held
    claims = []
    part: Kind | None = None  # what a part of a place taken is: worked out once, for the first place it applies to
    for k, place in enumerate(group):
        if not _speaks_of(scene, ctx, trigger, reading, place):
            continue
        after = group[k + 1].mention.span[0] if k + 1 < len(group) else None
        when = event_date(scene.text, ctx.clause, trigger, scene.post.date, place.mention.span, after)
        own, part = _reading_of(scene, ctx, trigger, reading, place, part)
        if held and own.actor is Side.RU and is_partial(scene.text, ctx.clause, trigger, place.mention):
            own = replace(own, kind=Kind.ADVANCED)  # "the outskirts still under Russian control": Russia is in part
        claims.append(make_claim(place, own, claimant, ctx, when))
    if claims and _destroyed_inside(scene.text, ctx, trigger, reading):
        # the ring's side holds: the force in it got in ("were encircled and are being destroyed")
        inside = opposite(reading.actor) if "passive" in trigger.flags else reading.actor
        claims = [replace(c, actor=inside) if c.kind is Kind.ADVANCED else c for c in claims]
        claims += [replace(c, kind=Kind.REPELLED, actor=opposite(inside)) for c in claims if c.kind is Kind.ADVANCED]
    return claims


def _unconfirmed(scene: Scene, index: int, trigger: Trigger) -> bool:
    """Is the phrase the act a silence is about, right before or after it with no comma between («інформацію про
    звільнення X не підтверджували», "has not confirmed the loss of X")?"""
    text = scene.text
    for t in scene.by_sentence.get(index, ()):
        if t is trigger or not silent(text, scene.sentences, index, t):
            continue
        lo, hi = (t.end, trigger.start) if t.end <= trigger.start else (trigger.end, t.start)
        if 0 <= hi - lo <= WINDOWS.unconfirmed_act and not any(ch in text[lo:hi] for ch in ",;:—–"):
            return True
    return False


def _left_behind(scene: Scene, trigger: Trigger, place: Place) -> bool:
    """A withdrawal to new lines named by a compass word before the place («відійшли на нові рубежі західніше X»):
    the force left X behind."""
    start = place.mention.span[0]
    return (
        trigger.kind is Kind.WITHDREW
        and place.directional
        and trigger.end <= start
        and discourse_cues().lines_behind.search(scene.text, trigger.start, start) is not None
    )


def _next_to(text: str, group: Sequence[Place], trigger: Trigger) -> bool:
    """Does the list stand right before or right after the phrase, quotes aside («Бахмут «впав»», «впав Бахмут»)?"""
    first, last = group[0].mention.span[0], group[-1].mention.span[1]
    gap = text[last : trigger.start] if last <= trigger.start else text[trigger.end : first]
    return not gap.strip(" «»\"“”'")


def _speaks_of(scene: Scene, ctx: Context, trigger: Trigger, reading: Reading, place: Place) -> bool:
    """Does the phrase's reading make a claim about this place of its list?"""
    text = scene.text
    if not (place.carries(reading.kind) or _relative_to(text, place, trigger) or _left_behind(scene, trigger, place)):
        return False
    if place.origin and reading.kind in _MOVES and "loser" not in trigger.flags:
        return False  # "attacked from X toward Y": X is where it set out; «выбили из X»: the side pushed out of it
    if unnamed_near(text, trigger, place.mention):
        return False  # «звільнили село поблизу X», "captured a village near X": X is where it lies
    # «контроль над логистикой в районе X»: the road, not the settlement
    return reading.kind not in _HOLDS or not route_object(text, ctx.clause, trigger, place.mention)


def _reading_of(
    scene: Scene, ctx: Context, trigger: Trigger, reading: Reading, place: Place, part: Kind | None
) -> tuple[Reading, Kind | None]:
    """What the phrase says of this place (fought inside it, a foothold or only part of it taken), and what a part
    of a place taken is (worked out once, for the first place it applies to)."""
    text, clause, mention = scene.text, ctx.clause, place.mention
    if reading.kind is Kind.FIGHTING and fought_inside(text, trigger, mention):
        inside = reading.actor or actor_of(trigger, ctx)
        if inside is not None:  # «ведут бои внутри X»: the side named is inside
            return replace(reading, kind=Kind.ADVANCED, actor=inside), part
    if reading.kind is not Kind.CAPTURED:
        return reading, part
    if foothold_object(text, clause, trigger, mention):
        return replace(reading, kind=Kind.ADVANCED), part
    if not is_partial(text, clause, trigger, mention):
        return reading, part
    if part is None:
        held = facility_held(text, clause, trigger, mention)
        part = Kind.REPELLED if held or _holds_against(scene, ctx, trigger, reading.actor) else Kind.ADVANCED
    return replace(reading, kind=part), part


def _destroyed_inside(text: str, ctx: Context, trigger: Trigger, reading: Reading) -> bool:
    """A force that got in, or was encircled, and was destroyed there («ДРГ проникають у місто і там знищуються»,
    «ворог в оточенні і добивається», "infiltrated the city and were destroyed"): the force advanced, and the other
    side held it off too (LABELING: a group that reaches a place and is destroyed)."""
    if reading.kind is not Kind.ADVANCED or reading.actor is None:
        return False
    mc = modifier_cues()
    if "passive" not in trigger.flags and mc.getting_in.search(text, trigger.start, trigger.end) is None:
        return False
    return mc.destroyed_there.search(text, trigger.end, ctx.sentence[1]) is not None


def _relative_to(text: str, place: Place, trigger: Trigger) -> bool:
    """Is the phrase in a relative clause right after the place ("southwest of X, which Russian troops stormed")?"""
    end = place.mention.span[1]
    return end <= trigger.start and discourse_cues().relative_after.match(text, end) is not None


def _held_now(scene: Scene, ctx: Context, trigger: Trigger, holder: Side | None) -> bool:
    """Control said of now («в настоящее время под контролем украинских войск», "currently control") while the
    other side attacks: the defender holds the place."""
    mc, text, reach = modifier_cues(), scene.text, WINDOWS.phrase_before
    if holder is None or not control_held(trigger, text):
        return False
    if not mc.currently.search(text, max(ctx.clause[0], trigger.start - reach), trigger.start):
        return False
    return _fighting_in_post(scene, trigger)


def _fighting_in_post(scene: Scene, trigger: Trigger, near: int | None = None) -> bool:
    """Fighting goes on in the post (phrases other than `trigger`; with `near`, in sentence `near` or the one after
    it), or attacks are fought off or tried."""
    attempt, text, reach = modifier_cues().attempt, scene.text, WINDOWS.phrase_before
    return any(
        t.kind in (Kind.FIGHTING, Kind.REPELLED) or attempt.search(text, max(0, t.start - reach), t.start)
        for index, phrases in scene.by_sentence.items()
        if near is None or near <= index <= near + 1
        for t in phrases
        if t is not trigger
    )


def _holds_against(scene: Scene, ctx: Context, trigger: Trigger, holder: Side | None) -> bool:
    """Control of part of a place held (not taken: «контролюють 60% міста») while the post has the other side
    attacking ("assaults", «штурми», «наступ»), or has fighting when the holder is the speaker's own side: the
    defender holds that part (LABELING: repelled), not an attacker's gain."""
    if holder is None or not control_held(trigger, scene.text):
        return False
    if holder is ctx.perspective and _fighting_in_post(scene, trigger, near=scene.sentence_at(trigger.start)):
        return True  # «ми контролюємо 70% міста, на околицях тривають бої»
    attacker = opposite(holder)
    for index, phrases in scene.by_sentence.items():
        for t in phrases:
            if t.kind is Kind.FIGHTING and "attack" in t.flags:
                reading = read(t, scene.context(index, t.start)[0])
                if reading is not None and reading.actor is attacker:
                    return True
    return False


def same_statement(text: str, group: Sequence[Place], at: int) -> bool:
    """No adversative break (but, while, ;) between the places and a denial: «X звільнено — це фейк» is one."""
    lo, hi = sorted((group[0].mention.span[0], at))
    return discourse_cues().adversative.search(text, lo, hi) is None


def nearest_trigger(
    text: str, group: Sequence[Place], triggers: Sequence[Trigger], spans: Sequence[tuple[int, int]]
) -> Trigger | None:
    """The phrase closest to the list, preferring its own clause and the phrase before it."""
    first, last = group[0].mention.span[0], group[-1].mention.span[1]
    near = [
        (_least_cost(text, first, last, t), k, t)
        for k, t in enumerate(triggers)
        if first - WINDOWS.phrase_reach <= t.end
        and t.start <= last + WINDOWS.phrase_reach
        and not _object_between(t, first, triggers, spans)
        and not ("there" in t.flags and t.end <= first)  # "units are there, X is ...": a place named before it
    ]
    near.sort(key=lambda c: c[0])
    best: tuple[float, int, Trigger | None] = (_NEVER, 0, None)
    for least, k, t in near:  # the cheapest first: one whose cost is below the next one's least is the nearest
        if best[0] < least:
            break
        best = min(best, (_cost(text, group, spans, t), k, t), key=lambda c: (c[0], c[1]))
    return best[2] if best[0] < _NEVER else None


def _object_between(t: Trigger, first: int, triggers: Sequence[Trigger], spans: Sequence[tuple[int, int]]) -> bool:
    """A phrase before the list with another place, then another phrase, between: that place is its object, and the
    later phrase speaks of the list («освободили Петровку, ведут бои за Кучеровку и Куриловку»)."""
    if t.end > first:
        return False
    i = bisect_left(spans, (t.end, -1))  # the first place after the phrase: a later one only narrows the gap
    if i == len(spans) or spans[i][1] > first:
        return False
    end = spans[i][1]
    return any(end <= u.start and u.end <= first and u.kind is not Kind.DENIED for u in triggers)


def _least_cost(text: str, first: int, last: int, t: Trigger) -> float:
    """The least `_cost` can be for this phrase (it adds to the distance), cheap to work out."""
    if t.end <= first:
        return _gap_before(text, t, first)
    if _right_after(text, last, t.start) or _aside_end(text, last, t) is not None:
        return 0.0
    return COST.after * (t.start - last) + COST.after_extra


def _right_after(text: str, last: int, start: int) -> bool:
    """Does the phrase at `start` follow the list ending at `last` with nothing but a comma between, or open a
    relative clause about it ("Bakhmut, captured by Russian forces", «Кліщіївку звільнено», "X, which they stormed")?"""
    return (
        text[last : max(last, start)].strip() in (",", "")
        or discourse_cues().relative_after.match(text, last) is not None
    )


def _cost(text: str, group: Sequence[Place], spans: Sequence[tuple[int, int]], t: Trigger) -> float:
    """How far the phrase is from the list, or _NEVER when it cannot speak of it."""
    if t.kind is Kind.DENIED:
        return _NEVER
    first, last = group[0].mention.span, group[-1].mention.span
    if "next" in t.flags and not _right_before(text, spans, t, first):
        return _NEVER  # "Russian-held Donetsk": an attribute speaks of the name it stands before, and only of it
    if t.end <= first[0]:
        distance, window = _cost_before(text, first, t, last)
        if t.kind is Kind.WITHDREW and _destination(text, spans, t, first):
            return _NEVER  # "withdrew from X to a defence along the A-B line": A and B are where they went
    elif _in_aside(text, spans, first, last, t):
        return _NEVER  # «X, расположенный между A и B, находится под контролем»: A and B are reference points
    else:
        distance, window = _cost_after(text, last, spans, t)
    if distance == _NEVER:
        return _NEVER
    if _clause_break_in(text, window):
        return _NEVER  # a phrase in another clause is about something else (an aside in brackets is not)
    unspecific = (t.kind is Kind.FIGHTING and "attack" not in t.flags) or "vague" in t.flags
    if unspecific and not _battle_for_list(text, t, first[0]):
        distance += COST.unspecific  # «бої за X» binds its object as closely as any phrase
    return distance


def _battle_for_list(text: str, t: Trigger, first: int) -> bool:
    """The phrase of fighting right before the list, the list its object: «боїв за Покровськ», "battles for X"."""
    return t.end <= first and discourse_cues().battle_for.match(text, t.start, first) is not None


def _clause_break_in(text: str, window: tuple[int, int]) -> bool:
    """A clause break starts inside the window (an aside in brackets aside); the text just after the window is read
    too, so a break's lookahead sees what follows it («X — під контролем»: a dash as a copula is no break)."""
    inside = _PARENS.sub(" ", text[window[0] : window[1]])
    ahead = text[window[1] : window[1] + WINDOWS.break_lookahead]
    return any(m.start() < len(inside) for m in discourse_cues().clause_break.finditer(inside + ahead))


def _right_before(text: str, spans: Sequence[tuple[int, int]], t: Trigger, first: tuple[int, int]) -> bool:
    """Is the phrase right before this name, with no other name between ("Russian-held city of Donetsk")?"""
    if t.end > first[0] or first[0] - t.end > WINDOWS.attribute_gap:
        return False
    i = bisect_left(spans, (t.end, -1))
    return i < len(spans) and spans[i] == first


def _cost_before(text: str, first: tuple[int, int], t: Trigger, last: tuple[int, int]) -> tuple[float, tuple[int, int]]:
    """A phrase before the list: the characters between; and the text that must not hold a clause break."""
    window = (t.end, first[0] + 1)  # one character more: a dash before a name is a list, not a break
    if about_strikes(text, (t.end, first[0])):
        return _NEVER, window  # «нанесли поражение ... в районах X»: X is where they struck
    if _opens_clause(text, t, (first[0], last[1])):
        return _NEVER, window  # «X під контролем ЗСУ, в Y тривають бої»: Y opens a clause of its own
    return _gap_before(text, t, first[0]), window


def _gap_before(text: str, t: Trigger, first: int) -> float:
    """The characters between a phrase and the name after it, a settlement noun right before the name aside
    («освободили населенный пункт X», "captured the village of X": the noun is the name's own)."""
    gap = first - t.end
    if gap < WINDOWS.settlement_noun_min:
        return float(gap)
    noun = name_cues().settlement_noun_before.search(text, max(t.end, first - WINDOWS.settlement_noun), first)
    return float(gap - (len(noun.group()) if noun else 0))


def _destination(text: str, spans: Sequence[tuple[int, int]], t: Trigger, first: tuple[int, int]) -> bool:
    """The list is where the force went: right after the withdrawal and a word of going to («відійшли до X»), or
    after another place and such a word ("withdrew from X to mount a defence along the A-B line", «відійшли з X на
    рубіж A – B»)."""
    if discourse_cues().bare_destination.fullmatch(text, t.end, first[0]):
        return True  # «відійшли до X», "retreated to X": where they went
    i = bisect_left(spans, (t.end, -1))
    if i == len(spans) or spans[i][1] > first[0]:
        return False
    return discourse_cues().destination.search(text, spans[i][1], first[0]) is not None


def _opens_clause(text: str, t: Trigger, place: tuple[int, int], gapped: bool = False) -> bool:
    """Does the place after the phrase open a clause of its own (a comma and a preposition before it, a finite verb
    after it: «під контролем ЗСУ, в Кліщіївці тривають бої»; `gapped`: or a dash for the verb, «..., а на Кринки –
    9», whose clause repeats the phrase but leaves it to the places before too)?"""
    dc = discourse_cues()
    before, verb = dc.new_clause
    if before.search(text[t.end : place[0]]) is None:
        return False
    return verb.match(text, place[1]) is not None or (gapped and dc.gapped_verb.match(text, place[1]) is not None)


def _aside_end(text: str, end: int, t: Trigger) -> int | None:
    """The comma closing an aside opened right after a place that ends at `end` ("X, which lies near A, is ...",
    «X, расположенный между A и B, находится ...»), when at most an adverb or two stand between it and the phrase."""
    if t.start <= end:
        return None
    opener, tail = discourse_cues().aside
    m = opener.match(text, end, t.start)
    if m is None:
        return None
    comma = text.rfind(",", m.end(), t.start)
    if comma < 0 or _ASIDE_STOP.search(text, m.end(), comma) or not tail.fullmatch(text, comma + 1, t.start):
        return None
    return comma


def _in_aside(
    text: str, spans: Sequence[tuple[int, int]], first: tuple[int, int], last: tuple[int, int], t: Trigger
) -> bool:
    """Does the list stand inside an aside after the place before it, which a comma closes before the phrase?"""
    i = bisect_left(spans, first)
    if i == 0:
        return False
    comma = _aside_end(text, spans[i - 1][1], t)
    return comma is not None and last[1] <= comma


def _cost_after(
    text: str, last: tuple[int, int], spans: Sequence[tuple[int, int]], t: Trigger
) -> tuple[float, tuple[int, int]]:
    """A phrase after the list: the characters between, weighed more; and the text that must not hold a break. An
    aside after the list and its places are passed over («X, расположенный между A и B, находится ...»)."""
    start = last[1]
    comma = _aside_end(text, start, t)
    if comma is not None:
        start = comma + 1
    i = bisect_left(spans, (start, -1))  # the first place after the list (and its aside)
    window = (start, max(start, t.start) + 1)
    if i < len(spans) and (
        spans[i][1] <= t.start
        or (spans[i][0] - t.end <= WINDOWS.next_place and not _opens_clause(text, t, spans[i], gapped=True))
    ):
        return _NEVER, window  # the phrase is about the place right before or right after it
    if name_cues().own_object.match(text, t.end):
        return _NEVER, window  # "X, occupying localities nearby": the phrase has an object of its own
    if comma is not None or _right_after(text, last[1], t.start):
        return 0.0, window
    return COST.after * (max(last[1], t.start) - last[1]) + COST.after_extra, window


def group_denials(scene: Scene, group: Sequence[Place], index: int, at: int) -> list[Claim]:
    """In a sentence that calls something false, every settlement named is the object of a denial; the claim denied
    is one of its own when the sentence names whose it was and what it said (LABELING: «спростував заяви Кремля про
    захоплення X» -> denied by the denier, captured by Russia as Russia's claim)."""
    claims = []
    phrase = _phrase_at(scene, index, at)
    denier = _passive_denier(scene, phrase)
    ctx, claimant = scene.context(index, at)
    owned = _owned_claim(scene, index, denier or claimant[0], speaks=denier is not None)
    if denier is not None:
        claimant = (denier, None)  # "Moscow said it seized X, a claim denied by Ukrainian officials"
    side = _absent_side(phrase, ctx) or scene.denied_side(index, claimant[0]) or _refuted_gainer(scene, index, at, ctx)
    # the full confidence: «нібито захоплення» hedges the claim being denied, not the denial
    reading = Reading(Kind.DENIED, side, CONFIDENCE.base[Kind.DENIED])
    said = None  # the refuted claim, when another side owns it
    if owned is not None and owned[0].side is not claimant[0]:
        owner, kind = owned
        said = Reading(kind, owner.side, CONFIDENCE.owned), (owner.side, owner.name or None)
    for place in group:
        claims.append(make_claim(place, reading, claimant, ctx, None))
        if said is not None:
            claims.append(make_claim(place, said[0], said[1], ctx, None))
    return claims


def _phrase_at(scene: Scene, index: int, at: int) -> Trigger | None:
    """The phrase of sentence `index` that starts at `at`."""
    return next((t for t in scene.by_sentence.get(index, []) if t.start == at), None)


def _absent_side(phrase: Trigger | None, ctx: Context) -> Side | None:
    """The side the denial itself names as absent («там немає ворога», "there are no Russian troops in X")."""
    if phrase is None:
        return None
    inside = markers_within(ctx, phrase.start, phrase.end)
    if not inside:
        return None
    if inside[0].kind == "enemy":  # «Российские войска не контролируют X - там нет ни одного вражеского солдата»
        named = [m for m in ctx.markers if m.kind in ("ua", "ru") and m.end <= phrase.start]
        if named:
            return Side(named[-1].kind)
    return marker_side(inside[0], ctx.perspective)


def _passive_denier(scene: Scene, phrase: Trigger | None) -> Side | None:
    """The side named as the agent right after the denial ("denied by Ukrainian officials")."""
    if phrase is None:
        return None
    return next((side for side, p in side_cues().denied_by if p.match(scene.text, phrase.end)), None)


def _refuted_gainer(scene: Scene, index: int, at: int, ctx: Context) -> Side | None:
    """When the denier's side is unknown: the side whose gain the refuted statement after the denial names ("denied
    that Russia had seized X" -> ru, «опроверг информацию о бегстве ВСУ» -> ru), else the one before it names
    («інформація про встановлення російськими військами контролю над X не відповідає дійсності»), or None."""
    end = clause_of(scene.text, scene.sentences[index], at)[1]
    phrases = scene.by_sentence.get(index, [])
    after = [t for t in phrases if at < t.start < end]
    before = [t for t in reversed(phrases) if t.end <= at]
    for trigger in (*after, *before):
        side = named_gainer(trigger, ctx)
        if side is not None:
            return side
    return None


def _owned_claim(scene: Scene, index: int, denier: Side, speaks: bool = False) -> tuple[Speaker, Kind] | None:
    """The owner of the claim a denial refutes and what that claim said (a capture or an advance named after the
    owner in the denial's sentence: «спростував заяви росіян про взяття X», "reports from the Kremlin about the
    capture of X are not confirmed"), when the sentence names both. With `speaks` (the denier named after a passive
    denial), the sentence's speaker of another side owns it too ("Moscow said it seized X, a claim denied by ...")."""
    owner = scene.owner_of_denied(index, denier)
    if owner is None and speaks:
        start, end = scene.sentences[index]
        owner = next(
            (sp for sp in scene.speakers if start <= sp.start < end and sp.side not in (Side.OTHER, denier)), None
        )
    if owner is None:
        return None
    end = scene.sentences[index][1]
    said = [t for t in scene.by_sentence.get(index, []) if owner.start < t.start < end and t.kind in _OWNED_KINDS]
    return (owner, said[0].kind) if said else None


def later_denials(scene: Scene, covered: set[int]) -> list[Claim]:
    """A denial with no places of its own statement denies the places named just before it in its sentence
    ("..., but Ukraine denied the claim")."""
    claims = []
    claim_noun = discourse_cues().claim_noun
    for index, starts in scene.denials.items():
        for d in starts:
            earlier = [g for g in scene.groups if g[0].sentence == index and g[-1].mention.span[1] <= d]
            if (
                d not in covered
                and earlier
                and claim_noun.search(scene.text, *clause_of(scene.text, scene.sentences[index], d))
            ):
                claims.extend(group_denials(scene, earlier[-1], index, d))
    return claims


def fighting_answers(claims: list[Claim]) -> list[Claim]:
    """ "Fighting continues in X" told by one side after a capture of X claimed for the other side by someone else
    («Russia claimed X was taken ... fighting was continuing in X», Zelensky): it answers the claim (LABELING:
    denied, the actor the side whose capture it answers)."""
    captures = [c for c in claims if c.kind is Kind.CAPTURED and c.settlement is not None and c.actor is not None]
    if not captures:
        return claims
    still = modifier_cues().still_fighting
    out = []
    for c in claims:
        if c.kind is Kind.FIGHTING and c.settlement is not None and c.claimant in (Side.UA, Side.RU):
            enemy = opposite(c.claimant)
            answered = any(
                k.settlement == c.settlement
                and k.actor is enemy
                and k.claimant is not c.claimant
                and k.span[0] < c.span[0]
                for k in captures
            )
            if answered and c.actor in (None, enemy) and still.search(c.quote):
                c = replace(c, kind=Kind.DENIED, actor=enemy)
        out.append(c)
    return out
