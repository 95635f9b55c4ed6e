"""`claimwatch demo`: the bundled sample posts through the whole path, offline."""

from __future__ import annotations

from pathlib import Path

from bot.demo import run_demo, sample_posts


def test_sample_posts_parse() -> None:
    posts = list(sample_posts())
    assert len(posts) >= 10
    assert all(p.date is not None and p.date.tzinfo is not None and p.url for p in posts)


async def test_demo_stores_alerts_and_answers(tmp_path: Path) -> None:
    lines: list[str] = []
    assert await run_demo(tmp_path, lines.append) == 0
    out = "\n".join(lines)
    assert (tmp_path / "demo.sqlite3").exists()
    assert "claim: Кліщіївка (UA14020010120064151) captured, actor ua, claimant ua" in out
    alerts = [line for line in lines if line.startswith("--- alert to chat 1001")]
    assert len(alerts) >= 3
    assert "Also reported by" in out  # the same claim from a second channel edits the first alert
    assert "> /status Klishchiivka" in out and "The sides contradict each other" in out
    # a second run starts afresh and prints the same story
    again: list[str] = []
    await run_demo(tmp_path, again.append)
    assert [line for line in again if "demo.sqlite3" not in line] == [
        line for line in lines if "demo.sqlite3" not in line
    ]
