"""Rendering listings and reports: table, CSV (formula-safe), JSON, JSON Lines, Markdown, HTML,
ClaimReview; the per-person scorecard and the repeats report. The browser test is
test_report_browser.py."""

from __future__ import annotations

import csv
import io
import json

import pytest

from factcheck.errors import FactcheckError
from factcheck.report import (CSV_COLUMNS, CSV_MENTION_COLUMNS, GROUP_BY, REPEATS_COLUMNS, REPORT_FORMATS,
                              SCORECARD_COLUMNS, SCORECARD_NOTE, claim_review_warnings, claim_reviews, rating_counts,
                              render_repeats, render_report, render_rows, render_scorecard, safe_cell)

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


def event(id: int, old: str, new: str, note: str | None = None, evidence: list[str] | None = None,
          at: str = "2025-02-03T09:15:00Z", by: str = "ana", **extra) -> dict:
    return {"id": id, "claim_id": 1, "old_status": old, "new_status": new, "by": by,
            "at": at, "note": note, "evidence": evidence or [], **extra}


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
    (-5, "-5"),  # a number is no formula: it stays a number
    (-2.5, "-2.5"),
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
    assert '<a href="https://x.test/a?b=1&amp;c=2" rel="noopener noreferrer">https://x.test/a?b=1&amp;c=2</a>' in out
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
    paraphrase = render_report([claim(8, "the port would reopen", kind="paraphrase", speaker="Ana")], "markdown",
                               GENERATED, FILTER)
    assert "### #8 the port would reopen — Ana" in paraphrase  # nor are someone's words reported indirectly
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


# == the review desk's reports: ratings, attribution, corrections, groupings, every format ======

BASE = "https://desk.test/checks/2025-02.html"
ORG = "Bellmere Fact Desk"
ARTICLES = {  # article_id: (title, outlet, date, url)
    1: ("Federal sweep", "Bellmere Tide-Ledger", "2025-02-03", "https://tide.test/sweep"),
    2: ("Port chief blasts ICE", "Coastline Daily", "2025-02-04", "https://coast.test/port"),
    3: ("ICE defends arrests", "Continental Wire", "2025-02-03", None),
}
LONG = "The port commission was never told about the sweep, not by ICE and not by anyone in Washington."


def seen(id: int, article_id: int, text: str = "t", as_written: str | None = None) -> dict:
    title, outlet, date, url = ARTICLES[article_id]
    return {"id": id, "article_id": article_id, "path": f"a{article_id}.txt", "title": title, "outlet": outlet,
            "date": date, "url": url, "text": text, "start": 0, "end": len(text), "context": text,
            "speaker": None, "speaker_as_written": as_written, "score": None, "scorer": None}


def decision(id: int, claim_id: int, at: str, by: str = "ana", status: tuple = ("unverified", "unverified"),
             rating: tuple = (None, None), attribution: tuple = (None, None), note: str | None = None,
             evidence: list[str] | None = None, correction: str | None = None) -> dict:
    return {"id": id, "claim_id": claim_id, "old_status": status[0], "new_status": status[1],
            "old_rating": rating[0], "new_rating": rating[1], "old_attribution": attribution[0],
            "new_attribution": attribution[1], "by": by, "at": at, "note": note, "evidence": evidence or [],
            "correction": correction, "undoes": None}


def full(id: int, text: str, kind: str = "quote", status: str = "unverified", rating: str | None = None,
         attribution: str | None = "unchecked", speaker: str | None = None, mentions: list[dict] | None = None,
         history: list[dict] | None = None, **extra) -> dict:
    return {"id": id, "kind": kind, "text": text, "speaker": speaker, "status": status, "rating": rating,
            "attribution": None if kind == "statistic" else attribution, "assigned_to": None, "published_at": None,
            "speakers": [speaker] if speaker else [], "misattributed": False, "conflicts": [],
            "mentions": mentions or [], "pending_suggestions": [], "history": history or [], **extra}


DESK = [
    full(11, "This is a U.S. port, not a holding pen.", status="verified", rating="mostly-true",
         attribution="confirmed", speaker="Marisol Ferrante", assigned_to="ana", published_at="2025-02-04T12:00:00Z",
         mentions=[seen(101, 1, as_written="Ferrante"), seen(102, 2, as_written="Commissioner Ferrante"),
                   seen(103, 3, as_written="Marisol Ferrante")],
         history=[decision(1, 11, "2025-02-03T15:00:00Z", status=("unverified", "verified"), rating=(None, "true"),
                           attribution=("unchecked", "confirmed"), note="Matches the video",
                           evidence=["https://video.test/1", "Port commission minutes"]),
                  decision(5, 11, "2025-02-05T09:00:00Z", by="bo", status=("verified", "verified"),
                           rating=("true", "mostly-true"), attribution=("confirmed", "confirmed"), note="Clause cut",
                           correction="Rating lowered from True: the video cuts a clause")],
         pending_suggestions=[{"mention_id": 77, "claim_id": 11, "score": 82.5,
                               "mention_text": "This is a port, not a holding pen", "outlet": "The Meridian Post"}]),
    full(12, "350 arrests a day", kind="statistic", status="disputed", rating="false", speaker="ICE",
         mentions=[seen(104, 3)], conflicts=[13], value=350, unit=None, qualifier=None, counted="arrests", rate="a day",
         history=[decision(2, 12, "2025-02-04T10:00:00Z", status=("unverified", "disputed"), rating=(None, "false"),
                           note="Agency data shows 311", evidence=["ICE weekly report, table 2"])]),
    full(13, "311 arrests a day", kind="statistic", status="verified", speaker="ICE",
         mentions=[seen(105, 1), seen(106, 2)], value=311, unit=None, qualifier=None, counted="arrests", rate="a day",
         history=[decision(3, 13, "2025-02-04T11:00:00Z", status=("unverified", "verified"),
                           evidence=["https://ice.test/release"])],
         pending_suggestions=[{"mention_id": 90, "claim_id": 40, "score": 78.0, "mention_text": "311 arrests",
                               "outlet": "Coastline Daily"}]),
    full(14, "We will be back", mentions=[seen(107, 2)]),
    full(15, LONG, status="in-review", rating="outdated", attribution="misattributed", speaker="Marisol Ferrante",
         misattributed=True, mentions=[seen(108, 2)],
         history=[decision(4, 15, "2025-02-06T08:00:00Z", status=("unverified", "in-review"),
                           rating=(None, "outdated"), attribution=("unchecked", "misattributed"))]),
]
DESK[4]["speakers"] = ["Marisol Ferrante", "Dale Brunner"]


def section(text: str, start: str, end: str = "\n### ") -> str:
    return text.split(start, 1)[1].split(end, 1)[0]


# -- arguments ---------------------------------------------------------------------------------

def test_formats_and_groupings_offered():
    assert REPORT_FORMATS == ["markdown", "html", "csv", "json", "jsonl", "claimreview"]
    assert GROUP_BY == ["status", "speaker", "article", "rating"]


@pytest.mark.parametrize("kwargs, message", [
    ({"fmt": "pdf"}, "unknown report format 'pdf': use one of markdown, html, csv, json, jsonl, claimreview"),
    ({"group_by": "outlet"}, "unknown grouping 'outlet': use one of status, speaker, article, rating"),
    ({"fmt": "json", "per_mention": True}, "one row per mention is for CSV reports: add -f csv"),
    ({"fmt": "markdown", "bom": True}, "a byte-order mark is for CSV reports: add -f csv"),
    ({"fmt": "claimreview"}, "ClaimReview needs --url (the address the report will be published at) and "
                             "--org (the organisation publishing it)"),
])
def test_bad_report_arguments_are_one_line_errors(kwargs, message):
    args = {"fmt": "markdown", **kwargs}
    with pytest.raises(FactcheckError) as error:
        render_report(DESK, args.pop("fmt"), GENERATED, FILTER, **args)
    assert str(error.value) == message


def test_rating_counts_follow_the_scale_then_off_scale_then_unrated():
    claims = DESK + [full(16, "x", rating="satire"), full(17, "y", rating="false")]
    assert rating_counts(claims) == [("mostly-true", "Mostly true", 1), ("false", "False", 2),
                                     ("outdated", "Outdated", 1), ("satire", "satire", 1), ("unrated", "Unrated", 2)]


# -- Markdown ----------------------------------------------------------------------------------

def test_markdown_counts_by_status_and_by_rating():
    lines = render_report(DESK, "markdown", GENERATED, "status=verified").splitlines()
    assert lines[:18] == [
        "# Claims report", "", f"Generated {GENERATED} · status=verified · 5 claims", "",
        "| Status | Claims |", "| --- | ---: |", "| unverified | 1 |", "| in-review | 1 |", "| verified | 2 |",
        "| disputed | 1 |", "", "| Rating | Claims |", "| --- | ---: |", "| Mostly true | 1 |", "| False | 1 |",
        "| Outdated | 1 |", "| Unrated | 2 |", ""]


def test_markdown_claim_shows_verdict_articles_note_evidence_and_corrections():
    out = render_report(DESK, "markdown", GENERATED, FILTER)
    assert section(out, "### #11 ").splitlines() == [
        "“This is a U.S. port, not a holding pen.” — Marisol Ferrante", "",
        "- Kind: quote", "- Status: verified", "- Rating: Mostly true", "- Attribution: confirmed",
        '- Appears in 3 article(s): Bellmere Tide-Ledger, "Federal sweep" (2025-02-03); Continental Wire, '
        '"ICE defends arrests" (2025-02-03); Coastline Daily, "Port chief blasts ICE" (2025-02-04)',
        "- Note: Clause cut (bo, 2025-02-05)",
        # the latest note came without sources: the sources of the decision before it stay, dated
        "- Evidence (2025-02-03): https://video.test/1, Port commission minutes",
        "- Correction (2025-02-05): Rating lowered from True: the video cuts a clause"]
    assert section(out, "### #12 ").splitlines()[2:] == [
        "- Kind: statistic", "- Status: disputed", "- Rating: False",
        '- Appears in 1 article(s): Continental Wire, "ICE defends arrests" (2025-02-03)',
        "- Flags: conflict with #13", "- Note: Agency data shows 311 (ana, 2025-02-04)",
        "- Evidence: ICE weekly report, table 2"]
    assert section(out, "### #15 ").splitlines()[2:7] == [
        "- Kind: quote", "- Status: in-review", "- Rating: Outdated", "- Attribution: misattributed",
        '- Appears in 1 article(s): Coastline Daily, "Port chief blasts ICE" (2025-02-04)']
    assert "- Flags: misattributed? Marisol Ferrante / Dale Brunner" in section(out, "### #15 ")


def test_markdown_group_by_speaker():
    out = render_report(DESK, "markdown", GENERATED, FILTER, group_by="speaker")
    assert [line for line in out.splitlines() if line.startswith("## ")] == [
        "## ICE (2)", "## Marisol Ferrante (2)", "## No speaker (1)"]
    assert [line[:7] for line in section(out, "## Marisol Ferrante (2)", "\n## ").splitlines() if line.startswith("### ")] == [
        "### #11", "### #15"]


def test_markdown_group_by_rating_in_scale_order():
    out = render_report(DESK, "markdown", GENERATED, FILTER, group_by="rating")
    assert [line for line in out.splitlines() if line.startswith("## ")] == [
        "## Mostly true (1)", "## False (1)", "## Outdated (1)", "## Unrated (2)"]
    assert [line[:7] for line in section(out, "## Unrated (2)", "\n## ").splitlines() if line.startswith("### ")] == [
        "### #13", "### #14"]


def test_markdown_group_by_article_lists_a_claim_under_each_of_its_articles():
    out = render_report(DESK + [full(18, "No source", mentions=[])], "markdown", GENERATED, FILTER,
                        group_by="article")
    headings = [line for line in out.splitlines() if line.startswith("## ")]
    assert headings == ["## Federal sweep — Bellmere Tide-Ledger, 2025-02-03 (2)",
                        "## ICE defends arrests — Continental Wire, 2025-02-03 (2)",
                        "## Port chief blasts ICE — Coastline Daily, 2025-02-04 (4)", "## No article (1)"]
    ids = [[line.split()[1] for line in section(out, h, "\n## ").splitlines() if line.startswith("### ")] for h in headings]
    assert ids == [["#11", "#13"], ["#11", "#12"], ["#11", "#13", "#14", "#15"], ["#18"]]
    assert "| verified | 2 |" in out  # counts count each claim once


def test_markdown_neutralises_links_images_html_and_line_breaks():
    hostile = [full(20, "see [here](javascript:alert(1)) ![x](http://t.test/p.png)", speaker="A\n## B",
                    mentions=[seen(1, 1)],
                    history=[decision(1, 20, "2025-02-03T00:00:00Z", note="<img src=x onerror=alert(1)>\n- forged",
                                      evidence=["[ok](javascript:x)"], by="<b>me</b>")])]
    out = render_report(hostile, "markdown", GENERATED, FILTER)
    assert "### #20 “see \\[here\\](javascript:alert(1)) !\\[x\\](http://t.test/p.png)” — A ## B" in out
    assert "- Note: &lt;img src=x onerror=alert(1)&gt; - forged (&lt;b&gt;me&lt;/b&gt;, 2025-02-03)" in out
    assert "- Evidence: \\[ok\\](javascript:x)" in out
    assert "\n- forged" not in out and "\n## B" not in out


# -- HTML ----------------------------------------------------------------------------------------

def test_html_is_self_contained_with_anchors_and_a_policy_that_runs_nothing():
    out = render_report(DESK, "html", GENERATED, FILTER)
    assert out.startswith("<!DOCTYPE html>\n")
    assert ('<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; style-src \'unsafe-inline\'; '
            "base-uri 'none'; form-action 'none'\">") in out
    assert "<script" not in out  # without --url and --org there is no ClaimReview block either
    assert "<link" not in out and "src=" not in out and "@import" not in out
    for claim_id in (11, 12, 13, 14, 15):
        assert out.count(f'id="claim-{claim_id}"') == 1
        assert f'<a class="anchor" href="#claim-{claim_id}">#{claim_id}</a>' in out
    assert '<p class="meta">Generated 2025-02-03T10:00:00Z · all claims · 5 claims</p>' in out
    assert "@media print" in out


def test_html_one_anchor_per_claim_when_grouped_by_article():
    out = render_report(DESK, "html", GENERATED, FILTER, group_by="article")
    assert out.count('<article class="claim verified" id="claim-11">') == 1
    assert out.count('<a class="anchor" href="#claim-11">#11</a>') == 3
    assert "<h2>Port chief blasts ICE — Coastline Daily, 2025-02-04 (4)</h2>" in out


def test_html_charts_counts_by_status_and_rating_with_text_labels():
    out = render_report(DESK, "html", GENERATED, FILTER)
    status = out.split('<svg class="chart" id="chart-status"', 1)[1].split("</svg>", 1)[0]
    assert '<title id="chart-status-title">Claims by status</title>' in status
    assert '<text x="162" y="43" text-anchor="end">unverified</text>' in status
    assert '<rect class="bar unverified" x="170" y="30" width="150" height="17"/><text x="326" y="43">1</text>' in status
    assert '<rect class="bar verified" x="170" y="78" width="300" height="17"/><text x="476" y="91">2</text>' in status
    rating = out.split('<svg class="chart" id="chart-rating"', 1)[1].split("</svg>", 1)[0]
    labels = [chunk.split(">", 1)[1].split("<", 1)[0] for chunk in rating.split('text-anchor="end"')[1:]]
    assert labels == ["Mostly true", "False", "Outdated", "Unrated"]
    assert render_report([], "html", GENERATED, FILTER).count("<svg") == 0


def test_html_claim_details_and_links():
    out = render_report(DESK, "html", GENERATED, FILTER)
    card = out.split('id="claim-11">', 1)[1].split("</article>", 1)[0]
    assert '<p class="meta">Status: <strong>verified</strong> · Rating: <strong>Mostly true</strong> · ' \
           "Attribution: confirmed · Kind: quote</p>" in card
    assert ('<li><a href="https://tide.test/sweep" rel="noopener noreferrer">Bellmere Tide-Ledger, “Federal sweep”</a>'
            " (2025-02-03)</li>") in card
    assert "<li>Continental Wire, “ICE defends arrests” (2025-02-03)</li>" in card
    assert "<p>Note: Clause cut (bo, 2025-02-05)</p>" in card
    assert ('<p>Evidence (2025-02-03): <a href="https://video.test/1" rel="noopener noreferrer">https://video.test/1'
            "</a>, Port commission minutes</p>") in card
    assert '<p class="correction">Correction (2025-02-05): Rating lowered from True: the video cuts a clause</p>' in card


def test_html_escapes_every_piece_of_text():
    bad = "<script>x()</script>"
    scale = {"bad": {"label": bad, "value": 1}}
    hostile = [full(21, bad, status="disputed", rating="bad", attribution="confirmed", speaker=bad,
                    mentions=[{**seen(1, 1), "title": bad, "outlet": bad, "url": 'https://x.test/"onmouseover="x()'}],
                    history=[decision(1, 21, "2025-02-03T00:00:00Z", by=bad, note=bad, evidence=[bad],
                                      correction=bad)])]
    out = render_report(hostile, "html", GENERATED, bad, group_by="rating", ratings=scale)
    assert "<script" not in out and "x()</" not in out
    # filter, chart label, group heading, text, speaker, rating, outlet, title, note, by, evidence, correction
    assert out.count("&lt;script&gt;x()&lt;/script&gt;") == 12
    assert 'href="https://x.test/&quot;onmouseover=&quot;x()"' in out


def test_html_claimreview_block_cannot_be_closed_by_article_text():
    hostile = [full(22, "</script><script>alert(1)</script><!--", status="verified", speaker="A & B",
                    mentions=[seen(1, 1)], history=[decision(1, 22, "2025-02-03T00:00:00Z")])]
    out = render_report(hostile, "html", GENERATED, FILTER, base_url=BASE, org=ORG)
    assert out.count("<script") == 1 and out.count("</script>") == 1
    block = out.split('<script type="application/ld+json">', 1)[1].split("</script>", 1)[0]
    assert "<" not in block and ">" not in block and "&" not in block
    assert "\\u003c/script\\u003e\\u003cscript\\u003ealert(1)" in block
    assert json.loads(block) == claim_reviews(hostile, BASE, ORG)[0]


# -- CSV -----------------------------------------------------------------------------------------

def _csv_records(text: str) -> list[dict]:
    header, *rows = list(csv.reader(io.StringIO(text)))
    return [dict(zip(header, row)) for row in rows]


def test_csv_column_order_is_stable():
    assert CSV_COLUMNS == [
        "id", "kind", "status", "speaker", "text", "rating", "rating_label", "attribution", "assigned_to",
        "value", "unit", "qualifier", "counted", "rate", "articles", "article_count", "first_seen", "outlets",
        "flags", "note", "evidence", "decided_by", "decided_at", "corrections", "history", "published_at",
        "report_filter", "generated_at"]
    assert CSV_MENTION_COLUMNS == CSV_COLUMNS[:-2] + [
        "mention_id", "article_id", "article_title", "outlet", "article_date", "article_url", "article_path",
        "speaker_as_written", "mention_text", "report_filter", "generated_at"]
    out = render_report(DESK, "csv", GENERATED, FILTER)
    assert out.splitlines()[0] == ",".join(CSV_COLUMNS)


def test_csv_one_row_per_claim_with_evidence_and_history_summarised():
    records = _csv_records(render_report(DESK, "csv", GENERATED, "status=verified"))
    assert [r["id"] for r in records] == ["11", "12", "13", "14", "15"]
    assert records[0] == {
        "id": "11", "kind": "quote", "status": "verified", "speaker": "Marisol Ferrante",
        "text": "This is a U.S. port, not a holding pen.", "rating": "mostly-true", "rating_label": "Mostly true",
        "attribution": "confirmed", "assigned_to": "ana", "value": "", "unit": "", "qualifier": "", "counted": "",
        "rate": "",
        "articles": 'Bellmere Tide-Ledger, "Federal sweep" (2025-02-03); Continental Wire, "ICE defends arrests" '
                    '(2025-02-03); Coastline Daily, "Port chief blasts ICE" (2025-02-04)',
        "article_count": "3", "first_seen": "2025-02-03",
        "outlets": "Bellmere Tide-Ledger; Continental Wire; Coastline Daily", "flags": "",
        "note": "Clause cut", "evidence": "https://video.test/1; Port commission minutes", "decided_by": "bo",
        "decided_at": "2025-02-05T09:00:00Z",
        "corrections": "Correction (2025-02-05): Rating lowered from True: the video cuts a clause",
        "history": "2025-02-03 ana: status unverified → verified, rating none → true, attribution unchecked → "
                   "confirmed — Matches the video (evidence: https://video.test/1; Port commission minutes)\n"
                   "2025-02-05 bo: rating true → mostly-true — Clause cut "
                   "[correction: Rating lowered from True: the video cuts a clause]",
        "published_at": "2025-02-04T12:00:00Z", "report_filter": "status=verified", "generated_at": GENERATED,
    }
    statistic = records[1]
    assert (statistic["value"], statistic["counted"], statistic["rate"], statistic["attribution"],
            statistic["flags"]) == ("350", "arrests", "a day", "", "conflict with #13")


def test_csv_per_mention_rows():
    records = _csv_records(render_report(DESK + [full(18, "No source")], "csv", GENERATED, FILTER, per_mention=True))
    assert [(r["id"], r["mention_id"]) for r in records] == [
        ("11", "101"), ("11", "102"), ("11", "103"), ("12", "104"), ("13", "105"), ("13", "106"), ("14", "107"),
        ("15", "108"), ("18", "")]
    assert {k: records[1][k] for k in CSV_MENTION_COLUMNS[-11:]} == {
        "mention_id": "102", "article_id": "2", "article_title": "Port chief blasts ICE", "outlet": "Coastline Daily",
        "article_date": "2025-02-04", "article_url": "https://coast.test/port", "article_path": "a2.txt",
        "speaker_as_written": "Commissioner Ferrante", "mention_text": "t", "report_filter": FILTER,
        "generated_at": GENERATED}
    assert records[1]["rating_label"] == "Mostly true" and records[1]["article_count"] == "3"


def test_csv_byte_order_mark_only_when_asked():
    plain = render_report(DESK, "csv", GENERATED, FILTER)
    marked = render_report(DESK, "csv", GENERATED, FILTER, bom=True)
    assert marked == "\ufeff" + plain and not plain.startswith("\ufeff")
    assert marked.encode("utf-8")[:3] == b"\xef\xbb\xbf"


def test_csv_every_new_column_is_formula_safe():
    scale = {"=bad": {"label": "=HYPERLINK(\"http://evil\")", "value": 1}}
    claims = [full(23, "-2 points", status="verified", rating="=bad", speaker="@boss", assigned_to="+ana",
                   mentions=[{**seen(1, 1, text="=cmd()", as_written="-Ana"), "title": "=t", "outlet": "@o"}],
                   history=[decision(1, 23, "2025-02-03T00:00:00Z", by="=me", note="+1", evidence=["=e"],
                                     correction="-c")])]
    for per_mention in (False, True):
        out = render_report(claims, "csv", GENERATED, "=filter", ratings=scale, per_mention=per_mention)
        for record in _csv_records(out):
            for column, cell in record.items():
                assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), (column, cell)
            assert record["rating_label"] == "'=HYPERLINK(\"http://evil\")" and record["report_filter"] == "'=filter"


# -- JSON and JSON Lines ---------------------------------------------------------------------------

def test_json_report_has_counts_by_status_and_rating():
    data = json.loads(render_report(DESK, "json", GENERATED, "kind=quote"))
    assert list(data) == ["generated_at", "filter", "counts", "counts_by_rating", "ratings", "claims"]
    assert data["filter"] == "kind=quote" and data["generated_at"] == GENERATED
    assert data["counts"] == {"unverified": 1, "in-review": 1, "verified": 2, "disputed": 1}
    assert data["counts_by_rating"] == {"mostly-true": 1, "false": 1, "outdated": 1, "unrated": 2}
    assert data["ratings"]["mostly-true"] == {"label": "Mostly true", "value": 4}
    assert data["claims"] == DESK


def test_jsonl_one_object_per_claim_each_saying_filter_and_time():
    claims = DESK + [full(24, "line\u2028break")]
    out = render_report(claims, "jsonl", GENERATED, "speaker=Ferrante")
    lines = out.split("\n")
    assert lines[-1] == "" and len(lines) == 7
    assert "\u2028" not in out and out.splitlines() == lines[:-1]
    records = [json.loads(line) for line in lines[:-1]]
    assert records == [{**c, "report_filter": "speaker=Ferrante", "generated_at": GENERATED} for c in claims]
    assert render_report([], "jsonl", GENERATED, FILTER) == ""


# -- ClaimReview ---------------------------------------------------------------------------------

TIDE = {"@type": "CreativeWork", "url": "https://tide.test/sweep", "headline": "Federal sweep",
        "datePublished": "2025-02-03", "publisher": {"@type": "Organization", "name": "Bellmere Tide-Ledger"}}
WIRE = {"@type": "CreativeWork", "headline": "ICE defends arrests", "datePublished": "2025-02-03",
        "publisher": {"@type": "Organization", "name": "Continental Wire"}}
COAST = {"@type": "CreativeWork", "url": "https://coast.test/port", "headline": "Port chief blasts ICE",
         "datePublished": "2025-02-04", "publisher": {"@type": "Organization", "name": "Coastline Daily"}}
DESK_WARNINGS = ["claim #15: claimReviewed is 95 characters; keep it to 75 or fewer so search results do not "
                 "cut it off"]


def test_claimreview_for_verified_disputed_or_rated_claims():
    reviews, warnings = claim_reviews(DESK, BASE, ORG)
    assert [r["url"] for r in reviews] == [f"{BASE}#claim-11", f"{BASE}#claim-12", f"{BASE}#claim-13",
                                           f"{BASE}#claim-15"]  # 14: unverified, no rating
    assert reviews[0] == {
        "@context": "https://schema.org", "@type": "ClaimReview", "url": f"{BASE}#claim-11",
        "claimReviewed": "This is a U.S. port, not a holding pen.",
        "author": {"@type": "Organization", "name": ORG},
        "datePublished": "2025-02-05",  # the latest decision
        "reviewRating": {"@type": "Rating", "alternateName": "Mostly true", "ratingValue": 4, "bestRating": 5,
                         "worstRating": 1},
        "itemReviewed": {"@type": "Claim", "author": {"@type": "Person", "name": "Marisol Ferrante"},
                         "datePublished": "2025-02-03", "firstAppearance": TIDE, "appearance": [TIDE, WIRE, COAST]},
    }
    assert reviews[1]["reviewRating"] == {"@type": "Rating", "alternateName": "False", "ratingValue": 1,
                                          "bestRating": 5, "worstRating": 1}
    assert reviews[1]["itemReviewed"] == {"@type": "Claim", "author": {"@type": "Organization", "name": "ICE"},
                                          "datePublished": "2025-02-03", "firstAppearance": WIRE, "appearance": [WIRE]}
    assert reviews[2]["reviewRating"] == {"@type": "Rating", "alternateName": "Accurate"}  # verified, no rating
    assert reviews[3]["reviewRating"] == {"@type": "Rating", "alternateName": "Outdated"}  # off the numeric scale
    assert reviews[3]["claimReviewed"] == LONG and len(LONG) == 95
    assert warnings == DESK_WARNINGS == claim_review_warnings(DESK, BASE, ORG)


def test_claimreview_format_is_the_json_array():
    out = render_report(DESK, "claimreview", GENERATED, FILTER, base_url=BASE, org=ORG)
    assert out.endswith("]\n") and json.loads(out) == claim_reviews(DESK, BASE, ORG)[0]


def test_claimreview_disputed_without_rating_and_custom_scale():
    scale = {"accurate": {"label": "Accurate", "value": 10}, "wrong": {"label": "Wrong", "value": 0},
             "satire": {"label": "Satire", "value": None}}
    claims = [full(30, "a b c", status="disputed", speaker="Ana Ruiz", mentions=[seen(1, 1)],
                   history=[decision(1, 30, "2025-02-07T00:00:00Z")]),
              full(31, "d e f", rating="wrong", speaker="Ana Ruiz", mentions=[seen(2, 2)],
                   history=[decision(2, 31, "2025-02-08T00:00:00Z")])]
    reviews, warnings = claim_reviews(claims, BASE, ORG, scale)
    assert reviews[0]["reviewRating"] == {"@type": "Rating", "alternateName": "Disputed"}
    assert reviews[1]["reviewRating"] == {"@type": "Rating", "alternateName": "Wrong", "ratingValue": 0,
                                          "bestRating": 10, "worstRating": 0}
    assert warnings == []


def test_claimreview_warnings():
    claims = [full(32, "x", status="verified", mentions=[seen(1, 1)]),
              full(33, "y", rating="satire", speaker="Ana Ruiz", mentions=[seen(2, 1)],
                   history=[decision(3, 33, "2025-02-09T00:00:00Z")])]
    reviews, warnings = claim_reviews(claims, BASE, ORG)
    assert warnings == ["claim #32: no decision in its history, so the review has no datePublished",
                        "claim #32: no speaker, so the claim has no author",
                        "claim #33: rating 'satire' is not on the ratings scale"]
    assert "datePublished" not in reviews[0] and "author" not in reviews[0]["itemReviewed"]
    assert reviews[1]["reviewRating"] == {"@type": "Rating", "alternateName": "satire"}
    assert claim_reviews([full(34, "z")], BASE, ORG) == (
        [], ["no claim is verified, disputed or rated: there is no ClaimReview to publish"])


@pytest.mark.parametrize("base_url, org, message", [
    (None, ORG, "ClaimReview needs --url (the address the report will be published at)"),
    (BASE, "  ", "ClaimReview needs --org (the organisation publishing it)"),
    ("", None, "ClaimReview needs --url (the address the report will be published at) and --org "
               "(the organisation publishing it)"),
    ("desk.test/r.html", ORG, "ClaimReview --url must be a web address (https://…) without a '#' part, "
                              "not 'desk.test/r.html'"),
    ("javascript:alert(1)", ORG, "ClaimReview --url must be a web address (https://…) without a '#' part, "
                                 "not 'javascript:alert(1)'"),
    (f"{BASE}#top", ORG, f"ClaimReview --url must be a web address (https://…) without a '#' part, not '{BASE}#top'"),
])
def test_claimreview_needs_a_web_address_and_an_organisation(base_url, org, message):
    with pytest.raises(FactcheckError) as error:
        claim_reviews(DESK, base_url, org)
    assert str(error.value) == message
    with pytest.raises(FactcheckError):
        render_report(DESK, "claimreview", GENERATED, FILTER, base_url=base_url, org=org)


# -- per-person scorecard --------------------------------------------------------------------------

FERRANTE = [
    full(40, "Later words", status="disputed", rating="false", speaker="Marisol Ferrante", mentions=[seen(1, 2)]),
    full(41, "1,866 arrests", kind="statistic", status="verified", rating="true", speaker="Marisol Ferrante",
         mentions=[seen(2, 1), seen(3, 2)]),
    full(42, "Undated words", speaker="Marisol Ferrante", mentions=[{**seen(4, 3), "date": None}]),
    full(43, "Same day, higher id", status="verified", rating="true", speaker="Marisol Ferrante",
         mentions=[seen(5, 3)]),
]


def test_scorecard_markdown_in_date_order_with_counts_and_the_caveat():
    out = render_scorecard("Marisol Ferrante", FERRANTE, "markdown", GENERATED)
    assert out.splitlines() == [
        "# Scorecard: Marisol Ferrante", "", f"Generated {GENERATED} · 4 claims", "", SCORECARD_NOTE, "",
        "| Rating | Claims |", "| --- | ---: |", "| True | 2 |", "| False | 1 |", "| Unrated | 1 |", "",
        "| First seen | Claim | Kind | Status | Rating | Articles | Flags |",
        "| --- | --- | --- | --- | --- | ---: | --- |",
        "| 2025-02-03 | #41 1,866 arrests | statistic | verified | True | 2 |  |",
        "| 2025-02-03 | #43 “Same day, higher id” | quote | verified | True | 1 |  |",
        "| 2025-02-04 | #40 “Later words” | quote | disputed | False | 1 |  |",
        "| undated | #42 “Undated words” | quote | unverified | not rated | 1 |  |",
    ]
    assert SCORECARD_NOTE == "Counts reflect what was checked, not the person's overall accuracy."


def test_scorecard_json_csv_html():
    data = json.loads(render_scorecard("Marisol Ferrante", FERRANTE, "json", GENERATED))
    assert data["person"] == "Marisol Ferrante" and data["note"] == SCORECARD_NOTE
    assert data["counts_by_rating"] == {"true": 2, "false": 1, "unrated": 1}
    assert [c["id"] for c in data["claims"]] == [41, 43, 40, 42]
    assert data["claims"][0] == {"id": 41, "kind": "statistic", "text": "1,866 arrests", "first_seen": "2025-02-03",
                                 "first_outlet": "Bellmere Tide-Ledger", "status": "verified", "rating": "true",
                                 "rating_label": "True", "attribution": None, "articles": 2, "flags": ""}
    out = render_scorecard("Marisol Ferrante", FERRANTE, "csv", GENERATED, bom=True)
    assert out.startswith("\ufeff" + ",".join(SCORECARD_COLUMNS) + "\n")
    records = _csv_records(out.lstrip("\ufeff"))
    assert [r["id"] for r in records] == ["41", "43", "40", "42"]
    assert {r["caveat"] for r in records} == {SCORECARD_NOTE} and records[3]["first_seen"] == ""
    page = render_scorecard("<b>Ferrante</b>", FERRANTE, "html", GENERATED)
    assert "<title>Scorecard: &lt;b&gt;Ferrante&lt;/b&gt;</title>" in page and "<b>" not in page
    assert '<p class="note">Counts reflect what was checked, not the person&#x27;s overall accuracy.</p>' in page
    assert '<svg class="chart" id="chart-rating"' in page and 'id="chart-status"' not in page
    assert "<tr><td>2025-02-03</td><td>#41 1,866 arrests</td><td>statistic</td><td>verified</td><td>True</td>" in page
    with pytest.raises(FactcheckError, match="unknown scorecard format 'jsonl'"):
        render_scorecard("X", FERRANTE, "jsonl", GENERATED)


# -- repeats ----------------------------------------------------------------------------------------

def test_repeats_markdown_first_last_outlets_verdict_and_waiting_mentions():
    out = render_repeats(DESK, "markdown", GENERATED, FILTER)
    assert out.splitlines() == [
        "# Repeated claims", "", f"Generated {GENERATED} · {FILTER} · 2 claims seen in 2 or more articles", "",
        "### #11 “This is a U.S. port, not a holding pen.” — Marisol Ferrante", "",
        "- Verdict: verified · Mostly true",
        "- Articles: 3; outlets: Bellmere Tide-Ledger, Continental Wire, Coastline Daily",
        "- First: 2025-02-03, Bellmere Tide-Ledger, “Federal sweep”",
        "- Last: 2025-02-04, Coastline Daily, “Port chief blasts ICE”",
        "- Waiting: mention #77 (The Meridian Post, score 82.5) may join this claim: “This is a port, not a holding pen”",
        "", "### #13 311 arrests a day — ICE", "",
        "- Verdict: verified · not rated",
        "- Articles: 2; outlets: Bellmere Tide-Ledger, Coastline Daily",
        "- First: 2025-02-03, Bellmere Tide-Ledger, “Federal sweep”",
        "- Last: 2025-02-04, Coastline Daily, “Port chief blasts ICE”",
        "- Waiting: mention #90 (Coastline Daily, score 78.0) may belong to claim #40 instead",
    ]


def test_repeats_json_csv_html():
    data = json.loads(render_repeats(DESK, "json", GENERATED, FILTER))
    assert (data["generated_at"], data["filter"], data["count"]) == (GENERATED, FILTER, 2)
    first = data["claims"][0]
    assert {k: first[k] for k in ("id", "status", "rating", "rating_label", "article_count", "outlets")} == {
        "id": 11, "status": "verified", "rating": "mostly-true", "rating_label": "Mostly true", "article_count": 3,
        "outlets": ["Bellmere Tide-Ledger", "Continental Wire", "Coastline Daily"]}
    assert first["first"] == {"date": "2025-02-03", "outlet": "Bellmere Tide-Ledger", "title": "Federal sweep",
                              "path": "a1.txt", "url": "https://tide.test/sweep"}
    assert first["pending_suggestions"] == DESK[0]["pending_suggestions"]
    out = render_repeats(DESK, "csv", GENERATED, FILTER)
    assert out.splitlines()[0] == ",".join(REPEATS_COLUMNS)
    records = _csv_records(out)
    assert {k: records[1][k] for k in REPEATS_COLUMNS} == {
        "id": "13", "kind": "statistic", "status": "verified", "speaker": "ICE", "text": "311 arrests a day",
        "rating": "", "rating_label": "", "article_count": "2", "first_seen": "2025-02-03",
        "first_outlet": "Bellmere Tide-Ledger", "last_seen": "2025-02-04", "last_outlet": "Coastline Daily",
        "outlets": "Bellmere Tide-Ledger; Coastline Daily",
        "pending_suggestions": "mention #90 (Coastline Daily, score 78.0) may belong to claim #40 instead",
        "report_filter": FILTER, "generated_at": GENERATED}
    page = render_repeats(DESK, "html", GENERATED, FILTER)
    assert page.count('<article class="claim verified"') == 2 and 'id="claim-11"' in page
    assert ("<li>mention #77 (The Meridian Post, score 82.5) may join this claim: "
            "“This is a port, not a holding pen”</li>") in page
    assert render_repeats([], "markdown", GENERATED, FILTER).splitlines()[-1].endswith(
        "0 claims seen in 2 or more articles")
    with pytest.raises(FactcheckError, match="a byte-order mark is for CSV reports"):
        render_repeats(DESK, "json", GENERATED, FILTER, bom=True)
