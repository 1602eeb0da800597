"""What stands around a figure besides what it counts: its qualifier ('more than' -> '>'),
the direction of a change ('rose 4.1%', 'fell from 4.1% to 4%'), comparisons ('nearly double
the rate'), and its rate or period ('a day', 'per 100,000 residents', 'in January'). Pure."""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet
from dataclasses import dataclass

from factcheck.figure_languages import FOREIGN, Language
from factcheck.figure_numbers import Reading
from factcheck.figure_words import DOWN_VERBS, UP_VERBS, Token, is_possessive
from factcheck.lexicon import DURATION_UNITS, FIGURE_RAISING_VERBS, MONTHS, NUMBER_WORDS, QUALIFIERS
from factcheck.textnorm import word_alternation

_SMALL_WORDS = {w: v for w, v in NUMBER_WORDS.items() if " " not in w}
_UP_OR_RAISING = set(UP_VERBS) | set(FIGURE_RAISING_VERBS)  # "raised it by 3 cents"
_MORE_THAN_BEFORE = re.compile(
    r"\s(?:[a-z-]+\s)?(more|fewer|less)\s(?:[a-z-]+\s)?than\s(?:in\s)?(?:a\s|the\s|two\s|three\s)?"
    r"(?:year|month|week|decade|previous|last|(?:19|20)\d\d\b)", re.IGNORECASE)
_CLAUSE_END = re.compile(r"[,;.]\s")
_GAINED = re.compile(r"\s(more|fewer)\b(?!\s(?:of|likely|often)\b)(?!(?:\s[\w-]+){0,3}\sthan\b)", re.IGNORECASE)
_EARLIER_TIME = re.compile(r"\b(?:(?:19|20)\d\d|earlier|ago|last year|previous|before)\b")
# A rate opens on a look at the first letters its words can start with: under IGNORECASE the
# engine would otherwise try every alternative in turn at each figure.
_RATE = re.compile(
    r"\s(?=[apedwmynhf])(?P<rate>(?:a|an|per|(?:for\s)?every)\s(?:day|week|month|year|hour|minute|season|game|match|ticket|"
    r"bushel|hectare|acre|weekday|night|person|capita|head|household|resident|student|patient|passenger|"
    r"shift|trip|ride|visit|gallon|litre|liter|barrel|tonne|ton|mile|km|share|unit|"
    r"\d(?:[\d,]*\d)?(?:\s[a-z]+)?|[$€£]\d[\d,.]*)|daily|weekly|monthly|annually|yearly|nightly|hourly|year-on-year|"
    r"(?:each|every)\s(?:day|week|month|year|weekday))(?![\w'’])", re.IGNORECASE)
_MONTH = "(?:" + "|".join(m.capitalize() + (r"\.?" if len(m) < 5 and m not in ("may", "june", "july") else "")
                          for m in MONTHS) + ")"
_DURATION = rf"(?:{'|'.join(DURATION_UNITS)})"
_COUNT = rf"(?:\d[\d,.]*|{'|'.join(w for w in _SMALL_WORDS if w not in ('zero',))}|a|an)"
# The words a period opens with: a look at them first spares trying each alternative in turn.
_PERIOD_OPENERS = ["in", "during", "since", "by", "until", "through", "between", "for", "over", "last", "this", "next",
                   "so", "within", "the", "a", "an", *(w for w in _SMALL_WORDS if w != "zero")]
_PERIOD = re.compile(
    rf"\s(?=\d|{word_alternation(_PERIOD_OPENERS)}\s)(?P<period>"
    rf"(?:in|during|since|by|until|through|between)\s{_MONTH}(?:\s\d{{1,2}})?(?:\s(?:and|to)\s{_MONTH})?"
    r"|(?:in|since|during|by|until|through)\s(?:fiscal\s)?\d{4}"
    r"|(?:in|during|since|for|over)\s(?:the|its)\s(?:(?:first|second|third|fourth|final|last|past|next|same|"
    r"previous|fiscal|calendar|coming)\s)+(?:\d[\d,]*\s|(?:two|three|four|five|six|seven|eight|nine|ten|"
    r"twelve)\s)?(?:quarter|half|year|month|week|day|season|period|decade|hour)s?(?:\s(?:of\s(?:the\s)?year|"
    r"last\syear|ending\s\w+\.?\s\d+|that\sended\s\w+\s\d+))?"
    r"|(?:last|this|next)\s(?:year|month|week|quarter|season|spring|summer|autumn|fall|winter|weekend)"
    r"|so\sfar\sthis\s(?:year|month|week|season)"
    rf"|(?:within|in|over|during)\s(?:(?:the|its)\s(?:past|next|last|first)\s)?(?:about\s|nearly\s|almost\s)?"
    rf"{_COUNT}\s{_DURATION}"
    rf"|{_COUNT}\s{_DURATION}\s(?:earlier|ago|before|later)"
    r"|the\s(?:year|month|week|day)\s(?:before|earlier)|the\sprevious\s(?:year|month|week|quarter|season)"
    r"|since\s(?:last\s)?(?:spring|summer|autumn|fall|winter|year|month|the\s\w+)"
    r")(?![\w'’])", re.IGNORECASE)


@dataclass(frozen=True)
class _Qualifiers:
    """One language's qualifiers, with their last words and the longest one's length in words."""

    bounds: dict[str, str]
    ends: frozenset[str]
    longest: int


def _qualifiers(bounds: dict[str, str]) -> _Qualifiers:
    return _Qualifiers(bounds, frozenset(q.split()[-1] for q in bounds), max(len(q.split()) for q in bounds))


_ENGLISH_QUALIFIERS = _qualifiers(QUALIFIERS)
QUALIFIER_ENDS = _ENGLISH_QUALIFIERS.ends  # an English qualifier ends on one of these words
_FOREIGN_QUALIFIERS = {code: _qualifiers(language.qualifiers) for code, language in FOREIGN.items()}
# "over" after these is a particle, not a qualifier: "turned over 312 people".
_OVER_VERBS = {"turned", "turn", "turns", "turning", "handed", "hand", "handing", "took", "take", "taking", "taken",
               "passed", "signed", "gave", "given", "won", "carried", "left", "spilled", "poured", "fought"}


def qualifier_before(text: str, start: int, before: list[Token],
                     language: Language | None = None) -> tuple[str | None, int]:
    """'more than', 'nearly', 'plus or minus' ('mehr als', 'près de') right before the number,
    and where it starts."""
    table = _FOREIGN_QUALIFIERS[language.code] if language else _ENGLISH_QUALIFIERS
    if language and start >= 2 and text[start - 1] in "'’" and text[start - 2] in "dD" and before:
        # French elides "de" before a vowel: "près d’un quart" is hedged by "près d’"
        words = before[-table.longest:]
        for k in range(len(words), 0, -1):
            phrase = " ".join(t[2] for t in words[-k:])
            if f"{phrase} de" in table.bounds and text[words[-k][1]:start - 2].lower() == phrase + " ":
                return text[words[-k][1]:start].lower(), words[-k][1]
        return None, start
    if not before or before[-1][2] not in table.ends:
        return None, start
    words = before[-table.longest:]
    for k in range(len(words), 0, -1):
        phrase = " ".join([t[2] for t in words[-k:]])
        at = words[-k][1]
        if phrase in table.bounds and text[at:start].lower() == phrase + " ":
            previous = before[-k - 1] if len(before) > k else None
            if phrase == "over" and previous and previous[2] in _OVER_VERBS:
                continue  # "turned over 312 people": a verb's particle
            if phrase == "up to" and previous and previous[2] in ("add", "adds", "added", "adding"):
                continue  # "added up to 31,000 hours": a total, not a ceiling
            if phrase == "über" and previous and previous[0][:1].isupper():
                continue  # "ein Förderprogramm über 3,5 Millionen Euro": what it is worth (German nouns are capitalised)
            return phrase, at
    return None, start


def direction_of(r: Reading, before: list[Token], text: str) -> str | None:
    """Up or down for a change by an amount: 'rose 4.1%', 'up by 300', 'fell by nearly a third'."""
    if r.direction or r.from_value is not None:
        return r.direction
    if not before:
        return None
    last = before[-1][2]
    if last == "by":
        return _direction_of_verb(before[-8:-1], _UP_OR_RAISING, DOWN_VERBS, (",", ";", "and"))
    if last in ("to", "at"):
        return None  # "rose to 4.6%" is a level, not a change
    if last in ("up", "down") or (last in UP_VERBS or last in DOWN_VERBS) and (r.unit == "%" or r.unit == "times" or not r.plain):
        return "up" if last in UP_VERBS else "down"
    gained = _MORE_THAN_BEFORE.match(text, r.end) if text[r.end:r.end + 1].isspace() else None
    if not gained and (r.plain or r.kind == "words"):
        gained = _GAINED.match(text, r.end)
    if gained:  # "480 more nurses than two years ago", "58 fewer than in 2023", "40 more court clerks"
        return "up" if gained.group(1).lower() == "more" else "down"
    return None  # (but "2,000 more openings than job seekers" compares two things)


def _direction_of_verb(words: list[Token], up: AbstractSet[str], down: AbstractSet[str],
                       stops: tuple[str, ...]) -> str | None:
    """The direction of the verb of change before 'by'/'um'/'de' and its amount, looking back
    over ``words`` until a clause ends: 'rose by 300', 'sank um 1,4'."""
    for _, _, word in reversed(words):
        if word in up:
            return "up"
        if word in down:
            return "down"
        if word in stops:
            break
    return None


def foreign_direction(before: list[Token], after: list[Token], language: Language) -> str | None:
    """Up or down for a German or French change by an amount: 'sank um 1,4', 'a augmenté de 3 %',
    'um rund ein Viertel höher'."""
    if after and after[0][2] in language.comparatives:
        return language.comparatives[after[0][2]]
    if not before or before[-1][2] not in language.by_words:
        return None
    return _direction_of_verb(before[-6:-1], language.up_verbs, language.down_verbs, (",", ";"))


def is_comparison(text: str, r: Reading, before: list[Token], qualifier: str | None) -> bool:
    """'nearly double the statewide rate', "roughly triple Bell's" -- not 'plans to double'."""
    following = text[r.end:r.end + 20].split()[:1]
    if not following or not (following[0].lower() in ("the", "what", "that", "those", "its", "their", "last")
                             or is_possessive(following[0]) or following[0][0].isdigit() or following[0][0] in "$€£"):
        return False
    previous = before[-1][2] if before else ""
    return bool(qualifier) or previous in (",", "is", "was", "are", "were", "about", "almost", "nearly")


def comparison_direction(text: str, r: Reading) -> str | None:
    """'nearly double the 7.9 tonnes intercepted in 2023' is a change over time; 'double the
    statewide rate' is a comparison."""
    clause = _CLAUSE_END.split(text[r.end:r.end + 80], maxsplit=1)[0]
    if _EARLIER_TIME.search(clause):
        return "up" if r.value and r.value > 1 else "down"
    return None


_OF_COMPLEMENT = re.compile(r"\sof\s(?:[a-z-]+\s){0,2}[a-z-]+(?=\s(?:per|a|an|every)\s)")


def rate_and_period(text: str, number_end: int, counted_end: int) -> tuple[str | None, str | None, tuple[int, int]]:
    """'a day', 'per 100,000 residents', 'daily'; and 'in January', 'last year', 'within nine
    days', right after the number or what it counts; and the span they take."""
    # "9.2 cases of newborn withdrawal per 1,000 births"
    of_end = _OF_COMPLEMENT.match(text, counted_end) if text.startswith(" of ", counted_end) else None
    starts = (number_end,) if counted_end == number_end else (number_end, counted_end)
    for start in starts + (of_end.end(),) if of_end else starts:
        if not text[start:start + 1].isspace():
            continue  # both open on a space
        rate = period = None
        at = start
        match = _RATE.match(text, at)
        if match:
            rate, at = match.group("rate"), match.end()
        following = _PERIOD.match(text, at)
        if following:
            period, at = following.group("period"), following.end()
        if rate or period:
            return rate, period, (start, at)
    return None, None, (0, 0)
