"""Is a new figure a statistic we already know, or one it conflicts with? Pure: figures (dicts
of a statistic's fields, with ``source`` and ``story``) in, decisions out."""

from __future__ import annotations

import re

from rapidfuzz import fuzz

from factcheck.lexicon import MONTHS, TITLES, WEEKDAYS
from factcheck.matching import COMMON_WORDS, Match
from factcheck.textnorm import normalize_for_match

APPROXIMATE_MARGIN = 0.10  # "about 1,000" and "some 1,100" may be one number rounded two ways
CONTEXT_THRESHOLD = 55.0  # sentences around two figures must be this alike to be one claim
SAME_STORY_NAMES = 3  # two articles naming at least this many of the same people, places and bodies …
SAME_STORY_SHARE = 0.3  # … and this share of the names of the one naming fewer tell the same story

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
# Capitalised at the start of a sentence, or as a title ('Mr', 'Gov.'), more often than as names.
_SENTENCE_OPENERS = COMMON_WORDS | set(MONTHS) | set(WEEKDAYS) | set(TITLES) | set("""
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
    periods = [normalize_for_match(x.get("period") or "") for x in (a, b)]
    if strict and all(periods) and periods[0] != periods[1]:
        return False  # "93% in 2019" and "86.5% this year" are two facts
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
    thing counted, from the same or an unknown source, values that cannot both be true, in
    other articles: one article giving two values gives two facts, 'last year' and 'now').
    Figures and candidates may say which articles they are in (``articles``)."""
    match, conflicts = None, []
    for claim_id, known in candidates.items():
        same_source = bool(figure.get("source")) and figure.get("source") == known.get("source")
        if not same_subject(figure, known, same_source=same_source):
            continue
        if values_agree(figure, known):
            if match is None:
                match = Match(claim_id, 100.0, "figure")
        elif not values_consistent(figure, known) and not figure.get("articles", set()) & known.get("articles", set()) \
                and same_subject(figure, known, strict=True) and not (
                figure.get("source") and known.get("source") and figure["source"] != known["source"]):
            conflicts.append(claim_id)
    return match, conflicts
