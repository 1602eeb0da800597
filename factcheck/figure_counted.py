"""What a figure counts, from the words around it, tried in turn: the noun phrase after it
('7,400 arrests'), an 'of' phrase ('12% of voters'), the noun before 'of' ('a shortfall of
$212 million'), the subject or object of the verb it completes ('unemployment rose to 4.1%',
'raise wages by 11%'), or the figure it is compared with ('34,000 fans, down from 41,500').
Every look is a bounded window of the sentence's words, so the time is linear in the text."""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from factcheck.figure_languages import Language
from factcheck.figure_numbers import Reading
from factcheck.figure_words import (
    AUXILIARIES,
    DETERMINERS,
    DETERMINERS_PREPOSITIONS,
    DURATIONS,
    MEASURE_VERBS,
    NP_STOP,
    OBJECT_VERBS,
    PARTICIPLES,
    PREPOSITIONS,
    STATE_WORDS,
    UNIT_WORDS,
    YEAR,
    Token,
    is_plural,
    is_possessive,
    is_verb_like,
)
from factcheck.lexicon import (
    FIGURE_BARE_REFERENCE_NOUNS,
    FIGURE_CHANGE_NOUNS,
    FIGURE_REFERENCE_NOUNS,
    FRENCH_ADJECTIVE_ENDINGS,
    QUALIFIERS,
)
from factcheck.models import Statistic

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
# Where a clause begins, reading backwards from a figure: its subject comes after these.
_CLAUSE_MARKS = {",", ";", ":", "(", "—", "–"}
_ELIDED = ("l'", "l’")
_FRENCH_ADJECTIVE_ENDINGS = tuple(FRENCH_ADJECTIVE_ENDINGS)
_CLAUSE_BOUNDARIES = set("""
    ; : — – ( ) " “ ” « » that which who whom whose where when while whereas after because although
    though as if said says say told show shows showed found finds estimate estimates expect expects
    projects forecast forecasts predict predicts predicted according but yet
""".split())
# Words that may stand between a verb and the figure it governs: "rose by nearly", "fell to".
_LINKS = {"to", "by", "at", "from", "between", "of", "a", "an", "the", "record", "percent", "per", "cent",
          "million", "billion", "trillion", "thousand", "just", "only", "nearly", "almost", "about", "some",
          *QUALIFIERS}
_PARTICLES = {"aside", "out", "up", "off", "back", "away", "down", "over", "forward", "on"}
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
_REFERENCE = set(FIGURE_REFERENCE_NOUNS)
_BARE_REFERENCE = set(FIGURE_BARE_REFERENCE_NOUNS)
_NUMBER_OF = {"number", "numbers", "count", "total"}
_ANY_REFERENCE = _REFERENCE | _BARE_REFERENCE
_ENDS_PHRASE_BEFORE = DETERMINERS | PREPOSITIONS | AUXILIARIES | _CLAUSE_BOUNDARIES | {"and", "or", "than", "to", "as"}


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
    if i < n and not relative:
        token, at, low = tokens[i]
        if token.islower() and is_plural(low) and low not in NP_STOP and low not in _PRONOUNS \
                and low not in _COMMON_VERBS:
            return _Phrase([low], at + len(token), plural=True)  # the common case: "7,400 arrests"
    opened = i
    while i < n and (tokens[i][2] in DETERMINERS or is_possessive(tokens[i][0])
                     or i > opened and (tokens[i][0][0].isdigit() or tokens[i][2] in ("million", "billion"))
                     or tokens[i][2] in _HEDGES and i + 1 < n and tokens[i + 1][0][0].isdigit()):
        # "the league's 32 teams", "the roughly 1.9 million containers"; a number opening it is another figure
        if tokens[i][2] in _PRONOUNS and (i + 1 >= n or not tokens[i + 1][0][0].isalpha()
                                                   or tokens[i + 1][2] in NP_STOP):
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
                and tokens[i + 1][0] not in NP_STOP:
            i += 1
            joined = True
            continue  # "active and retired public workers"
        if low in NP_STOP or low.endswith(("n't", "n’t")):
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
                and tokens[i + 1][0][:1].islower() and tokens[i + 1][2] not in NP_STOP:
            i += 1
            adverb = True
            continue  # "publicly funded beds"
        participle = low.endswith("ed") and "-" not in low or low in PARTICIPLES  # "so-called" is an adjective
        if participle and not joined and (words or participle_first == "never" or participle_first == "before-plural"
                                          and not (i + 1 < n and is_plural(tokens[i + 1][2])) and not adverb) \
                or low.endswith("ing") and (not gerund_first or words and i + 1 < n and (
                    tokens[i + 1][2] in DETERMINERS or tokens[i + 1][2] in _LINKS
                    or not tokens[i + 1][0][0].isalpha() or tokens[i + 1][0][0].isupper())) \
                or words and (low in MEASURE_VERBS and not low.endswith("s") and low not in _NOUN_VERBS
                              or low in _COMMON_VERBS or is_plural(low) and i + 1 < n and tokens[i + 1][0].islower()
                              and (tokens[i + 1][2] in ("the", "its", "their", "his", "her", "our")
                                   or is_plural(tokens[i + 1][2]))):  # "a thirty-minute change saves lives"
            break  # a verb: "aid arrived", "gusts pushed", "a crash involving 46 vehicles", "deaths rose"
        joined = False
        words.append(low)
        end = at + len(token)
        i += 1
        if is_plural(low):
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


def _counted_after(r: Reading, after: list[Token]) -> _Phrase | None:
    """What the number counts from the words after it: its noun, an 'of' phrase, or (for money)
    'in', 'on' or 'into' what ('$3bn in holiday sales', '$315 million on health care')."""
    i, timed = 0, False
    # A rate, period or 'more' may stand between a sum and what it is spent on.
    while i < len(after):
        low = after[i][2]
        if low in ("more", "extra", "additional", "apiece", "annually", "overnight"):
            timed = timed or low in ("apiece", "annually", "overnight")  # "grew to 38,000 acres overnight"
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
    if word == "of" and r.unit in DURATIONS and i + 1 < len(after) and after[i + 1][0].islower() \
            and after[i + 1][2] not in NP_STOP:
        phrase = _phrase(after, i + 1)  # "18 minutes of warning", "six hours of testimony"
        return phrase if phrase.words and phrase.words[-1] not in _RATE_NOUNS else None
    if word == "of" and r.unit not in DURATIONS:
        phrase = _phrase(after, i + 1, relative=True)
        if phrase.pronoun or phrase.words and phrase.words[-1] not in _ANY_REFERENCE:
            return phrase
        if not phrase.words and i + 2 < len(after) and after[i + 1][2] == "those" \
                and after[i + 2][0].endswith("ed"):
            return _Phrase(["people", after[i + 2][2]], after[i + 2][1] + len(after[i + 2][0]))
        return None  # "half of the long-term average": counted is what is compared
    if word in ("in", "on", "into") and r.unit and r.unit not in ("%", "fraction", "times") and r.unit not in UNIT_WORDS \
            and i + 1 < len(after) and after[i + 1][0][:1].islower() \
            and after[i + 1][2] not in ("the", "a", "an", "average", "total", "all"):
        phrase = _phrase(after, i + 1)
        k = bisect.bisect_left([t[1] for t in after], phrase.end)
        if k < len(after) and after[k][0][0].isdigit():
            return None  # "in fiscal 2025" is a period
        return phrase if phrase.words and not set(phrase.words) & _RATE_NOUNS else None
    if word == "for" and r.unit and r.unit not in ("%", "fraction", "times") and r.unit not in UNIT_WORDS \
            and i + 1 < len(after) and after[i + 1][2] in ("a", "an"):
        phrase = _phrase(after, i + 1)  # "£1.2bn for a three-year programme"
        return phrase if phrase.words else None
    if r.unit == "%" and word.endswith("ed") and not r.after_determiner and not (
            i + 1 < len(after) and after[i + 1][0].islower() and after[i + 1][0] not in NP_STOP):
        return _Phrase([word], after[i][1] + len(word))  # "12% contained": the state measured
    if word in _CASUALTIES and not timed:
        return _Phrase([word], after[i][1] + len(word))  # "Eleven dead as tornadoes tear across …"
    if timed or word == "per" or word in ("a", "an") and not r.plain:
        return None  # "3,400 this year", "$6.85 a bushel": the words after are not what is counted
    phrase = _phrase(after, i, participle_first="before-plural" if r.unit in (None, "fraction") else "never",
                     gerund_first=r.unit is None or r.unit not in UNIT_WORDS)
    if not phrase.words or phrase.words[-1] in _RATE_NOUNS:
        return None
    if (r.plain or r.kind == "fraction") and not phrase.plural and r.value != 1:
        return None  # "the 1985 storm", "Arlo 300, built …", "half work": a count names a plural
    if not r.plain and len(phrase.words) == 1 and (phrase.words[0] in STATE_WORDS or phrase.words[0].endswith("er")):
        return None  # "35% complete", "87 percent full"; but "12% contained" counts containment
    return phrase


def _reference(words: list[str]) -> bool:
    return words[-1] in _REFERENCE or len(words) == 1 and words[0] in _BARE_REFERENCE


def _noun_before(before: list[Token], r: Reading, at: bool = False) -> list[str] | None:
    """'a shortfall of $212 million' -> shortfall; 'deals worth £1.2bn' -> deals; 'forecast of
    growth between 3% and 3.5%' -> growth; with ``at``, 'housing costs at 21 percent'."""
    if not before:
        return None
    link = before[-1][2]
    if link in ("of", "worth") and not at:
        tokens = before[:-1]
    elif link == "at" and at or not at and r.high is not None and _noun_then_range(before):
        tokens = before[:-1] if at else before
        if not tokens or not tokens[-1][0].islower() or is_verb_like(tokens[-1][0]):
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
        if not token[0].isalpha() or low in _ENDS_PHRASE_BEFORE or is_possessive(token) \
                or words and (low.endswith("ed") or low in PARTICIPLES) and not (
                    j == 0 or tokens[j - 1][2] in DETERMINERS_PREPOSITIONS):
            break
        words.insert(0, low)
    return words or None


def _noun_then_range(before: list[Token]) -> bool:
    """A range right after a noun introduced by 'of' or a possessive: 'forecast of growth between'."""
    return len(before) > 1 and before[-1][0].isalpha() and before[-1][2] not in NP_STOP \
        and before[-1][2] not in _LEADING_DROP \
        and (before[-2][2] == "of" or is_possessive(before[-2][0]))


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
        if (low in MEASURE_VERBS or low in OBJECT_VERBS) and not (
                k > 0 and before[k - 1][2] in DETERMINERS and before[k - 1][2] != "that"
                or low in ("average", "total") and k + 1 < len(before) and before[k + 1][0].islower()
                and before[k + 1][2] not in _LINKS):  # "the total", "cut average speeds"
            break
        if low == "running" and k > 0 and before[k - 1][2] in _RATE_NOUNS:
            k -= 2  # "rose for the second month running, to 4.9 per cent": an adverbial, no verb
            continue
        if token.islower() and (low.endswith(("ed", "ing")) or low in PARTICIPLES) and low not in STATE_WORDS \
                and not (k > 0 and before[k - 1][2] in DETERMINERS):
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
    if low in OBJECT_VERBS and between and between[0][0][0].isalpha():
        phrase = _phrase(between, 0)  # a name alone is who, not what: "put Diallo at 41%"
        return _Governor("object", _number_of(between, phrase) if phrase.words and not phrase.named else None, low)
    if low not in MEASURE_VERBS:
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
    while k >= 0 and (before[k][2] in AUXILIARIES or before[k][2] in _ADVERBS
                      or before[k][0].islower() and before[k][0].endswith("ly")):
        k -= 1  # "Violent crime overall fell 12%"
    if k > 0 and before[k][2] == "to" and (before[k - 1][2] in AUXILIARIES or is_verb_like(before[k - 1][0])):
        j = k - 1
        while j > 0 and (before[j - 1][2] in AUXILIARIES or is_verb_like(before[j - 1][0])):
            j -= 1
        return _subject_of(before, j, sent_start)  # "Temperatures are expected to reach": temperatures
    if k >= 0 and before[k][2] in ("which", "who", "that", "to"):
        return _antecedent(before, k)  # "pension contributions, which total", "the deficit to widen to"
    if k > 0 and before[k][2] in ("and", "but") and before[k - 1][0] == ",":
        return _sentence_subject(before, sent_start)  # "Earnings rose 11 cents, and were up 3.8%": theirs
    j = k
    while j >= 0 and _in_chain(before, j):
        j -= 1
    chain = before[j + 1:k + 1]
    while chain and chain[0][2] in PREPOSITIONS:
        chain = chain[1:]  # "with exports of copper up 14%"
    if chain:
        phrase = _phrase(chain, 0, participle_first="before-plural", sentence_start=sent_start)
        if phrase.pronoun or phrase.words and phrase.words[0] in ("it", "they"):
            return _sentence_subject(before, sent_start)
        return _compound_head(chain, phrase) or _number_of(chain, phrase) or None
    if j > 0 and before[j][0] == ",":
        # The verb opens a clause after an aside: the subject is the first noun before it.
        end = j
        while end > 0:
            start = end - 1
            while start >= 0 and before[start][0] not in (",", ";", ":") and before[start][2] not in ("said", "says"):
                start -= 1
            segment = before[start + 1:end]
            if segment and not (segment[0][2] in PREPOSITIONS or segment[0][2] in ("which", "who", "that")
                                or segment[0][2] in _ADVERBS):  # "Cloud revenue, now close to half, jumped"
                phrase = _phrase(segment, 0, participle_first="before-plural", sentence_start=sent_start)
                return _number_of(segment, phrase) or None
            if start < 0 or before[start][0] != ",":
                return None
            end = start
    return None


_DIMENSIONS = {"long", "wide", "high", "tall", "deep", "thick", "across"}


def _measured_noun(before: list[Token], after: list[Token], r: Reading) -> list[str] | None:
    """What a measure with its dimension after it measures: 'a path 14 miles long and up to half
    a mile wide' -> path (both figures)."""
    if not (after and after[0][2] in _DIMENSIONS and r.unit in UNIT_WORDS):
        return None
    k = len(before) - 1
    if k >= 1 and before[k][2] == "and" and before[k - 1][2] in _DIMENSIONS:  # past the first measure
        k -= 2
        while k >= 0 and (before[k][0][0].isdigit() or before[k][2] in UNIT_WORDS):
            k -= 1
    if k < 0 or not (before[k][0].islower() or k == 0) or before[k][2] in NP_STOP or is_verb_like(before[k][0]):
        return None  # (a capital opens the sentence: "Hailstones up to 9 centimetres across")
    return _words_ending_at(before, k)


# What a toll counts when a headline writes it after the number: "Eleven dead", "12 injured".
_CASUALTIES = {"dead", "injured", "hurt", "missing", "wounded", "killed", "homeless", "displaced"}
_VERBS_ENDING_SUBJECT = _COMMON_VERBS | {"went", "came", "got", "made", "took", "saw", "did", "kept", "stood"}


def _compound_head(chain: list[Token], phrase: _Phrase) -> list[str] | None:
    """A subject's noun phrase goes on to the noun that ends it, past a plural or a participle
    inside it: 'Services inflation eased', 'The average two-year fixed mortgage rate fell'."""
    if not phrase.words or phrase.named:
        return None
    k = next((i for i, token in enumerate(chain) if token[1] >= phrase.end), len(chain))
    last = k - 1
    while k < len(chain) and chain[k][0].isalpha() and chain[k][0].islower() and chain[k][2] not in NP_STOP \
            and chain[k][2] not in _VERBS_ENDING_SUBJECT and (k + 1 < len(chain) or not is_verb_like(chain[k][0])):
        last, k = k, k + 1  # (a participle inside it, not ending it: "rents went up", "fixed mortgage rate")
    return _words_ending_at(chain, last) if last >= 0 and chain[last][1] >= phrase.end else None


def _in_chain(before: list[Token], j: int) -> bool:
    """Can ``before[j]`` be part of a subject: a noun, a modifier, a determiner or a preposition
    joining another noun ('turnout in the district'), a name with digits ('Section 8 vouchers')."""
    token, _, low = before[j]
    if token == ",":
        return 0 < j < len(before) - 1 and before[j - 1][0][:1].isupper() and before[j + 1][0][:1].isupper()
    if token[0].isdigit():  # (also "10-year" before its noun: "the yield on 10-year government bonds")
        return j > 0 and (before[j - 1][0][:1].isupper() or before[j - 1][2] in DETERMINERS
                          or is_possessive(before[j - 1][0])) or bool(YEAR.fullmatch(token)) \
            or token.partition("-")[2].isalpha()
    if not token[0].isalpha() or low in _CLAUSE_BOUNDARIES or low in AUXILIARIES and low not in ("all", "both") \
            or low in _ADVERBS:
        return False
    if low in ("and", "or"):
        return j > 0 and before[j - 1][0] != ","
    # Past the verb, a verb's form ending in -s is a noun: "retiree health costs", "daily averages".
    return not (low in MEASURE_VERBS or low in OBJECT_VERBS) or low.endswith("s") or low in _NOUN_VERBS \
        or j > 0 and before[j - 1][2] in DETERMINERS


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


def what_is_counted(r: Reading, before: list[Token], after: list[Token],
                    earlier: list[Statistic], sent_start: int) -> tuple[str | None, int, str | None, str | None]:
    """The counted noun phrase, where it ends in the text, the direction a change noun gives
    ('an increase of 3.6%'), and a unit taken over from an earlier figure ('900 of them')."""
    if r.counted:  # "96-unit complex"
        return r.counted, r.end, None, None
    if r.kind == "times":
        return _counted_of_multiple(r, before, after, earlier, sent_start), r.end, None, None
    if r.kind in ("compare", "multiple"):
        phrase = _compared_with(after)
        if phrase and phrase.words and not _reference(phrase.words):
            return " ".join(phrase.words), phrase.end, None, None
        return _inherit(earlier, r), r.end, None, None  # "nearly double the 7.9 tonnes", "double what it was"
    if _level_reached(before, after, earlier):  # "shares rose 7.2% to $88.40 in after-hours trading"
        return earlier[-1].counted, r.end, None, None
    measured = _measured_noun(before, after, r)
    if measured:
        return " ".join(measured), r.end, None, None
    phrase = _counted_after(r, after)
    if phrase and r.unit in DURATIONS and after[0][2] == "of" and _governor(before, sent_start).how == "subject":
        phrase = None  # "Inventory rose to 2.8 months of supply": what rose is measured, not the supply
    if phrase and phrase.pronoun or before and before[-1][2] in ("those", ",") and _after_of_those(before) \
            or (r.plain or r.kind == "vague") and after[:1] and after[0][2] in ("more", "fewer") and not (phrase and phrase.words):
        # "23 of them", "Of those, 1,648", "Thousands more": what is counted was named before
        inherited = _inherit(earlier, r) or _inherit(earlier, r, any_unit=True)
        if inherited is None and earlier and earlier[-1].unit in UNIT_WORDS and r.plain:
            return None, r.end, None, earlier[-1].unit  # "planted 2,400 acres and cut maybe 900 of them"
        return inherited, phrase.end if phrase else r.end, None, None
    noun = _noun_before(before, r) if r.kind in ("digits", "words") and before and (
        before[-1][2] in ("of", "worth") or r.high is not None) and not (
        phrase and phrase.words and r.high is not None) else None  # only after 'of', 'worth' or before a range
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
    if r.unit in UNIT_WORDS and governor.verb in ("put", "puts", "set", "sets"):
        return None, r.end, None, None  # "put the fire at 18,400 acres": an estimate of its size
    if r.plain and governor.verb in _COUNT_VERBS:
        governor = _Governor("action", verb=governor.verb)  # "construction added 2,900": 2,900 what?
    if governor.how in ("subject", "object") and not (r.unit in DURATIONS and governor.how == "subject"
                                                      and governor.verb not in _DURATION_VERBS):
        if governor.words and not set(governor.words) & _NUMBER_OF:
            return " ".join(governor.words[-3:]), r.end, None, None
        if governor.words:
            return None, r.end, None, None  # "that number was under 40 percent"
    elliptic = r.plain and (not after or not after[0][0][0].isalpha() or is_verb_like(after[0][0])
                            or after[0][2] in ("who", "whom"))  # "including roughly 400 who attended"
    if governor.how != "subject" and (elliptic or _cue(before, earlier, sent_start)):
        # "34,000 fans, down from 41,500"; "I want the other 24 solved"
        inherited = _inherit(earlier, r, sent_start)
        if inherited:
            return inherited, r.end, None, None
    if governor.how == "" and governor.words:
        return _words(governor.words), r.end, None, None
    if r.kind == "fraction" or r.unit == "%" and after and is_verb_like(after[0][0]):
        # "Nearly half work in restaurants"; "A survey of 1,200 travelers found that 64% rated …"
        return _inherit(earlier, r, sent_start if r.unit == "%" else 0), r.end, None, None
    return None, r.end, None, None


def _level_reached(before: list[Token], after: list[Token], earlier: list[Statistic]) -> bool:
    """Is this figure the level a change just before it reached, with no noun of its own: 'rose
    7.2% to $88.40 in after-hours trading' (but 'rose 12% to 3,915 offenses' counts offenses)?"""
    if not (before and before[-1][2] == "to" and earlier and earlier[-1].direction and earlier[-1].counted):
        return False
    gap = before[-1][1] - earlier[-1].end
    # "…, or 0.3%, to $36.42": a comma may stand between them
    after_comma = len(before) > 1 and before[-2][0] == "," and before[-2][1] == earlier[-1].end
    return (gap <= 1 or gap <= 2 and after_comma) and not (
        after and after[0][0][0].isalpha() and after[0][0].islower() and after[0][2] not in NP_STOP)


def _compared_with(after: list[Token]) -> _Phrase | None:
    """What a multiple multiplies: 'double the statewide rate', 'four times as many batteries',
    "nearly double last year's outlay"."""
    lows = [t[2] for t in after[:3]]
    if lows[:1] == ["the"] and not (len(after) > 1 and after[1][0][0].isdigit()):
        return _phrase(after, 0)
    if lows[:2] in (["as", "many"], ["as", "much"]):
        return _phrase(after, 2)
    owner = next((k for k, t in enumerate(after[:3]) if is_possessive(t[0])), None)
    return _phrase(after, owner + 1) if owner is not None else None


def _after_of_those(before: list[Token]) -> bool:
    """'Of those, 1,648': the last words before the figure, past a comma, are 'of those'."""
    recent = [t[2] for t in before[-3:] if t[0] != ","]
    return recent[-2:] == ["of", "those"]


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


def _counted_of_multiple(r: Reading, before: list[Token], after: list[Token],
                         earlier: list[Statistic], sent_start: int) -> str | None:
    """'halved speeding violations' counts its object; 'hay prices have nearly doubled' its subject."""
    if after and after[0][0][:1].islower() and after[0][2] not in NP_STOP \
            or after and after[0][2] in ("our", "its", "their", "the"):
        phrase = _phrase(after, 0)
        if phrase.words:
            return " ".join(phrase.words)
    subject = _subject_of(before + [("doubled", r.start, "doubled")], len(before), sent_start)
    return " ".join(subject) if subject else _inherit(earlier, r, sent_start)


def _inherit(earlier: list[Statistic], r: Reading, since: int = 0, any_unit: bool = False) -> str | None:
    """The counted noun of the figure this one is compared with, at or after ``since``: '34,000
    fans, down from 41,500'. Only a figure of the same kind lends it: a count to a count, a sum
    to a sum of the same currency; any figure to a percentage or a multiple."""
    for stat in reversed(earlier):
        if stat.start < since:
            break
        if stat.counted and (any_unit or _same_kind(stat, r)):
            return stat.counted
    return None


def _same_kind(stat: Statistic, r: Reading) -> bool:
    """Can ``stat`` lend its counted noun to ``r``: a count to a count, a sum to a sum."""
    if r.unit in ("%", "times", "fraction") or r.kind in ("compare", "times", "fraction"):
        return True
    if r.unit is None:
        return stat.unit in (None, "fraction")
    return stat.unit == r.unit or r.unit in UNIT_WORDS and stat.unit in UNIT_WORDS  # "26.2 miles (42.2 km)"


def subject_in_foreign(before: list[Token], language: Language, after: list[Token] = ()) -> str | None:
    """What a German or French figure with no noun after it counts: the subject of its clause,
    after the first determiner, when a verb of change or level ties it to the figure ('Zugleich
    stieg das Defizit von …' -> defizit; 'La taxe de séjour a rapporté …' -> taxe de séjour; 'Die
    Zahl der Fahrgäste stieg …' -> fahrgäste); German puts the verb of a subordinate clause after
    the figure ('Da die Verbraucherpreise um 2,2 Prozent stiegen')."""
    start = len(before)
    while start and before[start - 1][0] not in _CLAUSE_MARKS:
        start -= 1
    clause = before[start:]
    k = next((i for i, t in enumerate(clause) if t[2] in language.subject_determiners or t[2][:2] in _ELIDED), None)
    if k is None or not any(t[2] in language.measure_verbs for t in [*clause, *after[:3]]):
        return None  # (a giver is not what it gives: "Der Bund gibt 1,5 Millionen Euro")
    if clause[k][2][:2] in _ELIDED:  # "l'occupation": the noun is in the determiner's token
        clause = [(clause[k][0][2:], clause[k][1] + 2, clause[k][2][2:])] + clause[k + 1:]
        k = -1
    if language.nouns_capitalised:
        noun = next((i for i in range(k + 1, len(clause)) if clause[i][0][:1].isupper()), None)
        if noun is None:
            return None
        if clause[noun][2] in language.amount_nouns and noun + 1 < len(clause) and clause[noun + 1][2] in ("der", "des"):
            return subject_in_foreign(clause[noun + 1:], language)  # "die Zahl der Fahrgäste"
        return clause[noun][2]
    words = [t[2] for t in clause[k + 1:k + 4]]
    if not words or not words[0].isalpha() or words[0] in language.not_counted:
        return None
    if words[0] in language.amount_nouns and words[1:2] == ["de"] and len(words) > 2:
        return words[2]  # "le nombre de visiteurs"
    if words[1:2] == ["de"] and len(words) > 2 and words[2].isalpha() or words[1:2] and words[1][:2] in ("d'", "d’"):
        return " ".join(words[:3] if words[1] == "de" else words[:2])  # "taxe de séjour", "taux d'occupation"
    if words[1:2] and words[1].endswith(_FRENCH_ADJECTIVE_ENDINGS):
        return " ".join(words[:2])  # "nuitées marchandes"
    return words[0]


def noun_of_foreign(before: list[Token], language: Language) -> str | None:
    """The noun a German or French figure is the amount of: 'ein Jahresverbrauch von 3.500
    Kilowattstunden' -> jahresverbrauch, 'une enveloppe de 4,8 millions' -> enveloppe (not a noun of
    change: 'une hausse de 14 %')."""
    if len(before) < 2 or before[-1][2] not in ("von", "de", "d'", "d’"):
        return None
    token, _, low = before[-2]
    if language.nouns_capitalised:  # German capitalises its nouns
        noun = token[:1].isupper()
    else:  # French puts a determiner before one: "une enveloppe de", not "a reculé de", "inférieur de"
        noun = token.islower() and len(before) > 2 and before[-3][2] in language.subject_determiners
    if not noun or not token.isalpha() or low in language.not_counted or low in language.change_nouns:
        return None
    return low


def counted_in_foreign(after: list[Token], language: Language) -> str | None:
    """What a figure counts in a German or French article: the noun right after it, past 'der',
    'von', 'de', 'des' and adjectives ('300 Polizisten', '12 Prozent der Befragten', '300 neue
    Regeln', '10 000 manifestants', "12 % des salariés", "des milliers d'habitants"). German
    nouns start with a capital letter, and only they do."""
    i = 1 if after and after[0][2] in language.counted_openers else 0
    if i and after[i:i + 1] and after[i][2] in language.counted_articles:
        i += 1  # "un quart de la clientèle"
    words = after[i:i + 3]
    for k, (token, _, low) in enumerate(words):
        if low.startswith(("d'", "d’", "l'", "l’")):
            token, low = token[2:], low[2:]  # "d'habitants", "de l'hôtellerie"
        if not token.isalpha() or low in language.not_counted:
            return None
        adjective = token.islower() if language.nouns_capitalised else low in language.adjectives
        if adjective and k + 1 < len(words) and words[k + 1][0].isalpha():
            continue
        noun = token[0].isupper() if language.nouns_capitalised else token.islower()
        return low if noun else None
    return None
