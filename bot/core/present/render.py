"""Pure HTML for the bot's replies: escaping, claims in words, statuses, pages, splitting under 4096 characters."""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

from bot.core.present.i18n import t
from bot.models import Control, Kind, LedgerClaim, Settlement, Side, Status

TELEGRAM_LIMIT = 4096
QUOTE_CHARS = 180
HISTORY_PAGE = 8
REGISTER_SOURCE = "register"
FLAGS = {Side.UA: "🇺🇦", Side.RU: "🇷🇺", Side.OTHER: "🌐"}


class Safe(str):
    """A string that is already HTML (not escaped again by `fmt`)."""

    __slots__ = ()


def esc(value: object) -> str:
    """Escape text from users or sources for Telegram HTML (quotes too: values also go into attributes)."""
    return html.escape(str(value), quote=True)


def fmt(lang: str, key: str, **values: object) -> Safe:
    """A catalog string with every value escaped, except those already `Safe`."""
    return Safe(t(lang, key, **{k: v if isinstance(v, Safe) else esc(v) for k, v in values.items()}))


def join(lines: Iterable[str]) -> Safe:
    return Safe("\n".join(lines))


# --- pieces ----------------------------------------------------------------------------------------------------


def settlement_name(s: Settlement, lang: str) -> str:
    """The name in the reader's alphabet: Latin for English, the official Ukrainian name otherwise."""
    return (s.name_latin or s.name) if lang == "en" else s.name


_KMU = dict(
    zip(
        "абвгґдезиіклмнопрстуфхцчшщ",
        [
            "a",
            "b",
            "v",
            "h",
            "g",
            "d",
            "e",
            "z",
            "y",
            "i",
            "k",
            "l",
            "m",
            "n",
            "o",
            "p",
            "r",
            "s",
            "t",
            "u",
            "f",
            "kh",
            "ts",
            "ch",
            "sh",
            "shch",
        ],
        strict=True,
    )
)
_KMU_SOFT = {"є": ("ye", "ie"), "ї": ("yi", "i"), "й": ("y", "i"), "ю": ("yu", "iu"), "я": ("ya", "ia")}


def transliterate(text: str) -> str:
    """Ukrainian -> Latin by the official KMU-2010 table (for raion and oblast names in English replies)."""
    out: list[str] = []
    for i, ch in enumerate(text):
        low = ch.lower()
        initial = i == 0 or not text[i - 1].isalpha()
        if low in _KMU_SOFT:
            latin = _KMU_SOFT[low][0 if initial else 1]
        elif low == "г" and i > 0 and text[i - 1].lower() == "з":
            latin = "gh"
        elif low in "ь'’ʼ":
            latin = ""
        else:
            latin = _KMU.get(low, ch)
        out.append(latin.capitalize() if ch.isupper() else latin)
    return "".join(out)


def area_names(s: Settlement, lang: str) -> tuple[str, str]:
    """(raion, oblast) in the reader's alphabet."""
    if lang == "en":
        return transliterate(s.raion), transliterate(s.oblast)
    return s.raion, s.oblast


def place_line(s: Settlement, lang: str) -> Safe:
    raion, oblast = area_names(s, lang)
    return fmt(lang, "place_line", name=settlement_name(s, lang), raion=raion, oblast=oblast)


def place_label(s: Settlement, lang: str) -> str:
    """Plain text for a button: name (raion, oblast)."""
    raion, oblast = area_names(s, lang)
    return t(lang, "place_label", name=settlement_name(s, lang), raion=raion, oblast=oblast)


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
    if when is None:
        return fallback or "?"
    return when.strftime(t(lang, "date_format"))


def kind_words(kind: Kind, actor: Side | None, lang: str) -> str:
    """What happened, in words: "Russian forces captured it" (plain text, not escaped)."""
    actor_text = t(lang, f"actor_{actor.value}") if actor is not None else t(lang, "actor_other")
    return t(lang, f"kind_{kind.value}", actor=actor_text)


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
    speaker = fmt(lang, "by_speaker", speaker=c.speaker) if c.speaker else Safe("")
    head = fmt(
        lang,
        "claim_words",
        kind=kind_words(c.kind, c.actor, lang),
        date=format_date(lc.date, lang, c.when),
        speaker=speaker,
    )
    parts = [head]
    if quote and c.quote:
        parts.append(fmt(lang, "quote", quote=shorten(c.quote)))
    parts.append(source_html(lc, lang))
    return Safe(" ".join(parts))


def claim_plain(lc: LedgerClaim, lang: str) -> str:
    """One line of plain text (inline results, button-free places)."""
    c = lc.claim
    return f"{kind_words(c.kind, c.actor, lang)} — {format_date(lc.date, lang, c.when)}"


def is_register(lc: LedgerClaim) -> bool:
    return lc.source == REGISTER_SOURCE


def reported_words(reported: Control, lang: str) -> str:
    return t(lang, f"reported_{reported.value}")


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
    return fmt(
        lang, register_key(entry.claim.kind, entry.claim.actor), date=format_date(entry.date, lang, entry.claim.when)
    )


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
    """The answer to /status: place, reported state (as reported), each side's latest claim, contradiction, register."""
    lines: list[str] = [place_line(status.settlement, lang)]
    if not status.history:
        lines += ["", esc(t(lang, "no_claims"))]
        return join(lines)
    lines += [f"<b>{esc(reported_words(status.reported, lang))}</b>", t(lang, "reported_note"), ""]
    for side in (Side.UA, Side.RU, Side.OTHER):  # with only a register entry, both sides say "nothing recorded"
        lc = _latest_of(status, side)
        if lc is not None:
            lines.append(
                fmt(
                    lang,
                    "latest_of_side",
                    flag=FLAGS[side],
                    side=t(lang, f"side_{side.value}"),
                    claim=claim_html(lc, lang),
                )
            )
        elif side is not Side.OTHER:
            lines.append(fmt(lang, "no_claim_from_side", flag=FLAGS[side], side=t(lang, f"side_{side.value}")))
    if status.contradiction:
        lines.append(esc(t(lang, "contradiction")))
    register = register_html(status, lang)
    if register is not None:
        lines.append(register)
    return join(lines)


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
        side = lc.claim.claimant
        lines.append(f"{FLAGS.get(side, '')} {claim_html(lc, lang)}")
    return join(lines)


def recent_html(items: Sequence[tuple[Settlement | None, LedgerClaim]], lang: str) -> Safe:
    if not items:
        return Safe(esc(t(lang, "recent_empty")))
    lines = [t(lang, "recent_title")]
    for settlement, lc in items:
        name = settlement_name(settlement, lang) if settlement else lc.claim.name
        lines.append(
            f"{FLAGS.get(lc.claim.claimant, '')} " + fmt(lang, "recent_line", name=name, claim=claim_html(lc, lang))
        )
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
    return f"{reported_words(status.reported, lang)} · {claim_plain(status.history[0], lang)}"


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
