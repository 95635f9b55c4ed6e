#!/usr/bin/env python3
"""Benchmark the whole claim path (language, places, claims) on synthetic ~600-character posts, one core.

Usage: .venv/bin/python scripts/bench_extract.py [--posts 3000] [--seed 1] [--jsonl FILE]
(--jsonl: time real posts from a JSON Lines file instead, cycled up to --posts; --posts 0 takes each once, cold)
Prints posts/s for the whole path and for each part, the gazetteer load time and peak memory (RSS).
Target: at least 1,000 posts/s.
"""

from __future__ import annotations

import argparse
import random
import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bot.core.claims.extract import claims_from, extract_claims
from bot.core.lang import detect_language
from bot.models import Post, Side

TEMPLATES = {
    "uk": [
        "Сили оборони відбили {n} атак ворога в районах {a}, {b} та {c}. ",
        "Противник безуспішно намагався прорвати оборону наших військ поблизу {a}. ",
        "Наші воїни звільнили {a} та закріплюються на досягнутих рубежах. ",
        "Ворог завдав авіаудару по {b}, пошкоджено житлові будинки, є поранені. ",
        "На Покровському напрямку тривають бої в районі {c}. ",
        "Інформація про захоплення {a} не відповідає дійсності, заявили в Генштабі. ",
    ],
    "ru": [
        "Подразделения группировки войск «Центр» освободили населенный пункт {a}. ",
        "Отражены {n} атаки штурмовых групп ВСУ в районах населенных пунктов {a}, {b} и {c}. ",
        "Противник потерял до {n} военнослужащих, уничтожены два танка. ",
        "В районе {b} продолжаются ожесточенные бои, сообщил Пушилин. ",
        "Российские войска улучшили положение по переднему краю у {c}. ",
    ],
    "en": [
        "Ukrainian forces said they had retaken {a} after weeks of fighting. ",
        "The Russian Defence Ministry said its troops repelled {n} attacks near {a} and {b}. ",
        "Drones were shot down over the Moscow region overnight, the mayor said. ",
        "ISW assessed that Russian forces advanced in {c}. ",
        "Shelling of {b} killed two civilians, officials said. ",
    ],
}
NAMES = {
    "uk": ["Кліщіївки", "Андріївки", "Курдюмівки", "Бахмута", "Авдіївки", "Роботиного", "Вугледара", "Мар'їнки"],
    "ru": ["Клещеевки", "Андреевка", "Курдюмовки", "Работино", "Авдеевки", "Угледара", "Марьинки", "Артемовска"],
    "en": ["Klishchiivka", "Andriivka", "Kurdiumivka", "Bakhmut", "Avdiivka", "Robotyne", "Vuhledar", "Marinka"],
}


def make_posts(count: int, seed: int) -> list[Post]:
    rng = random.Random(seed)
    posts = []
    for i in range(count):
        lang = rng.choice(list(TEMPLATES))
        text = ""
        while len(text) < 600:
            a, b, c = rng.sample(NAMES[lang], 3)
            text += rng.choice(TEMPLATES[lang]).format(a=a, b=b, c=c, n=rng.randint(2, 40))
        side = rng.choice([Side.UA, Side.RU, None])
        posts.append(Post(source="bench", channel="bench", external_id=str(i), text=text[:650], side=side))
    return posts


def load_posts(path: str, count: int) -> list[Post]:
    import json

    from bot.core.claims.evaluate import post_from_record

    with open(path, encoding="utf-8") as fh:
        real = [post_from_record(json.loads(line)) for line in fh if line.strip()]
    return [real[i % len(real)] for i in range(count or len(real))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--posts", type=int, default=3000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--jsonl", help="real posts to time instead of synthetic ones")
    args = parser.parse_args()

    from bot.core.places import load_gazetteer

    t0 = time.perf_counter()
    gazetteer = load_gazetteer()
    load = time.perf_counter() - t0
    posts = load_posts(args.jsonl, args.posts) if args.jsonl else make_posts(args.posts, args.seed)
    # start-up, as a daemon has done it before its first post: patterns compiled, lazy tables built (the name keys
    # of lookups, langdetect's profiles), on other posts than those timed, so real posts are each met cold
    for post in make_posts(50, args.seed + 1):
        extract_claims(post, gazetteer)
    gazetteer.lookup("Бахмут")
    detect_language("Бои идут")

    t0 = time.perf_counter()
    claims = 0
    for post in posts:
        claims += len(extract_claims(post, gazetteer))  # language, places and claims
    whole = time.perf_counter() - t0

    t0 = time.perf_counter()
    langs = [detect_language(p.text) for p in posts]
    t_lang = time.perf_counter() - t0
    t0 = time.perf_counter()
    mentions = [gazetteer.find_places(p.text) for p in posts]
    t_places = time.perf_counter() - t0
    t0 = time.perf_counter()
    for post, found, lang in zip(posts, mentions, langs, strict=True):
        claims_from(post, found, lang, gazetteer.lookup, gazetteer.at_war)
    t_claims = time.perf_counter() - t0

    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    mean_len = sum(len(p.text) for p in posts) / len(posts)
    print(f"posts: {len(posts)}, mean length {mean_len:.0f} chars, claims found: {claims}")
    print(f"gazetteer load: {load:.2f} s")
    print(f"whole path: {len(posts) / whole:,.0f} posts/s ({whole * 1000 / len(posts):.3f} ms/post)")
    print("  its parts, timed again after it (their memos warm):")
    print(f"  language: {len(posts) / t_lang:,.0f} posts/s")
    print(f"  places:   {len(posts) / t_places:,.0f} posts/s")
    print(f"  claims:   {len(posts) / t_claims:,.0f} posts/s")
    print(f"peak RSS: {peak_mb:.0f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
