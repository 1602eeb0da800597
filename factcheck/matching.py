"""Is a new mention a claim we already know? Pure: normalised texts and figures in, decisions out.

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

from factcheck.lexicon import MONTHS, NEGATIONS, NUMBER_WORDS, WEEKDAYS
from factcheck.textnorm import normalize_for_match

MATCH_THRESHOLD = 90.0  # default: a score at or above this joins the mention to the claim
SUGGEST_THRESHOLD = 75.0  # default: from here up to MATCH_THRESHOLD, an editor is asked
MIN_FRAGMENT_WORDS = 5  # a partial quote must be at least this long to match a longer one
MIN_MATCH_WORDS = 3  # shorter texts never match automatically
EXACT_FRAGMENT = 99.0  # a partial_ratio this high means the shorter text stands in the longer one as it is
NEGATED_WORDS_THRESHOLD = 75.0  # the words after a negation read alike at this ratio (a typo is not a change)
MAX_CHANGED_WORDS = 1  # more words than this changed (not common words, not typos) is another quote
WORDS_DIFFER = "words differ"  # the one guard that leaves a pair to an editor: suggested, never joined
APPROXIMATE_MARGIN = 0.10  # "about 1,000" and "some 1,100" may be one number rounded two ways
CONTEXT_THRESHOLD = 55.0  # sentences around two figures must be this alike to be one claim
SAME_STORY_NAMES = 3  # two articles naming at least this many of the same people, places and bodies …
SAME_STORY_SHARE = 0.3  # … and this share of the names of the one naming fewer tell the same story
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
_COMMON = set("""
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
    words_short, words_window = set(short.split()) - _COMMON, set(window.split()) - _COMMON

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
        scored = []
        for claim_id in self.candidates(norm):
            if claim_id in rejected:
                continue
            comparison = self._compare(text, norm, claim_id, self.suggest_threshold)
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

    def _compare(self, text: str, norm: str, claim_id: int, cutoff: float = 0.0) -> Comparison:
        """``compare_quotes``, or, when either text was cut by an ellipsis, its parts against the
        other text if they fit better."""
        comparison = compare_quotes(norm, self.texts[claim_id], cutoff)
        if comparison.held_back is None and comparison.score >= self.match_threshold:
            return comparison
        cut, claim_cut = _cut_parts(text), self.cuts.get(claim_id)
        parts = (cut and _compare_cut(cut, self.texts[claim_id])) or (claim_cut and _compare_cut(claim_cut, norm))
        return parts if parts and (comparison.held_back or parts.score > comparison.score) else comparison

    def fit(self, text: str, claim_id: int) -> float:
        """How well ``text`` fits one claim, judged as ``decide`` judges; 0 when a guard holds
        them apart."""
        comparison = self._compare(text, normalize_for_match(text), claim_id)
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
    return set(norm.split()) - _COMMON


GENERIC_COUNTED = {"people", "person", "persons", "individuals", "total"}


def _stem(word: str) -> str:
    for suffix in ("ments", "ment", "ing", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


def counted_key(counted: str | None) -> str:
    """'Field offices' and 'field office' count the same thing."""
    return " ".join(_stem(w) for w in normalize_for_match(counted or "").split())


def same_counted(a: str | None, b: str | None, strict: bool = False) -> bool:
    """'people arrested' and 'arrests' count the same thing; 'people evacuated' does not.
    Unless ``strict``, a generic 'people' fits any specific noun ('1,140 people' = '1,140 jobs'),
    and 'cars' fits 'tank cars'."""
    words_a, words_b = set(counted_key(a).split()), set(counted_key(b).split())
    if not words_a or not words_b:
        return False
    specific_a, specific_b = words_a - GENERIC_COUNTED, words_b - GENERIC_COUNTED
    if specific_a and specific_b:  # strict: 'tank cars' are not all the 'cars'
        return specific_a == specific_b if strict else bool(specific_a & specific_b)
    return words_a == words_b or not strict


_CAPITALISED = re.compile(r"\b[A-Z][\w'’-]{2,}")
# Capitalised at the start of a sentence more often than as names.
_SENTENCE_OPENERS = _COMMON | set(MONTHS) | set(WEEKDAYS) | set("""
    after when while since although though because however meanwhile some many most more other
    officials residents police authorities about nearly more than still also last next new one two
    three four five six seven eight nine ten said says according asked yes even only just
""".split())


def story_names(text: str) -> frozenset[str]:
    """The names an article uses (capitalised words, less those that open sentences): what
    tells its story from another ('Oriel', 'Halvard', 'Tessel')."""
    return frozenset(word.lower() for word in _CAPITALISED.findall(text)) - _SENTENCE_OPENERS


def same_story(a: frozenset[str] | None, b: frozenset[str] | None) -> bool:
    """Do two articles (by their ``story_names``) cover the same story?"""
    if not a or not b:
        return False
    shared = len(a & b)
    return shared >= SAME_STORY_NAMES and shared >= SAME_STORY_SHARE * min(len(a), len(b))


def _context_words(text: str) -> str:
    return " ".join(w for w in normalize_for_match(text).split() if not w[0].isdigit())


def same_subject(a: dict, b: dict, strict: bool = False, same_source: bool = False) -> bool:
    """Do two figures count the same thing in the same story? Same unit, rate and counted
    noun, and alike sentences (so '9 people died' in one story is not '9 people' in another).
    ``strict`` (for conflicts): a figure with a rate ('a day') and one without, or a generic
    'people' and a specific noun, are different things. ``same_source``: both figures come from
    the same person or body, so the same noun needs no alike sentences, and equal values with
    different nouns may still be one claim ('9,000 emergency room visits' / '9,000 patients').
    When both articles are known (``story``: their ``story_names``), the story decides instead of
    the sentences: figures of two stories are never one claim, and figures of one story need no
    alike sentences, but for a conflict they must count something specific ('surgeries', not
    'people': one story has many figures of people)."""
    if (a.get("unit") or None) != (b.get("unit") or None):
        return False
    rates = [normalize_for_match(x.get("rate") or "") for x in (a, b)]
    if rates[0] != rates[1] and (strict or all(rates)):
        return False
    measures = a.get("unit") and not a.get("counted") and not b.get("counted")  # "18,400 acres"
    # not strict: one article saying what is counted and the other not ("offered 9%" / "a raise
    # of 9 percent") is no difference
    unsaid = not strict and not (a.get("counted") and b.get("counted"))
    counted_agrees = measures or unsaid or same_counted(a.get("counted"), b.get("counted"), strict)
    if counted_agrees and same_source:
        return True
    if not counted_agrees and not (same_source and values_agree(a, b)):
        return False
    if a.get("story") and b.get("story"):  # both articles known: the story decides, not the sentences
        specific = bool(set(counted_key(a.get("counted")).split()) - GENERIC_COUNTED)
        return same_story(a["story"], b["story"]) and (specific or not strict)
    return fuzz.token_set_ratio(_context_words(a.get("context", "")), _context_words(b.get("context", ""))) >= CONTEXT_THRESHOLD


def values_agree(a: dict, b: dict) -> bool:
    """'7,400' and 'more than 7,400' agree; '7,400' and '8,000' do not; vague magnitudes
    agree only with the same magnitude."""
    if a.get("value") is None or b.get("value") is None:
        return a.get("value") is None and b.get("value") is None and a.get("magnitude") == b.get("magnitude")
    if a.get("high") != b.get("high"):
        return False
    return abs(float(a["value"]) - float(b["value"])) <= 1e-9 * max(1.0, abs(float(a["value"])))


def values_consistent(a: dict, b: dict) -> bool:
    """Could both figures be true at once, though they differ? A vague magnitude ('thousands')
    fits any number; an approximate one ('about $24 million') a number within its rounding
    (APPROXIMATE_MARGIN); a bound ('more than 3,800') any number beyond it; a range the numbers
    in it. Figures that cannot both be true are a conflict."""
    if a.get("value") is None or b.get("value") is None or values_agree(a, b):
        return True
    if "~" in (a.get("bound"), b.get("bound")):
        return abs(float(a["value"]) - float(b["value"])) <= APPROXIMATE_MARGIN * max(abs(float(a["value"])),
                                                                                     abs(float(b["value"])))
    for x, y in ((a, b), (b, a)):
        low, other = float(x["value"]), float(y["value"])
        high = float(x["high"]) if x.get("high") is not None else None
        if high is not None and low <= other <= high or x.get("bound") in (">", ">=") and other >= low \
                or x.get("bound") in ("<", "<=") and other <= low:
            return True
    return False


def statistic_blocking_keys(figure: dict) -> list[tuple]:
    """Keys under which a figure can repeat or conflict with another: its value (a repeat's
    values agree), and what it counts (a conflict counts the same thing), or its unit when it
    counts nothing ('18,400 acres'). Two figures sharing no key never match nor conflict in
    ``best_statistic_match``, so comparing only those that share one loses nothing."""
    value = figure.get("value")
    keys: list[tuple] = [("value", float(value)) if value is not None else ("magnitude", figure.get("magnitude"))]
    words = counted_key(figure.get("counted")).split()
    specific = [w for w in words if w not in GENERIC_COUNTED]
    if specific:
        keys += [("counted", w) for w in specific]
    elif words:
        keys.append(("generic", " ".join(sorted(set(words)))))
    elif figure.get("unit"):
        keys.append(("unit", figure["unit"]))
    return keys


def best_statistic_match(figure: dict, candidates: dict[int, dict]) -> tuple[Match | None, list[int]]:
    """The known statistic claim this figure repeats, and the claims it conflicts with (same
    thing counted, from the same or an unknown source, values that cannot both be true)."""
    match, conflicts = None, []
    for claim_id, known in candidates.items():
        same_source = bool(figure.get("source")) and figure.get("source") == known.get("source")
        if not same_subject(figure, known, same_source=same_source):
            continue
        if values_agree(figure, known):
            if match is None:
                match = Match(claim_id, 100.0, "figure")
        elif not values_consistent(figure, known) and same_subject(figure, known, strict=True) and not (
                figure.get("source") and known.get("source") and figure["source"] != known["source"]):
            conflicts.append(claim_id)
    return match, conflicts
