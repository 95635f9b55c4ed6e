# ruff: noqa: E501
"""Data only: the phrases that make a claim, per language and kind, and the words that modify or cancel one.

Every entry is a regular-expression fragment matched case-insensitively at a word start. Stems end in `\\w*` so
inflected forms match (звільнили / звільнено / звільнення; освободили / освобождён; liberated / liberating).
Trigger flags:
  attack   the phrase describes the attacker's action (fighting); with a failure word it becomes `repelled`
           for the other side.
  loser    the object after the phrase is the side that lost ground (вибили росіян, pushing the Russians out).
  attr     an attribute before the place name ("the liberated Klishchiivka"): the actor is the speaker's side.
  ua / ru  the phrase itself names the side (деокупували -> ua).
  partial  the phrase states partial control (more than half under control) -> `advanced`.
  weak     a background attribute ("occupied Horlivka"): no claim in a sentence about strikes or casualties.
  rhetoric a declaration right after the place name ("Кліщіївка наша!"); lower confidence.
"""

from __future__ import annotations

from typing import Final

W: Final = r"\w*"
# A loss of people or equipment, not of ground: «втратили до 200 військових», "lost 1,200 soldiers".
NOT_COUNT: Final = r"(?!\s+(?:до|около|свыше|более|понад|близько|майже|up\s+to|about|over|more|nearly|almost)\b|\s+\d)"

# (kind, pattern, flags); order within a language does not matter: the longest match at a position wins.
TRIGGERS: Final[dict[str, tuple[tuple[str, str, str], ...]]] = {
    "uk": (
        # still under way; first of all languages, as the tables share one matcher and the first wins a tie
        ("advanced", r"(?:звільня|визволя|зачища)(?:ють|є)\b|(?:освобожда|зачища)(?:ют|ет)\b", ""),
        ("captured", r"звільн" + W, ""),
        ("captured", r"звільнен(?:ий|ого|ому|ої|ій|у|их|ими|і)\b", "attr weak"),
        ("captured", r"визвол" + W, ""),
        ("captured", r"деокуп" + W, "ua"),
        ("captured", r"зачищ" + W, ""),
        ("captured", r"зачистил" + W, ""),
        ("captured", r"зачистк" + W, ""),
        ("withdrew", r"(?:вибиті|витіснені|вибитий|витіснений|вибита|витіснена)\b", ""),
        ("withdrew", r"(?:втратил|втрачен)\w*\s+контроль" + W, ""),
        ("captured", r"(?:взял|взяти|взято|взяла|взяв|брали|беруть)\w*\s+під\s+(?:свій\s+|повний\s+)?контрол" + W, ""),
        ("captured", r"(?:встановил|встановлен|установил)\w*\s+(?:повний\s+)?контроль", ""),
        ("captured", r"поверн\w*\s+під\s+(?:свій\s+|український\s+)?контрол" + W, ""),
        ("captured", r"(?:відновил|відновлен|відновле|поверну|повернул|повернен)\w*\s+(?:свій\s+|повний\s+)?контроль\b", ""),
        ("captured", r"перейш\w*\s+під\s+(?:повний\s+)?контрол" + W, ""),
        ("captured", r"під\s+(?:повним\s+)?контролем", ""),
        ("captured", r"(?:взяли|взяв|взяла|взято)\b(?!\s+(?:(?:у|в)\s+(?:плен|полон|кольцо|кільце)|на\s+(?:себя|себе)|(?:под|під)\s+(?:обстрел|обстріл|прицел|приціл|охрану|охорону)|курс|паузу|участие|участь|ответственност\w*|відповідальн\w*|слово|интервью|інтерв\w*))", ""),
        ("repelled", r"(?:чин|чинил|чинять)\w*\s+(?:\w+\s+)?(?:опір|спротив)", ""),
        ("advanced", r"(?:перебува|знаход|закріпи|закріпл)\w*\s+(?:вже\s+)?(?:на|в|у)\s+(?:околиц|передміст|окраїн)\w*", ""),
        ("captured", r"контролю(?:ють|є|вали|вав)\b", ""),
        ("captured", r"(?:зайнял|зайняли|зайнято|зайняти)" + W, ""),
        ("captured", r"захопи" + W, "ru"),
        ("captured", r"захопл" + W, "ru"),
        ("captured", r"оволоді" + W, ""),
        ("captured", r"окупова\w*|окупува\w*", "ru weak"),
        ("captured", r"відбил\w*\s+(?=[А-ЯІЇЄҐ])", ""),
        ("captured", r"(?:підня|піднят|встанови|поверну|майорить|майорів)\w*\s+(?:\w+\s+){0,2}(?:прапор|стяг)" + W, "ua"),
        ("captured", r"(?:прапор|стяг)\w*\s+(?:\w+\s+){0,3}(?:піднято|піднял|підняли|встановили|майорить)" + W, "ua"),
        ("captured", r"(?:[-–—:]\s*|це\s+|вона\s+|він\s+|—\s+)?(?:наша|наш|українська|український|українське)(?=\s*[!.,»\"”]|\s*$)", "rhetoric"),
        ("advanced", r"просун" + W, ""),
        ("advanced", r"просува" + W, ""),
        ("advanced", r"закріп" + W, ""),
        ("advanced", r"(?:увійшл|зайшл|заходя|заходи|заход|входя|вклини|вклинил|зайти|увійти|увійшов|зайшов|ввійш|увірва|вдерл|прорвал\w*\s+(?:до|у|в)\b)" + W, ""),
        ("advanced", r"(?:підійшл|підійшов|наблизи|наближа)\w*\s+(?:впритул\s+)?(?:до|к)\b", ""),
        ("advanced", r"(?:мали|мають|має|мав|досягли)\s+(?:частковий\s+|певний\s+)?успіх" + W, ""),
        ("advanced", r"(?:покращил|покращу|поліпшил)\w*\s+(?:своє\s+|свої\s+|тактичне\s+)?(?:положення|позиці)" + W, ""),
        ("advanced", r"(?:вибива|витісня|вибиваю|вибити|витіснити|витісняти|потісн|тісн)" + W, "loser"),
        ("captured", r"(?:вибили|вибив|вибила|витіснили|витіснив|витіснила)\b", "loser"),
        ("advanced", r"(?:оточил|оточен[оаі]\b|оточую|оточити|взяли\s+в\s+оточення|в\s+оточенні)" + W, ""),
        ("repelled", r"(?:відбил|відбива|відбит|відбито|відбиває|зупинил|зупиня|зупинен|стримал|стриму|відкину|відкида|ліквідува|ліквідов|локалізува|локалізов)\w*\s+(?:\w+\s+){0,3}(?:атак|штурм|наступ|контратак|спроб|прорив|вклинен)" + W, ""),
        ("repelled", r"(?:відкину|відкинул|відкинут|відкида)" + W, ""),
        ("repelled", r"(?:були|був|була)\s+(?:відкинут|відбит|зупинен)" + W, "passive"),
        ("repelled", r"(?:атак|штурм|наступ)\w*\s+(?:\w+\s+){0,4}(?:відбит|відбил|зупинен|зупинил|відбито|відбиті)" + W, ""),
        ("repelled", r"(?:відбито|відбиті|відбили)" + W, ""),
        ("repelled", r"(?:зупинил|зупинен|зупиня|стриму|стримал|стримуван)" + W, ""),
        ("repelled", r"(?:тримають|тримаємо|тримали|утримують|утримали|утримуємо|утримує)\s+(?:\w+\s+){0,1}(?:оборону|позиції|рубеж\w*)?", ""),
        ("repelled", r"оборон\w*\s+(?:\w+\s+){0,2}(?:триває|тривала|продовжується)", ""),
        ("repelled", r"(?:триває|тривала|продовжується|продовжують|тримають)\s+(?:\w+\s+)?оборон\w*", ""),
        ("advanced", r"(?:відновил|відновлен|поверну|повернул|відбил|відвоюва)\w*\s+(?:\w+\s+)?(?:втрачен\w*\s+)?позиці\w*", ""),
        ("repelled", r"(?:обороня|обороню|утримую)\w*", ""),
        ("fighting", r"(?:бої|боїв|бій|бою|боях)\b", ""),
        ("fighting", r"(?:бойов\w*\s+(?:дії|дій|зіткнен\w*)|боєзіткнен\w*|зіткнен\w*)", ""),
        ("fighting", r"(?:штурмов|наступальн|наступально)\S*\s+(?:дії|дій|діях)", "attack"),
        ("fighting", r"(?:атакує|атакують|атакува\w*|штурмує|штурмують|штурмува\w*|наступає|наступають|наступа(?:ли|в|ла|ти))\b", "attack"),
        ("fighting", r"(?:контратак\w*|контрнаступ\w*|наступ|наступу|наступом|наступі)\b", "attack"),
        ("fighting", r"(?:атак[аиуі]?|атак|штурм[иіу]?)\b", "attack"),
        ("fighting", r"(?:прорва|прорив|прорвати|прорвал)" + W, "attack"),
        ("withdrew", r"(?:вийшл|вийти|виходять|виходу|вихід)\w*\s+(?:з|із)\b", ""),
        ("withdrew", r"(?:відійш|відійти|відходять|відходу|відступ)" + W, ""),
        ("withdrew", r"(?:відвел|відведен|відведено|вивел|виведен|вивести|виводять)" + W, ""),
        ("withdrew", r"(?:залишил|залишати|залишити|залишено|залишення|покинул)(?!\w*(?:ся|сь)\b)" + W, ""),
        ("withdrew", r"(?:втекл|тікають|втеч)" + W, ""),
        ("withdrew", r"(?:втратил|втрачено)\w*+" + NOT_COUNT, ""),
        ("denied", r"не\s+відповіда\w*\s+дійсност\w*", ""),
        ("denied", r"(?:фейк|неправд|дезінформац|спростува|спростову|вкид)" + W, ""),
        ("denied", r"не\s+(?:підтверджу|підтвердж|підтвердил)" + W, ""),
        ("denied", r"(?:сір(?:ій|у|а)|сірої)\s+зон" + W, ""),
    ),
    "ru": (
        ("captured", r"освобо(?:д|ж)" + W, ""),
        ("captured", r"освобожд[её]нн" + W, "attr weak"),
        ("captured", r"зачищ" + W, ""),
        ("captured", r"зачистил" + W, ""),
        ("captured", r"зачистк" + W, ""),
        ("withdrew", r"(?:выбиты|выбит|выбита|вытеснены|вытеснен|вытеснена)\b", ""),
        ("withdrew", r"(?:утратил|потерял|утрачен|потерян)\w*\s+контрол" + W, ""),
        ("captured", r"(?:взял|взяли|взята|взят|взятие|взятии|взятия|взять)\w*\s+под\s+(?:свой\s+|полный\s+)?контрол" + W, ""),
        ("captured", r"(?:взятии|взятие|взятия)\b", ""),
        ("captured", r"(?:взяли|взял|взяла|взята|взят|взято)\b(?!\s+(?:(?:у|в)\s+(?:плен|полон|кольцо|кільце)|на\s+(?:себя|себе)|(?:под|під)\s+(?:обстрел|обстріл|прицел|приціл|охрану|охорону)|курс|паузу|участие|участь|ответственност\w*|відповідальн\w*|слово|интервью|інтерв\w*))", ""),
        ("repelled", r"(?:оказыва|оказал|окажут)\w*\s+(?:\w+\s+)?сопротивлени\w*", ""),
        ("advanced", r"(?:находя|наход|закрепи|закрепл)\w*\s+(?:уже\s+)?(?:на|в)\s+(?:окраин|пригород|окрестност)\w*", ""),
        ("captured", r"(?:установил|установлен)\w*\s+(?:полный\s+)?контроль", ""),
        ("captured", r"(?:вернул|возвращ)\w*\s+под\s+(?:свой\s+)?контрол" + W, ""),
        ("captured", r"(?:восстановил|восстановлен|вернул|вернули|возвращен|возвращён|возвращени)\w*\s+(?:свой\s+|полный\s+)?контрол(?:ь|я)\b", ""),
        ("captured", r"перешл?\w*\s+под\s+(?:полный\s+)?контрол" + W, ""),
        ("captured", r"под\s+(?:полным\s+)?контролем", ""),
        ("captured", r"контролиру(?:ют|ет)\b|контролировал\w*", ""),
        ("captured", r"(?:заняли|занял|занята|занят|занято|занять)\b", ""),
        ("captured", r"захват" + W, ""),
        ("captured", r"овладе" + W, ""),
        ("captured", r"оккупирова\w*|оккупир\w*", "ru weak"),
        ("captured", r"отбил\w*\s+(?=[А-ЯЁ])", ""),
        ("captured", r"(?:поднял|подняли|поднят|водрузил|установил)\w*\s+(?:\w+\s+){0,2}флаг" + W, ""),
        ("advanced", r"продви(?:н|г|ж)" + W, ""),
        ("advanced", r"закреп(?:ил|ля|ит|ят)" + W, ""),
        ("advanced", r"закрепить" + W, ""),
        ("advanced", r"(?:вошли|вошел|вошёл|зашел|зашёл|заходят|зашли|заход|входят|вклини|вклинил|зайти|войти|войдут|зайдут|ворвал|прорвал\w*\s+(?:в|во|к)\b)" + W, ""),
        ("advanced", r"(?:подошл|подошел|подошёл|приблизил|приближа|подступ)\w*\s+(?:вплотную\s+)?к\b", ""),
        ("advanced", r"(?:имел|имеют|имели|добил)\w*\s+(?:частичн\w*\s+)?успех" + W, ""),
        ("advanced", r"улучш\w*\s+(?:свои\s+|своё\s+|свое\s+|тактическое\s+)?(?:положени|позици)" + W, ""),
        ("advanced", r"(?:выбива|вытесня|выбить|вытеснить|потесни|тесни)" + W, "loser"),
        ("captured", r"(?:выбили|выбил|выбила|вытеснили|вытеснил|вытеснила)\b", "loser"),
        ("advanced", r"(?:окружил|окружен[оаы]\b|окружают|окружить|взяли\s+в\s+окружение|в\s+окружении)" + W, ""),
        ("repelled", r"(?:отбил|отбива|отбит|отраж|отрази|остановил|остановлен|сдерж|отброси|отбрасыва|отброшен|ликвидир|локализ)\w*\s+(?:\w+\s+){0,3}(?:атак|штурм|наступ|контратак|попыт|прорыв|вклинени)" + W, ""),
        ("repelled", r"(?:отброси|отбрасыва|отброшен)" + W, ""),
        ("repelled", r"(?:были|был|была)\s+(?:отброшен|отбит|остановлен)" + W, "passive"),
        ("repelled", r"(?:атак|штурм|наступ)\w*\s+(?:\w+\s+){0,4}(?:отбит|отбил|отражен|отраж|отрази|остановл)" + W, ""),
        ("repelled", r"(?:отражен|отражены|отбиты|отбито)" + W, ""),
        ("repelled", r"(?:сдержива|сдержал|сдерживани|остановил)" + W, ""),
        ("repelled", r"(?:удерж|удержив|удержал|держат|держим)\w*\s*(?:оборону|позиции|рубеж\w*)?", ""),
        ("repelled", r"оборон\w*\s+(?:\w+\s+){0,2}(?:продолжается|продолжалась)", ""),
        ("repelled", r"(?:продолжается|продолжалась|продолжают)\s+(?:\w+\s+)?оборон\w*", ""),
        ("advanced", r"(?:восстановил|восстановлен|вернул|вернули|отбил|отвоева)\w*\s+(?:\w+\s+)?(?:утраченн\w*\s+|потерянн\w*\s+)?позици\w*", ""),
        ("repelled", r"(?:обороня|удерживающ|удерживаю)\w*", ""),
        ("fighting", r"(?:бои|боев|бой|боях|боя)\b", ""),
        ("fighting", r"(?:боев\w*\s+(?:действи\w*|столкновени\w*)|боестолкновени\w*|столкновени\w*|стычк\w*)", ""),
        ("fighting", r"(?:штурмов|наступательн|наступательно)\S*\s+(?:действи\w*)", "attack"),
        ("fighting", r"(?:атакует|атакуют|атакова(?:л|ла|ли|ть)|штурмует|штурмуют|штурмова(?:л|ла|ли|ть)|наступает|наступают|наступа(?:л|ла|ли|ть))\b", "attack"),
        ("fighting", r"(?:контратак\w*|контрнаступлени\w*|наступлени\w*)", "attack"),
        ("fighting", r"(?:атак[аиуе]?|атак|штурм[ыау]?)\b", "attack"),
        ("fighting", r"(?:прорва|прорыв|прорвать|прорвал)" + W, "attack"),
        ("withdrew", r"(?:отошл|отошел|отошли|отойти|отходят|отход|отступ)" + W, ""),
        ("withdrew", r"(?:отвел|отведен|отвод|вывел|выведен|вывод|вывести)" + W, ""),
        ("withdrew", r"(?:оставил|оставлен|оставлять|оставить|покинул|покинули)" + W, ""),
        ("withdrew", r"(?:вышли|вышел|выход)\w*\s+из\b", ""),
        ("withdrew", r"(?:ушли|ушел)\s+из\b", ""),
        ("withdrew", r"(?:бежал|бежали|сбежал)" + W, ""),
        ("withdrew", r"(?:потерял|утратил)\w*+" + NOT_COUNT, ""),
        ("denied", r"не\s+соответству\w*\s+действительност\w*", ""),
        ("denied", r"(?:фейк|неправд|дезинформац|опроверг|вброс|вбросы|вымысел|ложь)" + W, ""),
        ("denied", r"не\s+(?:подтвержда|подтвержд|подтвердил)" + W, ""),
        ("denied", r"(?:сер(?:ой|ую|ая))\s+зон" + W, ""),
    ),
    "en": (
        ("captured", r"liberat" + W, ""),
        ("captured", r"(?:the|newly|recently)\s+liberated\b", "attr weak"),
        ("captured", r"(?:recaptur|captur|retook|retaken|retak|reconquer|reconquest|seiz|regain)\w*(?:\s+(?:the\s+|some\s+)?(?:previously\s+)?lost\b)?", ""),
        ("captured", r"(?:took|taken|take|taking|takes|establish\w*|assum\w*|regain\w*|restor\w*|recover\w*|re-?establish\w*)\s+(?:full\s+|complete\s+)?control", ""),
        ("captured", r"under\s+(?:the\s+)?(?:full\s+|complete\s+)?(?:\w+\s+){0,3}control", ""),
        ("captured", r"(?:was|were|been|be|being|had|has|have)\s+(?:\w+ly\s+)?taken\b", ""),
        ("captured", r"(?:control|controls|controlled|controlling)\b", ""),
        ("captured", r"cleared\b", ""),
        ("captured", r"(?:occupied|occupy|occupying)\b(?!\s+(?:part|territor))", "ru weak"),
        ("captured", r"clear(?:ing|s)?\s+(?:\w+\s+){0,2}of\b", ""),
        ("captured", r"(?:release|deoccupation|de-occupation|deoccupied|de-occupied)\w*\s+(?:of|to)?|fell\s+to\b|fall\s+(?:of|to)\b|fell\b(?!\s+(?:in|on|onto|into|near|over|across|at)\b)", ""),
        ("captured", r"(?:hoist\w*|rais\w*|return\w*|plant\w*)\s+(?:\w+\s+){0,3}flag" + W, ""),
        ("captured", r"flag\w*\s+(?:\w+\s+){0,3}(?:hoisted|raised|flies|flying)", ""),
        ("captured", r"(?:is|are)\s+ours\b", "rhetoric"),
        ("advanced", r"advanc" + W, ""),
        ("advanced", r"(?:are|is)\s+(?:\w+ly\s+)?(?:clearing|liberating|capturing)\b", ""),
        ("advanced", r"(?:are|is|were|was)\s+(?:now\s+|already\s+)?(?:on|at|in)\s+the\s+(?:outskirts|edge)\b", ""),
        ("advanced", r"(?:push\w*|broke|break\w*|stormed|made\s+(?:it\s+)?)\s+into\b|clos(?:e|es|ed|ing)\s+in\s+on\b", ""),
        ("captured", r"overr(?:an|un|unning|uns)\b|(?:took|take|takes|taking)\s+(?:over\s+)?(?=(?-i:[A-Z])[\w-]++(?![’'ʼ]))", ""),
        ("withdrew", r"(?:lost|lose|loses|losing|ceded)\s+control" + W, ""),
        ("advanced", r"(?:entered|entering|enter|foothold|gained\s+ground|made\s+gains|gains\s+(?:in|near|at))\b", ""),
        ("advanced", r"(?:pushing|push|pushes|driving|drive)\s+(?:\w+\s+){0,3}out\b", "loser"),
        ("captured", r"(?:pushed|drove|driven)\s+(?:\w+\s+){0,3}out\b", "loser"),
        ("advanced", r"(?:dislodg(?:e|es|ing)|oust(?:s|ing)?)\b", "loser"),
        ("captured", r"(?:dislodged|ousted)\b", "loser"),
        ("advanced", r"(?:encircl|surround)" + W, ""),
        ("advanced", r"(?:entrench|consolidat)" + W, ""),
        ("advanced", r"(?:successes|success|successful)\b", ""),
        ("advanced", r"(?:made|making|make|makes|reported|some|further)\s+progress\b|progress(?:ed)?\s+(?:in|near|towards?)\b", ""),
        ("advanced", r"improv\w*\s+(?:their\s+|its\s+|the\s+)?(?:tactical\s+)?position" + W, ""),
        ("repelled", r"(?:repel|repuls|thwart|beat\s+back|beaten\s+back|fought\s+off|fend\w*\s+off)" + W, ""),
        ("repelled", r"(?:repel|repuls|thwart|beat\s+back|beaten\s+back|fought\s+off|fend\w*\s+off|stopp?\w*|halt\w*|push\w*\s+back|threw\s+back)\w*\s+(?:\w+\s+){0,3}(?:attacks?|assaults?|attempts?|counterattacks?|counter-attacks?|offensives?|advances?)\b", ""),
        ("repelled", r"(?:was|were|been|being|got)\s+(?:\w+ly\s+)?(?:repelled|repulsed|beaten\s+back|thrown\s+back|pushed\s+back|stopped|halted|thwarted)\b", "passive"),
        ("repelled", r"(?:attacks?|assaults?)\s+(?:\w+\s+){0,4}(?:repel|repuls|thwart|stopped|halted)\w*", ""),
        ("repelled", r"(?:hold\w*|held)\s+(?:back|off|the\s+line|their\s+ground|positions?)\b", ""),
        ("repelled", r"(?:stopped|halted|contained)\b", ""),
        ("repelled", r"(?:fight\w*|struggl\w*|battl\w*)\s+to\s+(?:hold|keep|defend|retain)\b|hold(?:s|ing)?\s+on\s+to\b|held\s+on\s+to\b", ""),
        ("repelled", r"(?:defending|defend|defends|defended)\b", ""),
        ("repelled", r"defen[cs]e\s+of\s+\w+\s+continu" + W, ""),
        ("fighting", r"(?:fighting|clashes|clash|battles?|combat)\b", ""),
        ("fighting", r"(?:assaults?|attacks?|storming|offensive\s+actions?|offensive\s+operations?)\b(?!\s+(?:brigade|troops|units?|groups?|detachments?|regiment|battalion|aircraft|helicopters?|drones?))", "attack"),
        ("fighting", r"(?:attacking|attacked|assaulting|assaulted|stormed|storms)\b", "attack"),
        ("fighting", r"counter-?attack(?:s|ed|ing)?\b", "attack"),
        ("fighting", r"(?:break\s+through|breakthrough|broke\s+through)", "attack"),
        ("withdrew", r"(?:withdr|retreat|pull\w*\s+out|pulled\s+back|abandon)" + W, ""),
        ("withdrew", r"(?:been|was|were|got)\s+(?:pushed|forced|driven|kicked)\s+out\b", ""),
        ("withdrew", r"(?:left|leave|leaving)\b(?!\s+(?:bank|flank|side|wing|behind))", ""),
        ("withdrew", r"(?:lost|loss\s+of|lose)\b" + NOT_COUNT, ""),
        ("withdrew", r"fled\b", ""),
        ("denied", r"(?:untrue|not\s+true|false|fake|disinformation|propaganda|denied|deny|denies|refut\w*|reject(?:ed|s)?|dismiss(?:ed|es)?)\b", ""),
        ("denied", r"(?:gr[ae]y\s+zone|not\s+confirm\w*|no\s+confirmation)\b", ""),
    ),
}

# Who acts. ua / ru name a side; "enemy" is the other side from the speaker's point of view; "own" is the speaker's.
ACTORS: Final[dict[str, tuple[str, ...]]] = {
    "ua": (
        r"ЗСУ\b", r"ВСУ\b", r"ВСУ\w*", r"Сил\w*\s+оборон\w*", r"Збройн\w*\s+сил\w*\s+України", r"Вооруж\w*\s+сил\w*\s+Украин\w*",
        r"україн\w*\s+(?:військ\w*|воїн\w*|бійц\w*|захисник\w*|підрозділ\w*|сил\w*|армі\w*|десантник\w*|штурмовик\w*|сторон\w*)",
        r"(?:захисник|оборонц)\w*(?:\s+України)?", r"тероборон\w*", r"ТрО\b", r"ДРГ\s+ВСУ",
        r"украин\w*\s+(?:войск\w*|военн\w*|сил\w*|арми\w*|подразделени\w*|боевик\w*|формировани\w*|сторон\w*|штурмовик\w*)",
        r"(?:боевик|националист|неонацист)\w*", r"киевск\w*\s+режим\w*", r"ВФУ\b",
        r"Ukrain\w*\s+(?:forces|troops|military|army|soldiers|units|defenders|fighters|brigade\w*|side|armed\s+forces)",
        r"Defen[cs]e\s+Forces", r"Armed\s+Forces\s+of\s+Ukraine", r"AFU\b", r"Kyiv'?s\s+(?:forces|troops)",
        r"(?:Україна|Украина|Ukraine|Kyiv|Kiev|Київ|Киев)\b(?=\s+(?:had\s+|has\s+|have\s+)?(?:\w+ly\s+)?(?:liberat|recaptur|retook|retak|regain|captur|took|звільн|освобод|взял|відбил))",
    ),
    "ru": (
        r"ВС\s+РФ\b", r"ЗС\s+РФ\b", r"армі\w*\s+РФ", r"арми\w*\s+РФ", r"військ\w*\s+РФ", r"войск\w*\s+РФ",
        r"(?:російськ|росiйськ)\w*\s+(?:військ\w*|окупант\w*|армі\w*|сил\w*|підрозділ\w*|загарбник\w*|найманц\w*|штурмовик\w*|сторон\w*|військов\w*)",
        r"(?:российск|русск)\w*\s+(?:войск\w*|военн\w*|арми\w*|сил\w*|подразделени\w*|штурмовик\w*|сторон\w*|бойц\w*)",
        r"росіян\w*", r"россиян\w*", r"рашист\w*", r"окупант\w*", r"оккупант\w*", r"окупац\w*\s+військ\w*",
        r"оккупацион\w*\s+войск\w*", r"загарбник\w*", r"орк\w*\b", r"вагнер\w*", r"ЧВК\b", r"ПВК\b",
        r"групп?ировк\w*\s+войск\w*", r"угрупован\w*\s+(?:військ\w*\s+)?(?:«|\")?(?:Центр|Схід|Південь|Захід|Дніпро|Північ)",
        r"«?(?:Южн|Центр|Восточн|Западн|Северн)\w*»?\s+группировк\w*", r"группировк\w*\s+(?:войск\s+)?«?(?:Центр|Восток|Юг|Запад|Днепр|Север)",
        r"Russian\s+(?:forces|troops|military|army|soldiers|units|occupiers|invaders|side|armed\s+forces|battlegroup\w*)",
        r"(?:Росія|Россия|Russia|Moscow|Москва)\b(?=\s+(?:had\s+|has\s+|have\s+)?(?:\w+ly\s+)?(?:captur|seiz|took|taken|захопи|захвати|взял|взяла|occup|окупува|оккупир|освобод))",
        r"(?:Russia|Moscow)'?s\s+(?:forces|troops|army|military)", r"Russians\b", r"occupiers\b", r"invaders\b", r"Wagner\b",
        r"(?:battle)?group\w*\s+(?:of\s+forces\s+)?(?:'|\"|‘|“)?(?:Center|Centre|East|South|West|North|Dnepr)\w*",
        r"(?:'|\"|‘|“)?(?:Southern|Eastern|Western|Northern|Central)(?:'|\"|’|”)?\s+(?:battle)?group\w*",
    ),
    "enemy": (
        r"ворож\w*", r"ворог\w*", r"противник\w*", r"враг\w*", r"вражеск\w*", r"enemy\b", r"супротивник\w*",
        r"агресор\w*", r"агрессор\w*", r"aggressor\w*",
    ),
    "own": (
        r"наш(?:і|их|им|ими|ого|ому|а|е|ий|у)?\s+(?:воїн\w*|війська|військ\w*|захисник\w*|бійц\w*|підрозділ\w*|сил\w*|хлопц\w*)",
        r"наш(?:и|их|им|ими|его|ему|а|е|ей)?\s+(?:войск\w*|военн\w*|бойц\w*|подразделени\w*|сил\w*|штурмовик\w*)",
        r"our\s+(?:forces|troops|soldiers|defenders|warriors|units|fighters)",
        r"(?:бригад|ОМБр|ОШБр|ОДШБр|ОМПБр|ОМСБр|полк)\w*", r"brigade\b", r"regiment\b",
    ),
}

# Words in front of an actor that make it the side that lost the ground (зачищено від росіян, cleared of Russians).
LOSER_PREPOSITIONS: Final = r"(?:від|од|от|из|з|із|у|of|from|against|проти|против)\s+(?:the\s+)?$"
# Words in front of an actor that make it the agent of a passive (liberated by the 80th brigade, силами 80-ї бригади).
AGENT_PREPOSITIONS: Final = r"(?:by|(?:units|subunits|troops)\s+(?:of|from)|силами|силам|бійцями|воїнами|підрозділами|подразделениями|by\s+the\s+forces\s+of)\s+(?:the\s+)?$"

# A failed act: the actor's attack came to nothing -> `repelled` for the other side.
FAILURE: Final = (
    r"безуспішн\w*", r"безуспешн\w*", r"безрезультатн\w*", r"марн[оі]\b", r"тщетн\w*",
    r"успіху\s+не\s+(?:мали|мав|має|мають|мала|досягли)", r"не\s+(?:мали|мав|мають)\s+успіху",
    r"успеха\s+не\s+(?:имели|имеют|имел|имеет|добились|достигли)", r"не\s+(?:имели|имеют)\s+успеха",
    r"не\s+вдалося", r"не\s+вдалось", r"не\s+вдаються", r"не\s+удалось", r"не\s+удается", r"не\s+удаётся",
    r"не\s+(?:дають|дали|дає|дозволя\w*|дают|дали|даёт|дает|позволя\w*)", r"меша\w*", r"завадил\w*", r"заважа\w*",
    r"не\s+(?:змогл\w*|змогли|змiг|зміг|смогл\w*|смог)", r"could\s+not", r"couldn't", r"(?:was|were)\s+unable",
    r"in\s+vain", r"failed\b", r"невдал\w*", r"неудачн\w*", r"невдач\w*", r"неудач\w*", r"провал\w*", r"не\s+(?:дав|дало|дали|дала|принес\w*|принесл\w*)\s+(?:\w+\s+)?результат\w*", r"без\s+результат\w*", r"зірван\w*", r"сорван\w*", r"unsuccessful\w*", r"failed\s+to", r"fail\s+to", r"without\s+success", r"no\s+success",
)
# Plain negation right in front of the phrase.
NEGATION: Final = r"(?:(?<!\w)(?:не|ні|нi|not|never|no|нет|нема\w*|hasn't|haven't|hadn't|wasn't|weren't)(?!\w)|n't)\s*(?:\w+\s+){0,2}$"
# An attempt, an intention, a plan, a possibility: not an act.
# An attempt: the other side's attempt to take or enter a place is an attack its holder repelled.
ATTEMPT: Final = (
    r"намага\w*", r"пыта\w*", r"пытал\w*", r"спроб\w*", r"попытк\w*", r"попыта\w*", r"trying", r"tried",
    r"tries", r"try", r"attempt\w*", r"seek\w*", r"sought",
)
INTENT: Final = (
    r"готу\w*", r"готов\w*", r"підготов\w*", r"план\w*", r"має\s+намір", r"намер\w*", r"хоч\w*", r"хоте\w*",
    r"мета\b", r"метою\b", r"з\s+метою", r"с\s+целью", r"щоб\b", r"чтобы\b", r"може\b", r"можуть\b", r"может\b",
    r"могут\b", r"мог(?:ли|ла)?\b", r"міг\b", r"могл\w*", r"змогли?\b", r"сможет\b", r"уникнен\w*", r"избежа\w*",
    r"prepar\w*", r"plan\w*", r"urg\w*", r"advis\w*", r"заклика\w*", r"закликал\w*", r"призыва\w*", r"призвал\w*",
    r"intend\w*", r"aim\w*", r"want\w*", r"could", r"would", r"might", r"may", r"can", r"will", r"to\s+avoid",
    r"in\s+order\s+to", r"threat\w*", r"загро\w*", r"угро\w*", r"отказ\w*", r"відмов\w*", r"refus\w*",
)
# The act is still under way: a capture in progress is an advance.
ONGOING: Final = (
    r"продовжу\w*", r"продолжа\w*", r"заверша\w*", r"continu\w*", r"іде\b", r"йде\b", r"идет\b", r"идёт\b",
    r"ведеться", r"ведется", r"ведётся", r"триває", r"completing", r"finishing",
)
# Only part of the settlement: a capture of part of it is an advance.
PARTIAL: Final = (
    r"частков\w*", r"частичн\w*", r"partial\w*", r"part\s+of", r"parts\s+of", r"частин\w*", r"част[ьи]\b",
    r"half", r"most\b", r"majority", r"більшіст\w*", r"большинств\w*", r"больш\w+\s+част\w*", r"половин\w*", r"percent", r"per\s+cent", r"%", r"процент\w*", r"відсот\w*",
    r"окраїн\w*", r"окраин\w*", r"околиц\w*", r"outskirts", r"edge\b", r"передміст\w*", r"пригород\w*",
    r"практически", r"практично", r"майже", r"почти", r"almost", r"nearly", r"practically", r"квартал\w*",
    r"гнезд\w*",
)
# The object of a capture that is only ground near a settlement: «зайняли позиції», "regained positions".
POSITIONS_AFTER: Final = (
    r"\s+(?:\w+\s+){0,2}(?:positions?|позиці\w*|позици\w*|опорн\w*|рубеж\w*|висот\w*|высот\w*|heights?"
    r"|strongholds?|strongpoints?|trenches|окоп\w*|територі\w*\s+(?:біля|поблизу|возле|около))"
)
# Hedges: lower the confidence.
HEDGES: Final = (
    r"ймовірно", r"імовірно", r"вірогідно", r"нібито", r"начебто", r"можливо", r"за\s+деякими\s+даними",
    r"за\s+попередніми\s+даними", r"за\s+неофіційн\w*", r"по\s+предварительным\s+данным", r"предположительно",
    r"вероятно", r"якобы", r"возможно", r"по\s+неофициальн\w*", r"по\s+некоторым\s+данным",
    r"reportedly", r"allegedly", r"apparently", r"presumably", r"likely", r"possibly", r"unconfirmed",
    r"unverified", r"it\s+is\s+claimed", r"claimed",
)
# The sentence is about something other than ground control (shelling, strikes, casualties, evacuation, aid):
# weak phrases (fighting) found in it are dropped.
NOT_CLAIM: Final = (
    r"обстр\w*", r"обстрел\w*", r"shell\w*", r"удар\w*", r"strike\w*", r"струк\w*", r"дрон\w*", r"drone\w*",
    r"БПЛА", r"UAV\w*", r"беспилот\w*", r"безпілот\w*", r"ракет\w*", r"missile\w*", r"авіа\w*", r"авиа\w*",
    r"air\s*strike\w*", r"КАБ\w*", r"загин\w*", r"погиб\w*", r"killed", r"поранен\w*", r"ранен\w*", r"injur\w*",
    r"wound\w*", r"жертв\w*", r"casualt\w*", r"евакуац\w*", r"эвакуац\w*", r"evacuat\w*", r"гуманітар\w*",
    r"гуманитар\w*", r"humanitarian", r"поврежд\w*", r"пошкодж\w*", r"damag\w*", r"вибух\w*", r"взрыв\w*",
    r"explos\w*", r"energy", r"поражени\w*", r"поразил\w*", r"уражен\w*", r"уразил\w*", r"енерг\w*", r"энерг\w*", r"втрат\w*", r"потер\w*", r"losses", r"ППО", r"ПВО",
    r"air\s+defen[cs]e", r"сбит\w*", r"збит\w*", r"shot\s+down", r"intercept\w*",
    r"debris", r"уламк\w*", r"обломк\w*", r"struck", r"bombard\w*", r"артилер\w*", r"артиллер\w*", r"artillery",
)
# A place name followed by one of these is a direction or an area, not a settlement claim
# (на Покровському напрямку, Bakhmut direction, Бахмутського району).
DIRECTION_AFTER: Final = (
    r"напрям\w*", r"направлени\w*", r"direction\w*", r"axis", r"sector\w*", r"front\b", r"фронт\w*",
    r"ділян\w*", r"участк\w*", r"район\w*", r"district\w*", r"raion\w*", r"громад\w*", r"hromada\w*",
    r"област\w*", r"oblast\w*", r"region\w*", r"округ\w*", r"municipal\w*", r"угрупован\w*", r"группировк\w*",
    r"operational", r"ОТУ", r"tactical", r"тактичн\w*", r"тактическ\w*", r"оперативн\w*",
    r"(?:\s*,\s*[\w’'-]+|\s+(?:і|та|и|and)\s+[\w’'-]+){1,6}\s+(?:област\w*|regions|oblasts)", r"area\s+of\s+the\s+country",
    r"river\w*", r"street", r"str\.", r"avenue", r"вулиц\w*", r"улиц\w*", r"проспект\w*", r"річк\w*", r"рік[аиу]\b", r"рек[аиуе]\b", r"reservoir", r"водосховищ\w*", r"водохранилищ\w*",
    r"Народн\w*", r"People", r"Republic", r"Республик\w*", r"ОВА", r"ОДА", r"військов\w+\s+адміністрац\w*",
)

# Given names: a "place" right next to one is a person (Олександр Сирський, Andriy Yermak).
_FIRST_NAMES_TEXT: Final = (
    """олександр александр oleksandr alexander володимир владимир volodymyr vladimir андрій андрей andrii andriy
    andrei ілля илья illia ilya денис denis denys сергій сергей serhii sergei sergey валерій валерий valerii valery
    євген евгений yevhen yevgeny максим maksym maxim ганна анна hanna anna віктор виктор viktor роман roman юрій
    юрий yurii yuri дмитро дмитрий dmytro dmitry михайло михаил mykhailo mikhail ігор игорь ihor igor олег oleg
    олексій алексей oleksii alexei вадим vadym vadim кирило кирилл kyrylo kirill павло павел pavlo pavel петро
    петр petro pyotr іван иван ivan микола николай mykola nikolai vyacheslav вячеслав в'ячеслав олена елена olena
    ірина ирина iryna наталія наталья nataliia тарас taras богдан bohdan bogdan антон anton артем артём artem
    ярослав yaroslav станіслав станислав stanislav василь василий vasyl vasily григорій григорий hryhorii
    рустем rustem костянтин константин kostiantyn konstantin леонід леонид leonid"""
)
FIRST_NAMES: Final = frozenset(_FIRST_NAMES_TEXT.split())
# Directional words: "south of Bakhmut", «південніше Бахмута», «под Артёмовском».
# Compass directions: «південніше Іванівського», "south of Bakhmut".
COMPASS: Final = (
    r"(?:north|south|east|west)(?:-?(?:east|west))?\s+of", r"(?:півн|півд|схід|захід)\w*-?\w*ніше", r"північніше",
    r"південніше", r"західніше", r"східніше", r"(?:север|юг|запад|восток|юго|северо)\w*-?\w*нее", r"севернее",
    r"южнее", r"западнее", r"восточнее",
    r"на\s+(?:північ|південь|захід|схід)(?:-\w+)?\s+від", r"на\s+(?:північн|південн)\w+\s+(?:схід|захід)\s+від",
    r"к\s+(?:северу|югу|западу|востоку|юго-\w+|северо-\w+)\s+от", r"на\s+(?:север|юг|запад|восток)(?:-\w+)?\s+от",
)
DIRECTIONAL: Final = (
    r"(?:north|south|east|west)(?:-?(?:east|west))?\s+of", r"outside(?:\s+of)?", r"near",
    r"suburbs?\s+of", r"(?:півн|півд|схід|захід)\w*-?\w*ніше", r"північніше", r"південніше", r"західніше", r"східніше",
    r"(?:север|юг|запад|восток|юго|северо)\w*-?\w*нее", r"севернее", r"южнее", r"западнее", r"восточнее",
    r"під", r"под", r"біля", r"поблизу", r"неподалік(?:\s+від)?", r"недалеко\s+от", r"вблизи", r"около",
    r"у\s+передмісті", r"в\s+пригороде", r"the\s+outskirts\s+of", r"примика\w*\s+до", r"примыка\w*\s+к",
    r"прилега\w*\s+(?:до|к)", r"adjacent\s+to", r"close\s+to",
    r"на\s+(?:північ|південь|захід|схід)(?:-\w+)?\s+від", r"к\s+(?:северу|югу|западу|востоку|юго-\w+|северо-\w+)\s+от",
    r"на\s+(?:север|юг|запад|восток)(?:-\w+)?\s+от",
)
# Towards: "attacks in the direction of Klishchiivka", «у напрямку Кліщіївки», «в сторону Авдеевки».
TOWARD: Final = (
    r"(?:in\s+the\s+)?directions?\s+of", r"towards?", r"(?:в|у)\s+направлени[иі]", r"(?:в|у)\s+напрямку",
    r"(?:в|у)\s+напрямі", r"в\s+сторону", r"у\s+бік", r"по\s+направлению\s+к",
)
# A water body named before the name: the place is a river or lake, not a settlement («через реку Оскол»).
WATER_BEFORE: Final = (
    r"(?:річк\w*|рік[аиу]|рек[аиуе]|river|lake|озер\w*|канал\w*|canal|водосховищ\w*|водохранилищ\w*|вул\.|вулиц\w*"
    r"|ул\.|улиц\w*|просп\.|проспект\w*|пров\.|провул\w*|площ\w*|бульвар\w*|street|avenue)\s*$"
)
# A unit named before the name: «ОТУ «Луганськ»», "the Khortytsia group": a unit, not a settlement.
UNIT_BEFORE: Final = (
    r"(?:ОТУ|ОСУВ|ОСГВ|ОУВ|OTU|OSGT|угрупован\w*(?:\s+військ)?|группировк\w*(?:\s+войск)?|бригад\w*|батальйон\w*"
    r"|батальон\w*|полк\w*|group(?:ing)?|brigade|battalion|regiment|task\s+force)\s*[«\"“'‘]?$"
)
# Distance: "10 km from Bakhmut": the place is only a reference point.
DISTANCE_BEFORE: Final = (
    r"(?:км|km|кілометр\w*|километр\w*|kilomet\w*|miles?|метр\w*|meters?|metres?)\.?\s+(?:\w+\s+){0,2}"
    r"(?:від|от|from|of|до|to)\s+(?:the\s+)?(?:\w+\s+){0,3}$"
)
# Words that stand for a settlement already named (anaphora): «села», "the village", «населенный пункт».
ANAPHORA: Final = (
    r"сел[оаіуе]\b", r"селище\w*", r"населен\w*\s+пункт\w*", r"н\.\s?п\.", r"міст[оаі]\b", r"город\w*",
    r"посел\w*", r"village\b", r"town\b", r"city\b", r"settlement\b", r"site\b", r"місц\w*",
)
# Words for a claim being denied ("denied the claim", «спростували цю інформацію», «назвал это вбросом»).
CLAIM_NOUNS: Final = (
    r"claims?", r"reports?", r"statements?", r"information", r"заяв\w*", r"інформаці\w*", r"повідомлен\w*",
    r"твердженн\w*", r"сообщени\w*", r"информаци\w*", r"утверждени\w*", r"заявлени\w*", r"це", r"это", r"this",
    r"that", r"it",
)
# Plural stand-ins: the words refer to every place just named («данные населенные пункты», "these villages").
PLURAL_ANAPHORA: Final = (
    r"(?:населен|населені)\w*\s+пункт(?:ы|и|ів|ов)", r"сел(?:а|ах)\b", r"селищ(?:а|ах)\b", r"villages", r"settlements",
    r"towns", r"these", r"ці\b", r"эти\b", r"данные", r"указанные", r"обидва", r"оба", r"both",
)
# Clause boundaries inside a sentence: a place does not take a phrase across them if its own clause has one.
# Adversative breaks: what follows is a different statement (a denial does not reach across them).
ADVERSATIVE: Final = (
    r";",
    r",\s+(?:але|а|проте|однак|тоді\s+як|но|однако|тогда\s+как|while|whereas|but|however)\b",
    r"\s(?:but|however|але|проте|однак|но|однако)\s",
)
CLAUSE_BREAKS: Final = (*ADVERSATIVE, r"\(", r"\)", r"\s[—–]\s(?![«\"“]?(?-i:[А-ЯІЇЄҐA-Z]))")

# Who speaks: (pattern, speaker, side). The first match in a sentence names its claimant.
SPEAKERS: Final[tuple[tuple[str, str, str], ...]] = (
    (r"(?:Генштаб\w*|Генеральн\w+\s+штаб\w*)\s+(?:ВС\s+РФ|Вооруженных\s+сил\s+(?:России|РФ)|России|РФ)", "Russian General Staff", "ru"),
    (r"(?:Russia'?s|Russian)\s+General\s+Staff", "Russian General Staff", "ru"),
    (r"Герасимов\w*|Gerasimov", "Gerasimov", "ru"),
    (r"Минобороны|Міноборони\s+(?:Р|рос)\w*|МО\s+РФ|Министерств\w*\s+обороны\s+(?:Р|рос)\w*|Міністерств\w*\s+оборони\s+(?:Р|рос)\w*"
     r"|оборонн\w+\s+ведомств\w*|военн\w+\s+ведомств\w*|Russia'?s\s+(?:Ministry\s+of\s+Defen[cs]e|Defen[cs]e\s+Ministry)"
     r"|Russian\s+(?:Ministry\s+of\s+Defen[cs]e|Defen[cs]e\s+Ministry|MoD)|(?:the\s+)?ministry\s+said", "Russian MoD", "ru"),
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
    (r"военкор\w*|військкор\w*|військор\w*|воєнкор\w*|war\s+correspondents?|milbloggers?|military\s+bloggers?", "Russian milbloggers", "ru"),
    (r"(?:российск|русск)\w*\s+(?:канал\w*|пабли\w*|Z-канал\w*)|(?:російськ)\w*\s+(?:канал\w*|пабліки|пабліках)|Russian\s+(?:channels|bloggers)",
     "Russian milbloggers", "ru"),
    (r"(?:окупант|оккупант|росіян|россиян|рашист)\w*\s+(?:\w+\s+)?(?:заяв|стверджу|утвержда|хвал|похвал)\w*"
     r"|(?:російськ|российск)\w*\s+(?:пропагандист|блогер|ЗМІ|СМИ|медіа|пабл)\w*|пропагандист\w*", "Russian propaganda", "ru"),
    (r"(?:Russia|Moscow)\s+(?:has\s+)?(?:said|says|claimed|claims|announced|denied|denies|rejected|dismissed|insisted|confirmed)|Россия\s+заяв\w*|Москва\s+заяв\w*"
     r"|Russian\s+(?:military|army|officials|forces|authorities)\s+(?:has\s+)?(?:said|says|claimed|claims|announced|reported)|Russia'?s\s+(?:military|army|armed\s+forces|officials)|Російська\s+сторона|российская\s+сторона|по\s+данным\s+российск\w*|according\s+to\s+the\s+Russian", "Russia", "ru"),
    (r"ISW|Інститут\w*\s+вивчення\s+війни|Институт\w*\s+изучения\s+войны|Institute\s+for\s+the\s+Study\s+of\s+War", "ISW", "other"),
    (r"DeepState", "DeepState", "other"),
    (r"Центр\w*\s+протидії\s+дезінформації|ЦПД\b|Центр\w*\s+противодействия\s+дезинформации"
     r"|Cent(?:er|re)\s+for\s+Countering\s+Disinformation", "Center for Countering Disinformation", "ua"),
    (r"Сирськ\w*|Сырск\w*|Syrsk\w*", "Syrskyi", "ua"),
    (r"Генштаб\w*|Генеральн\w+\s+штаб\w*|General\s+Staff", "General Staff", "ua"),
    (r"речник\w*(?!\s+(?:Кремля|Пєскова|Міноборони\s+(?:Росії|РФ)|російськ\w*|МЗС\s+(?:Росії|РФ)))",
     "Ukrainian military spokesperson", "ua"),
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
    (r"Сили\s+оборони\s+(?:півдня|Півдня)|Силы\s+обороны\s+юга|Defen[cs]e\s+Forces\s+of\s+the\s+South", "Defense Forces of the South", "ua"),
    (r"Лют[ьі]\b|Lyut|Liut", "Lyut brigade", "ua"),
    (r"Хортиц\w*|Khortytsia|Khortytsya", "Khortytsia group", "ua"),
    (r"Таврі[яї]\w*|Tavria", "Tavria group", "ua"),
    (r"Жорін\w*|Zhorin", "Zhorin", "ua"),
    (r"Бородін\w*|Borodin", "Borodin", "ua"),
    (r"Скибчик\w*|Skybchyk", "Skybchyk", "ua"),
    (r"(?:Ukraine|Kyiv|Kiev)\s+(?:has\s+)?(?:said|says|claimed|announced|reported|denied|denies|rejected|dismissed|insisted|confirmed)|(?:Україна|Київ|Киев|Украина)\s+(?:\w+\s+)?(?:заяв|оголош|повідом|объяв|сообщ)\w*"
     r"|Украина\s+заяв\w*|Ukrainian\s+(?:military|army|officials|forces|General\s+Staff)\s+(?:has\s+)?(?:said|says|announced|reported|denied|denies|rejected|dismissed|confirmed|claimed)|(?:у|в)\s+(?:ЗСУ|ВСУ|Силах\s+оборони)\s+(?:заяв|повідом|спростув|підтверд|сообщ|опроверг|подтверд)\w*|(?:заяв|повідом|спростув|підтверд|сообщ|опроверг|подтверд)\w*\s+(?:у|в)\s+(?:ЗСУ|ВСУ|Силах\s+оборони)\b"
     r"|Ukraine'?s\s+(?:military|army|armed\s+forces|defen[cs]e\s+ministry|officials)"
     r"|(?:українськ|украинск)\w*\s+(?:військов|военн|захисник|сторон|командуван|командован)\w*\s+(?:заяв|повідом|сообщ|підтверд|подтверд|спростув|опроверг|отриц|запереч)\w*",
     "Ukraine", "ua"),
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
        r"Народн\w+\s+Республик\w*", r"People['’]s\s+Republic", r"ДНР", r"ЛНР", r"DPR", r"LPR", r"СВО",
        r"киевск\w+\s+режим\w*", r"Kyiv\s+regime", r"Kiev\s+regime", r"Артемовск\w*", r"Artemovsk",
        r"боевик\w*", r"неонацист\w*", r"националист\w*", r"укронацист\w*", r"ВФУ",
    ),
    "ua": (
        r"окупант\w*", r"оккупант\w*", r"occupiers?", r"invaders?", r"рашист\w*", r"загарбник\w*", r"орк(?:и|ів)\b",
        r"Сил\w*\s+оборон\w*", r"Defen[cs]e\s+Forces", r"агресор\w*", r"аггресор\w*", r"ЗСУ",
    ),
}
# Heads that make a following actor an object, not the subject (обороны противника, атаки ворога).
OBJECT_HEADS: Final = r"(?:оборон|атак|штурм|позиц|тил|тыл|рубеж|втрат|потер|контратак|наступ|уничтожени|знищенн|формировани|угрупован|группировк)\w*\s+$"
