"""How far each look around a phrase or a place name reaches, in characters: one table, each entry with its reason."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Windows:
    # sentences
    abbreviation: int = 12  # how far back of a full stop to look for the abbreviation it may end («обл.», "Gen.")
    sentence: int = 1500  # the longest sentence read as one (real ones stay under 600): a longer run of text with no
    # full stop is cut at a comma or a space, so what is read per sentence is bounded and a post costs linear time
    # claimants
    speaker_after_quote: int = 80  # «...», — заявили у Генштабі: a speaker this close after a quote said it
    speaker_before_quote: int = 200  # X said: "...": a speaker this close before a quote said it
    name_after_title: int = 90  # «речник угруповання Сергій Череватий»: how far after a title its person's name is
    surname_stem: int = 4  # a surname so introduced is matched later by a stem at least this long
    claim_owner: int = 48  # «заяви Кремля», "reports from the Kremlin": how far before a speaker its claim noun is
    outcome_before: int = 3  # «... Усі атаки відбито»: how many sentences back of its paragraph an outcome reaches
    sentences_handed_back: int = 4  # «Про це повідомив X»: at most this many sentences before are X's statement
    perspective: int = 5000  # how much of a post is read for the words that give its point of view away
    # mentions: what a place name is
    direction_after: int = 40  # «Покровському напрямку», "Bakhmut direction": the direction word after a name
    before_name: int = 60  # "10 km from": the words before a name that make it a reference point
    right_before_name: int = 25  # «річки», «ОТУ»: a river or a unit named right before the name
    direction_before: int = 45  # «південніше», "towards": a directional word before the name
    anchor_gap: int = 60  # "Klishchiivka, south of Bakhmut": a directional name this close after a place anchors it
    list_gap: int = 80  # the longest gap between two names of one list
    enumeration: int = 1500  # how far back a list of names ended by «Курской области» may begin
    first_name: int = 40  # «Олександр Сирський»: a given name this close to a "place" makes it a person
    phrase_reach: int = 600  # the farthest a phrase may be from the list it speaks of (seen on real posts: 300)
    # reading: a phrase's actor
    subject_reach: int = 160  # how far left of a phrase its subject may be
    object_reach: int = 90  # how far right a passive agent or a loser may be
    agent_prep: int = 40  # "by", «силами»: how far before a side named after the phrase
    agent_gap_words: int = 3  # an instrumental agent after the phrase: at most this many words before it
    unconfirmed_act: int = 60  # a silence («не підтверджують») and the act it is about: at most this far apart
    object_fillers: int = 2  # a verb's object: at most this many words (a unit, "the") between the verb and the side
    settlement_noun: int = 32  # «населенного пункта », "the villages of ": how long a settlement noun before a name is
    settlement_noun_min: int = 5  # ... and how short («село »)
    inside_words: int = 6  # «ведут бои внутри X»: at most this many words between a phrase and its place inside
    inside_before: int = 30  # how far before a place its «внутри», «у самому», "inside" may start
    article: int = 7  # "an advance": how far before a phrase its article may start
    subject_gap_words: int = 2  # a subject this close before the phrase ("forces are pushing") keeps a "by" agent
    # ... to the words right after the phrase (agent_gap_words): a later one is an aside's
    control_gap: int = 12  # «під контролем ЗСУ»: a side this close after a control phrase holds the place
    object_head: int = 24  # «обороны противника»: how far before a side its head noun may be
    loser_prep: int = 12  # «від росіян», "of the Russians": how far before a side its preposition may be
    attack_after: int = 20  # «противника атаки»: how far after a side an attack word makes it the attacker
    # reading: a phrase's kind
    phrase_before: int = 60  # the text before a phrase that may change it (negation, attempt, intention)
    negation: int = 30  # «не», "not": how far before the phrase
    dateline_start: int = 8  # a dateline's town stands this close to the start of the post (spaces, a quote)
    past_state: int = 30  # «перебували фактично в сірій зоні»: a past copula this close before a grey zone
    break_lookahead: int = 40  # characters past a window a clause break's lookahead may read («— під контролем»)
    taking_before: int = 16  # "had taken control": a verb of taking this close before a phrase of control
    flag_after: int = 80  # a flag raised: how far past its sentence "fighting goes on there" is looked for
    own_words: int = 5  # (words, not characters) of the phrase's own words before it: attempt, intention, under way
    partial: int = 40  # «частину Кліщіївки»: how far before the phrase or the name a part word may be
    count_before: int = 30  # how far before a stand-in («населені пункти») its count («три») may start
    antecedent: int = 2  # (sentences) how far back a pronoun opening a sentence finds the side it stands for
    compass_part: int = 22  # "north-western Kupyansk": the compass adjective right before the name
    part_after: int = 25  # «у Покровську звільнили мікрорайон»: how far after the phrase, when the name came first
    # dates
    date_before: int = 40  # «17 вересня звільнили»: how far before the phrase a date may be
    date_after: int = 60  # "captured ... in January": how far after
    date_after_place: int = 25  # "Marinka in December 2023 and Avdiivka in February": a place's own date after it
    # linking phrases and places
    attribute_gap: int = 20  # "Russian-held city of Donetsk": how far an attribute before a name reaches
    next_place: int = 12  # a phrase this close before the next place speaks of that one, not of the list before
    anaphora: int = 40  # «села», "the village": how far around a phrase a word standing for a place may be
    anaphora_sentences: int = 2  # how many sentences back the place such a word stands for may be named
    pronoun: int = 6  # «її звільнили»: how far before a phrase its pronoun may start
    own_battle: int = 24  # «бои по освобождению»: how far before a taking its battles may start
    unnamed_near: int = 60  # «село поблизу X», "a village near the Russian stronghold of X": how far before X
    after_act: int = 20  # «після», "following the": how far before an act as a noun
    battle_for: int = 60  # «бої за місто», "the epicentre of the fighting remains": how far before a place
    # claims
    quote: int = 400  # the longest quote kept on a claim
    # namesakes
    direction_names: int = 20000  # how much of a post is searched for the directions it names


WINDOWS = Windows()
