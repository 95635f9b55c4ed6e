"""Bulk loads of the past into the ledger: Telegram Desktop exports and the official register (Order 376)."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bot.config import ChannelConfig
from bot.core.claims.extract import PlaceFinder
from bot.errors import SourceError
from bot.models import Post, Side
from bot.sources.export import CHANNEL_TYPES, ExportProblem, chat_posts, load_export
from bot.sources.register import RegisterReport, parse_register, register_posts
from bot.watcher.ingest import MAX_POST_CHARS, handle_posts

if TYPE_CHECKING:
    from bot.core.places.gazetteer import Gazetteer
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

    def summary(self) -> str:
        text = f"{self.new} new, {self.unchanged} unchanged"
        if self.problems:
            text += f", {len(self.problems)} skipped (malformed)"
        return text


async def import_export(
    path: str | Path,
    store: Store,
    gazetteer: PlaceFinder,
    channels: Sequence[ChannelConfig] = (),
    side: Side | None = None,
    speaker: str | None = None,
    channel: str | None = None,
    progress: Any = None,
    on_problem: Callable[[str], None] | None = None,
    max_chars: int = MAX_POST_CHARS,
) -> ImportReport:
    """Import result.json through the store in batches; re-importing reports everything unchanged.

    `progress` is a tqdm-like object (update(n)); its total is set here once the file is read.
    """
    chats = load_export(path)
    if len(chats) > 1:  # a full export: only channels and groups, never private chats or saved messages
        wanted = [c for c in chats if c.type in CHANNEL_TYPES]
        skipped = [f"{c.name or c.chat_id} ({c.type})" for c in chats if c.type not in CHANNEL_TYPES]
    else:
        wanted, skipped = chats, []
    report = ImportReport(skipped_chats=skipped)
    if progress is not None:
        progress.total = sum(len(c.messages) for c in wanted)
        progress.refresh()
    by_name = {c.name.lower(): c for c in channels}
    for chat in wanted:
        known = by_name.get((channel or "").lower()) or by_name.get(chat.name.lower())
        chat_side = side or (known.side if known else None)
        chat_speaker = speaker or (known.speaker if known else None) or (chat.name or None)
        batch: list[Post] = []
        seen = 0
        for item in chat_posts(
            chat, channel=channel if len(wanted) == 1 else None, side=chat_side, speaker=chat_speaker
        ):
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
                await _import_batch(batch, store, gazetteer, report, max_chars)
                batch = []
        if batch:
            await _import_batch(batch, store, gazetteer, report, max_chars)
        if progress is not None:  # service messages were skipped silently: count them as done
            progress.update(len(chat.messages) - seen)
    return report


async def _import_batch(
    batch: list[Post], store: Store, gazetteer: PlaceFinder, report: ImportReport, max_chars: int
) -> None:
    changed = await handle_posts(batch, store, gazetteer, max_chars=max_chars)
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
