"""`claimwatch doctor`: the database, the gazetteer and every source, one check each."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

import httpx

from bot.config import Config
from bot.core.places import load_gazetteer
from bot.errors import BotError
from bot.sources import http_client
from bot.sources.channels import session_path
from bot.sources.feeds import FeedSource, parse_feed
from bot.sources.webpreview import WebPreviewSource
from bot.storage import MIGRATIONS, open_store


@dataclass(frozen=True)
class Check:
    name: str
    ok: bool
    detail: str

    def line(self) -> str:
        return f"{'ok  ' if self.ok else 'FAIL'} {self.name}: {self.detail}"


async def doctor(config: Config, gazetteer_loader: Callable[[], Any] | None = None) -> list[Check]:
    """Check the database, the gazetteer and each source's reachability; one Check each (config is checked by
    the caller, which had to load it)."""
    checks = [await _check_database(config), _check_gazetteer(gazetteer_loader)]
    async with http_client() as client:  # every source at once: a dead one costs one timeout, not one each
        checks += await asyncio.gather(
            *(_check_web(config, channel, client) for channel in config.channels if channel.via == "web"),
            *(_check_feed(config, feed, client) for feed in config.feeds),
        )
    telegram = [c for c in config.channels if c.via == "telegram"]
    if telegram:
        checks.append(_check_telegram(config, [c.name for c in telegram]))
    return checks


async def _check_database(config: Config) -> Check:
    path = config.storage.path
    try:
        store = await open_store(path)
    except Exception as exc:
        return Check("database", False, f"{path}: {exc}")
    try:
        problems = await store.integrity_problems()
        if problems:
            shown = "; ".join(problems[:3]) + (f" (and {len(problems) - 3} more)" if len(problems) > 3 else "")
            return Check("database", False, f"{path}: PRAGMA integrity_check fails: {shown}")
        posts = (await store.counts()).get("posts", 0)
        detail = f"{path} opens, migrations at version {len(MIGRATIONS)}, {posts} posts, integrity check ok"
        return Check("database", True, detail)
    except Exception as exc:
        return Check("database", False, f"{path}: {exc}")
    finally:
        await store.close()


def _check_gazetteer(loader: Callable[[], Any] | None) -> Check:
    try:
        if loader is None:
            loader = load_gazetteer
        gazetteer = loader()
        count = len(getattr(gazetteer, "settlements", ()) or ())
    except Exception as exc:
        return Check("gazetteer", False, str(exc))
    return Check("gazetteer", count > 0, f"loaded {count} settlements")


async def _check_web(config: Config, channel: Any, client: httpx.AsyncClient) -> Check:
    source = WebPreviewSource(channel, config.web, client)
    try:
        page = await source.fetch()
    except BotError as exc:
        return Check(f"web {channel.name}", False, str(exc))
    return Check(f"web {channel.name}", True, f"{source.url}: {len(page.posts)} posts on the first page")


async def _check_feed(config: Config, feed: Any, client: httpx.AsyncClient) -> Check:
    source = FeedSource(feed, client, timeout=config.web.timeout_seconds)
    try:
        body, _ = await source.fetch({})
        entries = parse_feed(body or b"", feed)
    except BotError as exc:
        return Check(f"feed {feed.url}", False, str(exc))
    return Check(f"feed {feed.url}", True, f"{len(entries)} entries")


def _check_telegram(config: Config, names: Iterable[str]) -> Check:
    tg = config.telegram
    if tg.api_id is None or not tg.api_hash:
        return Check("telegram", False, "api_id/api_hash missing (config [telegram] or CLAIMWATCH_API_ID/_HASH)")
    session = session_path(config)
    if not session.exists():
        return Check("telegram", False, f"credentials present; no session file {session} yet (log in once)")
    mode = session.stat().st_mode & 0o777
    detail = f"credentials present, session {session} (mode {mode:o}); channels {', '.join(names)}"
    return Check("telegram", mode & 0o077 == 0, detail + ("" if mode & 0o077 == 0 else ": too open, chmod 600"))
