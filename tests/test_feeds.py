"""RSS/Atom feeds: pure parsing of stored feeds, conditional GET and failures against a local server."""

from __future__ import annotations

import json
import random
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from typing import Any

import httpx
import pytest

from bot.config import FeedConfig
from bot.errors import SourceError
from bot.models import Side
from bot.sources.feeds import FeedSource, parse_feed
from bot.watcher.ingest import Ingest
from tests.fakesite import DATA, FakeSite, tiny_gazetteer

FEEDS = DATA / "feeds"
MIL = FeedConfig("https://www.mil.gov.ua/rss", Side.UA, "Ministry of Defence of Ukraine")


def feed(name: str) -> bytes:
    return (FEEDS / name).read_bytes()


def test_rss_entries() -> None:
    posts = parse_feed(feed("mil_gov_ua.xml"), MIL)
    assert len(posts) == 3
    first = posts[0]
    assert first.source == "feed" and first.channel == MIL.url
    assert first.external_id == "mil-news-88412"  # guid wins over the link
    assert first.url == "https://www.mil.gov.ua/news/2024/05/01/sili-oboroni-vidbili-ataki/"
    assert first.date == datetime(2024, 5, 1, 8, 40, tzinfo=UTC)  # +0300 -> UTC
    assert first.side is Side.UA and first.speaker == "Ministry of Defence of Ukraine"
    assert first.text == (
        "Сили оборони відбили атаки поблизу Роботиного\n\n"
        "Упродовж доби на Оріхівському напрямку ворог тричі атакував поблизу Роботиного.\nУсі атаки відбито."
    )  # HTML stripped, paragraphs kept as lines
    assert posts[1].external_id == posts[1].url  # no guid: the link
    assert posts[1].text.endswith("на фронті & у тилу.")
    assert posts[2].external_id.startswith("sha1:") and posts[2].url is None  # neither: a hash of the text


def test_atom_entries() -> None:
    posts = parse_feed(feed("isw_atom.xml"), "https://www.understandingwar.org/feeds/ukraine.atom")
    assessment, note = posts
    assert assessment.date == datetime(2024, 5, 1, 23, 30, tzinfo=UTC)
    assert assessment.edit_date == datetime(2024, 5, 2, 1, 5, tzinfo=UTC)
    assert "advanced near Ocheretyne.\nGeolocated footage" in assessment.text
    assert assessment.side is None
    assert note.date == datetime(2024, 4, 30, 20, tzinfo=UTC)  # only <updated>
    assert note.text == "Ukrainian forces repelled assaults near Chasiv Yar.\nFighting continued near Krasnohorivka."


def test_truncated_feed_gives_what_it_has() -> None:
    posts = parse_feed(feed("truncated.xml"), "https://example.org/rss")
    assert [p.external_id for p in posts] == ["https://example.org/news/1"]


def test_not_a_feed() -> None:
    with pytest.raises(SourceError, match="not an RSS/Atom feed"):
        parse_feed(feed("not_a_feed.html"), "https://example.org/rss")


@pytest.fixture
async def sink(store: Any) -> AsyncIterator[Ingest]:
    yield Ingest(store, tiny_gazetteer())


def source(site: FakeSite, client: httpx.AsyncClient, path: str = "/feeds/mil.xml", timeout: float = 5.0) -> FeedSource:
    return FeedSource(
        FeedConfig(site.root + path, Side.UA, "MoD", poll_seconds=60.0), client, timeout=timeout, rng=random.Random(3)
    )


async def test_conditional_get_with_etag(site: FakeSite, client: httpx.AsyncClient, sink: Ingest) -> None:
    site.add_file("/feeds/mil.xml", feed("mil_gov_ua.xml"), etag='"v1"', content_type="application/rss+xml")
    src = source(site, client)
    delay = await src.step(sink)
    assert 48.0 <= delay <= 72.0
    assert json.loads(await sink.store.get_cursor(src.key) or "{}") == {"etag": '"v1"'}  # type: ignore[union-attr]
    assert (await sink.store.counts())["posts"] == 3  # type: ignore[union-attr]
    claims = await sink.store.claims_for(["UA23100270150025192"])  # type: ignore[union-attr]
    assert [c.claim.kind.value for c in claims] == ["repelled"]
    await src.step(sink)
    headers = [h for p, _, h in site.requests if p == "/feeds/mil.xml"]
    assert "if-none-match" not in headers[0] and headers[1]["if-none-match"] == '"v1"'
    assert (await sink.store.counts())["posts"] == 3  # type: ignore[union-attr]


async def test_conditional_get_with_last_modified(site: FakeSite, client: httpx.AsyncClient, sink: Ingest) -> None:
    stamp = "Wed, 01 May 2024 09:00:00 GMT"
    site.add_file("/feeds/isw.atom", feed("isw_atom.xml"), last_modified=stamp, content_type="application/atom+xml")
    src = source(site, client, "/feeds/isw.atom")
    await src.step(sink)
    await src.step(sink)
    headers = [h for p, _, h in site.requests if p == "/feeds/isw.atom"]
    assert headers[1]["if-modified-since"] == stamp
    assert (await sink.store.counts())["posts"] == 2  # type: ignore[union-attr]


async def test_changed_feed_is_fetched_and_edits_are_kept(
    site: FakeSite, client: httpx.AsyncClient, sink: Ingest
) -> None:
    site.add_file("/feeds/mil.xml", feed("mil_gov_ua.xml"), etag='"v1"')
    src = source(site, client)
    await src.step(sink)
    changed = feed("mil_gov_ua.xml").replace("Усі атаки відбито.".encode(), "Бої тривають.".encode())
    site.add_file("/feeds/mil.xml", changed, etag='"v2"')
    await src.step(sink)
    post, _ = await sink.store.get_post("feed", src.feed.url, "mil-news-88412")  # type: ignore[union-attr,misc]
    assert post.text.endswith("Бої тривають.")
    assert json.loads(await sink.store.get_cursor(src.key) or "{}") == {"etag": '"v2"'}  # type: ignore[union-attr]
    assert (await sink.store.counts())["posts"] == 3  # type: ignore[union-attr]


async def test_http_500_and_not_found(site: FakeSite, client: httpx.AsyncClient, sink: Ingest) -> None:
    site.add_file("/feeds/mil.xml", feed("mil_gov_ua.xml"))
    site.fail("/feeds/mil.xml", 500)
    with pytest.raises(SourceError, match="HTTP 500"):
        await source(site, client).step(sink)
    with pytest.raises(SourceError, match="HTTP 404"):
        await source(site, client, "/feeds/missing.xml").step(sink)
    assert await sink.store.get_cursor(source(site, client).key) is None  # type: ignore[union-attr]


async def test_timeout(site: FakeSite, client: httpx.AsyncClient, sink: Ingest) -> None:
    site.add_file("/feeds/mil.xml", feed("mil_gov_ua.xml"))
    site.hang.add("/feeds/mil.xml")
    with pytest.raises(SourceError, match="timed out"):
        await source(site, client, timeout=0.2).step(sink)


async def test_html_instead_of_a_feed(site: FakeSite, client: httpx.AsyncClient, sink: Ingest) -> None:
    site.add_file("/feeds/mil.xml", feed("not_a_feed.html"), etag='"maint"')
    with pytest.raises(SourceError, match="not an RSS/Atom feed"):
        await source(site, client).step(sink)
    assert await sink.store.get_cursor(source(site, client).key) is None  # type: ignore[union-attr]
