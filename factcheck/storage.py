"""The database file: read once per command, written at most once, atomically, under a lock.

TinyDB's own JSONStorage rewrites the file in place on every change and takes no lock, so a
crash or a second process can tear it. ``AtomicStorage`` keeps the whole database in memory
for the command and ``commit()`` replaces the file in one ``os.replace``."""

from __future__ import annotations

import errno
import fcntl
import json
import os
import sys
import tempfile
import time
from contextlib import contextmanager
from collections.abc import MutableMapping
from pathlib import Path
from typing import Iterator

from tinydb.storages import Storage
from tinydb.table import Table

from factcheck.errors import DatabaseError

LOCK_TIMEOUT_SECONDS = 10.0


class AtomicStorage(Storage):
    """A TinyDB storage over an in-memory copy of a JSON file; ``commit()`` writes it back."""

    def __init__(self, path: str, data: dict | None = None):
        self.path = path
        self._data = data if data is not None else load_file(path)
        self.dirty = False

    def read(self) -> dict:
        return self._data

    def write(self, data: dict) -> None:
        self._data = data
        self.dirty = True

    def commit(self) -> None:
        if self.dirty:
            write_atomically(self.path, self._data)
            self.dirty = False


class _IntKeys(MutableMapping):
    """A stored table (ids as JSON's string keys) seen with int ids, as TinyDB's writers expect."""

    def __init__(self, raw: dict):
        self.raw = raw

    def __getitem__(self, doc_id: int) -> dict:
        return self.raw[str(doc_id)]

    def __setitem__(self, doc_id: int, document: dict) -> None:
        self.raw[str(doc_id)] = document

    def __delitem__(self, doc_id: int) -> None:
        del self.raw[str(doc_id)]

    def __contains__(self, doc_id: object) -> bool:
        return str(doc_id) in self.raw

    def __iter__(self) -> Iterator[int]:
        return (int(key) for key in self.raw)

    def __len__(self) -> int:
        return len(self.raw)


class InPlaceTable(Table):
    """A TinyDB table that changes the in-memory data in place. TinyDB's own copies the whole
    table twice on every write (to turn its keys into ints and back), so N writes into a
    table of N records took N² time: an ingest or a re-match at 100,000 claims ran for minutes."""

    def _update_table(self, updater) -> None:
        tables = self._storage.read()
        updater(_IntKeys(tables.setdefault(self.name, {})))
        self._storage.write(tables)
        self.clear_cache()


def load_file(path: str) -> dict:
    """The parsed database, or {} when the file does not exist yet. A file that exists but is
    empty, not JSON, or not a JSON object is refused: never treat damage as an empty database."""
    try:
        raw = Path(path).read_bytes()
    except FileNotFoundError:
        return {}
    except OSError as exc:
        raise DatabaseError(f"{path}: cannot read the database ({exc.strerror})") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise DatabaseError(f"{path}: the database is not UTF-8 text; refusing to touch it") from None
    if not text.strip():
        raise DatabaseError(f"{path}: the database file is empty; refusing to touch it")
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise DatabaseError(
            f"{path}: the database is not valid JSON (line {exc.lineno}, column {exc.colno}); "
            "refusing to touch it") from None
    if not isinstance(data, dict):
        raise DatabaseError(f"{path}: the database is not a factcheck database (not a JSON object)")
    return data


def _temporary_prefix(path: str) -> str:
    return f".{os.path.basename(path)}."


def write_atomically(path: str, data: dict | str) -> None:
    """Write JSON (or text) to a temporary file beside ``path``, fsync, rename it over
    ``path``, fsync the folder: a reader or a crash sees the old file or the new, never a mix."""
    folder = os.path.dirname(os.path.abspath(path))
    try:
        fd, temporary = tempfile.mkstemp(prefix=_temporary_prefix(path), suffix=".tmp", dir=folder)
    except OSError as exc:
        raise DatabaseError(f"{path}: could not save ({exc.strerror}); the old file is unchanged") from None
    try:
        # json.dumps runs in C; json.dump to a file would encode piece by piece in Python
        text = data if isinstance(data, str) else json.dumps(data, ensure_ascii=False, separators=(",", ":"))
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, path)
    except OSError as exc:
        _remove_quietly(temporary)
        raise DatabaseError(f"{path}: could not save ({exc.strerror}); the old file is unchanged") from None
    except BaseException:
        _remove_quietly(temporary)
        raise
    dir_fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(dir_fd)
    finally:
        os.close(dir_fd)


def remove_leftovers(path: str) -> list[str]:
    """Delete temporary files a killed writer of ``path`` left behind. Call only while holding
    the exclusive lock, so no live writer owns them."""
    folder = os.path.dirname(os.path.abspath(path))
    prefix = _temporary_prefix(path)
    removed = []
    for name in os.listdir(folder):
        if name.startswith(prefix) and name.endswith(".tmp"):
            _remove_quietly(os.path.join(folder, name))
            removed.append(name)
    return removed


def _remove_quietly(path: str) -> None:
    try:
        os.unlink(path)
    except OSError:
        pass


@contextmanager
def locked(path: str, exclusive: bool, timeout: float = LOCK_TIMEOUT_SECONDS) -> Iterator[None]:
    """Hold ``PATH.lock`` for the whole command: exclusive to write, shared to read.

    fcntl (POSIX) is used directly: it is the standard library's advisory lock, released by
    the kernel when a process dies, so a crashed command never leaves a stale lock."""
    lock_path = f"{path}.lock"
    try:
        fd = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError as exc:
        if not exclusive and exc.errno in (errno.EACCES, errno.EROFS, errno.ENOENT):
            yield  # a read-only folder: reading needs no lock file
            return
        raise DatabaseError(f"{lock_path}: cannot create the lock file ({exc.strerror})") from None
    deadline = time.monotonic() + timeout
    try:
        while True:
            try:
                fcntl.flock(fd, (fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH) | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() > deadline:
                    raise DatabaseError(
                        f"{path}: the database is in use by another factcheck command "
                        f"({_holder(lock_path)}; waited {timeout:g} s)") from None
                time.sleep(0.05)
        if exclusive:
            _record_holder(fd)
        yield
    finally:
        os.close(fd)


def _record_holder(fd: int) -> None:
    """Write who holds the lock into the lock file, for the message a waiting command prints."""
    note = f"pid {os.getpid()}: {' '.join(['factcheck', *sys.argv[1:]])[:200]}, since {time.strftime('%H:%M:%S')}"
    os.ftruncate(fd, 0)
    os.pwrite(fd, note.encode("utf-8", "replace"), 0)


def _holder(lock_path: str) -> str:
    try:
        note = Path(lock_path).read_text(encoding="utf-8", errors="replace").strip()
    except OSError:
        note = ""
    return f"held by {note}" if note else "held by a reader"


def backup_file(path: str, destination: str) -> str:
    """Copy the database file to ``destination`` atomically (the copy is complete or absent)."""
    try:
        text = Path(path).read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise DatabaseError(f"{path}: cannot read the database ({exc.strerror})") from None
    write_atomically(destination, text)
    return destination
