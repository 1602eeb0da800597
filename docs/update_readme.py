"""Regenerate README.md's command reference from the CLI's own --help texts.

    python docs/update_readme.py          # rewrite the section in place
    python docs/update_readme.py --check  # exit 1 if README is out of date (tests/test_docs.py does this)
"""

from __future__ import annotations

import sys
from pathlib import Path

from click.testing import CliRunner

from factcheck.cli import cli

README = Path(__file__).resolve().parent.parent / "README.md"
START, END = "<!-- commands:start -->", "<!-- commands:end -->"


def command_reference() -> str:
    runner = CliRunner()
    parts = []
    for args in [[], *[[name] for name in sorted(cli.commands)]]:
        text = runner.invoke(cli, [*args, "--help"], prog_name="factcheck", terminal_width=100).stdout
        title = "factcheck " + " ".join(args) if args else "factcheck"
        parts.append(f"### `{title}`\n\n```\n{text.rstrip()}\n```\n")
    return "\n".join(parts)


def updated(readme: str) -> str:
    before, rest = readme.split(START, 1)
    _, after = rest.split(END, 1)
    return f"{before}{START}\n{command_reference()}{END}{after}"


if __name__ == "__main__":
    current = README.read_text(encoding="utf-8")
    fresh = updated(current)
    if "--check" in sys.argv:
        sys.exit(0 if fresh == current else 1)
    README.write_text(fresh, encoding="utf-8")
