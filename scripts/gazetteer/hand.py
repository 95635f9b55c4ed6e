"""Hand table: renamed towns whose old names are still used, and Russian names the rules cannot guess."""

from __future__ import annotations

from collections import defaultdict

from .model import Codifier

# (Ukrainian name, oblast, [(kind, alias), ...]): renamed towns whose old names are still used, mostly
# by the Russian side (decommunisation 2016, renames 2019-2024), and Russian names rules cannot guess.
# Applied to the M/X settlement of that name in that oblast when there is one, else to every match.
HAND: list[tuple[str, str, list[tuple[str, str]]]] = [
    (
        "Бахмут",
        "Донецька",
        [
            ("f", "Артемовск"),
            ("f", "Артёмовск"),
            ("f", "Артемівськ"),
            ("f", "Artemivsk"),
            ("f", "Artemovsk"),
            ("f", "Artyomovsk"),
        ],
    ),
    (
        "Покровськ",
        "Донецька",
        [
            ("f", "Красноармейск"),
            ("f", "Красноармійськ"),
            ("f", "Krasnoarmeisk"),
            ("f", "Krasnoarmeysk"),
            ("f", "Krasnoarmiisk"),
            ("f", "Гришино"),
        ],
    ),
    (
        "Мирноград",
        "Донецька",
        [("f", "Димитров"), ("f", "Дімітров"), ("f", "Dimitrov"), ("f", "Dymytrov"), ("r", "Мирноград")],
    ),
    ("Торецьк", "Донецька", [("f", "Дзержинск"), ("f", "Дзержинськ"), ("f", "Dzerzhinsk"), ("f", "Dzerzhynsk")]),
    (
        "Лиман",
        "Донецька",
        [("f", "Красный Лиман"), ("f", "Красний Лиман"), ("f", "Krasnyi Lyman"), ("f", "Krasny Liman")],
    ),
    ("Хрестівка", "Донецька", [("f", "Кировское"), ("f", "Кірове"), ("f", "Кіровське"), ("f", "Kirovske")]),
    ("Бойківське", "Донецька", [("f", "Тельманово"), ("f", "Тельманове"), ("f", "Telmanovo")]),
    ("Кальміуське", "Донецька", [("f", "Комсомольское"), ("f", "Комсомольське"), ("f", "Komsomolske")]),
    (
        "Микільське",
        "Донецька",
        [
            ("f", "Нікольське"),
            ("f", "Никольское"),
            ("f", "Nikolske"),
            ("f", "Володарское"),
            ("f", "Володарське"),
            ("f", "Volodarske"),
        ],
    ),
    ("Мангуш", "Донецька", [("f", "Першотравневе"), ("f", "Першотравневое"), ("f", "Pershotravneve")]),
    (
        "Нью-Йорк",
        "Донецька",
        [
            ("f", "Новгородское"),
            ("f", "Новгородське"),
            ("f", "Novhorodske"),
            ("l", "New York"),
            ("l", "Niu-York"),
            ("l", "Nyu-York"),
        ],
    ),
    ("Залізне", "Донецька", [("f", "Артемово"), ("f", "Артемове")]),
    ("Вугледар", "Донецька", [("r", "Угледар"), ("l", "Ugledar"), ("l", "Vuhledar")]),
    ("Вуглегірськ", "Донецька", [("r", "Углегорск"), ("l", "Uglegorsk")]),
    ("Маріуполь", "Донецька", [("f", "Жданов"), ("f", "Zhdanov")]),
    ("Донецьк", "Донецька", [("f", "Сталино"), ("f", "Юзовка"), ("f", "Stalino"), ("f", "Yuzovka")]),
    ("Єнакієве", "Донецька", [("r", "Енакиево"), ("l", "Yenakiieve"), ("l", "Yenakiyevo"), ("l", "Enakievo")]),
    ("Гірник", "Донецька", [("r", "Горняк")]),
    ("Времівка", "Донецька", [("r", "Времевка"), ("l", "Vremevka"), ("l", "Vremivka")]),
    ("Бердичі", "Донецька", [("r", "Бердычи"), ("l", "Berdychi")]),
    (
        "Куп’янськ-Вузловий",
        "Харківська",
        [("r", "Купянск-Узловой"), ("l", "Kupiansk-Vuzlovyi"), ("l", "Kupyansk-Uzlovoy")],
    ),
    ("Балаклія", "Харківська", [("r", "Балаклея"), ("l", "Balakleya")]),
    ("Козачі Лагері", "Херсонська", [("r", "Казачьи Лагеря"), ("l", "Kazachi Lagerya")]),
    ("Новодонецьке", "Донецька", [("r", "Новодонецкое")]),
    ("Приютне", "Запорізька", [("r", "Приютное")]),
    ("Щербаки", "Запорізька", [("r", "Щербаки")]),
    (
        "Сіверськодонецьк",
        "Луганська",
        [
            ("r", "Северодонецк"),
            ("f", "Сєвєродонецьк"),
            ("l", "Severodonetsk"),
            ("f", "Sievierodonetsk"),
            ("f", "Siverskodonetsk"),
        ],
    ),
    ("Луганськ", "Луганська", [("f", "Ворошиловград"), ("f", "Voroshilovgrad"), ("l", "Lugansk")]),
    ("Сорокине", "Луганська", [("f", "Краснодон"), ("f", "Krasnodon")]),
    ("Довжанськ", "Луганська", [("f", "Свердловск"), ("f", "Свердловськ"), ("f", "Sverdlovsk")]),
    (
        "Хрустальний",
        "Луганська",
        [("f", "Красный Луч"), ("f", "Красний Луч"), ("f", "Krasnyi Luch"), ("f", "Krasny Luch")],
    ),
    ("Кадіївка", "Луганська", [("f", "Стаханов"), ("f", "Stakhanov")]),
    ("Голубівка", "Луганська", [("f", "Кировск"), ("f", "Кіровськ"), ("f", "Kirovsk")]),
    ("Кремінна", "Луганська", [("r", "Кременная"), ("l", "Kremennaya"), ("l", "Kreminna")]),
    (
        "Південноукраїнськ",
        "Миколаївська",
        [("r", "Южноукраинск"), ("f", "Южноукраїнськ"), ("f", "Yuzhnoukrainsk"), ("l", "Pivdennoukrainsk")],
    ),
    (
        "Кропивницький",
        "Кіровоградська",
        [
            ("f", "Кировоград"),
            ("f", "Кіровоград"),
            ("f", "Kirovohrad"),
            ("f", "Kirovograd"),
            ("f", "Елисаветград"),
            ("f", "Єлисаветград"),
        ],
    ),
    (
        "Дніпро",
        "Дніпропетровська",
        [
            ("r", "Днепр"),
            ("f", "Днепропетровск"),
            ("f", "Дніпропетровськ"),
            ("f", "Dnipropetrovsk"),
            ("f", "Dnepropetrovsk"),
            ("l", "Dnepr"),
        ],
    ),
    (
        "Кам’янське",
        "Дніпропетровська",
        [("f", "Днепродзержинск"), ("f", "Дніпродзержинськ"), ("f", "Dniprodzerzhynsk"), ("f", "Dneprodzerzhinsk")],
    ),
    ("Покров", "Дніпропетровська", [("f", "Орджоникидзе"), ("f", "Орджонікідзе"), ("f", "Ordzhonikidze")]),
    ("Горішні Плавні", "Полтавська", [("f", "Комсомольск"), ("f", "Комсомольськ"), ("f", "Komsomolsk")]),
    (
        "Олешки",
        "Херсонська",
        [("r", "Алешки"), ("f", "Цюрупинск"), ("f", "Цюрупинськ"), ("l", "Aleshki"), ("f", "Tsiurupynsk")],
    ),
    ("Харків", "Харківська", [("r", "Харьков"), ("l", "Kharkov")]),
    ("Запоріжжя", "Запорізька", [("r", "Запорожье"), ("l", "Zaporozhye"), ("l", "Zaporizhia")]),
    ("Київ", "Київ", [("r", "Киев"), ("l", "Kiev")]),
    ("Миколаїв", "Миколаївська", [("r", "Николаев"), ("l", "Nikolaev"), ("l", "Nikolayev")]),
    ("Одеса", "Одеська", [("r", "Одесса"), ("l", "Odessa")]),
    ("Чорноморськ", "Одеська", [("f", "Ильичевск"), ("f", "Іллічівськ"), ("f", "Illichivsk")]),
    ("Подільськ", "Одеська", [("f", "Котовск"), ("f", "Котовськ"), ("f", "Kotovsk")]),
    ("Вараш", "Рівненська", [("f", "Кузнецовск"), ("f", "Кузнецовськ"), ("f", "Kuznetsovsk")]),
    (
        "Звягель",
        "Житомирська",
        [("f", "Новоград-Волынский"), ("f", "Новоград-Волинський"), ("f", "Novohrad-Volynskyi")],
    ),
    ("Шептицький", "Львівська", [("f", "Червоноград"), ("f", "Chervonohrad")]),
    ("Переяслав", "Київська", [("f", "Переяслав-Хмельницкий"), ("f", "Переяслав-Хмельницький")]),
    ("Шахтарське", "Дніпропетровська", [("f", "Першотравенськ"), ("f", "Першотравенск"), ("f", "Pershotravensk")]),
]


def hand_aliases(kat: Codifier) -> tuple[dict[str, list[tuple[str, str]]], list[str]]:
    """(settlement code -> its (kind, alias) from HAND, the entries no settlement answers to)."""
    hand_of: dict[str, list[tuple[str, str]]] = defaultdict(list)
    missing = []
    for name, oblast, aliases in HAND:
        hits = [p for p in kat.places if p.name == name and kat.oblasts.get(p.oblast_code) == oblast]
        big = [p for p in hits if p.category in "MXK"]
        if not hits:
            missing.append(f"{name} ({oblast})")
        for p in big or hits:
            hand_of[p.code].extend(aliases)
    return hand_of, missing
