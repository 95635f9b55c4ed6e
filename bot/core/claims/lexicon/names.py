# ruff: noqa: E501
"""Data only: the words around a place name that make it a direction, an area, a river, a unit or a person."""

from __future__ import annotations

from typing import Final

# A place name followed by one of these is a direction or an area, not a settlement claim
# (на Покровському напрямку, Bakhmut direction, Бахмутського району).
DIRECTION_AFTER: Final = (
    r"напрям\w*",
    r"направлени\w*",
    r"direction\w*",
    r"axis",
    r"sector\w*",
    r"front\b",
    r"фронт\w*",
    # an operation named after the place ("the Dobropillia counter-offensive operation", «Курська операція»)
    r"(?:counter-?)?offensive\s+operation\w*",
    r"(?:counter-?)?offensive\b",  # "the Kharkiv counteroffensive", "during the Kharkiv offensive"
    r"operation\b",
    r"операці\w*",
    r"операци\w*",
    r"(?:наступальн|наступательн|оборонн|оборонительн|контрнаступальн|контрнаступательн)\w*\s+(?:операці|операци)\w*",
    r"ділян\w*",
    r"участк\w*",
    r"район\w*",
    r"district\w*",
    r"raion\w*",
    r"громад\w*",
    r"hromada\w*",
    r"област\w*",
    r"oblast\w*",
    r"region\w*",
    r"округ\w*",
    r"municipal\w*",
    r"угрупован\w*",
    r"группировк\w*",
    r"operational",
    r"ОТУ",
    r"tactical",
    r"тактичн\w*",
    r"тактическ\w*",
    r"оперативн\w*",
    r"операційн\w*",  # «у Східній операційній зоні»
    # a list of directions: «на Лиманському та Шахтарському напрямках», "the Huliaipole and Orikhiv directions"
    # (the plural only, after names: «Удачне та в напрямку Покровська» is a list going on)
    r"(?:\s*,\s*(?!(?:the|in|on|at|of|на|в|у|во|до)\s)[\w’'-]{2,}|\s+(?:і|та|й|и|and|or)\s+(?!(?:the|in|on|at|of|на|в|у|во|до)\s)[\w’'-]{2,}){1,6}\s+"
    r"(?:напрямк(?:ах|ами|ам|и)|напрям(?:ах|ами|ам|и)|направлени(?:ях|ям|ями|я)|directions|axes|sectors)\b",
    r"area\s+of\s+the\s+country",
    r"river\w*",
    r"street",
    r"str\.",
    r"avenue",
    r"вулиц\w*",
    r"улиц\w*",
    r"проспект\w*",
    r"річк\w*",
    r"рік[аиу]\b",
    r"рек[аиуе]\b",
    r"reservoir",
    r"водосховищ\w*",
    r"водохранилищ\w*",
    r"Народн\w*",
    r"People",
    r"Republic",
    r"Республик\w*",
    r"ОВА",
    r"ОДА",
    r"військов\w+\s+адміністрац\w*",
)
# The name is the first of a list of areas: «Донецької, Луганської та Запорізької областей», "Donetsk and Luhansk
# oblasts" (mentions.py checks the name agrees with the area noun: «Роботиного, Запорізької області» is a village).
AREA_LIST_AFTER: Final = (
    r"[\s»\"”’')]*(?:\s*,\s*[\w’'-]+|\s+(?:і|та|и|and)\s+[\w’'-]+){1,6}\s+(?:област\w*|regions|oblasts)"
)
# The endings of an oblast's adjective (feminine, as «область» is): «Донецької», «Луганській», «Запорожская».
AREA_ADJECTIVE_ENDINGS: Final = ("ої", "ій", "ою", "ка", "ку", "ой", "ая", "ую", "ей")

# Given names: a "place" right next to one is a person (Олександр Сирський, Andriy Yermak).
_FIRST_NAMES_TEXT: Final = """олександр александр oleksandr alexander володимир владимир volodymyr vladimir андрій андрей andrii andriy
    andrei ілля илья illia ilya денис denis denys сергій сергей serhii sergei sergey валерій валерий valerii valery
    євген евгений yevhen yevgeny максим maksym maxim ганна анна hanna anna віктор виктор viktor роман roman юрій
    юрий yurii yuri дмитро дмитрий dmytro dmitry михайло михаил mykhailo mikhail ігор игорь ihor igor олег oleg
    олексій алексей oleksii alexei вадим vadym vadim кирило кирилл kyrylo kirill павло павел pavlo pavel петро
    петр petro pyotr іван иван ivan микола николай mykola nikolai vyacheslav вячеслав в'ячеслав олена елена olena
    ірина ирина iryna наталія наталья nataliia тарас taras богдан bohdan bogdan антон anton артем артём artem
    ярослав yaroslav станіслав станислав stanislav василь василий vasyl vasily григорій григорий hryhorii
    рустем rustem костянтин константин kostiantyn konstantin леонід леонид leonid oleh oleksiy serhiy yuriy vitalii
    vitaliy віталій виталий vitaly назар nazar анастасія анастасия anastasiia anastasia руслан ruslan георгій георгий
    heorhii hryhoriy dmitriy"""
FIRST_NAMES: Final = frozenset(_FIRST_NAMES_TEXT.split())
# A compass direction in English: "south of Bakhmut", "north-west of".
COMPASS_EN: Final = r"(?:north|south|east|west)(?:-?(?:east|west))?\s+of"
# Compass directions that both COMPASS and DIRECTIONAL hold: "south of Bakhmut", «південніше Іванівського».
_COMPASS_POINTS: Final = (
    COMPASS_EN,
    r"(?:півн|півд|схід|захід)\w*-?\w*ніше",
    r"північніше",
    r"південніше",
    r"західніше",
    r"східніше",
    r"(?:север|юг|запад|восток|юго|северо)\w*-?\w*нее",
    r"севернее",
    r"южнее",
    r"западнее",
    r"восточнее",
    r"на\s+(?:північ|південь|захід|схід)(?:-\w+)?\s+від",
    r"к\s+(?:северу|югу|западу|востоку|юго-\w+|северо-\w+)\s+от",
    r"на\s+(?:север|юг|запад|восток)(?:-\w+)?\s+от",
)
# Compass directions before a name: the place is where attacks were repelled, a reference point otherwise. So
# are the settlements around it ("liberated five settlements near Lyman", «звільнили три села поблизу X»: not X;
# "advancing in several villages near X": an advance near X).
COMPASS: Final = (
    *_COMPASS_POINTS,
    r"на\s+(?:північн|південн)\w+\s+(?:схід|захід)\s+від",
    r"(?:settlements|villages|towns|населен\w*\s+пункт(?:ів|ов|и|ы)|сіл|сел(?:а|ах)?|сёл|селищ)\s+"
    r"(?:near|around|outside|close\s+to|поблизу|біля|навколо|довкола|около|вокруг)\s+(?:the\s+)?",
)
# Directional words before a name: "south of Bakhmut", «південніше Бахмута», «под Артёмовском»; after another place
# of the sentence the name may be only its anchor ("Klishchiivka, south of Bakhmut").
DIRECTIONAL: Final = (
    *_COMPASS_POINTS,
    r"outside(?:\s+of)?",
    r"near",
    r"suburbs?\s+of",
    r"(?<=,\s)(?:передмістя|пригород|предместье)",  # «Ірпінь, передмістя Києва»: an apposition saying where it lies
    r"під",
    r"под",
    r"біля",
    r"поблизу",
    r"неподалік(?:\s+від)?",
    r"недалеко\s+от",
    r"вблизи",
    r"около",
    r"у\s+передмісті",
    r"на\s+околиц\w*",
    r"на\s+окраин\w*",
    r"в\s+пригороде",
    r"the\s+outskirts\s+of",
    r"примика\w*\s+до",
    r"примыка\w*\s+к",
    r"прилега\w*\s+(?:до|к)",
    r"adjacent\s+to",
    r"opposite",
    r"навпроти",
    r"напротив",
    r"close\s+to",
    # a part of the other town: «розташоване на півдні Бахмута», «расположенного на юге Артемовска»
    r"на\s+(?:півдні|півночі|заході|сході)",
    r"на\s+(?:юге|севере|западе|востоке)",
    r"(?:з|із)\s+(?:півдня|півночі|заходу|сходу)\s+від",
)
# A word for a settlement between a directional word and the name: «південніше села», «под н.п.».
SETTLEMENT_NOUNS: Final = r"сел\w*|міст\w*|город\w*|селищ\w*|поселк\w*|н\.\s?п\."
# A phrase with an object of its own right after it ("occupying localities nearby", «зайняли кілька сіл»): it does
# not speak of a place named before it.
OWN_OBJECT: Final = (
    r"\s+(?:[\w’'ʼ-]+\s+){0,2}?(?:localities|villages|settlements|towns|hamlets|населен\w*\s+пункт\w*"
    r"|населені\s+пункти|сіл\b|сел\b|села\b|сёл\b|деревн\w*)"
)
# The same in English after a compass direction: "south of the village of".
SETTLEMENT_OF: Final = r"the\s+(?:village|town|city|settlement)\s+of"
# The same after "towards": "towards the town of".
TOWN_OF: Final = (
    r"(?:the\s+)?(?:(?:towns?|city|cities|villages?|settlements?)\s+of\s+"
    r"|(?:населен\w*\s+пункт\w*|н\.\s?п\.|сел[аоі]|міст[аоі]|города?|селищ[аеі]|поселк[аов]\w*)\s+)?"
)
# The settlement noun right before a name («населенный пункт X», «село X», "the village of X"): part of the name's
# phrase, no distance between a phrase and its place.
SETTLEMENT_NOUN_BEFORE: Final = (
    r"(?<!\w)(?:(?:the\s+)?(?:towns?|city|cities|villages?|settlements?)\s+of"
    r"|(?:населен\w*\s+пункт\w*|н\.\s?п\.|сел[аоі]|селище|селища|поселок|посёлок|поселка))\s+$"
)
# From: where a move or an attack set out ("attacked from X toward Y", «наступали из X на Y», «атакували з X»):
# neither advanced nor fought in; a withdrawal from it, or a side pushed out of it, is about it.
ORIGIN: Final = (  # not «от», «від»: «вблизи от X», «на північ від X» are near
    r"(?:(?:from|з|із|зі|из|изо|со)|(?:з|із|зі|с|со)\s+(?:напрямку|напряму|боку|направления|стороны))"
)
# Except: the places a statement leaves out («ЛНР освобождена, кроме X и Y», "all the villages except X"): it says
# nothing of them.
EXCEPT: Final = (
    r"(?:кроме|крім|окрім|за\s+винятком|за\s+исключением|except(?:\s+for)?|apart\s+from|other\s+than|save\s+for)"
)
# Towards: "attacks in the direction of Klishchiivka", «у напрямку Кліщіївки», «в сторону Авдеевки».
TOWARD: Final = (
    r"(?:in\s+the\s+)?directions?\s+of",
    r"towards?",
    r"(?:в|у)\s+направлени[иі]",
    r"направлени[ея]",  # «продвижение на (село и) направление Старого Салтова»: the direction of
    r"напрямок",
    r"(?:в|у)\s+напрямку",
    r"(?:в|у)\s+напрямі",
    r"(?:в|у)\s+напрямках",
    r"(?:в|у)\s+направлениях",
    r"в\s+сторону",
    r"у\s+бік",
    r"по\s+направлению\s+к",
)
# In a toward phrase, the words of a direction ("in the direction of", «у напрямку»), as against "towards", «до».
DIRECTION_WORD: Final = r"direction|напрям|направлени"
# A water body, a street, a park or a district of a town named before the name: the place is no settlement («через реку
# Оскол», «микрорайон Горняк»).
WATER_BEFORE: Final = (
    # a street by its name is the singular («вулиця Вовчанська»); «вулиць Вовчанська», "the streets of" are the town's
    r"(?:річк\w*|рік[аиу]|рек[аиуе]|river|lake|озер\w*|канал\w*|canal|водосховищ\w*|водохранилищ\w*|вул\.|вулиц(?:я|і|ю|ею)"
    r"|ул\.|улиц(?:а|ы|е|у|ей)|просп\.|проспект\w*|пров\.|провул\w*|площ\w*|бульвар\w*|парк\w*|сквер\w*|street|avenue|park"
    r"|мікрорайон\w*|микрорайон\w*|мкр\.|micro-?districts?|neighbou?rhoods?|sea\s+of|мор[еяю]|моря)\s*$"
)
# A dateline opening a report («KYIV, Ukraine (AP) —», «МОСКВА, 9 мар — РИА Новости», "Kyiv:"): where it was filed, no
# claim.
DATELINE_AFTER: Final = (
    r"(?:,\s*[\w’'ʼ. ]{2,20}?\s*(?:\([^)]{1,30}\)\s*)?|\s*\([^)]{1,30}\)\s*)(?:[—–:]|-(?=\s))"
    r"|(?<=[a-z])\s*:"  # "Kyiv: Ukrainian forces have stopped ...": an English name and a colon
    r"|(?<=[A-Z]{3})\s+[-—–]\s"  # "KYIV - Ukrainian President ...": a name in capitals and a dash
)
# A road between two places («на автодорозі Куп’янськ – Сватове», "the Bakhmut-Lysychansk highway" is elsewhere):
# both names only say where the road runs.
ROAD_BEFORE: Final = (
    r"(?:доро[гз]\w*|автодоро[гз]\w*|автошлях\w*|трас[аиіеу]|траси|шосе|магістрал\w*|road|highway|motorway|route)"
    r"\s+(?:(?:до|на|к|to|towards|out\s+of|from|into)\s+|[\w’'ʼ-]+\s*[–—-]\s*)?$"
    # a street named after a place («по вулиці Береговій», «на улице Донецкой», "Central Street"), not the streets
    # of a town («кілька вулиць Бахмута», «улиц Бахмута»)
    r"|(?:вулиц(?:я|і|ю|ею|ях|ями)|вул\.|улиц(?:а|е|у|ей|ам|ах|ами)|ул\.|проспект\w*|просп\.|провулк\w*|провулок"
    r"|переул\w*|бульвар\w*|street|avenue)\s*$"
    # a front line named by its towns joined by hyphens («на лінії Куп'янськ-Сватове-Кремінна»)
    r"|(?:лін(?:ія|ії|ію|ією)|лини(?:я|и|ю|ей)|line)\s+(?:[\w’'ʼ]+-){0,3}$"
)
# (its name may be quoted: "the Lysychansk-Bakhmut “road of life”")
ROAD_AFTER: Final = (
    r"(?:\s*[–—-]\s*[\w’'ʼ-]+)?\s+[«\"“]?(?:road|highway|motorway|route|street|avenue|supply\s+line|трас[аиіеу]|шосе)\b"
)
# A direction named by its two ends («на направлении Будки — Теткино», "the Kupiansk–Svatove axis"): both are
# reference points. The first end (a dash and a capital after it), then the second.
# Several pairs may follow one noun («на напрямках Ізюм – Барвінкове та Ізюм – Слов'янськ»).
_PAIR_NOUN: Final = r"(?:направлени\w*|напрям\w*|участк\w*|ділянц\w*|ділянк\w*|direction|axis|sector)s?\s+"
_PAIRS_BEFORE: Final = r"(?:[\w’'ʼ-]+\s*[–—-]\s*[\w’'ʼ-]+\s*(?:,|та|і|й|и|and)\s+)*"
DIRECTION_PAIR_FIRST: Final = _PAIR_NOUN + _PAIRS_BEFORE + "$"
DIRECTION_PAIR_DASH: Final = r"\s*[–—-]\s*(?-i:[A-ZА-ЯЁІЇЄҐ])"
DIRECTION_PAIR_SECOND: Final = _PAIR_NOUN + _PAIRS_BEFORE + r"[\w’'ʼ-]+\s*[–—-]\s*$"
# A unit named before the name: «ОТУ «Луганськ»», "the Khortytsia group": a unit, not a settlement.
UNIT_BEFORE: Final = (
    r"(?:ОТУ|ОСУВ|ОСГВ|ОУВ|OTU|OSGT|угрупован\w*(?:\s+військ)?|группировк\w*(?:\s+войск)?|бригад\w*|батальйон\w*"
    r"|батальон\w*|полк\w*|group(?:ing)?|brigade|battalion|regiment|task\s+force"
    # the National Guard's corps by its name («корпус НГУ "Азов"»), a unit named after someone («бригада імені
    # Героїв Крут», «бригады имени Маршала ...», "named after")
    r"|НГУ|Нацгвард\w*|(?:імені|имени|named\s+after)(?:\s+[\w’'ʼ.-]+){0,2})\s*[«\"“'‘]?$"
)
# A distance left to the place after it («до города X остается менее 100 километров», «до X залишається 10 км», "X is
# 10 km away"): a reference point.
DISTANCE_AFTER: Final = (
    r"\s+(?:остается|остаётся|осталось|оставалось|залишається|залишилося|залишалося|лишається|is|lies|remains)\s+"
    r"(?:менее|меньше|менше|около|близько|приблизно|примерно|лише|всего|всього|less\s+than|about|some|only|just)?\s*"
    r"\d[\d.,]*\s*(?:км|km|кілометр\w*|километр\w*|kilomet\w*|miles?)"
)
# Distance: "10 km from Bakhmut": the place is only a reference point.
DISTANCE_BEFORE: Final = (
    r"(?:км|km|кілометр\w*|километр\w*|kilomet\w*|miles?|метр\w*|meters?|metres?|(?:minute|hour)['’]?s?\s+drive)\.?\s+"
    r"(?:\([^)]{1,25}\)\s+)?(?:\w+\s+){0,2}"
    r"(?:від|от|from|of|до|to)\s+(?:the\s+)?(?:\w+\s+){0,3}$"
    # where an attack came from («со стороны Времёвки», «з боку Кліщіївки», "from the direction of X") and an area
    # named by its centre ("the region of Donetsk"): a reference point
    r"|(?<!\w)(?:со\s+стороны|з\s+боку|from\s+the\s+direction\s+of|(?:region|oblast|province)\s+of)\s+(?:the\s+)?$"
    # a place threatened by a gain ("the capture of X, jeopardizing the town of Y", «загрожуючи Y»): no claim of its own
    r"|(?<!\w)(?:threaten\w*|jeopardi[sz]\w*|endanger\w*|загрожуючи|угрожая|ставлячи\s+під\s+загрозу|ставя\s+под\s+угрозу)"
    r"\s+(?:the\s+)?(?:(?:town|city|village|settlement)\s+of\s+)?$"
    # a place a gain brings forces closer to ("the withdrawal brings Russian forces closer to X"; not "edging closer
    # to X", an advance)
    r"|(?<!\w)(?:brings?|brought|bringing)\s+(?:[\w’'-]+\s+){0,3}(?:closer|nearer)\s+to\s+(?:the\s+)?"
    r"(?:(?:town|city|village)\s+of\s+)?$"
)

# Between a place and a later one after a directional word: the later one is only an anchor in a description
# («Андріївка, що неподалік Кліщіївки», "a village near") or after a relational word («прилегла до», "outside").
# A side of the place already named, then "near" a new one ("..., east of the town near X", «на схід від міста біля
# X», «восточнее города у X»): X is a place of its own, the town the reference.
SIDE_OF_IT_BEFORE: Final = (
    r"(?:(?:north|south|east|west)\w*(?:-\w+)?\s+of\s+(?:the\s+)?(?:town|city|village|it)"
    r"|на\s+(?:північ|південь|схід|захід)\w*(?:-\w+)?\s+від\s+(?:міста|села|нього|селища)"
    r"|(?:север|юг|запад|восток|северо-\w+|юго-\w+)\w*\s+(?:города|села|поселка|него))"
    r"\s+(?:near|in|at|around|біля|поблизу|у|в|около|возле)\s*$"
)
DESCRIPTIVE: Final = (
    r"що|який|яка|яке|который|которая|которое|что|which|that|a|the|located|situated|розташован\w*|"
    r"расположен\w*|село|селище|місто|город|поселок|village|town|city|settlement|suburb|передмістя|пригород"
)
RELATIONAL: Final = (
    r"примика\w*|примыка\w*|прилега\w*|прилегл\w*|adjacent|suburb\w*|передміст\w*|пригород\w*|"
    r"неподалік\w*|недалеко|close\s+to|outside|outskirts|околиц\w*|окраин\w*|opposite|навпроти|напротив"
)

# A part of a town as a list item's locator («на околиці та в міській забудові X», «и в центре X»): after a
# conjunction it opens the list's next item, not a description of the place before.
TOWN_PART_LOCATOR: Final = (
    r"(?:в|у|на|in)\s+(?:міськ\w*\s+забудов\w*|городск\w*\s+застройк\w*|центр\w*|the\s+centre|the\s+center"
    r"|(?:[\w’'ʼ-]+\s+)?частин\w*|(?:[\w’'ʼ-]+\s+)?част(?:и|ь)\b)"
)
# Lists of places: «Кліщіївки, Андріївки та Курдюмівки», "A, B and C", «А, Б, а также В».
LIST_CONJUNCTIONS: Final = (
    r"і|й|та|и|and|or|або|или"
    r"|but\s+also|,?\s*а\s+й|,?\s*але\s+й|,?\s*но\s+и|,?\s*а\s+також|,?\s*а\s+также"  # not only A but also B
)
LIST_ADDITIVES: Final = r"а\s+также|а\s+також|as\s+well\s+as|также|також"
# A settlement noun before the next name of a list («Архангельское и село Миролюбовка», "X and the village of Y").
LIST_SETTLEMENT_NOUN: Final = (
    r"(?:сел[оаі]|селищ[еа]|посел(?:ок|ка)|пос[её]лок|смт|пгт|міст[оа]|город|(?:the\s+)?(?:villages?|towns?|city)|of)"
    r"(?:\s+(?:міського|городского)\s+тип[ау])?"
)
# A region or district named inside a list: "Kurdiumivka of Donetsk oblast, ...", «Андріївка Бахмутського району».
LIST_QUALIFIER: Final = (
    r"(?:(?:in|of|the|в|у|на)\s+){0,3}(?:(?-i:[A-ZА-ЯЁІЇЄҐ])[\w’'ʼ-]*\s+){0,2}"  # the area's own capitalised words
    r"(?:област\w*|region|oblast|Народн\w*\s+Республик\w*|People['’]s\s+Republic|ДНР|ЛНР|DPR|LPR|район\w*|raion|district)"
)

# A region of Russia named after a list: «Гончаровка, Мартыновка Курской области», "villages in Kursk region": those
# are Russian villages (a Ukrainian namesake in the gazetteer is not meant).
FOREIGN_REGION: Final = (
    r"(?:Курск|Белгородск|Брянск|Воронежск|Ростовск|Курськ|Бєлгородськ|Білгородськ|Брянськ|Воронезьк|Ростовськ"
    r"|Тамбовськ|Тамбовск|Липецьк|Липецк|Орловськ|Орловск|Смоленськ|Смоленск|Тульськ|Тульск|Калузьк|Калужск"
    r"|Рязанськ|Рязанск|Саратовськ|Саратовск|Волгоградськ|Волгоградск|Московськ|Московск|Ленінградськ|Ленинградск"
    r"|Нижегородськ|Нижегородск|Самарськ|Самарск|Астраханськ|Астраханск|Псковськ|Псковск)\w*"
    r"\s+(?:област\w*|обл\.)|Краснодарськ\w*\s+кра\w*|Краснодарск\w*\s+кра\w*"
    r"|(?:Kursk|Belgorod|Bryansk|Voronezh|Rostov|Tambov|Lipetsk|Oryol|Orel|Smolensk|Tula|Kaluga|Ryazan|Saratov"
    r"|Volgograd|Moscow|Leningrad|Nizhny\s+Novgorod|Samara|Astrakhan|Pskov)\s+(?:border\s+)?(?:region|oblast|province)"
    r"|Krasnodar\s+(?:Krai|region|territory)"
)

# A town of Russia a place is located by in brackets: "Russkaya Konopelka (east of Sudzha)", «(северо-восточнее
# Суджи)», «(на схід від Суджі)»: the place is in Russia too.
FOREIGN_TOWN: Final = (
    r"(?:Sudzh|Судж|Glushkov|Глушков|Глушк|Korenev|Коренев|Lgov|Льгов|Рильськ|Rylsk|Рыльск|Tetkin|Тёткин|Теткин"
    r"|Тьоткін|Shebekin|Шебекин|Graivoron|Grayvoron|Грайворон|Valuyk|Валуйк|Belgorod|Белгород|Бєлгород|Білгород"
    r"|Kursk|Курск|Курськ|Bryansk|Брянск|Брянськ|Klintsy|Клинц|Sevsk|Севск|Sukhodolovk|Суходоловк)\w*"
)
# A Ukrainian oblast named anywhere in a post (adjective + oblast noun, the republics' abbreviations, the colloquial
# names, English "Donetsk region"): a post that names one is not set only in Russia.
UKRAINIAN_AREA: Final = (
    r"(?:Донецьк|Донецк|Луганськ|Луганск|Харківськ|Харьковск|Запорізьк|Запорожск|Херсонськ|Херсонск|Сумськ|Сумск"
    r"|Дніпропетровськ|Днепропетровск|Миколаївськ|Николаевск|Чернігівськ|Черниговск|Київськ|Киевск)\w*\s+(?:област|обл\b)"
    r"|\b(?:ДНР|ЛНР|DPR|LPR|Донбас\w*|Donbas\w*)|(?:Донеччин|Донетчин|Харківщин|Харьковщин|Запоріжж|Сумщин|Херсонщин|"
    r"Луганщин|Дніпропетровщин|Днепропетровщин)\w*"
    r"|(?:Donetsk|Luhansk|Kharkiv|Zaporizhzhia|Kherson|Sumy|Dnipropetrovsk|Mykolaiv|Chernihiv)\s+(?:region|oblast|province)"
)
# A compass locator in brackets right before a name ("X (south of Y)", «X (на захід від Y)»): Y only says where X
# lies, a reference point.
LOCATOR_IN_BRACKETS: Final = (
    r"\(\s*(?:(?:(?:north|south)(?:-?(?:east|west))?|east|west)\s+of"
    r"|(?:северо-|юго-)?(?:восточнее|западнее|севернее|южнее)|к\s+(?:северо-|юго-)?(?:востоку|западу|северу|югу)\s+от"
    r"|на\s+(?:північн\w*-?|південн\w*-?)?(?:схід|захід|північ|південь)\s+від)\s+(?:the\s+)?$"
)
FOREIGN_LOCATOR: Final = (
    r"\(\s*(?:(?:(?:north|south)(?:-?(?:east|west))?|east|west)\s+of|near|outside"
    r"|(?:северо-|юго-)?(?:восточнее|западнее|севернее|южнее)|к\s+(?:северо-|юго-)?(?:востоку|западу|северу|югу)\s+от"
    r"|на\s+(?:північн\w*-?|південн\w*-?)?(?:схід|захід|північ|південь)\s+від|біля|поблизу|около|возле|под)\s+"
    rf"{FOREIGN_TOWN}"
)

# A direction whose noun a report's list leaves out («на Бахмутському – у районі X; на Авдіївському – ...»): «на»,
# the adjective's locative, a dash or a colon.
ELIDED_DIRECTION: Final = r"(?:ськ|цьк|зьк|ск|цк)(?:ому|ом)$"
ELIDED_BEFORE: Final = r"(?<!\w)на\s+$"
ELIDED_AFTER: Final = r"\s*[–—:-]"

# A town's name as the attribute of a suburb or district of another ("the Kyiv suburb of Makariv", "the Kharkiv
# district of Saltivka"): the place after it is the one spoken of, the town only says where it lies.
ATTRIBUTIVE_PART: Final = r"['’]?s?\s+(?:suburbs?|outskirts|district|region\s+village|region\s+town)\s+of\s+(?:the\s+)?"
# A title whose place follows it («мер Ірпеня заявив», «мэр Ирпеня сообщил», "the mayor of Irpin said"): the name
# before the verb of saying is the place of the title, not a speaker's surname.
TITLE_OF_PLACE: Final = (
    r"(?<!\w)(?:мер|мэр|міськ\w+\s+голов\w*|городск\w+\s+голов\w*|старост\w*|губернатор\w*"
    r"|(?:mayor|governor|head|chief)\s+of(?:\s+the\s+(?:city|town|village)\s+of)?)\s+$"
)
# A capitalised word right before a verb of speech is its speaker («Погорілий зауважив», "Tatarsky says"), not a place;
# a capital so used is its government (sides.CAPITALS).
SPEAKER_VERB_AFTER: Final = (
    r"\s+(?:також\s+|также\s+|also\s+|ще\s+)?(?:зауваж|заяв|повідом|наголос|зазнач|розпов|сказа|допов|додав|додала"
    r"|підкресл|поясн|уточн|написа|сообщ|отмет|рассказ|доложи|добавил|заметил|говорит|подчеркн|пояснил|уточнил"
    r"|said|says|told|noted|added|stated|stress|emphasi[sz]|explain|insist|confirm|wrote|writes)\w*\b"
)

# An oblast's centre in English after a compass adjective ("northern Kharkiv", "the South Donetsk area", "Siversk,
# northern Donetsk"): the oblast, not the city.
COMPASS_REGION_BEFORE: Final = r"(?<![\w-])(?-i:[Nn]orth|[Ss]outh|[Ee]ast|[Ww]est)(?:ern|-?(?:east|west)(?:ern)?)?\s+$"
OBLAST_CITY_EN: Final = (
    r"Donetsk|Luhansk|Lugansk|Kharkiv|Kharkov|Zaporizhzhia|Zaporizhia|Zaporozhye|Kherson|Sumy|Mykolaiv|Nikolaev"
)
# ... and before "area" ("in the Donetsk area", as TASS names the direction): the oblast.
OBLAST_AREA_AFTER: Final = r"\s+area\b"
# Where a statement was made ("at a briefing at the media center in Kyiv", «на брифінгу в Києві», «на пресс-конференции
# в Москве», "told reporters in Kyiv"): the venue, not a place claimed.
SPEECH_VENUE_BEFORE: Final = (
    r"(?<!\w)(?:briefing|press\s+conference|news\s+conference|media\s+cent(?:er|re)|press\s+cent(?:er|re)|forum|summit"
    r"|reporters|journalists|брифінг\w*|брифинг\w*|прес-?конференц\w*|пресс-?конференц\w*|медіацентр\w*|медиацентр\w*"
    r"|прес-?центр\w*|пресс-?центр\w*|форум\w*|саміт\w*|саммит\w*|журналіст\w*|журналист\w*)\s+"
    r"(?:[\w’'ʼ.-]+\s+){0,3}(?:in|в|у)\s+$"
)
# A capital after "for" stands for its government ("a success for Kyiv", "a blow for Moscow"), not the battle for it.
CAPITAL_NAMES: Final = r"(?:Kyiv|Kiev|Moscow|Kremlin)"
FOR_A_GOVERNMENT: Final = r"(?<!battle\s)(?<!battles\s)(?<!fight\s)(?<!fighting\s)(?<!struggle\s)(?<!\w)for\s+$"
# A capital asked to give ground ("demanded that Kyiv cede control", "pressure on Kyiv to give up territory"): its
# government, and no speaker either.
# So is one with control over places («контроль Киева над населенными пунктами»).
CEDING_AFTER: Final = r"\s+(?:(?:to\s+)?(?:cede|surrender|give\s+up|hand\s+over|withdraw\s+from)|над)\b"

# A direction named after a town: «на Покровському напрямку», «Артемовское направление», "the Bakhmut direction"
# (group 1: the adjective's stem; group 2: an English town name).
DIRECTION_NAME: Final = (
    r"(?<!\w)([\w’'ʼ-]{3,}?)(?:ому|ого|ий|ім|ом|ое|ая|ой|ім|ым|им)?\s+(?:напрям\w*|направлени\w*)"
    r"|(?<!\w)(?-i:([A-Z][\w’'-]{3,}))\s+(?:direction|axis|sector|front)\b"
)
# The adjective's suffix to drop to get at the town («Покровськ(ий)» -> Покров...).
DIRECTION_SUFFIX: Final = r"(?:ськ|цьк|ск|цк)$"
# Other endings to try for the town: «Курахів(ський)» -> Курахове.
DIRECTION_TOWN_ENDINGS: Final = ((r"ів$", "ове"),)
# Directions named after no town's adjective, by the start of their stem, and the town at their heart: the south
# Donetsk front around Vuhledar, the old name of Lyman, the Vremivka salient at Velyka Novosilka.
DIRECTION_TOWNS: Final = (
    ("південнодонецьк", "Вугледар"),
    ("южнодонецк", "Вугледар"),
    ("краснолиманськ", "Лиман"),
    ("краснолиманск", "Лиман"),
    ("времівськ", "Велика Новосілка"),
    ("времевск", "Велика Новосілка"),
)
