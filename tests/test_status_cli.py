"""`claimwatch status` on a real SQLite file: config in tmp_path, the bundled gazetteer, exact JSON."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from bot.cli import main
from bot.models import Claim, Kind, Post, Side
from bot.storage import open_store

KLISH = "UA14020010120064151"  # Кліщіївка, Бахмутський район
CLAIM_KEYS = ["kind", "actor", "claimant", "speaker", "quote", "date", "url", "source", "event_date"]


@pytest.fixture
async def config(tmp_path: Path) -> Path:
    db = tmp_path / "data" / "ledger.sqlite3"
    path = tmp_path / "claimwatch.toml"
    path.write_text('[storage]\npath = "data/ledger.sqlite3"\n', encoding="utf-8")
    async with await open_store(db) as store:
        ua = Post(
            "telegram",
            "GeneralStaffZSU",
            "10",
            "Сили оборони звільнили Кліщіївку",
            datetime(2023, 9, 17, 9, 0, tzinfo=UTC),
            side=Side.UA,
            speaker="General Staff",
            url="https://t.me/GeneralStaffZSU/10",
        )
        ru = Post(
            "telegram",
            "mod_russia",
            "20",
            "Атаки ВСУ в районе Клещеевки отражены",
            datetime(2023, 9, 18, 9, 0, tzinfo=UTC),
            side=Side.RU,
            speaker="Russian MoD",
            url="https://t.me/mod_russia/20",
        )
        await store.add_post(
            ua,
            [Claim(KLISH, "Кліщіївка", Kind.CAPTURED, Side.UA, Side.UA, "General Staff", "звільнили Кліщіївку")],
            "uk",
        )
        await store.add_post(
            ru,
            [
                Claim(
                    KLISH,
                    "Клещеевка",
                    Kind.REPELLED,
                    Side.RU,
                    Side.RU,
                    "Russian MoD",
                    "Атаки ВСУ в районе Клещеевки отражены",
                )
            ],
            "ru",
        )
    return path


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    code = main(list(argv))
    return code, capsys.readouterr().out


@pytest.mark.parametrize("query", ["Кліщіївка", "KLISHCHIIVKA", "Клещеевка", KLISH])
def test_status_json_for_any_spelling(config: Path, capsys: pytest.CaptureFixture[str], query: str) -> None:
    code, out = run(capsys, "status", query, "--config", str(config), "--json")
    assert code == 0
    data = json.loads(out)
    assert list(data) == ["settlement", "reported", "latest", "history", "basis", "contradiction", "as_of"]
    assert data["settlement"]["code"] == KLISH and data["settlement"]["name"] == "Кліщіївка"
    assert set(data["settlement"]) == {"code", "name", "name_latin", "raion", "oblast", "lat", "lon"}
    assert data["reported"] == "contested"  # ua says it took it, then ru says it beat off attacks
    assert data["latest"]["ua"]["url"] == "https://t.me/GeneralStaffZSU/10"
    assert data["latest"]["ru"]["source"] == "mod_russia" and data["latest"]["other"] is None
    assert [h["claimant"] for h in data["history"]] == ["ru", "ua"]
    assert all(list(h) == CLAIM_KEYS for h in data["history"])


def test_status_text_is_readable_and_hedged(config: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out = run(capsys, "status", "Кліщіївка", "--config", str(config))
    assert code == 0
    assert out.startswith("Кліщіївка (Klishchiivka)")
    assert "reported: contested" in out and "not verified" in out
    assert "ua claims (General Staff): captured by ua" in out and "https://t.me/mod_russia/20" in out


def test_ambiguous_and_unknown(config: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out = run(capsys, "status", "Андріївка", "--config", str(config), "--json")
    data = json.loads(out)
    assert code == 0 and list(data) == ["ambiguous"] and len(data["ambiguous"]) > 1
    assert all(s["name"] == "Андріївка" and s["raion"] and s["oblast"] for s in data["ambiguous"])
    # a clear single best fuzzy match is answered, saying what it was taken for
    code, out = run(capsys, "status", "Klishchivka", "--config", str(config), "--json")
    data = json.loads(out)
    assert code == 0 and data["settlement"]["code"] == KLISH
    assert data["corrected"] == {"query": "Klishchivka", "name": "Кліщіївка"}
    code, out = run(capsys, "status", "Бахмуд", "--config", str(config))  # a Cyrillic typo
    assert code == 0 and out.startswith("showing Bakhmut for 'Бахмуд'")
    code, out = run(capsys, "status", "Qwertyzzz", "--config", str(config), "--json")
    assert code == 1 and json.loads(out)["suggestions"] == []


def test_no_database_yet_means_no_claims(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    cfg = tmp_path / "c.toml"
    cfg.write_text('[storage]\npath = "nothing/here.sqlite3"\n', encoding="utf-8")
    code, out = run(capsys, "status", "Бахмут", "--config", str(cfg), "--json")
    data = json.loads(out)
    assert code == 0 and data["reported"] == "unknown" and data["history"] == []
    assert not (tmp_path / "nothing").exists()


def test_status_as_of_a_day(config: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """ua claimed it on 17.09, ru answered on 18.09: on the 17th only ua had spoken."""
    code, out = run(capsys, "status", "Кліщіївка", "--config", str(config), "--json", "--as-of", "2023-09-17")
    data = json.loads(out)
    assert code == 0 and data["as_of"] == "2023-09-17"
    assert data["reported"] == "ua" and data["basis"]["reason"] == "one_side"
    assert [h["claimant"] for h in data["history"]] == ["ua"] and data["latest"]["ru"] is None
    code, out = run(capsys, "status", "Кліщіївка", "--config", str(config), "--json", "--as-of", "18.09.2023")
    assert json.loads(out)["reported"] == "contested"
    code, out = run(capsys, "status", "Кліщіївка", "--config", str(config), "--as-of", "2023-09-16")
    assert code == 0 and "as of 2023-09-16" in out and "no claims recorded yet" in out


def test_status_as_of_rejects_a_bad_day(config: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["status", "Кліщіївка", "--config", str(config), "--as-of", "yesterday"]) == 1
    assert "--as-of" in capsys.readouterr().err
