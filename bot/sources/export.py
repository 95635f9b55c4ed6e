"""Telegram Desktop exports (result.json, one chat or a full export) -> a stream of Posts.

Posts are keyed like the live sources (channel username, message id; the store folds "export" with "web" and
"telegram"), so importing a channel that is also watched stores each post once. A malformed message is reported
by path ("result.json: messages[12].date: not a date") and skipped; a file that is not a JSON export at all is a
SourceError.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from bot.errors import SourceError
from bot.models import Post, Side

logger = logging.getLogger(__name__)

SOURCE = "export"
CHANNEL_TYPES = ("public_channel", "private_channel", "public_supergroup", "private_supergroup")


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
    messages: list[Any]


def load_export(path: str | Path) -> list[ExportChat]:
    """Read result.json: a single chat, or every chat of a full export (`chats.list`)."""
    p = Path(path)
    try:
        raw = p.read_bytes()
    except OSError as exc:
        raise SourceError(f"{p}: cannot read ({exc.strerror or exc})") from exc
    try:
        data = json.loads(raw)
    except (ValueError, UnicodeDecodeError) as exc:
        raise SourceError(f"{p.name}: not a JSON file ({exc})") from exc
    return chats_of(data, p.name)


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
