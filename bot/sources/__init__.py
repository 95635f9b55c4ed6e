"""What every source shares: the Sink it writes to, stop-aware waiting, and HTML-to-text at the edge.

A source turns its library's objects (Telethon messages, t.me/s pages, feed entries, export records) into
`bot.models.Post` and hands batches to a `Sink` together with the cursor those posts cover, so the posts and the
cursor are committed in one transaction (a crash never leaves a cursor ahead of its posts).
"""

from __future__ import annotations

import asyncio
import html
import random
import re
from collections.abc import Awaitable, Sequence
from typing import Protocol, TypeVar

import httpx
from selectolax.lexbor import LexborHTMLParser as HTMLParser
from selectolax.lexbor import LexborNode as Node

from bot.models import Post

T = TypeVar("T")

Cursor = tuple[str, str]  # (key, value) stored with the batch it covers
USER_AGENT = "claimwatch/0.1 (+https://github.com/claimwatch)"


class Sink(Protocol):
    """Where sources put their posts (the watcher: extract -> store)."""

    async def put(self, posts: Sequence[Post], cursor: Cursor | None = None) -> int:
        """Store a batch (and move the cursor, in the same transaction); returns how many were new or changed."""
        ...

    async def get_cursor(self, key: str) -> str | None: ...

    async def mark_deleted(self, source: str, channel: str, external_ids: Sequence[str]) -> int: ...


def http_client() -> httpx.AsyncClient:
    """The one HTTP client of the web-preview and feed sources (and doctor's checks of them)."""
    return httpx.AsyncClient(headers={"User-Agent": USER_AGENT}, follow_redirects=False)


class Stopped(Exception):
    """The daemon is shutting down: the work in hand was abandoned before anything was committed."""


async def until_stopped(stop: asyncio.Event | None, awaitable: Awaitable[T]) -> T:
    """Await `awaitable`, but give up (cancel it, raise Stopped) as soon as `stop` is set.

    Only fetches go through here, never commits: a batch already fetched is always stored before exiting.
    """
    if stop is None:
        return await awaitable
    if stop.is_set():
        if asyncio.iscoroutine(awaitable):
            awaitable.close()
        raise Stopped
    work = asyncio.ensure_future(awaitable)
    waiter = asyncio.ensure_future(stop.wait())
    try:
        await asyncio.wait({work, waiter}, return_when=asyncio.FIRST_COMPLETED)
    finally:
        waiter.cancel()
        if not work.done():
            work.cancel()
    if work.cancelled():
        raise Stopped
    return work.result()


async def sleep_until_stopped(stop: asyncio.Event | None, seconds: float) -> bool:
    """Sleep up to `seconds`; True if woken because the daemon is stopping."""
    if stop is None:
        await asyncio.sleep(seconds)
        return False
    try:
        await asyncio.wait_for(stop.wait(), timeout=max(seconds, 0.0))
    except TimeoutError:
        return False
    return True


def jittered(seconds: float, rng: random.Random | None = None, spread: float = 0.2) -> float:
    """`seconds` +- `spread` (20%), so many pollers do not hit a server in step."""
    r = rng or random
    return seconds * (1.0 + r.uniform(-spread, spread))


_BR = re.compile(r"<br\s*/?>", re.IGNORECASE)
_BLOCK_END = re.compile(r"</(p|div|li|h[1-6]|blockquote|tr)>", re.IGNORECASE)
_SPACES = re.compile(r"[ \t\r\f\v\u00a0]+")
_BLANK_LINES = re.compile(r"\n{3,}")


def html_to_text(markup: str) -> str:
    """Plain text of an HTML fragment: <br> and block ends become newlines, links become their text."""
    if "<" not in markup:
        return tidy_text(html.unescape(markup))
    markup = _BLOCK_END.sub(lambda m: m.group(0) + "\n", _BR.sub("\n", markup))
    tree = HTMLParser(markup)
    for node in tree.css("script, style"):
        node.decompose()
    root: Node | None = tree.body or tree.root
    return tidy_text(root.text(deep=True) if root is not None else "")


def tidy_text(text: str) -> str:
    """Collapse runs of spaces, trim each line, keep at most one blank line."""
    lines = [_SPACES.sub(" ", line).strip() for line in text.replace("\r\n", "\n").split("\n")]
    return _BLANK_LINES.sub("\n\n", "\n".join(lines)).strip()
