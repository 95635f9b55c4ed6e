"""A tiny gazetteer for tests (real codes and coordinates), and the bundled one when it is there.

    from tests.gazetteer_fixture import tiny_gazetteer
    gaz = tiny_gazetteer()          # 16 settlements of Donetsk and Zaporizhzhia oblasts
    gaz.find_places("бої біля Андріївки") ...

conftest.py exposes the same as the fixtures `tiny_gazetteer` and `gazetteer` (the real, bundled one).
"""

from __future__ import annotations

from functools import cache

from bot.core.normalize import forms
from bot.core.places import Gazetteer
from bot.models import Settlement

_D, _Z = "Донецька", "Запорізька"
SETTLEMENTS = (
    Settlement("UA14020010010059145", "M", "Бахмут", "Bakhmut", _D, "Бахмутський", "Бахмутська", 48.59419, 37.99886),
    Settlement(
        "UA14020010030085322", "C", "Андріївка", "Andriivka", _D, "Бахмутський", "Бахмутська", 48.50184, 37.96749
    ),
    Settlement(
        "UA14020010120064151", "C", "Кліщіївка", "Klishchiivka", _D, "Бахмутський", "Бахмутська", 48.52897, 37.95972
    ),
    Settlement(
        "UA14020130010015598", "M", "Часів Яр", "Chasiv Yar", _D, "Бахмутський", "Часовоярська", 48.58768, 37.83409
    ),
    Settlement(
        "UA14040010010027148",
        "X",
        "Велика Новосілка",
        "Velyka Novosilka",
        _D,
        "Волноваський",
        "Великоновосілківська",
        47.84281,
        36.83627,
    ),
    Settlement(
        "UA14040010180012001",
        "C",
        "Старомайорське",
        "Staromaiorske",
        _D,
        "Волноваський",
        "Великоновосілківська",
        47.75271,
        36.79345,
    ),
    Settlement(
        "UA14040050010075856", "M", "Вугледар", "Vuhledar", _D, "Волноваський", "Вугледарська", 47.77973, 37.24999
    ),
    Settlement(
        "UA14120010010052562", "C", "Андріївка", "Andriivka", _D, "Краматорський", "Андріївська", 48.61735, 37.28676
    ),
    Settlement(
        "UA14120070020010159", "C", "Біла Гора", "Bila Hora", _D, "Краматорський", "Костянтинівська", 48.48143, 37.87926
    ),
    Settlement("UA14160010010073615", "M", "Авдіївка", "Avdiivka", _D, "Покровський", "Авдіївська", 48.14019, 37.75008),
    Settlement("UA14160070150019086", "X", "Світле", "Svitle", _D, "Покровський", "Добропільська", 48.39840, 37.11535),
    Settlement("UA14160130160088848", "C", "Перемога", "Peremoha", _D, "Покровський", "Мар’їнська", 47.91610, 37.45970),
    Settlement(
        "UA14160210010099403", "M", "Покровськ", "Pokrovsk", _D, "Покровський", "Покровська", 48.28014, 37.17706
    ),
    Settlement(
        "UA23020030010042079", "X", "Андріївка", "Andriivka", _Z, "Бердянський", "Андріївська", 47.09351, 36.58949
    ),
    Settlement("UA23100270150025192", "C", "Роботине", "Robotyne", _Z, "Пологівський", "Токмацька", 47.44781, 35.83700),
    Settlement("UA14160130010089415", "M", "Мар’їнка", "Marinka", _D, "Покровський", "Мар’їнська", 47.94, 37.50),
)
ALIASES = {
    "UA14020010010059145": ["Артемовск", "Артёмовск", "Артемівськ", "Artemivsk", "Bachmut"],
    "UA14020010030085322": ["Андреевка", "Andriyivka"],
    "UA14020010120064151": ["Клещеевка", "Kleshcheevka", "Klishchiyivka", "Карловка"],
    "UA14020130010015598": ["Часов Яр", "Chasov Yar"],
    "UA14040010010027148": ["Великая Новоселка", "Velikaya Novoselka"],
    "UA14040010180012001": ["Старомайорское"],
    "UA14040050010075856": ["Угледар", "Ugledar"],
    "UA14120010010052562": ["Андреевка"],
    "UA14160010010073615": ["Авдеевка", "Avdeevka"],
    "UA14160070150019086": ["Светлое"],
    "UA14160130160088848": ["Победа", "Побєда", "Pobeda"],
    "UA14160210010099403": ["Красноармейск", "Krasnoarmiisk"],
    "UA23020030010042079": ["Андреевка"],
    "UA23100270150025192": ["Работино", "Rabotino", "Robotino"],
    "UA14160130010089415": ["Марьинка", "Maryinka"],
}
WORDLIKE = sorted(forms("світле") | forms("перемога") | forms("светлое") | forms("победа") | {"victory"})


@cache
def tiny_gazetteer() -> Gazetteer:
    """16 real settlements with Russian/Latin/former aliases; Світле and Перемога are word-like."""
    return Gazetteer.from_settlements(SETTLEMENTS, ALIASES, wordlike=WORDLIKE)
