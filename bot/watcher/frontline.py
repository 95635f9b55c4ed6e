"""Where the fighting is, as the ledger tells it: the settlements claims were made about in the weeks before the posts
in hand, added to the bundled register's areas when one of several namesakes has to be chosen.

"Андріївка" names 75 villages; a post that gives no other clue most likely means the one the other posts of these
weeks speak of. The window ends at the batch's newest post (an import of 2023 history is read against the 2023
ledger, never today's), and claims whose own namesake was chosen this way are left out, so a choice never goes on to
confirm itself. The chosen claim records the reason ("frontline", Claim.resolved_by).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import TYPE_CHECKING, Protocol

from bot.core.places.frontline import Frontline
from bot.models import Mention, Post

if TYPE_CHECKING:
    from bot.storage import Store

logger = logging.getLogger(__name__)

FRONT_DAYS = 30  # claims made this many days before a batch's newest post mark where the fighting is
REFRESH_SECONDS = 300.0  # for the same window, read the ledger again at most this often (new claims come in)


class RankingFinder(Protocol):
    """A resolver that prefers namesakes on a given front line (bot.core.places.Gazetteer)."""

    def find_places(self, text: str, frontline: Frontline | None = None, when: date | None = None) -> list[Mention]: ...


@dataclass(frozen=True, slots=True)
class AtFront:
    """A PlaceFinder for one batch: the resolver with the ledger's front line of that batch's weeks."""

    places: RankingFinder
    frontline: Frontline | None

    def find_places(self, text: str) -> list[Mention]:
        return self.places.find_places(text, self.frontline)

    def find_places_on(self, text: str, day: date) -> list[Mention]:
        """For a post of that day: the ledger's front line and the register's of that day."""
        return self.places.find_places(text, self.frontline, day)


class LedgerFront:
    """The front line the ledger shows for a batch of posts, read once per window and REFRESH_SECONDS."""

    def __init__(
        self,
        places: RankingFinder,
        days: int = FRONT_DAYS,
        refresh_seconds: float = REFRESH_SECONDS,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.places = places
        self.days = days
        self.refresh_seconds = refresh_seconds
        self.clock = clock
        self._window: tuple[datetime, datetime] | None = None
        self._read_at = 0.0
        self._finder = AtFront(places, None)

    async def finder(self, store: Store, posts: Sequence[Post]) -> AtFront:
        """The resolver for these posts; undated posts are read against the newest window seen (or none)."""
        window = self.window(posts)
        if window is None:
            return self._finder
        if window != self._window or self.clock() - self._read_at >= self.refresh_seconds:
            codes = await store.settlements_claimed_between(*window)
            self._window, self._read_at = window, self.clock()
            self._finder = AtFront(self.places, Frontline.of(codes=codes))
            logger.debug("front line %s..%s: %d settlements claimed about", *window, len(codes))
        return self._finder

    def window(self, posts: Sequence[Post]) -> tuple[datetime, datetime] | None:
        """[end - days, end], end the batch's newest post date rounded up to the day (so a day's batches share it)."""
        dates = [p.date for p in posts if p.date is not None]
        if not dates:
            return None
        newest = max(d if d.tzinfo else d.replace(tzinfo=UTC) for d in dates).astimezone(UTC)
        try:
            end = datetime(newest.year, newest.month, newest.day, tzinfo=UTC) + timedelta(days=1)
            return end - timedelta(days=self.days + 1), end
        except OverflowError:  # a date at the calendar's edge: no window, the bundled register alone
            return None
