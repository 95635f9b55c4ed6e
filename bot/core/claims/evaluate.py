"""Posts as JSON records in and claims as JSON out, and scoring the extractor on labelled posts (pure)."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from bot.models import Claim, Mention, Post, Side

Triple = tuple[str | None, str, str | None]
FindPlaces = Callable[[str], Sequence[Mention]]  # the resolver, so errors can tell a place missed from one found

# Error classes, in the order a claim passes through the extractor (README: eval --show-errors).
PLACE_MISSED = "place missed"  # the gold settlement is not among any place the resolver found
NAMESAKE = "namesake"  # the name was found, but left open or resolved to another namesake
NO_CLAIM = "no claim attached"  # the place was found and resolved, no claim was made about it
KIND = "kind"  # a claim about the right place with another kind
ACTOR = "actor"  # the right place and kind, another actor
CLAIMANT = "claimant"  # the right claim, said by another side than the gold says
SPURIOUS = "spurious place"  # a claim about a settlement the gold has no claim about
ERROR_CLASSES = (PLACE_MISSED, NAMESAKE, NO_CLAIM, KIND, ACTOR, CLAIMANT, SPURIOUS)


class RecordError(ValueError):
    """A JSON record that is not a post."""


def parse_date(value: object) -> datetime | None:
    """ISO date or date-time ("2023-09-17", "2023-09-17T10:00:00Z") as an aware UTC datetime; None if absent."""
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        return None
    text = value.strip().replace("Z", "+00:00")
    if len(text) == 4 and text.isdigit():  # a year only, as some labelled posts have
        text += "-01-01"
    elif len(text) == 7 and text[:4].isdigit() and text[4] == "-":
        text += "-01"
    try:
        parsed = datetime.fromisoformat(text)
    except ValueError:
        return None  # an unreadable date is not worth losing the post
    return parsed.replace(tzinfo=UTC) if parsed.tzinfo is None else parsed.astimezone(UTC)


def post_from_record(record: object) -> Post:
    """A post from `{"id", "text", "date"?, "source"?, "side"?, "speaker"?}`; RecordError names what is wrong."""
    if not isinstance(record, Mapping):
        raise RecordError("expected a JSON object")
    text = record.get("text")
    if not isinstance(text, str):
        raise RecordError("text: missing" if text is None else "text: expected a string")
    side_value = record.get("side")
    try:
        side = Side(side_value) if side_value is not None else None
    except ValueError as exc:
        raise RecordError(f"side: expected one of ua, ru, other, null, got {side_value!r}") from exc
    source = record.get("source")
    speaker = record.get("speaker")
    return Post(
        source="jsonl",
        channel=source if isinstance(source, str) else "",
        external_id=str(record.get("id", "")),
        text=text,
        date=parse_date(record.get("date")),
        side=side,
        speaker=speaker if isinstance(speaker, str) else None,
    )


# --- scoring -----------------------------------------------------------------------------------------------


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, float | int]:
        return {
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
        }


@dataclass(frozen=True)
class ClassifiedError:
    """One missed gold claim, false claim or wrong claimant, with its class and the place's name."""

    cls: str
    side: str  # "missed" (gold, not predicted), "false" (predicted, not gold), "claimant" (both, claimant differs)
    triple: Triple
    name: str
    note: str = ""

    def as_dict(self) -> dict[str, Any]:
        return {"class": self.cls, "side": self.side, "claim": list(self.triple), "name": self.name, "note": self.note}


@dataclass
class PostResult:
    id: str
    lang: str
    missed: list[Triple]
    false: list[Triple]
    error: str | None = None
    classified: list[ClassifiedError] = field(default_factory=list)


@dataclass
class Report:
    overall: Counts = field(default_factory=Counts)
    by_lang: dict[str, Counts] = field(default_factory=dict)
    by_kind: dict[str, Counts] = field(default_factory=dict)
    posts: int = 0
    negative_posts: int = 0
    negative_with_claims: int = 0
    gold_places: int = 0  # per post, the distinct settlements the gold claims name ...
    places_found: int = 0  # ... and those of them some claim names, whatever it says
    results: list[PostResult] = field(default_factory=list)

    @property
    def negative_rate(self) -> float:
        return self.negative_with_claims / self.negative_posts if self.negative_posts else 0.0

    @property
    def place_recall(self) -> float:
        """The share of the gold's settlements that some claim names (the resolver's part of recall)."""
        return self.places_found / self.gold_places if self.gold_places else 0.0

    def class_counts(self) -> dict[str, dict[str, int]]:
        """Per error class: how many missed gold claims, false claims and wrong claimants fall in it."""
        counts = {cls: {"missed": 0, "false": 0, "claimant": 0} for cls in ERROR_CLASSES}
        for result in self.results:
            for e in result.classified:
                counts[e.cls][e.side] += 1
        return counts

    def as_dict(self, show_errors: bool = False) -> dict[str, Any]:
        out: dict[str, Any] = {
            "posts": self.posts,
            "overall": self.overall.as_dict(),
            "by_lang": {k: v.as_dict() for k, v in sorted(self.by_lang.items())},
            "by_kind": {k: v.as_dict() for k, v in sorted(self.by_kind.items())},
            "negative_posts": self.negative_posts,
            "negative_with_claims": self.negative_with_claims,
            "negative_rate": round(self.negative_rate, 4),
            "place_recall": round(self.place_recall, 4),
            "error_classes": self.class_counts(),
        }
        if show_errors:
            out["errors"] = [
                {
                    "id": r.id,
                    "lang": r.lang,
                    "missed": r.missed,
                    "false": r.false,
                    "error": r.error,
                    "classified": [e.as_dict() for e in r.classified],
                }
                for r in self.results
                if r.missed or r.false or r.error or r.classified
            ]
        return out


def gold_triples(record: Mapping[str, Any]) -> set[Triple]:
    triples: set[Triple] = set()
    for c in record.get("claims") or []:
        triples.add((c.get("settlement"), str(c.get("kind")), c.get("actor")))
    return triples


def claim_triples(claims: Iterable[Claim]) -> set[Triple]:
    return {(c.settlement, c.kind.value, c.actor.value if c.actor else None) for c in claims}


def _add(counts: Counts, gold: set[Triple], predicted: set[Triple]) -> None:
    counts.tp += len(gold & predicted)
    counts.fp += len(predicted - gold)
    counts.fn += len(gold - predicted)


def score(
    records: Iterable[Mapping[str, Any]],
    extract: Callable[[Post], list[Claim]],
    detect: Callable[[str], str],
    find_places: FindPlaces | None = None,
) -> Report:
    """Precision, recall and F1 over deduplicated (settlement, kind, actor) triples, per post; each error put in
    its class (ERROR_CLASSES). Without `find_places` a gold place no claim names counts as a place missed."""
    report = Report()
    for record in records:
        report.posts += 1
        gold = gold_triples(record)
        rid = str(record.get("id", report.posts))
        try:
            post = post_from_record(record)
        except RecordError as exc:
            report.results.append(PostResult(rid, "?", sorted(gold, key=str), [], str(exc)))
            _add(report.overall, gold, set())
            continue
        lang = str(record.get("lang") or detect(post.text))
        claims = extract(post)
        predicted = claim_triples(claims)
        _add(report.overall, gold, predicted)
        _add(report.by_lang.setdefault(lang, Counts()), gold, predicted)
        for kind in {t[1] for t in gold | predicted}:
            _add(
                report.by_kind.setdefault(kind, Counts()),
                {t for t in gold if t[1] == kind},
                {t for t in predicted if t[1] == kind},
            )
        if not gold:
            report.negative_posts += 1
            report.negative_with_claims += bool(predicted)
        places = {t[0] for t in gold if t[0]}
        report.gold_places += len(places)
        report.places_found += len(places & {c.settlement for c in claims})
        mentions = find_places(post.text) if find_places is not None and gold != predicted else None
        report.results.append(
            PostResult(
                rid,
                lang,
                sorted(gold - predicted, key=str),
                sorted(predicted - gold, key=str),
                classified=classify(_gold_claims(record), claims, mentions),
            )
        )
    return report


# --- error classes -----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Gold:
    triple: Triple
    places: frozenset[str]  # the settlement, or the candidates of a claim the gold leaves open
    name: str
    claimant: str | None


def _gold_claims(record: Mapping[str, Any]) -> list[_Gold]:
    out: dict[Triple, _Gold] = {}
    for c in record.get("claims") or []:
        triple = (c.get("settlement"), str(c.get("kind")), c.get("actor"))
        places = frozenset([triple[0]] if triple[0] else [str(x) for x in c.get("candidates") or []])
        out.setdefault(triple, _Gold(triple, places, str(c.get("name") or ""), c.get("claimant")))
    return list(out.values())


def _claim_places(claim: Claim) -> frozenset[str]:
    return frozenset([claim.settlement] if claim.settlement else claim.candidates)


def _same_place(gold: _Gold, claim: Claim) -> bool:
    """The claim names the gold's settlement (or both leave the same place open)."""
    if gold.triple[0] is not None:
        return claim.settlement == gold.triple[0]
    return claim.settlement is None and bool(gold.places & set(claim.candidates))


def _namesake(gold: _Gold, claim: Claim, found: Mapping[tuple[int, int], frozenset[str]]) -> bool:
    """The claim's name could be the gold's place, but it was left open or another namesake was chosen."""
    if _same_place(gold, claim):
        return False
    return bool(gold.places & (_claim_places(claim) | found.get(claim.span, frozenset())))


def _triple(claim: Claim) -> Triple:
    return (claim.settlement, claim.kind.value, claim.actor.value if claim.actor else None)


def classify(
    gold: Sequence[_Gold], claims: Sequence[Claim], mentions: Sequence[Mention] | None
) -> list[ClassifiedError]:
    """Each missed gold claim and each false claim in its class, and each right claim with the wrong claimant."""
    found = {m.span: frozenset(c.settlement.code for c in m.candidates) for m in mentions or ()}
    every_found = frozenset().union(*found.values()) if found else frozenset()
    predicted = {_triple(c): c for c in claims}
    gold_set = {g.triple for g in gold}
    out: list[ClassifiedError] = []
    for g in gold:
        if g.triple in predicted:
            said = predicted[g.triple].claimant.value
            if g.claimant and said != g.claimant:
                out.append(ClassifiedError(CLAIMANT, "claimant", g.triple, g.name, f"gold {g.claimant}, said {said}"))
            continue
        here = [c for c in claims if _same_place(g, c)]
        if here:
            cls = ACTOR if any(c.kind.value == g.triple[1] for c in here) else KIND
            note = "extracted " + ", ".join(f"{c.kind.value} {c.actor.value if c.actor else None}" for c in here)
        elif others := [c for c in claims if _namesake(g, c, found)]:
            cls, note = NAMESAKE, "extracted " + ", ".join(c.settlement or "open" for c in others)
        elif mentions is not None and g.places & every_found:
            cls, note = NO_CLAIM, ""
        else:
            cls, note = PLACE_MISSED, ""
        out.append(ClassifiedError(cls, "missed", g.triple, g.name, note))
    for triple, claim in predicted.items():
        if triple in gold_set:
            continue
        if [g for g in gold if _same_place(g, claim)]:
            cls = ACTOR if any(g.triple[1] == triple[1] for g in gold if _same_place(g, claim)) else KIND
        elif any(_namesake(g, claim, found) for g in gold):
            cls = NAMESAKE
        else:
            cls = SPURIOUS
        out.append(ClassifiedError(cls, "false", triple, claim.name))
    return out


def format_report(report: Report, show_errors: bool = False) -> str:
    """A plain-text table for people."""
    lines = [f"posts: {report.posts}", "", f"{'':14} {'P':>6} {'R':>6} {'F1':>6} {'tp':>4} {'fp':>4} {'fn':>4}"]

    def row(name: str, c: Counts) -> str:
        return f"{name:14} {c.precision:6.3f} {c.recall:6.3f} {c.f1:6.3f} {c.tp:4d} {c.fp:4d} {c.fn:4d}"

    lines.append(row("overall", report.overall))
    for name, counts in sorted(report.by_lang.items()):
        lines.append(row(f"lang {name}", counts))
    for name, counts in sorted(report.by_kind.items()):
        lines.append(row(f"kind {name}", counts))
    lines.append("")
    lines.append(
        f"negative posts yielding a claim: {report.negative_with_claims}/{report.negative_posts}"
        f" ({report.negative_rate:.1%})"
    )
    lines.append(f"place recall: {report.place_recall:.3f} ({report.places_found}/{report.gold_places})")
    lines.append("")
    lines.append("errors by class (missed gold / false claims / wrong claimant):")
    by_class = report.class_counts()
    for cls in ERROR_CLASSES:
        c = by_class[cls]
        lines.append(f"  {cls:18} {c['missed']:4d} {c['false']:4d} {c['claimant']:4d}")
    if show_errors:
        lines.extend(_errors_by_class(report))
    return "\n".join(lines)


def _errors_by_class(report: Report) -> list[str]:
    lines = [f"- {r.id} [{r.lang}] error: {r.error}" for r in report.results if r.error]
    for cls in ERROR_CLASSES:
        errors = [(r, e) for r in report.results for e in r.classified if e.cls == cls]
        if not errors:
            continue
        lines.extend(["", f"## {cls} ({len(errors)})"])
        for r, e in errors:
            note = f"  ({e.note})" if e.note else ""
            claim = json.dumps(e.triple, ensure_ascii=False)
            lines.append(f"  {r.id} [{r.lang}] {e.side:8} {claim} {e.name}{note}")
    return lines
