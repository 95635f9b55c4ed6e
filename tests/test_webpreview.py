"""t.me/s web preview: pure parsing of stored pages, and the poller against a local server serving them."""

from __future__ import annotations

import logging
import random
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
import pytest

from bot.config import ChannelConfig, WebConfig
from bot.errors import SourceError
from bot.models import Side
from bot.sources.webpreview import WebPreviewSource, parse_page, read_page
from bot.watcher.ingest import Ingest
from tests.fakesite import DATA, FakeSite, numbered_posts, post_date, tiny_gazetteer

PAGES = DATA / "webpreview"
GS = ChannelConfig("GeneralStaffZSU", Side.UA, "General Staff", "web")


def page(name: str) -> str:
    return (PAGES / name).read_text(encoding="utf-8")


# --- parsing -----------------------------------------------------------------------------------------------


def test_parse_stored_page() -> None:
    posts = parse_page(page("general_staff.html"), GS)
    assert [p.external_id for p in posts] == ["15001", "15003", "15004", "15006"]  # service post 15002 skipped
    first = posts[0]
    assert first.source == "web" and first.channel == "GeneralStaffZSU"
    assert first.side is Side.UA and first.speaker == "General Staff"
    assert first.url == "https://t.me/GeneralStaffZSU/15001"
    assert first.date == datetime(2024, 5, 1, 5, 30, 12, tzinfo=UTC)
    assert first.text.startswith("⚡️Оперативна інформація станом на 08.00 01.05.2024")
    assert "\n\nНа Покровському напрямку" in first.text  # <br/><br/>
    assert "населених пунктів Очеретине та Новоселівка Перша." in first.text  # a link keeps its text
    assert first.text.endswith("#Ukraine & #ЗСУ")  # entities unescaped
    assert posts[1].text == "Уточнення: поблизу Архангельського тривають бої."  # not the quoted post it replies to
    assert posts[2].text == ""  # a photo without caption
    assert posts[3].text == "Підрозділи 47 ОМБр звільнили Роботине.\nСлава Україні!"


def test_page_paging_and_ids() -> None:
    parsed = read_page(page("general_staff.html"), "GeneralStaffZSU")
    assert parsed.ids == [15001, 15002, 15003, 15004, 15006]
    assert parsed.before == 15001
    assert all(p.side is None for p in parsed.posts)  # a bare channel name: no side


def test_damaged_page_is_read_defensively() -> None:
    parsed = read_page(page("damaged.html"), ChannelConfig("mod_russia", Side.RU, "Russian MoD"))
    assert parsed.ids == [41207, 41208]  # the post without a number is skipped
    assert parsed.before is None  # data-before="abc"
    bad_time, unclosed = parsed.posts
    assert bad_time.date is None
    assert bad_time.text.startswith("Подразделения группировки войск «Центр» освободили населенный пункт Очеретино\n")
    assert unclosed.date == datetime(2024, 5, 5, 7, 45, tzinfo=UTC)
    assert unclosed.text.startswith("Незакрытый тег жирный курсив")


@pytest.mark.parametrize("name", ["not_a_preview.html", "gateway_error.html"])
def test_not_a_preview_page_is_an_error(name: str) -> None:
    with pytest.raises(SourceError, match=r"not a t\.me/s page"):
        parse_page(page(name), GS)


def test_empty_channel_history_is_fine() -> None:
    html = '<html><body><section class="tgme_channel_history js-message_history"></section></body></html>'
    assert read_page(html, GS).posts == []


# --- the poller against a local server ----------------------------------------------------------------------


@pytest.fixture
async def sink(store: Any) -> AsyncIterator[Ingest]:
    yield Ingest(store, tiny_gazetteer())


def source(
    site: FakeSite, client: httpx.AsyncClient, name: str = "chan", pages: int = 5, timeout: float = 5.0
) -> WebPreviewSource:
    web = WebConfig(base_url=site.base_url, poll_seconds=1.0, backfill_pages=pages, timeout_seconds=timeout)
    return WebPreviewSource(ChannelConfig(name, Side.UA, "General Staff"), web, client, rng=random.Random(1))


async def run_steps(src: WebPreviewSource, sink: Ingest, limit: int = 50) -> None:
    """Step until the source would sleep a whole poll interval (backfill and gap reading done)."""
    for _ in range(limit):
        if await src.step(sink) > 0.5:
            return
    raise AssertionError("the source never settled")


async def stored_ids(store: Any, channel: str = "chan") -> list[int]:
    rows = await store.db.execute_fetchall(
        "SELECT external_id FROM posts WHERE channel = ? ORDER BY CAST(external_id AS INTEGER)", (channel,)
    )
    return [int(r[0]) for r in rows]


async def test_first_run_backfills_to_the_configured_depth(
    site: FakeSite, client: httpx.AsyncClient, sink: Ingest
) -> None:
    site.add_channel("chan", numbered_posts(1, 75))
    await run_steps(source(site, client, pages=2), sink)
    assert await stored_ids(sink.store) == list(range(16, 76))  # newest page (56-75) + 2 older pages of 20
    befores = [q.get("before") for p, q, _ in site.requests if p == "/s/chan"]
    assert befores == [None, "56", "36"]
    assert await sink.store.get_cursor("web:chan") == '{"last": 75, "backfill": null}'  # type: ignore[union-attr]


async def test_backfill_stops_at_the_oldest_post(site: FakeSite, client: httpx.AsyncClient, sink: Ingest) -> None:
    site.add_channel("chan", numbered_posts(1, 30))
    await run_steps(source(site, client, pages=10), sink)
    assert await stored_ids(sink.store) == list(range(1, 31))
    assert site.hits("/s/chan") == 2  # the newest page, then one older page (1-10, without a "more" link)


async def test_polls_new_posts_and_closes_gaps_longer_than_a_page(
    site: FakeSite, client: httpx.AsyncClient, sink: Ingest
) -> None:
    site.add_channel("chan", numbered_posts(1, 20))
    src = source(site, client, pages=0)
    await run_steps(src, sink)
    assert await stored_ids(sink.store) == list(range(1, 21))
    site.channels["chan"].update(dict(numbered_posts(21, 23)))
    await run_steps(src, sink)
    assert await stored_ids(sink.store) == list(range(1, 24))
    site.channels["chan"].update(dict(numbered_posts(24, 80)))  # 57 new posts: more than two pages
    await run_steps(src, sink)
    assert await stored_ids(sink.store) == list(range(1, 81))
    assert {q.get("after") for p, q, _ in site.requests if "after" in q} == {"23", "43"}
    assert '"last": 80' in (await sink.store.get_cursor("web:chan") or "")  # type: ignore[union-attr]


async def test_notices_edits_by_changed_text(site: FakeSite, client: httpx.AsyncClient, sink: Ingest) -> None:
    site.add_channel("chan", numbered_posts(1, 5))
    src = source(site, client, pages=0)
    await run_steps(src, sink)
    before = await sink.store.claims_for(["UA23100270150025192"])  # type: ignore[union-attr]
    site.channels["chan"][3] = "Оновлено: ворог захопив Роботине."
    assert await src.step(sink) > 0.5
    post, deleted = await sink.store.get_post("web", "chan", "3")  # type: ignore[union-attr,misc]
    assert post.text == "Оновлено: ворог захопив Роботине." and not deleted
    assert await sink.store.post_history("web", "chan", "3") == [  # type: ignore[union-attr]
        "Зведення №3: Сили оборони відбили атаки поблизу Роботине."
    ]
    after = await sink.store.claims_for(["UA23100270150025192"])  # type: ignore[union-attr]
    assert [c.claim.kind.value for c in after] != [c.claim.kind.value for c in before]
    assert await src.step(sink) > 0.5  # nothing changed: nothing stored again
    assert await stored_ids(sink.store) == [1, 2, 3, 4, 5]


async def test_post_dates_come_from_the_page(site: FakeSite, client: httpx.AsyncClient, sink: Ingest) -> None:
    site.add_channel("chan", numbered_posts(7, 7))
    await run_steps(source(site, client), sink)
    post, _ = await sink.store.get_post("web", "chan", "7")  # type: ignore[union-attr,misc]
    assert post.date == post_date(7)
    assert post.url == "https://t.me/chan/7"


async def test_redirect_away_from_the_preview_is_a_clear_error(site: FakeSite, client: httpx.AsyncClient) -> None:
    site.add_file("/s/closed_channel", "", status=302, location=site.root + "/closed_channel")
    with pytest.raises(SourceError, match="no public web preview"):
        await source(site, client, name="closed_channel").fetch()


async def test_redirect_within_the_preview_is_followed(site: FakeSite, client: httpx.AsyncClient) -> None:
    site.add_channel("Chan", numbered_posts(1, 3))
    site.add_file("/s/chan", "", status=302, location=site.root + "/s/Chan")
    assert [p.external_id for p in (await source(site, client).fetch()).posts] == ["1", "2", "3"]


@pytest.mark.parametrize("status", [500, 502, 429])
async def test_http_errors_are_source_errors(site: FakeSite, client: httpx.AsyncClient, status: int) -> None:
    site.add_channel("chan", numbered_posts(1, 3))
    site.fail("/s/chan", status)
    with pytest.raises(SourceError, match=f"HTTP {status}"):
        await source(site, client).fetch()
    assert len((await source(site, client).fetch()).posts) == 3  # the next request works


async def test_timeout_is_a_source_error(site: FakeSite, client: httpx.AsyncClient) -> None:
    site.add_channel("chan", numbered_posts(1, 3))
    site.hang.add("/s/chan")
    with pytest.raises(SourceError, match="timed out"):
        await source(site, client, timeout=0.2).fetch()


async def test_broken_page_fails_the_step_and_keeps_the_cursor(
    site: FakeSite, client: httpx.AsyncClient, sink: Ingest
) -> None:
    site.add_channel("chan", numbered_posts(1, 3))
    src = source(site, client)
    await run_steps(src, sink)
    cursor = await sink.store.get_cursor("web:chan")  # type: ignore[union-attr]
    site.add_file("/s/chan", page("gateway_error.html"))
    with pytest.raises(SourceError):
        await src.step(sink)
    assert await sink.store.get_cursor("web:chan") == cursor  # type: ignore[union-attr]


def test_poll_interval_has_jitter() -> None:
    web = WebConfig(base_url="http://127.0.0.1:9/s/", poll_seconds=100.0)
    src = WebPreviewSource(GS, web, httpx.AsyncClient(), rng=random.Random(7))
    delays = [src._poll_delay() for _ in range(200)]
    assert all(80.0 <= d <= 120.0 for d in delays)
    assert max(delays) - min(delays) > 20.0  # spread, not a constant


async def test_polling_is_fast_after_new_posts_and_slows_back_while_idle(
    site: FakeSite, client: httpx.AsyncClient, sink: Ingest
) -> None:
    """The wait each step returns (no sleeping: the watcher sleeps it): poll_seconds at first (the first read is
    history), active_poll_seconds after a poll that found new posts, doubling while the channel stays idle, back
    to poll_seconds; an edit counts as activity too."""
    site.add_channel("chan", numbered_posts(1, 3))
    web = WebConfig(base_url=site.base_url, poll_seconds=100.0, backfill_pages=0, active_poll_seconds=10.0)
    src = WebPreviewSource(ChannelConfig("chan", Side.UA, "General Staff"), web, client, rng=random.Random(5))

    async def intervals(steps: int) -> list[float]:
        seen = []
        for _ in range(steps):
            wait = await src.step(sink)
            assert 0.8 * src.interval <= wait <= 1.2 * src.interval  # the interval, jittered
            seen.append(src.interval)
        return seen

    assert await intervals(2) == [100.0, 100.0]  # the first read, then a poll with nothing new
    site.channels["chan"].update(dict(numbered_posts(4, 5)))
    assert await intervals(6) == [10.0, 20.0, 40.0, 80.0, 100.0, 100.0]
    site.channels["chan"][5] = "Оновлено: ворог захопив Роботине."
    assert await intervals(2) == [10.0, 20.0]
    assert await stored_ids(sink.store) == [1, 2, 3, 4, 5]


def test_stored_pages_exist() -> None:
    assert {p.name for p in Path(PAGES).glob("*.html")} >= {"general_staff.html", "damaged.html"}


async def test_a_message_with_an_impossible_date_costs_only_its_date(
    site: FakeSite, client: httpx.AsyncClient, sink: Ingest, caplog: pytest.LogCaptureFixture
) -> None:
    """0001-01-01T00:00:00+14:00 has no UTC (OverflowError): the page is stored, that post without a date."""
    from tests.fakesite import PAGE, message_html

    body = "\n".join(message_html("odd", i, f"Зведення {i}: бої за Роботине.") for i in (1, 2, 3))
    body = body.replace(f'datetime="{post_date(2).isoformat()}"', 'datetime="0001-01-01T00:00:00+14:00"')
    site.add_file("/s/odd", PAGE.format(name="odd", more="", body=body))
    with caplog.at_level(logging.WARNING):
        await source(site, client, "odd", pages=0).step(sink)
        await source(site, client, "odd", pages=0).step(sink)  # the next poll too
    assert await stored_ids(sink.store, "odd") == [1, 2, 3]
    odd, _ = await sink.store.get_post("web", "odd", "2")  # type: ignore[union-attr,misc]
    assert odd.date is None and odd.text == "Зведення 2: бої за Роботине."
    assert "web preview odd/2: bad post time '0001-01-01T00:00:00+14:00'" in caplog.text


async def test_a_restart_rereads_the_backfill_pages_for_edits_made_while_down(
    site: FakeSite, client: httpx.AsyncClient, sink: Ingest
) -> None:
    """Post 5 is edited while the watcher is down, by then three pages from the newest: the restarted source reads
    back as far as the backfill reaches and stores the edit; a post beyond that reach stays as it was."""
    site.add_channel("chan", numbered_posts(1, 100))
    await run_steps(source(site, client, pages=4), sink)
    assert await stored_ids(sink.store) == list(range(1, 101))
    site.channels["chan"][45] = "Оновлено: ворог захопив Роботине."  # on the third page from the newest
    site.channels["chan"][2] = "Оновлено: далеко позаду."  # beyond the 1 + 4 pages of the backfill
    site.channels["chan"].update(dict(numbered_posts(101, 103)))
    restarted = source(site, client, pages=4)  # a new process: a new source object, the cursor from the ledger
    seen = len(site.requests)
    await run_steps(restarted, sink)
    post, _ = await sink.store.get_post("web", "chan", "45")  # type: ignore[union-attr,misc]
    assert post.text == "Оновлено: ворог захопив Роботине."
    far, _ = await sink.store.get_post("web", "chan", "2")  # type: ignore[union-attr,misc]
    assert far.text.startswith("Зведення №2")
    assert await stored_ids(sink.store) == list(range(1, 104))
    befores = [q["before"] for p, q, _ in site.requests[seen:] if "before" in q]
    assert befores == ["84", "64", "44", "24"]  # one pass over the reach, then plain polling
    requests = len(site.requests)
    await run_steps(restarted, sink)
    assert len(site.requests) == requests + 1  # the next poll is the newest page only
