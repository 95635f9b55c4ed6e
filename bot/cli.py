"""`claimwatch` subcommands; main(argv) -> exit code. The only place that configures logging or exits."""

from __future__ import annotations

import argparse
import logging
import os
import re
import sys
from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING, Any

from bot import __version__
from bot.errors import BotError

if TYPE_CHECKING:
    from bot.config import Config

logger = logging.getLogger(__name__)

Command = Callable[[argparse.Namespace], int]
SECRET_ENV = ("CLAIMWATCH_BOT_TOKEN", "CLAIMWATCH_API_HASH")


class Redactor(logging.Filter):
    """Takes secrets out of every log record a handler emits and every error `main` prints: Bot API tokens by their
    shape (also inside URLs, `.../bot<token>/getMe`), and the configured secrets (token, api_hash) by value."""

    TOKEN = re.compile(r"\d{5,}:[A-Za-z0-9_-]{30,}")
    MARK = "<redacted>"

    def __init__(self) -> None:
        super().__init__()
        self.secrets: set[str] = set()

    def add(self, values: Iterable[str | None]) -> None:
        self.secrets.update(v for v in values if v and len(v) >= 4)  # a 1-character "secret" would eat the log

    def redact(self, text: str) -> str:
        for secret in sorted(self.secrets, key=len, reverse=True):
            text = text.replace(secret, self.MARK)
        return self.TOKEN.sub(self.MARK, text)

    def filter(self, record: logging.LogRecord) -> bool:
        record.msg, record.args = self.redact(record.getMessage()), None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = self.redact(record.exc_text)
        if record.stack_info:
            record.stack_info = self.redact(record.stack_info)
        return True


REDACTOR = Redactor()


def setup_logging(level: str = "INFO") -> None:
    """Configure logging once: every line goes through REDACTOR; httpx logs every request with the bot token in its
    URL, so it is kept at WARNING."""
    logging.basicConfig(
        level=getattr(logging, level, logging.INFO),
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
        stream=sys.stderr,
    )
    for handler in logging.getLogger().handlers:
        if REDACTOR not in handler.filters:
            handler.addFilter(REDACTOR)
    REDACTOR.add(os.environ.get(name, "").strip() for name in SECRET_ENV)
    for noisy in ("httpx", "httpcore", "telethon", "apscheduler"):
        logging.getLogger(noisy).setLevel(logging.WARNING)


def configure(args: argparse.Namespace) -> Config:
    """The command's config: its secrets join the redactor, and `[logging] level` applies (unless -v asked for
    everything)."""
    from bot.config import load_config

    config = load_config(args.config)
    REDACTOR.add(config.secrets())
    level = logging.DEBUG if getattr(args, "verbose", False) else getattr(logging, config.log_level, logging.INFO)
    logging.getLogger().setLevel(level)
    return config


def _not_yet(args: argparse.Namespace) -> int:
    print(f"claimwatch {args.command}: not available in this build", file=sys.stderr)
    return 2


# --- places (gazetteer / resolver) -------------------------------------------------------------------------


def cmd_places(args: argparse.Namespace) -> int:
    import json

    from bot.core.places import load_gazetteer
    from bot.core.present.codec import candidate_json
    from bot.core.present.plain import candidate_line

    gazetteer = load_gazetteer()
    text = " ".join(args.text)
    if args.lookup:
        found = gazetteer.lookup(text, limit=args.limit)
        if args.json:
            print(json.dumps([candidate_json(c) for c in found], ensure_ascii=False))
        else:
            print("\n".join(candidate_line(c) for c in found) if found else "no settlement found")
        return 0
    mentions = gazetteer.find_places(text)
    if args.json:
        out = [
            {"span": list(m.span), "text": m.text, "candidates": [candidate_json(c) for c in m.candidates]}
            for m in mentions
        ]
        print(json.dumps(out, ensure_ascii=False))
        return 0
    if not mentions:
        print("no settlements found")
    for m in mentions:
        print(f"{m.text}  [{m.span[0]}:{m.span[1]}]")
        for c in m.candidates[: args.limit]:
            print("  " + candidate_line(c))
        if len(m.candidates) > args.limit:
            print(f"  ... and {len(m.candidates) - args.limit} more")
    return 0


# --- extract / eval (claims) -------------------------------------------------------------------------------


def cmd_extract(args: argparse.Namespace) -> int:
    import io
    import json

    from bot.core.places import load_gazetteer
    from bot.sources.rim import clean_text

    gazetteer = load_gazetteer()
    if args.file == "-":
        stream = sys.stdin
        if isinstance(stream, io.TextIOWrapper):
            stream.reconfigure(errors="replace")  # a bad byte is one U+FFFD, not the end of the run
    else:
        stream = open(args.file, encoding="utf-8", errors="replace")  # noqa: SIM115
    with stream:
        for line in stream:
            if line.strip():
                out = _extract_line(line, gazetteer)
                sys.stdout.write(clean_text(json.dumps(out, ensure_ascii=False))[0] + "\n")
                sys.stdout.flush()
    return 0


def _extract_line(line: str, gazetteer: Any) -> dict[str, object]:
    """One JSON Lines post -> its claims (or the error that names what is wrong with it)."""
    import json

    from bot.core.claims.evaluate import RecordError, post_from_record
    from bot.core.claims.extract import extract_claims
    from bot.core.lang import detect_language
    from bot.core.present.codec import claim_json
    from bot.sources.rim import clean_post
    from bot.watcher.ingest import MAX_POST_CHARS

    rid: object = None
    try:
        record = json.loads(line)
        rid = record.get("id") if isinstance(record, dict) else None
        post, notes = clean_post(post_from_record(record), MAX_POST_CHARS)
        for note in notes:
            logger.warning("post %s: %s", rid, note)
        lang = detect_language(post.text)
        claims = extract_claims(post, gazetteer, lang)
        return {"id": rid, "lang": lang, "claims": [claim_json(c) for c in claims]}
    except json.JSONDecodeError as exc:
        return {"id": None, "error": f"bad JSON: {exc.msg}"}
    except RecordError as exc:
        return {"id": rid, "error": str(exc)}
    except Exception as exc:  # one bad post must not stop the run
        logger.exception("extract failed on post %s", line[:80])
        return {"id": rid, "error": f"internal error: {exc}"}


def cmd_eval(args: argparse.Namespace) -> int:
    import json

    from bot.core.claims.evaluate import format_report, score
    from bot.core.claims.extract import extract_claims
    from bot.core.lang import detect_language
    from bot.core.places import load_gazetteer
    from bot.errors import BotError

    records = []
    try:
        with open(args.file, encoding="utf-8") as fh:
            for number, line in enumerate(fh, start=1):
                if line.strip():
                    try:
                        records.append(json.loads(line))
                    except json.JSONDecodeError as exc:
                        raise BotError(f"{args.file}:{number}: bad JSON: {exc.msg}") from exc
    except OSError as exc:
        raise BotError(f"{args.file}: {exc.strerror}") from exc
    gazetteer = load_gazetteer()
    report = score(records, lambda post: extract_claims(post, gazetteer), detect_language, gazetteer.find_places)
    if args.json:
        print(json.dumps(report.as_dict(show_errors=args.show_errors), ensure_ascii=False, indent=2))
    else:
        print(format_report(report, show_errors=args.show_errors))
    return 0


# --- ledger: watch / import / status / export / doctor -----------------------------------------------------


def cmd_watch(args: argparse.Namespace) -> int:
    import asyncio

    from bot import deps
    from bot.core.places import load_gazetteer

    config = configure(args)
    gazetteer = load_gazetteer()

    async def watch() -> None:
        stop = deps.stop_on_signals()  # stop taking work, commit the batch in hand, exit 0
        async with deps.ledger(config) as store:
            await deps.watch(config, store, gazetteer, stop)

    asyncio.run(watch())
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    import asyncio
    import shutil

    from tqdm import tqdm
    from tqdm.contrib.logging import logging_redirect_tqdm

    from bot import deps
    from bot.core.places import load_gazetteer
    from bot.models import Side
    from bot.watcher.imports import import_export

    config = configure(args)
    gazetteer = load_gazetteer()
    # a bar only on a terminal: CI logs get the summary line, not thousands of redraws; a terminal that reports no
    # size (0 x 0: a bare pty, `docker exec -t`) makes tqdm draw nothing at all, so the size falls back to 100 x 24
    size = shutil.get_terminal_size((100, 24))
    bar = tqdm(
        total=0,
        unit="msg",
        file=sys.stderr,
        disable=not sys.stderr.isatty(),
        mininterval=0.5,
        leave=False,
        ncols=size.columns,
        nrows=size.lines,
    )
    shown: list[str] = []

    def problem(message: str) -> None:
        shown.append(message)
        if len(shown) <= 20:
            tqdm.write(f"claimwatch import: {message} (skipped)", file=sys.stderr)

    async def run() -> str:
        try:
            async with deps.ledger(config) as store:
                with logging_redirect_tqdm():  # log lines go above the bar, not through it
                    report = await import_export(
                        args.file,
                        store,
                        gazetteer,
                        config.channels,
                        side=Side(args.side) if args.side else None,
                        speaker=args.speaker,
                        channel=args.channel,
                        progress=bar,
                        on_problem=problem,
                        max_chars=config.limits.max_post_chars,
                    )
        finally:
            bar.close()
        if len(shown) > 20:
            print(f"claimwatch import: ... and {len(shown) - 20} more malformed messages skipped", file=sys.stderr)
        for chat in report.skipped_chats:
            print(f"claimwatch import: skipped chat {chat} (not a channel or group)", file=sys.stderr)
        for chat in report.unmapped:
            print(
                f"claimwatch import: chat {chat} is not a configured channel: stored under its title; if it is also "
                "watched, map it ([[channels]] id or title, or --channel ID=NAME) so each message is one post",
                file=sys.stderr,
            )
        return report.summary()

    print(asyncio.run(run()))
    return 0


def cmd_import_register(args: argparse.Namespace) -> int:
    import asyncio
    from pathlib import Path

    from tqdm import tqdm

    from bot import deps
    from bot.core.places import load_gazetteer
    from bot.watcher.imports import import_register

    config = configure(args)
    gazetteer = load_gazetteer()

    async def run() -> int:
        async with deps.ledger(config) as store:
            with tqdm(unit=" posts", disable=not sys.stderr.isatty(), file=sys.stderr) as bar:
                report, new = await import_register(store, gazetteer, Path(args.file), bar.update)
        print(
            f"register: {report.entries} rows, {report.settlements} settlements, {report.posts} dated claims "
            f"({new} new); skipped: {report.skipped_possible} possible-hostilities entries, "
            f"{len(report.unknown_codes)} unknown codes, {len(report.bad_rows)} bad rows"
        )
        return 0

    return asyncio.run(run())


def cmd_status(args: argparse.Namespace) -> int:
    import asyncio
    from datetime import UTC, datetime

    from bot import deps
    from bot.chat.dialog import parse_day
    from bot.chat.queries import status_for_query
    from bot.core.places import load_gazetteer

    as_of = None
    if args.as_of is not None:
        as_of = parse_day(args.as_of)
        if as_of is None:
            raise BotError(f"--as-of: expected a day such as 2023-09-18 or 18.09.2023, got {args.as_of[:40]!r}")
    config = configure(args)
    gazetteer = load_gazetteer()
    query = " ".join(args.query)

    async def run() -> int:
        now = datetime.now(UTC)
        if not config.storage.path.exists():  # nothing recorded yet: answer without creating a database
            answer = await status_for_query(None, gazetteer, query, now, as_of)
        else:
            async with deps.ledger(config) as store:
                answer = await status_for_query(store, gazetteer, query, now, as_of)
        if args.json:  # a busy place's history is written a claim at a time, not built as one string
            sys.stdout.writelines(answer.json_chunks())
            sys.stdout.write("\n")
        else:
            print(answer.text)
        return 1 if answer.kind == "unknown" else 0

    return asyncio.run(run())


def cmd_export(args: argparse.Namespace) -> int:
    import asyncio
    import os
    from pathlib import Path

    from bot import deps
    from bot.core.places import load_gazetteer
    from bot.watcher.export import export_ledger

    config = configure(args)
    gazetteer = load_gazetteer()

    async def run() -> int:
        async with deps.ledger(config) as store:
            if args.output == "-":
                written, skipped = await export_ledger(store, gazetteer, args.format, sys.stdout)
            else:
                target = Path(args.output)
                partial = target.with_name(target.name + ".partial")
                try:
                    with open(partial, "w", encoding="utf-8", newline="") as out:
                        written, skipped = await export_ledger(store, gazetteer, args.format, out)
                    os.replace(partial, target)
                except OSError as exc:
                    raise BotError(f"{target}: cannot write ({exc.strerror or exc})") from exc
        logger.info("exported %s claims (%s skipped: no known settlement or no coordinates)", written, skipped)
        return 0

    return asyncio.run(run())


def cmd_doctor(args: argparse.Namespace) -> int:
    import asyncio

    from bot.watcher.doctor import doctor

    try:
        config = configure(args)
    except BotError as exc:
        print(f"FAIL config: {exc}")
        raise  # and main() says it on stderr as one line, exit 1
    print(
        f"ok   config: {args.config or 'embedded defaults'} ({len(config.channels)} channels, "
        f"{len(config.feeds)} feeds)"
    )
    checks = asyncio.run(doctor(config))
    for check in checks:
        print(check.line())
    return 0 if all(c.ok for c in checks) else 1


# --- chat bot: bot / run / chat ----------------------------------------------------------------------------


def _serve(args: argparse.Namespace, with_watcher: bool) -> int:
    import asyncio

    from telegram.error import InvalidToken, NetworkError

    from bot import deps
    from bot.chat.application import require_token
    from bot.core.places import load_gazetteer

    config = configure(args)
    require_token(config)  # before the slow part
    gazetteer = load_gazetteer()
    try:
        asyncio.run(deps.serve(config, gazetteer, with_watcher=with_watcher))
    except InvalidToken as exc:
        raise BotError(f"bot.token: rejected by {config.bot.base_url} (Unauthorized)") from exc
    except NetworkError as exc:
        raise BotError(f"bot.base_url: cannot reach the Bot API ({exc})") from exc
    return 0


def cmd_bot(args: argparse.Namespace) -> int:
    return _serve(args, with_watcher=False)


def cmd_run(args: argparse.Namespace) -> int:
    return _serve(args, with_watcher=True)


def cmd_chat(args: argparse.Namespace) -> int:
    import asyncio
    import os

    from bot import deps
    from bot.chat.console import chat
    from bot.chat.state import BotData
    from bot.core.places import load_gazetteer

    config = configure(args)
    gazetteer = load_gazetteer()

    async def session() -> int:
        async with deps.ledger(config) as store:
            data = BotData(config, gazetteer, store)

            def prompt() -> None:
                print("> ", end="", flush=True)

            shown = prompt if sys.stdin.isatty() else None  # piped input: answers only
            return await chat(data, sys.stdin, print, lang=args.lang, locale=os.environ.get("LANG"), prompt=shown)

    return asyncio.run(session())


# --- demo --------------------------------------------------------------------------------------------------


def cmd_demo(args: argparse.Namespace) -> int:
    import asyncio
    from pathlib import Path

    from bot.demo import run_demo

    logging.getLogger("bot").setLevel(logging.WARNING)  # the demo prints its own story
    return asyncio.run(run_demo(Path(args.data_dir)))


# --- parser ------------------------------------------------------------------------------------------------


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="claimwatch",
        description="Follow what officials on both sides claim about Ukrainian settlements, with sources.",
    )
    parser.add_argument("--version", action="version", version=f"claimwatch {__version__}")
    parser.add_argument("-v", "--verbose", action="store_true", help="log debug messages")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    def add(name: str, func: Command, help_: str, config: bool = False) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_, description=help_)
        p.set_defaults(func=func)
        if config:
            p.add_argument("--config", metavar="FILE", help="config file (default: embedded defaults)")
        return p

    p = add("places", cmd_places, "find settlements named in a text, or look one up")
    p.add_argument("text", nargs="+", metavar="TEXT", help="the text (or, with --lookup, the query)")
    p.add_argument("--lookup", action="store_true", help="treat TEXT as a query typed by a person")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.add_argument("--limit", type=int, default=10, help="candidates to show (lookup: to return; default 10)")

    p = add("extract", cmd_extract, "extract claims from JSON Lines posts")
    p.add_argument("file", nargs="?", default="-", metavar="FILE|-", help="JSON Lines posts (default: stdin)")

    p = add("eval", cmd_eval, "score the extractor on labelled posts")
    p.add_argument("file", metavar="FILE", help="labelled JSON Lines posts")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.add_argument("--show-errors", action="store_true", help="list every missed and false claim")

    add("watch", cmd_watch, "run the watcher daemon on all configured sources", config=True)

    p = add("import", cmd_import, "import a Telegram Desktop export (result.json) into the ledger", config=True)
    p.add_argument("file", metavar="FILE")
    p.add_argument("--side", choices=["ua", "ru", "other"], help="the side the exported channel speaks for")
    p.add_argument("--speaker", help="who speaks in the exported channel")
    p.add_argument(
        "--channel",
        action="append",
        metavar="NAME|ID=NAME|TITLE=NAME",
        help="the channel username an exported chat is stored as (so it is the same post as when read live): NAME "
        "for an export of one chat; ID=NAME or TITLE=NAME per chat of a full export; repeatable (default: a "
        "configured channel with that id or title, else the chat's title)",
    )

    p = add("import-register", cmd_import_register, "import the official register of occupied territories", config=True)
    p.add_argument("file", metavar="FILE")

    p = add("status", cmd_status, "the reported status of a settlement, with sources", config=True)
    p.add_argument("query", nargs="+", metavar="QUERY", help="a name in any language or case, or a KATOTTG code")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.add_argument(
        "--as-of", metavar="DATE", help="what each side had claimed up to that day (Kyiv time), e.g. 2023-09-18"
    )

    p = add("export", cmd_export, "write the claim ledger for GIS tools", config=True)
    p.add_argument("--format", choices=["geojson", "csv", "jsonl"], default="geojson")
    p.add_argument("--output", "-o", default="-", metavar="FILE", help="output file (default: stdout)")

    add("doctor", cmd_doctor, "check config, database, gazetteer and sources", config=True)
    add("bot", cmd_bot, "run the chat bot", config=True)
    add("run", cmd_run, "run the watcher and the chat bot in one process", config=True)
    p = add("chat", cmd_chat, "a terminal chat with the bot's answers (no token needed)", config=True)
    p.add_argument("--lang", choices=["uk", "en", "ru"], help="reply language (default: the one chosen with /lang)")

    p = add("demo", cmd_demo, "replay bundled sample posts through the whole path, offline")
    p.add_argument("--data-dir", default="var", help="where the demo's SQLite file goes (default: ./var)")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    setup_logging("DEBUG" if args.verbose else "INFO")
    try:
        code: int = args.func(args)
    except BotError as exc:
        print(f"claimwatch: {REDACTOR.redact(str(exc))}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
    except Exception:  # a bug: its traceback goes through the log, so through the redactor
        logger.exception("claimwatch %s failed", args.command)
        return 1
    return code
