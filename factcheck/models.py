"""Plain records passed between the stages: articles in, quotes and statistics out."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from enum import Enum


class Status(str, Enum):
    """Where a claim stands in the verification workflow."""

    UNVERIFIED = "unverified"
    IN_REVIEW = "in-review"
    VERIFIED = "verified"
    DISPUTED = "disputed"
    UNVERIFIABLE = "unverifiable"
    NOT_CHECKABLE = "not-checkable"


class Kind(str, Enum):
    QUOTE = "quote"
    PARAPHRASE = "paraphrase"
    STATISTIC = "statistic"


# What a statistic's claim records of its figure (mentions also keep direction and from_value).
FIGURE_FIELDS = ("value", "unit", "qualifier", "bound", "counted", "rate", "period", "high", "magnitude")


@dataclass(frozen=True)
class Article:
    """One article: metadata and the body text that every offset points into."""

    path: str
    body: str
    title: str | None = None
    outlet: str | None = None
    author: str | None = None
    date: str | None = None  # ISO 8601 (YYYY-MM-DD) when known
    url: str | None = None


@dataclass
class Quote:
    """Words someone is reported to have said; ``text == body[start:end]``."""

    text: str
    start: int
    end: int
    speaker: str | None = None  # the resolved name, or a role/organisation phrase
    speaker_as_written: str | None = None
    speaker_is_person: bool = True
    confidence: float = 0.0
    kind: str = Kind.QUOTE.value
    context: str = ""  # the sentence or paragraph the quote stands in

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass
class Statistic:
    """A number stated as a fact; ``text == body[start:end]`` covers qualifier, number and unit."""

    text: str
    start: int
    end: int
    value: float | None
    unit: str | None = None
    qualifier: str | None = None
    bound: str = "="  # the qualifier normalised: one of = > >= < <= ~
    counted: str | None = None
    rate: str | None = None  # "a day", "per 100,000 residents"
    period: str | None = None  # "in January", "last year", "within nine days"
    source: str | None = None
    high: float | None = None  # upper end of a range
    magnitude: str | None = None  # "thousands" when the value is vague
    direction: str | None = None  # "up" or "down" for changes
    from_value: float | None = None  # the earlier value of a change "from 4.1% to 4%"
    context: str = ""  # the sentence the figure stands in

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass
class Extraction:
    """Everything extracted from one article."""

    article: Article
    quotes: list[Quote] = field(default_factory=list)
    statistics: list[Statistic] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def to_dict(self) -> dict:
        data = asdict(self.article)
        data["quotes"] = [q.to_dict() for q in self.quotes]
        data["statistics"] = [s.to_dict() for s in self.statistics]
        data["warnings"] = list(self.warnings)
        return data
