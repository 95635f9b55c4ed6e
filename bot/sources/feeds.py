"""RSS/Atom feeds: httpx fetch with conditional GET, pure `parse_feed(data, feed) -> list[Post]` over feedparser.

feedparser only parses bytes here (it never fetches). ETag / Last-Modified are kept as the source's cursor
(`feed:<url>` = JSON {"etag", "modified"}) and committed with the entries they cover; a 304 costs nothing.
Entries have no order to follow, so every fetch hands all entries to the store: unchanged ones are no-ops,
changed text is an edit.
"""

from __future__ import annotations

import calendar
import hashlib
import json
import logging
import random
import re
from datetime import UTC, datetime
from typing import Any

import feedparser
import httpx

from bot.config import FeedConfig
from bot.errors import SourceError
from bot.models import Post
from bot.sources import Sink, html_to_text, jittered, until_stopped

logger = logging.getLogger(__name__)

SOURCE = "feed"
# a character reference to a surrogate (&#xD800; .. &#xDFFF;, decimal 55296 .. 57343), which feedparser cannot decode
SURROGATE_REF = re.compile(
    rb"&#(?:[xX]0*[dD][89a-fA-F][0-9a-fA-F]{2}|0*(?:5529[6-9]|55[3-9][0-9]{2}|56[0-9]{3}|57[0-2][0-9]{2}|573[0-3][0-9]"
    rb"|5734[0-3]));"
)


def parse_feed(data: bytes | str, feed: FeedConfig | str) -> list[Post]:
    """The entries of an RSS/Atom document as posts (pure); SourceError if it is not a feed at all."""
    url, side, speaker = (feed.url, feed.side, feed.speaker) if isinstance(feed, FeedConfig) else (feed, None, None)
    raw = data.encode("utf-8", "replace") if isinstance(data, str) else data
    raw, surrogates = SURROGATE_REF.subn(b"&#xFFFD;", raw)
    if surrogates:
        logger.warning("feed %s: %d character reference(s) to a lone surrogate replaced by U+FFFD", url, surrogates)
    try:
        parsed: Any = feedparser.parse(raw)
    except Exception as exc:  # feedparser is lenient, but any failure of it is this document's fault
        raise SourceError(f"feed {url}: cannot parse it ({type(exc).__name__}: {exc})") from exc
    if not parsed.get("version") and not parsed.entries:
        reason = parsed.get("bozo_exception")
        raise SourceError(f"feed {url}: not an RSS/Atom feed" + (f" ({reason})" if reason else ""))
    if parsed.get("bozo"):
        logger.warning("feed %s: malformed, read what could be read (%s)", url, parsed.get("bozo_exception"))
    posts = []
    for entry in parsed.entries:
        post = _post(entry, url, side, speaker)
        if post is not None:
            posts.append(post)
    return posts


def _post(entry: Any, url: str, side: Any, speaker: str | None) -> Post | None:
    title = html_to_text(entry.get("title") or "")
    summary = _summary(entry)
    # many feeds repeat the title as the summary's first line
    text = summary if title and summary.startswith(title) else "\n\n".join(p for p in (title, summary) if p)
    link = entry.get("link") or None
    external_id = entry.get("id") or link
    if not external_id:
        if not text:
            return None
        external_id = "sha1:" + hashlib.sha1(text.encode("utf-8")).hexdigest()  # nothing else identifies it
    # dict.get: FeedParserDict.get maps a missing updated_parsed to published_parsed (with a warning)
    updated = _date(dict.get(entry, "updated_parsed"))
    published = _date(dict.get(entry, "published_parsed")) or updated
    return Post(
        source=SOURCE,
        channel=url,
        external_id=str(external_id),
        text=text,
        date=published,
        edit_date=updated if updated is not None and published is not None and updated > published else None,
        side=side,
        speaker=speaker,
        url=link,
    )


def _summary(entry: Any) -> str:
    contents = entry.get("content") or []
    for content in contents:
        value = content.get("value") if isinstance(content, dict) else None
        if value:
            return html_to_text(value)
    return html_to_text(entry.get("summary") or entry.get("description") or "")


def _date(value: Any) -> datetime | None:
    if not value:
        return None
    try:
        return datetime.fromtimestamp(calendar.timegm(value), tz=UTC)
    except (TypeError, ValueError, OverflowError):
        return None


class FeedSource:
    """Polls one feed every `poll_seconds` (+-20%) with If-None-Match / If-Modified-Since."""

    def __init__(
        self,
        feed: FeedConfig,
        client: httpx.AsyncClient,
        timeout: float = 20.0,
        stop: Any = None,
        rng: random.Random | None = None,
    ) -> None:
        self.feed = feed
        self.client = client
        self.timeout = timeout
        self.stop = stop
        self.rng = rng or random.Random()
        self.key = f"feed:{feed.url}"
        self.name = f"feed:{feed.url}"

    async def fetch(self, validators: dict[str, str]) -> tuple[bytes | None, dict[str, str]]:
        """GET the feed; (None, validators) when unchanged (304), else (body, new validators)."""
        headers = {}
        if validators.get("etag"):
            headers["If-None-Match"] = validators["etag"]
        if validators.get("modified"):
            headers["If-Modified-Since"] = validators["modified"]
        try:
            response = await until_stopped(
                self.stop,
                self.client.get(self.feed.url, headers=headers, timeout=self.timeout, follow_redirects=True),
            )
        except httpx.TimeoutException as exc:
            raise SourceError(f"feed {self.feed.url}: timed out") from exc
        except httpx.HTTPError as exc:
            raise SourceError(f"feed {self.feed.url}: cannot fetch: {exc}") from exc
        if response.status_code == 304:
            return None, validators
        if response.status_code != 200:
            raise SourceError(f"feed {self.feed.url}: HTTP {response.status_code}")
        fresh = {
            k: v
            for k, v in (("etag", response.headers.get("etag")), ("modified", response.headers.get("last-modified")))
            if v
        }
        return response.content, fresh

    async def step(self, sink: Sink) -> float:
        raw = await sink.get_cursor(self.key)
        validators = _load(raw)
        body, fresh = await self.fetch(validators)
        if body is None:
            logger.debug("feed %s: not modified", self.feed.url)
        else:
            posts = parse_feed(body, self.feed)
            count = await sink.put(posts, cursor=(self.key, json.dumps(fresh, sort_keys=True)))
            logger.debug("feed %s: %d entries, %d new or changed", self.feed.url, len(posts), count)
        return jittered(self.feed.poll_seconds, self.rng)


def _load(raw: str | None) -> dict[str, str]:
    if not raw:
        return {}
    try:
        data = json.loads(raw)
    except ValueError:
        return {}
    return {k: str(v) for k, v in data.items() if k in ("etag", "modified") and v} if isinstance(data, dict) else {}
