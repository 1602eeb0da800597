"""The repository: typed operations over the TinyDB file. The only module that uses TinyDB.

Tables: ``articles``, ``speakers``, ``claims``, ``mentions`` (a claim's occurrence in one
article), ``history`` (append-only status changes) and ``_meta`` (schema version, id counters)."""

from __future__ import annotations

import copy
import multiprocessing
import os
from collections import defaultdict
from collections.abc import Callable, Hashable, Iterable
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from itertools import combinations
from typing import Iterator

from rapidfuzz import fuzz
from tinydb import TinyDB
from tinydb.table import Document

from factcheck.articles import content_hash
from factcheck.errors import FactcheckError, NotFoundError
from factcheck.figure_matching import (
    best_statistic_match,
    same_story,
    statistic_blocking_keys,
    story_names,
)
from factcheck.matching import (
    Match,
    QuoteIndex,
    Redecision,
    fuller_wording,
    index_tokens,
    redecide,
)
from factcheck.migrations import DEFAULT_SETTINGS, TABLES, migrate, schema_version
from factcheck.models import FIGURE_FIELDS, Extraction, Kind, Status
from factcheck.review import (
    DEFAULT_RATINGS,
    Decision,
    HistoryEvent,
    decide,
    undo_event,
    undoable,
)
from factcheck.speakers import person_name, surname
from factcheck.storage import (
    AtomicStorage,
    InPlaceTable,
    backup_file,
    locked,
    remove_leftovers,
)
from factcheck.textnorm import name_key, normalize_for_match

DEFAULT_DB = "factcheck.json"
NAME_SPELLING_THRESHOLD = 88.0  # "Kristy Noem" finds "Kristi Noem"


@dataclass
class IngestSummary:
    """What ingesting one article did."""

    path: str
    title: str | None
    outlet: str | None
    date: str | None
    article_id: int | None
    author: str | None = None
    url: str | None = None
    quotes: int = 0
    paraphrases: int = 0
    statistics: int = 0
    repeats: int = 0
    suggestions: int = 0
    skipped: bool = False
    duplicate_of: str | None = None

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass
class ClaimFilter:
    """The filters ``claims`` and ``report`` share."""

    kind: str | None = None
    status: str | None = None
    speaker: str | None = None
    article: str | None = None
    search: str | None = None
    conflicts: bool = False
    misattributed: bool = False
    rating: str | None = None
    assigned_to: str | None = None

    def describe(self) -> str:
        parts = [f"{k}={v}" for k, v in asdict(self).items() if v not in (None, False)]
        return ", ".join(parts) if parts else "all claims"


@contextmanager
def open_database(path: str, write: bool = False) -> Iterator["Database"]:
    """Open the database for one command. A writing command holds an exclusive lock and saves
    once at the end, only if it succeeds; reading commands share the lock.

    Pending migrations are applied in memory; a writing command saves the migrated database,
    after copying the old file to ``PATH.schema-vN.bak``."""
    if not write and not os.path.exists(path):
        yield Database(AtomicStorage(path, data={}))
        return
    with locked(path, exclusive=write):
        if write:
            remove_leftovers(path)
        storage = AtomicStorage(path)
        old_version = schema_version(storage.read(), path)
        applied = migrate(storage.read(), path)
        database = Database(storage)
        yield database
        if write:
            if applied and old_version:
                backup_file(path, f"{path}.schema-v{old_version}.bak")
            if applied:
                storage.dirty = True
            storage.commit()


class Database:
    """Typed access to everything factcheck stores."""

    def __init__(self, storage: AtomicStorage):
        migrate(storage.read(), storage.path)  # a no-op unless opened without open_database()
        self.path = storage.path
        self._tinydb = TinyDB(storage=lambda: storage)
        self._tinydb.table_class = InPlaceTable
        self._quote_indexes: dict[str, QuoteIndex] | None = None
        self._cache: dict[str, dict[int, dict]] = {}  # table -> id -> record, read once per command
        self._keys: dict[tuple[str, Callable], KeyIndex] = {}  # (table, key function) -> index
        self._pending_cache: dict[int, list[dict]] | None = None  # pending suggestions by claim
        self._stories: dict[int, frozenset[str]] = {}  # article id -> story_names of its body

    # -- low level ----------------------------------------------------------------------
    def _table(self, name: str):
        return self._tinydb.table(name, cache_size=0)

    def _meta(self) -> dict:
        return dict(self._table("_meta").get(doc_id=1))

    def _rows(self, table: str) -> dict[int, dict]:
        """Every record of a table by id, read once per command (a copy: TinyDB's own is the
        one saved); writes keep it current."""
        if table not in self._cache:
            stored = self._tinydb.storage.read().get(table, {})
            self._cache[table] = {int(doc_id): dict(record) for doc_id, record in stored.items()}
        return self._cache[table]

    def _by(self, table: str, key: Callable[[dict], Iterable[Hashable]]) -> "KeyIndex":
        """The ids of ``table``'s records by ``key``, built on first use and kept current by
        every write of this command: a lookup costs the same in 100 records or 100,000."""
        if (table, key) not in self._keys:
            self._keys[table, key] = KeyIndex(key, self._rows(table).values())
        return self._keys[table, key]

    def _indexes_of(self, table: str) -> list["KeyIndex"]:
        return [index for (name, _), index in self._keys.items() if name == table]

    def _insert(self, table: str, record: dict) -> int:
        """Insert with an id that is never reused, even after a delete."""
        return self._insert_many(table, [record])[0]

    def _update(self, table: str, doc_id: int, fields: dict) -> None:
        self._table(table).update(fields, doc_ids=[doc_id])
        record = self._rows(table)[doc_id]
        for index in self._indexes_of(table):
            index.discard(record)
        record.update(fields)
        for index in self._indexes_of(table):
            index.add(record)
        self._pending_cache = None

    def _get(self, table: str, doc_id: int | None) -> dict | None:
        row = self._rows(table).get(doc_id)
        return dict(row) if row else None

    # -- articles -----------------------------------------------------------------------
    def articles(self) -> list[dict]:
        return [dict(d) for d in self._rows("articles").values()]

    def ingest(self, extraction: Extraction, at: str) -> IngestSummary:
        """Store one extracted article; repeats of known claims join those claims."""
        article = extraction.article
        summary = IngestSummary(article.path, article.title, article.outlet, article.date, None,
                                article.author, article.url)
        digest = content_hash(article.body)
        for known_id in self._by("articles", _article_hash).get(digest):
            known = self._rows("articles")[known_id]
            summary.skipped, summary.article_id, summary.duplicate_of = True, known["id"], known["path"]
            return summary
        record = {**asdict(article), "hash": digest, "ingested_at": at}
        article_id = self._insert("articles", record)
        summary.article_id = article_id
        for quote in extraction.quotes:
            speaker_id = self._speaker_id(quote.speaker, quote.speaker_as_written, quote.speaker_is_person)
            decision = self._quote_index(quote.kind).decide(quote.text)
            claim_id = self._claim_for_quote(quote.kind, quote.text, speaker_id, at, decision.joined)
            summary.repeats += decision.joined is not None
            summary.suggestions += decision.suggested is not None
            summary.quotes += quote.kind == Kind.QUOTE.value
            summary.paraphrases += quote.kind == Kind.PARAPHRASE.value
            mention_id = self._insert("mentions", {
                "claim_id": claim_id, "article_id": article_id, "kind": quote.kind, "text": quote.text,
                "start": quote.start, "end": quote.end, "context": quote.context,
                "speaker_id": speaker_id, "speaker_as_written": quote.speaker_as_written,
                "confidence": quote.confidence, **_match_fields(decision),
            })
            if decision.suggested:
                self._suggest(mention_id, decision.suggested, at)
        for stat in extraction.statistics:
            speaker_id = self._speaker_id(stat.source, stat.source, None)
            figure = {**asdict(stat), "story": self._story(article_id), "articles": {article_id}}
            claim_id, match = self._claim_for_statistic(figure, speaker_id, at)
            summary.repeats += match is not None
            summary.statistics += 1
            self._insert("mentions", {
                **{k: figure[k] for k in ("text", "start", "end", "context", *FIGURE_FIELDS, "direction",
                                          "from_value")},
                "claim_id": claim_id, "article_id": article_id, "kind": Kind.STATISTIC.value,
                "speaker_id": speaker_id, "speaker_as_written": stat.source,
                "score": match.score if match else None, "scorer": match.scorer if match else None,
            })
        return summary

    # -- claims -------------------------------------------------------------------------
    def _new_claim(self, kind: str, text: str, speaker_id: int | None, at: str, **extra) -> int:
        claim_id = self._insert("claims", {
            "kind": kind, "text": text, "norm": normalize_for_match(text), "speaker_id": speaker_id,
            "status": Status.UNVERIFIED.value, "rating": None,
            "attribution": None if kind == Kind.STATISTIC.value else "unchecked",
            "assigned_to": None, "published_at": None, "created_at": at, "conflicts": [], **extra})
        return claim_id

    def _quote_index(self, kind: str) -> QuoteIndex:
        """The blocking index of quote (or paraphrase) claims, built once per command."""
        if self._quote_indexes is None:
            settings = self.settings()
            self._quote_indexes = {k: QuoteIndex(settings["match_threshold"], settings["suggest_threshold"])
                                   for k in (Kind.QUOTE.value, Kind.PARAPHRASE.value)}
            for claim in self._rows("claims").values():
                if claim["kind"] in self._quote_indexes:
                    self._quote_indexes[claim["kind"]].add(claim["id"], claim["text"], claim.get("norm"))
        return self._quote_indexes[kind]

    def _claim_for_quote(self, kind: str, text: str, speaker_id: int | None, at: str, joined: Match | None) -> int:
        """The claim a quote joins (updated to its fullest wording), or a new claim."""
        if joined is None:
            claim_id = self._new_claim(kind, text, speaker_id, at)
            self._quote_index(kind).add(claim_id, text)
            return claim_id
        claim = self._get("claims", joined.claim_id) or {}
        changes: dict = {}
        if claim.get("speaker_id") is None and speaker_id is not None:
            changes["speaker_id"] = speaker_id
        if fuller_wording(claim.get("text", ""), text):
            # the claim reads as its fullest version; fragments stay as their mentions
            changes.update(text=text, norm=normalize_for_match(text))
            self._quote_index(kind).add(joined.claim_id, text)
        if changes:
            self._update("claims", joined.claim_id, changes)
        return joined.claim_id

    def _suggest(self, mention_id: int, match: Match, at: str) -> None:
        self._insert("suggestions", _suggestion(mention_id, match, at))

    def _claim_for_statistic(self, figure: dict, speaker_id: int | None, at: str):
        claims, index = self._rows("claims"), self._by("claims", _statistic_keys)
        blocked = set().union(*(index.get(key) for key in statistic_blocking_keys(figure)))
        candidates = {}
        for claim_id in sorted(blocked):
            mentions = self._of_claim("mentions", claim_id)
            articles = {m["article_id"] for m in mentions}
            # the figure as written in the sentence the claim keeps ('seven', not the claim's 'seven schools')
            written = next((m["text"] for m in mentions if m.get("context") == claims[claim_id].get("context")), "")
            candidates[claim_id] = {**claims[claim_id], "text": written,
                                    "sources": {self._speaker_name(m.get("speaker_id")) for m in mentions},
                                    "story": frozenset().union(*map(self._story, articles)), "articles": articles}
        match, conflicts = best_statistic_match(figure, candidates)
        if match:
            claim_id = match.claim_id
        else:
            text = " ".join(p for p in (figure["text"], figure.get("counted"), figure.get("rate"),
                                        figure.get("period")) if p)
            claim_id = self._new_claim(Kind.STATISTIC.value, text, speaker_id, at,
                                       **{k: figure.get(k) for k in (*FIGURE_FIELDS, "context")})
        for other in conflicts:
            self._link_conflict(claim_id, other)
        return claim_id, match

    def _story(self, article_id: int) -> frozenset[str]:
        """The names an article uses, which tell its story from others (read once a command)."""
        if article_id not in self._stories:
            self._stories[article_id] = story_names(self._rows("articles")[article_id]["body"])
        return self._stories[article_id]

    def _link_conflict(self, a: int, b: int) -> None:
        for one, other in ((a, b), (b, a)):
            claim = self._get("claims", one)
            if claim is not None and other not in claim.get("conflicts", []):
                self._update("claims", one, {"conflicts": sorted([*claim.get("conflicts", []), other])})

    def claim(self, claim_id: int | str) -> dict:
        """One claim with its mentions, speakers, conflicts and history."""
        return self._view(self._record("claims", claim_id, "#", "claim", "see 'factcheck claims'"))

    def _of_claim(self, table: str, claim_id: int) -> list[dict]:
        """A claim's mentions or history events, in id order."""
        rows = self._rows(table)
        return [rows[i] for i in sorted(self._by(table, _claim_id).get(claim_id))]

    def _view(self, claim: dict) -> dict:
        speakers, articles = self._rows("speakers"), self._rows("articles")
        mentions = []
        for mention in self._of_claim("mentions", claim["id"]):
            article = articles.get(mention["article_id"], {})
            speaker = speakers.get(mention.get("speaker_id"))
            mentions.append({
                "id": mention["id"], "article_id": mention["article_id"], "path": article.get("path"),
                "title": article.get("title"), "outlet": article.get("outlet"), "date": article.get("date"),
                "url": article.get("url"), "text": mention["text"], "start": mention["start"],
                "end": mention["end"], "context": mention.get("context"),
                "speaker": speaker["name"] if speaker else None,
                "speaker_as_written": mention.get("speaker_as_written"),
                "score": mention.get("score"), "scorer": mention.get("scorer"),
                "held_back": mention.get("held_back", []),
                **({"value": mention.get("value"), "qualifier": mention.get("qualifier")}
                   if claim["kind"] == Kind.STATISTIC.value else {}),
            })
        mentions.sort(key=lambda m: (m["date"] or "", m["id"]))
        speaker = speakers.get(claim.get("speaker_id"))
        history = [dict(event) for event in self._of_claim("history", claim["id"])]
        people = _distinct_people([m["speaker"] for m in mentions if m["speaker"]])
        view = {
            "id": claim["id"], "kind": claim["kind"], "text": claim["text"],
            "speaker": speaker["name"] if speaker else None,
            "speaker_is_person": bool(speaker and speaker.get("is_person")), "status": claim["status"],
            "rating": claim.get("rating"), "attribution": claim.get("attribution"),
            "assigned_to": claim.get("assigned_to"), "published_at": claim.get("published_at"),
            "speakers": people, "misattributed": claim["kind"] != Kind.STATISTIC.value and self._misattributed(claim["id"]),
            "conflicts": list(claim.get("conflicts", [])),
            "mentions": mentions, "history": history,
            "corrections": [{"at": e["at"], "by": e["by"], "note": e["correction"]} for e in history if e.get("correction")],
            "pending_suggestions": self._pending_by_claim().get(claim["id"], []),
        }
        if claim["kind"] == Kind.STATISTIC.value:
            view.update({k: claim.get(k) for k in FIGURE_FIELDS})
        return view

    def _misattributed(self, claim_id: int) -> bool:
        """Do two mentions of one story give the quote to two different people? A role nobody
        was named for ('the governor') or an organisation beside a person is not a second
        person, and the same words from two people in two stories are two sayings ('The voters
        have spoken')."""
        speakers = self._rows("speakers")
        said = [(m["article_id"], speakers[m["speaker_id"]]["name"]) for m in self._of_claim("mentions", claim_id)
                if m.get("speaker_id") in speakers and speakers[m["speaker_id"]].get("is_person")]
        if len(_distinct_people([name for _, name in said])) < 2:
            return False
        return any(len(_distinct_people([name_a, name_b])) > 1 and (
            article_a == article_b or same_story(self._story(article_a), self._story(article_b)))
            for (article_a, name_a), (article_b, name_b) in combinations(said, 2))

    def _pending_by_claim(self) -> dict[int, list[dict]]:
        """Pending suggestions for each claim, on both sides of the suggested link."""
        if self._pending_cache is not None:
            return self._pending_cache
        mentions = self._rows("mentions")
        pending: dict[int, list[dict]] = {}
        for suggestion in self._rows("suggestions").values():
            if suggestion["status"] != "pending":
                continue
            mention = mentions.get(suggestion["mention_id"], {})
            entry = {"mention_id": suggestion["mention_id"], "claim_id": suggestion["claim_id"],
                     "score": suggestion["score"], "mention_text": mention.get("text"),
                     "outlet": (self._get("articles", mention.get("article_id")) or {}).get("outlet")}
            for claim_id in {suggestion["claim_id"], mention.get("claim_id")} - {None}:
                pending.setdefault(claim_id, []).append(entry)
        self._pending_cache = pending
        return pending

    def claims(self, filters: ClaimFilter | None = None) -> list[dict]:
        """Claims matching ``filters``, in id order, each as a full view."""
        filters = filters or ClaimFilter()
        speaker_ids = {s["id"] for s in self.find_speakers(filters.speaker)} if filters.speaker else None
        article_ids = self._find_articles(filters.article, self._rows("articles")) if filters.article else None
        search = normalize_for_match(filters.search) if filters.search else None
        views = []
        for claim in sorted(self._rows("claims").values(), key=lambda c: c["id"]):
            if filters.kind and claim["kind"] != filters.kind:
                continue
            if filters.status and claim["status"] != filters.status:
                continue
            if filters.rating and claim.get("rating") != filters.rating:
                continue
            if filters.assigned_to and claim.get("assigned_to") != filters.assigned_to:
                continue
            mentions = self._of_claim("mentions", claim["id"])
            if speaker_ids is not None and claim.get("speaker_id") not in speaker_ids and not any(
                    m.get("speaker_id") in speaker_ids for m in mentions):
                continue
            if article_ids is not None and not any(m["article_id"] in article_ids for m in mentions):
                continue
            if search and search not in claim["norm"] and not any(
                    search in normalize_for_match(m.get("context") or "") for m in mentions):
                continue
            view = self._view(claim)
            if filters.conflicts and not view["conflicts"]:
                continue
            if filters.misattributed and not view["misattributed"]:
                continue
            views.append(view)
        return views

    @staticmethod
    def _find_articles(query: str, articles: dict[int, dict]) -> set[int]:
        if query.isdigit() and int(query) in articles:
            return {int(query)}
        needle = query.lower()
        found = {i for i, a in articles.items()
                 if needle in (a.get("path") or "").lower() or needle in (a.get("title") or "").lower()}
        if not found:
            raise NotFoundError(f"no article matches '{query}' (give an id, a path or words of the title)")
        return found

    # -- review -------------------------------------------------------------------------
    def set_status(self, claim_id: int | str, status: Status, by: str, at: str, note: str | None = None,
                   evidence: list[str] | None = None) -> HistoryEvent:
        """Change a claim's status (with evidence where the desk's rules ask for it)."""
        return self.decide(claim_id, Decision(status=status, note=note, evidence=list(evidence or []),
                                              no_evidence=not evidence), by, at)

    def decide(self, claim_id: int | str, decision: Decision, by: str, at: str) -> HistoryEvent:
        """Apply an editor's decision to a claim and append it to the claim's history."""
        claim = self.claim(claim_id)
        event = decide(claim, decision, by, at)
        self._apply(event)
        return event

    def _apply(self, event: HistoryEvent) -> None:
        self._update("claims", event.claim_id, {"status": event.new_status, "rating": event.new_rating,
                                                "attribution": event.new_attribution})
        self._insert("history", event.to_dict())

    def bulk(self, filters: ClaimFilter, decision: Decision, by: str, at: str,
             dry_run: bool = False) -> list[tuple[dict, HistoryEvent]]:
        """The same decision on every claim ``filters`` select. Every claim is checked first, so
        one refusal (missing evidence, a published verdict without a correction) changes nothing."""
        planned = [(claim, decide(claim, decision, by, at)) for claim in self.claims(filters)]
        if not dry_run:
            for _, event in planned:
                self._apply(event)
        return planned

    def assign(self, claim_ids: list[str], reviewer: str | None, by: str, at: str) -> list[int]:
        """Put claims in a reviewer's queue (None takes them out)."""
        claims = [self.claim(claim_id) for claim_id in claim_ids]
        for claim in claims:
            self._update("claims", claim["id"], {"assigned_to": reviewer})
        return [c["id"] for c in claims]

    def publish(self, claim_ids: list[int], at: str) -> None:
        """Record that these claims left the building in a published report; from now on their
        verdicts change only with a correction."""
        for claim_id in claim_ids:
            if not (self._get("claims", claim_id) or {}).get("published_at"):
                self._update("claims", claim_id, {"published_at": at})

    def history(self, claim_id: int | str) -> list[dict]:
        return self.claim(claim_id)["history"]

    def undo(self, by: str, at: str, claim_id: int | str | None = None) -> HistoryEvent:
        """Revert the latest status change (of one claim, or of any), as a new history event."""
        events = [dict(e) for e in self._rows("history").values()]
        if claim_id is not None:
            target = self.claim(claim_id)["id"]
            events = [e for e in events if e["claim_id"] == target]
        event = undoable(events)
        if event is None:
            raise FactcheckError("nothing to undo" + (f" for claim {claim_id}" if claim_id is not None else ""))
        claim = self.claim(event["claim_id"])
        reverted = undo_event(claim, event, by, at)
        self._apply(reverted)
        return reverted

    # -- matching -------------------------------------------------------------------------
    def settings(self) -> dict:
        """The editable settings (thresholds, reviewer name, rating scale), defaults filled in."""
        stored = {k: v for k, v in (self._get("settings", 1) or {}).items() if k != "id"}
        return {**DEFAULT_SETTINGS, "reviewer": None, "ratings": DEFAULT_RATINGS, **stored}

    def ratings(self) -> dict:
        return self.settings()["ratings"]

    def set_rating(self, name: str, label: str, value: float | None) -> dict:
        """Add a rating to the scale, or change one's label and numeric value."""
        ratings = {k: dict(v) for k, v in self.ratings().items()}
        ratings[name.strip().lower()] = {"label": label, "value": value}
        self._store_settings(ratings=ratings)
        return ratings

    def _store_settings(self, **changes) -> None:
        if self._get("settings", 1) is None:
            self._insert("settings", {})
        self._update("settings", 1, changes)
        self._quote_indexes = None

    def set_setting(self, key: str, value: str) -> dict:
        if key == "reviewer":
            self._store_settings(reviewer=value.strip() or None)
            return self.settings()
        if key not in DEFAULT_SETTINGS:
            raise FactcheckError(f"unknown setting '{key}': use one of {', '.join([*DEFAULT_SETTINGS, 'reviewer'])}")
        try:
            number = float(value)
        except ValueError:
            raise FactcheckError(f"setting {key} must be a number between 0 and 100, not '{value}'") from None
        settings = {**self.settings(), key: number}
        if not 0 <= number <= 100 or settings["suggest_threshold"] > settings["match_threshold"]:
            raise FactcheckError("thresholds are scores from 0 to 100, and suggest_threshold may not "
                                 "exceed match_threshold")
        self._store_settings(**{key: number})
        return settings

    def suggestions(self, status: str = "pending") -> list[dict]:
        """Suggested links awaiting an editor, with both texts and the score."""
        rows, threshold = [], self.settings()["match_threshold"]
        for suggestion in sorted(self._rows("suggestions").values(), key=lambda s: s["id"]):
            if suggestion["status"] != status:
                continue
            mention = self._get("mentions", suggestion["mention_id"]) or {}
            claim = self._get("claims", suggestion["claim_id"]) or {}
            article = self._get("articles", mention.get("article_id")) or {}
            rows.append({**suggestion, "mention_text": mention.get("text"), "mention_claim": mention.get("claim_id"),
                         "claim_text": claim.get("text"), "outlet": article.get("outlet"), "path": article.get("path"),
                         "reason": _suggestion_reason(suggestion, threshold)})
        return rows

    def _mention(self, mention_id: int | str) -> dict:
        return self._record("mentions", mention_id, "m#", "mention", "see 'factcheck show CLAIM'")

    def _record(self, table: str, given: int | str, prefixes: str, noun: str, hint: str) -> dict:
        """The record an editor named by id ('24', '#24', 'm24'), or a NotFoundError saying why."""
        try:
            number = int(str(given).lstrip(prefixes))
        except ValueError:
            raise NotFoundError(f"no {noun} '{given}': {noun} ids are numbers ({hint})") from None
        record = self._get(table, number)
        if record is None:
            raise NotFoundError(f"no {noun} with id {given}")
        return record

    def _move_mention(self, mention: dict, claim_id: int, **fields) -> None:
        """Attach a mention to another claim; a claim left with no mention and no decision goes."""
        old = mention["claim_id"]
        self._update("mentions", mention["id"], {"claim_id": claim_id, **fields})
        if old != claim_id and not self._of_claim("mentions", old) and not self._of_claim("history", old):
            self._delete("claims", old)
            for index in (self._quote_indexes or {}).values():
                index.remove(old)

    def _delete_many(self, table: str, doc_ids: list[int]) -> None:
        if doc_ids:
            self._table(table).remove(doc_ids=doc_ids)
            for doc_id in doc_ids:
                record = self._rows(table).pop(doc_id, None)
                for index in self._indexes_of(table) if record else ():
                    index.discard(record)
            self._pending_cache = None

    def _insert_many(self, table: str, records: list[dict]) -> list[int]:
        """Insert records with ids never used before (even after a delete), in one write:
        TinyDB rewrites a whole table on each insert."""
        if not records:
            return []
        rows = self._rows(table)
        meta = self._meta()
        next_ids = meta.setdefault("next_ids", {})
        first = next_ids.get(table) or max(rows, default=0) + 1
        next_ids[table] = first + len(records)
        self._table("_meta").upsert(Document(meta, doc_id=1))
        documents = [Document({**record, "id": first + i}, doc_id=first + i) for i, record in enumerate(records)]
        self._table(table).insert_multiple(documents)
        rows.update({doc.doc_id: dict(doc) for doc in documents})
        for index in self._indexes_of(table):
            for doc in documents:
                index.add(rows[doc.doc_id])
        self._pending_cache = None
        return [doc.doc_id for doc in documents]

    def _delete(self, table: str, doc_id: int) -> None:
        self._delete_many(table, [doc_id])

    def _resolve_suggestions(self, mention_id: int, status: str, claim_id: int | None = None) -> None:
        for suggestion in list(self._rows("suggestions").values()):
            if suggestion["mention_id"] == mention_id and suggestion["status"] == "pending" and (
                    claim_id is None or suggestion["claim_id"] == claim_id):
                self._update("suggestions", suggestion["id"], {"status": status})

    def link(self, mention_id: int | str, claim_id: int | str, at: str) -> tuple[dict, dict]:
        """An editor's link: the mention joins the claim (and its status) and stays there on re-match."""
        mention = self._mention(mention_id)
        claim = self.claim(claim_id)
        if claim["kind"] != mention["kind"]:
            raise FactcheckError(f"mention {mention['id']} is a {mention['kind']}, claim {claim['id']} a {claim['kind']}")
        self._resolve_suggestions(mention["id"], "accepted", claim["id"])
        self._resolve_suggestions(mention["id"], "rejected")
        self._move_mention(mention, claim["id"], manual=True, score=None, scorer="editor")
        return mention, claim

    def unlink(self, mention_id: int | str, at: str) -> tuple[dict, int]:
        """An editor's rejection: the mention leaves its claim for a claim of its own, and the
        pair (and any pending suggestion for the mention) is never proposed again."""
        mention = self._mention(mention_id)
        old = mention["claim_id"]
        self._resolve_suggestions(mention["id"], "rejected")
        others = [m for m in self._of_claim("mentions", old) if m["id"] != mention["id"]]
        if not others:
            self._update("mentions", mention["id"], {"manual": True})
            return mention, old
        claim = self._get("claims", old)
        new_id = self._new_claim(mention["kind"], mention["text"], mention.get("speaker_id"), at,
                                 **{k: claim.get(k) for k in (*FIGURE_FIELDS, "context") if k in claim})
        self._insert("suggestions", {"mention_id": mention["id"], "claim_id": old, "score": mention.get("score"),
                                     "scorer": mention.get("scorer"), "status": "rejected", "at": at})
        self._move_mention(mention, new_id, manual=True, score=None, scorer="editor")
        if mention["kind"] != Kind.STATISTIC.value:
            self._quote_index(mention["kind"]).add(new_id, mention["text"])
        return mention, new_id

    def rematch(self, at: str, progress: Callable[[int, int], None] | None = None) -> list[dict]:
        """Recompute every quote's link with the current thresholds, keeping editors' links and
        rejections. Returns what changed: mentions moved and suggestions made; ``progress(done,
        total)`` hears how many mentions are decided. Linear in the database: claim membership is
        kept here, and suggestions are written in one batch. Every mention is decided in advance,
        on all cores; one is decided again, in turn, only when a claim sharing a word with it was
        added or removed before its turn (so the result is what deciding them one by one gives)."""
        self._quote_indexes = None
        rejected: dict[int, set[int]] = {}
        pending = []
        for suggestion in self._rows("suggestions").values():
            if suggestion["status"] == "pending":
                pending.append(suggestion["id"])
            elif suggestion["status"] == "rejected":
                rejected.setdefault(suggestion["mention_id"], set()).add(suggestion["claim_id"])
        self._delete_many("suggestions", pending)
        members: dict[int, set[int]] = {}
        for mention in self._rows("mentions").values():
            members.setdefault(mention["claim_id"], set()).add(mention["id"])
        decided = {event["claim_id"] for event in self._rows("history").values()}
        queued = [m for m in sorted(self._rows("mentions").values(), key=lambda m: m["id"])
                  if m["kind"] != Kind.STATISTIC.value and not m.get("manual")]
        ahead = self._decide_ahead(queued, rejected, progress)
        changed: dict[str, set[str]] = defaultdict(set)  # words of claims added or removed since
        changes, suggestions = [], []
        for mention in queued:
            index = self._quote_index(mention["kind"])
            own = mention["claim_id"]
            siblings = members.get(own, set()) - {mention["id"]}
            decision, own_score = ahead[mention["id"]]
            if changed[mention["kind"]] & index_tokens(normalize_for_match(mention["text"])):
                # a claim this mention could be scored against came or went: decide it again now
                [(decision, own_score)] = redecide(index, [_query(mention, rejected)])
            joined = decision.joined
            if joined and not siblings and joined.claim_id > own:
                joined = None  # two lone mentions: the younger joins the older, not both ways
            if joined and (not siblings or joined.score > own_score):
                target, fields = joined.claim_id, {"score": joined.score, "scorer": joined.scorer}
                changes.append({"mention": mention["id"], "from": own, "to": target, "score": joined.score})
            elif siblings and own_score < index.match_threshold:
                target, fields = self._new_claim(mention["kind"], mention["text"], mention.get("speaker_id"), at), {
                    "score": None, "scorer": None}
                index.add(target, mention["text"])
                changed[mention["kind"]] |= index_tokens(index.texts[target])
                changes.append({"mention": mention["id"], "from": own, "to": target, "score": own_score})
            else:
                if decision.suggested:
                    suggestions.append(_suggestion(mention["id"], decision.suggested, at))
                    changes.append({"mention": mention["id"], "suggested": decision.suggested.claim_id,
                                    "score": decision.suggested.score})
                continue
            self._update("mentions", mention["id"], {"claim_id": target, **fields})
            members[own].discard(mention["id"])
            members.setdefault(target, set()).add(mention["id"])
            if not members[own] and own not in decided:
                self._delete("claims", own)
                changed[mention["kind"]] |= index_tokens(index.texts.get(own, ""))
                index.remove(own)
        self._insert_many("suggestions", suggestions)
        return changes

    def _decide_ahead(self, queued: list[dict], rejected: dict[int, set[int]],
                      progress: Callable[[int, int], None] | None) -> dict[int, Redecision]:
        """Every queued mention decided against the quote index as built, on all cores."""
        ahead: dict[int, Redecision] = {}
        for kind in sorted({m["kind"] for m in queued}):
            of_kind = [m for m in queued if m["kind"] == kind]

            def report(done: int, total: int, done_before: int = len(ahead)) -> None:
                if progress:
                    progress(done_before + done, len(queued))

            decided = redecide(self._quote_index(kind), [_query(m, rejected) for m in of_kind], available_cores(), report)
            ahead.update(zip([m["id"] for m in of_kind], decided))
        return ahead

    # -- maintenance ----------------------------------------------------------------------
    def raw(self) -> dict:
        """Every table as stored: the full-fidelity export."""
        return copy.deepcopy(self._tinydb.storage.read())

    def counts(self) -> dict[str, int]:
        return {table: len(self._rows(table)) for table in TABLES}

    def check_integrity(self) -> list[str]:
        """Problems a damaged or hand-edited file can have; an empty list when all is well."""
        tables = {name: self._rows(name) for name in TABLES}
        problems = []
        for mention in tables["mentions"].values():
            if mention.get("article_id") not in tables["articles"]:
                problems.append(f"mention {mention['id']} points to missing article {mention.get('article_id')}")
            if mention.get("claim_id") not in tables["claims"]:
                problems.append(f"mention {mention['id']} points to missing claim {mention.get('claim_id')}")
            if mention.get("speaker_id") and mention["speaker_id"] not in tables["speakers"]:
                problems.append(f"mention {mention['id']} points to missing speaker {mention['speaker_id']}")
        for event in tables["history"].values():
            if event.get("claim_id") not in tables["claims"]:
                problems.append(f"history event {event['id']} points to missing claim {event.get('claim_id')}")
        mentioned = {m.get("claim_id") for m in tables["mentions"].values()}
        decided = {e.get("claim_id") for e in tables["history"].values()}
        for suggestion in tables["suggestions"].values():
            if suggestion.get("mention_id") not in tables["mentions"] or suggestion.get("claim_id") not in tables["claims"]:
                problems.append(f"suggestion {suggestion['id']} points to a missing mention or claim")
        for claim in tables["claims"].values():
            if claim["id"] not in mentioned and claim["id"] not in decided:
                problems.append(f"claim {claim['id']} has no mentions")
            if claim.get("speaker_id") and claim["speaker_id"] not in tables["speakers"]:
                problems.append(f"claim {claim['id']} points to missing speaker {claim['speaker_id']}")
            for other in claim.get("conflicts", []):
                if other not in tables["claims"]:
                    problems.append(f"claim {claim['id']} conflicts with missing claim {other}")
        next_ids = self._meta().get("next_ids", {})
        for name, docs in tables.items():
            if docs and next_ids.get(name, 0) <= max(docs):
                problems.append(f"table {name}: next id {next_ids.get(name)} would reuse id {max(docs)}")
        return problems

    def merge(self, incoming: dict, source: str) -> dict[str, int]:
        """Add another factcheck database's content: articles already here (same text) are
        skipped with their mentions, equal claims are joined, history is added without
        duplicates, and each claim ends at the status of its latest decision."""
        incoming = copy.deepcopy(incoming)
        migrate(incoming, source)
        added = dict.fromkeys(["articles", "speakers", "claims", "mentions", "history"], 0)
        article_ids, speaker_ids, claim_ids = {}, {}, {}
        known_articles = {a["hash"]: a["id"] for a in self._rows("articles").values()}
        new_articles = set()
        for old_id, article in incoming.get("articles", {}).items():
            if article["hash"] in known_articles:
                article_ids[int(old_id)] = known_articles[article["hash"]]
            else:
                article_ids[int(old_id)] = self._insert("articles", _without_id(article))
                new_articles.add(int(old_id))
                added["articles"] += 1
        for old_id, speaker in incoming.get("speakers", {}).items():
            before = len(self._rows("speakers"))
            speaker_ids[int(old_id)] = self._speaker_id(speaker["name"], None, speaker.get("is_person"))
            for alias in speaker.get("aliases", []):
                self._speaker_id(speaker["name"], alias, speaker.get("is_person"))
            added["speakers"] += len(self._rows("speakers")) - before
        known_claims = {(c["kind"], c["norm"]): c["id"] for c in self._rows("claims").values()}
        for old_id, claim in incoming.get("claims", {}).items():
            key = (claim["kind"], claim["norm"])
            if key in known_claims:
                claim_ids[int(old_id)] = known_claims[key]
                continue
            record = {**_without_id(claim), "speaker_id": speaker_ids.get(claim.get("speaker_id")), "conflicts": []}
            claim_ids[int(old_id)] = known_claims[key] = self._insert("claims", record)
            added["claims"] += 1
        for old_id, claim in incoming.get("claims", {}).items():
            for other in claim.get("conflicts", []):
                if other in {int(k) for k in incoming["claims"]}:
                    self._link_conflict(claim_ids[int(old_id)], claim_ids[other])
        for mention in incoming.get("mentions", {}).values():
            if mention["article_id"] not in new_articles:
                continue  # that article is already here, with its own mentions
            self._insert("mentions", {**_without_id(mention), "article_id": article_ids[mention["article_id"]],
                                      "claim_id": claim_ids[mention["claim_id"]],
                                      "speaker_id": speaker_ids.get(mention.get("speaker_id"))})
            added["mentions"] += 1
        seen = {_event_key(e) for e in self._rows("history").values()}
        for event in sorted(incoming.get("history", {}).values(), key=lambda e: e["id"]):
            record = {**_without_id(event), "claim_id": claim_ids[event["claim_id"]], "undoes": None}
            if _event_key(record) in seen:
                continue
            seen.add(_event_key(record))
            self._insert("history", record)
            added["history"] += 1
        for claim_id in set(claim_ids.values()):
            events = self._of_claim("history", claim_id)
            if events:
                latest = max(events, key=lambda e: (e["at"], e["id"]))
                self._update("claims", claim_id, {"status": latest["new_status"]})
        self._quote_indexes = None
        return added

    # -- speakers -----------------------------------------------------------------------
    def _speaker_name(self, speaker_id: int | None) -> str | None:
        speaker = self._get("speakers", speaker_id) if speaker_id else None
        return speaker["name"] if speaker else None

    def _speaker_id(self, name: str | None, as_written: str | None, is_person: bool | None) -> int | None:
        """The registry id for a speaker, creating it (and recording how it was written)."""
        if not name:
            return None
        key = name_key(name)
        speakers = self._rows("speakers")
        found = sorted(self._by("speakers", _speaker_key).get(key))
        if not found and len(key.split()) == 1:
            # A surname alone joins the one known person with that surname, never one of two.
            same_surname = self._by("speakers", _person_surname).get(key)
            found = sorted(same_surname) if len(same_surname) == 1 else []
        if found:
            speaker = speakers[found[0]]
            aliases = list(speaker.get("aliases", []))
            for alias in sorted({name, as_written} - {None, speaker["name"], *aliases}):
                aliases.append(alias)
            if aliases != speaker.get("aliases"):
                self._update("speakers", speaker["id"], {"aliases": aliases})
            return speaker["id"]
        if is_person is None:
            is_person = person_name(name)[1]
        aliases = [as_written] if as_written and as_written != name else []
        return self._insert("speakers", {"name": name, "key": key, "aliases": aliases, "is_person": bool(is_person)})

    def speakers(self) -> list[dict]:
        """Every speaker with aliases and how many quotes and statistics name them."""
        counts: dict[int, dict[str, int]] = {}
        for mention in self._rows("mentions").values():
            if mention.get("speaker_id"):
                kinds = counts.setdefault(mention["speaker_id"], {})
                kinds[mention["kind"]] = kinds.get(mention["kind"], 0) + 1
        return [{**dict(s), "quotes": counts.get(s["id"], {}).get("quote", 0),
                 "paraphrases": counts.get(s["id"], {}).get("paraphrase", 0),
                 "statistics": counts.get(s["id"], {}).get("statistic", 0)}
                for s in sorted(self._rows("speakers").values(), key=lambda s: s["name"])]

    def find_speakers(self, query: str) -> list[dict]:
        """People a name refers to, under any title, spelling, alias or partial name.

        An exact name or alias wins; then every speaker whose name holds all the query's
        words ('Noem', 'Kristi Noem'); then close spellings. Titles and accents are ignored."""
        stripped, _ = person_name(query)
        wanted = name_key(stripped or query)
        if not wanted:
            raise FactcheckError("give a name to look for")
        speakers = [dict(s) for s in self._rows("speakers").values()]

        def keys(speaker: dict) -> set[str]:
            names = [speaker["name"], *speaker.get("aliases", [])]
            return {name_key(person_name(n)[0] or n) for n in names} | {name_key(n) for n in names}

        exact = [s for s in speakers if wanted in keys(s)]
        if exact:
            return exact
        words = set(wanted.split())
        partial = [s for s in speakers if any(words <= set(k.split()) for k in keys(s))]
        if partial:
            return partial
        return [s for s in speakers
                if max(fuzz.ratio(wanted, k) for k in keys(s)) >= NAME_SPELLING_THRESHOLD]

    def merge_speakers(self, keep: str, other: str) -> dict:
        """One person under two names: every mention and claim of ``other`` moves to ``keep``,
        whose aliases gain ``other``'s name and aliases."""
        kept, gone = self.person(keep), self.person(other)
        if kept["id"] == gone["id"]:
            raise FactcheckError(f"'{keep}' and '{other}' are already the same speaker ({kept['name']})")
        for table in ("mentions", "claims"):
            for row in list(self._rows(table).values()):
                if row.get("speaker_id") == gone["id"]:
                    self._update(table, row["id"], {"speaker_id": kept["id"]})
        aliases = [*kept.get("aliases", [])]
        for alias in [gone["name"], *gone.get("aliases", [])]:
            if alias not in aliases and alias != kept["name"]:
                aliases.append(alias)
        self._update("speakers", kept["id"], {"aliases": aliases})
        self._delete("speakers", gone["id"])
        return self._get("speakers", kept["id"])

    def split_speaker(self, query: str, written: str) -> dict:
        """Two people wrongly joined: mentions whose speaker was written ``written`` move to a new
        speaker of that name (and claims whose every mention moved go with them)."""
        speaker = self.person(query)
        key = name_key(written)
        moved = [m for m in self._rows("mentions").values()
                 if m.get("speaker_id") == speaker["id"] and name_key(m.get("speaker_as_written") or "") == key]
        if not moved:
            raise NotFoundError(f"no mention of {speaker['name']} was written '{written}' "
                                "(see the as_written column of `factcheck quotes`)")
        name, is_person = person_name(written)
        new_id = self._insert("speakers", {"name": name or written, "key": name_key(name or written),
                                           "aliases": [written] if name and name != written else [],
                                           "is_person": bool(is_person)})
        for mention in moved:
            self._update("mentions", mention["id"], {"speaker_id": new_id})
        for claim in list(self._rows("claims").values()):
            mentions = self._of_claim("mentions", claim["id"])
            if claim.get("speaker_id") == speaker["id"] and mentions and all(m.get("speaker_id") == new_id for m in mentions):
                self._update("claims", claim["id"], {"speaker_id": new_id})
        self._update("speakers", speaker["id"], {"aliases": [a for a in speaker.get("aliases", [])
                                                             if name_key(a) != key]})
        return self._get("speakers", new_id)

    def add_alias(self, query: str, alias: str) -> dict:
        """Another name the person goes by ('Hattie'), so `quotes` and `--speaker` find them by it."""
        speaker = self.person(query)
        if alias not in speaker.get("aliases", []) and alias != speaker["name"]:
            self._update("speakers", speaker["id"], {"aliases": [*speaker.get("aliases", []), alias]})
        return self._get("speakers", speaker["id"])

    def person(self, query: str) -> dict:
        """The one person ``query`` names; an error when it names nobody or several people."""
        found = [s for s in self.find_speakers(query)]
        if not found:
            raise NotFoundError(f"nobody called '{query}' is quoted (see 'factcheck speakers')")
        if len(found) > 1:
            names = ", ".join(sorted(s["name"] for s in found))
            raise FactcheckError(f"'{query}' could be several people: {names}; give more of the name")
        return found[0]


def available_cores() -> int:
    """The cores this process may run on; 1 where workers cannot be forked (Windows)."""
    if not hasattr(os, "sched_getaffinity") or "fork" not in multiprocessing.get_all_start_methods():
        return 1
    return len(os.sched_getaffinity(0))


def _query(mention: dict, rejected: dict[int, set[int]]) -> tuple[str, int, frozenset[int]]:
    """What re-matching asks of a mention: its text, its claim, and the claims it was rejected from."""
    return mention["text"], mention["claim_id"], frozenset(rejected.get(mention["id"], ()))


def _suggestion(mention_id: int, match: Match, at: str) -> dict:
    return {"mention_id": mention_id, "claim_id": match.claim_id, "score": match.score, "scorer": match.scorer,
            "why": match.why, "status": "pending", "at": at}


def _suggestion_reason(suggestion: dict, match_threshold: float) -> str:
    scored = f"score {suggestion['score']:g} by {suggestion['scorer']}"
    if suggestion.get("why"):
        return f"{scored}, but {suggestion['why']}"
    return f"{scored} is below the match threshold {match_threshold:g}"


def _match_fields(decision) -> dict:
    """How a mention was matched, kept for `show` to explain."""
    joined = decision.joined
    return {"score": joined.score if joined else None, "scorer": joined.scorer if joined else None,
            "held_back": [list(item) for item in decision.held_back[:3]]}


class KeyIndex:
    """Ids of records by the keys a function gives each record (a secondary index)."""

    def __init__(self, key: Callable[[dict], Iterable[Hashable]], records: Iterable[dict]):
        self.key = key
        self._ids: dict[Hashable, set[int]] = defaultdict(set)
        for record in records:
            self.add(record)

    def add(self, record: dict) -> None:
        for key in self.key(record):
            self._ids[key].add(record["id"])

    def discard(self, record: dict) -> None:
        for key in self.key(record):
            self._ids[key].discard(record["id"])

    def get(self, key: Hashable) -> set[int]:
        return self._ids.get(key, set())


def _claim_id(record: dict) -> list[int]:
    return [record["claim_id"]]


def _article_hash(article: dict) -> list[str]:
    return [article["hash"]]


def _speaker_key(speaker: dict) -> list[str]:
    return [speaker["key"]]


def _person_surname(speaker: dict) -> list[str]:
    return [surname(speaker["name"])] if speaker["is_person"] else []


def _statistic_keys(claim: dict) -> list[tuple]:
    return statistic_blocking_keys(claim) if claim["kind"] == Kind.STATISTIC.value else []


def _without_id(record: dict) -> dict:
    return {k: v for k, v in record.items() if k != "id"}


def _event_key(event: dict) -> tuple:
    return (event["claim_id"], event["at"], event["by"], event["old_status"], event["new_status"], event.get("note"))


def _distinct_people(names: list[str]) -> list[str]:
    """Distinct speaker names, treating a bare surname as the full name it ends."""
    distinct: list[str] = []
    for name in sorted(set(names), key=lambda n: -len(n)):
        if not any(name_key(other).endswith(" " + name_key(name)) for other in distinct):
            distinct.append(name)
    return sorted(distinct)
