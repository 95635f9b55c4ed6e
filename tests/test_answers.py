"""bot.chat.answers over a real SQLite ledger: the parts the e2e tests don't pin down."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from bot.chat.answers import parse_callback, status_reply
from bot.chat.state import BotData
from bot.config import parse_config
from bot.models import Claim, Kind, Post, Side


async def test_an_ambiguous_name_offers_the_places_with_claims_first(store: Any, tiny_gazetteer: Any) -> None:
    deps = BotData(config=parse_config({}, env={}), gazetteer=tiny_gazetteer, store=store)
    now = datetime(2024, 1, 1, tzinfo=UTC)
    before = await status_reply(deps, "Андріївка", "en", now)
    offered = [parse_callback(row[0].data).code for row in before.buttons]  # type: ignore[union-attr]
    assert len(offered) >= 2
    last = offered[-1]  # the resolver's least likely Андріївка

    post = Post("web", "mod_russia", "1", "…", date=now, side=Side.RU)
    claim = Claim(last, "Андріївка", Kind.CAPTURED, Side.RU, Side.RU)
    await store.add_post(post, [claim], "ru")
    after = await status_reply(deps, "Андріївка", "en", now)
    codes = [parse_callback(row[0].data).code for row in after.buttons]  # type: ignore[union-attr]
    assert codes[0] == last
    assert sorted(codes) == sorted(offered)


async def test_status_cli_lists_the_places_with_claims_first(store: Any, tiny_gazetteer: Any) -> None:
    from bot.chat.queries import status_for_query

    now = datetime(2024, 1, 1, tzinfo=UTC)
    before = await status_for_query(store, tiny_gazetteer, "Андріївка", now)
    last = before.settlements[-1].code
    await store.add_post(
        Post("web", "mod_russia", "1", "…", date=now, side=Side.RU),
        [Claim(last, "Андріївка", Kind.CAPTURED, Side.RU, Side.RU)],
        "ru",
    )
    after = await status_for_query(store, tiny_gazetteer, "Андріївка", now)
    assert after.kind == "ambiguous"
    assert after.settlements[0].code == last
    assert after.data["ambiguous"][0]["code"] == last


async def test_history_and_status_order_claims_alike_by_event_date(store: Any, tiny_gazetteer: Any) -> None:
    """A post of 20 May recalling a capture of 1 May is older news than a post of 10 May about 10 May."""
    from bot.chat.answers import history_of
    from bot.core.claims.status import current_status

    deps = BotData(config=parse_config({}, env={}), gazetteer=tiny_gazetteer, store=store)
    code = "UA14020010120064151"
    klish = tiny_gazetteer.get(code)
    recalled = Claim(code, "Кліщіївка", Kind.CAPTURED, Side.RU, Side.RU, quote="recalled", when="2024-05-01")
    fresh = Claim(code, "Кліщіївка", Kind.REPELLED, Side.UA, Side.UA, quote="fresh")
    await store.add_post(Post("web", "a", "1", "…", date=datetime(2024, 5, 20, tzinfo=UTC), side=Side.RU), [recalled])
    await store.add_post(Post("web", "b", "2", "…", date=datetime(2024, 5, 10, tzinfo=UTC), side=Side.UA), [fresh])
    status = current_status(klish, await store.claims_for([code]), datetime(2024, 6, 1, tzinfo=UTC))
    assert [lc.claim.quote for lc in status.history] == ["fresh", "recalled"]
    page = (await history_of(deps, klish, 0, "en")).text
    assert page.index("fresh") < page.index("recalled")
