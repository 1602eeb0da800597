"""Statistics: numbers stated as facts, with what they count, their qualifier, rate and period.

Pure: text in, ``Statistic`` records out. (Named ``figures`` so as not to shadow the standard
library's ``statistics``.) The extractor assembles the readers, each in its own module: one
regex pass finds where a figure can start and reads it (``figure_numbers``); the exclusions
drop numbers that are not claims (``figure_exclusions``); the words around it give what it
counts (``figure_counted``) and its qualifier, direction, rate and period
(``figure_modifiers``). Each sentence is split into words once (``figure_words``) and every
look is a bounded window of those words, so the time is linear in the text. A German or
French article (``figure_languages``) is read with its own number format and words: the
value, unit, qualifier and counted noun, without the English readers of context."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import fields
from typing import Callable

from factcheck.figure_counted import counted_in_foreign, noun_of_foreign, subject_in_foreign, what_is_counted
from factcheck.figure_exclusions import (
    is_age_limit,
    is_excluded,
    is_excluded_foreign,
    is_score,
)
from factcheck.figure_languages import Language, article_language
from factcheck.figure_modifiers import (
    QUALIFIER_ENDS,
    comparison_direction,
    direction_of,
    foreign_direction,
    is_comparison,
    qualifier_before,
    rate_and_period,
)
from factcheck.figure_numbers import Reading, figure_starts, read_figure
from factcheck.figure_words import (
    DETERMINERS,
    DETERMINERS_PREPOSITIONS,
    UNIT_WORDS,
    SentenceWords,
    Token,
    phone_spans,
)
from factcheck.lexicon import QUALIFIERS
from factcheck.models import Statistic
from factcheck.textnorm import context_around, sentence_spans


def extract_statistics(text: str, quoted: list[tuple[int, int, str | None]] | None = None,
                       source_of: Callable[[int, int], str | None] | None = None,
                       sentences: list[tuple[int, int]] | None = None) -> list[Statistic]:
    """Statistics in ``text``. ``quoted`` lists (start, end, speaker) of quotes and reported
    speech, whose speaker is the source of any figure inside; ``source_of(start, end)`` names who
    the sentence at start..end attributes its figures to ("according to X")."""
    sentences = sentences if sentences is not None else sentence_spans(text)
    language = article_language(text)
    sentence_starts = [s for s, _ in sentences]
    quoted = quoted or []
    quoted_starts = [s for s, _, _ in quoted]
    phones = phone_spans(text)
    phone_starts = [start for start, _ in phones]
    found: list[Statistic] = []
    skip_to = 0
    words, words_of, since = None, -2, 0
    taken_start = taken_end = 0  # the rate or period of the last figure
    for at, head_end in figure_starts(text, language):
        if at < skip_to or taken_start <= at < taken_end:
            continue
        phone = bisect_right(phone_starts, at) - 1
        if phone >= 0 and at < phones[phone][1]:
            skip_to = phones[phone][1]  # "0300 555 0142": no figure in a phone number
            continue
        sent = bisect_right(sentence_starts, at) - 1
        sent_start, sent_end = sentences[sent] if sent >= 0 else (0, len(text))
        if sent_end <= at:
            sent_start, sent_end = at, len(text)
        reading = read_figure(text, at, head_end, sent_start, sent_end, language)
        if reading is None:
            continue
        skip_to = reading.scanned_to  # readings come in order, each past the last
        if reading.rejected:
            continue
        if words_of != sent:
            words, words_of = SentenceWords(text, sent_start, sent_end, reading.start), sent
            since = _story_start(text, sentences, sent)
        if language:
            figure = _foreign_figure(text, reading, words, language, found[-1] if found and found[-1].start >= sent_start
                                     else None)
        else:
            # The last few figures read since ``since``, latest last: a figure may leave its noun
            # to them ('down from 41,500', 'Of those, 1,648').
            k = n = len(found)
            while k > n - 6 and k > 0 and found[k - 1].start >= since:
                k -= 1
            figure = _figure(text, reading, words, found[k:])
        if figure is None:
            skip_to = reading.resume_at or skip_to
            continue
        stat, (taken_start, taken_end) = figure
        if stat.end > skip_to:
            skip_to = stat.end
        i = bisect_right(quoted_starts, stat.start) - 1
        if i >= 0 and quoted[i][1] >= stat.end:
            stat.source = quoted[i][2]
        elif source_of:
            stat.source = source_of(sent_start, sent_end)
        stat.context = context_around(text, stat.start, stat.end, sent_start, sent_end)
        found.append(stat)
    return found


def _story_start(text: str, sentences: list[tuple[int, int]], sent: int) -> int:
    """Where the figures a figure in sentence ``sent`` may refer back to begin: that sentence, or
    the one before it in the same paragraph."""
    if sent < 0:
        return len(text) + 1
    if sent > 0:
        gap_start, gap_end = sentences[sent - 1][1], sentences[sent][0]
        if gap_end - gap_start < 4 and "\n" not in text[gap_start:gap_end]:  # the same paragraph
            return sentences[sent - 1][0]
    return sentences[sent][0]


_FIELDS = ("text", "start", "end", "value", "unit", "qualifier", "bound", "counted", "rate", "period", "source",
           "high", "magnitude", "direction", "from_value")
if tuple(f.name for f in fields(Statistic))[:len(_FIELDS)] != _FIELDS:
    raise TypeError("figures builds a Statistic from positional arguments, and its fields changed order")
_AGE_QUALIFIERS = ("over", "under", "above")  # 'residents over 70' may be an age limit


def _figure(text: str, r: Reading, words: SentenceWords, earlier: list[Statistic]) -> tuple[Statistic, tuple[int, int]] | None:
    """The statistic ``r`` states and the span of its rate or period, whose numbers are not
    figures of their own ('per 100,000 residents', 'within nine days'); None if it is none."""
    sent_start = words.start
    before = words.before(r.start)
    if is_excluded(text, r, before, sent_start) or r.high is not None and is_score(text, r, before):
        return None
    if r.unit in ("days", "weeks") and r.high is None and before and before[-1][2] == "on":
        r.end, r.unit, r.counted, r.plain = r.number_end, None, r.unit, True  # "full on 112 days": days counted
    if r.qualifier:
        qualifier, start = r.qualifier, r.start  # a hedge inside the figure: "from 9% to about 14%"
    elif before and before[-1][2] in QUALIFIER_ENDS and not (r.from_value is not None and before[-1][2] == "to"):
        qualifier, start = qualifier_before(text, r.start, before)  # (but "ticked up to 4.3% from 4.2%" is no hedge)
    else:
        qualifier, start = None, r.start
    r.after_determiner = bool(before) and before[-1][2] in DETERMINERS
    if r.kind == "compare" and not is_comparison(text, r, before, qualifier):
        return None
    if qualifier:
        k = len(before)
        while k and before[k - 1][1] >= start:
            k -= 1  # the words are in order: drop the qualifier's
        before = before[:k]
    after = words.after(r.end)
    if qualifier in _AGE_QUALIFIERS and is_age_limit(r, qualifier, before, after):
        return None
    counted, counted_end, change, unit = what_is_counted(r, before, after, earlier, sent_start)
    if counted and r.unit in UNIT_WORDS and counted.rsplit(None, 1)[-1] in UNIT_WORDS:
        counted = None  # a measure counts no unit ("9 centimetres across fell … for roughly 25 minutes")
    if counted == "people" and before and before[-1][0].endswith("ed") and before[-1][0].islower():
        counted = f"people {before[-1][0]}"  # "arrested 1,866 people": who they are is what is counted
    unit = unit or r.unit
    direction = comparison_direction(text, r) if r.kind in ("compare", "multiple") else \
        direction_of(r, before, text) or change or _restated_change(before, earlier)
    rate, period, span = rate_and_period(text, r.end, counted_end)
    same_sentence = earlier and earlier[-1].start >= sent_start
    # a figure set beside the one before it restates it: "2,960 – just over a third –", "2,960, or a third"
    beside = same_sentence and text[earlier[-1].end:start].strip(" \u2013\u2014(,") in ("", "or")
    if (rate or beside) and not counted and same_sentence:
        counted = earlier[-1].counted  # "2,600 vehicles were stolen, about seven a day"
    following = after[0][2] if after else ""
    if r.kind in ("words", "fraction", "vague") and not counted and unit not in UNIT_WORDS and not (
            direction or rate and r.kind == "words" or following == "of" or r.kind == "fraction" and (beside or following[:1].isalpha()
            and following.islower() and following not in DETERMINERS_PREPOSITIONS)):
        return None  # "nine" or "half" with nothing counted is no figure; "by nearly a third", "half of them" are
    base_of_change = same_sentence and earlier[-1].direction and before and before[-1][2] == "from"
    if r.plain and r.kind == "digits" and r.value < 100 and not (qualifier or counted or unit or r.high or rate
                                                                  or base_of_change or direction):
        return None  # a bare small number with nothing counted: "in 3"; but "down 22% from 60"
    return Statistic(  # positional, in _FIELDS order: three times quicker than by keyword
        text[start:r.end], start, r.end, _tidy(r.value), unit, qualifier,
        QUALIFIERS.get(qualifier, "=") if qualifier else "=", counted, rate, period, None,
        None if r.high is None else _tidy(r.high), r.magnitude, direction,
        None if r.from_value is None else _tidy(r.from_value)), span


def _restated_change(before: list[Token], earlier: list[Statistic]) -> str | None:
    """The direction of a change given again in another unit: 'rose 11 cents, or 0.3%'."""
    if len(before) >= 2 and before[-1][2] == "or" and before[-2][0] == "," and earlier \
            and earlier[-1].end == before[-2][1]:
        return earlier[-1].direction
    return None


def _foreign_figure(text: str, r: Reading, words: SentenceWords, language: Language,
                    previous: Statistic | None) -> tuple[Statistic, tuple[int, int]] | None:
    """The statistic ``r`` states in a German or French article: its value, unit, qualifier, the
    noun it counts and its rate, and the span of that rate (periods and the English readers of
    context are left out). ``previous`` is the figure before it in its sentence, if any."""
    before = words.before(r.start)
    if is_excluded_foreign(text, r, before, words.start, language) or is_score(text, r, before):
        return None
    qualifier, start = (r.qualifier, r.start) if r.qualifier else qualifier_before(text, r.start, before, language)
    after = words.after(r.end)
    if r.unit in ("days", "weeks") and before and before[-1][2] == "an":  # "an neun Tagen": days counted
        r.end, r.unit, r.counted, r.plain = r.number_end, None, text[r.number_end:r.end].strip().lower(), True
        after = words.after(r.end)
    # an amount of money or of a unit measures the noun before "von"/"de" ("ein Jahresverbrauch von
    # 3.500 Kilowattstunden"); a bare count counts the noun after it ("der Riss von elf Schafen")
    unhedged = [token for token in before if token[1] < start]
    of = noun_of_foreign(unhedged, language) if r.unit else None
    counted = r.counted or of or counted_in_foreign(after, language) or (
        subject_in_foreign(before, language, after) if r.kind != "fraction" else None)
    rate = language.rate.match(text, r.end)
    if not counted and previous and (rate or unhedged and unhedged[-1][2] in language.compared_leads):
        counted = previous.counted  # "42 médecins, soit 82 pour 100 000 habitants, contre 98", "dont deux"
    direction = r.direction or foreign_direction(unhedged, after, language)
    if r.kind != "digits" and not counted and not direction and r.unit in (None, "fraction") and not (
            after and after[0][2] in language.counted_openers):
        return None  # "zwei" or "die Hälfte" with nothing counted is no figure; "ein Drittel davon" is
    if r.plain and r.value < 100 and not (qualifier or counted or r.high or direction):
        return None  # a bare small number with nothing counted (but "sank um 1,4 auf …")
    return Statistic(
        text=text[start:r.end], start=start, end=r.end, value=_tidy(r.value), unit=r.unit, qualifier=qualifier,
        bound=language.qualifiers.get(qualifier or "", "="), counted=counted, rate=rate and rate.group("rate"),
        high=_tidy(r.high), magnitude=r.magnitude, direction=direction,
        from_value=_tidy(r.from_value)), rate.span("rate") if rate else (0, 0)


def _tidy(value: float | None) -> float | int | None:
    if value is None:
        return None
    value = float(value)
    if value.is_integer():
        return int(value)  # rounding would keep it whole
    value = round(value, 4)  # 8.3 * 1e6 is 8300000.000000001
    return int(value) if value.is_integer() else value
