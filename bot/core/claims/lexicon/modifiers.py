# ruff: noqa: E501
"""Data only: the words around a phrase that change what it says, or that put its sentence off the ground."""

from __future__ import annotations

from typing import Final

# Not the act failed but a check of it: "could not independently confirm", «не вдалося перевірити», «не смогли
# подтвердить» (a journalist's silence, no failure of the attack).
UNVERIFIED: Final = (
    r"(?!\s+(?:(?:independently|immediately|yet|so\s+far|самостійно|независимо|пока|поки\s+що|ще|еще|ещё)\s+)?"
    r"(?:to\s+)?(?:confirm|verify|establish|determine|підтверд|перевір|верифік|встанов|подтверд|провер|установ))"
)
# A failed act: the actor's attack came to nothing -> `repelled` for the other side.
FAILURE: Final = (
    r"безуспішн\w*",
    r"безуспешн\w*",
    r"безрезультатн\w*",
    r"марн\w*",
    r"тщетн\w*",
    r"успіху\s+не\s+(?:мали|мав|має|мають|мала|досягли)",
    r"не\s+увінча\w*\s+успіх\w*",  # «спроби ... не увінчались успіхом»: the attempts failed
    r"не\s+увенча\w*\s+успех\w*",
    r"не\s+(?:мали|мав|мають|має|мала)\s+успіху",
    r"успеха\s+не\s+(?:имели|имеют|имел|имеет|добил\w*|достиг\w*)",
    r"не\s+(?:имели|имеют)\s+успеха",
    r"не\s+вдалося" + UNVERIFIED,
    r"не\s+вдалось" + UNVERIFIED,
    r"не\s+вдаються",
    r"не\s+удалось" + UNVERIFIED,
    r"не\s+удается",
    r"не\s+удаётся",
    r"не\s+(?:дають|дали|дає|дозволя\w*|дают|даёт|дает|позволя\w*)",
    r"(?:are|is|were|was)\s+not\s+(?:letting|allowing)",  # "are not letting Russian troops gain a foothold"
    r"(?:do|does|did)\s+not\s+(?:let|allow)",
    r"(?:don['’]t|doesn['’]t|didn['’]t|won['’]t)\s+(?:let|allow)",
    r"меша\w*",
    r"завадил\w*",
    r"заважа\w*",
    r"не\s+(?:змогл\w*|змогли|змiг|зміг|смогл\w*|смог)" + UNVERIFIED,
    r"could\s+not" + UNVERIFIED,
    r"couldn['’]t" + UNVERIFIED,
    r"(?:was|were|is|are|been)\s+unable" + UNVERIFIED,
    # "have not managed to", "never managed", «не виходить у ворога», «не получается» (not «не виходить з підвалу»,
    # «не выходит на связь»)
    r"(?:(?:have|has|had|did)\s+not|haven['’]t|hasn['’]t|hadn['’]t|didn['’]t|never)\s+manag\w*",
    r"не\s+(?:виходить|виходило|вийшло|получается|получалось|получилось|выходит)\b(?!\s+(?:з|із|зі|на|из)\b)",
    # «ніяк не можуть взяти», «не может продвинуться»: a present inability to take or to move on
    r"не\s+(?:можуть|може|могут|может)\s+(?:\w+\s+)?(?:взят|захопи|взять|захвати|просунут|продвину|оточи|окружи|"
    r"увійт|зайт|войт|прорва|подола|пройт|закріпи|закрепи)\w*",
    r"in\s+vain",
    r"failed\b",
    r"невдал\w*",
    r"неудачн\w*",
    r"невдач\w*",
    r"неудач\w*",
    r"провал\w*",
    r"не\s+(?:дав|дало|дали|дала|принес\w*|принесл\w*)\s+(?:\w+\s+)?результат\w*",
    r"без\s+результат\w*",
    r"зірван\w*",
    r"сорван\w*",
    r"unsuccessful\w*",
    r"fail(?:s|ing)?\s+to",
    r"without\s+success",
    r"no\s+success",
    # «не досягають успіху», «успеха не добились», "to no avail", "made no gains"
    r"не\s+(?:досяга|досягл|досягн|добива|добил|доби|достига|достиг)\w*\s+(?:\w+\s+)?(?:успіх|успех|результат)\w*",
    r"без\s+(?:успіх|успех)\w*",
    r"to\s+no\s+avail",
    r"(?:made|make|making|achieved)\s+no\s+(?:gains|progress|headway)",
    # the positions stay the defenders' («позиції залишаються за нами», «позиции остаются за ВСУ», "held their
    # positions"): the attack did not take them
    r"позиці\w*\s+(?:[\w’'ʼ-]+\s+){0,2}(?:залиша|лиша|зберіга)\w*\s+за\b",
    r"позици\w*\s+(?:[\w’'ʼ-]+\s+){0,2}(?:остают|остаёт|остает|сохраня)\w*\s+за\b",
    r"(?:held|hold|holding|kept|keep)\s+(?:on\s+to\s+)?(?:their|our|its|the)\s+positions",
)
# "Not yet" before a negated capture: a state of the fighting («ще не захопили», "have not yet captured"), not a
# rebuttal of anyone's claim.
NOT_YET: Final = r"(?<!\w)(?:ще|ещё|еще|yet|поки\s+що|пока)(?!\w)"
# No longer («більше не контролюють X», «больше не контролируют», "no longer control"): the control lost, a withdrawal.
NO_LONGER: Final = r"(?<!\w)(?:no\s+longer|більше\s+не|вже\s+не|уже\s+не|больше\s+не)(?!\w)"
# A participle's adjective endings («окупованому», «оккупированные»): a background attribute, not a finite verb.
PARTICIPLE: Final = r"(?:ован|ирован|ен|ён)(?:ий|ій|ого|ому|им|их|ими|а|е|у|ої|ою|і|ый|ая|ое|ую|ой|ых|ым|ыми|ые|ом)$"
# A phrase of control that takes it («взяли під контроль», "took control"), as against holding it.
TAKING_CONTROL: Final = (
    r"взя|взял|встанов|установ|перейш|перешл|перейд|поверн|верну|відновл|восстанов|took|tak|establish|assum|regain"
    r"|restor|recover|return|expand|extend|розшир|расшир"
)
# A grey zone, and a past state right before it («перебували фактично в сірій зоні», "had been in the grey zone"):
# then the grey zone describes, it does not rebut.
GREY_ZONE: Final = r"(?:(?:в|у|во|in\s+the)\s+)?(?:сір\w*|сер(?:ой|ую|ая)|gr[ae]y)\s+zon\w*|(?:(?:в|у|во)\s+)?(?:сір\w*|сер\w*)\s+зон\w*"
PAST_STATE: Final = (
    r"(?<!\w)(?:перебувал\w*|перебував|знаходил\w*|знаходився|находил\w*|находился|были|был[аи]?|була|були|був"
    r"|was|were|had\s+been)(?!\w)"
)
# Plain negation right in front of the phrase.
NEGATION: Final = r"(?:(?<!\w)(?:не|ні|нi|not|never|no|нет|нема\w*|hasn['’]t|haven['’]t|hadn['’]t|wasn['’]t|weren['’]t)(?!\w)|n['’]t)\s*(?:\w+\s+){0,2}$"
# An attempt: the other side's attempt to take or enter a place is an attack its holder repelled.
ATTEMPT: Final = (
    r"намага\w*",
    r"пыта\w*",
    r"спроб\w*",
    r"попытк\w*",
    r"попыток",
    r"попыта\w*",
    r"trying",
    r"tried",
    r"tries",
    r"try",
    r"attempt\w*",
    r"seek\w*",
    r"sought",
    r"стрем(?:ятся|ится|ились|ился|илась|ясь|лени\w*)",  # «стремятся закрепиться в X»: they strive to
    r"прагн(?:уть|е|ули|ув|ула|учи)",
    r"efforts?",
    r"зусилл\w*",
    r"усили\w*",
    # «кидає великі сили на захоплення X», «бросает силы на штурм»: forces thrown at it, no outcome
    r"кида\w*",
    r"кинув\w*|кинули",
    r"броса\w*",
    r"бросил\w*",
    r"throw\w*|threw",
)
# An outcome of attempts stated in their sentence: the attempts were repelled («зупинили спроби», "stopped").
REPELLING: Final = (
    r"відби(?:л|т|ва|ли)\w*",
    r"зупин(?:ил|ял|ен|яю|или)\w*",
    r"стрима\w*|стриму\w*",
    r"відкину\w*|відкида\w*",
    r"отби(?:л|т|ва)\w*",
    r"отра(?:зи|ж)\w*",
    r"останов(?:ил|лен)\w*",
    r"сдерж(?:ал|ив)\w*",
    r"отброс\w*|отбрасыва\w*",
    r"repel\w*",
    r"repuls\w*",
    r"thwart\w*",
    r"(?:stopped|halted|fought\s+off|beat(?:en)?\s+back)\b",
)
# A capture or an advance in the infinitive («взяти», «захватить», "to capture") is a task, a goal or a plan
# («задача — взять X», «мета — захопити X») unless one of these governs it in its clause: success or failure
# («вдалося», «не смогли», "managed", "failed"), going on («продолжают очищать»), being forced, trying (an attempt).
INFINITIVE_END: Final = r"(?:ти|ть|тися|ться)$"
# Present and future forms that end like one (Ukrainian «заходять», «беруть», «закріплюються»), except the Russian
# infinitives in «-ять».
NOT_INFINITIVE_ENDS: Final = ("ють", "уть", "ять", "ється", "ються")
INFINITIVES_IN_YAT: Final = ("взять", "занять", "отнять", "снять")
INFINITIVE_GOVERNORS: Final = (
    r"вдал\w*|вдавал\w*|удал\w*|удава\w*|змог\w*|змож\w*|смог\w*|спромог\w*|зуміл\w*|сумел\w*|вийшло|вышло|виходить"
    r"|продовж\w*|продолж\w*|почал\w*|начал\w*|стали|став|стала|змушен\w*|вимушен\w*|вынужден\w*|намага\w*|пыта\w*"
    r"|спроб\w*|попыт\w*|прагн\w*|стрем(?:л\w*|ятся|ится|ились|ился|илась|ясь)|managed|succeeded|failed|fail|unable|able|continu\w*|began|begun|start\w*"
    r"|forced|trying|tried|tries|try|attempt\w*|seek\w*|sought|struggl\w*|fight\w*|battl\w*|вдаєт\w*|удаёт\w*|удает\w*"
    r"|efforts?|bid|push\w*|зусил\w*|усили\w*"
)

# Fighting as a time reference («до початку бойових дій у селі проживало 1500 жителів», "before the war began"): no
# claim of fighting there.
BEFORE_FIGHTING: Final = r"до\s+початку|до\s+начала|before\s+the\s+(?:start|outbreak|beginning)\s+of|prior\s+to\s+the"
# Right after a side's name, an attribute of a place ("the Russian-held city of X"): the side is the holder the
# attribute names, not a party to another phrase of the clause.
HELD_ATTRIBUTE: Final = r"-(?:held|controlled|occupied)\b"
# Battles for taking a place («бои по освобождению X», «бої за звільнення X», "fighting for the liberation of X",
# "fighting to capture X"): fighting there, the side taking it the attacker (searched ending at the phrase).
BATTLE_FOR_ACT: Final = (
    r"(?<!\w)(?:бо[їиі]\w*|бой|боев\w*|борьб\w*|боротьб\w*|fighting|fights?|battles?|struggle)\s+"
    r"(?:за|по|for(?:\s+the)?|to)\s+$"
)
# Right before a gerund, its auxiliary makes it a finite verb ("are attacking X"); before a phrase of control, a verb
# of taking in the gerund or infinitive ("taking the city of X under full control").
PROGRESSIVE_BEFORE: Final = r"\b(?:is|are|was|were|be|been|am)\s+(?:\w+ly\s+|still\s+|now\s+)?$"
TAKING_BEFORE: Final = r"\b(?:taking|take|bringing|bring|putting|put)\s+(?:[\w’'ʼ-]+\s+){0,5}$"
# A clause that goes on with the sentence's subject left out («..., після чого просунулися», «..., после чего
# продвинулись», "..., and then advanced"): its subject is the one before (matched at the clause's start).
CONTINUATION_OPENING: Final = (
    r"[\s,;–—-]*(?:після\s+чого|после\s+чего|а\s+(?:потім|потом|затем|згодом|впоследствии|звідти|оттуда)|потім|потом"
    r"|затем|згодом|звідти|оттуда|and\s+then|then|and\s+from\s+there|after\s+which|before)\b"
)
# Between a side and a phrase, a relative pronoun standing for the side (and up to two words): «групу окупантів, яка
# зайшла в X», «группы российской армии, которые прорвались к X», "Russian troops who entered X" (fully matched).
RELATIVE_GAP: Final = (
    r"\s*,?\s*(?:які|яка|яке|котрі|котра|которые|которая|которое|который|that|which|who)\s+(?:[\w’'ʼ-]+\s+){0,2}"
)
# An attempt verb governing two infinitives joined («намагалися увірватися в X і закріпитися», «пытались войти и
# закрепиться», "tried to enter and dig in"): the second is attempted too (searched in the clause up to the phrase).
ATTEMPT_COORDINATED: Final = (
    r"(?<!\w)(?:намага|пыта|спробува|попыта|try|tries|tried|trying|attempt)\w*\s+(?:to\s+)?\w+(?:ти|тися|ть|ться|тись)?"
    r"(?:\s+[\w’'ʼ-]+){0,6}?\s+(?:і|та|й|и|and)\s+(?:to\s+)?$"
)
# A participle or adjective form opening a phrase, as an attribute of the place after it («взятого под контроль
# Волчанска», «звільненої Кліщіївки»): not a verb («практически освободили»).
ATTRIBUTE_FORM: Final = r"\w+(?:ого|ому|ой|ых|ым|ими|ую|ая|ое|ые|ої|ій|их|ий|ый)(?!\w)"
# A withdrawal verb in the present, fullmatched on its first word («не залишають X», «не оставляют X», "are not
# leaving X"): under a negation the side stays, holding the place (LABELING: holds -> repelled); the past («не
# відходили») denies that it withdrew.
PRESENT_WITHDRAWAL: Final = r"\w+(?:ють|ає|аємо|ують|ют|ет|ем|ают|ing)"
# An English participle as an attribute: a preposition or an article right before it ("of occupied Kreminna", "the
# occupied city"), searched in the text just before the phrase.
ATTRIBUTE_BEFORE: Final = (  # ("the temporarily occupied X": an adverb between)
    r"(?<!\w)(?:of|in|into|the|near|from|to|around|toward|towards|outside|across)\s+"
    r"(?:(?:temporarily|currently|still|now|partially|partly|recently|newly|formerly)\s+)?$"
)
# The act is still under way: a capture in progress is an advance.
# ... but not across a word starting another event between («continue offensive operations after taking control of
# X»: the capture is done, the operations go on).
ANOTHER_EVENT: Final = r"after|before|following|since|після|перед|после|з\s+моменту"
ONGOING: Final = (
    r"продовжу\w*",
    r"продолжа\w*",
    r"заверша\w*",
    r"continu\w*",
    r"іде\b",
    r"йде\b",
    r"идет\b",
    r"идёт\b",
    r"ведеться",
    r"ведется",
    r"ведётся",
    r"триває",
    r"completing",
    r"finishing",
    # tasks of the capture being worked on («успешно решают задачи по освобождению X», «виконують завдання зі
    # звільнення»): under way
    r"(?:реша|выполня|викону|вирішу)\w*\s+(?:[\w’'ʼ-]+\s+)?(?:задач|завдан)\w*\s+(?:по|з|із|щодо)",
)
# Control that goes on («залишається під контролем», "still under Ukrainian control"): the holder holds it, a
# repelled claim (LABELING: "remains / is still under our control"), not a capture.
# After a phrase of control: held as before («под нашим контролем, как и была», «як і раніше», "as it was before").
STILL_AFTER: Final = (
    r"(?:\s+[\w’'-]+){0,3}?[\s,—–-]*(?:как\s+и\s+(?:был[аио]?|раньше|прежде|ранее)|як\s+і\s+(?:був|була|було|раніше)"
    r"|as\s+(?:it\s+)?(?:was|has\s+been|before|always))(?!\w)"
)
STILL_HELD: Final = (
    r"залиша\w*",
    r"лиша\w*",
    r"досі",
    r"все\s+ще",
    r"й\s+надалі",
    r"і\s+надалі",
    r"як\s+і\s+раніше",
    r"оста[её]тся",
    r"остаются",
    r"оставал\w*",
    r"по-прежнему",
    r"до\s+сих\s+пор",
    r"вс[её]\s+ещ[её]",
    r"remain\w*",
    r"still",
    # «продовжують контролювати», "continue to control": still held (right before the phrase, not "continue
    # offensive operations after taking control")
    r"(?:продовжу\w*|продолжа\w*|continu\w*)(?:\s+to)?(?=\s*$)",
    # «которое пока под контролем», «поки що під контролем», «ще під контролем» (right before it: not «ще два села»)
    r"пока",
    r"поки(?:\s+що)?",
    r"ще(?=\s*$)",
    r"ещ[её](?=\s*$)",
)
# "Currently", «в настоящее время», «наразі» before a phrase of control: the state now. Said while the other side
# attacks (link._holds_against), it is the defender holding the place (LABELING: repelled), else a plain control.
CURRENTLY: Final = (
    r"в\s+настоящее\s+время|на\s+(?:сегодняшний\s+день|данный\s+момент)|наразі|на\s+даний\s+момент|нині"
    r"|currently|at\s+present"
)
# A compass adjective right before the name is a part of it ("cleared northwestern Kupyansk"), unlike one before an
# area further off ("captured X in eastern Ukraine").
COMPASS_PART: Final = r"(?<!\w)(?:(?:north|south)(?:-?(?:east|west))?|east|west)ern\s+$"
# An area measured as the object right after a phrase of capture («освободили свыше семи квадратных километров»,
# "liberated 16 square kilometres"): ground near the place won, a part.
AREA_AFTER: Final = (
    r"\s*(?:[\w.,]+\s+){0,3}?(?:кв\.\s*км|кв\s+км|км²|km²|квадратн\w*\s+(?:кілометр|километр)|(?:кілометр|километр)\w*"
    r"\s+квадратн|square\s+(?:kilomet|km|mile)|гектар|hectare)"
)
# After a participle: the end of its clause, or its agent in the instrumental («не окуповані російськими військами»),
# not a noun it qualifies («окупованому Донецьку»).
PREDICATE_END: Final = r"\s*(?:[.,;:!?)»\"”—–-]|$|\w+(?:ими|ами|ом|ою|ем)\b)"
# A side named in the plural instrumental («украинскими военными»): the agent of a verbal noun before it.
INSTRUMENTAL_END: Final = r"(?:ими|ыми|ами|ями)$"
# A preposition that governs an instrumental side («с российскими войсками», «між українськими підрозділами»): then
# the side is no agent.
INSTRUMENTAL_PREP: Final = r"(?<!\w)(?:с|со|з|зі|із|між|между|под|під|над|перед|за|поряд\s+з|наряду\s+с)\s+$"
# A share right after the name: «контролюють Вовчанськ на 70%», «місто Вовчанськ, близько 70%», "X by 70 percent".
SHARE_AFTER: Final = (
    r"\s*,?\s*(?:(?:на|близько|приблизно|майже|около|примерно|почти|by|about|almost|nearly|some)\s+){0,2}\d+(?:[.,]\d+)?\s*"
    r"(?:%|відсот|процент|percent|per\s+cent)"
)
# Only part of the settlement: a capture of part of it is an advance.
# A facility in a town (a plant, a mine, «промислові об'єкти») as the phrase's object, between it and the town
# («захопили завод у X», "hold the plant in X"): held, the town's defender holds out (LABELING); taken, the attacker
# advanced in the town.
FACILITY: Final = (
    r"(?:об['’ʼ]?єкт|объект|завод|шахт|комбінат|комбинат|фабрик|підприємств|предприяти|элеватор|елеватор)\w*",
    r"(?:plants?|factory|factories|mines?|facilit(?:y|ies)|industrial\s+(?:zone|area|site)s?)",
)
# A foothold as the object of a capture («заняли плацдарм у X», "seized a bridgehead near X"): the taker has a
# foothold there, an advance (LABELING), not the town taken; a bridgehead held is holding out (repelled).
FOOTHOLD: Final = (r"плацдарм\w*", r"(?:bridgeheads?|beachheads?|footholds?)")
# Inside the place, between a phrase of fighting and the place («ведут бои внутри X», «штурмують у самому X»,
# "fighting inside X"), in its built-up area or centre («у міській забудові X», «в городской застройке X», «в центре
# X», "in the urban area of X", "in central X") or "in X itself": the side named fights inside it, an advance
# (LABELING).
INSIDE_BEFORE: Final = (
    r"(?<!\w)(?:внутри|всередині|усередині|(?:в|у)\s+сам(?:ом|ому|ій|ой)|inside|within"
    r"|(?:в|у)\s+(?:міськ\w+\s+)?забудов[іи]|в\s+(?:городск\w+\s+)?застройке"
    r"|(?:в|у)\s+(?:центрі|центре|центральн\w+\s+(?:район|частин|част|квартал)\w*)"
    r"|in\s+(?:the\s+)?(?:(?:city|town)\s+)?cent(?:er|re)\s+of|in\s+central"
    r"|in\s+the\s+(?:urban|built-up)\s+(?:area|part)s?\s+of)\s+"
    r"(?:(?:the\s+)?(?:city|town|village)\s+of\s+|(?:города|міста|села|поселка|посёлка|селища)\s+)?$"
)
IN_BEFORE: Final = r"(?<!\w)in\s+(?:the\s+(?:city|town|village)\s+of\s+)?$"
ITSELF_AFTER: Final = r"\s+itself\b"
# Street fighting («вуличні бої», «уличные бои», "street fighting", "urban combat", "house-to-house battles"): the
# fighting is inside the town, an advance of the side named (LABELING: "fights inside"); searched right before the
# phrase's own word for fighting.
STREET_BEFORE: Final = r"(?<!\w)(?:вуличн\w+|уличн\w+|street|urban|house-to-house)\s+(?:\w+\s+)?$"
# Roads, supply lines, the sky, the heights or the situation as what the phrase takes or holds, between it and the
# place («контроль над логистикой в районе X», "control of the main supply road near X", «контролюють трасу біля X»,
# «повернули контроль над ситуацією біля X»): not the settlement.
ROUTE_OBJECT: Final = (
    r"(?:логистик|логістик|дорог|трас|маршрут|шлях|постачанн|снабжени|висот|высот)\w*",
    r"неб(?:о|а|ом|і|е)",  # the sky, not «небольшое село»
    r"(?:logistics|roads?|highways?|routes?|supply|supplies|skies|sky|airspace|heights|high\s+ground)",
)
# The situation under control («контроль над ситуацією в районі X»): nothing said of X; but the situation stabilised
# there («вдалося стабілізувати ситуацію біля X», "stabilized the situation near X": the subject holds it).
SITUATION_OBJECT: Final = (r"(?:ситуаці|ситуаци|обстановк)\w*", r"situation")
STABILISING: Final = r"стабіл|стабил|stabil"
# An unnamed settlement near the place («захопили село поблизу X», «освободили село под X», "captured a village near
# X"): X is where it lies, nothing said of X (searched between the phrase and the place, ending close before it).
UNNAMED_NEAR: Final = (
    r"(?<!\w)(?:(?:a|an|another|one)\s+(?:small\s+)?(?:village|settlement|town)\s+(?:near|outside|close\s+to"
    r"|not\s+far\s+from)|(?:село|селище|населений\s+пункт)\s+(?:поблизу|біля|неподалік\s+від|під)"
    r"|(?:село|поселок|посёлок|населенный\s+пункт)\s+(?:под|возле|около|рядом\s+с|близ|недалеко\s+от))(?!\w)"
)
# A gain that is real only in the claimant's dreams or on paper («впали лише в їхніх мріях», «захопили хіба що на
# папері», "captured X only on paper"): the speaker denies it (LABELING: an active rebuttal).
UNREAL_AFTER: Final = (
    r"(?<!\w)(?:лише|тільки|хіба\s+що|только|разве\s+что|only)\s+(?:в|у|на|in|on)\s+(?:[\w’'ʼ-]+\s+){0,2}"
    r"(?:мрі\w*|мечта\w*|мечте|уяв\w*|воображени\w*|фантазі\w*|фантази\w*|папер\w*|бумаг\w*|paper|dreams?"
    r"|imagination|propaganda|пропаганд\w*)"
    # "in dreams" with no "only": «"захваченным" генералами России в мечтах», «захопили у своїх мріях»
    r"|(?<!\w)(?:в|у|in)\s+(?:своих\s+|своїх\s+|their\s+)?(?:мечтах|мріях|снах|фантазиях|фантазіях|уяві|воображении"
    r"|dreams)(?!\w)"
)
# A capture told as a liberation or a return, or as control, a flag, hands: the words that, with no side named,
# leave the actor to the speaker's point of view (the press's plain "captured", "the fall of X" is Russia's).
LIBERATION: Final = (
    r"звільн|визвол|вызвол|деокуп|освобо|liberat|release|recaptur|retook|retak|regain|поверну|верну|відбил|отбил"
    r"|відвоюв|отвоев|контрол|control|hands|flag|прапор|флаг"
)
# Civilians as the subject of leaving, entering or staying there («жителі мають залишити село», "residents are leaving
# X", «там досі залишаються діти»): people, not forces: no claim.
CIVILIANS: Final = (
    # the population («населення», «население»), not the settlement's adjective («населенный пункт»)
    r"(?:жител\w*|мешкан\w*|населенн(?:я|ю|ям|і)\b|населени(?:е|я|ю|ем|и)\b|цивільн\w*|мирн\w+\s+(?:жител|населен)\w*|біженц\w*|беженц\w*|діти|дітей"
    r"|дети|детей|residents?|civilians?|people|families|refugees|evacuees|inhabitants|locals|children)"
)
_NOT_A_UNIT: Final = (
    r"(?!\s+(?:\d|формуван|формировани|бригад|полк|дивізі|дивизи|армі|арми|підрозділ|подразделени|ЗСУ|ВСУ|ЗС\b|ВС\b))"
)
PARTIAL: Final = (
    r"частков\w*",
    r"частичн\w*",
    r"partial\w*",
    r"part\s+of",
    r"parts\s+of",
    r"portions?\s+of",
    # not a military unit («частини 1-ї та 9-ї бригад», «части формирования»: units, not parts of the town)
    r"частин\w*(?!\w)" + _NOT_A_UNIT,
    r"част[ьи]\b" + _NOT_A_UNIT,
    r"half",
    r"most\b",
    r"majority",
    r"більшіст\w*",
    r"большинств\w*",
    r"больш\w+\s+част\w*",
    r"половин\w*",
    # «центр Малиновки», "the centre of X"; a kind of centre is the town itself («районний центр X», "the logistics
    # centre of X": `centre_kind` set, no part)
    r"(?:(?P<centre_kind>логістичн\w*|логистическ\w*|районн\w*|обласн\w*|областн\w*|транспортн\w*|промислов\w*"
    r"|промышленн\w*|адміністративн\w*|административн\w*|logistic\w*|transport|district|regional|railway"
    r"|industrial|administrative)\s+)?(?:(?-i:центр(?:а|у|і|е|ом)?)\b|(?-i:cent(?:er|re))\s+of)",
    r"трет(?:ь|и|і|іх|ей|ью|ям)\b|третин\w*|чверт\w*|четверт\w*",  # «дві треті», «дві третини», «две трети»
    r"(?:two-)?thirds\b|(?:a|one)\s+third\s+of\b|(?:a|one)\s+quarter\s+of\b",
    r"percent",
    r"per\s+cent",
    r"%",
    r"процент\w*",
    r"відсот\w*",
    r"окраїн\w*",
    r"окраин\w*",
    # a district of a town: «звільнили мікрорайон X у місті Y», "took a neighbourhood of Y"
    r"вулиц(?:ь|ях|ями)\b|улиц(?:ах|ами)?\b|streets\b",  # «кілька вулиць Вовчанська», "streets of"
    r"мікрорайон\w*",
    r"будинк\w*|будівл\w*|дом(?:а|ов|ах)|здани[яйе]\w*|houses|buildings",  # «кілька будинків», "a few houses"
    # a quarter named in quotes inside the town («захопили "Канал" в Часовому Яру», "the "Kanal" district of X")
    r"(?<!войск\s)(?<!військ\s)(?<!группировки\s)(?<!угруповання\s)(?<!бригади\s)(?<!бригада\s)(?<!group\s)"
    r"[«\"“][\w’'ʼ -]{1,30}[»\"”](?=\s+(?:в|у|на|in|of)\s(?!течени|ход|результат|рамк|состав|склад))",
    r"микрорайон\w*",
    r"квартал\w*",
    r"промзон\w*",
    r"micro-?districts?",
    r"neighbou?rhoods?",
    r"околиц\w*",
    r"outskirts",
    r"edge\b",
    r"передміст\w*",
    r"пригород\w*",
    # an area won near a place, not the place («звільнили 7 кв. км біля X», "liberated 16 square kilometres near X")
    r"кв\.\s*км|кв\s+км|км²|km²|км2|km2",
    r"квадратн\w*\s+(?:кілометр\w*|километр\w*)|(?:кілометр\w*|километр\w*)\s+квадратн\w*",
    r"square\s+(?:kilomet\w*|km|miles?)",
    r"гектар\w*|hectares?",
    # almost all of it; not the manner («заняли практически без боев», "almost without a fight")
    r"(?:практически|практично|майже|почти)(?!\s+без\b)",
    r"(?:almost|nearly|practically)(?!\s+without\b)",
    r"квартал\w*",
    r"entrance",
    r"здани\w*",
    r"будівел\w*|будівл\w*|будинк\w*",
    r"buildings?",
    r"вулиц\w*",
    r"улиц\w*",
    r"streets?",
    r"в[’'ʼ]?їзд\w*",
    r"въезд\w*",
    r"гнезд\w*",
)
# The object of a capture that is only ground near a settlement: «зайняли позиції», "regained positions".
POSITIONS_AFTER: Final = (
    r"\s+(?:\w+\s+){0,2}(?:positions?|позиці\w*|позици\w*|опорн\w*|рубеж\w*|висот\w*|высот\w*|heights?"
    r"|strongholds?|strongpoints?|trenches|окоп\w*|територі\w*\s+(?:біля|поблизу|возле|около))"
)
# The end of a quote and the dash of its attribution after it («..., відійшли", – ідеться в повідомленні»): what
# follows is who said it, not more of the clause.
ATTRIBUTION_DASH: Final = r"[\"”»]?\s*,?\s*[–—-]\s"
# Back to the starting line after an attack: the attack was repelled («відійшов на вихідні позиції», "fell back to
# their starting positions"), not a settlement given up.
TO_STARTING: Final = (
    r"\s*(?:[\w’'ʼ-]+\s+){0,2}(?:на|до|to|back\s+to)\s+(?:свої\s+|свои\s+|their\s+|its\s+)?"
    r"(?:вихідн\w*|исходн\w*|starting|initial|original)\s+(?:позиц|рубеж|position|line)"
)
# Fighting or clearing still going on in the sentence, or part of it still a grey zone: a flag raised there is an
# advance, not a capture.
STILL_FIGHTING: Final = (
    r"(?:clearing|mop-?up|fighting|battles?|зачистк\w*|бо[їи]|бій|бой)\s+(?:[\w’'ʼ-]+\s+){0,2}"
    r"(?:continu\w*|ongoing|going\s+on|goes\s+on|under\s*way|трива\w*|продовжу\w*|продолжа\w*|ведут\w*|ідуть|идут)"
    r"|(?:continu\w*|трива\w*|продовжу\w*|продолжа\w*|ведут\w*|ідуть|идут)\s+(?:[\w’'ʼ-]+\s+){0,2}"
    r"(?:clearing|mop-?up|fighting|battles?|зачистк\w*|бо[їиеё]\w*|бій|бой)"
    r"|(?:сер(?:ой|ая|ую)|сір(?:ій|а|у|ої))\s+зон\w*|gr[ae]y\s+zone"
)
# Hedges: lower the confidence.
HEDGES: Final = (
    r"ймовірно",
    r"імовірно",
    r"вірогідно",
    r"нібито",
    r"начебто",
    r"можливо",
    r"за\s+деякими\s+даними",
    r"за\s+попередніми\s+даними",
    r"за\s+неофіційн\w*",
    r"по\s+предварительным\s+данным",
    r"предположительно",
    r"вероятно",
    r"якобы",
    r"возможно",
    r"по\s+неофициальн\w*",
    r"по\s+некоторым\s+данным",
    r"reportedly",
    r"allegedly",
    r"apparently",
    r"presumably",
    r"likely",
    r"possibly",
    r"unconfirmed",
    r"unverified",
    r"claimed",
)
# Fire in support of an attack («за підтримки авіації атакував», "with air support", «при поддержке артиллерии»): part
# of the assault, not a sentence about strikes.
SUPPORT: Final = (
    r"(?:(?:за|при|з|із|маючи|мають|маючи)\s+підтримк\w*|при\s+підтримц\w*|(?:при|с|за)\s+поддержк\w*"
    r"|(?:with|under)\s+(?:the\s+)?(?:support|cover)\s+of|supported\s+by|backed\s+by|під\s+прикриттям|под\s+прикрытием)"
    r"\s+(?:[\w’'ʼ-]+\s+){0,2}?(?:авіац|авиац|артилер|артилл|aviation|aircraft|artillery|дрон|drone|танк|tank|бронетехн|БПЛА|UAV)\w*",
    r"with\s+(?:air|artillery|drone|aviation|tank)\s+support",
)
# A country attacking («Росія атакувала», "Russia attacked"), not its forces: beside a sentence about strikes or
# casualties, a strike ("Russia attacked Kurakhove. The attack killed ten people").
COUNTRY_ATTACK: Final = (
    r"(?<!\w)(?:Russia|Moscow|Росія|Россия|Москва)\s+(?:[\w’'ʼ-]+\s+)?(?:attack(?:ed|s)?|struck|hit|атакува\w*|атакова\w*"
    r"|атаку\w*|удари\w*|ударил\w*)(?!\w)"
)
# The sentence is about something other than ground control (shelling, strikes, casualties, evacuation, aid):
# weak phrases (fighting) found in it are dropped.
NOT_CLAIM: Final = (
    # a visit to the troops («відвідав командні пункти бригад», "visited command posts"): where, not what
    r"(?:відвіда|посети|visit)\w*\s+(?:[\w’'ʼ-]+\s+){0,3}(?:командн|пункт|позиці|позици|підрозділ|подразделени"
    r"|бригад|command|posts?|units?|troops|brigades?|positions?)\w*",
    # a place that suffered attacks («Атаки зазнали X, Y», «X подверглись атакам»): a target of strikes
    r"зазна\w*\s+(?:[\w’'ʼ-]+\s+)?(?:атак|удар|обстріл)\w*|атак\w*\s+зазна\w*",
    r"подверг\w*\s+(?:[\w’'ʼ-]+\s+)?(?:атак|удар|обстрел)\w*|атак\w*\s+подверг\w*",
    # «під ворожими атаками перебували населені пункти X», «под атаками находились»: the places attacked, a target
    r"під\s+(?:[\w’'ʼ-]+\s+)?(?:атак|удар|обстріл)\w*\s+(?:[\w’'ʼ-]+\s+){0,3}перебува\w*",
    r"под\s+(?:[\w’'ʼ-]+\s+)?(?:атак|удар|обстрел)\w*\s+(?:[\w’'ʼ-]+\s+){0,3}находи\w*",
    r"обстр\w*",
    r"shell\w*",
    r"удар\w*",
    r"strike\w*",
    r"струк\w*",
    r"дрон\w*",
    r"drone\w*",
    r"БПЛА",
    r"UAV\w*",
    r"беспилот\w*",
    r"безпілот\w*",
    r"ракет\w*",
    r"missile\w*",
    r"авіа\w*",
    r"авиа\w*",
    r"air\s*strike\w*",
    r"air\s+(?:attack|raid)\w*",
    r"from\s+(?:the\s+)?air",
    r"aerial",
    r"КАБ\w*",
    r"бомб\w*",
    r"bomb\w*",
    r"загин\w*",
    r"загибл\w*",  # «п'ятеро загиблих»
    r"погиб\w*",
    r"killed",
    r"поранен\w*",
    r"ранен\w*",
    r"injur\w*",
    r"wound\w*",
    r"жертв\w*",
    r"casualt\w*",
    r"евакуац\w*",
    r"эвакуац\w*",
    r"evacuat\w*",
    r"гуманітар\w*",
    r"гуманитар\w*",
    r"humanitarian",
    r"aid\s+(?:convoys?|trucks?|deliver\w*)|convoys?\s+of\s+aid",  # "aid convoys reached Kherson"
    r"поврежд\w*",
    r"пошкодж\w*",
    r"damag\w*",
    r"вибух\w*",
    r"взрыв\w*",
    r"explos\w*",
    # a fire or a building hit («возник пожар в многоэтажке», «виникла пожежа», "a fire broke out")
    r"пожар\w*|пожеж\w*|(?:a|the)\s+fire|многоэтажк\w*|багатоповерхів\w*|(?:apartment|residential)\s+(?:block|building)s?",
    r"energy",
    r"поражени\w*",
    r"поразил\w*",
    r"уражен\w*",
    r"уразил\w*",
    r"енерг\w*",
    r"энерг\w*",
    r"електропостач\w*|электроснабж\w*|водопостач\w*|водоснабж\w*|power\s+supply|blackouts?",
    r"втрат\w*",
    r"потер\w*",
    r"losses",
    r"ППО",
    r"ПВО",
    r"air\s+defen[cs]e",
    r"сбит\w*",
    r"збит\w*",
    r"shot\s+down",
    r"intercept\w*",
    r"debris",
    r"уламк\w*",
    r"обломк\w*",
    r"struck",
    r"bombard\w*",
    r"артилер\w*",
    r"артиллер\w*",
    r"artillery",
    r"подверг\w*",  # «атаке подверглась Горловка»: a place under fire
    # people living there, not the ground: «залишається 4300 мешканців», "residents remain"
    r"мешкан\w*",
    r"жител(?:ей|и|ям|ями|ь)",
    r"residents?",
    r"civilians?",
    r"цивільн\w*",
    r"мирн(?:их|ых)\s+(?:жител\w*|мешкан\w*)",
    r"населенн?я",
    r"население",
    r"children",
)

# Leaving positions, not a settlement: «відійшли з займаних позицій», "pushed from their positions".
FROM_POSITIONS: Final = (
    r"\s*(?:\w+\s+){0,2}(?:з|із|с|from|от)\s+(?:своїх\s+|своих\s+|their\s+|its\s+|займаних\s+|занимаемых\s+)?"
    r"(?:позиц|position|рубеж|опорн)"
)
# Between a part named and a place: the place is one of what the part took in, whole («часть республик, в том
# числе города X»).
INCLUDING: Final = r"(?<!\w)(?:в\s+том\s+числе|у\s+тому\s+числі|в\s+тому\s+числі|including|зокрема|в\s+частности)(?!\w)"
# Between a part named and a place: another name, then «та», "and" and the place's own noun: the part is of that
# name, the place after the conjunction whole ("the eastern part of Kupiansk and the settlement of X", «частину
# Купʼянська та село X»; but "two-thirds of the villages of A and B" are both in part).
ANOTHER_CONJUNCT: Final = (
    r"(?-i:[A-ZА-ЯІЇЄҐ])[\w’'ʼ-]+(?:[^.;:!?]*?)\s(?:and|та|і|й|и|а\s+також|а\s+также|as\s+well\s+as)\s+"
    r"(?:(?:the\s+)?(?:settlement|village|town|city|locality)\s+of|сел(?:о|а|ище)|міст[оа]|"
    r"населен\w+\s+пункт\w*|поселок|посёлок|город\w*|деревн\w+)\s+$"
)
# A verbal noun («просування», «продвижение»): a side named right after it is its subject (not an encirclement).
# The winner's offensive named before a withdrawal from positions («в ході наступальних дій Сил оборони противник
# відійшов з позицій»): the winner advanced; without it, the loser withdrew (a partial loss).
OFFENSIVE_BEFORE: Final = r"(?<!\w)(?:наступальн\w*|наступ\w*|штурм\w*|атак\w*|offensive\w*|assault\w*|attack\w*)"
VERBAL_NOUN: Final = (
    r"(?:ння|ття|нні|тті|нню|ттю|ние|тие|нии|тии|ния|тия|нию|тию)$(?<!оточення)(?<!окружение)(?<!окружении)(?<!окружения)"
    r"|\b(?:advances?|withdrawal|retreat|push|breakthrough)$"  # "the advance of Russian troops"
    r"|(?<!\w)(?:прорив|прорыв|відступ|отступ)(?:у|а|ом|е|і)?$"  # «прорив армії РФ», «отступ ВСУ»: a noun with no suffix
)
# After a side named before a repelling phrase: the side attacked, it did not repel («противника атаки відбито»).
ATTACK_AFTER: Final = r"^\s*(?:\w+\s+)?(?:атак|attack|штурм|assault|контратак)"
# A phrase about control: the side right after it holds the place («під контролем ЗСУ», "under the control of").
CONTROL_STEM: Final = "контрол"  # in any case
CONTROL_WORD: Final = "control"  # as written
HANDS_WORDS: Final = ("hands", "руках")  # «в руках ЗСУ», "in Ukrainian hands": control held, its holder inside
# Phrases that carry their own negation (не відповідає дійсності, not true): a «не» in front does not cancel them.
SELF_NEGATING: Final = ("не ", "not")
# A force getting in (LABELING: infiltrating, entering, reaching the outskirts) and destroyed there («ДРГ проникають у
# місто і там знищуються», "groups infiltrate the city and are destroyed", «вошли в село и были уничтожены»): the
# attacker advanced and the defender held it off. Matched on the phrase's own text; the passive searched after it.
_GETTING_IN_STEMS: Final = (
    r"інфільтр|просоч|просача|проник|инфильтр|просачив|infiltrat|penetrat|увійш|зайш|заход|вход|вош|зашл"
    r"|вклини|вклин|enter|broke\s+into|вийш\w*\s+(?:до|на)\s+околиц|вышл\w*\s+на\s+окраин|reach\w*\s+the\s+outskirts"
)
GETTING_IN: Final = rf"(?:{_GETTING_IN_STEMS})"
# Verbs of moving in or out that take no object: a side named right after one is its subject, the word order
# inverted («у Покровськ заходять російські війська», «из села отошли подразделения ВСУ»), not an object.
MOTION_VERB: Final = (
    rf"(?:{_GETTING_IN_STEMS}|просува|просуну|продвига|продвину|відступ|отступ|відійш|отош|відход|отход|вийшл|вышл"
    r"|виход|выход|залиши|покину|оставил|покинул)"
)
DESTROYED_THERE: Final = (
    r"(?:добива(?:ється|ються|ются|ется)|знищу(?:ються|валися|ється|вались)|знищен[іоа]?|знищено|ліквідову(?:ються|валися|ється)|ліквідован[іоа]?"
    r"|ліквідовано|уничтожа(?:ются|лись|ется)|уничтожен[ыао]?|ликвидиру(?:ются|ется)|ликвидирован[ыао]?"
    r"|(?:are|were|was|is|being|been|get|got)\s+(?:\w+\s+)?(?:destroyed|eliminated|wiped\s+out|neutrali[sz]ed))"
)

# A side that is a verb's object (see reading._verb_object): the words between the verb and the side (a unit or
# positions of it, «розбили бригаду ЗСУ», «нанесли поражение бригаде ВСУ», "counterattacked the enemy"), and the
# English verbs whose object a side can be ("repelled Russian troops, liberating X": Russia's troops did not).
OBJECT_FILLER: Final = (
    r"(?:the|its|their|бригад\w*|батальйон\w*|батальон\w*|полк\w*|підрозділ\w*|подразделени\w*|позиці\w*"
    r"|позици\w*|опорн\w*|угрупован\w*|группировк\w*|поражени\w*|поразк\w*|ураженн\w*)"
)
EN_OBJECT_VERB: Final = (
    r"(?:repel(?:led|s)?|counter-?attack(?:ed|s)?|attack(?:ed|s)?|defeat(?:ed|s)?|rout(?:ed|s)?|encircl(?:ed|es|e)"
    r"|surround(?:ed|s)?|destroy(?:ed|s)?|outflank(?:ed|s)?|stop(?:ped|s)?|halt(?:ed|s)?|engag(?:ed|es|e)"
    r"|dislodg(?:ed|es|e)|expel(?:led|s)?|ambush(?:ed|es)?|hit|struck|strikes?|push(?:ed|es)?|drove|drives?"
    r"|beat|kill(?:ed|s)?)"
)
# Beside a claim not confirmed, the reason that makes it a rebuttal (LABELING: "do not confirm, saying ..."; silence
# alone is no claim): a statement after it («зазначаючи», "saying"), the fighting that goes on, a claim called untrue.
SILENCE_REASON: Final = (
    r"(?<!\w)(?:зазнача\w*|наголошу\w*|заявля\w*|кажуть|сказав\w*|бо|адже|оскільки|отмеча\w*|заявив\w*|указыва\w*"
    r"|поскольку|так\s+как|saying|stating|noting|insisting|adding|because"
    r"|бо[їияй]\w*|бой|боев\w*|fighting|battles?|clashes|тривають|трива\w*|продовжу\w*|продолжа\w*|continu\w*|ongoing"
    r"|иде?т|ведутся|точаться|точатся|неправд\w*|не\s+відповіда\w*|не\s+соответству\w*|untrue|false|fake|фейк\w*"
    r"|by\s+(?:the\s+)?facts|фактами"
    # an answer to the claim («Однак у Міноборони не підтверджують», "..., the General Staff said")
    r"|однак|однако|проте|втім|however|but|said|says|told|заяви\w*|заявл\w*)(?!\w)"
)
