"""The start-up cache of the bundled gazetteer: one file per key (the data files, the code that builds and restores the
catalog, the Python and marshal versions) in a directory only we can write; read back only when it is ours, not a
symlink and writable by nobody else; written atomically. places.loader is its one user.

Where: ``$CLAIMWATCH_GAZETTEER_CACHE`` (a directory, or ``off``), else ``$XDG_CACHE_HOME/claimwatch``, else
``~/.cache/claimwatch``. The file holds marshal data (never pickle: loading it runs no code), after a header with
its length and CRC-32, so a truncated or damaged file is rebuilt rather than believed.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import marshal
import os
import stat
import struct
import sys
import tempfile
import zlib
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from bot import __version__

logger = logging.getLogger(__name__)

ENV = "CLAIMWATCH_GAZETTEER_CACHE"
OFF = "off"
MAGIC = b"claimwatch gazetteer snapshot\n"
_HEADER = struct.Struct("<QI")  # payload length, CRC-32 of the payload
_UNSAFE_MODE = stat.S_IWGRP | stat.S_IWOTH
_KEEP = 3  # snapshot files kept in the directory: the newest, a few other versions' (a rebuild each switch otherwise)
PACKAGE = Path(__file__).resolve().parent
CODE = (*sorted(PACKAGE.glob("*.py")), PACKAGE.parent / "normalize.py", PACKAGE.parents[1] / "models.py")


class Refused(Exception):
    """A cache file (or its directory) that must not be read: why, in words for the log."""


def cache_dir(environ: Mapping[str, str] = os.environ) -> Path | None:
    """The cache directory, or None when the cache is off."""
    chosen = environ.get(ENV, "").strip()
    if chosen.lower() == OFF:
        return None
    if chosen:
        return Path(chosen).expanduser()
    xdg = environ.get("XDG_CACHE_HOME", "")
    if xdg and Path(xdg).is_absolute():  # XDG: a relative path is ignored
        return Path(xdg) / "claimwatch"
    try:
        return Path.home() / ".cache" / "claimwatch"
    except (RuntimeError, KeyError):  # no home directory to be found: no cache
        return None


def cache_key(data_files: Iterable[Path], code: Iterable[Path] = CODE) -> str:
    """SHA-256 over the data files, the source of the code that turns them into a catalog, and the versions of
    Python, marshal and claimwatch: whatever changes the snapshot's content or format changes the key."""
    digest = hashlib.sha256()
    for path in (*data_files, *code):
        digest.update(path.name.encode() + b"\0")
        try:
            content = path.read_bytes()
        except FileNotFoundError:  # a missing optional file (wordlike, frontline) is a state of its own
            content = b"\0missing"
        digest.update(len(content).to_bytes(8, "little") + content)
    digest.update(f"{sys.version}\0{marshal.version}\0{__version__}".encode())  # the release: where no source is
    return digest.hexdigest()


def file_for(directory: Path, key: str) -> Path:
    return directory / f"gazetteer-{key}.snapshot"


def read(path: Path) -> Any:
    """The data in a cache file; None when there is none. Refused when the file or its directory is not safe to
    trust; ValueError (or EOFError, TypeError) when it is damaged."""
    _check_directory(path.parent)
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0))
    except (FileNotFoundError, NotADirectoryError):
        return None
    except OSError as exc:
        if path.is_symlink():
            raise Refused(f"{path}: a symlink") from exc
        raise
    with os.fdopen(fd, "rb") as fh:
        _check_owner(os.fstat(fh.fileno()), path)
        blob = fh.read()
    return marshal.loads(_payload(blob))


def _payload(blob: bytes) -> memoryview:
    head = len(MAGIC) + _HEADER.size
    if not blob.startswith(MAGIC) or len(blob) < head:
        raise ValueError("not a snapshot file")
    length, crc = _HEADER.unpack_from(blob, len(MAGIC))
    payload = memoryview(blob)[head:]
    if len(payload) != length:
        raise ValueError(f"truncated: {len(payload)} bytes of {length}")
    if zlib.crc32(payload) != crc:
        raise ValueError("damaged: its checksum does not match")
    return payload


def _check_owner(st: os.stat_result, path: Path, kind: str = "file") -> None:
    if kind == "file" and not stat.S_ISREG(st.st_mode):
        raise Refused(f"{path}: not a regular file")
    if hasattr(os, "getuid") and st.st_uid != os.getuid():
        raise Refused(f"{path}: the {kind} belongs to uid {st.st_uid}, not to us ({os.getuid()})")
    if st.st_mode & _UNSAFE_MODE:
        raise Refused(f"{path}: the {kind} is writable by others (mode {stat.S_IMODE(st.st_mode):o})")


def _check_directory(directory: Path) -> None:
    try:
        st = os.stat(directory)
    except (FileNotFoundError, NotADirectoryError):  # nothing there yet (or cannot be: write says so)
        return
    _check_owner(st, directory, "directory")


def write(path: Path, data: Any) -> None:
    """Store data at path atomically (a temporary file beside it, then a rename): the directory made 0700, the file
    0600. OSError when that cannot be done; Refused when the directory is someone else's or writable by others."""
    directory = path.parent
    if not directory.exists():
        directory.mkdir(mode=0o700, parents=True, exist_ok=True)
        os.chmod(directory, 0o700)  # whatever the umask
    _check_directory(directory)
    payload = marshal.dumps(data)
    fd, temp = tempfile.mkstemp(prefix=".gazetteer-", suffix=".tmp", dir=directory)  # mode 0600
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(MAGIC + _HEADER.pack(len(payload), zlib.crc32(payload)) + payload)
        os.chmod(temp, 0o600)
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise
    _prune(directory, path)


def _prune(directory: Path, keep: Path) -> None:
    """Remove older snapshot files beyond the newest few (every change of the code or the data makes a new key)."""
    try:
        found = [p for p in directory.glob("gazetteer-*.snapshot") if p != keep and p.is_file() and not p.is_symlink()]
        found.sort(key=lambda p: p.stat().st_mtime, reverse=True)
        for old in found[_KEEP - 1 :]:
            old.unlink()
    except OSError as exc:
        logger.debug("gazetteer cache: could not prune %s: %s", directory, exc)
