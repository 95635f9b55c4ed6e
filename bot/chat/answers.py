"""The bot's answers, independent of Telegram: resolve places, read the ledger, render `Reply` objects.

Telegram handlers (bot.chat.handlers) and the terminal chat (`claimwatch chat`) both send these replies, so the two give
the same answers. Button callbacks are short strings (bot.chat.replies) validated by `parse_callback`.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import TYPE_CHECKING

from bot.chat import subscribing
from bot.chat.dialog import place_query, split_date
from bot.chat.overview import area_overview
from bot.chat.queries import (
    MAX_CANDIDATES,
    TUNING,
    Resolution,
    area_asked,
    claimed_first,
    common_level,
    find,
    namesakes,
    resolve_message,
    split_places,
)
from bot.chat.replies import Button, Callback, Reply, callback_data, pager, parse_callback
from bot.chat.state import BotData
from bot.core.claims.status import is_register, status_as_of
from bot.core.present import render
from bot.core.present.i18n import LANGUAGES, t
from bot.core.present.names import place_labels, settlement_name
from bot.core.present.render import Safe, esc, fmt
from bot.core.present.safe import echo, join
from bot.models import Settlement, Side, Status

if TYPE_CHECKING:
    from bot.config import Config

__all__ = ["Button", "Callback", "InlineResult", "Reply", "callback_data", "parse_callback"]

logger = logging.getLogger(__name__)

RECENT = 15
INLINE_RESULTS = 10


@dataclass(frozen=True)
class InlineResult:
    id: str
    title: str
    description: str
    text: str  # HTML message sent when the result is picked


# --- lists to pick from -----------------------------------------------------------------------------------------


async def pick_reply(
    deps: BotData, query: str, found: Resolution, lang: str, action: str = "s", page: int = 0
) -> Reply:
    """Ambiguous: a page of candidates (the namesakes with claims first, hromada where raion and oblast repeat) and
    a "more" button through all of them; unknown: "did you mean" buttons (or just a sorry)."""
    if not found.candidates:
        text = fmt(lang, "unknown_place", query=echo(query))
        if found.suggestions:
            text = Safe(text + "\n" + esc(t(lang, "did_you_mean")))
        return Reply(text, _place_buttons(list(found.suggestions), action, lang))
    options, level = list(found.candidates), 0
    if len({s.name for s in options}) == 1:  # one name: page through all its namesakes, in the same order always
        level = common_level(options)
        options = (
            list(
                (
                    await claimed_first(
                        deps.store, Resolution(candidates=tuple(namesakes(deps.gazetteer, options[0], level)))
                    )
                ).candidates
            )
            or options
        )
    return _list_page(query, options, level, action, lang, page, found.corrected)


def _list_page(
    query: str, options: list[Settlement], level: int, action: str, lang: str, page: int, corrected: str | None
) -> Reply:
    pages = render.pages_count(len(options), MAX_CANDIDATES)
    page = min(max(page, 0), pages - 1)
    shown = options[page * MAX_CANDIDATES : (page + 1) * MAX_CANDIDATES]
    lines = (
        [fmt(lang, "corrected_list", query=echo(corrected), name=settlement_name(options[0], lang))]
        if corrected
        else []
    )
    if pages > 1:
        first, last = page * MAX_CANDIDATES + 1, page * MAX_CANDIDATES + len(shown)
        lines.append(fmt(lang, "ambiguous_page", query=echo(query), count=len(options), first=first, last=last))
        lines.append(fmt(lang, "more_candidates", example=echo(settlement_name(options[0], lang), 30)))
    else:
        lines.append(fmt(lang, "ambiguous", query=echo(query), count=len(options)))
    buttons = _place_buttons(shown, action, lang, labels_of=options)
    if pages > 1:
        buttons += (pager("n", f"{options[0].code}-{action}-{level}", page, pages, lang),)
    return Reply(join(lines), buttons)


def _place_buttons(
    places: list[Settlement], action: str, lang: str, labels_of: list[Settlement] | None = None
) -> tuple[tuple[Button, ...], ...]:
    every = labels_of or places
    labels = dict(zip((s.code for s in every), place_labels(every, lang), strict=True))
    return tuple((Button(labels[s.code], callback_data(action, s.code)),) for s in places)


async def namesakes_page(deps: BotData, cb: Callback, lang: str) -> Reply | None:
    """The "more" button of a list of namesakes."""
    first = deps.gazetteer.get(cb.code)
    if first is None:
        return None
    level = int(cb.extra.get("level", 0))
    found = await claimed_first(deps.store, Resolution(candidates=tuple(namesakes(deps.gazetteer, first, level))))
    options = list(found.candidates) or [first]
    name = settlement_name(first, lang)
    return _list_page(name, options, level, str(cb.extra.get("act", "s")), lang, cb.number, None)


# --- answers --------------------------------------------------------------------------------------------------


def help_reply(lang: str) -> Reply:
    return Reply(t(lang, "help"))


def ask_place(command: str, lang: str) -> Reply:
    return Reply(fmt(lang, "ask_place", command=command))


async def settlement_status(deps: BotData, settlement: Settlement, now: datetime, as_of: date | None = None) -> Status:
    if as_of is not None:
        return status_as_of(settlement, await deps.store.claims_for([settlement.code]), as_of)
    return await deps.store.status_for(settlement)  # a busy place's is kept until a claim about it changes


def status_buttons(settlement: Settlement, lang: str) -> tuple[tuple[Button, ...], ...]:
    row = []
    if settlement.lat is not None and settlement.lon is not None:
        row.append(Button(t(lang, "map_button"), callback_data("m", settlement.code)))
    row.append(Button(t(lang, "history_button"), callback_data("h", settlement.code, 0)))
    row.append(Button(t(lang, "subscribe_button"), callback_data("b", settlement.code)))
    return (tuple(row),)


async def status_of(
    deps: BotData, settlement: Settlement, lang: str, now: datetime, as_of: date | None = None
) -> Reply:
    status = await settlement_status(deps, settlement, now, as_of)
    return Reply(render.status_html(status, lang), status_buttons(settlement, lang))


async def status_reply(deps: BotData, query: str, lang: str, now: datetime) -> Reply:
    """/status <place> [date] | <oblast or raion> | <place> and <place> ..."""
    query, as_of = split_date(query)
    if not query.strip():
        return ask_place("status", lang)
    if as_of is None:
        area = area_asked(deps.gazetteer, query)
        if area is not None:
            return await area_overview(deps, area, lang, now)
    parts = split_places(deps.gazetteer, query)
    if len(parts) > 1:
        several = await _several(deps, parts, lang, now, as_of)
        if several is not None:
            return several
    return await _one(deps, query, await find(deps.store, deps.gazetteer, query), lang, now, as_of)


async def _one(
    deps: BotData, query: str, found: Resolution, lang: str, now: datetime, as_of: date | None = None
) -> Reply:
    if found.settlement is None:
        return await pick_reply(deps, place_query(query) or query, found, lang)
    reply = _with_others(await status_of(deps, found.settlement, lang, now, as_of), found, lang)
    if found.corrected:
        note = fmt(lang, "corrected", query=echo(found.corrected), name=settlement_name(found.settlement, lang))
        reply = replace(reply, text=Safe(note + "\n" + reply.text))
    return reply


async def _several(deps: BotData, parts: list[str], lang: str, now: datetime, as_of: date | None) -> Reply | None:
    """ "Avdiivka and Marinka": one message per place, when at least two of the parts name one."""
    found: list[tuple[str, Resolution]] = []
    seen: set[str] = set()
    for part in parts[: TUNING.max_places]:
        resolution = await find(deps.store, deps.gazetteer, part)
        key = resolution.settlement.code if resolution.settlement else part
        if key not in seen:  # "Bakhmut/Artemovsk" is one place
            seen.add(key)
            found.append((part, resolution))
    if sum(f.found for _, f in found) < 2:
        return None
    replies = [await _one(deps, part, f, lang, now, as_of) for part, f in found]
    if len(parts) > TUNING.max_places:
        replies.append(Reply(fmt(lang, "multi_more", count=len(parts) - TUNING.max_places)))
    return replace(replies[0], then=tuple(replies[1:]))


def _with_others(reply: Reply, found: Resolution, lang: str) -> Reply:
    """Under a city's status, buttons for the villages of the same name."""
    others = _place_buttons(list(found.candidates), "s", lang)
    return replace(reply, buttons=reply.buttons + others) if others else reply


async def message_reply(deps: BotData, text: str, lang: str, now: datetime) -> Reply:
    """A plain message: a question about a place (or several, or an area)."""
    query = place_query(text) or ""
    if query:
        area = area_asked(deps.gazetteer, query)
        if area is not None:
            return await area_overview(deps, area, lang, now)
        parts = split_places(deps.gazetteer, query)
        if len(parts) > 1 and (several := await _several(deps, parts, lang, now, None)) is not None:
            return several
    found = await claimed_first(deps.store, resolve_message(deps.gazetteer, text))
    if found.found or found.suggestions:
        return await _one(deps, query or text, found, lang, now)
    return Reply(t(lang, "not_understood"))


async def history_of(deps: BotData, settlement: Settlement, page: int, lang: str) -> Reply:
    history = (await deps.store.status_for(settlement)).history  # the order `status` uses; kept for a busy place
    pages = render.pages_count(len(history))
    page = min(max(page, 0), pages - 1)
    row = []
    if page > 0:
        row.append(Button(t(lang, "history_newer"), callback_data("p", settlement.code, page - 1)))
    if page < pages - 1:
        row.append(Button(t(lang, "history_older"), callback_data("p", settlement.code, page + 1)))
    return Reply(render.history_html(settlement, history, page, lang), (tuple(row),) if row else ())


async def history_reply(deps: BotData, query: str, lang: str) -> Reply:
    if not query.strip():
        return ask_place("history", lang)
    found = await find(deps.store, deps.gazetteer, query)
    if found.settlement is None:
        return await pick_reply(deps, query, found, lang, action="h")
    return await history_of(deps, found.settlement, 0, lang)


async def recent_reply(deps: BotData, lang: str) -> Reply:
    claims = [lc for lc in await deps.store.recent_claims(RECENT * 4) if not is_register(lc)][:RECENT]  # news only
    items = [(deps.gazetteer.get(lc.claim.settlement) if lc.claim.settlement else None, lc) for lc in claims]
    return Reply(render.recent_html(items, lang))


async def sources_reply(deps: BotData, lang: str) -> Reply:
    """The configured channels and feeds; and the sources the ledger holds posts of (a ledger filled by imports, or
    by a watcher with another config, cites sources this config does not name)."""
    config: Config = deps.config
    sources = [render.SourceInfo("channel", c.name, c.side, c.speaker) for c in config.channels]
    sources += [render.SourceInfo("feed", f.url, f.side, f.speaker) for f in config.feeds]
    seen = await deps.store.sources_seen()
    register = await deps.store.register_entries()
    if sources or not (seen or register):
        text = render.sources_html(sources, lang)
        if not seen and not register:
            return Reply(text)
        lines = [text, ""]
    else:
        lines = []
    lines.append(t(lang, "sources_ledger_title"))
    for name, side, count, last in seen:
        side_words = t(lang, f"side_{side}") if side in {s.value for s in Side} else t(lang, "side_unknown")
        when = render.format_date(last, lang)
        lines.append(fmt(lang, "sources_ledger_line", name=name, side=side_words, count=count, date=when))
    if register:
        lines.append(fmt(lang, "sources_register", count=register))
    return Reply(join(lines))


def location_reply(deps: BotData, code: str) -> Reply | None:
    s = deps.gazetteer.get(code)
    if s is None or s.lat is None or s.lon is None:
        return None
    return Reply("", location=(s.lat, s.lon))


def language_reply(lang: str) -> Reply:
    buttons = tuple(Button(t(code, "language_name"), callback_data("l", code)) for code in LANGUAGES)
    return Reply(esc(t(lang, "lang_choose")), (buttons,))


async def inline_results(deps: BotData, query: str, lang: str, now: datetime) -> list[InlineResult]:
    """`@bot Klish`: settlements matching the query, each with a one-line status."""
    query = " ".join(query.split())[:100]
    if len(query) < 2:
        return []
    results = []
    found = [c.settlement for c in deps.gazetteer.lookup(query, limit=INLINE_RESULTS)]
    counts = await deps.store.claim_counts([s.code for s in found])
    for settlement in sorted(found, key=lambda s: -counts.get(s.code, 0)):  # the order of every list: claimed first
        status = await settlement_status(deps, settlement, now)
        results.append(
            InlineResult(
                id=settlement.code,
                title=render.place_label(settlement, lang),
                description=render.inline_description(status, lang),
                text=render.status_html(status, lang),
            )
        )
    return results


# --- admins, buttons --------------------------------------------------------------------------------------------


async def stats_reply(deps: BotData, lang: str) -> Reply:
    counts = await deps.store.counts()
    lines = [t(lang, "stats_title")]
    lines += [
        fmt(lang, "stats_line", name=t(lang, f"stats_{name}") if f"stats_{name}" in _STAT_KEYS else name, value=value)
        for name, value in counts.items()
    ]
    register = await deps.store.register_entries()
    if register:
        lines.append(fmt(lang, "stats_line", name=t(lang, "stats_register"), value=register))
    for source, when in await deps.store.last_post_per_source():
        lines.append(fmt(lang, "stats_source", source=source, date=render.format_date(when, lang)))
    return Reply("\n".join(lines))


_STAT_KEYS = frozenset({"stats_posts", "stats_claims", "stats_subscribers", "stats_subscriptions"})


async def callback_reply(deps: BotData, chat_id: int, cb: Callback, lang: str, now: datetime) -> Reply | None:
    """The answer to a validated button press; None when it refers to nothing we know."""
    if cb.action == "u":
        return await subscribing.remove_reply(deps, chat_id, cb.number, lang, int(cb.extra.get("page", 0)))
    if cb.action == "q":
        return await subscribing.subscriptions_reply(deps, chat_id, lang, cb.number)
    if cb.action == "m":
        return location_reply(deps, cb.code)
    if cb.action == "n":
        return await namesakes_page(deps, cb, lang)
    settlement = deps.gazetteer.get(cb.code)
    if settlement is None:
        return None
    if cb.action == "s":
        return await status_of(deps, settlement, lang, now)
    if cb.action in ("h", "p"):
        return await history_of(deps, settlement, cb.number, lang)
    if cb.action == "b":
        return await subscribing.subscribe_to(deps, chat_id, settlement, None, lang)
    return None


async def subscribe_reply(deps: BotData, chat_id: int, text: str, lang: str) -> Reply:
    async def pick(query: str, found: Resolution, action: str) -> Reply:
        return await pick_reply(deps, query, found, lang, action)

    return await subscribing.subscribe_reply(deps, chat_id, text, lang, pick)


# --- one entry point for text interfaces (the terminal chat) ------------------------------------------------


async def command_reply(
    deps: BotData, chat_id: int, text: str, lang: str, now: datetime, is_admin: bool = False
) -> Reply:
    """A line typed by a user: a /command with arguments, or a plain question. /lang is handled by the caller."""
    text = text.strip()
    if not text.startswith("/"):
        return await message_reply(deps, text, lang, now)
    head, _, args = text.partition(" ")
    name = head[1:].split("@")[0].lower()
    if name in ("start", "help"):
        return help_reply(lang)
    if name == "status":
        return await status_reply(deps, args, lang, now)
    if name == "history":
        return await history_reply(deps, args, lang)
    if name == "recent":
        return await recent_reply(deps, lang)
    if name == "sources":
        return await sources_reply(deps, lang)
    if name == "stats":
        return await stats_reply(deps, lang) if is_admin else Reply(t(lang, "not_admin"))
    return await _subscription_command(deps, chat_id, name, args, lang, now)


async def _subscription_command(deps: BotData, chat_id: int, name: str, args: str, lang: str, now: datetime) -> Reply:
    if name == "subscribe":
        return await subscribe_reply(deps, chat_id, args, lang)
    if name == "unsubscribe":
        return await subscribing.unsubscribe_reply(deps, chat_id, args, lang)
    if name == "subscriptions":
        return await subscribing.subscriptions_reply(deps, chat_id, lang)
    if name == "mute":
        return await subscribing.mute_reply(deps, chat_id, args.split(), lang, now)
    if name == "digest":
        return await subscribing.digest_reply(deps, chat_id, args.split(), lang, now)
    return help_reply(lang)
