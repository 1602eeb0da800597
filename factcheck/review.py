"""The verification workflow as data: statuses, ratings, attribution checks, and the history
events that change them. Pure: claims and events in, events out."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

from factcheck.errors import FactcheckError
from factcheck.models import Status

STATUSES = [s.value for s in Status]

# The verdict scale: each rating's label and its numeric value for ClaimReview (None: off the
# numeric scale). Editors can change it (`factcheck ratings`); this is the default.
DEFAULT_RATINGS = {
    "true": {"label": "True", "value": 5},
    "mostly-true": {"label": "Mostly true", "value": 4},
    "misleading": {"label": "Misleading", "value": 3},
    "mostly-false": {"label": "Mostly false", "value": 2},
    "false": {"label": "False", "value": 1},
    "outdated": {"label": "Outdated", "value": None},
    "unproven": {"label": "Unproven", "value": None},
}

# For quotes: did this person really say these words?
ATTRIBUTIONS = ["unchecked", "confirmed", "paraphrase", "misquoted", "misattributed"]

# Decisions a reader must be able to follow to their sources (IFCN): evidence required.
NEEDS_EVIDENCE = {Status.VERIFIED, Status.DISPUTED}


def parse_status(value: str) -> Status:
    """'verified' -> Status.VERIFIED; an unknown word is an error listing the known ones."""
    try:
        return Status(value.strip().lower())
    except ValueError:
        raise FactcheckError(f"unknown status '{value}': use one of {', '.join(STATUSES)}") from None


def parse_rating(value: str | None, ratings: dict) -> str | None:
    if value is None:
        return None
    key = value.strip().lower()
    if key not in ratings:
        raise FactcheckError(f"unknown rating '{value}': use one of {', '.join(ratings)}")
    return key


def parse_attribution(value: str | None) -> str | None:
    if value is None:
        return None
    key = value.strip().lower()
    if key not in ATTRIBUTIONS:
        raise FactcheckError(f"unknown attribution '{value}': use one of {', '.join(ATTRIBUTIONS)}")
    return key


@dataclass
class HistoryEvent:
    """One decision on a claim: its status, and its rating and attribution where they change.
    History is append-only: events are never edited."""

    claim_id: int
    old_status: str
    new_status: str
    by: str
    at: str  # ISO 8601 UTC timestamp
    note: str | None = None
    evidence: list[str] = field(default_factory=list)
    undoes: int | None = None  # the id of the event this one reverts
    old_rating: str | None = None
    new_rating: str | None = None
    old_attribution: str | None = None
    new_attribution: str | None = None
    correction: str | None = None  # why a published verdict changed

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass
class Decision:
    """What an editor decided about a claim; None leaves that part as it is."""

    status: Status | None = None
    rating: str | None = None
    attribution: str | None = None
    note: str | None = None
    evidence: list[str] = field(default_factory=list)
    no_evidence: bool = False
    correction: str | None = None


def decide(claim: dict, decision: Decision, by: str, at: str) -> HistoryEvent:
    """The history event that applies ``decision`` to ``claim``, after the desk's rules:
    verified and disputed need evidence (or an explicit ``no_evidence``); a verdict already
    published changes only with a correction note; attribution is for quotes."""
    status = decision.status.value if decision.status else claim["status"]
    rating = decision.rating if decision.rating is not None else claim.get("rating")
    attribution = decision.attribution if decision.attribution is not None else claim.get("attribution")
    if decision.attribution is not None and claim["kind"] == "statistic":
        raise FactcheckError(f"claim {claim['id']} is a statistic: attribution is for quotes")
    if decision.status in NEEDS_EVIDENCE and not decision.evidence and not decision.no_evidence:
        raise FactcheckError(f"claim {claim['id']}: marking it {status} needs --evidence (a link or a source "
                             "note readers can follow), or --no-evidence to say there is none")
    verdict_changes = status != claim["status"] or rating != claim.get("rating")
    if claim.get("published_at") and verdict_changes and not decision.correction:
        raise FactcheckError(f"claim {claim['id']} was published on {claim['published_at'][:10]}: changing its "
                             "verdict needs --correction with a note for readers")
    return HistoryEvent(claim_id=claim["id"], old_status=claim["status"], new_status=status, by=by, at=at,
                        note=decision.note, evidence=list(decision.evidence), old_rating=claim.get("rating"),
                        new_rating=rating, old_attribution=claim.get("attribution"), new_attribution=attribution,
                        correction=decision.correction)


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
                        f"{event['new_status']} by {event['by']})", undoes=event["id"],
                        old_rating=claim.get("rating"), new_rating=event.get("old_rating"),
                        old_attribution=claim.get("attribution"), new_attribution=event.get("old_attribution"))
