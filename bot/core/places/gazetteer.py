"""The Gazetteer: every settlement of Ukraine, found in uk/ru/en text and in what people type (pure after load).

It composes the catalog (catalog.py: names and areas indexed), the resolver (resolve.py: which words name places),
the ranker (rank.py: which namesake is meant) and the lookup (lookup.py: typed queries). `bot.core.places.loader`
reads the bundled files once; every method here is pure: no I/O, no clock.

Matching: every name (Ukrainian, Russian, Latin, former) is split into words, each word into a (stem, endings)
paradigm (`bot.core.normalize.paradigms`), and a token matches when it is a stem plus one of its endings. Tokens are
compared after `bot.core.normalize.loose` folding (case, apostrophes, uk/ru letter drift). Capitalised tokens that match
nothing exactly are tried against a consonant-skeleton index (transliteration drift, typos) with lower scores.
Names that are also ordinary words (Світле, Перемога, Мир, Victory) need a toponym context.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import date

from bot.core.geo import distance_km
from bot.core.places.catalog import Catalog, build_catalog
from bot.core.places.frontline import Frontline, FrontPeriods
from bot.core.places.lookup import Lookup
from bot.core.places.model import Area, derived_areas
from bot.core.places.rank import Ranker
from bot.core.places.resolve import Resolver
from bot.core.places.tokens import tokenize
from bot.models import Candidate, Mention, Settlement


class Gazetteer:
    """All settlements, their names in uk/ru/en, the oblasts and raions; the resolver over them."""

    def __init__(
        self,
        settlements: Sequence[Settlement],
        aliases: Mapping[str, Iterable[tuple[str, str]]] | None = None,
        areas: Iterable[tuple[Area, Iterable[str]]] = (),
        populations: Mapping[str, int] | None = None,
        wordlike: Iterable[str] = (),
        frontline: Frontline | None = None,
    ) -> None:
        """settlements; aliases: code -> (kind letter, name) pairs; areas: (Area, its names); wordlike: word forms
        (any case) that are ordinary words and need a toponym context; frontline: where the fighting is (the bundled
        register's areas), the namesakes preferred there."""
        self._attach(build_catalog(settlements, aliases or {}, areas, populations or {}, wordlike, frontline))

    def _attach(self, catalog: Catalog) -> None:
        self._catalog = catalog
        self.settlements: Sequence[Settlement] = catalog.settlements
        self._names = catalog.names  # scripts/bench_places.py and build_wordlike.py read its .text
        self._resolver = Resolver(catalog)
        self._ranker = Ranker(catalog)
        self._lookup = Lookup(catalog, self._resolver)
        self._front_periods: FrontPeriods | None = None
        # where the register's periods come from (loader.read_front_periods), read on first use: a one-shot command
        # never needs them
        self.front_periods_source: Callable[[], FrontPeriods | None] | None = None

    # --- construction helpers ---

    @classmethod
    def from_catalog(cls, catalog: Catalog) -> Gazetteer:
        """The gazetteer over a catalog already built (places.snapshot.restore: the start-up cache)."""
        gazetteer = cls.__new__(cls)
        gazetteer._attach(catalog)
        return gazetteer

    @property
    def catalog(self) -> Catalog:
        """What the resolver reads (places.snapshot.dump stores it)."""
        return self._catalog

    @classmethod
    def from_settlements(
        cls,
        settlements: Iterable[Settlement],
        aliases: Mapping[str, Iterable[str]] | None = None,
        wordlike: Iterable[str] = (),
    ) -> Gazetteer:
        """A small gazetteer for tests: areas are derived from the settlements' codes and names ("Донецька
        область", "Бахмутський район", ...); aliases: code -> extra names (Russian, Latin, former)."""
        items = list(settlements)
        areas = derived_areas(items)
        tagged = {code: [("r", n) for n in names] for code, names in (aliases or {}).items()}
        return cls(items, tagged, areas, wordlike=wordlike)

    # --- plain access ---

    def get(self, code: str) -> Settlement | None:
        i = self._catalog.index.get(code)
        return None if i is None else self.settlements[i]

    def __len__(self) -> int:
        return len(self.settlements)

    @property
    def all_areas(self) -> tuple[Area, ...]:
        return tuple(self._catalog.areas)

    def population(self, code: str) -> int:
        i = self._catalog.index.get(code)
        return 0 if i is None else self._catalog.population[i]

    def near(self, code: str, km: float) -> list[Settlement]:
        """Settlements within km of the given one (itself excluded), nearest first; [] without coordinates."""
        origin = self.get(code)
        if origin is None or origin.lat is None or origin.lon is None:
            return []
        found = []
        for s in self.settlements:
            if s.code != code and s.lat is not None and s.lon is not None:
                d = distance_km(origin.lat, origin.lon, s.lat, s.lon)
                if d <= km:
                    found.append((d, s.code, s))
        return [s for _, _, s in sorted(found)]

    # --- what a text names, what a person means ---

    def find_places(self, text: str, frontline: Frontline | None = None, when: date | None = None) -> list[Mention]:
        """Every settlement named in the text: span, surface text, ranked candidates (never raises on any str).
        frontline: where the fighting is beyond the bundled register (the ledger's recently claimed settlements);
        namesakes there are preferred. None: the bundled register alone. when: the post's day, whose front line
        (the register's areas at war then, FrontPeriods) is preferred too."""
        tokens = tokenize(text)
        if not tokens:
            return []
        hits, areas = self._resolver.resolve(tokens, text)
        if when is not None and (periods := self.front_periods) is not None:
            dated = periods.at(when)
            frontline = dated if frontline is None else frontline | dated
        return self._ranker.rank(tokens, text, hits, areas, frontline)

    @property
    def front_periods(self) -> FrontPeriods | None:
        """The register's areas with their periods (None: not bundled), read once on first use."""
        if self._front_periods is None and self.front_periods_source is not None:
            self._front_periods, self.front_periods_source = self.front_periods_source(), None
        return self._front_periods

    def at_war(self, code: str) -> bool:
        """Has the settlement been in the register's areas of hostilities or occupation at any time since the
        invasion (the bundled front line when the periods are not bundled)?"""
        periods = self.front_periods
        if periods is not None:
            return code in periods.ever()
        i = self._catalog.index.get(code)
        return i is not None and self._catalog.front[i]

    def find_places_on(self, text: str, day: date) -> list[Mention]:
        """find_places for a post of that day: its front line preferred as well (claims.extract asks for it)."""
        return self.find_places(text, None, day)

    def lookup(self, query: str, limit: int = 10) -> list[Candidate]:
        """Settlements a person means by a typed query: any case form, prefix or misspelling; a KATOTTG code.
        Exact names first, then bigger places; an oblast or raion in the query narrows the answer."""
        return self._lookup.settlements(query, limit)

    def areas(self, query: str) -> list[Area]:
        """The oblasts and raions a person names in the query ("Донеччина", "Bakhmut raion"), in text order."""
        return self._lookup.areas(query)
