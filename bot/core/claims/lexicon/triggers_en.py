"""Data only: the English phrases that make a claim (see triggers for the flags and how the rows are read)."""

from __future__ import annotations

from typing import Final

from bot.core.claims.lexicon.shared import NOT_COUNT, W

EN_COMPASS: Final = r"(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+)?"  # "the southern outskirts"
EN_FORCE: Final = (
    "(?:"
    + "|".join(
        rf"(?<={n}\s)"
        for n in ("units", "unit", "troops", "forces", "soldiers", "defenders", "fighters", "garrison", "servicemen")
    )
    + ")"
)

EN_TRIGGERS: Final[tuple[tuple[str, str, str], ...]] = (
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
    # not "taken out" (evacuated), "taken away", "taken prisoner", "taken into account"
    (
        "captured",
        r"(?:was|were|been|be|being|had|has|have)\s+(?:\w+ly\s+|also\s+|already\s+|now\s+)?taken\b"
        r"(?!\s+(?:out|away|off|prisoner|captive|into|to\b|part|place|hostage))",
        "",
    ),
    ("captured", r"(?<!fire\s)(?:control|controls|controlled|controlling)\b", ""),  # not "fire control"
    ("captured", r"cleared\b", ""),
    ("captured", r"grabb(?:ed|ing)\b(?!\s+(?:headlines|attention))", ""),  # "first grabbed by Ukrainian troops"
    ("captured", r"(?:managed|able)\s+to\s+clear\b|succeeded\s+in\s+clearing\b", ""),
    # "occupied X"; not "occupied territories", "their occupied positions" (the positions a side holds)
    (
        "captured",
        r"(?:occupied|occupy|occupying)\b"
        r"(?!\s+(?:part|territor|positions?\b|lines?\b|frontiers?\b|trenches\b|strongholds?\b))",
        "ru weak",
    ),
    ("captured", r"under\s+(?:Russian\s+)?occupation\b", "ru weak state"),  # "X, under Russian occupation since 2022"
    # "took" with its object before it: "Soledar, which Russian forces took in January 2023"
    (
        "captured",
        r"took\b(?=\s*[,.;)]|\s+(?:in|on|by|back\s+in)\s+(?:early\s+|late\s+|mid-?)?(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:19|20)\d\d|the\s+(?:spring|summer|autumn|fall|winter)))",
        "",
    ),
    ("captured", r"clear(?:ing|s)?\s+(?:[\w’'ʼ-]+\s+){0,2}of\b", ""),
    (
        "captured",
        r"release\w*\s+(?:of|to)?|fall\s+of\b"
        r"|fell\b(?!\s+(?:in|on|onto|into|near|over|across|at|back|to)\b)",
        "",
    ),
    # Ukraine's, as the attribute of a place ("the de-occupied settlements of X") or the act ("the deoccupation of X")
    ("captured", r"(?:deoccupied|de-occupied)\b", "ua attr"),
    ("captured", r"(?:deoccupation|de-occupation)(?:\s+of\b)?", "ua"),
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
    ("captured", r"(?:is|are|was|were)\s+[\"“'‘]?ours\b", "rhetoric"),
    ("captured", r"(?:returns?|returned|returning|is\s+back)\s+(?:to|in)\s+Ukraine\b", "ua"),  # "X returns to Ukraine"
    # not the adjective of forward units ("the advanced positions of", "advanced units of the Vostok group", "the
    # advancing enemy forces"), nor "in advance" (beforehand: "evacuated in advance")
    (
        "advanced",
        r"(?<!\bin\s)advanc\w*+(?!\s+(?:(?:enemy|Russian|Ukrainian|hostile)\s+)?(?:positions?|units?|groups?|detachments?"
        r"|elements?|posts?|guard|weapons?|forces|troops|enemy|columns?)\b)",
        "",
    ),
    ("advanced", r"(?:are|is)\s+(?:\w+ly\s+)?(?:clearing|liberating|capturing)\b", ""),
    # "are on the (southern) outskirts of X", "reached the eastern edge of X": a compass word may name the side
    (
        "advanced",
        r"(?:are|is|were|was)\s+(?:now\s+|already\s+)?(?:on|at|in)\s+the\s+" + EN_COMPASS + r"(?:outskirts|edges?)\b",
        "",
    ),
    (
        "advanced",
        r"(?:reach\w*|approach\w*|got\s+to|gets\s+to|arriv\w*\s+(?:at|on))\s+the\s+"
        + EN_COMPASS
        + r"(?:outskirts|edges?|suburbs|fringes)\b",
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
    # a bridgehead secured or widened in X is a foothold there (LABELING); one held is holding out
    (
        "advanced",
        r"(?:secur|establish|gain|seiz|creat|expand|widen|set\w*\s+up)\w*\s+(?:[\w’'ʼ-]+\s+){0,2}?(?:bridgehead|beachhead)s?"
        + W,
        "",
    ),
    ("advanced", r"(?:entered|entering|enter|foothold|gained\s+ground|made\s+gains|gains\s+(?:in|near|at))\b", ""),
    ("advanced", r"(?:pushing|push|pushes|driving|drive)\s+(?:[\w’'ʼ-]+\s+){0,3}out\b", "loser"),
    ("captured", r"(?:pushed|drove|driven|kicked|forced|threw)\s+(?:[\w’'ʼ-]+\s+){0,3}out\b", "loser"),
    ("advanced", r"(?:dislodg(?:e|es|ing)|oust(?:s|ing)?)\b", "loser"),
    ("captured", r"(?:dislodged|ousted)\b", "loser"),
    # "Ukrainian forces were encircled": the side named before is the one in the ring
    (
        "advanced",
        r"(?:were|was|is|are|been|being|be|got|get)\s+(?:\w+ly\s+|almost\s+|nearly\s+)?(?:encircled|surrounded)\b",
        "passive ring",
    ),
    (
        "advanced",
        r"(?:(?<=\bis\snot\s)|(?<=\bare\snot\s)|(?<=\bwas\snot\s)|(?<=\bwere\snot\s)|(?<=\bisn['’]t\s)|(?<=\baren['’]t\s))"
        r"(?:encircled|surrounded)\b",
        "passive ring",
    ),  # "X is not encircled": a rebuttal
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
    ("advanced", r"improv\w*\s+(?:their\s+|its\s+|the\s+)?(?:tactical\s+)?(?:position|situation)" + W, ""),
    ("repelled", r"(?:repel|repuls|thwart|foil|beat\s+back|beaten\s+back|fought\s+off|fend\w*\s+off)" + W, ""),
    (
        "repelled",
        r"(?:repel|repuls|thwart|foil|beat\s+back|beaten\s+back|fought\s+off|fend\w*\s+off|rebuff\w*|stopp?\w*|halt\w*|block(?:ed|ing)|withst(?:ood|and\w*)|push\w*\s+back|threw\s+back)\w*\s+(?:[\w’'ʼ-]+\s+){0,3}(?:attacks?|assaults?|attempts?|counterattacks?|counter-attacks?|offensives?|advances?)\b",
        "",
    ),
    (
        "repelled",
        r"(?:was|were|been|being|got)\s+(?:\w+ly\s+)?(?:repelled|repulsed|beaten\s+back|thrown\s+back|pushed\s+back|stopped|halted|thwarted)\b",
        "passive",
    ),
    ("repelled", r"(?:attacks?|assaults?)\s+(?:[\w’'ʼ-]+\s+){0,4}(?:repel|repuls|thwart|stopped|halted)\w*", ""),
    ("repelled", r"(?:hold\w*|held)\s+(?:back|off|the\s+line|their\s+ground|positions?)\b", ""),
    ("repelled", r"(?:stopped|halted|contained)\b(?!\s+\w+ing\b)", ""),  # not "stopped working in X"
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
        "holder presence",
    ),
    # "stabilised the front near X": the subject holds there
    ("repelled", r"stabili[sz](?:ed|es|e|ing)\b", "holder vague"),
    ("repelled", r"(?:are|is|were|was|remain|remains)\s+(?:still\s+|now\s+)?present\s+in\b", "holder presence"),
    # the noun ("confirms Russian presence in eastern X"), not a place freed "of the presence of" a force
    ("repelled", r"(?<!of\s)(?<!from\s)presence\s+(?:in|inside)\b", "holder presence"),
    ("repelled", r"defensive\s+(?:battles?|fighting|operations?|actions?)\b", "holder"),  # the defender holds X
    ("repelled", r"search[- ]and[- ](?:strike|destroy)\s+(?:operations?|actions?|missions?)\b", "ua state"),
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
    ("fighting", r"(?:the\s+)?hottest\b|hot\s*spots?\b", ""),  # "the situation was the hottest near X"
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
    (
        "fighting",
        r"(?:one|two|three|four|five|six|[0123456789]{1,2})(?=\s+(?:towards?|in\s+the\s+direction\s+of)\b)",
        "attack",
    ),
    # "continued to press Ukrainian positions near X", "pressing on the defenses of X", "more pressure on X": the
    # attacker pressing
    ("fighting", r"pressure\s+on\b", "attack"),
    (
        "fighting",
        r"(?:press|presses|pressed|pressing)\s+(?:on\s+)?(?:[\w’'ʼ-]+\s+){0,2}(?:positions|defen[cs]es|lines)\b",
        "attack",
    ),
    # going round it near the places named (not the place gone round: "to outflank Huliaipole" is the aim)
    (
        "fighting",
        r"(?:(?:outflank|bypass)\w*|flanking\s+(?:attack|manoeuvre|maneuver)s?)(?!\w)(?!\s+(?-i:[A-Z]))",
        "attack",
    ),
    # "trying to break through", "broke through" alone, "breaching the defences" (tried; "breached" below: done)
    ("fighting", r"(?:break|breaks|(?<!after\s)breaking|broke)\s+through|breach(?:es|ing)?\b", "attack"),
    ("advanced", r"(?:broke|broken)\s+through\s+(?:[\w’'ʼ-]+\s+){0,3}(?:defen[cs]es?|lines?)\b", ""),
    ("advanced", r"(?:breakthroughs?|breached)\b", ""),
    # "pushed Russian troops back from X", "drove the enemy back from X": the attack thrown back (not "pushing back
    # against", nor "pushed back the Russians in X", where they lost ground)
    (
        "repelled",
        r"(?:push|pushes|pushed|pushing|drove|drive|driving|driven|threw|throw|thrown)\s+(?:[\w’'ʼ-]+\s+){0,3}back\s+(?:[\w’'ʼ-]+\s+){0,3}?from\b",
        "",
    ),
    ("withdrew", r"(?:withdr|retreat|pull\w*\s+out|pull\w*\s+back|abandon)" + W, ""),
    ("withdrew", r"regroup\w*\s+(?:[\w’'ʼ-]+\s+){0,2}from\b", ""),  # "regrouped from the X area": a pull-out
    ("withdrew", r"(?:been|was|were|got)\s+(?:pushed|forced|driven|kicked)\s+out\b", ""),
    # not "no buildings left in X" (remaining), "the left bank", "buses left for X" (set off towards it)
    (
        "withdrew",
        r"(?:left|leave|leaving)\b(?!\s+(?:bank|flank|side|wing|behind|in|at|on|there|intact|alive|for|not|no|a\s+single"
        r"|nothing|only)\b)",  # not "left not a single building standing in X"
        "",
    ),
    # not "its lost positions" (an adjective)
    ("withdrew", r"(?<!\bits\s)(?<!\btheir\s)(?<!\bthe\s)(?:lost|loss\s+of|lose)\b" + NOT_COUNT, ""),
    # "recognized the loss of (the towns of) X": a loss of a place, not "the loss of life"
    (
        "withdrew",
        r"(?<=\bthe\s)loss\s+of(?=\s+(?:the\s+)?(?:(?:towns?|city|cities|villages?)\s+of\s+)?(?-i:[A-Z]))",
        "",
    ),
    ("withdrew", r"surrender(?:ed|ing|s)?\b", ""),  # "the surrender of Vuhledar"
    # "moved to new frontiers, west of X", "relocated to more favourable positions": a withdrawal
    (
        "withdrew",
        r"(?:moved|relocated|redeployed)\s+to\s+(?:new|more\s+[\w-]+)\s+(?:frontiers|lines|positions|defensive)\b",
        "",
    ),
    ("withdrew", r"fled\b", ""),
    (
        "denied",
        r"(?:untrue|not\s+true|false|fake|disinformation|propaganda|denied|deny|denies|denying|refut\w*|reject(?:ed|s|ing)?|dismiss(?:ed|es|ing)?)\b",
        "",
    ),
    ("denied", r"(?:gr[ae]y\s+zone)\b", ""),
    ("denied", r"(?:(?<!could\s)not\s+confirm\w*|no\s+confirmation)\b", "silence"),
    (
        "denied",
        r"(?:(?:made|makes|make)\s+no\s+mention|(?:did|does|do)\s+not\s+mention|no\s+mention)\b",
        "silence mute",
    ),
    # "there are no Russian troops in X", "not a single enemy soldier in X": a rebuttal of their entry
    (
        "denied",
        r"(?:there\s+(?:are|is)\s+)?(?:no|not\s+a\s+single)\s+(?:Russian|enemy|Ukrainian)\s+"
        r"(?:troops|soldiers?|forces|units?|servicem[ae]n)\s+(?=in\b)",
        "",
    ),
    # the claim a lie or an invention ("lied about the capture of X", "a fabricated claim", "their own made-up reality")
    (
        "denied",
        r"(?:(?:lied|lying|lies)\s+about|fabricat\w*|made-up|invent(?:ed|ing)\s+(?:claims?|reports?|stories))\b",
        "",
    ),
    # "it is incorrect / not correct to talk about the capture of X": the talk is false
    ("denied", r"(?:incorrect|not\s+correct|wrong|premature)\s+to\s+(?:talk|speak|say)\b", ""),
    ("denied", r"no\s+(?:grounds|reason|basis)\s+to\s+(?:say|claim|speak|talk|believe|assert)\b", ""),  # unfounded
    (
        "advanced",
        r"reach(?:ed|es|ing)?\b(?=\s+(?:the\s+(?:[\w-]+\s+)?(?:city|town|village|settlement)\s+of\b|(?-i:[A-Z])))",
        "weak",  # as "approaching": aid convoys reaching Kherson is no advance
    ),
    ("denied", r"despite\s+(?:the\s+)?(?:[\w’'ʼ-]+\s+){0,2}(?:claims?|statements?|assertions?)\b", "beside"),
)
