"""`/status Донецька область` (or a raion): the area's settlements with claims, newest first, each with its
reported state and newest claim."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from bot.chat.replies import Button, Reply, callback_data
from bot.chat.state import BotData
from bot.chat.subscribing import area_words
from bot.core.claims.status import current_status, is_register
from bot.core.present.i18n import t
from bot.core.present.names import place_label, settlement_name
from bot.core.present.render import FLAGS, claim_html
from bot.core.present.safe import Safe, fmt, join
from bot.models import Basis, Status

if TYPE_CHECKING:
    from bot.core.places import Area

OVERVIEW = 12  # settlements listed (each also a button)


def state_words(status: Status, lang: str) -> str:
    """The reported state, short, for a line of a list ("contested", «тривають бої»)."""
    if status.basis is Basis.FIGHTING:
        return t(lang, "state_fighting")
    if status.basis is Basis.REGISTER_AREA:
        return t(lang, "state_hostilities")
    return t(lang, f"state_{status.reported.value}")


async def area_overview(deps: BotData, area: Area, lang: str, now: datetime) -> Reply:
    codes, total = await deps.store.claimed_in_area(area.prefix, OVERVIEW)
    title = area_words(area, lang)
    if not codes:
        return Reply(fmt(lang, "area_none", area=title))
    claims = await deps.store.claims_for(codes)
    lines: list[str] = [fmt(lang, "area_title", area=title)]
    buttons = []
    for code in codes:
        settlement = deps.gazetteer.get(code)
        if settlement is None:
            continue
        status = current_status(settlement, claims, now)
        newest = next((lc for lc in status.history if not is_register(lc)), status.history[0])
        flag = FLAGS.get(newest.claim.claimant, "")
        name = settlement_name(settlement, lang)
        lines.append(
            fmt(
                lang,
                "area_line",
                flag=flag,
                name=name,
                state=state_words(status, lang),
                claim=Safe(claim_html(newest, lang, quote=False)),
            )
        )
        buttons.append((Button(place_label(settlement, lang), callback_data("s", code)),))
    if total > len(codes):
        example = settlement_name(deps.gazetteer.get(codes[0]) or deps.gazetteer.settlements[0], lang)
        lines.append(fmt(lang, "area_more", count=total - len(codes), example=example))
    lines.append(t(lang, "reported_note"))
    return Reply(join(lines), tuple(buttons))
