"""How an article writes its figures: its language, told cheaply from its commonest words, and
for German and French the vocabulary of their figures (scale, percent, currency and unit words,
number words, qualifiers, months). German and French write a decimal comma and group thousands
with points or spaces: "600.000 Euro", "4,2 Tonnen", "1,5 Millionen", "10 000". Pure; the
words are data in factcheck.lexicon."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from factcheck.lexicon import (
    FIGURE_LANGUAGE_MARKERS,
    FOREIGN_ADJECTIVES_BEFORE_NOUNS,
    FOREIGN_AGE_BOUNDS,
    FOREIGN_AGE_WORDS,
    FOREIGN_BY_WORDS,
    FOREIGN_AGO_LEADS,
    FOREIGN_AMOUNT_NOUNS,
    FOREIGN_CHANGE_NOUNS,
    FOREIGN_CHANGE_VERBS,
    FOREIGN_COMPARATIVES,
    FOREIGN_COMPARED_LEADS,
    FOREIGN_COMPOUND_ONES,
    FOREIGN_COUNTED_ARTICLES,
    FOREIGN_COUNTED_OPENERS,
    FOREIGN_CURRENCY_WORDS,
    FOREIGN_DOWN_VERBS,
    FOREIGN_FRACTION_WORDS,
    FOREIGN_FROM_JOINS,
    FOREIGN_LEVEL_VERBS,
    FOREIGN_MONTHS,
    FOREIGN_MULTIPLES,
    FOREIGN_NOT_COUNTED,
    FOREIGN_NUMBER_WORDS,
    FOREIGN_NUMBERED_NAME_WORDS,
    FOREIGN_PERIOD_LEADS,
    FOREIGN_ORDINAL_LEADS,
    FOREIGN_PERCENT_WORDS,
    FOREIGN_QUALIFIERS,
    FOREIGN_RATE_LEADS,
    FOREIGN_RATE_NOUNS,
    FOREIGN_RANGE_JOINS,
    FOREIGN_RANGE_OPENERS,
    FOREIGN_SCALE_WORDS,
    FOREIGN_SUBJECT_DETERMINERS,
    FOREIGN_TIME_LEADS,
    FOREIGN_TIMES_WORDS,
    FOREIGN_UNITS,
    FOREIGN_UP_VERBS,
    FOREIGN_VAGUE_MAGNITUDES,
)
from factcheck.textnorm import word_alternation

SAMPLE_CHARS = 600  # an article's first hundred words tell its language
_MARKER_LANGUAGE = {word: code for code, words in FIGURE_LANGUAGE_MARKERS.items() for word in words}


@dataclass(frozen=True)
class Language:
    """The words and number formats of one language's figures, keyed in lower case."""

    code: str
    scales: dict[str, float]
    percents: dict[str, str]
    currencies: dict[str, str]
    units: dict[str, str]
    numbers: dict[str, float]
    fractions: dict[str, float]
    vague: dict[str, str]
    qualifiers: dict[str, str]
    months: frozenset[str]
    ordinal_leads: frozenset[str]
    numbered_names: frozenset[str]
    counted_openers: frozenset[str]
    not_counted: frozenset[str]
    adjectives: frozenset[str]  # before a noun, not counted themselves
    compound_ones: frozenset[str]  # "one" inside a compound number
    range_joins: dict[str, str]
    range_openers: dict[str, str]
    age_words: frozenset[str]
    time_leads: frozenset[str]
    ago_leads: tuple[tuple[str, ...], ...]  # each lead's words
    counted_articles: frozenset[str]  # "de la clientèle": an article after the word opening the noun
    change_verbs: frozenset[str]  # "ont progressé de 410 000 à 452 300": a change, not a range
    from_joins: tuple[str, ...]  # "81 %, contre 74 %": the old value follows
    multiples: dict[str, str]  # "deux fois plus": a multiple, and its direction
    subject_determiners: frozenset[str]  # "Die Tarife steigen um 4,9 Prozent": a clause's subject follows one
    amount_nouns: frozenset[str]  # "die Zahl der Fahrgäste": the amount of what follows
    change_nouns: frozenset[str]  # "ein Plus von 4 Prozent": a change, not what is counted
    measure_verbs: frozenset[str]  # verbs of change and of level: their subject is what a figure measures
    period_leads: frozenset[str]  # "en trois jours": a duration that dates another figure
    up_verbs: frozenset[str]  # "stieg um 4 Prozent": a change up by the amount
    down_verbs: frozenset[str]
    by_words: frozenset[str]  # "um", "de": between a verb of change and its amount
    comparatives: dict[str, str]  # "um ein Viertel höher": the direction an amount changes by
    times_words: dict[str, float]  # "halbiert": a multiple, and its factor
    age_bounds: frozenset[str]  # "unter 25 Jahren": an age band
    rate: re.Pattern  # "pro Jahr", "pour 100 000 habitants", "par jour" after a figure
    compared_leads: frozenset[str]  # "contre 98": compared with the figure before it

    @property
    def nouns_capitalised(self) -> bool:
        """German capitalises every noun, so a capital letter does not mark a name."""
        return self.code == "de"


def _german_compounds(numbers: dict[str, float], ones: frozenset[str]) -> dict[str, float]:
    """German writes 21 to 99 as one word, the ones first: 'einundzwanzig', 'fünfundachtzig'."""
    units = {**dict.fromkeys(ones, 1), **{w: v for w, v in numbers.items() if 2 <= v <= 9}}
    tens = {w: v for w, v in numbers.items() if 20 <= v <= 90 and v % 10 == 0}
    return {f"{unit}und{ten}": uv + tv for unit, uv in units.items() for ten, tv in tens.items()}


def _language(code: str) -> Language:
    ones = frozenset(FOREIGN_COMPOUND_ONES[code])
    numbers = FOREIGN_NUMBER_WORDS[code]
    if code == "de":
        numbers = {**numbers, **_german_compounds(numbers, ones)}
    return Language(
        code=code, scales=FOREIGN_SCALE_WORDS[code], percents=FOREIGN_PERCENT_WORDS[code],
        currencies=FOREIGN_CURRENCY_WORDS[code], units=FOREIGN_UNITS[code], numbers=numbers,
        fractions=FOREIGN_FRACTION_WORDS[code], vague=FOREIGN_VAGUE_MAGNITUDES[code],
        qualifiers=FOREIGN_QUALIFIERS[code], months=frozenset(FOREIGN_MONTHS[code]),
        ordinal_leads=frozenset(FOREIGN_ORDINAL_LEADS[code]),
        numbered_names=frozenset(FOREIGN_NUMBERED_NAME_WORDS[code]),
        counted_openers=frozenset(FOREIGN_COUNTED_OPENERS[code]), not_counted=frozenset(FOREIGN_NOT_COUNTED[code]),
        adjectives=frozenset(FOREIGN_ADJECTIVES_BEFORE_NOUNS[code]),
        compound_ones=ones, range_joins=FOREIGN_RANGE_JOINS[code],
        range_openers=FOREIGN_RANGE_OPENERS[code], age_words=frozenset(FOREIGN_AGE_WORDS[code]),
        time_leads=frozenset(FOREIGN_TIME_LEADS[code]),
        ago_leads=tuple(tuple(lead.split()) for lead in FOREIGN_AGO_LEADS[code]),
        counted_articles=frozenset(FOREIGN_COUNTED_ARTICLES[code]), change_verbs=frozenset(FOREIGN_CHANGE_VERBS[code]),
        from_joins=tuple(FOREIGN_FROM_JOINS[code]), multiples=FOREIGN_MULTIPLES[code],
        subject_determiners=frozenset(FOREIGN_SUBJECT_DETERMINERS[code]),
        amount_nouns=frozenset(FOREIGN_AMOUNT_NOUNS[code]), change_nouns=frozenset(FOREIGN_CHANGE_NOUNS[code]),
        measure_verbs=frozenset(FOREIGN_CHANGE_VERBS[code]) | frozenset(FOREIGN_LEVEL_VERBS[code]),
        period_leads=frozenset(FOREIGN_PERIOD_LEADS[code]), up_verbs=frozenset(FOREIGN_UP_VERBS[code]),
        down_verbs=frozenset(FOREIGN_DOWN_VERBS[code]), by_words=frozenset(FOREIGN_BY_WORDS[code]),
        comparatives=FOREIGN_COMPARATIVES[code], times_words=FOREIGN_TIMES_WORDS[code],
        age_bounds=frozenset(FOREIGN_AGE_BOUNDS[code]), rate=_rate_pattern(code),
        compared_leads=frozenset(FOREIGN_COMPARED_LEADS[code]))


def _rate_pattern(code: str) -> re.Pattern:
    """A rate after a figure: a lead and a noun, a number between them allowed ("pro 100.000
    Einwohner"); "pour" only with the number ("pour 100 000 habitants")."""
    number = r"\d[\d.,\u00a0\u202f ]*\d\s|\d\s"
    nouns = FOREIGN_RATE_NOUNS.get(code)
    noun = rf"(?:{word_alternation(nouns)})s?\b" if nouns else r"[^\W\d_][\w-]*"
    pour = rf"|pour\s(?:{number})[^\W\d_][\w-]*" if code == "fr" else ""
    return re.compile(rf"\s(?P<rate>(?:{word_alternation(FOREIGN_RATE_LEADS[code])})\s(?:{number})?{noun}{pour})",
                      re.IGNORECASE)


FOREIGN = {code: _language(code) for code in ("de", "fr")}
# A German or French word right after a number marks the format even where too few words tell
# the language (a headline, a table cell): "1,5 Millionen", "4,2 millions", "12 Prozent".
_FORMAT_WORDS = {code: re.compile(
    rf"\d[ \u00a0\u202f]?(?:{word_alternation(set(lang.scales) | set(lang.percents) | {'euro'})})(?![\w'’])",
    re.IGNORECASE) for code, lang in FOREIGN.items()}


def article_language(text: str) -> Language | None:
    """German or French when the opening's function words are mostly German or French, or,
    with too few words to tell, when a number is followed by a German or French scale or
    percent word; None for English (and any other language), read the English way."""
    sample = text[:SAMPLE_CHARS].lower()
    if sample.count(" the ") + sample.count(" and ") >= 3:
        return None  # most articles: English, told at a glance
    counts = Counter(map(_MARKER_LANGUAGE.get, sample.split()))
    foreign = max(FOREIGN, key=counts.__getitem__)
    if counts[foreign] >= 3 and counts[foreign] > 2 * counts["en"]:
        return FOREIGN[foreign]
    if counts["en"] >= 3:
        return None
    found = [code for code, pattern in _FORMAT_WORDS.items() if pattern.search(text)]
    return FOREIGN[found[0]] if len(found) == 1 else None
