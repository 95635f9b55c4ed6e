"""What the chat layer works with, built once by `bot.deps`: `BotData`, kept by PTB as the typed `bot_data`."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from bot.chat.flood import FloodGate

if TYPE_CHECKING:
    from bot.chat.sender import Sender
    from bot.config import Config
    from bot.core.places import Gazetteer
    from bot.storage import Store


def utcnow() -> datetime:
    return datetime.now(UTC)


@dataclass
class BotData:
    """The bot's dependencies (config, gazetteer, the open store) and its per-process state.

    Handlers reach it as `context.bot_data`; the terminal chat and the demo pass it to `bot.chat.answers` directly.
    """

    config: Config
    gazetteer: Gazetteer
    store: Store
    clock: Callable[[], datetime] = utcnow
    langs: dict[int, str | None] = field(default_factory=dict)  # user id -> their /lang choice (cache of the store)
    flood: FloodGate = field(default_factory=FloodGate)
    sender: Sender | None = None  # the alert outbox sender, when this process delivers alerts
