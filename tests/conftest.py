import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from factcheck.cli import cli

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "sample_articles"
ANNOTATIONS = json.loads((Path(__file__).parent / "data" / "sample_annotations.json").read_text(encoding="utf-8"))


@pytest.fixture
def db(tmp_path):
    return str(tmp_path / "desk.json")


@pytest.fixture
def run(db):
    """Run a factcheck command against the test database; returns the click Result."""
    runner = CliRunner()

    def invoke(*args, input=None):
        return runner.invoke(cli, ["--db", db, *args], input=input, catch_exceptions=False)

    return invoke


@pytest.fixture
def ingested(run):
    result = run("ingest", str(SAMPLES))
    assert result.exit_code == 0, result.output
    return run


def claims_json(run, *args) -> list[dict]:
    """`factcheck claims -f json` with these filters, parsed."""
    result = run("claims", "-f", "json", *args)
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


def claim_starting(run, start: str) -> dict:
    """The claim whose text starts with ``start``."""
    return next(c for c in claims_json(run) if c["text"].startswith(start))
