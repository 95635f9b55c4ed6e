"""The ledger's front line: of several namesakes, the one the ledger's claims of the weeks before speak of is chosen,
with the reason stored; never one from outside those weeks, never one only an earlier such choice points to."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from bot.core.places import Gazetteer
from bot.models import Claim, Kind, LedgerClaim, Post, Side
from bot.watcher.frontline import LedgerFront
from bot.watcher.ingest import handle_posts
from tests.gazetteer_fixture import tiny_gazetteer

TEXT = "Противник атакував біля Андріївки."  # two Andriivkas in the tiny gazetteer, nothing else to tell them apart


def day(d: str) -> datetime:
    return datetime.fromisoformat(d).replace(tzinfo=UTC)


def namesakes(gazetteer: Gazetteer) -> list[str]:
    mention = gazetteer.find_places(TEXT)[0]
    assert mention.candidates[0].score == mention.candidates[1].score  # tied without the ledger: left open
    return [c.settlement.code for c in mention.candidates]


async def seed(store: Any, code: str, date: str, resolved_by: str | None = None) -> None:
    """A claim the ledger already holds about `code`, from a post of `date`."""
    claim = Claim(code, "Андріївка", Kind.CAPTURED, Side.RU, Side.RU, resolved_by=resolved_by)
    await store.add_posts([(Post("web", "seed", date, f"seed {date}", date=day(date)), [claim], "uk")])


async def read(store: Any, gazetteer: Gazetteer, date: str) -> list[LedgerClaim]:
    """The claims stored from a new post of `date` saying TEXT."""
    await handle_posts([Post("web", "chan", date, TEXT, date=day(date), side=Side.UA)], store, gazetteer)
    return [lc async for lc in store.iter_claims() if lc.source == "chan"]


@pytest.mark.parametrize("which", [0, 1])
async def test_the_namesake_the_ledger_spoke_of_these_weeks_is_chosen_and_why(store: Any, which: int) -> None:
    gazetteer = tiny_gazetteer()
    code = namesakes(gazetteer)[which]
    await seed(store, code, "2026-11-20")
    [stored] = await read(store, gazetteer, "2026-12-01")
    assert (stored.claim.settlement, stored.claim.resolved_by) == (code, "frontline")


async def test_claims_outside_the_weeks_before_the_post_do_not_count(store: Any) -> None:
    gazetteer = tiny_gazetteer()
    code = namesakes(gazetteer)[1]
    await seed(store, code, "2026-10-01")  # two months before
    await seed(store, code, "2026-12-20")  # after the post: an import of history never looks ahead
    [stored] = await read(store, gazetteer, "2026-12-01")
    assert stored.claim.settlement is None and set(stored.claim.candidates) == set(namesakes(gazetteer))


async def test_a_choice_made_by_the_front_line_never_confirms_itself(store: Any) -> None:
    gazetteer = tiny_gazetteer()
    await seed(store, namesakes(gazetteer)[1], "2026-11-20", resolved_by="frontline")
    [stored] = await read(store, gazetteer, "2026-12-01")
    assert stored.claim.settlement is None


async def test_the_reason_a_namesake_was_chosen_is_kept_in_the_ledger(store: Any) -> None:
    code = namesakes(tiny_gazetteer())[0]
    await seed(store, code, "2026-11-20", resolved_by="area")
    [stored] = await store.claims_for([code])
    assert stored.claim.resolved_by == "area"


def test_the_window_ends_with_the_batch_s_newest_day() -> None:
    front = LedgerFront(tiny_gazetteer(), days=30)
    posts = [Post("web", "c", str(i), "", date=day(d)) for i, d in enumerate(["2023-01-05", "2023-01-20T23:59"])]
    assert front.window(posts) == (day("2022-12-21"), day("2023-01-21"))
    assert front.window([Post("web", "c", "1", "")]) is None  # undated: the bundled register alone
    assert front.window([Post("web", "c", "1", "", date=datetime.min.replace(tzinfo=UTC))]) is None
