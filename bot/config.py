"""Configuration: load_config(path) reads TOML into frozen dataclasses, validating every key by name."""

from __future__ import annotations

import math
import os
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from bot.errors import ConfigError
from bot.models import Side

DEFAULT_DB = "var/claimwatch.sqlite3"
DEFAULT_WEB_BASE = "https://t.me/s/"
DEFAULT_BOT_BASE = "https://api.telegram.org/bot"
LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR")
VIAS = ("telegram", "web")
DAY = 86_400.0
WEEK = 7 * DAY
USERNAME = re.compile(r"[A-Za-z0-9_]{1,64}")


@dataclass(frozen=True)
class StorageConfig:
    path: Path = Path(DEFAULT_DB)


@dataclass(frozen=True)
class WebConfig:
    base_url: str = DEFAULT_WEB_BASE
    poll_seconds: float = 300.0
    backfill_pages: int = 5
    timeout_seconds: float = 20.0
    active_poll_seconds: float = 15.0  # a channel that just posted is polled this often (at most poll_seconds)


@dataclass(frozen=True)
class ChannelConfig:
    name: str
    side: Side
    speaker: str | None = None
    via: str = "web"
    id: int | None = None  # the bare channel id (Telegram Desktop exports, t.me/c/<id>/ links): maps an export to it
    title: str | None = None  # the channel's title as an export names it: maps an export to it


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
    send_interval_seconds: float = 5.0


@dataclass(frozen=True)
class LimitsConfig:
    max_post_chars: int = 50_000


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
    limits: LimitsConfig = field(default_factory=LimitsConfig)
    path: Path | None = None  # the file it came from, if any

    def secrets(self) -> tuple[str, ...]:
        """The values never to show in a log line or an error: the bot token and the Telegram api_hash."""
        return tuple(s for s in (self.bot.token, self.telegram.api_hash) if s)

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

    def take(
        self,
        name: str,
        kind: type | tuple[type, ...],
        default: Any = None,
        required: bool = False,
        secret: bool = False,
    ) -> Any:
        """The value of `name` if it has the wanted type; a secret's value is never put in the error."""
        if name not in self.data:
            if required:
                raise ConfigError(f"{self.key(name)}: missing")
            return default
        value = self.data.pop(name)
        kinds = kind if isinstance(kind, tuple) else (kind,)
        if (isinstance(value, bool) and bool not in kinds) or not isinstance(value, kinds):
            shown = f"a value of type {_type_name(value)} (not shown: a secret)" if secret else repr(value)
            raise ConfigError(f"{self.key(name)}: expected {_kind_name(kinds)}, got {shown}")
        if isinstance(value, str) and "\x00" in value:
            raise ConfigError(f"{self.key(name)}: must not contain a NUL character")
        return value

    def number(self, name: str, default: float, minimum: float = 0.0, maximum: float = math.inf) -> float:
        """A finite int or float within [minimum, maximum] (nan and inf are refused: they busy-poll or overflow)."""
        value = float(self.take(name, (int, float), default))
        if not math.isfinite(value) or value < minimum:
            raise ConfigError(f"{self.key(name)}: expected a finite number >= {minimum:g}, got {value!r}")
        if value > maximum:
            raise ConfigError(f"{self.key(name)}: expected a number <= {maximum:g}, got {value!r}")
        return value

    def integer(self, name: str, default: int, minimum: int = 0, maximum: int = 2**31 - 1) -> int:
        value = self.take(name, (int, float), default)
        if isinstance(value, float) or value < minimum:
            raise ConfigError(f"{self.key(name)}: expected an integer >= {minimum}, got {value!r}")
        if value > maximum:
            raise ConfigError(f"{self.key(name)}: expected an integer <= {maximum}, got {value!r}")
        return int(value)

    def url(self, name: str, default: str | None = None, required: bool = False) -> Any:
        """An http(s) URL with a host (and a valid port, if any)."""
        value = self.take(name, str, default, required)
        if value is None:
            return None
        try:
            parts = urlsplit(value)
            ok = parts.scheme in ("http", "https") and bool(parts.hostname)
            parts.port  # noqa: B018  (raises ValueError on a port out of range)
        except ValueError:
            ok = False
        if not ok:
            raise ConfigError(f"{self.key(name)}: expected an http(s) URL, got {value!r}")
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


def _type_name(value: Any) -> str:
    return _kind_name((type(value),)).removeprefix("a ").removeprefix("an ")


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
    storage = _storage(root.table("storage"), base)
    logging_ = root.table("logging")
    level = logging_.choice("level", LOG_LEVELS, "INFO")
    logging_.done()
    web = _web(root.table("web"))
    channels = [_channel(t) for t in root.tables("channels")]
    feeds = [_feed(t) for t in root.tables("feeds")]
    telegram = _telegram(root.table("telegram"), env)
    if any(c.via == "telegram" for c in channels) and (telegram.api_id is None or not telegram.api_hash):
        raise ConfigError(
            'telegram.api_id: channels with via = "telegram" need telegram.api_id and telegram.api_hash '
            "(or env CLAIMWATCH_API_ID / CLAIMWATCH_API_HASH)"
        )
    bot = _bot(root.table("bot"), env)
    alerts = _alerts(root.table("alerts"))
    limits = _limits(root.table("limits"))
    root.done()
    return Config(
        storage=storage,
        log_level=level,
        web=web,
        channels=tuple(channels),
        feeds=tuple(feeds),
        telegram=telegram,
        bot=bot,
        alerts=alerts,
        limits=limits,
    )


def _storage(t: _Table, base: Path | None) -> StorageConfig:
    db = Path(t.take("path", str, DEFAULT_DB))
    if base is not None and not db.is_absolute():
        db = base / db
    t.done()
    return StorageConfig(db)


def _web(t: _Table) -> WebConfig:
    base_url = t.url("base_url", DEFAULT_WEB_BASE)
    poll = t.number("poll_seconds", 300.0, minimum=1.0, maximum=WEEK)
    active = t.number("active_poll_seconds", min(15.0, poll), minimum=1.0, maximum=WEEK)
    if active > poll:
        raise ConfigError(
            f"{t.key('active_poll_seconds')}: expected a number <= poll_seconds ({poll:g}), got {active!r}"
        )
    web = WebConfig(
        base_url=base_url if base_url.endswith("/") else base_url + "/",
        poll_seconds=poll,
        backfill_pages=t.integer("backfill_pages", 5, minimum=0, maximum=1000),
        timeout_seconds=t.number("timeout_seconds", 20.0, minimum=0.1, maximum=3600.0),
        active_poll_seconds=active,
    )
    t.done()
    return web


def _channel(t: _Table) -> ChannelConfig:
    name = t.take("name", str, required=True).strip().lstrip("@")
    if not name:
        raise ConfigError(f"{t.key('name')}: must not be empty")
    if not USERNAME.fullmatch(name):
        raise ConfigError(f"{t.key('name')}: expected a t.me username (letters, digits, _), got {name!r}")
    side = _side(t, "side", required=True)
    assert side is not None
    channel = ChannelConfig(
        name=name,
        side=side,
        speaker=t.take("speaker", str),
        via=t.choice("via", VIAS, "web"),
        id=t.integer("id", 0, minimum=-(2**63), maximum=2**63 - 1) if "id" in t.data else None,
        title=t.take("title", str),
    )
    t.done()
    return channel


def _feed(t: _Table) -> FeedConfig:
    feed = FeedConfig(
        url=t.url("url", required=True),
        side=_side(t, "side", required=False),
        speaker=t.take("speaker", str),
        poll_seconds=t.number("poll_seconds", 600.0, minimum=1.0, maximum=WEEK),
    )
    t.done()
    return feed


def _telegram(t: _Table, env: Mapping[str, str]) -> TelegramConfig:
    from_env = _env(env, "CLAIMWATCH_API_ID")
    api_id_raw = t.take("api_id", (int, str), secret=True)
    api_id = _api_id(from_env if from_env is not None else api_id_raw, t.key("api_id"))
    api_hash = t.take("api_hash", str, secret=True)
    telegram = TelegramConfig(
        api_id=api_id,
        api_hash=_env(env, "CLAIMWATCH_API_HASH") or api_hash,
        session=t.take("session", str, "claimwatch"),
        reconcile_seconds=t.number("reconcile_seconds", 600.0, minimum=1.0, maximum=WEEK),
    )
    t.done()
    return telegram


def _api_id(raw: int | str | None, key: str) -> int | None:
    """The Telegram api_id: a positive integer (its value is kept out of errors, with the api_hash it logs in)."""
    if raw is None or raw == "":
        return None
    try:
        value = int(raw)
    except ValueError:
        raise ConfigError(f"{key}: expected an integer (the value is not shown)") from None
    if not 0 < value < 2**31:
        raise ConfigError(f"{key}: expected a positive 32-bit integer (the value is not shown)")
    return value


def _bot(t: _Table, env: Mapping[str, str]) -> BotConfig:
    token = t.take("token", str, secret=True)
    admins = t.take("admins", list, [])
    for i, admin in enumerate(admins):
        if not isinstance(admin, int) or isinstance(admin, bool):
            raise ConfigError(f"bot.admins[{i}]: expected a Telegram user id (integer), got {admin!r}")
    bot = BotConfig(
        token=_env(env, "CLAIMWATCH_BOT_TOKEN") or token,
        base_url=t.url("base_url", DEFAULT_BOT_BASE),
        admins=tuple(admins),
    )
    t.done()
    return bot


def _alerts(t: _Table) -> AlertsConfig:
    alerts = AlertsConfig(
        dedupe_minutes=t.number("dedupe_minutes", 180.0, maximum=WEEK / 60),
        send_interval_seconds=t.number("send_interval_seconds", 5.0, minimum=0.05, maximum=3600.0),
    )
    t.done()
    return alerts


def _limits(t: _Table) -> LimitsConfig:
    limits = LimitsConfig(max_post_chars=t.integer("max_post_chars", 50_000, minimum=1_000, maximum=10_000_000))
    t.done()
    return limits


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
    except RecursionError:
        raise ConfigError(f"{p}: invalid TOML: nested too deeply") from None
    config = parse_config(data, base=p.resolve().parent, env=env)
    return Config(**{**config.__dict__, "path": p})
