"""The gazetteer's start-up cache: a restored catalog answers as the one built (byte for byte), and the cache file
is written owner-only and atomically, keyed by the data and the code, and never read when it is unsafe or damaged."""

from __future__ import annotations

import gzip
import json
import logging
import marshal
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from bot.core.places import DEFAULT_PATH, Gazetteer, read_gazetteer, snapshot
from bot.core.places import cachefile as cf
from bot.core.places.loader import data_files, read_cached

ROOT = Path(__file__).resolve().parent.parent
DATA = DEFAULT_PATH.parent
BAKHMUT = "UA14020010010059145"
needs_bundled = pytest.mark.skipif(not DEFAULT_PATH.exists(), reason="bundled gazetteer not built")

# Made-up sentences in the manner of the dev sets: cases, namesakes, areas, transliterations, typos, word-like names.
SENTENCES = [
    "ЗСУ відбили атаку біля Кліщіївки та під Бахмутом",
    "Росіяни заявили про захоплення Андріївки Бахмутського району",
    "Бої тривають на Покровському напрямку, зокрема біля Мирнограда і Селидового",
    "Сили оборони утримують позиції в районі Часового Яру",
    "Российские войска заняли Работино и продвигаются к Вербовому",
    "Минобороны РФ сообщило об освобождении Артёмовска и Красногоровки",
    "Ukrainian forces liberated Klishchiivka and Andriivka south of Bakhmut",
    "Fighting continues near Robotyne, Zaporizhzhia oblast, and around Vuhledar",
    "Heavy shelling of Kramatorsk and Sloviansk overnight; Kostiantynivka also hit",
    "під Ступочками і Кліщіївкою, а також у селі Перемога Донецької області",
    "в районі Веселого тривають бої, Веселе частково контролює противник",
    "Мир і Перемога — слова, а не села; але село Світле обстріляли",
    "ВСУ отошли из Угледара, бои под Великой Новоселкой и Старомайорским",
    "Klishchivka, Robotino, Avdiivka and Marinka: the Donetsk front",
    "#Бахмут #Соледар #Сіверськ",
    "Окупанти обстріляли Харків, Херсон і Нікополь на Дніпропетровщині",
    "Андріївка на Запоріжжі й Андріївка на Донеччині — різні села",
    "Бахмуд, Клещеевка, Покровськ, Pokrovsk, Kupiansk, Купянск-Узловой",
    "",
    "просто текст без назв",
]
QUERIES = [
    "Бахмут",
    "бахмуту",
    "Андріївка",
    "Андріївка Бахмутський район",
    "Klishchiivka",
    "Бахмуд",
    "Красноармейск",
    "Донеччина",
    "Вел",
    "UA14020010010059145",
    "Кри",
    "село Світле",
    "Zaporizhzhia oblast",
    "Роботине",
]


def answers(gaz: Gazetteer) -> str:
    """Everything the gazetteer says to the table, as text: what a comparison byte for byte compares."""
    out = [repr(gaz.find_places(text)) for text in SENTENCES]
    out += [repr(gaz.lookup(query)) for query in QUERIES]
    out += [repr(gaz.areas(query)) for query in QUERIES]
    out += [repr(gaz.near("UA14020010010059145", 10.0)), repr(gaz.get("UA14020010010059145")), str(len(gaz))]
    return "\n".join(out)


def round_trip(gaz: Gazetteer) -> Gazetteer:
    return Gazetteer.from_catalog(snapshot.restore(marshal.loads(marshal.dumps(snapshot.dump(gaz.catalog)))))


@pytest.fixture(scope="module")
def built() -> Gazetteer:
    if not DEFAULT_PATH.exists():
        pytest.skip("bundled gazetteer not built")
    return read_gazetteer(DEFAULT_PATH)


@needs_bundled
def test_a_restored_bundled_gazetteer_answers_byte_for_byte_as_the_built_one(built: Gazetteer) -> None:
    restored = round_trip(built)
    assert isinstance(restored.settlements, snapshot.SettlementTable)
    assert answers(restored) == answers(built)
    # read in another order too: memos and settlements built lazily must not change what comes out
    fresh = round_trip(built)
    assert [repr(fresh.lookup(q)) for q in reversed(QUERIES)] == [repr(built.lookup(q)) for q in reversed(QUERIES)]


@needs_bundled
def test_restored_settlements_are_the_built_ones(built: Gazetteer) -> None:
    restored = round_trip(built)
    assert restored.settlements[-1] == built.settlements[-1]
    assert restored.settlements[3:6] == tuple(built.settlements[3:6])
    first = restored.settlements[5]
    assert list(restored.settlements) == list(built.settlements)
    assert restored.settlements[5] is first  # one object per settlement, before and after iterating
    assert restored.all_areas == built.all_areas
    with pytest.raises(IndexError):
        restored.settlements[len(built)]


@pytest.fixture
def small(tmp_path: Path) -> Path:
    """A gazetteer of Donetsk oblast and the Andriivkas, in its own data directory: real files, fast to build."""
    if not DEFAULT_PATH.exists():
        pytest.skip("bundled gazetteer not built")
    data = tmp_path / "data"
    data.mkdir()
    with gzip.open(DEFAULT_PATH, "rt", encoding="utf-8") as fh:
        lines = [ln for ln in fh if ln.startswith(("#", "UA14")) or "\tАндріївка\t" in ln]
    with gzip.open(data / "gazetteer.tsv.gz", "wt", encoding="utf-8") as fh:
        fh.writelines(lines)
    for name in ("areas.tsv", "wordlike.txt", "frontline.tsv"):
        shutil.copy(DATA / name, data / name)
    return data / "gazetteer.tsv.gz"


def drop_bakhmut(path: Path) -> None:
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        lines = [ln for ln in fh if not ln.startswith(BAKHMUT)]
    with gzip.open(path, "wt", encoding="utf-8") as fh:
        fh.writelines(lines)


def snapshots(directory: Path) -> list[Path]:
    return sorted(directory.glob("gazetteer-*.snapshot"))


def test_the_cache_is_written_owner_only_and_read_back(small: Path, tmp_path: Path) -> None:
    directory = tmp_path / "cache" / "claimwatch"
    first = read_cached(small, directory)
    [written] = snapshots(directory)
    assert os.stat(directory).st_mode & 0o777 == 0o700
    assert os.stat(written).st_mode & 0o777 == 0o600
    assert not [p for p in directory.iterdir() if p.suffix == ".tmp"]  # the temporary file was renamed
    again = read_cached(small, directory)
    assert isinstance(again.settlements, snapshot.SettlementTable)  # restored, not rebuilt
    assert answers(again) == answers(first)
    assert written.name == f"gazetteer-{cf.cache_key(data_files(small))}.snapshot"


def test_the_key_changes_with_every_data_file(small: Path, tmp_path: Path) -> None:
    keys = {cf.cache_key(data_files(small))}
    for name in ("gazetteer.tsv.gz", "areas.tsv", "wordlike.txt", "frontline.tsv"):
        path = small.parent / name
        path.write_bytes(path.read_bytes() + b"\n")
        keys.add(cf.cache_key(data_files(small)))
    assert len(keys) == 5
    (small.parent / "frontline.tsv").unlink()
    keys.add(cf.cache_key(data_files(small)))
    assert len(keys) == 6


def test_the_key_covers_the_code(small: Path, tmp_path: Path) -> None:
    code = tmp_path / "code.py"
    code.write_text("A = 1\n")
    before = cf.cache_key(data_files(small), (*cf.CODE, code))
    code.write_text("A = 2\n")
    assert cf.cache_key(data_files(small), (*cf.CODE, code)) != before
    assert {p.name for p in cf.CODE} >= {"snapshot.py", "index.py", "catalog.py", "normalize.py", "models.py"}


def test_a_changed_data_file_is_a_new_snapshot(small: Path, tmp_path: Path) -> None:
    directory = tmp_path / "cache"
    read_cached(small, directory)
    assert read_cached(small, directory).get(BAKHMUT) is not None
    drop_bakhmut(small)
    changed = read_cached(small, directory)
    assert len(snapshots(directory)) == 2
    assert changed.get(BAKHMUT) is None
    assert answers(read_cached(small, directory)) == answers(changed)


def cached_once(small: Path, tmp_path: Path) -> tuple[Path, str, Path]:
    """The small gazetteer's cache written once: its directory, the answers it gives, its one snapshot file."""
    directory = tmp_path / "cache"
    expected = answers(read_cached(small, directory))
    [path] = snapshots(directory)
    return directory, expected, path


@pytest.mark.parametrize(
    "damage",
    [
        lambda b: b[: len(b) // 2],  # truncated
        lambda b: b[:-100] + bytes(100),  # damaged
        lambda b: b"",  # empty
        lambda b: b"not a snapshot at all",
        lambda b: b[:40] + b"\xff" + b[41:],  # the header's checksum
    ],
)
def test_a_damaged_file_is_rebuilt_with_a_warning(
    small: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture, damage: object
) -> None:
    directory, expected, path = cached_once(small, tmp_path)
    path.write_bytes(damage(path.read_bytes()))  # type: ignore[operator]
    with caplog.at_level(logging.WARNING):
        rebuilt = read_cached(small, directory)
    assert "damaged" in caplog.text
    assert answers(rebuilt) == expected
    assert isinstance(read_cached(small, directory).settlements, snapshot.SettlementTable)  # written anew


def test_data_of_another_shape_is_rebuilt_with_a_warning(
    small: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    directory, expected, path = cached_once(small, tmp_path)
    for wrong in ({"format": 0}, [1, 2, 3], {**cf.read(path), "names": {}}, {**cf.read(path), "order": [1]}):
        cf.write(path, wrong)
        caplog.clear()
        with caplog.at_level(logging.WARNING):
            assert answers(read_cached(small, directory)) == expected
        assert "another shape" in caplog.text


def other_snapshot(small: Path, tmp_path: Path) -> Path:
    """A valid snapshot, ours, of another gazetteer (Bakhmut missing): loaded by mistake, answers would change."""
    other = tmp_path / "other"
    shutil.copytree(small.parent, other)
    drop_bakhmut(other / "gazetteer.tsv.gz")
    read_cached(other / "gazetteer.tsv.gz", tmp_path / "elsewhere")
    [found] = snapshots(tmp_path / "elsewhere")
    return found


def test_a_symlink_is_refused(small: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    directory, expected, path = cached_once(small, tmp_path)
    target = other_snapshot(small, tmp_path)
    path.unlink()
    path.symlink_to(target)
    with caplog.at_level(logging.WARNING):
        assert answers(read_cached(small, directory)) == expected
    assert "refused" in caplog.text and "symlink" in caplog.text


@pytest.mark.parametrize("mode", [0o620, 0o602, 0o666])
def test_a_file_others_can_write_is_refused(
    small: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture, mode: int
) -> None:
    directory, expected, path = cached_once(small, tmp_path)
    shutil.copy(other_snapshot(small, tmp_path), path)
    os.chmod(path, mode)
    with caplog.at_level(logging.WARNING):
        assert answers(read_cached(small, directory)) == expected
    assert "refused" in caplog.text and "writable by others" in caplog.text
    assert os.stat(path).st_mode & 0o777 == 0o600  # written anew, ours only


def test_a_directory_others_can_write_is_refused(small: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    directory, expected, path = cached_once(small, tmp_path)
    shutil.copy(other_snapshot(small, tmp_path), path)
    os.chmod(directory, 0o777)
    with caplog.at_level(logging.WARNING):
        assert answers(read_cached(small, directory)) == expected
    assert "refused" in caplog.text and "directory is writable by others" in caplog.text
    assert "not written" in caplog.text  # nor written there


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0, reason="needs root to give a file away")
def test_a_file_of_another_user_is_refused(small: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    directory, expected, path = cached_once(small, tmp_path)
    shutil.copy(other_snapshot(small, tmp_path), path)
    os.chown(path, 12345, -1)
    with caplog.at_level(logging.WARNING):
        assert answers(read_cached(small, directory)) == expected
    assert "refused" in caplog.text and "uid 12345" in caplog.text


def test_an_unwritable_directory_leaves_no_cache_and_no_traceback(
    small: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    with caplog.at_level(logging.DEBUG):
        gaz = read_cached(small, blocker / "claimwatch")  # its parent is a file: it cannot be made
    assert answers(gaz) == answers(read_gazetteer(small))
    records = [r for r in caplog.records if r.name == cf.__name__ or "cache" in r.getMessage()]
    assert len(records) == 1 and records[0].levelno <= logging.INFO and not records[0].exc_info
    assert blocker.is_file()


def test_off_and_the_directory_from_the_environment(tmp_path: Path) -> None:
    assert cf.cache_dir({cf.ENV: "off"}) is None
    assert cf.cache_dir({cf.ENV: "OFF"}) is None
    assert cf.cache_dir({cf.ENV: str(tmp_path)}) == tmp_path
    assert cf.cache_dir({"XDG_CACHE_HOME": str(tmp_path)}) == tmp_path / "claimwatch"
    assert cf.cache_dir({"XDG_CACHE_HOME": "relative"}) == Path.home() / ".cache" / "claimwatch"
    assert cf.cache_dir({}) == Path.home() / ".cache" / "claimwatch"


def test_a_name_added_after_compact_changes_its_own_map_only() -> None:
    from bot.core.places.index import NameIndex

    index = NameIndex()
    index.add_all({"Andriyivka": {7: 0.95}, "Andreevka": {7: 0.95}})
    index.compact()
    assert index.targets[0] is index.targets[1]  # equal maps shared
    index.add("Andreevka", 9, 0.9)
    index.add("Andreevka", 7, 0.97)
    assert index.targets == [{7: 0.95}, {7: 0.97, 9: 0.9}]


def test_off_writes_no_file(small: Path, tmp_path: Path) -> None:
    before = sorted(tmp_path.rglob("*"))
    gaz = read_cached(small, cf.cache_dir({cf.ENV: "off", "XDG_CACHE_HOME": str(tmp_path)}))
    assert sorted(tmp_path.rglob("*")) == before
    assert not isinstance(gaz.settlements, snapshot.SettlementTable)


def test_old_snapshots_are_pruned(small: Path, tmp_path: Path) -> None:
    directory = tmp_path / "cache"
    read_cached(small, directory)
    for n in range(5):
        old = directory / f"gazetteer-old{n}.snapshot"
        old.write_bytes(b"")
        os.utime(old, (n, n))
    read_cached(small, directory)  # no write: nothing pruned
    assert len(snapshots(directory)) == 6
    current = cf.file_for(directory, cf.cache_key(data_files(small)))
    current.unlink()
    read_cached(small, directory)
    assert snapshots(directory) == sorted(
        [current, directory / "gazetteer-old4.snapshot", directory / "gazetteer-old3.snapshot"]
    )


def test_the_tests_cache_is_a_session_directory_that_subprocesses_inherit() -> None:
    directory = Path(os.environ[cf.ENV])
    assert directory != cf.cache_dir({}) and directory.is_dir()
    env = {k: v for k, v in os.environ.items() if k != cf.ENV}
    run = subprocess.run(
        [sys.executable, "-c", f"import os; print(os.environ.get({cf.ENV!r}, ''))"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert run.stdout.strip() == str(directory)
    assert env.get(cf.ENV) is None


@needs_bundled
def test_the_cli_says_the_same_with_the_cache_and_without() -> None:
    def places(cache: str, *args: str) -> str:
        env = {**os.environ, cf.ENV: cache, "PYTHONPATH": str(ROOT)}
        run = subprocess.run(
            [sys.executable, "-m", "bot", "places", *args], env=env, capture_output=True, text=True, timeout=120
        )
        assert run.returncode == 0, run.stderr
        return run.stdout

    text = "під Бахмутом, Кліщіївкою та Андріївкою; Klishchiivka, Robotino"
    cached = os.environ[cf.ENV]
    places(cached, "Бахмут")  # written now if this session has not yet
    key = cf.cache_key(data_files(DEFAULT_PATH))
    assert cf.file_for(Path(cached), key).is_file()
    assert places(cached, "--json", text) == places("off", "--json", text)
    assert places(cached, "--lookup", "Андріївка") == places("off", "--lookup", "Андріївка")
    assert json.loads(places(cached, "--json", text))
