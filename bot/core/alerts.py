"""Pure alert planning and rendering: which subscriber hears of which claim, once, and what the alert says.

Planning (`plan_alerts`) runs inside the storage transaction that stores the claims (transactional outbox), so it
must be pure and fast: no I/O, no clock (`now` is a parameter). Delivery lives in `bot.chat.sender`.

Rules:
- A subscription covers a settlement directly, by radius (great-circle distance between gazetteer coordinates), or by
  area (the settlement's raion or oblast).
- One alert per (chat, claim) however many subscriptions cover it; one per (chat, dedupe key) within one batch.
- The dedupe key is (settlement, kind, actor): the same claim from several channels within `[alerts] dedupe_minutes`
  becomes one message, later sources are added by editing it (the sender does that).
- An edited post alerts again only when a claim changed: claims whose key the post already had are not re-alerted.
- Claims about events long past (backfills, imports) and paused subscriptions do not alert.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Protocol

from bot.core.claims.status import MONTH, event_date
from bot.core.geo import distance_km
from bot.core.present.codec import claim_payload
from bot.core.present.i18n import t
from bot.core.present.render import FLAGS, Safe, claim_html, esc, fmt, join, place_line, settlement_name
from bot.core.timezone import kyiv_day
from bot.models import Claim, LedgerClaim, Post, Settlement, Subscription

STALE_AFTER = timedelta(days=2)  # a claim in a post older than this (backfill, import) is news to no one
NO_ALERT_SOURCES = frozenset({"register", "export", "import"})  # bulk loads of the past, not news
MAX_ALSO = 12  # "also reported by" names shown in one alert
DIGEST_HOUR = 7  # UTC (09:00/10:00 in Ukraine): when the daily digest goes out


class Places(Protocol):
    """The part of the gazetteer planning needs."""

    def get(self, code: str) -> Settlement | None: ...


@dataclass(frozen=True, slots=True)
class PlannedAlert:
    """One alert to queue: this chat hears of this claim (because of this subscription)."""

    chat_id: int
    claim_id: int
    subscription_id: int
    settlement: str
    dedupe_key: str
    source: str
    payload: str  # claim_payload(claim): what the outbox row keeps


@dataclass(frozen=True, slots=True)
class QueuedAlert:
    """An outbox row as the sender sees it (bot.storage returns these)."""

    id: int
    chat_id: int
    claim_id: int
    dedupe_key: str
    source: str
    payload: str  # the claim as JSON (`claim_payload`): the row renders even if the post is edited meanwhile
    attempts: int = 0  # failed attempts so far
    held: bool = False  # deferred by /mute or the daily digest: delivered together when due
    message_id: int | None = None  # Telegram message id once sent


def dedupe_key(claim: Claim) -> str:
    """(settlement, kind, actor) as one string: equal keys are the same claim, whoever reports it."""
    actor = claim.actor.value if claim.actor is not None else "-"
    return f"{claim.settlement}:{claim.kind.value}:{actor}"


def claim_identity(claim: Claim) -> tuple[str | None, str, str | None, str]:
    """What must change in an edited post for its claim to count as changed (a fixed typo in the quote does not)."""
    return (claim.settlement, claim.kind.value, claim.actor.value if claim.actor else None, claim.claimant.value)


def changed_claims(claims: Sequence[LedgerClaim], previous: Iterable[Claim]) -> list[LedgerClaim]:
    """The claims of an edited post that it did not already make before the edit."""
    before = {claim_identity(c) for c in previous}
    return [lc for lc in claims if claim_identity(lc.claim) not in before]


_AREA_NOISE = re.compile(r"\b(район|raion|district|область|oblast|region|обл|р-н)\b\.?", re.IGNORECASE)


def area_key(name: str) -> str:
    """ "Бахмутський район" / "бахмутський" / "Bakhmutskyi raion" -> a comparable key."""
    return " ".join(_AREA_NOISE.sub(" ", name.casefold().replace("’", "'").replace("ʼ", "'")).split())


def in_area(settlement: Settlement, kind: str, name: str) -> bool:
    """Is the settlement in the raion or oblast called `name`?"""
    wanted = area_key(name)
    if not wanted:
        return False
    if kind == "oblast":
        return area_key(settlement.oblast) == wanted
    if kind == "raion":
        return area_key(settlement.raion) == wanted
    return False


def covers(sub: Subscription, settlement: Settlement, places: Places) -> bool:
    """Does this subscription cover this settlement?"""
    if sub.area_kind and sub.area_name:
        return in_area(settlement, sub.area_kind, sub.area_name)
    if not sub.settlement:
        return False
    if sub.settlement == settlement.code:
        return True
    if not sub.radius_km:
        return False
    centre = places.get(sub.settlement)
    if centre is None or None in (centre.lat, centre.lon, settlement.lat, settlement.lon):
        return False
    assert centre.lat is not None and centre.lon is not None and settlement.lat is not None
    assert settlement.lon is not None
    return distance_km(centre.lat, centre.lon, settlement.lat, settlement.lon) <= sub.radius_km


def is_news(lc: LedgerClaim, now: datetime) -> bool:
    """Only fresh claims from live sources alert (not a backfilled year of history, not the register), and only
    about fresh events (a post recalling "Soledar, taken in January 2023" is history)."""
    if lc.claim.settlement is None or lc.source in NO_ALERT_SOURCES:
        return False
    if lc.date is not None and now - lc.date > STALE_AFTER:
        return False
    return not recalls_the_past(lc, now)


def recalls_the_past(lc: LedgerClaim, now: datetime) -> bool:
    """The text dates its event well before the post (or `now`, for an undated post): a day more than STALE_AFTER
    earlier, or an earlier month."""
    event = event_date(lc.claim.when)
    if event is None:
        return False
    day, precision = event
    said = kyiv_day(lc.date or now)
    if precision == MONTH:
        return (day.year, day.month) < (said.year, said.month)
    return said - day > STALE_AFTER


def _specificity(sub: Subscription) -> int:
    """When several subscriptions of one chat cover a claim, name the most specific one."""
    if sub.area_kind:
        return 2
    return 1 if sub.radius_km else 0


def plan_alerts(
    claims: Sequence[LedgerClaim],
    subscriptions: Iterable[Subscription],
    gazetteer: Places,
    now: datetime,
    previous: Iterable[Claim] = (),
) -> list[PlannedAlert]:
    """The alerts to queue for newly stored claims (`previous`: the claims an edited post made before the edit)."""
    fresh = [lc for lc in changed_claims(claims, previous) if is_news(lc, now)]
    if not fresh:
        return []
    subs = sorted((s for s in subscriptions if not getattr(s, "paused", False)), key=_specificity)
    planned: list[PlannedAlert] = []
    seen: set[tuple[int, str]] = set()
    for lc in fresh:
        assert lc.claim.settlement is not None
        settlement = gazetteer.get(lc.claim.settlement)
        if settlement is None:
            continue
        key = dedupe_key(lc.claim)
        payload = claim_payload(lc)
        for sub in subs:
            if (sub.chat_id, key) in seen or not covers(sub, settlement, gazetteer):
                continue
            seen.add((sub.chat_id, key))
            planned.append(PlannedAlert(sub.chat_id, lc.id, sub.id, settlement.code, key, lc.source, payload))
    return planned


PlannerFn = Callable[[Post, Sequence[LedgerClaim], Sequence[Subscription], Sequence[Claim]], list[PlannedAlert]]


def make_planner(gazetteer: Places, clock: Callable[[], datetime]) -> PlannerFn:
    """The planner the store calls inside the claims' transaction (`Store.set_planner`); `clock` gives "now"."""

    def planner(
        post: Post, claims: Sequence[LedgerClaim], subscriptions: Sequence[Subscription], previous: Sequence[Claim]
    ) -> list[PlannedAlert]:
        if post.source in NO_ALERT_SOURCES:
            return []
        return plan_alerts(claims, subscriptions, gazetteer, clock(), previous)

    return planner


# --- rendering ----------------------------------------------------------------------------------------------------


def alert_html(lc: LedgerClaim, settlement: Settlement | None, lang: str, also: Sequence[str] = ()) -> Safe:
    """The alert message: place with raion and oblast, the claim in words with claimant and speaker, quote, link.

    `also`: sources that reported the same claim later ("also reported by ..."), added by editing the message.
    """
    c = lc.claim
    head = place_line(settlement, lang) if settlement is not None else Safe(f"<b>{esc(c.name)}</b>")
    lines: list[str] = [fmt(lang, "alert_title", place=head)]
    claimant = t(lang, f"side_{c.claimant.value}")
    claim = claim_html(lc, lang)
    lines.append(fmt(lang, "alert_claim", flag=FLAGS.get(c.claimant, ""), claimant=claimant, claim=claim))
    names = list(dict.fromkeys(s for s in also if s and s != lc.source))
    if names:
        shown = ", ".join(names[:MAX_ALSO]) + (" …" if len(names) > MAX_ALSO else "")
        lines.append(fmt(lang, "alert_also", sources=shown))
    lines.append(t(lang, "reported_note"))
    return join(lines)


def digest_html(items: Sequence[tuple[LedgerClaim, Settlement | None]], lang: str) -> Safe:
    """Several held alerts (daily digest, or the backlog of a mute) as one message."""
    lines: list[str] = [fmt(lang, "digest_title", count=len(items))]
    for lc, settlement in items:
        name = settlement_name(settlement, lang) if settlement is not None else lc.claim.name
        lines.append(f"{FLAGS.get(lc.claim.claimant, '')} <b>{esc(name)}</b>: {claim_html(lc, lang, quote=False)}")
    lines.append(t(lang, "reported_note"))
    return join(lines)
