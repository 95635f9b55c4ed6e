"""Subscriptions and alert preferences: /subscribe, /unsubscribe, /subscriptions (paged), /mute, /digest.

Names stand in the nominative in every message («Підписка: Курдюмівка ✅»), so no name is declined wrongly.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

from bot.chat.dialog import parse_hours, parse_switch, split_radius
from bot.chat.queries import area_asked, find
from bot.chat.replies import Button, Reply, callback_data, pager
from bot.chat.state import BotData
from bot.core.alerts import DIGEST_HOUR
from bot.core.present.i18n import t
from bot.core.present.names import area_text, settlement_name
from bot.core.present.render import format_date, pages_count
from bot.core.present.safe import echo, esc, fmt
from bot.core.timezone import in_kyiv
from bot.models import Settlement

if TYPE_CHECKING:
    from collections.abc import Awaitable, Callable

    from bot.chat.queries import Resolution
    from bot.core.places import Area
    from bot.models import Subscription

    PickFn = Callable[[str, Resolution, str], Awaitable[Reply]]  # answers an unclear name with a list to pick from

MAX_RADIUS_KM = 100
MAX_SUBSCRIPTIONS = 50  # per chat: a whole raion or oblast is one subscription
SUBSCRIPTIONS_PAGE = 10  # remove buttons per page (Telegram rejects large keyboards)


def area_words(area: Area, lang: str) -> str:
    return area_text(area.kind, area.name, lang, getattr(area, "name_ru", ""), area.code)


def subscription_text(deps: BotData, sub: Subscription, lang: str) -> str:
    """Plain words for one stored subscription (a settlement, a radius around one, or an area)."""
    if sub.area_kind and sub.area_name:
        area = next((a for a in deps.gazetteer.all_areas if (a.kind, a.name) == (sub.area_kind, sub.area_name)), None)
        return area_words(area, lang) if area else area_text(sub.area_kind, sub.area_name, lang)
    s = deps.gazetteer.get(sub.settlement) if sub.settlement else None
    name = settlement_name(s, lang) if s else str(sub.settlement)
    if sub.radius_km:
        return t(lang, "sub_radius", km=f"{sub.radius_km:g}", name=name)
    return t(lang, "sub_place", name=name)


async def _full(deps: BotData, chat_id: int, lang: str) -> Reply | None:
    """The cap: a clear message instead of the 51st subscription."""
    count = len(await deps.store.subscriptions(chat_id))
    return Reply(fmt(lang, "subscriptions_full", count=count)) if count >= MAX_SUBSCRIPTIONS else None


async def subscribe_reply(deps: BotData, chat_id: int, text: str, lang: str, pick: PickFn) -> Reply:
    """/subscribe <place> | <place> <km> | <oblast or raion>; `pick` answers an unclear name."""
    text = " ".join(text.split())[:100]
    if not text:
        return Reply(fmt(lang, "ask_place", command="subscribe"))
    place, km = split_radius(text)
    if km is not None and not 1 <= km <= MAX_RADIUS_KM:
        return Reply(fmt(lang, "bad_radius", max=MAX_RADIUS_KM))
    area = area_asked(deps.gazetteer, text) if km is None else None
    if area is not None:
        if not any(
            s.area_kind == area.kind and s.area_name == area.name for s in await deps.store.subscriptions(chat_id)
        ):
            full = await _full(deps, chat_id, lang)
            if full is not None:
                return full
        await deps.store.add_subscription(chat_id, area_kind=area.kind, area_name=area.name, lang=lang)
        return Reply(fmt(lang, "subscribed_area", area=area_words(area, lang)))
    found = await find(deps.store, deps.gazetteer, place)
    if found.settlement is None:
        return await pick(place, found, "b")
    return await subscribe_to(deps, chat_id, found.settlement, km, lang)


async def subscribe_to(deps: BotData, chat_id: int, settlement: Settlement, km: int | None, lang: str) -> Reply:
    subs = await deps.store.subscriptions(chat_id)
    if not any(s.settlement == settlement.code and (s.radius_km or None) == (km or None) for s in subs):
        full = await _full(deps, chat_id, lang)
        if full is not None:
            return full
    await deps.store.add_subscription(chat_id, settlement=settlement.code, radius_km=km, lang=lang)
    name = settlement_name(settlement, lang)
    if km:
        return Reply(fmt(lang, "subscribed_radius", km=km, name=name))
    return Reply(fmt(lang, "subscribed_place", name=name))


async def unsubscribe_reply(deps: BotData, chat_id: int, text: str, lang: str) -> Reply:
    """/unsubscribe <place or area>; without an argument, the list with remove buttons."""
    text = " ".join(text.split())[:100]
    if not text:
        return await subscriptions_reply(deps, chat_id, lang)
    subs = await deps.store.subscriptions(chat_id)
    place, _ = split_radius(text)
    found = await find(None, deps.gazetteer, place)
    codes = {found.settlement.code} if found.settlement else {s.code for s in found.candidates}
    areas = {(a.kind, a.name) for a in deps.gazetteer.areas(text)}
    gone = [
        s
        for s in subs
        if (s.settlement and s.settlement in codes) or (s.area_kind and (s.area_kind, s.area_name) in areas)
    ]
    if not gone:
        return Reply(fmt(lang, "not_subscribed", query=echo(text)))
    words = ", ".join(subscription_text(deps, s, lang) for s in gone)
    for s in gone:
        await deps.store.remove_subscription(chat_id, s.id)
    return Reply(fmt(lang, "unsubscribed", what=words))


async def subscriptions_reply(deps: BotData, chat_id: int, lang: str, page: int = 0) -> Reply:
    """The chat's subscriptions, SUBSCRIPTIONS_PAGE to a page, each with a remove button."""
    subs = await deps.store.subscriptions(chat_id)
    if not subs:
        return Reply(t(lang, "subscriptions_none"))
    pages = pages_count(len(subs), SUBSCRIPTIONS_PAGE)
    page = min(max(page, 0), pages - 1)
    shown = subs[page * SUBSCRIPTIONS_PAGE : (page + 1) * SUBSCRIPTIONS_PAGE]
    lines: list[str] = [fmt(lang, "subscriptions_title", count=len(subs))]
    buttons: list[tuple[Button, ...]] = []
    for s in shown:
        words = subscription_text(deps, s, lang)
        lines.append("• " + esc(words))
        buttons.append((Button(t(lang, "remove_button", what=words)[:60], callback_data("u", str(s.id), page)),))
    if pages > 1:
        lines.append(fmt(lang, "subscriptions_page", page=page + 1, pages=pages))
        buttons.append(pager("q", "p", page, pages, lang))
    return Reply("\n".join(lines), tuple(buttons))


async def remove_reply(deps: BotData, chat_id: int, sub_id: int, lang: str, page: int = 0) -> Reply | None:
    """A remove button: only the chat's own subscription can go (ids in callback data are not trusted)."""
    subs = await deps.store.subscriptions(chat_id)
    target = next((s for s in subs if s.id == sub_id), None)
    if target is None:
        return None
    words = subscription_text(deps, target, lang)
    await deps.store.remove_subscription(chat_id, sub_id)
    listing = await subscriptions_reply(deps, chat_id, lang, page)
    return Reply(
        fmt(lang, "unsubscribed", what=words) + "\n\n" + listing.text,
        listing.buttons,
        alert=t(lang, "unsubscribed", what=words)[:190],
    )


# --- alert preferences ---------------------------------------------------------------------------------------


async def mute_reply(deps: BotData, chat_id: int, args: list[str], lang: str, now: datetime) -> Reply:
    """/mute <hours>: hold alerts for that long (they come as one message after); /mute 0 resumes."""
    hours = parse_hours(args)
    if hours is None:
        return Reply(fmt(lang, "mute_usage"))
    if hours == 0:
        await deps.store.set_muted_until(chat_id, None)
        await deps.store.release_held(chat_id, now)
        return Reply(fmt(lang, "unmuted"))
    until = now + timedelta(hours=hours)
    await deps.store.set_muted_until(chat_id, until)
    return Reply(fmt(lang, "muted", until=format_date(until, lang)))


def digest_time(now: datetime, lang: str) -> str:
    """The digest hour (UTC) in Kyiv time as it is today: «10:00 за Києвом»."""
    at = now.astimezone(UTC).replace(hour=DIGEST_HOUR, minute=0, second=0, microsecond=0)
    return t(lang, "time_kyiv", time=in_kyiv(at).strftime("%H:%M"))


async def digest_reply(deps: BotData, chat_id: int, args: list[str], lang: str, now: datetime) -> Reply:
    """/digest on|off: alerts once a day at the digest hour, or as they come."""
    switch = parse_switch(args)
    when = digest_time(now, lang)
    if switch is None:
        return Reply(fmt(lang, "digest_usage", time=when))
    await deps.store.set_digest(chat_id, switch)
    if not switch:
        await deps.store.release_held(chat_id, now)
    return Reply(fmt(lang, "digest_on" if switch else "digest_off", time=when))
