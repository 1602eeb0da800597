"""Statistics: numbers stated as facts, with what they count, their qualifier, rate and period.

Pure: text in, ``Statistic`` records out. (Named ``figures`` so as not to shadow the standard
library's ``statistics``.) One regex pass finds where a number can start; each is read with
anchored matches at that spot (ranges, changes, fractions, units), checked against the
exclusions (dates, years, times, ages, ordinals, phone numbers, addresses, names with digits,
list numbering, scores), and given what it counts from the words around it, tried in turn:
the noun phrase after it ("7,400 arrests"), an "of" phrase ("12% of voters"), the noun before
"of" ("a shortfall of $212 million"), the subject or object of the verb it completes
("unemployment rose to 4.1%", "raise wages by 11%"), or the figure it is compared with
("34,000 fans, down from 41,500"). Each sentence is split into words once; every look is a
bounded window of those words, so the time is linear in the text."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import Callable, Iterator

from factcheck.lexicon import (CURRENCY_CODES, DURATION_UNITS, FIGURE_BARE_REFERENCE_NOUNS,
                               FIGURE_CHANGE_NOUNS, FIGURE_DOWN_VERBS, FIGURE_LEVEL_VERBS,
                               FIGURE_OBJECT_VERBS, FIGURE_REFERENCE_NOUNS, FIGURE_UP_VERBS,
                               FRACTION_WORDS, MEASUREMENT_UNITS, MONTHS, NUMBER_WORDS,
                               NUMBERED_NAME_WORDS, QUALIFIERS, SCALE_WORDS, STREET_TYPES,
                               VAGUE_MAGNITUDES, WEEKDAYS)
from factcheck.models import Statistic
from factcheck.textnorm import SpanIndex, context_around, sentence_spans, word_alternation

Token = tuple[str, int, str]  # a word or mark, where it starts, and the word in lower case
MAX_DIGITS = 30  # longer digit runs are identifiers or noise, not figures (and overflow floats)
BEFORE_CHARS = 160  # how far back the words a figure depends on are looked for
AFTER_CHARS = 120
SHARED_CHARS = 4000  # sentences up to this long are split into words once for all their figures


_UNITS_WORDS = {u.lower() for u in MEASUREMENT_UNITS} | set(DURATION_UNITS)
_DURATIONS = set(DURATION_UNITS)
_TIMES_WORDS = {"doubled": 2, "tripled": 3, "quadrupled": 4, "halved": 0.5}
_COMPARE_WORDS = {"double": 2, "triple": 3, "quadruple": 4}
_SMALL_WORDS = {w: v for w, v in NUMBER_WORDS.items() if " " not in w}
_HEAD_WORDS = ({w for w in NUMBER_WORDS if w != "zero"} | set(FRACTION_WORDS) | set(VAGUE_MAGNITUDES)
               | set(_TIMES_WORDS) | set(_COMPARE_WORDS))
_CODES = "|".join(CURRENCY_CODES)
_CURRENCY = rf"(?:US\$|C\$|A\$|[$€£¥]|(?:{_CODES})\s?)"

# Where a figure can start: a digit (after a currency sign or code), or one of the words.
# Digits after a letter, hyphen, dot, comma, slash or colon belong to something else
# ("MS-13", "8:30", "3/4", "2024-25"), and a word must stand alone.
_HEAD = re.compile(
    rf"(?<![\w.,/:+#–-]){_CURRENCY}?\d+"
    rf"|(?<![\w'’-])(?i:{word_alternation(_HEAD_WORDS)})(?![\w'’])")
# The same past the text's first character, matching the character before the figure too: a
# pattern opening on a character class, then a look at the next one, lets the scanner pass
# every other spot without trying a figure there (this scan was the largest single cost).
_HEAD_INITIALS = "".join(sorted({w[0] for w in _HEAD_WORDS} | {w[0].upper() for w in _HEAD_WORDS}
                                | {c[0] for c in CURRENCY_CODES} | set("UCA$€£¥")))
_HEAD_AFTER = re.compile(
    rf"\W(?=[\d{re.escape(_HEAD_INITIALS)}])(?:(?<![.,/:+#–-])(?P<digits>{_CURRENCY}?\d+)"
    rf"|(?<!['’-])(?P<words>(?i:{word_alternation(_HEAD_WORDS)}))(?![\w'’]))")
_AMOUNT = re.compile(
    rf"(?P<cur>{_CURRENCY})?"
    r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d,]\d)|\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d.,]?\d)|\d+(?:\.\d+)?)"
    r"(?:(?P<scale>\s(?:million|billion|trillion|thousand)|(?:bn|mn|mln|bln|tn|trn|m|k|b))(?![\w'’]))?"
    r"(?P<pct>%|\s?percent\b|\s?per\scent\b|\spct\b|\s?Prozent\b|\spour\scent\b)?"
    r"(?P<pence>p(?![\w'’]|\.m))?")
_WORD_AMOUNT = re.compile(
    rf"(?i:(?P<word>{word_alternation(w for w in NUMBER_WORDS if w != 'zero')})"
    r"(?:-(?P<ones>one|two|three|four|five|six|seven|eight|nine))?"
    r"(?P<scale>\s(?:hundred|thousand|million|billion))?)(?![\w'’])")
_UNIT_AFTER = re.compile(
    r"(?:\s(?P<unit>(?:percentage|basis)\spoints?|points?|dollars|euros|"
    rf"{word_alternation(sorted(_UNITS_WORDS, key=len, reverse=True))})(?![\w'’/-])"
    r"|-(?P<compound>[a-z]+)(?![\w'’-]))")
_VAGUE = re.compile(rf"(?i:{word_alternation(VAGUE_MAGNITUDES)})(?![\w'’])")
_PHONE = re.compile(r"(?:1[-. ])?\(?\d{3}\)?[-. ]\d{3}[-. ]\d{4}\b|\d{3}-\d{4}\b|1-8\d\d\b")
_TIME_AFTER = re.compile(
    r":\d\d|\s?(?:a\.m\.|p\.m\.|am\b|pm\b|o'clock|GMT|UTC|BST|CET|ET\b|EST\b|EDT\b|PT\b|PST\b|Uhr\b|h\d\d)",
    re.IGNORECASE)
_AGE_AFTER = re.compile(r"-(?:year|month|week)s?-old|\s(?:years?|months?)\sold\b", re.IGNORECASE)
_STREET = re.compile(
    rf"\s(?:[NSEW]\.?\s)?(?:[A-Z][\w'’.-]*\s){{1,3}}(?i:{'|'.join(STREET_TYPES)})\b\.?")
_DATE_AFTER = re.compile(rf"\s(?:{'|'.join(m.capitalize() for m in MONTHS)})\b")
_LIST_AFTER = re.compile(r"[.)]\s")
_MORE_THAN_BEFORE = re.compile(
    r"\s(?:[a-z-]+\s)?more\s(?:[a-z-]+\s)?than\s(?:a\s|the\s|two\s|three\s)?(?:year|month|week|decade|previous|last)",
    re.IGNORECASE)
_CLAUSE_END = re.compile(r"[,;.]\s")
_EARLIER_TIME = re.compile(r"\b(?:(?:19|20)\d\d|earlier|ago|last year|previous|before)\b")
_AGO = re.compile(r"\s(?:ago|earlier|later|before|after)\b")
_YEAR = re.compile(r"(?:1[89]|20)\d\d")
_PLURAL_AFTER = re.compile(r"\s[a-z][a-z-]{2,}s\b")  # "1866 arrests", "5m people"
_TIME_STARTS = set("apoAPOGUBCEh")  # what can follow the space in "6 p.m.", "9 GMT"
_SERVICE = re.compile(r"\s(?:call\s(?:center|centre)|hotline|helpline|help\sline|line)\b", re.IGNORECASE)
# A duration after these dates another figure: "within nine days", "for the next 18 years".
_PERIOD_BEFORE = re.compile(
    r"(?:^|\s)(?:(?:in|within|over|during)(?:\s(?:the|its)\s(?:past|next|last|first|coming))?"
    r"|for\s(?:the|its)\s(?:past|next|last|first|coming))(?:\s(?:about|nearly|almost|roughly|some|just))?$")
_RANGE_JOIN = re.compile(r"\s?[-–]\s?|\s(?:to|and)\s")
_FRACTION_JOIN = re.compile(r"\s(?:in|out\sof)\s")
# (?=\S) lets the scanner skip spaces without trying each kind of token there.
_TOKEN = re.compile(r"(?=\S)(?:(?:[A-Z]\.){2,}|[^\W\d_][\w'’-]*|\d+(?:[.,]\d+)*(?:-[^\W\d_]+)*|[^\w\s])")
_RATE = re.compile(
    r"\s(?P<rate>(?:a|an|per|every)\s(?:day|week|month|year|hour|minute|season|game|match|ticket|bushel|"
    r"hectare|acre|weekday|night|person|capita|head|household|resident|student|patient|passenger|"
    r"shift|trip|visit|gallon|litre|liter|barrel|tonne|ton|mile|km|share|unit|"
    r"\d[\d,]*\s[a-z]+)|daily|weekly|monthly|annually|yearly|nightly|hourly|year-on-year|"
    r"(?:each|every)\s(?:day|week|month|year|weekday))(?![\w'’])", re.IGNORECASE)
_MONTH = "(?:" + "|".join(m.capitalize() + (r"\.?" if len(m) < 5 and m not in ("may", "june", "july") else "")
                          for m in MONTHS) + ")"
_DURATION = rf"(?:{'|'.join(DURATION_UNITS)})"
_COUNT = rf"(?:\d[\d,.]*|{'|'.join(w for w in _SMALL_WORDS if w not in ('zero',))}|a|an)"
_PERIOD = re.compile(
    r"\s(?P<period>"
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

# The small grammar the readers below use: closed classes of English words (determiners,
# prepositions, auxiliaries) and a few word shapes. The vocabulary of figures (units, verbs of
# change, qualifiers) is data in factcheck.lexicon.

# Words a figure's noun phrase cannot contain; it ends before them.
_NP_STOP = set("""
    a an the and or but nor so yet to in on at by for from with without as than that which who
    whom whose where when while if of over under about into onto after before since during
    per each every across among between within through toward towards against along around
    near including versus via despite like unlike because unless whether although though until till
    was were is are be been being has have had will would could should may might can do does
    did said says say told according it its they them their he she his her we our us you your i
    my me this these those there here what why how not no just only also more less most least
    some any all both up down out off then now still already again alone overall respectively
    ago earlier later apart away above below downstream upstream inland offshore long wide
    high deep tall old apiece once yesterday today tomorrow tonight
    first second third fourth fifth last next same other another
    expect think believe want plan support oppose favor favour agree disagree prefer feel know fear
    worry trust
""".split()) | {w.lower() for w in WEEKDAYS}
_DETERMINERS = set("""
    the a an its their his her our my your this that these those all every each both any some
    no another other such
""".split())
_PRONOUNS = {"them", "those", "these", "it", "they", "others", "us", "you", "which", "whom"}
# Words in -ly that are nouns or adjectives, not adverbs to skip ("average hourly earnings").
_LY_WORDS = {"family", "supply", "assembly", "ally", "belly", "rally", "monopoly", "anomaly", "italy", "hourly",
             "daily", "weekly", "monthly", "yearly", "quarterly", "nightly", "early", "elderly", "costly", "deadly"}
# Nouns of time and occasion: after a number they make a rate or period, not what is counted.
_RATE_NOUNS = {"year", "years", "month", "months", "week", "weeks", "day", "days", "hour", "hours", "season",
               "quarter", "half", "decade", "period", "game", "ticket", "night", "weekday", "total"}
# Words that open a counted phrase without being part of what is counted ("480 more nurses").
_LEADING_DROP = {"new", "more", "fewer", "less", "additional", "extra", "other", "further", "total", "combined",
                 "record"}
_IRREGULAR_PLURALS = set("""
    people children men women police staff personnel aircraft cattle livestock crew feet teeth
    mice geese sheep deer fish data media series species faculty youth alumni criteria
""".split())
_NOT_PLURAL = {"news", "gas", "bus", "lens", "canvas", "chaos", "physics", "economics", "politics",
               "always", "perhaps", "plus", "minus", "thus", "its", "this", "has", "was", "is", "as", "us"}
# States a percentage can describe without counting them ("35% complete").
_STATE_WORDS = {"complete", "full", "empty", "higher", "lower", "likely", "unlikely", "unchanged", "steady", "flat",
                "stable", "done", "ready", "certain", "sure", "cheaper",
                "faster", "slower", "bigger", "smaller", "larger", "greater", "better", "worse", "clear", "ahead",
                "behind", "off", "normal", "nationwide", "statewide", "worldwide", "overall"}
# Where a clause begins, reading backwards from a figure: its subject comes after these.
_CLAUSE_BOUNDARIES = set("""
    ; : — – ( ) " “ ” « » that which who whom whose where when while whereas after because although
    though as if said says say told show shows showed found finds estimate estimates expect expects
    projects forecast forecasts predict predicts predicted according
""".split())
_AUXILIARIES = set("""
    has have had will would could should may might can is was were are be been being do does did
    not never now also still already nearly almost just only reportedly again even more further
    all both together alone
""".split())
# Words that may stand between a verb and the figure it governs: "rose by nearly", "fell to".
_LINKS = {"to", "by", "at", "from", "between", "of", "a", "an", "the", "record", "percent", "per", "cent",
          "million", "billion", "trillion", "thousand", "just", "only", "nearly", "almost", "about", "some",
          *QUALIFIERS}
_PARTICLES = {"aside", "out", "up", "off", "back", "away", "down", "over", "forward", "on"}
_PREPOSITIONS = {"of", "in", "on", "at", "for", "from", "with", "across", "among", "into", "near", "along",
                 "under", "over", "between", "by", "after", "before", "during", "through", "within", "without"}
# Past participles that do not end in -ed: they end a noun phrase like one ("2.3 tonnes found in …").
_PARTICIPLES = set("""
    found made held built seen taken given sold paid lost left kept spent set put cut hit run won shut brought
    bought caught taught told said done gone known shown grown thrown drawn driven written begun stolen
    frozen broken chosen hidden beaten fallen risen shaken spoken forgotten
""".split())
# A duration measures its subject only after these ("response time is down to 11 minutes").
_DURATION_VERBS = {"is", "was", "are", "were", "rose", "fell", "lasted", "lasts", "down", "up", "averaged",
                   "reached", "remained", "stood", "climbed", "dropped", "ranging", "ranged"}
# Verbs in -s that would pass for plural nouns after a noun: "the increase takes effect".
_COMMON_VERBS = set("""
    takes makes says gives shows means needs comes goes gets seems requires allows leaves brings runs sets
    puts keeps faces tells wants helps looks adds includes remains covers rises falls grows
""".split())
# Verb forms that are more often nouns inside a noun phrase ("total cost", "the average rate").
_NOUN_VERBS = {"cost", "total", "average", "estimate", "share", "rise", "fall", "increase", "cut", "set", "hit", "return"}
# Adverbs that end a subject read backwards, and make up a comma-enclosed aside (", meanwhile,").
_ADVERBS = {"ago", "earlier", "later", "now", "then", "also", "still", "already", "again", "yesterday", "today",
            "tomorrow", "tonight", "once", "here", "there", "alone", "overall", "however", "meanwhile", "instead",
            "though", "nationwide", "statewide", "together", "too", "moreover"}
# Hedges between a determiner and a number inside a phrase: "of the roughly 1.9 million containers".
_HEDGES = {"about", "around", "roughly", "nearly", "almost", "approximately", "some", "circa", "estimated", "maybe",
           "perhaps", "just", "only"}
# Verbs that add or remove things: "construction added 2,900" counts jobs, not construction.
_COUNT_VERBS = {"added", "adds", "gained", "gains", "lost", "loses", "cut", "cuts", "shed", "sheds", "created"}
# Words that set a figure beside the one before it, which then lends it its noun.
_CUES = {"from", "with", "to", "than", "versus", "vs", "against", "or", "up", "down", "while", "(", "and",
         "compared", "whereas"}
_UP = set(FIGURE_UP_VERBS)
_DOWN = set(FIGURE_DOWN_VERBS)
_LEVEL = set(FIGURE_LEVEL_VERBS)
_MEASURE_VERBS = _UP | _DOWN | _LEVEL
_OBJECT_VERBS = set(FIGURE_OBJECT_VERBS)
_REFERENCE = set(FIGURE_REFERENCE_NOUNS)
_BARE_REFERENCE = set(FIGURE_BARE_REFERENCE_NOUNS)
_NUMBER_OF = {"number", "numbers", "count", "total"}
_ANY_REFERENCE = _REFERENCE | _BARE_REFERENCE
_DETERMINERS_PREPOSITIONS = _DETERMINERS | _PREPOSITIONS
_ENDS_PHRASE_BEFORE = _DETERMINERS | _PREPOSITIONS | _AUXILIARIES | _CLAUSE_BOUNDARIES | {"and", "or", "than", "to", "as"}
_QUALIFIER_WORDS = max(len(q.split()) for q in QUALIFIERS)
_QUALIFIER_ENDS = {q.split()[-1] for q in QUALIFIERS}
_MONTH_NAMES = {m.capitalize() for m in MONTHS}
_OPENERS = {'“', '"', "‘", ":", "(", "—", "–", "'"}
_NAME_WORDS = set(NUMBERED_NAME_WORDS)
# "over" after these is a particle, not a qualifier: "turned over 312 people".
_OVER_VERBS = {"turned", "turn", "turns", "turning", "handed", "hand", "handing", "took", "take", "taking", "taken",
               "passed", "signed", "gave", "given", "won", "carried", "left", "spilled", "poured", "fought"}
_PARENTS = {"mother", "father", "parent", "mom", "dad", "mum", "grandmother", "grandfather", "grandparent"}
_CALL_WORDS = {"call", "calling", "dial", "dialing", "dialling", "text", "texting", "phone"}
_SCORE_WORDS = {"won", "lost", "beat", "beating", "defeated", "drew", "tied", "trailed", "led", "leads",
                "victory", "win", "defeat", "loss", "draw", "score", "scored", "scoreline"}
# Before a four-digit number these make it a year: "in 2019", "fiscal 2026".
_YEAR_PREPOSITIONS = {"in", "since", "by", "until", "till", "from", "of", "during", "before", "after",
                      "between", "and", "to", "the", "early", "late", "mid", "fiscal", "circa", "through"}
# "30-year" before these names a product ("30-year fixed mortgage"), not a figure.
_MORTGAGE_TERMS = {"fixed", "adjustable", "mortgage", "mortgages", "loan", "loans", "bond", "bonds", "note",
                   "notes", "treasury", "treasuries", "yield", "yields", "gilt", "gilts"}
_SINGULAR_UNITS = {"foot": "feet", "inch": "inches", "cent": "cents", "penny": "pence", "pence": "pence",
                   "percentage point": "percentage points", "basis point": "basis points"}
_UNINFLECTED_UNITS = {"km", "kg", "mph", "kph", "km/h", "lbs", "mm", "cm", "feet", "pence", "knots", "square",
                      "megawatt-hours"}


@dataclass(slots=True)
class _Reading:
    """One figure as written: where it is, its value and unit, before its context is read."""

    start: int
    end: int
    value: float | None
    unit: str | None = None
    kind: str = "digits"  # digits, words, fraction, vague, times, compare
    high: float | None = None
    from_value: float | None = None
    direction: str | None = None
    magnitude: str | None = None
    counted: str | None = None  # known from the number itself: "96-unit" counts units
    plain: bool = False  # a bare count: no currency, percent, scale or unit
    scanned_to: int = 0  # everything before this belongs to the reading, even when rejected
    number_end: int = 0  # where the digits or words end, before any unit
    rejected: bool = False  # read only to be skipped whole: "2024-25", "won 5-3", "100m"
    scale: float = 1.0
    after_determiner: bool = False  # "the 95% needed": a noun phrase, not a state

    def __post_init__(self) -> None:
        if not self.number_end:
            self.number_end = self.end
        if self.scanned_to < self.end:
            self.scanned_to = self.end


def _tidy(value: float | None) -> float | int | None:
    if value is None:
        return None
    value = round(float(value), 4)  # 8.3 * 1e6 is 8300000.000000001
    return int(value) if value.is_integer() else value


def _plural_unit(word: str) -> str:
    word = word.lower()
    if word in _SINGULAR_UNITS:
        return _SINGULAR_UNITS[word]
    if word in _UNINFLECTED_UNITS or word.endswith("s"):
        return word
    return word + ("es" if word.endswith(("ch", "sh")) else "s")


def _is_plural(word: str) -> bool:
    """A plural noun usually ends a counted phrase: 'field offices', 'people'."""
    return word in _IRREGULAR_PLURALS or (
        len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is", "'s", "’s"))
        and word not in _NOT_PLURAL)


def _is_possessive(token: str) -> bool:
    return token.endswith(("'s", "’s", "s'", "s’"))


def _tokens(text: str, start: int, end: int) -> list[Token]:
    return [(m[0], m.start(), m[0].lower()) for m in _TOKEN.finditer(text, start, end)]


class _Words:
    """The words of one sentence, read once and shared by every figure in it. A run-on
    'sentence' longer than SHARED_CHARS is read in windows around each figure instead, so
    memory stays small whatever the input."""

    def __init__(self, text: str, start: int, end: int, first: int):
        self.text, self.start, self.end = text, start, end
        # Figures come in order, so no window reaches further back than the first one's.
        low = max(start, first - BEFORE_CHARS)
        self.tokens = _tokens(text, low, end) if end - low <= SHARED_CHARS else None
        self.starts = [t[1] for t in self.tokens or []]

    def before(self, pos: int) -> list[Token]:
        low = max(self.start, pos - BEFORE_CHARS)
        if self.tokens is None:
            return _tokens(self.text, low, pos)
        tokens = self.tokens[bisect.bisect_left(self.starts, low):bisect.bisect_left(self.starts, pos)]
        return tokens[:-1] if tokens and tokens[-1][1] + len(tokens[-1][0]) > pos else tokens

    def after(self, pos: int) -> list[Token]:
        high = min(self.end, pos + AFTER_CHARS)
        if self.tokens is None:
            return _tokens(self.text, pos, high)
        return self.tokens[bisect.bisect_left(self.starts, pos):bisect.bisect_left(self.starts, high)]


# -- reading the number itself ---------------------------------------------------------------------

def _amount_at(text: str, pos: int, limit: int) -> _Reading | None:
    """'$3bn', '12 per cent', '7 400', '18,000 acres', '30-year', '96-unit' at ``pos``."""
    match = _AMOUNT.match(text, pos, limit)
    if not match:
        return None
    cur, num, scale, pct, pence = match.group("cur", "num", "scale", "pct", "pence")
    if len(num) > MAX_DIGITS:
        return None
    end = match.end()
    factor = 1.0
    if scale:
        word = scale.strip().lower()
        if word in ("m", "k", "b") and not cur and not (
                word == "m" and _PLURAL_AFTER.match(text, end)):
            return _Reading(pos, end, None, rejected=True)  # "100m", "5k": metres, a race
        factor = SCALE_WORDS[word]
    if text[end:end + 1].isalnum():
        return _Reading(pos, end, None, rejected=True)  # "18th", "1970s", "3pm"
    value = float(num.replace(",", "").replace(" ", "").replace("\u00a0", "").replace("\u202f", "")) * factor
    unit = None
    if pct:
        unit = "%"
    elif pence and not (cur or scale):
        unit = "pence"  # "412p"
    elif cur:
        unit = cur.strip().replace("US$", "$")
    reading = _Reading(pos, end, value, unit, plain=unit is None and not scale, scale=factor)
    if not pct:
        after = _UNIT_AFTER.match(text, end, limit)
        if after and after.group("unit") and not cur:
            _unit_after(text, reading, after)
        elif after and after.group("compound") and not (cur or scale):
            _compound(text, reading, after)
    return reading


def _unit_after(text: str, reading: _Reading, after: re.Match) -> None:
    """Give ``reading`` the unit written after it: '18,000 acres', '40 dollars', '7 points clear'."""
    word = after.group("unit").lower()
    if word in ("dollars", "euros"):
        reading.unit = {"dollars": "$", "euros": "€"}[word]
    elif word in ("point", "points"):
        # A margin ("leads by 18 points", "7 points clear") is a unit; points scored are counted.
        before = text[max(0, reading.start - 4):reading.start]
        following = text[after.end():after.end() + 8].split()[:1]
        if not (before.endswith("by ") or following and following[0].strip(".,") in _STATE_WORDS):
            return
        reading.unit = "points"
    else:
        reading.unit = _plural_unit(word)
    reading.end = after.end()
    reading.plain = False


def _compound(text: str, reading: _Reading, after: re.Match) -> None:
    """'30-year lease', '12-mile section' carry a unit; '96-unit complex', '312-page' count it."""
    word = after.group("compound")
    if word in ("year", "month", "week") and text.startswith("-old", after.end()):
        return
    if word == "year" and text[after.end():after.end() + 12].split()[:1] and \
            text[after.end():after.end() + 12].split()[0].lower() in _MORTGAGE_TERMS:
        reading.rejected = True  # "a 30-year fixed mortgage": a product's name
        reading.scanned_to = after.end()
        return
    if word in _UNITS_WORDS or word in ("point", "percent"):
        reading.unit = "%" if word == "percent" else _plural_unit(word)
        reading.end = after.end()
        reading.plain = False
    elif word.isalpha() and word not in NUMBER_WORDS:
        reading.counted = _plural_unit(word)
        reading.plain = False
    reading.scanned_to = after.end()


def _words_at(text: str, pos: int, limit: int) -> _Reading | None:
    """'nine', 'twenty-five', 'a dozen', 'two million', 'seven hours', 'two-hour'."""
    match = _WORD_AMOUNT.match(text, pos, limit)
    if not match:
        return None
    word = match.group("word").lower()
    value, factor = float(NUMBER_WORDS[word]), 1.0
    if match.group("ones"):
        value += NUMBER_WORDS[match.group("ones").lower()]
    if match.group("scale"):
        factor = {"hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9}[match.group("scale").strip().lower()]
        value *= factor
    reading = _Reading(pos, match.end(), value, kind="words", plain=True, scale=factor)
    after = _UNIT_AFTER.match(text, match.end(), limit)
    if after and after.group("unit") and (after.group("unit").lower() in _UNITS_WORDS or "point" in after.group("unit")):
        _unit_after(text, reading, after)
    elif after and after.group("compound"):
        _compound(text, reading, after)
    return reading


def _one_number(text: str, pos: int, limit: int) -> _Reading | None:
    if pos >= limit:
        return None
    if text[pos].isdigit() or text[pos] in "$€£¥" or text[pos:pos + 3].isupper():
        return _amount_at(text, pos, limit)
    return _words_at(text, pos, limit)


def _heads(text: str) -> Iterator[tuple[int, int]]:
    """Where each possible figure starts and its first word or digits end, in order."""
    first = _HEAD.match(text)
    if first:
        yield first.span()
    for match in _HEAD_AFTER.finditer(text, first.end() if first else 0):
        yield match.span(match.lastindex)


def _read(text: str, pos: int, head_end: int, sent_start: int, sent_end: int) -> _Reading | None:
    """The figure starting at ``pos``: a number, a range or change written around it, a
    fraction ('one in five'), a vague magnitude or a multiple ('doubled')."""
    limit = min(sent_end, pos + AFTER_CHARS)
    word = text[pos:head_end]
    if not (word[0].isdigit() or word[0] in "$€£¥" or word[:3].isupper()):
        word = word.lower()
        if word in FRACTION_WORDS:
            return _fraction_word(text, pos, head_end, word)
        if word in VAGUE_MAGNITUDES:
            return _vague(text, pos, limit)
        if word in _TIMES_WORDS:
            value = _TIMES_WORDS[word]
            return _Reading(pos, head_end, value, "times", "times", direction="up" if value > 1 else "down")
        if word in _COMPARE_WORDS:
            return _Reading(pos, head_end, _COMPARE_WORDS[word], "times", "compare")
    first = _one_number(text, pos, limit)
    if first is None or first.rejected:
        return first
    if first.plain or first.kind == "words":
        fraction = _one_in(text, first, limit)
        if fraction:
            return fraction
    if first.kind == "words" and word.lower() in ("one", "a"):
        return None  # "one" alone is a pronoun more often than a count; "a dozen" was read above
    return _range(text, first, sent_start, limit) or first


def _fraction_word(text: str, start: int, end: int, word: str) -> _Reading | None:
    """'half', 'a third', 'two-thirds' -- unless a part of a period or an ordinal."""
    if text[end:end + 1] == "-":
        return None  # "half-hour", "double-track"
    before = text[max(0, start - 8):start].lower().split()
    if word == "half" and before and before[-1] in ("first", "second", "final", "latter", "former", "back", "other"):
        return None  # "the second half of the course": a part of a period, not a share
    following = _tokens(text, end, min(len(text), end + 20))
    if word != "half" and following and following[0][0].islower() and following[0][0] not in _NP_STOP \
            and not _is_plural(following[0][0]) and not _verb_like(following[0][0]):
        return None  # "for a third time": an ordinal; "a one-quarter problem": an adjective
    return _Reading(start, end, FRACTION_WORDS[word], "fraction", "fraction")


def _vague(text: str, start: int, limit: int) -> _Reading | None:
    """'thousands of residents', 'tens of thousands', 'dozens more'."""
    match = _VAGUE.match(text, start, limit)
    if not match:
        return None
    end = match.end()
    if not text.startswith((" of ", " more"), end):
        return None  # "in the thousands", "scores" of a game
    return _Reading(start, end, None, kind="vague", magnitude=match.group().lower())


def _one_in(text: str, first: _Reading, limit: int) -> _Reading | None:
    """'one in five', '1 in 10', '9 out of 10', 'one in eight acres' as fractions."""
    if not text.startswith((" in ", " out of "), first.number_end):
        return None
    join = _FRACTION_JOIN.match(text, first.number_end, limit)
    if not join or first.value != int(first.value) or first.unit is not None and first.unit not in _UNITS_WORDS \
            or first.counted:
        return None
    second = _one_number(text, join.end(), limit)
    if second is None or second.rejected or second.scale != 1 or second.value != int(second.value) \
            or not first.value < second.value <= 1000 or second.unit in _DURATIONS or second.counted:
        return None  # "3 in 10 minutes", "58 goals in 25 league games" (a noun comes first)
    return _Reading(first.start, second.number_end, round(first.value / second.value, 4), "fraction", "fraction")


def _range(text: str, first: _Reading, sent_start: int, limit: int) -> _Reading | None:
    """'between 1,200 and 1,500', 'from 4.1% to 4%', '$9 million to $11 million', '40-60'.
    Descending pairs joined by a dash are scores ('won 5-3') and are skipped whole."""
    if not text.startswith((" to ", " and ", "-", "–", " -", " –"), first.end):
        return None
    join = _RANGE_JOIN.match(text, first.end, limit)
    if not join:
        return None
    joiner = join.group().strip()
    before = text[max(sent_start, first.start - 8):first.start].lower()
    prefix = "between" if before.endswith("between ") else "from" if before.endswith("from ") else ""
    if (joiner == "and") != (prefix == "between"):
        return None
    second = _one_number(text, join.end(), limit)
    if second is None or second.rejected or second.kind != first.kind or second.counted:
        return None
    if joiner in "-–" and (_PHONE.match(text, first.start) or first.plain and second.plain
                           and _YEAR.fullmatch(text[first.start:first.end]) and len(text[join.end():second.end]) in (2, 4)):
        return _Reading(first.start, second.end, None, rejected=True)  # a phone number, a season "2024-25"
    if first.unit and first.unit != second.unit:
        return None  # "dropped 19% to 212": a change and a level
    low, high = first.value, second.value
    if first.scale == 1 and second.scale > 1 and low < 1000 and not (first.plain and text[first.start].isdigit()
                                                                      and second.unit and not first.unit):
        low *= second.scale  # the scale is shared: "1.2 to 1.5 million"
    if first.plain and second.plain and all(_YEAR.fullmatch(text[r.start:r.number_end]) for r in (first, second)):
        return _Reading(first.start - len(prefix) - 1 if prefix else first.start, second.end, None, rejected=True)
    start = first.start - len(prefix) - 1 if prefix else first.start
    reading = _Reading(start, second.end, low, second.unit or first.unit, first.kind,
                       plain=first.plain and second.plain, number_end=first.number_end)  # dated like its first
    if prefix == "from" and (low > high or _change_verb_before(text, start, sent_start)):
        reading.value, reading.from_value = high, low
        reading.direction = "up" if high > low else "down" if high < low else None
    elif low < high:
        reading.high = high
    elif joiner in "-–":
        return _Reading(first.start, second.end, None, rejected=True)  # "won 5-3": a score
    else:
        return None  # "47% to 44%": two figures, not a range
    return reading


def _change_verb_before(text: str, start: int, sent_start: int) -> bool:
    """Does a verb of change come just before 'from X to Y' ('fell from 4.1% to 4%')?"""
    words = text[max(sent_start, start - 40):start].lower().split()[-4:]
    return any(w.strip(",") in _UP or w.strip(",") in _DOWN for w in words)


# -- numbers that are not statistics -----------------------------------------------------------------

def _excluded(text: str, r: _Reading, before: list[Token], sent_start: int) -> bool:
    """Dates, years, times, ages, phone numbers, addresses, names with digits, list numbering and
    durations that date another figure: numbers that are not claims of their own. (Cheap tests
    of the next character guard each pattern: most numbers are none of these.)"""
    if r.kind not in ("digits", "words") or not (r.plain or r.unit in _UNITS_WORDS or r.unit == "points"
                                                 or r.counted):
        return False  # money and percentages are always figures
    if r.unit in _DURATIONS and (_PERIOD_BEFORE.search(" ".join(t[2] for t in before[-5:]))
                                 or _AGO.match(text, r.end)):
        return True  # "within nine days", "two years ago": the period of another figure
    prev, prev_lower = (before[-1][0], before[-1][2]) if before else ("", "")
    starts_sentence = not before or before[-1][1] == sent_start or len(before) > 1 and before[-2][0] in _OPENERS
    if r.kind == "words":
        return text[r.start].isupper() and not (starts_sentence or prev in _OPENERS) or prev_lower == "of" \
            and len(before) > 1 and before[-2][2] in _PARENTS  # "Big Ten", "Formula One", "a mother of two"
    raw = text[r.start:r.number_end]
    after = text[r.number_end:r.number_end + 30]
    second = after[1:2]
    if after[:1] == ":" or second in _TIME_STARTS and _TIME_AFTER.match(after) \
            or (after[:1] == "-" or second in "ym") and _AGE_AFTER.match(after) or prev_lower in ("aged", "age"):
        return True  # "8:30", "6 p.m.", "a 40-year-old"
    if len(raw) <= 2 and (prev.capitalize() in _MONTH_NAMES or prev == "." and len(before) > 1
                          and before[-2][0].capitalize() in _MONTH_NAMES or second.isupper() and _DATE_AFTER.match(after)):
        return True  # "March 3", "Feb. 21", "3 March"
    if len(raw) == 4 and _YEAR.fullmatch(raw) and (prev_lower in _YEAR_PREPOSITIONS or prev.capitalize() in _MONTH_NAMES
                                                   or not _PLURAL_AFTER.match(after)):
        return True  # a year, unless it counts something: "1866 arrests"
    if after[:1] in "/." and second.isdigit() or (len(raw) == 3 or raw == "1") and _PHONE.match(text, r.start) \
            or prev_lower in _CALL_WORDS:
        return True  # 3/4/2025, 555-0143, "call 211"
    if prev == "," and len(raw) <= 3 and len(before) > 1 and before[-2][0][:1].isupper() and after[:1] in ",.;)" \
            and raw.isdigit():
        return True  # "Ana Ruiz, 26," -- an age beside a name
    if second.isupper() and _STREET.match(after) or second in "chlCHL" and _SERVICE.match(after):
        return True  # "1420 Elm Street", "its 311 call center"
    if prev_lower in _NAME_WORDS or prev == "#" or prev == "." and len(before) > 1 and before[-2][2] in (
            "no", "p", "pp", "vol", "art", "sec"):
        return True  # "page 12", "Section 14", "No. 3", "exits 41 and 44"
    if prev_lower == "of" and len(before) > 1 and before[-2][2] in _PARENTS:
        return True  # "a mother of two": who she is, like an age
    if prev[:1].isupper() and not (starts_sentence or _is_possessive(prev) or prev.capitalize() in _MONTH_NAMES
                                   or prev_lower in QUALIFIERS or prev.isupper() and len(prev) > 1):
        return True  # "Apollo 11", "Boeing 737", "Game 6", "Interstate 95"
    if after[:1] not in ".)":
        return False
    line_start = text.rfind("\n", max(0, r.start - 6), r.start)
    return (line_start >= 0 or r.start < 6) and not text[line_start + 1:r.start].strip(" \t(") \
        and bool(_LIST_AFTER.match(after))  # list numbering


def _is_score(text: str, r: _Reading, before: list[Token]) -> bool:
    """'won 5-3', 'a 4-2 victory': a game's score, not a range."""
    words = {t[2] for t in before[-5:]}
    following = text[r.end:r.end + 12].lower().split()[:1]
    return bool(words & _SCORE_WORDS or following and following[0].strip(".,") in _SCORE_WORDS)


# -- qualifier, direction ----------------------------------------------------------------------------------------

def _qualifier(text: str, start: int, before: list[Token]) -> tuple[str | None, int]:
    """'more than', 'nearly', 'plus or minus' right before the number, and where it starts."""
    if not before or before[-1][2] not in _QUALIFIER_ENDS:
        return None, start
    words = before[-_QUALIFIER_WORDS:]
    for k in range(len(words), 0, -1):
        phrase = " ".join(t[2] for t in words[-k:])
        at = words[-k][1]
        if phrase in QUALIFIERS and text[at:start].lower() == phrase + " ":
            if phrase == "over" and len(before) > 1 and before[-2][2] in _OVER_VERBS:
                continue  # "turned over 312 people": a verb's particle
            return phrase, at
    return None, start


def _direction(r: _Reading, before: list[Token], text: str) -> str | None:
    """Up or down for a change by an amount: 'rose 4.1%', 'up by 300', 'fell by nearly a third'."""
    if r.direction or r.from_value is not None:
        return r.direction
    words = [t[2] for t in before[-3:]]
    if words and words[-1] == "by":
        for word in reversed([t[2] for t in before[-8:-1]]):
            if word in _UP:
                return "up"
            if word in _DOWN:
                return "down"
            if word in (",", ";", "and"):
                break
        return None
    if not words or words[-1] in ("to", "at"):
        return None  # "rose to 4.6%" is a level, not a change
    last = words[-1]
    if last in ("up", "down") or (last in _UP or last in _DOWN) and (r.unit == "%" or r.unit == "times" or not r.plain):
        return "up" if last in _UP else "down"
    if _MORE_THAN_BEFORE.match(text, r.end):
        return "up"  # "480 more nurses than two years ago"
    return None


# -- what is counted -----------------------------------------------------------------------------------

@dataclass(slots=True)
class _Phrase:
    words: list[str]
    end: int  # offset just after the phrase in the text
    pronoun: bool = False  # "of them", "of those": the thing counted was named before
    plural: bool = False  # the phrase ends on a plural noun
    named: bool = False  # only a name was found ("put Diallo at 41%")


def _phrase(tokens: list[Token], i: int, participle_first: str = "always", gerund_first: bool = True,
            relative: bool = False, sentence_start: int = -1) -> _Phrase:
    """The noun phrase at ``tokens[i]``: its modifiers up to the first plural noun, at most
    three words. Determiners, possessives and numbers before it are skipped; capitalised
    names inside it ('Boeing 737 jets') are left out. ``participle_first``: whether a participle
    may open it: "always" ('of the stolen vehicles'), "before-plural" ('58 confirmed cases' but
    'one in five refused voucher holders') or "never" (after a unit it is a verb: '60 mph pushed
    flames'); ``gerund_first`` likewise ('$4.5 billion operating budget', '9,300 hours waiting').
    ``relative``: 'the people arrested' keeps its participle. A capitalised word starting the
    sentence is no name ('Revenue grew')."""
    n = len(tokens)
    if i < n and tokens[i][0].islower() and _is_plural(tokens[i][2]) and tokens[i][2] not in _NP_STOP \
            and tokens[i][2] not in _PRONOUNS and tokens[i][2] not in _COMMON_VERBS and not relative:
        return _Phrase([tokens[i][2]], tokens[i][1] + len(tokens[i][0]), plural=True)  # the common case: "7,400 arrests"
    opened = i
    while i < n and (tokens[i][2] in _DETERMINERS or _is_possessive(tokens[i][0])
                     or i > opened and (tokens[i][0][0].isdigit() or tokens[i][2] in ("million", "billion"))
                     or tokens[i][2] in _HEDGES and i + 1 < n and tokens[i + 1][0][0].isdigit()):
        # "the league's 32 teams", "the roughly 1.9 million containers"; a number opening it is another figure
        if tokens[i][2] in _PRONOUNS and (i + 1 >= n or not tokens[i + 1][0][0].isalpha()
                                                   or tokens[i + 1][2] in _NP_STOP):
            return _Phrase([], tokens[i][1] + len(tokens[i][0]), pronoun=True)
        i += 1
    words: list[str] = []
    end = tokens[i - 1][1] + len(tokens[i - 1][0]) if i else 0
    named = 0  # how many leading words are a name: "Boeing 737 jets", "Brennan County households"
    plural = joined = adverb = False
    while i < n and len(words) < 6:
        token, at, low = tokens[i]
        if low in _PRONOUNS and not words:
            return _Phrase([], at + len(token), pronoun=True)
        if not token[0].isalpha():
            if named and named == len(words) and token[0].isdigit():
                i += 1
                continue
            break
        if low in ("and", "or") and len(words) == 1 and not plural and i + 1 < n and tokens[i + 1][0].islower() \
                and tokens[i + 1][0] not in _NP_STOP:
            i += 1
            joined = True
            continue  # "active and retired public workers"
        if low in _NP_STOP or low.endswith(("n't", "n’t")):
            break
        if (token[0].isupper() or token.isupper()) and named == len(words) and not (
                at == sentence_start and not (i + 1 < n and (tokens[i + 1][0][:1].isupper()
                                                             or tokens[i + 1][0][0].isdigit()))):
            named += 1
            words.append(low)
            end = at + len(token)
            i += 1
            continue
        if low.endswith("ly") and low not in _LY_WORDS and i + 1 < n \
                and tokens[i + 1][0][:1].islower() and tokens[i + 1][2] not in _NP_STOP:
            i += 1
            adverb = True
            continue  # "publicly funded beds"
        participle = low.endswith("ed") and "-" not in low or low in _PARTICIPLES  # "so-called" is an adjective
        if participle and not joined and (words or participle_first == "never" or participle_first == "before-plural"
                                          and not (i + 1 < n and _is_plural(tokens[i + 1][2])) and not adverb) \
                or low.endswith("ing") and (not gerund_first or words and i + 1 < n and (
                    tokens[i + 1][2] in _DETERMINERS or tokens[i + 1][2] in _LINKS
                    or not tokens[i + 1][0][0].isalpha() or tokens[i + 1][0][0].isupper())) \
                or words and (low in _MEASURE_VERBS and not low.endswith("s") and low not in _NOUN_VERBS
                              or low in _COMMON_VERBS or low.endswith("s") and i + 1 < n and tokens[i + 1][0].islower()
                              and (tokens[i + 1][2] in ("the", "its", "their", "his", "her", "our")
                                   or _is_plural(tokens[i + 1][2]))):  # "a thirty-minute change saves lives"
            break  # a verb: "aid arrived", "gusts pushed", "a crash involving 46 vehicles", "deaths rose"
        joined = False
        words.append(low)
        end = at + len(token)
        i += 1
        if _is_plural(low):
            plural = True
            if relative and low == "people" and i < n and tokens[i][0].endswith("ed") and tokens[i][0].islower() \
                    and i > 1 and tokens[i - 2][2] in ("the", "those"):
                words.append(tokens[i][0])  # "of the people arrested"
                end = tokens[i][1] + len(tokens[i][0])
            break
        if i < n and tokens[i][1] != end + 1:
            break  # punctuation or a line break ends the phrase
    if 0 < named < len(words):
        words = words[named:]  # the noun a name qualifies is what is counted
    elif named and words:
        return _Phrase(words[-3:], end, named=True)
    while len(words) > 1 and words[0] in _LEADING_DROP:
        words = words[1:]
    return _Phrase(words[-3:], end, plural=plural)


def _counted_after(r: _Reading, after: list[Token]) -> _Phrase | None:
    """What the number counts from the words after it: its noun, an 'of' phrase, or (for money)
    'in' or 'on' what ('$3bn in holiday sales', '$315 million on health care')."""
    i, timed = 0, False
    # A rate, period or 'more' may stand between a sum and what it is spent on.
    while i < len(after):
        low = after[i][2]
        if low in ("more", "extra", "additional", "apiece", "annually"):
            timed = timed or low in ("apiece", "annually")
        elif low in ("a", "an", "per", "every", "this", "last") and i + 1 < len(after) \
                and after[i + 1][2] in _RATE_NOUNS:
            i, timed = i + 1, True
        else:
            break
        i += 1
    if i < len(after) and after[i][2] in ("annual", "daily", "weekly", "monthly", "yearly"):
        i += 1
    if i >= len(after):
        return None
    word = after[i][2]
    if word == "of" and r.unit not in _DURATIONS:
        phrase = _phrase(after, i + 1, relative=True)
        if phrase.pronoun or phrase.words and phrase.words[-1] not in _ANY_REFERENCE:
            return phrase
        if not phrase.words and i + 2 < len(after) and after[i + 1][2] == "those" \
                and after[i + 2][0].endswith("ed"):
            return _Phrase(["people", after[i + 2][2]], after[i + 2][1] + len(after[i + 2][0]))
        return None  # "half of the long-term average": counted is what is compared
    if word in ("in", "on") and r.unit and r.unit not in ("%", "fraction", "times") and r.unit not in _UNITS_WORDS \
            and i + 1 < len(after) and after[i + 1][0][:1].islower() \
            and after[i + 1][2] not in ("the", "a", "an", "average", "total", "all"):
        phrase = _phrase(after, i + 1)
        k = bisect.bisect_left([t[1] for t in after], phrase.end)
        if k < len(after) and after[k][0][0].isdigit():
            return None  # "in fiscal 2025" is a period
        return phrase if phrase.words and not set(phrase.words) & _RATE_NOUNS else None
    if word == "for" and r.unit and r.unit not in ("%", "fraction", "times") and r.unit not in _UNITS_WORDS \
            and i + 1 < len(after) and after[i + 1][2] in ("a", "an"):
        phrase = _phrase(after, i + 1)  # "£1.2bn for a three-year programme"
        return phrase if phrase.words else None
    if r.unit == "%" and word.endswith("ed") and not r.after_determiner and not (
            i + 1 < len(after) and after[i + 1][0].islower() and after[i + 1][0] not in _NP_STOP):
        return _Phrase([word], after[i][1] + len(word))  # "12% contained": the state measured
    if timed or word == "per" or word in ("a", "an") and not r.plain:
        return None  # "3,400 this year", "$6.85 a bushel": the words after are not what is counted
    phrase = _phrase(after, i, participle_first="before-plural" if r.unit in (None, "fraction") else "never",
                     gerund_first=r.unit is None or r.unit not in _UNITS_WORDS)
    if not phrase.words or phrase.words[-1] in _RATE_NOUNS:
        return None
    if (r.plain or r.kind == "fraction") and not phrase.plural and r.value != 1:
        return None  # "the 1985 storm", "Arlo 300, built …", "half work": a count names a plural
    if not r.plain and len(phrase.words) == 1 and (phrase.words[0] in _STATE_WORDS or phrase.words[0].endswith("er")):
        return None  # "35% complete", "87 percent full"; but "12% contained" counts containment
    return phrase


def _reference(words: list[str]) -> bool:
    return words[-1] in _REFERENCE or len(words) == 1 and words[0] in _BARE_REFERENCE


def _noun_before(before: list[Token], r: _Reading, at: bool = False) -> list[str] | None:
    """'a shortfall of $212 million' -> shortfall; 'deals worth £1.2bn' -> deals; 'forecast of
    growth between 3% and 3.5%' -> growth; with ``at``, 'housing costs at 21 percent'."""
    if not before:
        return None
    link = before[-1][2]
    if link in ("of", "worth") and not at:
        tokens = before[:-1]
    elif link == "at" and at or not at and r.high is not None and _noun_then_range(before):
        tokens = before[:-1] if at else before
        if not tokens or not tokens[-1][0].islower() or _verb_like(tokens[-1][0]):
            return None  # "traded at $6.85", "traveling at 65 mph", "will generate between …"
    else:
        return None
    return _words_ending_at(tokens, len(tokens) - 1)


def _words_ending_at(tokens: list[Token], k: int) -> list[str] | None:
    """The noun phrase of at most three words ending at ``tokens[k]``, read backwards: 'a
    projected shortfall', but not 'the league agreed broadcast deals' (a verb before a noun)."""
    words: list[str] = []
    for j in range(k, max(-1, k - 3), -1):
        token, low = tokens[j][0], tokens[j][2]
        if not token[0].isalpha() or low in _ENDS_PHRASE_BEFORE or _is_possessive(token) \
                or words and (low.endswith("ed") or low in _PARTICIPLES) and not (
                    j == 0 or tokens[j - 1][2] in _DETERMINERS_PREPOSITIONS):
            break
        words.insert(0, low)
    return words or None


def _noun_then_range(before: list[Token]) -> bool:
    """A range right after a noun introduced by 'of' or a possessive: 'forecast of growth between'."""
    return len(before) > 1 and before[-1][0].isalpha() and before[-1][2] not in _NP_STOP \
        and before[-1][2] not in _LEADING_DROP \
        and (before[-2][2] == "of" or _is_possessive(before[-2][0]))


def _verb_like(token: str) -> bool:
    low = token.lower()
    if "-" in low:
        return False  # "so-called", "long-awaited": adjectives
    return low in _MEASURE_VERBS or low in _OBJECT_VERBS or low in _AUXILIARIES or low.endswith(("ed", "ing")) \
        or low in _PARTICIPLES


@dataclass(slots=True)
class _Governor:
    """The verb a number completes and the noun phrase it says the number measures."""

    how: str  # subject, object, action (an ordinary verb: "planted 2,400 acres"), or "" (none)
    words: list[str] | None = None
    verb: str = ""


def _governor(before: list[Token], sent_start: int) -> _Governor:
    """'Turnout in the district reached 58%' -> turnout (subject); 'raise payment standards
    by 6%' -> payment standards (object); 'the number of families … rose by 140' -> families.
    ', up 6.3% from …' and ', down from 41,500' have no verb of their own: their words are the
    subject of the clause before, for when no earlier figure names what is counted."""
    k = len(before) - 1
    linked = True  # only links ("to", "by", qualifiers, numbers) between this word and the figure
    while k >= 0:
        token, _, low = before[k]
        if k + 1 < len(before):
            following = before[k + 1]
            linked = linked and (following[2] in _LINKS or following[0][0].isdigit() or following[0] in "$€£%")
        if token == "," and linked and k + 1 < len(before):
            k -= 1  # "fell by 41%, to 1,320": the same verb
            continue
        if low in _CLAUSE_BOUNDARIES or token in (",", ".", ";"):
            return _Governor("")
        if low in ("up", "down"):
            if not linked:
                k -= 1
                continue  # a particle: "shut down Interstate 95 for seven hours"
            if k == 0 or before[k - 1][0] in (",", "(") or before[k - 1][2] in ("and", "but", "while"):
                # ", up 6.3%", "and down from …": a comparison without a verb of its own
                return _Governor("", _subject_of(before, k, sent_start) if k and before[k - 1][0] == "," else None)
        if (low in _MEASURE_VERBS or low in _OBJECT_VERBS) and not (
                k > 0 and before[k - 1][2] in _DETERMINERS and before[k - 1][2] != "that"
                or low in ("average", "total") and k + 1 < len(before) and before[k + 1][0].islower()
                and before[k + 1][2] not in _LINKS):  # "the total", "cut average speeds"
            break
        if token.islower() and (low.endswith(("ed", "ing")) or low in _PARTICIPLES) and low not in _STATE_WORDS \
                and not (k > 0 and before[k - 1][2] in _DETERMINERS):
            return _Governor("action", verb=low)  # "planted 2,400 acres", "ships were waiting"
        k -= 1
    if k < 0:
        return _Governor("")
    low = before[k][2]
    between = before[k + 1:]
    while between and (between[-1][2] in _LINKS or not between[-1][0][0].isalpha()):
        between = between[:-1]  # "cut average speeds in fog by just"
    while between and between[0][2] in _PARTICLES:
        between = between[1:]  # "set aside"
    if low in _OBJECT_VERBS and between and between[0][0][0].isalpha():
        phrase = _phrase(between, 0)  # a name alone is who, not what: "put Diallo at 41%"
        return _Governor("object", _number_of(between, phrase) if phrase.words and not phrase.named else None, low)
    if low not in _MEASURE_VERBS:
        return _Governor("action", verb=low)
    if low.endswith("ing") and k > 0 and before[k - 1][0] != ",":
        return _Governor("subject", _antecedent(before, k), low)  # "increases averaging $310"
    return _Governor("subject", _subject_of(before, k, sent_start), low)


def _number_of(tokens: list[Token], phrase: _Phrase) -> list[str]:
    """'the number of unaccompanied children' -> unaccompanied children."""
    if phrase.words and phrase.words[-1] in _NUMBER_OF:
        for i, (_, at, low) in enumerate(tokens):
            if at >= phrase.end and low == "of":
                inner = _phrase(tokens, i + 1)
                return inner.words or phrase.words
    return phrase.words


def _subject_of(before: list[Token], verb: int, sent_start: int) -> list[str] | None:
    """The noun phrase before ``before[verb]``: the first noun of the chain of noun and
    prepositional phrases that ends at the verb ('Hospital admissions for Covid-19 in the
    Northgate region doubled'), past a relative pronoun to its antecedent, past a comma-
    enclosed aside (', meanwhile,'), and from a pronoun to the sentence's first noun."""
    k = verb - 1
    while k >= 0 and (before[k][2] in _AUXILIARIES or before[k][0].islower() and before[k][0].endswith("ly")):
        k -= 1
    if k >= 0 and before[k][2] in ("which", "who", "that", "to"):
        return _antecedent(before, k)  # "pension contributions, which total", "the deficit to widen to"
    j = k
    while j >= 0 and _in_chain(before, j):
        j -= 1
    chain = before[j + 1:k + 1]
    while chain and chain[0][2] in _PREPOSITIONS:
        chain = chain[1:]  # "with exports of copper up 14%"
    if chain:
        phrase = _phrase(chain, 0, participle_first="before-plural", sentence_start=sent_start)
        if phrase.pronoun or phrase.words and phrase.words[0] in ("it", "they"):
            return _sentence_subject(before, sent_start)
        return _number_of(chain, phrase) or None
    if j > 0 and before[j][0] == ",":
        # The verb opens a clause after an aside: the subject is the first noun before it.
        end = j
        while end > 0:
            start = end - 1
            while start >= 0 and before[start][0] not in (",", ";", ":") and before[start][2] not in ("said", "says"):
                start -= 1
            segment = before[start + 1:end]
            if segment and not (segment[0][2] in _PREPOSITIONS or segment[0][2] in ("which", "who", "that")
                                or all(t[2] in _ADVERBS for t in segment)):
                phrase = _phrase(segment, 0, participle_first="before-plural", sentence_start=sent_start)
                return _number_of(segment, phrase) or None
            if start < 0 or before[start][0] != ",":
                return None
            end = start
    return None


def _in_chain(before: list[Token], j: int) -> bool:
    """Can ``before[j]`` be part of a subject: a noun, a modifier, a determiner or a preposition
    joining another noun ('turnout in the district'), a name with digits ('Section 8 vouchers')."""
    token, _, low = before[j]
    if token == ",":
        return 0 < j < len(before) - 1 and before[j - 1][0][:1].isupper() and before[j + 1][0][:1].isupper()
    if token[0].isdigit():
        return j > 0 and (before[j - 1][0][:1].isupper() or before[j - 1][2] in _DETERMINERS
                          or _is_possessive(before[j - 1][0])) or bool(_YEAR.fullmatch(token))
    if not token[0].isalpha() or low in _CLAUSE_BOUNDARIES or low in _AUXILIARIES and low not in ("all", "both") \
            or low in _ADVERBS:
        return False
    if low in ("and", "or"):
        return j > 0 and before[j - 1][0] != ","
    # Past the verb, a verb's form ending in -s is a noun: "retiree health costs", "daily averages".
    return not (low in _MEASURE_VERBS or low in _OBJECT_VERBS) or low.endswith("s") or low in _NOUN_VERBS \
        or j > 0 and before[j - 1][2] in _DETERMINERS


def _sentence_subject(before: list[Token], sent_start: int) -> list[str] | None:
    """What 'it' or 'they' stands for: the sentence's first noun ('Deaths rose …, where they increased')."""
    if not before or before[0][1] != sent_start:
        return None
    phrase = _phrase(before, 0, participle_first="before-plural", sentence_start=sent_start)
    return None if phrase.pronoun or set(phrase.words) & _RATE_NOUNS else phrase.words or None


def _antecedent(before: list[Token], pronoun: int) -> list[str] | None:
    """'pension contributions, which total $640 million' -> pension contributions."""
    k = pronoun - 1
    if k >= 0 and before[k][0] == ",":
        k -= 1
    return _words_ending_at(before, k) if k >= 0 else None


# -- the whole figure --------------------------------------------------------------------------------------

def extract_statistics(text: str, quoted: list[tuple[int, int, str | None]] | None = None,
                       source_of: Callable[[int, int], str | None] | None = None,
                       sentences: list[tuple[int, int]] | None = None) -> list[Statistic]:
    """Statistics in ``text``. ``quoted`` lists (start, end, speaker) of quotes and reported
    speech, whose speaker is the source of any figure inside; ``source_of(start, end)`` names who
    the sentence at start..end attributes its figures to ("according to X")."""
    sentences = sentences if sentences is not None else sentence_spans(text)
    sentence_index = SpanIndex(sentences)
    quoted_index = SpanIndex([(s, e) for s, e, _ in quoted or []])
    found: list[Statistic] = []
    skip_to = 0
    words, words_of = None, -2
    taken = (0, 0)  # the rate or period of the last figure
    for at, head_end in _heads(text):
        if at < skip_to or taken[0] <= at < taken[1]:
            continue
        sent = sentence_index.index_at(at)
        sent_start, sent_end = sentences[sent] if sent >= 0 else (0, len(text))
        if sent_end <= at:
            sent_start, sent_end = at, len(text)
        reading = _read(text, at, head_end, sent_start, sent_end)
        if reading is None:
            continue
        skip_to = reading.scanned_to  # readings come in order, each past the last
        if reading.rejected:
            continue
        if words_of != sent:
            words, words_of = _Words(text, sent_start, sent_end, reading.start), sent
        figure = _figure(text, reading, words, _earlier(text, found, sentences, sent))
        if figure is None:
            continue
        stat, taken = figure
        skip_to = stat.end if stat.end > skip_to else skip_to
        i = quoted_index.index_at(stat.start)
        if i >= 0 and quoted_index.spans[i][1] >= stat.end:
            stat.source = (quoted or [])[i][2]
        elif source_of:
            stat.source = source_of(sent_start, sent_end)
        stat.context = context_around(text, stat.start, stat.end, sent_start, sent_end)
        found.append(stat)
    return found


def _earlier(text: str, found: list[Statistic], sentences: list[tuple[int, int]], sent: int) -> list[Statistic]:
    """Figures already read in this sentence and the one before it in the same paragraph, latest
    last: a figure may leave its noun to them ('down from 41,500', 'Of those, 1,648')."""
    if not found or sent < 0 or found[-1].start < sentences[max(0, sent - 1)][0]:
        return []
    lowest = sentences[sent][0]
    gap = (sentences[sent - 1][1], sentences[sent][0]) if sent > 0 else (0, 0)
    if sent > 0 and gap[1] - gap[0] < 4 and "\n" not in text[gap[0]:gap[1]]:  # the same paragraph
        lowest = sentences[sent - 1][0]
    k = len(found)
    while k > max(0, len(found) - 6) and found[k - 1].start >= lowest:
        k -= 1
    return found[k:]


def _figure(text: str, r: _Reading, words: _Words, earlier: list[Statistic]) -> tuple[Statistic, tuple[int, int]] | None:
    """The statistic ``r`` states and the span of its rate or period, whose numbers are not
    figures of their own ('per 100,000 residents', 'within nine days'); None if it is none."""
    sent_start = words.start
    before = words.before(r.start)
    if _excluded(text, r, before, sent_start):
        return None
    if r.high is not None and r.plain and "-" in text[r.start:r.end] and _is_score(text, r, before):
        return None
    if r.unit in ("days", "weeks") and r.high is None and before and before[-1][2] == "on":
        r.end, r.unit, r.counted, r.plain = r.number_end, None, r.unit, True  # "full on 112 days": days counted
    qualifier, start = _qualifier(text, r.start, before)
    r.after_determiner = bool(before) and before[-1][2] in _DETERMINERS
    if r.kind == "compare" and not _comparison(text, r, before, qualifier):
        return None
    if qualifier:
        before = [t for t in before if t[1] < start]
    after = words.after(r.end)
    if r.plain and r.value <= 120 and qualifier in ("over", "under", "above") and not (after and _is_plural(after[0][2])):
        holder = next((t[2] for t in reversed(before) if not t[2].endswith("ly")), "")
        if _is_plural(holder) or holder in ("are", "is", "were", "was"):
            return None  # an age limit: "residents over 70", "children under 12 get in free"
    counted, counted_end, change, unit = _what_is_counted(r, before, after, earlier, sent_start)
    if counted == "people" and before and before[-1][0].endswith("ed") and before[-1][0].islower():
        counted = f"people {before[-1][0]}"  # "arrested 1,866 people": who they are is what is counted
    unit = unit or r.unit
    direction = _time_reference(text, r) if r.kind == "compare" else _direction(r, before, text) or change
    following = after[0][2] if after else ""
    if r.kind in ("words", "fraction", "vague") and not counted and unit not in _UNITS_WORDS and not (
            direction or following == "of" or r.kind == "fraction" and following[:1].isalpha() and following.islower()
            and following not in _DETERMINERS_PREPOSITIONS):
        return None  # "nine" or "half" with nothing counted is no figure; "by nearly a third", "half of them" are
    if r.plain and r.kind == "digits" and r.value < 100 and not (qualifier or counted or unit or r.high):
        return None  # a bare small number with nothing counted: "in 3"
    rate, period, span = _rate_and_period(text, r.end, counted_end)
    return Statistic(
        text=text[start:r.end], start=start, end=r.end, value=_tidy(r.value), unit=unit,
        qualifier=qualifier, bound=QUALIFIERS.get(qualifier or "", "="), counted=counted, rate=rate,
        period=period, high=_tidy(r.high), magnitude=r.magnitude, direction=direction,
        from_value=_tidy(r.from_value)), span


def _comparison(text: str, r: _Reading, before: list[Token], qualifier: str | None) -> bool:
    """'nearly double the statewide rate', "roughly triple Bell's" -- not 'plans to double'."""
    following = text[r.end:r.end + 20].split()[:1]
    if not following or not (following[0].lower() in ("the", "what", "that", "those", "its", "their")
                             or _is_possessive(following[0]) or following[0][0].isdigit() or following[0][0] in "$€£"):
        return False
    previous = before[-1][2] if before else ""
    return bool(qualifier) or previous in (",", "is", "was", "are", "were", "about", "almost", "nearly")


def _what_is_counted(r: _Reading, before: list[Token], after: list[Token],
                     earlier: list[Statistic], sent_start: int) -> tuple[str | None, int, str | None, str | None]:
    """The counted noun phrase, where it ends in the text, the direction a change noun gives
    ('an increase of 3.6%'), and a unit taken over from an earlier figure ('900 of them')."""
    if r.counted:  # "96-unit complex"
        return r.counted, r.end, None, None
    if r.kind == "times":
        return _counted_of_multiple(r, before, after, earlier, sent_start), r.end, None, None
    if r.kind == "compare":
        phrase = _phrase(after, 0) if after[:1] and after[0][2] == "the" and not (
            len(after) > 1 and after[1][0][0].isdigit()) else None
        if phrase and phrase.words and not _reference(phrase.words):
            return " ".join(phrase.words), phrase.end, None, None
        return _inherit(earlier, r), r.end, None, None  # "nearly double the 7.9 tonnes", "double what it was"
    phrase = _counted_after(r, after)
    recent = [t[2] for t in before[-3:] if t[0] != ","]
    if phrase and phrase.pronoun or recent[-2:] == ["of", "those"] or (r.plain or r.kind == "vague") and after[:1] \
            and after[0][2] == "more" and not (phrase and phrase.words):
        # "23 of them", "Of those, 1,648", "Thousands more": what is counted was named before
        inherited = _inherit(earlier, r) or _inherit(earlier, r, any_unit=True)
        if inherited is None and earlier and earlier[-1].unit in _UNITS_WORDS and r.plain:
            return None, r.end, None, earlier[-1].unit  # "planted 2,400 acres and cut maybe 900 of them"
        return inherited, phrase.end if phrase else r.end, None, None
    noun = _noun_before(before, r) if r.kind in ("digits", "words") and not (phrase and phrase.words
                                                                           and r.high is not None) else None
    change = FIGURE_CHANGE_NOUNS.get(noun[0]) if noun and len(noun) == 1 else None
    if noun and not r.plain and not change and not _reference(noun):
        return " ".join(noun), r.end, None, None  # "a shortfall of $212 million"
    if phrase and phrase.words:
        if len(phrase.words) == 1 and phrase.words[0] in FIGURE_CHANGE_NOUNS and not r.plain:
            # "a 23% increase": the figure counts what increased
            return (_inherit(earlier, r, sent_start) or phrase.words[0], phrase.end,
                    FIGURE_CHANGE_NOUNS[phrase.words[0]], None)
        return " ".join(phrase.words), phrase.end, None, None
    if change:
        return _inherit(earlier, r, sent_start), r.end, change, None  # "an increase of 3.6%"
    if noun and not _reference(noun):
        return " ".join(noun), r.end, None, None
    governor = _governor(before, sent_start)
    if noun:  # "its pre-pandemic high of 13.9 million", "a rate of 1,900 a week"
        return _inherit(earlier, r, sent_start) or _words(governor.words or _clause_subject(before, sent_start)), \
            r.end, None, None
    if governor.how not in ("subject", "object"):
        noun = _noun_before(before, r, at=True)  # "housing costs at 21 percent"
        if noun:
            return " ".join(noun), r.end, None, None
    if r.unit in _UNITS_WORDS and governor.verb in ("put", "puts", "set", "sets"):
        return None, r.end, None, None  # "put the fire at 18,400 acres": an estimate of its size
    if r.plain and governor.verb in _COUNT_VERBS:
        governor = _Governor("action", verb=governor.verb)  # "construction added 2,900": 2,900 what?
    if governor.how in ("subject", "object") and not (r.unit in _DURATIONS and governor.how == "subject"
                                                      and governor.verb not in _DURATION_VERBS):
        if governor.words and not set(governor.words) & _NUMBER_OF:
            return " ".join(governor.words[-3:]), r.end, None, None
        if governor.words:
            return None, r.end, None, None  # "that number was under 40 percent"
    elliptic = r.plain and (not after or not after[0][0][0].isalpha() or _verb_like(after[0][0]))
    if governor.how != "subject" and (elliptic or _cue(before, earlier, sent_start)):
        # "34,000 fans, down from 41,500"; "I want the other 24 solved"
        inherited = _inherit(earlier, r, sent_start)
        if inherited:
            return inherited, r.end, None, None
    if governor.how == "" and governor.words:
        return _words(governor.words), r.end, None, None
    if r.kind == "fraction":
        return _inherit(earlier, r), r.end, None, None  # "Nearly half work in restaurants"
    return None, r.end, None, None


def _words(words: list[str] | None) -> str | None:
    return " ".join(words[-3:]) if words else None


def _cue(before: list[Token], earlier: list[Statistic], sent_start: int) -> bool:
    """Is this figure compared with the one before it in the sentence ('down from', 'compared
    with', 'or about', 'while judges complete about 1,400'), or set beside it ('The 75-cent
    increase, about 4.8%')?"""
    if not earlier or earlier[-1].start < sent_start:
        return False
    words = {t[2] for t in before if t[1] >= earlier[-1].end}
    return bool(words & _CUES) or words <= set((earlier[-1].counted or "").split()) | {",", "(", "—"}


def _clause_subject(before: list[Token], sent_start: int) -> list[str] | None:
    """The first noun phrase of the clause: 'New asylum applications arrive at a rate of …'."""
    start = len(before)
    while start > 0 and before[start - 1][2] not in _CLAUSE_BOUNDARIES and before[start - 1][0] != ",":
        start -= 1
    if start == 0 and (not before or before[0][1] != sent_start):
        return None
    phrase = _phrase(before, start, participle_first="before-plural", sentence_start=sent_start)
    return None if phrase.pronoun else phrase.words or None


def _counted_of_multiple(r: _Reading, before: list[Token], after: list[Token],
                         earlier: list[Statistic], sent_start: int) -> str | None:
    """'halved speeding violations' counts its object; 'hay prices have nearly doubled' its subject."""
    if after and after[0][0][:1].islower() and after[0][2] not in _NP_STOP \
            or after and after[0][2] in ("our", "its", "their", "the"):
        phrase = _phrase(after, 0)
        if phrase.words:
            return " ".join(phrase.words)
    subject = _subject_of(before + [("doubled", r.start, "doubled")], len(before), sent_start)
    return " ".join(subject) if subject else _inherit(earlier, r, sent_start)


def _time_reference(text: str, r: _Reading) -> str | None:
    """'nearly double the 7.9 tonnes intercepted in 2023' is a change over time; 'double the
    statewide rate' is a comparison."""
    clause = _CLAUSE_END.split(text[r.end:r.end + 80], maxsplit=1)[0]
    if _EARLIER_TIME.search(clause):
        return "up" if r.value and r.value > 1 else "down"
    return None


def _inherit(earlier: list[Statistic], r: _Reading, since: int = 0, any_unit: bool = False) -> str | None:
    """The counted noun of the figure this one is compared with, at or after ``since``: '34,000
    fans, down from 41,500'. Only a figure of the same kind lends it: a count to a count, a sum
    to a sum of the same currency; any figure to a percentage or a multiple."""
    for stat in reversed(earlier):
        if stat.start < since:
            break
        if stat.counted and (any_unit or _same_kind(stat, r)):
            return stat.counted
    return None


def _same_kind(stat: Statistic, r: _Reading) -> bool:
    """Can ``stat`` lend its counted noun to ``r``: a count to a count, a sum to a sum."""
    if r.unit in ("%", "times", "fraction") or r.kind in ("compare", "times", "fraction"):
        return True
    if r.unit is None:
        return stat.unit in (None, "fraction")
    return stat.unit == r.unit or r.unit in _UNITS_WORDS and stat.unit in _UNITS_WORDS  # "26.2 miles (42.2 km)"


def _rate_and_period(text: str, number_end: int, counted_end: int) -> tuple[str | None, str | None, tuple[int, int]]:
    """'a day', 'per 100,000 residents', 'daily'; and 'in January', 'last year', 'within nine
    days', right after the number or what it counts; and the span they take."""
    for start in (number_end,) if counted_end == number_end else (number_end, counted_end):
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
