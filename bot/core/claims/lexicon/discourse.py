"""Data only: clause breaks, words that stand for a place already named, words for a claim being denied."""

from __future__ import annotations

from typing import Final

# Words that stand for a settlement already named (anaphora): «села», "the village", «населенный пункт».
ANAPHORA: Final = (
    r"сел[оаіуе]\b",
    r"селище\w*",
    r"населен\w*\s+пункт\w*",
    r"н\.\s?п\.",
    r"міст[оаі]\b",
    r"город\w*",
    r"посел\w*",
    r"village\b",
    r"town\b",
    r"city\b",
    r"(?:the|this|that)\s+settlement\b",  # not "any settlement", "a peace settlement"
    r"site\b",
    r"місц\w*",
    r"там\b",  # «Усі атаки ворога там відбивають»: the place named before
    # "there" for the place, not the expletive ("there were attacks"; but "attacks there were repelled")
    r"there\b(?=\s+(?:is|are|was|were)\s+\w+ed\b)",
    r"there\b(?!\s+(?:is|are|was|were|has|have|had|will|would|could|may|might|must|seem\w*|appear\w*)\b)",
)
# A pronoun for the place named before, right next to a phrase («її звільнили сили оборони», «освободили его», "retook
# it"): the feminine ones stand for a feminine name only (Кліщіївка; «його», «его» for Бахмут, Роботине).
PRONOUN_BEFORE: Final = r"(?<!\w)(?P<pronoun>її|його|ее|её|его)\s+$"  # searched up to the phrase, ending there
PRONOUN_AFTER: Final = r"\s+(?P<pronoun>її|його|ее|её|его|it)(?!\w)(?!\s+(?:is|was|has|had|would|will)\b)"  # matched
FEMININE_PRONOUNS: Final = frozenset({"її", "ее", "её"})
MASCULINE_PRONOUNS: Final = frozenset({"його", "его"})
# The stand-ins that name a place's kind: a village («село», "the village") is no city, a city («місто», «город»,
# "the city") is one (KATOTTG category M or K); the last place of that kind named is the one meant.
VILLAGE_ANAPHORA: Final = r"сел[оаіуе]\b|деревн\w*|village\b"
CITY_ANAPHORA: Final = r"міст[оаі]\b|город(?:а|е|у|ом)?\b|city\b"
CITY_CATEGORIES: Final = frozenset({"M", "K"})
# Words for a claim being denied ("denied the claim", «спростували цю інформацію», «назвал это вбросом»).
CLAIM_NOUNS: Final = (
    r"claims?",
    r"reports?",
    r"statements?",
    r"information",
    r"заяв\w*",
    r"інформаці\w*",
    r"повідомлен\w*",
    r"твердженн\w*",
    r"сообщени\w*",
    r"информаци\w*",
    r"утверждени\w*",
    r"заявлени\w*",
    r"це",
    r"это",
    r"this",
    r"that",
    r"it",
)
# A demonstrative with a plural settlement noun («ці населені пункти», «эти села», "these villages", "both towns"):
# a claim phrase beside it speaks of every place of the sentence the last place is in.
DEMONSTRATIVE_PLURAL: Final = (
    r"(?:ці|ті|цих|тих|обидва|обидві|обох|зазначені|вказані|эти|этих|те|тех|оба|обе|обоих|данные|указанные|these|those"
    r"|both)\s+(?:\w+\s+)?"
    r"(?:населені\s+пункти|населених\s+пунктів|населенные\s+пункты|населенных\s+пунктов|села|сіл|селища|міста|міст"
    r"|поселки|посёлки|поселков|города|городов|villages|towns|settlements|cities)"
)
# Plural stand-ins: the words refer to every place just named («данные населенные пункты», "these villages").
PLURAL_ANAPHORA: Final = (
    r"(?:населен|населені)\w*\s+пункт(?:ы|и|ів|ов)",
    r"сел(?:а|ах)\b",
    r"селищ(?:а|ах)\b",
    r"villages",
    r"settlements",
    r"towns",
    r"these",
    r"ці\b",
    r"эти\b",
    r"данные",
    r"указанные",
    r"обидва",
    r"оба",
    r"both",
    # plural forms only (not «міста», «города», singular too): «захоплення міст», «захват городов», "the cities"
    r"міст\b",
    r"містах\b",
    r"сіл\b",
    r"с[её]л\b",
    r"городов\b",
    r"городах\b",
    r"cities",
    r"обох",
    r"обоих",
)
# The starts of a sentence that narrow down what the sentence before said, whatever it said it about («Ворог атакував на
# Харківщині. Зокрема, в районі X», "In particular, near X"): its phrase needs no count of settlements.
NARROWING: Final = (
    r"(?:namely|including|in\s+particular)",
    r"(?:серед\s+них|среди\s+них|зокрема|в\s+том\s+числе|у\s+тому\s+числі|в\s+частности|а\s+саме|а\s+именно)",
)
# The start of a sentence that names what the one before only counted («освободили 12 населенных пунктов. Речь
# идет о X, Y», «відійшли з позицій у кількох селах. Йдеться про X, Y», "took three villages. These are X and Y").
ELABORATION: Final = (
    r"(?:йдеться|ідеться|мова\s+(?:йде|іде|йшла))\s+про",
    r"(?:речь\s+(?:ид[её]т|шла))\s+о(?:б)?",
    r"(?:these|they)\s+(?:are|were|include|included)",
    # "Among the settlements named are X, Y", «Серед названих населених пунктів — X, Y»
    r"among\s+(?:the\s+)?(?:settlements|villages|towns|places|them)(?:\s+(?:named|listed|mentioned))?",
    r"(?:серед|среди)\s+(?:названих|названных|згаданих|упомянутых|цих|этих)\s+(?:населених\s+|населенных\s+)?"
    r"(?:пунктів|пунктов|сіл|сел)",
    *NARROWING,
    r"(?:это|це)",
    # «Этими пунктами были X, Y», «Ними стали X, Y», "These were X and Y"
    r"(?:этими|цими)\s+(?:населенными\s+|населеними\s+)?пунктами\s+(?:были|стали|є|були|стали|есть)",
    r"(?:ими|ними)\s+(?:стали|были|були|є)",
    r"(?:this|these)\s+(?:is|was|were|are)",
    # «Эти населенные пункты - X, Y и Z», «Ці села: X, Y», "These villages are X and Y"
    r"(?:эти|ці|these)\s+(?:населенные\s+пункты|населені\s+пункти|села|сёла|селища|поселки|villages|settlements|towns)"
    r"(?:\s*[-–—:]|\s+(?:это|це|are|were|include))",
)
# A count or an indefinite right before a stand-in («три населені пункти», «ще одне село», "a village", "another
# town"): new places, never the one named before (searched in the text before the stand-in, ending there).
COUNT_BEFORE: Final = (
    r"(?<![\w.,])(?:\d{1,3}|дв[аі]|две|три|чотири|четыре|п[’'ʼ]?ять|пять|шість|шесть|сім|семь|кілька|декілька"
    r"|несколько|ряд|ще\s+одн\w*|ещ[её]\s+одн\w*|two|three|four|five|six|several|a\s+number\s+of|a|an|another|one)"
    r"\s+(?!(?:року|роки|років|года|лет|years?)\b)"
    r"(?:[\w’'ʼ-]+\s+)?$"
)
# The words that count settlements in the sentence before such a list («12 населенных пунктов», "three villages").
COUNTED_PLACES: Final = (
    r"населен\w*\s+пункт\w*",
    r"н\.\s?п\.",
    r"сіл\b|сел(?:а|ах|ами)\b|с[её]л\b",
    r"селищ\w*",
    r"посел(?:ки|ков|ках|ками)\b",
    r"деревн\w*|деревен\w*",
    r"villages|settlements|towns|localities|hamlets",
)
# What leads one more item of a report's list after a semicolon, up to its first place ("; and to the west of",
# «; у районі», «; а также около»): the item says what the item before it says.
LIST_ITEM: Final = (
    # a bullet, and a direction whose noun the list leaves out («• на Авдіївському – у районі X»), may lead it
    r"\s*,?\s*(?:[•·▪*]\s*)?(?:на\s+[\w’'ʼ-]+(?:ому|ом)\s*[–—:-]\s*)?"
    r"(?:and\s+|та\s+|і\s+|й\s+|и\s+|а\s+також\s+|а\s+также\s+)?"
    r"(?:(?:to\s+the\s+)?(?:north|south|east|west)(?:-?(?:east|west))?(?:\s+of)?\s+[^;,.]{0,40}?\s+)?"
    r"(?:near|in|at|around|outside|towards?|in\s+the\s+(?:direction|area)s?\s+of|(?:in\s+)?the\s+vicinity\s+of"
    r"|в\s+район(?:і|ах|е)|у\s+район(?:і|ах)|біля|поблизу|поруч\s+з|під|в|у|на|около|возле|под|вблизи|неподалеку\s+от)"
    r"(?:\s+(?:the\s+)?(?:settlements?|villages?|towns?|населен\w*\s+пункт\w*|н\.\s?п\.|сіл|сел\w*|селищ\w*|посел\w*)(?:\s+of)?)?\s*$",
)
# The start of a sentence that adds a new item («Крім того», "In addition", «Водночас»): an outcome told before it
# («обидві спроби зупинено») is not about its places.
ADDITIVE: Final = (
    r"(?:крім|окрім|кроме|помимо)\s+(?:того|цього|этого)",
    r"(?:також|также|а\s+також|а\s+также|водночас|одночасно|тим\s+часом|тем\s+временем|між\s+тим|между\s+тем)",
    r"(?:in\s+addition|additionally|also|meanwhile|elsewhere|separately|at\s+the\s+same\s+time)",
)
# The start of a sentence that opens a direction's item of a daily report («На Покровському напрямку ...», «На
# Курахівському напрямку ...», "In the Pokrovsk sector, ...", "On the Vremivka direction"): an outcome told in the
# items after it is not about its places.
SECTOR_OPENING: Final = (
    r"(?:на|в|у|in|on)\s+(?:the\s+)?[\w’'ʼ-]+\s+(?:напрям\w*|направлени\w*|sector|direction|axis|front)\b"
)
# An attack noun joined to a repelling phrase before it, its verb gapped ("repelled five attacks near X and three
# attacks near Y", «відбили атаку біля X та дві атаки біля Y»): what the conjunction and at most two words (a count)
# leave before the noun, and the nouns themselves.
GAPPED_JOIN: Final = r"(?:,|\s(?:and|та|і|й|и|а\s+також|а\s+также|as\s+well\s+as))\s+(?:[\w’'ʼ-]+\s+){0,2}$"
ATTACK_NOUNS: Final = r"(?:attacks?|assaults?|attempts?|атак[аиуі]?|атаками|штурм(?:и|ів|ов|а)?|спроб[аиу]?)"
# The act of the sentence before, referred to («Это произошло в районе X», «Це сталося біля X», "This happened near
# X"): the place of that act.
EVENT_REFERRED: Final = (
    r"(?:это|це|this|that|все\s+это|усе\s+це)\s+(?:произошло|случилось|сталося|сталось|відбулося|відбулось"
    r"|happened|took\s+place|occurred)"
    # the attacks just told, by a pronoun («Они были предприняты в районах X», «Их удалось зафиксировать у X»,
    # "They were launched near X")
    r"|(?:они|их|вони|їх|they)\s+(?:были\s+|були\s+|were\s+|удалось\s+|вдалося\s+)?(?:предпринят\w*|предприня\w*"
    r"|здійснен\w*|здійсни\w*|зафиксирова\w*|зафіксува\w*|launched|made|carried\s+out|undertaken|mounted)"
)
# Made, said of an attack before its agent ("an attack launched by"): "by" names the attacker, not the repeller.
ATTACK_MADE: Final = r"(?:launched|carried\s+out|mounted|made|conducted)"
# A place that opens a clause of its own after a comma, a preposition before it and a finite verb after it («X під
# контролем ЗСУ, в Y тривають бої»): a phrase before the comma is not about it.
NEW_CLAUSE_BEFORE: Final = r",\s+(?:а\s+)?(?:в|у|во|на|біля|поблизу|під|под|около|возле|у\s+районі|в\s+районе)\s+$"
# A relative clause right after a place («X, яке ворог штурмує», "X, which Russian troops have stormed"; not "where",
# which is about the spot named): its phrase is
# about that place, even one named only as a reference point before ("southwest of X, which ...").
# A relative pronoun between a phrase and a side after it ("the loss of X, whose recapture was announced by Ukraine"):
# the side is the relative clause's agent, not the phrase's.
RELATIVE_WORD: Final = r"(?<!\w)(?:which|whose|who|where|який|яка|яке|які|якого|якої|котор\w*|где|де)(?!\w)"
RELATIVE_AFTER: Final = (
    r"\s*,\s*(?:which|that|як(?:е|ий|а|і|у|ого|ої|ій|им|их|ими)|котор\w+)\b"
    # an apposition with a participle of capture: "Avdiivka, a key town captured by Russia in February", «Авдіївка,
    # місто, захоплене росіянами»
    r"|\s*,\s*(?:a|an|the)\s+(?:[\w’'-]+\s+){1,4}(?=(?:captured|seized|taken|liberated|retaken|recaptured|occupied|lost)"
    r"\s+(?:by|from|in)\b)"
    # or with its own relative clause: "Kherson, a major regional capital that Russian forces had captured"
    r"|\s*,\s*(?:a|an|the)\s+(?:[\w’'-]+\s+){1,4}(?=(?:that|which)\s)"
    r"|\s*,\s*(?:міст[оаі]|сел[оаі]|селищ[еаі]|город[аеу]?|пос[её]л(?:ок|ка|ке))\s+(?:[\w’'-]+\s+)?(?=(?:захоплен|звільнен|окупован|захвачен"
    r"|освобожд|оккупирован)\w*)"
)
# An aside after a place that a comma closes before the phrase ("Rivne, which lies between Pokrovsk and Myrnohrad, is
# under Russian control", «поселок X, расположенный между A и B, находится под контролем»): the phrase after it is
# about the place before it, and the places inside it are reference points. (Not «що»/«что», "where": conjunctions
# and the spot named.)
ASIDE_OPENER: Final = (
    r"\s*,\s*(?:which|who|located|situated|lying|як(?:е|ий|а|і|у|ого|ої|ій|им|их|ими)|котор\w+"
    r"|(?:розташован|расположен|находящ|знаходя?щ)\w*)(?!\w)"
)
# What may stand between the comma that closes such an aside and the phrase: an adverb or two, no conjunction.
ASIDE_TAIL: Final = r"\s*(?:(?!(?:and|і|й|и|та|а|but|але|но)\s)[\w’'-]+\s+){0,2}"
# A pronoun opening a sentence as its subject ("They are approaching X", «Вони просуваються»), or right after a place
# opening it («У Невельського вони також заходять», "Near X they also advanced"): the side named last in the sentences
# before it acts.
PRONOUN_SUBJECT: Final = (
    r"They|Вони|Они|(?:У|В|Біля|Поблизу|Під|На|Возле|Около|Под|Near|In|Around|At)\s+[\w’'ʼ-]+(?:\s+[\w’'ʼ-]+)?"
    r"\s+(?:вони|они|they)"
)
# A count sharing out the attacks the sentence before told, opening a sentence («Три в бік X і одна в бік Y», «Три в
# сторону X», "Three towards X"): its attacker is the side named last before it, as a pronoun's.
COUNT_SUBJECT: Final = (
    r"(?:Одн[аеуі]|Дв[аіе]|Три|Чотири|Четыре|П[’'ʼ]?ять|Пять|One|Two|Three|Four|Five|\d{1,2})\s+"
    r"(?:в\s+бік|у\s+бік|в\s+сторону|в\s+напрямку|у\s+напрямку|в\s+направлении|towards?)\b"
)
# A sentence that says the same of other places («Так само і Вільхівка», «Так же и Ольховка», "Likewise Vilkhivka"):
# what the sentence before claimed, claimed of them.
LIKEWISE: Final = (
    r"(?:Так\s+само(?:\s+[іий])?|Так\s+же(?:\s+и)?|Также\s+и|Аналогічно(?:\s+[іий])?|Аналогично(?:\s+и)?|Likewise,?"
    r"|The\s+same\s+(?:goes|is\s+true)\s+for|Same\s+(?:with|for))\s"
)
# The places just counted, as a pronoun opening the sentence («Освобождены три населенных пункта. Их взяли под
# контроль ...»): that sentence's phrase is what the count before it says.
COUNT_PRONOUN: Final = r"(?:Их|Їх|Они|Вони|They|Them)(?!\w)"
# A sentence opening with a past-tense verb, its subject dropped («Ворог атакував двадцять разів. Намагався прорвати
# оборону поблизу X», «Пытался прорваться к X»): the subject is the side of the sentences before, as a pronoun's.
# Not a surname in «-ов» before its own verb («Конашенков добавил», «Коваленко заявив»): a subject, not a verb.
DROPPED_SUBJECT: Final = (
    r"(?-i:[А-ЯІЇЄҐЁ])[а-яіїєґё'’]{2,}(?:в|ла|ли|вся|лася|лися|лось|лись|лся|лась)(?!\w)"
    r"(?!\s+(?:также\s+|також\s+|ранее\s+|раніше\s+)?[а-яіїєґё'’]{2,}(?:ил|ал|ел|ял|ив|ав|ів|ла|ли|в)(?!\w))"
)
# Words that refer back to the attacks just told («всі вони», «усі атаки», "all of them", «все попытки»): a failure
# said of them is the outcome of those attacks.
ATTACKS_REFERRED: Final = (
    r"(?:всі|усі|все|all)\s+(?:вони|они|of\s+them|(?:ці\s+|эти\s+|these\s+)?(?:атак\w*|штурм\w*|спроб\w*|попытк\w*"
    r"|attacks?|assaults?|attempts?))|(?:ці|эти|these|they)\s+(?:атак\w*|штурм\w*|спроб\w*|попытк\w*|attacks?|assaults?"
    r"|attempts?|were|was)"
)
# A battle for a place right before it («бої ведуться за місто X», «бои за X», "the battle for X"), or the place as
# the epicentre of the fighting («в епіцентрі бойових дій залишається X»): a contest for the place still going on,
# never an attack that an outcome told in another sentence held off.
BATTLE_FOR: Final = (
    r"(?:(?:бо[їи]|боїв|боях|боёв|боев|battles?|fight(?:ing)?|struggle)\s+(?:[\w’'ʼ-]+\s+){0,2}(?:за|for)"
    r"|(?:епіцентр|эпицентр|epicent(?:er|re))\w*\s+(?:[\w’'ʼ-]+\s+){0,3}[\w’'ʼ-]+)\s+[—–-]?\s*"
    r"(?:(?:місто|село|селище|город|поселок|посёлок|the|town|city|village|of)\s+)*$"
)
# A list of places after «за», "for", its fighting told after it («за X, Y та Z тривають бої», "fighting for A and
# B"): a battle for each of them (searched in the sentence before a place of the list, up to it).
FOR_LIST_BEFORE: Final = (
    r"(?<!\w)(?:за|for)\s+(?:(?:the\s+)?(?:(?:місто|село|селище|город|поселок|посёлок|town|city|village)\s+(?:of\s+)?)?"
    r"(?-i:[А-ЯІЇЄҐA-Z])[\w’'ʼ-]*(?:\s+(?-i:[А-ЯІЇЄҐA-Z])[\w’'ʼ-]*)?(?:,\s*|\s+(?:та|і|й|и|and)\s+))*$"
)
# After the place a force withdrew from, where it went: a line, a position, "to" a defence («відійшли з X на рубіж A –
# B», "withdrew from X to mount a defence along the A-B line", «отошли из X к Y»).
DESTINATION: Final = (
    r"(?<!\w)(?:to|towards|along|between|на\s+(?:рубіж|лінію|позиції|рубеж|линию|позиции)|до|к|в\s+сторону|в\s+бік)"
    r"(?!\w)"
)
# Right between a withdrawal and the place: the place it went to («відійшли до X», «отошли к X», "retreated to X").
BARE_DESTINATION: Final = (
    r"\s*(?:to|towards|до|к|ко)\s+(?:the\s+(?:town|city|village)\s+of\s+|(?:міста|села|города|поселка|селища)\s+)?"
)
# Between a withdrawal and a place named by a compass word after it: the new lines it went to («відійшли на нові
# рубежі західніше X», "moved to new frontiers, west of X"): X is what it left behind.
LINES_BEHIND: Final = (
    r"(?<!\w)(?:на|to)\s+(?:[\w’'ʼ-]+\s+){0,2}(?:рубеж\w*|рубіж\w*|позиці\w*|позици\w*|лін\w*|лини\w*|lines?"
    r"|positions?|frontiers?)(?!\w)[^.;]*$"
)
# Adversative breaks: what follows is a different statement (a denial does not reach across them).
# Not "not only ... but also" («не лише ..., а й», «не только ..., но и»), nor «, а також» / «, а также» (and also).
_NOT_ADDING: Final = r"(?!\s+(?:also|й|і|и|також|также)\b)"
# «взяли X, а бойцы «Востока» – поселок Y»: a dash in place of the verb carries the verb before (gapping), no break.
_NOT_GAPPING: Final = r"(?![^,.;:!?]{1,40}\s[—–]\s)"
ADVERSATIVE: Final = (
    r";",
    rf",\s+(?:але{_NOT_ADDING}|а{_NOT_ADDING}{_NOT_GAPPING}|проте|однак|тоді\s+як|но{_NOT_ADDING}|однако|тогда\s+как|while|whereas"
    rf"|but{_NOT_ADDING}|however)\b",
    rf"\s(?:but{_NOT_ADDING}|however|але{_NOT_ADDING}|проте|однак|но{_NOT_ADDING}|однако)\s",
    r"\s(?:while|whereas)\s(?!\w+ing\b)",  # "advance near X while the Russians ...", not "while trying to"
)
# Clause boundaries inside a sentence: a place does not take a phrase across them if its own clause has one.
# A dash breaks a clause, except before a name or a settlement word: «освободили три населенных пункта — поселок X и
# село Y» names what it counted.
_SETTLEMENT_AFTER_DASH: Final = (
    r"(?:посел\w*|посёл\w*|сел[аоі]?\b|селищ\w*|міст[оа]\b|город\w*|н\.\s?п\.|населен\w*|village|town|city|settlement"
    # a count's elided verb: «відбили дві атаки біля X, ще шість – в районі Y», "three more – near Y"
    r"|(?:в|у)\s+район\w*|біля\b|поблизу\b|возле\b|около\b|near\b|around\b"
    # the dash as a copula: «Вовчанськ — під контролем Сил оборони», «Бахмут — наш», "A and B — still under
    # Ukrainian control", «— досі під контролем», «Мирноград — не в оточенні»
    r"|(?:(?:ще|досі|все|еще|ещё|всё|still|remain\w*|are|is)\s+){0,2}(?:під|под|under)\s+(?:[\w’'ʼ-]+\s+){0,2}"
    r"(?:контрол\w*|control)|наш[аеі]?\b"
    # a participle as the predicate («Ірпінь, Буча, Гостомель – звільнені від загарбника», «Ирпень – освобожден»)
    r"|(?:звільнен|визволен|освобожд[её]н|деокупован|деоккупирован|окупован|оккупирован|захоплен|захвачен|liberated"
    r"|captured|occupied)\w*"
    # «Мирноград — (не) в оточенні», "X – not encircled"
    r"|(?:не\s+|not\s+)?(?:(?:в|у)\s+(?:оточенні|окружении|кільці|кольце)|encircled|surrounded))"
)
# A gloss in brackets: one or two words with no digit or hyphen («Вооруженных сил Украины (ВСУ)», «Артемовск (Бахмут)»)
# or a name's other name («Дзержинска (украинское название — Торецк)»); no clause break, the clause runs on through
# it (not "(Ocheretyne-Hrodivka) road", "(6 miles)", "(southwest of occupied Kreminna)").
_GLOSS: Final = (
    r"(?:[^()\s\d-]+(?:\s+[^()\s\d-]+)?|(?:укр\w*\.?\s+|украинское\s+|українська\s+)?(?:название|назва)\s*[—–-]?\s*"
    r"[^()\s]+"
    # where a place lies, by a compass point from another ("(south of Toretsk)", «(на захід від Кремінної)», «(к
    # северу от Бахмута)»): an aside about the name before it, the clause runs on
    r"|(?:(?:north|south)(?:-?(?:east|west))?|east|west)\s+of\s+[^()\s]+(?:\s+[^()\s]+)?"
    r"|(?:на|к)\s+(?:північ|південь|схід|захід|север|юг|восток|запад|северу|югу|востоку|западу)\w*(?:-\w+)?\s+(?:від|от)"
    r"\s+[^()\s]+(?:\s+[^()\s]+)?)\)"
)
SHORT_GLOSS: Final = r"\(" + _GLOSS
_COUNT_AFTER_DASH: Final = (
    r"(?:\d+|одн\w*|один|два|дві|две|три|чотири|четыре|п[’'ʼ]?ять|пять|шість|шесть|сім|семь|one|two|three|four|five)\s"
)
CLAUSE_BREAKS: Final = (
    *ADVERSATIVE,
    r"\((?!" + _GLOSS + ")",
    r"\)",
    # (not a dash before or after a count sharing out the attacks: «чотири атаки — три в напрямку X, одну — в бік Y»)
    r"\s[—–]"  # the lookbehinds after the dash, asked only where there is one
    + "".join(rf"(?<!\s{w}\s[—–])" for w in ("одну", "одна", "один", "дві", "два", "две", "три", "one", "two"))
    + r"\s(?![«\"“]?(?-i:[А-ЯІЇЄҐA-Z]))(?!"
    + _SETTLEMENT_AFTER_DASH
    + ")(?!"
    + _COUNT_AFTER_DASH
    + ")",
)

# Abbreviations whose full stop does not end a sentence (н.п., обл., Gen.).
_ABBREVIATIONS_TEXT: Final = """н.п нп обл р с м смт пгт г ст кв км тис млн ім им ген gen col lt mr ms dr st no vs etc
    e.g i.e ул вул пос див см т.д т.п напр"""
ABBREVIATIONS: Final = frozenset(_ABBREVIATIONS_TEXT.split())

# Month names in every case form, one line per month (uk, ru, en): the date of an event («17 вересня», «в мае», "in
# January"). Whole words only: «майже», «майор», «червоний», "Mayor" are no months.
MONTHS: Final = {
    form: number
    for number, forms in enumerate(
        (
            "січень січня січні січнем январь января январе январём январем january",
            "лютий лютого лютому лютим февраль февраля феврале февралём февралем february",
            "березень березня березні березнем март марта марте мартом march",
            "квітень квітня квітні квітнем апрель апреля апреле апрелем april",
            "травень травня травні травнем май мая мае маем may",
            "червень червня червні червнем июнь июня июне июнем june",
            "липень липня липні липнем июль июля июле июлем july",
            "серпень серпня серпні серпнем август августа августе августом august",
            "вересень вересня вересні вереснем сентябрь сентября сентябре сентябрём сентябрем september",
            "жовтень жовтня жовтні жовтнем октябрь октября октябре октябрём октябрем october",
            "листопад листопада листопаді листопадом ноябрь ноября ноябре ноябрём ноябрем november",
            "грудень грудня грудні груднем декабрь декабря декабре декабрём декабрем december",
        ),
        start=1,
    )
    for form in forms.split()
}
# Month names that are also common words when written in lower case ("may" the verb, "march" the noun).
MONTH_WORDS: Final = frozenset({"may", "march"})
# Month names that are also adjectives («лютий бій», «лютим опором»: fierce): a month only with a day or a year.
MONTH_ADJECTIVES: Final = frozenset({"лютий", "лютим"})
# The ordinal ending of a day before a month: «17-го вересня».
DAY_SUFFIX: Final = r"-?го"
