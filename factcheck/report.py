"""Render rows and claims as text: listings (table, CSV, JSON) and the reports editors publish
(Markdown, HTML, CSV, JSON, JSON Lines, schema.org ClaimReview), a per-person scorecard and a
repeats report. Pure: data in, str out; no files, no clock (the caller passes ``generated_at``).

Public entry points (each raises FactcheckError with a one-line message on bad arguments):

- ``render_report(claims, fmt, generated_at, filter_text, group_by="status", ratings=None,
  per_mention=False, bom=False, base_url=None, org=None) -> str`` for ``fmt`` in REPORT_FORMATS
  and ``group_by`` in GROUP_BY (grouping shapes Markdown and HTML; the data formats are flat).
- ``claim_reviews(claims, base_url, org, ratings=None) -> (reviews, warnings)``: the ClaimReview
  objects and what an editor should fix before publishing; ``claim_review_warnings`` gives the
  warnings alone, for the CLI to print on stderr while ``render_report`` returns the text.
- ``render_scorecard(person, claims, fmt, generated_at, ratings=None, bom=False) -> str``.
- ``render_repeats(claims, fmt, generated_at, filter_text, ratings=None, bom=False) -> str``.
"""

from __future__ import annotations

import csv
import html
import io
import json
import re
from collections import Counter
from urllib.parse import urlsplit

from tabulate import tabulate

from factcheck.errors import FactcheckError
from factcheck.models import Status
from factcheck.review import DEFAULT_RATINGS, latest_decision
from factcheck.speakers import is_organisation

LIST_FORMATS = ["table", "json", "csv"]
REPORT_FORMATS = ["markdown", "html", "csv", "json", "jsonl", "claimreview"]
SCORECARD_FORMATS = ["markdown", "html", "json", "csv"]
REPEATS_FORMATS = ["markdown", "html", "json", "csv"]
GROUP_BY = ["status", "speaker", "article", "rating"]
SCORECARD_NOTE = "Counts reflect what was checked, not the person's overall accuracy."
UNRATED = "unrated"  # the key counts by rating use for claims without a rating

# The claims CSV, one row per claim. The order is part of the format: new columns go before
# the last two, never between existing ones. Lists are joined with "; ", history with newlines.
CSV_COLUMNS = [
    "id", "kind", "status", "speaker", "text", "rating", "rating_label", "attribution", "assigned_to",
    "value", "unit", "qualifier", "counted", "rate",
    "articles", "article_count", "first_seen", "outlets", "flags",
    "note", "evidence", "decided_by", "decided_at", "corrections", "history", "published_at",
    "report_filter", "generated_at",
]
# With per_mention=True: one row per mention, the claim's columns repeated, then the mention's.
CSV_MENTION_COLUMNS = CSV_COLUMNS[:-2] + [
    "mention_id", "article_id", "article_title", "outlet", "article_date", "article_url", "article_path",
    "speaker_as_written", "mention_text",
] + CSV_COLUMNS[-2:]
SCORECARD_COLUMNS = ["person", "first_seen", "first_outlet", "id", "kind", "text", "status", "rating",
                     "rating_label", "attribution", "articles", "flags", "caveat", "generated_at"]
REPEATS_COLUMNS = ["id", "kind", "status", "speaker", "text", "rating", "rating_label", "article_count",
                   "first_seen", "first_outlet", "last_seen", "last_outlet", "outlets", "pending_suggestions",
                   "report_filter", "generated_at"]

_STATUS_ORDER = [s.value for s in Status]
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_REVIEWED_STATUSES = {Status.VERIFIED.value: "Accurate", Status.DISPUTED.value: "Disputed"}
CLAIM_REVIEWED_MAX = 75  # longer claimReviewed text is cut off in search results


# -- cells, rows and listings ------------------------------------------------------------------

def safe_cell(value: object) -> str:
    """A CSV cell a spreadsheet will not run as a formula. A number stays a number (-5 is no formula)."""
    if _is_number(value):
        return str(value)
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(_FORMULA_START) else text


def to_json(data: object) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2)


def render_rows(rows: list[dict], columns: list[str], fmt: str) -> str:
    """A listing as an aligned table, CSV (safe for spreadsheets) or a JSON array."""
    if fmt == "json":
        return to_json(rows)
    if fmt == "csv":
        return _csv_text(rows, columns).rstrip("\n")
    if not rows:
        return "(none)"
    return tabulate([[_flat(row.get(c)) for c in columns] for row in rows], headers=columns)


def _csv_text(rows: list[dict], columns: list[str], bom: bool = False) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow([_cell(row.get(c)) for c in columns])
    return ("\ufeff" if bom else "") + out.getvalue()


def _cell(value: object) -> str:
    return safe_cell(value if isinstance(value, (int, float)) else _flat(value))


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


# -- what every format says about a claim ---------------------------------------------------------

def _flags(claim: dict) -> str:
    flags = []
    if claim.get("conflicts"):
        flags.append("conflict with " + ", ".join(f"#{c}" for c in claim["conflicts"]))
    if claim.get("misattributed"):
        flags.append("misattributed? " + " / ".join(claim["speakers"]))
    return "; ".join(flags)


def _decision(claim: dict) -> dict:
    return latest_decision(claim.get("history", [])) or {}


def _evidence(claim: dict) -> tuple[list[str], str | None]:
    """The latest evidence and, when it came with an earlier decision than the latest note, that
    decision's date: a note-only change (a rating lowered) must not hide the sources."""
    decision = _decision(claim)
    if decision.get("evidence"):
        return list(decision["evidence"]), None
    for event in reversed(claim.get("history", [])):
        if event.get("evidence"):
            return list(event["evidence"]), _day(event.get("at"))
    return [], None


def _day(at: str | None) -> str:
    return (at or "")[:10] or "undated"


def _corrections(claim: dict) -> list[str]:
    """'Correction (2025-02-05): …' for every decision that corrected a published verdict."""
    return [f"Correction ({_day(e.get('at'))}): {e['correction']}" for e in claim.get("history", [])
            if e.get("correction")]


def _articles(claim: dict) -> list[dict]:
    """The articles a claim appears in, once each: dated ones oldest first, then undated ones."""
    seen, found = set(), []
    for m in sorted(claim["mentions"], key=lambda m: (m.get("date") is None, m.get("date") or "", m["id"])):
        if m["article_id"] not in seen:
            seen.add(m["article_id"])
            found.append(m)
    return found


def _article_line(m: dict) -> str:
    return f"{m.get('outlet') or 'unknown outlet'}, \"{m.get('title') or m.get('path')}\" ({m.get('date') or 'undated'})"


def _appearances(claim: dict) -> list[str]:
    return [_article_line(m) for m in _articles(claim)]


def _outlets(claim: dict) -> list[str]:
    return list(dict.fromkeys(m.get("outlet") or "unknown outlet" for m in _articles(claim)))


def _first_seen(claim: dict) -> str | None:
    dates = [m["date"] for m in claim["mentions"] if m.get("date")]
    return min(dates) if dates else None


def _scale(ratings: dict | None) -> dict:
    return DEFAULT_RATINGS if ratings is None else ratings


def rating_label(rating: str | None, ratings: dict | None = None) -> str | None:
    """The label a rating reads as ('mostly-true' -> 'Mostly true'); a rating off the scale reads as itself."""
    if rating is None:
        return None
    return (_scale(ratings).get(rating) or {}).get("label") or rating


def status_counts(claims: list[dict]) -> list[tuple[str, int]]:
    counts = Counter(c["status"] for c in claims)
    return [(s, counts[s]) for s in _STATUS_ORDER if counts[s]]


def rating_counts(claims: list[dict], ratings: dict | None = None) -> list[tuple[str, str, int]]:
    """(key, label, count) for every rating in use: the scale's order, then ratings off the scale,
    then claims without a rating (key UNRATED, label 'Unrated')."""
    scale = _scale(ratings)
    counts = Counter(c.get("rating") for c in claims)
    keys = [k for k in scale if counts[k]] + sorted(k for k in counts if k is not None and k not in scale)
    rows = [(k, rating_label(k, scale), counts[k]) for k in keys]
    return rows + ([(UNRATED, "Unrated", counts[None])] if counts[None] else [])


def _verdict(claim: dict, ratings: dict) -> str:
    label = rating_label(claim.get("rating"), ratings)
    return f"{claim['status']} · {label if label else 'not rated'}"


def _label(claim: dict) -> str:
    """A direct quote in quotation marks; a paraphrase or a figure without: quotation marks would
    present reported speech as the speaker's own words."""
    if claim["kind"] != "quote":
        return claim["text"]
    return f"“{claim['text']}”"


def _history_line(event: dict) -> str:
    changes = []
    for part in ("status", "rating", "attribution"):
        old, new = event.get(f"old_{part}"), event.get(f"new_{part}")
        if old != new:
            changes.append(f"{part} {old or 'none'} → {new or 'none'}")
    line = f"{_day(event.get('at'))} {event.get('by') or 'unknown'}: {', '.join(changes) or 'no change'}"
    if event.get("undoes"):
        line += f" (undoes #{event['undoes']})"
    if event.get("note"):
        line += f" — {event['note']}"
    if event.get("evidence"):
        line += f" (evidence: {'; '.join(event['evidence'])})"
    if event.get("correction"):
        line += f" [correction: {event['correction']}]"
    return line


# -- grouping -----------------------------------------------------------------------------------

def _groups(claims: list[dict], group_by: str, ratings: dict) -> list[tuple[str, list[dict]]]:
    """(heading, claims) in reading order. By article, a claim stands under each of its articles."""
    if group_by == "status":
        by_status: dict[str, list[dict]] = {}
        for claim in claims:
            by_status.setdefault(claim["status"], []).append(claim)
        known = [s for s in _STATUS_ORDER if s in by_status] + sorted(set(by_status) - set(_STATUS_ORDER))
        return [(s.capitalize(), by_status[s]) for s in known]
    if group_by == "rating":
        by_rating: dict[str | None, list[dict]] = {}
        for claim in claims:
            by_rating.setdefault(claim.get("rating"), []).append(claim)
        keys = [k for k, _, _ in rating_counts(claims, ratings)]
        return [(rating_label(k, ratings) if k != UNRATED else "Unrated", by_rating[None if k == UNRATED else k])
                for k in keys]
    if group_by == "speaker":
        by_speaker: dict[str | None, list[dict]] = {}
        for claim in claims:
            by_speaker.setdefault(claim.get("speaker"), []).append(claim)
        names = sorted((n for n in by_speaker if n), key=lambda n: (n.casefold(), n))
        return [(n, by_speaker[n]) for n in names] + ([("No speaker", by_speaker[None])] if None in by_speaker else [])
    if group_by == "article":
        articles: dict[int, tuple[dict, list[dict]]] = {}
        loose = []
        for claim in claims:
            found = _articles(claim)
            if not found:
                loose.append(claim)
            for m in found:
                articles.setdefault(m["article_id"], (m, []))[1].append(claim)
        order = sorted(articles.values(), key=lambda pair: (pair[0].get("date") is None, pair[0].get("date") or "",
                                                            pair[0]["article_id"]))
        groups = [(_article_heading(m), group) for m, group in order]
        return groups + ([("No article", loose)] if loose else [])
    raise FactcheckError(f"unknown grouping '{group_by}': use one of {', '.join(GROUP_BY)}")


def _article_heading(m: dict) -> str:
    return f"{m.get('title') or m.get('path')} — {m.get('outlet') or 'unknown outlet'}, {m.get('date') or 'undated'}"


# -- the claims report -------------------------------------------------------------------------

def render_report(claims: list[dict], fmt: str, generated_at: str, filter_text: str, group_by: str = "status",
                  ratings: dict | None = None, per_mention: bool = False, bom: bool = False,
                  base_url: str | None = None, org: str | None = None) -> str:
    """The claims report in ``fmt`` (one of REPORT_FORMATS).

    ``group_by`` (GROUP_BY) orders the Markdown and HTML reports; ``per_mention`` (one row per
    mention) and ``bom`` (a UTF-8 byte-order mark for spreadsheet programs) are for CSV only;
    ``base_url`` and ``org`` are required for ClaimReview and, when given, add a ClaimReview
    JSON-LD block to the HTML report. Warnings about the ClaimReview data are not in the text:
    get them from ``claim_review_warnings``."""
    if fmt not in REPORT_FORMATS:
        raise FactcheckError(f"unknown report format '{fmt}': use one of {', '.join(REPORT_FORMATS)}")
    if group_by not in GROUP_BY:
        raise FactcheckError(f"unknown grouping '{group_by}': use one of {', '.join(GROUP_BY)}")
    if per_mention and fmt != "csv":
        raise FactcheckError("one row per mention is for CSV reports: add -f csv")
    if bom and fmt != "csv":
        raise FactcheckError("a byte-order mark is for CSV reports: add -f csv")
    ratings = _scale(ratings)
    if fmt == "markdown":
        return _markdown(claims, generated_at, filter_text, group_by, ratings)
    if fmt == "html":
        return _html(claims, generated_at, filter_text, group_by, ratings, base_url, org)
    if fmt == "csv":
        return _csv(claims, generated_at, filter_text, ratings, per_mention, bom)
    if fmt == "json":
        return to_json({"generated_at": generated_at, "filter": filter_text,
                        "counts": dict(status_counts(claims)),
                        "counts_by_rating": {k: n for k, _, n in rating_counts(claims, ratings)},
                        "ratings": ratings, "claims": claims}) + "\n"
    if fmt == "jsonl":
        return "".join(_jsonl_line({**claim, "report_filter": filter_text, "generated_at": generated_at})
                       for claim in claims)
    reviews, _ = claim_reviews(claims, base_url, org, ratings)
    return to_json(reviews) + "\n"


def _jsonl_line(data: dict) -> str:
    # U+2028/U+2029 are line breaks to some readers (Python's str.splitlines among them): escape them
    text = json.dumps(data, ensure_ascii=False).replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")
    return text + "\n"


def _md(text: object) -> str:
    """Text safe inside a Markdown line: one line, no HTML, no links or images, no table cells."""
    text = " ".join(str(text).split())
    text = html.escape(text, quote=False)
    return re.sub(r"([\\\[\]|])", r"\\\1", text)


def _count_table(title: str, rows: list[tuple[str, int]]) -> list[str]:
    return [f"| {title} | Claims |", "| --- | ---: |"] + [f"| {_md(k)} | {n} |" for k, n in rows]


def _markdown(claims: list[dict], generated_at: str, filter_text: str, group_by: str, ratings: dict) -> str:
    lines = ["# Claims report", "", f"Generated {_md(generated_at)} · {_md(filter_text)} · {len(claims)} claims", ""]
    lines += _count_table("Status", status_counts(claims)) + [""]
    lines += _count_table("Rating", [(label, n) for _, label, n in rating_counts(claims, ratings)])
    for heading, group in _groups(claims, group_by, ratings):
        lines += ["", f"## {_md(heading)} ({len(group)})"]
        for claim in group:
            lines += [""] + _markdown_claim(claim, ratings)
    return "\n".join(lines) + "\n"


def _markdown_claim(claim: dict, ratings: dict) -> list[str]:
    speaker = f" — {_md(claim['speaker'])}" if claim.get("speaker") else ""
    lines = [f"### #{claim['id']} {_md(_label(claim))}{speaker}", "",
             f"- Kind: {claim['kind']}", f"- Status: {claim['status']}"]
    if claim.get("rating"):
        lines.append(f"- Rating: {_md(rating_label(claim['rating'], ratings))}")
    if claim.get("attribution"):
        lines.append(f"- Attribution: {_md(claim['attribution'])}")
    appearances = _appearances(claim)
    lines.append(f"- Appears in {len(appearances)} article(s): " + "; ".join(_md(a) for a in appearances))
    if _flags(claim):
        lines.append(f"- Flags: {_md(_flags(claim))}")
    decision = _decision(claim)
    if decision.get("note"):
        lines.append(f"- Note: {_md(decision['note'])} ({_md(decision.get('by') or 'unknown')}, "
                     f"{_day(decision.get('at'))})")
    evidence, since = _evidence(claim)
    if evidence:
        lines.append(f"- Evidence{f' ({since})' if since else ''}: " + ", ".join(_md(e) for e in evidence))
    lines += [f"- {_md(c)}" for c in _corrections(claim)]
    return lines


def _csv_claim(claim: dict, ratings: dict) -> dict:
    decision = _decision(claim)
    return {
        "id": claim["id"], "kind": claim["kind"], "status": claim["status"], "speaker": claim.get("speaker"),
        "text": claim["text"], "rating": claim.get("rating"), "rating_label": rating_label(claim.get("rating"), ratings),
        "attribution": claim.get("attribution"), "assigned_to": claim.get("assigned_to"),
        **{k: claim.get(k) for k in ("value", "unit", "qualifier", "counted", "rate")},
        "articles": _appearances(claim), "article_count": len(_articles(claim)), "first_seen": _first_seen(claim),
        "outlets": _outlets(claim), "flags": _flags(claim),
        "note": decision.get("note"), "evidence": _evidence(claim)[0],
        "decided_by": decision.get("by"), "decided_at": decision.get("at"),
        "corrections": "\n".join(_corrections(claim)),
        "history": "\n".join(_history_line(e) for e in claim.get("history", [])),
        "published_at": claim.get("published_at"),
    }


def _csv(claims: list[dict], generated_at: str, filter_text: str, ratings: dict, per_mention: bool, bom: bool) -> str:
    stamp = {"report_filter": filter_text, "generated_at": generated_at}
    if not per_mention:
        return _csv_text([{**_csv_claim(c, ratings), **stamp} for c in claims], CSV_COLUMNS, bom)
    rows = []
    for claim in claims:
        base = _csv_claim(claim, ratings)
        for m in claim["mentions"] or [{}]:  # a claim without mentions still gets its row
            rows.append({**base, **stamp, "mention_id": m.get("id"), "article_id": m.get("article_id"),
                         "article_title": m.get("title"), "outlet": m.get("outlet"), "article_date": m.get("date"),
                         "article_url": m.get("url"), "article_path": m.get("path"),
                         "speaker_as_written": m.get("speaker_as_written"), "mention_text": m.get("text")})
    return _csv_text(rows, CSV_MENTION_COLUMNS, bom)


# -- ClaimReview -----------------------------------------------------------------------------

def claim_reviews(claims: list[dict], base_url: str | None, org: str | None,
                  ratings: dict | None = None) -> tuple[list[dict], list[str]]:
    """schema.org ClaimReview objects for every claim that is verified, disputed or rated, and the
    warnings an editor should see before publishing them. A missing or unusable ``base_url`` (the
    address the HTML report will be published at) or ``org`` is an error."""
    scale = _scale(ratings)
    base, org = (base_url or "").strip(), (org or "").strip()
    missing = [what for what, value in (("--url (the address the report will be published at)", base),
                                         ("--org (the organisation publishing it)", org)) if not value]
    if missing:
        raise FactcheckError("ClaimReview needs " + " and ".join(missing))
    parts = urlsplit(base)
    if parts.scheme not in ("http", "https") or not parts.netloc or "#" in base or re.search(r"\s", base):
        raise FactcheckError(f"ClaimReview --url must be a web address (https://…) without a '#' part, not '{base}'")
    numbers = [v["value"] for v in scale.values() if _is_number(v.get("value"))]
    reviews, warnings = [], []
    for claim in claims:
        rating = claim.get("rating")
        if not rating and claim["status"] not in _REVIEWED_STATUSES:
            continue
        cid = claim["id"]
        text = " ".join(claim["text"].split())
        if len(text) > CLAIM_REVIEWED_MAX:
            warnings.append(f"claim #{cid}: claimReviewed is {len(text)} characters; keep it to "
                            f"{CLAIM_REVIEWED_MAX} or fewer so search results do not cut it off")
        verdict = {"@type": "Rating"}
        if rating:
            if rating not in scale:
                warnings.append(f"claim #{cid}: rating '{rating}' is not on the ratings scale")
            verdict["alternateName"] = rating_label(rating, scale)
            value = (scale.get(rating) or {}).get("value")
            if _is_number(value):
                verdict.update(ratingValue=value, bestRating=max(numbers), worstRating=min(numbers))
        else:
            verdict["alternateName"] = _REVIEWED_STATUSES[claim["status"]]
        review = {"@context": "https://schema.org", "@type": "ClaimReview", "url": f"{base}#claim-{cid}",
                  "claimReviewed": text, "author": {"@type": "Organization", "name": org}}
        history = claim.get("history") or []
        if history and history[-1].get("at"):
            review["datePublished"] = history[-1]["at"][:10]
        else:
            warnings.append(f"claim #{cid}: no decision in its history, so the review has no datePublished")
        review["reviewRating"] = verdict
        review["itemReviewed"] = _claim_item(claim)
        if "author" not in review["itemReviewed"]:
            warnings.append(f"claim #{cid}: no speaker, so the claim has no author")
        reviews.append(review)
    if not reviews:
        warnings.append("no claim is verified, disputed or rated: there is no ClaimReview to publish")
    return reviews, warnings


def _is_number(value: object) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def claim_review_warnings(claims: list[dict], base_url: str | None, org: str | None,
                          ratings: dict | None = None) -> list[str]:
    """What ``render_report(..., "claimreview")`` would warn about, one line each, for stderr."""
    return claim_reviews(claims, base_url, org, ratings)[1]


def _claim_item(claim: dict) -> dict:
    item: dict = {"@type": "Claim"}
    speaker = claim.get("speaker")
    if speaker:
        is_person = claim.get("speaker_is_person")
        if is_person is None:
            is_person = not is_organisation(speaker.split())
        item["author"] = {"@type": "Person" if is_person else "Organization", "name": speaker}
    if _first_seen(claim):
        item["datePublished"] = _first_seen(claim)
    works = [w for w in (_creative_work(m) for m in _articles(claim)) if len(w) > 1]
    if works:
        item["firstAppearance"] = works[0]
        item["appearance"] = works
    return item


def _web_url(url: str | None) -> str | None:
    return url if url and url.startswith(("http://", "https://")) and not re.search(r"\s", url) else None


def _creative_work(m: dict) -> dict:
    work: dict = {"@type": "CreativeWork"}
    if _web_url(m.get("url")):
        work["url"] = m["url"]
    if m.get("title"):
        work["headline"] = m["title"]
    if m.get("date"):
        work["datePublished"] = m["date"]
    if m.get("outlet"):
        work["publisher"] = {"@type": "Organization", "name": m["outlet"]}
    return work


def _json_in_script(data: object) -> str:
    """JSON for a <script type="application/ld+json"> block: no '<', '>' or '&' that could end the
    block or open a comment, however hostile the article text."""
    text = json.dumps(data, ensure_ascii=False, indent=1)
    for char, escape in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"),
                         ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(char, escape)
    return text


# -- HTML -------------------------------------------------------------------------------------

# No script may run in a report: this policy stops one even if escaping ever failed.
_CSP = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'"

_CSS = """body{font-family:Georgia,serif;max-width:52rem;margin:2rem auto;padding:0 1rem;color:#222;line-height:1.45}
h1,h2,h3{font-family:Helvetica,Arial,sans-serif;line-height:1.2}h3{font-size:1.05rem}
table{border-collapse:collapse;margin:1rem 0}td,th{border:1px solid #ccc;padding:.2rem .6rem;text-align:left;vertical-align:top}
.claim{border-left:4px solid #888;padding:.2rem 1rem;margin:1rem 0}
.verified{border-color:#2a7}.disputed{border-color:#c33}.meta{color:#555;font-size:.9rem}
.flag{color:#a40}.correction{background:#fff4d6;padding:.2rem .4rem}.note{font-style:italic;color:#444}
a.anchor{color:#555;text-decoration:none}.charts{display:flex;flex-wrap:wrap;gap:1rem}
.chart text{font:13px Helvetica,Arial,sans-serif;fill:#222}.chart .chart-title{font-weight:bold}
.bar{fill:#468}.bar.unverified{fill:#999}.bar.in-review{fill:#d90}.bar.verified{fill:#2a7}
.bar.disputed{fill:#c33}.bar.unverifiable{fill:#77a}.bar.not-checkable{fill:#bbb}
*{-webkit-print-color-adjust:exact;print-color-adjust:exact}
@media print{body{max-width:none;margin:0;font-size:11pt}.claim{break-inside:avoid}h2{break-after:avoid}
a{color:inherit}a[href^="http"]::after{content:" (" attr(href) ")";font-size:.85em;color:#555}}"""


def _css_class(value: str) -> str:
    return re.sub(r"[^a-z0-9-]", "", value.lower())


def _svg_bars(chart_id: str, title: str, rows: list[tuple[str, int, str]]) -> str:
    """A horizontal bar chart in inline SVG; every bar carries its label and count as text, so
    the chart reads in black and white and to a screen reader."""
    e = html.escape
    label_w, bar_w, row_h, top = 170, 300, 24, 28
    height = top + row_h * len(rows) + 6
    most = max((n for _, n, _ in rows), default=0) or 1
    width = label_w + bar_w + 60
    svg = (f'<svg class="chart" id="{chart_id}" role="img" aria-labelledby="{chart_id}-title" '
           f'xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" viewBox="0 0 {width} {height}">')
    parts = [svg,
             f'<title id="{chart_id}-title">{e(title)}</title>',
             f'<text class="chart-title" x="0" y="16">{e(title)}</text>']
    for i, (label, count, css) in enumerate(rows):
        y = top + i * row_h
        width = max(2, round(bar_w * count / most))
        parts.append(f'<text x="{label_w - 8}" y="{y + 15}" text-anchor="end">{e(label)}</text>'
                     f'<rect class="bar {_css_class(css)}" x="{label_w}" y="{y + 2}" width="{width}" height="17"/>'
                     f'<text x="{label_w + width + 6}" y="{y + 15}">{count}</text>')
    parts.append("</svg>")
    return "".join(parts)


def _charts(claims: list[dict], ratings: dict, with_status: bool = True) -> str:
    charts = []
    if with_status:
        charts.append(_svg_bars("chart-status", "Claims by status", [(s, n, s) for s, n in status_counts(claims)]))
    charts.append(_svg_bars("chart-rating", "Claims by rating",
                            [(label, n, "rating") for _, label, n in rating_counts(claims, ratings)]))
    return '<div class="charts">' + "".join(charts) + "</div>"


def _html_page(title: str, body: list[str], ld_json: object | None = None) -> str:
    e = html.escape
    head = ["<!DOCTYPE html>", '<html lang="en"><head><meta charset="utf-8">',
            f'<meta http-equiv="Content-Security-Policy" content="{_CSP}">',
            '<meta name="referrer" content="no-referrer">',
            '<meta name="viewport" content="width=device-width, initial-scale=1">',
            f"<title>{e(title)}</title>", f"<style>{_CSS}</style>"]
    if ld_json:
        head.append(f'<script type="application/ld+json">{_json_in_script(ld_json)}</script>')
    return "\n".join(head + ["</head><body>"] + body + ["</body></html>"]) + "\n"


def _link(url: str | None, text: str) -> str:
    e = html.escape
    web = _web_url(url)
    return f'<a href="{e(web)}" rel="noopener noreferrer">{e(text)}</a>' if web else e(text)


def _html(claims: list[dict], generated_at: str, filter_text: str, group_by: str, ratings: dict,
          base_url: str | None, org: str | None) -> str:
    e = html.escape
    ld_json = claim_reviews(claims, base_url, org, ratings)[0] if (base_url or org) else None
    body = ["<header><h1>Claims report</h1>",
            f'<p class="meta">Generated {e(generated_at)} · {e(filter_text)} · {len(claims)} claims</p></header>']
    body.append(_charts(claims, ratings) if claims else "<p>No claims match this filter.</p>")
    anchored: set[int] = set()  # grouped by article, a claim shows more than once; one anchor each
    for heading, group in _groups(claims, group_by, ratings):
        body.append(f"<section><h2>{e(heading)} ({len(group)})</h2>")
        for claim in group:
            body.append(_html_claim(claim, ratings, anchor=claim["id"] not in anchored))
            anchored.add(claim["id"])
        body.append("</section>")
    return _html_page("Claims report", body, ld_json)


def _html_claim(claim: dict, ratings: dict, anchor: bool = True) -> str:
    e = html.escape
    cid = claim["id"]
    parts = [f'<article class="claim {_css_class(claim["status"])}"' + (f' id="claim-{cid}">' if anchor else ">")]
    speaker = f" — {e(claim['speaker'])}" if claim.get("speaker") else ""
    parts.append(f'<h3><a class="anchor" href="#claim-{cid}">#{cid}</a> {e(_label(claim))}{speaker}</h3>')
    facts = [f"Status: <strong>{e(claim['status'])}</strong>"]
    if claim.get("rating"):
        facts.append(f"Rating: <strong>{e(rating_label(claim['rating'], ratings))}</strong>")
    if claim.get("attribution"):
        facts.append(f"Attribution: {e(claim['attribution'])}")
    facts.append(f"Kind: {e(claim['kind'])}")
    parts.append('<p class="meta">' + " · ".join(facts) + "</p>")
    articles = _articles(claim)
    parts.append(f"<p>Appears in {len(articles)} article(s):</p>")
    items = []
    for m in articles:
        name = f"{m.get('outlet') or 'unknown outlet'}, “{m.get('title') or m.get('path')}”"
        items.append(f"<li>{_link(m.get('url'), name)} ({e(m.get('date') or 'undated')})</li>")
    parts.append("<ul>" + "".join(items) + "</ul>")
    if _flags(claim):
        parts.append(f'<p class="flag">Flags: {e(_flags(claim))}</p>')
    decision = _decision(claim)
    if decision.get("note"):
        parts.append(f"<p>Note: {e(decision['note'])} ({e(decision.get('by') or 'unknown')}, "
                     f"{e(_day(decision.get('at')))})</p>")
    evidence, since = _evidence(claim)
    if evidence:
        parts.append(f"<p>Evidence{f' ({e(since)})' if since else ''}: " + ", ".join(_link(u, u) for u in evidence)
                     + "</p>")
    parts += [f'<p class="correction">{e(c)}</p>' for c in _corrections(claim)]
    parts.append("</article>")
    return "\n".join(parts)


# -- per-person scorecard ----------------------------------------------------------------------

_SCORECARD_HEADINGS = ["First seen", "Claim", "Kind", "Status", "Rating", "Articles", "Flags"]


def _dated(claims: list[dict]) -> list[dict]:
    return sorted(claims, key=lambda c: (_first_seen(c) is None, _first_seen(c) or "", c["id"]))


def _scorecard_row(claim: dict, ratings: dict) -> dict:
    articles = _articles(claim)
    return {"id": claim["id"], "kind": claim["kind"], "text": claim["text"], "first_seen": _first_seen(claim),
            "first_outlet": articles[0].get("outlet") if articles else None, "status": claim["status"],
            "rating": claim.get("rating"), "rating_label": rating_label(claim.get("rating"), ratings),
            "attribution": claim.get("attribution"), "articles": len(articles), "flags": _flags(claim)}


def render_scorecard(person: str, claims: list[dict], fmt: str, generated_at: str,
                     ratings: dict | None = None, bom: bool = False) -> str:
    """Everything checked from one person (``claims``: the caller's selection for that speaker),
    oldest first appearance first, with status and rating, and counts by rating."""
    if fmt not in SCORECARD_FORMATS:
        raise FactcheckError(f"unknown scorecard format '{fmt}': use one of {', '.join(SCORECARD_FORMATS)}")
    if bom and fmt != "csv":
        raise FactcheckError("a byte-order mark is for CSV reports: add -f csv")
    ratings = _scale(ratings)
    rows = [_scorecard_row(c, ratings) for c in _dated(claims)]
    counts = rating_counts(claims, ratings)
    if fmt == "json":
        return to_json({"person": person, "generated_at": generated_at, "note": SCORECARD_NOTE,
                        "counts_by_rating": {k: n for k, _, n in counts}, "claims": rows}) + "\n"
    if fmt == "csv":
        return _csv_text([{**r, "person": person, "caveat": SCORECARD_NOTE, "generated_at": generated_at}
                          for r in rows], SCORECARD_COLUMNS, bom)
    if fmt == "markdown":
        lines = [f"# Scorecard: {_md(person)}", "", f"Generated {_md(generated_at)} · {len(rows)} claims", "",
                 SCORECARD_NOTE, ""]
        lines += _count_table("Rating", [(label, n) for _, label, n in counts]) + [""]
        lines += ["| " + " | ".join(_SCORECARD_HEADINGS) + " |", "| --- | --- | --- | --- | --- | ---: | --- |"]
        by_id = {c["id"]: c for c in claims}
        lines += [f"| {r['first_seen'] or 'undated'} | #{r['id']} {_md(_label(by_id[r['id']]))} | {r['kind']} | "
                  f"{_md(r['status'])} | {_md(r['rating_label'] or 'not rated')} | {r['articles']} | {_md(r['flags'])} |"
                  for r in rows]
        return "\n".join(lines) + "\n"
    e = html.escape
    by_id = {c["id"]: c for c in claims}
    body = [f"<header><h1>Scorecard: {e(person)}</h1>",
            f'<p class="meta">Generated {e(generated_at)} · {len(rows)} claims</p></header>',
            f'<p class="note">{e(SCORECARD_NOTE)}</p>',
            _charts(claims, ratings, with_status=False) if claims else "<p>Nothing checked from this person.</p>",
            "<table><tr>" + "".join(f"<th>{h}</th>" for h in _SCORECARD_HEADINGS) + "</tr>"]
    body += [f"<tr><td>{e(r['first_seen'] or 'undated')}</td><td>#{r['id']} {e(_label(by_id[r['id']]))}</td>"
             f"<td>{e(r['kind'])}</td><td>{e(r['status'])}</td><td>{e(r['rating_label'] or 'not rated')}</td>"
             f"<td>{r['articles']}</td><td>{e(r['flags'])}</td></tr>" for r in rows]
    body.append("</table>")
    return _html_page(f"Scorecard: {person}", body)


# -- repeats -----------------------------------------------------------------------------------

def _point(m: dict | None) -> dict:
    m = m or {}
    return {"date": m.get("date"), "outlet": m.get("outlet"), "title": m.get("title"), "path": m.get("path"),
            "url": m.get("url")}


def _pending_line(claim: dict, s: dict) -> str:
    where = s.get("outlet") or "unknown outlet"
    score = f", score {s['score']}" if s.get("score") is not None else ""
    if s.get("claim_id") == claim["id"]:
        return f"mention #{s['mention_id']} ({where}{score}) may join this claim: “{s.get('mention_text') or ''}”"
    return f"mention #{s['mention_id']} ({where}{score}) may belong to claim #{s.get('claim_id')} instead"


def _repeat(claim: dict, ratings: dict) -> dict:
    articles = _articles(claim)
    dated = [m for m in articles if m.get("date")]
    return {"id": claim["id"], "kind": claim["kind"], "text": claim["text"], "speaker": claim.get("speaker"),
            "status": claim["status"], "rating": claim.get("rating"),
            "rating_label": rating_label(claim.get("rating"), ratings), "article_count": len(articles),
            "first": _point(dated[0] if dated else articles[0]), "last": _point(dated[-1] if dated else articles[-1]),
            "outlets": _outlets(claim), "pending_suggestions": claim.get("pending_suggestions") or []}


def repeated_claims(claims: list[dict]) -> list[dict]:
    """Claims seen in two or more articles, the most repeated first."""
    return sorted((c for c in claims if len(_articles(c)) >= 2), key=lambda c: (-len(_articles(c)), c["id"]))


def render_repeats(claims: list[dict], fmt: str, generated_at: str, filter_text: str,
                   ratings: dict | None = None, bom: bool = False) -> str:
    """Each claim seen in two or more articles: first and last appearance, outlets, verdict, and
    mentions still waiting on a suggestion."""
    if fmt not in REPEATS_FORMATS:
        raise FactcheckError(f"unknown repeats format '{fmt}': use one of {', '.join(REPEATS_FORMATS)}")
    if bom and fmt != "csv":
        raise FactcheckError("a byte-order mark is for CSV reports: add -f csv")
    ratings = _scale(ratings)
    found = repeated_claims(claims)
    items = [(c, _repeat(c, ratings)) for c in found]
    if fmt == "json":
        return to_json({"generated_at": generated_at, "filter": filter_text, "count": len(items),
                        "claims": [r for _, r in items]}) + "\n"
    if fmt == "csv":
        return _csv_text([{**r, "first_seen": r["first"]["date"], "first_outlet": r["first"]["outlet"],
                           "last_seen": r["last"]["date"], "last_outlet": r["last"]["outlet"],
                           "pending_suggestions": [_pending_line(c, s) for s in r["pending_suggestions"]],
                           "report_filter": filter_text, "generated_at": generated_at}
                          for c, r in items], REPEATS_COLUMNS, bom)
    summary = f"{len(items)} claims seen in 2 or more articles"

    def when(point: dict) -> str:
        return (f"{point['date'] or 'undated'}, {point['outlet'] or 'unknown outlet'}, "
                f"“{point['title'] or point['path']}”")

    if fmt == "markdown":
        lines = ["# Repeated claims", "", f"Generated {_md(generated_at)} · {_md(filter_text)} · {summary}"]
        for claim, r in items:
            speaker = f" — {_md(claim['speaker'])}" if claim.get("speaker") else ""
            lines += ["", f"### #{claim['id']} {_md(_label(claim))}{speaker}", "",
                      f"- Verdict: {_md(_verdict(claim, ratings))}",
                      f"- Articles: {r['article_count']}; outlets: {_md(', '.join(r['outlets']))}",
                      f"- First: {_md(when(r['first']))}", f"- Last: {_md(when(r['last']))}"]
            lines += [f"- Waiting: {_md(_pending_line(claim, s))}" for s in r["pending_suggestions"]]
        return "\n".join(lines) + "\n"
    e = html.escape
    body = ["<header><h1>Repeated claims</h1>",
            f'<p class="meta">Generated {e(generated_at)} · {e(filter_text)} · {e(summary)}</p></header>']
    for claim, r in items:
        speaker = f" — {e(claim['speaker'])}" if claim.get("speaker") else ""
        body += [f'<article class="claim {_css_class(claim["status"])}" id="claim-{claim["id"]}">',
                 f'<h3><a class="anchor" href="#claim-{claim["id"]}">#{claim["id"]}</a> {e(_label(claim))}{speaker}</h3>',
                 f"<p>Verdict: <strong>{e(_verdict(claim, ratings))}</strong></p>",
                 f"<p>Articles: {r['article_count']}; outlets: {e(', '.join(r['outlets']))}</p>",
                 f"<p>First: {e(when(r['first']))}</p>", f"<p>Last: {e(when(r['last']))}</p>"]
        if r["pending_suggestions"]:
            body.append("<p>Waiting on a suggestion:</p><ul>" + "".join(
                f"<li>{e(_pending_line(claim, s))}</li>" for s in r["pending_suggestions"]) + "</ul>")
        body.append("</article>")
    return _html_page("Repeated claims", body)
