"""Statistics: numbers stated as facts, with what they count, their qualifier and their rate.

Pure: text in, ``Statistic`` records out. (Named ``figures`` so as not to shadow the standard
library's ``statistics``.) One regex pass finds candidate numbers; each is then checked against
the exclusions (dates, times, ages, ordinals, addresses, names with digits …) on a small window."""

from __future__ import annotations

import re
from typing import Callable

from factcheck.lexicon import (CURRENCY_CODES, FRACTION_WORDS, MEASUREMENT_UNITS, MONTHS,
                               NUMBER_WORDS, NUMBERED_NAME_WORDS, QUALIFIERS, SCALE_WORDS,
                               VAGUE_MAGNITUDES)
from factcheck.models import Statistic
from factcheck.textnorm import SpanIndex, context_around, sentence_spans

_DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d.,]\d)|\d+(?:\.\d+)?"
_SCALE = r"(?:million|billion|trillion|thousand|bn|mn|mln|tn|m|k|b)\b"
_PERCENT = r"(?:%|\s?percent\b|\s?per cent\b|\s?percentage points?\b|\s?Prozent\b|\s?pour cent\b)"
_CURRENCY = rf"(?:[$€£¥]|(?:US)?\$|(?:{'|'.join(CURRENCY_CODES)})\s?)"
_CURRENCY_AFTER = r"\s(?:dollars|euros|pounds|yen)\b"
_UNITS = "|".join(sorted((re.escape(u) for u in MEASUREMENT_UNITS), key=len, reverse=True))
_WORD_NUMBERS = "|".join(sorted((re.escape(w) for w in NUMBER_WORDS if w not in ("zero", "one")),
                                key=len, reverse=True))
_FRACTIONS = "|".join(sorted((re.escape(w) for w in FRACTION_WORDS), key=len, reverse=True))
_VAGUE = "|".join(re.escape(w) for w in VAGUE_MAGNITUDES)

# One numeric expression: currency? digits scale? percent|unit?
_NUMBER = (rf"(?P<cur>{_CURRENCY})?(?P<num>{_DIGITS})(?:\s?(?P<scale>{_SCALE}))?"
           rf"(?P<pct>{_PERCENT})?(?P<cur2>{_CURRENCY_AFTER})?(?:\s(?P<unit>{_UNITS})\b)?")
_NUMBER_ONLY = rf"(?:{_CURRENCY})?(?:{_DIGITS})(?:\s?{_SCALE})?(?:{_PERCENT})?"
_TRIGGER_WORDS = ["between", "from", "one", "tens", "hundreds", *NUMBER_WORDS, *FRACTION_WORDS, *VAGUE_MAGNITUDES,
                  "doubled", "tripled", "quadrupled", "halved"]
_FIRST_LETTERS = "".join(sorted({w[0].lower() for w in _TRIGGER_WORDS} | {w[0].upper() for w in _TRIGGER_WORDS}))
# The lookahead lets the scanner skip at once every position that cannot start a figure.
CANDIDATE = re.compile(
    rf"(?=[\d$€£¥]|(?<![\w'’])[{_FIRST_LETTERS}]|(?:{'|'.join(CURRENCY_CODES)}))(?:"
    rf"(?P<range>(?:between|from)\s(?P<low>{_NUMBER_ONLY})\s(?:and|to)\s(?P<high>{_NUMBER_ONLY}))"
    rf"|(?P<dash>(?<![\w.-]){_NUMBER_ONLY}\s?[-–]\s?{_NUMBER_ONLY}(?![\w-]))"
    rf"|(?<![\w.,$€£-]){_NUMBER}(?![\w]|[.,]\d)"
    rf"|(?P<fraction>\b(?:{_FRACTIONS})\b)"
    rf"|(?P<words>\b(?:{_WORD_NUMBERS})(?:-(?:one|two|three|four|five|six|seven|eight|nine))?"
    rf"(?:\s(?:hundred|thousand|million|billion))?\b)"
    rf"|(?P<vague>\b(?:{_VAGUE})\b)"
    rf"|(?P<times>\b(?:doubled|tripled|quadrupled|halved)\b)"
    rf"|(?P<oneinx>\bone in (?:two|three|four|five|six|seven|eight|nine|ten|\d+)\b))",
    re.I,
)

_QUALIFIER_BEFORE = re.compile(
    rf"(?:(?<=\s)|^)(?P<q>{'|'.join(sorted((re.escape(q) for q in QUALIFIERS), key=len, reverse=True))})\s$",
    re.I)
_MONTH = rf"(?:{'|'.join(MONTHS)})\.?"
_DATE_BEFORE = re.compile(rf"\b{_MONTH}\s$", re.I)
_DATE_AFTER = re.compile(rf"^\s?(?:{_MONTH}\b|st\b|nd\b|rd\b|th\b)", re.I)
_TIME_AFTER = re.compile(r"^(?::\d\d|\s?(?:a\.m\.|p\.m\.|am\b|pm\b|o'clock|GMT|UTC|ET\b|EST\b|PT\b|Uhr))", re.I)
_AGE = re.compile(r"^(?:-year-old|-years-old|\s?years? old|-month-old)", re.I)
_STREET = re.compile(r"^\s(?:[A-Z][\w.]*\s){1,3}(?:Street|St\.|Avenue|Ave\.?|Road|Rd\.?|Boulevard|Blvd\.?|Lane|Drive|Way|Place|Court|Terrace|Parkway)\b")
_PHONE = re.compile(r"^\(?\d{3}\)?[-. ]\d{3}[-. ]\d{4}")
_SCORE_BEFORE = re.compile(r"\b(?:won|lost|beat|defeated|drew|tied|score[ds]?|victory|win|loss|lead|led)\b[^.]{0,25}$", re.I)
_NAME_WORD_BEFORE = re.compile(rf"\b(?:{'|'.join(NUMBERED_NAME_WORDS)})\.?\s$", re.I)
_CAPITALISED_BEFORE = re.compile(r"(?<![.!?]\s)(?<!^)\b([A-Z][a-z]+)\s$")
_CHANGE_BEFORE = re.compile(
    r"\b(?P<verb>rose|risen|rise|rises|rising|up|increased|increase|climbed|jumped|grew|gained|surged|"
    r"fell|fallen|fall|falls|down|decreased|decrease|dropped|declined|slipped|plunged|shrank|cut)"
    r"(?:\s(?:by|to))?\s$", re.I)
_UP_WORDS = {"rose", "risen", "rise", "rises", "rising", "up", "increased", "increase", "climbed",
             "jumped", "grew", "gained", "surged", "doubled", "tripled", "quadrupled"}
_RATE_AFTER = re.compile(
    r"\s(?P<rate>(?:a|per|each|every)\s(?:day|week|month|year|hour|minute|person|capita|household|"
    r"resident|\d[\d,]*\s[a-z]+)|daily|weekly|monthly|annually|yearly|a year|per year|year-on-year)\b", re.I)
_PERIOD_AFTER = re.compile(
    rf"\s(?P<period>(?:in|since|during|by)\s(?:{_MONTH}|\d{{4}})|last\s(?:year|month|week|quarter)|"
    r"this\s(?:year|month|week)|within\s\w+\s(?:days|weeks|months|hours|years))\b", re.I)
_SUBJECT_BEFORE = re.compile(
    r"(?:^|\b(?:the|its|their|a|an)\s)?(?P<noun>[A-Za-z][a-z-]+(?:\s[a-z][a-z-]+)?)\s(?:rate\s)?"
    r"(?:rose|fell|climbed|dropped|jumped|grew|declined|slipped|increased|decreased|was|is|stood|"
    r"reached|hit|totaled|totalled|came|edged|ticked)(?:\s(?:at|to|by|up|down|in))*\s(?:to\s|at\s|by\s)?$")
_COUNTED_STOP = set("""
    a an the and or but to in on at by for from with without as than that which who whom whose
    was were is are be been being has have had will would could should may might can do does
    did said says say told according this these those its their his her our your my per each
    every of over under about into onto after before since during while when where if so not
    no nor just only also more less most least some any all both up down out off than then
    there here what why how year years month months day days week weeks later earlier ago
    among across between within compared versus against toward towards
    again alone overall respectively it them they he she we you i us
""".split())
_TRAILING_STOP = {"new", "other", "more", "additional", "total", "extra"}


def _to_number(raw: str) -> float:
    return float(re.sub(r"[,\s\u00a0\u202f]", "", raw))


def _tidy(value: float | None) -> float | int | None:
    if value is None:
        return None
    return int(value) if float(value).is_integer() else round(value, 4)


def _parse_number_text(raw: str) -> tuple[float | None, str | None, float]:
    """Value, unit and scale of one numeric expression such as '$3bn', '12 per cent'."""
    match = re.fullmatch(rf"\s*{_NUMBER}\s*", raw, re.I)
    if not match or len(match.group("num")) > MAX_DIGITS:
        return None, None, 1.0
    scale = SCALE_WORDS.get((match.group("scale") or "").lower(), 1.0)
    value = _to_number(match.group("num")) * scale
    unit = None
    if match.group("pct"):
        unit = "%"
    elif match.group("cur"):
        unit = match.group("cur").strip().replace("US$", "$")
    elif match.group("cur2"):
        unit = {"dollars": "$", "euros": "€", "pounds": "£", "yen": "¥"}[match.group("cur2").strip().lower()]
    elif match.group("unit"):
        unit = match.group("unit").lower()
    return value, unit, scale


def _word_value(words: str) -> float | None:
    words = words.lower()
    if words in NUMBER_WORDS:
        return NUMBER_WORDS[words]
    parts = re.split(r"[-\s]", words)
    total = 0.0
    for part in parts:
        if part in NUMBER_WORDS:
            total += NUMBER_WORDS[part]
        elif part in ("hundred", "thousand", "million", "billion"):
            total = (total or 1) * {"hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9}[part]
    return total or None


def _excluded(text: str, start: int, end: int, match: re.Match, sentence_start: int) -> bool:
    """True for numbers that are not statistics: dates, times, ages, ordinals, addresses …"""
    if match.group("num") is None or match.group("pct") or match.group("cur") or match.group("scale"):
        return False
    raw = match.group("num")
    before = text[max(0, start - 40):start]
    after = text[end:end + 40]
    if re.fullmatch(r"(?:1[89]|20)\d\d", raw) and not re.match(r"\s[a-z]+s\b", after):
        return True  # a year, unless it counts something: "1866 arrests"
    if _DATE_BEFORE.search(before) or _DATE_AFTER.match(after) or _TIME_AFTER.match(after):
        return True
    if re.match(r"^[-/]\d", after) or re.search(r"\d[-/]$", before):  # 2024-25, 3/4/2025
        return True
    if _AGE.match(after) or re.search(r"\baged?\s$", before):
        return True
    if re.search(r"\b[A-Z][\w'’.-]+(?:\s[A-Z][\w'’.-]+)*,\s$", before) and re.match(r"^\s?[,)]", after):
        return True  # "Ana Ruiz, 26,"
    if _STREET.match(after) or _PHONE.match(text[start:start + 14]):
        return True
    if re.search(r"[A-Za-z]-$", before) or re.search(r"[#№]\s?$", before):  # MS-13, Covid-19, #3
        return True
    if _NAME_WORD_BEFORE.search(before) or _SCORE_BEFORE.search(before) and re.match(r"^[-–]\d", after):
        return True
    prefix = ("\n" if start <= 12 else "") + text[max(0, start - 12):start]
    if "\n" in prefix and not prefix.rsplit("\n", 1)[1].strip() and re.match(r"^[.)]\s", after):  # list numbering
        return True
    capitalised = _CAPITALISED_BEFORE.search(text, max(sentence_start, start - 30), start)
    if capitalised and start - len(capitalised.group(0)) > sentence_start:
        if capitalised.group(1).lower() not in MONTHS:
            return True  # "Apollo 11", "Boeing 737"
    return False


_VERB_BEFORE = re.compile(r"\b([a-z]+ed)\s+$")
MAX_DIGITS = 30  # longer digit runs are identifiers or noise, not figures (and overflow floats)
_IRREGULAR_PLURALS = {"people", "children", "men", "women", "police", "staff", "personnel",
                      "cattle", "feet", "teeth", "mice", "geese", "data", "media", "crew", "livestock"}


def _is_plural(word: str) -> bool:
    """A plural noun usually ends a counted phrase: 'field offices', 'people'."""
    return word in _IRREGULAR_PLURALS or (word.endswith("s") and not word.endswith(("ss", "us", "is")))


def _counted(text: str, end: int, after_of: bool) -> tuple[str | None, int]:
    """The noun phrase a number counts, from the words after it; and where it ends."""
    window = text[end:end + 80]
    match = re.match(r"\s+(?:of\s+(?:the\s+|its\s+|their\s+|all\s+)?|in\s+|worth\s+of\s+)?", window)
    offset = match.end() if match and (after_of or "in" not in match.group(0) or True) else 0
    if not match or not match.group(0).strip() and not window[:1].isspace():
        return None, end
    words = []
    for word in re.finditer(r"[A-Za-z][\w'’-]*", window[offset:]):
        gap = window[offset:][word.start() - 1:word.start()] if word.start() else " "
        if word.start() and not gap.isspace():
            break
        lower = word.group(0).lower()
        if lower in _COUNTED_STOP or (word.group(0)[0].isupper() and not word.group(0).isupper()):
            break
        if words and lower.endswith("ed"):
            break  # a verb: "aid arrived"
        words.append(lower)
        if len(words) == 3 or _is_plural(lower) or not window[offset:][word.end():word.end() + 1].isspace():
            break
    while words and words[0] in _TRAILING_STOP and len(words) > 1:
        words = words[1:]
    return (" ".join(words) or None), end


def _subject_counted(text: str, start: int, sentence_start: int) -> str | None:
    """'unemployment rose to 4.1%' -> 'unemployment'."""
    match = _SUBJECT_BEFORE.search(text, max(sentence_start, start - 60), start)
    if not match:
        return None
    noun = match.group("noun").lower().split()
    return " ".join(w for w in noun if w not in _COUNTED_STOP) or None


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
    consumed_to = 0
    for match in CANDIDATE.finditer(text):
        start, end = match.span()
        if start < consumed_to:
            continue
        sent_start, sent_end = sentence_index.span_at(start)
        stat = _build(text, match, start, end, sent_start)
        if stat is None:
            continue
        consumed_to = stat.end
        i = quoted_index.index_at(stat.start)
        if i >= 0 and quoted_index.spans[i][1] >= stat.end:
            stat.source = (quoted or [])[i][2]
        elif source_of:
            stat.source = source_of(sent_start, sent_end)
        stat.context = context_around(text, stat.start, stat.end, sent_start, sent_end)
        found.append(stat)
    return found


def _build(text: str, match: re.Match, start: int, end: int, sent_start: int) -> Statistic | None:
    value = high = from_value = None
    unit = magnitude = direction = None
    kind = match.lastgroup
    if match.group("range") or match.group("dash"):
        raw = match.group(0)
        if match.group("range"):
            low_raw, high_raw = match.group("low"), match.group("high")
        else:
            low_raw, high_raw = re.split(r"\s?[-–]\s?", raw, maxsplit=1)
            if _SCORE_BEFORE.search(text[max(0, start - 40):start]) or re.fullmatch(r"\d{4}[-–]\d{2,4}", raw):
                return None  # a score (3-1) or a season (2024-25)
        low, low_unit, low_scale = _parse_number_text(low_raw)
        high, high_unit, high_scale = _parse_number_text(high_raw)
        if low is None or high is None:
            return None
        unit = high_unit or low_unit
        if low_scale == 1.0 and high_scale != 1.0:  # "1.2 to 1.5 million": the scale is shared
            low *= high_scale
        change = _CHANGE_BEFORE.search(text, max(0, start - 25), start)
        if raw.lower().startswith("from") and change:
            value, from_value = high, low
            high = None
            direction = "up" if value > from_value else "down"
        else:
            value = low
    elif match.group("num"):
        if _excluded(text, start, end, match, sent_start) or len(match.group("num")) > MAX_DIGITS:
            return None
        value, unit, _ = _parse_number_text(match.group(0))
    elif match.group("words"):
        value = _word_value(match.group("words"))
    elif match.group("fraction"):
        value, unit = FRACTION_WORDS[match.group("fraction").lower()], "fraction"
    elif match.group("vague"):
        magnitude = match.group("vague").lower()
    elif match.group("times"):
        word = match.group("times").lower()
        value, unit = {"doubled": 2, "tripled": 3, "quadrupled": 4, "halved": 0.5}[word], "times"
        direction = "up" if word in _UP_WORDS else "down"
    elif match.group("oneinx"):
        parts = match.group("oneinx").lower().split()
        denominator = NUMBER_WORDS.get(parts[-1]) or float(parts[-1])
        value, unit = round(1 / denominator, 4), "fraction"
    else:
        return None

    qualifier = bound = None
    q = _QUALIFIER_BEFORE.search(text, max(0, start - 25), start)
    if q and kind not in ("times",):
        qualifier, bound = q.group("q").lower(), QUALIFIERS[q.group("q").lower()]
        start = q.start("q")
    change = _CHANGE_BEFORE.search(text, max(0, start - 20), start)
    if change and direction is None and not match.group("range"):
        verb = change.group("verb").lower()
        if "by" in change.group(0).lower() or verb in ("up", "down"):
            direction = "up" if verb in _UP_WORDS else "down"

    after_of = bool(unit in ("%", "fraction") or magnitude or match.group("words"))
    counted, _ = _counted(text, end, after_of)
    needs_noun = match.group("words") or match.group("fraction") or match.group("vague")
    if needs_noun and not counted:
        return None
    if counted is None and unit in (None, "%", "times"):
        counted = _subject_counted(text, start, sent_start)
    verb_before = _VERB_BEFORE.search(text, max(sent_start, start - 30), start)
    if counted in _IRREGULAR_PLURALS and verb_before:
        counted = f"{counted} {verb_before.group(1).lower()}"  # "arrested 1,866 people" -> "people arrested"
    if value is not None and unit is None and not qualifier and counted is None and value < 100 \
            and not match.group("range") and not match.group("dash"):
        return None  # a bare small number with nothing counted: "No. 3", "in 3"
    rate_match = _RATE_AFTER.match(text, _end_of_counted(text, end, counted))
    period_match = _PERIOD_AFTER.match(text, _end_of_counted(text, end, counted))
    rate = rate_match.group("rate") if rate_match else (period_match.group("period") if period_match else None)
    return Statistic(
        text=text[start:end], start=start, end=end, value=_tidy(value), unit=unit,
        qualifier=qualifier, bound=bound or "=", counted=counted, rate=rate, high=_tidy(high),
        magnitude=magnitude, direction=direction, from_value=_tidy(from_value),
    )


def _end_of_counted(text: str, end: int, counted: str | None) -> int:
    if not counted:
        return end
    at = text[end:end + 80].lower().find(counted.split()[-1])
    return end + at + len(counted.split()[-1]) if at >= 0 else end
