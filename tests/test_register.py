"""The official register (Order 376) CSV: parsing, expansion to settlements, claims with dates, idempotent import."""

from __future__ import annotations

import csv
import io
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from bot.cli import main
from bot.core.claims.status import current_status
from bot.core.places import Gazetteer
from bot.models import Basis, Control, Kind, Settlement, Side
from bot.sources.register import (
    RegisterReport,
    excluded_names,
    parse_dates,
    parse_register,
    register_posts,
)
from bot.storage import Store
from bot.watcher.imports import import_register

REAL = Path("/work/shared/data/gazetteer/status/perelik_376_ed2025-05-07.csv")
HEADER = ["section", "table", "oblast_header", "raion_header", "katottg", "name", "start_dates", "end_dates", "note"]
OCC = "II temporarily_occupied (тимчасово окуповані)"
ACT = "I.2 active_hostilities (активних бойових дій)"
POS = "I.1 possible_hostilities (можливих бойових дій)"

# a hromada UA1402001 (codes UA1402001xxx...) with three settlements, and one settlement elsewhere
BAKHMUT = Settlement("UA14020010010059145", "M", "Бахмут", "Bakhmut", "Донецька", "Бахмутський", "Бахмутська")
KLISH = Settlement("UA14020010120064151", "C", "Кліщіївка", "Klishchiivka", "Донецька", "Бахмутський", "Бахмутська")
IVAN = Settlement("UA14020010080011111", "C", "Іванівське", "Ivanivske", "Донецька", "Бахмутський", "Бахмутська")
KHERSON = Settlement("UA65100150010064384", "M", "Херсон", "Kherson", "Херсонська", "Херсонський", "Херсонська")
SETTLEMENTS = [BAKHMUT, KLISH, IVAN, KHERSON]


def csv_text(rows: list[list[str]]) -> str:
    out = io.StringIO()
    w = csv.writer(out)
    w.writerow(HEADER)
    for section, code, name, starts, ends in rows:
        w.writerow([section, "0", "", "", code, name, starts, ends, ""])
    return out.getvalue()


SAMPLE = csv_text(
    [
        [
            OCC,
            "UA14020010000054321",
            "Бахмутська міська територіальна громада за винятком с. Іванівське",
            "20.05.2023",
            "",
        ],
        [OCC, KLISH.code, "с. Кліщіївка Бахмутської міської територіальної громади", "24.01.2023", "17.09.2023"],
        [ACT, KLISH.code, "с. Кліщіївка", "24.02.2022;18.09.2023", "23.01.2023"],
        [ACT, "UA65100150000012345", "Херсонська міська територіальна громада", "11.11. 2022", "30.04.2023"],
        [OCC, KHERSON.code, "м. Херсон", "01.03.2022", "11.11.2022"],
        [POS, IVAN.code, "с. Іванівське", "01.01.2024", ""],
        [ACT, "Код", "Найменування", "Дата початку;бойових дій", ""],
        [OCC, "UA99990010000099999", "Невідома громада", "01.01.2024", ""],
    ]
)


def test_dates_and_exceptions() -> None:
    assert parse_dates("31.03. 2022;12.11 2022") == [date(2022, 3, 31), date(2022, 11, 12)]
    assert parse_dates("Дата початку") == [None]
    assert excluded_names("Курахівська громада за винятком с. Веселий Гай, \nм. Гірник, с-ще Гостре") == (
        "Веселий Гай",
        "Гірник",
        "Гостре",
    )
    assert excluded_names("Бахмутський район") == ()


def test_parse_levels_and_bad_rows() -> None:
    report = RegisterReport()
    entries = parse_register(SAMPLE, report)
    assert [e.level for e in entries] == [
        "hromada",
        "settlement",
        "settlement",
        "hromada",
        "settlement",
        "settlement",
        "hromada",
    ]
    assert report.rows == 8 and len(report.bad_rows) == 1 and "Код" in report.bad_rows[0]
    assert entries[2].periods == ((date(2022, 2, 24), date(2023, 1, 23)), (date(2023, 9, 18), None))
    assert entries[0].excluded == ("Іванівське",)


def test_events_become_dated_government_claims() -> None:
    report = RegisterReport()
    posts = list(register_posts(parse_register(SAMPLE, report), SETTLEMENTS, report))
    by = {(c.settlement, p.date.date() if p.date else None, c.kind, c.actor) for p, [c] in posts}
    # Bakhmut: occupied from 20.05.2023 (the hromada row; Іванівське excepted, Кліщіївка has rows of its own)
    assert (BAKHMUT.code, date(2023, 5, 20), Kind.CAPTURED, Side.RU) in by
    assert not any(code == IVAN.code for code, *_ in by)  # excepted, and possible hostilities say nothing
    assert not any(code == KLISH.code and d == date(2023, 5, 20) for code, d, *_ in by)
    # Кліщіївка: fighting, occupied, de-occupied, fighting again (the first fighting ended in occupation: no repel)
    klish = sorted((d, k, a) for code, d, k, a in by if code == KLISH.code)
    assert klish == [
        (date(2022, 2, 24), Kind.FIGHTING, None),
        (date(2023, 1, 24), Kind.CAPTURED, Side.RU),
        (date(2023, 9, 17), Kind.CAPTURED, Side.UA),
        (date(2023, 9, 18), Kind.FIGHTING, None),
    ]
    # Херсон: hostilities after de-occupation ended -> repelled by ua
    assert (KHERSON.code, date(2023, 4, 30), Kind.REPELLED, Side.UA) in by
    assert all(c.claimant is Side.UA and p.source == "register" and c.when for p, [c] in posts)
    assert report.unknown_codes == ["UA99990010000099999 (Невідома громада)"]
    assert len({p.external_id for p, _ in posts}) == len(posts)


async def test_import_is_idempotent_and_feeds_status(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "perelik.csv"
    path.write_text(SAMPLE, encoding="utf-8")
    gaz = Gazetteer.from_settlements(SETTLEMENTS)
    report, new = await import_register(store, gaz, path)
    assert new == report.posts > 0
    _, again = await import_register(store, gaz, path)
    assert again == 0
    now = datetime(2025, 6, 1, tzinfo=UTC)
    assert current_status(BAKHMUT, await store.claims_for([BAKHMUT.code]), now).reported is Control.RU
    assert current_status(KHERSON, await store.claims_for([KHERSON.code]), now).reported is Control.UA
    # de-occupied 17.09.2023, then the register's area of active hostilities: that says nothing about who holds it
    klish = current_status(KLISH, await store.claims_for([KLISH.code]), now)
    assert klish.reported is Control.UA and klish.basis is Basis.REGISTER
    [first] = await store.claims_for([BAKHMUT.code])
    assert first.source == "register" and first.date == datetime(2023, 5, 20, tzinfo=UTC)


@pytest.mark.skipif(not REAL.exists(), reason="the shared register extract is not here")
def test_cli_imports_the_real_register(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    cfg = tmp_path / "c.toml"
    cfg.write_text('[storage]\npath = "ledger.sqlite3"\n', encoding="utf-8")
    assert main(["import-register", str(REAL), "--config", str(cfg)]) == 0
    out = capsys.readouterr().out
    assert "new)" in out and " 0 new" not in out
    assert main(["import-register", str(REAL), "--config", str(cfg)]) == 0
    assert "(0 new)" in capsys.readouterr().out


async def test_unreadable_register_is_a_source_error(store: Store, tmp_path: Path) -> None:
    from bot.errors import SourceError

    with pytest.raises(SourceError):
        await import_register(store, Gazetteer.from_settlements(SETTLEMENTS), tmp_path / "missing.csv")
    bad = tmp_path / "bad.csv"
    bad.write_text("a,b\n1,2\n", encoding="utf-8")
    with pytest.raises(SourceError):
        await import_register(store, Gazetteer.from_settlements(SETTLEMENTS), bad)
