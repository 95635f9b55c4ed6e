"""The public t.me/s/<channel> web preview: pure page parsing, and a poller that backfills then follows new posts.

The markup is undocumented and changes, so parsing is defensive: a post without an id is skipped (and logged), a
page that has neither posts nor a channel history is an error. Posts are keyed like Telethon's (channel username,
message id; the store folds the sources "web", "telegram" and "export" into one), so one post read both ways is
stored once. Edits show only as changed text: the newest page is re-read on every poll and the store treats changed
text as an edit; on each start, the pages the backfill reaches (`backfill_pages` older ones) are read once more, for
edits made while the watcher was down.

Polling adapts per channel: after a poll that finds new or edited posts the next comes after `[web]
active_poll_seconds`, and each poll that finds nothing multiplies the interval by IDLE_GROWTH, back up to
`poll_seconds` (the first read of a channel and the re-reads for edits on start are history, not activity).

Cursor `web:<channel>` = JSON {"last": newest id stored, "backfill": {"before": id, "left": pages} | null}.
"""

from __future__ import annotations

import json
import logging
import random
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlsplit

import httpx
from selectolax.lexbor import LexborHTMLParser, LexborNode

from bot.config import ChannelConfig, WebConfig
from bot.errors import SourceError
from bot.models import Post, Side
from bot.sources import Sink, html_to_text, jittered, until_stopped

logger = logging.getLogger(__name__)

SOURCE = "web"
PERMALINK = "https://t.me/{channel}/{id}"
MAX_REDIRECTS = 3
IDLE_GROWTH = 2.0  # each poll that finds nothing new multiplies the interval by this, up to [web] poll_seconds


@dataclass(frozen=True)
class Page:
    """One t.me/s page: its posts (oldest first), every message id seen, and where older posts start."""

    posts: list[Post]
    ids: list[int]
    before: int | None  # pass as ?before= to read the next older page; None when there is none


def _channel_parts(channel: ChannelConfig | str) -> tuple[str, Side | None, str | None]:
    if isinstance(channel, ChannelConfig):
        return channel.name, channel.side, channel.speaker
    return channel, None, None


def parse_page(html: str, channel: ChannelConfig | str) -> list[Post]:
    """The posts of a t.me/s page, oldest first (pure)."""
    return read_page(html, channel).posts


def read_page(html: str, channel: ChannelConfig | str) -> Page:
    """Parse a t.me/s page defensively; SourceError if it is not a channel preview page at all."""
    name, side, speaker = _channel_parts(channel)
    tree = LexborHTMLParser(html)
    nodes = tree.css("div.tgme_widget_message[data-post]")
    if not nodes and tree.css_first(".tgme_channel_history, .tgme_channel_info") is None:
        raise SourceError(f"web preview {name}: page has no posts and no channel history (not a t.me/s page?)")
    posts: list[Post] = []
    ids: list[int] = []
    for node in nodes:
        ident = _message_id(node)
        if ident is None:
            continue
        ids.append(ident)
        if "service_message" in (node.attributes.get("class") or "").split():
            continue
        try:
            posts.append(_post(node, ident, name, side, speaker))
        except Exception as exc:  # one odd message must not cost the page (and block the channel on every poll)
            logger.warning("web preview %s: skipping message %s: %s: %s", name, ident, type(exc).__name__, exc)
    return Page(posts=posts, ids=ids, before=_before(tree, ids))


def _message_id(node: LexborNode) -> int | None:
    data_post = node.attributes.get("data-post") or ""
    _, _, tail = data_post.rpartition("/")
    if not tail.isdigit():
        logger.warning("web preview: skipping a post with a bad data-post %r", data_post)
        return None
    return int(tail)


def _post(node: LexborNode, ident: int, name: str, side: Side | None, speaker: str | None) -> Post:
    owner = (node.attributes.get("data-post") or "").rpartition("/")[0] or name
    return Post(
        source=SOURCE,
        channel=name,
        external_id=str(ident),
        text=_text(node),
        date=_date(node),
        side=side,
        speaker=speaker,
        url=PERMALINK.format(channel=owner, id=ident),
    )


def _text(node: LexborNode) -> str:
    for candidate in node.css(".tgme_widget_message_text"):
        if _inside(candidate, node, "tgme_widget_message_reply"):
            continue  # the quoted post a reply answers, not this post's text
        return html_to_text(candidate.inner_html or "")
    return ""


def _inside(node: LexborNode, top: LexborNode, css_class: str) -> bool:
    parent = node.parent
    while parent is not None and parent.mem_id != top.mem_id:
        if css_class in (parent.attributes.get("class") or "").split():
            return True
        parent = parent.parent
    return False


def _date(node: LexborNode) -> datetime | None:
    time = node.css_first("a.tgme_widget_message_date time[datetime]") or node.css_first("time[datetime]")
    raw = time.attributes.get("datetime") if time is not None else None
    if not raw:
        return None
    try:
        value = datetime.fromisoformat(raw.replace("Z", "+00:00"))
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)
    except (ValueError, OverflowError):  # not a time, or one that has no UTC (0001-01-01T00:00:00+14:00)
        logger.warning("web preview %s: bad post time %r, kept without a date", node.attributes.get("data-post"), raw)
        return None


def _before(tree: LexborHTMLParser, ids: list[int]) -> int | None:
    more = tree.css_first("a.tme_messages_more[data-before]")
    if more is not None:
        raw = more.attributes.get("data-before") or ""
        if raw.isdigit():
            return int(raw)
    return None


# --- the poller --------------------------------------------------------------------------------------------


@dataclass
class _State:
    last: int
    before: int | None = None  # backfill: next ?before= page, None when done
    left: int = 0  # backfill pages still to read

    def dump(self) -> str:
        backfill = {"before": self.before, "left": self.left} if self.before is not None and self.left > 0 else None
        return json.dumps({"last": self.last, "backfill": backfill})

    @classmethod
    def load(cls, raw: str) -> _State:
        try:
            data: Any = json.loads(raw)
            if isinstance(data, int):  # a bare id is accepted too
                return cls(last=data)
            backfill = data.get("backfill") or {}
            return cls(last=int(data["last"]), before=backfill.get("before"), left=int(backfill.get("left", 0)))
        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            raise SourceError(f"web preview cursor {raw!r} is damaged") from exc


class WebPreviewSource:
    """Polls one channel's t.me/s page: backfill `backfill_pages` older pages on first run, then newer posts."""

    def __init__(
        self,
        channel: ChannelConfig,
        web: WebConfig,
        client: httpx.AsyncClient,
        stop: Any = None,
        rng: random.Random | None = None,
    ) -> None:
        self.channel = channel
        self.web = web
        self.client = client
        self.stop = stop
        self.rng = rng or random.Random()
        self.key = f"web:{channel.name}"
        self.name = f"web:{channel.name}"
        self.page_delay = min(1.0, web.poll_seconds / 20)  # between backfill pages: be polite to t.me
        # once per start: re-read the pages the backfill reaches, for edits made while the watcher was down
        # (t.me/s shows an edit only as changed text, and only while someone reads the page)
        self._recheck: tuple[int | None, int] | None = None  # (next ?before=, pages left); None: not started yet
        self.interval = web.poll_seconds  # between polls: active_poll_seconds after new posts, growing while idle

    @property
    def url(self) -> str:
        return self.web.base_url + self.channel.name

    async def fetch(self, **params: int) -> Page:
        """GET one page (?before= / ?after=); redirects away from /s/ mean the channel has no web preview."""
        url = self.url
        for _ in range(MAX_REDIRECTS + 1):
            try:
                response = await until_stopped(
                    self.stop, self.client.get(url, params=params, timeout=self.web.timeout_seconds)
                )
            except httpx.TimeoutException as exc:
                raise SourceError(f"web preview {self.channel.name}: timed out fetching {url}") from exc
            except httpx.HTTPError as exc:
                raise SourceError(f"web preview {self.channel.name}: cannot fetch {url}: {exc}") from exc
            if response.is_redirect:
                target = str(response.next_request.url) if response.next_request else response.headers.get("location")
                if not target or "/s/" not in urlsplit(target).path:
                    raise SourceError(
                        f"web preview {self.channel.name}: {url} redirects to {target}: the channel has no public "
                        'web preview (private, or preview disabled); use via = "telegram"'
                    )
                url = target
                continue
            if response.status_code != 200:
                raise SourceError(f"web preview {self.channel.name}: HTTP {response.status_code} from {url}")
            return read_page(response.text, self.channel)
        raise SourceError(f"web preview {self.channel.name}: too many redirects from {self.url}")

    async def step(self, sink: Sink) -> float:
        """Do one unit of work (one page, or one poll); returns the seconds to wait before the next step."""
        raw = await sink.get_cursor(self.key)
        if raw is None:
            page = await self.fetch()
            state = _State(last=max(page.ids, default=0), before=page.before, left=self.web.backfill_pages)
            self._recheck = (None, 0)  # a first backfill reads everything anyway
            await self._commit(sink, page, state)
            return self.page_delay if state.left and state.before else self._poll_delay()
        state = _State.load(raw)
        if self._recheck is not None and self._recheck[0] is not None and self._recheck[1] > 0:
            return await self._recheck_step(sink, state, *self._recheck)
        if state.before is not None and state.left > 0:
            page = await self.fetch(before=state.before)
            older = [i for i in page.ids if i < state.before]
            nxt = page.before  # the oldest page has no "more" link
            state.before = nxt if older and nxt is not None and nxt < state.before else None  # never loop
            state.left -= 1
            await self._commit(sink, page, state)
            return self.page_delay if state.left and state.before else self._poll_delay()
        return await self._poll(sink, state)

    async def _poll(self, sink: Sink, state: _State) -> float:
        first = await self.fetch()
        if first.ids and min(first.ids) > state.last + 1 and state.last > 0:
            # more new posts than one page holds (or deleted ids): read forward from the cursor first
            gap = await self.fetch(after=state.last)
            newer = [i for i in gap.ids if i > state.last]
            if newer:
                state.last = max(newer)
                self._adapt(await self._commit(sink, gap, state))
                if state.last < min(first.ids) - 1:
                    return 0.0  # the gap is not closed yet: go on reading forward
        state.last = max([state.last, *first.ids])
        self._adapt(await self._commit(sink, first, state))
        if self._recheck is None:
            self._recheck = (first.before, self.web.backfill_pages)
            if first.before is not None and self.web.backfill_pages:
                logger.info(
                    "web preview %s: re-reading %d older page(s) for edits", self.channel.name, self.web.backfill_pages
                )
                return self.page_delay
        return self._poll_delay()

    async def _recheck_step(self, sink: Sink, state: _State, before: int | None, left: int) -> float:
        """One older page read again: changed text is stored as an edit (the cursor stays where it is)."""
        page = await self.fetch(before=before) if before is not None else Page([], [], None)
        older = page.before if page.before is not None and before is not None and page.before < before else None
        self._recheck = (older, left - 1)
        await self._commit(sink, page, state)
        return self.page_delay if older is not None and left > 1 else self._poll_delay()

    async def _commit(self, sink: Sink, page: Page, state: _State) -> int:
        count = await sink.put(page.posts, cursor=(self.key, state.dump()))
        logger.debug("web preview %s: %d posts on page, %d new or changed", self.channel.name, len(page.posts), count)
        return count

    def _adapt(self, fresh: int) -> None:
        """A poll that found new or edited posts: poll fast (the channel is active, more may follow); one that
        found nothing: IDLE_GROWTH times slower, back up to poll_seconds."""
        slow = self.web.poll_seconds
        if fresh:
            self.interval = min(self.web.active_poll_seconds, slow)
        else:
            self.interval = min(slow, self.interval * IDLE_GROWTH)

    def _poll_delay(self) -> float:
        return jittered(self.interval, self.rng)
