"""The command line: parse options, call the core, print. No logic of its own."""

from __future__ import annotations

import getpass
import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager
import os
import sys
from datetime import datetime, timezone

import click

from factcheck import __version__
from factcheck.articles import article_files, read_articles, with_overrides
from factcheck.db import DEFAULT_DB, ClaimFilter, open_database
from factcheck.errors import FactcheckError
from factcheck.extract import extract
from factcheck.models import FIGURE_FIELDS, Kind, Status
from factcheck.report import (GROUP_BY, LIST_FORMATS, REPEATS_FORMATS, REPORT_FORMATS, SCORECARD_FORMATS,
                              claim_review_warnings, claim_row, render_repeats, render_report, render_rows,
                              render_scorecard, shorten, to_json)
from factcheck.review import ATTRIBUTIONS, STATUSES, Decision, parse_rating, parse_status
from factcheck.storage import backup_file, load_file, write_atomically

PROGRESS_AFTER_FILES = 10
PROGRESS_AFTER_MENTIONS = 5_000  # to re-match


class FactcheckGroup(click.Group):
    """Turns every FactcheckError into one line on stderr and exit code 1."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except FactcheckError as exc:
            if ctx.obj and ctx.obj.get("traceback"):
                raise
            click.echo(f"Error: {exc}", err=True)
            ctx.exit(1)
        except BrokenPipeError:
            # `factcheck claims | head`: the reader left; say nothing.
            sys.stderr.close()
            ctx.exit(0)


def now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def default_reviewer() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"


def style(text: str, **kwargs) -> str:
    """Colour only on a terminal, and never when NO_COLOR is set (click strips it off-terminal)."""
    return text if os.environ.get("NO_COLOR") else click.style(text, **kwargs)


def format_option(choices: list[str], default: str):
    return click.option("-f", "--format", "fmt", type=click.Choice(choices), default=default,
                        show_default=True, help="Output format.")


def filter_options(command):
    """The claim filters shared by `claims` and `report`."""
    for option in reversed([
        click.option("--kind", type=click.Choice([k.value for k in Kind]), help="Only quotes, paraphrases or statistics."),
        click.option("--status", type=click.Choice(STATUSES), help="Only claims with this status."),
        click.option("--speaker", help="Only claims by this person (any title, spelling or surname)."),
        click.option("--article", help="Only claims in this article (id, path or words of the title)."),
        click.option("--search", help="Only claims whose text or sentence contains these words."),
        click.option("--conflicts", is_flag=True, help="Only statistics that disagree with another article."),
        click.option("--misattributed", is_flag=True, help="Only quotes given to different people."),
        click.option("--rated", help="Only claims with this rating."),
    ]):
        command = option(command)
    return command


def _filters(kind, status, speaker, article, search, conflicts, misattributed, rated) -> ClaimFilter:
    return ClaimFilter(kind, status, speaker, article, search, conflicts, misattributed, rating=rated)


@click.group(cls=FactcheckGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--db", "db_path", envvar="FACTCHECK_DB", default=DEFAULT_DB, show_default=True,
              type=click.Path(dir_okay=False), help="Database file (env FACTCHECK_DB).")
@click.option("--traceback", is_flag=True, hidden=True, help="Show Python tracebacks (debugging).")
@click.version_option(__version__, prog_name="factcheck")
@click.pass_context
def cli(ctx: click.Context, db_path: str, traceback: bool):
    """Track quotes and statistics across news articles and record what was checked.

    \b
    Example:
        factcheck --db desk.json ingest articles/
        factcheck --db desk.json claims --speaker Marsh
        factcheck --db desk.json verify 3 --note "Matches the transcript" --evidence https://example.org/t
        factcheck --db desk.json report -o report.md
    """
    ctx.obj = {"db": db_path, "traceback": traceback}


def _load_articles(paths: tuple[str, ...], overrides: dict) -> list:
    """Read and parse every file first, so one bad file stops the command before anything is stored."""
    files = article_files(list(paths))
    stdin = sys.stdin.buffer.read() if "-" in files else None
    articles = []
    with progress_bar("Reading articles", PROGRESS_AFTER_FILES) as progress:
        for done, path in enumerate(files, 1):
            articles.extend(with_overrides(article, **overrides) for article in read_articles(path, stdin))
            progress(done, len(files))
    return articles


@contextmanager
def progress_bar(label: str, after: int) -> Iterator[Callable[[int, int], None]]:
    """A ``progress(done, total)`` callback drawing a bar on stderr when there are more than
    ``after`` items of work."""
    bars: list = []

    def progress(done: int, total: int) -> None:
        if total <= after:
            return
        if not bars:
            bars.append(click.progressbar(length=total, label=label, file=sys.stderr).__enter__())
        bars[0].update(done - bars[0].pos)

    try:
        yield progress
    finally:
        for bar in bars:
            bar.__exit__(None, None, None)


def metadata_overrides(command):
    for option in reversed([
        click.option("--outlet", help="Outlet to record instead of the detected one."),
        click.option("--date", help="Publication date to record instead of the detected one."),
        click.option("--url", help="URL to record instead of the detected one."),
        click.option("--author", help="Author to record instead of the detected one."),
    ]):
        command = option(command)
    return command


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@metadata_overrides
@format_option(LIST_FORMATS, "table")
@click.pass_obj
def ingest(obj, paths, outlet, date, url, author, fmt):
    """Read articles, extract quotes and statistics, and store them.

    PATHS are files, folders (read recursively for .txt, .md, .html, .docx, .json and .jsonl)
    or - for stdin. Each article is listed with what was detected (check the outlet and date at
    once; --outlet, --date, --url and --author override). An article already in the database
    (same text) is skipped. If any file cannot be read, nothing is stored.

    \b
    Example:
        factcheck ingest sample_articles/
    """
    articles = _load_articles(paths, dict(outlet=outlet, date=date, url=url, author=author))
    extractions = [extract(a) for a in articles]
    at = now()
    with open_database(obj["db"], write=True) as db:
        summaries = [db.ingest(e, at) for e in extractions]
    for extraction in extractions:
        for warning in extraction.warnings:
            click.echo(style(f"Warning: {warning}", fg="yellow"), err=True)
    rows = []
    for s in summaries:
        if s.skipped:
            click.echo(f"Skipped {s.path}: already ingested as article {s.article_id} ({s.duplicate_of})", err=True)
            continue
        rows.append({"article": s.article_id, "title": shorten(s.title or "", 50), "outlet": s.outlet,
                     "date": s.date, "author": s.author, "url": s.url, "quotes": s.quotes, "paraphrases": s.paraphrases,
                     "statistics": s.statistics, "repeats": s.repeats, "suggestions": s.suggestions,
                     "path": s.path})
    columns = ["article", "title", "outlet", "date", "quotes", "paraphrases", "statistics", "repeats", "suggestions"]
    click.echo(render_rows(rows, columns if fmt == "table" else [*columns, "author", "url", "path"], fmt))
    stored = sum(not s.skipped for s in summaries)
    click.echo(f"Ingested {stored} article(s), skipped {len(summaries) - stored} into {obj['db']}", err=True)


@cli.command(name="extract")
@click.argument("paths", nargs=-1, required=True)
@metadata_overrides
@format_option(["json", "table"], "json")
def extract_command(paths, outlet, date, url, author, fmt):
    """Show what would be extracted from articles, storing nothing.

    With -f json (the default) each article is one JSON object on its own line; every quote
    and statistic carries start/end offsets into "body".

    \b
    Example:
        factcheck extract sample_articles/port-raids-ledger.txt -f table
    """
    for article in _load_articles(paths, dict(outlet=outlet, date=date, url=url, author=author)):
        result = extract(article)
        for warning in result.warnings:
            click.echo(f"Warning: {warning}", err=True)
        data = result.to_dict()
        data["paraphrases"] = [q for q in data["quotes"] if q["kind"] == Kind.PARAPHRASE.value]
        data["quotes"] = [q for q in data["quotes"] if q["kind"] == Kind.QUOTE.value]
        if fmt == "json":
            click.echo(json.dumps(data, ensure_ascii=False))
            continue
        click.echo(style(f"== {article.path}: {article.title} ({article.outlet or 'no outlet'}, {article.date or 'no date'})", bold=True))
        click.echo(render_rows([{"kind": q["kind"], "speaker": q["speaker"], "text": shorten(q["text"])}
                                for q in data["quotes"] + data["paraphrases"]], ["kind", "speaker", "text"], "table"))
        columns = ["text", "value", "unit", "qualifier", "counted", "rate", "period", "source"]
        click.echo(render_rows([{k: s[k] for k in columns} for s in data["statistics"]], columns, "table"))


@cli.command()
@format_option(LIST_FORMATS, "table")
@click.pass_obj
def articles(obj, fmt):
    """List ingested articles.

    \b
    Example:
        factcheck articles -f csv
    """
    with open_database(obj["db"]) as db:
        rows = [{k: a.get(k) for k in ("id", "title", "outlet", "author", "date", "url", "path")} for a in db.articles()]
    click.echo(render_rows(rows, ["id", "title", "outlet", "date", "path"] if fmt == "table"
                           else ["id", "title", "outlet", "author", "date", "url", "path"], fmt))


def _claim_json(claim: dict) -> dict:
    """The stable JSON shape of a claim for `claims -f json`."""
    keys = ["id", "kind", "text", "speaker", "status", "speakers", "conflicts", "misattributed"]
    data = {k: claim[k] for k in keys}
    if claim["kind"] == Kind.STATISTIC.value:
        data.update({k: claim.get(k) for k in FIGURE_FIELDS})
    data["mentions"] = [{k: m[k] for k in ("id", "path", "title", "outlet", "date", "text", "start", "end",
                                          "speaker", "speaker_as_written")} for m in claim["mentions"]]
    return data


@cli.command()
@filter_options
@format_option(LIST_FORMATS, "table")
@click.pass_obj
def claims(obj, kind, status, speaker, article, search, conflicts, misattributed, rated, fmt):
    """List claims, with filters.

    \b
    Example:
        factcheck claims --kind statistic --conflicts
        factcheck claims --speaker "Commissioner Marsh" -f json
    """
    with open_database(obj["db"]) as db:
        found = db.claims(_filters(kind, status, speaker, article, search, conflicts, misattributed, rated))
    if fmt == "json":
        click.echo(to_json([_claim_json(c) for c in found]))
    else:
        click.echo(render_rows([claim_row(c) for c in found],
                               ["id", "kind", "status", "speaker", "text", "articles", "flags"], fmt))


@cli.command()
@click.argument("person")
@format_option(LIST_FORMATS, "table")
@click.pass_obj
def quotes(obj, person, fmt):
    """List everything PERSON was quoted as saying, under any title or spelling.

    "Noem", "Kristi Noem", "Secretary Noem" and "Gov. Kristi Noem" find the same person.

    \b
    Example:
        factcheck quotes "Commissioner Marsh"
    """
    with open_database(obj["db"]) as db:
        speaker = db.person(person)
        found = [c for c in db.claims(ClaimFilter(speaker=speaker["name"])) if c["kind"] != Kind.STATISTIC.value]
    rows = []
    for claim in found:
        for mention in claim["mentions"]:
            if mention["speaker"] == speaker["name"] or claim["speaker"] == speaker["name"]:
                rows.append({"claim": claim["id"], "kind": claim["kind"], "status": claim["status"],
                             "date": mention["date"], "outlet": mention["outlet"],
                             "as_written": mention["speaker_as_written"],
                             "text": mention["text"] if fmt != "table" else shorten(mention["text"], 60)})
    click.echo(f"{speaker['name']}: {len(rows)} quote(s) in {len({r['claim'] for r in rows})} claim(s)", err=True)
    click.echo(render_rows(rows, ["claim", "kind", "status", "date", "outlet", "as_written", "text"], fmt))


@cli.command()
@format_option(LIST_FORMATS, "table")
@click.pass_obj
def speakers(obj, fmt):
    """List speakers with the names the articles used and how often each is cited.

    \b
    Example:
        factcheck speakers
    """
    with open_database(obj["db"]) as db:
        rows = [{"id": s["id"], "name": s["name"], "person": "yes" if s["is_person"] else "no",
                 "quotes": s["quotes"], "paraphrases": s["paraphrases"], "statistics": s["statistics"],
                 "aliases": s["aliases"]} for s in db.speakers()]
    click.echo(render_rows(rows, ["id", "name", "person", "quotes", "paraphrases", "statistics", "aliases"], fmt))


@cli.command(name="merge-speakers")
@click.argument("keep")
@click.argument("other")
@click.pass_obj
def merge_speakers(obj, keep, other):
    """Join two speakers who are one person: OTHER's quotes move to KEEP.

    \b
    Example:
        factcheck merge-speakers "Harriet Lindqvist" "Hattie Lindqvist"
    """
    with open_database(obj["db"], write=True) as db:
        speaker = db.merge_speakers(keep, other)
    click.echo(f"{speaker['name']} now also goes by: {', '.join(speaker['aliases'])}")


@cli.command(name="split-speaker")
@click.argument("speaker")
@click.argument("written")
@click.pass_obj
def split_speaker(obj, speaker, written):
    """Separate a person wrongly joined to SPEAKER: the quotes whose speaker was written WRITTEN
    move to a new speaker of that name.

    \b
    Example:
        factcheck split-speaker "Elena Marsh" "Tom Marsh"
    """
    with open_database(obj["db"], write=True) as db:
        new = db.split_speaker(speaker, written)
    click.echo(f"New speaker #{new['id']}: {new['name']}")


@cli.command(name="add-alias")
@click.argument("speaker")
@click.argument("alias")
@click.pass_obj
def add_alias(obj, speaker, alias):
    """Record another name a speaker goes by, so `quotes` and `--speaker` find them by it.

    \b
    Example:
        factcheck add-alias "Harriet Lindqvist" Hattie
    """
    with open_database(obj["db"], write=True) as db:
        found = db.add_alias(speaker, alias)
    click.echo(f"{found['name']} also goes by: {', '.join(found['aliases'])}")


@cli.command()
@click.argument("claim_id")
@format_option(["table", "json"], "table")
@click.pass_obj
def show(obj, claim_id, fmt):
    """Show one claim: text, speaker, status, every mention and the history.

    \b
    Example:
        factcheck show 3
    """
    with open_database(obj["db"]) as db:
        claim = db.claim(claim_id)
    if fmt == "json":
        click.echo(to_json(claim))
        return
    click.echo(style(f"Claim #{claim['id']} ({claim['kind']})", bold=True))
    click.echo(f"Text:    {claim['text']}")
    click.echo(f"Speaker: {claim['speaker'] or '(unknown)'}")
    click.echo(f"Status:  {style(claim['status'], fg=_STATUS_COLOURS.get(claim['status']))}")
    if claim["kind"] == Kind.STATISTIC.value:
        click.echo(f"Figure:  value={claim['value']} unit={claim['unit']} qualifier={claim['qualifier']} "
                   f"counted={claim['counted']} rate={claim['rate']}")
    if claim["conflicts"]:
        click.echo(style("Conflicts with: " + ", ".join(f"#{c}" for c in claim["conflicts"]), fg="red"))
    if claim["misattributed"]:
        click.echo(style("Possible misattribution: given to " + " / ".join(claim["speakers"]), fg="red"))
    click.echo(f"\nMentions ({len(claim['mentions'])}):")
    for m in claim["mentions"]:
        how = (" [linked by an editor]" if m["scorer"] == "editor" else
               f" [match {m['score']:g} by {m['scorer']}]" if m["score"] is not None else " [first seen]")
        click.echo(f"- mention {m['id']}: {m['outlet'] or '?'}, {m['date'] or 'undated'}: {m['title']} ({m['path']}){how}")
        click.echo(f"    speaker as written: {m['speaker_as_written'] or '-'}")
        click.echo(f"    {shorten(m['context'] or m['text'], 200)}")
        for other, score, scorer, why in m.get("held_back") or []:
            click.echo(f"    held back from claim #{other}: {why} (score {score:g} by {scorer})")
    _echo_history(claim["history"])


_STATUS_COLOURS = {"verified": "green", "disputed": "red", "in-review": "yellow"}


def _echo_history(events: list[dict]) -> None:
    click.echo(f"\nHistory ({len(events)}):")
    for event in events:
        click.echo(f"- {event['at']} {event['by']}: {event['old_status']} -> {event['new_status']}"
                   + (f" — {event['note']}" if event.get("note") else ""))
        for url in event.get("evidence", []):
            click.echo(f"    evidence: {url}")


def by_option(command):
    return click.option("--by", "by", help="Who made the decision (default: the configured reviewer, "
                        "see `settings reviewer NAME`, else your user name).")(command)


def review_options(command):
    """The options of every decision: why, on what evidence, with what verdict, by whom."""
    for option in reversed([
        click.option("--note", help="Why: what was checked and found."),
        click.option("--evidence", multiple=True, help="A source URL or note readers can follow (repeatable)."),
        click.option("--no-evidence", is_flag=True, help="Say explicitly that there is no evidence to cite."),
        click.option("--rating", help="The verdict on the rating scale (see `factcheck ratings`)."),
        click.option("--attribution", type=click.Choice(ATTRIBUTIONS),
                     help="For quotes: did this person really say these words?"),
        click.option("--correction", help="Required to change a published verdict: a note readers will see."),
        by_option,
    ]):
        command = option(command)
    return command


def reviewer(db, by: str | None) -> str:
    return by or db.settings().get("reviewer") or default_reviewer()


def _decision(db, status: Status | None, note, evidence, no_evidence, rating, attribution, correction) -> Decision:
    return Decision(status=status, rating=parse_rating(rating, db.ratings()), attribution=attribution, note=note,
                    evidence=list(evidence), no_evidence=no_evidence, correction=correction)


def _describe(event) -> str:
    parts = [f"{event.old_status} -> {event.new_status}"]
    if event.new_rating != event.old_rating:
        parts.append(f"rating {event.old_rating or '-'} -> {event.new_rating or '-'}")
    if event.new_attribution != event.old_attribution:
        parts.append(f"attribution {event.old_attribution or '-'} -> {event.new_attribution or '-'}")
    return ", ".join(parts)


def _review(obj, claim_id: str, status: Status | None, note, evidence, no_evidence, rating, attribution,
            correction, by) -> None:
    with open_database(obj["db"], write=True) as db:
        decision = _decision(db, status, note, evidence, no_evidence, rating, attribution, correction)
        event = db.decide(claim_id, decision, reviewer(db, by), now())
        mentions = len(db.claim(claim_id)["mentions"])
    click.echo(f"Claim #{event.claim_id}: {_describe(event)} (covers {mentions} mention(s))")


@cli.command()
@click.argument("claim_id")
@review_options
@click.pass_obj
def verify(obj, claim_id, **decision):
    """Mark a claim verified (every mention of it, in every article). Needs --evidence, or
    --no-evidence to say explicitly that there is none.

    \b
    Example:
        factcheck verify 3 --rating true --note "Matches ICE release" --evidence https://example.org/release
    """
    _review(obj, claim_id, Status.VERIFIED, **decision)


@cli.command()
@click.argument("claim_id")
@review_options
@click.pass_obj
def dispute(obj, claim_id, **decision):
    """Mark a claim disputed. Needs --evidence, or --no-evidence.

    \b
    Example:
        factcheck dispute 7 --rating false --note "Agency data shows 311, not 350" --evidence "ICE weekly report, table 2"
    """
    _review(obj, claim_id, Status.DISPUTED, **decision)


@cli.command()
@click.argument("claim_id")
@click.argument("new_status", metavar="STATUS")
@review_options
@click.pass_obj
def status(obj, claim_id, new_status, **decision):
    """Set any status: unverified, in-review, verified, disputed, unverifiable, not-checkable
    (with the same options as verify; 'same' keeps the status and changes only rating or attribution).

    \b
    Example:
        factcheck status 5 not-checkable --note "Opinion"
        factcheck status 8 same --attribution misattributed --note "Bell said it, per the video"
    """
    _review(obj, claim_id, None if new_status == "same" else parse_status(new_status), **decision)


@cli.command()
@click.argument("new_status", metavar="STATUS")
@filter_options
@review_options
@click.option("--dry-run", is_flag=True, help="Print what would change and change nothing.")
@click.option("--yes", is_flag=True, help="Do not ask for confirmation.")
@click.pass_obj
def bulk(obj, new_status, kind, status, speaker, article, search, conflicts, misattributed, rated, dry_run, yes,
         **decision):
    """Set STATUS (and --rating, --attribution) on every claim the filters select.

    On a terminal it asks before changing anything; --yes skips the question, --dry-run only
    lists what would change. If any claim would be refused (no evidence, a published verdict
    without --correction), nothing changes.

    \b
    Example:
        factcheck bulk not-checkable --speaker "Marcus Bell" --search "will" --note "Predictions" --dry-run
    """
    target = None if new_status == "same" else parse_status(new_status)
    filters = _filters(kind, status, speaker, article, search, conflicts, misattributed, rated)
    with open_database(obj["db"], write=True) as db:
        by = reviewer(db, decision.pop("by"))
        plan = db.bulk(filters, _decision(db, target, **decision), by, now(), dry_run=True)
        for claim, event in plan:
            click.echo(f"#{claim['id']}: {_describe(event)} — {shorten(claim['text'], 60)}")
        if dry_run or not plan:
            click.echo(f"{len(plan)} claim(s) would change (dry run)" if dry_run else "No claim matches the filters",
                       err=True)
            return
        if not yes and sys.stdin.isatty() and not click.confirm(f"Change {len(plan)} claim(s)?", err=True):
            raise FactcheckError("nothing changed")
        db.bulk(filters, _decision(db, target, **decision), by, now())
    click.echo(f"Changed {len(plan)} claim(s)", err=True)


@cli.command()
@click.argument("claim_ids", nargs=-1, required=True)
@click.option("--to", "to", help="The reviewer (default: the configured reviewer, else your user name).")
@click.option("--unassign", is_flag=True, help="Take the claims out of every queue.")
@click.pass_obj
def assign(obj, claim_ids, to, unassign):
    """Put claims in a reviewer's queue.

    \b
    Example:
        factcheck assign 3 7 12 --to "Dana Whitfield"
    """
    with open_database(obj["db"], write=True) as db:
        name = None if unassign else reviewer(db, to)
        assigned = db.assign(list(claim_ids), name, reviewer(db, None), now())
    target = "no one" if name is None else name
    click.echo(f"Assigned {len(assigned)} claim(s) to {target}: " + ", ".join(f"#{i}" for i in assigned))


@cli.command()
@by_option
@format_option(LIST_FORMATS, "table")
@click.pass_obj
def queue(obj, by, fmt):
    """List the claims assigned to you (or to --by NAME), oldest first.

    \b
    Example:
        factcheck queue
        factcheck queue --by "Dana Whitfield" -f json
    """
    with open_database(obj["db"]) as db:
        name = reviewer(db, by)
        found = db.claims(ClaimFilter(assigned_to=name))
    click.echo(f"{name}: {len(found)} claim(s) in the queue", err=True)
    click.echo(render_rows([claim_row(c) for c in found], ["id", "kind", "status", "speaker", "text", "articles",
                                                           "flags"], fmt))


@cli.command()
@click.argument("name", required=False)
@click.option("--label", help="How the rating reads in reports (default: the name, capitalised).")
@click.option("--value", type=float, help="Its number on the scale for ClaimReview (omit: off the scale).")
@format_option(LIST_FORMATS, "table")
@click.pass_obj
def ratings(obj, name, label, value, fmt):
    """List the rating scale, or add or change one rating's label and value.

    \b
    Example:
        factcheck ratings
        factcheck ratings half-true --label "Half true" --value 3
    """
    with open_database(obj["db"], write=bool(name)) as db:
        scale = db.set_rating(name, label or name.replace("-", " ").capitalize(), value) if name else db.ratings()
    rows = [{"rating": key, "label": r["label"], "value": r["value"]} for key, r in scale.items()]
    click.echo(render_rows(rows, ["rating", "label", "value"], fmt))


@cli.command()
@click.argument("claim_id")
@format_option(LIST_FORMATS, "table")
@click.pass_obj
def history(obj, claim_id, fmt):
    """Show every status change of a claim, oldest first.

    \b
    Example:
        factcheck history 3
    """
    with open_database(obj["db"]) as db:
        events = db.history(claim_id)
    click.echo(render_rows(events, ["at", "by", "old_status", "new_status", "note", "evidence"], fmt))


@cli.command()
@filter_options
@format_option(REPORT_FORMATS, "markdown")
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True),
              help="Write the report to this file instead of stdout.")
@click.option("--group-by", type=click.Choice(GROUP_BY), default="status", show_default=True,
              help="How Markdown and HTML reports group the claims.")
@click.option("--repeats", is_flag=True, help="Only claims seen in several articles: first and last appearance, "
                                               "outlets, verdict, waiting suggestions.")
@click.option("--per-mention", is_flag=True, help="CSV: one row per mention instead of per claim.")
@click.option("--bom", is_flag=True, help="CSV: start with a UTF-8 byte order mark (for spreadsheet programs).")
@click.option("--url", "base_url", help="ClaimReview (and HTML): the published report's address; claims are BASE#claim-ID.")
@click.option("--org", help="ClaimReview (and HTML): the organisation publishing the review.")
@click.option("--publish", is_flag=True,
              help="This report is published: its claims' verdicts change only with --correction from now on.")
@click.pass_obj
def report(obj, kind, status, speaker, article, search, conflicts, misattributed, rated, fmt, output, group_by,
           repeats, per_mention, bom, base_url, org, publish):
    """Export a claims report: counts by status and rating, then each claim with its speaker,
    verdict, every article it appears in, and its latest note, evidence and corrections.

    With --speaker NAME (Markdown, HTML, JSON, CSV) it is that person's scorecard: every quote
    and statistic in date order, with counts by rating. -f claimreview writes schema.org
    ClaimReview JSON-LD for each verified, disputed or rated claim (needs --url and --org).

    \b
    Example:
        factcheck report -f html -o claims.html --group-by speaker
        factcheck report --speaker "Marcus Bell"
        factcheck report --repeats
        factcheck report -f claimreview --url https://desk.example.org/checks --org "Desk Weekly" -o reviews.json
    """
    filters = _filters(kind, status, speaker, article, search, conflicts, misattributed, rated)
    with open_database(obj["db"], write=publish) as db:
        found = db.claims(filters)
        ratings = db.ratings()
        at = now()
        if repeats:
            _check_choice(fmt, REPEATS_FORMATS, "--repeats")
            text = render_repeats(found, fmt, at, filters.describe(), ratings=ratings, bom=bom)
        elif speaker and fmt in SCORECARD_FORMATS:
            text = render_scorecard(db.person(speaker)["name"], found, fmt, at, ratings=ratings, bom=bom)
        else:
            text = render_report(found, fmt, at, filters.describe(), group_by=group_by, ratings=ratings,
                                 per_mention=per_mention, bom=bom, base_url=base_url, org=org)
            if fmt == "claimreview":
                for warning in claim_review_warnings(found, base_url, org, ratings):
                    click.echo(style(f"Warning: {warning}", fg="yellow"), err=True)
        if publish:
            db.publish([c["id"] for c in found if c["status"] != Status.UNVERIFIED.value], at)
    _emit(text, output, f"{len(found)} claim(s)")


def _check_choice(fmt: str, allowed: list[str], option: str) -> None:
    if fmt not in allowed:
        raise click.UsageError(f"{option} reports come as {', '.join(allowed)}, not {fmt}")


def _emit(text: str, output: str | None, what: str) -> None:
    """Print ``text``, or write it to the file the editor named (atomically: whole or not at all;
    a symlink there is replaced, never followed)."""
    if output and output != "-":
        write_atomically(output, text)
        click.echo(f"Wrote {what} to {output}", err=True)
    else:
        click.echo(text, nl=False)


@cli.command()
@format_option(LIST_FORMATS, "table")
@click.pass_obj
def suggestions(obj, fmt):
    """List suggested links: quotes that scored between the suggest and match thresholds
    against a known claim. Accept one with `link`, reject it with `unlink`.

    \b
    Example:
        factcheck suggestions
        factcheck link 41 12
    """
    with open_database(obj["db"]) as db:
        rows = db.suggestions()
    if fmt == "table":
        rows = [{**r, "mention_text": shorten(r["mention_text"] or "", 40), "claim_text": shorten(r["claim_text"] or "", 40)}
                for r in rows]
    click.echo(render_rows(rows, ["mention_id", "mention_text", "outlet", "claim_id", "claim_text", "score", "scorer",
                                  "reason"], fmt))


@cli.command()
@click.argument("mention_id")
@click.argument("claim_id")
@click.pass_obj
def link(obj, mention_id, claim_id):
    """Join a mention to a claim (accepting a suggestion, or by hand). The mention then shares
    the claim's status, and `match` keeps the link.

    \b
    Example:
        factcheck link 41 12
    """
    with open_database(obj["db"], write=True) as db:
        mention, claim = db.link(mention_id, claim_id, now())
    click.echo(f"Mention {mention['id']} now belongs to claim #{claim['id']} ({claim['status']})")


@cli.command()
@click.argument("mention_id")
@click.pass_obj
def unlink(obj, mention_id):
    """Take a mention out of its claim (a claim of its own) and reject its pending suggestions;
    the rejected pairing is remembered and never suggested again.

    \b
    Example:
        factcheck unlink 41
    """
    with open_database(obj["db"], write=True) as db:
        mention, claim_id = db.unlink(mention_id, now())
    if claim_id == mention["claim_id"]:
        click.echo(f"Mention {mention['id']} stays alone in claim #{claim_id}; its suggestions are rejected")
    else:
        click.echo(f"Mention {mention['id']} left claim #{mention['claim_id']} for new claim #{claim_id}")


@cli.command()
@format_option(LIST_FORMATS, "table")
@click.pass_obj
def match(obj, fmt):
    """Re-match every quote against the known claims with the current thresholds, keeping
    editors' links and rejections, and list what changed.

    \b
    Example:
        factcheck settings match_threshold 92 && factcheck match
    """
    with open_database(obj["db"], write=True) as db, progress_bar("Re-matching mentions", PROGRESS_AFTER_MENTIONS) as progress:
        changes = db.rematch(now(), progress)
    click.echo(render_rows(changes, ["mention", "from", "to", "suggested", "score"], fmt))
    moved = sum("to" in c for c in changes)
    click.echo(f"{moved} mention(s) moved, {len(changes) - moved} suggestion(s) made", err=True)


@cli.command()
@click.argument("key", required=False)
@click.argument("value", required=False)
@click.pass_obj
def settings(obj, key, value):
    """Show the settings, or set one: match_threshold (default 90: a quote scoring this much
    against a claim joins it), suggest_threshold (default 75: from here up, a suggestion) and
    reviewer (the name decisions are recorded under by default).

    \b
    Example:
        factcheck settings
        factcheck settings suggest_threshold 80
    """
    if key and value is None:
        raise click.UsageError("give a value to set, or no key to list the settings")
    with open_database(obj["db"], write=bool(key)) as db:
        current = db.set_setting(key, value) if key else db.settings()
    for name in ("match_threshold", "suggest_threshold", "reviewer"):
        shown = current[name]
        click.echo(f"{name} = {shown:g}" if isinstance(shown, float) else f"{name} = {shown or '(your user name)'}")


@cli.command()
@click.argument("claim_id", required=False)
@by_option
@click.pass_obj
def undo(obj, claim_id, by):
    """Revert the latest status change (of CLAIM, or of any claim).

    The history is append-only: undo adds an event that restores the earlier status.

    \b
    Example:
        factcheck undo
        factcheck undo 24
    """
    with open_database(obj["db"], write=True) as db:
        event = db.undo(reviewer(db, by), now(), claim_id)
    click.echo(f"Claim #{event.claim_id}: {event.old_status} -> {event.new_status} ({event.note})")


@cli.command()
@click.pass_obj
def doctor(obj):
    """Check the database: every mention points to an article and a claim, every history
    event to a claim, ids are never reused. Exits 1 if there are problems.

    \b
    Example:
        factcheck doctor
    """
    with open_database(obj["db"]) as db:
        problems = db.check_integrity()
        counts = db.counts()
    summary = ", ".join(f"{n} {table}" for table, n in counts.items())
    if problems:
        for problem in problems:
            click.echo(f"Problem: {problem}")
        raise FactcheckError(f"{obj['db']}: {len(problems)} problem(s) found ({summary})")
    click.echo(f"{obj['db']}: no problems ({summary})")


@cli.command()
@click.argument("destination", required=False)
@click.pass_obj
def backup(obj, destination):
    """Copy the database to DESTINATION (default: beside it, named with the time).

    \b
    Example:
        factcheck backup
        factcheck backup /mnt/share/desk-2025-02-04.json
    """
    if not os.path.exists(obj["db"]):
        raise FactcheckError(f"{obj['db']}: no database to back up")
    destination = destination or f"{obj['db']}.{datetime.now(timezone.utc):%Y%m%d-%H%M%S}.bak"
    with open_database(obj["db"]):
        backup_file(obj["db"], destination)
    click.echo(f"Backed up {obj['db']} to {destination}")


@cli.command(name="export-db")
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Write to this file instead of stdout.")
@click.pass_obj
def export_db(obj, output):
    """Export the whole database as JSON (every table, full fidelity), for import-db elsewhere.

    \b
    Example:
        factcheck export-db -o desk-export.json
    """
    with open_database(obj["db"]) as db:
        text = to_json(db.raw()) + "\n"
    _emit(text, output, "the database")


@cli.command(name="import-db")
@click.argument("source", type=click.Path(exists=True, dir_okay=False))
@click.pass_obj
def import_db(obj, source):
    """Merge another factcheck database (or an export-db file) into this one, without duplicates.

    Articles already here are skipped, equal claims are joined, and each claim takes the status
    of its latest decision in either history.

    \b
    Example:
        factcheck import-db colleague-desk.json
    """
    incoming = load_file(source)
    with open_database(obj["db"], write=True) as db:
        added = db.merge(incoming, source)
    click.echo("Imported from {}: {}".format(source, ", ".join(f"{n} {table}" for table, n in added.items())))


def main() -> None:
    cli(prog_name="factcheck")
