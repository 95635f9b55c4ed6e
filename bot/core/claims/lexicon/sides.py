# ruff: noqa: E501
"""Data only: who acts (the words naming a side's forces) and who speaks (officials, outlets, reported speech)."""

from __future__ import annotations

from typing import Final

# An adverbial between a side and its verb ("Russia also claimed", "the Ukrainian army on Thursday denied", "Ukraine
# then retook", «Россия также взяла»).
# The titles of a side's spokesmen, commanders and officers (one word: «спикер», «командир», «представник»).
_ROLE: Final = (
    r"(?:(?:спікер|спикер|командир|офіцер|офицер|пресс-офицер|прес-офіцер|представник|начальник)(?:а|у|ом|ів|ов|и|ы)?"
    r"|(?:пресс-секретар|прес-секретар)(?:ь|я|ем|ю)|представител(?:ь|я|ем|и|ей))(?!\w)"
)
_ADVERB: Final = (
    r"(?:(?:on|late\s+on|early\s+on)\s+\w+\s+|(?:also|earlier|later|again|now|still|then|since|finally|eventually"
    r"|consistently|repeatedly|swiftly|quickly|promptly|immediately|firmly|strongly|flatly|previously"
    r"|також|также|тоже|теж|вже|уже|повністю|полностью|fully|частково|частично|partially|partly)\s+)?"
)

# A country's attack («Россия штурмует», "Russia launched an offensive", "Ukraine attacked"), or its hold going on
# ("Russia continues to control", «Росія продовжує контролювати»): its forces do it.
_COUNTRY_ATTACKS: Final = (
    r"attack|assault|storm|launch|began|begin|start|mount|resum"
    r"|continu\w*\s+(?:to\s+)?(?:attack|assault|storm|advanc|push|control|hold)"
    r"|атаку|атакова|штурму|наступа|продовжу\w*\s+(?:контрол|утриму)|продолжа\w*\s+(?:контрол|удержива)"
)

# A force's verb of saying ("Ukraine's military said"): the force speaks, it is not the subject of an act.
_SAYS: Final = (
    r"(?:has\s+|had\s+|have\s+)?(?:said|says|say|announced|reported|reports|denied|denies|rejected|dismissed|confirmed"
    r"|confirms|claimed|claims|stated|states|wrote|writes|added|insisted|refuted|refutes|rebutted|disputed|disputes"
    r"|challenged|noted|told)\b"
)
_SPEAKS: Final = rf"(?=\s+{_ADVERB}{_SAYS}|\s*,\s*(?:which|who)\s+{_ADVERB}{_SAYS})"  # "..., which denied"

# An aside between a side and its verb of saying ("Kiev, however, denied", "Moscow, for its part, said").
_ASIDE: Final = (
    r"(?:,\s*(?:however|though|in\s+turn|meanwhile|for\s+its\s+part|однак|однако|в\s+свою\s+очередь)\s*,\s*|\s)"
)

# A kind of force between the side and the noun ("Russian occupying forces", "Ukrainian assault troops").
_FORCE_ADJECTIVE: Final = (
    r"(?:(?:occupying|occupation|invading|invasion|assault|airborne|ground|special|regular|elite|defending"
    r"|mechani[sz]ed|motori[sz]ed|marine|naval|tank|infantry|sabotage|reconnaissance|sabotage[- ]and[- ]reconnaissance"
    r"|small|mobile|armed|battalion(?:\s+tactical)?|brigade|regiment(?:al)?|company)\s+)?"
)
# The force nouns after a side's adjective ("Russian troops", "Ukrainian sabotage groups", "Russian infantry").
_FORCE_NOUNS: Final = (
    r"(?:forces|troops|military|army|soldiers|units|side|armed\s+forces|groups?\b|infantry|detachments|formations"
    r"|servicemen|paratroopers|marines|personnel|battalions|brigades|regiments"
)

# Who acts. ua / ru name a side; "enemy" is the other side from the speaker's point of view; "own" is the speaker's.
ACTORS: Final[dict[str, tuple[str, ...]]] = {
    "ua": (
        r"ЗСУ\b",
        r"ВСУ\w*",
        r"Сил\w*\s+оборон\w*",
        r"Збройн\w*\s+сил\w*\s+України",
        r"Вооруж\w*\s+сил\w*\s+Украин\w*",
        r"(?:армі|військ|войск|арми)\w*\s+(?:України|Украины)\b",  # the country in the genitive («армії України»)
        r"україн\w*\s+(?:військ\w*|воїн\w*|бійц\w*|захисник\w*|підрозділ\w*|сил\w*|армі\w*|десантник\w*|штурмовик\w*|сторон\w*)",
        r"(?:захисник|оборонц)\w*(?:\s+України)?",
        r"тероборон\w*",
        r"ТрО\b",
        r"ДРГ\s+ВСУ",
        # Ukraine's brigade abbreviations («110-я ОМБр», «47 ОМБр», «92 ОШБр»): Russia's are «омсбр», «мсп»
        r"(?-i:ОМБр|ОМБР|ОМПБр|ОШБр|ОАЕМБр|ОДШБр|ОБрМП|ОМПБ)\b",
        r"україн\w*\s+(?:(?:диверсійн|штурмов|невелик|мал)[\w-]*\s+)?(?:ДРГ|груп\w*|піхот\w*)",
        r"украин\w*\s+(?:(?:диверсионн|штурмов|небольш|мал)[\w-]*\s+)?(?:ДРГ|групп\w*|пехот\w*)",
        r"украин\w*\s+(?:войск\w*|военн\w*|сил\w*|арми\w*|подразделени\w*|боевик\w*|защитник\w*|воин\w*|бойц\w*|десантник\w*|формировани\w*|сторон\w*|штурмовик\w*)",
        r"(?:боевик|националист|неонацист|нацист)\w*",
        r"(?:українц|украинц)\w*",  # the people for their army, as «росіяни» is («украинцы смогли оттеснить россиян»)
        r"киевск\w*\s+режим\w*",
        r"ВФУ\b",
        rf"Ukrain\w*\s+{_FORCE_ADJECTIVE}{_FORCE_NOUNS}|defenders|fighters|brigade\w*)",
        r"Defen[cs]e\s+Forces",
        r"Armed\s+Forces\s+of\s+Ukraine",
        r"(?:troops|forces|army|units|soldiers)\s+of\s+Ukraine",
        r"AFU\b",
        r"(?:Kyiv|Kiev)(?:['’]s)?\s+(?:forces|troops|military|army|soldiers|units|defenders)",
        r"(?:Ukrainian|Ukraine|Kyiv|Kiev)(?=-(?:held|controlled|occupied|claimed)\b)",
        r"(?:Києву|Киеву)\b",  # «підконтрольне Києву», «подконтрольная Киеву»: the government, not the city
        r"(?<=by\s)(?:Ukraine|Kyiv|Kiev)\b(?!['’])",
        r"(?<=контролем\s)(?:України|Украины|Києва|Киева)\b",
        r"(?<!\bс\s)(?<!\bз\s)(?<!\bсо\s)(?<!\bзі\s)(?<!\bіз\s)(?<!между\s)(?<!між\s)(?:Украиной|Україною)\b",
        r"(?:Україна|Украина|Ukraine|Kyiv|Kiev|Київ|Киев)\b(?=\s+"
        + _ADVERB
        + r"(?:не\s+)?(?:had\s+|has\s+|have\s+|is\s+|was\s+|має\s+(?:повн\w+\s+)?|имеет\s+(?:полн\w+\s+)?)?(?:\w+ly\s+)?(?:made\s+(?:\w+\s+){0,2}(?:gains?|advances?|progress)|liberat|recaptur|retook|retak|regain|captur|took|advanc|gain|push|enter|encircl|surround|approach|withdr|retreat|pull|admit|leav|left|abandon|remain|retain|"
        + _COUNTRY_ATTACKS
        + r"|звільн|освобод|взял|контрол|control|відбил|просун|продвин|відвел|вивел|відвод|вивод|отвел|вывел|отвод|вывод|залиш|покину|оставил|покинул|призна|визна|acknowledg|recogni[sz]))",
        # the adjective before an act: "Ukrainian advances near X", "a Ukrainian counterattack"
        r"Ukrainian(?=\s+(?:advance|gain|assault|attack|offensive|push|activity|counteroffensive|counterattack|counter-attack|breakthrough|presence)\w*)",
        r"(?:Ukraine|Kyiv|Kiev)['’]s(?=\s+(?:advance|gain|assault|attack|offensive|push|counteroffensive|counterattack|counter-attack|breakthrough|forces|troops|army|military|soldiers|units|hold|grip|control|armed\s+forces)\w*)",
        r"(?:україн|украин)\w*(?=\s+(?:атак|штурм|наступ|контратак|контрнаступ|контрудар)\w*)",  # «українські атаки»
    ),
    "ru": (
        r"ВС\s+РФ\b",
        r"ЗС\s+РФ\b",
        r"армі\w*\s+РФ",
        r"арми\w*\s+РФ",
        r"військ\w*\s+РФ",
        r"войск\w*\s+РФ",
        # (an occupation army by its adjective between: «російської окупаційної армії», «российских оккупационных войск»)
        r"(?:російськ|росiйськ)\w*\s+(?:окупаційн\w*\s+)?(?:військ\w*|окупант\w*|армі\w*|сил\w*|підрозділ\w*|загарбник\w*|найманц\w*|штурмовик\w*|сторон\w*|військов\w*)",
        r"(?:российск|русск)\w*\s+(?:оккупационн\w*\s+)?(?:войск\w*|военн\w*|арми\w*|сил\w*|подразделени\w*|штурмовик\w*|сторон\w*|бойц\w*)",
        # groups and infantry («російські диверсійні групи», «российская пехота»)
        r"(?:російськ|росiйськ)\w*\s+(?:(?:диверсійн|штурмов|невелик|мал)[\w-]*\s+)?(?:ДРГ|груп\w*|піхот\w*|десантник\w*)",
        r"(?:российск|русск)\w*\s+(?:(?:диверсионн|штурмов|небольш|мал)[\w-]*\s+)?(?:ДРГ|групп\w*|пехот\w*|десантник\w*)",
        r"росіян\w*",
        r"россиян\w*",
        r"(?:російськ|российск|русск)\w*\s+(?:нацист|неонацист|фашист)\w*",  # «российские нацисты»: not Ukraine's
        r"(?:путінськ|путинск)\w*\s+(?:армі|арми|військ|войск|окупант|оккупант|вояк)\w*",  # «путінська армія»
        r"Putin['’]s\s+(?:army|troops|forces|soldiers)",
        # the armed forces of the Russian Federation by their full name («Збройні сили Російської Федерації»)
        r"Збройн\w*\s+сил\w*\s+(?:Російської\s+Федерації|Росії|РФ)",
        r"(?:армі|військ|войск|арми)\w*\s+(?:Росії|России|РФ)\b",  # the country in the genitive («армии России»)
        # a force of the Russian Federation by its abbreviation or the country («підрозділи РФ», «силы России»)
        r"(?:підрозділ|подразделени|сил|бійц|бойц|військовослужбовц|военнослужащ)\w*\s+(?:ЗС\s+|ВС\s+)?(?:РФ|Росії|России)\b",
        r"Вооруж\w*\s+сил\w*\s+(?:Российской\s+Федерации|России|РФ)",
        r"рашист\w*",
        r"окупант\w*",
        r"оккупант\w*",
        r"окупац\w*\s+військ\w*",
        r"оккупацион\w*\s+войск\w*",
        r"загарбник\w*",
        r"захватчик\w*",  # «захватчики взяли под контроль поселок»
        r"орк\w*\b",
        r"вагнер\w*",
        r"ЧВК\b",
        r"ПВК\b",
        r"групп?ировк\w*\s+войск\w*",
        r"угрупован\w*\s+(?:військ\w*\s+)?(?:«|\")?(?:Центр|Схід|Південь|Захід|Дніпро|Північ)",
        r"«?(?:Южн|Центр|Восточн|Западн|Северн)\w*»?\s+группировк\w*",
        r"группировк\w*\s+(?:войск\s+)?«?(?:Центр|Восток|Юг|Запад|Днепр|Север)",
        rf"Russian\s+{_FORCE_ADJECTIVE}{_FORCE_NOUNS}|occupiers|occupants|invaders|battlegroup\w*)",
        r"(?:Росія|Россия|Russia|Moscow|Москва|РФ)\b(?=\s+"
        + _ADVERB
        + r"(?:не\s+)?(?:had\s+|has\s+|have\s+|is\s+|was\s+|має\s+(?:повн\w+\s+)?|имеет\s+(?:полн\w+\s+)?)?(?:\w+ly\s+)?(?:made\s+(?:\w+\s+){0,2}(?:gains?|advances?|progress)|captur|seiz|took|taken|advanc|gain|push|enter|encircl|surround|approach|withdr|retreat|pull|admit|"
        + _COUNTRY_ATTACKS
        + r"|захопи|захвати|взял|взяла|occup|окупува|оккупир|освобод|контрол|control|просун|продвин|оточи|окружи|відвел|вивел|відвод|вивод|отвел|вывел|отвод|вывод|призна|визна|acknowledg|recogni[sz]))",
        r"Russian(?=\s+(?:advance|gain|assault|attack|offensive|push|activity|infiltration|counterattack|counter-attack|breakthrough|presence)\w*)",
        r"(?:російськ|росiйськ|российск|русск)\w*(?=\s+(?:атак|штурм|наступ|контратак)\w*)",  # «російських атак»
        r"(?:Russia|Moscow)(?:['’]s)?\s+(?:forces|troops|army|military|soldiers|units|armed\s+forces)",
        r"(?:troops|forces|army|armed\s+forces|units|soldiers)\s+of\s+the\s+Russian\s+Federation",
        r"(?:Russia|Moscow)['’]s(?=\s+(?:advance|gain|assault|attack|offensive|push|counterattack|counter-attack|breakthrough|hold|grip|control)\w*)",
        r"(?:Russian|Russia|Moscow)(?=-(?:held|controlled|occupied|claimed)\b)",
        # forces backed by Russia are its side ("Russian-backed forces", "Moscow-backed separatists")
        r"(?:Russian|Russia|Moscow|Kremlin)-backed\s+(?:forces|troops|separatists|fighters|militants|rebels|militias?)\b",
        r"(?<=by\s)(?:Russia|Moscow)\b(?!['’])",
        r"(?<=контролем\s)(?:РФ|Росії|России|Москви|Москвы)\b",  # «під контролем рф»: the country holds it
        # the country in the instrumental is an agent («потерю Россией Радьковки», «захоплене Росією»), not after «с»
        r"(?<!\bс\s)(?<!\bз\s)(?<!\bсо\s)(?<!\bзі\s)(?<!\bіз\s)(?<!между\s)(?<!між\s)(?:Россией|Росією)\b",
        r"Russians\b",
        r"occupiers\b",
        r"occupants\b",  # a translation of «окупанти»
        r"invaders\b",
        r"Wagner\b",
        r"(?:battle)?group\w*\s+(?:of\s+forces\s+)?(?:'|\"|‘|“)?(?:Center|Centre|East|South|West|North|Dnepr)\w*",
        r"(?:'|\"|‘|“)?(?:Southern|Eastern|Western|Northern|Central)(?:'|\"|’|”)?\s+(?:battle)?group\w*",
    ),
    "enemy": (
        r"ворож\w*",
        r"ворог\w*",
        r"противник\w*",
        r"враг\w*",
        r"вражеск\w*",
        r"enemy\b",
        r"супротивник\w*",
        r"агресор\w*",
        r"агрессор\w*",
        r"aggressor\w*",
    ),
    "own": (
        r"наш(?:і|их|им|ими|ого|ому|а|е|ий|у)?\s+(?:воїн\w*|війська|військ\w*|захисник\w*|оборонц\w*|бійц\w*|підрозділ\w*|сил\w*|хлопц\w*)",
        r"наш(?:и|их|им|ими|его|ему|а|е|ей)?\s+(?:войск\w*|военн\w*|бойц\w*|подразделени\w*|сил\w*|штурмовик\w*)",
        r"our\s+(?:forces|troops|soldiers|defenders|warriors|units|fighters)",
        r"(?:бригад|ОМБр|ОШБр|ОДШБр|ОМПБр|ОМСБр|полк)\w*",
        r"brigade\b",
        r"regiment\b",
    ),
}

# Words in front of an actor that make it the side that lost the ground (зачищено від росіян, cleared of Russians).
# A side's adjective inside a phrase of control ("under Russian control", "under the Ukrainian flag"): the holder.
HOLDER_ADJECTIVES: Final[dict[str, tuple[str, ...]]] = {
    "ua": (r"Ukrain\w*", r"Kyiv\w*", r"україн\w*", r"украин\w*"),
    "ru": (r"Russia\w*", r"Moscow\w*", r"російськ\w*", r"российск\w*", r"русск\w*", r"окупант\w*", r"оккупант\w*"),
}
# A force noun before the side it belongs to («подразделения ВСУ», «підрозділи ЗСУ», "units of"): one word.
FORCE_NOUN: Final = (
    r"(?:подразделени|підрозділ|бійц|бойц|військов|военн|частин|части|войск|військ)\w*|units|troops|forces"
)
# A word that may stand between a verb of motion and the side after it («проникли перші російські групи», «вошли
# отдельные подразделения ВСУ»): an ordinal or a quantifier.
MOTION_GAP_WORD: Final = (
    r"(?:перш|перв|нов|окрем|отдельн|невелик|небольш|кільк|нескольк|чергов|очередн)\w*|first|new|small|several|some"
)
# Between a speaker's noun and a side right after it, on one line: the side is the speaker's title («Речник Сил
# оборони», "spokesman for the Ukrainian forces"). Case-sensitive.
TITLE_GAP: Final = r"[ \t\u00a0]*(?:(?:of|for|from)[ \t\u00a0]+(?:the[ \t\u00a0]+)?)?"
LOSER_PREPOSITIONS: Final = r"(?:від|од|от|из|з|із|у|of|from|against|проти|против)\s+(?:the\s+)?$"
# Words in front of an actor that make it the agent of a passive (liberated by the 80th brigade, силами 80-ї бригади).
AGENT_PREPOSITIONS: Final = r"(?:by|(?:units|subunits|troops)\s+(?:of|from)|силами|силам|бійцями|воїнами|підрозділами|подразделениями|by\s+the\s+forces\s+of)\s+(?:the\s+)?$"
# Heads that make a following actor an object, not the subject (обороны противника, атаки ворога), and verbs done to
# a side ("encircled Russian forces, cleared X and liberated Y": the Ukrainians liberated it; «оточили росіян»).
_OBJECT_NOUNS: Final = r"оборон|атак|штурм|позиц|тил|тыл|рубеж|втрат|потер|контратак|наступ|просуван|продвижени|уничтожени|знищенн|формировани|угрупован|группировк|натиск|напор|тиск|опорн|укріп|укреп|окоп|бліндаж|блиндаж|фортифікац|фортификац|опір|опору|сопротивлен|resistance"
_OBJECT_VERBS: Final = (
    r"encircl|surround|trapp|defeat|rout|ambush|(?<!\w)(?:pushed|drove|driven|forced)(?=\w*\s+(?:the\s+)?\w+\s+(?:back|out))"
    r"|оточил|оточують|оточили|окружил|окружают|розгроми|разгроми|знищил|знищили|уничтожил|уничтожили"
    # holding a side back («стримують військових РФ у X, відбивають атаки»: the holder is the subject)
    r"|стриму|стримал|сдержива|сдержал|зупиня|зупинил|останавлива|остановил|(?<!\w)(?:stopped|halted|holding\s+back)"
)
OBJECT_HEADS: Final = rf"(?:{_OBJECT_NOUNS}|{_OBJECT_VERBS})\w*\s+(?:the\s+)?$"

# Capitals that stand for their governments (metonymy: «Київ заперечує», "Moscow claimed", «в Кремле заявили»):
# (the name as a subject, the name after «у/в», speaker, side). So used, the name is a claimant, never the place of a
# claim; as a place it is governed by a preposition ("in Kyiv", «під Києвом») or is the object of a claim verb.
CAPITALS: Final = (
    (r"Київ|Киев|Kyiv|Kiev", r"Києві|Киеве", "Ukraine", "ua"),
    (r"Москва|Moscow", r"Москві|Москве", "Russia", "ru"),
    (r"Кремль|Kremlin", r"Кремлі|Кремле", "Kremlin", "ru"),
    (
        r"Вашингтон|Washington|White\s+House|Білий\s+дім|Белый\s+дом",
        r"Вашингтоні|Вашингтоне|Білому\s+домі|Белом\s+доме",
        "United States",
        "other",
    ),
)
# What makes a capital the subject of a clause: a finite verb right after it (with a negation or an adverb between).
_SUBJECT_ADVERBS: Final = r"(?:(?:не|вже|уже|також|также|тоже|теж|офіційно|официально|ще|еще|ещё|нібито|якобы|це|это|цього|этого|цю|эту|not|also|officially|already|now|reportedly|meanwhile|again|later|quickly|immediately|firmly|has\s+not|had\s+not|did\s+not)\s+){0,2}"
FINITE_VERB_UK_RU: Final = r"[а-яіїєґё'’]{3,}(?:в|ла|ли|ло|є|ює|ує|ать|ить|ять|ет|ёт|ют|ят|ит|ут|ють|ся|сь)(?!\w)"
_FINITE_VERB_EN: Final = (
    r"(?:has|had|have|is|was|were|will|would|could|can|did|does|says|said|claims|denies|insists|admits|confirms"
    r"|announces|reports|rejects|refutes|dismisses|disputes|stresses|warns|accuses|responds|wants|hopes|believes"
    r"|[a-z]{3,}ed)(?!\w)"
)
_SPEECH_STEMS: Final = (
    r"(?:заяв|повідом|підтвер|запереч|спростов|спростув|наголош|наголос|визна|комент|прокомент|відпов|стверджу"
    r"|сообщ|подтвер|отрица|опроверг|утвержда|призна|коммент|прокоммент|ответ|отмет|зазнач)\w*"
)
_METONYMY: Final = tuple(
    (pattern, name, side)
    for subject, located, name, side in CAPITALS
    for pattern in (
        rf"(?:{subject})(?=\s+{_SUBJECT_ADVERBS}(?:{FINITE_VERB_UK_RU}|{_FINITE_VERB_EN}))",
        rf"(?:{subject})['’]s\b(?!\s+(?:forces|troops|army|soldiers|units|defenders|military|positions|defen[cs]es?|lines?)\b)",
        rf"(?:{subject})['’]s\s+(?:forces|troops|army|military|officials?|general\s+staff|defen[cs]e\s+ministry)\s+(?:has\s+|have\s+)?(?:said|say|says|claimed|claims|reported|announced|denied|confirmed)\b",
        rf"(?:офіційн|официальн|official)\w*\s+(?:{subject})",
        rf"(?:(?<=у\s)|(?<=в\s)|(?<=во\s)|(?<=in\s))(?:{located}|{subject})\s+(?:\w+\s+)?{_SPEECH_STEMS}",
    )
)

# Who speaks: (pattern, speaker, side). The first match in a sentence names its claimant.
# The endings of a settlement named after a person (Грековка, Рогове, Волошине, Гладковичі, Маляревщина): a speaker's
# name that ends so is the place («в районах Андреевки, Грековки»), not the person.
TOPONYM_ENDINGS: Final = (  # alternatives, each a fixed-width lookbehind (patterns.py)
    "вка|вки|вці|вку|вке|вкою|вкой|ове|ово|ое|іне|ине|ино|ичі|ичи|щина|щини|щину|щині|ське|ское|ового|овому|иного|иному"
    "|іного|іному"
)
SPEAKERS: Final[tuple[tuple[str, str, str], ...]] = (
    (
        r"(?:Генштаб\w*|Генеральн\w+\s+штаб\w*)\s+(?:ВС\s+РФ|Вооруженных\s+сил\s+(?:России|РФ)|России|РФ)",
        "Russian General Staff",
        "ru",
    ),
    (r"(?:Russia['’]?s|Russian)\s+General\s+Staff", "Russian General Staff", "ru"),
    (r"Герасимов\w*|Gerasimov", "Gerasimov", "ru"),
    (
        r"Минобороны|Міноборони\s+(?:Р|рос)\w*|МО\s+РФ|Министерств\w*\s+обороны\s+(?:Р|рос)\w*|Міністерств\w*\s+оборони\s+(?:Р|рос)\w*"
        r"|оборонн\w+\s+ведомств\w*|военн\w+\s+ведомств\w*|Russia['’]?s\s+(?:Ministry\s+of\s+Defen[cs]e|Defen[cs]e\s+Ministry)"
        r"|Russian\s+(?:Ministry\s+of\s+Defen[cs]e|Defen[cs]e\s+Ministry|MoD)|(?:the\s+)?ministry\s+said"
        r"|Ministry\s+of\s+Defen[cs]e\s+of\s+(?:Russia|the\s+Russian\s+Federation)",
        "Russian MoD",
        "ru",
    ),
    (r"Конашенков\w*|Konashenkov", "Konashenkov", "ru"),
    (r"Шойгу|Shoigu", "Shoigu", "ru"),
    (r"Белоусов\w*|Belousov", "Belousov", "ru"),
    (r"Пушилин\w*|Пушилін\w*|Pushilin", "Pushilin", "ru"),
    # the occupation's legislatures («депутат Законодательного собрания Запорожской области», «Народного совета ДНР»)
    (
        r"Законодательн\w*\s+собрани\w*|Народн\w*\s+(?:совет|рад)\w*\s+(?:ДНР|ЛНР)",
        "occupation authorities",
        "ru",
    ),
    (r"Сальдо|Saldo", "Saldo", "ru"),
    (r"Рогов\w*|Rogov", "Rogov", "ru"),
    (r"Царьов\w*|Царев\w*|Царёв\w*|Tsarev|Tsaryov", "Tsarev", "ru"),  # a pro-Russian former Rada deputy
    (r"Пригожин\w*|Prigozhin", "Prigozhin", "ru"),
    (r"Гладков\w*|Gladkov", "Gladkov", "ru"),
    (r"Балицк\w*|Balitsk\w*", "Balitsky", "ru"),
    (r"Гагин\w*|Gagin", "Gagin", "ru"),
    (r"Греков\w*|Grekov", "Grekov", "ru"),
    (r"Песков\w*|Peskov|Кремл(?!івськ|евск)\w*|Kremlin", "Kremlin", "ru"),  # not the adjective: «кремлівська»
    (r"Путин\w*|Путін\w*|Putin", "Putin", "ru"),
    # the press and independent observers speak for themselves (LABELING: journalists, analysts -> other)
    (
        r"(?:військов\w*|воєнн\w*)\s+(?:кореспондент\w*|оглядач\w*|експерт\w*|аналітик\w*)"
        r"|Ukrainian\s+(?:war\s+correspondents?|military\s+(?:observers?|experts?|analysts?)|journalists?)",
        "the press",
        "other",
    ),
    (
        r"военкор\w*|військкор\w*|військор\w*|воєнкор\w*|war\s+correspondents?|milbloggers?|military\s+bloggers?",
        "Russian milbloggers",
        "ru",
    ),
    (
        r"(?:российск|русск)\w*\s+(?:канал\w*|пабли\w*|Z-канал\w*)|(?:російськ)\w*\s+(?:канал\w*|пабліки|пабліках)|Russian\s+(?:channels|bloggers)",
        "Russian milbloggers",
        "ru",
    ),
    (
        r"(?:окупант|оккупант|росіян|россиян|рашист)\w*\s+(?:\w+\s+)?(?:заяв|стверджу|утвержда|хвал|похвал)\w*"
        r"|(?:російськ|российск)\w*\s+(?:пропагандист|блогер|ЗМІ|СМИ|медіа|пабл)\w*"
        r"|пропагандист(?:и|ів|ам|ами|ах|а|у|ом|ы|ов)?(?!\w)",  # the noun: «пропагандистська спроба» says nothing
        "Russian propaganda",
        "ru",
    ),
    (
        rf"(?:Russia|Moscow|(?:the\s+)?Russians)\s*{_ASIDE}(?:had\s+|has\s+|have\s+)?{_ADVERB}(?:have\s+|has\s+|had\s+)?(?:said|says|say|claimed|claims|claim|announced|denied|denies|deny|rejected|dismissed|insisted|confirmed|refuted|refutes|refute|rebutted|disputed|disputes)|Россия\s+заяв\w*|Москва\s+заяв\w*"
        rf"|(?:the\s+)?Russian\s+(?:military|army|officials|forces|authorities)\s+{_ADVERB}(?:has\s+)?(?:said|says|claimed|claims|announced|reported)|(?:the\s+)?Russian\s+(?:command|side)\b|(?:російськ|российск)\w*\s+(?:командуванн|командовани)\w*|Russia['’]?s\s+officials|Russia['’]?s\s+(?:military|army|armed\s+forces){_SPEAKS}|Російська\s+сторона|российская\s+сторона|по\s+данным\s+российск\w*|according\s+to\s+the\s+Russian",
        "Russia",
        "ru",
    ),
    (
        r"ISW|Інститут\w*\s+вивчення\s+війни|Институт\w*\s+изучения\s+войны|Institute\s+for\s+the\s+Study\s+of\s+War",
        "ISW",
        "other",
    ),
    (r"Deep\s?State|Діп\s?[Сс]тейт|Дип\s?[Сс]тейт", "DeepState", "other"),
    (r"(?:OSINT-?\s*)?(?:аналітики|аналитики|analysts)\b", "analysts", "other"),  # plural: a project's analysts
    (
        r"Центр\w*\s+протидії\s+дезінформації|ЦПД\b|Центр\w*\s+противодействия\s+дезинформации"
        r"|Cent(?:er|re)\s+for\s+Countering\s+Disinformation",
        "Center for Countering Disinformation",
        "ua",
    ),
    (r"Сирськ\w*|Сырск\w*|Syrsk\w*", "Syrskyi", "ua"),
    (r"Генштаб\w*|Генеральн\w+\s+штаб\w*|General\s+Staff", "General Staff", "ua"),
    (
        r"речник\w*(?!\s+(?:Кремля|Пєскова|Міноборони\s+(?:Росії|РФ)|російськ\w*|МЗС\s+(?:Росії|РФ)))",
        "Ukrainian military spokesperson",
        "ua",
    ),
    (r"Маляр\w*|Maliar|Malyar|Maliarо", "Maliar", "ua"),
    (r"Єрмак\w*|Ермак\w*|Yermak", "Yermak", "ua"),
    (r"Зеленськ\w*|Зеленск\w*|Zelensk\w*", "Zelensky", "ua"),
    (r"Ковал(?:ьов|ев)\w*|Kovalov|Kovalyov|Kovalev", "Kovalov", "ua"),
    (r"Євлаш\w*|Евлаш\w*|Yevlash", "Yevlash", "ua"),
    (r"Череват\w*|Cherevat\w*", "Cherevatyi", "ua"),
    (r"Трегубов\w*|Trehubov|Tregubov", "Trehubov", "ua"),
    (r"Тарнавськ\w*|Тарнавск\w*|Tarnavsk\w*", "Tarnavskyi", "ua"),
    (r"Волошин\w*|Voloshyn", "Voloshyn", "ua"),
    (r"Залужн\w*|Zaluzhn\w*", "Zaluzhnyi", "ua"),
    (r"Буданов\w*|Budanov", "Budanov", "ua"),
    (r"Гуменюк\w*|Humeniuk", "Humeniuk", "ua"),
    (r"Синєгубов\w*|Синегубов\w*|Syniehubov|Synegubov|Syniegubov", "Syniehubov", "ua"),
    (
        r"Сили\s+оборони\s+(?:півдня|Півдня)|Силы\s+обороны\s+юга|Defen[cs]e\s+Forces\s+of\s+the\s+South",
        "Defense Forces of the South",
        "ua",
    ),
    (r"Лют[ьі]\b|Lyut|Liut", "Lyut brigade", "ua"),
    (r"Хортиц\w*|Khortytsia|Khortytsya", "Khortytsia group", "ua"),
    # Ukraine's Joint Forces («Угруповання об'єднаних сил», «Группировка объединенных сил», "the Joint Forces Group")
    (
        r"(?:Угрупован\w*|Группировк\w*|Операці\w*|Операци\w*)\s+(?:об[’'ʼ]?єднаних|объединенных|объединённых)\s+сил"
        r"|Joint\s+Forces\s+(?:Group|Operation|Task\s+Force)",
        "Joint Forces Group",
        "ua",
    ),
    # Ukraine's operational commands («в оперативному командуванні «Схід»», «ОК «Південь»», "Operational Command South")
    (
        r"(?:оперативн\w*\s+командуванн\w*|оперативн\w*\s+командовани\w*|ОК)\s*[«\"“]?(?:Схід|Південь|Північ|Захід|Восток|Юг|Север|Запад)\b"
        r"|Operational\s+Command\s+[\"“]?(?:East|South|North|West)\b",
        "Ukrainian operational command",
        "ua",
    ),
    (r"Таврі[яї]\w*|Tavria", "Tavria group", "ua"),
    (r"Жорін\w*|Zhorin", "Zhorin", "ua"),
    (r"Бородін\w*|Borodin", "Borodin", "ua"),
    (r"Скибчик\w*|Skybchyk", "Skybchyk", "ua"),
    (
        rf"(?:Ukraine|Kyiv|Kiev)\s*{_ASIDE}(?:had\s+|has\s+)?{_ADVERB}(?:has\s+|had\s+)?(?:said|says|claimed|announced|reported|denied|denies|rejected|dismissed|insisted|confirmed|refuted|refutes|rebutted|disputed|disputes)|(?:Україна|Київ|Киев|Украина)\s+(?:\w+\s+)?(?:заяв|оголош|повідом|объяв|сообщ)\w*"
        rf"|Украина\s+заяв\w*|(?:the\s+)?Ukrainian\s+(?:military|army|officials|forces|General\s+Staff)\s+{_ADVERB}(?:has\s+)?(?:said|says|announced|reported|denied|denies|rejected|dismissed|confirmed|claimed)|(?:у|в)\s+(?:ЗСУ|ВСУ|Силах\s+оборони)\s+(?:заяв|повідом|спростув|підтвер|сообщ|опроверг|подтверд)\w*|(?:заяв|повідом|спростув|підтвер|сообщ|опроверг|подтверд)\w*\s+(?:у|в)\s+(?:ЗСУ|ВСУ|Силах\s+оборони)\b"
        r"|Ukraine['’]?s\s+(?:defen[cs]e\s+ministry|officials)"
        rf"|Ukraine['’]?s\s+(?:military|army|armed\s+forces){_SPEAKS}"  # not the force as the subject
        # Ukraine's defence ministry by its adjective or name («в украинском Министерстве обороны», «Міноборони
        # України», "the Ukrainian Defence Ministry")
        r"|(?:українськ|украинск)\w*\s+(?:Міністерств\w*\s+оборони|Министерств\w*\s+обороны|Міноборони|Минобороны)"
        r"|(?:Міністерств\w*\s+оборони|Министерств\w*\s+обороны|Міноборони|Минобороны)\s+(?:Україн|Украин)\w*"
        r"|Ukrainian\s+(?:Ministry\s+of\s+Defen[cs]e|Defen[cs]e\s+Ministry)|Ministry\s+of\s+Defen[cs]e\s+of\s+Ukraine"
        r"|(?:українськ|украинск)\w*\s+(?:військов|военн|захисник|сторон|командуван|командован)\w*\s+(?:заяв|повідом|сообщ|підтвер|подтвер|спростув|опроверг|отриц|запереч)\w*"
        # Ukraine's forces as the speech verb's subject («ЗСУ спростували заяви Кремля»)
        r"|(?<!\w)(?:ЗСУ|ВСУ|Сили\s+оборони|Силы\s+обороны)\s+(?:\w+\s+)?" + _SPEECH_STEMS + r"(?!\w)"
        # the verb (and its date) before a unit of Ukraine's forces it was said in («що спростували 31 грудня в
        # 1-му корпусі НГУ»)
        r"|(?<!\w)(?:заяв|повідом|спростув|підтверд|сообщ|опроверг|подтверд)\w*(?:\s+\d{1,2}\s+\w+)?\s+(?:у|в)\s+"
        r"(?:[\w-]+\s+)?(?:корпус|бригад|батальйон|батальон|полк|угрупованн|группировк|дивізі|дивизи)\w*\s+"
        r"(?:НГУ|ЗСУ|ВСУ|ДШВ|Нацгвард\w*|Національн\w+\s+гвард\w*|Национальн\w+\s+гвард\w*\s+Украин\w*)(?!\w)"
        # the verb first («..., заявило українське командування»)
        r"|(?<!\w)(?:заяв|повідом|сообщ|підтверд|подтверд|спростув|опроверг)\w*\s+(?:українськ|украинск)\w*\s+"
        r"(?:військов|военн|сторон|командуван|командован)\w*",
        "Ukraine",
        "ua",
    ),
    # a defender («один із учасників української оборони», «участник обороны Мариуполя»)
    (r"(?:учасник|участник)\w*\s+(?:(?:української|украинской)\s+)?оборон[иы]\b", "Ukrainian defender", "ua"),
    # the forces' leadership as the subject («Керівництво Збройних сил України спростовує», «Командование ВСУ заявило»)
    (
        r"(?:керівництв|командуванн|руководств|командовани)\w*\s+(?:Збройних\s+сил(?:\s+України)?|ЗСУ|Сил\s+оборони"
        r"|ВСУ|Вооруж[её]нных\s+сил\s+Украины|Сил\s+обороны)(?=\s+(?:\w+\s+)?(?:" + _SPEECH_STEMS + r"))"
        # "the Ukrainian eastern command", "Ukraine's Eastern Command"
        r"|(?:Ukrainian|Ukraine['’]s)\s+(?:(?:eastern|southern|northern|western|military|army|operational)\s+)?command\b",
        "Ukrainian military command",
        "ua",
    ),
    # a government's minister or official named by the country («Министр МВД Украины», «міністр оборони Росії»)
    (
        r"(?:міністр|министр|заступник\w*\s+міністр|заместител\w*\s+министр)\w*\s+(?:[\w-]+\s+){0,3}?(?:України|Украины)\b",
        "Ukrainian government",
        "ua",
    ),
    (
        r"(?:міністр|министр)\w*\s+(?:[\w-]+\s+){0,3}?(?:Росії|России|РФ)\b",
        "Russian government",
        "ru",
    ),
    # a side's official named by the side's adjective: "a Ukrainian military spokesman", "the spokesman for
    # Ukraine's eastern command", "a Russian commander"
    (
        r"(?:a|an|the)\s+(?:senior\s+|top\s+)?Ukrainian\s+(?:military\s+|army\s+|armed\s+forces\s+|defen[cs]e\s+|brigade\s+)?"
        r"(?:spokes(?:man|woman|person)|commander|officer|official|serviceman|soldier)\b"
        r"|(?:spokes(?:man|woman|person)|commander|head)\s+(?:for|of)\s+(?:the\s+)?(?:Ukraine['’]s|Ukrainian)\s",
        "Ukrainian military",
        "ua",
    ),
    (
        r"(?:a|an|the)\s+(?:senior\s+|top\s+)?Russian\s+(?:military\s+|army\s+|armed\s+forces\s+|defen[cs]e\s+)?"
        r"(?:spokes(?:man|woman|person)|commander|officer|official|serviceman|soldier)\b"
        r"|(?:spokes(?:man|woman|person)|commander|head)\s+(?:for|of)\s+(?:the\s+)?(?:Russia['’]s|Russian)\s",
        "Russian military",
        "ru",
    ),
    # a spokesman, commander or officer of a side's forces named after the title («спикер 8-го корпуса ДШВ ВСУ»,
    # «командир роти 47-ї бригади ЗСУ», «представитель группировки войск «Север»»)
    (
        rf"{_ROLE}\s+(?:[\w’'«»\"-]+\s+){{0,6}}?(?:ЗСУ|ВСУ|ДШВ|НГУ|Сил\w*\s+оборон\w*|Нацгвард\w*)(?!\w)",
        "Ukrainian military",
        "ua",
    ),
    (
        rf"{_ROLE}\s+(?:[\w’'«»\"-]+\s+){{0,6}}?(?:ВС\s+РФ|ЗС\s+РФ|Минобороны\s+(?:России|РФ)|Міноборони\s+(?:Росії|РФ)"
        r"|(?:группировк\w*|угруповання)\s+(?:войск\s+|військ\s+)?[«\"“]?(?:Север|Восток|Юг|Запад|Центр|Днепр))",
        "Russian military",
        "ru",
    ),
    # titles that name a side's officials, spokesmen and the occupation authorities, and outlets of each side
    (
        r"(?:начальник|голов|очільник|керівник|заступник)\w*\s+(?:[\w’'-]+\s+){0,4}(?:військов\w*\s+адміністрац\w*|ОВА|МВА|ОДА|облради|обласн\w*\s+(?:рад|державн)\w*)"
        r"|радни\w*\s+(?:[\w’'-]+\s+){0,3}(?:ОВА|облради|голови)",
        "Ukrainian official",
        "ua",
    ),
    (
        r"ОСУВ\b|ОСГВ\b|оперативно-стратегічн\w*\s+угрупован\w*|(?:Operational[- ]Strategic|operational-strategic)\s+Group\w*"
        r"|оперативно-стратегическ\w*\s+группировк\w*\s+(?:войск\s+)?[«\"“]?(?:Днепр|Хортиц|Тавр|Одес|Север|Восток)",
        "Ukrainian operational group",
        "ua",
    ),
    (r"Штупун\w*|Shtupun", "Shtupun", "ua"),
    (r"Дмитрашківськ\w*|Дмитрашковск\w*|Dmytrashkivsk\w*", "Dmytrashkivskyi", "ua"),
    (r"Лихов(?:ий|ого|ому|им|ой)\b|Lykhov(?:yi|ii|y)", "Lykhovyi", "ua"),
    (r"Фітьо|Фитьо|Fityo", "Fityo", "ua"),
    (r"Плетенчук\w*|Pletenchuk", "Pletenchuk", "ua"),
    (r"Саранцев\w*|Sarantsev", "Sarantsev", "ua"),
    (r"Лисак\w*|Lysak", "Lysak", "ua"),
    (r"Філашкін\w*|Филашкин\w*|Filashkin", "Filashkin", "ua"),
    (r"Прокудін\w*|Прокудин\w*|Prokudin", "Prokudin", "ua"),
    (r"Гайда(?:й|я|ю|єм)\b|Haidai|Gaidai", "Haidai", "ua"),
    (
        r"(?:глав|руководител|начальник|заместител|представител|советник|врио|очільник|ватаж|керівник|голов)\w*\s+(?:[\w’'«»\"-]+\s+){0,5}[«\"]?(?:ДНР|ЛНР|Д/ЛНР|Народн\w+\s+(?:милици|міліці)\w*|военно-гражданск\w*\s+администрац\w*|ВГА\b|окупаційн\w*\s+(?:адміністрац|влад)\w*|оккупационн\w*\s+(?:администрац|власт)\w*)"
        r"|(?:власти|влада|власт\w*|руководств\w*)\s+(?:самопровозглашенн\w*\s+|самопроголошен\w*\s+)?[«\"]?(?:ДНР|ЛНР)"
        r"|(?:(?<=в\s)|(?<=у\s))[«\"]?(?:ДНР|ЛНР)[»\"]?\s+(?:\w+\s+)?(?:заяв|сообщ|подтвер|повідом|підтвер|утвержда|стверджу)\w*"
        r"|Народн\w+\s+(?:милици|міліці)\w*|People['’]s\s+Militia|гауляйтер\w*|occupation\s+(?:authorities|officials?|head|leader)|(?:Russian|Moscow)-(?:installed|appointed)\s+(?:\w+\s+){0,2}(?:officials?|head|leader|governor|authorities)",
        "occupation authorities",
        "ru",
    ),
    (
        r"(?:according\s+to|(?:noted|reported|stated|said|announced)\s+by)\s+(?:the\s+)?Ukrain\w*\s+(?:military|army|armed\s+forces|side|officials|command|defen[cs]e\s+forces)"
        r"|the\s+Ukrainian\s+side\s+(?:said|says|reported|claimed|denied|confirmed)"
        r"|(?:за\s+даними|за\s+словами|по\s+данным|по\s+словам|со\s+слов)\s+(?:українськ|украинск)\w*\s+(?:військов|военн|сторон|командуван|командован|захисник|защитник)\w*",
        "Ukraine",
        "ua",
    ),
    (
        r"(?:(?:noted|reported|stated|said|announced)\s+by)\s+(?:the\s+)?Russian\s+(?:military|army|armed\s+forces|side|officials|command)"
        r"|the\s+Russian\s+side\s+(?:said|says|reported|claimed|denied|confirmed)"
        r"|(?:за\s+даними|за\s+словами|по\s+словам|со\s+слов)\s+(?:російськ|российск)\w*\s+(?:військов|военн|сторон|командуван|командован)\w*",
        "Russia",
        "ru",
    ),
    (r"Басурин\w*|Басурін\w*|Basurin", "Basurin", "ru"),
    (r"Марочк\w*|Marochko", "Marochko", "ru"),
    (r"Кимаковск\w*|Кімаковськ\w*|Kimakovsk\w*", "Kimakovsky", "ru"),
    (r"Пасечник\w*|Пасічник\w*|Pasechnik", "Pasechnik", "ru"),
    (r"Кадыров\w*|Кадиров\w*|Kadyrov|Алаудинов\w*|Alaudinov", "Kadyrov", "ru"),
    (
        r"Рыбар\w*|Рибар\w*|Rybar|Два\s+майора|Two\s+Majors|WarGonzo|Поддубн\w*|Піддубн\w*|Poddubn\w*|Сладков\w*|Sladkov"
        r"|Военн\w+\s+хроник\w*|Military\s+Chronicle|Readovka|Рідовк\w*|Ридовк\w*"
        r"|росджерел\w*|(?:російськ|проросійськ)\w*\s+джерел\w*|(?:российск|пророссийск)\w*\s+источник\w*|(?:pro-)?Russian\s+sources",
        "Russian milbloggers",
        "ru",
    ),
    (
        r"(?:російськ|российск)\w*\s+(?:Міністерств|Министерств|міноборон|минобороны|оборонн)\w*|МО\s+(?:Росії|России)\b|Russian\s+(?:defen[cs]e\s+)?ministry",
        "Russian MoD",
        "ru",
    ),
    (
        r"британськ\w*\s+(?:розвідк|Міноборони|міністерств|військов)\w*|британск\w*\s+(?:разведк|Минобороны|министерств|военн)\w*"
        r"|British\s+(?:military\s+)?(?:intelligence|Defen[cs]e\s+Ministry|Ministry\s+of\s+Defen[cs]e)|UK\s+(?:MoD|Ministry\s+of\s+Defen[cs]e|Defen[cs]e\s+Ministry|defen[cs]e\s+intelligence)"
        r"|Pentagon|Пентагон\w*",
        "foreign officials",
        "other",
    ),
    *_METONYMY,
)

# Reported speech: a sentence of an official channel's own post credits a named speaker only when it quotes or
# reports them ("Генштаб повідомив", «по данным Минобороны»); otherwise a name there is an agent or a subject
# («звільнено силами бригади «Лють»»), and the claim is the channel's own.
SPEECH: Final = (
    r"(?:заяв|повідом|підтвер|наголос|зазнач|уточн|розпов|сказа|допов|оголос|інформ|пише|написа"
    r"|сообщ|подтвер|отмет|уточн|рассказ|доложи|объяв|информир|пишет|написа|говори"
    r"|said|says|announc|report|confirm|stated|told|claim|according\s+to|за\s+даними|по\s+данным|за\s+словами"
    r"|по\s+словам|со\s+слов)\w*"
)

# Words that name a speaker already named («він додав», "he said", «за його словами», «– наголосив речник»): the
# sentence's claim is that speaker's.
SPEAKER_REFERENCES: Final = (
    rf"(?:він|вона|вони|он|она|они|he|she|they)\s+(?:також\s+|также\s+|тоже\s+|теж\s+|also\s+|further\s+|later\s+)?{SPEECH}",
    rf"{SPEECH}\s+(?:він|вона|вони|он|она|они|he|she|they)\b",
    r"за\s+(?:його|її|їхніми)\s+словами|по\s+(?:его|ее|её|их)\s+словам|according\s+to\s+(?:him|her|them)\b",
    rf"{SPEECH}\s+(?:\w+\s+)?(?:речник|спікер|спикер|представник|представитель|командир|майор|полковник|підполковник|подполковник|генерал|офіцер|офицер|посадов|чиновник|військов|военн|the\s+(?:spokes|officer|commander|official|general|colonel|major))\w*",
)
# The first person of a side's own report («наші захисники», "our troops"), as against a unit named (бригада).
FIRST_PERSON: Final = r"(?:наш|our)"
# Names for the other side's forces that only that side's enemies use («окупанти», «рашисти», «боевики ВФУ»): a
# sentence that calls them so speaks as a side's own report, like «противник».
VOICE_NAMES: Final = (
    r"(?:окупант|оккупант|рашист|загарбник|орк(?:и|ів|ам|ами)\b|боевик|неонацист|укронацист|националист|ВФУ)"
)
# A claim noun right before a speaker makes the speaker the owner of a claim someone else reports or refutes, not the
# one who speaks («заяви Кремля», «заявления Минобороны РФ», "reports from the Kremlin", "Russian claims by Moscow").
CLAIM_OWNER_BEFORE: Final = (
    # English needs its preposition: "a claim Ukraine denied" is a relative clause, its speaker speaks
    r"(?<!\w)(?:claims?|reports?|statements?|assertions?|allegations?)\s+(?:of|from|by)\s+(?:the\s+)?"
    r"(?:[\w’'-]+\s+){0,3}$"  # a title between: "statements by Russian dictator Vladimir Putin"
    # (not the message a side speaks in: «йдеться в повідомленні Угруповання», «у заяві Генштабу»)
    r"|(?<!\w)(?<!\bв\s)(?<!\bу\s)(?<!\bво\s)(?:заяв[аиі]|заявам|заявах|заявлени(?:[яйюе]|ям)|твердженн[яюі]"
    r"|утверждени[яйюе]|повідомленн[яюі]|сообщени[яйюе]|реляці[яїй]|реляци[яйи])\s+$"
)
# A claim noun that names its owner by side, not by a speaker («заяви росіян», «російська пропаганда», "Russia's
# claims", «утверждения украинской стороны»): the owner of a claim reported or refuted, as CLAIM_OWNER_BEFORE's.
_CLAIM_NOUN: Final = (
    r"(?:claims?|reports?|statements?|assertions?|allegations?|propaganda|заяв(?:а|и|і|ам|ах|ою)?|заявлени[яйюе]\w*"
    r"|твердженн[яюі]\w*|утверждени[яйюе]\w*|реляці[яїй]\w*|реляци[яйи]\w*|пропаганд[аиуоіы]\w*|вкид\w*|фейк\w*)"
)
_OWNED_EN: Final = r"(?:allegations?|assertions?|propaganda)"  # "Russian state propaganda"; "Russian MoD claims" speaks
# Right after a phrase of denial, the side that denies in the passive ("a claim denied by Ukrainian officials",
# "rejected by Kyiv"): the denier, whoever speaks in the sentence.
DENIED_BY: Final[dict[str, str]] = {
    "ua": r"\s+by\s+(?:the\s+)?(?:Ukrainian\b|Ukraine\b|Kyiv\b|Kiev\b|General\s+Staff\b)",
    "ru": r"\s+by\s+(?:the\s+)?(?:Russian\b|Russia\b|Moscow\b|Kremlin\b)",
}
OWNED_CLAIMS: Final[dict[str, tuple[str, ...]]] = {
    "ru": (
        rf"(?:російськ|российск|кремлівськ|кремлевск)\w*\s+(?:\w+\s+)?{_CLAIM_NOUN}",
        rf"{_CLAIM_NOUN}\s+(?:про\s+\w+\s+)?(?:росіян|россиян|окупантів|оккупантов|рф|росії|россии|москви|москвы|z-\w+"
        r"|російськ\w*\s+(?:сторон|військов|армі|пропагандист|окупант|керівництв|влад|командуван)\w*"
        r"|российск\w*\s+(?:сторон|военн|арми|пропагандист|руковод|власт|командован)\w*"
        # «заяви керівництва країни-агресора», «заявления страны-агрессора», «вкиди агресора»
        r"|(?:(?:керівництв|руковод|влад|власт|командуван|командован)\w*\s+)?(?:(?:країни|держави|страны"
        r"|государства)[-\s]+)?(?:агресор|агрессор)\w*)",
        rf"(?:Russia['’]s|Moscow['’]s|Kremlin['’]s|Russian|pro-Russian)\s+{_CLAIM_NOUN}",
        rf"(?:Russia['’]s|Moscow['’]s|Kremlin['’]s|Russian|pro-Russian)\s+\w+\s+{_OWNED_EN}",
        rf"{_CLAIM_NOUN}\s+(?:by|from|of)\s+(?:the\s+)?(?:Russia\b|Moscow|Kremlin|aggressor\b|Russian\s+(?:side|forces|military|army|officials|defen[cs]e|milbloggers))",
        rf"(?:the\s+)?aggressor(?:\s+state)?['’]s\s+{_CLAIM_NOUN}",
    ),
    "ua": (
        rf"(?:українськ|украинск|київськ|киевск)\w*\s+(?:\w+\s+)?{_CLAIM_NOUN}",
        rf"{_CLAIM_NOUN}\s+(?:про\s+\w+\s+)?(?:всу|зсу|києва|киева|україни|украины|українськ\w*\s+(?:сторон|військов|армі)\w*"
        r"|украинск\w*\s+(?:сторон|военн|арми)\w*)",
        rf"(?:Ukraine['’]s|Kyiv['’]s|Kiev['’]s|Ukrainian)\s+{_CLAIM_NOUN}",
        rf"(?:Ukraine['’]s|Kyiv['’]s|Kiev['’]s|Ukrainian)\s+\w+\s+{_OWNED_EN}",
        rf"{_CLAIM_NOUN}\s+(?:by|from|of)\s+(?:the\s+)?(?:Ukraine\b|Kyiv|Kiev|Ukrainian\s+(?:side|forces|military|army|officials))",
    ),
}
# Words at the start of a sentence that hand the statement just made to the speaker this sentence names
# («Про це повідомив X», «Об этом сообщил X», "This was reported by X").
# A sentence that opens by answering the one before («Проте військові наголошують», "However, ..."): not the same voice.
# A sentence opening that turns from the last speaker: an answer («Проте», "However") or the outlet's own reminder
# («Нагадаємо, що ...», «Напомним», "Recall that"): not the last speaker's words.
REJOINDER: Final = (
    r"[\s«\"“]*(?:проте|однак|але|втім|однако|но|however|but|нагадаємо|нагадаем|напомним|нагадуємо|recall\s+that"
    r"|as\s+a\s+reminder)\b"
)
SPEAKER_AFTER: Final = r"(?:про\s+це|про\s+що|об\s+этом|о\s+чем|о\s+чём|this\s+was|that\s+was|this\s+is\s+according)\b"

# Words that give away whose point of view a text without a named speaker takes.
PERSPECTIVE: Final[dict[str, tuple[str, ...]]] = {
    "ru": (
        r"Народн\w+\s+Республик\w*",
        r"People['’]s\s+Republic",
        r"ДНР",
        r"ЛНР",
        r"DPR",
        r"LPR",
        r"СВО",
        r"киевск\w+\s+режим\w*",
        r"Kyiv\s+regime",
        r"Kiev\s+regime",
        r"Артемовск\w*",
        r"Artemovsk",
        r"боевик\w*",
        r"неонацист\w*",
        r"националист\w*",
        r"укронацист\w*",
        r"ВФУ",
    ),
    "ua": (
        r"окупант\w*",
        r"оккупант\w*",
        r"occupiers?",
        r"occupants?",
        r"invaders?",
        r"рашист\w*",
        r"загарбник\w*",
        r"орк(?:и|ів)\b",
        r"Сил\w*\s+оборон\w*",
        r"Defen[cs]e\s+Forces",
        r"агресор\w*",
        r"аггресор\w*",
        r"ЗСУ",
        # the Ukrainian side's words in Russian too: «враг оккупировал», «Генштаб ВСУ заявляет», DeepState
        r"оккупир\w*",
        r"окупува\w*",
        r"DeepState",
    ),
}
