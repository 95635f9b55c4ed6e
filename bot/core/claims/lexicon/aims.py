"""Data only: the words that put a phrase off the ground as what is intended, planned, aimed at, predicted or
conditional («планують захопити», "with the aim of taking", «може дозволити», "If ..."), not done."""

from __future__ import annotations

from typing import Final

# A campaign named as what an act is part of ("as part of its advance toward X", «в рамках наступления на X»,
# «у рамках наступу на X»): the campaign's aim, a direction, not an advance there.
CAMPAIGN_BEFORE: Final = (
    r"(?<!\w)(?:part\s+of\s+(?:its|their|the|a|Russia['’]s|Moscow['’]s|Ukraine['’]s|Kyiv['’]s)|в\s+рамках|у\s+рамках)"
    r"(?:\s+[\w’'-]+){0,2}$"
)
# A purpose governing a chain of acts up to the phrase («с целью овладения высотами и обеспечения выхода к окраинам
# X», «з метою оточення та захоплення X»): what is aimed at (searched in the clause, ending at the phrase).
AIM_CHAIN: Final = r"(?<!\w)(?:с\s+целью|з\s+метою|із\s+метою|имея\s+целью)\s+(?:[\w’'ʼ-]+\s+){0,8}$"
# A purpose opened in the sentence ("with the aim of taking X under full control, capturing Y and Z", "in order to
# seize X"): the gerunds after it are what is aimed at (searched in the sentence up to an English gerund).
AIM_BEFORE: Final = (
    r"\b(?:with\s+the\s+(?:aim|goal|purpose|intention|objective)\s+of|aim(?:s|ed|ing)?\s+(?:at|to)|in\s+order\s+to"
    r"|so\s+as\s+to)\b"
)
# An intention, a plan, a possibility, a call, a refusal: not an act.
INTENT: Final = (
    # a chance, what is done in its place ("in lieu of an advance on X", «замість наступу на X»)
    r"(?:chances?|possibilit(?:y|ies))\s+of",
    r"(?:можливість|возможность|шанс\w*)",
    r"in\s+lieu\s+of|instead\s+of|rather\s+than|замість|вместо",
    r"намагатим\w*",
    r"попытает\w*",
    r"попытаю\w*",
    r"готу\w*",
    r"готов\w*",
    r"підготов\w*",
    r"(?:під|при)готу\w*",  # «підготуватися до бойових дій»
    # the attention paid to it («основное внимание уделяется освобождению X», «увага приділяється»): an aim
    r"уделя\w*|приділя\w*",
    r"план(?!ов)\w*",  # «планують», «планы»; not «плановий відхід» (an orderly withdrawal, done)
    r"має\s+намір",
    r"намер\w*",
    r"хоч\w*",
    r"хоте\w*",
    r"мета\b",
    r"ціль\b|цілі\b|цель\b|цели\b|goals?\b",  # «ціль — позбавити ЗСУ можливості утримувати»: a goal
    r"позбав\w*|лиши(?:ть|ти)\b|deprive\w*",  # depriving a side of something: not done
    r"можливост\w*|можливіст\w*|возможност\w*",  # a possibility (not «можливо», a hedge: still a claim)
    r"важно(?!\s+был)|важливо(?!\s+бул)|important\s+(?:to|for)|importance\s+of",  # «важно освобождение X»: a goal
    r"метою\b",
    r"с\s+целью",
    r"щоб\b",
    r"чтобы\b",
    r"може\b",
    r"можуть\b",
    r"может\b",
    r"могут\b",
    r"мог(?:ли|ла)?\b",
    r"міг\b",
    r"могл\w*",
    r"змогли?\s+б\b|змож\w*",  # «змогли б», «зможуть»: what could be (not «змогли захопити»: done)
    r"сможет\b",
    r"уникнен\w*",
    r"избежа\w*",
    # what is hard or impossible to do is not done: "very difficult to leave X", «неможливо взяти», «трудно выйти»
    r"(?:difficult|impossible|hard)\s+to",
    r"важко|складно|неможливо|трудно|сложно|невозможно",
    r"prepar\w*",
    r"plan\w*",
    r"urg\w*",
    r"advis\w*",
    r"заклика\w*",
    r"призыва\w*",
    r"призвал\w*",
    r"intend\w*",
    r"intention\w*|намір\w*|намерени\w*",
    r"aim\w*",
    r"want\w*",
    r"could",
    r"would",
    # what may come ("may attempt to cut off X"), but "may have advanced", "may be advancing": a hedged report
    r"might(?!\s+(?:have|be)\b)",
    r"may(?!\s+(?:have|be)\b)",
    r"can",
    r"will",
    # an open question of control ("uncertain who controlled X", «незрозуміло, хто контролює X», «неясно, кем взят»)
    r"(?:uncertain|unclear|unknown|not\s+(?:clear|known))\s+(?:who|whether|if)",
    r"(?:незрозуміло|неясно|невідомо|непонятно|неизвестно|не\s+ясно)\s*,?\s*(?:хто|кто|кем|ким|чи|ли)",
    r"^(?:хто|кто|кем|ким)$",  # the question opens the phrase's own words («неясно, кто контролирует X»)
    r"focus(?:es|ed|ing)?\s+on",  # "are focusing on taking full control of X": the aim (not "focusing efforts on")
    r"to\s+avoid",
    r"in\s+order\s+to",
    r"threat\w*",
    r"imminent|risks?|presag\w*|ризик\w*|риск\w*",  # "risks imminent encirclement": what may come
    r"загро\w*",
    r"угро\w*",
    r"отказ\w*",
    r"відмов\w*",
    r"refus\w*",
    r"postpon\w*|delay\w*|defer\w*|відкла\w*|отлож\w*|отклад\w*",  # "postpone the capture of X"
    r"cancel\w*|call\w*\s+off|скасу\w*|відмінит\w*|отмени\w*|отменя\w*",  # «приказал отменить штурм»
    # what speeds an act up or brings it closer is not done yet («ускоряет полное освобождение X», "brings closer")
    r"ускоря\w*|приближа\w*|наближа\w*|пришвидш\w*|speed\w*\s+up|hasten\w*|bring\w*\s+closer",
    # what it would take: "the offensive required to capture X", «потрібно, щоб захопити»
    r"requir\w*",
    r"need\w*",
    r"necessary",
    r"objective\w*",
    r"goal\w*",
    r"потрібн\w*",
    r"необхідн\w*",
    r"нужн\w*",
    r"необходим\w*",
    r"треба",
    # what would make it possible: «дасть росіянам змогу просунутися», «позволит продвинуться», "in the event of"
    r"дасть\s+(?:[\w’'ʼ-]+\s+){0,2}(?:змогу|можливість)",
    r"даст\s+(?:[\w’'ʼ-]+\s+){0,2}возможност\w*",
    r"дозволить",
    r"позволит",
    r"предназнач\w*",  # «группировка, предназначенная для контратаки, освобождения города»: its purpose
    r"призначен\w*\s+для",
    r"intended\s+(?:to|for)",
    r"in\s+the\s+event\s+of",
    r"in\s+case\s+of",
    r"у\s+разі",
    r"в\s+случае",
    # kept from happening or only expected: "prevent the Russians from advancing", «не допустити просування»
    r"prevent\w*",
    r"запобіг\w*",
    r"предотвра\w*",
    r"не\s+допуст\w*",
    r"не\s+дозвол\w*",
    r"не\s+позвол\w*",
    r"expect\w*",
    r"очіку\w*",
    r"ожида\w*",
    # the future: «будемо звільняти», «будем освобождать», «буде звільнено»
    r"буд(?:у|еш|е|емо|ем|ете|уть|ет|ут)",
)
# An act avoided («аби уникнути оточення», «чтобы избежать окружения», "to avoid being encircled"): it did not
# happen, whatever failed elsewhere in the sentence.
AVOIDED: Final = (r"уникну\w*", r"уникнен\w*", r"уника\w*", r"избеж\w*", r"избега\w*", r"avoid\w*")
# A capture verb in the perfective future («звільнимо Бучу», «освободим», «візьмемо»): a promise, not a report.
FUTURE: Final = (
    r"(?:звільн|визвол|захоп|відвою|деокуп)\w*(?:имо|ять|ить|имемо)",
    r"(?:візьм|возьм)(?:емо|уть|е|ём|ем|ут|ет)",
    r"(?:освобод|захват|отвою|зачист)\w*(?:им|ят|ит)",
)
# A phrase naming the act as a noun («захоплення Торецька», "the capture of X") with a modal after it («може
# дозволити», "could allow"): what the act would bring, not a report that it happened.
NOUN_ACT: Final = r"(?:нн[яюі]|нням|тт[яюі]|ттям|ни[еяюи]|нием|ти[еяюи]|тием|ion|ure|ment|наступ\w*|offensive)$"
# A purpose right before the act as a noun, through a list of other acts («для контратаки, освобождения X», «для
# захоплення X», "for the capture of X"): what something is for.
PURPOSE_BEFORE: Final = (
    r"(?<!\w)(?:для|for\s+the)\s+(?:(?:further|subsequent|full|final|дальнейш|подальш|последующ|наступн|полн|повн"
    r"|окончательн|остаточн)\w*\s+)?(?:[\w’'ʼ-]+(?:\s*,\s*|\s+(?:и|і|та|й|and)\s+))*$"
    # measures towards it («принимаются меры по стабилизации обстановки и возвращению контроля над X»)
    r"|(?<!\w)(?:меры|мер|заходи|заходів|усилия|усилий|зусилля|зусиль)\s+(?:по|щодо)\s+(?:[\w’'ʼ-]+\s+){0,6}"
    r"(?:(?:и|і|та|й)\s+)?$"
    # an act a purpose infinitive governs ("to complete the encirclement of X"; «щоб» is an intent word), not one
    # "managed to" or "failed to" tells of
    r"|(?<!\w)(?<!managed\s)(?<!failed\s)(?<!able\s)to\s+(?:complete|finish|achieve|support|facilitate|enable|prepare"
    r"|launch|begin|start|continue)\s+(?:the\s+|a\s+|an\s+|their\s+|its\s+)?$"
)
# An English article right before a phrase ("an advance", "the push"): the phrase is a noun.
ARTICLE_BEFORE: Final = r"(?<!\w)(?:a|an|the|its|their)\s+$"
# "After" right before the act as a noun («після захоплення X», «после оставления X», "following the fall of X"): a past
# act a later one is dated by.
AFTER_ACT: Final = r"(?<!\w)(?:після|после|after|following)\s+(?:the\s+)?$"
MODAL_AFTER: Final = (
    r"(?:може|можуть|может|могут|could|would|might|may|will)\s+(?:\w+\s+){0,2}?"
    r"(?:дозвол\w*|позвол\w*|да(?:ти|ть)|стати|стать|почат\w*|начат\w*|allow\w*|enabl\w*|help\w*|give|open\w*|lead"
    r"|mean|become|cut|begin|start|be|serve|mark|prove|change|turn|pave|bring|put|make|shift|signal|represent|spell"
    r"|deal|create|result|undermine|strengthen|weaken|threaten|jeopardi[sz]e)\b"
    r"|(?:стане|станет|стануть|станут|буде|будет|будуть|будут)\b"  # «захоплення X стане ударом»: the future
    # «Освобождение X позволит развить наступление», "the capture of X will allow": what it would bring
    r"|(?:позволит|позволят|дозволить|дозволять|дасть|даст|откроет|відкриє|allows?|enables?)\b"
    # «взятие X создаст угрозу», «захоплення X призведе до»: what it would bring about
    r"|(?:создаст|создадут|створить|створять|призведе|призведуть|приведет|приведёт|приведут)\b"
)
# The act as a noun said to be only a matter of time («Освобождение X — вопрос времени», "a matter of time"): a
# prediction, in the rest of its sentence (past the dash that ends its clause).
PREDICTION_AFTER: Final = r"вопрос\s+времени|питання\s+часу|справа\s+часу|дело\s+времени|matter\s+of\s+time"
# A condition the sentence sets before the phrase ("In the event of their capture — further advancement near X",
# «У разі прориву ворог зможе просунутися», "If Russian forces take X, ..."): what would follow, not a report.
CONDITION_BEFORE: Final = r"(?<!\w)(?:in\s+the\s+event\s+of|in\s+case\s+of|у\s+разі|в\s+разі|в\s+случае)(?!\w)"
CONDITION_OPENING: Final = r"[\s\"«“„'(—–-]*(?:if|якщо|если)(?!\w)"  # matched at the sentence's start
