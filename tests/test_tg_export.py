"""Telegram Desktop exports (result.json): parsing, malformed messages, and `claimwatch import` into a real ledger."""

from __future__ import annotations

import json
import shutil
import sqlite3
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from bot.cli import main
from bot.errors import SourceError
from bot.models import Post, Side
from bot.sources.export import ExportProblem, chat_posts, chats_of, flatten_text, load_export
from bot.watcher.imports import import_export
from bot.watcher.ingest import Ingest
from tests.fakesite import DATA, tiny_gazetteer

EXPORTS = DATA / "exports"


def items(name: str, **kwargs: Any) -> list[Post | ExportProblem]:
    [chat] = load_export(EXPORTS / name)
    return list(chat_posts(chat, **kwargs))


def test_single_channel_export() -> None:
    got = items("channel_result.json", channel="GeneralStaffZSU", side=Side.UA, speaker="General Staff")
    posts = [p for p in got if isinstance(p, Post)]
    problems = [str(p) for p in got if isinstance(p, ExportProblem)]
    assert [p.external_id for p in posts] == ["14991", "14992", "14993", "14994", "14996"]  # service/unsupported out
    first, edited = posts[0], posts[1]
    assert first.source == "export" and first.channel == "GeneralStaffZSU"
    assert first.url == "https://t.me/GeneralStaffZSU/14991"
    assert first.date == datetime.fromtimestamp(1714466412, tz=UTC)  # date_unixtime, not the local "date"
    assert first.side is Side.UA and first.speaker == "General Staff"
    assert edited.edit_date == datetime.fromtimestamp(1714475401, tz=UTC)
    assert edited.text == (
        "⚡️Оперативна інформація станом на 16.00 30.04.2024\n\n"
        "На Покровському напрямку ворог намагався просунутися поблизу Новоселівки Першої. Тривають бої.\n#ЗСУ"
    )
    assert posts[2].text == ""  # a photo without caption
    assert problems == [
        "channel_result.json: messages[5].date: not a date",
        "channel_result.json: messages[7]: not an object",
        "channel_result.json: messages[8].id: missing",
    ]


def test_without_a_username_links_to_the_private_form() -> None:
    posts = [p for p in items("channel_result.json") if isinstance(p, Post)]
    assert posts[0].channel == "Генеральний штаб ЗСУ"
    assert posts[0].url == "https://t.me/c/1382045709/14991"


def test_old_export_without_unixtime_and_numeric_from_id() -> None:
    posts = items("old_format_result.json", channel="mod_russia")
    assert all(isinstance(p, Post) for p in posts)
    first, second = posts
    assert isinstance(first, Post) and isinstance(second, Post)
    assert first.date == datetime(2023, 6, 10, 9, 15, tzinfo=UTC)
    assert second.edit_date == datetime(2023, 6, 10, 12, 45, tzinfo=UTC)
    assert second.text == "Сводка Министерства обороны: продолжаются бои у Нескучного."


def test_full_export_lists_every_chat() -> None:
    chats = load_export(EXPORTS / "full_export_result.json")
    assert [(c.name, c.type) for c in chats] == [
        ("Олександр Сирський", "public_channel"),
        ("Saved Messages", "saved_messages"),
    ]  # the broken entry skipped
    assert chats[0].where == "full_export_result.json: chats.list[0]"


@pytest.mark.parametrize("name", ["messages.html"])
def test_not_json_is_a_source_error(name: str) -> None:
    with pytest.raises(SourceError, match=r"messages\.html: not a JSON file"):
        load_export(EXPORTS / name)


@pytest.mark.parametrize("data", [[], {"name": "x"}, {"chats": {"list": 3}}, "text"])
def test_json_that_is_not_an_export(data: Any) -> None:
    with pytest.raises(SourceError, match="not a Telegram Desktop export"):
        chats_of(data, "result.json")


def test_text_pieces() -> None:
    assert flatten_text(["a ", {"type": "link", "text": "https://x", "href": "https://x"}, " b"]) == "a https://x b"
    assert flatten_text("plain") == "plain"
    with pytest.raises(Exception, match=r"text\[1\]: not text"):
        flatten_text(["a", 5])


def test_bad_unixtime_is_named() -> None:
    [chat] = chats_of(
        {
            "name": "c",
            "type": "public_channel",
            "id": 1,
            "messages": [
                {"id": 1, "type": "message", "date_unixtime": "soon", "text": "x"},
                {"id": 2, "type": "message", "date": "2024-01-01T00:00:00", "text": {"oops": 1}},
            ],
        }
    )
    assert [str(p) for p in chat_posts(chat)] == [
        "result.json: messages[0].date_unixtime: not a Unix time",
        "result.json: messages[1].text: not text",
    ]


# --- import into a real ledger ------------------------------------------------------------------------------


@pytest.fixture
async def deps(store: Any) -> AsyncIterator[Ingest]:
    yield Ingest(store, tiny_gazetteer())


class Bar:
    """A tqdm stand-in recording what the import reports."""

    def __init__(self) -> None:
        self.total: int | None = None
        self.n = 0

    def update(self, n: int) -> None:
        self.n += n

    def refresh(self) -> None:
        pass


async def test_import_then_reimport_changes_nothing(deps: Ingest) -> None:
    bar = Bar()
    problems: list[str] = []
    report = await import_export(
        EXPORTS / "channel_result.json",
        deps.store,
        deps.gazetteer,
        side=Side.UA,
        channel="GeneralStaffZSU",
        progress=bar,
        on_problem=problems.append,
    )
    assert (report.new, report.unchanged) == (5, 0)
    assert report.summary() == "5 new, 0 unchanged, 3 skipped (malformed)"
    assert len(problems) == 3 and bar.total == 10 and bar.n == 10
    claims = await deps.store.claims_for(["UA23100270150025192"])  # type: ignore[union-attr]
    assert [(c.claim.kind.value, c.claim.claimant) for c in claims] == [("captured", Side.UA)]
    assert claims[0].url == "https://t.me/GeneralStaffZSU/14994"
    again = await import_export(
        EXPORTS / "channel_result.json", deps.store, deps.gazetteer, side=Side.UA, channel="GeneralStaffZSU"
    )
    assert (again.new, again.unchanged) == (0, 5)
    assert (await deps.store.counts())["posts"] == 5  # type: ignore[union-attr]


async def test_import_is_the_same_post_as_the_web_preview(deps: Ingest) -> None:
    web = Post("web", "generalstaffzsu", "14994", "Підрозділи 47 ОМБр звільнили Роботине.", side=Side.UA)
    await deps.store.add_post(web, [], "uk")  # type: ignore[union-attr]
    report = await import_export(
        EXPORTS / "channel_result.json", deps.store, deps.gazetteer, side=Side.UA, channel="GeneralStaffZSU"
    )
    assert (report.new, report.unchanged) == (4, 1)


async def test_full_export_imports_channels_only(deps: Ingest) -> None:
    report = await import_export(EXPORTS / "full_export_result.json", deps.store, deps.gazetteer)
    assert (report.new, report.unchanged) == (2, 0)
    assert report.skipped_chats == ["Saved Messages (saved_messages)"]


async def test_big_import_goes_in_batches(deps: Ingest, tmp_path: Path) -> None:
    messages = [
        {
            "id": i,
            "type": "message",
            "date": "2024-05-01T10:00:00",
            "date_unixtime": str(1714557600 + i),
            "text": f"Повідомлення {i}",
        }
        for i in range(1, 1201)
    ]
    path = tmp_path / "result.json"
    path.write_text(json.dumps({"name": "Big", "type": "public_channel", "id": 5, "messages": messages}))
    report = await import_export(path, deps.store, deps.gazetteer, channel="big")
    assert (report.new, report.unchanged) == (1200, 0)
    assert (await deps.store.counts())["posts"] == 1200  # type: ignore[union-attr]


def test_cli_import(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    config = tmp_path / "config.toml"
    config.write_text('[storage]\npath = "data/ledger.sqlite3"\n')
    export = tmp_path / "result.json"
    shutil.copy(EXPORTS / "channel_result.json", export)
    args = [
        "import",
        str(export),
        "--side",
        "ua",
        "--speaker",
        "General Staff",
        "--channel",
        "GeneralStaffZSU",
        "--config",
        str(config),
    ]
    assert main(args) == 0
    out, err = capsys.readouterr()
    assert out.strip() == "5 new, 0 unchanged, 3 skipped (malformed)"
    assert "result.json: messages[5].date: not a date (skipped)" in err
    assert "\r" not in err  # no progress bar redraws when stderr is not a terminal
    assert main(args) == 0
    assert capsys.readouterr().out.strip() == "0 new, 5 unchanged, 3 skipped (malformed)"
    with sqlite3.connect(tmp_path / "data" / "ledger.sqlite3") as db:
        assert db.execute("SELECT count(*), count(DISTINCT external_id) FROM posts").fetchone() == (5, 5)


def test_cli_import_of_a_non_export(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    config = tmp_path / "config.toml"
    config.write_text('[storage]\npath = "ledger.sqlite3"\n')
    assert main(["import", str(EXPORTS / "messages.html"), "--config", str(config)]) == 1
    assert "messages.html: not a JSON file" in capsys.readouterr().err


async def test_reimport_of_an_edited_post_replaces_its_claims(deps: Ingest, tmp_path: Path) -> None:
    await import_export(
        EXPORTS / "channel_result.json", deps.store, deps.gazetteer, side=Side.UA, channel="GeneralStaffZSU"
    )
    data = json.loads((EXPORTS / "channel_result.json").read_text(encoding="utf-8"))
    data["messages"][4]["text"] = "Уточнення: бої за Роботине тривають."
    path = tmp_path / "result.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    report = await import_export(path, deps.store, deps.gazetteer, side=Side.UA, channel="GeneralStaffZSU")
    assert (report.new, report.unchanged) == (1, 4)
    claims = await deps.store.claims_for(["UA23100270150025192"])  # type: ignore[union-attr]
    assert [c.claim.kind.value for c in claims] == ["fighting"]
    assert await deps.store.post_history("export", "GeneralStaffZSU", "14994") == [  # type: ignore[union-attr]
        "Підрозділи 47 ОМБр звільнили Роботине."
    ]


def test_a_date_with_no_utc_is_named_and_the_others_read() -> None:
    chat = chats_of(
        {
            "name": "c",
            "type": "public_channel",
            "id": 1,
            "messages": [
                {"id": 1, "type": "message", "date": "0001-01-01T00:00:00+14:00", "text": "x"},
                {"id": 2, "type": "message", "date": "2024-01-01T00:00:00", "text": "y"},
            ],
        }
    )[0]
    got = list(chat_posts(chat))
    assert [str(g) for g in got if isinstance(g, ExportProblem)] == ["result.json: messages[0].date: not a date"]
    assert [p.external_id for p in got if isinstance(p, Post)] == ["2"]


SYRSKYI_WEB = Post("web", "osirskiy", "812", "Підрозділи 47 ОМБр звільнили Роботине.", side=Side.UA)


@pytest.mark.parametrize(
    ("configured", "channel"),
    [
        ({"id": 1596236316}, None),  # the export's bare id
        ({"id": -1001596236316}, None),  # the Bot API's form of it
        ({"title": "олександр сирський"}, None),  # the export's title, any case
        ({}, ["1596236316=osirskiy"]),  # --channel ID=NAME
        ({}, ["Олександр Сирський=osirskiy", "Other=x"]),  # --channel TITLE=NAME
    ],
)
async def test_a_full_exports_chat_is_the_watched_channel(
    deps: Ingest, configured: dict[str, Any], channel: list[str] | None
) -> None:
    """The same channel imported from a full export and watched live is one post per message."""
    from bot.config import ChannelConfig

    await deps.store.add_post(SYRSKYI_WEB, [], "uk")  # type: ignore[union-attr]
    channels = [ChannelConfig("osirskiy", Side.UA, "Syrskyi", **configured)]
    report = await import_export(
        EXPORTS / "full_export_result.json", deps.store, deps.gazetteer, channels=channels, channel=channel
    )
    assert (report.new, report.unchanged, report.unmapped) == (1, 1, [])
    assert (await deps.store.counts())["posts"] == 2  # type: ignore[union-attr]
    post, _ = await deps.store.get_post("export", "osirskiy", "810")  # type: ignore[union-attr,misc]
    assert post.url == "https://t.me/osirskiy/810"
    assert post.side is Side.UA and post.speaker == "Syrskyi"


async def test_an_unmapped_chat_is_named(deps: Ingest) -> None:
    report = await import_export(EXPORTS / "full_export_result.json", deps.store, deps.gazetteer)
    assert report.unmapped == ["Олександр Сирський (id 1596236316)"]


@pytest.mark.parametrize("kind", ["personal_chat", "bot_chat", "saved_messages", "private_group"])
async def test_a_private_single_chat_export_is_skipped(deps: Ingest, tmp_path: Path, kind: str) -> None:
    path = tmp_path / "result.json"
    message = {"id": 1, "type": "message", "date_unixtime": "1714557600", "text": "особисте"}
    path.write_text(json.dumps({"name": "Мама", "type": kind, "id": 7, "messages": [message]}), encoding="utf-8")
    report = await import_export(path, deps.store, deps.gazetteer)
    assert (report.new, report.skipped_chats) == (0, [f"Мама ({kind})"])
    assert (await deps.store.counts())["posts"] == 0  # type: ignore[union-attr]


def test_cli_import_maps_a_chat_by_id(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    config = tmp_path / "config.toml"
    config.write_text('[storage]\npath = "ledger.sqlite3"\n')
    args = ["import", str(EXPORTS / "full_export_result.json"), "--channel", "1596236316=osirskiy", "--config"]
    assert main([*args, str(config)]) == 0
    assert capsys.readouterr().out.strip() == "2 new, 0 unchanged"
    with sqlite3.connect(tmp_path / "ledger.sqlite3") as db:
        assert db.execute("SELECT DISTINCT channel FROM posts").fetchall() == [("osirskiy",)]


def test_deep_nesting_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "result.json"
    path.write_text('{"name": "x", "type": "public_channel", "messages": [' + "[" * 100_000 + "]" * 100_000 + "]}")
    with pytest.raises(SourceError, match="nested deeper than 64 levels"):
        load_export(path)


def test_surrogate_escapes_across_read_chunks() -> None:
    import io

    from bot.sources.export import CHUNK, _Unsurrogated

    for pad in range(CHUNK - 14, CHUNK + 2):  # the pair and the lone escape land on every side of a chunk's end
        raw = b'{"t": "' + b"a" * pad + b'\\ud83d\\ude00 \\ud800 \\u0041"}'
        reader = _Unsurrogated(io.BytesIO(raw))
        out = b"".join(iter(lambda r=reader: r.read(1 << 16), b""))  # type: ignore[misc]
        assert json.loads(out)["t"] == "a" * pad + "😀 \ufffd A", pad


def test_a_big_export_is_streamed_not_loaded(tmp_path: Path) -> None:
    """Reading a 12 MB export's messages holds one message at a time (json.loads held the whole file, ~5x)."""
    import tracemalloc

    messages = [
        {"id": i, "type": "message", "date_unixtime": str(1714557600 + i), "text": f"Повідомлення {i} " * 20}
        for i in range(1, 20_001)
    ]
    path = tmp_path / "result.json"
    path.write_text(json.dumps({"name": "Big", "type": "public_channel", "id": 5, "messages": messages}))
    del messages
    size = path.stat().st_size
    tracemalloc.start()
    try:
        [chat] = load_export(path)
        count = sum(1 for _ in chat_posts(chat, channel="big"))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert count == len(chat.messages) == 20_000
    assert size > 10_000_000 and peak < size / 10, (size, peak)


def run_on_a_terminal(args: list[str]) -> str:
    """`claimwatch ARGS` with stderr on a pseudo-terminal (as a person runs it); everything it wrote there."""
    import os
    import pty
    import subprocess
    import sys

    root = Path(__file__).resolve().parent.parent
    leader, follower = pty.openpty()
    proc = subprocess.Popen(
        [sys.executable, "-m", "bot", *args],
        cwd=root,
        env={**os.environ, "PYTHONPATH": str(root)},  # a pty with no size: 0 columns
        stdout=subprocess.DEVNULL,
        stderr=follower,
    )
    os.close(follower)
    chunks = []
    while True:
        try:
            data = os.read(leader, 65536)
        except OSError:  # EIO: the child closed the terminal
            break
        if not data:
            break
        chunks.append(data)
    os.close(leader)
    assert proc.wait(120) == 0
    return b"".join(chunks).decode("utf-8", "replace")


@pytest.mark.parametrize("level", ["INFO", "WARNING"])
def test_import_on_a_terminal_shows_a_bar_and_honours_the_log_level(tmp_path: Path, level: str) -> None:
    messages = [
        {"id": i, "type": "message", "date_unixtime": str(1714557600 + i), "text": "Підрозділи звільнили Роботине."}
        for i in range(1, 3001)
    ]
    export = tmp_path / "result.json"
    export.write_text(json.dumps({"name": "Big", "type": "public_channel", "id": 5, "messages": messages}))
    config = tmp_path / "config.toml"
    config.write_text(f'[storage]\npath = "ledger.sqlite3"\n[logging]\nlevel = "{level}"\n')
    out = run_on_a_terminal(["import", str(export), "--channel", "big", "--config", str(config)])
    assert "msg/s" in out and "\r" in out and "/3000 [" in out  # tqdm's bar, with its total, redrawn in place
    assert "bot.watcher.ingest: post big/" not in out  # 3,000 posts are not 3,000 log lines
    if level == "WARNING":
        assert " INFO " not in out
