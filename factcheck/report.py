"""Render rows and claims as text: table, CSV, JSON, Markdown, HTML. Pure: data in, str out."""

from __future__ import annotations

import csv
import html
import io
import json
from collections import Counter

from tabulate import tabulate

from factcheck.models import Status
from factcheck.review import latest_decision

LIST_FORMATS = ["table", "json", "csv"]
REPORT_FORMATS = ["markdown", "html", "csv", "json"]
_STATUS_ORDER = [s.value for s in Status]
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: object) -> str:
    """A CSV cell a spreadsheet will not run as a formula."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(_FORMULA_START) else text


def to_json(data: object) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2)


def render_rows(rows: list[dict], columns: list[str], fmt: str) -> str:
    """A listing as an aligned table, CSV (safe for spreadsheets) or a JSON array."""
    if fmt == "json":
        return to_json(rows)
    if fmt == "csv":
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(columns)
        for row in rows:
            writer.writerow([safe_cell(_flat(row.get(c))) for c in columns])
        return out.getvalue().rstrip("\n")
    if not rows:
        return "(none)"
    return tabulate([[_flat(row.get(c)) for c in columns] for row in rows], headers=columns)


def _flat(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return "; ".join(_flat(v) for v in value)
    return str(value)


def shorten(text: str, width: int = 70) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def claim_row(claim: dict) -> dict:
    """One line of ``factcheck claims``."""
    return {
        "id": claim["id"], "kind": claim["kind"], "status": claim["status"],
        "speaker": claim["speaker"], "text": shorten(claim["text"]),
        "articles": len({m["article_id"] for m in claim["mentions"]}),
        "flags": _flags(claim),
    }


def _flags(claim: dict) -> str:
    flags = []
    if claim.get("conflicts"):
        flags.append("conflict with " + ", ".join(f"#{c}" for c in claim["conflicts"]))
    if claim.get("misattributed"):
        flags.append("misattributed? " + " / ".join(claim["speakers"]))
    return "; ".join(flags)


def _decision(claim: dict) -> dict:
    return latest_decision(claim.get("history", [])) or {}


def _appearances(claim: dict) -> list[str]:
    seen, lines = set(), []
    for m in claim["mentions"]:
        if m["article_id"] in seen:
            continue
        seen.add(m["article_id"])
        lines.append(f"{m['outlet'] or 'unknown outlet'}, \"{m['title'] or m['path']}\" ({m['date'] or 'undated'})")
    return lines


def _grouped(claims: list[dict]) -> list[tuple[str, list[dict]]]:
    by_status: dict[str, list[dict]] = {}
    for claim in claims:
        by_status.setdefault(claim["status"], []).append(claim)
    return [(s, by_status[s]) for s in _STATUS_ORDER if s in by_status]


def status_counts(claims: list[dict]) -> list[tuple[str, int]]:
    counts = Counter(c["status"] for c in claims)
    return [(s, counts[s]) for s in _STATUS_ORDER if counts[s]]


def render_report(claims: list[dict], fmt: str, generated_at: str, filter_text: str) -> str:
    """The claims report in ``fmt`` (one of REPORT_FORMATS)."""
    return {"markdown": _markdown, "html": _html, "csv": _csv, "json": _json}[fmt](claims, generated_at, filter_text)


def _label(claim: dict) -> str:
    if claim["kind"] == "statistic":
        return claim["text"]
    return f"“{claim['text']}”"


def _markdown(claims: list[dict], generated_at: str, filter_text: str) -> str:
    lines = ["# Claims report", "", f"Generated {generated_at} · {filter_text} · {len(claims)} claims", "",
             "| Status | Claims |", "| --- | ---: |"]
    lines += [f"| {status} | {count} |" for status, count in status_counts(claims)]
    for status, group in _grouped(claims):
        lines += ["", f"## {status.capitalize()} ({len(group)})"]
        for claim in group:
            speaker = f" — {claim['speaker']}" if claim["speaker"] else ""
            lines += ["", f"### #{claim['id']} {_markdown_escape(_label(claim))}{_markdown_escape(speaker)}", "",
                      f"- Kind: {claim['kind']}"]
            lines.append(f"- Appears in {len(_appearances(claim))} article(s): "
                         + "; ".join(_markdown_escape(a) for a in _appearances(claim)))
            if _flags(claim):
                lines.append(f"- Flags: {_markdown_escape(_flags(claim))}")
            decision = _decision(claim)
            if decision.get("note"):
                lines.append(f"- Note: {_markdown_escape(decision['note'])} ({decision['by']}, {decision['at'][:10]})")
            if decision.get("evidence"):
                lines.append("- Evidence: " + ", ".join(_markdown_escape(e) for e in decision["evidence"]))
    return "\n".join(lines) + "\n"


def _markdown_escape(text: str) -> str:
    return html.escape(text, quote=False).replace("|", "\\|")


def _csv_rows(claims: list[dict]) -> list[dict]:
    rows = []
    for claim in claims:
        decision = _decision(claim)
        rows.append({
            "id": claim["id"], "kind": claim["kind"], "status": claim["status"], "speaker": claim["speaker"],
            "text": claim["text"], "value": claim.get("value"), "counted": claim.get("counted"),
            "articles": _appearances(claim), "flags": _flags(claim),
            "note": decision.get("note"), "evidence": decision.get("evidence"),
            "decided_by": decision.get("by"), "decided_at": decision.get("at"),
        })
    return rows


_CSV_COLUMNS = ["id", "kind", "status", "speaker", "text", "value", "counted", "articles", "flags",
                "note", "evidence", "decided_by", "decided_at"]


def _csv(claims: list[dict], generated_at: str, filter_text: str) -> str:
    return render_rows(_csv_rows(claims), _CSV_COLUMNS, "csv") + "\n"


def _json(claims: list[dict], generated_at: str, filter_text: str) -> str:
    return to_json({"generated_at": generated_at, "filter": filter_text,
                    "counts": dict(status_counts(claims)), "claims": claims}) + "\n"


_CSS = """body{font-family:Georgia,serif;max-width:52rem;margin:2rem auto;padding:0 1rem;color:#222}
h1,h2{font-family:Helvetica,Arial,sans-serif}table{border-collapse:collapse}td,th{border:1px solid #ccc;
padding:.2rem .6rem}.claim{border-left:4px solid #888;padding:.2rem 1rem;margin:1rem 0}
.verified{border-color:#2a7}.disputed{border-color:#c33}.meta{color:#555;font-size:.9rem}
.flag{color:#a40}"""


def _html(claims: list[dict], generated_at: str, filter_text: str) -> str:
    e = html.escape
    parts = ["<!DOCTYPE html>", '<html lang="en"><head><meta charset="utf-8">',
             "<title>Claims report</title>", f"<style>{_CSS}</style></head><body>",
             "<h1>Claims report</h1>",
             f'<p class="meta">Generated {e(generated_at)} · {e(filter_text)} · {len(claims)} claims</p>',
             "<table><tr><th>Status</th><th>Claims</th></tr>"]
    parts += [f"<tr><td>{e(s)}</td><td>{n}</td></tr>" for s, n in status_counts(claims)]
    parts.append("</table>")
    for status, group in _grouped(claims):
        parts.append(f"<h2>{e(status.capitalize())} ({len(group)})</h2>")
        for claim in group:
            parts.append(f'<div class="claim {e(status)}" id="claim-{claim["id"]}">')
            speaker = f" — {e(claim['speaker'])}" if claim["speaker"] else ""
            parts.append(f"<h3>#{claim['id']} {e(_label(claim))}{speaker}</h3>")
            parts.append("<ul>" + "".join(f"<li>{e(a)}</li>" for a in _appearances(claim)) + "</ul>")
            if _flags(claim):
                parts.append(f'<p class="flag">{e(_flags(claim))}</p>')
            decision = _decision(claim)
            if decision.get("note"):
                parts.append(f"<p>Note: {e(decision['note'])} ({e(decision['by'])}, {e(decision['at'][:10])})</p>")
            if decision.get("evidence"):
                links = ", ".join(f'<a href="{e(u)}">{e(u)}</a>' if u.startswith(("http://", "https://"))
                                  else e(u) for u in decision["evidence"])
                parts.append(f"<p>Evidence: {links}</p>")
            parts.append("</div>")
    parts.append("</body></html>")
    return "\n".join(parts) + "\n"
