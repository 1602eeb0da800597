"""Score extraction against hand annotations (see docs/annotation.md). Pure: lists in, figures out.

Used by the tests and by the benchmarks, so both measure the same thing."""

from __future__ import annotations

from dataclasses import dataclass, field

from rapidfuzz import fuzz

from factcheck.figure_matching import counted_key, same_counted
from factcheck.textnorm import name_key, normalize_for_match

TEXT_MATCH_THRESHOLD = 90.0


@dataclass
class Score:
    """Counts from comparing one or more articles' extraction with their annotations."""

    expected: int = 0
    found: int = 0
    matched: int = 0
    speaker_right: int = 0
    speaker_wrong: int = 0
    speaker_unresolved: int = 0
    value_right: int = 0
    qualifier_right: int = 0
    counted_right: int = 0
    source_right: int = 0
    missed: list = field(default_factory=list)
    spurious: list = field(default_factory=list)
    wrong: list = field(default_factory=list)

    def add(self, other: "Score") -> None:
        for name, value in vars(other).items():
            setattr(self, name, getattr(self, name) + value)

    @property
    def precision(self) -> float:
        return self.matched / self.found if self.found else 1.0

    @property
    def recall(self) -> float:
        return self.matched / self.expected if self.expected else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def rate(self, count: int) -> float:
        return count / self.matched if self.matched else 1.0


def _same_text(a: str, b: str) -> bool:
    a, b = normalize_for_match(a), normalize_for_match(b)
    return a == b or fuzz.ratio(a, b) >= TEXT_MATCH_THRESHOLD


def _pair(expected: list[dict], found: list[dict]) -> tuple[list[tuple[dict, dict]], list[dict], list[dict]]:
    """One-to-one pairs of annotated and extracted items with the same text, in order."""
    pairs, unused = [], list(found)
    missed = []
    for item in expected:
        hit = next((f for f in unused if _same_text(item["text"], f["text"])), None)
        if hit is None:
            missed.append(item)
        else:
            unused.remove(hit)
            pairs.append((item, hit))
    return pairs, missed, unused


def same_person(a: str | None, b: str | None) -> bool:
    return bool(a and b) and name_key(a) == name_key(b)


def score_quotes(expected: list[dict], found: list[dict], where: str = "") -> Score:
    """Precision, recall and speaker accuracy of quotes (``text``, ``speaker``)."""
    pairs, missed, spurious = _pair(expected, found)
    score = Score(expected=len(expected), found=len(found), matched=len(pairs),
                  missed=[(where, m["text"]) for m in missed], spurious=[(where, s["text"]) for s in spurious])
    for want, got in pairs:
        if same_person(want.get("speaker"), got.get("speaker")) or (want.get("speaker") is None and got.get("speaker") is None):
            score.speaker_right += 1
        elif got.get("speaker") is None:
            score.speaker_unresolved += 1
        else:
            score.speaker_wrong += 1
            score.wrong.append((where, want["text"][:50], want.get("speaker"), got.get("speaker")))
    return score


def _same_counted(a: str | None, b: str | None) -> bool:
    if not a or not b:
        return not a and not b
    return same_counted(a, b) or counted_key(a).split()[-1] == counted_key(b).split()[-1]


def score_statistics(expected: list[dict], found: list[dict], where: str = "") -> Score:
    """Precision, recall and field accuracy of statistics."""
    pairs, missed, spurious = _pair(expected, found)
    score = Score(expected=len(expected), found=len(found), matched=len(pairs),
                  missed=[(where, m["text"]) for m in missed], spurious=[(where, s["text"]) for s in spurious])
    for want, got in pairs:
        if want.get("value") == got.get("value") and want.get("high") == got.get("high"):
            score.value_right += 1
        else:
            score.wrong.append((where, want["text"], "value", want.get("value"), got.get("value")))
        score.qualifier_right += (want.get("qualifier") or None) == (got.get("qualifier") or None)
        if _same_counted(want.get("counted"), got.get("counted")):
            score.counted_right += 1
        else:
            score.wrong.append((where, want["text"], "counted", want.get("counted"), got.get("counted")))
        if same_person(want.get("source"), got.get("source")) or not (want.get("source") or got.get("source")):
            score.source_right += 1
    return score
