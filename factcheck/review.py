"""The verification workflow as data: statuses and the history events that change them."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

from factcheck.errors import FactcheckError
from factcheck.models import Status

STATUSES = [s.value for s in Status]


def parse_status(value: str) -> Status:
    """'verified' -> Status.VERIFIED; an unknown word is an error listing the known ones."""
    try:
        return Status(value.strip().lower())
    except ValueError:
        raise FactcheckError(f"unknown status '{value}': use one of {', '.join(STATUSES)}") from None


@dataclass
class HistoryEvent:
    """One change of a claim's status. History is append-only: events are never edited."""

    claim_id: int
    old_status: str
    new_status: str
    by: str
    at: str  # ISO 8601 UTC timestamp
    note: str | None = None
    evidence: list[str] = field(default_factory=list)
    undoes: int | None = None  # the id of the event this one reverts

    def to_dict(self) -> dict:
        return asdict(self)


def change_status(claim: dict, new: Status, by: str, at: str, note: str | None = None,
                  evidence: list[str] | None = None) -> HistoryEvent:
    """The history event that moves ``claim`` to ``new``."""
    return HistoryEvent(claim_id=claim["id"], old_status=claim["status"], new_status=new.value,
                        by=by, at=at, note=note, evidence=list(evidence or []))


def latest_decision(events: list[dict]) -> dict | None:
    """The most recent event carrying a note or evidence: what a report shows as the reason."""
    for event in reversed(events):
        if event.get("note") or event.get("evidence"):
            return event
    return events[-1] if events else None


def undoable(events: list[dict]) -> dict | None:
    """The latest status change that can still be undone: not itself an undo, not undone yet."""
    undone = {e.get("undoes") for e in events if e.get("undoes")}
    for event in sorted(events, key=lambda e: e["id"], reverse=True):
        if not event.get("undoes") and event["id"] not in undone:
            return event
    return None


def undo_event(claim: dict, event: dict, by: str, at: str) -> HistoryEvent:
    """The new event that puts ``claim`` back where ``event`` found it; history is never edited."""
    return HistoryEvent(claim_id=claim["id"], old_status=claim["status"], new_status=event["old_status"],
                        by=by, at=at, note=f"undo of change #{event['id']} ({event['old_status']} -> "
                        f"{event['new_status']} by {event['by']})", undoes=event["id"])
