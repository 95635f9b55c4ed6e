"""Where the fighting is: the settlements and areas a namesake is preferred in (Frontline), and why a namesake was
chosen (the reasons recorded on a mention and its claims)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

# The lengths of a settlement code's area prefixes: oblast (UA + 2 digits), raion (+ 2), hromada (+ 3).
PREFIX_LENGTHS = (4, 6, 9)
CODE_LENGTH = 19  # a settlement's KATOTTG code; shorter ones in the register's lists are area prefixes

# Why the best of several namesakes was chosen (Mention.resolved_by, Claim.resolved_by), the first that fits:
REASONS = (
    "area",  # the post names its oblast or raion, or a marker names its category («село», "town")
    "nearby",  # it lies close to the other places the post names
    "direction",  # it lies on the front direction the post names it under («на Оріхівському напрямку»)
    "frontline",  # it lies where the fighting is (the register's list, the ledger's recent claims)
    "city",  # a city among villages, a big city among towns
    "name",  # its official name against another's variant spelling
)


@dataclass(frozen=True, slots=True)
class Frontline:
    """Settlement codes (the ledger's recently claimed settlements) and area prefixes (oblast, raion or hromada
    code prefixes of the official register's hostilities and occupied areas) where the fighting is."""

    codes: frozenset[str] = frozenset()
    prefixes: frozenset[str] = frozenset()

    @classmethod
    def of(cls, codes: Iterable[str] = (), prefixes: Iterable[str] = ()) -> Frontline:
        return cls(frozenset(codes), frozenset(prefixes))

    @classmethod
    def of_areas(cls, areas: Iterable[str]) -> Frontline:
        """From a register's list of settlement codes and area prefixes, told apart by their length."""
        found = list(areas)
        return cls.of(
            codes=(c for c in found if len(c) == CODE_LENGTH), prefixes=(c for c in found if len(c) < CODE_LENGTH)
        )

    def __contains__(self, code: object) -> bool:
        if not isinstance(code, str):
            return False
        return code in self.codes or any(code[:n] in self.prefixes for n in PREFIX_LENGTHS)

    def __or__(self, other: Frontline) -> Frontline:
        return Frontline(self.codes | other.codes, self.prefixes | other.prefixes)


NO_FRONTLINE = Frontline()


# How long before a period of hostilities starts, and after it ends, a post about the area counts it as the front:
# fighting is reported before the register lists an area and the register lags behind.
FRONT_MARGIN_DAYS = 45


class FrontPeriods:
    """The register's areas with their periods of hostilities and occupation since the invasion (front_periods.tsv):
    the front line on a given day, old fronts included (Kharkiv or Kherson oblast in 2022)."""

    def __init__(self, areas: Sequence[tuple[str, Sequence[tuple[date, date | None]]]] = ()) -> None:
        margin = FRONT_MARGIN_DAYS
        # (prefix, first day, last day) as day numbers, the margins applied once
        self._spans = [
            (prefix, start.toordinal() - margin, end.toordinal() + margin if end is not None else _OPEN)
            for prefix, spans in areas
            for start, end in spans
        ]
        self._by_month: dict[tuple[int, int], Frontline] = {}
        self._ever: Frontline | None = None

    def at(self, day: date) -> Frontline:
        """The areas at war within FRONT_MARGIN_DAYS of `day` (one Frontline per month, memoised: the ranker keeps
        its work per Frontline)."""
        key = (day.year, day.month)
        found = self._by_month.get(key)
        if found is None:
            middle = date(day.year, day.month, 15).toordinal()
            found = self._by_month[key] = Frontline.of_areas(
                {p for p, first, last in self._spans if first <= middle <= last}
            )
        return found

    def ever(self) -> Frontline:
        """The areas at war at any time since the invasion (memoised)."""
        if self._ever is None:
            self._ever = Frontline.of_areas({p for p, _, _ in self._spans})
        return self._ever


_OPEN = date.max.toordinal()  # a period not ended
