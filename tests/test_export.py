"""`claimwatch export`: the ledger as GeoJSON, CSV and JSON Lines with coordinates."""

from __future__ import annotations

import asyncio
import csv
import io
import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from bot.cli import main
from bot.core.places import Gazetteer
from bot.core.present.codec import CSV_COLUMNS
from bot.models import Claim, Kind, Post, Settlement, Side
from bot.storage import Store, open_store
from bot.watcher.export import export_ledger

KLISH = Settlement(
    "UA14020010120064151", "C", "Кліщіївка", "Klishchiivka", "Донецька", "Бахмутський", "Бахмутська", 48.5272, 37.9679
)
NOWHERE = Settlement(
    "UA14020010130000000", "C", "Безкоординатне", "Bezkoordynatne", "Донецька", "Бахмутський", "Бахмутська"
)
GAZ = Gazetteer.from_settlements([KLISH, NOWHERE])
T0 = datetime(2023, 9, 17, 9, 0, tzinfo=UTC)


async def seed(store: Store) -> None:
    post = Post(
        "telegram",
        "GeneralStaffZSU",
        "10",
        "Кліщіївка, «лапки», comma",
        T0,
        side=Side.UA,
        speaker="General Staff",
        url="https://t.me/GeneralStaffZSU/10",
    )
    await store.add_post(
        post,
        [
            Claim(KLISH.code, "Кліщіївка", Kind.CAPTURED, Side.UA, Side.UA, "General Staff", 'звільнили, "так"'),
            Claim(NOWHERE.code, "Безкоординатне", Kind.FIGHTING, None, Side.UA),
            Claim(None, "Андріївка", Kind.FIGHTING, None, Side.UA, candidates=("a", "b")),
        ],
        "uk",
    )
    gone = Post("telegram", "GeneralStaffZSU", "11", "видалено", T0)
    await store.add_post(gone, [Claim(KLISH.code, "Кліщіївка", Kind.WITHDREW, Side.UA, Side.UA)], "uk")
    await store.mark_deleted("telegram", "GeneralStaffZSU", ["11"])


async def test_geojson_points_with_properties(store: Store) -> None:
    await seed(store)
    out = io.StringIO()
    written, skipped = await export_ledger(store, GAZ, "geojson", out)
    data = json.loads(out.getvalue())
    assert (written, skipped) == (1, 2)
    assert data["type"] == "FeatureCollection"
    [feature] = data["features"]
    assert feature["geometry"] == {"type": "Point", "coordinates": [37.9679, 48.5272]}
    props = feature["properties"]
    assert props["settlement"] == KLISH.code and props["kind"] == "captured" and props["claimant"] == "ua"
    assert props["url"] == "https://t.me/GeneralStaffZSU/10" and props["date"] == "2023-09-17T09:00:00+00:00"


async def test_csv_and_jsonl_keep_places_without_coordinates(store: Store) -> None:
    await seed(store)
    out = io.StringIO()
    assert await export_ledger(store, GAZ, "csv", out) == (2, 1)
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert list(rows[0]) == list(CSV_COLUMNS)
    assert rows[0]["quote"] == 'звільнили, "так"' and rows[0]["lat"] == "48.5272"
    assert rows[1]["name"] == "Безкоординатне" and rows[1]["lat"] == ""
    out = io.StringIO()
    assert await export_ledger(store, GAZ, "jsonl", out) == (2, 1)
    records = [json.loads(line) for line in out.getvalue().splitlines()]
    assert [r["kind"] for r in records] == ["captured", "fighting"] and records[1]["lon"] is None


async def test_empty_ledger_is_valid_geojson(store: Store) -> None:
    out = io.StringIO()
    assert await export_ledger(store, GAZ, "geojson", out) == (0, 0)
    assert json.loads(out.getvalue()) == {"type": "FeatureCollection", "features": []}


def test_cli_writes_a_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    cfg = tmp_path / "c.toml"
    cfg.write_text('[storage]\npath = "ledger.sqlite3"\n', encoding="utf-8")

    async def fill() -> None:
        async with await open_store(tmp_path / "ledger.sqlite3") as store:
            real = Post("telegram", "GeneralStaffZSU", "10", "Кліщіївка", T0, url="https://t.me/GeneralStaffZSU/10")
            await store.add_post(real, [Claim(KLISH.code, "Кліщіївка", Kind.CAPTURED, Side.UA, Side.UA)], "uk")

    asyncio.run(fill())
    target = tmp_path / "out" / "claims.geojson"
    target.parent.mkdir()
    assert main(["export", "--format", "geojson", "-o", str(target), "--config", str(cfg)]) == 0
    data = json.loads(target.read_text(encoding="utf-8"))
    [feature] = data["features"]
    assert feature["properties"]["name"] == "Кліщіївка" and feature["geometry"]["coordinates"][1] > 48
    assert not list(target.parent.glob("*.partial"))
    assert main(["export", "--format", "jsonl", "--config", str(cfg)]) == 0
    assert json.loads(capsys.readouterr().out.splitlines()[0])["settlement"] == KLISH.code
