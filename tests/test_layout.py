"""The layering of bot/: imports point one way, the pure core stays pure, and no module imports itself in a circle.

models, errors (and config)  <-  core  <-  storage, sources  <-  watcher, chat  <-  deps, demo  <-  cli, __main__

Every import counts: module level, function-local and TYPE_CHECKING alike.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

BOT = Path(__file__).resolve().parent.parent / "bot"

# Which first-level rooms of bot/ each room may import (besides itself).
BASE = {"bot", "bot.models", "bot.errors"}
ALLOWED: dict[str, set[str]] = {
    "bot": set(),
    "bot.models": {"bot", "bot.errors"},
    "bot.errors": {"bot"},
    "bot.config": BASE,
    "bot.core": BASE,
    "bot.storage": BASE | {"bot.core"},
    "bot.sources": BASE | {"bot.config", "bot.core"},
    "bot.watcher": BASE | {"bot.config", "bot.core", "bot.storage", "bot.sources"},
    "bot.chat": BASE | {"bot.config", "bot.core", "bot.storage"},
    "bot.deps": BASE | {"bot.config", "bot.core", "bot.storage", "bot.sources", "bot.watcher", "bot.chat"},
}
for top in ("bot.demo", "bot.cli", "bot.__main__"):
    ALLOWED[top] = set(ALLOWED["bot.deps"]) | {"bot.deps", "bot.demo", "bot.cli"}

# Libraries that do I/O or talk to Telegram: never inside the pure core.
IMPURE = {"aiosqlite", "sqlite3", "telegram", "telethon", "httpx", "feedparser", "selectolax", "socket", "asyncio"}
# Reading the clock: the core takes `now` as a parameter.
CLOCK_CALLS = {("datetime", "now"), ("datetime", "utcnow"), ("datetime", "today"), ("date", "today")}
CLOCK_FUNCS = {("time", "time"), ("time", "monotonic"), ("time", "perf_counter"), ("time", "time_ns")}
# A module a newcomer can read in one sitting; split along its jobs when it grows past this.
MAX_MODULE_LINES = 800


def module_name(path: Path) -> str:
    parts = list(path.relative_to(BOT.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def modules() -> dict[str, Path]:
    return {module_name(p): p for p in sorted(BOT.rglob("*.py"))}


def imports_of(name: str, path: Path) -> Iterator[tuple[str, int]]:
    """(imported module, line) for every import statement anywhere in the file, relative ones made absolute."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield alias.name, node.lineno
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parent = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*parent, base] if base else parent)
            yield base, node.lineno
            for alias in node.names:  # `from bot.core import lexicon` imports the module bot.core.lexicon
                yield f"{base}.{alias.name}", node.lineno


def room(name: str) -> str:
    """The first-level room of a bot module: bot.core.places.index -> bot.core."""
    parts = name.split(".")
    return ".".join(parts[:2]) if len(parts) > 1 else name


def internal_edges() -> dict[str, set[str]]:
    known = modules()
    edges: dict[str, set[str]] = {name: set() for name in known}
    for name, path in known.items():
        for target, _line in imports_of(name, path):
            if target in known and target != name:
                edges[name].add(target)
    return edges


def test_every_room_imports_only_the_rooms_below_it() -> None:
    wrong = []
    known = modules()
    for name, path in known.items():
        mine = room(name)
        allowed = ALLOWED.get(mine)
        if allowed is None:
            wrong.append(f"{name}: a room the layering test does not know; add it to ALLOWED")
            continue
        for target, line in imports_of(name, path):
            if not target.startswith("bot") or target not in known:
                continue
            theirs = room(target)
            if theirs != mine and theirs not in allowed and target not in allowed:
                wrong.append(f"{path.relative_to(BOT.parent)}:{line}: {name} imports {target}")
    assert not wrong, "\n".join(wrong)


def test_the_core_imports_no_io_library_and_reads_no_clock() -> None:
    wrong = []
    for name, path in modules().items():
        if room(name) != "bot.core":
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for target, line in imports_of(name, path):
            if target.split(".")[0] in IMPURE:
                wrong.append(f"{path.relative_to(BOT.parent)}:{line}: imports {target}")
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
                owner = node.func.value
                owner_name = owner.id if isinstance(owner, ast.Name) else getattr(owner, "attr", "")
                if (owner_name, node.func.attr) in CLOCK_CALLS | CLOCK_FUNCS:
                    wrong.append(f"{path.relative_to(BOT.parent)}:{node.lineno}: reads the clock")
    assert not wrong, "\n".join(wrong)


def test_no_import_cycles() -> None:
    edges = internal_edges()
    # A package's __init__ is reached by importing any of its modules; count only explicit imports.
    state: dict[str, int] = {}
    stack: list[str] = []
    cycles: list[list[str]] = []

    def visit(node: str) -> None:
        state[node] = 1
        stack.append(node)
        for nxt in sorted(edges[node]):
            if state.get(nxt) == 1:
                cycles.append([*stack[stack.index(nxt) :], nxt])
            elif nxt not in state:
                visit(nxt)
        stack.pop()
        state[node] = 2

    for node in sorted(edges):
        if node not in state:
            visit(node)
    assert not cycles, "\n".join(" -> ".join(c) for c in cycles)


def test_no_module_is_longer_than_a_sitting() -> None:
    roots = [BOT, BOT.parent / "scripts", BOT.parent / "tests"]
    long = {
        str(path.relative_to(BOT.parent)): n
        for root in roots
        for path in sorted(root.rglob("*.py"))
        if ".venv" not in path.parts and (n := len(path.read_text(encoding="utf-8").splitlines())) > MAX_MODULE_LINES
    }
    assert not long, f"modules over {MAX_MODULE_LINES} lines: {long}"


@pytest.mark.parametrize(
    ("source", "wanted"),
    [
        ("from bot.core import lexicon\n", {"bot.core", "bot.core.lexicon"}),
        ("def f():\n    import bot.storage\n", {"bot.storage"}),
        ("from . import render\n", {"bot.core.present", "bot.core.present.render"}),
    ],
)
def test_the_walker_sees_every_kind_of_import(tmp_path: Path, source: str, wanted: set[str]) -> None:
    path = tmp_path / "mod.py"
    path.write_text(source, encoding="utf-8")
    assert {target for target, _ in imports_of("bot.core.present.mod", path)} == wanted
