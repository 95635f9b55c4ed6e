"""The store's cached status of busy places (bot.storage.posts): kept until a claim about the place changes, over real
SQLite files; idle polls write nothing; /history pages and `status --json` served from it."""

from __future__ import annotations

import json
import random
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from bot.chat.answers import callback_reply, history_of, parse_callback
from bot.chat.state import BotData
from bot.config import parse_config
from bot.core.claims.status import current_status, newest_first, status_of_history, with_new_claims
from bot.core.present.codec import status_head_json, status_json, status_json_chunks
from bot.models import Claim, Kind, LedgerClaim, Post, Settlement, Side
from bot.storage import open_store
from bot.storage.posts import HOT_CLAIMS

T0 = datetime(2024, 3, 1, tzinfo=UTC)
A = Settlement("UA14000000000000001", "C", "Первомісце", "Pershomistse", "Донецька", "Бахмутський", "Бахмутська")
B = Settlement("UA14000000000000002", "C", "Другомісце", "Druhomistse", "Донецька", "Бахмутський", "Бахмутська")
KINDS = (Kind.CAPTURED, Kind.REPELLED, Kind.FIGHTING, Kind.WITHDREW, Kind.DENIED, Kind.ADVANCED)


def post(n: int, channel: str = "chan", text: str = "") -> Post:
    return Post("web", channel, str(n), text or f"допис {n}", T0 + timedelta(minutes=n), side=Side.UA)


def claim(place: Settlement, kind: Kind = Kind.FIGHTING, actor: Side | None = None, quote: str = "") -> Claim:
    return Claim(place.code, place.name, kind, actor, Side.UA, quote=quote)


async def fill(store: Any, place: Settlement, start: int, count: int = HOT_CLAIMS) -> None:
    """`count` posts, one fighting claim each about `place` (a busy place from HOT_CLAIMS on)."""
    await store.add_posts([(post(start + i), [claim(place)], "uk") for i in range(count)])


async def fresh(store: Any, place: Settlement) -> Any:
    """The status recomputed from every claim as SQLite holds them now."""
    return current_status(place, await store._read_claims(place.code), T0)


async def test_a_claim_about_one_place_changes_its_status_and_leaves_the_others_cached(tmp_path: Path) -> None:
    async with await open_store(tmp_path / "l.sqlite3") as store:
        await fill(store, A, 0)
        await fill(store, B, 1000)
        a, b = await store.status_for(A), await store.status_for(B)
        assert a.reported.value == "contested" and len(a.history) == HOT_CLAIMS
        assert await store.status_for(A) is a  # kept
        await store.add_post(post(5000), [claim(A, Kind.CAPTURED, Side.UA, quote="taken")])
        a2 = await store.status_for(A)
        assert a2 is not a and len(a2.history) == HOT_CLAIMS + 1
        assert a2.reported.value == "ua" and a2.history[0].claim.quote == "taken"
        assert a2 == await fresh(store, A)  # merged in: the same as recomputed from scratch
        assert store._hot[B.code].status is b and await store.status_for(B) is b  # B's entry untouched


async def test_an_edit_or_a_deletion_reads_the_place_again(tmp_path: Path) -> None:
    async with await open_store(tmp_path / "l.sqlite3") as store:
        await fill(store, A, 0)
        await store.add_post(post(900, text="спершу"), [claim(A, Kind.CAPTURED, Side.RU, quote="first")])
        before = await store.status_for(A)
        assert before.reported.value == "ru"
        # the post is edited: it now says ua repelled the attack (a new claim; the old one is gone)
        await store.add_post(post(900, text="потім"), [claim(A, Kind.REPELLED, Side.UA, quote="edited")])
        edited = await store.status_for(A)
        assert "first" not in {lc.claim.quote for lc in edited.history}
        assert edited.history[0].claim.quote == "edited" and edited == await fresh(store, A)
        await store.mark_deleted("web", "chan", ["900"])  # retracted at the source
        gone = await store.status_for(A)
        assert len(gone.history) == HOT_CLAIMS and gone.reported.value == "contested"
        assert gone == await fresh(store, A)


async def test_another_process_writing_a_claim_is_seen(tmp_path: Path) -> None:
    path = tmp_path / "l.sqlite3"
    async with await open_store(path) as bot, await open_store(path) as watcher:
        await fill(watcher, A, 0)
        first = await bot.status_for(A)
        await watcher.add_post(post(5000), [claim(A, Kind.CAPTURED, Side.RU)])
        second = await bot.status_for(A)
        assert second.reported.value == "ru" and len(second.history) == len(first.history) + 1


async def test_an_idle_poll_writes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "l.sqlite3"
    async with await open_store(path) as store:
        await store.add_posts([(post(1), [claim(A)], "uk")], cursor=("web:chan", "1"))
        reader = sqlite3.connect(path)
        try:
            [(version,)] = reader.execute("PRAGMA data_version").fetchall()
            changes = store.db.total_changes
            await store.add_posts([(post(1), [claim(A)], "uk")], cursor=("web:chan", "1"))  # seen, same cursor
            await store.add_posts([], cursor=("web:chan", "1"))
            assert store.db.total_changes == changes
            assert reader.execute("PRAGMA data_version").fetchall() == [(version,)]
            await store.add_posts([], cursor=("web:chan", "2"))  # the cursor moved: written
            assert reader.execute("PRAGMA data_version").fetchall() != [(version,)]
            assert reader.execute("SELECT value FROM cursors WHERE key = 'web:chan'").fetchall() == [("2",)]
        finally:
            reader.close()


def test_merging_new_claims_gives_the_status_computed_from_scratch() -> None:
    rng = random.Random(7)
    for _ in range(30):
        claims = [
            LedgerClaim(
                i,
                Claim(
                    A.code,
                    A.name,
                    k := rng.choice(KINDS),
                    None if k is Kind.FIGHTING else rng.choice((Side.UA, Side.RU)),
                    rng.choice((Side.UA, Side.RU, Side.OTHER)),
                    when=rng.choice((None, None, "2024-02-10", "2024-03")),
                ),
                T0 + timedelta(hours=rng.randrange(200)),
                None,
                "chan",
                i // 2,
            )
            for i in range(1, 60)
        ]
        cut = rng.randrange(1, len(claims))
        old, new = claims[:cut], claims[cut:]
        merged = with_new_claims(newest_first(old), new)
        assert merged == newest_first(claims)
        assert status_of_history(A, merged) == current_status(A, claims, T0)


async def test_history_pages_of_a_busy_place_follow_new_claims(store: Any, tiny_gazetteer: Any) -> None:
    deps = BotData(config=parse_config({}, env={}), gazetteer=tiny_gazetteer, store=store)
    code = "UA14020010120064151"
    klish = tiny_gazetteer.get(code)
    fights = [Claim(code, "Кліщіївка", Kind.FIGHTING, None, Side.UA, quote=f"бій {i}") for i in range(320)]
    await store.add_posts([(post(i), [c], "uk") for i, c in enumerate(fights)])
    first = await history_of(deps, klish, 0, "en")
    assert "бій 319" in first.text and "(page 1 of" in first.text
    [[older]] = first.buttons
    second = await callback_reply(deps, 1, parse_callback(older.data), "en", T0)  # type: ignore[arg-type]
    assert second is not None and "(page 2 of" in second.text and "бій 319" not in second.text
    await store.add_post(post(400), [Claim(code, "Кліщіївка", Kind.CAPTURED, Side.RU, Side.UA, quote="взято")])
    again = await history_of(deps, klish, 0, "en")
    assert "взято" in again.text and "бій 319" in again.text


def test_status_json_streamed_is_byte_for_byte_the_whole_answer() -> None:
    claims = [
        LedgerClaim(i, claim(A, quote=f'рядок {i}\nз «лапками» "і" </b>'), T0 + timedelta(hours=i), "u", "c", i)
        for i in range(5)
    ]
    for status in (current_status(A, claims, T0), current_status(A, [], T0)):
        head = {**status_head_json(status), "corrected": {"query": "x", "name": "y"}}
        whole = {**status_json(status), "corrected": {"query": "x", "name": "y"}}
        streamed = "".join(status_json_chunks(status, head))
        assert streamed == json.dumps(whole, ensure_ascii=False, indent=2)
        assert json.loads(streamed)["history"] == whole["history"]


async def test_what_a_rolled_back_transaction_wrote_is_never_kept(tmp_path: Path) -> None:
    async with await open_store(tmp_path / "l.sqlite3") as store:
        await fill(store, A, 0)
        before = await store.status_for(A)
        try:
            async with store._transaction("store a post that fails"):
                await store._store_posts([(post(5000), [claim(A, Kind.CAPTURED, Side.RU)], "uk")])
                inside = await store.status_for(A)  # this connection sees its own uncommitted claim
                assert inside.reported.value == "ru"
                raise RuntimeError("the batch fails after its claims were written")
        except RuntimeError:
            pass
        after = await store.status_for(A)
        assert after.reported.value == "contested" and after == before
