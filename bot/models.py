"""Plain data shared by every layer: posts, settlements, place mentions, claims, statuses."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum


class Side(StrEnum):
    """A side of the war, or a third party (press, ISW, ...)."""

    UA = "ua"
    RU = "ru"
    OTHER = "other"


class Kind(StrEnum):
    """What a claim says happened at a settlement (definitions in the claims issue / README)."""

    CAPTURED = "captured"
    ADVANCED = "advanced"
    REPELLED = "repelled"
    FIGHTING = "fighting"
    WITHDREW = "withdrew"
    DENIED = "denied"


class Control(StrEnum):
    """The reported state of a settlement: never a fact, always derived from claims."""

    UA = "ua"
    RU = "ru"
    CONTESTED = "contested"
    UNKNOWN = "unknown"


class Basis(StrEnum):
    """What a reported state rests on (bot.core.claims.status decides; answers say it in words)."""

    NONE = "no_claims"  # nothing recorded
    UNDECIDED = "undecided"  # claims, but none says who holds it
    REGISTER_AREA = "register_hostilities"  # only the official register's area of active hostilities
    FIGHTING = "fighting"  # fighting or advances reported, and no side's latest claim contradicts the other's
    DISAGREE = "sides_disagree"  # the latest claims disagree about who holds it
    AGREE = "sides_agree"  # both sides' latest claims name the same holder
    ONE_SIDE = "one_side"  # only the holder's side has reported on it since its deciding claim
    UNCONTRADICTED = "uncontradicted"  # one side's claim; what was said since does not contradict it
    THIRD_PARTY = "third_party"  # a third party's report (ISW, press) decides
    REGISTER = "register"  # the official register (Order 376) decides


@dataclass(frozen=True, slots=True)
class Settlement:
    """One settlement of the KATOTTG codifier; `code` is the canonical id everywhere."""

    code: str
    category: str  # M city, X selyshche, C village, K special-status city
    name: str  # Ukrainian official name
    name_latin: str  # KMU-2010
    oblast: str
    raion: str
    hromada: str
    lat: float | None = None
    lon: float | None = None
    geonameid: int | None = None
    name_ru: str = ""  # the Russian name the gazetteer knows ("" when it is the Ukrainian one)
    raion_ru: str = ""  # the raion's and the oblast's Russian names ("Бахмутский", "Донецкая")
    oblast_ru: str = ""


@dataclass(frozen=True, slots=True)
class Candidate:
    """A settlement a piece of text may refer to, with the resolver's confidence in 0..1."""

    settlement: Settlement
    score: float


@dataclass(frozen=True, slots=True)
class Mention:
    """A place named in a text: character span [start, end), the surface text, ranked candidates."""

    span: tuple[int, int]
    text: str
    candidates: tuple[Candidate, ...]
    resolved_by: str = ""  # why the best of several namesakes leads (bot.core.places.frontline.REASONS), or ""

    @property
    def best(self) -> Candidate | None:
        return self.candidates[0] if self.candidates else None


@dataclass(frozen=True, slots=True)
class Post:
    """One post from any source, turned into our own type at the edge."""

    source: str  # "telegram", "web", "feed", "export", "register", "sample", ...
    channel: str  # t.me username, feed URL, ...
    external_id: str  # message id within the channel, feed entry id, ...
    text: str
    date: datetime | None = None  # UTC
    edit_date: datetime | None = None
    side: Side | None = None  # the side the source speaks for, when it speaks for itself
    speaker: str | None = None  # e.g. "General Staff", "Syrskyi", "Russian MoD"
    url: str | None = None  # permalink
    full_length: int | None = None  # characters of the text as the source gave it, when it was cut (see [limits])


@dataclass(frozen=True, slots=True)
class Claim:
    """One settlement + what someone says happened there."""

    settlement: str | None  # KATOTTG code; None when still ambiguous (see candidates)
    name: str
    kind: Kind
    actor: Side | None
    claimant: Side
    speaker: str | None = None
    quote: str = ""
    span: tuple[int, int] = (0, 0)
    confidence: float = 1.0
    when: str | None = None  # ISO date if the text itself dates the event
    candidates: tuple[str, ...] = field(default_factory=tuple)
    resolved_by: str | None = None  # why this namesake was chosen among several ("area", "nearby", "frontline", ...)


@dataclass(frozen=True, slots=True)
class LedgerClaim:
    """A claim as kept in the ledger, with the post it rests on (what answers and alerts show)."""

    id: int  # claims row id
    claim: Claim
    date: datetime | None  # the post's date (UTC); when the claim was made
    url: str | None  # permalink of the post
    source: str  # display name of where it was said: channel username, feed title, "register"
    post_id: int | None = None  # posts row id


@dataclass(frozen=True, slots=True)
class Status:
    """The reported state of one settlement, derived from its claims (bot.core.claims.status owns the rules)."""

    settlement: Settlement
    reported: Control
    latest: dict[Side, LedgerClaim | None]
    history: tuple[LedgerClaim, ...]  # newest first
    contradiction: bool = False  # the sides' latest claims disagree
    basis: Basis = Basis.NONE  # what `reported` rests on
    basis_claim: LedgerClaim | None = None  # the claim it rests on (the deciding one, or the newest fighting)
    as_of: date | None = None  # the state as claimed up to this day (Kyiv time), or None: now


@dataclass(frozen=True, slots=True)
class Subscription:
    """A stored subscription: a settlement, a radius around one, or an area (oblast / raion)."""

    id: int
    chat_id: int
    settlement: str | None = None
    radius_km: float | None = None
    area_kind: str | None = None
    area_name: str | None = None
    lang: str | None = None
    paused: bool = False
    created: datetime | None = None

    @property
    def kind(self) -> str:
        """'area', 'radius' or 'settlement'."""
        if self.area_kind:
            return "area"
        return "radius" if self.radius_km else "settlement"
