"""Is a new quote a claim we already know? Pure: texts in, decisions out (figures:
``figure_matching``).

Quotes are compared with rapidfuzz after normalisation; a fragment of a longer quote matches
through ``partial_ratio``. Numbers and negations decide: two texts whose numbers differ or
where one negates the other never match, whatever the score."""

from __future__ import annotations

import multiprocessing
import re
from collections import Counter, defaultdict
from collections.abc import Callable
from contextlib import nullcontext
from dataclasses import dataclass, field
from typing import NamedTuple

from rapidfuzz import fuzz
from rapidfuzz.distance import OSA

from factcheck.lexicon import NEGATIONS, NUMBER_WORDS
from factcheck.textnorm import normalize_for_match

MATCH_THRESHOLD = 90.0  # default: a score at or above this joins the mention to the claim
SUGGEST_THRESHOLD = 75.0  # default: from here up to MATCH_THRESHOLD, an editor is asked
MIN_FRAGMENT_WORDS = 5  # a partial quote must be at least this long to match a longer one
MIN_MATCH_WORDS = 3  # shorter texts never match automatically
EXACT_FRAGMENT = 99.0  # a partial_ratio this high means the shorter text stands in the longer one as it is
NEGATED_WORDS_THRESHOLD = 75.0  # the words after a negation read alike at this ratio (a typo is not a change)
MAX_CHANGED_WORDS = 1  # more words than this changed (not common words, not typos) is another quote
WORDS_DIFFER = "words differ"  # the one guard that leaves a pair to an editor: suggested, never joined
BLOCKING_TOKENS = 6  # a text is looked up by this many of its rarest words
MAX_POSTINGS = 1000  # a word in more claims than this is too common to find candidates by
MAX_CANDIDATES = 25  # at most this many claims are scored for one text

_NEGATIONS = {normalize_for_match(n) for n in NEGATIONS}
# A number (in digits or a word) with its scale: "35 1 million" (normalised "$35.1 million") is
# not "35 1 billion", and "$35m" is "$35 million"; "35 more" has no scale.
_NUMBER_WORDS = {word: str(value) for word, value in NUMBER_WORDS.items() if " " not in word}
_NUMBER = re.compile(rf"(\d+(?: \d+)*|\b(?:{'|'.join(_NUMBER_WORDS)})\b)"
                     r"(?: ?(million|billion|trillion|thousand|bn|mn|m|b|k|percent|per cent)\b)?")
_SCALES = {"mn": "million", "m": "million", "bn": "billion", "b": "billion", "k": "thousand", "per cent": "percent"}
# An ellipsis marks words left out of a quote: "…", "...", ". . .".
_ELLIPSIS = re.compile(r"…|\.\s?\.\s?\.")
# Words too common to tell quotes apart; never used to find candidates.
COMMON_WORDS = set("""
    the a an and or but of to in on at by for from with as is are was were be been being it its
    this that these those we our us you your he she they them his her their i me my not no
    will would can could should have has had do does did so if than then there here what who
""".split())


@dataclass(frozen=True)
class Match:
    claim_id: int
    score: float
    scorer: str
    why: str | None = None  # for a suggestion scoring above the match threshold: the guard that held it


class Comparison(NamedTuple):
    """How alike two quotes are; ``held_back`` names the guard that rules a pair out whatever
    its score ('numbers differ', 'negation differs', 'too short'), or that leaves it to an
    editor ('words differ')."""

    score: float
    scorer: str
    held_back: str | None = None


def _numbers(text: str) -> list[tuple[str, str]]:
    """The numbers in order, each with its scale: '23 to 43' and '43 to 23' differ, 'six
    shelters' and 'nine shelters' too, and 'six' is '6'."""
    return [(_NUMBER_WORDS.get(digits, digits), _SCALES.get(scale, scale)) for digits, scale in _NUMBER.findall(text)]


def _negations(text: str) -> list[tuple[str, str]]:
    """Each negation with the two words after it: what is denied matters ('not a U.S.
    referendum, a broken budget' is not 'a U.S. referendum, not a broken budget')."""
    words = text.split()
    return [(word, " ".join(words[i + 1:i + 3])) for i, word in enumerate(words) if word in _NEGATIONS]


def _same_negations(a: str, b: str) -> bool:
    """The same negations, each denying the same words (give or take a typo in them)."""
    negations_a, negations_b = _negations(a), _negations(b)
    return len(negations_a) == len(negations_b) and all(
        word_a == word_b and fuzz.ratio(denied_a, denied_b) >= NEGATED_WORDS_THRESHOLD
        for (word_a, denied_a), (word_b, denied_b) in zip(negations_a, negations_b))


def _changed_words(short: str, window: str, both_ways: bool) -> int:
    """How many words of ``short`` (and, ``both_ways``, of ``window``) the other text lacks,
    not counting common words or typos (one edit away). Two sentences on one pattern ('the
    families of Sarwick … a E.U. investigation' / 'the families of Dorstewick … a U.K. law')
    score high on characters but say different things."""
    words_short, words_window = set(short.split()) - COMMON_WORDS, set(window.split()) - COMMON_WORDS

    def lacking(words: set[str], other: set[str]) -> int:
        return sum(1 for word in words - other if not any(OSA.distance(word, o, score_cutoff=1) <= 1 for o in other))

    changed = lacking(words_short, words_window)
    return max(changed, lacking(words_window, words_short)) if both_ways else changed


def _whole_words(text: str, start: int, end: int) -> str:
    """text[start:end] widened to whole words: a window ending 'the pipeline is n' must read
    'the pipeline is not'."""
    while start > 0 and text[start - 1] != " ":
        start -= 1
    while end < len(text) and text[end] != " ":
        end += 1
    return text[start:end]


def compare_quotes(a: str, b: str, cutoff: float = 0.0) -> Comparison:
    """Score two normalised quote texts (0-100) with rapidfuzz and check the guards. Scores
    below ``cutoff`` come back as 0, which lets rapidfuzz stop early."""
    short, long = sorted((a, b), key=len)
    short_words = len(short.split())
    whole = fuzz.ratio(a, b, score_cutoff=cutoff)
    best, scorer, window = whole, "ratio", long
    if short_words >= MIN_FRAGMENT_WORDS:
        alignment = fuzz.partial_ratio_alignment(short, long, score_cutoff=max(cutoff, whole))
        if alignment and alignment.score > whole:
            best, scorer = alignment.score, "partial_ratio"
            if len(short) < 0.8 * len(long) or alignment.score >= EXACT_FRAGMENT:
                # a fragment is checked against the part it overlaps; a text nearly as long as
                # the other and not found in it word for word is checked whole ("I have seen"
                # is not "I have never seen")
                window = _whole_words(long, alignment.dest_start, alignment.dest_end)
    best = round(best, 1)
    if best < cutoff:
        return Comparison(0.0, scorer)  # too far apart for the guards to matter
    if short_words < MIN_MATCH_WORDS:
        return Comparison(best, scorer, "too short")
    if _numbers(short) != _numbers(window):
        return Comparison(best, scorer, "numbers differ")
    if not _same_negations(short, window):
        return Comparison(best, scorer, "negation differs")
    if _changed_words(short, window, both_ways=window is long) > MAX_CHANGED_WORDS:
        return Comparison(best, scorer, WORDS_DIFFER)
    return Comparison(best, scorer)


def fuller_wording(claim_text: str, mention_text: str) -> bool:
    """Should a claim take a joining mention's wording? Only when the mention quotes more of it:
    more words, the claim's own words standing in them as they are. A typo'd or re-punctuated
    copy of the same length never replaces the wording."""
    claim, mention = normalize_for_match(claim_text), normalize_for_match(mention_text)
    if len(mention.split()) <= len(claim.split()):
        return False
    cut = _cut_parts(claim_text)  # the whole of a quote known only cut by an ellipsis
    return all(_stands_in(part, mention) for part in (cut[0], *cut[1])) if cut else \
        fuzz.partial_ratio(claim, mention) >= EXACT_FRAGMENT


@dataclass
class Decision:
    """What to do with a new quote: join ``joined`` (score at or above the match threshold),
    or stand alone with ``suggested`` for an editor (between the thresholds); ``held_back``
    lists close candidates that a guard or the thresholds kept apart, for explanations."""

    joined: Match | None = None
    suggested: Match | None = None
    held_back: list[tuple[int, float, str, str]] = field(default_factory=list)  # claim, score, scorer, why


class QuoteIndex:
    """Known quote claims, found by their rarest words (an inverted index), so a new quote is
    scored against a handful of candidates instead of every claim."""

    def __init__(self, match_threshold: float = MATCH_THRESHOLD, suggest_threshold: float = SUGGEST_THRESHOLD):
        self.match_threshold = match_threshold
        self.suggest_threshold = suggest_threshold
        self.texts: dict[int, str] = {}
        self.cuts: dict[int, tuple[str, list[str]]] = {}  # claims whose text was cut by an ellipsis
        self._postings: dict[str, set[int]] = defaultdict(set)

    def add(self, claim_id: int, text: str, norm: str | None = None) -> None:
        """Index ``text`` under ``claim_id``, replacing what was there; ``norm`` is its
        ``normalize_for_match``, when already known."""
        self.remove(claim_id)
        norm = self.texts[claim_id] = norm if norm is not None else normalize_for_match(text)
        cut = _cut_parts(text)
        if cut:
            self.cuts[claim_id] = cut
        for token in index_tokens(norm):
            self._postings[token].add(claim_id)

    def remove(self, claim_id: int) -> None:
        self.cuts.pop(claim_id, None)
        for token in index_tokens(self.texts.pop(claim_id, "")):
            self._postings[token].discard(claim_id)

    def candidates(self, norm: str) -> list[int]:
        """The claims sharing the most of this text's rarest words, best first: a repeat, even
        a fragment, shares several of them; a claim sharing one common word is not looked at."""
        tokens = sorted(index_tokens(norm) & self._postings.keys(), key=lambda t: (len(self._postings[t]), t))
        usable = [t for t in tokens[:BLOCKING_TOKENS] if len(self._postings[t]) <= MAX_POSTINGS]
        if not usable:
            return self._closest(self._holding_all(tokens), norm)
        shared: Counter = Counter()
        for token in usable:
            shared.update(self._postings[token])
        needed = 2 if len(usable) >= 3 else 1
        best = [(claim, count) for claim, count in shared.most_common(MAX_CANDIDATES + 1) if count >= needed]
        if len(best) > MAX_CANDIDATES and best[-1][1] == best[0][1]:
            # more claims share all these words than can be scored: too common to tell them
            # apart, so add the claims holding the text's other words too, and score the
            # nearest in length
            return self._closest(self._holding_all(tokens) | {c for c, _ in best}, norm)
        return [claim for claim, _ in best[:MAX_CANDIDATES]]

    def _holding_all(self, tokens: list[str]) -> set[int]:
        """The claims holding the rarest of these words all, adding words (rarest first) while
        some claim holds them and too many claims are left to score."""
        holding: set[int] = set()
        for token in tokens:
            narrowed = holding & self._postings[token] if holding else set(self._postings[token])
            if not narrowed:
                break
            holding = narrowed
            if len(holding) <= MAX_CANDIDATES:
                break
        return holding

    def _closest(self, claims: set[int], norm: str) -> list[int]:
        """Of claims nothing else tells apart, those nearest the text in length."""
        return sorted(claims, key=lambda claim: (abs(len(self.texts[claim]) - len(norm)), claim))[:MAX_CANDIDATES]

    def decide(self, text: str, rejected: frozenset[int] = frozenset()) -> Decision:
        """Where ``text`` belongs among the indexed claims (never one in ``rejected``)."""
        norm = normalize_for_match(text)
        decision = Decision()
        if len(norm.split()) < MIN_MATCH_WORDS:
            return decision
        scored, cut = [], _cut_parts(text)
        for claim_id in self.candidates(norm):
            if claim_id in rejected:
                continue
            comparison = self._compare(norm, cut, claim_id, self.suggest_threshold)
            if comparison.score >= self.suggest_threshold:
                scored.append((comparison.held_back is not None, -comparison.score, claim_id, comparison))
        for _, _, claim_id, comparison in sorted(scored):
            score, scorer, guard = comparison
            if guard not in (None, WORDS_DIFFER):
                decision.held_back.append((claim_id, score, scorer, guard))
            elif guard is None and score >= self.match_threshold and decision.joined is None:
                decision.joined = Match(claim_id, score, scorer)
            elif decision.joined is None and decision.suggested is None:
                why = guard if score >= self.match_threshold else None
                decision.suggested = Match(claim_id, score, scorer, why)
                decision.held_back.append((claim_id, score, scorer,
                                           why or f"below the match threshold {self.match_threshold:g}"))
        return decision

    def _compare(self, norm: str, cut: tuple[str, list[str]] | None, claim_id: int,
                 cutoff: float = 0.0) -> Comparison:
        """``compare_quotes``, or, when either text was cut by an ellipsis (``cut``: the
        ``_cut_parts`` of the text), its parts against the other text if they fit better."""
        comparison = compare_quotes(norm, self.texts[claim_id], cutoff)
        if comparison.held_back is None and comparison.score >= self.match_threshold:
            return comparison
        claim_cut = self.cuts.get(claim_id)
        parts = (cut and _compare_cut(cut, self.texts[claim_id])) or (claim_cut and _compare_cut(claim_cut, norm))
        return parts if parts and (comparison.held_back or parts.score > comparison.score) else comparison

    def fit(self, text: str, claim_id: int) -> float:
        """How well ``text`` fits one claim, judged as ``decide`` judges; 0 when a guard holds
        them apart."""
        comparison = self._compare(normalize_for_match(text), _cut_parts(text), claim_id)
        return 0.0 if comparison.held_back else comparison.score


def _cut_parts(text: str) -> tuple[str, list[str]] | None:
    """A quote cut by an ellipsis ("We will not back down … this is our city"): its longest part,
    a fragment of at least MIN_FRAGMENT_WORDS words compared as such, and the other parts of at
    least MIN_MATCH_WORDS words, which must stand in the other text word for word."""
    if "…" not in text and ". ." not in text and ".." not in text:
        return None  # most quotes: no need to split
    pieces = [piece.strip() for piece in _ELLIPSIS.split(text) if piece.strip()]
    if len(pieces) < 2:
        return None
    anchor = max(pieces, key=lambda piece: len(piece.split()))
    if len(anchor.split()) < MIN_FRAGMENT_WORDS:
        return None
    return anchor, [piece for piece in pieces if piece is not anchor and len(piece.split()) >= MIN_MATCH_WORDS]


def _stands_in(piece: str, whole: str) -> bool:
    return fuzz.partial_ratio(normalize_for_match(piece), whole) >= EXACT_FRAGMENT


def _compare_cut(cut: tuple[str, list[str]], whole: str) -> Comparison | None:
    """A cut quote against a normalised whole text, or None when its parts do not fit it."""
    anchor, others = cut
    comparison = compare_quotes(normalize_for_match(anchor), whole)
    if comparison.held_back or not all(_stands_in(other, whole) for other in others):
        return None
    return Comparison(comparison.score, "parts")


class Redecision(NamedTuple):
    """A known mention decided again: where it belongs now, and how well its own claim fits it."""

    decision: Decision
    own_score: float


PARALLEL_FROM = 5_000  # mentions: below this many per worker, forking costs more than it saves


def redecide(index: QuoteIndex, mentions: list[tuple[str, int, frozenset[int]]], cores: int = 1,
             progress: Callable[[int, int], None] | None = None) -> list[Redecision]:
    """Decide (text, own claim, rejected claims) mentions again against the index as it is, on
    up to ``cores`` processes: each decision reads the index and changes nothing, so forked
    workers (starting with the index in memory) can share them out. ``progress(done, total)``
    is called as chunks come back."""
    workers = min(cores, max(1, len(mentions) // PARALLEL_FROM))
    size = max(1, -(-len(mentions) // (workers * 8)))  # several chunks each: none idles at the end
    chunks = [mentions[i:i + size] for i in range(0, len(mentions), size)]
    global _FORKED_INDEX
    _FORKED_INDEX = index
    try:
        with multiprocessing.get_context("fork").Pool(workers) if workers > 1 else nullcontext() as pool:
            decided: list[Redecision] = []
            for chunk in pool.imap(_redecide_chunk, chunks) if pool else map(_redecide_chunk, chunks):
                decided.extend(chunk)
                if progress:
                    progress(len(decided), len(mentions))
            return decided
    finally:
        _FORKED_INDEX = None


_FORKED_INDEX: QuoteIndex | None = None  # what forked workers decide against


def _redecide_chunk(mentions: list[tuple[str, int, frozenset[int]]]) -> list[Redecision]:
    index = _FORKED_INDEX
    assert index is not None
    return [Redecision(index.decide(text, rejected | {own}), index.fit(text, own)) for text, own, rejected in mentions]


def index_tokens(norm: str) -> set[str]:
    """The words a normalised text is indexed (and looked up) by."""
    return set(norm.split()) - COMMON_WORDS
