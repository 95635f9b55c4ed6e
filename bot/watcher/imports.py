"""Bulk loads of the past into the ledger: Telegram Desktop exports and the official register (Order 376)."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bot.config import ChannelConfig
from bot.errors import SourceError
from bot.models import Post, Side
from bot.sources.export import CHANNEL_TYPES, ExportChat, ExportProblem, chat_posts, load_export
from bot.sources.register import RegisterReport, parse_register, register_posts
from bot.watcher.frontline import LedgerFront, RankingFinder
from bot.watcher.ingest import MAX_POST_CHARS, handle_posts

if TYPE_CHECKING:
    from bot.core.places import Gazetteer
    from bot.storage import Store

logger = logging.getLogger(__name__)

IMPORT_BATCH = 500
REGISTER_BATCH = 2000


@dataclass
class ImportReport:
    new: int = 0
    unchanged: int = 0
    problems: list[str] = field(default_factory=list)
    skipped_chats: list[str] = field(default_factory=list)
    unmapped: list[str] = field(default_factory=list)  # chats stored under their title: no channel known for them

    def summary(self) -> str:
        text = f"{self.new} new, {self.unchanged} unchanged"
        if self.problems:
            text += f", {len(self.problems)} skipped (malformed)"
        return text


def bare_id(value: int) -> int:
    """A channel id as exports write it: -1001382045709 (the Bot API's form) and 1382045709 are one channel."""
    value = abs(value)
    return value - 10**12 if value > 10**12 else value


@dataclass(frozen=True)
class ChatMap:
    """Which channel an exported chat is, so a message imported and read live is one post. In this order:
    `--channel ID=NAME` or `--channel TITLE=NAME`, a lone `--channel NAME` (an export of one chat), a configured
    channel with that `id`, `title` or name."""

    channels: Sequence[ChannelConfig] = ()
    named: dict[str, str] = field(default_factory=dict)  # str(bare id) or casefolded title -> username
    only: str | None = None

    @classmethod
    def parse(cls, channels: Sequence[ChannelConfig], args: str | Sequence[str] | None) -> ChatMap:
        named: dict[str, str] = {}
        only = None
        for arg in [args] if isinstance(args, str) else list(args or ()):
            key, sep, name = arg.rpartition("=")
            if not sep:
                only = arg.strip().lstrip("@")
                continue
            key = key.strip()
            named[str(bare_id(int(key))) if key.lstrip("-").isdigit() else key.casefold()] = name.strip().lstrip("@")
        return cls(channels, named, only)

    def username(self, chat: ExportChat, single: bool) -> str | None:
        keys = [chat.name.casefold()] + ([str(bare_id(chat.chat_id))] if chat.chat_id is not None else [])
        for key in keys:
            if key in self.named:
                return self.named[key]
        if self.only and single:
            return self.only
        known = self.configured(chat)
        return known.name if known else None

    def configured(self, chat: ExportChat) -> ChannelConfig | None:
        title = chat.name.casefold()
        for c in self.channels:
            if c.id is not None and chat.chat_id is not None and bare_id(c.id) == bare_id(chat.chat_id):
                return c
            if title and title in ((c.title or "").casefold(), c.name.casefold()):
                return c
        return None

    def channel(self, name: str) -> ChannelConfig | None:
        return next((c for c in self.channels if c.name.casefold() == name.casefold()), None)


async def import_export(
    path: str | Path,
    store: Store,
    gazetteer: RankingFinder,
    channels: Sequence[ChannelConfig] = (),
    side: Side | None = None,
    speaker: str | None = None,
    channel: str | Sequence[str] | None = None,
    progress: Any = None,
    on_problem: Callable[[str], None] | None = None,
    max_chars: int = MAX_POST_CHARS,
) -> ImportReport:
    """Import result.json through the store in batches; re-importing reports everything unchanged. Only channels
    and groups are read, never private chats, bot chats or saved messages (of a full export or of a single one).

    `channel`: the username(s) to store chats as (see ChatMap); `progress` is a tqdm-like object (update(n)); its
    total is set here once the file is read.
    """
    chats = load_export(path)
    wanted = [c for c in chats if c.type in CHANNEL_TYPES]
    report = ImportReport(skipped_chats=[f"{c.name or c.chat_id} ({c.type})" for c in chats if c not in wanted])
    if progress is not None:
        progress.total = sum(len(c.messages) for c in wanted)
        progress.refresh()
    mapping = ChatMap.parse(channels, channel)
    front = LedgerFront(gazetteer)  # one for the whole import: the ledger is read once per window of weeks
    for chat in wanted:
        username = mapping.username(chat, single=len(wanted) == 1)
        if username is None:
            report.unmapped.append(f"{chat.name} (id {chat.chat_id})")
        known = mapping.channel(username) if username else mapping.configured(chat)
        chat_side = side or (known.side if known else None)
        chat_speaker = speaker or (known.speaker if known else None) or (chat.name or None)
        posts = chat_posts(chat, channel=username, side=chat_side, speaker=chat_speaker)
        await _import_chat(posts, len(chat.messages), store, front, report, progress, on_problem, max_chars)
    return report


async def _import_chat(
    items: Iterable[Post | ExportProblem],
    total: int,
    store: Store,
    front: LedgerFront,
    report: ImportReport,
    progress: Any,
    on_problem: Callable[[str], None] | None,
    max_chars: int,
) -> None:
    batch: list[Post] = []
    seen = 0
    for item in items:
        seen += 1
        if isinstance(item, ExportProblem):
            report.problems.append(item.message)
            if on_problem is not None:
                on_problem(item.message)
        else:
            batch.append(item)
        if progress is not None:
            progress.update(1)
        if len(batch) >= IMPORT_BATCH:
            await _import_batch(batch, store, front, report, max_chars)
            batch = []
    if batch:
        await _import_batch(batch, store, front, report, max_chars)
    if progress is not None:  # service messages were skipped silently: count them as done
        progress.update(total - seen)


async def _import_batch(
    batch: list[Post], store: Store, front: LedgerFront, report: ImportReport, max_chars: int
) -> None:
    changed = await handle_posts(batch, store, front.places, max_chars=max_chars, log_level=logging.DEBUG, front=front)
    report.new += changed
    report.unchanged += len(batch) - changed


async def import_register(
    store: Store, gazetteer: Gazetteer, path: Path, progress: Callable[[int], None] | None = None
) -> tuple[RegisterReport, int]:
    """Load the register CSV as claims of the Ukrainian government. Returns the report and how many posts were new."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise SourceError(f"{path}: cannot read the register ({exc})") from exc
    report = RegisterReport()
    entries = parse_register(text, report)
    if report.rows and not entries:
        raise SourceError(f"{path}: no register rows (expected columns section, katottg, name, start_dates, ...)")
    for problem in report.bad_rows:
        logger.warning("register %s: skipped %s", path.name, problem)
    new = 0
    async for batch in _batches(register_posts(entries, gazetteer.settlements, report), REGISTER_BATCH):
        new += sum(await store.add_posts([(post, claims, "uk") for post, claims in batch]))
        if progress is not None:
            progress(len(batch))
    for code in report.unknown_codes:
        logger.warning("register %s: no known settlement for %s, skipped", path.name, code)
    return report, new


async def _batches(items: Any, size: int) -> AsyncIterator[list[Any]]:
    batch = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch
