"""Is a new figure a statistic we already know, or one it conflicts with? Pure: figures (dicts
of a statistic's fields, with ``source`` and ``story``) in, decisions out."""

from __future__ import annotations

import re
from decimal import Decimal

from rapidfuzz import fuzz

from factcheck.lexicon import CURRENCY_CODES, CURRENCY_SYMBOLS, MONTHS, TITLES, WEEKDAYS
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


def _articles(x: dict) -> set:
    return x.get("articles") or set()


def _is_money(unit: str | None) -> bool:
    return bool(unit) and (unit in CURRENCY_CODES or any(symbol in unit for symbol in CURRENCY_SYMBOLS))


def _significant_digits(value: float) -> int:
    return len(Decimal(repr(float(value))).normalize().as_tuple().digits)


def same_sum_of_money(a: dict, b: dict) -> bool:
    """'at a cost of $6.2 million' and 'its agency bill came to $6.2M': one precise sum of
    money is one fact, however outlets name what it pays for. Not a round sum ('$5 million' may
    be two grants), not two periods, and not two sums one article gives apart (two facts)."""
    periods = {normalize_for_match(x.get("period") or "") for x in (a, b)} - {""}
    return (_is_money(a.get("unit")) and a.get("unit") == b.get("unit") and a.get("value") is not None
            and values_agree(a, b) and _significant_digits(a["value"]) >= 2 and len(periods) <= 1
            and not _articles(a) & _articles(b))


_WORD_BEFORE = re.compile(r"([^\W\d_]+)[^\w]*$")


def _verb_before(figure: dict) -> str | None:
    """The word just before a figure in its sentence: 'close' in 'voted to close seven schools'."""
    context, text = figure.get("context") or "", figure.get("text") or ""
    at = context.find(text) if text else -1
    found = _WORD_BEFORE.search(context[:at]) if at > 0 else None
    return found.group(1).lower() if found else None


_ACT_ENDINGS = "(?:ure|ion|ation|al|ment|ing)?s?"  # close: closures; evict: evictions; remove: removals


def counts_the_acts(a: dict, b: dict) -> bool:
    """'seven closures' counts the acts of 'close seven schools' (and '40 evictions' those of
    'evicted 40 tenants'): ``a``'s counted noun is named after the verb just before ``b``'s
    number. A short or common verb ('won', 'had') says too little to tell."""
    verb, nouns = _verb_before(b), normalize_for_match(a.get("counted") or "").split()
    if not verb or verb in COMMON_WORDS or not nouns:
        return False
    stem = _stem(verb).removesuffix("e")
    return len(stem) >= 4 and re.fullmatch(re.escape(stem) + _ACT_ENDINGS, nouns[-1]) is not None


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
    # not strict: outlets name one sum of money, or the acts of counting things, in their own words
    reworded = not strict and (same_sum_of_money(a, b) or counts_the_acts(a, b) or counts_the_acts(b, a))
    counted_agrees = measures or unsaid or reworded or same_counted(a.get("counted"), b.get("counted"), strict)
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


def _sources(x: dict) -> set[str | None]:
    """Who gave a figure; a claim (``sources``) was given by every source of its mentions, None
    for a mention naming none."""
    return set(x["sources"]) if "sources" in x else {x.get("source")}


def best_statistic_match(figure: dict, candidates: dict[int, dict]) -> tuple[Match | None, list[int]]:
    """The known statistic claim this figure repeats (one counting the same noun before one
    merely agreeing in value), and the claims it conflicts with: same thing counted, values that
    cannot both be true, in other articles (one article giving two values gives two facts,
    'last year' and 'now', and so do the claim it repeats and any claim an article gives beside
    it), and not two different named sources (a claim's sources are all its mentions' sources:
    one of them naming none, or naming the figure's, leaves it open). Figures and candidates may
    say which articles they are in (``articles``)."""
    source = figure.get("source")
    same_source = {claim_id: bool(source) and source in _sources(known) for claim_id, known in candidates.items()}
    repeated = [claim_id for claim_id, known in candidates.items() if values_agree(figure, known)
                and same_subject(figure, known, same_source=same_source[claim_id])]
    match_id = min(repeated, key=lambda claim_id: (
        not same_counted(figure.get("counted"), candidates[claim_id].get("counted")), claim_id), default=None)
    beside = _articles(figure) | (_articles(candidates[match_id]) if match_id is not None else set())
    conflicts = [claim_id for claim_id, known in candidates.items()
                 if not values_consistent(figure, known) and not beside & _articles(known)
                 and (same_source[claim_id] or not source or None in _sources(known))
                 and same_subject(figure, known, strict=True)]
    return (Match(match_id, 100.0, "figure") if match_id is not None else None), conflicts
