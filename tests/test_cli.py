"""The command line: help, version, errors as one line and exit code 1."""

from pathlib import Path

import pytest

from bot.cli import main


def test_help_lists_every_command(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["--help"])
    assert exc.value.code == 0
    out = capsys.readouterr().out
    for command in (
        "places",
        "extract",
        "eval",
        "watch",
        "import",
        "import-register",
        "status",
        "export",
        "doctor",
        "bot",
        "run",
        "chat",
        "demo",
    ):
        assert command in out


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--version"])
    assert capsys.readouterr().out.startswith("claimwatch ")


def test_broken_config_is_one_line_and_exit_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    config = tmp_path / "bad.toml"
    config.write_text('[[channels]]\nname = "x"\nside = "nato"\n', encoding="utf-8")
    assert main(["doctor", "--config", str(config)]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert err[-1] == "claimwatch: channels[0].side: expected one of ua, ru, other, got 'nato'"
