"""The whole editor workflow through the command line, on the sample articles."""

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from factcheck.cli import cli

from conftest import ANNOTATIONS, SAMPLES, claim_starting, claims_json

PORT_QUOTE = "The port runs on these workers, and the port commission was never told"


_claims = claims_json
_claim_by_text = claim_starting


def test_ingest_prints_one_row_per_article(run):
    result = run("ingest", str(SAMPLES), "-f", "json")
    assert result.exit_code == 0
    rows = json.loads(result.stdout)
    assert len(rows) == 13
    ledger = next(r for r in rows if r["path"].endswith("port-raids-ledger.txt"))
    assert (ledger["outlet"], ledger["date"]) == ("Bellmere Tide-Ledger", "2025-02-03")
    want = ANNOTATIONS["articles"]["port-raids-ledger.txt"]
    assert (ledger["quotes"], ledger["statistics"]) == (len(want["quotes"]), len(want["statistics"]))
    assert ledger["paraphrases"] == len(want["paraphrases"])
    assert "Ingested 13 article(s), skipped 0" in result.stderr


def test_reingest_is_a_no_op(ingested, db):
    before = Path(db).read_bytes()
    result = ingested("ingest", str(SAMPLES / "port-raids-wire.md"))
    assert result.exit_code == 0
    assert "Skipped" in result.stderr and "already ingested" in result.stderr
    assert Path(db).read_bytes() == before


def test_repeated_quote_is_one_claim_with_every_article(ingested):
    claim = _claim_by_text(ingested, PORT_QUOTE)
    assert claim["kind"] == "quote" and claim["speaker"] == "Marisol Ferrante"
    outlets = sorted(m["outlet"] for m in claim["mentions"])
    assert outlets == ["Bellmere Tide-Ledger", "Coastline Daily", "Continental Wire Service"]
    for mention in claim["mentions"]:
        assert mention["text"].startswith(PORT_QUOTE)
        body = json.loads(CliRunner().invoke(cli, ["extract", mention["path"]]).stdout)["body"]
        assert body[mention["start"]:mention["end"]] == mention["text"]


def test_shortened_and_reformatted_repeats_join_their_claim(ingested):
    pen = _claim_by_text(ingested, "This is a U")
    assert len(pen["mentions"]) == 3  # "U.S." in two articles, "US" in the third
    arrests = [c for c in _claims(ingested, "--kind", "statistic") if c["value"] == 1866]
    assert len(arrests) == 1 and len(arrests[0]["mentions"]) == 4  # "1,866" and "1866"


def test_verify_covers_the_repeat_in_another_article(ingested):
    claim = _claim_by_text(ingested, PORT_QUOTE)
    result = ingested("verify", str(claim["id"]), "--note", "Matches the commission video",
                      "--evidence", "https://example.org/video", "--by", "desk")
    assert result.exit_code == 0
    assert result.stdout.strip() == f"Claim #{claim['id']}: unverified -> verified (covers 3 mention(s))"
    coastline = [c for c in _claims(ingested, "--article", "port-raids-coastline", "--status", "verified")]
    assert [c["id"] for c in coastline] == [claim["id"]]
    history = ingested("history", str(claim["id"]), "-f", "json")
    events = json.loads(history.stdout)
    assert [(e["old_status"], e["new_status"], e["by"], e["note"], e["evidence"]) for e in events] == [
        ("unverified", "verified", "desk", "Matches the commission video", ["https://example.org/video"])]


def test_status_and_dispute(ingested):
    claim = _claim_by_text(ingested, "Nobody who drives a bus")
    assert ingested("status", str(claim["id"]), "in-review").exit_code == 0
    assert ingested("dispute", str(claim["id"]), "--note", "Bell said it, not Ostrowski", "--no-evidence").exit_code == 0
    events = json.loads(ingested("history", str(claim["id"]), "-f", "json").stdout)
    assert [(e["old_status"], e["new_status"]) for e in events] == [("unverified", "in-review"), ("in-review", "disputed")]
    shown = ingested("show", str(claim["id"])).stdout
    assert "Status:  disputed" in shown and "Bell said it, not Ostrowski" in shown


@pytest.mark.parametrize("name", ["Marisol Ferrante", "Ferrante", "Commissioner Ferrante",
                                  "Port Commissioner Marisol Ferrante", "marisol ferrante", "Marisol Ferante"])
def test_quotes_by_person_under_any_name(ingested, name):
    result = ingested("quotes", name, "-f", "json")
    assert result.exit_code == 0, result.stderr
    rows = json.loads(result.stdout)
    assert result.stderr.startswith("Marisol Ferrante: ")
    texts = {r["text"] for r in rows}
    assert any(t.startswith(PORT_QUOTE) for t in texts)
    assert "a betrayal of every worker on these piers." in texts
    assert {r["as_written"] for r in rows} >= {"Ferrante", "Marisol Ferrante", "Commissioner Ferrante"}


def test_quotes_for_unknown_person_is_an_error(ingested):
    result = ingested("quotes", "Zebulon Quartermaine")
    assert result.exit_code == 1
    assert result.stderr == "Error: nobody called 'Zebulon Quartermaine' is quoted (see 'factcheck speakers')\n"


def test_conflicting_figure_is_flagged(ingested):
    conflicts = _claims(ingested, "--conflicts")
    assert sorted((c["value"], c["counted"], c["rate"]) for c in conflicts) == [
        (311, "arrests", "a day"), (350, "arrests", "a day")]
    low, high = sorted(conflicts, key=lambda c: c["value"])
    assert low["conflicts"] == [high["id"]] and high["conflicts"] == [low["id"]]
    assert len(low["mentions"]) == 3 and len(high["mentions"]) == 1


def test_misattributed_quote_is_flagged(ingested):
    flagged = _claims(ingested, "--misattributed")
    assert len(flagged) == 1
    assert flagged[0]["text"].startswith("Nobody who drives a bus in this city should need a second job")
    assert flagged[0]["speakers"] == ["Janelle Ostrowski", "Marcus Bell"]


def test_claims_filters(ingested):
    by_speaker = _claims(ingested, "--speaker", "Sheriff Vance")
    assert by_speaker and all("Loretta Vance" in [c["speaker"], *c["speakers"]] for c in by_speaker)
    found = _claims(ingested, "--search", "holding pen")
    assert [c["text"][:9] for c in found] == ["This is a"]
    assert all(c["kind"] == "statistic" for c in _claims(ingested, "--kind", "statistic"))


def test_report_lists_each_repeat_once_with_all_articles(ingested, tmp_path):
    claim = _claim_by_text(ingested, PORT_QUOTE)
    ingested("verify", str(claim["id"]), "--note", "Checked against video", "--evidence", "https://example.org/v")
    out = tmp_path / "report.md"
    result = ingested("report", "-o", str(out))
    assert result.exit_code == 0 and result.stdout == ""
    text = out.read_text(encoding="utf-8")
    assert text.startswith("# Claims report\n")
    assert "| verified | 1 |" in text
    assert text.count(PORT_QUOTE) == 1
    section = text.split(f"### #{claim['id']} ")[1].split("###")[0]
    assert "Appears in 3 article(s)" in section
    for outlet in ("Bellmere Tide-Ledger", "Coastline Daily", "Continental Wire Service"):
        assert outlet in section
    assert "- Note: Checked against video" in section and "https://example.org/v" in section


@pytest.mark.parametrize("fmt,start", [("markdown", "# Claims report"), ("html", "<!DOCTYPE html>"),
                                       ("csv", "id,kind,status,speaker,text"), ("json", "{")])
def test_report_formats(ingested, fmt, start):
    result = ingested("report", "-f", fmt, "--status", "unverified")
    assert result.exit_code == 0 and result.stdout.startswith(start)
    if fmt == "json":
        data = json.loads(result.stdout)
        assert data["filter"] == "status=unverified" and all(c["status"] == "unverified" for c in data["claims"])


def test_extract_json_shape():
    result = CliRunner().invoke(cli, ["extract", str(SAMPLES / "port-raids-ledger.txt")])
    data = json.loads(result.stdout)
    assert {"path", "title", "outlet", "author", "date", "url", "body", "quotes", "statistics"} <= set(data)
    assert data["body"].startswith("BELLMERE — Federal immigration agents arrested 1,866 people")
    first = data["quotes"][0]
    assert {"text", "speaker", "start", "end", "kind", "confidence", "speaker_as_written"} <= set(first)
    assert data["body"][first["start"]:first["end"]] == first["text"]
    stat = data["statistics"][0]
    assert (stat["text"], stat["value"], stat["counted"], stat["source"]) == ("1,866", 1866, "people arrested", "ICE")


def test_ingest_from_stdin(run):
    text = "Title: Stdin story\nSource: Test Wire\nDate: 2025-05-01\n\n“We will rebuild the pier by June,” said Mayor Ada Finch.\n"
    result = run("ingest", "-", input=text.encode())
    assert result.exit_code == 0, result.stderr
    claims = _claims(run)
    assert [(c["text"], c["speaker"]) for c in claims] == [("We will rebuild the pier by June", "Ada Finch")]


def test_database_from_environment(tmp_path, monkeypatch):
    path = tmp_path / "env.json"
    monkeypatch.setenv("FACTCHECK_DB", str(path))
    result = CliRunner().invoke(cli, ["ingest", str(SAMPLES / "wildfire-herald.txt")])
    assert result.exit_code == 0 and path.exists()


def test_python_dash_m_runs():
    result = subprocess.run([sys.executable, "-m", "factcheck", "--help"], capture_output=True, text=True)
    assert result.returncode == 0 and "Usage: factcheck" in result.stdout


def test_every_command_has_help_with_an_example():
    for name in cli.commands:
        result = CliRunner().invoke(cli, [name, "--help"])
        assert result.exit_code == 0 and "Example:" in result.stdout, name


# -- bad input: one line on stderr, exit 1, database untouched -------------------------------
def _bad(tmp_path, name, data: bytes):
    path = tmp_path / name
    path.write_bytes(data)
    return str(path)


@pytest.mark.parametrize("make_args,message", [
    (lambda t: ["ingest", str(t / "missing.txt")], "missing.txt: no such file or folder"),
    (lambda t: ["ingest", str((t / "empty_dir").mkdir() or t / "empty_dir")], "no article files"),
    (lambda t: ["ingest", _bad(t, "empty.txt", b"")], "empty.txt: the file is empty"),
    (lambda t: ["ingest", _bad(t, "blank.txt", b"\n  \n")], "blank.txt: the file is empty"),
    (lambda t: ["ingest", _bad(t, "image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")], "image.txt: binary file"),
    (lambda t: ["ingest", _bad(t, "garbled.txt", b"caf\xe9 \x81\x8d\x8f\x90\x9d text")], "garbled.txt: not UTF-8 text"),
    (lambda t: ["ingest", _bad(t, "header.txt", b"Title: Only a title\nSource: Wire\n\n")], "header.txt: the article has no body text"),
    (lambda t: ["show", "9999"], "no claim with id 9999"),
    (lambda t: ["verify", "abc"], "no claim 'abc'"),
    (lambda t: ["status", "1", "fabulous"], "unknown status 'fabulous'"),
])
def test_bad_input_is_one_clean_error(ingested, db, tmp_path, make_args, message):
    before = Path(db).read_bytes()
    result = ingested(*make_args(tmp_path))
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: ") and message in result.stderr
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert Path(db).read_bytes() == before


def test_one_bad_file_among_good_ones_stores_nothing(run, db, tmp_path):
    folder = tmp_path / "batch"
    folder.mkdir()
    (folder / "good.txt").write_text((SAMPLES / "wildfire-herald.txt").read_text(encoding="utf-8"), encoding="utf-8")
    (folder / "bad.txt").write_bytes(b"\x00\x01\x02")
    result = run("ingest", str(folder))
    assert result.exit_code == 1 and "bad.txt: binary file" in result.stderr
    assert not Path(db).exists()


@pytest.mark.parametrize("content,message", [
    (b"{not json", "is not valid JSON (line 1, column 2); refusing to touch it"),
    (b"", "the database file is empty"),
    (b"[1, 2]", "not a factcheck database"),
    (b'{"_meta": {"1": {"schema_version": 99}}}', "written by a newer factcheck"),
])
def test_damaged_database_is_refused_and_untouched(run, db, content, message):
    Path(db).write_bytes(content)
    result = run("ingest", str(SAMPLES / "wildfire-herald.txt"))
    assert result.exit_code == 1 and message in result.stderr and result.stderr.count("\n") == 1
    assert Path(db).read_bytes() == content


def test_usage_error_exits_2(run):
    result = run("claims", "--status", "nonsense")
    assert result.exit_code == 2


def test_no_color_and_listing_formats(ingested):
    csv_out = ingested("speakers", "-f", "csv").stdout.splitlines()
    assert csv_out[0] == "id,name,person,quotes,paraphrases,statistics,aliases"
    assert any(line.split(",")[1] == "Marisol Ferrante" for line in csv_out[1:])
    table = ingested("articles").stdout
    assert "Bellmere Tide-Ledger" in table and "\x1b[" not in table
