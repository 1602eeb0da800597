"""Nothing an editor records is lost: concurrent commands, killed writers, failing disks,
hostile input, damaged files, and safe output."""

import csv
import io
import json
import os
import random
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.db import open_database
from factcheck.migrations import MIGRATIONS, SCHEMA_VERSION
from factcheck.errors import DatabaseError, InputError
from factcheck.articles import decode, parse_article
from factcheck.extract import extract
from factcheck.models import Article
from factcheck.storage import load_file, locked

from conftest import SAMPLES

WORKER = textwrap.dedent("""
    import sys
    from factcheck.db import open_database
    from factcheck.models import Status
    path, claim, rounds = sys.argv[1], sys.argv[2], int(sys.argv[3])
    statuses = [Status.IN_REVIEW, Status.VERIFIED]
    for i in range(rounds):
        with open_database(path, write=True) as db:
            db.set_status(claim, statuses[i % 2], "worker-" + claim, "2025-01-01T00:00:00+00:00", note=str(i))
        print(i, flush=True)  # acknowledged: the write is on disk
""")


def _worker(db, claim, rounds):
    return subprocess.Popen([sys.executable, "-c", WORKER, db, str(claim), str(rounds)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _history(db):
    with open_database(db) as opened:
        return [e for c in opened.claims() for e in c["history"]]


def test_concurrent_writers_lose_nothing(ingested, db):
    claims = [3, 7, 11, 24]
    workers = [_worker(db, claim, 15) for claim in claims]
    ingest = subprocess.run([sys.executable, "-m", "factcheck", "--db", db, "ingest", str(SAMPLES)],
                            capture_output=True, text=True)
    for worker in workers:
        assert worker.wait(timeout=120) == 0, worker.stderr.read()
    assert ingest.returncode == 0 and "skipped 13" in ingest.stderr
    events = _history(db)
    assert len(events) == 4 * 15
    for claim in claims:
        notes = sorted(int(e["note"]) for e in events if e["claim_id"] == claim)
        assert notes == list(range(15))
    with open_database(db) as opened:
        assert opened.check_integrity() == []


def test_killed_writer_leaves_old_or_new_file(ingested, db):
    random.seed(7)
    acknowledged = 0
    for _ in range(12):
        worker = _worker(db, 24, 1000)
        time.sleep(random.uniform(0.3, 0.9))
        worker.send_signal(signal.SIGKILL)
        worker.wait()
        acknowledged += len(worker.stdout.read().split())
        data = load_file(db)  # never torn: always parses as a whole database
        assert data["_meta"]["1"]["schema_version"] >= 1
        with open_database(db) as opened:
            assert opened.check_integrity() == []
        assert len(_history(db)) >= acknowledged
    leftovers = [p.name for p in Path(db).parent.iterdir() if p.name.endswith(".tmp")]
    with open_database(db, write=True):
        pass
    assert not [p for p in Path(db).parent.iterdir() if p.name.endswith(".tmp")]
    assert acknowledged > 0, leftovers


@pytest.mark.parametrize("failing", ["fsync", "replace", "mkstemp"])
def test_failing_disk_keeps_the_old_file(ingested, db, monkeypatch, failing):
    before = Path(db).read_bytes()

    def fail(*args, **kwargs):
        raise OSError(28, "No space left on device")

    target = {"fsync": (os, "fsync"), "replace": (os, "replace"), "mkstemp": (__import__("tempfile"), "mkstemp")}
    monkeypatch.setattr(*target[failing], fail)
    result = ingested("verify", "24", "--note", "checked", "--no-evidence")
    assert result.exit_code == 1
    assert "could not save (No space left on device); the old file is unchanged" in result.stderr
    monkeypatch.undo()
    assert Path(db).read_bytes() == before
    assert not [p for p in Path(db).parent.iterdir() if p.name.endswith(".tmp")]


def test_lock_timeout_names_the_holder(tmp_path):
    path = str(tmp_path / "desk.json")
    with locked(path, exclusive=True):
        with pytest.raises(DatabaseError, match=r"in use by another factcheck command \(held by pid \d+"):
            with locked(path, exclusive=True, timeout=0.1):
                pass


def test_ids_are_never_reused(ingested, db):
    data = json.loads(Path(db).read_text(encoding="utf-8"))
    last = max(int(k) for k in data["history"] or {"0": 0})
    ingested("verify", "5", "--note", "a", "--no-evidence")
    data = json.loads(Path(db).read_text(encoding="utf-8"))
    newest = max(int(k) for k in data["history"])
    del data["history"][str(newest)]  # an editor hand-deletes the newest event
    Path(db).write_text(json.dumps(data), encoding="utf-8")
    ingested("dispute", "6", "--note", "b", "--no-evidence")
    events = _history(db)
    assert [e["id"] for e in events if e["claim_id"] == 6] == [newest + 1] and newest > last


def test_old_schema_is_migrated_with_a_backup(ingested, db):
    data = json.loads(Path(db).read_text(encoding="utf-8"))
    del data["settings"], data["suggestions"]
    data["_meta"]["1"].update(schema_version=1, migrations=["initial"])
    Path(db).write_text(json.dumps(data), encoding="utf-8")
    old = Path(db).read_bytes()
    assert ingested("claims", "-f", "json").exit_code == 0
    assert Path(db).read_bytes() == old  # reading migrates in memory only
    assert ingested("verify", "24", "--note", "ok", "--no-evidence").exit_code == 0
    migrated = json.loads(Path(db).read_text(encoding="utf-8"))
    assert migrated["_meta"]["1"]["schema_version"] == SCHEMA_VERSION
    assert migrated["_meta"]["1"]["migrations"] == [m.name for m in MIGRATIONS]
    assert migrated["settings"]["1"]["match_threshold"] == 90.0
    assert Path(db + ".schema-v1.bak").read_bytes() == old


def test_new_database_records_every_migration(run, db):
    run("ingest", str(SAMPLES / "wildfire-herald.txt"))
    meta = json.loads(Path(db).read_text(encoding="utf-8"))["_meta"]["1"]
    assert meta["schema_version"] == SCHEMA_VERSION == 4
    assert meta["migrations"] == ["initial", "settings", "suggestions", "review_desk"]


def test_undo_appends_and_never_rewrites(ingested):
    ingested("verify", "24", "--note", "first", "--no-evidence")
    ingested("dispute", "24", "--note", "second", "--no-evidence")
    result = ingested("undo")
    assert result.exit_code == 0
    assert result.stdout.startswith("Claim #24: disputed -> verified (undo of change #2")
    events = json.loads(ingested("history", "24", "-f", "json").stdout)
    assert [(e["old_status"], e["new_status"]) for e in events] == [
        ("unverified", "verified"), ("verified", "disputed"), ("disputed", "verified")]
    assert events[2]["undoes"] == events[1]["id"]
    assert ingested("undo", "24").stdout.startswith("Claim #24: verified -> unverified")
    nothing = ingested("undo")
    assert nothing.exit_code == 1 and nothing.stderr == "Error: nothing to undo\n"


def test_doctor_finds_dangling_references(ingested, db):
    assert ingested("doctor").exit_code == 0
    data = json.loads(Path(db).read_text(encoding="utf-8"))
    del data["claims"]["24"]
    Path(db).write_text(json.dumps(data), encoding="utf-8")
    result = ingested("doctor")
    assert result.exit_code == 1
    assert "Problem: mention" in result.stdout and "points to missing claim 24" in result.stdout
    assert result.stderr.startswith("Error: ") and "problem(s) found" in result.stderr


def test_export_import_round_trip_without_duplicates(ingested, db, tmp_path, run):
    port = next(c for c in json.loads(ingested("claims", "-f", "json").stdout)
                if c["text"].startswith("The port runs on these workers"))
    ingested("verify", str(port["id"]), "--note", "checked", "--evidence", "https://example.org/x")
    export = tmp_path / "export.json"
    assert ingested("export-db", "-o", str(export)).exit_code == 0
    other = str(tmp_path / "other.json")
    from click.testing import CliRunner
    from factcheck.cli import cli
    runner = CliRunner()
    runner.invoke(cli, ["--db", other, "ingest", str(SAMPLES / "wildfire-herald.txt")])
    first = runner.invoke(cli, ["--db", other, "import-db", str(export)])
    assert first.exit_code == 0 and "12 articles" in first.stdout
    again = runner.invoke(cli, ["--db", other, "import-db", str(export)])
    assert again.stdout.strip().endswith("0 articles, 0 speakers, 0 claims, 0 mentions, 0 history")
    claims = json.loads(runner.invoke(cli, ["--db", other, "claims", "-f", "json", "--status", "verified"]).stdout)
    assert [c["text"][:30] for c in claims] == ["The port runs on these workers"]
    assert len(claims[0]["mentions"]) == 3
    assert runner.invoke(cli, ["--db", other, "doctor"]).exit_code == 0


def test_backup_is_a_complete_copy(ingested, db, tmp_path):
    destination = tmp_path / "copy.json"
    result = ingested("backup", str(destination))
    assert result.exit_code == 0 and destination.read_bytes() == Path(db).read_bytes()


# -- hostile input -------------------------------------------------------------------------
@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(list("ab \n\"“”„«»‘’'.,:;!?0123456789$%-—") +
                                ["said", " Marsh", " Ana Ruiz", " she ", "more than ", "million", "\n\n"]),
                max_size=120).map("".join))
def test_extraction_never_crashes_and_offsets_hold(text):
    result = extract(Article(path="fuzz", body=text))
    for item in [*result.quotes, *result.statistics]:
        assert text[item.start:item.end] == item.text
    json.dumps(result.to_dict(), allow_nan=False)


@settings(max_examples=60, deadline=None)
@given(st.binary(max_size=300))
def test_loading_bytes_is_text_or_a_clean_error(data):
    try:
        article = parse_article(decode(data, "fuzz.txt"), "fuzz.txt")
    except InputError as exc:
        assert str(exc).startswith("fuzz.txt: ")
    else:
        assert article.body.strip()


@pytest.mark.parametrize("text", [
    "“" * 100_000,
    '"' * 100_000 + " said Ana Ruiz.",
    ("Officials said 7,400 people were arrested. “It is over,” said Mayor Ana Ruiz. " * 40_000),
    "9" * 5000 + " ballots and " + "x" * 10_000_000,
], ids=["100k-curly-opening-marks", "100k-straight-marks", "3MB-of-news", "10MB-line"])
def test_hostile_text_finishes_in_linear_time(text):
    started = time.perf_counter()
    result = extract(Article(path="big", body=text))
    elapsed = time.perf_counter() - started
    assert elapsed < 30, elapsed  # catastrophic backtracking would take minutes
    json.dumps(result.to_dict(), allow_nan=False)


def test_csv_and_html_output_are_safe(run, tmp_path):
    article = tmp_path / "hostile.txt"
    article.write_text('Title: <script>alert(1)</script>\nSource: =HYPERLINK("x")\n\n'
                       '"=cmd|\' /C calc\'!A0 is what <script>alert(2)</script> we want," said Mayor Ana Ruiz. '
                       '"<img src=x onerror=alert(3)> is the second thing we will do today," she added.\n',
                       encoding="utf-8")
    assert run("ingest", str(article)).exit_code == 0
    rows = list(csv.reader(io.StringIO(run("report", "-f", "csv").stdout)))
    for row in rows[1:]:
        for cell in row:
            assert not cell.startswith(("=", "+", "-", "@", "\t", "\r"))
    page = run("report", "-f", "html").stdout
    assert "<script>" not in page and "<img" not in page and "&lt;script&gt;" in page
    json.loads(run("report", "-f", "json").stdout)
    json.loads(run("claims", "-f", "json").stdout)


def test_report_output_replaces_a_symlink_instead_of_following_it(ingested, tmp_path):
    target = tmp_path / "precious.txt"
    target.write_text("keep me", encoding="utf-8")
    link = tmp_path / "report.md"
    link.symlink_to(target)
    assert ingested("report", "-o", str(link)).exit_code == 0
    assert target.read_text(encoding="utf-8") == "keep me"
    assert not link.is_symlink() and link.read_text(encoding="utf-8").startswith("# Claims report")


@pytest.mark.parametrize("depth", [50, 300, 20_000])
def test_deeply_nested_html_is_text_or_a_clean_error(tmp_path, depth):
    from factcheck.articles import read_articles
    page = tmp_path / "deep.html"
    page.write_text("<html><head><title>Deep</title></head><body><article>" + "<div>" * depth +
                    "<p>“We will rebuild the pier by June,” said Mayor Ada Finch, adding that the work "
                    "would cost more than $4 million.</p>" + "</div>" * depth + "</article></body></html>",
                    encoding="utf-8")
    started = time.perf_counter()
    try:
        articles = read_articles(str(page))
    except InputError as exc:
        assert str(exc).startswith(f"{page}: ")
    else:
        assert "rebuild the pier" in articles[0].body
    assert time.perf_counter() - started < 10
