"""Telegram Desktop exports (result.json, one chat or a full export) -> a stream of Posts.

Posts are keyed like the live sources (channel username, message id; the store folds "export" with "web" and
"telegram"), so importing a channel that is also watched stores each post once. A malformed message is reported
by path ("result.json: messages[12].date: not a date") and skipped; a file that is not a JSON export at all is a
SourceError.

The file is streamed (ijson), never loaded whole: one pass finds each chat's name, type, id and message count (and
refuses nesting deeper than MAX_DEPTH), then a chat's messages are read from the file one at a time when iterated,
so memory stays flat whatever the export's size.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Collection, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, BinaryIO

import ijson

from bot.errors import SourceError
from bot.models import Post, Side

logger = logging.getLogger(__name__)

SOURCE = "export"
CHANNEL_TYPES = ("public_channel", "private_channel", "public_supergroup", "private_supergroup")
MAX_DEPTH = 64  # real exports nest about 8 deep; a deeper file is refused, not a RecursionError or a memory blow-up
SINGLE = "messages.item"  # where the messages of a one-chat export are
FULL = "chats.list.item.messages.item"  # ... and those of every chat of a full export, in file order


@dataclass(frozen=True)
class ExportProblem:
    """One message that could not be read, named by its path in the file."""

    message: str

    def __str__(self) -> str:
        return self.message


@dataclass(frozen=True)
class ExportChat:
    """One exported chat: where it sits in the file, its title, bare id, and raw messages."""

    where: str  # "result.json" or "result.json: chats.list[3]"
    name: str
    chat_id: int | None
    type: str
    messages: Collection[Any]  # a list, or a _Messages stream of the file


def load_export(path: str | Path) -> list[ExportChat]:
    """Read result.json: a single chat, or every chat of a full export (`chats.list`); messages stay in the file."""
    p = Path(path)
    try:
        with p.open("rb") as f:
            return _scan(_Unsurrogated(f), p)
    except OSError as exc:
        raise SourceError(f"{p}: cannot read ({exc.strerror or exc})") from exc
    except (ijson.JSONError, ValueError, UnicodeDecodeError) as exc:
        raise SourceError(f"{p.name}: not a JSON file ({exc})") from exc


PAIR_ESCAPE = re.compile(rb"\\u([dD][89abAB][0-9a-fA-F]{2})\\u([dD][c-fC-F][0-9a-fA-F]{2})")
LONE_ESCAPE = re.compile(rb"\\u[dD][89a-fA-F][0-9a-fA-F]{2}")
CHUNK = 1 << 16


class _Unsurrogated:
    """A file read through this has its JSON surrogate escapes made safe for the parser, which fails on a lone one
    (`\\ud800`): a pair becomes its character in UTF-8, a lone one `\\ufffd` (the rim would replace it anyway)."""

    def __init__(self, raw: BinaryIO) -> None:
        self.raw = raw
        self.carry = b""

    def read(self, size: int = -1) -> bytes:
        if size == 0:  # ijson asks read(0) whether the stream gives bytes
            return b""
        chunk = self.raw.read(CHUNK if size is None or size < 0 else max(size, CHUNK))
        data, self.carry = self.carry + chunk, b""
        if chunk:  # keep an escape (or a pair of them) that may go on in the next chunk for the next read
            cut = data.find(b"\\", len(data) - 12)
            if cut >= 0:
                data, self.carry = data[:cut], data[cut:]
            if not data:
                return self.read(size)
        return LONE_ESCAPE.sub(rb"\\ufffd", PAIR_ESCAPE.sub(_joined, data))


def _joined(match: re.Match[bytes]) -> bytes:
    high, low = int(match.group(1), 16), int(match.group(2), 16)
    return chr(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)).encode("utf-8")


class _Messages:
    """The messages of one chat, read from the file again each time they are iterated (never all in memory)."""

    def __init__(self, path: Path, prefix: str, skip: int, count: int) -> None:
        self.path, self.prefix, self.skip, self.count = path, prefix, skip, count

    def __len__(self) -> int:
        return self.count

    def __contains__(self, item: object) -> bool:
        return any(item == m for m in self)

    def __iter__(self) -> Iterator[Any]:
        try:
            with self.path.open("rb") as f:
                for index, message in enumerate(ijson.items(_Unsurrogated(f), self.prefix, use_float=True)):
                    if index >= self.skip + self.count:
                        return
                    if index >= self.skip:
                        yield message
        except (OSError, ijson.JSONError, ValueError) as exc:  # the file changed or broke since it was scanned
            raise SourceError(f"{self.path.name}: cannot read messages any more ({exc})") from exc


def _paths(f: _Unsurrogated, where: str) -> Iterator[tuple[tuple[str, ...], str, Any]]:
    """(path, event, value) for the values up to 5 levels deep ('*' for an array item), like ijson.parse but
    without its prefix strings (which grow with the depth), refusing nesting deeper than MAX_DEPTH."""
    path: list[str] = []
    for event, value in ijson.basic_parse(f, use_float=True):
        if event == "map_key":
            path[-1] = value
            continue
        if event in ("end_map", "end_array"):
            path.pop()
            if len(path) <= 5:
                yield tuple(path), event, None
            continue
        if len(path) <= 5:
            yield tuple(path), event, value
        if event in ("start_map", "start_array"):
            if len(path) >= MAX_DEPTH:
                raise SourceError(f"{where}: not a Telegram Desktop export (nested deeper than {MAX_DEPTH} levels)")
            path.append("*" if event == "start_array" else "")


META = ("name", "type", "id")


@dataclass
class _Found:
    """What the scan has seen so far: the root's kind, a one-chat export's fields and message count, or the chats
    of a full export (each: is it an object, its fields, its message count; -1 when it has no message list)."""

    root: str | None = None
    top: dict[str, Any] = field(default_factory=dict)
    single: int = -1
    listed: bool = False
    chats: list[dict[str, Any]] = field(default_factory=list)

    def see(self, path: tuple[str, ...], event: str, value: Any) -> None:
        if not path:
            self.root = self.root or event
        elif path[0] == "chats":
            self._full(path[1:], event, value)
        elif len(path) == 1 and path[0] in META:
            self.top[path[0]] = value
        elif path == ("messages",) and event == "start_array":
            self.single = 0
        elif path == ("messages", "*") and not event.startswith("end"):
            self.single += 1

    def _full(self, path: tuple[str, ...], event: str, value: Any) -> None:
        if path == ("list",) and event == "start_array":
            self.listed = True
        elif path == ("list", "*") and not event.startswith("end"):
            self.chats.append({"map": event == "start_map", "count": -1})
        elif len(path) == 3 and path[:2] == ("list", "*") and path[2] in META:
            self.chats[-1][path[2]] = value
        elif path == ("list", "*", "messages") and event == "start_array":
            self.chats[-1]["count"] = 0
        elif path == ("list", "*", "messages", "*") and not event.startswith("end"):
            self.chats[-1]["count"] += 1


def _scan(f: _Unsurrogated, p: Path) -> list[ExportChat]:
    """Each chat's place, title, id, type and message count, from one streaming pass."""
    found = _Found()
    for path, event, value in _paths(f, p.name):
        found.see(path, event, value)
    if found.root != "start_map":
        raise SourceError(f"{p.name}: not a Telegram Desktop export (expected a JSON object)")
    if found.single >= 0:
        return [_chat({**found.top, "messages": _Messages(p, SINGLE, 0, found.single)}, p.name)]
    if not found.listed:
        raise SourceError(f"{p.name}: not a Telegram Desktop export (no messages and no chats.list)")
    return _full_chats(found.chats, p)


def _full_chats(chats: list[dict[str, Any]], p: Path) -> list[ExportChat]:
    found = []
    skip = 0
    for i, chat in enumerate(chats):
        at = f"{p.name}: chats.list[{i}]"
        if not chat["map"] or chat["count"] < 0:
            logger.warning("%s: not a chat with messages, skipped", at)
            continue
        found.append(_chat({**chat, "messages": _Messages(p, FULL, skip, chat["count"])}, at))
        skip += chat["count"]
    return found


def chats_of(data: Any, where: str = "result.json") -> list[ExportChat]:
    """The chats of a parsed export (pure)."""
    if not isinstance(data, dict):
        raise SourceError(f"{where}: not a Telegram Desktop export (expected a JSON object)")
    if isinstance(data.get("messages"), list):
        return [_chat(data, where)]
    chats = data.get("chats")
    listed = chats.get("list") if isinstance(chats, dict) else None
    if not isinstance(listed, list):
        raise SourceError(f"{where}: not a Telegram Desktop export (no messages and no chats.list)")
    found = []
    for i, chat in enumerate(listed):
        at = f"{where}: chats.list[{i}]"
        if not isinstance(chat, dict) or not isinstance(chat.get("messages"), list):
            logger.warning("%s: not a chat with messages, skipped", at)
            continue
        found.append(_chat(chat, at))
    return found


def _chat(data: dict[str, Any], where: str) -> ExportChat:
    chat_id = data.get("id")
    return ExportChat(
        where=where,
        name=str(data.get("name") or ""),
        chat_id=chat_id if isinstance(chat_id, int) and not isinstance(chat_id, bool) else None,
        type=str(data.get("type") or ""),
        messages=data["messages"],
    )


def chat_posts(
    chat: ExportChat, channel: str | None = None, side: Side | None = None, speaker: str | None = None
) -> Iterator[Post | ExportProblem]:
    """Each ordinary message of `chat` as a Post (service messages skipped), or an ExportProblem naming the fault.

    `channel` is the t.me username for permalinks; without it the chat is named by its title and linked as
    https://t.me/c/<id>/<message> (which works for members).
    """
    name = channel or chat.name or (f"c{chat.chat_id}" if chat.chat_id is not None else "export")
    for index, message in enumerate(chat.messages):
        at = f"{chat.where}: messages[{index}]"
        try:
            post = _post(message, at, name, channel, chat.chat_id, side, speaker)
        except _Bad as exc:
            yield ExportProblem(str(exc))
            continue
        except Exception as exc:  # anything else odd in one message costs that message, never the import
            yield ExportProblem(f"{at}: unreadable ({type(exc).__name__}: {exc})")
            continue
        if post is not None:
            yield post


class _Bad(Exception):
    pass


def _post(
    message: Any,
    at: str,
    name: str,
    username: str | None,
    chat_id: int | None,
    side: Side | None,
    speaker: str | None,
) -> Post | None:
    if not isinstance(message, dict):
        raise _Bad(f"{at}: not an object")
    kind = message.get("type", "message")
    if kind != "message":
        return None  # service messages (pins, channel created, ...) and unsupported ones
    ident = message.get("id")
    if not isinstance(ident, int) or isinstance(ident, bool):
        raise _Bad(f"{at}.id: {'missing' if ident is None else 'not a message number'}")
    date = _when(message, "date", "date_unixtime", at)
    if date is None:
        raise _Bad(f"{at}.date: missing")
    edited = _when(message, "edited", "edited_unixtime", at)
    if username:
        url = f"https://t.me/{username}/{ident}"
    elif chat_id is not None:
        url = f"https://t.me/c/{chat_id}/{ident}"
    else:
        url = None
    return Post(
        source=SOURCE,
        channel=name,
        external_id=str(ident),
        text=flatten_text(message.get("text", ""), f"{at}.text"),
        date=date,
        edit_date=edited,
        side=side,
        speaker=speaker,
        url=url,
    )


def _when(message: dict[str, Any], iso_key: str, unix_key: str, at: str) -> datetime | None:
    """`*_unixtime` (epoch seconds, a string) when present; else the ISO local time of the exporter, taken as UTC."""
    unix = message.get(unix_key)
    if unix not in (None, ""):
        try:
            return datetime.fromtimestamp(int(unix), tz=UTC)
        except (TypeError, ValueError, OverflowError, OSError):
            raise _Bad(f"{at}.{unix_key}: not a Unix time") from None
    iso = message.get(iso_key)
    if iso in (None, ""):
        return None
    if not isinstance(iso, str):
        raise _Bad(f"{at}.{iso_key}: not a date")
    try:
        value = datetime.fromisoformat(iso)
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)
    except (ValueError, OverflowError):  # OverflowError: a time with no UTC (0001-01-01T00:00:00+14:00)
        raise _Bad(f"{at}.{iso_key}: not a date") from None


def flatten_text(text: Any, at: str = "text") -> str:
    """Export `text`: a string, or a list of strings and {type, text, href?} pieces (links keep their text)."""
    if isinstance(text, str):
        return text
    if not isinstance(text, list):
        raise _Bad(f"{at}: not text")
    parts = []
    for i, piece in enumerate(text):
        if isinstance(piece, str):
            parts.append(piece)
        elif isinstance(piece, dict) and isinstance(piece.get("text", ""), str):
            parts.append(piece.get("text", ""))
        else:
            raise _Bad(f"{at}[{i}]: not text")
    return "".join(parts)
