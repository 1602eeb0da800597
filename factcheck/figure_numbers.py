"""Reading a figure as written: where it starts, its value, unit and scale ('$3bn', '12 per
cent', '7 400', 'twenty-five', 'two-thirds', 'thousands of'), and the ranges, changes and
fractions written around it ('between 1,200 and 1,500', 'from 4.1% to 4%', 'one in five').
In German and French, a decimal comma and thousands grouped by points or spaces ('600.000
Euro', '4,2 millions', '10 000'). Pure: text and offsets in, ``Reading`` records out, before any
context is read."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterator

from factcheck.figure_languages import FOREIGN, Language
from factcheck.figure_words import (
    AFTER_CHARS,
    DOWN_VERBS,
    DURATIONS,
    NP_STOP,
    PHONE,
    PLURAL_AFTER,
    STATE_WORDS,
    UNIT_WORDS,
    UP_VERBS,
    YEAR,
    is_plural,
    is_verb_like,
    tokenize,
)
from factcheck.lexicon import (
    CURRENCY_CODES,
    CURRENCY_WORDS,
    DOLLAR_PREFIXES,
    FRACTION_WORDS,
    MEASUREMENT_UNITS,
    NUMBER_WORDS,
    SCALE_WORDS,
    VAGUE_MAGNITUDES,
)
from factcheck.textnorm import word_alternation

MAX_DIGITS = 30  # longer digit runs are identifiers or noise, not figures (and overflow floats)
_TIMES_WORDS = {"doubled": 2, "tripled": 3, "quadrupled": 4, "halved": 0.5}
_COMPARE_WORDS = {"double": 2, "triple": 3, "quadruple": 4}
_MULTIPLE_WORDS = {"twice": 2, "thrice": 3}  # never verbs: "twice the pace", "twice as many"
# The words a figure can start with (also what a period may date: "doubled within nine days").
HEAD_WORDS = ({w for w in NUMBER_WORDS if w != "zero"} | set(FRACTION_WORDS) | set(VAGUE_MAGNITUDES)
              | set(_TIMES_WORDS) | set(_COMPARE_WORDS) | set(_MULTIPLE_WORDS))
_CODES = "|".join(CURRENCY_CODES)
_CURRENCY = rf"(?:US\$|C\$|A\$|[$€£¥]|(?:{_CODES})\s?)"
# Other countries' dollars are found from their digits, looking back: scanning for "N", "H" and
# "S" as currency initials would stop at every capital.
_DOLLAR_PREFIX_BEFORE = re.compile(rf"(?<!\w)(?:{'|'.join(re.escape(p) for p in DOLLAR_PREFIXES)})$")


def _head_patterns(words: set[str], elided: bool = False) -> tuple[re.Pattern, re.Pattern]:
    """Where a figure can start: a digit (after a currency sign or code), or one of ``words``.
    Digits after a letter, hyphen, dot, comma, slash or colon belong to something else ("MS-13",
    "8:30", "3/4", "2024-25"), and a word must stand alone. The second pattern is the same past
    the text's first character, matching the character before the figure too: opening on a
    character class, then a look at the next one, lets the scanner pass every other spot without
    trying a figure there (this scan was the largest single cost); each branch looks at the
    letters it can open with, so a word is not tried as a currency code. The words are matched
    in the cases news writes them ("two", "Two", "TWO", "Two Thirds"): a case-sensitive
    alternation lets the scanner reject a wrong first letter at once."""
    alternation = word_alternation({form for word in words for form in _case_forms(word)})
    word_initials = "".join(sorted({w[0] for w in words} | {w[0].upper() for w in words}))
    money_initials = "".join(sorted({c[0] for c in CURRENCY_CODES} | set("UCA$€£¥")))
    initials = "".join(sorted(set(word_initials + money_initials)))
    at_start = re.compile(rf"(?<![\w.,/:+#–-]){_CURRENCY}?\d+|(?<![\w'’-]){alternation}(?![\w'’])")
    after_start = re.compile(
        rf"\W(?=[\d{re.escape(initials)}])"
        rf"(?:(?=[\d{re.escape(money_initials)}])(?<![.,/:+#–-])(?P<digits>{_CURRENCY}?\d+)"
        rf"|(?=[{re.escape(word_initials)}]){_ELIDED_DE_BEFORE if elided else _NO_MARK_BEFORE}(?P<words>{alternation})(?![\w'’]))")
    return at_start, after_start


_NO_MARK_BEFORE = r"(?<!['’-])"
_ELIDED_DE_BEFORE = r"(?<!-)(?:(?<!['’])|(?<=\b[dD]['’]))"  # French elides "de" before a number word: "près d’un quart"


def _case_forms(phrase: str) -> set[str]:
    """'two thirds' -> two thirds, Two thirds, two Thirds, Two Thirds, TWO THIRDS."""
    forms = [""]
    for word in phrase.split(" "):
        forms = [f"{form} {w}".lstrip() for form in forms for w in (word, word[0].upper() + word[1:])]
    return set(forms) | {phrase.upper()}


_HEADS = _head_patterns(HEAD_WORDS)
_ENGLISH_GROUPING = str.maketrans("", "", ", \u00a0\u202f")  # thousands separators: "7,400", "7 400"
_AMOUNT = re.compile(
    rf"(?P<cur>{_CURRENCY})?"
    r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d,]\d)|\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d.,]?\d)|\d+(?:\.\d+)?)"
    r"(?:(?P<scale>\s(?:million|billion|trillion|thousand)|(?i:bn|mn|mln|bln|tn|trn|m|k|b))(?![\w'’]))?"
    r"(?P<pct>%|\s?percent\b|\s?per\scent\b|\spct\b|\s?Prozent\b|\spour\scent\b)?"
    r"(?P<pence>p(?![\w'’]|\.m))?")
_WORD_AMOUNT = re.compile(
    rf"(?i:(?P<word>{word_alternation(w for w in NUMBER_WORDS if w != 'zero')})"
    r"(?:-(?P<ones>one|two|three|four|five|six|seven|eight|nine))?"
    r"(?P<scale>\s(?:hundred|thousand|million|billion))?)(?![\w'’])")
_UNIT_AFTER = re.compile(
    rf"(?:\s(?P<unit>(?:percentage|basis)\spoints?|points?|{word_alternation(CURRENCY_WORDS)}|"
    rf"{word_alternation(sorted(UNIT_WORDS, key=len, reverse=True))})(?![\w'’/-])"
    r"|-(?P<compound>[a-z]+)(?![\w'’-]))")
_VAGUE = re.compile(rf"(?i:{word_alternation(VAGUE_MAGNITUDES)})(?![\w'’])")
_RANGE_OPENINGS = (" to ", " and ", "-", "–", " -", " –")  # what a range's join can start with
_HEDGE_AFTER_TO = re.compile(r"(about|around|roughly|nearly|almost|some|an estimated|more than|over|at least)\s",
                             re.IGNORECASE)  # "from 9% to about 14%": the new value is hedged
# "to 4.6%", "to about 61%": the new value a change reached, written before its old one.
_TO_BEFORE = re.compile(r"(?<![\w-])to\s(?:(?:about|around|roughly|nearly|almost|some|an estimated|more than|"
                        r"over|at least)\s)?$", re.IGNORECASE)
_RANGE_JOIN = re.compile(r"\s?[-–]\s?|\s(?:to|and)\s")
_COMPARATIVES = {"higher", "lower", "more", "less", "fewer", "bigger", "smaller", "larger", "greater", "cheaper",
                 "dearer", "faster", "slower", "longer", "shorter", "heavier", "lighter", "wider", "narrower"}
_FRACTION_SCALES = {"dozen": 12, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
_OF_A = re.compile(rf"\s(?:of\s)?an?(?:\s(?P<scale>(?i:{'|'.join(_FRACTION_SCALES)}))(?![\w'’])|(?=\s))")
_DEGREES = re.compile(r"[ \u00a0\u202f]?°\s?([CF]?)(?![\w'’])")
_DEGREE_UNITS = {"C": "°C", "F": "°F", "": "degrees"}
_BY_BEFORE = re.compile(r"\bby\s+(?:(?:about|around|roughly|nearly|almost|some|just|only|more\s+than|over)\s+)?$",
                        re.IGNORECASE)
_FROM_OPENINGS = (" from ", ", up from ", ", down from ")  # a change with its new value first
_FROM_JOIN = re.compile(r"(?:,\s(?P<direction>up|down))?\sfrom\s")
# "N times" that multiplies what follows: "three times the rate", "four times as many", "2.5 times higher".
_MULTIPLIED = (r"\s+(?:as|more|less|fewer|higher|lower|larger|smaller|greater|bigger|faster|slower|the|what|that|"
               r"those|its|their|his|her|our|last|[\w’']+['’]s)\b")
_TIMES_AFTER = re.compile(rf"\stimes(?={_MULTIPLIED})")
_MULTIPLIES = re.compile(_MULTIPLIED)
_FRACTION_JOIN = re.compile(r"\s(?:in(?:\severy)?|out\sof)\s")  # "one in five", "one in every eight"
# "30-year" before these names a product ("30-year fixed mortgage"), not a figure.
_MORTGAGE_TERMS = {"fixed", "adjustable", "mortgage", "mortgages", "loan", "loans", "bond", "bonds", "note",
                   "notes", "treasury", "treasuries", "yield", "yields", "gilt", "gilts"}
# Words before a number of points that make them a margin or its change, not points scored.
_POINTS_MOVED = {"by", "of", "gained", "lost", "dropped", "slipped", "fell", "rose", "climbed", "jumped", "cut",
                 "trimmed", "narrowed", "widened", "shed", "maybe"}  # (not "added 14 points and 12 rebounds")
_SINGULAR_UNITS = {"foot": "feet", "inch": "inches", "cent": "cents", "penny": "pence", "pence": "pence",
                   "percentage point": "percentage points", "basis point": "basis points"}
_ABBREVIATED_UNITS = {unit for unit in MEASUREMENT_UNITS if not unit.islower()}
_UNINFLECTED_UNITS = {"km", "kg", "mph", "kph", "km/h", "lbs", "mm", "cm", "feet", "pence", "knots", "square",
                      "megawatt-hours", "kilowatt-hours", "gigawatt-hours", "terawatt-hours", "yuan", "rand", "naira",
                      "ringgit", "baht", "lira"}


@dataclass(slots=True)
class Reading:
    """One figure as written: where it is, its value and unit, before its context is read."""

    start: int
    end: int
    value: float | None
    unit: str | None = None
    kind: str = "digits"  # digits, words, fraction, vague, times ('doubled'), compare ('double'), multiple
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
    qualifier: str | None = None  # a hedge inside the figure: "from 9% to about 14%"
    resume_at: int = 0  # where to read on when this is no figure: the old value of "Jan. 4, up from 205"

    def __post_init__(self) -> None:
        self.number_end = self.number_end or self.end
        self.scanned_to = max(self.scanned_to, self.end)


def _plural_unit(word: str) -> str:
    if word in _ABBREVIATED_UNITS:
        return word  # "kWh", "MW": as written
    word = word.lower()
    if word in _SINGULAR_UNITS:
        return _SINGULAR_UNITS[word]
    if word in _UNINFLECTED_UNITS or word.endswith("s"):
        return word
    if word.endswith("y") and word[-2:-1] not in "aeiou":
        return word[:-1] + "ies"  # "four-county region": counties
    return word + ("es" if word.endswith(("ch", "sh")) else "s")


def _amount_at(text: str, pos: int, limit: int) -> Reading | None:
    """'$3bn', '12 per cent', '7 400', '18,000 acres', '30-year', '96-unit' at ``pos``."""
    match = _AMOUNT.match(text, pos, limit)
    if not match:
        return None
    cur, num, scale, pct, pence = match.groups()
    if len(num) > MAX_DIGITS:
        return None
    prefix = _DOLLAR_PREFIX_BEFORE.search(text, max(0, pos - 4), pos) if not cur and text[pos - 1:pos] == "$" else None
    if prefix:  # "NZ$410 million"
        pos, cur = prefix.start(), prefix.group()
    end = match.end()
    factor = 1.0
    if scale:
        word = scale.strip().lower()
        if word in ("m", "k", "b") and not cur and not (
                word == "m" and PLURAL_AFTER.match(text, end)):
            return Reading(pos, end, None, rejected=True)  # "100m", "5k": metres, a race
        factor = SCALE_WORDS[word]
    if text[end:end + 1].isalnum():
        return Reading(pos, end, None, rejected=True)  # "18th", "1970s", "3pm"
    value = float(num if num.isdecimal() else num.translate(_ENGLISH_GROUPING)) * factor
    unit = None
    if pct:
        unit = "%"
    elif pence and not (cur or scale):
        unit = "pence"  # "412p"
    elif cur:
        unit = DOLLAR_PREFIXES.get(cur.strip(), cur.strip())
    degrees = None if pct or cur else _DEGREES.match(text, end, limit)
    if degrees:  # "41°C", "41 °C", "105°F"
        unit, end = _DEGREE_UNITS[degrees.group(1)], degrees.end()
    reading = Reading(pos, end, value, unit, plain=unit is None and not scale, scale=factor)
    if not pct and (text[end:end + 1] == "-" or text[end:end + 1].isspace()):  # a unit after it: " acres", "-year"
        after = _UNIT_AFTER.match(text, end, limit)
        if after and after.group("unit") and not cur:
            _unit_after(text, reading, after)
        elif after and after.group("compound") and not (cur or scale):
            _compound(text, reading, after)
    return reading


def _unit_after(text: str, reading: Reading, after: re.Match) -> None:
    """Give ``reading`` the unit written after it: '18,000 acres', '40 dollars', '7 points clear'."""
    word = after.group("unit").lower()
    if word in CURRENCY_WORDS:
        reading.unit = CURRENCY_WORDS[word]
    elif word in ("point", "points"):
        # A margin or its change ("leads by 18 points", "7 points clear", "has gained 3 points", "a cut
        # of half a point") is a unit; points scored are counted ("scored 27 points").
        before = text[max(0, reading.start - 14):reading.start].split()[-1:]
        following = text[after.end():after.end() + 8].split()[:1]
        if not (before and before[0].lower() in _POINTS_MOVED or following and following[0].strip(".,") in STATE_WORDS):
            return
        reading.unit = "points"
    else:
        reading.unit = _plural_unit(after.group("unit"))
    reading.end = after.end()
    reading.plain = False


def _compound(text: str, reading: Reading, after: re.Match) -> None:
    """'30-year lease', '12-mile section' carry a unit; '96-unit complex', '312-page' count it."""
    word = after.group("compound")
    if word in ("year", "month", "week") and text.startswith("-old", after.end()):
        return
    if word == "year" and any(w.lower().strip(".,;:") in _MORTGAGE_TERMS
                              for w in text[after.end():after.end() + 24].split()[:2]):
        reading.rejected = True  # "a 30-year fixed mortgage", "10-year government bonds": a product's name
        reading.scanned_to = after.end()
        return
    if word in UNIT_WORDS or word in ("point", "percent"):
        reading.unit = "%" if word == "percent" else _plural_unit(word)
        reading.end = after.end()
        reading.plain = False
    elif word.isalpha() and word not in NUMBER_WORDS:
        reading.counted = _plural_unit(word)
        reading.plain = False
    reading.scanned_to = after.end()


def _words_at(text: str, pos: int, limit: int) -> Reading | None:
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
    reading = Reading(pos, match.end(), value, kind="words", plain=True, scale=factor)
    after = _UNIT_AFTER.match(text, match.end(), limit)
    if after and after.group("unit") and (after.group("unit").lower() in UNIT_WORDS or "point" in after.group("unit")):
        _unit_after(text, reading, after)
    elif after and after.group("compound"):
        _compound(text, reading, after)
    return reading


def _one_number(text: str, pos: int, limit: int) -> Reading | None:
    if pos >= limit:
        return None
    if text[pos].isdigit() or text[pos] in "$€£¥" or text[pos:pos + 3].isupper():
        return _amount_at(text, pos, limit)
    return _words_at(text, pos, limit)


def figure_starts(text: str, language: Language | None = None) -> Iterator[tuple[int, int]]:
    """Where each possible figure starts and its first word or digits end, in order."""
    at_start, after_start = _FOREIGN[language.code].heads if language else _HEADS
    first = at_start.match(text)
    if first:
        yield first.span()
    for match in after_start.finditer(text, first.end() if first else 0):
        yield match.span(match.lastindex)


def read_figure(text: str, pos: int, head_end: int, sent_start: int, sent_end: int,
                language: Language | None = None) -> Reading | None:
    """The figure starting at ``pos``: a number, a range or change written around it, a
    fraction ('one in five'), a vague magnitude or a multiple ('doubled'); in German or French
    when ``language`` says so."""
    limit = min(sent_end, pos + AFTER_CHARS)
    if language:
        return _read_foreign(text, pos, head_end, sent_start, limit, language)
    word = text[pos:head_end]
    if not (word[0].isdigit() or word[0] in "$€£¥" or word[:3].isupper()):
        word = word.lower()
        if word in FRACTION_WORDS:
            return _fraction_word(text, pos, head_end, word)
        if word in VAGUE_MAGNITUDES:
            return _vague(text, pos, limit)
        if word in _TIMES_WORDS:
            value = _TIMES_WORDS[word]
            return Reading(pos, head_end, value, "times", "times", direction="up" if value > 1 else "down")
        if word in _COMPARE_WORDS:
            return Reading(pos, head_end, _COMPARE_WORDS[word], "times", "compare")
        if word in _MULTIPLE_WORDS:
            multiplies = _MULTIPLIES.match(text, head_end, limit)
            return Reading(pos, head_end, _MULTIPLE_WORDS[word], "times", "multiple") if multiplies else None
    first = _amount_at(text, pos, limit) if word[0].isdigit() and pos < limit else _one_number(text, pos, limit)
    if first is None or first.rejected:
        return first
    if (first.plain or first.kind == "words") and text.startswith((" in ", " out of "), first.number_end):
        fraction = _one_in(text, first, limit)
        if fraction:
            return fraction
    if first.kind == "words" and word.lower() in ("one", "a"):
        return None  # "one" alone is a pronoun more often than a count; "a dozen" was read above
    multiple = _TIMES_AFTER.match(text, first.end, limit)
    if multiple:  # "three times the rate", "2.5 times higher"
        return Reading(first.start, multiple.end(), first.value, "times", "multiple")
    if text.startswith(" times", first.end) and not text[first.end + 6:first.end + 7].isalnum() \
            and text.endswith("from ", 0, first.start):  # "11.3 times the income, up from 8.9 times a decade ago"
        return Reading(first.start, first.end + 6, first.value, "times", "multiple")
    if text.startswith(_FROM_OPENINGS, first.end):
        return _new_value_first(text, first, sent_start, limit) or first
    if not text.startswith(_RANGE_OPENINGS, first.end):
        return first
    return _range(text, first, sent_start, limit) or first


def _new_value_first(text: str, first: Reading, sent_start: int, limit: int) -> Reading | None:
    """A change written with its new value first: 'rose to 4.6% from 4.3%', '$31.42, up from
    $30.30'. Words between the two ('412 patients last week, up from 205') leave two figures."""
    join = _FROM_JOIN.match(text, first.end, limit)
    led_by_to = _TO_BEFORE.search(text, max(sent_start, first.start - 20), first.start)
    if not join or not (join.group("direction") or led_by_to):
        return None
    hedge = _HEDGE_AFTER_TO.match(text, join.end())  # "down from more than 1,200": the new value's is kept
    old = _one_number(text, hedge.end() if hedge else join.end(), limit)
    if old is None or old.rejected:
        return None
    dated = first if first.plain else old  # the one a year would be: "to 2026 from 2025", "to 4.6% from 2019"
    if old.kind != first.kind and {old.kind, first.kind} != {"words", "digits"} or old.unit not in (first.unit, None) \
            or old.counted or old.plain and YEAR.fullmatch(text[dated.start:dated.end]):
        return None  # dates; an old value without the unit has the new one's ("to 3.8m TEU from 3.4m")
    return _changed_from(first, old, first.start, join.group("direction"))  # "(to) 4.6% from 4.3%": "to" is no hedge


def _changed_from(new: Reading, old: Reading, start: int, direction: str | None = None) -> Reading:
    """One change from the figures of its new value, written first, and its old value."""
    direction = direction or ("up" if new.value > old.value else "down" if new.value < old.value else None)
    return Reading(start, old.end, new.value, new.unit, new.kind, from_value=old.value, direction=direction,
                   plain=new.plain and old.plain, number_end=new.number_end, scale=new.scale, resume_at=old.start)


def _fraction_word(text: str, start: int, end: int, word: str) -> Reading | None:
    """'half', 'a third', 'two-thirds' -- unless a part of a period or an ordinal."""
    if text[end:end + 1] == "-":
        return None  # "half-hour", "double-track"
    before = text[max(0, start - 12):start].lower().split()
    if word == "half" and before and (before[-1] in ("first", "second", "final", "latter", "former", "other")
                                      or before[-1] == "back" and before[-2:-1] == ["the"]):
        return None  # "the second half of the course", "the back half": a part of a period ("give back half" is a share)
    of_a = _OF_A.match(text, end)
    if of_a and of_a.group("scale"):  # "half a million", "a quarter of a million", "half a dozen"
        scale = _FRACTION_SCALES[of_a.group("scale").lower()]
        return Reading(start, of_a.end(), FRACTION_WORDS[word] * scale, scale=scale)
    unit = of_a and _UNIT_AFTER.match(text, of_a.end())
    if unit and unit.group("unit") and _plural_unit(unit.group("unit")) not in DURATIONS:
        # "half a cent", "a quarter of a mile"; "for half an hour" is no more a figure than "for a while"
        reading = Reading(start, of_a.end(), FRACTION_WORDS[word], kind="words")
        _unit_after(text, reading, unit)
        return reading
    following = tokenize(text, end, min(len(text), end + 20))
    if word != "half" and following and following[0][0].islower() and following[0][0] not in NP_STOP \
            and not is_plural(following[0][0]) and not is_verb_like(following[0][0]) \
            and following[0][0] not in _COMPARATIVES:
        return None  # "for a third time": an ordinal; "a one-quarter problem": an adjective; "a third higher" is a share
    return Reading(start, end, FRACTION_WORDS[word], "fraction", "fraction")


def _vague(text: str, start: int, limit: int) -> Reading | None:
    """'thousands of residents', 'tens of thousands', 'dozens more'."""
    match = _VAGUE.match(text, start, limit)
    if not match:
        return None
    end = match.end()
    if not text.startswith((" of ", " more"), end):
        return None  # "in the thousands", "scores" of a game
    return Reading(start, end, None, kind="vague", magnitude=match.group().lower())


def _one_in(text: str, first: Reading, limit: int) -> Reading | None:
    """'one in five', '1 in 10', '9 out of 10', 'one in eight acres' as fractions."""
    if not text.startswith((" in ", " out of "), first.number_end):
        return None
    join = _FRACTION_JOIN.match(text, first.number_end, limit)
    if not join or first.value != int(first.value) or first.unit is not None and first.unit not in UNIT_WORDS \
            or first.counted:
        return None
    second = _one_number(text, join.end(), limit)
    if second is None or second.rejected or second.scale != 1 or second.value != int(second.value) \
            or not first.value < second.value <= 1000 or second.unit in DURATIONS or second.counted:
        return None  # "3 in 10 minutes", "58 goals in 25 league games" (a noun comes first)
    return Reading(first.start, second.number_end, round(first.value / second.value, 4), "fraction", "fraction")


def _range(text: str, first: Reading, sent_start: int, limit: int) -> Reading | None:
    """'between 1,200 and 1,500', 'from 4.1% to 4%', '$9 million to $11 million', '40-60'.
    Descending pairs joined by a dash are scores ('won 5-3') and are skipped whole."""
    if not text.startswith(_RANGE_OPENINGS, first.end):
        return None
    join = _RANGE_JOIN.match(text, first.end, limit)
    if not join:
        return None
    joiner = join.group().strip()
    before = text[max(sent_start, first.start - 8):first.start].lower()
    prefix = "between" if before.endswith("between ") else "from" if before.endswith("from ") else ""
    if (joiner == "and") != (prefix == "between"):
        return None
    hedge = _HEDGE_AFTER_TO.match(text, join.end()) if joiner == "to" and prefix == "from" else None
    second = _one_number(text, hedge.end() if hedge else join.end(), limit)
    if second is None or second.rejected or second.kind != first.kind or second.counted:
        return None
    if joiner in "-–" and (PHONE.match(text, first.start) or first.plain and second.plain
                           and YEAR.fullmatch(text[first.start:first.end]) and len(text[join.end():second.end]) in (2, 4)):
        return Reading(first.start, second.end, None, rejected=True)  # a phone number, a season "2024-25"
    if first.unit and first.unit != second.unit and not (prefix == "from" and second.plain):
        return None  # "dropped 19% to 212": a change and a level; but "from 23 percentage points to 19"
    if joiner == "to" and _BY_BEFORE.search(text, max(sent_start, first.start - 30), first.start) \
            and (first.unit or not second.unit):
        return None  # "raised it by 3 cents to 24 cents", "grown by roughly 58,000 to 512,000": an amount, a
        # level (but "by 2 to 3 per cent" is a range: its unit is written once)
    if second.plain and first.unit:
        second.unit = first.unit  # "from 23 percentage points to 19"
    low, high = first.value, second.value
    if first.scale == 1 and second.scale > 1 and low < 1000 and not (first.plain and text[first.start].isdigit()
                                                                      and second.unit and not first.unit):
        low *= second.scale  # the scale is shared: "1.2 to 1.5 million"
    if first.plain and second.plain and all(YEAR.fullmatch(text[r.start:r.number_end]) for r in (first, second)):
        return Reading(first.start - len(prefix) - 1 if prefix else first.start, second.end, None, rejected=True)
    start = first.start - len(prefix) - 1 if prefix else first.start
    reading = Reading(start, second.end, low, second.unit or first.unit, first.kind,
                      plain=first.plain and second.plain, number_end=first.number_end)  # dated like its first
    if prefix == "from" and (low > high or hedge or _change_verb_before(text, start, sent_start)):
        reading.value, reading.from_value = high, low
        reading.direction = "up" if high > low else "down" if high < low else None
        reading.qualifier = hedge.group(1).lower() if hedge else None
    elif low < high:
        reading.high = high
    elif joiner in "-–":
        return Reading(first.start, second.end, None, rejected=True)  # "won 5-3": a score
    else:
        return None  # "47% to 44%": two figures, not a range
    return reading


_MOVE_VERBS = {"went", "gone", "go", "goes", "going", "changed"}  # "went from 27 to 42": a change, not a range


def _change_verb_before(text: str, start: int, sent_start: int) -> bool:
    """Does a verb of change come just before 'from X to Y' ('fell from 4.1% to 4%')?"""
    words = text[max(sent_start, start - 40):start].lower().split()[-4:]
    return any(w.strip(",") in UP_VERBS or w.strip(",") in DOWN_VERBS or w in _MOVE_VERBS for w in words)


# -- German and French -----------------------------------------------------------------------------

_SPACE = "[ \u00a0\u202f]"  # German and French put a space, often a no-break one, before "%"
_GROUPING = str.maketrans("", "", ".'’ \u00a0\u202f")  # thousands separators
_HYPHENATED_PART = re.compile(r"-([^\W\d_]+)")


@dataclass(frozen=True)
class _ForeignPatterns:
    """One language's figure patterns, compiled once from its words."""

    heads: tuple[re.Pattern, re.Pattern]
    digits: re.Pattern  # "600.000", "4,2", "10 000", after a currency sign or code
    tail: re.Pattern  # a scale and percent word after the number: "Millionen", "Prozent", "%"
    after: re.Pattern  # a currency or unit after that: "Euro", "d'euros", "Tonnen", "€"
    join: re.Pattern  # what joins a range's two ends
    from_join: re.Pattern  # what joins a figure to the old value after it: "81 %, contre 74 %"
    multiple: re.Pattern | None  # "fois plus" after a number


def _foreign_patterns(language: Language) -> _ForeignPatterns:
    end = r"(?![\w'’])"
    return _ForeignPatterns(
        _head_patterns(set(language.numbers) | set(language.fractions) | set(language.vague) | set(language.times_words),
                       elided=language.code == "fr"),
        re.compile(rf"(?P<cur>{_CURRENCY})?"
                   r"(?P<num>\d{1,3}(?:[.'’ \u00a0\u202f]\d{3})+(?:,\d+)?(?!\d)|\d+(?:,\d+)?)"),
        re.compile(rf"(?:\s(?P<scale>(?i:{word_alternation(language.scales)})){end})?"
                   rf"(?P<pct>{_SPACE}?%|\s(?i:{word_alternation(language.percents)}){end})?"),
        re.compile(rf"\.?\s(?:d['’]|de\s)?(?P<word>(?i:{word_alternation(set(language.currencies) | set(language.units))}))"
                   rf"{end}|{_SPACE}?(?P<sign>[€$£¥])"),
        re.compile(rf"\s?[-–]\s?|\s(?P<word>{word_alternation(language.range_joins)})\s"),
        re.compile("|".join(rf",\s+{re.escape(j[1:].strip())}\s" if j.startswith(",") else rf"\s{re.escape(j)}\s"
                            for j in language.from_joins)),
        re.compile(rf"\s(?P<word>(?i:{word_alternation(language.multiples)})){end}") if language.multiples else None)


_FOREIGN = {code: _foreign_patterns(language) for code, language in FOREIGN.items()}


def _read_foreign(text: str, pos: int, head_end: int, sent_start: int, limit: int,
                  language: Language) -> Reading | None:
    """A figure in a German or French article: '600.000 Euro', '4,2 Tonnen', '1,5 Millionen',
    '12 %', 'zwei Drittel', 'des milliers', 'zwischen 1.200 und 1.500'."""
    word = text[pos:head_end].lower()
    if word in language.fractions:
        return Reading(pos, head_end, language.fractions[word], "fraction", "fraction")
    if word in language.vague:
        return Reading(pos, head_end, None, kind="vague", magnitude=language.vague[word])
    if word in language.times_words:  # "mehr als halbiert", "a doublé"
        value = language.times_words[word]
        return Reading(pos, head_end, value, "times", "times", direction="up" if value > 1 else "down")
    first = _foreign_number(text, pos, head_end, limit, language)
    if first is None or first.rejected:
        return first
    patterns = _FOREIGN[language.code]
    multiple = patterns.multiple.match(text, first.end, limit) if patterns.multiple else None
    if multiple:  # "deux fois plus qu'en 2019"
        return Reading(first.start, multiple.end(), first.value, "times", "multiple",
                       direction=language.multiples[multiple.group("word").lower()])
    join = patterns.from_join.match(text, first.end, limit)
    old = _foreign_number(text, join.end(), join.end(), limit, language) if join else None
    if old and not old.rejected and old.kind == first.kind and (
            old.unit in (first.unit, None) or first.unit and old.unit and first.unit.startswith(old.unit)):
        return _changed_from(first, old, first.start)  # "3,40 Euro statt 3,20 Euro", "31 µg/m³, nach 36 µg"
    return _foreign_range(text, first, sent_start, limit, language) or first


def _foreign_number(text: str, pos: int, head_end: int, limit: int, language: Language) -> Reading | None:
    """One number with its scale, percent, currency or unit: '1,5 Millionen Euro', 'zwei Drittel'."""
    if pos >= limit:
        return None
    patterns = _FOREIGN[language.code]
    currency = None
    if text[pos].isdigit() or not text[pos].isalpha() or text[pos:pos + 3].isupper():
        match = patterns.digits.match(text, pos, limit)
        if not match or len(match.group("num")) > MAX_DIGITS:
            return None
        currency, end = match.group("cur"), match.end()
        value, kind = float(match.group("num").translate(_GROUPING).replace(",", ".")), "digits"
    elif text[pos:head_end].lower() in language.numbers:
        value, end = _hyphenated(text, float(language.numbers[text[pos:head_end].lower()]), head_end, language)
        kind = "words"
    else:
        return None
    following = text[end:end + 2]
    if following[:1].isalnum() or following[:1] == "-" and following[1:].isalpha():
        return Reading(pos, end, None, rejected=True)  # "1er", "3e", "26-jährige", "10-Punkte-Plan"
    tail = patterns.tail.match(text, end, limit)
    scale, percent = tail.group("scale", "pct")
    factor = language.scales[scale.lower()] if scale else 1.0
    unit = language.percents.get(percent.strip().lower(), "%") if percent else \
        DOLLAR_PREFIXES.get(currency.strip(), currency.strip()) if currency else None
    reading = Reading(pos, tail.end(), value * factor, unit, kind, plain=unit is None and not scale, scale=factor,
                      number_end=end)
    # An abbreviation's full stop may end the "sentence" before its currency: "5 Mio. Euro".
    after_limit = tail.end() + AFTER_CHARS if text.startswith(".", tail.end()) else limit
    degrees = None if percent or currency else _DEGREES.match(text, tail.end(), after_limit)
    if degrees:  # "41,3 °C"
        reading.unit, reading.end, reading.plain = _DEGREE_UNITS[degrees.group(1)], degrees.end(), False
        return reading
    after = None if percent or currency else patterns.after.match(text, tail.end(), after_limit)
    if after:
        word = (after.group("word") or "").lower()
        reading.unit = language.currencies.get(word) or language.units.get(word) or after.group("sign")
        reading.end, reading.plain = after.end(), False
    return reading


def _hyphenated(text: str, value: float, end: int, language: Language) -> tuple[float, int]:
    """A French number in hyphenated parts: 'dix-neuf' 19, 'soixante-quinze' 75, 'vingt-et-un'
    21, 'quatre-vingt-dix' 90 (a smaller part before twenty or a hundred multiplies it)."""
    while text.startswith("-", end):
        part = _HYPHENATED_PART.match(text, end)
        word = part.group(1).lower() if part else ""
        following = language.numbers.get(word) or (1 if word in language.compound_ones else None)
        if word == "et":
            end = part.end()
            continue
        if following is None:
            break
        value = value * following if following in (20, 100) and value < following else value + following
        end = part.end()
    return value, end


def _foreign_range(text: str, first: Reading, sent_start: int, limit: int, language: Language) -> Reading | None:
    """'zwischen 1.200 und 1.500', '12 bis 15 Prozent', 'von 4,1 auf 4 Prozent', 'de 800 à 600',
    '1.200-1.500'. Descending pairs joined by a dash are scores and are skipped whole."""
    join = _FOREIGN[language.code].join.match(text, first.end, limit)
    if not join:
        return None
    joiner = language.range_joins.get((join.group("word") or "").lower(), "dash")
    opener_word = (text[max(sent_start, first.start - 12):first.start].lower().split() or [""])[-1]
    opener = language.range_openers.get(opener_word)
    if (joiner == "and") != (opener == "between") or joiner == "onto" and opener != "from":
        return None
    # "von 55 auf bis zu 65 Euro": a hedge on the new value is the figure's qualifier
    hedge = next((q for q in language.qualifiers if text.startswith(q + " ", join.end())
                  or text[join.end():join.end() + len(q) + 1].lower() == q + " "), None)
    at = join.end() + len(hedge) + 1 if hedge else join.end()
    second = _foreign_number(text, at, at, limit, language)
    if second is None or second.rejected or second.kind != first.kind or first.unit and first.unit != second.unit:
        return None
    if first.plain and second.plain and YEAR.fullmatch(text[first.start:first.end]) and (
            joiner == "dash" or YEAR.fullmatch(text[second.start:second.end])) \
            or joiner == "dash" and PHONE.match(text, first.start):
        return Reading(first.start, second.end, None, rejected=True)  # "von 2019 bis 2023", "2024-25", a phone
    low, high = first.value, second.value
    if first.scale == 1 and second.scale > 1 and not first.unit and low < 1000:
        low *= second.scale  # the scale is shared: "1,2 bis 1,5 Millionen", not "von 800.000 auf 1,2 Millionen"
    start = first.start - len(opener_word) - 1 if opener else first.start
    reading = Reading(start, second.end, low, second.unit or first.unit, first.kind,
                      plain=first.plain and second.plain, number_end=first.number_end)
    change_verb = any(w in language.change_verbs for w in text[max(sent_start, start - 40):start].lower().split()[-3:])
    if joiner == "onto" or opener == "from" and (low > high or change_verb):  # "ont progressé de 410 000 à 452 300"
        reading.value, reading.from_value, reading.qualifier = high, low, hedge
        reading.direction = "up" if high > low else "down" if high < low else None
    elif hedge:
        return None  # "zwischen 10 und bis zu 20": no range
    elif low < high:
        reading.high = high
    elif joiner == "dash":
        return Reading(first.start, second.end, None, rejected=True)  # "5-3": a score
    else:
        return None  # "47 % bis 44 %": two figures
    return reading
