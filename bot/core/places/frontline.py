"""Where the fighting is: the settlements and areas a namesake is preferred in (Frontline), and why a namesake was
chosen (the reasons recorded on a mention and its claims)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

# The lengths of a settlement code's area prefixes: oblast (UA + 2 digits), raion (+ 2), hromada (+ 3).
PREFIX_LENGTHS = (4, 6, 9)

# Why the best of several namesakes was chosen (Mention.resolved_by, Claim.resolved_by), the first that fits:
REASONS = (
    "area",  # the post names its oblast or raion, or a marker names its category («село», "town")
    "nearby",  # it lies close to the other places the post names
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

    def __contains__(self, code: object) -> bool:
        if not isinstance(code, str):
            return False
        return code in self.codes or any(code[:n] in self.prefixes for n in PREFIX_LENGTHS)

    def __or__(self, other: Frontline) -> Frontline:
        return Frontline(self.codes | other.codes, self.prefixes | other.prefixes)


NO_FRONTLINE = Frontline()
