#!/usr/bin/env python3
"""Benchmark the resolver against a flashtext baseline on synthetic posts (run by hand, not in tests).

    .venv/bin/python scripts/bench_places.py [--posts 3000] [--seed 1] [--jsonl ../shared/eval/dev*.jsonl]

Prints, for our `Gazetteer.find_places` and two baselines loaded with the same exact name forms (every generated case
form of one-word names and of the first word of longer names, folded): flashtext's KeywordProcessor and a
pyahocorasick automaton, both with Cyrillic letters and apostrophes as word characters (flashtext's default, ASCII
alone, matches «раї» inside «Україна»). In one run: load time, posts/s on one core, cold (first pass: every memo
empty, what a daemon meets on unseen posts) and warm (ours only), and peak RSS. Posts are synthetic (~600-character
uk/ru/en posts with 2-4 settlement names in inflected forms) or, with --jsonl, real posts each once. Each contender
runs in its own subprocess so the memory figures do not mix. The baselines only find exact forms; ours also resolves
case forms by paradigm, misspelt and transliterated names, and ranks namesakes.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

FILLER = {
    "uk": [
        "Сили оборони України продовжують стримувати наступ противника на кількох напрямках.",
        "Ворог застосовував артилерію, міномети та ударні безпілотники по позиціях наших військ.",
        "За минулу добу відбулося понад сорок бойових зіткнень, ситуація залишається складною.",
        "Наші воїни завдають противнику значних втрат в особовому складі та техніці.",
        "Генеральний штаб повідомляє, що інтенсивність бойових дій на фронті зросла.",
    ],
    "ru": [
        "Подразделения группировки войск продолжили продвижение в глубину обороны противника.",
        "Противник потерял до ста военнослужащих, два танка и несколько бронемашин.",
        "Оперативно-тактической авиацией нанесено поражение живой силе и технике.",
        "Министерство обороны сообщает об улучшении тактического положения на ряде участков.",
        "В течение суток отражены атаки штурмовых групп противника.",
    ],
    "en": [
        "Ukrainian forces continue to hold back the enemy offensive on several axes of the front.",
        "The General Staff said the intensity of the fighting had increased over the past day.",
        "Russian troops used artillery, mortars and attack drones against Ukrainian positions.",
        "The ministry said the situation remains difficult but under control.",
        "Officials said several attacks were repelled and the enemy suffered heavy losses.",
    ],
}
PLACE_FRAMES = {
    "uk": ["бої тривають біля {}", "ворог атакував у районі {}", "звільнено {}", "обстріляли {}"],
    "ru": ["в районе {} идут бои", "освобожден населенный пункт {}", "атаки у {} отражены", "под {} бои"],
    "en": ["fighting continues near {}", "forces liberated {}", "attacks were repelled in {}", "shelling of {}"],
}


def make_posts(n: int, seed: int) -> list[str]:
    from bot.core.normalize import forms
    from bot.core.places import load_gazetteer

    gaz = load_gazetteer()
    rng = random.Random(seed)
    frontline = [s for s in gaz.settlements if s.oblast in ("Донецька", "Запорізька", "Харківська", "Луганська")]
    posts = []
    for _ in range(n):
        lang = rng.choice(("uk", "ru", "en"))
        parts: list[str] = []
        while sum(len(p) for p in parts) < 480:
            parts.append(rng.choice(FILLER[lang]))
        for _ in range(rng.randint(2, 4)):
            s = rng.choice(frontline)
            if lang == "en":
                name = s.name_latin
            else:
                words = s.name.split()
                name = " ".join(w[0] + rng.choice(sorted(forms(w.lower())))[1:] if len(w) > 2 else w for w in words)
            frame = rng.choice(PLACE_FRAMES[lang])
            sentence = frame.format(name)
            parts.insert(rng.randrange(len(parts) + 1), sentence[0].upper() + sentence[1:] + ".")
        posts.append(" ".join(parts)[:640])
    return posts


def _clock() -> tuple[float, float]:
    return time.perf_counter(), time.process_time()


def _since(start: tuple[float, float]) -> tuple[float, float]:
    wall, cpu = _clock()
    return wall - start[0], cpu - start[1]


def run_ours(posts: list[str]) -> dict[str, float]:
    t0 = _clock()
    from bot.core.places import load_gazetteer

    gaz = load_gazetteer()
    load = _since(t0)
    t1 = _clock()
    found = sum(len(gaz.find_places(p)) for p in posts)
    cold = _since(t1)
    t2 = _clock()
    sum(len(gaz.find_places(p)) for p in posts)
    warm = _since(t2)
    return {
        "load_s": load[0],
        "load_cpu_s": load[1],
        "posts_per_s": len(posts) / cold[0],
        "posts_per_cpu_s": len(posts) / cold[1],
        "posts_per_s_warm": len(posts) / warm[0],
        "posts_per_cpu_s_warm": len(posts) / warm[1],
        "mentions": found,
        "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }


def _exact_forms() -> set[str]:
    """The baselines' keywords: every generated case form of one-word names and of the first word of longer names,
    folded (the gazetteer is loaded only to enumerate them; not timed)."""
    from bot.core.normalize import fold, forms
    from bot.core.places import load_gazetteer

    gaz = load_gazetteer()
    keywords: set[str] = set()
    for name in gaz._names.text:
        words = fold(name).replace("-", " ").split()
        if not words:
            continue
        rest = " ".join(words[1:])
        for form in forms(words[0]):
            keywords.add(f"{form} {rest}" if rest else form)
    return keywords


# Word characters for the baselines: Latin, digits and every Cyrillic letter (flashtext's default is ASCII alone, so
# it matches «раї» inside «Україна»), plus the apostrophes that sit inside Ukrainian words.
WORD_CHARS = frozenset(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_'’ʼ" + "".join(chr(c) for c in range(0x400, 0x530))
)


def run_flashtext(posts: list[str]) -> dict[str, float]:
    from flashtext import KeywordProcessor

    keywords = _exact_forms()
    t0 = _clock()
    kp = KeywordProcessor(case_sensitive=False)
    kp.set_non_word_boundaries(set(WORD_CHARS))
    for kw in keywords:
        kp.add_keyword(kw)
    load = _since(t0)
    return _scan(lambda p: len(kp.extract_keywords(p, span_info=True)), posts, load, len(keywords))


def run_ahocorasick(posts: list[str]) -> dict[str, float]:
    import ahocorasick

    keywords = _exact_forms()
    t0 = _clock()
    automaton = ahocorasick.Automaton()
    for kw in keywords:
        automaton.add_word(kw, len(kw))
    automaton.make_automaton()
    load = _since(t0)
    word = WORD_CHARS

    def count(post: str) -> int:
        low = post.lower()
        n = len(low)
        found = 0
        for end, size in automaton.iter(low):  # every occurrence; keep those on word boundaries, as flashtext does
            start = end - size + 1
            if (start == 0 or low[start - 1] not in word) and (end + 1 == n or low[end + 1] not in word):
                found += 1
        return found

    return _scan(count, posts, load, len(keywords))


def _scan(count: Callable[[str], int], posts: list[str], load: tuple[float, float], keywords: int) -> dict[str, float]:
    t1 = _clock()
    found = sum(count(p) for p in posts)
    scan = _since(t1)
    return {
        "load_s": load[0],
        "load_cpu_s": load[1],
        "posts_per_s": len(posts) / scan[0],
        "posts_per_cpu_s": len(posts) / scan[1],
        "mentions": found,
        "keywords": keywords,
        "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }


PARTS = {"ours": run_ours, "flashtext": run_flashtext, "pyahocorasick": run_ahocorasick}


def real_posts(paths: list[str]) -> list[str]:
    """The texts of JSON Lines posts (each once, in file order: what a daemon meets)."""
    seen: dict[str, None] = {}
    for path in paths:
        for line in Path(path).read_text(encoding="utf-8").splitlines():
            if line.strip():
                text = json.loads(line).get("text") or ""
                seen.setdefault(text, None)
    return [t for t in seen if t]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--posts", type=int, default=3000, help="synthetic posts to generate (without --jsonl)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--jsonl", nargs="+", metavar="FILE", help="real posts (JSON Lines with a 'text' field) instead")
    ap.add_argument("--part", choices=sorted(PARTS), help=argparse.SUPPRESS)
    ap.add_argument("--posts-file", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.part:
        posts = json.loads(Path(args.posts_file).read_text(encoding="utf-8"))
        print(json.dumps(PARTS[args.part](posts)))
        return 0
    import tempfile

    posts = real_posts(args.jsonl) if args.jsonl else make_posts(args.posts, args.seed)
    avg = sum(map(len, posts)) / len(posts)
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False, encoding="utf-8") as fh:
        json.dump(posts, fh, ensure_ascii=False)
    results = {}
    for part in PARTS:
        out = subprocess.run(
            [sys.executable, __file__, "--part", part, "--posts-file", fh.name],
            check=True,
            capture_output=True,
            text=True,
        ).stdout
        results[part] = json.loads(out.strip().splitlines()[-1])
    Path(fh.name).unlink()
    ours = results["ours"]
    kind = "real posts, each once" if args.jsonl else "synthetic uk/ru/en posts, 2-4 names each"
    print(f"posts: {len(posts)} {kind}, {avg:.0f} characters on average")
    print(
        f"load average now: {' '.join(f'{x:.2f}' for x in os.getloadavg())} "
        "(wall-clock figures suffer on a busy machine; CPU-time figures much less)"
    )
    print(
        f"claimwatch find_places: load {ours['load_s']:.2f} s wall / {ours['load_cpu_s']:.2f} s CPU; "
        f"cold {ours['posts_per_s']:.0f} posts/s wall / {ours['posts_per_cpu_s']:.0f} per CPU-s; "
        f"warm {ours['posts_per_s_warm']:.0f} / {ours['posts_per_cpu_s_warm']:.0f}; "
        f"{ours['mentions']:.0f} mentions; peak RSS {ours['rss_mb']:.0f} MB"
    )
    for name in ("flashtext", "pyahocorasick"):
        base = results[name]
        print(
            f"{name + ' baseline:':23} load {base['load_s']:.2f} s wall / {base['load_cpu_s']:.2f} s CPU "
            f"({base['keywords']:.0f} exact forms, Cyrillic word characters); {base['posts_per_s']:.0f} posts/s wall"
            f" / {base['posts_per_cpu_s']:.0f} per CPU-s; {base['mentions']:.0f} matches; peak RSS "
            f"{base['rss_mb']:.0f} MB; ours vs it (CPU): cold {ours['posts_per_cpu_s'] / base['posts_per_cpu_s']:.2f}x"
            f", warm {ours['posts_per_cpu_s_warm'] / base['posts_per_cpu_s']:.2f}x"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
