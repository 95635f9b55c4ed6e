"""`claimwatch demo`: bundled sample posts through the whole path, offline, on embedded defaults.

watcher (extract -> SQLite ledger under ./var, alerts queued in the same transaction) -> the outbox sender printing
what a subscriber would receive -> the bot's `/status` answers for a few villages.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path
from typing import Any, cast

from bot.chat.answers import command_reply
from bot.chat.console import format_reply
from bot.chat.sender import PrintBot, Sender
from bot.chat.state import BotData
from bot.config import parse_config
from bot.core.places import load_gazetteer
from bot.deps import ledger, plan_alerts_on
from bot.errors import SourceError
from bot.models import Post, Side
from bot.watcher.ingest import handle_posts

DEMO_DB = "demo.sqlite3"
SUBSCRIBER = 1001  # the demo's subscriber: a chat id that exists only in the demo ledger
SUBSCRIPTIONS = ("/subscribe Кліщіївка", "/subscribe Роботине 10")
QUESTIONS = ("/status Klishchiivka", "/status Андреевка", "/status Андріївка, Бахмутський", "/status Работино")


def sample_posts() -> Iterator[Post]:
    """The bundled sample posts (bot/data/samples/posts.jsonl), oldest first."""
    text = resources.files("bot").joinpath("data/samples/posts.jsonl").read_text(encoding="utf-8")
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            d = json.loads(line)
            yield Post(
                source=d["source"],
                channel=d["channel"],
                external_id=str(d["external_id"]),
                text=d["text"],
                date=datetime.fromisoformat(d["date"]).astimezone(UTC),
                side=Side(d["side"]),
                speaker=d.get("speaker"),
                url=d.get("url"),
            )
        except (ValueError, KeyError, TypeError) as exc:
            raise SourceError(f"samples/posts.jsonl line {number}: {exc}") from exc


def _fresh(db: Path) -> None:
    """The demo starts from an empty ledger each run, so what it prints is the same every time."""
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)


async def run_demo(data_dir: Path, write: Callable[[str], Any] = print) -> int:
    db = data_dir / DEMO_DB
    _fresh(db)
    config = parse_config({"storage": {"path": str(db)}}, env={})
    write(f"Loading the gazetteer and opening {db} ...")
    gazetteer = load_gazetteer()
    clock = [datetime.now(UTC)]  # the replay's "now": the date of the post being read
    async with ledger(config) as store:
        deps = BotData(config, gazetteer, store)
        plan_alerts_on(store, gazetteer, config, lambda: clock[0])
        sender = Sender(store, cast(Any, PrintBot(write=write)), gazetteer)
        write("\n== A subscriber (chat 1001, English) subscribes ==")
        for command in SUBSCRIPTIONS:
            reply = await command_reply(deps, SUBSCRIBER, command, "en", clock[0])
            write(f"> {command}\n{format_reply(reply)}")
        write("\n== The watcher reads the sample posts ==")
        for post in sample_posts():
            assert post.date is not None
            clock[0] = post.date
            await handle_posts([post], store, gazetteer)
            write(
                f"\n[{post.date:%Y-%m-%d %H:%M}] {post.channel}/{post.external_id} (speaks for {post.side}): "
                f"{post.text[:100]}{'…' if len(post.text) > 100 else ''}"
            )
            claims = [lc.claim for lc in await store.recent_claims(100) if lc.url == post.url]
            for c in claims:
                actor = c.actor.value if c.actor else "-"
                where = c.settlement or f"ambiguous: {len(c.candidates)} candidates"
                write(f"  claim: {c.name} ({where}) {c.kind.value}, actor {actor}, claimant {c.claimant.value}")
            if not claims:
                write("  no claims")
            await sender.drain()
        counts = await store.counts()
        write(f"\nLedger: {counts.get('posts', 0)} posts, {counts.get('claims', 0)} claims in {db}")
        write("\n== What the bot answers ==")
        clock[0] = datetime.now(UTC)
        for question in QUESTIONS:
            reply = await command_reply(deps, SUBSCRIBER, question, "en", clock[0])
            write(f"\n> {question}\n{format_reply(reply)}")
    config_file = data_dir / "demo.toml"
    config_file.write_text(f'# written by `claimwatch demo`\n[storage]\npath = "{DEMO_DB}"\n', encoding="utf-8")
    write(
        f"\nDone. Ask more questions of the demo ledger:\n  .venv/bin/claimwatch chat --config {config_file}\n"
        f"  .venv/bin/claimwatch status Андріївка --config {config_file} --json"
    )
    return 0
