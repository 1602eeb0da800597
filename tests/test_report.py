"""Rendering listings and reports: table, CSV (formula-safe), JSON, Markdown, HTML."""

from __future__ import annotations

import csv
import io
import json

import pytest

from factcheck.report import render_report, render_rows, safe_cell

GENERATED = "2025-02-03T10:00:00Z"
FILTER = "all claims"


def mention(article_id: int, title: str | None, outlet: str | None, date: str | None, path: str = "a.txt") -> dict:
    return {"id": article_id * 10, "article_id": article_id, "path": path, "title": title, "outlet": outlet,
            "date": date, "url": None, "text": "t", "start": 0, "end": 1, "context": "c", "speaker": None,
            "speaker_as_written": None, "score": None, "scorer": None}


def claim(id: int, text: str, status: str = "unverified", kind: str = "quote", speaker: str | None = None,
          mentions: list[dict] | None = None, history: list[dict] | None = None, **extra) -> dict:
    return {"id": id, "kind": kind, "text": text, "speaker": speaker, "status": status,
            "speakers": [speaker] if speaker else [], "misattributed": False, "conflicts": [],
            "mentions": mentions if mentions is not None else [mention(1, "Port strike ends", "The Courier", "2025-02-02")],
            "history": history or [], **extra}


def event(id: int, old: str, new: str, note: str | None = None, evidence: list[str] | None = None) -> dict:
    return {"id": id, "claim_id": 1, "old_status": old, "new_status": new, "by": "ana",
            "at": "2025-02-03T09:15:00Z", "note": note, "evidence": evidence or []}


CLAIMS = [
    claim(1, "We will not back down", "verified", speaker="Dana Whitfield",
          history=[event(1, "unverified", "verified", note="Matches the recording", evidence=["https://x.test/rec"])]),
    claim(2, "more than 7,400", "disputed", kind="statistic", value=7400, counted="arrests",
          conflicts=[3], mentions=[mention(1, "Raids", "Ledger", "2025-01-05"), mention(2, None, None, None, "b.txt")]),
    claim(3, "The budget is balanced", "unverified", speaker="Tom Reyes"),
    claim(4, "The port will reopen on Monday", "verified", speaker="Elena Marsh"),
]


# -- render_rows ------------------------------------------------------------------------------

ROWS = [{"id": 1, "speaker": "Dana Whitfield", "tags": ["a", "b"]}, {"id": 2, "speaker": None, "tags": []}]


def test_render_rows_table():
    lines = render_rows(ROWS, ["id", "speaker", "tags"], "table").splitlines()
    assert lines[0].split() == ["id", "speaker", "tags"]
    assert lines[2].split() == ["1", "Dana", "Whitfield", "a;", "b"]
    assert lines[3].split() == ["2"]
    assert render_rows([], ["id"], "table") == "(none)"


def test_render_rows_csv():
    out = render_rows(ROWS, ["id", "speaker", "tags"], "csv")
    assert list(csv.reader(io.StringIO(out))) == [["id", "speaker", "tags"], ["1", "Dana Whitfield", "a; b"], ["2", "", ""]]


def test_render_rows_json():
    assert json.loads(render_rows(ROWS, ["id"], "json")) == ROWS
    assert "“" in render_rows([{"text": "“quoted”"}], ["text"], "json")  # not \u-escaped


# -- spreadsheet formula injection ------------------------------------------------------------

@pytest.mark.parametrize("value, expected", [
    ("=HYPERLINK(\"http://evil\")", "'=HYPERLINK(\"http://evil\")"),
    ("+1 555 0100", "'+1 555 0100"),
    ("-5%", "'-5%"),
    ("@SUM(A1:A2)", "'@SUM(A1:A2)"),
    ("\tcmd", "'\tcmd"),
    ("\rcmd", "'\rcmd"),
    ("plain text", "plain text"),
    ("a=b", "a=b"),
    (7400, "7400"),
    (None, ""),
])
def test_safe_cell(value, expected):
    assert safe_cell(value) == expected


def test_csv_rows_neutralise_formulas():
    rows = [{"id": 1, "text": "=cmd|' /C calc'!A0", "speaker": "@evil"}]
    parsed = list(csv.reader(io.StringIO(render_rows(rows, ["id", "text", "speaker"], "csv"))))
    assert parsed[1] == ["1", "'=cmd|' /C calc'!A0", "'@evil"]


def test_csv_report_neutralises_formulas():
    claims = [claim(9, "=1+1", speaker="-Dana", history=[event(1, "unverified", "verified", note="+note")])]
    out = render_report(claims, "csv", GENERATED, FILTER)
    header, row = list(csv.reader(io.StringIO(out)))
    record = dict(zip(header, row))
    assert (record["text"], record["speaker"], record["note"]) == ("'=1+1", "'-Dana", "'+note")
    assert record["articles"] == 'The Courier, "Port strike ends" (2025-02-02)'


# -- reports ---------------------------------------------------------------------------------

def test_html_report_escapes_text_and_speaker():
    hostile = [claim(5, "<script>alert(1)</script>", speaker="<script>x</script> & Co",
                     history=[event(1, "unverified", "disputed", note="<b>no</b>")])]
    out = render_report(hostile, "html", GENERATED, "<i>filter</i>")
    assert "<script>" not in out
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in out
    assert "&lt;script&gt;x&lt;/script&gt; &amp; Co" in out
    assert "Note: &lt;b&gt;no&lt;/b&gt;" in out
    assert "&lt;i&gt;filter&lt;/i&gt;" in out


def test_html_report_links_only_web_evidence():
    claims = [claim(6, "x y z", history=[event(1, "unverified", "verified", evidence=[
        "https://x.test/a?b=1&c=2", "javascript:alert(1)"])])]
    out = render_report(claims, "html", GENERATED, FILTER)
    assert '<a href="https://x.test/a?b=1&amp;c=2">' in out
    assert 'href="javascript' not in out


def test_markdown_report_counts_and_groups_by_status():
    out = render_report(CLAIMS, "markdown", GENERATED, FILTER)
    lines = out.splitlines()
    assert lines[0] == "# Claims report"
    assert f"Generated {GENERATED} · {FILTER} · 4 claims" in lines
    table = lines[lines.index("| Status | Claims |"):]
    assert table[2:5] == ["| unverified | 1 |", "| verified | 2 |", "| disputed | 1 |"]
    headings = [line for line in lines if line.startswith("## ")]
    assert headings == ["## Unverified (1)", "## Verified (2)", "## Disputed (1)"]
    verified = out.split("## Verified (2)")[1].split("## Disputed")[0]
    assert "### #1 “We will not back down” — Dana Whitfield" in verified
    assert "### #4 “The port will reopen on Monday” — Elena Marsh" in verified
    assert "#3" not in verified


def test_markdown_report_claim_details():
    out = render_report(CLAIMS, "markdown", GENERATED, FILTER)
    assert "- Note: Matches the recording (ana, 2025-02-03)" in out
    assert "- Evidence: https://x.test/rec" in out
    disputed = out.split("## Disputed (1)")[1]
    assert "### #2 more than 7,400" in disputed  # a statistic is not put in quotation marks
    assert "- Kind: statistic" in disputed
    assert '- Appears in 2 article(s): Ledger, "Raids" (2025-01-05); unknown outlet, "b.txt" (undated)' in disputed
    assert "- Flags: conflict with #3" in disputed


def test_markdown_report_escapes_pipes_and_html():
    out = render_report([claim(7, "a | b <script>", speaker="X|Y")], "markdown", GENERATED, FILTER)
    assert "### #7 “a \\| b &lt;script&gt;” — X\\|Y" in out


def test_json_report():
    data = json.loads(render_report(CLAIMS, "json", GENERATED, FILTER))
    assert data["generated_at"] == GENERATED
    assert data["filter"] == FILTER
    assert data["counts"] == {"unverified": 1, "verified": 2, "disputed": 1}
    assert [c["id"] for c in data["claims"]] == [1, 2, 3, 4]


def test_empty_report():
    out = render_report([], "markdown", GENERATED, FILTER)
    assert f"Generated {GENERATED} · {FILTER} · 0 claims" in out
    assert "## " not in out
