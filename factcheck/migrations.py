"""Named, ordered changes to the stored data, applied when a database is opened.

Each migration takes the raw database (a dict of tables, each a dict of id -> record) and
changes it in place. A database records its schema version and the migrations applied to it
in ``_meta``; a file from a newer factcheck is refused rather than guessed at."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from factcheck.errors import DatabaseError
from factcheck.review import DEFAULT_RATINGS

META_TABLE = "_meta"
TABLES = ("articles", "speakers", "claims", "mentions", "history", "suggestions")

DEFAULT_SETTINGS = {
    "match_threshold": 90.0,  # a score at or above this joins a mention to a claim
    "suggest_threshold": 75.0,  # between this and match_threshold: a suggestion for an editor
}


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    apply: Callable[[dict], None]


def _initial(data: dict) -> None:
    for table in ("articles", "speakers", "claims", "mentions", "history"):
        data.setdefault(table, {})


def _settings(data: dict) -> None:
    """Matching thresholds become settings an editor can change."""
    data.setdefault("settings", {}).setdefault("1", dict(DEFAULT_SETTINGS))


def _suggestions(data: dict) -> None:
    """Suggested links between the two thresholds, and the pairs editors rejected."""
    data.setdefault("suggestions", {})


def _review_desk(data: dict) -> None:
    """Ratings and attribution beside the status; assignment; publication for corrections."""
    for claim in data.get("claims", {}).values():
        claim.setdefault("rating", None)
        claim.setdefault("attribution", None if claim.get("kind") == "statistic" else "unchecked")
        claim.setdefault("assigned_to", None)
        claim.setdefault("published_at", None)
    settings = data.setdefault("settings", {}).setdefault("1", dict(DEFAULT_SETTINGS))
    settings.setdefault("reviewer", None)
    settings.setdefault("ratings", {name: dict(rating) for name, rating in DEFAULT_RATINGS.items()})


MIGRATIONS = [
    Migration(1, "initial", _initial),
    Migration(2, "settings", _settings),
    Migration(3, "suggestions", _suggestions),
    Migration(4, "review_desk", _review_desk),
]
SCHEMA_VERSION = MIGRATIONS[-1].version


def meta(data: dict) -> dict:
    return data.get(META_TABLE, {}).get("1", {})


def schema_version(data: dict, path: str) -> int:
    """The file's schema version: 0 for a new (empty) database."""
    if not data:
        return 0
    info = meta(data)
    if not info or not isinstance(info.get("schema_version"), int):
        raise DatabaseError(f"{path}: not a factcheck database (no schema version)")
    if info["schema_version"] > SCHEMA_VERSION:
        raise DatabaseError(
            f"{path}: written by a newer factcheck (schema {info['schema_version']}, "
            f"this one reads up to {SCHEMA_VERSION}); upgrade factcheck")
    return info["schema_version"]


def migrate(data: dict, path: str) -> list[str]:
    """Apply every pending migration in order; return the names applied."""
    current = schema_version(data, path)
    applied = []
    for migration in MIGRATIONS:
        if migration.version > current:
            migration.apply(data)
            applied.append(migration.name)
    if applied or not data.get(META_TABLE):
        info = data.setdefault(META_TABLE, {}).setdefault("1", {"next_ids": {}})
        info["schema_version"] = SCHEMA_VERSION
        info["migrations"] = [*info.get("migrations", []), *applied]
    return applied
