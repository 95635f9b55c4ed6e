"""The rim every post passes: lone surrogates (JSON escapes, `&#xD800;` in feeds) and over-long posts, from each
source into a real ledger, and through `claimwatch extract`."""

from __future__ import annotations

import json
import logging
import subprocess
import sys
from pathlib import Path
from typing import Any

import httpx
import pytest

from bot.config import FeedConfig
from bot.models import Post, Side
from bot.sources.feeds import FeedSource
from bot.sources.rim import clean_post, clean_text, cut_text
from bot.watcher.imports import import_export
from bot.watcher.ingest import Ingest, handle_posts
from tests.fakesite import FakeSite, tiny_gazetteer

ROOT = Path(__file__).resolve().parent.parent
CAPTURE = "Підрозділи 47 ОМБр звільнили Роботине."


def test_clean_text_replaces_lone_surrogates_and_joins_pairs() -> None:
    assert clean_text("a\ud800b") == ("a\ufffdb", 1)
    assert clean_text("\ud83d\ude00 ok") == ("😀 ok", 2)  # a pair left split by a decoder is one character again
    assert clean_text("чисто") == ("чисто", 0)
    assert cut_text("слово " * 100, 50) == ("слово " * 8).rstrip()
    assert cut_text("x" * 100, 50) == "x" * 50


def test_clean_post_cuts_long_text_and_keeps_its_length() -> None:
    post = Post("web", "chan\udc00", "1\ud800", CAPTURE + " і далі" * 10_000, url="https://t.me/x/\ud800")
    clean, notes = clean_post(post, 2000)
    assert len(clean.text) <= 2000 and clean.text.startswith(CAPTURE)
    assert clean.full_length == len(post.text)
    assert (clean.channel, clean.external_id, clean.url) == ("chan\ufffd", "1\ufffd", "https://t.me/x/\ufffd")
    assert notes == [
        "3 lone surrogate(s) replaced by U+FFFD",
        f"text cut from {len(post.text)} to {len(clean.text)} characters ([limits] max_post_chars)",
    ]
    assert clean_post(Post("web", "c", "1", CAPTURE), 2000) == (Post("web", "c", "1", CAPTURE), [])


async def test_surrogates_and_a_long_post_are_stored_and_named(store: Any, caplog: pytest.LogCaptureFixture) -> None:
    posts = [
        Post("web", "chan", "1", "\ud800 " + CAPTURE, side=Side.UA),
        Post("web", "chan", "2", CAPTURE + " Бої тривають." * 400_000, side=Side.UA),  # 5.6 MB
    ]
    with caplog.at_level(logging.WARNING):
        assert await handle_posts(posts, store, tiny_gazetteer(), max_chars=10_000) == 2
    first, _ = await store.get_post("web", "chan", "1")
    long, _ = await store.get_post("web", "chan", "2")
    assert first.text == "\ufffd " + CAPTURE and first.full_length is None
    assert len(long.text) <= 10_000 and long.full_length == len(posts[1].text)
    assert "post chan/1: 1 lone surrogate(s) replaced" in caplog.text
    assert f"post chan/2: text cut from {len(posts[1].text)} to" in caplog.text
    assert len(await store.claims_for(["UA23100270150025192"])) == 2
    assert await handle_posts(posts, store, tiny_gazetteer(), max_chars=10_000) == 0  # the same again: unchanged


async def test_export_with_surrogate_escapes_imports_every_message(store: Any, tmp_path: Path) -> None:
    messages = [
        {"id": i, "type": "message", "date_unixtime": str(1714557600 + i), "text": text}
        for i, text in enumerate(["\\ud800 тест", CAPTURE, "кінець \\udfff"], start=1)
    ]
    path = tmp_path / "result.json"
    raw = json.dumps({"name": "Chan", "type": "public_channel", "id": 5, "messages": messages}, ensure_ascii=False)
    path.write_text(raw.replace("\\\\u", "\\u"), encoding="utf-8")  # real JSON escapes of lone surrogates
    report = await import_export(path, store, tiny_gazetteer(), channel="chan")
    assert (report.new, report.unchanged) == (3, 0)
    assert [(await store.get_post("export", "chan", str(i)))[0].text for i in (1, 3)] == [
        "\ufffd тест",
        "кінець \ufffd",
    ]


RSS = """<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>t</title>
<item><guid>a</guid><title>Зведення &#xD800; ранок</title><description>{0}</description></item>
<item><guid>b</guid><title>Вечір</title><description>Бої тривають.</description></item>
</channel></rss>"""


async def test_feed_with_a_surrogate_entity_stores_every_entry(
    site: FakeSite, client: httpx.AsyncClient, store: Any
) -> None:
    site.add_file("/feeds/f.xml", RSS.format(CAPTURE), content_type="application/rss+xml")
    source = FeedSource(FeedConfig(site.root + "/feeds/f.xml", Side.UA, "MoD"), client)
    await source.step(Ingest(store, tiny_gazetteer()))
    assert (await store.counts())["posts"] == 2
    assert len(await store.claims_for(["UA23100270150025192"])) == 1
    await source.step(Ingest(store, tiny_gazetteer()))  # every poll: no failure, nothing new
    assert (await store.counts())["posts"] == 2


def test_extract_cli_goes_on_past_a_surrogate() -> None:
    lines = [
        json.dumps({"id": 1, "text": "\ud800 " + CAPTURE, "side": "ua"}),  # ensure_ascii: a JSON escape
        json.dumps({"id": "\udfff", "text": "x"}),
        json.dumps({"id": 3, "text": CAPTURE, "side": "ua"}),
    ]
    run = subprocess.run(
        [sys.executable, "-m", "bot", "extract"],
        input="\n".join(lines) + "\n",
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )
    assert run.returncode == 0, run.stderr
    out = [json.loads(line) for line in run.stdout.splitlines()]
    assert [o["id"] for o in out] == [1, "\ufffd", 3]
    assert out[0]["claims"][0]["quote"].startswith("\ufffd") and out[2]["claims"][0]["kind"] == "captured"
    assert "post 1: 1 lone surrogate(s) replaced by U+FFFD" in run.stderr
