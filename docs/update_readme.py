"""Regenerate README.md's generated parts from the code itself.

    python docs/update_readme.py          # rewrite the session and the command reference
    python docs/update_readme.py --check  # exit 1 if the command reference is out of date

The command reference is every command's --help (tests/test_docs.py checks it is current).
The session runs real commands on sample_articles/ in a temporary database and pastes their
output, so the README never shows output the tool does not produce."""

from __future__ import annotations

import json
import os
import shlex
import sys
import tempfile
from pathlib import Path

from click.testing import CliRunner

from factcheck.cli import cli

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
COMMANDS = ("<!-- commands:start -->", "<!-- commands:end -->")
SESSION = ("<!-- session:start -->", "<!-- session:end -->")
PORT_QUOTE = "The port runs on these workers"


def command_reference() -> str:
    runner = CliRunner()
    parts = []
    for args in [[], *[[name] for name in sorted(cli.commands)]]:
        text = runner.invoke(cli, [*args, "--help"], prog_name="factcheck", terminal_width=100).stdout
        title = "factcheck " + " ".join(args) if args else "factcheck"
        parts.append(f"### `{title}`\n\n```\n{text.rstrip()}\n```\n")
    return "\n".join(parts)


def session() -> str:
    """Run an editor's session and return it as Markdown: each step's words, command and output."""
    runner = CliRunner()
    with tempfile.TemporaryDirectory() as folder:
        os.environ["FACTCHECK_DB"] = db = str(Path(folder) / "demo.json")
        os.chdir(ROOT)

        def run(line: str) -> str:
            result = runner.invoke(cli, shlex.split(line), prog_name="factcheck", terminal_width=100)
            output = (result.stderr if result.stdout == "" else result.stdout).rstrip()
            output = output.replace("Reading articles\n", "")
            return f"```\n$ factcheck --db demo.json {line}\n{output}\n```\n"

        steps = [("Ingest a folder (read recursively; `-` reads stdin). Each article is listed with what was "
                  "found; `repeats` counts quotes and figures already known from earlier articles, "
                  "`suggestions` close calls left for an editor:", run("ingest sample_articles/"))]
        claims = json.loads(runner.invoke(cli, ["claims", "-f", "json"]).stdout)
        port = next(c for c in claims if c["text"].startswith(PORT_QUOTE))["id"]
        steps += [
            ("The same quote in three outlets is one claim, whatever punctuation each outlet used:",
             run('claims --kind quote --search "holding pen"')),
            ("A figure that disagrees between articles (same thing counted, same source, different value) is a "
             "**conflict**; a quote given to different people is a possible **misattribution**:",
             run("claims --conflicts") + "\n" + run("claims --misattributed")),
            ("Everything a person was quoted as saying, under any title or spelling the articles used:",
             run('quotes "Commissioner Ferrante"')),
            ("Quotes that scored between the two thresholds against a known claim wait for an editor "
             "(`link MENTION CLAIM` accepts, `unlink MENTION` rejects):", run("suggestions")),
            ("Mark a claim verified, with a note and evidence; the decision covers every article it appears in:",
             run(f'verify {port} --note "Matches the commission meeting video" '
                 f'--evidence https://example.org/commission-video --by j.doe')),
            ("`show` prints the claim, every mention with its match score, and the history:", run(f"show {port}")),
            ("The claims report (Markdown by default; also HTML, CSV, JSON):", run("report --status verified")),
            ("Undo the last decision (history is append-only), and check the database:",
             run("undo --by j.doe") + "\n" + run("doctor")),
        ]
        os.environ.pop("FACTCHECK_DB")
        del db
    return "\n".join(f"{words}\n\n{block}" for words, block in steps)


def _replace(readme: str, markers: tuple[str, str], body: str) -> str:
    before, rest = readme.split(markers[0], 1)
    _, after = rest.split(markers[1], 1)
    return f"{before}{markers[0]}\n{body}{markers[1]}{after}"


def updated(readme: str) -> str:
    """README with the command reference regenerated (the part the tests check)."""
    return _replace(readme, COMMANDS, command_reference())


if __name__ == "__main__":
    current = README.read_text(encoding="utf-8")
    if "--check" in sys.argv:
        sys.exit(0 if updated(current) == current else 1)
    README.write_text(_replace(updated(current), SESSION, session()), encoding="utf-8")
