"""Config loading: the example loads, and every error names its key."""

from pathlib import Path

import pytest

from bot.config import load_config, parse_config
from bot.errors import ConfigError
from bot.models import Side
from tests.config_cases import BROKEN

ROOT = Path(__file__).resolve().parent.parent


def test_example_config_loads() -> None:
    config = load_config(ROOT / "config.example.toml", env={})
    assert config.web.base_url == "https://t.me/s/"
    assert config.channels[0].side is Side.UA
    assert config.storage.path == ROOT / "var" / "claimwatch.sqlite3"


def test_defaults_without_file() -> None:
    config = load_config(None, env={})
    assert config.storage.path == Path("var/claimwatch.sqlite3")
    assert config.channels == ()
    assert config.bot.base_url == "https://api.telegram.org/bot"


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (
            {"channels": [{"name": "a", "side": "ua"}, {"name": "b", "side": "ru"}, {"name": "c", "side": "x"}]},
            "channels[2].side: expected one of ua, ru, other",
        ),
        ({"channels": [{"side": "ua"}]}, "channels[0].name: missing"),
        ({"web": {"poll_seconds": "often"}}, "web.poll_seconds: expected"),
        ({"web": {"base_url": "ftp://x"}}, "web.base_url: expected an http(s) URL"),
        ({"web": {"pol_seconds": 3}}, "web.pol_seconds: unknown key"),
        ({"feeds": [{"url": "http://x", "side": "nato"}]}, "feeds[0].side: expected one of"),
        ({"bot": {"admins": ["me"]}}, "bot.admins[0]: expected a Telegram user id"),
        ({"channels": [{"name": "a", "side": "ua", "via": "telegram"}]}, "telegram.api_id"),
        ({"storage": []}, "storage: expected a table"),
    ],
)
def test_errors_name_the_key(data: dict[str, object], message: str) -> None:
    with pytest.raises(
        ConfigError, match=message.replace("[", r"\[").replace("]", r"\]").replace("(", r"\(").replace(")", r"\)")
    ):
        parse_config(data, env={})


def test_secrets_from_environment() -> None:
    config = parse_config(
        {"channels": [{"name": "a", "side": "ua", "via": "telegram"}]},
        env={"CLAIMWATCH_API_ID": "42", "CLAIMWATCH_API_HASH": "h", "CLAIMWATCH_BOT_TOKEN": "1:x"},
    )
    assert config.telegram.api_id == 42
    assert config.telegram.api_hash == "h"
    assert config.bot.token == "1:x"


def test_broken_toml_names_the_file(tmp_path: Path) -> None:
    path = tmp_path / "c.toml"
    path.write_text("[web\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"c\.toml: invalid TOML"):
        load_config(path)


@pytest.mark.parametrize(("text", "message"), BROKEN, ids=[str(i) for i in range(1, len(BROKEN) + 1)])
def test_broken_configs(tmp_path: Path, text: str | bytes, message: str) -> None:
    """Every broken config is a ConfigError naming its key (none a traceback), and no secret is echoed."""
    path = tmp_path / "c.toml"
    path.write_bytes(text if isinstance(text, bytes) else text.encode("utf-8"))
    with pytest.raises(ConfigError) as caught:
        load_config(path, env={})
    assert message in str(caught.value)
    assert "SECRET" not in str(caught.value) and "123456789" not in str(caught.value)


def test_active_poll_seconds_defaults_within_poll_seconds() -> None:
    assert parse_config({}, env={}).web.active_poll_seconds == 15.0
    assert parse_config({"web": {"poll_seconds": 5}}, env={}).web.active_poll_seconds == 5.0  # never above it
    web = parse_config({"web": {"poll_seconds": 60, "active_poll_seconds": 60}}, env={}).web
    assert web.active_poll_seconds == web.poll_seconds == 60.0


def test_numbers_in_range_load(tmp_path: Path) -> None:
    config = parse_config({"web": {"poll_seconds": 1, "backfill_pages": 0}, "limits": {"max_post_chars": 4096}}, env={})
    assert config.web.poll_seconds == 1.0 and config.web.backfill_pages == 0 and config.limits.max_post_chars == 4096
    assert load_config(None, env={}).limits.max_post_chars == 50_000
