"""The review desk: evidence rules, ratings and attribution, bulk decisions, queues, corrections."""

import json
from pathlib import Path

import pytest

from conftest import claim_starting, claims_json

PORT = "The port runs on these workers"
BELL = "Nobody who drives a bus in this city"


_claims = claims_json


def _id(run, start):
    return str(claim_starting(run, start)["id"])


def _history(run, claim):
    return json.loads(run("history", claim, "-f", "json").stdout)


@pytest.mark.parametrize("command", ["verify", "dispute"])
def test_verdicts_need_evidence_or_an_explicit_no(ingested, db, command):
    claim = _id(ingested, PORT)
    before = Path(db).read_bytes()
    refused = ingested(command, claim, "--note", "looked fine")
    assert refused.exit_code == 1
    assert refused.stderr.startswith(f"Error: claim {claim}: marking it ") and "needs --evidence" in refused.stderr
    assert Path(db).read_bytes() == before
    assert ingested(command, claim, "--no-evidence", "--note", "nothing to cite").exit_code == 0


def test_rating_and_attribution_are_recorded_per_decision(ingested):
    claim = _id(ingested, BELL)
    result = ingested("dispute", claim, "--rating", "false", "--attribution", "misattributed",
                      "--evidence", "https://example.org/rally-video", "--evidence", "Union minutes, 6 Oct",
                      "--note", "Bell said it; the Now article gave it to Ostrowski", "--by", "desk")
    assert result.stdout.strip() == (f"Claim #{claim}: unverified -> disputed, rating - -> false, "
                                     "attribution unchecked -> misattributed (covers 3 mention(s))")
    event = _history(ingested, claim)[-1]
    assert (event["new_rating"], event["new_attribution"], event["evidence"]) == (
        "false", "misattributed", ["https://example.org/rally-video", "Union minutes, 6 Oct"])
    shown = _claims(ingested, "--rated", "false")
    assert [c["id"] for c in shown] == [int(claim)]
    same = ingested("status", claim, "same", "--attribution", "confirmed", "--note", "re-checked")
    assert same.exit_code == 0 and "attribution misattributed -> confirmed" in same.stdout
    assert _history(ingested, claim)[-1]["new_status"] == "disputed"


def test_bad_rating_attribution_and_statistic_attribution_are_refused(ingested):
    claim = _id(ingested, PORT)
    unknown = ingested("verify", claim, "--no-evidence", "--rating", "pants-on-fire")
    assert unknown.exit_code == 1 and "unknown rating 'pants-on-fire'" in unknown.stderr
    figure = str(next(c["id"] for c in _claims(ingested, "--kind", "statistic")))
    wrong = ingested("status", figure, "same", "--attribution", "confirmed")
    assert wrong.exit_code == 1 and "is a statistic: attribution is for quotes" in wrong.stderr


def test_rating_scale_is_editable(ingested):
    added = ingested("ratings", "half-true", "--label", "Half true", "--value", "3", "-f", "json")
    assert {"rating": "half-true", "label": "Half true", "value": 3.0} in json.loads(added.stdout)
    claim = _id(ingested, PORT)
    assert ingested("verify", claim, "--rating", "half-true", "--no-evidence").exit_code == 0


def test_bulk_dry_run_then_change(ingested, db):
    before = Path(db).read_bytes()
    dry = ingested("bulk", "not-checkable", "--speaker", "Marcus Bell", "--kind", "quote", "--note", "opinions",
                   "--dry-run")
    assert dry.exit_code == 0 and Path(db).read_bytes() == before
    lines = dry.stdout.splitlines()
    assert lines and all(line.startswith("#") and "unverified -> not-checkable" in line for line in lines)
    assert "would change (dry run)" in dry.stderr
    done = ingested("bulk", "not-checkable", "--speaker", "Marcus Bell", "--kind", "quote", "--note", "opinions",
                    "--yes")
    assert done.exit_code == 0 and f"Changed {len(lines)} claim(s)" in done.stderr
    changed = _claims(ingested, "--status", "not-checkable")
    assert len(changed) == len(lines)


def test_bulk_refuses_all_when_one_claim_is_refused(ingested, db):
    before = Path(db).read_bytes()
    refused = ingested("bulk", "verified", "--speaker", "Marcus Bell", "--yes")
    assert refused.exit_code == 1 and "needs --evidence" in refused.stderr
    assert Path(db).read_bytes() == before


def test_assign_and_queue_with_a_configured_reviewer(ingested):
    ingested("settings", "reviewer", "Dana Whitfield")
    port, bell = _id(ingested, PORT), _id(ingested, BELL)
    assert ingested("assign", port, bell).stdout.strip() == f"Assigned 2 claim(s) to Dana Whitfield: #{port}, #{bell}"
    queue = ingested("queue", "-f", "json")
    assert [str(c["id"]) for c in json.loads(queue.stdout)] == sorted([port, bell], key=int)
    assert queue.stderr.startswith("Dana Whitfield: 2 claim(s)")
    ingested("verify", port, "--no-evidence")
    assert _history(ingested, port)[-1]["by"] == "Dana Whitfield"
    assert json.loads(ingested("queue", "--by", "someone else", "-f", "json").stdout) == []


def test_published_verdict_changes_only_with_a_correction(ingested, tmp_path):
    claim = _id(ingested, PORT)
    ingested("verify", claim, "--rating", "true", "--evidence", "https://example.org/video")
    assert ingested("report", "--publish", "-o", str(tmp_path / "out.md")).exit_code == 0
    refused = ingested("dispute", claim, "--evidence", "new video", "--rating", "misleading")
    assert refused.exit_code == 1 and "was published on" in refused.stderr and "--correction" in refused.stderr
    ok = ingested("dispute", claim, "--evidence", "new video", "--rating", "misleading",
                  "--correction", "A longer video shows the remark in context")
    assert ok.exit_code == 0
    shown = next(c for c in _claims(ingested) if str(c["id"]) == claim)
    assert shown["status"] == "disputed"
    assert _history(ingested, claim)[-1]["correction"] == "A longer video shows the remark in context"


def test_undo_restores_rating_and_attribution(ingested):
    claim = _id(ingested, BELL)
    ingested("dispute", claim, "--rating", "false", "--attribution", "misattributed", "--no-evidence")
    ingested("undo")
    event = _history(ingested, claim)[-1]
    assert (event["new_status"], event["new_rating"], event["new_attribution"]) == ("unverified", None, "unchecked")


def test_speakers_can_be_aliased_merged_and_split(ingested):
    assert ingested("quotes", "Hattie").exit_code == 1
    assert ingested("add-alias", "Harriet Lindqvist", "Hattie").stdout.strip().endswith("Hattie")
    assert ingested("quotes", "Hattie").stderr.startswith("Harriet Lindqvist: ")
    merged = ingested("merge-speakers", "Marcus Bell", "Janelle Ostrowski")
    assert merged.exit_code == 0 and "Janelle Ostrowski" in merged.stdout
    bell = json.loads(ingested("quotes", "Marcus Bell", "-f", "json").stdout)
    assert {"Janelle Ostrowski", "Ostrowski"} & {r["as_written"] for r in bell}
    split = ingested("split-speaker", "Marcus Bell", "Janelle Ostrowski")
    assert split.exit_code == 0 and split.stdout.startswith("New speaker #")
    ostrowski = json.loads(ingested("quotes", "Janelle Ostrowski", "-f", "json").stdout)
    assert ostrowski and all(r["as_written"] == "Janelle Ostrowski" for r in ostrowski)
    missing = ingested("split-speaker", "Marcus Bell", "Nobody Here")
    assert missing.exit_code == 1 and "no mention of Marcus Bell was written 'Nobody Here'" in missing.stderr


def test_report_claimreview_from_the_cli(ingested):
    claim = _id(ingested, PORT)
    ingested("verify", claim, "--rating", "true", "--evidence", "https://example.org/video")
    missing = ingested("report", "-f", "claimreview")
    assert missing.exit_code == 1 and missing.stderr.startswith("Error: ")
    result = ingested("report", "-f", "claimreview", "--url", "https://desk.example.org/checks", "--org", "Desk Weekly")
    reviews = json.loads(result.stdout)
    assert [r["url"] for r in reviews] == [f"https://desk.example.org/checks#claim-{claim}"]
    assert reviews[0]["reviewRating"]["alternateName"] == "True" and reviews[0]["author"]["name"] == "Desk Weekly"
    assert "claimReviewed is" in result.stderr and "75 or fewer" in result.stderr


def test_report_scorecard_repeats_and_csv_options(ingested):
    card = ingested("report", "--speaker", "Commissioner Ferrante")
    assert card.stdout.startswith("# Scorecard: Marisol Ferrante")
    assert "Counts reflect what was checked, not the person's overall accuracy." in card.stdout
    repeats = ingested("report", "--repeats", "-f", "json")
    data = json.loads(repeats.stdout)
    assert repeats.exit_code == 0 and data
    wrong = ingested("report", "--repeats", "-f", "claimreview")
    assert wrong.exit_code == 2
    csv_out = ingested("report", "-f", "csv", "--per-mention", "--bom").stdout
    assert csv_out.startswith("\ufeffid,kind,status,speaker,text")
    grouped = ingested("report", "--group-by", "speaker").stdout
    assert "## Marisol Ferrante" in grouped
