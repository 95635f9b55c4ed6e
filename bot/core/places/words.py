"""The words around a name that tell a toponym from an ordinary word, an area or a unit (folded with loose())."""

from __future__ import annotations

import re

from bot.core.normalize import loose


def _loose_set(words: str) -> frozenset[str]:
    return frozenset(loose(w) for w in words.split())


# Right before a name, these make it a toponym whatever the name looks like («село Світле», "village of Pobeda").
STRONG_MARKERS = _loose_set(
    "село села селі селом сіл селах с смт селище селища селищі селищем місто міста місті містом м н п нп пункт "
    "пункту пункті пункти пунктів пунктах районі районах районів району район околиці околицях околиць біля "
    "поблизу неподалік під понад вздовж напрямку напрямі напрямок поселок посёлок поселка поселке пгт город "
    "города городе г пункта пункты пунктов пунктах районе района около возле близ под окрестностях вблизи "
    "направлении направление бік сторону village villages town towns city settlement settlements locality localities "
    "near outside around hamlet area areas direction частині частина части частях центрі центре окраине окраинах "
    "окраїні окраїнах південніше північніше західніше східніше южнее севернее западнее восточнее south north "
    "east west southeast southwest northeast northwest outskirts part center centre"
)
# The prepositions among those markers: they make a toponym only of the word right after them («під Бахмутом»),
# or after a capitalised word («під самим Бахмутом» aside), not across a noun («під контролем Сил оборони»).
MARKER_PREPOSITIONS = _loose_set(
    "під понад вздовж біля поблизу неподалік под около возле близ вблизи near outside around"
)
# Between a category marker and a name, these make the marker another place's ("four villages near Lyman", «сёла
# к западу от Лимана»): the name keeps no category.
CATEGORY_BREAKS = MARKER_PREPOSITIONS | _loose_set(
    "від от из із з from toward towards до к південніше північніше західніше східніше южнее севернее западнее "
    "восточнее south north east west southeast southwest northeast northwest"
)
# A capitalised word right after one of these (and not starting a sentence) is taken as a toponym.
PREPOSITIONS = _loose_set(
    "в у на з із зі до від за над через між за в во с со из от к по у о об при in at of from to into toward "
    "towards near outside around between across by"
)
LIST_JOINERS = _loose_set("і й и та а також and or")
# Right after a name these make it an area or a direction adjective, not the settlement («Донецька область»).
AREA_NOUNS = _loose_set(
    "область області областю обл region regions oblast oblasts province district districts raion raions "
    "район району районі районом районе района р н народна народної народной народная республіка республики"
)
# A plural area noun after a coordinated list («Донецькій та Луганській областях», "the Donetsk and Luhansk
# oblasts", «Донецкой и Луганской народных республик»): every member of the list is an area.
AREA_PLURALS = _loose_set(
    "областях областей областям областями oblasts regions provinces districts raions районах районів районами "
    "районов районам народних народных республік республик республиках республіках"
)
# Names that are countries or regions before they are villages: a toponym marker is always required.
ALWAYS_WORDLIKE = _loose_set(
    "україна україни україні україну україною украина украины украине украину ukraine росія росії росію россия "
    "россии russia крим крым crimea донбас донбасс donbas европа європа europe польща польша poland білорусь "
    "беларусь belarus америка america сша дніпро днепр dnipro dnieper дон десна донець донец сирія сирия syria "
    "слава перемога победа мир світ труд прогрес зоря звезда зірка надія надежда воля свобода дружба згода "
    "город города городе городу городом "  # the Russian noun "city" (Город, a village near Kosiv)
    "були була було були были была было был "  # the past of "to be" («Были освобождены», not Біле)
    "вперед україна новина новини армія армии army сили силы сил силам силами силах оборони обороны victory progress "
    "peace glory hope "
    "may june march liberty freedom friendship star sunny spring summer unity mira police army general staff "
    # the compass as a region («на Сході», «на Півдні»): never a village without a marker
    "схід сходу сході сходом північ півночі південь півдня півдні захід заходу заході восток востоке востока юг юге "
    "юга север севере севера запад западе запада "
    "forces center centre north south east west front major colonel brigade marines "
    # English words that are the official Latin names of villages (Ас is "As"), or short ones that could be
    "as at an in on of by to is it if or so no up us we he be do the and but not for hut hat "
    # the broadcaster Hromadske («в ефірі Громадського», "told Hromadske"), not the village
    "hromadske громадське громадського громадському "
    # the outlet Ukrainska Pravda («за даними Української правди», "reported by Ukrainska Pravda"), not Правда
    "pravda правда правди правду правдою "
    # «Уличные бои продолжаются», «Частині вдається просочитися»: words opening a sentence, not Уличне, Честині
    "уличные уличных уличный уличного уличная уличній вуличні вуличних частині частина частину частиною"
)
# English nouns of settlements: a name right before one and "of" ("the Donetsk town of Soledar"), or right after one
# and "in" ("a key town in Donetsk"), names the region the settlement is in, not a settlement.
EN_SETTLEMENT_NOUNS = _loose_set("town towns city cities village villages settlement settlements hamlet locality")
# The same before «в», «у», «на» and a name: «села в Запорожье», «населенных пунктов в Донетчине».
SETTLEMENT_NOUNS_IN = _loose_set(
    "село села селі селе сёла сіл сел селища селище селищ поселка поселок посёлка посёлок поселков пункта пункту "
    "пунктов пунктів пункти пункты"
)
IN_WORDS = _loose_set("в у на in inside within")
# "The region of X": the name after these and "of" is the oblast.
REGION_OF_NOUNS = _loose_set("region oblast province")
# "X, located (just) inside Dnipropetrovsk": the name after these and "in" is the region X lies in.
LOCATED_WORDS = _loose_set("located situated lying lies расположен расположено расположенный розташований розташоване")
# Right after a name, a part of a town: the name is the neighbourhood's («Нового мікрорайону», "the Novyi
# microdistrict"), not a settlement.
DISTRICT_NOUNS = _loose_set(
    "мікрорайон мікрорайону мікрорайоні мікрорайоном микрорайон микрорайона микрорайоне микрорайоном квартал "
    "кварталу кварталі кварталом квартала квартале microdistrict micro-district neighbourhood neighborhood"
)
# A border named before an area («біля кордону з Донецькою областю», "near the border with the Donetsk region"): the
# area lies beside the places, it does not hold them.
BORDER_NOUNS = _loose_set("border borders кордону кордоні кордон кордонів межі межею границе границы граница границей")
BORDER_LINKS = _loose_set("with of between з із зі с со между між the")
# Regions by name alone: a name joined to one of them is a region too ("occupied Crimea and Donetsk", «Донбас і
# Херсон»).
REGION_NAMES = _loose_set("крим криму кримом крым крыма крымом crimea донбас донбасу донбасс донбасса donbas donbass")
# An oblast's or raion's adjective in any case («Донецькій», «Запорожской», «Харківського»), on the word as written.
AREA_ADJECTIVE = re.compile(r"(?:сь|ць|зь|с|ц)к(?:ій|а|ої|у|ому|ого|ой|ая|ую|ом|ий)$", re.IGNORECASE)
# An oblast's feminine adjective in an oblique case, as written («Донецькій», «Луганської», «Запорожской»): after an
# area noun earlier in its sentence, the same noun left out («Окрім Дніпропетровської області, ворог просунувся у
# Донецькій»).
FEMININE_AREA_ADJECTIVE = re.compile(r"(?:сь|ць|зь|с|ц)к(?:ій|ої|ою|ой|ую)$", re.IGNORECASE)
DIRECTION_NOUNS = _loose_set(
    "напрямку напрямок напрямі напрямки напрямках направлении направление направления направлений сектор сектора "
    "секторі секторе секторах смузі полосе"
)
# A plural direction noun after a list («на Лиманському та Сіверському напрямках», "the Lyman and Siversk axes"):
# every member of the list is a direction.
DIRECTION_PLURALS = _loose_set(
    "напрямках напрямки напрямах напрямів напрямкам направлениях направления направлений направлениям "
    "directions axes sectors fronts"
)
# The fronts' directions named after a town («на Оріхівському напрямку», «на Краснолиманском направлении»): the
# town's KATOTTG code and the stems of its adjectives (uk, ru, the Russian side's old names). A namesake close to the
# town of a direction the post names is the one on that front. Directions named after an oblast, a river or a region
# («Запорізький», «Придніпровський») name no town and are left out; the south Donetsk one lies around Vuhledar.
# A text naming a direction by its adjective has one of these: a direction noun (DIRECTION_NOUNS, DIRECTION_PLURALS)
# or «на» and a word before a dash or colon, the noun left out («на Лиманському –»): a first test before the scan.
DIRECTION_STEMS = ("напрям", "направл", "сектор", "смуз", "полос", "directions", "axes", "sectors", "fronts")  # lower
DIRECTION_ELIDED = re.compile(r"[Нн][Аа]\s+[^\s–—:-]+\s*[–—:-]")  # «на Лиманському –», a word start before «на»
DIRECTION_TOWNS = {
    "UA59080270010036634": "сумськ сумск",  # the Sumy border front (2024-25)
    "UA63120270010096107": "харківськ харьковск",
    "UA63140010010035757": "вовчанськ волчанск",
    "UA63080090010026457": "куп'янськ купянск",
    "UA63040090010029555": "ізюмськ изюмск",
    "UA44100110010094316": "сватівськ сватовск",
    "UA44120030010038707": "кремінськ кременск кременнск",
    "UA14120110010088407": "лиманськ лиманск краснолиманск",
    "UA14020070010064896": "сіверськ северск",
    "UA44120050010021900": "лисичанськ лисичанск",
    "UA44120110010072887": "сіверськодонецьк сєвєродонецьк северодонецк",
    "UA14120210010032554": "слов'янськ славянск",
    "UA14120090010038661": "краматорськ краматорск",
    "UA14120070010085843": "костянтинівськ константиновск",
    "UA14020010010059145": "бахмутськ бахмутск артемовськ артемовск артёмовск",
    "UA14020050010014183": "світлодарськ светлодарск",
    "UA14020110010025394": "торецьк торецк дзержинськ дзержинск",
    "UA14160210010099403": "покровськ покровск красноармійськ красноармейск",
    "UA14160070010040544": "добропільськ добропольск",
    "UA14160010010073615": "авдіївськ авдеевск",
    "UA14160130010089415": "мар'їнськ марьинск",
    "UA14160110010020758": "курахівськ кураховск",
    "UA14160210210094331": "новопавлівськ новопавловск",
    "UA14040050010075856": "вугледарськ угледарск південнодонецьк южнодонецк",  # the south Donetsk front
    "UA14040010040083406": "времівськ времевск",
    "UA23100070010036682": "гуляйпільськ гуляйпольск",
    "UA23100170010023304": "оріхівськ ореховск",
    "UA65100150010064384": "херсонськ херсонск",
}
# The Russian groups of forces a report names («подразделения группировки войск «Восток»», "the Vostok group"), each
# with the towns its sector has held since 2023 (a namesake near one is on its front, as for a direction). By their
# Russian names only: Ukraine's own groups are «Схід», «Південь» (and «Дніпро», an OSUV). Case-insensitive.
GROUP_FRONTS = {
    r"восток\w*|восточн\w*|vostok|east(?:ern)?": (
        "UA14040050010075856",  # Vuhledar
        "UA14040010010027148",  # Velyka Novosilka
        "UA23100070010036682",  # Huliaipole
    ),
    r"центр\w*|center|centre|tsentr": (
        "UA14160010010073615",  # Avdiivka
        "UA14160210010099403",  # Pokrovsk
        "UA14160070010040544",  # Dobropillia
    ),
    r"юг|южн\w*|south(?:ern)?|yug": (
        "UA14020010010059145",  # Bakhmut
        "UA14020110010025394",  # Toretsk
        "UA14120070010085843",  # Kostiantynivka
        "UA14020070010064896",  # Siversk
    ),
    r"запад\w*|west(?:ern)?|zapad": (
        "UA63080090010026457",  # Kupiansk
        "UA14120110010088407",  # Lyman
        "UA44120030010038707",  # Kreminna
    ),
    r"север|северн\w*|north(?:ern)?|sever": (
        "UA63140010010035757",  # Vovchansk
        "UA59080270010036634",  # Sumy
    ),
    r"днепр|dnepr": (
        "UA65100150010064384",  # Kherson
        "UA23040210010095541",  # Stepnohirsk
    ),
}
_GROUP_NOUN = r"(?:группировк\w*|угрупован\w*|(?:battle)?groups?|grouping)"  # Ukrainian: «угруповання «Восток»»
_QUOTE = r"[«\"“'‘]?"
# «группировки (войск) «Восток»», «угруповання військ «Схід»», "the Vostok group", "group of forces East", «Южной
# группировки»: a group named, with the towns of its sector; GROUP_STEM first, as most posts name none.
GROUP_STEM = re.compile(r"группировк|угрупован|group", re.IGNORECASE)
GROUP_NAMED = re.compile(
    "|".join(
        rf"(?P<g{k}>{_GROUP_NOUN}\s+(?:войск\s+|військ\s+|of\s+forces\s+)?{_QUOTE}(?:{names})(?![\w-])"
        rf"|(?<![\w-]){_QUOTE}(?:{names}){_QUOTE}\s+{_GROUP_NOUN})"
        for k, names in enumerate(GROUP_FRONTS)
    ),
    re.IGNORECASE,
)
GROUP_TOWNS = tuple(GROUP_FRONTS.values())  # by the number of GROUP_NAMED's group that matched (g0, g1, ...)
# A masculine adjective of a name («на Лиманський», "Lymanskyi"): the adjective of a direction or a raion whose noun
# is left out, never a misspelt village (an adjectival village name in that form matches exactly).
MASCULINE_ADJECTIVE_ENDINGS = tuple(loose(e) for e in ["ський", "цький", "зький", "ский", "цкий", "skyi", "tskyi"])
# The endings of a direction's adjective after its town's stem (DIRECTION_TOWNS), loose(): «Оріхівськ|ому», «ий»
DIRECTION_ADJECTIVE_ENDINGS = _loose_set("ий ого ому ім им их ій а ої у ою і е ом ое ая ой ую ие ые ый ым ых")
ADJECTIVE_ENDINGS = tuple(loose(e) for e in ["ому", "ого", "ий", "ій", "ом", "ой", "ый", "ым", "им", "ім"])
# The KATOTTG categories a marker word fits: the Ukrainian and Russian words name one; English has no word for a
# селище (X), which the press calls a village or a town.
CATEGORY_MARKERS = {
    **dict.fromkeys(_loose_set("село села селі селом сіл селах селе сел"), "C"),
    **dict.fromkeys(_loose_set("village villages hamlet"), "CX"),
    **dict.fromkeys(_loose_set("селище селища селищі селищем смт пгт поселок посёлок поселка поселке"), "X"),
    **dict.fromkeys(_loose_set("місто міста місті містом город города городе city"), "M"),
    **dict.fromkeys(_loose_set("town towns"), "MX"),
}
# Right after a word-like name that starts a sentence, these make it the subject of a claim about a place
# («Веселе звільнено», «Очеретино под контролем», "Pobeda was liberated"): a toponym, not the common word.
PLACE_PREDICATES = _loose_set(
    "звільнено звільнене звільнений звільнена визволено визволене деокуповано зачищено захоплено окуповано зайнято "
    "перейшло перейшов перейшла залишається перебуває знаходиться освобождено освобождён освобожден освобождена "
    "освобождены взято взят взята захвачено захвачен занято занят перешло перешел перешёл перешла остается "
    "остаётся находится liberated recaptured retaken seized occupied remains fell"
)
# "Pobeda was liberated", "Pobeda is under ...": a copula before the predicate, or one of these words after it.
COPULAS = _loose_set("is was has been")
# After a name and a dash, what defines it as a settlement («Кринки — село на лівому березі», «Крынки - поселок»).
DEFINING_NOUNS = _loose_set("село селище місто смт город поселок посёлок деревня хутор станица village town city")
AFTER_COPULA = _loose_set("captured taken under")
CONTROL_PREPOSITIONS = _loose_set("під под under")  # «під контролем»: with a word on «контрол» after it
CONTROL_STEMS = (loose("контрол"), "control")
# A river's name right after a river bank («на лівобережжі Дніпра», «по левому берегу Оскола», "the east bank of the
# Oskil"), its course («вздовж Дніпра») or any name before the word river ("the Dnipro River") names the river, not
# the settlement of that name.
RIVER_BANKS = _loose_set(
    "берег берега березі берегу берегом береги берегах лівобережжя лівобережжі лівобережжям правобережжя "
    "правобережжі левобережье левобережья левобережье правобережье правобережья bank banks riverbank "
    # the river's course («вздовж Дніпра», «вдоль Днепра», "along the Dnipro", "across the Dnieper")
    "вздовж вдоль along across"
)
RIVER_NOUNS = _loose_set(
    "річка річки річці річку річкою река реки реке реку рекой river водосховище водосховища водосховищі "
    "водохранилище водохранилища водохранилище reservoir lake озеро озера море моря морі морем морю sea"
)
# Right after a name's adjective these make it an organisation's name («Донецкое агентство новостей», «Об'єднаного
# пресцентру», «Харківської контрнаступальної операції»), not the village of that adjective.
# Capitalised right after a name, an outlet's name ("The Kyiv Independent", "Kyiv Post"), not the city.
OUTLET_WORDS = _loose_set("independent post indy")
ORGANISATION_NOUNS = _loose_set(
    "агентство агентства агентству агенція агенції агенцію пресцентр пресцентру пресцентрі прес-центр прес-центру "
    "пресс-центр пресс-центра пресцентра університет університету университет университета аеропорт аеропорту "
    "аэропорт аэропорта завод заводу заводі комбінат комбінату комбинат комбината телеканал телеканалу "
    "видання издание газета газети газеты контрнаступальної контрнаступальна контрнаступальну контрнаступательной "
    "наступальної наступательной операції операція операцію операции операция оборонної оборонительной "
    "агломерації агломерации агломерація агломерацію агломерация агломерацию агломерацией "
    "управління управлінні управлінню управлінням управление управления управлении "
    # a regional council or administration («Харьковского облсовета», «Луганської облради»)
    "облрада облради облраді облсовет облсовета облсовете облсовету обладміністрація обладміністрації "
    "облгосадминистрация облгосадминистрации облдержадміністрація облдержадміністрації "
    # a newspaper named after its town or country («Українська правда», «Донецкая правда»)
    "правда правди правді правду правдою правды правде"
)
# A person's title right before a capitalised word: a surname, not the village of that name («речник Демченко»,
# "spokesman Voloshyn", «командир бригади Шевченко»).
PERSON_TITLES = _loose_set(
    "речник речника речником спікер спікера спикер спикера представник представника представитель представителя "
    "командир командира командувач командувача командующий командующего генерал генерала полковник полковника "
    "підполковник подполковник майор майора капітан капитан лейтенант міністр министр міністра министра посол "
    "посла депутат депутата губернатор губернатора голова глава президент президента прем'єр премьер журналіст "
    "журналист блогер блогера військкор военкор кореспондент корреспондент аналітик аналитик spokesman "
    "spokesperson spokeswoman commander colonel captain lieutenant minister ambassador governor "
    "mayor president journalist blogger milblogger correspondent analyst deputy sergeant сержант"
)
# Right before a capitalised word, these make it a speaker ("according to Hryhorov", «за словами Гайдая», «по словам
# Пушилина»), not the village of that name.
SPEAKER_BEFORE = frozenset(
    " ".join(loose(w) for w in pair.split()) for pair in ("according to", "за словами", "по словам", "за словам")
)
RIVER_FILLERS = _loose_set("of the річки реки river")  # between a bank and the name: "bank of the", «берегу реки»
# The rivers of the front that share a settlement's name (loose stems): after a bank only these are the river; any
# other name after a bank is a town's part («лівого берега Куп’янська»).
_RIVERS = "дніпр днепр dnipr dniepr dnieper оскол оскіл oskil донц донець donets інгул ингул десн"
RIVER_STEMS = tuple(sorted(_loose_set(_RIVERS)))
# A river's own adjective right before its name («Сіверського Донця», «Северского Донца», "the Siversky Donets").
RIVER_ADJECTIVES = tuple(sorted(_loose_set("сіверськ северськ северск siversk seversk")))
SECTOR_NOUNS = _loose_set("direction sector axis front напрямок напрямку направление направлении")
QUOTES = "«»\"“”„'‘’"
UNIT_NOUNS = _loose_set(
    "полк полку полком бригада бригади бригаду бригадою батальйон батальйону батальйоном угруповання група групи "
    "групою підрозділ загін загону пвк пвк вагнер полка бригады батальон батальона группировка группировки группа "
    "группы отряд отряда чвк корпус корпусу корпусі корпусом корпуса корпусе regiment brigade battalion corps group "
    "grouping unit units force operation операція операции "
    # a facility's quoted name: станцію «Никольское», the "Azot" plant
    "станція станцію станції станция станцию станции нпз завод заводу заводі шахта шахту шахти аеродром аэродром "
    "airfield plant station refinery mine"
)
# A side's abbreviation between a unit noun and its quoted name («группировки ВСУ "Харьков"», «угруповання ЗСУ «Схід»»).
FORCE_ABBREVIATIONS = _loose_set("всу зсу рф вс зс нгу дшв тро ссо гур мвс мвд")
# The nouns a quoted name stands after (resolve._quoted_unit): a unit's or a facility's, an outlet's (канал «Северный
# ветер», газета «Вечерний Донецк», the "Rybar" channel) and a weapon's (снарядами «Града», ракетами «Искандер»).
QUOTED_NAME_NOUNS = UNIT_NOUNS | _loose_set(
    "канал канала каналу каналі каналом телеканал телеканалу газета газети газеты газету видання издание "
    "агентство агентства channel newspaper outlet "
    "снаряд снаряди снарядів снарядами снаряды снарядов ракета ракети ракет ракетами ракеты рсзо системи системы"
)
SENTENCE_END = re.compile(r"[.!?\n…]")
# A place said to lie some distance from a town («за 15 км на південь від Покровська», «в 10 км к северу от Изюма»,
# «15 километрах южнее Изюма», "110 kilometers (68 miles) east of Zaporizhzhia", "(10 km southwest of Kurakhove)"):
# the compass words and the bearing (degrees clockwise from north) each stands for.
_POINTS = {
    0: "north північ північніше северу севернее",
    45: "northeast north-east північний-схід північно-східніше северо-востоку северо-восточнее",
    90: "east схід східніше востоку восточнее",
    135: "southeast south-east південний-схід південно-східніше юго-востоку юго-восточнее",
    180: "south південь південніше югу южнее",
    225: "southwest south-west південний-захід південно-західніше юго-западу юго-западнее",
    270: "west захід західніше западу западнее",
    315: "northwest north-west північний-захід північно-західніше северо-западу северо-западнее",
}
COMPASS_BEARINGS = {word: float(deg) for deg, words in _POINTS.items() for word in words.split()}
_COMPASS_WORD = "|".join(sorted((re.escape(w).replace("\\-", "[- ]") for w in COMPASS_BEARINGS), key=len, reverse=True))
MEASURED = re.compile(
    r"(?<![\w.,])(?P<number>\d+(?:[.,]\d+)?)\s?(?P<unit>km|kilomet(?:er|re)s?|miles?|км|кілометр\w*|километр\w*)\b"
    r"(?:\s*\([^()]{0,30}\))?(?:\s+away)?"  # "(68 miles)"
    rf"(?:\s+(?:to\s+the\s+|на\s+|к\s+)?(?P<compass>{_COMPASS_WORD})(?:ward)?)?"
    r"(?:\s+(?:of|from|від|от)\b|(?<=е)(?=\s))",  # «південніше Х», «южнее Х»: the town right after
    re.IGNORECASE,
)
MILE_UNITS = ("mile", "miles")
# What stands between two members of an enumeration: a comma, a conjunction («А, Б та В», «А и Б», "A, B, and C").
LIST_GAP = re.compile(r"\s*(?:[,;]\s*)?(?:(?:та|і|й|и|and|&)\s+)?", re.IGNORECASE)

# Case endings cut off a Cyrillic word before it is matched by sound (Покровському -> Покровськ).
FUZZY_ENDINGS = ("ого", "ому", "ом", "ем", "ой", "ою", "ей", "ам", "ах", "ами", "им", "ым", "ім", "ки", "ці")
# Words that fold to an area's name but are common words: «Крім того» (besides) is not Крим.
NOT_AREA_WORDS = frozenset({"крім"})
# Towns across the border whose case forms are those of a Ukrainian village's name («в Курске», "in Kursk": not
# Курське in Crimea): a settlement only after a marker («село Курське»).
FOREIGN_TOWNS = _loose_set("курск курска курске курску курском курськ курська курську курськом kursk")
# «на Запоріжжі», «на Поліссі», «на Запорожье»: after «на» the region, not the city or the village (the city is
# «у Запоріжжі»).
REGION_AFTER_NA = _loose_set("запоріжжі поліссі поділлі слобожанщині запорожье полесье подолье слобожанщине")
# Capitalised words that are never a misspelt settlement (the sound-alike matcher skips them); numerals
# («Дванадцять боїв» is not Дванадцяте).
FUZZY_STOP = _loose_set(
    "marines marine україна украина ukraine ukrainian ukrainians ukrainska ukrainskyi russia russian russians general "
    "staff forces armed "
    "defense suspilne суспільне суспільного суспільному суспільним "
    "defence ministry president commander colonel brigade battalion regiment telegram military kremlin moscow "
    "kyiv киев київ москва москви генштаб генерального штабу сили збройні збройних оборони міністерство "
    "президент командувач бригада бригади росія росії россия россии российские російські українські "
    "вооруженных вооруженные силы министерство минобороны пресс служба "
    "один одна два дві три чотири п'ять шість сім вісім дев'ять десять одинадцять дванадцять тринадцять "
    "чотирнадцять п'ятнадцять шістнадцять сімнадцять вісімнадцять дев'ятнадцять двадцять тридцять сорок "
    "четыре пять шесть семь восемь девять одиннадцать двенадцать тринадцать четырнадцать пятнадцать "
    "шестнадцать семнадцать восемнадцать девятнадцать двадцать тридцать"
)
