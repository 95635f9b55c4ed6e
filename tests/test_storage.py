"""The SQLite ledger on real files: migrations, idempotent ingestion, edits, deletes, cursors, subscriptions, outbox."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.core.alerts import PlannedAlert, QueuedAlert
from bot.errors import StorageError
from bot.models import Claim, Kind, LedgerClaim, Post, Side, Subscription
from bot.storage import MIGRATIONS, Store, open_store

KLISH = "UA14020010060070555"
ROBOTYNE = "UA23060070020035463"
T0 = datetime(2024, 5, 1, 12, 0, tzinfo=UTC)


def post(
    eid: str,
    text: str = "Кліщіївка звільнена",
    channel: str = "GeneralStaffZSU",
    source: str = "telegram",
    date: datetime = T0,
) -> Post:
    return Post(
        source, channel, eid, text, date, side=Side.UA, speaker="General Staff", url=f"https://t.me/{channel}/{eid}"
    )


def claim(
    code: str = KLISH,
    kind: Kind = Kind.CAPTURED,
    actor: Side | None = Side.UA,
    claimant: Side = Side.UA,
    quote: str = "звільнена",
) -> Claim:
    return Claim(
        code,
        "Кліщіївка",
        kind,
        actor,
        claimant,
        speaker="General Staff",
        quote=quote,
        span=(0, 9),
        confidence=0.9,
        when="2024-05-01",
        candidates=(code,),
    )


async def test_migrates_from_empty_and_reopens(tmp_path: Path) -> None:
    path = tmp_path / "deep" / "folder" / "ledger.sqlite3"
    store = await open_store(path)
    await store.add_post(post("1"), [claim()], "uk")
    await store.close()
    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    async with await open_store(path) as again:
        [lc] = await again.claims_for([KLISH])
        assert lc.claim == claim()
        assert lc.date == T0 and lc.url == "https://t.me/GeneralStaffZSU/1" and lc.source == "GeneralStaffZSU"


async def test_newer_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "ledger.sqlite3"
    with sqlite3.connect(path) as db:
        db.execute(f"PRAGMA user_version = {len(MIGRATIONS) + 1}")
    with pytest.raises(StorageError, match="newer than this claimwatch"):
        await open_store(path)


async def test_not_a_database_is_a_storage_error(tmp_path: Path) -> None:
    path = tmp_path / "ledger.sqlite3"
    path.write_bytes(b"this is not sqlite at all" * 100)
    with pytest.raises(StorageError):
        await open_store(path)


async def test_same_post_twice_is_stored_once(store: Store) -> None:
    assert await store.add_post(post("1"), [claim()], "uk") is True
    assert await store.add_post(post("1"), [claim()], "uk") is False
    # the same message read through the web preview or an export, channel in another case: still the same post
    assert await store.add_post(post("1", source="web", channel="generalstaffzsu"), [claim()]) is False
    assert await store.add_post(post("1", source="export"), [claim()]) is False
    assert len(await store.claims_for([KLISH])) == 1
    assert (await store.counts())["posts"] == 1


async def test_batch_with_cursor_and_duplicates_inside(store: Store) -> None:
    batch = [(post(str(i)), [claim()], "uk") for i in range(5)] + [(post("2"), [claim()], "uk")]
    result = await store.add_posts(batch, cursor=("telegram:GeneralStaffZSU", "4"))
    assert result == [True] * 5 + [False]
    assert await store.get_cursor("telegram:GeneralStaffZSU") == "4"
    assert await store.add_posts(batch[:2], cursor=("telegram:GeneralStaffZSU", "4")) == [False, False]
    assert len(await store.claims_for([KLISH])) == 5


async def test_failed_batch_stores_nothing_not_even_its_cursor(store: Store) -> None:
    bad = Claim(KLISH, "x", Kind.CAPTURED, Side.UA, Side.UA, span=(0, 1), quote=object())  # type: ignore[arg-type]
    with pytest.raises(StorageError):
        await store.add_posts([(post("1"), [claim()], "uk"), (post("2"), [bad], "uk")], cursor=("k", "2"))
    assert await store.get_cursor("k") is None
    assert await store.counts() == {"posts": 0, "claims": 0, "subscribers": 0, "subscriptions": 0}


async def test_edit_keeps_history_and_replaces_claims(store: Store) -> None:
    await store.add_post(post("7", "Кліщіївка звільнена"), [claim(), claim(ROBOTYNE, Kind.FIGHTING, None)], "uk")
    [kept_before] = [lc for lc in await store.claims_for([KLISH])]
    edited = Post(
        "telegram",
        "GeneralStaffZSU",
        "7",
        "Кліщіївка звільнена повністю",
        T0,
        edit_date=T0 + timedelta(hours=1),
        side=Side.UA,
        url="https://t.me/GeneralStaffZSU/7",
    )
    assert await store.add_post(edited, [claim(quote="звільнена повністю")], "uk") is True
    assert await store.post_history("telegram", "GeneralStaffZSU", "7") == ["Кліщіївка звільнена"]
    [kept] = await store.claims_for([KLISH])
    assert kept.id == kept_before.id and kept.claim.quote == "звільнена повністю"
    assert await store.claims_for([ROBOTYNE]) == []  # the edit dropped that claim
    stored = await store.get_post("telegram", "GeneralStaffZSU", "7")
    assert stored is not None and stored[0].text == "Кліщіївка звільнена повністю"
    assert stored[0].edit_date == T0 + timedelta(hours=1)
    assert await store.add_post(edited, [claim(quote="звільнена повністю")], "uk") is False


async def test_deleted_post_is_marked_not_erased(store: Store) -> None:
    await store.add_post(post("1"), [claim()], "uk")
    await store.add_post(post("2", date=T0 + timedelta(days=1)), [claim(kind=Kind.FIGHTING, actor=None)], "uk")
    assert await store.mark_deleted("telegram", "GeneralStaffZSU", ["2", "99"]) == 1
    assert [lc.claim.kind for lc in await store.claims_for([KLISH])] == [Kind.CAPTURED]
    stored = await store.get_post("telegram", "GeneralStaffZSU", "2")
    assert stored is not None and stored[1] is True
    assert await store.add_post(post("2", date=T0 + timedelta(days=1)), [], "uk") is False  # not resurrected
    assert await store.known_ids("web", "generalstaffzsu", ["1", "2", "3"]) == {"1", "2"}


async def test_claims_newest_first_and_recent(store: Store) -> None:
    for i in range(4):
        await store.add_post(post(str(i), f"text {i}", date=T0 + timedelta(days=i)), [claim(quote=f"q{i}")], "uk")
    await store.add_post(post("9", "Роботине", date=T0 - timedelta(days=1)), [claim(ROBOTYNE)], "uk")
    assert [lc.claim.quote for lc in await store.claims_for([KLISH])] == ["q3", "q2", "q1", "q0"]
    assert len(await store.claims_for([KLISH, ROBOTYNE])) == 5
    assert [lc.claim.quote for lc in await store.recent_claims(2)] == ["q3", "q2"]
    assert (await store.last_post_per_source())[0] == ("GeneralStaffZSU", T0 + timedelta(days=3))


async def test_cursors_and_languages(store: Store) -> None:
    assert await store.get_cursor("web:x") is None
    await store.set_cursor("web:x", "100")
    await store.set_cursor("web:x", "120")
    assert await store.get_cursor("web:x") == "120"
    assert await store.get_language(5) is None
    await store.set_language(5, "ru")
    await store.set_language(5, "en")
    assert await store.get_language(5) == "en"
    until = T0 + timedelta(hours=3)
    await store.set_muted_until(5, until)
    await store.set_digest(5, True)
    user = await store.get_user(5)
    assert user.lang == "en" and user.muted_until == until and user.digest is True


async def test_subscriptions_crud(store: Store) -> None:
    a = await store.add_subscription(1, settlement=KLISH)
    again = await store.add_subscription(1, settlement=KLISH)
    assert again.id == a.id and a.kind == "settlement"
    r = await store.add_subscription(1, settlement=KLISH, radius_km=10)
    area = await store.add_subscription(1, area_kind="oblast", area_name="Донецька")
    assert (r.kind, area.kind) == ("radius", "area")
    await store.add_subscription(2, settlement=ROBOTYNE)
    assert [s.id for s in await store.subscriptions(1)] == [a.id, r.id, area.id]
    assert [s.chat_id for s in await store.subscriptions_for([ROBOTYNE])] == [2]
    assert await store.remove_subscription(2, a.id) is False  # not theirs
    assert await store.remove_subscription(1, a.id) is True
    await store.pause_user(1, datetime(2024, 1, 1, tzinfo=UTC))  # the user blocked the bot
    assert [s.paused for s in await store.subscriptions(1)] == [True, True]
    assert [s.chat_id for s in await store.subscriptions_for(None)] == [2]
    counts = await store.counts()
    assert counts["subscribers"] == 1 and counts["subscriptions"] == 1
    with pytest.raises(StorageError):
        await store.add_subscription(3)


def planner(
    post: Post, claims: Sequence[LedgerClaim], subs: Sequence[Subscription], previous: Sequence[Claim]
) -> list[PlannedAlert]:
    before = {(c.settlement, c.kind, c.actor) for c in previous}
    return [
        PlannedAlert(
            s.chat_id, lc.id, s.id, KLISH, f"{lc.claim.settlement}:{lc.claim.kind}:{lc.claim.actor}", lc.source, "{}"
        )
        for lc in claims
        if (lc.claim.settlement, lc.claim.kind, lc.claim.actor) not in before
        for s in subs
        if s.settlement == lc.claim.settlement
    ]


async def due_alerts(store: Store) -> list[QueuedAlert]:
    """What a sender would take now (under a lease, as bot.chat.sender does)."""
    now = datetime.now(UTC) + timedelta(seconds=1)
    return await store.claim_due_alerts(now, 100, now + timedelta(minutes=5))


async def test_outbox_rows_are_queued_with_the_claims_once(store: Store) -> None:
    await store.add_subscription(1, settlement=KLISH)
    store.set_planner(planner, timedelta(minutes=60))
    await store.add_post(post("1"), [claim()], "uk")
    await store.add_post(post("1"), [claim()], "uk")  # replay: nothing new
    await store.add_post(post("5", channel="other_channel"), [claim()], "uk")  # same claim elsewhere: "also"
    due = await due_alerts(store)
    assert [(d.chat_id, d.source) for d in due] == [(1, "GeneralStaffZSU")]
    await store.mark_sent(due[0].id, 555, datetime.now(UTC))
    also = await store.also_sources([due[0].id])
    assert [(r.id, r.chat_id, r.message_id) for r in await store.pending_edits()] == [(due[0].id, 1, 555)]
    assert [names for names, _ in also.values()] == [["other_channel"]]
    await store.mark_also_shown(due[0].id, also[due[0].id][1])
    assert await store.pending_edits() == []
    # an edit that keeps the claim alerts nobody; one that changes it does
    await store.add_post(post("1", "Кліщіївка звільнена!"), [claim(quote="!")], "uk")
    assert await store.outbox_counts() == {"sent": 1}
    await store.add_post(post("1", "бої за Кліщіївку"), [claim(kind=Kind.FIGHTING, actor=None)], "uk")
    [row] = await due_alerts(store)
    assert row.dedupe_key == f"{KLISH}:fighting:None"
    await store.park(row.id, "bad")
    await store.retry_later(row.id, datetime.now(UTC), "x")
    assert await store.outbox_counts() == {"sent": 1, "parked": 1}


async def test_the_store_stamps_times_from_its_clock(tmp_path: Path) -> None:
    """stored_at, an edit's replaced_at, a cursor's updated_at, a subscription's created_at and the alert dedupe
    window all come from the clock given to open_store, not from the system clock."""
    now = [T0]
    store = await open_store(tmp_path / "ledger.sqlite3", clock=lambda: now[0])
    try:
        sub = await store.add_subscription(1, settlement=KLISH)
        assert sub.created == T0
        store.set_planner(planner, timedelta(minutes=60))
        await store.add_post(post("1"), [claim()], "uk")
        now[0] = T0 + timedelta(minutes=30)
        await store.add_post(post("1", "Кліщіївка звільнена!"), [claim(quote="!")], "uk")
        await store.set_cursor("web:x", "7")
        await store.add_post(post("5", channel="other_channel"), [claim()], "uk")  # within the window: "also"
        now[0] = T0 + timedelta(minutes=90)
        await store.add_post(post("6", channel="third_channel"), [claim()], "uk")  # the window has passed
        rows = await store.db.execute_fetchall(
            "SELECT (SELECT stored_at FROM posts WHERE external_id = '1'), (SELECT edit_date FROM posts WHERE "
            "external_id = '1'), (SELECT replaced_at FROM post_history), (SELECT updated_at FROM cursors)"
        )
        stamps = [datetime.fromisoformat(value) for value in next(iter(rows))]
        assert stamps == [T0] + [T0 + timedelta(minutes=30)] * 3
        outbox = await store.outbox_rows(1)
        assert [(r["source"], datetime.fromisoformat(r["next_attempt_at"])) for r in outbox] == [
            ("GeneralStaffZSU", T0),
            ("third_channel", T0 + timedelta(minutes=90)),
        ]
        also = await store.also_sources([outbox[0]["id"]])
        assert [names for names, _ in also.values()] == [["other_channel"]]
    finally:
        await store.close()


def test_storage_reads_the_system_clock_only_as_its_default_clock() -> None:
    import ast

    import bot.storage

    reads = set()
    for path in sorted(Path(bot.storage.__file__).parent.glob("*.py")):
        for fn in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(fn, ast.FunctionDef | ast.AsyncFunctionDef):
                continue
            for node in ast.walk(fn):
                if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
                    owner = node.func.value
                    owner_name = owner.id if isinstance(owner, ast.Name) else getattr(owner, "attr", "")
                    if owner_name in ("datetime", "date", "time") and node.func.attr in (
                        "now",
                        "utcnow",
                        "today",
                        "time",
                        "monotonic",
                    ):
                        reads.add((path.name, fn.name))
    assert reads == {("connection.py", "utcnow")}


async def test_planner_failure_rolls_back_the_post(store: Store) -> None:
    def broken(*args: object) -> list[PlannedAlert]:
        raise RuntimeError("planner bug")

    await store.add_subscription(1, settlement=KLISH)
    with pytest.raises(RuntimeError):
        await store.add_post(post("1"), [claim()], "uk", plan=broken)
    assert await store.claims_for([KLISH]) == []
    assert await store.add_post(post("1"), [claim()], "uk") is True  # a retry stores it


async def test_hot_claims_cache_sees_every_change(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import bot.storage.posts

    monkeypatch.setattr(bot.storage.posts, "HOT_CLAIMS", 1)  # cache every settlement
    path = tmp_path / "shared.sqlite3"
    async with await open_store(path) as bot_side, await open_store(path) as watcher:
        await watcher.add_post(post("1"), [claim()], "uk")
        assert len(await bot_side.claims_for([KLISH])) == 1
        assert len(await bot_side.claims_for([KLISH])) == 1  # served from memory
        await watcher.add_post(post("2", date=T0 + timedelta(hours=1)), [claim(quote="q2")], "uk")  # another process
        assert [lc.claim.quote for lc in await bot_side.claims_for([KLISH])] == ["q2", "звільнена"]
        await bot_side.add_post(post("3", date=T0 + timedelta(hours=2)), [claim(quote="q3")], "uk")  # this one
        assert len(await bot_side.claims_for([KLISH])) == 3
        await bot_side.mark_deleted("telegram", "GeneralStaffZSU", ["3"])
        assert len(await bot_side.claims_for([KLISH])) == 2
        await watcher.mark_deleted("telegram", "GeneralStaffZSU", ["2"])
        assert [lc.claim.quote for lc in await bot_side.claims_for([KLISH])] == ["звільнена"]


async def test_a_concurrent_write_never_commits_half_a_batch(store: Store) -> None:
    """The bot's writes (languages, subscriptions) share the watcher's connection; one landing while a batch is
    open must not commit the first half of a batch that then fails."""
    import asyncio

    seen: list[str] = []

    def fails_late(post: Post, *args: object) -> list[PlannedAlert]:
        seen.append(post.external_id)
        if post.external_id == "39":
            raise RuntimeError("planner bug on the last post")
        return []

    async def bot_writes() -> None:
        for chat in range(40):
            await store.set_language(chat, "uk")
            await asyncio.sleep(0)

    batch = [(post(str(i)), [claim()], "uk") for i in range(40)]
    results = await asyncio.gather(store.add_posts(batch, plan=fails_late), bot_writes(), return_exceptions=True)
    assert isinstance(results[0], RuntimeError)
    assert results[1] is None
    assert len(seen) == 40
    assert (await store.counts())["posts"] == 0  # the failed batch left nothing behind
    assert await store.get_language(39) == "uk"


async def test_one_batch_with_the_same_claim_twice_queues_one_alert_and_an_also(store: Store) -> None:
    await store.add_post(post("1"), [claim()], "uk")
    [lc] = await store.claims_for([KLISH])
    key = f"{KLISH}:captured:ua"
    first = PlannedAlert(7, lc.id, 1, KLISH, key, "GeneralStaffZSU", "{}")
    second = PlannedAlert(7, lc.id + 1000, 1, KLISH, key, "osirskiy", "{}")
    other_chat = PlannedAlert(8, lc.id, 2, KLISH, key, "GeneralStaffZSU", "{}")
    assert await store.queue_alerts([first, second, other_chat]) == 2
    rows = await store.outbox_rows()
    assert sorted((r["chat_id"], r["source"]) for r in rows) == [(7, "GeneralStaffZSU"), (8, "GeneralStaffZSU")]
    also = await store.also_sources([r["id"] for r in rows if r["chat_id"] == 7])
    assert [names for names, _ in also.values()] == [["osirskiy"]]
    assert await store.queue_alerts([first]) == 0  # a replay within the window adds nothing
