"""The database file is written whole or not at all, under a lock."""

import fcntl
import json
import os

import pytest

from factcheck.errors import DatabaseError
from factcheck.storage import AtomicStorage, load_file, locked, write_atomically


def test_atomic_write_replaces_the_file_and_leaves_no_temporary(tmp_path):
    path = tmp_path / "db.json"
    write_atomically(str(path), {"claims": {"1": {"text": "Zoë said “hi”"}}})
    assert json.loads(path.read_text(encoding="utf-8")) == {"claims": {"1": {"text": "Zoë said “hi”"}}}
    assert sorted(p.name for p in tmp_path.iterdir()) == ["db.json"]


def test_failed_write_keeps_the_old_file(tmp_path, monkeypatch):
    path = tmp_path / "db.json"
    path.write_text('{"old": true}', encoding="utf-8")

    def full_disk(*args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", full_disk)
    with pytest.raises(DatabaseError, match="could not save \\(No space left on device\\); the old file is unchanged"):
        write_atomically(str(path), {"new": True})
    assert path.read_text(encoding="utf-8") == '{"old": true}'
    assert sorted(p.name for p in tmp_path.iterdir()) == ["db.json"]


def test_storage_writes_only_on_commit(tmp_path):
    path = tmp_path / "db.json"
    storage = AtomicStorage(str(path))
    storage.write({"a": 1})
    assert not path.exists()
    storage.commit()
    assert load_file(str(path)) == {"a": 1}


def test_bom_is_tolerated(tmp_path):
    path = tmp_path / "db.json"
    path.write_bytes(b'\xef\xbb\xbf{"a": 1}')
    assert load_file(str(path)) == {"a": 1}


def test_missing_file_is_an_empty_database(tmp_path):
    assert load_file(str(tmp_path / "new.json")) == {}


def test_a_second_writer_waits_then_gives_up_with_a_message(tmp_path):
    path = str(tmp_path / "db.json")
    holder = os.open(path + ".lock", os.O_RDWR | os.O_CREAT)
    fcntl.flock(holder, fcntl.LOCK_EX)
    try:
        with pytest.raises(DatabaseError, match="in use by another factcheck command"):
            with locked(path, exclusive=True, timeout=0.2):
                pass
    finally:
        os.close(holder)
    with locked(path, exclusive=True, timeout=0.2):
        pass  # free again


def test_readers_share_the_lock(tmp_path):
    path = str(tmp_path / "db.json")
    with locked(path, exclusive=False, timeout=0.2):
        with locked(path, exclusive=False, timeout=0.2):
            pass


def test_in_place_table_writes_tinydb_changes_into_the_stored_data(tmp_path):
    from tinydb import TinyDB
    from tinydb.table import Document

    from factcheck.storage import InPlaceTable

    storage = AtomicStorage(str(tmp_path / "db.json"))
    tinydb = TinyDB(storage=lambda: storage)
    tinydb.table_class = InPlaceTable
    table = tinydb.table("claims", cache_size=0)
    table.insert_multiple([Document({"text": "a"}, doc_id=1), Document({"text": "b"}, doc_id=2)])
    table.update({"status": "verified"}, doc_ids=[2])
    table.remove(doc_ids=[1])
    with pytest.raises(ValueError):
        table.insert(Document({"text": "again"}, doc_id=2))
    storage.commit()
    assert load_file(str(tmp_path / "db.json")) == {"claims": {"2": {"text": "b", "status": "verified"}}}
    assert [(d.doc_id, dict(d)) for d in table.all()] == [(2, {"text": "b", "status": "verified"})]
