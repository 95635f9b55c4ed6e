"""Hostile input for everything at the rim: t.me/s pages, feeds, exports, configs and posts, built by hypothesis
from the pieces a probe found breaking things (lone surrogates as JSON escapes and character references, dates with
no UTC, deep nesting, nan/inf, huge numbers). Each property says: a clear error of our own, or a result, never a
traceback. tests/test_rim_props.py runs them briefly; scripts/fuzz_rim.py runs 200,000 inputs."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path
from typing import Any

from hypothesis import strategies as st

from bot.config import parse_config
from bot.errors import ConfigError, SourceError
from bot.models import Post
from bot.sources.export import ExportProblem, chat_posts, chats_of, load_export
from bot.sources.feeds import parse_feed
from bot.sources.rim import clean_post, clean_text
from bot.sources.webpreview import read_page

ODD_DATES = [
    "0001-01-01T00:00:00+14:00",
    "9999-12-31T23:59:59-14:00",
    "2024-02-30T10:00:00Z",
    "вчера",
    "",
    "2024-05-05T07:45:00Z",
    "1e308",
    "2024-05-05T07:45:00.123456789+00:00",
]
SURROGATES = ["\ud800", "\udfff", "\ud83d", "\ude00", "\ud83d\ude00"]
REFS = ["&#xD800;", "&#55296;", "&#xDFFF;", "&#x110000;", "&#0;", "&#xFFFD;", "&amp;", "&bogus;", "&#x1F600;"]

texts = st.text(st.characters(codec=None, categories=None), max_size=60) | st.sampled_from(
    ["Підрозділи 47 ОМБр звільнили Роботине.", "Кліщіївку звільнено " * 3, ""]
)
hostile_text = st.lists(texts | st.sampled_from(SURROGATES) | st.sampled_from(REFS), max_size=8).map("".join)


# --- posts through the rim ---------------------------------------------------------------------------------------

posts = st.builds(
    Post,
    source=st.sampled_from(["web", "feed", "export", "telegram"]),
    channel=hostile_text,
    external_id=hostile_text,
    text=hostile_text | st.integers(0, 5000).map(lambda n: "Бої тривають. " * n),
    url=st.none() | hostile_text,
    speaker=st.none() | hostile_text,
)


def check_clean_post(post: Post, limit: int) -> None:
    clean, notes = clean_post(post, limit)
    for value in (clean.text, clean.channel, clean.external_id, clean.url or "", clean.speaker or ""):
        value.encode("utf-8")  # SQLite, JSON writers and stdout take it
    whole = len(clean_text(post.text)[0])
    assert len(clean.text) <= limit
    assert clean.full_length == (whole if whole > limit else None)
    assert bool(notes) == (clean != post)


# --- t.me/s pages ------------------------------------------------------------------------------------------------


@st.composite
def pages(draw: Any) -> str:
    messages = []
    for _ in range(draw(st.integers(0, 5))):
        post = draw(st.sampled_from(["chan/1", "chan/2", "chan/", "chan/x", "", "chan/99999999999999999999"]))
        date = draw(st.sampled_from(ODD_DATES))
        text = draw(hostile_text).replace("\x00", "")
        extra = draw(st.sampled_from(["", " service_message", " tgme_widget_message_reply"]))
        messages.append(
            f'<div class="tgme_widget_message{extra}" data-post="{post}"><div class="tgme_widget_message_text">'
            f'{text}</div><a class="tgme_widget_message_date"><time datetime="{date}"></time></a></div>'
        )
    more = draw(st.sampled_from(["", '<a class="tme_messages_more" data-before="5"></a>', '<a data-before="x">']))
    return f'<section class="tgme_channel_history">{more}{"".join(messages)}</section>'


def check_page(html: str) -> None:
    try:
        page = read_page(html, "chan")
    except SourceError:
        return
    for post in page.posts:
        assert post.date is None or post.date.tzinfo is not None


# --- feeds -------------------------------------------------------------------------------------------------------


@st.composite
def feeds(draw: Any) -> bytes:
    items = []
    for i in range(draw(st.integers(0, 4))):
        title, body = draw(hostile_text), draw(hostile_text)
        date = draw(st.sampled_from(["Mon, 01 Jan 0001 00:00:00 +1400", "Wed, 01 May 2024 09:00:00 GMT", "soon", ""]))
        items.append(
            f"<item><guid>{i}</guid><title>{title}</title><description>{body}</description>"
            f"<pubDate>{date}</pubDate></item>"
        )
    doc = f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>t</title>{"".join(items)}'
    doc += draw(st.sampled_from(["</channel></rss>", "", "</channel>"]))
    return doc.encode("utf-8", "surrogatepass")


def check_feed(data: bytes) -> None:
    try:
        entries = parse_feed(data, "http://127.0.0.1/feed")
    except SourceError:
        return
    for post in entries:
        clean_post(post, 50_000)[0].text.encode("utf-8")


# --- exports -----------------------------------------------------------------------------------------------------

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | hostile_text,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.sampled_from(["id", "text", "type"]), inner),
    max_leaves=20,
)
messages = st.fixed_dictionaries(
    {},
    optional={
        "id": st.integers(-5, 10**20) | json_values,
        "type": st.sampled_from(["message", "service", "unsupported"]) | json_values,
        "date": st.sampled_from(ODD_DATES) | json_values,
        "date_unixtime": st.sampled_from(["1714557600", "-99999999999999", "1e30", "x"]) | json_values,
        "edited": st.sampled_from(ODD_DATES),
        "text": hostile_text | st.lists(hostile_text | st.fixed_dictionaries({"type": texts, "text": json_values})),
    },
)
chats = st.fixed_dictionaries(
    {"messages": st.lists(messages | json_values, max_size=6)},
    optional={
        "name": hostile_text | json_values,
        "type": st.sampled_from(["public_channel", "saved_messages"]),
        "id": st.integers() | json_values,
    },
)
exports = chats | st.fixed_dictionaries({"chats": st.fixed_dictionaries({"list": st.lists(chats | json_values)})})


def check_export(data: Any, through_file: bool) -> None:
    try:
        if through_file:
            with tempfile.TemporaryDirectory() as tmp:
                path = Path(tmp) / "result.json"
                raw = json.dumps(data, ensure_ascii=True, allow_nan=True)  # lone surrogates as \\ud800 escapes
                path.write_text(raw, encoding="utf-8")
                found = [item for chat in load_export(path) for item in chat_posts(chat)]
        else:
            found = [item for chat in chats_of(data) for item in chat_posts(chat)]
    except SourceError:
        return
    for item in found:
        assert isinstance(item, (Post, ExportProblem))
        if isinstance(item, Post):
            clean_post(item, 50_000)[0].text.encode("utf-8")


# --- configs -----------------------------------------------------------------------------------------------------

numbers = st.floats(allow_nan=True, allow_infinity=True) | st.integers(-(2**63), 2**63 - 1)
config_values = numbers | hostile_text | st.booleans() | st.lists(numbers | hostile_text, max_size=3)
TABLES = {
    "web": ["poll_seconds", "active_poll_seconds", "backfill_pages", "timeout_seconds", "base_url"],
    "alerts": ["dedupe_minutes", "send_interval_seconds"],
    "limits": ["max_post_chars"],
    "telegram": ["api_id", "api_hash", "reconcile_seconds", "session"],
    "bot": ["token", "base_url", "admins"],
    "storage": ["path"],
    "logging": ["level"],
}
configs = st.fixed_dictionaries(
    {},
    optional={
        **{t: st.dictionaries(st.sampled_from(keys), config_values, max_size=3) for t, keys in TABLES.items()},
        "channels": st.lists(
            st.dictionaries(st.sampled_from(["name", "side", "via", "id", "title", "speaker"]), config_values)
        ),
        "feeds": st.lists(st.dictionaries(st.sampled_from(["url", "side", "poll_seconds"]), config_values)),
    },
)


_SHORT_SECRET = 3


def check_config(data: dict[str, Any]) -> None:
    try:
        config = parse_config(data, env={})
    except ConfigError as exc:
        message = str(exc)
        assert ":" in message  # names the key (or the file)
        for key in ("bot.token", "telegram.api_hash", "telegram.api_id"):
            table, _, name = key.partition(".")
            secret = data.get(table, {}).get(name)
            # an error about a secret never shows it (a secret of a character or three, such as ")", is a piece
            # of any message: it says nothing about what is shown)
            if message.startswith(key) and secret is not None and len(str(secret)) > _SHORT_SECRET:
                assert str(secret) not in message.removeprefix(key)
        return
    assert config.web.poll_seconds >= 1 and config.web.backfill_pages >= 0
    assert 1 <= config.web.active_poll_seconds <= config.web.poll_seconds
