"""Posts as JSON records in and claims as JSON out, and scoring the extractor on labelled posts (pure)."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from bot.models import Claim, Post, Side

Triple = tuple[str | None, str, str | None]


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


@dataclass
class PostResult:
    id: str
    lang: str
    missed: list[Triple]
    false: list[Triple]
    error: str | None = None


@dataclass
class Report:
    overall: Counts = field(default_factory=Counts)
    by_lang: dict[str, Counts] = field(default_factory=dict)
    by_kind: dict[str, Counts] = field(default_factory=dict)
    posts: int = 0
    negative_posts: int = 0
    negative_with_claims: int = 0
    results: list[PostResult] = field(default_factory=list)

    @property
    def negative_rate(self) -> float:
        return self.negative_with_claims / self.negative_posts if self.negative_posts else 0.0

    def as_dict(self, show_errors: bool = False) -> dict[str, Any]:
        out: dict[str, Any] = {
            "posts": self.posts,
            "overall": self.overall.as_dict(),
            "by_lang": {k: v.as_dict() for k, v in sorted(self.by_lang.items())},
            "by_kind": {k: v.as_dict() for k, v in sorted(self.by_kind.items())},
            "negative_posts": self.negative_posts,
            "negative_with_claims": self.negative_with_claims,
            "negative_rate": round(self.negative_rate, 4),
        }
        if show_errors:
            out["errors"] = [
                {"id": r.id, "lang": r.lang, "missed": r.missed, "false": r.false, "error": r.error}
                for r in self.results
                if r.missed or r.false or r.error
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
) -> Report:
    """Precision, recall and F1 over deduplicated (settlement, kind, actor) triples, per post."""
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
        predicted = claim_triples(extract(post))
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
        report.results.append(
            PostResult(rid, lang, sorted(gold - predicted, key=str), sorted(predicted - gold, key=str))
        )
    return report


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
    if show_errors:
        for r in report.results:
            if r.missed or r.false or r.error:
                lines.append(f"- {r.id} [{r.lang}]" + (f" error: {r.error}" if r.error else ""))
                lines.extend(f"    missed {json.dumps(t, ensure_ascii=False)}" for t in r.missed)
                lines.extend(f"    false  {json.dumps(t, ensure_ascii=False)}" for t in r.false)
    return "\n".join(lines)
