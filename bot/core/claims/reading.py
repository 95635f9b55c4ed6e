"""Reading one claim phrase in its context: its kind after failure, negation, attempt and intent; its actor."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from bot.core.claims.lexicon.modifiers import (
    CONTROL_STEM,
    CONTROL_WORD,
    HANDS_WORDS,
    INFINITIVES_IN_YAT,
    NOT_INFINITIVE_ENDS,
    SELF_NEGATING,
)
from bot.core.claims.objects import facility_object, part_named
from bot.core.claims.patterns import discourse_cues, modifier_cues, side_cues
from bot.core.claims.phrases import Marker, Trigger, implied_side, marker_side, opposite
from bot.core.claims.windows import WINDOWS
from bot.models import Kind, Mention, Side


@dataclass(frozen=True, slots=True)
class Confidences:
    base: Mapping[Kind, float]  # a phrase of each kind as it stands
    rhetoric: float  # «Кліщіївка наша!»: a declaration, not a report
    failed_attack: float  # an attack that came to nothing («безуспішно атакував»): repelled by the other side
    attempt: float  # a side tried to advance («намагався просунутися»), no outcome: fighting, the attacker
    negated_withdrawal: float  # «не відходили»: a denial that they withdrew
    from_positions: float  # «відійшли з позицій біля X»: an advance of the other side, not a settlement given up
    hedge: float  # taken off for «ймовірно», "reportedly"
    anaphora: float  # times this for a phrase that refers back to a place («села», "the site")
    ambiguous: float  # times this for a claim whose settlement stays open between namesakes
    namesake: float  # times this (instead of `ambiguous`) for a namesake the post's context placed
    repelled_after: float  # at most this for attacks a later «усі атаки відбито» turns into repelled ones
    owned: float  # the other side's claim a denial reports as it refutes it («спростував заяви Кремля про захоплення»)
    lowest: float  # no claim is less sure than this
    highest: float  # nor surer than this
    digits: int  # a claim's confidence is rounded to this many decimals


CONFIDENCE = Confidences(
    base={
        Kind.CAPTURED: 0.9,
        Kind.ADVANCED: 0.8,
        Kind.REPELLED: 0.85,
        Kind.FIGHTING: 0.7,
        Kind.WITHDREW: 0.85,
        Kind.DENIED: 0.8,
    },
    rhetoric=0.6,
    failed_attack=0.8,
    attempt=0.7,
    negated_withdrawal=0.7,
    from_positions=0.75,
    hedge=0.3,
    anaphora=0.7,
    ambiguous=0.8,
    namesake=0.9,
    repelled_after=0.8,
    owned=0.6,
    lowest=0.05,
    highest=1.0,
    digits=2,
)


@dataclass(frozen=True, slots=True)
class Reading:
    kind: Kind
    actor: Side | None
    confidence: float


@dataclass(frozen=True, slots=True)
class Context:
    """What a phrase is read against: its sentence and clause, the sides named there, the speaker's point of view,
    and whether the sentence is about something other than ground or hedged."""

    text: str
    sentence: tuple[int, int]
    clause: tuple[int, int]
    markers: Sequence[Marker]
    perspective: Side | None
    not_claim: bool
    hedged: bool
    antecedent: Side | None = None  # the side a pronoun opening the sentence stands for ("They advanced")
    claimant: Side | None = None  # who makes the phrase's claim (Side.OTHER: the press, an analyst)


_PUNCT = re.compile(r"[,;:.!?«»\"“”()\[\]—–]")
_SELF_NEGATING_LENGTH = max(map(len, SELF_NEGATING))


def read(trigger: Trigger, ctx: Context) -> Reading | None:
    """What the phrase says in its context, or None when it makes no claim (intention, plain negation...)."""
    mc = modifier_cues()
    text = ctx.text
    before = text[max(ctx.clause[0], trigger.start - WINDOWS.phrase_before) : trigger.start]
    own = " ".join(_PUNCT.split(before)[-1].split()[-WINDOWS.own_words :])  # the words of its own phrase only
    plain = "attr" not in trigger.flags
    # denials work on the whole sentence (see link.group_denials); "withdrew to avoid being encircled": not done
    if trigger.kind is Kind.DENIED or (plain and mc.avoided.search(own)):
        return None
    if _attacks(trigger) and mc.failure.search(text, *ctx.clause):
        return _failed_attack(trigger, ctx)
    if trigger.kind is Kind.FIGHTING and mc.failure.search(text, trigger.end, ctx.sentence[1]):
        return _failed_attack(trigger, ctx)  # «бої тривають, однак росіяни не досягають успіху»
    if plain and (mc.intent.search(own) or mc.future.fullmatch(text, trigger.start, trigger.end)):
        return None  # «планують захопити», «будемо звільняти», «звільнимо»: not done
    if plain and (
        mc.condition_before.search(text, ctx.sentence[0], trigger.start)
        or mc.condition_opening.match(text, ctx.sentence[0])
    ):
        return None  # "In the event of their capture — further advancement near X", "If ...": what would follow
    if trigger.kind is Kind.FIGHTING and mc.before_fighting.search(own):
        return None  # «до початку бойових дій у селі проживало...»: a time, not fighting there
    # «мета — захопити X», "with the aim of taking X under full control, capturing Y": the aim
    aimed = plain and (_bare_infinitive(trigger, ctx) or _purpose_gerund(trigger, ctx) or _aim_chain(trigger, ctx))
    if _noun_with_modal(trigger, ctx) or aimed or _campaign_aim(trigger, own):
        return None
    if _attacks(trigger) and plain and _attempted(trigger, ctx, own):
        return _attempt(trigger, ctx)
    if _civilians_move(trigger, ctx):
        return None  # «жителі мають залишити село», "residents are leaving X": people, not forces
    actor = actor_of(trigger, ctx)
    if mc.negation.search(before[-WINDOWS.negation :]) and not trigger_is_negative(text, trigger):
        return _negated(trigger, ctx, actor, before)
    if (trigger.kind is Kind.FIGHTING or "weak" in trigger.flags) and ctx.not_claim:
        return None
    return _corrected(trigger, ctx, actor, own)


def _ends_its_words(text: str, end: int, cend: int) -> bool:
    """Nothing but punctuation after `end` in its clause, up to a quote's attribution («..., відійшли", – ідеться»)."""
    dash = modifier_cues().attribution_dash.search(text, end, cend)
    return not text[end : dash.start() if dash else cend].strip(' .,;!?»"”')


def _civilians_move(trigger: Trigger, ctx: Context) -> bool:
    """Civilians, with no side named between, are the subject of a phrase of leaving, entering or staying there."""
    if trigger.kind not in (Kind.WITHDREW, Kind.ADVANCED) and "there" not in trigger.flags:
        return False
    civilians = modifier_cues().civilians
    if "there" in trigger.flags:  # «там досі залишаються діти»: the subject after its verb
        return civilians.match(ctx.text, trigger.end + 1) is not None
    lo = max(ctx.clause[0], trigger.start - WINDOWS.phrase_before)
    found = list(civilians.finditer(ctx.text, lo, trigger.start))
    return bool(found) and not any(found[-1].end() <= m.start < trigger.start for m in ctx.markers)


def first_word(text: str, trigger: Trigger) -> str:
    """The phrase's first word (its verb or noun: «завершают» of «завершают уничтожение формирований»)."""
    return text[trigger.start : trigger.end].split(maxsplit=1)[0]


def finite_verb(word: str) -> bool:
    """A finite Ukrainian or Russian verb («звільнили», «захватили»), not a verbal noun, a participle, a numeral
    that ends as one does («дев’ять») or an English word."""
    return not word.isascii() and modifier_cues().finite_verb.fullmatch(word.lower()) is not None


def opens_with_finite_verb(text: str, trigger: Trigger) -> bool:
    """The phrase's first word is a finite Ukrainian or Russian verb (finite_verb)."""
    return finite_verb(first_word(text, trigger))


def _bare_infinitive(trigger: Trigger, ctx: Context) -> bool:
    """A capture or an advance in the infinitive that nothing governs («задача — взять X», «мета — захопити X», "the
    goal is to capture X"): a task, not an act; «вдалося взяти», «не смогли захватить», "failed to take" are acts."""
    if trigger.kind not in (Kind.CAPTURED, Kind.ADVANCED):
        return False
    mc, text = modifier_cues(), ctx.text
    before = text[max(ctx.sentence[0], trigger.start - WINDOWS.phrase_before) : trigger.start]  # across commas
    word = first_word(text, trigger).lower()
    if word.isascii():
        infinitive = (
            before.endswith(("to ", "To ")) and word not in ("have", "be") and not word.endswith(("ing", "ed", "s"))
        )
    else:
        infinitive = _cyrillic_infinitive(word)
    return infinitive and mc.infinitive_governors.search(before) is None


def _cyrillic_infinitive(word: str) -> bool:
    """A Ukrainian or Russian infinitive (lower case): «захопити», «закрепиться», «взять»; not «беруть», «стоять»."""
    return modifier_cues().infinitive_end.search(word) is not None and (
        not word.endswith(NOT_INFINITIVE_ENDS) or word.endswith(INFINITIVES_IN_YAT)
    )


def _attempted(trigger: Trigger, ctx: Context, own: str) -> bool:
    """An attempt word before the phrase, in its own words or governing it with another infinitive («намагалися
    увірватися в X і закріпитися»)."""
    mc = modifier_cues()
    if mc.attempt.search(own) is not None:
        return True
    word = first_word(ctx.text, trigger).lower()
    infinitive = not word.endswith(("ed", "ing", "s")) if word.isascii() else _cyrillic_infinitive(word)
    return infinitive and mc.attempt_coordinated.search(ctx.text, ctx.clause[0], trigger.start) is not None


def _campaign_aim(trigger: Trigger, own: str) -> bool:
    """An advance or attack named as the campaign an act is part of ("as part of its advance toward X", «в рамках
    наступления на X»): where the campaign aims, not an advance there."""
    return trigger.kind in (Kind.ADVANCED, Kind.FIGHTING) and modifier_cues().campaign_before.search(own) is not None


def _aim_chain(trigger: Trigger, ctx: Context) -> bool:
    """A verbal noun a purpose governs («с целью овладения высотами и обеспечения выхода к окраинам X»); not the
    finite verb after the purpose («з метою виходу на кордон ЗС РФ атакували біля X»: the attack was made)."""
    if modifier_cues().aim_chain.search(ctx.text, ctx.clause[0], trigger.start) is None:
        return False
    return not opens_with_finite_verb(ctx.text, trigger)


def _purpose_gerund(trigger: Trigger, ctx: Context) -> bool:
    """An English gerund, or a phrase of control after "taking", in a sentence that opened a purpose before it
    ("with the aim of taking X under full control, capturing Y and Z"): what is aimed at; not "are attacking"."""
    text, word = ctx.text, first_word(ctx.text, trigger)
    if not word.isascii() or trigger.kind is Kind.DENIED:
        return False
    mc, start = modifier_cues(), max(ctx.sentence[0], trigger.start - WINDOWS.phrase_before)
    if word.lower().endswith("ing"):
        if mc.progressive_before.search(text, start, trigger.start):
            return False
    elif not (_control(trigger, text) and mc.taking_before.search(text, start, trigger.start)):
        return False
    return mc.aim_before.search(text, ctx.sentence[0], trigger.start) is not None


def _noun_with_modal(trigger: Trigger, ctx: Context) -> bool:
    """«Захоплення Торецька може дозволити окупантам...», "the capture of X could allow": the act as a noun, a modal
    after it in its clause: what it would bring; or a purpose before it («группировка для контратаки, освобождения
    X», "forces for the capture of X"): what it is for."""
    mc = modifier_cues()
    first = ctx.text.find(" ", trigger.start, trigger.end)  # «возвращению контроля»: the noun is the first word
    if not mc.noun_act.search(ctx.text, trigger.start, trigger.end if first < 0 else first) and not (
        mc.article_before.search(ctx.text, max(0, trigger.start - WINDOWS.article), trigger.start)
    ):  # "an advance", "the push": a noun by its article
        return False
    if mc.purpose_before.search(ctx.text, ctx.clause[0], trigger.start):
        return True
    if mc.after_act.search(ctx.text, max(ctx.clause[0], trigger.start - WINDOWS.after_act), trigger.start):
        return False  # «После оставления X россияне не смогут удержать Y»: the act is past, the future is Y's
    return (
        mc.modal_after.search(ctx.text, trigger.end, ctx.clause[1]) is not None
        or mc.prediction_after.search(ctx.text, trigger.end, ctx.sentence[1]) is not None
    )


def _negated(trigger: Trigger, ctx: Context, actor: Side | None, before: str) -> Reading | None:
    """A phrase under a plain negation: a withdrawal or a capture denied, an advance that did not happen (the other
    side held), else no claim."""
    weight = CONFIDENCE.negated_withdrawal
    if trigger.kind is Kind.WITHDREW:
        if actor is not None and modifier_cues().present_withdrawal.fullmatch(first_word(ctx.text, trigger)):
            return Reading(Kind.REPELLED, actor, weight)  # «не залишають X», "are not leaving X": they hold it
        return Reading(Kind.DENIED, opposite(actor), weight)
    if trigger.kind is Kind.CAPTURED and _control(trigger, ctx.text):  # "not under Russian control": a rebuttal
        if modifier_cues().no_longer.search(before):
            return Reading(Kind.WITHDREW, actor, weight)  # "no longer control X": lost it
        return Reading(Kind.DENIED, actor, weight)
    if "ring" in trigger.flags:
        return Reading(Kind.DENIED, actor, weight)  # «Мирноград не в оточенні»: the encirclement rebutted
    if _rebutted_capture(trigger, ctx, before):
        return Reading(Kind.DENIED, actor, weight)  # «ворог не окупував X»: a rebuttal
    if trigger.kind is Kind.ADVANCED and _named_actor(trigger, ctx, False) is not None:
        return Reading(Kind.REPELLED, opposite(actor), weight)  # «В Рубіжному росіяни не просунулися»: held
    return None


def _rebutted_capture(trigger: Trigger, ctx: Context, before: str) -> bool:
    """A capture negated with its side named («ворог не окупував X»): a rebuttal, unless "not yet" (the state of
    the fighting) or a background attribute («не помогает оккупированному X»)."""
    if trigger.kind is not Kind.CAPTURED or "attr" in trigger.flags:
        return False
    mc = modifier_cues()
    if mc.not_yet.search(before):
        return False
    if "weak" in trigger.flags and mc.participle.search(ctx.text, trigger.start, trigger.end):
        # «Запорізьке не окуповане (російськими військами)»: the participle as the predicate rebuts; before a name
        # («не помогает оккупированному Донецку») it is a background attribute
        return mc.predicate_end.match(ctx.text, trigger.end) is not None and implied_side(trigger) is not None
    return _named_actor(trigger, ctx, False) is not None


def _attacks(trigger: Trigger) -> bool:
    """An attack or a capture: with a failure word it was repelled, with an attempt word it was only tried."""
    return ("attack" in trigger.flags or trigger.kind in (Kind.CAPTURED, Kind.ADVANCED)) and (
        trigger.kind is not Kind.WITHDREW
    )


def _failed_attack(trigger: Trigger, ctx: Context) -> Reading:
    """«Ворог безуспішно атакував X»: the other side repelled it."""
    attacker = actor_of(trigger, ctx, attacker=True)
    holder = opposite(attacker) if attacker else ctx.perspective
    return Reading(Kind.REPELLED, holder, CONFIDENCE.failed_attack)


def _attempt(trigger: Trigger, ctx: Context) -> Reading:
    """«Ворог намагався просунутися в районі X», "tried to advance near X": an attempt with no outcome stated is
    fighting there, the attacker its actor (LABELING: attempts -> fighting). An outcome stated in the sentence
    («зупинили десять спроб ворога просунутися поблизу X», "the attempts failed") makes it repelled by the holder."""
    attacker = actor_of(trigger, ctx, attacker=True)
    mc, sentence = modifier_cues(), ctx.sentence
    if mc.repelling.search(ctx.text, *sentence) or mc.failure.search(ctx.text, *sentence):
        holder = opposite(attacker) if attacker else ctx.perspective
        return Reading(Kind.REPELLED, holder, CONFIDENCE.attempt)
    if attacker is None and "attack" not in trigger.flags:
        attacker = opposite(ctx.perspective)  # «намагався просунутися» with no side named: the speaker's enemy
    confidence = CONFIDENCE.attempt - (CONFIDENCE.hedge if ctx.hedged else 0.0)
    return Reading(Kind.FIGHTING, attacker, confidence)


def _enemy_holds_part(trigger: Trigger, ctx: Context, actor: Side | None) -> bool:
    """The speaker's enemy holding only part of the place right after the verb («в Купянске оккупанты удерживают
    только отдельные дома»): the attacker inside the town, an advance (LABELING), not a defence."""
    if "holder" not in trigger.flags or actor is None or actor is not opposite(ctx.perspective):
        return False
    return part_named(ctx.text, trigger.end, min(ctx.clause[1], trigger.end + WINDOWS.part_after)) is not None


def _reframed(trigger: Trigger, ctx: Context, actor: Side | None) -> Reading | None:
    """A taking told as what it is not: the battles for it («бои по освобождению X»: fighting, the side taking it
    the attacker), or a capture only on paper («захопили хіба що на папері»: the enemy's claim mocked)."""
    mc, kind, text = modifier_cues(), trigger.kind, ctx.text
    if kind is Kind.CAPTURED and mc.battle_for_act.search(
        text, max(0, trigger.start - WINDOWS.own_battle), trigger.start
    ):
        return Reading(Kind.FIGHTING, actor, CONFIDENCE.attempt)
    if kind in (Kind.CAPTURED, Kind.ADVANCED) and mc.unreal_after.search(text, trigger.end, ctx.clause[1]):
        # with no side named, the speaker mocks the enemy's claim
        mocked = actor if _named_actor(trigger, ctx, False) is not None else opposite(ctx.perspective)
        return Reading(Kind.DENIED, mocked, CONFIDENCE.base[Kind.DENIED])
    return None


def _corrected(trigger: Trigger, ctx: Context, actor: Side | None, own: str) -> Reading:
    """The phrase's kind corrected by the words after it (positions, not the settlement) and before it (under way)."""
    mc = modifier_cues()
    kind, text, end, cend = trigger.kind, ctx.text, trigger.end, ctx.clause[1]
    reframed = _reframed(trigger, ctx, actor)
    if reframed is not None:
        return reframed
    if kind is Kind.FIGHTING and "attack" not in trigger.flags:
        actor = None
    if _enemy_holds_part(trigger, ctx, actor) or ("presence" in trigger.flags and actor is opposite(ctx.perspective)):
        # «оккупанты удерживают отдельные дома», «росіяни присутні в місті»: the enemy got in, an advance
        return Reading(Kind.ADVANCED, actor, CONFIDENCE.base[Kind.ADVANCED])
    if kind is Kind.WITHDREW and mc.from_positions.match(text, end, cend):
        if mc.offensive_before.search(text, ctx.clause[0], trigger.start):  # the winner's offensive named: its advance
            return Reading(Kind.ADVANCED, opposite(actor), CONFIDENCE.from_positions)
        # «отошли с позиций в районе X»: a partial loss, the loser's withdrawal (LABELING), not a settlement left
        return Reading(Kind.WITHDREW, actor, CONFIDENCE.from_positions)
    if kind is Kind.WITHDREW and (
        mc.to_starting.match(text, end, cend)
        or (_ends_its_words(text, end, cend) and mc.failure.search(text, ctx.clause[0], trigger.start))
    ):  # «відійшов на вихідні позиції», «не досягли успіху і відступили», «..., відійшли", – ідеться»: thrown back
        if _named_actor(trigger, ctx, False) is None and ctx.perspective is not None:
            actor = opposite(ctx.perspective)  # no side named: the speaker tells of the enemy's failure
        return Reading(Kind.REPELLED, opposite(actor), CONFIDENCE.from_positions)
    if kind is Kind.CAPTURED and (
        ("loser" in trigger.flags and mc.from_positions.match(text, end, cend))
        or mc.positions_after.match(text, end, cend)
    ):
        kind = Kind.ADVANCED  # «выбили войска РФ с позиций возле села», "regained positions in": not the settlement
    if (
        kind is Kind.CAPTURED
        and (_control(trigger, text) or "rhetoric" in trigger.flags)
        and (mc.still_held.search(own) or mc.still_after.match(text, end))
    ):  # "remains under Ukrainian control", «поки що X наш»
        return Reading(Kind.REPELLED, actor, CONFIDENCE.base[Kind.REPELLED])
    near = mc.another_event.split(own)[-1]  # «тривають бої і зачистка X», not "continue operations after taking X"
    if kind is Kind.CAPTURED and (mc.ongoing.search(near) or ("flag" in trigger.flags and _flag_only(ctx))):
        kind = Kind.ADVANCED  # a capture under way, or a flag raised where clearing goes on
    confidence = CONFIDENCE.rhetoric if "rhetoric" in trigger.flags else CONFIDENCE.base[trigger.kind]
    if ctx.hedged:
        confidence -= CONFIDENCE.hedge
    return Reading(kind, actor, confidence)


def _holder_named(trigger: Trigger, text: str) -> Side | None:
    """The side whose adjective stands inside a phrase of control or of a flag: "under Russian control", "raised the
    Ukrainian flag"."""
    if not (_control(trigger, text) or "flag" in trigger.flags):
        return None
    found = [
        (m.start(), side) for side, p in side_cues().holder for m in [p.search(text, trigger.start, trigger.end)] if m
    ]
    return min(found)[1] if found else None


def control_held(trigger: Trigger, text: str) -> bool:
    """A phrase of control held («контролюють», "control", «під контролем»), not of control taken («взяли під
    контроль», "took control")."""
    lo = max(0, trigger.start - WINDOWS.taking_before)  # "had taken | control": the verb may be its own phrase
    return _control(trigger, text) and not modifier_cues().taking_control.search(text, lo, trigger.end)


def _control(trigger: Trigger, text: str) -> bool:
    """A phrase of control («під контролем», "under Russian control", «в руках ЗСУ», "in Ukrainian hands")."""
    phrase = text[trigger.start : trigger.end]
    lower = phrase.lower()
    return CONTROL_STEM in lower or CONTROL_WORD in phrase or any(w in lower for w in HANDS_WORDS)


def _flag_only(ctx: Context) -> bool:
    """A flag raised while the sentence says fighting or clearing goes on, or only part of the place is held."""
    mc = modifier_cues()
    start, end = ctx.sentence
    after = min(len(ctx.text), end + WINDOWS.flag_after)  # "The flag is in X. Fighting is still going on there."
    return bool(mc.still_fighting.search(ctx.text, start, after) or part_named(ctx.text, start, end))


def trigger_is_negative(text: str, trigger: Trigger) -> bool:
    """Phrases that carry their own «не» (не відповідає дійсності) are not negated by it."""
    return text[trigger.start : trigger.start + _SELF_NEGATING_LENGTH].lower().startswith(SELF_NEGATING)


def facility_held(text: str, clause: tuple[int, int], trigger: Trigger, mention: Mention) -> bool:
    """Control held of a facility in the place («ВСУ контролируют промышленные объекты в X», "hold the plant in
    X"): the defender holds out in the town (LABELING: repelled), it has not taken part of it."""
    return control_held(trigger, text) and facility_object(text, clause, trigger, mention)


# --- the actor -----------------------------------------------------------------------------------------------


def actor_of(trigger: Trigger, ctx: Context, attacker: bool = False) -> Side | None:
    """Whose forces did it: the holder inside a phrase of control, passive agent, subject, the side that lost the
    ground, the phrase, the speaker."""
    if "attr" in trigger.flags:
        return implied_side(trigger) or ctx.perspective
    if "state" in trigger.flags:  # «в окупації»: the occupier, whoever the subject; one named right after it
        after = [m for m in ctx.markers if trigger.end <= m.start and not ctx.text[trigger.end : m.start].strip()]
        return marker_side(after[0], ctx.perspective) if after else implied_side(trigger)  # «под оккупацией ВСУ»
    if "weak" in trigger.flags and _attribute_of_a_name(ctx.text, trigger) and (side := implied_side(trigger)):
        return side  # "southwest of occupied Kreminna": the attribute names its side, whatever the clause's subject
    holder = _holder_named(trigger, ctx.text)  # "under Russian control" outranks a subject ("our units ..., the
    if holder is not None:  # town is not under Russian control")
        return holder
    found = _named_actor(trigger, ctx, attacker) or _carried_subject(trigger, ctx, attacker)
    if found is not None:
        return _side_of(found, ctx)
    if "ring" in trigger.flags:  # «Мирноград в оточенні» with no side named: the place is in the ring
        return Side.RU
    if "passive" in trigger.flags:  # "were repulsed" with no side named before it: the speaker's side did it
        return ctx.perspective
    if ctx.antecedent is not None:
        return ctx.antecedent  # "Russian forces attacked X. They also approached Y"
    implied = implied_side(trigger)
    if implied is not None:
        return implied
    if trigger.kind is Kind.FIGHTING or attacker:
        return None
    # the press telling of a capture with no side named ("the fall of X", "X was captured"): Russia's; Ukraine's it
    # calls a liberation or a return, and a phrase of control names its holder
    liberation = modifier_cues().liberation
    if (
        trigger.kind is Kind.CAPTURED
        and ctx.claimant is Side.OTHER
        and not liberation.search(ctx.text, trigger.start, trigger.end)
    ):
        return Side.RU
    return ctx.perspective


def _attribute_of_a_name(text: str, trigger: Trigger) -> bool:
    """Is the phrase an attribute right before a name ("of occupied Kreminna", «окупованої Горлівки»), not a verb
    with its object («противник оккупировал Клещеевку»)?"""
    rest = text[trigger.end : trigger.end + 2]
    if len(rest) < 2 or rest[0] != " " or not rest[1].isupper():
        return False
    word = text[trigger.start : trigger.end]
    if word.isascii():
        return (
            modifier_cues().attribute_before.search(text, max(0, trigger.start - WINDOWS.attribute_gap), trigger.start)
            is not None
        )
    return modifier_cues().attribute_form.fullmatch(word) is not None


def named_gainer(trigger: Trigger, ctx: Context) -> Side | None:
    """The side a capture, an advance or a withdrawal gains ground for, when the text names a side for it
    («захопили росіяни» -> ru, «бегство ВСУ» -> ru); None for other phrases or no side named."""
    if trigger.kind not in (Kind.CAPTURED, Kind.ADVANCED, Kind.WITHDREW):
        return None
    found = _named_actor(trigger, ctx, False)
    if found is not None and found[0].kind not in ("ua", "ru", "enemy"):
        return None  # "our troops", a unit: whose side depends on who speaks, not on what the denial refutes
    actor = implied_side(trigger) if found is None else _side_of(found, ctx)
    if actor is None:
        return None
    return opposite(actor) if trigger.kind is Kind.WITHDREW else actor


def _side_of(found: tuple[Marker, bool], ctx: Context) -> Side | None:
    """The side a named marker gives (or its opposite, when the marker names the loser)."""
    side = marker_side(found[0], ctx.perspective)
    return opposite(side) if found[1] else side


def _named_actor(trigger: Trigger, ctx: Context, attacker: bool) -> tuple[Marker, bool] | None:
    """The side named around the phrase that tells the actor, and whether the actor is that side's opposite."""
    left, right = _sides_around(trigger, ctx)
    # the holder inside the phrase ("under Russian control"), the side leaving («вихід ЗСУ з X»)
    if _control(trigger, ctx.text) or (trigger.kind is Kind.WITHDREW and "loser" not in trigger.flags):
        inside = markers_within(ctx, trigger.start + 1, trigger.end)  # after the phrase's first letter
        if inside:
            return inside[0], False
    subject_first = bool(left) and len(ctx.text[left[-1].end : trigger.start].split()) <= WINDOWS.subject_gap_words
    agent = _agent(trigger, ctx, right, subject_first)
    if agent is not None:
        if trigger.kind is Kind.REPELLED and discourse_cues().attack_by.search(ctx.text, trigger.start, agent.start):
            return agent, True  # "repelled an attack by Ukrainian forces": the agent of the attack, not the repelling
        return agent, False
    if "passive" in trigger.flags:  # "Russian troops were repulsed": the subject is the side that was stopped
        return (left[-1], True) if left else None
    if "loser" in trigger.flags:  # the side pushed out, inside the phrase ("kicked Russian troops out") or after it
        inside = markers_within(ctx, trigger.start, trigger.end)
        if inside or right:
            return (inside or right)[0], True
    subject = _subject(trigger, ctx, left, attacker)
    if subject is not None:
        return subject, False
    return _object(trigger, ctx, right, attacker)


def markers_within(ctx: Context, lo: int, hi: int) -> list[Marker]:
    """The sides named wholly between `lo` and `hi`."""
    return [m for m in ctx.markers if lo <= m.start and m.end <= hi]


def _sides_around(trigger: Trigger, ctx: Context) -> tuple[list[Marker], list[Marker]]:
    """The sides named in the clause before the phrase (as far as a subject reaches) and after it."""
    cstart, cend = ctx.clause
    lo = max(cstart, trigger.start - WINDOWS.subject_reach)
    hi = min(cend, trigger.end + WINDOWS.object_reach)
    # a side in an attribute of a place ("the Russian-held city of X") is the phrase's own only right before it
    attribute, text = modifier_cues().held_attribute, ctx.text
    markers = [
        m
        for m in ctx.markers
        if text[m.end : m.end + 1] != "-" or m.end + 1 == trigger.start or not attribute.match(text, m.end)
    ]
    left = [m for m in markers if lo <= m.start and m.end <= trigger.start]
    right = [m for m in markers if trigger.end <= m.start < hi]
    return left, right


def _agent(trigger: Trigger, ctx: Context, right: Sequence[Marker], subject_first: bool = False) -> Marker | None:
    """The side after the phrase that did it: a passive agent ("by", «силами»; only right after it when a side is
    the phrase's subject, `subject_first`), the holder after «під контролем», or the genitive after a verbal noun
    («просування російських військ»)."""
    if not right:
        return None
    sc, text = side_cues(), ctx.text
    control = _control(trigger, text) or "agent" in trigger.flags
    genitive = (
        trigger.kind in (Kind.ADVANCED, Kind.WITHDREW)
        and "loser" not in trigger.flags
        and modifier_cues().verbal_noun.search(text, trigger.start, trigger.end) is not None
    )
    for m in right:
        if (
            sc.agent_prep.search(text[max(0, m.start - WINDOWS.agent_prep) : m.start])
            and (not subject_first or len(text[trigger.end : m.start].split()) <= WINDOWS.agent_gap_words)
            and not discourse_cues().relative_word.search(text, trigger.end, m.start)
        ):
            # not, after a subject, an aside's agent ("forces pushing towards X, the city taken by Russia"), nor a
            # relative clause's ("the loss of X, whose recapture was announced by Ukraine")
            return m
        if control and m.start - trigger.end <= WINDOWS.control_gap:
            return m
        if genitive and text[trigger.end : m.start].strip() in ("", "of", "of the"):
            return m  # «просування російських військ», "the advance of Russian troops"
        if _instrumental_agent(text, trigger, m):
            # «оставлении Купянска украинскими военными», «занято российскими войсками»: the agent in the
            # instrumental, after the place
            return m
    return None


def _instrumental_agent(text: str, trigger: Trigger, m: Marker) -> bool:
    """A side in the instrumental right after the phrase (at most the place and an adverb between, no comma), no
    preposition governing it: the doer of a passive or a verbal noun («занято российскими войсками»)."""
    mc = modifier_cues()
    gap = text[trigger.end : m.start]
    if len(gap.split()) > WINDOWS.agent_gap_words or any(ch in gap for ch in ",;:.!?"):
        return False
    if not mc.instrumental_end.search(text, m.start, m.end):
        return False
    return mc.instrumental_prep.search(text, max(0, m.start - WINDOWS.agent_prep), m.start) is None


def _subject(trigger: Trigger, ctx: Context, left: Sequence[Marker], attacker: bool) -> Marker | None:
    """The nearest side named before the phrase, unless it is an object (обороны противника), or, for a repelling
    phrase, the attacker («атаки противника відбито»)."""
    sc, text = side_cues(), ctx.text
    for m in reversed(left):
        if "attack" in trigger.flags and m is left[-1] and not text[m.end : trigger.start].strip():
            return m  # "the number of enemy assaults", «кількість ворожих атак»: the side of the attacks named on them
        if m is left[-1] and modifier_cues().relative_gap.fullmatch(text, m.end, trigger.start):
            return m  # «знищили групу окупантів, яка зайшла в X», "a group of Russian troops who entered X"
        before = text[max(0, m.start - WINDOWS.object_head) : m.start]
        if sc.loser_prep.search(before[-WINDOWS.loser_prep :]) or sc.object_head.search(before):
            continue
        if m is not left[0] and trigger.kind is not Kind.REPELLED and _verb_object(before):
            continue  # «Українці відтіснили росіян ... і продовжують атакувати»: the object of the verb before it
            # (not for a repelling: «пытались оттеснить Силы обороны ..., атаки отражены» — the object defended)
        holding = "holder" in trigger.flags  # «ворог утримував X»: the subject holds, whoever it is
        if trigger.kind is Kind.REPELLED and not attacker and not holding and _attacking(m, text, trigger.start):
            continue
        return m
    return None


def _verb_object(before: str) -> bool:
    """The side right after a finite Ukrainian or Russian verb or an English verb of fighting (the text before it
    ends with that verb, or with it and a unit or "the": «розбили бригаду ЗСУ», "counterattacked the enemy"): its
    object, when another side is named before it."""
    if not before[-1:].isspace():
        return False
    mc = modifier_cues()
    every = before.split()
    words = every[-(WINDOWS.object_fillers + 1) :]
    while len(words) > 1 and mc.object_filler.fullmatch(words[-1].lower()):
        words.pop()
    word = words[-1] if words else ""
    return len(every) > 1 and (finite_verb(word) or mc.en_object_verb.fullmatch(word) is not None)


def _carried_subject(trigger: Trigger, ctx: Context, attacker: bool) -> tuple[Marker, bool] | None:
    """The subject of the clause before, for a clause that goes on without one («Силы РФ захватили опорники ВСУ,
    после чего продвинулись в районе X») and for attacks told in a clause of their own («окупанти намагалися
    вклинитися – ..., три атаки в районі X ще тривають»)."""
    start = ctx.clause[0]
    if start <= ctx.sentence[0]:
        return None
    # an attack in a clause of its own («..., три атаки ще тривають»): the attacker the sentence named before
    if "attack" not in trigger.flags and not modifier_cues().continuation_opening.match(ctx.text, start):
        return None
    subject = _subject(trigger, ctx, markers_within(ctx, ctx.sentence[0], start), attacker)
    return None if subject is None else (subject, False)


def _attacking(marker: Marker, text: str, phrase: int) -> bool:
    """«Противник», or a side followed by its attacks (before the phrase at `phrase`: «захисники стримують штурми»
    is the defender): the side that attacked."""
    after = text[marker.end : min(phrase, marker.end + WINDOWS.attack_after)]
    return marker.kind == "enemy" or modifier_cues().attack_after.match(after) is not None


def _object(trigger: Trigger, ctx: Context, right: Sequence[Marker], attacker: bool) -> tuple[Marker, bool] | None:
    """A side after the phrase, and whether it is the side that lost the ground («зачищено від росіян») rather than
    the attacker right after an attack word («атаки противника», "attacks by the enemy")."""
    sc, text = side_cues(), ctx.text
    attack = attacker or (trigger.kind is Kind.FIGHTING and "attack" in trigger.flags)
    motion = not attack and (_motion_verb(trigger, ctx) or _capture_verb(trigger, ctx))
    for m in right:
        if trigger.kind is not Kind.REPELLED and sc.loser_prep.search(
            text[max(0, m.start - WINDOWS.loser_prep) : m.start]
        ):
            return m, True
        gap = text[trigger.end : m.start].split()
        if (attack or "holder" in trigger.flags) and not gap:
            return m, False  # "the attacks of the enemy", «часть которого удерживают украинские боевики»
        if motion and len(gap) <= 2 and all(sc.force_noun.fullmatch(w) or sc.motion_gap_word.fullmatch(w) for w in gap):
            return m, False  # «у Покровськ заходять російські війська», «отошли подразделения ВСУ»
    return None


def _capture_verb(trigger: Trigger, ctx: Context) -> bool:
    """A finite verb of taking a place («Кліщіївку звільнили ЗСУ», «Клещеевку захватили российские войска»): the
    side right after it is its subject, in Ukrainian and Russian word order; not the impersonal «звільнено», a
    participle or a verbal noun («захоплення»)."""
    return trigger.kind is Kind.CAPTURED and opens_with_finite_verb(ctx.text, trigger)


def _motion_verb(trigger: Trigger, ctx: Context) -> bool:
    """A finite verb of moving in or out («заходять», «отошли»): the side right after it is its subject
    («у Покровськ заходять російські війська»); not a verbal noun («просування російських військ», see _agent)."""
    if trigger.kind not in (Kind.ADVANCED, Kind.WITHDREW) or "loser" in trigger.flags:
        return False
    if ctx.text[trigger.start : trigger.end].isascii():
        return False  # English keeps its subject first ("entered Ukrainian-held X": the object's attribute)
    mc = modifier_cues()
    return mc.motion_verb.match(ctx.text, trigger.start) is not None and not mc.verbal_noun.search(
        ctx.text, trigger.start, trigger.end
    )
