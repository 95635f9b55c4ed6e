"""Configuration: load_config(path) reads TOML into frozen dataclasses, validating every key by name."""

from __future__ import annotations

import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bot.errors import ConfigError
from bot.models import Side

DEFAULT_DB = "var/claimwatch.sqlite3"
DEFAULT_WEB_BASE = "https://t.me/s/"
DEFAULT_BOT_BASE = "https://api.telegram.org/bot"
LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR")
VIAS = ("telegram", "web")


@dataclass(frozen=True)
class StorageConfig:
    path: Path = Path(DEFAULT_DB)


@dataclass(frozen=True)
class WebConfig:
    base_url: str = DEFAULT_WEB_BASE
    poll_seconds: float = 300.0
    backfill_pages: int = 5
    timeout_seconds: float = 20.0


@dataclass(frozen=True)
class ChannelConfig:
    name: str
    side: Side
    speaker: str | None = None
    via: str = "web"


@dataclass(frozen=True)
class FeedConfig:
    url: str
    side: Side | None = None
    speaker: str | None = None
    poll_seconds: float = 600.0


@dataclass(frozen=True)
class TelegramConfig:
    api_id: int | None = None
    api_hash: str | None = None
    session: str = "claimwatch"
    reconcile_seconds: float = 600.0


@dataclass(frozen=True)
class BotConfig:
    token: str | None = None
    base_url: str = DEFAULT_BOT_BASE
    admins: tuple[int, ...] = ()


@dataclass(frozen=True)
class AlertsConfig:
    dedupe_minutes: float = 180.0
    send_interval_seconds: float = 0.25


@dataclass(frozen=True)
class Config:
    storage: StorageConfig = field(default_factory=StorageConfig)
    log_level: str = "INFO"
    web: WebConfig = field(default_factory=WebConfig)
    channels: tuple[ChannelConfig, ...] = ()
    feeds: tuple[FeedConfig, ...] = ()
    telegram: TelegramConfig = field(default_factory=TelegramConfig)
    bot: BotConfig = field(default_factory=BotConfig)
    alerts: AlertsConfig = field(default_factory=AlertsConfig)
    path: Path | None = None  # the file it came from, if any

    @property
    def data_dir(self) -> Path:
        """The folder holding the database and the Telegram session file."""
        return self.storage.path.parent


class _Table:
    """A TOML table being read: every key taken is checked; leftovers are reported as unknown."""

    def __init__(self, where: str, data: Any) -> None:
        if not isinstance(data, Mapping):
            raise ConfigError(f"{where}: expected a table")
        self.where = where
        self.data = dict(data)

    def key(self, name: str) -> str:
        return f"{self.where}.{name}" if self.where else name

    def take(self, name: str, kind: type | tuple[type, ...], default: Any = None, required: bool = False) -> Any:
        if name not in self.data:
            if required:
                raise ConfigError(f"{self.key(name)}: missing")
            return default
        value = self.data.pop(name)
        kinds = kind if isinstance(kind, tuple) else (kind,)
        if isinstance(value, bool) and bool not in kinds:
            raise ConfigError(f"{self.key(name)}: expected {_kind_name(kinds)}, got {value!r}")
        if not isinstance(value, kinds):
            raise ConfigError(f"{self.key(name)}: expected {_kind_name(kinds)}, got {value!r}")
        return value

    def number(self, name: str, default: float, minimum: float = 0.0) -> float:
        value = float(self.take(name, (int, float), default))
        if value < minimum:
            raise ConfigError(f"{self.key(name)}: must be at least {minimum:g}, got {value:g}")
        return value

    def choice(self, name: str, choices: tuple[str, ...], default: str | None, required: bool = False) -> Any:
        value = self.take(name, str, default, required)
        if value is not None and value not in choices:
            raise ConfigError(f"{self.key(name)}: expected one of {', '.join(choices)}, got {value!r}")
        return value

    def table(self, name: str) -> _Table:
        return _Table(self.key(name), self.take(name, dict, {}))

    def tables(self, name: str) -> list[_Table]:
        items = self.take(name, list, [])
        return [_Table(f"{self.key(name)}[{i}]", item) for i, item in enumerate(items)]

    def done(self) -> None:
        for name in self.data:
            raise ConfigError(f"{self.key(name)}: unknown key")


def _kind_name(kinds: tuple[type, ...]) -> str:
    names = {str: "a string", int: "an integer", float: "a number", list: "a list", dict: "a table", bool: "true/false"}
    return " or ".join(names.get(k, k.__name__) for k in kinds)


def _side(t: _Table, name: str, required: bool) -> Side | None:
    value = t.choice(name, tuple(s.value for s in Side), None, required)
    return Side(value) if value is not None else None


def _env(env: Mapping[str, str], name: str) -> str | None:
    value = env.get(name, "").strip()
    return value or None


def parse_config(data: Mapping[str, Any], base: Path | None = None, env: Mapping[str, str] | None = None) -> Config:
    """Validate a parsed TOML document; relative paths are taken from `base` (the config's folder)."""
    env = os.environ if env is None else env
    root = _Table("", data)

    storage = root.table("storage")
    db = Path(storage.take("path", str, DEFAULT_DB))
    if base is not None and not db.is_absolute():
        db = base / db
    storage.done()

    logging_ = root.table("logging")
    level = logging_.choice("level", LOG_LEVELS, "INFO")
    logging_.done()

    web = root.table("web")
    base_url = web.take("base_url", str, DEFAULT_WEB_BASE)
    if not base_url.startswith(("http://", "https://")):
        raise ConfigError(f"web.base_url: expected an http(s) URL, got {base_url!r}")
    web_config = WebConfig(
        base_url=base_url if base_url.endswith("/") else base_url + "/",
        poll_seconds=web.number("poll_seconds", 300.0, minimum=1.0),
        backfill_pages=int(web.number("backfill_pages", 5, minimum=0)),
        timeout_seconds=web.number("timeout_seconds", 20.0, minimum=0.1),
    )
    web.done()

    channels = []
    for t in root.tables("channels"):
        name = t.take("name", str, required=True).strip().lstrip("@")
        if not name:
            raise ConfigError(f"{t.key('name')}: must not be empty")
        side = _side(t, "side", required=True)
        assert side is not None
        channels.append(
            ChannelConfig(name=name, side=side, speaker=t.take("speaker", str), via=t.choice("via", VIAS, "web"))
        )
        t.done()

    feeds = []
    for t in root.tables("feeds"):
        url = t.take("url", str, required=True)
        if not url.startswith(("http://", "https://")):
            raise ConfigError(f"{t.key('url')}: expected an http(s) URL, got {url!r}")
        feeds.append(
            FeedConfig(
                url=url,
                side=_side(t, "side", required=False),
                speaker=t.take("speaker", str),
                poll_seconds=t.number("poll_seconds", 600.0, minimum=1.0),
            )
        )
        t.done()

    tg = root.table("telegram")
    api_id_raw = _env(env, "CLAIMWATCH_API_ID") or tg.take("api_id", (int, str))
    tg.data.pop("api_id", None)
    try:
        api_id = int(api_id_raw) if api_id_raw not in (None, "") else None
    except ValueError:
        raise ConfigError(f"telegram.api_id: expected an integer, got {api_id_raw!r}") from None
    api_hash = _env(env, "CLAIMWATCH_API_HASH") or tg.take("api_hash", str)
    tg.data.pop("api_hash", None)
    telegram = TelegramConfig(
        api_id=api_id,
        api_hash=api_hash,
        session=tg.take("session", str, "claimwatch"),
        reconcile_seconds=tg.number("reconcile_seconds", 600.0, minimum=1.0),
    )
    tg.done()
    if any(c.via == "telegram" for c in channels) and (telegram.api_id is None or not telegram.api_hash):
        raise ConfigError(
            'telegram.api_id: channels with via = "telegram" need telegram.api_id and telegram.api_hash '
            "(or env CLAIMWATCH_API_ID / CLAIMWATCH_API_HASH)"
        )

    b = root.table("bot")
    token = _env(env, "CLAIMWATCH_BOT_TOKEN") or b.take("token", str)
    b.data.pop("token", None)
    bot_base = b.take("base_url", str, DEFAULT_BOT_BASE)
    if not bot_base.startswith(("http://", "https://")):
        raise ConfigError(f"bot.base_url: expected an http(s) URL, got {bot_base!r}")
    admins = b.take("admins", list, [])
    for i, admin in enumerate(admins):
        if not isinstance(admin, int) or isinstance(admin, bool):
            raise ConfigError(f"bot.admins[{i}]: expected a Telegram user id (integer), got {admin!r}")
    bot = BotConfig(token=token, base_url=bot_base, admins=tuple(admins))
    b.done()

    a = root.table("alerts")
    alerts = AlertsConfig(
        dedupe_minutes=a.number("dedupe_minutes", 180.0),
        send_interval_seconds=a.number("send_interval_seconds", 0.25, minimum=0.05),
    )
    a.done()
    root.done()
    return Config(
        storage=StorageConfig(db),
        log_level=level,
        web=web_config,
        channels=tuple(channels),
        feeds=tuple(feeds),
        telegram=telegram,
        bot=bot,
        alerts=alerts,
    )


def load_config(path: str | Path | None, env: Mapping[str, str] | None = None) -> Config:
    """Read a TOML config file; None gives the embedded defaults (SQLite under ./var, no sources)."""
    if path is None:
        return parse_config({}, env=env)
    p = Path(path)
    try:
        raw = p.read_bytes()
    except OSError as exc:
        raise ConfigError(f"{p}: cannot read config ({exc.strerror or exc})") from exc
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise ConfigError(f"{p}: not UTF-8 text") from exc
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{p}: invalid TOML: {exc}") from exc
    config = parse_config(data, base=p.resolve().parent, env=env)
    return Config(**{**config.__dict__, "path": p})
