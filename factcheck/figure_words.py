"""The words of a sentence as the figure readers see them, and what several readers share:
closed classes of English words (determiners, prepositions, auxiliaries), verbs of change,
units, and the shapes of years and phone numbers. Pure. The vocabulary itself is data in
factcheck.lexicon; these are the sets built from it and the few word shapes read in code."""

from __future__ import annotations

import bisect
import re
from operator import itemgetter

from factcheck.lexicon import (
    DURATION_UNITS,
    FIGURE_DOWN_VERBS,
    FIGURE_LEVEL_VERBS,
    FIGURE_OBJECT_VERBS,
    FIGURE_UP_VERBS,
    MEASUREMENT_UNITS,
    WEEKDAYS,
)

Token = tuple[str, int, str]  # a word or mark, where it starts, and the word in lower case
BEFORE_CHARS = 160  # how far back the words a figure depends on are looked for
AFTER_CHARS = 120
SHARED_CHARS = 4000  # sentences up to this long are split into words once for all their figures
UNIT_WORDS = {u.lower() for u in MEASUREMENT_UNITS} | set(MEASUREMENT_UNITS) | set(DURATION_UNITS)  # also 'kWh'
DURATIONS = set(DURATION_UNITS)
PHONE = re.compile(r"(?:1[-. ])?\(?\d{3}\)?[-. ]\d{3}[-. ]\d{4}\b|\d{3}-\d{4}\b|1-8\d\d\b")
# Phone numbers outside the North American pattern: "0300 555 0142", "+44 20 7946 0958",
# "030 1234 5678", "01 23 45 67 89", Australian "1800 555 019". Runs of fewer than nine digits
# are left to the other rules. Each branch opens on its first character ("+", "(", "0" or "1"),
# which lets the scanner jump from one to the next at C speed, and only then looks behind it for
# a word character, dot or comma.
_PHONE_RUN = re.compile(r"(?:\+(?<![\w.,].)\d{1,3}[ .-]?\(?\d{1,4}\)?|\((?<![\w.,].)0\d{1,4}\)?|0(?<![\w.,].)\d{1,4}\)?"
                        r"|1(?<![\w.,].)[38]00)(?:[ /.-]\d{2,8}){1,4}(?![\w,]|\.\d)")
PHONE_MIN_DIGITS = 9


def phone_spans(text: str) -> list[tuple[int, int]]:
    """Where the text writes phone numbers in international or European form, in order."""
    return [m.span() for m in _PHONE_RUN.finditer(text) if sum(c.isdigit() for c in m.group()) >= PHONE_MIN_DIGITS]


YEAR = re.compile(r"(?:1[89]|20)\d\d")
PLURAL_AFTER = re.compile(r"\s[a-z][a-z-]{2,}s\b")  # "1866 arrests", "5m people"
# A token is an acronym ("U.S."), a word, a number with its decimals and suffixes ("7,400",
# "30-year") or a mark. The pattern opens on one non-space character, which lets the scanner
# skip spaces at C speed, and then finishes the kind of token that character starts.
_TOKEN = re.compile(r"\S(?:(?<=[A-Z])\.(?:[A-Z]\.)+|(?<=[^\W\d_])[\w'’-]*|(?<=\d)\d*(?:[.,]\d+)*(?:-[^\W\d_]+)*"
                    r"|(?<=[^\w\s]))")
# Words a figure's noun phrase cannot contain; it ends before them.
NP_STOP = set("""
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
DETERMINERS = set("""
    the a an its their his her our my your this that these those all every each both any some
    no another other such
""".split())
_IRREGULAR_PLURALS = set("""
    people children men women police staff personnel aircraft cattle livestock crew feet teeth
    mice geese sheep deer fish data media series species faculty youth alumni criteria
    elk moose bison caribou salmon trout cod swine poultry offspring
""".split())
_NOT_PLURAL = {"news", "gas", "bus", "lens", "canvas", "chaos", "physics", "economics", "politics",
               "always", "perhaps", "plus", "minus", "thus", "its", "this", "has", "was", "is", "as", "us",
               "overseas", "whereas", "series", "species"}
# States a percentage can describe without counting them ("35% complete").
STATE_WORDS = {"complete", "full", "empty", "higher", "lower", "likely", "unlikely", "unchanged", "steady", "flat",
               "stable", "done", "ready", "certain", "sure", "cheaper",
               "faster", "slower", "bigger", "smaller", "larger", "greater", "better", "worse", "clear", "ahead",
               "behind", "off", "normal", "nationwide", "statewide", "worldwide", "overall"}
AUXILIARIES = set("""
    has have had will would could should may might can is was were are be been being do does did
    not never now also still already nearly almost just only reportedly again even more further
    all both together alone
""".split())
PREPOSITIONS = {"of", "in", "on", "at", "for", "from", "with", "across", "among", "into", "near", "along",
                "under", "over", "between", "by", "after", "before", "during", "through", "within", "without"}
# Past participles that do not end in -ed: they end a noun phrase like one ("2.3 tonnes found in …").
PARTICIPLES = set("""
    found made held built seen taken given sold paid lost left kept spent set put cut hit run won shut brought
    bought caught taught told said done gone known shown grown thrown drawn driven written begun stolen
    frozen broken chosen hidden beaten fallen risen shaken spoken forgotten
""".split())
UP_VERBS = set(FIGURE_UP_VERBS)
DOWN_VERBS = set(FIGURE_DOWN_VERBS)
_LEVEL = set(FIGURE_LEVEL_VERBS)
MEASURE_VERBS = UP_VERBS | DOWN_VERBS | _LEVEL
OBJECT_VERBS = set(FIGURE_OBJECT_VERBS)
DETERMINERS_PREPOSITIONS = DETERMINERS | PREPOSITIONS


def is_plural(word: str) -> bool:
    """A plural noun usually ends a counted phrase: 'field offices', 'people'."""
    return word in _IRREGULAR_PLURALS or (
        len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is", "'s", "’s"))
        and word not in _NOT_PLURAL)


def is_possessive(token: str) -> bool:
    return token.endswith(("'s", "’s", "s'", "s’"))


def tokenize(text: str, start: int, end: int) -> list[Token]:
    return [(word, m.start(), word.lower()) for m in _TOKEN.finditer(text, start, end) for word in (m[0],)]


class SentenceWords:
    """The words of one sentence, read once and shared by every figure in it. A run-on
    'sentence' longer than SHARED_CHARS is read in windows around each figure instead, so
    memory stays small whatever the input."""

    def __init__(self, text: str, start: int, end: int, first: int):
        self.text, self.start, self.end = text, start, end
        # Figures come in order, so no window reaches further back than the first one's.
        low = max(start, first - BEFORE_CHARS)
        self.tokens = tokenize(text, low, end) if end - low <= SHARED_CHARS else None
        self.starts = list(map(itemgetter(1), self.tokens or ()))

    def before(self, pos: int) -> list[Token]:
        low = max(self.start, pos - BEFORE_CHARS)
        if self.tokens is None:
            return tokenize(self.text, low, pos)
        tokens = self.tokens[bisect.bisect_left(self.starts, low):bisect.bisect_left(self.starts, pos)]
        return tokens[:-1] if tokens and tokens[-1][1] + len(tokens[-1][0]) > pos else tokens

    def after(self, pos: int) -> list[Token]:
        high = min(self.end, pos + AFTER_CHARS)
        if self.tokens is None:
            return tokenize(self.text, pos, high)
        return self.tokens[bisect.bisect_left(self.starts, pos):bisect.bisect_left(self.starts, high)]


def is_verb_like(token: str) -> bool:
    low = token.lower()
    if "-" in low:
        return False  # "so-called", "long-awaited": adjectives
    return low in MEASURE_VERBS or low in OBJECT_VERBS or low in AUXILIARIES or low.endswith(("ed", "ing")) \
        or low in PARTICIPLES
