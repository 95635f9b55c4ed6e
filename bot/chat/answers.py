"""The bot's answers, independent of Telegram: resolve places, read the ledger, render `Reply` objects.

Telegram handlers (bot.chat.handlers) and the terminal chat (`claimwatch chat`) both send these replies, so the two give
the same answers. Button callbacks are short strings (`s:CODE`, `h:CODE:PAGE`, ...) validated by `parse_callback`.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any

from bot.chat.dialog import place_query, split_radius
from bot.core.present import render
from bot.core.present.i18n import LANGUAGES, t
from bot.core.present.render import Safe, esc, fmt
from bot.models import Candidate, LedgerClaim, Settlement, Status

if TYPE_CHECKING:
    from bot.config import Config
    from bot.core.places.gazetteer import Gazetteer
    from bot.models import Subscription
    from bot.storage import Store

logger = logging.getLogger(__name__)

CONFIDENT = 0.85  # a lookup candidate at least this good is taken as what the user meant
TIE = 0.03  # candidates within this of the best are all offered (several villages share a name)
MAX_CANDIDATES = 8  # buttons offered for an ambiguous name
LOOKUP_LIMIT = 100  # to count how many more share it
MAX_RADIUS_KM = 100
RECENT = 15
INLINE_RESULTS = 10
CALLBACK_MAX = 64
CITY_CATEGORIES = frozenset({"K", "M"})  # special-status cities and cities


@dataclass
class Deps:
    """What handlers need, built once (cli) and kept in `application.bot_data["deps"]`.

    `store` is opened in the Application's post_init and closed in post_shutdown.
    """

    config: Config
    gazetteer: Gazetteer
    store: Store | None = None

    @property
    def ledger(self) -> Store:
        if self.store is None:
            raise RuntimeError("the store is not open yet")
        return self.store


@dataclass(frozen=True)
class Button:
    label: str
    data: str  # callback data, < 64 bytes


@dataclass(frozen=True)
class Reply:
    text: str  # Telegram HTML
    buttons: tuple[tuple[Button, ...], ...] = ()
    location: tuple[float, float] | None = None  # send this point (the "📍 Map" button)
    alert: str | None = None  # a short toast for a callback query


@dataclass(frozen=True)
class InlineResult:
    id: str
    title: str
    description: str
    text: str  # HTML message sent when the result is picked


@dataclass(frozen=True)
class Resolution:
    settlement: Settlement | None = None
    candidates: tuple[Settlement, ...] = ()  # ambiguous when settlement is None and candidates set
    suggestions: tuple[Settlement, ...] = ()  # unknown place: "did you mean"

    @property
    def more(self) -> int:
        """Ambiguous: candidates beyond the buttons offered."""
        return max(0, len(self.candidates) - MAX_CANDIDATES)


@dataclass
class Callback:
    action: str
    code: str = ""
    number: int = 0
    extra: dict[str, Any] = field(default_factory=dict)


# --- callback data: short, and validated because anyone can send any bytes ------------------------------------

_CALLBACK = re.compile(r"^(?P<action>[shpmbul]):(?P<arg>[A-Za-z0-9_.-]{1,40})(?::(?P<num>\d{1,6}))?$")


def callback_data(action: str, arg: str, number: int | None = None) -> str:
    data = f"{action}:{arg}" if number is None else f"{action}:{arg}:{number}"
    if len(data.encode()) > CALLBACK_MAX or not _CALLBACK.match(data):
        raise ValueError(f"bad callback data {data!r}")
    return data


def parse_callback(data: str | None) -> Callback | None:
    """`s:CODE` status, `h:CODE:PAGE` history (a new message), `p:CODE:PAGE` another page of it (edited in place),
    `m:CODE` map, `b:CODE` subscribe, `u:ID` unsubscribe, `l:LANG` language."""
    if not data or len(data.encode()) > CALLBACK_MAX:
        return None
    m = _CALLBACK.match(data)
    if m is None:
        return None
    action, arg, num = m.group("action"), m.group("arg"), m.group("num")
    if action == "l":
        return Callback("l", arg) if arg in LANGUAGES and num is None else None
    if action == "u":
        return Callback("u", number=int(arg)) if arg.isdigit() and num is None else None
    if action in ("h", "p"):
        return Callback(action, arg, int(num or 0))
    return Callback(action, arg) if num is None else None


# --- places -----------------------------------------------------------------------------------------------------


def resolve(gazetteer: Gazetteer, query: str) -> Resolution:
    """A name typed by a person -> one settlement, several to pick from, or suggestions."""
    query = " ".join(query.split())[:100]
    if not query:
        return Resolution()
    exact = gazetteer.get(query.upper()) if re.fullmatch(r"[Uu][Aa]\d{17}", query) else None
    if exact is not None:
        return Resolution(settlement=exact)
    candidates = list(gazetteer.lookup(query, limit=LOOKUP_LIMIT))
    if not candidates:
        candidates = [c for m in gazetteer.find_places(query) for c in m.candidates][:LOOKUP_LIMIT]
    return _decide(candidates)


def _decide(candidates: Sequence[Candidate]) -> Resolution:
    ranked = sorted(candidates, key=lambda c: -c.score)
    unique: list[Candidate] = []
    for c in ranked:
        if all(u.settlement.code != c.settlement.code for u in unique):
            unique.append(c)
    if not unique:
        return Resolution()
    best = unique[0].score
    if best < CONFIDENT:
        return Resolution(suggestions=tuple(c.settlement for c in unique[:5]))
    top = [c.settlement for c in unique if c.score >= best - TIE]
    if len(top) == 1:
        return Resolution(settlement=top[0])
    cities = [s for s in top if s.category in CITY_CATEGORIES]
    if len(cities) == 1:  # "Avdiivka" is the city, not the two villages of that name; they are offered as buttons
        return Resolution(settlement=cities[0], candidates=tuple(s for s in top if s is not cities[0])[:3])
    return Resolution(candidates=tuple(top))


async def claimed_first(store: Store | None, found: Resolution) -> Resolution:
    """An ambiguous name: the places the ledger has claims about come first (most likely the one in the news);
    the order among them, and among the rest, stays the resolver's. No store: as it was."""
    if store is None or found.settlement is not None or len(found.candidates) < 2:
        return found
    claimed = await store.claimed_codes([s.code for s in found.candidates])
    ranked = sorted(found.candidates, key=lambda s: s.code not in claimed)
    return Resolution(candidates=tuple(ranked), suggestions=found.suggestions)


def resolve_message(gazetteer: Gazetteer, text: str) -> Resolution:
    """A plain message: the question words removed, then the rest looked up; else any place named in it."""
    query = place_query(text)
    found = resolve(gazetteer, query) if query else Resolution()
    if found.settlement is not None or found.candidates:
        return found
    mentions = [m for m in gazetteer.find_places(text) if m.candidates]
    if mentions:
        decided = _decide(mentions[0].candidates)
        if decided.settlement is not None or decided.candidates:
            return decided
    return found


def _pick_reply(query: str, found: Resolution, lang: str, action: str = "s") -> Reply:
    """Ambiguous: a keyboard of candidates; unknown: "did you mean" buttons (or just a sorry)."""
    if found.candidates:
        text = fmt(lang, "ambiguous", query=query)
        if found.more:
            text = Safe(text + "\n" + fmt(lang, "more_candidates", count=found.more, example=query))
        options = found.candidates[:MAX_CANDIDATES]
    else:
        text = fmt(lang, "unknown_place", query=query)
        options = found.suggestions
        if options:
            text = Safe(text + "\n" + esc(t(lang, "did_you_mean")))
    buttons = tuple((Button(render.place_label(s, lang), callback_data(action, s.code)),) for s in options)
    return Reply(text, buttons)


# --- answers --------------------------------------------------------------------------------------------------


def help_reply(lang: str) -> Reply:
    return Reply(t(lang, "help"))


def ask_place(command: str, lang: str) -> Reply:
    return Reply(fmt(lang, "ask_place", command=command))


async def settlement_status(deps: Deps, settlement: Settlement, now: datetime) -> Status:
    from bot.core.claims.status import current_status

    claims = await deps.ledger.claims_for([settlement.code])
    return current_status(settlement, claims, now)


def status_buttons(settlement: Settlement, lang: str) -> tuple[tuple[Button, ...], ...]:
    row = []
    if settlement.lat is not None and settlement.lon is not None:
        row.append(Button(t(lang, "map_button"), callback_data("m", settlement.code)))
    row.append(Button(t(lang, "history_button"), callback_data("h", settlement.code, 0)))
    row.append(Button(t(lang, "subscribe_button"), callback_data("b", settlement.code)))
    return (tuple(row),)


async def status_of(deps: Deps, settlement: Settlement, lang: str, now: datetime) -> Reply:
    status = await settlement_status(deps, settlement, now)
    return Reply(render.status_html(status, lang), status_buttons(settlement, lang))


async def status_reply(deps: Deps, query: str, lang: str, now: datetime) -> Reply:
    """/status <place>."""
    if not query.strip():
        return ask_place("status", lang)
    found = await claimed_first(deps.ledger, resolve(deps.gazetteer, query))
    if found.settlement is None:
        return _pick_reply(query, found, lang)
    return _with_others(await status_of(deps, found.settlement, lang, now), found, lang)


def _with_others(reply: Reply, found: Resolution, lang: str) -> Reply:
    """Under a city's status, buttons for the villages of the same name."""
    others = tuple((Button(render.place_label(s, lang), callback_data("s", s.code)),) for s in found.candidates)
    return Reply(reply.text, reply.buttons + others, reply.location, reply.alert) if others else reply


async def message_reply(deps: Deps, text: str, lang: str, now: datetime) -> Reply:
    """A plain message: a question about a place."""
    found = await claimed_first(deps.ledger, resolve_message(deps.gazetteer, text))
    if found.settlement is not None:
        return _with_others(await status_of(deps, found.settlement, lang, now), found, lang)
    if found.candidates or found.suggestions:
        return _pick_reply(place_query(text) or text, found, lang)
    return Reply(t(lang, "not_understood"))


async def history_of(deps: Deps, settlement: Settlement, page: int, lang: str) -> Reply:
    history = sorted(await deps.ledger.claims_for([settlement.code]), key=_newest_first)
    pages = render.pages_count(len(history))
    page = min(max(page, 0), pages - 1)
    row = []
    if page > 0:
        row.append(Button(t(lang, "history_newer"), callback_data("p", settlement.code, page - 1)))
    if page < pages - 1:
        row.append(Button(t(lang, "history_older"), callback_data("p", settlement.code, page + 1)))
    return Reply(render.history_html(settlement, history, page, lang), (tuple(row),) if row else ())


def _newest_first(lc: LedgerClaim) -> tuple[float, int]:
    return (-(lc.date.timestamp() if lc.date else 0.0), -lc.id)


async def history_reply(deps: Deps, query: str, lang: str) -> Reply:
    if not query.strip():
        return ask_place("history", lang)
    found = resolve(deps.gazetteer, query)
    if found.settlement is None:
        return _pick_reply(query, found, lang, action="h")
    return await history_of(deps, found.settlement, 0, lang)


async def recent_reply(deps: Deps, lang: str) -> Reply:
    claims = await deps.ledger.recent_claims(RECENT)
    items = [(deps.gazetteer.get(lc.claim.settlement) if lc.claim.settlement else None, lc) for lc in claims]
    return Reply(render.recent_html(items, lang))


def sources_reply(config: Config, lang: str) -> Reply:
    sources = [render.SourceInfo("channel", c.name, c.side, c.speaker) for c in config.channels]
    sources += [render.SourceInfo("feed", f.url, f.side, f.speaker) for f in config.feeds]
    return Reply(render.sources_html(sources, lang))


def location_reply(deps: Deps, code: str) -> Reply | None:
    s = deps.gazetteer.get(code)
    if s is None or s.lat is None or s.lon is None:
        return None
    return Reply("", location=(s.lat, s.lon))


def language_reply(lang: str) -> Reply:
    buttons = tuple(Button(t(code, "language_name"), callback_data("l", code)) for code in LANGUAGES)
    return Reply(esc(t(lang, "lang_choose")), (buttons,))


async def inline_results(deps: Deps, query: str, lang: str, now: datetime) -> list[InlineResult]:
    """`@bot Klish`: settlements matching the query, each with a one-line status."""
    query = " ".join(query.split())[:100]
    if len(query) < 2:
        return []
    results = []
    for cand in deps.gazetteer.lookup(query, limit=INLINE_RESULTS):
        status = await settlement_status(deps, cand.settlement, now)
        results.append(
            InlineResult(
                id=cand.settlement.code,
                title=render.place_label(cand.settlement, lang),
                description=render.inline_description(status, lang),
                text=render.status_html(status, lang),
            )
        )
    return results


# --- subscriptions --------------------------------------------------------------------------------------------

_AREA_WORDS = re.compile(r"(район|raion|district|област|oblast|region|обл\.?$|щина$|чина$)", re.IGNORECASE)


def area_text(kind: str, name: str, lang: str) -> str:
    """An area in words, its name in Latin for English ("Donetska oblast")."""
    return t(lang, f"area_{kind}", name=render.transliterate(name) if lang == "en" else name)


def _area_text(area: Any, lang: str) -> str:
    return area_text(area.kind, area.name, lang)


def subscription_text(deps: Deps, sub: Subscription, lang: str) -> str:
    """Plain words for one stored subscription (a settlement, a radius around one, or an area)."""
    if sub.area_kind and sub.area_name:
        return area_text(sub.area_kind, sub.area_name, lang)
    s = deps.gazetteer.get(sub.settlement) if sub.settlement else None
    name = render.settlement_name(s, lang) if s else str(sub.settlement)
    if sub.radius_km:
        return t(lang, "sub_radius", km=f"{sub.radius_km:g}", name=name)
    return t(lang, "sub_place", name=name)


async def subscribe_reply(deps: Deps, chat_id: int, text: str, lang: str) -> Reply:
    """/subscribe <place> | <place> <km> | <oblast or raion>."""
    text = " ".join(text.split())[:100]
    if not text:
        return ask_place("subscribe", lang)
    place, km = split_radius(text)
    if km is not None and not 1 <= km <= MAX_RADIUS_KM:
        return Reply(fmt(lang, "bad_radius", max=MAX_RADIUS_KM))
    if km is None:
        areas = deps.gazetteer.areas(text)
        found = resolve(deps.gazetteer, text) if not (areas and _AREA_WORDS.search(text)) else Resolution()
        if areas and found.settlement is None and not found.candidates:
            area = areas[0]
            await deps.ledger.add_subscription(chat_id, area_kind=area.kind, area_name=area.name, lang=lang)
            return Reply(fmt(lang, "subscribed_area", area=_area_text(area, lang)))
    else:
        found = resolve(deps.gazetteer, place)
    if found.settlement is None:
        return _pick_reply(place, found, lang, action="b")
    return await subscribe_to(deps, chat_id, found.settlement, km, lang)


async def subscribe_to(deps: Deps, chat_id: int, settlement: Settlement, km: int | None, lang: str) -> Reply:
    await deps.ledger.add_subscription(chat_id, settlement=settlement.code, radius_km=km, lang=lang)
    name = render.settlement_name(settlement, lang)
    if km:
        return Reply(fmt(lang, "subscribed_radius", km=km, name=name))
    return Reply(fmt(lang, "subscribed_place", name=name))


async def unsubscribe_reply(deps: Deps, chat_id: int, text: str, lang: str) -> Reply:
    """/unsubscribe <place or area>; without an argument, the list with remove buttons."""
    text = " ".join(text.split())[:100]
    if not text:
        return await subscriptions_reply(deps, chat_id, lang)
    subs = await deps.ledger.subscriptions(chat_id)
    place, _ = split_radius(text)
    found = resolve(deps.gazetteer, place)
    codes = {found.settlement.code} if found.settlement else {s.code for s in found.candidates}
    areas = {(a.kind, a.name) for a in deps.gazetteer.areas(text)}
    gone = [
        s
        for s in subs
        if (s.settlement and s.settlement in codes) or (s.area_kind and (s.area_kind, s.area_name) in areas)
    ]
    if not gone:
        return Reply(fmt(lang, "not_subscribed", query=text))
    words = ", ".join(subscription_text(deps, s, lang) for s in gone)
    for s in gone:
        await deps.ledger.remove_subscription(chat_id, s.id)
    return Reply(fmt(lang, "unsubscribed", what=words))


async def subscriptions_reply(deps: Deps, chat_id: int, lang: str) -> Reply:
    subs = await deps.ledger.subscriptions(chat_id)
    if not subs:
        return Reply(t(lang, "subscriptions_none"))
    lines = [t(lang, "subscriptions_title")]
    buttons = []
    for s in subs:
        words = subscription_text(deps, s, lang)
        lines.append("• " + esc(words))
        buttons.append((Button(t(lang, "remove_button", what=words)[:60], callback_data("u", str(s.id))),))
    return Reply("\n".join(lines), tuple(buttons))


async def remove_reply(deps: Deps, chat_id: int, sub_id: int, lang: str) -> Reply | None:
    """A remove button: only the chat's own subscription can go (ids in callback data are not trusted)."""
    subs = await deps.ledger.subscriptions(chat_id)
    target = next((s for s in subs if s.id == sub_id), None)
    if target is None:
        return None
    words = subscription_text(deps, target, lang)
    await deps.ledger.remove_subscription(chat_id, sub_id)
    listing = await subscriptions_reply(deps, chat_id, lang)
    return Reply(
        fmt(lang, "unsubscribed", what=words) + "\n\n" + listing.text,
        listing.buttons,
        alert=t(lang, "unsubscribed", what=words)[:190],
    )


# --- admins, buttons --------------------------------------------------------------------------------------------


async def stats_reply(deps: Deps, lang: str) -> Reply:
    counts = await deps.ledger.counts()
    lines = [t(lang, "stats_title")]
    lines += [
        fmt(lang, "stats_line", name=t(lang, f"stats_{name}") if f"stats_{name}" in _STAT_KEYS else name, value=value)
        for name, value in counts.items()
    ]
    for source, when in await deps.ledger.last_post_per_source():
        lines.append(fmt(lang, "stats_source", source=source, date=render.format_date(when, lang)))
    return Reply("\n".join(lines))


_STAT_KEYS = frozenset({"stats_posts", "stats_claims", "stats_subscribers", "stats_subscriptions"})


async def callback_reply(deps: Deps, chat_id: int, cb: Callback, lang: str, now: datetime) -> Reply | None:
    """The answer to a validated button press; None when it refers to nothing we know."""
    if cb.action == "u":
        return await remove_reply(deps, chat_id, cb.number, lang)
    if cb.action == "m":
        return location_reply(deps, cb.code)
    settlement = deps.gazetteer.get(cb.code)
    if settlement is None:
        return None
    if cb.action == "s":
        return await status_of(deps, settlement, lang, now)
    if cb.action in ("h", "p"):
        return await history_of(deps, settlement, cb.number, lang)
    if cb.action == "b":
        return await subscribe_to(deps, chat_id, settlement, None, lang)
    return None


# --- one entry point for text interfaces (the terminal chat) ------------------------------------------------


async def command_reply(deps: Deps, chat_id: int, text: str, lang: str, now: datetime, is_admin: bool = False) -> Reply:
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
        return sources_reply(deps.config, lang)
    if name == "subscribe":
        return await subscribe_reply(deps, chat_id, args, lang)
    if name == "unsubscribe":
        return await unsubscribe_reply(deps, chat_id, args, lang)
    if name == "subscriptions":
        return await subscriptions_reply(deps, chat_id, lang)
    if name == "stats":
        return await stats_reply(deps, lang) if is_admin else Reply(t(lang, "not_admin"))
    return help_reply(lang)
