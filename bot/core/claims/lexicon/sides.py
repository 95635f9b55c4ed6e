# ruff: noqa: E501
"""Data only: who acts (the words naming a side's forces) and who speaks (officials, outlets, reported speech)."""

from __future__ import annotations

from typing import Final

# Who acts. ua / ru name a side; "enemy" is the other side from the speaker's point of view; "own" is the speaker's.
ACTORS: Final[dict[str, tuple[str, ...]]] = {
    "ua": (
        r"ЗСУ\b",
        r"ВСУ\w*",
        r"Сил\w*\s+оборон\w*",
        r"Збройн\w*\s+сил\w*\s+України",
        r"Вооруж\w*\s+сил\w*\s+Украин\w*",
        r"україн\w*\s+(?:військ\w*|воїн\w*|бійц\w*|захисник\w*|підрозділ\w*|сил\w*|армі\w*|десантник\w*|штурмовик\w*|сторон\w*)",
        r"(?:захисник|оборонц)\w*(?:\s+України)?",
        r"тероборон\w*",
        r"ТрО\b",
        r"ДРГ\s+ВСУ",
        r"украин\w*\s+(?:войск\w*|военн\w*|сил\w*|арми\w*|подразделени\w*|боевик\w*|формировани\w*|сторон\w*|штурмовик\w*)",
        r"(?:боевик|националист|неонацист)\w*",
        r"киевск\w*\s+режим\w*",
        r"ВФУ\b",
        r"Ukrain\w*\s+(?:forces|troops|military|army|soldiers|units|defenders|fighters|brigade\w*|side|armed\s+forces)",
        r"Defen[cs]e\s+Forces",
        r"Armed\s+Forces\s+of\s+Ukraine",
        r"AFU\b",
        r"Kyiv'?s\s+(?:forces|troops)",
        r"(?:Україна|Украина|Ukraine|Kyiv|Kiev|Київ|Киев)\b(?=\s+(?:had\s+|has\s+|have\s+)?(?:\w+ly\s+)?(?:liberat|recaptur|retook|retak|regain|captur|took|advanc|gain|push|enter|звільн|освобод|взял|відбил|просун|продвин))",
        # the adjective before an act: "Ukrainian advances near X", "a Ukrainian counterattack"
        r"Ukrainian(?=\s+(?:advance|gain|assault|attack|offensive|push|counteroffensive|counterattack|counter-attack|breakthrough)\w*)",
    ),
    "ru": (
        r"ВС\s+РФ\b",
        r"ЗС\s+РФ\b",
        r"армі\w*\s+РФ",
        r"арми\w*\s+РФ",
        r"військ\w*\s+РФ",
        r"войск\w*\s+РФ",
        r"(?:російськ|росiйськ)\w*\s+(?:військ\w*|окупант\w*|армі\w*|сил\w*|підрозділ\w*|загарбник\w*|найманц\w*|штурмовик\w*|сторон\w*|військов\w*)",
        r"(?:российск|русск)\w*\s+(?:войск\w*|военн\w*|арми\w*|сил\w*|подразделени\w*|штурмовик\w*|сторон\w*|бойц\w*)",
        r"росіян\w*",
        r"россиян\w*",
        r"рашист\w*",
        r"окупант\w*",
        r"оккупант\w*",
        r"окупац\w*\s+військ\w*",
        r"оккупацион\w*\s+войск\w*",
        r"загарбник\w*",
        r"орк\w*\b",
        r"вагнер\w*",
        r"ЧВК\b",
        r"ПВК\b",
        r"групп?ировк\w*\s+войск\w*",
        r"угрупован\w*\s+(?:військ\w*\s+)?(?:«|\")?(?:Центр|Схід|Південь|Захід|Дніпро|Північ)",
        r"«?(?:Южн|Центр|Восточн|Западн|Северн)\w*»?\s+группировк\w*",
        r"группировк\w*\s+(?:войск\s+)?«?(?:Центр|Восток|Юг|Запад|Днепр|Север)",
        r"Russian\s+(?:forces|troops|military|army|soldiers|units|occupiers|invaders|side|armed\s+forces|battlegroup\w*)",
        r"(?:Росія|Россия|Russia|Moscow|Москва)\b(?=\s+(?:had\s+|has\s+|have\s+)?(?:\w+ly\s+)?(?:captur|seiz|took|taken|advanc|gain|push|enter|захопи|захвати|взял|взяла|occup|окупува|оккупир|освобод|просун|продвин))",
        r"Russian(?=\s+(?:advance|gain|assault|attack|offensive|push|infiltration|counterattack|counter-attack|breakthrough)\w*)",
        r"(?:Russia|Moscow)'?s\s+(?:forces|troops|army|military)",
        r"Russians\b",
        r"occupiers\b",
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
        r"наш(?:і|их|им|ими|ого|ому|а|е|ий|у)?\s+(?:воїн\w*|війська|військ\w*|захисник\w*|бійц\w*|підрозділ\w*|сил\w*|хлопц\w*)",
        r"наш(?:и|их|им|ими|его|ему|а|е|ей)?\s+(?:войск\w*|военн\w*|бойц\w*|подразделени\w*|сил\w*|штурмовик\w*)",
        r"our\s+(?:forces|troops|soldiers|defenders|warriors|units|fighters)",
        r"(?:бригад|ОМБр|ОШБр|ОДШБр|ОМПБр|ОМСБр|полк)\w*",
        r"brigade\b",
        r"regiment\b",
    ),
}

# Words in front of an actor that make it the side that lost the ground (зачищено від росіян, cleared of Russians).
LOSER_PREPOSITIONS: Final = r"(?:від|од|от|из|з|із|у|of|from|against|проти|против)\s+(?:the\s+)?$"
# Words in front of an actor that make it the agent of a passive (liberated by the 80th brigade, силами 80-ї бригади).
AGENT_PREPOSITIONS: Final = r"(?:by|(?:units|subunits|troops)\s+(?:of|from)|силами|силам|бійцями|воїнами|підрозділами|подразделениями|by\s+the\s+forces\s+of)\s+(?:the\s+)?$"
# Heads that make a following actor an object, not the subject (обороны противника, атаки ворога).
OBJECT_HEADS: Final = r"(?:оборон|атак|штурм|позиц|тил|тыл|рубеж|втрат|потер|контратак|наступ|уничтожени|знищенн|формировани|угрупован|группировк)\w*\s+$"

# Who speaks: (pattern, speaker, side). The first match in a sentence names its claimant.
SPEAKERS: Final[tuple[tuple[str, str, str], ...]] = (
    (
        r"(?:Генштаб\w*|Генеральн\w+\s+штаб\w*)\s+(?:ВС\s+РФ|Вооруженных\s+сил\s+(?:России|РФ)|России|РФ)",
        "Russian General Staff",
        "ru",
    ),
    (r"(?:Russia'?s|Russian)\s+General\s+Staff", "Russian General Staff", "ru"),
    (r"Герасимов\w*|Gerasimov", "Gerasimov", "ru"),
    (
        r"Минобороны|Міноборони\s+(?:Р|рос)\w*|МО\s+РФ|Министерств\w*\s+обороны\s+(?:Р|рос)\w*|Міністерств\w*\s+оборони\s+(?:Р|рос)\w*"
        r"|оборонн\w+\s+ведомств\w*|военн\w+\s+ведомств\w*|Russia'?s\s+(?:Ministry\s+of\s+Defen[cs]e|Defen[cs]e\s+Ministry)"
        r"|Russian\s+(?:Ministry\s+of\s+Defen[cs]e|Defen[cs]e\s+Ministry|MoD)|(?:the\s+)?ministry\s+said",
        "Russian MoD",
        "ru",
    ),
    (r"Конашенков\w*|Konashenkov", "Konashenkov", "ru"),
    (r"Шойгу|Shoigu", "Shoigu", "ru"),
    (r"Белоусов\w*|Belousov", "Belousov", "ru"),
    (r"Пушилин\w*|Пушилін\w*|Pushilin", "Pushilin", "ru"),
    (r"Сальдо|Saldo", "Saldo", "ru"),
    (r"Рогов\w*|Rogov", "Rogov", "ru"),
    (r"Пригожин\w*|Prigozhin", "Prigozhin", "ru"),
    (r"Гладков\w*|Gladkov", "Gladkov", "ru"),
    (r"Балицк\w*|Balitsk\w*", "Balitsky", "ru"),
    (r"Гагин\w*|Gagin", "Gagin", "ru"),
    (r"Греков\w*|Grekov", "Grekov", "ru"),
    (r"Песков\w*|Peskov|Кремл\w*|Kremlin", "Kremlin", "ru"),
    (r"Путин\w*|Путін\w*|Putin", "Putin", "ru"),
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
        r"|(?:російськ|российск)\w*\s+(?:пропагандист|блогер|ЗМІ|СМИ|медіа|пабл)\w*|пропагандист\w*",
        "Russian propaganda",
        "ru",
    ),
    (
        r"(?:Russia|Moscow)\s+(?:has\s+)?(?:said|says|claimed|claims|announced|denied|denies|rejected|dismissed|insisted|confirmed)|Россия\s+заяв\w*|Москва\s+заяв\w*"
        r"|Russian\s+(?:military|army|officials|forces|authorities)\s+(?:has\s+)?(?:said|says|claimed|claims|announced|reported)|Russia'?s\s+(?:military|army|armed\s+forces|officials)|Російська\s+сторона|российская\s+сторона|по\s+данным\s+российск\w*|according\s+to\s+the\s+Russian",
        "Russia",
        "ru",
    ),
    (
        r"ISW|Інститут\w*\s+вивчення\s+війни|Институт\w*\s+изучения\s+войны|Institute\s+for\s+the\s+Study\s+of\s+War",
        "ISW",
        "other",
    ),
    (r"DeepState", "DeepState", "other"),
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
    (r"Таврі[яї]\w*|Tavria", "Tavria group", "ua"),
    (r"Жорін\w*|Zhorin", "Zhorin", "ua"),
    (r"Бородін\w*|Borodin", "Borodin", "ua"),
    (r"Скибчик\w*|Skybchyk", "Skybchyk", "ua"),
    (
        r"(?:Ukraine|Kyiv|Kiev)\s+(?:has\s+)?(?:said|says|claimed|announced|reported|denied|denies|rejected|dismissed|insisted|confirmed)|(?:Україна|Київ|Киев|Украина)\s+(?:\w+\s+)?(?:заяв|оголош|повідом|объяв|сообщ)\w*"
        r"|Украина\s+заяв\w*|Ukrainian\s+(?:military|army|officials|forces|General\s+Staff)\s+(?:has\s+)?(?:said|says|announced|reported|denied|denies|rejected|dismissed|confirmed|claimed)|(?:у|в)\s+(?:ЗСУ|ВСУ|Силах\s+оборони)\s+(?:заяв|повідом|спростув|підтверд|сообщ|опроверг|подтверд)\w*|(?:заяв|повідом|спростув|підтверд|сообщ|опроверг|подтверд)\w*\s+(?:у|в)\s+(?:ЗСУ|ВСУ|Силах\s+оборони)\b"
        r"|Ukraine'?s\s+(?:military|army|armed\s+forces|defen[cs]e\s+ministry|officials)"
        r"|(?:українськ|украинск)\w*\s+(?:військов|военн|захисник|сторон|командуван|командован)\w*\s+(?:заяв|повідом|сообщ|підтверд|подтверд|спростув|опроверг|отриц|запереч)\w*",
        "Ukraine",
        "ua",
    ),
)

# Reported speech: a sentence of an official channel's own post credits a named speaker only when it quotes or
# reports them ("Генштаб повідомив", «по данным Минобороны»); otherwise a name there is an agent or a subject
# («звільнено силами бригади «Лють»»), and the claim is the channel's own.
SPEECH: Final = (
    r"(?:заяв|повідом|підтверд|наголос|зазнач|уточн|розпов|сказа|допов|оголос|інформ|пише|написа"
    r"|сообщ|подтверд|отмет|уточн|рассказ|доложи|объяв|информир|пишет|написа|говори"
    r"|said|says|announc|report|confirm|stated|told|claim|according\s+to|за\s+даними|по\s+данным|за\s+словами"
    r"|по\s+словам|со\s+слов)\w*"
)

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
        r"invaders?",
        r"рашист\w*",
        r"загарбник\w*",
        r"орк(?:и|ів)\b",
        r"Сил\w*\s+оборон\w*",
        r"Defen[cs]e\s+Forces",
        r"агресор\w*",
        r"аггресор\w*",
        r"ЗСУ",
    ),
}
