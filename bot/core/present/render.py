"""Pure HTML for the bot's replies: claims in words, statuses with what they rest on, pages, splitting under 4096.

Names per language live in bot.core.present.names, dates and Kyiv times in bot.core.present.when, escaping in
bot.core.present.safe (all re-exported here for the callers that used to find them in this module).
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from bot.core.claims.status import REGISTER_SOURCE, is_register
from bot.core.present.i18n import speaker_name, t
from bot.core.present.names import place_label, place_line, settlement_name, transliterate
from bot.core.present.safe import Safe, echo, esc, fmt, join
from bot.core.present.when import claim_when, day_text, event_day_text, moment_text, register_day
from bot.models import Basis, Control, Kind, LedgerClaim, Settlement, Side, Status

__all__ = [
    "FLAGS",
    "HISTORY_PAGE",
    "QUOTE_CHARS",
    "REGISTER_SOURCE",
    "TELEGRAM_LIMIT",
    "Safe",
    "SourceInfo",
    "echo",
    "esc",
    "fmt",
    "join",
    "place_label",
    "place_line",
    "settlement_name",
    "transliterate",
]

TELEGRAM_LIMIT = 4096
QUOTE_CHARS = 180
HISTORY_PAGE = 8
FLAGS = {Side.UA: "🇺🇦", Side.RU: "🇷🇺", Side.OTHER: "🌐"}


# --- pieces ----------------------------------------------------------------------------------------------------


def shorten(text: str, limit: int = QUOTE_CHARS) -> str:
    """Collapse whitespace and cut at a word boundary with an ellipsis."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[:limit]
    if " " in cut[limit // 2 :]:
        cut = cut.rsplit(" ", 1)[0]
    return cut.rstrip(",.;:—- ") + "…"


def format_date(when: datetime | None, lang: str, fallback: str | None = None) -> str:
    """A time in Kyiv time with the zone named ("2023-09-17 14:05 Kyiv time")."""
    if when is None:
        return fallback or "?"
    return moment_text(when, lang)


def kind_words(kind: Kind, actor: Side | None, lang: str) -> str:
    """What happened, in words: "Russian forces captured it" (plain text, not escaped); a sentence that starts
    with the actor starts with a capital."""
    actor_text = t(lang, f"actor_{actor.value}") if actor is not None else t(lang, "actor_other")
    words = t(lang, f"kind_{kind.value}", actor=actor_text)
    return words[:1].upper() + words[1:] if t(lang, f"kind_{kind.value}").startswith("{actor}") else words


def safe_url(url: str | None) -> str | None:
    """Only http(s) permalinks become links (a source could carry javascript: or worse)."""
    return url if url and re.match(r"https?://[^\s\"'<>]+$", url) else None


def source_html(lc: LedgerClaim, lang: str) -> Safe:
    url = safe_url(lc.url)
    if url:
        return fmt(lang, "source_link", url=url, source=lc.source or url)
    return fmt(lang, "source_plain", source=lc.source)


def claim_html(lc: LedgerClaim, lang: str, quote: bool = True) -> Safe:
    """One claim: kind in words, date, speaker; then a short quote and the permalink."""
    c = lc.claim
    speaker = fmt(lang, "by_speaker", speaker=speaker_name(c.speaker, lang)) if c.speaker else Safe("")
    head = fmt(lang, "claim_words", kind=kind_words(c.kind, c.actor, lang), date=claim_when(lc, lang), speaker=speaker)
    parts = [head]
    if quote and c.quote:
        parts.append(fmt(lang, "quote", quote=shorten(c.quote)))
    parts.append(source_html(lc, lang))
    return Safe(" ".join(parts))


def claim_plain(lc: LedgerClaim, lang: str) -> str:
    """One line of plain text (inline results, button-free places)."""
    c = lc.claim
    return f"{kind_words(c.kind, c.actor, lang)} — {claim_when(lc, lang)}"


def reported_words(reported: Control, lang: str, basis: Basis | None = None) -> str:
    """The headline: the reported state; fighting and the register's hostilities area are told apart from a
    contest between the sides' claims."""
    if basis is Basis.FIGHTING:
        return t(lang, "reported_fighting")
    if basis is Basis.REGISTER_AREA:
        return t(lang, "reported_hostilities")
    return t(lang, f"reported_{reported.value}")


def basis_text(status: Status, lang: str) -> str:
    """What the headline rests on, in one sentence (plain text): "Only the Russian side has reported on it since
    2023-09-19.", "Both sides' latest claims disagree."."""
    basis, lc = status.basis, status.basis_claim
    if basis is Basis.NONE:
        return ""
    if basis is Basis.DISAGREE and not status.contradiction:
        return t(lang, "basis_claims_disagree")
    if lc is None or basis in (Basis.UNDECIDED, Basis.DISAGREE, Basis.AGREE):
        return t(lang, f"basis_{basis.value}")
    day = register_day(lc, lang) if is_register(lc) else event_day_text(lc, lang)
    side = t(lang, f"side_{lc.claim.claimant.value}_in_text") if lc.claim.claimant is not Side.OTHER else ""
    source = speaker_name(lc.claim.speaker, lang) if lc.claim.speaker else lc.source
    return t(lang, f"basis_{basis.value}", date=day, side=side, source=source)


# --- whole replies ---------------------------------------------------------------------------------------------


def _latest_of(status: Status, side: Side) -> LedgerClaim | None:
    """The side's latest claim from a channel or feed; register entries are shown on their own line."""
    latest = status.latest.get(side)
    if latest is not None and not is_register(latest):
        return latest
    return next((lc for lc in status.history if lc.claim.claimant == side and not is_register(lc)), None)


def register_html(status: Status, lang: str) -> Safe | None:
    entry = next((lc for lc in status.history if is_register(lc)), None)
    if entry is None:
        return None
    return fmt(lang, register_key(entry.claim.kind, entry.claim.actor), date=register_day(entry, lang))


def register_key(kind: Kind, actor: Side | None) -> str:
    """The register's events as bot.sources.register stores them: occupation start/end, active hostilities start/end."""
    if kind is Kind.CAPTURED:
        return "register_deoccupied" if actor is Side.UA else "register_occupied"
    if kind is Kind.FIGHTING:
        return "register_hostilities"
    if kind is Kind.REPELLED:
        return "register_hostilities_ended"
    return "register_listed"


def status_html(status: Status, lang: str) -> Safe:
    """The answer to /status: place, the reported state and what it rests on (never as fact), each side's latest
    claim, contradiction, register."""
    lines: list[str] = [place_line(status.settlement, lang)]
    if status.as_of is not None:
        lines.append(fmt(lang, "as_of", date=day_text(status.as_of, lang)))
    if not status.history:
        none = fmt(lang, "as_of_none", date=day_text(status.as_of, lang)) if status.as_of else esc(t(lang, "no_claims"))
        lines += ["", none]
        return join(lines)
    lines.append(f"<b>{esc(reported_words(status.reported, lang, status.basis))}</b>")
    basis = basis_text(status, lang)
    lines += [esc(basis)] if basis else []
    lines += [t(lang, "reported_note"), ""]
    lines += _side_lines(status, lang)
    if status.contradiction:
        lines.append(esc(t(lang, "contradiction")))
    register = register_html(status, lang)
    if register is not None:
        lines.append(register)
    return join(lines)


def _side_lines(status: Status, lang: str) -> list[str]:
    lines: list[str] = []
    for side in (Side.UA, Side.RU, Side.OTHER):  # with only a register entry, both sides say "nothing recorded"
        lc = _latest_of(status, side)
        flag, name = FLAGS[side], t(lang, f"side_{side.value}")
        if lc is not None:
            lines.append(fmt(lang, "latest_of_side", flag=flag, side=name, claim=claim_html(lc, lang)))
        elif side is not Side.OTHER:
            lines.append(fmt(lang, "no_claim_from_side", flag=flag, side=name))
    return lines


def pages_count(total: int, per_page: int = HISTORY_PAGE) -> int:
    return max(1, -(-total // per_page))


def history_html(
    settlement: Settlement, history: Sequence[LedgerClaim], page: int, lang: str, per_page: int = HISTORY_PAGE
) -> Safe:
    """One page (0-based) of every claim about a settlement, newest first."""
    pages = pages_count(len(history), per_page)
    page = min(max(page, 0), pages - 1)
    lines: list[str] = [fmt(lang, "history_title", name=settlement_name(settlement, lang), page=page + 1, pages=pages)]
    if not history:
        lines.append(esc(t(lang, "no_claims")))
    for lc in history[page * per_page : (page + 1) * per_page]:
        if is_register(lc):  # the register's events in its own words ("temporarily occupied since ...")
            lines.append(fmt(lang, register_key(lc.claim.kind, lc.claim.actor), date=register_day(lc, lang)))
        else:
            lines.append(f"{FLAGS.get(lc.claim.claimant, '')} {claim_html(lc, lang)}")
    return join(lines)


def recent_html(items: Sequence[tuple[Settlement | None, LedgerClaim]], lang: str) -> Safe:
    if not items:
        return Safe(esc(t(lang, "recent_empty")))
    lines = [t(lang, "recent_title")]
    for settlement, lc in items:
        name = settlement_name(settlement, lang) if settlement else lc.claim.name
        side = t(lang, f"side_{lc.claim.claimant.value}")  # who says so, in words: the actor may be the other side
        flag = FLAGS.get(lc.claim.claimant, "")
        lines.append(fmt(lang, "recent_line", flag=flag, name=name, side=side, claim=claim_html(lc, lang)))
    return join(lines)


@dataclass(frozen=True)
class SourceInfo:
    """A watched channel or feed, as /sources lists it."""

    kind: str  # "channel" | "feed"
    name: str  # channel username or feed URL
    side: Side | None
    speaker: str | None


def sources_html(sources: Sequence[SourceInfo], lang: str) -> Safe:
    if not sources:
        return Safe(esc(t(lang, "sources_none")))
    lines = [t(lang, "sources_title")]
    for s in sources:
        side = t(lang, f"side_{s.side.value}") if s.side else t(lang, "side_unknown")
        speaker = fmt(lang, "by_speaker", speaker=s.speaker) if s.speaker else Safe("")
        if s.kind == "channel":
            lines.append(fmt(lang, "sources_channel", name=s.name, side=side, speaker=speaker))
        else:
            lines.append(fmt(lang, "sources_feed", url=s.name, side=side, speaker=speaker))
    return join(lines)


def inline_description(status: Status, lang: str) -> str:
    """One line of plain text for an inline result: reported state and the newest claim."""
    if not status.history:
        return f"{place_label(status.settlement, lang)} · {t(lang, 'inline_none')}"
    return f"{reported_words(status.reported, lang, status.basis)} · {claim_plain(status.history[0], lang)}"


# --- limits and plain text -------------------------------------------------------------------------------------


def utf16_len(text: str) -> int:
    """Telegram counts message length in UTF-16 code units."""
    return len(text.encode("utf-16-le")) // 2


def split_message(text: str, limit: int = TELEGRAM_LIMIT) -> list[str]:
    """Split HTML into messages under `limit`, at line boundaries (our lines never leave a tag open).

    A single line longer than the limit is cut at a space; markup inside such a line is dropped to stay valid.
    """
    chunks: list[str] = []
    current: list[str] = []
    size = 0
    for line in text.split("\n"):
        pieces = [line] if utf16_len(line) <= limit else _hard_split(line, limit)
        for piece in pieces:
            extra = utf16_len(piece) + (1 if current else 0)
            if current and size + extra > limit:
                chunks.append("\n".join(current))
                current, size = [], 0
                extra = utf16_len(piece)
            current.append(piece)
            size += extra
    if current:
        chunks.append("\n".join(current))
    return [c for c in chunks if c.strip()] or [text[:1] or " "]


def _hard_split(line: str, limit: int) -> list[str]:
    plain = esc(html.unescape(re.sub(r"<[^>]+>", "", line)))
    pieces: list[str] = []
    while plain:
        cut = len(plain)
        while utf16_len(plain[:cut]) > limit:
            cut = plain.rfind(" ", 0, cut - 1)
            if cut <= 0:
                cut = limit // 2
                break
        cut = _not_inside_entity(plain, cut)
        pieces.append(plain[:cut])
        plain = plain[cut:].lstrip(" ")
    return pieces


def _not_inside_entity(text: str, cut: int) -> int:
    amp = text.rfind("&", max(0, cut - 8), cut)
    return amp if amp > 0 and ";" not in text[amp:cut] else cut


def to_plain(text: str) -> str:
    """HTML reply -> terminal text: links become "text (url)", tags dropped, entities unescaped."""
    text = re.sub(r'<a href="([^"]*)">(.*?)</a>', lambda m: f"{m.group(2)} ({m.group(1)})", text)
    return html.unescape(re.sub(r"<[^>]+>", "", text))
