"""Data only: the phrases that make a claim, per language and kind.

Every entry is a regular-expression fragment matched case-insensitively at a word start. Stems end in `\\w*` so
inflected forms match (звільнили / звільнено / звільнення; освободили / освобождён; liberated / liberating).
Trigger flags:
  attack   the phrase describes the attacker's action (fighting); with a failure word it becomes `repelled`
           for the other side.
  loser    the object after the phrase is the side that lost ground (вибили росіян, pushing the Russians out).
  attr     an attribute before the place name ("the liberated Klishchiivka"): the actor is the speaker's side.
  ua / ru  the phrase itself names the side (деокупували -> ua).
  passive  a passive of repelling ("Russian troops were repulsed"): the side named before it was stopped.
  weak     a background attribute ("occupied Horlivka"): no claim in a sentence about strikes or casualties
           ("liberated" is not weak: a liberation is news wherever it is told).
  rhetoric a declaration right after the place name ("Кліщіївка наша!"); lower confidence.
  next     an attribute that speaks only of the name right after it ("Russian-held Donetsk").
  agent    the side right after the phrase did it ("X fell to Russian forces").
  flag     a flag raised: an advance if the sentence says clearing or fighting goes on there.
  holder   a verb of holding («утримують», «удерживают»): its subject holds, even the speaker's enemy.
  there    the phrase names its place by a pro-form («там ще перебувають», "are still there"): the place named
           last before it (see claims.anaphora).
  beside   a rebuttal said beside the speaker's own statement («під контролем попри заяви росіян», "despite
           Russian claims"): the place's own phrase stands beside the denial.
"""

from __future__ import annotations

from typing import Final

W: Final = r"\w*"
# Inflection classes of the attack nouns (every case, singular and plural), so a stem takes its own endings only
# and not an adjective made from it («штурмова бригада», «наступальний»).
UK_FEM_A: Final = r"(?:а|и|і|у|ою|ам|ами|ах)?"  # атака
UK_MASC: Final = r"(?:а|у|і|ом|и|ів|ам|ами|ах)?"  # штурм, наступ
RU_FEM_A: Final = r"(?:а|и|у|е|ой|ою|ам|ами|ах)?"  # атака
RU_MASC: Final = r"(?:а|у|е|ом|ы|ов|ам|ами|ах)?"  # штурм
# A loss of people or equipment, not of ground: «втратили до 200 військових», "lost 1,200 soldiers".
# Taking prisoners, a part, aim, guard, a pause, responsibility, the floor: not taking a place (взяли в полон).
NOT_A_PLACE_TAKEN: Final = (
    r"(?!\s+(?:(?:у|в)\s+(?:плен|полон|кольцо|кільце)|на\s+(?:себя|себе)"
    r"|(?:под|під)\s+(?:обстрел|обстріл|прицел|приціл|охрану|охорону)|курс|паузу|участие|участь"
    r"|ответственност\w*|відповідальн\w*|слово|интервью|інтерв\w*))"
)
# Verbs that direct a side's efforts somewhere («зосередив основні зусилля», «сосредоточил усилия»): its attacks.
UK_EFFORT: Final = r"(?:зосеред|зосереджу|приклада|приклав|доклада|доклав|спрямову|спрямува|концентру|сконцентру)"
RU_EFFORT: Final = r"(?:сосредоточ|сосредотачива|прилага|приложил|направля|направил|концентрир|сконцентрир)"
# Right after a side's force as the subject of being somewhere (the force is the side's marker, so the phrase
# starts after it: a zero-width look-behind for each noun, as each has its own width), and the words that say it is
# still there.
UK_FORCE: Final = (
    "(?:"
    + "|".join(
        rf"(?<={n}\s)"
        for n in (
            "підрозділи",
            "війська",
            "сили",
            "бійці",
            "воїни",
            "захисники",
            "військові",
            "гарнізон",
            "ЗСУ",
            "рф",
            "росії",
        )
    )
    + ")"
)
UK_STILL: Final = r"(?:досі|все\s+ще|й\s+далі|і\s+далі|надалі|як\s+і\s+раніше|продовжують)"
RU_FORCE: Final = (
    "(?:"
    + "|".join(
        rf"(?<={n}\s)"
        for n in ("подразделения", "войска", "силы", "бойцы", "защитники", "военные", "гарнизон", "ВСУ", "РФ", "России")
    )
    + ")"
)
RU_STILL: Final = r"(?:по-прежнему|до\s+сих\s+пор|вс[её]\s+ещ[её]|продолжают)"
EN_FORCE: Final = (
    "(?:"
    + "|".join(
        rf"(?<={n}\s)" for n in ("units", "unit", "troops", "forces", "soldiers", "defenders", "fighters", "garrison")
    )
    + ")"
)
# What follows a verb of beating off when it is a place won back: a settlement noun or a capitalised name (not
# «ЗСУ»), rather than the attacks.
# Or an area measured («відбили 56 кв. км», «отбили 7 квадратных километров»): ground won back, a part.
AREA_AHEAD: Final = r"(?:[\w.,]+\s+){1,3}?(?:кв\.|кв\s|квадратн|гектар)"
UK_PLACE_AHEAD: Final = r"сел[оа]\b|селищ\w*|населен\w*\s+пункт|міст[оа]\b|(?-i:[А-ЯІЇЄҐ][а-яіїєґ’'])|" + AREA_AHEAD
RU_PLACE_AHEAD: Final = r"сел[оа]\b|пос[её]л\w*|населенн\w*\s+пункт|город\w*|(?-i:[А-ЯЁ][а-яё])|" + AREA_AHEAD
# Cleared of mines and shells, not of the enemy («очищено від мін», «очистили от взрывоопасных предметов»).
NOT_DEMINING: Final = (
    r"(?!\s+(?:[\w’'ʼ-]+\s+){0,3}(?:мін|вибухо|боєприпас|снаряд|мин\b|мин[ыа]|взрыво|боеприпас|завал|снег|сміт|мусор))"
)
NOT_COUNT: Final = r"(?!\s+(?:до|около|свыше|более|понад|близько|майже|up\s+to|about|over|more|nearly|almost)\b|\s+\d)"

# (kind, pattern, flags); order within a language does not matter: the longest match at a position wins.
TRIGGERS: Final[dict[str, tuple[tuple[str, str, str], ...]]] = {
    "uk": (
        # still under way; first of all languages, as the tables share one matcher and the first wins a tie
        ("advanced", r"(?:звільня|визволя|зачища)(?:ють|є)\b|(?:освобожда|зачища)(?:ют|ет)\b", ""),
        ("captured", r"звільн" + W, ""),
        ("captured", r"звільнен(?:ий|ого|ому|ої|ій|у|их|ими|і)\b", "attr"),
        ("captured", r"визвол" + W, ""),
        ("captured", r"деокуп" + W, "ua"),
        ("captured", r"зачищ" + W, ""),
        ("captured", r"зачисти(?:л|в|ти|ть)" + W, ""),  # the infinitive after «вдалося», «удалось»
        ("captured", r"зачистк" + W, ""),
        # «очистили X від окупантів» (not of mines), and still clearing, or finishing off the enemy there: an advance
        ("captured", r"(?:очисти(?:ли|в|ла|ти)\b|очищен\w*)" + NOT_DEMINING, ""),
        ("advanced", r"(?:очища(?:ють|є|ли|ти)|добива(?:ють|є))\b" + NOT_DEMINING, ""),
        # «блокували Соледар», «заблокували село X», not attacks or roads blocked
        (
            "advanced",
            r"(?:(?:заблокува|блокува)(?:ли|в|ла|ло)|(?:за)?блокован[оіаий])\s+(?=" + UK_PLACE_AHEAD + ")",
            "",
        ),
        ("withdrew", r"(?:вибиті|витіснені|вибитий|витіснений|вибита|витіснена)\b", ""),
        ("withdrew", r"(?:втратил|втрачен)\w*\s+контроль" + W, ""),
        # «визнав втрату (українською армією) контролю над X»: the loser inside the phrase
        ("withdrew", r"(?:втрат|утрат)\w*\s+(?:[\w’'ʼ-]+\s+){0,3}?контролю\s+(?:над|за)\b", ""),
        # «зберігають (неповний) контроль над X»: still holding it
        ("repelled", r"(?:зберіга|збереж|утриму)\w*\s+(?:[\w’'ʼ-]+\s+){0,2}?контроль\s+(?:над|за)\b", "holder"),
        ("captured", r"(?:взял|взяти|взято|взяла|взяв|брали|беруть)\w*\s+під\s+(?:свій\s+|повний\s+)?контрол" + W, ""),
        (
            "captured",
            r"(?:встановил|встановлен|установил|встановив|встановивши)\w*\s+(?:[\w’'ʼ-]+(?:ими|ами|ями|ом|ою|ем)\s+){0,3}(?:повн\w*\s+)?контрол(?:ь|ю)\b",
            "",
        ),  # the agent between: «встановлення російськими військами контролю»
        ("captured", r"поверн\w*\s+під\s+(?:свій\s+|український\s+)?контрол" + W, ""),
        # «повернулися додому, під український прапор, такі населені пункти»
        (
            "captured",
            r"(?:поверну|повернул|повертаю)\w*\s+(?:[\w’'ʼ-]+,?\s+){0,2}під\s+(?:[\w’'ʼ-]+\s+)?(?:прапор|стяг)\w*",
            "ua",
        ),
        (
            "captured",
            r"(?:відновил|відновлен|відновле|поверну|повернул|повернен)\w*\s+(?:свій\s+|повний\s+)?контроль\b",
            "",
        ),
        ("captured", r"перейш\w*\s+під\s+(?:повний\s+)?контрол" + W, ""),
        # the passing as a noun, the place between: «про перехід Куп’янська під контроль російських військ»
        ("captured", r"(?:перехід|переходу|переході)\s+(?:[\w’'ʼ-]+\s+){1,3}?під\s+(?:повний\s+)?контрол" + W, ""),
        # the verb after its phrase: «під контроль Сил оборони перейшли X, Y»
        (
            "captured",
            r"під\s+(?:повний\s+)?контроль(?=\s+(?:[\w’'ʼ-]+\s+){0,4}(?:перейш|перейд|переход)\w*)",
            "",
        ),
        # «під нашим / українським / повним контролем», not fire control («під вогневим контролем»)
        ("captured", r"під\s+(?:(?!вогнев)[\w’'ʼ-]+\s+){0,2}контролем", ""),
        (
            "captured",
            r"(?:взяли|взяв|взяла|взято|взяти)\b" + NOT_A_PLACE_TAKEN,
            "",
        ),
        ("captured", r"взятт(?:я|і|ю|ям)\b" + NOT_A_PLACE_TAKEN, ""),  # «заяви про взяття X»
        ("repelled", r"(?:чин|чинил|чинять)\w*\s+(?:[\w’'ʼ-]+\s+)?(?:опір|спротив)", ""),
        (
            "advanced",
            r"(?:перебува|знаход|закріпи|закріпл)\w*\s+(?:вже\s+)?(?:на|в|у)\s+(?:околиц|передміст|окраїн)\w*",
            "",
        ),
        ("captured", r"контролю(?:ють|є|вали|вав|вала|вати|ється|ються)\b", ""),
        ("captured", r"(?:зайнял|зайняв|зайняли|зайнято|зайняти|зайнята)" + W, ""),
        ("captured", r"(?:відвойован|відвоюван)\w*", ""),  # «відвойовано», «відвойована»
        ("captured", r"захопи" + W, "ru"),
        ("captured", r"захопл" + W, "ru"),
        ("captured", r"оволоді" + W, ""),
        ("captured", r"окупова\w*|окупува\w*", "ru weak"),
        # background control: «підконтрольний росіянам Донецьк», «під окупацією»
        ("captured", r"підконтрольн\w*\s+(?:Україні|Києву|ЗСУ|Силам\s+оборони)\b", "ua weak next"),
        ("captured", r"підконтрольн\w*\s+(?:Росії|РФ|Москві|росіянам|окупантам|загарбникам)\b", "ru weak next"),
        ("captured", r"(?:під|в|у)\s+(?:тимчасов\w*\s+)?окупаці(?:єю|ї)\b", "ru weak"),
        ("captured", r"(?:відбил\w*|відбив|відвою\w*)\s+(?=(?-i:[А-ЯІЇЄҐ]))", ""),  # «відбили Х», «відвоював Х»
        # «забрали Кліщіївку», «не виходить забрати ні Покровськ»: a name right after (not «забрати людей»)
        ("captured", r"(?:забра|забере|заберу)\w*\s+(?:ні\s+)?(?=(?-i:[А-ЯІЇЄҐ]))", ""),
        (
            "captured",
            r"(?:підня|піднят|встанови|встановлю|поверну|майорить|майорів)\w*\s+(?:[\w’'ʼ-]+\s+){0,2}(?:прапор|стяг)"
            + W,
            "ua flag",
        ),
        (
            "captured",
            r"(?:прапор|стяг)\w*\s+(?:[\w’'ʼ-]+\s+){0,3}(?:піднято|піднял|підняли|встановили|майорить)" + W,
            "ua flag",
        ),
        (
            "captured",
            r"(?:[-–—:]\s*|це\s+|вона\s+|він\s+|—\s+)?(?:наша|наш|українська|український|українське)(?=\s*[!.,»\"”]|\s*$)",
            "rhetoric",
        ),
        ("advanced", r"просун" + W, ""),
        ("advanced", r"(?:інфільтрув|просоч|просача|проник)" + W, ""),  # infiltrating (LABELING)
        ("advanced", r"просува" + W, ""),
        ("advanced", r"закріп" + W, ""),
        (
            "advanced",
            r"(?:увійшл|зайшл|заходя|заходи(?:ть|ти|ли|в|ла|ло|мо)|входя|вклини|вклинил|зайти|увійти|увійшов|зайшов|ввійш|увірва|вдерл|прорвал\w*\s+(?:до|у|в)\b)"
            + W,
            "",
        ),
        (
            "advanced",
            r"(?:підійшл|підійшов|наблизи|наближа|підход(?:ять|ить|или|ив|ила))\w*\s+(?:впритул\s+)?(?:до|к)\b(?!\s+(?:кінця|завершення|фіналу))",
            "",
        ),
        # reaching the outskirts: «вийшли на околиці X», «дійшли до околиць»
        (
            "advanced",
            r"(?:вийш|вийд|вийт|вихо|дійш|дійд|дійт|дохо|досягл|досягн|досяга)\w*\s+(?:до|на)\s+(?:околиц|передміст|окраїн)\w*",
            "",
        ),
        ("advanced", r"(?:мали|мають|має|мав|досягли)\s+(?:частковий\s+|певний\s+)?успіх" + W, ""),
        (
            "advanced",
            r"(?:покращ|поліпш)\w*\s+(?:своє\s+|свої\s+|тактичне\s+)?(?:положення|позиці|становищ)" + W,
            "",
        ),
        (
            "advanced",
            r"(?:вибива|витісня|вибиваю|вибити|витіснити|витісняти|потісн|тісн|видавлю|видавити)" + W,
            "loser",
        ),
        ("captured", r"(?:вибили|вибив|вибила|витіснили|витіснив|витіснила)\b", "loser"),
        (
            "advanced",
            r"(?:оточил|оточив|оточую|оточити|взя\w*\s+в\s+(?:оточення|кільце|напівкільце))" + W,
            "",
        ),
        # encircled: the side named before is the one in the ring («українські підрозділи в оточенні»)
        ("advanced", r"(?:оточен[оаіе]\b|оточений\b|в\s+(?:оточенні|кільці))" + W, "passive"),
        (
            "repelled",
            r"(?:відбил|відбива|відбит|відбито|відбиває|зупинил|зупиня|зупинен|стримал|стриму|відкину|відкида|ліквідува|ліквідов|локалізува|локалізов)\w*\s+(?:[\w’'ʼ-]+\s+){0,3}(?:атак|атац|штурм|наступ|контратак|спроб|прорив|вклинен)"
            + W,
            "",
        ),
        ("repelled", r"(?:відкину|відкинул|відкинут|відкида)" + W, ""),
        ("repelled", r"(?:були|був|була)\s+(?:відкинут|відбит|зупинен)" + W, "passive"),
        (
            "repelled",
            rf"(?:атак{UK_FEM_A}|штурм{UK_MASC}|наступ{UK_MASC}|контратак{UK_FEM_A})\s+(?:[\w’'ʼ-]+\s+){{0,4}}"
            r"(?:відбит|відбил|зупинен|зупинил|відбито|відбиті)" + W,
            "",
        ),
        ("repelled", r"(?:відбито|відбиті|відбили)" + W, ""),
        # a place won back («відбили Кліщіївку», «вдалося відбити село X»), not attacks beaten off
        (
            "captured",
            r"(?:відбил|відбив|відбити)\w*\s+(?:у\s+(?:ворога|противника|окупантів)\s+)?(?=" + UK_PLACE_AHEAD + ")",
            "",
        ),
        ("repelled", r"(?:зупинил|зупинен|зупиня|стриму|стримал|стримуван)" + W, ""),
        (
            "repelled",
            r"(?:заблокува|блокува|зірва|зірвал)\w*\s+(?:[\w’'ʼ-]+\s+){0,3}(?:атак|штурм|наступ|контратак|спроб|прорив)"
            + W,
            "",
        ),
        ("repelled", r"(?:витриму|витримал|витрима)\w*\s+(?:[\w’'ʼ-]+\s+)?(?:натиск|тиск|удар|штурм)\w*", ""),
        (
            "repelled",
            r"(?:тримають|тримаємо|тримали|утримують|утримували|утримував|утримувала|утримали|утримуємо|утримує)\s+(?:[\w’'ʼ-]+\s+){0,1}(?:оборону|позиції|рубеж\w*)?",
            "holder",
        ),
        ("repelled", r"оборон\w*\s+(?:[\w’'ʼ-]+\s+){0,4}(?:триває|тривала|продовжується)", ""),
        ("repelled", r"(?:триває|тривала|продовжується|продовжують|тримають)\s+(?:[\w’'ʼ-]+\s+)?оборон\w*", ""),
        (
            "advanced",
            r"(?:віднов|поверну|повернул|відбил|відвоюва)\w*\s+(?:[\w’'ʼ-]+\s+)?(?:втрачен\w*\s+)?(?:позиці|становищ|положенн)\w*",
            "",
        ),
        ("repelled", r"(?:обороня|обороню|утримую|утримува|утримат|втримува|втримат)\w*", "holder"),
        # a force at a place's entrance or outskirts («перебувають на в’їзді в X», «вже на околицях X»): an advance
        (
            "advanced",
            r"(?:перебува|знаход|стоять|стоїть)\w*\s+(?:вже\s+)?(?:на|у|в)\s+(?:в[’'ʼ]?їзд\w*|околиц\w*|підступах)",
            "",
        ),
        (
            "captured",
            r"(?<!ініціатива\s)(?:в|у)\s+руках\s+(?:[\w’'ʼ-]+\s+)?(?:ЗСУ|ворога|окупантів|росіян|україн\w*|російськ\w*|Сил\s+оборони)",
            "",
        ),
        # the force still there: «наші підрозділи досі перебувають у X», «бійці залишаються в X» (holding it)
        (
            "repelled",
            UK_FORCE
            + r"(?:"
            + UK_STILL
            + r"\s+(?:перебува|знаход|стоять)\w*|(?:"
            + UK_STILL
            + r"\s+)?(?:залишаю|лишаю|тримаю)ться)\s+(?:у|в)\b",
            "holder",
        ),
        # «там ще перебувають українські війська»: the force still at the place named before (anaphora: «там»)
        (
            "repelled",
            r"там\s+(?:" + UK_STILL + r"\s+|ще\s+)?(?:перебувають|знаходяться|залишаються|стоять|тримаються)\b",
            "holder there",
        ),
        # «тримають Часів Яр», not «тримають зв'язок / удар / слово / курс»
        (
            "repelled",
            r"(?:трима(?:ють|ємо|є|ли|ла|в))\b(?!\s+(?:зв|удар\w*|слов\w*|курс\w*|рук\w*|пауз\w*|в\s+курсі|себе|оборон\w*|під|на)\b)",
            "holder",
        ),
        ("fighting", r"(?:бої|боїв|бій|бою|боях)\b", ""),
        # «активізація противника поблизу X», «ворог активізувався»: the attacker's stepped-up fighting
        ("fighting", r"активізу\w*|активізац\w*|активізува\w*", "attack"),
        # «основні зусилля ворог зосереджував у районах X, Y»: where the attacks went
        ("fighting", r"зусил(?:ля|ь|лям|лями)\b(?=\s+(?:[\w’'ʼ-]+\s+){0,2}" + UK_EFFORT + ")", "attack"),
        ("fighting", UK_EFFORT + r"\w*\s+(?:[\w’'ʼ-]+\s+){0,2}зусил(?:ля|ь)\b", "attack"),
        ("fighting", r"(?:бойов\w*\s+(?:дії|дій|зіткнен\w*)|боєзіткнен\w*|зіткнен\w*)", ""),
        ("fighting", r"(?:штурмов|наступальн|наступально)\S*\s+(?:дії|дій|діях)", "attack"),
        (
            "fighting",
            r"(?:атакує|атакують|атакува\w*|штурмує|штурмують|штурмува\w*|наступає|наступають|наступа(?:ли|в|ла|ти))\b",
            "attack",
        ),
        ("fighting", r"(?:контратак\w*|контрнаступ\w*|контрудар\w*|наступ|наступу|наступом|наступі)\b", "attack"),
        ("fighting", rf"(?:атак{UK_FEM_A}|штурм{UK_MASC})\b", "attack"),
        ("fighting", r"(?:прорва|прорвати)" + W, "attack"),  # breaking through, to break through: tried
        # broken through (done, not tried), a breakthrough: an advance («прорвали оборону біля X», «прорив у X»)
        ("advanced", r"(?:прорвали|прорвав|прорвала|прорвано)\s+(?:[\w’'ʼ-]+\s+){0,3}оборон\w*", ""),
        ("advanced", r"(?:прорвал|прорвав|прорвано|прорив)" + W, ""),
        ("withdrew", r"(?:вийшл|вийшов|вийти|виходять|виходу|вихід)\w*\s+(?:з|із)\b", ""),
        ("withdrew", r"(?:відійш|відійти|відход|відхід|відступ)" + W, ""),
        ("withdrew", r"(?:відвел|відведен|відведено|вивел|виведен|вивести|виводять)" + W, ""),
        ("withdrew", r"перегрупу\w*", ""),  # «перегрупування з району X»: a pull-out
        ("withdrew", r"(?:перемісти|перемістил|переміщ)\w*(?=\s+(?:[\w’'ʼ-]+\s+){0,3}(?:вигідн|зручн)\w*)", ""),
        # «після здачі Вугледара», «здачу міста Бахмут»: a surrender
        ("withdrew", r"здач[аіуею]\b(?=\s+(?:(?:міста|села|селища)\s+)?(?-i:[А-ЯІЇЄҐ]))", ""),
        ("withdrew", r"(?:змінил|змінен|змінено|змінюва)\w*\s+(?:свої\s+)?позиці\w*", ""),
        ("captured", r"(?:оголоси|оголошу|заяви)\w*\s+(?:про\s+)?перемог\w*\s+(?:в|у|над)\b", ""),
        (
            "withdrew",
            r"(?:залишил|залишив|залишати|залишити|залишено|залишена|залишення|покинул|покинув)(?!\w*(?:ся|сь)\b)" + W,
            "",
        ),
        ("withdrew", r"(?:здав|здала|здали|здано)\b(?=\s+(?:місто\s+|село\s+)?(?-i:[А-ЯІЇЄҐ]))", ""),  # «здав Бахмут»
        ("withdrew", r"(?:кида|кинул|кинули|покида)\w*\s+(?:свої\s+)?позиці\w*", ""),  # «кидають позиції біля X»
        ("withdrew", r"(?:втекл|втік|тікають|втеч)" + W, ""),
        ("withdrew", r"(?:втрати(?:в|ла|ли|ло)\b|втрачено\b)" + NOT_COUNT, ""),  # not «втраченого становища»
        ("withdrew", r"втрат[уаи]\s+(?=(?-i:[А-ЯІЇЄҐ]))", "agent"),  # «визнали втрату (Росією) Соледара»
        ("advanced", r"рух\w*\s+(?:[\w’'ʼ-]+\s+){0,2}(?:військ|підрозділ|сил|штурмов)\w*", ""),
        ("advanced", r"ми\s+(?:вже|уже|тепер)(?=\s+(?:в|у|на)\s+(?-i:[А-ЯІЇЄҐ]))", ""),  # «Ми вже в Лимані»: we entered
        ("denied", r"не\s+відповіда\w*\s+дійсност\w*", ""),
        ("denied", r"(?<!не\s)запереч(?:ує|ують|ив|ила|или|ення)\b", ""),
        ("denied", r"(?:фейк|неправд|дезінформац|спростува|спростову|вкид)" + W, ""),
        ("denied", r"не\s+(?:підтверджу|підтвердж|підтвердил)" + W, ""),
        # «..., захопивши X, чого насправді немає»: what the claim says is not so
        ("denied", r"чого\s+(?:насправді|на\s+ділі|в\s+реальності)\s+(?:немає|нема|не\s+було|не\s+сталося)", ""),
        ("denied", r"попри\s+(?:[\w’'ʼ-]+\s+){0,2}заяв\w*", "beside"),  # «під контролем Сил оборони попри заяви росіян»
        ("denied", r"(?:сір(?:ій|у|а)|сірої)\s+зон" + W, ""),
    ),
    "ru": (
        ("captured", r"освобо(?:д|ж)" + W, ""),
        ("captured", r"деоккуп" + W, "ua"),
        ("captured", r"освобожд[её]нн" + W, "attr"),
        ("captured", r"зачищ" + W, ""),
        ("captured", r"зачисти(?:л|ти|ть)" + W, ""),  # the infinitive after «вдалося», «удалось»
        ("captured", r"зачистк" + W, ""),
        # «очистили X от националистов» (not of mines); «продолжают очищать», «добивают противника»: an advance
        ("captured", r"(?:очисти(?:ли|л|ла|ть)\b|очищен\w*)" + NOT_DEMINING, ""),
        ("advanced", r"(?:очища(?:ют|ет|ли|ть)|добива(?:ют|ет))\b" + NOT_DEMINING, ""),
        # «блокировали Соледар», «заблокирован город X», not attacks or roads blocked
        ("advanced", r"(?:(?:за)?блокирова(?:ли|л|ла|но)|(?:за)?блокирован[аоы]?)\s+(?=" + RU_PLACE_AHEAD + ")", ""),
        ("withdrew", r"(?:выбиты|выбит|выбита|вытеснены|вытеснен|вытеснена)\b", ""),
        ("withdrew", r"(?:утратил|потерял|утрачен|потерян)\w*\s+контрол" + W, ""),
        # «признал утрату (украинской армией) контроля над X»
        ("withdrew", r"(?:утрат|потер)\w*\s+(?:[\w’'ʼ-]+\s+){0,3}?контроля\s+(?:над|за)\b", ""),
        # «сохраняют (неполный) контроль над X»: still holding it
        ("repelled", r"(?:сохраня|сохран|удержива|удерж)\w*\s+(?:[\w’'ʼ-]+\s+){0,2}?контроль\s+(?:над|за)\b", "holder"),
        (
            "captured",
            r"(?:взял|взяли|взята|взят|взятие|взятии|взятия|взять)\w*\s+под\s+(?:свой\s+|полный\s+)?контрол" + W,
            "",
        ),
        ("captured", r"(?:взятии|взятие|взятия)\b", ""),
        (
            "captured",
            r"(?:взяли|взял|взяла|взята|взят|взято|взяты|взять)\b" + NOT_A_PLACE_TAKEN,
            "",
        ),
        ("repelled", r"(?:оказыва|оказал|окажут)\w*\s+(?:[\w’'ʼ-]+\s+)?сопротивлени\w*", ""),
        (
            "advanced",
            r"(?:находя|наход|закрепи|закрепл)\w*\s+(?:уже\s+)?(?:на|в)\s+(?:окраин|пригород|окрестност)\w*",
            "",
        ),
        (
            "captured",
            r"(?:установил|установлен|установив)\w*\s+(?:[\w’'ʼ-]+(?:ыми|ими|ами|ями|ом|ой|ем)\s+){0,3}(?:полн\w*\s+)?контрол(?:ь|я)\b",
            "",
        ),
        ("captured", r"(?:вернул|возвращ)\w*\s+под\s+(?:свой\s+)?контрол" + W, ""),
        (
            "captured",
            r"(?:восстановил|восстановлен|вернул|вернули|возвращен|возвращён|возвращени)\w*\s+(?:свой\s+|полный\s+)?контрол(?:ь|я)\b",
            "",
        ),
        ("captured", r"перешл?\w*\s+под\s+(?:полный\s+)?контрол" + W, ""),
        # «о переходе Купянска под контроль российских войск»
        ("captured", r"(?:переход|перехода|переходе)\s+(?:[\w’'ʼ-]+\s+){1,3}?под\s+(?:полный\s+)?контрол" + W, ""),
        # the verb after its phrase: «под контроль ВС РФ перешли X, Y»
        (
            "captured",
            r"под\s+(?:полный\s+)?контроль(?=\s+(?:[\w’'ʼ-]+\s+){0,4}(?:перешл|перешел|перешёл|переход|перейд)\w*)",
            "",
        ),
        ("captured", r"под\s+(?:(?!огнев)[\w’'ʼ-]+\s+){0,2}контролем", ""),
        # «контролируется войсками»: by them
        ("captured", r"контролиру(?:ют|ет)(?:ся)?\b|контролировал\w*|контролировать\b", ""),
        ("captured", r"(?:заняли|занял|заняла|занята|занят|занято|заняты|занять)\b", ""),
        ("captured", r"(?:захват|захвач)" + W, ""),  # «захватили», «захвачена»
        ("captured", r"(?:забра|забер[уёе])\w*\s+(?:ни\s+)?(?=(?-i:[А-ЯЁ]))", ""),  # «забрали Авдеевку»
        ("captured", r"овладе" + W, ""),
        ("captured", r"оккупирова\w*|оккупир\w*", "ru weak"),
        # background control: «подконтрольная Киеву Авдеевка», «под оккупацией»
        ("captured", r"подконтрольн\w*\s+(?:Украине|Киеву|ВСУ)\b", "ua weak next"),
        ("captured", r"подконтрольн\w*\s+(?:России|РФ|Москве|россиянам|оккупантам)\b", "ru weak next"),
        ("captured", r"(?:под|в)\s+(?:временн\w*\s+)?оккупаци(?:ей|и)\b", "ru weak"),
        # a place won back («отбили Кузьминовку», «удалось отбить населенный пункт X»), not attacks beaten off
        (
            "captured",
            r"(?:отбил|отбить|отбит[аоы]?\b)\w*\s+(?:у\s+(?:противника|врага)\s+)?(?=" + RU_PLACE_AHEAD + ")",
            "",
        ),
        (
            "captured",
            r"(?:поднял|подняли|поднят|водрузил|водружен|установил)\w*\s+(?:[\w’'ʼ-]+\s+){0,2}флаг" + W,
            "flag",
        ),
        (
            "captured",
            r"флаг\w*\s+(?:[\w’'ʼ-]+\s+){0,3}(?:поднят|поднял|водрузил|водружен|установлен|установил|развева)\w*",
            "flag",
        ),
        # clearing still under way: «зачистка продолжается», «зачистка триває»
        ("advanced", r"зачистк\w*\s+(?:[\w’'ʼ-]+\s+){0,2}(?:продолжа|продовжу|трива|ид[её]т|йде)\w*", ""),
        ("advanced", r"продви(?:н|г|ж)" + W, ""),
        ("advanced", r"(?:инфильтрова|просочи|просачива|проник)" + W, ""),  # infiltrating (LABELING)
        ("advanced", r"закреп(?:ил|ля|ит|ят)" + W, ""),
        ("advanced", r"закрепить" + W, ""),
        (
            "advanced",
            r"(?:вошли|вошел|вошёл|вошла|зашел|зашёл|зашла|заходят|зашли|заход(?:ит|ил|ить|я)|входят|вклини|вклинил|зайти|войти|войдут|зайдут|ворвал|прорвал\w*\s+(?:в|во|к)\b)"
            + W,
            "",
        ),
        (
            "advanced",
            r"(?:подошл|подошел|подошёл|приблизил|приблизи|приближа|подступ|подход(?:ят|ит|или|ил|ила))\w*\s+(?:вплотную\s+)?к\b(?!\s+(?:концу|завершению|финалу))",
            "",
        ),
        # reaching the outskirts: «вышли к окраинам X», «на окраины»
        (
            "advanced",
            r"(?:вышл|вышел|выйд|выйт|выход|дошл|дошел|дошёл|дойд|дойт|доход|достигл|достигн|достига)\w*\s+(?:к|на|до)\s+(?:окраин|пригород|предмест)\w*",
            "",
        ),
        ("advanced", r"(?:имел|имеют|имели|добил)\w*\s+(?:частичн\w*\s+)?успех" + W, ""),
        ("advanced", r"улучш\w*\s+(?:свои\s+|своё\s+|свое\s+|тактическое\s+)?(?:положени|позици)" + W, ""),
        ("advanced", r"(?:выбива|вытесня|выбить|вытеснить|потесни|тесни|выдавлива|выдавить)" + W, "loser"),
        ("captured", r"(?:выбили|выбил|выбила|вытеснили|вытеснил|вытеснила)\b", "loser"),
        (
            "advanced",
            r"(?:окружил|окружают|окружить|взя\w*\s+в\s+(?:окружение|кольцо|полукольцо))" + W,
            "",
        ),
        ("advanced", r"(?:окружен[оаы]?\b|окружён[оаы]?\b|в\s+(?:окружении|кольце))" + W, "passive"),  # encircled
        (
            "repelled",
            r"(?:отбил|отбива|отбит|отраж|отрази|остановил|остановлен|сдерж|отброси|отбрасыва|отброшен|ликвидир|локализ|блокир|заблокир|сорвал|сорвали|сорвано)\w*\s+(?:[\w’'ʼ-]+\s+){0,3}(?:атак|штурм|наступ|контратак|попыт|прорыв|вклинени)"
            + W,
            "",
        ),
        ("repelled", r"(?:отброси|отбрасыва|отброшен)" + W, ""),
        # «пресекли деятельность диверсионных групп», «пресечена попытка прорыва»: the attempt stopped (not a
        # rotation's: «пресечена попытка ротации» is no attack)
        (
            "repelled",
            r"(?:пресек|пресеч)\w*\s+(?:[\w’'ʼ-]+\s+){0,4}(?:атак|штурм|наступ|контратак|прорыв|вклинени|деятельност"
            r"|действи|вылазк|попытк\w*\s+(?:[\w’'ʼ-]+\s+)?(?:прорыв|прорва|наступ|атак|штурм|контратак|продвин|вклин))"
            + W,
            "",
        ),
        ("repelled", r"(?:были|был|была)\s+(?:отброшен|отбит|остановлен)" + W, "passive"),
        (
            "repelled",
            rf"(?:атак{RU_FEM_A}|штурм{RU_MASC}|наступлени\w*|контратак{RU_FEM_A})\s+(?:[\w’'ʼ-]+\s+){{0,4}}"
            r"(?:отбит|отбил|отражен|отраж|отрази|остановл)" + W,
            "",
        ),
        ("repelled", r"(?:отражен|отражены|отбиты|отбито)" + W, ""),
        ("repelled", r"(?:сдержива|сдержал|сдерживани|остановил)" + W, ""),
        ("repelled", r"(?:выдержива|выдержал|выдерж[иа]т)\w*\s+(?:[\w’'ʼ-]+\s+)?(?:натиск|напор|удар|штурм)\w*", ""),
        ("repelled", r"(?:удерж|удержив|удержал|держат|держим)\w*\s*(?:оборону|позиции|рубеж\w*)?", "holder"),
        ("repelled", r"оборон\w*\s+(?:[\w’'ʼ-]+\s+){0,4}(?:продолжается|продолжалась)", ""),
        ("repelled", r"(?:продолжается|продолжалась|продолжают)\s+(?:[\w’'ʼ-]+\s+)?оборон\w*", ""),
        (
            "advanced",
            r"(?:восстановил|восстановлен|вернул|вернули|отбил|отвоева)\w*\s+(?:[\w’'ʼ-]+\s+)?(?:утраченн\w*\s+|потерянн\w*\s+)?позици\w*",
            "",
        ),
        ("repelled", r"(?:обороня|удерживающ|удерживаю|удержива|удержат|удержал)\w*", "holder"),
        ("advanced", r"(?:наход|сто[яи])\w*\s+(?:уже\s+)?(?:на|в)\s+(?:въезд\w*|окраин\w*|подступах)", ""),
        (
            "captured",
            r"(?<!инициатива\s)в\s+руках\s+(?:[\w’'ʼ-]+\s+)?(?:ВСУ|противника|врага|россиян|украин\w*|российск\w*|русск\w*)",
            "",
        ),
        # «наши подразделения по-прежнему находятся в X», «бойцы остаются в X»
        (
            "repelled",
            RU_FORCE
            + r"(?:"
            + RU_STILL
            + r"\s+(?:наход|сто)\w*|(?:"
            + RU_STILL
            + r"\s+)?(?:оста[ю]тся|удерживаются))\s+в\b",
            "holder",
        ),
        # «там по-прежнему находятся наши подразделения»: the force still at the place named before
        (
            "repelled",
            r"там\s+(?:" + RU_STILL + r"\s+|ещ[её]\s+)?(?:находятся|остаются|стоят|держатся)\b",
            "holder there",
        ),
        ("fighting", r"(?:бои|боев|бой|боях|боя)\b", ""),
        ("fighting", r"активизир\w*|активизац\w*", "attack"),  # «противник активизировался у X»
        ("fighting", r"усили(?:я|й|ям|ями)\b(?=\s+(?:[\w’'ʼ-]+\s+){0,2}" + RU_EFFORT + ")", "attack"),
        ("fighting", RU_EFFORT + r"\w*\s+(?:[\w’'ʼ-]+\s+){0,2}усили(?:я|й)\b", "attack"),
        ("fighting", r"(?:боев\w*\s+(?:действи\w*|столкновени\w*)|боестолкновени\w*|столкновени\w*|стычк\w*)", ""),
        ("fighting", r"(?:штурмов|наступательн|наступательно)\S*\s+(?:действи\w*)", "attack"),
        (
            "fighting",
            r"(?:атакует|атакуют|атакова(?:л|ла|ли|ть)|штурмует|штурмуют|штурмова(?:л|ла|ли|ть)|наступает|наступают|наступа(?:л|ла|ли|ть))\b",
            "attack",
        ),
        ("fighting", r"(?:контратак\w*|контрнаступлени\w*|контрудар\w*|наступлени\w*)", "attack"),
        ("fighting", rf"(?:атак{RU_FEM_A}|штурм{RU_MASC})\b", "attack"),
        ("fighting", r"(?:прорыва|прорвать)" + W, "attack"),
        ("advanced", r"(?:прорвали|прорвал|прорвав|прорвала|прорвана)\s+(?:[\w’'ʼ-]+\s+){0,3}оборон\w*", ""),
        ("advanced", r"(?:прорвал|прорвав|прорван|прорыв)" + W, ""),
        ("withdrew", r"(?:отошл|отошел|отошёл|отошли|отойти|отходят|отход|отступ)" + W, ""),
        ("withdrew", r"(?:отвел|отведен|отвод|вывел|выведен|вывод|вывести)" + W, ""),
        ("withdrew", r"(?:сменил|сменен|сменён|смени)\w*\s+(?:свои\s+)?позици\w*", ""),
        ("captured", r"(?:объяви|объявля|заяви)\w*\s+(?:о\s+)?побед\w*\s+(?:в|во|над)\b", ""),
        ("withdrew", r"(?:оставил|оставлен|оставлять|оставить|покинул|покинуть|покида)" + W, ""),
        ("withdrew", r"брос(?:ают|ает|или|ил|ила|ать|ив)\s+(?:свои\s+)?позици\w*", ""),  # «бросают позиции под X»
        # «сдали Бахмут»
        ("withdrew", r"(?:сдал|сдала|сдали|сдано|сдан)\b(?=\s+(?:город\s+|село\s+)?(?-i:[А-ЯЁ]))", ""),
        # the euphemism of a pull-out: «перегруппировка войск из района X»
        ("withdrew", r"перегруппир\w*", ""),
        # «переместиться на более выгодные позиции в районе X»: the euphemism of a pull-out
        ("withdrew", r"(?:перемести|переместил|перемещ)\w*(?=\s+(?:[\w’'ʼ-]+\s+){0,3}(?:выгодн|удобн)\w*)", ""),
        ("withdrew", r"сдач[аиуе]\b(?=\s+(?:(?:города|села|поселка)\s+)?(?-i:[А-ЯЁ]))", ""),  # «после сдачи Угледара»
        ("withdrew", r"(?:вышли|вышел|вышла|выход)\w*\s+из\b", ""),
        ("withdrew", r"(?:ушли|ушел)\s+из\b", ""),
        ("withdrew", r"(?:бежал|бежали|сбежал)" + W, ""),
        ("withdrew", r"(?:потерял|утратил)\w*+" + NOT_COUNT, ""),
        ("withdrew", r"(?:потер[юяи]|утрат[уыа])\s+(?=(?-i:[А-ЯЁ]))", "agent"),  # «признали потерю (Россией) Соледара»
        # «движение наших войск в сторону X»: an advance
        ("advanced", r"движени\w*\s+(?:[\w’'ʼ-]+\s+){0,2}(?:войск|подразделени|сил|штурмов)\w*", ""),
        ("advanced", r"мы\s+(?:уже|теперь)(?=\s+(?:в|во|на)\s+(?-i:[А-ЯЁ]))", ""),  # «Мы уже в X»: we entered
        ("denied", r"не\s+соответству\w*\s+действительност\w*", ""),
        ("denied", r"(?<!не\s)(?:отрица(?:ет|ют|л|ла|ли|ние|ния)|отверг(?:ает|ают|ла|ли)?)\b", ""),
        ("denied", r"(?:фейк|неправд|дезинформац|опроверг|вброс|вбросы|вымысел|ложь)" + W, ""),
        ("denied", r"не\s+(?:подтвержда|подтвержд|подтвердил)" + W, ""),
        (
            "denied",
            r"чего\s+(?:на\s+самом\s+деле|в\s+действительности|в\s+реальности)\s+(?:нет|не\s+было|не\s+произошло)",
            "",
        ),
        ("denied", r"(?:вопреки|несмотря\s+на)\s+(?:[\w’'ʼ-]+\s+){0,2}(?:заявлени|утверждени)\w*", "beside"),
        ("denied", r"(?:сер(?:ой|ую|ая))\s+зон" + W, ""),
    ),
    "en": (
        # background control: "Russian-held Donetsk", "the Ukrainian-controlled town" (the side is the prefix);
        # first, as the plain "controlled" would win a tie
        ("captured", r"(?:(?<=Russian-)|(?<=Russia-)|(?<=Moscow-))(?:held|controlled|occupied)\b", "ru weak next"),
        ("captured", r"(?:(?<=Ukrainian-)|(?<=Ukraine-)|(?<=Kyiv-)|(?<=Kiev-))(?:held|controlled)\b", "ua weak next"),
        ("captured", r"liberat" + W, ""),
        ("captured", r"(?:the|newly|recently)\s+liberated\b", "attr"),
        (
            "captured",
            r"(?:recaptur|captur|retook|retaken|retak|reconquer|reconquest|reclaim|seiz|regain|(?:won|took|taken|win|take)\s+back)\w*(?:\s+(?:the\s+|some\s+)?(?:previously\s+)?lost\b)?",
            "",
        ),
        (
            "captured",
            r"(?:took|taken|take|taking|takes|establish\w*|assum\w*|regain\w*|restor\w*|recover\w*|re-?establish\w*)\s+(?:full\s+|complete\s+)?control",
            "",
        ),
        ("captured", r"under\s+(?:the\s+)?(?:full\s+|complete\s+)?(?:[\w’'ʼ-]+\s+){0,3}control", ""),
        ("captured", r"(?:was|were|been|be|being|had|has|have)\s+(?:\w+ly\s+)?taken\b", ""),
        ("captured", r"(?<!fire\s)(?:control|controls|controlled|controlling)\b", ""),  # not "fire control"
        ("captured", r"cleared\b", ""),
        ("captured", r"grabb(?:ed|ing)\b(?!\s+(?:headlines|attention))", ""),  # "first grabbed by Ukrainian troops"
        ("captured", r"(?:managed|able)\s+to\s+clear\b|succeeded\s+in\s+clearing\b", ""),
        ("captured", r"(?:occupied|occupy|occupying)\b(?!\s+(?:part|territor))", "ru weak"),
        # "took" with its object before it: "Soledar, which Russian forces took in January 2023"
        (
            "captured",
            r"took\b(?=\s*[,.;)]|\s+(?:in|on|by|back\s+in)\s+(?:early\s+|late\s+|mid-?)?(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:19|20)\d\d|the\s+(?:spring|summer|autumn|fall|winter)))",
            "",
        ),
        ("captured", r"clear(?:ing|s)?\s+(?:[\w’'ʼ-]+\s+){0,2}of\b", ""),
        (
            "captured",
            r"(?:release|deoccupation|de-occupation|deoccupied|de-occupied)\w*\s+(?:of|to)?|fall\s+of\b"
            r"|fell\b(?!\s+(?:in|on|onto|into|near|over|across|at|back|to)\b)",
            "",
        ),
        # "X fell to Russian forces": the side right after the phrase took it
        ("captured", r"(?:fell|fall|falls|falling)\s+to\b", "agent"),
        ("withdrew", r"(?:fell|fall|falls|falling)\s+back\b", ""),
        (
            "captured",
            r"(?:declar\w*|claim\w*|proclaim\w*|announc\w*)\s+(?:[\w’'ʼ-]+\s+){0,2}victory\s+(?:in|over|at)\b",
            "",
        ),
        # "positions were changed near X": the official euphemism for pulling back
        (
            "withdrew",
            r"(?:chang\w*|shift\w*)\s+(?:their\s+|its\s+)?positions\b|positions\s+(?:were|have\s+been)\s+changed\b",
            "",
        ),
        ("captured", r"(?:hoist\w*|rais\w*|return\w*|plant\w*)\s+(?:[\w’'ʼ-]+\s+){0,3}flag" + W, "flag"),
        ("captured", r"flag\w*\s+(?:[\w’'ʼ-]+\s+){0,3}(?:hoisted|raised|flies|flying|waves|waving|flutter\w*)", "flag"),
        ("advanced", r"we(?:\s+are|['’]re)\s+(?:already|now)(?=\s+in\s+(?-i:[A-Z]))", ""),
        # "the Ukrainian flag is already in X"
        ("captured", r"flags?\s+(?:is|are|was|were)\s+(?:already\s+|now\s+|back\s+)?(?:in|over|above)\b", "flag"),
        ("captured", r"(?:is|are)\s+ours\b", "rhetoric"),
        ("advanced", r"advanc" + W, ""),
        ("advanced", r"(?:are|is)\s+(?:\w+ly\s+)?(?:clearing|liberating|capturing)\b", ""),
        ("advanced", r"(?:are|is|were|was)\s+(?:now\s+|already\s+)?(?:on|at|in)\s+the\s+(?:outskirts|edge)\b", ""),
        (
            "advanced",
            r"(?:reach\w*|approach\w*|got\s+to|gets\s+to|arriv\w*\s+(?:at|on))\s+the\s+(?:outskirts|edges?|suburbs|fringes)\b",
            "",
        ),
        (
            "advanced",
            r"(?:push\w*|broke|break\w*|stormed|made\s+(?:it\s+)?)\s+(?:further\s+|deeper\s+|farther\s+)?(?:into|inside)\b"
            r"|clos(?:e|es|ed|ing)\s+in\s+on\b",
            "",
        ),
        (
            "captured",
            r"overr(?:an|un|unning|uns)\b|(?:took|take|takes|taking)\s+(?:over\s+)?(?=(?-i:[A-Z])[\w-]++(?![’'ʼ]))",
            "",
        ),
        ("withdrew", r"(?:lost|lose|loses|losing|ceded|loss\s+of)\s+control" + W, ""),
        ("advanced", r"(?:entered|entering|enter|foothold|gained\s+ground|made\s+gains|gains\s+(?:in|near|at))\b", ""),
        ("advanced", r"(?:pushing|push|pushes|driving|drive)\s+(?:[\w’'ʼ-]+\s+){0,3}out\b", "loser"),
        ("captured", r"(?:pushed|drove|driven)\s+(?:[\w’'ʼ-]+\s+){0,3}out\b", "loser"),
        ("advanced", r"(?:dislodg(?:e|es|ing)|oust(?:s|ing)?)\b", "loser"),
        ("captured", r"(?:dislodged|ousted)\b", "loser"),
        # "Ukrainian forces were encircled": the side named before is the one in the ring
        (
            "advanced",
            r"(?:were|was|is|are|been|being|be|got|get)\s+(?:\w+ly\s+|almost\s+|nearly\s+)?(?:encircled|surrounded)\b",
            "passive",
        ),
        ("advanced", r"(?:encircl|surround)" + W, ""),
        ("advanced", r"blockad(?:ed|ing|es)\b", ""),  # "blockaded Soledar"
        ("advanced", r"(?:infiltrat|penetrat)" + W, ""),
        # as «наближаються до»; weak: "the aid convoy approached Kherson" is no advance
        ("advanced", r"(?:approaching|approached|closing\s+in\s+on|closed\s+in\s+on)\b", "weak"),
        # "inching towards X", "edging closer to X", "pushed toward X": moving on it
        (
            "advanced",
            r"(?:inch(?:ed|es|ing)?|edg(?:e|es|ed|ing)|creep(?:s|ing)?|crept|push(?:ed|es|ing)?|press(?:ed|es|ing)?"
            r")\s+(?:\w+\s+)?(?:towards?|closer\s+to)\b",
            "weak",
        ),
        # a force moving on it or into it ("troops were moving toward the center of X", "moving further inside X"),
        # not refugees moving
        (
            "advanced",
            EN_FORCE + r"(?:(?:are|were|is|was|have\s+been|had\s+been|may\s+be|might\s+be)\s+)?(?:still\s+)?"
            r"mov(?:e|es|ed|ing)\s+(?:further\s+|deeper\s+|farther\s+|closer\s+)?(?:towards?|to|into|inside)\b",
            "",
        ),
        ("advanced", r"(?:entrench|consolidat)" + W, ""),
        ("advanced", r"(?:successes|success|successful)\b", ""),
        (
            "advanced",
            r"(?:made|making|make|makes|reported|some|further)\s+progress\b|(?<!\bin\s)progress(?:ed)?\s+(?:in|near|towards?)\b",
            "",
        ),
        ("advanced", r"improv\w*\s+(?:their\s+|its\s+|the\s+)?(?:tactical\s+)?position" + W, ""),
        ("repelled", r"(?:repel|repuls|thwart|foil|beat\s+back|beaten\s+back|fought\s+off|fend\w*\s+off)" + W, ""),
        (
            "repelled",
            r"(?:repel|repuls|thwart|foil|beat\s+back|beaten\s+back|fought\s+off|fend\w*\s+off|stopp?\w*|halt\w*|push\w*\s+back|threw\s+back)\w*\s+(?:[\w’'ʼ-]+\s+){0,3}(?:attacks?|assaults?|attempts?|counterattacks?|counter-attacks?|offensives?|advances?)\b",
            "",
        ),
        (
            "repelled",
            r"(?:was|were|been|being|got)\s+(?:\w+ly\s+)?(?:repelled|repulsed|beaten\s+back|thrown\s+back|pushed\s+back|stopped|halted|thwarted)\b",
            "passive",
        ),
        ("repelled", r"(?:attacks?|assaults?)\s+(?:[\w’'ʼ-]+\s+){0,4}(?:repel|repuls|thwart|stopped|halted)\w*", ""),
        ("repelled", r"(?:hold\w*|held)\s+(?:back|off|the\s+line|their\s+ground|positions?)\b", ""),
        ("repelled", r"(?:stopped|halted|contained)\b", ""),
        (
            "repelled",
            r"(?:fight\w*|struggl\w*|battl\w*)\s+to\s+(?:hold|keep|defend|retain)\b|hold(?:s|ing)?\s+on\s+to\b|held\s+on\s+to\b",
            "",
        ),
        ("repelled", r"(?:defending|defend|defends|defended)\b", ""),
        # "continue to hold X", "X is still held by": holding it (not "hold talks", "held captive", "Russian-held")
        (
            "repelled",
            r"(?<!['’]s\s)(?:hold|holds|holding|held)\b(?!-|\s+(?:talks|elections?|referend\w*|meetings?|a|an|captive|prisoners?"
            r"|hostages?|responsible|accountable|back|off|on|up|out|office|power|press|briefings?|consultations?|phone"
            r"|calls?|at|in|of|over)\b)",
            "",
        ),
        ("repelled", r"(?:is|are|was|were|be|been|being|remains?|remained)\s+(?:still\s+)?held\s+by\b", "agent"),
        # "our units are (still) there", "Ukrainian units remained there": the force still at the place named before
        (
            "repelled",
            EN_FORCE + r"(?:(?:are|were|is|was)\s+(?:still\s+)?|still\s+(?:are|were)\s+|remain(?:s|ed)?\s+)there\b",
            "holder there",
        ),
        # "our units are still in X", "Ukrainian troops remain in X": the force still there holds it
        (
            "repelled",
            EN_FORCE + r"(?:(?:are|were|is|was)\s+still|still\s+(?:are|were)|remain(?:s|ed)?|stay(?:s|ed)?"
            r"|(?:are|were)\s+still\s+(?:present|stationed))\s+(?:in|inside)\b",
            "holder",
        ),
        # "Russia's hold of Izium", "Moscow's grip on X": the side's control, background
        ("captured", r"(?<=['’]s\s)(?:hold|grip|control)\s+(?:of|on|over)\b", "weak"),
        # "remains in Ukrainian hands", "fell into Russian hands": control, its holder inside the phrase
        (
            "captured",
            r"(?:in|into)\s+(?:Ukrainian|Ukraine['’]s|Kyiv['’]s|Russian|Russia['’]s|Moscow['’]s|enemy)\s+hands\b",
            "",
        ),
        ("repelled", r"defen[cs]e\s+of\s+(?:[\w’'ʼ-]+\s+){1,4}(?:continu|holds|goes\s+on|is\s+holding)" + W, ""),
        ("fighting", r"(?:fighting|fights?|clashes|clash|battles?|combat)\b", ""),
        # "increased Russian activity near X", "activity intensified": the attacker's stepped-up fighting
        (
            "fighting",
            r"(?:increased|intensified|stepped-up|heightened)\b(?=\s+(?:[\w’'-]+\s+)?activity\b)|activity\s+(?:has\s+)?(?:intensified|increased)\b",
            "attack",
        ),
        ("fighting", r"(?:concentrat|focus|direct)\w*\s+(?:[\w’'ʼ-]+\s+){0,3}efforts\b", "attack"),
        (
            "fighting",
            r"(?:assaults?|attacks?|storming|offensive\s+actions?|offensive\s+operations?)\b(?!\s+(?:brigade|troops|units?|groups?|detachments?|regiment|battalion|aircraft|helicopters?|drones?))",
            "attack",
        ),
        ("fighting", r"(?:attacking|attacked|assaulting|assaulted|stormed|storms)\b", "attack"),
        ("fighting", r"(?:storming|(?<=to\s)(?:storm|attack|assault))\b", "attack"),  # "trying to storm", "to attack"
        # the noun "offensive": "launched an offensive near X", "a new offensive attempt in the area of X" (not
        # "offensive weapons")
        (
            "fighting",
            r"(?:counter-?)?offensive\b(?=\s+(?:attempts?|push(?:es)?|efforts?|near|toward|towards|around)\b)"
            r"|(?:an|new|renewed|fresh|major)\s+(?:counter-?)?offensive\b(?=\s+(?:in|on|at)\b)",
            "attack",
        ),
        ("fighting", r"counter-?attack(?:s|ed|ing)?\b", "attack"),
        ("fighting", r"(?:break|broke)\s+through", "attack"),  # "trying to break through", "broke through" alone
        ("advanced", r"(?:broke|broken)\s+through\s+(?:[\w’'ʼ-]+\s+){0,3}(?:defen[cs]es?|lines?)\b", ""),
        ("advanced", r"(?:breakthroughs?|breached)\b", ""),
        ("withdrew", r"(?:withdr|retreat|pull\w*\s+out|pull\w*\s+back|abandon)" + W, ""),
        ("withdrew", r"regroup\w*\s+(?:[\w’'ʼ-]+\s+){0,2}from\b", ""),  # "regrouped from the X area": a pull-out
        ("withdrew", r"(?:been|was|were|got)\s+(?:pushed|forced|driven|kicked)\s+out\b", ""),
        # not "no buildings left in X" (remaining), "the left bank"
        (
            "withdrew",
            r"(?:left|leave|leaving)\b(?!\s+(?:bank|flank|side|wing|behind|in|at|on|there|intact|alive)\b)",
            "",
        ),
        # not "its lost positions" (an adjective)
        ("withdrew", r"(?<!\bits\s)(?<!\btheir\s)(?<!\bthe\s)(?:lost|loss\s+of|lose)\b" + NOT_COUNT, ""),
        ("withdrew", r"surrender(?:ed|ing|s)?\b", ""),  # "the surrender of Vuhledar"
        ("withdrew", r"fled\b", ""),
        (
            "denied",
            r"(?:untrue|not\s+true|false|fake|disinformation|propaganda|denied|deny|denies|refut\w*|reject(?:ed|s)?|dismiss(?:ed|es)?)\b",
            "",
        ),
        ("denied", r"(?:gr[ae]y\s+zone|not\s+confirm\w*|no\s+confirmation)\b", ""),
        (
            "advanced",
            r"reach(?:ed|es|ing)?\b(?=\s+(?:the\s+(?:[\w-]+\s+)?(?:city|town|village|settlement)\s+of\b|(?-i:[A-Z])))",
            "weak",  # as "approaching": aid convoys reaching Kherson is no advance
        ),
        ("denied", r"despite\s+(?:the\s+)?(?:[\w’'ʼ-]+\s+){0,2}(?:claims?|statements?|assertions?)\b", "beside"),
    ),
}
