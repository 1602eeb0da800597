"""Numbers that are not statistics: dates, years, times, ages, phone numbers, street addresses,
names with digits, list numbering, durations that date another figure, and game scores
(docs/annotation.md). Pure. Cheap tests of the next character guard each pattern, because
most numbers are none of these."""

from __future__ import annotations

import re

from factcheck.figure_languages import Language
from factcheck.figure_numbers import HEAD_WORDS, Reading
from factcheck.figure_words import (
    DURATIONS,
    PHONE,
    PLURAL_AFTER,
    UNIT_WORDS,
    YEAR,
    Token,
    is_plural,
    is_possessive,
)
from factcheck.lexicon import MONTHS, NUMBERED_NAME_WORDS, QUALIFIERS, STREET_TYPES

_TIME_AFTER = re.compile(
    r":\d\d|\s?(?:a\.m\.|p\.m\.|am\b|pm\b|o'clock|GMT|UTC|BST|CET|ET\b|EST\b|EDT\b|PT\b|PST\b|Uhr\b|h\d\d)",
    re.IGNORECASE)
_AGE_AFTER = re.compile(r"-(?:year|month|week)s?-old|\s(?:years?|months?)\sold\b", re.IGNORECASE)
_STREET = re.compile(
    rf"\s(?:[NSEW]\.?\s)?(?:[A-Z][\w'’.-]*\s){{1,3}}(?i:{'|'.join(STREET_TYPES)})\b\.?")
_DATE_AFTER = re.compile(rf"\s(?:{'|'.join(m.capitalize() for m in MONTHS)})\b")
_LIST_AFTER = re.compile(r"[.)]\s")
_WORD_AFTER = re.compile(r"\.?\s+([^\W\d_]+)")
_HOUR_AFTER = re.compile(r"\s?h(?:\s?\d\d)?(?![\w'’])")  # "2 h 30", "14 h": a time in French
_AGO = re.compile(r"\s(?:ago|earlier|later|before|after)\b")
_TIME_STARTS = set("apoAPOGUBCEh")  # what can follow the space in "6 p.m.", "9 GMT"
_CODE_AFTER = re.compile(r"\s(?:zip|postal|post|area)\s?codes?\b|\spostcodes?\b", re.IGNORECASE)  # "the 21406 ZIP code"
_SERVICE = re.compile(r"\s(?:call\s(?:center|centre)|hotline|helpline|help\sline|line)\b", re.IGNORECASE)
# A duration after these dates another figure: "within nine days", "for the next 18 years".
_PERIOD_BEFORE = re.compile(
    r"(?:^|\s)(?:(?:in|within|over|(?P<during>during))(?P<frame>\s(?:the|its)\s(?:past|next|last|first|coming))?"
    r"|for(?P<for_frame>\s(?:the|its)\s(?:past|next|last|first|coming)))(?:\s(?:about|nearly|almost|roughly|some|just))?$")
_MONTH_NAMES = {m.capitalize() for m in MONTHS}
_AGE_BAND_HOLDERS = {"de", "a", "ont", "avait", "avaient"}  # "personnes de plus de 60 ans", "a moins de 20 ans"
_OPENERS = {'“', '"', "‘", ":", "(", "—", "–", "'"}
_NAME_WORDS = set(NUMBERED_NAME_WORDS)
_PARENTS = {"mother", "father", "parent", "mom", "dad", "mum", "grandmother", "grandfather", "grandparent"}
_CALL_WORDS = {"call", "calling", "dial", "dialing", "dialling", "text", "texting", "phone"}
_SCORE_WORDS = {"won", "lost", "beat", "beating", "defeated", "drew", "tied", "trailed", "led", "leads",
                "victory", "win", "defeat", "loss", "draw", "score", "scored", "scoreline"}
# Before a four-digit number these make it a year: "in 2019", "fiscal 2026".
_YEAR_PREPOSITIONS = {"in", "since", "by", "until", "till", "from", "of", "during", "before", "after",
                      "between", "and", "to", "the", "early", "late", "mid", "fiscal", "circa", "through"}


def is_excluded(text: str, r: Reading, before: list[Token], sent_start: int) -> bool:
    """Dates, years, times, ages, phone numbers, addresses, names with digits, list numbering and
    durations that date another figure: numbers that are not claims of their own. (Cheap tests
    of the next character guard each pattern: most numbers are none of these.)"""
    if r.kind not in ("digits", "words") or not (r.plain or r.unit in UNIT_WORDS or r.unit == "points"
                                                 or r.counted):
        return False  # money and percentages are always figures
    period = _PERIOD_BEFORE.search(" ".join(t[2] for t in before[-5:])) if r.unit in DURATIONS else None
    if period and (period.group("during", "frame", "for_frame") != (None, None, None) or _a_figure_in(before)) \
            or r.unit in DURATIONS and _AGO.match(text, r.end):
        # "over the next six months", "1,866 arrests within nine days", "two years ago": a time frame,
        # or the period of another figure (but "the roof was stripped in about ten minutes" is a figure)
        return True
    prev, prev_lower = (before[-1][0], before[-1][2]) if before else ("", "")
    if r.kind == "words":
        return text[r.start].isupper() and not (_starts_sentence(before, sent_start) or prev in _OPENERS) \
            or prev_lower == "of" \
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
    if len(raw) == 4 and YEAR.fullmatch(raw) and (prev_lower in _YEAR_PREPOSITIONS or prev.capitalize() in _MONTH_NAMES
                                                  or not PLURAL_AFTER.match(after)):
        return True  # a year, unless it counts something: "1866 arrests"
    if after[:1] in "/." and second.isdigit() or (len(raw) == 3 or raw == "1") and PHONE.match(text, r.start) \
            or prev_lower in _CALL_WORDS or prev_lower == "on" and any(t[2] in _CALL_WORDS for t in before[-6:-1]):
        return True  # 3/4/2025, 555-0143, "call 211", "call the force on 101", "call the SES on 132 500"
    if second in "zZpPaA" and _CODE_AFTER.match(after) or prev_lower == "to" and "," not in raw and any(
            t[2] in ("text", "texting", "sms") for t in before[-4:-1]):
        return True  # "the 21406 ZIP code", "text FIRE to 40411": codes, not counts
    if prev == "," and len(raw) <= 3 and len(before) > 1 and before[-2][0][:1].isupper() and after[:1] in ",.;)" \
            and raw.isdigit():
        return True  # "Ana Ruiz, 26," -- an age beside a name
    if second.isupper() and _STREET.match(after) or second in "chlCHL" and _SERVICE.match(after):
        return True  # "1420 Elm Street", "its 311 call center"
    grouped = "," in raw  # "Building 4,500 homes": a count; no name or page number is written so
    if not grouped and (prev_lower in _NAME_WORDS or prev == "#" or prev == "." and len(before) > 1 and before[-2][2] in (
            "no", "p", "pp", "vol", "art", "sec")):
        return True  # "page 12", "Section 14", "No. 3", "exits 41 and 44"
    if prev_lower == "of" and len(before) > 1 and before[-2][2] in _PARENTS:
        return True  # "a mother of two": who she is, like an age
    if prev[:1].isupper() and not grouped and not (_starts_sentence(before, sent_start) or is_possessive(prev)
                                   or prev.capitalize() in _MONTH_NAMES
                                   or prev_lower in QUALIFIERS or prev.isupper() and len(prev) > 1):
        return True  # "Apollo 11", "Boeing 737", "Game 6", "Interstate 95"
    return _is_list_number(text, r, after)


def _a_figure_in(words: list[Token]) -> bool:
    """Whether the words since the last comma hold a number a period could date: '1,866', '40%',
    'nine', 'doubled' (not an age in an apposition: 'Joan Pell, 71, said …')."""
    for word in reversed(words):
        if word[0] == ",":
            return False
        if word[0][:1].isdigit() or word[2] in HEAD_WORDS:
            return True
    return False


def _starts_sentence(before: list[Token], sent_start: int) -> bool:
    """Does the figure open its sentence, or a quotation or parenthesis in it?"""
    return not before or before[-1][1] == sent_start or len(before) > 1 and before[-2][0] in _OPENERS


def _is_list_number(text: str, r: Reading, after: str) -> bool:
    """'1. Jail staff may refuse.', '2) Submit the form.' at the start of a line."""
    if after[:1] not in ".)":
        return False
    line_start = text.rfind("\n", max(0, r.start - 6), r.start)
    return (line_start >= 0 or r.start < 6) and not text[line_start + 1:r.start].strip(" \t(") \
        and bool(_LIST_AFTER.match(after))


def is_excluded_foreign(text: str, r: Reading, before: list[Token], sent_start: int, language: Language) -> bool:
    """The same exclusions in a German or French article: '12. Mai', 'le 3 mars', '14.30 Uhr',
    'im Jahr 2024', 'am 3. Oktober', 'der 100. Geburtstag', 'Artikel 5', 'Anna Weber (26)',
    'vor fünf Jahren'.
    German capitalises every noun, so there a capital before a number marks no name."""
    if r.unit in DURATIONS and (any(tuple(t[2] for t in before[-len(lead):]) == lead for lead in language.ago_leads)
                                or before and before[-1][2] in language.period_leads):
        return True  # "vor fünf Jahren", "il y a cinq ans": a date in the past; "en trois jours": a period
    if r.kind != "digits" or not (r.plain or r.unit in UNIT_WORDS):
        return False  # money and percentages are always figures
    prev, prev_lower = (before[-1][0], before[-1][2]) if before else ("", "")
    raw = text[r.start:r.number_end]
    after = text[r.number_end:r.number_end + 30]
    following = _WORD_AFTER.match(after)
    word = following.group(1).lower() if following else ""
    lead = text[r.start:r.number_end].split()[0].lower() if text[r.start].isalpha() else prev_lower  # "entre 10"
    if after[:1] == ":" or after[1:2] in _TIME_STARTS and _TIME_AFTER.match(after) or _HOUR_AFTER.match(after) \
            or after[:1] in "/." and after[1:2].isdigit() or r.unit == "hours" and lead in language.time_leads \
            or r.high is not None and _TIME_AFTER.match(text, r.end):
        return True  # "14:30", "14 Uhr", "14.30 Uhr", "2 h 30", "vers 10 heures", "3.5.2024", "9 bis 17 Uhr"
    if len(raw) <= 2 and (word in language.months or prev_lower in language.months) \
            or after[:1] == "." and prev_lower in language.ordinal_leads:
        return True  # "12. Mai", "le 3 mars", "am 3. Oktober", "der 100. Geburtstag"
    if r.plain and (len(raw) == 4 and YEAR.fullmatch(raw) or (len(raw) == 3 or raw == "1") and PHONE.match(text, r.start)):
        return True  # "im Jahr 2024", "en 2025", a phone number
    if word in language.age_words and (prev == "," or prev_lower == "de" and len(before) > 1
                                       and f"{before[-2][2]} de" not in language.qualifiers):
        return True  # "Marie Dupont, 26 ans,", "un homme de 52 ans" -- but "plus de 20 ans" is a span
    if word in language.age_words and _age_band(before, language):
        return True  # "Berufseinsteiger unter 25 Jahren", "les personnes de plus de 60 ans", "a moins de 20 ans"
    if raw.isdigit() and len(raw) <= 3 and len(before) > 1 and before[-2][0][:1].isupper() and (
            prev == "," and after[:1] in ",.;)" or prev == "(" and after[:1] == ")"):
        return True  # "Anna Weber, 26,", "Anna Weber (26)": an age beside a name
    if prev_lower in language.numbered_names or prev == "." and len(before) > 1 \
            and before[-2][2] in language.numbered_names:
        return True  # "Artikel 5", "Nr. 3", "la ligne 12"
    starts_sentence = not before or before[-1][1] == sent_start or prev in _OPENERS
    if prev[:1].isupper() and (len(prev) == 1 or not language.nouns_capitalised
                               and not (starts_sentence or prev.isupper() or is_possessive(prev))):
        return True  # "A 7" (a motorway), "Airbus 380"
    return _is_list_number(text, r, after)


def _age_band(before: list[Token], language: Language) -> bool:
    """Whether a bound before an age makes it a band of a group: 'Berufseinsteiger unter 25
    (Jahren)', 'les personnes de plus de 60 (ans)', 'un quart a moins de 20 (ans)' -- not a span
    of time ('seit über 20 Jahren', 'depuis plus de 20 ans')."""
    for bound in language.age_bounds:
        words = bound.split()
        if [t[2] for t in before[-len(words):]] == words and len(before) > len(words):
            holder = before[-len(words) - 1]
            return holder[0][:1].isupper() and language.nouns_capitalised or holder[2] in _AGE_BAND_HOLDERS
    return False


def is_score(text: str, r: Reading, before: list[Token]) -> bool:
    """'won 5-3', 'a 4-2 victory': a game's score, not a range."""
    if r.high is None or not r.plain or "-" not in text[r.start:r.end]:
        return False
    words = {t[2] for t in before[-5:]}
    following = text[r.end:r.end + 12].lower().split()[:1]
    return bool(words & _SCORE_WORDS or following and following[0].strip(".,") in _SCORE_WORDS)


def is_age_limit(r: Reading, qualifier: str | None, before: list[Token], after: list[Token]) -> bool:
    """'residents over 70', 'children under 12 get in free': who a rule covers, not a count."""
    if not (r.plain and r.value <= 120 and qualifier in ("over", "under", "above")) \
            or after and is_plural(after[0][2]):
        return False
    holder = next((t[2] for t in reversed(before) if not t[2].endswith("ly")), "")
    return is_plural(holder) or holder in ("are", "is", "were", "was")
