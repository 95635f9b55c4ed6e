#!/usr/bin/env python3
"""Benchmark the resolver against a flashtext baseline on synthetic posts (run by hand, not in tests).

    .venv/bin/python scripts/bench_places.py [--posts 3000] [--seed 1]

Prints, for our `Gazetteer.find_places` and for flashtext's KeywordProcessor loaded with the same exact name forms
(every generated case form of one-word names and of the first word of longer names, folded), in one run:
load time, posts/s on one core (~600-character uk/ru/en
posts with 2-4 settlement names in inflected forms), and peak RSS. Each side runs in its own subprocess so the
memory figures do not mix. Targets: >= 3,000 posts/s, faster than the baseline, load < 1.5 s, peak RSS < 300 MB.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import time
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


def run_flashtext(posts: list[str]) -> dict[str, float]:
    from flashtext import KeywordProcessor

    from bot.core.normalize import fold, forms
    from bot.core.places import load_gazetteer

    gaz = load_gazetteer()  # only to enumerate the same name forms; not timed
    keywords: set[str] = set()
    for name in gaz._names.text:
        words = fold(name).replace("-", " ").split()
        if not words:
            continue
        rest = " ".join(words[1:])
        for form in forms(words[0]):
            keywords.add(f"{form} {rest}" if rest else form)
    del gaz
    t0 = _clock()
    kp = KeywordProcessor(case_sensitive=False)
    for kw in keywords:
        kp.add_keyword(kw)
    load = _since(t0)
    t1 = _clock()
    found = sum(len(kp.extract_keywords(p, span_info=True)) for p in posts)
    scan = _since(t1)
    return {
        "load_s": load[0],
        "load_cpu_s": load[1],
        "posts_per_s": len(posts) / scan[0],
        "posts_per_cpu_s": len(posts) / scan[1],
        "mentions": found,
        "keywords": len(keywords),
        "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--posts", type=int, default=3000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--part", choices=["ours", "flashtext"], help=argparse.SUPPRESS)
    ap.add_argument("--posts-file", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.part:
        posts = json.loads(Path(args.posts_file).read_text(encoding="utf-8"))
        result = run_ours(posts) if args.part == "ours" else run_flashtext(posts)
        print(json.dumps(result))
        return 0
    import tempfile

    posts = make_posts(args.posts, args.seed)
    avg = sum(map(len, posts)) / len(posts)
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False, encoding="utf-8") as fh:
        json.dump(posts, fh, ensure_ascii=False)
    results = {}
    for part in ("ours", "flashtext"):
        out = subprocess.run(
            [sys.executable, __file__, "--part", part, "--posts-file", fh.name],
            check=True,
            capture_output=True,
            text=True,
        ).stdout
        results[part] = json.loads(out.strip().splitlines()[-1])
    Path(fh.name).unlink()
    ours, base = results["ours"], results["flashtext"]
    print(f"posts: {len(posts)} synthetic uk/ru/en, {avg:.0f} characters on average, 2-4 names each")
    print(
        f"load average now: {' '.join(f'{x:.2f}' for x in __import__('os').getloadavg())} "
        "(wall-clock figures suffer on a busy machine; CPU-time figures much less)"
    )
    print(
        f"claimwatch find_places: load {ours['load_s']:.2f} s wall / {ours['load_cpu_s']:.2f} s CPU; "
        f"first pass {ours['posts_per_s']:.0f} posts/s wall / {ours['posts_per_cpu_s']:.0f} per CPU-s; "
        f"warm {ours['posts_per_s_warm']:.0f} / {ours['posts_per_cpu_s_warm']:.0f}; "
        f"{ours['mentions']:.0f} mentions; peak RSS {ours['rss_mb']:.0f} MB"
    )
    print(
        f"flashtext baseline:     load {base['load_s']:.2f} s wall / {base['load_cpu_s']:.2f} s CPU "
        f"({base['keywords']:.0f} exact forms); {base['posts_per_s']:.0f} posts/s wall / "
        f"{base['posts_per_cpu_s']:.0f} per CPU-s; {base['mentions']:.0f} matches; peak RSS {base['rss_mb']:.0f} MB"
    )
    print(
        f"speed vs baseline (CPU): first pass {ours['posts_per_cpu_s'] / base['posts_per_cpu_s']:.2f}x, "
        f"warm {ours['posts_per_cpu_s_warm'] / base['posts_per_cpu_s']:.2f}x "
        "(first pass fills the per-word memos; a watcher runs warm)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
