"""Direct quotes and reported speech, with their speakers. Pure: text in, records out.

Every pass is a single left-to-right scan or a regex over a bounded window, so the time is
linear in the article (no pattern that can backtrack over the whole text)."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache

from factcheck.lexicon import (
    ABBREVIATIONS,
    ATTRIBUTION_PREPOSITIONS,
    DEFINITE_ARTICLES,
    FRAGMENT_VERBS,
    FRENCH_ADJECTIVE_ENDINGS,
    FUNCTION_WORDS,
    GROUP_NOUNS,
    HONORIFICS,
    INDEFINITE_ARTICLES,
    OPENING_PARTICIPLES,
    ORGANISATION_WORDS,
    PARAPHRASE_VERBS,
    POST_NOMINALS,
    PRONOUNS,
    REPORTING_VERBS,
    ROLE_NOUNS,
    SPEECH_DOCUMENTS,
    TITLE_LINKS,
    TITLE_NOUNS,
    TITLES,
    VERB_PARTICLES,
)
from factcheck.models import Kind, Quote
from factcheck.speakers import (
    ARTICLE,
    DATELINE_PREFIX,
    ENGLISH_ARTICLES,
    LEADING_ARTICLE,
    PersonIndex,
    Speaker,
    clean_token,
    gender_of,
    index_people,
    person_name,
    resolve,
    without_nicknames,
)
from factcheck.textnorm import (
    SpanIndex,
    context_around,
    paragraph_spans,
    sentence_spans,
    word_alternation,
)

_VERBS = {v for verbs in REPORTING_VERBS.values() for v in verbs}
# A reporting verb, but not the noun it can also be after a determiner: "the claims", "his remarks"
# (not after "a", which is also French: "a déclaré").
_NOT_AFTER_DETERMINER = "".join(rf"(?<!\b{d} )" for word in ("the", "an", "his", "her", "its", "their", "our")
                                for d in (word, word.capitalize()))
# German "so" attributes only before whom it names ("…, so der Landrat", "so Müller"), never
# in English ("had so far picked up").
_VERB_WORDS = word_alternation(_VERBS - {"so"}) + r"|so(?=\s+(?:der|die|das|ein|eine|[A-ZÄÖÜ]))"
# The lookahead first: the fourteen lookbehinds then run only where a verb starts (twice as fast).
# Verbs of speech that are also plural nouns, used as nouns: "Asylum claims filed at …",
# "Initial claims for benefits", "police reports were …" (but "Ferrante claims the agency …").
_NOUN_USE = r"(?!(?:claims|reports|notes|states)\s+(?:for|of|filed|from|by|were|are|was|is|have|had|rose|fell|in|on|to|and)\b)"
_VERB = re.compile(rf"(?<![\w'’-])(?=(?:{_VERB_WORDS})(?![\w'’-])){_NOUN_USE}{_NOT_AFTER_DETERMINER}"
                   rf"(?:{_VERB_WORDS})(?![\w'’-])")


@lru_cache(maxsize=8192)
def _verbs_in(sentence: str) -> tuple[re.Match, ...]:
    """The reporting verbs in a sentence, in order. A sentence is read for reported speech and
    again for the source of its figures; the scan is the costly part of both, so it is done once."""
    return tuple(_VERB.finditer(sentence))


_FRENCH_AUX = re.compile(r"(?:\b(?:a|ont|avait|avaient|est|sont)|\bs['’]est|\bse sont)\s*$")
# Words between a subject and its verb: "Marsh has repeatedly said", "Haines can be heard replying".
_AUXILIARIES = {"has", "have", "had", "would", "will", "also", "later", "then", "once",
                "again", "previously", "repeatedly", "recently", "earlier", "was",
                "is", "did", "does", "told", "hat", "habe", "ont", "a", "can", "could", "may", "might",
                "must", "should", "be", "been", "heard", "seen"}
# Words that name what follows rather than report it; a naming verb may take an article
# ("what one local blog dubbed the “Battle of the Boiler”").
_NON_SPEECH_BEFORE = re.compile(
    r"(?:so-called|so called|the words?|the terms?|the phrases?|the slogan|the label|hashtag|"
    r"marked|sogenannte[nrm]?|(?:titled|entitled|dubbed|nicknamed|named|known as|headlined|"
    r"labeled|labelled|branded|reading|read|genannt|dit|baptisé)(?:\s+(?:the|a|an|der|die|das|le|la|les))?)\s*$",
    re.I)
# "call" right before the quote names a thing ("a man the locals call “the Ferryman”", "a palette
# critics call “coastal noir”") unless what follows is a characterisation of three words or more
# in lower case: "what he called “a witch hunt against me”".
_CALLED_BEFORE = re.compile(r"\bcall(?:ed|s|ing)?(?:\s+(?:the|a|an))?\s*$", re.I)
_DETERMINER_BEFORE = re.compile(r"(?:\b(?:the|a|an|its|their|his|her|our|this|that)|\w['’]s)\s+$", re.I)
_WORD_AFTER = re.compile(r"[ \t]+([a-zà-öø-ÿ][\w-]*)")
_FUNCTION_WORDS = set(FUNCTION_WORDS)
# "the novel “Lanterns Over Bracken”", "Schlagzeilen wie „Angst in der Altstadt“", "Sicherheitsbericht „…“"
_TITLE_WORDS = set(TITLE_NOUNS["en"]) | set(TITLE_NOUNS["fr"])
_ARTICLES_BEFORE_NAMES = {"the", "der", "die", "das", "dem", "den", "des", "le", "la", "les", "du", "au", "aux"}
_GERMAN_TITLE_NOUNS = tuple(TITLE_NOUNS["de"])  # also ending a compound
_TITLE_LINK_AT_END = re.compile(rf"\s(?:{'|'.join(TITLE_LINKS)})\s*$", re.I)
_FRAGMENT_VERB = re.compile(
    rf"(?<![\w'’-])(?:{word_alternation({v for verbs in FRAGMENT_VERBS.values() for v in verbs})})(?![\w'’-])")

# Opening mark -> marks that may close it.
_CLOSERS = {'"': '"”“', "“": "”\"“", "„": "“”\"", "«": "»", "»": "«", "‘": "’'", "'": "'’"}
_DOUBLE_MARKS = set('"“”„«»')
_SINGLE_MARKS = set("'‘’")


@dataclass
class _Span:
    open_at: int  # index of the opening mark
    close_at: int  # index of the closing mark (or end of paragraph when unclosed)
    closed: bool


def _is_opening(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if after.isspace():
        return text[i] in "«" and not after == "\n"
    return before.isspace() or before in "([{—–-/:;,“‘\"'" or i == 0


def _is_closing(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if text[i] in "»«":
        return True
    return not before.isspace() or after.isspace() or after in ".,;:!?)—–-"


def _scan_spans(text: str, marks: set[str], paragraphs: list[tuple[int, int]], warnings: list[str]) -> list[_Span]:
    """Pair the opening and closing marks of one family of quotation marks in ``text``."""
    start, end = 0, len(text)
    para_ends = SpanIndex(paragraphs)
    spans: list[_Span] = []
    open_at = nested_at = -1
    mark_pattern = re.compile("[" + re.escape("".join(sorted(marks))) + "]")
    positions = [m.start() for m in mark_pattern.finditer(text, start, end)]
    for i in positions:
        if open_at >= 0:
            para_end = para_ends.span_at(open_at)[1]
            # The quote ran to the end of its paragraph without closing.
            while i > para_end:
                next_para = para_ends.index_at(para_end) + 1
                if next_para >= len(paragraphs):
                    break
                next_start = paragraphs[next_para][0]
                if text[next_start] in marks and next_start <= i:
                    para_end = paragraphs[next_para][1]  # multi-paragraph quote continues
                    if next_start == i:
                        break
                    continue
                spans.append(_Span(open_at, para_end, False))
                warnings.append(f"unclosed quotation mark at offset {open_at}; ended the quote at the paragraph end")
                open_at = nested_at = -1
                break
            if open_at >= 0 and i > para_end:
                spans.append(_Span(open_at, para_end, False))
                warnings.append(f"unclosed quotation mark at offset {open_at}; ended the quote at the paragraph end")
                open_at = nested_at = -1
        if open_at < 0:
            if _is_opening(text, i) and text[i] in _CLOSERS:
                if text[i] == "»" and "«" not in text[i:_continued_paragraphs_end(text, i, paragraphs, para_ends)]:
                    continue  # a closing guillemet after a French-style « … »
                open_at = i
            continue
        if i == para_ends.span_at(i)[0] and i != open_at:
            continue  # the opening mark of a continued paragraph
        if nested_at >= 0:
            if text[i] in _CLOSERS[text[nested_at]] and _is_closing(text, i):
                nested_at = -1
                continue
            if text[i] not in _CLOSERS[text[open_at]] or not _is_closing(text, i):
                continue
            nested_at = -1  # the guillemets close, though the quote inside them never did
        if text[open_at] == "«" and text[i] in _CLOSERS and text[i] not in "»«" and _is_opening(text, i):
            nested_at = i  # « On nous parle de “transition”, mais … »: a quote inside the guillemets
            continue
        if text[i] in _CLOSERS and _is_opening(text, i) and not _is_closing_strict(text, i) \
                and text[i] not in "»«" and i < para_ends.span_at(open_at)[1]:
            # an opening mark before the open quote closed: the open one is unbalanced
            spans.append(_Span(open_at, _trim_back(text, i), False))
            warnings.append(f"unclosed quotation mark at offset {open_at}; ended the quote before the next one")
            open_at = i
            continue
        if text[i] in _CLOSERS[text[open_at]] and _is_closing(text, i):
            spans.append(_Span(open_at, i, True))
            open_at = -1
    if open_at >= 0:
        para_end = para_ends.span_at(open_at)[1]
        spans.append(_Span(open_at, para_end, False))
        warnings.append(f"unclosed quotation mark at offset {open_at}; ended the quote at the paragraph end")
    return spans


def _continued_paragraphs_end(text: str, i: int, paragraphs: list[tuple[int, int]], para_ends: SpanIndex) -> int:
    """Where a quote opening at ``i`` may close: the end of its paragraph, or of the last
    following one that opens with the same mark (a quote over paragraphs), within 2,000 characters."""
    k = para_ends.index_at(i)
    end = paragraphs[k][1] if k >= 0 else len(text)
    while 0 <= k + 1 < len(paragraphs) and text[paragraphs[k + 1][0]] == text[i] and end - i < 2000:
        k += 1
        end = paragraphs[k][1]
    return min(end, i + 2000)


def _is_closing_strict(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    return not before.isspace()


def _trim_back(text: str, i: int) -> int:
    while i > 0 and text[i - 1].isspace():
        i -= 1
    return i


_SINGLE_OR_BREAK = re.compile(r"['‘’]|\n\n")


def _single_quote_spans(text: str, taken: list[tuple[int, int]], warnings: list[str]) -> list[_Span]:
    """British-style quotes in single marks, opening and closing outside any double-quoted
    span (they may hold one: ‘My kids call it “the racetrack”.’). Strict, because the same
    characters are apostrophes: the opener follows a space and precedes a letter, the closer
    follows a non-space and precedes a space or punctuation."""
    spans = []
    open_at = -1
    inside = 0  # index of the first taken span not yet behind the scan
    for found in _SINGLE_OR_BREAK.finditer(text):
        i, ch = found.start(), found.group(0)
        if ch == "\n\n":
            open_at = -1  # a single mark never spans paragraphs
            continue
        while inside < len(taken) and taken[inside][1] < i:
            inside += 1
        if inside < len(taken) and taken[inside][0] <= i:
            continue  # a mark inside a double-quoted span belongs to it
        before = text[i - 1] if i > 0 else " "
        after = text[i + 1] if i + 1 < len(text) else " "
        if open_at < 0:
            if ch in "'‘" and (before.isspace() or before in "(—–") and after.isalpha() \
                    and not re.match(r"[’']?(?:n[’']|em\b|tis\b|til\b|cause\b)", text[i + 1:i + 6]):
                open_at = i
        elif not before.isspace() and (after.isspace() or after in ".,;:!?)—–") and not (
                before == "s" and after == " " and text[i + 2:i + 3].islower()):
            spans.append(_Span(open_at, i, True))
            open_at = -1
    return spans


def _outside(inner: list[_Span], outer: list[_Span]) -> list[_Span]:
    """``inner`` spans not nested in any of ``outer`` (both in text order): a quote inside a
    quote is part of the outer one's text."""
    kept, j = [], 0
    for span in inner:
        while j < len(outer) and outer[j].close_at < span.open_at:
            j += 1
        if not (j < len(outer) and outer[j].open_at < span.open_at and span.close_at < outer[j].close_at):
            kept.append(span)
    return kept


def _inner(text: str, span: _Span) -> tuple[int, int]:
    """Offsets of the quoted words: inside the marks, trimmed, without a trailing comma."""
    start, end = span.open_at + 1, span.close_at
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",:;"):
        end -= 1
    return start, end


# "D-Ill.", "R-Texas", "34": appositions after a name that are never the subject
# An apposition that is no subject: a party, an age or letters after a name ("Jane Doe, D-Ill.,",
# "Maureen Oddie, 80,", "Rohan Bhattacharjee, IAS,").
_PARTY_OR_AGE = re.compile(rf"^(?:[DRI]-[A-Z][\w.]*|\d{{1,3}}|{'|'.join(map(re.escape, POST_NOMINALS))})$")


# "… after he", "in what the Authority described as": the subject is in the clause these open
_SUBORDINATE = re.compile(r"\b(?:after|before|when|while|because|since|although|though|if|that|where|whom|what|"
                          r"in\swhich)\s"  # "a letter from the accused, in which Tierney (wrote)"
                          r"(?=(?:he|she|they|it|we|I|il|elle|er|sie)\b|[A-Z])|\bwhat\s(?=the\s[A-Z])")




_TITLE_THEN_NAME = re.compile(r"[\w.-]+\s+([A-ZÀ-Þ][\w'’-]+\s+[A-ZÀ-Þ][\w'’-]+)$")


def _named_after_title(phrase: str) -> str | None:
    """The full name a phrase ends on after a title or role: 'state Rep. Carla Jimenez', 'The
    linguist and columnist Bernard Achterberg' (not 'director of … Infectious Diseases')."""
    trailing = _TITLE_THEN_NAME.search(phrase)
    if trailing and clean_token(trailing.group(0).split()[0]) in _SUBJECT_WORDS and person_name(trailing.group(1))[1]:
        return trailing.group(1)
    return None
_LEADING_ADVERBS = {"later", "then", "now", "meanwhile", "also", "still", "yet", "but", "and", "so", "today",
                    "yesterday", "earlier", "however", "instead", "again", "afterwards", "afterward", "separately",
                    "dann", "später", "danach", "puis", "ensuite", "alors"}
_PARENTHETICAL = re.compile(r"\s*\([^()]{0,80}\)")


def _split_segments(phrase: str) -> str:
    """The subject in the words before a reporting verb: skip appositions and adverbials.

    'Elena Marsh, a local activist from Queens,' -> 'Elena Marsh';
    'On Tuesday, Marsh' -> 'Marsh'; 'In a statement, the agency' -> 'the agency'."""
    phrase = _PARENTHETICAL.sub("", DATELINE_PREFIX.sub("", phrase))  # "Selin Aydın (Grüne)", "Jane Doe (D-Ill.)"
    clause = _SUBORDINATE.split(phrase)[-1]  # "… after he" -> "he"
    if clause.rstrip().endswith(",") and _FINITE.search(clause):
        clause = phrase  # a clause closed before the verb is an aside: "a builder who … since they were teenagers,"
    segments = [s.strip() for s in _SEGMENT_BREAK.split(clause)
                if s.strip() and not _PARTY_OR_AGE.match(s.strip())]
    if not segments:
        return ""
    named_as = _named_as(phrase)
    if named_as:  # "A resident who gave his name only as Onyango said …"
        return named_as
    segments = [s for k, s in enumerate(segments) if s.split()[0].lower() not in _NOT_SUBJECT_STARTS
                and not (k + 1 < len(segments) and _participle_clause(s.split()))] or segments
    chosen = segments[-1]
    for segment in reversed(segments):
        first = segment.split()[0]
        if first.lower() in PRONOUNS and len(segment.split()) == 1:
            chosen = segment
            break
        if first[:1].isupper() and person_name(segment)[0] or _named_after_title(segment):
            chosen = segment  # 'Elena Marsh', 'state Rep. Carla Jimenez' (not 'director of … Infectious Diseases')
            break
    else:
        # no name: a role phrase ('A bureau spokesperson, asked how many …, replied')
        chosen = next((seg for seg in reversed(segments) if _role_subject(seg)), chosen)
    opening = chosen.split()
    if len(opening) > 1 and opening[0].lower() in _ADVERBIAL_STARTS and opening[-1].lower() in _SUBJECT_PRONOUNS:
        chosen = opening[-1]  # "In a Facebook post on Monday she (wrote)": the pronoun after the adverbial
    chosen = _RELATIVE_AFTER_SUBJECT.split(chosen, maxsplit=1)[0]  # "Parents who packed the meeting say"
    reduced = _REDUCED_RELATIVE.match(chosen)
    chosen = chosen[reduced.start(1):] if reduced else chosen  # "a move the district says": the district says
    authored = _DOCUMENT_BY.match(chosen) if " by " in chosen and " that " not in chosen else None
    if authored:  # "A 2023 report prepared for council by Vessmark Engineering (recommended …)": its author
        return authored.group("who")
    words = chosen.split()
    while words and (words[-1].lower() in _AUXILIARIES or (words[-1].endswith("ly") and words[-1].islower())):
        words.pop()
    while len(words) > 1 and words[0].lower() in _LEADING_ADVERBS:
        words.pop(0)  # "Later she", "Dann er"
    return " ".join(words)


# Someone who gives only one name: "a resident who gave his name only as Onyango", "a man identified only as Joe".
_NAMED_AS = re.compile(r"\b(?:who\s+gave\s+(?:his|her|their)\s+(?:first\s+)?name\s+(?:only\s+)?as|"
                       r"(?:identified|known)\s+only\s+as)\s+([A-Z][\w'’-]+)")


def _named_as(text: str) -> str | None:
    """The one name someone gives ('a resident who gave his name only as Onyango'), if any
    (a look for ' as ' first: few sentences hold one)."""
    found = _NAMED_AS.search(text) if " as " in text else None
    return found.group(1) if found else None


_RELATIVE_AFTER_SUBJECT = re.compile(r"\s(?:who|which|qui)\s")
# A noun phrase, then the subject of a relative clause without "that": "a move the district (says …)".
_REDUCED_RELATIVE = re.compile(r"(?i:an?|the)\s+[a-z][\w-]*(?:\s+(?!(?:for|of|at|with|from|to|on|in|by)\s)[a-z][\w-]*)?"
                               r"\s+((?i:the|its|his|her|their)\s)")
_FRENCH_INVERTED = re.compile(r"[\w’']+(?:-t)?-(il|elle|ils|elles)\b")  # "a-t-il", "s’agace-t-elle", "poursuit-il"


def _cut_adverbials(phrase: str) -> str:
    """'Marsh on Tuesday' -> 'Marsh'; a role keeps what it is of ('a spokesperson for the board')."""
    cut = _ROLE_CUT if LEADING_ARTICLE.match(phrase.lstrip()) else _NAME_CUT
    return cut.split(" " + phrase + " ", maxsplit=1)[0].strip()


_SEGMENT_BREAK = re.compile(r"[,;:—–(]")
_CLAUSE_BREAK = re.compile(r"[,.;:!?]")
_NAME_CUT = re.compile(r"\s+(?:on|in|at|during|after|before|while|when|to|of|for|about|am|im|zum|zur|bei|nach|auf|gegenüber|"
                       r"vor|lors|dans|après|avant|pendant|de|du|des|der)\s")
_ROLE_CUT = re.compile(r"\s+(?:on|in|at|during|after|before|while|when|to|about|am|im|bei|nach|lors|dans|après|avant|"
                       r"pendant)\s")


def _until_sentence_end(text: str) -> str:
    """``text`` up to the first full stop that ends a sentence ('Sen.' and 'J.' do not)."""
    for stop in re.finditer(r"\.", text):
        word = re.search(r"([\w.'-]+)$", text[:stop.start()])
        token = word.group(1).lower() if word else ""
        if token in ABBREVIATIONS or (len(token) == 1 and token.isalpha()):
            continue
        return text[:stop.start()]
    return text


# Words opening a clause that is not the main one ("When X asked …, “…”"); "As X said, “…”" attributes.
_SUBORDINATORS = {"when", "after", "before", "while", "because", "if", "although", "though", "since", "until",
                  "whenever", "once", "als", "wenn", "nachdem", "quand", "lorsque"}
_NEW_CLAUSE = {"while", "whereas", "but", "and", "although", "though", "when", "because", "after", "before",
               "since", "until", "which", "that", "während", "aber", "und", "doch", "weil", "mais", "et", "tandis",
               "alors"}
_SUBJECT_PRONOUN_FIRST = re.compile(r"\s*(he|she|er|sie|il|elle)\b", re.I)


# When, written between an inverted verb and its subject: "a annoncé mardi la Régie", "sagte am Montag der Landrat".
_WHEN_FIRST = re.compile(
    r"^\s*(?:(?:on|am)\s+)?(?:[Mm]onday|[Tt]uesday|[Ww]ednesday|[Tt]hursday|[Ff]riday|[Ss]aturday|[Ss]unday|"
    r"lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|aujourd['’]hui|\w+tag|heute|gestern)"
    r"(?:\s+(?:soir|matin|après-midi|morning|afternoon|evening|night|abend|morgen|nachmittag))?(?=\s)")


# A quote read from a document, whose issuer speaks: "…, hiess es in der Mitteilung", "…, peut-on
# lire dans le communiqué", "…, the statement read".
_DOCUMENT_WORDS = word_alternation(SPEECH_DOCUMENTS)
_READ_IN_DOCUMENT = re.compile(
    rf"(?i:(?:hie(?:ss|ß)|heißt)\s+es\s+(?:in|im)|(?:peut-on|on\s+peut)\s+lire\s+dans)\s+"
    rf"(?i:(?:der|dem|einer|einem|le|la|un|une)\s+|l['’])?(?i:({_DOCUMENT_WORDS}))\b"
    rf"|(?i:the|its|a)\s+(?i:({_DOCUMENT_WORDS}))\s+(?:read|reads)\b")


def _tail_speaker(tail: str) -> str | None:
    """The speaker phrase in the words after a quote: ', Marsh said.' or ', said Marsh, the …'.
    A new clause there is about someone else: '“…,” while Sen. Mitt Romney said he …'."""
    tail = tail.lstrip(" \t,—–-\u00a0")
    first_word = tail.split(maxsplit=1)[0].lower() if tail.strip() else ""
    if first_word in _NEW_CLAUSE:
        return None
    document = _READ_IN_DOCUMENT.match(tail)
    if document:  # "hiess es in der Mitteilung", "peut-on lire dans le communiqué", "the statement read"
        return f"the {document.group(1) or document.group(2)}"
    inverted_pronoun = _FRENCH_INVERTED.match(tail)
    if inverted_pronoun:  # "a-t-il affirmé", "a-t-elle confié"
        return inverted_pronoun.group(1)
    for prep in ATTRIBUTION_PREPOSITIONS:
        if tail.lower().startswith(prep + " "):
            return _split_segments(re.split(r"[.;:!?]", tail[len(prep) + 1:], maxsplit=1)[0]) or None
    first_verb = _VERB.search(tail, 0, 200)
    if not first_verb:
        return None
    before = tail[:first_verb.start()]
    if not before.strip() or _FRENCH_AUX.search(before) and len(before.split()) <= 1:
        # inverted: 'said Marsh, the port commissioner' / 'a déclaré Marie Dupont'
        after = _until_sentence_end(tail[first_verb.end():first_verb.end() + 160])
        pronoun = _SUBJECT_PRONOUN_FIRST.match(after)
        if pronoun:  # "fügte er hinzu", "sagte sie"
            return pronoun.group(1)
        match = re.match(r"\s*([^;:!?\"“”«»()]{1,140})", _WHEN_FIRST.sub("", after))
        if not match:
            return None
        segments = [seg.strip() for seg in match.group(1).split(",") if seg.strip()][:3]
        # 'said Marsh, the port commissioner' / 'a précisé le directeur de la RTM, Hugo Lemaire'
        chosen = next((seg for seg in segments if seg[:1].isupper() and person_name(_cut_adverbials(seg))[1]),
                      segments[0] if segments else "")
        words = _cut_adverbials(chosen).split()
        while len(words) > 1 and words[-1] in _VERB_PARTICLE_SET:
            words.pop()  # "teilte das Ministerium mit": the particle closes the verb, not the name
        return " ".join(words) or None
    if len(before.split()) > 16:
        return None
    before = _FRENCH_AUX.sub("", before)
    return _split_segments(before) or None


def _head_speaker(head: str) -> tuple[str | None, str]:
    """The speaker phrase in the words before a quote, and how it was found
    ('colon', 'according', 'verb', 'fragment' or '')."""
    stripped = head.rstrip(" \t\u00a0")
    if not stripped:
        return None, ""
    label = _MARKDOWN_EMPHASIS.sub("", stripped.rsplit("\n", 1)[-1]) if "*" in stripped or "_" in stripped else stripped
    if label.endswith(":") and len(label.split()) <= 5 and not _VERB.search(label) and _names_someone(label[:-1]):
        # "Sen. Jane Doe:", "Der Landrat:", a transcript's "**Lund:**"; not "Sunak hit back:"
        return label[:-1].strip(), "colon"
    for prep in ATTRIBUTION_PREPOSITIONS:
        idx = stripped.lower().rfind(prep)
        if idx >= 0 and len(stripped) - idx < 120:  # room for a "who …" clause after the name
            phrase = _split_segments(stripped[idx + len(prep):].strip(" ,:"))
            if phrase:
                return phrase, "according"
    possessed = _POSSESSED_SPEECH.search(stripped)
    if possessed:  # "Jones responded to Smith’s claim that “…”": the words are Smith's
        return possessed.group(1), "verb"
    verbs = ([(found, "verb") for found in _VERB.finditer(stripped)]
             + [(found, "fragment") for found in _FRAGMENT_VERB.finditer(stripped)])
    if verbs:
        verb, how = max(verbs, key=lambda pair: pair[0].start())  # the last; a reporting verb on a tie
        between = stripped[verb.end():]
        if len(between.split()) <= 8 and not re.search(r"[!?]\s", between) and _until_sentence_end(between) == between:
            before = _FRENCH_AUX.sub("", stripped[:verb.start()])
            if before.split()[:1] and before.split()[0].lower() in _SUBORDINATORS and "," not in before \
                    and between.rstrip().endswith(","):
                return None, ""  # "When one employee asked whether …, “Not if we can help it”": someone answered
            if not before.strip(" ,—–-") and how == "verb":
                # between two parts of one quote: '“A,” said Tom Reyes, “B.”'
                inverted = _tail_speaker(stripped)
                return (inverted, "verb") if inverted else (None, "")
            if how == "verb" and verb.group(0) in _VERB_SECOND and _fronted_adverbial(before):
                # German puts the verb second, its subject after it: "Auf die Frage, ob …,
                # antwortete der Landrat:", "Bei einer Bürgerversammlung sagte sie:"
                inverted = _tail_speaker(stripped[verb.start():])
                if inverted and (inverted.lower() in PRONOUNS or _role_subject(inverted) or inverted[0].isupper()):
                    return inverted, "verb"
            subject = _split_segments(before)
            said = _VERB.search(subject) if subject else None
            participle = verb.group(0).endswith("ing") and before.rstrip().endswith(",")
            if said and said.start() > 0 and (said.end() == len(subject) or participle):
                # "Mr Tillotson said, adding: “…”", "X acknowledged that …, telling reporters that
                # crews were “…”": the words are the main verb's subject's
                subject = subject[:said.start()].strip()
            if subject:
                return subject, how
    opinion = _OPINION_LEAD.match(stripped)
    if opinion:  # "Pour lui, le dossier illustre « … »": the sentence is his view
        phrase = _split_segments(opinion.group(1))
        if phrase:
            return phrase, "according"
    subject = _leading_subject(stripped) if stripped.endswith(":") else None
    if subject and len(stripped.split()) > len(subject.split()):
        return subject, "colon"  # "Denise Carr had a different view: ‘…’"; without the colon, a guess
    return None, ""


# Someone's words named by a noun right before the quote: "Smith’s claim that", "his remark that the plan was".
_POSSESSED_SPEECH = re.compile(
    r"\b((?:[A-Z][\w.-]*\s){0,3}[A-Z][\w-]*|[Hh]is|[Hh]er)(?:['’]s)?\s+(?:claims?|remarks?|comments?|statements?|"
    r"assertions?|promises?|warnings?|words|pledges?|vows?|arguments?|insistence|description)\b[^.!?“”\"«»„]{0,50}$")
_OPINION_LEAD = re.compile(r"\s*(?:Pour|Für)\s+([^,]{1,60}(?:,\s*[^,]{1,60}(?=,))?),\s")


_MARKDOWN_EMPHASIS = re.compile(r"\*{1,2}|(?<!\w)_{1,2}|_{1,2}(?!\w)")


def _names_someone(phrase: str) -> bool:
    """Names, titles, roles and small words, as a transcript or a colon introduces a speaker:
    'Sen. Jane Doe', 'Der Landrat', 'A DHS spokesperson', not 'Sunak hit back'."""
    return all(word[:1].isupper() or clean_token(word) in _NAME_WORDS for word in phrase.split())


def _fronted_adverbial(before: str) -> bool:
    """Words before a verb that open with an adverbial, not a subject ('Bei einer
    Bürgerversammlung im Februar', 'Auf die Frage, ob …,')."""
    words = before.split()
    return bool(words) and words[0].lower() in _ADVERBIAL_STARTS


# German reporting verbs, which come second with the subject after them when something else
# opens the sentence ("fragte sie" asks her, so it is left out).
_VERB_SECOND = set(REPORTING_VERBS["de"]) - set(REPORTING_VERBS["en"]) - {"fragte", "fragt", "so"}

_SUBJECT_WORDS = set(TITLES) | set(ROLE_NOUNS) | {"field", "office", "press", "union", "state", "county", "city"}
_ORGANISATION_SET = set(ORGANISATION_WORDS)
_ROLE_OR_KIND = _SUBJECT_WORDS | _ORGANISATION_SET
_NAME_WORDS = _ROLE_OR_KIND | set(DEFINITE_ARTICLES) | set(INDEFINITE_ARTICLES) | {
    "of", "for", "de", "du", "von", "vom", "und", "and", "et"}
# (also a name's possessive in place of the article: "Reyes’s husband")
_ARTICLE_AND_WORDS = re.compile(rf"\s*({ARTICLE}|[A-ZÀ-Þ][\w-]*['’]s\s+)((?:[\w’'-]+\s*){{1,8}})")
_OF_CONNECTORS = {"of", "de", "du", "des", "der", "für"}
_FRENCH_ARTICLES = {"le", "la", "les", "l'", "l’", "un", "une"}
_FRENCH_ADJECTIVE_ENDINGS = tuple(FRENCH_ADJECTIVE_ENDINGS) + ("adjoint", "adjointe")


def _role_subject(segment: str) -> str | None:
    """'the chief', 'a bureau spokesperson', 'La préfecture', 'Der Landrat': an article and, within
    four words, a role or a kind of organisation, with what describes an organisation after it
    ('La direction générale de l’aviation civile')."""
    found = _ARTICLE_AND_WORDS.match(segment)
    if not found:
        return None
    words = found.group(2).split()
    last = next((i for i, word in enumerate(words[:4]) if clean_token(word) in _ROLE_OR_KIND), None)
    if last is None:
        return None
    while last + 1 < len(words) and clean_token(words[last + 1]) in _ROLE_OR_KIND:
        last += 1  # "a school board member"
    article = found.group(1).strip().lower()
    if article in _FRENCH_ARTICLES and last + 1 < len(words) and words[last + 1].islower() \
            and words[last + 1].endswith(_FRENCH_ADJECTIVE_ENDINGS) and words[last + 1] not in _VERBS \
            and clean_token(words[last]) not in _ORGANISATION_SET:  # (an organisation's words are read below)
        last += 1  # "la directrice académique", "le procureur général"
    if last == 0 and clean_token(words[0]) in _ORGANISATION_SET and article not in ENGLISH_ARTICLES:
        while last + 1 < len(words) and words[last + 1][:1].islower() and words[last + 1] not in _VERBS and (
                words[last + 1] in _OF_CONNECTORS or words[last + 1] not in _FUNCTION_WORDS):
            last += 1  # French puts what describes it after: "La direction générale de l’aviation civile"
    if last + 2 < len(words) and words[last + 1] in ("for", "of", "at", "von", "vom"):  # "A spokeswoman for the …"
        k = last + 2 + (words[last + 2] == "the")
        while k < len(words) and words[k][:1].isupper():
            k += 1
        last = k - 1 if k > last + 2 + (words[last + 2] == "the") else last
    return found.group(1) + " ".join(words[:last + 1])


def _leading_subject(head: str) -> str | None:
    """The subject at the start of a sentence: 'Chief financial officer Mark Delacroix struck
    …' -> 'Chief financial officer Mark Delacroix'; 'the chief described …' -> 'the chief'; a
    pronoun on its own; 'The mayor, Tom Reyes, said' -> 'Tom Reyes'. Leading adverbials
    ('Later, in a radio interview, Sandoval …', 'At a news conference Monday, …') and clauses
    ('whether he regretted it, …') are skipped; appositions are not subjects."""
    segments = without_nicknames(DATELINE_PREFIX.sub("", head)).split(",", 4)[:4]
    previous = ""
    for k, segment in enumerate(segments):
        named_as = _named_as(segment)
        if named_as:  # "a retired nurse who gave her name only as Gloria asked …"
            return named_as
        words = segment.split()[:10]
        if words and words[0].lower() in _SUBJECT_PRONOUNS:
            return words[0]
        # "Asked by the chair of the bench, Margaret Ellery, whether …": a name after a phrase
        # holding a role names that role, not the subject; "The mayor, Tom Reyes, said" does.
        apposition = k + 1 < len(segments) and any(w.lower() in _SUBJECT_WORDS for w in previous.split()[1:]) \
            and not LEADING_ARTICLE.match(previous.strip())  # (an apposition has a comma after it too)
        previous = segment
        participle = k + 1 < len(segments) and _participle_clause(words)
        if apposition or participle or (words and words[0].lower() in _NOT_SUBJECT_STARTS):
            continue
        role = _role_subject(segment)
        following = segments[k + 1].split()[:10] if k + 1 < len(segments) and segments[k + 1][1:2].isupper() else None
        if following and (role or _apposed(segment, words, following, k + 2 < len(segments))):
            named = _capitalised_run(following)
            if named and person_name(named)[1]:
                return named  # "Le ministre des Transports, Clément Beaune, a jugé"
        phrase = _capitalised_run(words)
        if phrase and person_name(phrase)[0] and not (role and len(role.split()) > len(phrase.split())):
            return phrase  # (but "A Westbrook school board member", not "A Westbrook")
        return role and _named_after_title(phrase) or role
    return None


def _apposed(segment: str, words: list[str], following: list[str], closed: bool) -> bool:
    """Whether a phrase with an article or ending on a role has a name in apposition after it:
    'The Iyaloja of the market, Mrs …', 'le patron du garage, Luc Sauvé, se disait', 'Anton
    Brenners Frau, Helga Brenner,' (``closed``: a comma follows the name)."""
    return (clean_token(following[0]) in _HONORIFICS or closed and len(following) == 2) and (
        bool(words) and clean_token(words[-1]) in _SUBJECT_WORDS or bool(LEADING_ARTICLE.match(segment.lstrip())))


def _capitalised_run(words: list[str]) -> str:
    """The run of capitalised and role words a subject starts with, up to its last capitalised
    word. Once a name has begun, a lower-case word ends it ('Olszewski verwies auf die
    Krankheitsquote' is 'Olszewski', though German capitalises the noun after)."""
    end, named, role = 0, False, False
    after_article = bool(words) and clean_token(words[0]) in _NOT_NAME_LEADS
    for i, word in enumerate(words):
        if word[:1].isupper():
            end = i + 1
            cleaned = clean_token(word)
            named = named or cleaned not in _SUBJECT_OR_LEAD
            role = role or cleaned in _SUBJECT_WORDS
        elif role and not named and word.lower() not in _SUBJECT_WORDS and word.isalpha() and word.islower() \
                and not (word == "of" and i + 1 < len(words) and words[i + 1][:1].isupper()):
            break  # "Der alte Winzer steht am Rand": the verb after a role ends the subject
        elif word.lower() == "of" and i + 1 < len(words) and words[i + 1][:1].isupper():
            continue  # "A Department of Border Affairs spokesperson"
        elif word in ("and", "und", "et") and not named and i + 1 < len(words) \
                and clean_token(words[i + 1]) in _SUBJECT_WORDS:
            continue  # "The linguist and columnist Bernard Achterberg"
        elif word.lower() in _NOT_SUBJECT_LEAD or word.endswith(("ed", "ing")) or not word.replace("-", "").isalpha():
            break
        elif named and word.lower() not in _SUBJECT_WORDS and not (
                after_article and any(clean_token(w) in _SUBJECT_WORDS for w in words[i:i + 3])):
            break  # (unless the words describe a role: "A Westbrook school board member")
    if end and end < len(words) and words[end].lower() in _SUBJECT_WORDS:
        end += 1  # "A Department of Border Affairs spokesperson called …"
    return " ".join(words[:end])


_SUBJECT_PRONOUNS = {"he", "she", "they", "il", "elle", "er", "sie"}
_HONORIFICS = set(HONORIFICS)
# A participle that opens a sentence ("Asked by …", "Reacting,", "Joint par téléphone,"), not a name;
# an English one before its object is read from the words after it, since many surnames end in
# -ing ("Keating, the former premier, said").
_PARTICIPLE = (r"(?!(?:During|According|Following|Including|Regarding|Concerning|Notwithstanding)\b)"
               rf"(?:[A-Z][a-z]{{2,}}(?:ed|ing)|{word_alternation(OPENING_PARTICIPLES)})")
# Words after a participle opening a sentence: "Leaving the courthouse, …", "Speaking to reporters, …".
_PARTICIPLE_OBJECTS = {"the", "a", "an", "his", "her", "their", "its", "to", "in", "on", "at", "by", "from", "with",
                       "about", "whether", "if", "after", "before", "for", "into", "outside", "inside", "out", "up"}


def _participle_clause(words: list[str]) -> bool:
    """Whether the words of a segment before another are a participle clause, not a subject:
    'Leaving the courthouse', 'Replying to her post' (not 'Retired farmer June Albury')."""
    return len(words) > 1 and words[0].endswith(("ing", "ed")) and words[1] in _PARTICIPLE_OBJECTS


# Words that open a clause, not a subject: "…, whether he regretted it, he replied".
_CLAUSE_STARTS = {"whether", "who", "whom", "whose", "which", "what", "how", "why", "where", "ob", "dass", "qui",
                  "que", "qu’", "dont", "où"}
# Capitalised words that start a sentence without starting a name ("A", "The", "Der").
_NOT_NAME_LEADS = {"a", "an", "the", "der", "die", "das", "ein", "eine", "le", "la", "les", "un", "une", "l’", "l'"}


_ADVERBIAL_STARTS = {"at", "in", "on", "after", "before", "during", "since", "with", "without", "under",
                     "over", "despite", "following", "told", "later", "earlier", "meanwhile",
                     "still", "yet", "but", "and", "so", "then", "now", "today", "yesterday", "when", "while",
                     "late", "early", "approached", "back",  # "Back at her stall, Mrs Ayinde …"
                     "as", "if", "although", "though", "because", "by", "from", "into", "outside", "inside",
                     "dans", "après", "avant", "selon", "sur", "lors", "im", "am", "nach", "bei", "vor", "seit", "laut", "auf",
                     "zu", "dazu", "danach", "später", "zudem", "außerdem", "gegenüber", "während", "trotz",
                     "wegen", "mit", "chez"} | {participle.lower() for participle in OPENING_PARTICIPLES}
_NOT_SUBJECT_LEAD = {"said", "says", "told", "by", "with", "to", "at", "in", "on", "for", "from", "after",
                     "before", "of", "is", "was", "are", "were", "has", "have", "had", "that", "and", "but",
                     "when", "while", "as", "if", "asked", "whether", "than", "into", "over", "under"}
_NOT_SUBJECT_STARTS = _ADVERBIAL_STARTS | _CLAUSE_STARTS
_SUBJECT_OR_LEAD = _SUBJECT_WORDS | _NOT_NAME_LEADS
_GROUPS = set(GROUP_NOUNS)


_NICKNAME_AROUND = re.compile(r"\b[A-Z][\w'’.-]*\s$")
_TITLE_SMALL_WORDS = {"of", "the", "a", "an", "and", "in", "on", "for", "to", "at", "with", "from", "by", "or", "vs"}


def _title_case(text: str) -> bool:
    """'Iron Curtain.', 'Salt and Static', 'the Chimneys': every word but small ones capitalised."""
    letters = [w for w in text.split() if w[:1].isalpha()]
    return bool(letters) and all(w[0].isupper() or w.lower() in _TITLE_SMALL_WORDS for w in letters)


def _names_not_quotes(text: str, head: str) -> bool:
    """'the so-called “sanctuary” policies', 'dubbed the “Battle of the Boiler”', 'locals call
    it “the Strip”': the quotation marks set off a name or a term."""
    if _NON_SPEECH_BEFORE.search(head[-40:]):
        return True
    return bool(_CALLED_BEFORE.search(head[-40:])) and not (text[:1].islower() and len(text.split()) >= 3)


def _modifies_a_noun(head: str, after: str) -> bool:
    """'the county’s “pay first, inspect later” approach', 'a “zero tolerance” policy': between a
    determiner and the noun it describes, a quotation is a label, not speech."""
    return bool(_DETERMINER_BEFORE.search(head[-30:])) and _before_a_noun(after)


def _before_a_noun(after: str) -> bool:
    """Whether the words after a quotation start with a noun it describes ('“enhanced” tactics'),
    not a function word or an adverb ('… today', '… recently')."""
    following = _WORD_AFTER.match(after)
    word = following.group(1) if following else ""
    return bool(word) and word not in _FUNCTION_WORDS and not word.endswith("ly") and not _VERB.fullmatch(word)


def _names_a_title(text: str, head: str) -> bool:
    """A capitalised quotation right after a noun for a work or a group is its title; a short one
    in title case right after an article names a paper or a body ('sagte dem «Anzeiger»', 'told
    the ‘Courier’')."""
    if not text[:1].isupper():
        return False
    before = _TITLE_LINK_AT_END.sub("", head[-60:]).split()
    noun = before[-1].lower() if before else ""
    return noun in _TITLE_WORDS or noun.endswith(_GERMAN_TITLE_NOUNS) or (
        noun in _ARTICLES_BEFORE_NAMES and len(text.split()) <= 3 and _title_case(text) and text[-1:].isalpha())


def _looks_like_speech(text: str) -> bool:
    """Speech unless it is a scare quote, a short term or a title in title case (with or
    without the full stop American style puts inside the marks: “Iron Curtain.”)."""
    words = text.split()
    if len(words) <= 3 and not text.rstrip().endswith((".", "?", "!", "…")):
        return False
    return not (_title_case(text) and len(words) <= 7)


# A sentence opening with a participle clause: "Asked by …,", "Speaking to reporters,", "Interrogé sur …,".
_PARTICIPLE_OPENING = re.compile(rf"\s*{_PARTICIPLE}\b[^,]*,")


def _introduced(sentence: str, subject: str) -> bool:
    """Whether a one-word subject is someone introduced with an apposition ('Sophie, 34 ans,
    attendait') or by the only name they gave ('… who gave her name only as Gloria'), not any
    capitalised word opening a sentence ('Twenty years.', 'Ask any cop')."""
    return sentence.lstrip()[len(subject):].startswith(",") and not _PARTICIPLE_OPENING.match(sentence) \
        and subject.lower() not in _LEADING_ADVERBS or bool(_named_as(sentence))


def _sentence_subjects(text: str, sentences: list[tuple[int, int]], index: PersonIndex) -> None:
    """Record who each sentence is about ('Head coach Helen Brandvold, who …'); a subject we
    cannot name ('Krämer' when two Krämers appear) is recorded as unknown."""
    paragraph_index = SpanIndex(index.paragraphs)
    for start, end in sentences:
        sentence = text[start:end]
        subject = _leading_subject(sentence)
        recorded = len(index.subjects)
        _record_subject(sentence, start, subject, index, paragraph_index)
        opening = LEADING_ARTICLE.match(DATELINE_PREFIX.sub("", sentence).lstrip()) \
            if len(index.subjects) == recorded else None
        if opening and opening.group(0).strip().lower() not in _POSSESSIVES and not index.names_someone_in(start, end):
            # "La colère monte.": about something, so no pronoun reaches past (but "His letter ran …" is his)
            index.add_subject(start, "", False)
        gender = gender_of(sentence.split(None, 5)[:5]) if len(index.subjects) > recorded else None
        if gender:
            index.subject_genders[start] = gender  # "Her husband, Carlos, …": not whom "she" means


def _window(paragraphs: list[tuple[int, int]], paragraph_index: SpanIndex, offset: int) -> int:
    """Where a pronoun or a reference at ``offset`` may look back to: the paragraph before its own."""
    return paragraphs[max(0, paragraph_index.index_at(offset) - 1)][0] if paragraphs else 0


_POSSESSIVES = {"his", "her", "their", "its", "sein", "seine", "ihr", "ihre", "son", "sa", "ses", "leur"}
_FIRST_PERSON = {"i", "we", "you", "ich", "wir", "je", "nous", "on"}
_FRONTED_CLAUSE = re.compile(r"\s*(?:When|After|Before|As|While|Once|Wenn|Als|Nachdem|Quand|Lorsque|Lorsqu['’])"
                             r"\b([^,]{3,120}),")


def _names_no_subject(clause: str) -> bool:
    """Whether a clause's subject is a pronoun or a common noun ('I reach Heidecker', 'police
    stopped Vance'), not a name."""
    first = clause.split()[0]
    return first[:1].islower() or first.lower() in _FIRST_PERSON or first.lower() in PRONOUNS


def _record_subject(sentence: str, start: int, subject: str | None, index: PersonIndex,
                    paragraph_index: SpanIndex) -> None:
    """Record who one sentence is about, when its subject names someone."""
    if subject and subject.lower() in PRONOUNS and _PARTICIPLE_OPENING.match(sentence):
        # "Asked by the chair, Margaret Ellery, whether …, he replied": the participle's
        # subject is the pronoun's, so names inside it are never what the pronoun means
        index.add_subject(start, index.latest_subject(start, _window(index.paragraphs, paragraph_index, start), subject) or "")
    elif subject and subject.lower() in PRONOUNS and (fronted := _FRONTED_CLAUSE.match(sentence)) \
            and _names_no_subject(fronted.group(1)):
        # "When I reach Heidecker by phone, he says": the one person a fronted clause names, as its
        # object (in "When Oyelaran asked whether she …, she laughed" Oyelaran is someone else)
        named = index.one_named_in(start + fronted.start(1), start + fronted.end(1))
        if named and index.genders.get(named, PRONOUNS[subject.lower()]) == PRONOUNS[subject.lower()]:
            index.add_subject(start, named)
    elif subject and LEADING_ARTICLE.match(subject):
        # "The spokesman", "La préfecture", "Der Landrat": whom the role is tied to, the
        # organisation of that kind, someone just named ("La chercheuse", "Der 58-Jährige"),
        # or an unnamed role no later pronoun reaches past
        speaker = resolve(subject, start, index, _window(index.paragraphs, paragraph_index, start))
        titled = len(LEADING_ARTICLE.sub("", subject).split()) >= 2  # "Ihr Sohn Thomas", not "A Westbrook …"
        if speaker and (not speaker.is_person or len(speaker.name.split()) >= 2 or titled):
            index.add_subject(start, speaker.name, speaker.is_person)
    elif subject and subject[0].isupper() and subject.lower() not in PRONOUNS:
        name, is_person = person_name(subject)
        if name and not is_person:
            index.add_subject(start, name, False)
        elif name and index.shared_surname(name, start):
            # 'Krämer' with two Krämers in the article: unknown, unless a title tells ('Mrs Price') or
            # a gendered pronoun later does
            told = index.told_apart(name, start, subject.split()[:-1])
            index.add_subject(start, told or "")
            if not told:
                index.undecided[start] = name
        elif name and (len(index.full_name(name, start).split()) >= 2 or _introduced(sentence, subject)):
            index.add_subject(start, index.full_name(name, start))  # also "Sophie, 34 ans, attendait"


def people_in(text: str) -> PersonIndex:
    """The people an article names, and the person each sentence is about."""
    people = index_people(text)
    people.paragraphs = paragraph_spans(text)
    people.sentences = sentence_spans(text, people.paragraphs)
    _sentence_subjects(text, people.sentences, people)
    return people


def extract_quotes(text: str, warnings: list[str] | None = None,
                   people: PersonIndex | None = None) -> list[Quote]:
    """Direct quotes (``kind='quote'``) and reported speech (``kind='paraphrase'``) in ``text``."""
    warnings = warnings if warnings is not None else []
    people = people or people_in(text)
    sentences = people.sentences
    sentence_index = SpanIndex(sentences)
    paragraphs = people.paragraphs
    paragraph_index = SpanIndex(paragraphs)

    double = _scan_spans(text, _DOUBLE_MARKS, paragraphs, warnings)
    single = _single_quote_spans(text, [(s.open_at, s.close_at) for s in double], warnings)
    spans = sorted(_outside(double, single) + single, key=lambda s: s.open_at)
    opens = [s.open_at for s in spans]
    # a sentence inside a long quote is the speaker's words, not about its first word
    people.forget_subjects_within([(s.open_at, s.close_at) for s in spans if s.close_at - s.open_at > 80])

    quotes: list[Quote] = []
    # reported speech is read in step with the quotes, so each sees who the text before it was about
    paraphrases = _Paraphrases(text, sentences, quotes, people, paragraph_index, paragraphs)
    reported_speech: list[Quote] = []
    unattributed: list[tuple[int, int, str]] = []  # short quoted words no verb just before attributes
    previous_end = 0
    for span in spans:
        reported_speech += paraphrases.until(span.open_at)
        start, end = _inner(text, span)
        if end <= start:
            continue
        sent_start, sent_end = sentence_index.span_at(span.open_at)
        head_start = max(sent_start, previous_end if previous_end <= span.open_at else sent_start,
                         span.open_at - 400)
        head = text[head_start:span.open_at] or _introduced_by_colon(text, span.open_at, paragraph_index, sentence_index)
        tail_end = sentence_index.span_at(span.close_at)[1] if span.closed else span.close_at
        if span.closed and text[span.close_at - 1] in "?!…" and not text[span.close_at + 1:tail_end].strip(" \t.,;:!?"):
            # '“Is it on the table?” Raman asked.': the question mark ended the sentence
            tail_end = min(sentence_index.span_at(min(tail_end + 1, len(text) - 1))[1], tail_end + 120)
        k = bisect.bisect_right(opens, span.close_at)
        next_open = opens[k] if k < len(opens) else len(text)
        tail = text[span.close_at + 1:min(tail_end, next_open)] if span.closed else ""
        previous_end = span.close_at + 1
        quote_text = text[start:end]

        phrase, how = _head_speaker(head)
        head_strong = how in ("colon", "according") or (how == "verb" and head.rstrip()[-1:] in ",:")
        tail_phrase = _tail_speaker(tail) if tail else None
        para_start = paragraph_index.span_at(span.open_at)[0]
        window = _window(paragraphs, paragraph_index, span.open_at)

        speaker: Speaker | None = None
        for candidate in ([phrase, tail_phrase] if head_strong else [tail_phrase, phrase]):
            speaker = resolve(candidate, span.open_at, people, window) if candidate else None
            if speaker:
                break
        attributed = speaker is not None
        # '“A,” X said. “B …': the quote goes on from the one before it in the paragraph
        follows_quote = not head.strip() and bool(quotes) and quotes[-1].start >= para_start
        if not attributed and not head.strip() and not tail_phrase:
            # an attribution that names nobody we can tell ('Kowalski' with two Kowalskis) stays
            # unresolved rather than passing to the previous speaker
            speaker = _continuation(quotes, span, paragraph_index.span_at(span.open_at), window, people)
        # '“Yes,” she said.': a one-word quote counts only when the attribution follows at once
        immediate = span.closed and (text[span.close_at - 1] in ",?!" or tail.lstrip().startswith((",", "—", "–")))
        # what unnamed groups call something is a term ('critics call it “coastal noir”'), not a quote
        group_term = how == "fragment" and phrase and clean_token(phrase.split()[0]) in _GROUPS
        reported = (attributed and not group_term) or (tail_phrase is not None and immediate)
        nickname = (len(quote_text.split()) <= 2 and quote_text[:1].isupper() and span.closed
                    and _NICKNAME_AROUND.search(text, max(0, span.open_at - 30), span.open_at)
                    and text[span.close_at + 1:span.close_at + 3].strip()[:1].isupper())  # Robert “Bobby” Lane
        naming = how == "fragment" and _title_case(quote_text)  # 'Locals call the complex “the Stacks”'
        label = span.closed and text[span.close_at - 1] not in ",.;:!?" and _modifies_a_noun(
            head, text[span.close_at + 1:span.close_at + 40])
        if nickname or naming or label or _names_not_quotes(quote_text, head) or _names_a_title(quote_text, head):
            continue
        if not _looks_like_speech(quote_text) and not (reported and (len(quote_text.split()) >= 2 or immediate
                                                                     or how in ("verb", "fragment"))):
            if span.closed and not _title_case(quote_text) and not _before_a_noun(text[span.close_at + 1:span.close_at + 40]):
                # the words of a report around them, if one is found there (not a name, nor a label)
                unattributed.append((start, end, context_around(text, start, end, sent_start, sent_end)))
            continue
        if not span.closed and not (reported and how != "fragment" or follows_quote):
            continue  # a stray mark, not a quote whose closing mark was lost (a fragment closes in its sentence)
        people.forget_subjects_inside(span.open_at, span.close_at)
        incise, incise_speaker = _incise(text, start, end) if text[span.open_at] == "«" else (None, None)
        parts = [(start, end)]
        if incise:  # « A, a-t-il déclaré. B »: two quotes, and the words between name their speaker
            parts = [(start, incise.start()), (incise.end(), end)]
            speaker = resolve(incise_speaker, incise.start(), people, window) or speaker
        if speaker is None and _FRAGMENT_VERB.search(text, sent_start, span.open_at):
            # a fragment its sentence's subject made their own: 'X blamed “a pressure failure”', 'He
            # called it “preventable” and described the rate as “a number …”' (but not 'approved the
            # plan “without delay”': no verb of judging)
            earlier_in_sentence = quotes[-1] if quotes and quotes[-1].start >= sent_start else None
            subject = people.subject_at(sent_start) or (earlier_in_sentence and earlier_in_sentence.speaker and (
                earlier_in_sentence.speaker, earlier_in_sentence.speaker_is_person))
            if subject:
                speaker = Speaker(subject[0], subject[0], subject[1], 0.6)
        if speaker:
            people.add_subject(span.open_at, speaker.name, speaker.is_person)
        quotes.extend(Quote(
            text=text[part_start:part_end], start=part_start, end=part_end,
            speaker=speaker.name if speaker else None,
            speaker_as_written=speaker.as_written if speaker else None,
            speaker_is_person=speaker.is_person if speaker else False,
            confidence=round(speaker.confidence, 2) if speaker else 0.0,
            kind=Kind.QUOTE.value,
            context=context_around(text, part_start, part_end, sent_start, sent_end),
        ) for part_start, part_end in parts)
    reported_speech += paraphrases.until(len(text))
    unattributed += [(q.start, q.end, q.context) for q in quotes if q.speaker is None]
    unattributed.sort()
    fragments = _reported_fragments(text, unattributed, reported_speech)
    taken = {q.start for q in fragments}
    quotes = [q for q in quotes if q.start not in taken] + reported_speech + fragments
    quotes.sort(key=lambda q: q.start)
    return quotes


def _reported_fragments(text: str, unattributed: list[tuple[int, int, str]], reports: list[Quote]) -> list[Quote]:
    """Words quoted inside someone's reported speech are theirs: 'Tebbetts said the monitors had so
    far picked up only “trace readings”' (also a quote whose attribution named no one)."""
    found, k = [], 0
    for start, end, context in unattributed:  # both in text order
        while k < len(reports) and reports[k].end < end:
            k += 1
        if k < len(reports) and reports[k].start <= start:
            report = reports[k]
            found.append(Quote(text=text[start:end], start=start, end=end, speaker=report.speaker,
                               speaker_as_written=report.speaker_as_written, speaker_is_person=report.speaker_is_person,
                               confidence=report.confidence, kind=Kind.QUOTE.value, context=context))
    return found


# French sets the attribution inside one pair of guillemets: « A, a-t-il déclaré. B »,
# « A, souffle Patrick Morel. B ».
_INCISE = re.compile(r",\s+([^,.!?«»“”\"]{2,80}?[.!?])\s+(?=[A-ZÀ-Þ])")


def _incise(text: str, start: int, end: int) -> tuple[re.Match | None, str | None]:
    """The attribution set inside a quote's marks, between two of its sentences, and the speaker
    phrase it holds; (None, None) if there is none."""
    for found in _INCISE.finditer(text, start, end):
        phrase = _tail_speaker(found.group(1))
        if phrase:
            return found, phrase
    return None, None


def _introduced_by_colon(text: str, offset: int, paragraph_index: SpanIndex, sentence_index: SpanIndex) -> str:
    """For a quote opening its paragraph, the last sentence of the paragraph before when it
    ends in a colon ('The judge continued:' / 'Bei einer Bürgerversammlung sagte sie:')."""
    i = paragraph_index.index_at(offset)
    para_start = paragraph_index.spans[i][0] if i > 0 else offset
    if i <= 0 or offset - para_start > 8 or text[para_start:offset].strip():
        return ""
    end = paragraph_index.spans[i - 1][1]
    while end > 0 and text[end - 1].isspace():
        end -= 1
    if text[end - 1:end] != ":":
        return ""
    return text[sentence_index.span_at(end - 1)[0]:end] + " "


def _continuation(quotes: list[Quote], span: _Span, paragraph: tuple[int, int], window: int,
                  people: PersonIndex) -> Speaker | None:
    """A quote with no attribution of its own belongs to whom the text around it is about: the
    speaker just before it in the paragraph; for a quote opening its paragraph, the person the
    paragraph goes on to name; the subject of a sentence before it there or in the paragraph
    before ('Krämer wies das zurück. „…“', 'Chantal Ouellet travaille chez Lavoie depuis 26
    ans.\n\n« Mon père … »'); failing that, the last speaker before."""
    offset, (para_start, para_end) = span.open_at, paragraph
    previous = next((q for q in reversed(quotes) if q.start >= window), None)
    if previous and previous.start >= para_start:
        # "“A,” X said. Y disagreed. “B.”": Y; but not Y in "“A,” X said. The crowd booed Y. “B.”"
        between = people.referent(offset, previous.end, named_in_passing=False)
        if between is not None and between[0] != previous.speaker:
            return Speaker(between[0], between[0], between[1], 0.6) if between[0] else None
        # whoever said the quote before, unknown or not
        return Speaker(previous.speaker, previous.speaker_as_written or previous.speaker, previous.speaker_is_person,
                       0.8) if previous.speaker else None
    if people.referent(offset, para_start) is None:
        # a quote opening its paragraph is about whom the paragraph goes on to name ("“We lost
        # everything.” Maria Lopez, 52, stood in the ashes of her home.")
        ahead = people.next_subject(span.close_at, para_end)
        if ahead:
            return Speaker(ahead, ahead, True, 0.5)
    referent = people.referent(offset, window)
    if referent is not None:
        name, is_person = referent
        return Speaker(name, name, is_person, 0.6) if name else None
    if previous and previous.speaker:
        return Speaker(previous.speaker, previous.speaker_as_written or previous.speaker, previous.speaker_is_person, 0.6)
    return None


# After a reporting verb, before the reported clause: "told reporters on Tuesday that".
_OBJECT = re.compile(r"\s+(?:reporters|the\s+\w+|an?\s+\w+|[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,3}|him|her|them|us|"
                     r"[a-z]+s)(?=\s)")  # (also a bare plural: "told councillors the expansion would …")
_OBJECT_VERBS = {"told", "tells", "tell", "assured", "assures", "informed", "informs"}
_NOT_A_CLAUSE = re.compile(r"(?:to|of|whether|if|as|for|against|on|in|with|by|down|up|off|out|not|back|away|"
                           r"through|at|shortly|again|later|earlier|previously|also|repeatedly|recently)\s"
                           r"|(?:about|over)\s(?![\d$€£])"  # but "said about 14,000 customers remained …" reports
                           r"|(?:an|ab|auf|aus|ein|fest|hinzu|zurück|vor|mit|zu),", re.I)  # "kündigte an, im Herbst …"
# A participle after a comma that goes on about the speaker, not what was reported.
_ATTRIBUTION_ADDENDUM = re.compile(r",\s+(?:citing|adding|noting|saying|telling|blaming|betting|pointing\s+to|singling\s+out|"
                                   r"alleging|claiming|warning|insisting|arguing|"
                                   r"praising|thanking|crediting|urging|calling\s+(?:on|for)|in\s+(?:response|reply)\s+to|"
                                   r"without\s+(?:giving|saying|providing|offering|elaborating|naming)|"
                                   r"sans\s+(?:avancer|donner|préciser|fournir|citer))\s")
# The writer's comment on what was reported: "…, a view that has made for tense suppers", "…, a
# claim Sato said he could not check".
_COMMENT_AFTER = re.compile(r",\s+(?:a|an)\s+(?:[a-z-]+\s+){0,2}?(?:claim|view|move|decision|step|position|charge|"
                            r"assertion|argument|figure|estimate|statement|promise|pledge|prospect)\s+"
                            r"(?:that|which|[A-Z]|[a-z]+\s+(?:say|says|said|call|calls|called|dispute|disputes|disputed)\b)")
# The speaker's next act, joined by "and": "… a été fermée et a appelé les automobilistes à …".
_JOINED_APPEAL = re.compile(r"\s(?:and|et|und)\s(?:(?:a|has|hat)\s)?(?:urged|appealed|called\son|appelé|demandé|invité|"
                            r"exhorté|appellierte|forderte|rief)\s")
_JOINT_CLAUSE = re.compile(r",\s+(?:but|and|while|although|though|aber|mais)\s+(?=\S+\s+)")
# A finite verb in English, German or French: an auxiliary, a modal or a past form.
_FINITE_WORDS = """
    is are was were be been has have had will would could should can may might must did does do
    made took gave came went grew rose fell saw found got kept left lost paid sold spent won held brought bought
    built began became ran meant knew stood sent understood thought felt heard spoke wrote chose fought taught
    caught sought
    ist sind war waren hat haben hatte wird werden würde habe sei seien est sont était ont avait sera serait
""".split()
_FINITE = re.compile(rf"\b(?:{word_alternation(_FINITE_WORDS)}|\w+ed|\w+n['’]t)\b", re.I)  # also "isn't", "won’t"
# Verbs whose "to" starts what someone means to do, not whom they told: "vowed to block …".
_INTENT_VERBS = {"vowed", "vows", "pledged", "pledges", "promised", "promises", "threatened", "agreed", "agrees"}
# Verbs that ask for something rather than report it: 'urged households to keep …'.
_DIRECTIVE_VERBS = {"urged", "urges", "pleaded", "pleads", "warned", "warns", "cautioned", "cautions", "fordert",
                    "forderte", "forderten", "mahnte", "mahnt", "appellierte", "exige", "réclame"}
_CLAUSE_LEAD = re.compile(
    r"(?:\s+(?:on|in|at|during|late|early|last)\s+(?:a\s+|an\s+|the\s+)?[\w-]+(?:\s+(?:interview|statement|briefing|conference|night|morning|week))?)?"
    r"(?:\s+(?:mit|an|hinzu|fest|ein)(?=,))?"  # "teilte mit, …": a German verb's particle
    r"(?:,)?(?:\s+(?:that|dass|que|qu['’]))?\s*(?<=\s|['’])")
_CLAUSE_VERBS = PARAPHRASE_VERBS - {"asked", "asks", "began", "begins", "described", "describes", "answered"}
_ATTRIBUTION_LEADS = tuple(ATTRIBUTION_PREPOSITIONS)
# Speech denied right before its verb: "declined to say", "would not say", "did not say".
_NOT_SAYING = re.compile(r"\b(?:declined|refused|wouldn['’]t|would not|didn['’]t|did not|won['’]t|will not|could not|"
                         r"couldn['’]t|not|never)\s+(?:to\s+)?$", re.I)
# German reported speech without "dass" is told by the subjunctive: "Sie sagte, die Station werde
# verlegt", "ein Gutachten koste Zeit".
_KONJUNKTIV_WORDS = """
    sei seien werde habe könne müsse solle wolle dürfe möge gebe liege stehe bleibe koste brauche wisse gehe komme
    fehle reiche lasse mache zeige führe trage halte sehe gelte drohe plane arbeite warte erwarte treffe betreffe
    fordere rechne prüfe suche setze bringe nehme finde entstehe bestehe verliere erhalte sinke steige falle wachse
    zahle hätten wären würden hätte wäre würde gäbe käme müsste müssten könnte könnten sollte sollten dürfte
    dürften fehlten lägen stünden gingen kämen
""".split()
_KONJUNKTIV = re.compile(rf"\b(?:{word_alternation(_KONJUNKTIV_WORDS)})\b")
_CONJUNCTION = re.compile(r",?\s+(?:that|dass|que|qu['’])\s*(?<=\s|['’])")
_DETERMINERS = {"the", "a", "an", "this", "these", "those", "his", "her", "its", "their", "our", "der", "die", "das",
                "ein", "eine", "le", "la", "les", "un", "une"}
# How a clause without "that" opens: a determiner, a pronoun, a name or a number.
_CLAUSE_OPENING = re.compile(
    r"(?:(?i:the|a|an|he|she|it|they|we|i|you|there|this|these|those|his|her|its|their|our|some|many|most|all|"
    r"no|none|more|fewer|nearly|about|only|every|each|both)\b|[A-ZÀ-Þ0-9$€£])")


class _Paraphrases:
    """Reported speech in the sentences with no direct quote ('X said (that) the agency would
    …', '… the agency would …, X said.'), read sentence by sentence up to a given offset."""

    def __init__(self, text: str, sentences: list[tuple[int, int]], quotes: list[Quote], people: PersonIndex,
                 paragraph_index: SpanIndex, paragraphs: list[tuple[int, int]]):
        self.text, self.sentences, self.people = text, sentences, people
        self.paragraph_index, self.paragraphs = paragraph_index, paragraphs
        self.quotes = quotes  # the direct quotes found so far, in text order
        self.next = 0  # the first sentence not read yet
        self.passed = 0  # the first quote that may still reach into a sentence not read yet

    def until(self, offset: int) -> list[Quote]:
        """The reported speech in the sentences that end by ``offset`` and hold no direct quote
        (a nickname or a title in quotation marks does not count: 'Samuel “Sully” Okafor said …')."""
        found = []
        while self.next < len(self.sentences) and self.sentences[self.next][1] <= offset:
            start, end = self.sentences[self.next]
            self.next += 1
            while self.passed < len(self.quotes) and self.quotes[self.passed].end < start:
                self.passed += 1
            k = self.passed
            while k < len(self.quotes) and self.quotes[k].start < end:
                k += 1
            quoted = self.quotes[self.passed:k]
            if any(q.start - start <= 3 or ":" in self.text[q.start - 3:q.start] for q in quoted):
                continue  # '“…,” she said.', 'She said: “…”': the quote is the sentence's, with no report around it
            window = _window(self.paragraphs, self.paragraph_index, start)
            clause = _reported_clause(self.text, start, end, self.people, window)
            if clause is None:
                continue
            clause_start, clause_end, speaker, sentence = clause
            reports = [(clause_start, clause_end), *_second_report(self.text, clause_end, end)]
            if quoted and not _quotes_fragments(self.text, reports, quoted):
                continue
            found.extend(Quote(
                text=self.text[report_start:report_end], start=report_start, end=report_end,
                speaker=speaker and speaker.name, speaker_as_written=speaker and speaker.as_written,
                speaker_is_person=bool(speaker) and speaker.is_person,
                confidence=round(speaker.confidence, 2) if speaker else 0.0,
                kind=Kind.PARAPHRASE.value, context=sentence.strip(),
            ) for report_start, report_end in reports)
            if speaker:
                self.people.add_subject(start, speaker.name, speaker.is_person)
        return found


# Words of its own a report needs around the fragments it quotes: 'she was “heartbroken but done”
# with the relationship', not 'he said “the plan will fail”'.
_UNQUOTED_WORDS = 3
_WORD_CHARS = re.compile(r"\w+")


def _quotes_fragments(text: str, reports: list[tuple[int, int]], quoted: list[Quote]) -> bool:
    """Whether the reported clauses (start, end) of a sentence hold its quotes as fragments of
    their own words. A quote before the first fragments another predicate ('called the vote "a
    stitch-up" and said …'); one outside them all is speech of its own, so the sentence is no report."""
    for q in quoted:
        if q.end > reports[0][0] and not any(start <= q.start and q.end <= end for start, end in reports):
            return False
    for start, end in reports:
        inside = [q for q in quoted if start <= q.start and q.end <= end]
        if not inside:
            continue
        words, at = 0, start
        for q in inside:
            words += len(_WORD_CHARS.findall(text, at, q.start))
            at = q.end
        if words + len(_WORD_CHARS.findall(text, at, end)) < _UNQUOTED_WORDS:
            return False
    return True


# A second report by the same speaker after the first: "…, telling reporters (that) crews were …",
# "…, saying (that) the plan would …", "…, and warned (that) the restrictions could …".
_SECOND_REPORT = re.compile(r",\s+(?:telling\s+[\w’'-]+(?:\s+[\w’'-]+){0,7}?\s+that|(?:saying|adding|alleging|claiming|"
                            r"warning|insisting|arguing|and\s+(?:said|added|warned|insisted|argued|noted|claimed|"
                            r"stressed|cautioned|maintained|conceded|acknowledged|admitted))(?:\s+that)?)\s+")
_SECOND_REPORT_TOLD = re.compile(  # without "that": whom it was told is one word or a name ("telling lawmakers his …")
    r",\s+telling\s+(?:reporters|him|her|them|us|[a-z]+s|[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,3})\s+(?=[a-z])")


def _second_report(text: str, first_end: int, sentence_end: int) -> list[tuple[int, int]]:
    """The span of a report that follows the first one in its sentence, if any."""
    lead = _SECOND_REPORT.match(text, first_end, sentence_end) \
        or _SECOND_REPORT_TOLD.match(text, first_end, sentence_end)
    if not lead:
        return []
    end = sentence_end
    while end > lead.end() and text[end - 1] in ".!? \n":
        end -= 1
    clause = text[lead.end():end]
    return [(lead.end(), end)] if len(clause.split()) >= 4 and _FINITE.search(clause) else []


def _resolve_where_written(phrase: str, sentence_start: int, at: int, people: PersonIndex,
                           window: int) -> Speaker | None:
    """The speaker a phrase at ``at`` names. A noun is resolved where it stands, so an
    organisation its own sentence named is theirs ('The Albion Football League agreed …, the
    league said'); a pronoun means someone before the sentence, or the one its fronted clause named."""
    return _named_in_fronted_clause(phrase, sentence_start, at, people) or resolve(
        phrase, sentence_start if phrase.lower() in PRONOUNS or phrase.lower() == "it" else at, people, window)


def _named_in_fronted_clause(phrase: str, sentence_start: int, at: int, people: PersonIndex) -> Speaker | None:
    """The person a pronoun right after a fronted clause means, as recorded for its sentence:
    'When I reach Heidecker by phone, he says' (see _record_subject)."""
    fronted = _FRONTED_CLAUSE.match(people.text, sentence_start) if phrase.lower() in PRONOUNS else None
    if fronted and people.text[fronted.end():at].strip().lower() in ("", phrase.lower()):
        own = people.subject_at(sentence_start)
        if own and own[1]:
            return Speaker(own[0], phrase, True, 0.75)
    return None


def _reported_clause(text: str, start: int, end: int, people: PersonIndex, window: int):
    """(clause start, clause end, speaker, sentence) of reported speech in one sentence, or None."""
    sentence = text[start:end]
    # Both readings need a verb that takes a clause, and most sentences hold none: those are
    # settled before any comma splitting (a verb found in a comma part is one of the sentence's).
    verbs = [verb for verb in _verbs_in(sentence) if verb.group(0) in _CLAUSE_VERBS]
    if not verbs:
        return None
    clause_end = end
    while clause_end > start and text[clause_end - 1] in ".!? ":
        clause_end -= 1
    at_end = _attribution_at_end(sentence)
    if at_end:  # the speaker named there or nobody: never someone earlier in the sentence
        comma, phrase = at_end
        speaker = _resolve_where_written(phrase, start, start + comma, people, window)
        dateline = DATELINE_PREFIX.match(sentence)  # "MONTREVAL – La mise en service …, a annoncé …"
        return (start + (dateline.end() if dateline else 0), start + comma, speaker, sentence) \
            if speaker or phrase.lower() in PRONOUNS else None
    return _clause_after_verb(text, sentence, start, clause_end, people, window, verbs)


_VERB_PARTICLE_SET = set(VERB_PARTICLES)
_COMMA_NOT_IN_NUMBER = re.compile(r",(?!\d)")
_RELATIVE_PRONOUNS = ("who ", "which ", "qui ")


def _attribution_at_end(sentence: str) -> tuple[int, str] | None:
    """(comma, speaker phrase) when the attribution is one of the last comma-separated parts,
    after what was reported: 'The branch will close on Saturdays, library officials announced
    Tuesday, a move …'."""
    commas = [comma.start() for comma in _COMMA_NOT_IN_NUMBER.finditer(sentence)][-3:]
    for k in range(len(commas) - 1, -1, -1):
        comma = commas[k]
        part = sentence[comma + 1:commas[k + 1] if k + 1 < len(commas) else len(sentence)].rstrip(".!? ")
        verb = _VERB.search(part)
        if not verb or verb.group(0) not in _CLAUSE_VERBS or verb.group(0).endswith("ing") \
                or len(part[:verb.start()].split()) > 8 \
                or part.lstrip().lower().startswith(_ATTRIBUTION_LEADS + _RELATIVE_PRONOUNS) \
                or part.split(None, 1)[0].lower() in _SUBORDINATORS:
            continue  # (a fact 'according to X' is no reported speech, nor 'X, who wrote the bill, said …',
            # nor 'Besonders still wurde es im Saal, als Monika Hartl sprach')
        after = part[verb.end():]
        if len(after.split()) > 10 or _CONJUNCTION.search(after) or _FINITE.search(after) or any(
                _AUXILIARY_FIRST.match(sentence[later + 1:].lstrip()) for later in commas[k + 1:]):
            continue  # '…, he said that …', 'Reyes, the mayor, said the city would …', '…, said two
            # warming centers, at the arena, would stay open' report what follows
        reported = sentence[:comma]
        opening = reported.split()[0].lower() if reported.split() else ""
        if len(reported.split()) < 4 or (opening in _NOT_SUBJECT_STARTS and "," not in reported):
            continue  # 'Asked whether he’d run the play before, Kim laughed': no report
        phrase = _tail_speaker(part)
        if phrase and phrase not in _VERB_PARTICLE_SET:
            return comma, phrase  # (not "…, teilte mit, man sei …": a verb's particle names nobody)
    return None


_AUXILIARY_FIRST = re.compile(r"(?:will|would|could|can|should|may|might|must|is|are|was|were|has|have|had)\s")
# Verbs that take a clause without "that" even in the present tense ("says the plan works"); any
# other verb without "that" is followed by a clause only when a verb comes before its first comma.
_BARE_CLAUSE_VERBS = {"said", "says", "say", "saying", "told", "tells", "tell", "telling"}
# A verb in a relative clause tells about its subject, not what the sentence reports: "Helena Stroud,
# who has repeatedly claimed the bureau is …, defended the numbers".
_IN_RELATIVE_CLAUSE = re.compile(r",\s+(?:who|which|qui)\s[^,]*$")


def _clause_after_verb(text: str, sentence: str, start: int, clause_end: int, people: PersonIndex, window: int,
                      verbs: list[re.Match]):
    """'X said (that) the agency would …', 'X told jurors in court that …', 'X bestätigte
    inzwischen, dass …'; not 'X declined to say how many …'. ``verbs``: the sentence's verbs
    that take a clause, in order."""
    for k, verb in enumerate(verbs):
        if _NOT_SAYING.search(sentence, 0, verb.start()) or _IN_RELATIVE_CLAUSE.search(sentence, 0, verb.start()):
            continue
        inverted = _SUBJECT_PRONOUN_FIRST.match(sentence, verb.end()) if verb.group(0) in _VERB_SECOND \
            and _fronted_adverbial(sentence[:verb.start()]) else None  # "Nach der Veranstaltung sagte sie, …"
        subject = inverted.group(1) if inverted else _split_segments(_compound_subject(sentence[:verb.start()]))
        if not subject or len(subject.split()) > 8:
            return None
        speaker = _named_in_fronted_clause(subject, start, start + verb.start(), people) \
            or resolve(subject, start, people, window)
        clause_at = _after_conjunction(sentence, verb)
        if clause_at is None and verb.group(0) in _VERB_SECOND:
            clause_at = _after_german_comma(sentence, verb)
        if clause_at is None and any(_after_conjunction(sentence, later) for later in verbs[k + 1:]):
            continue  # "declared a state of emergency and said that …": the report follows "that"
        if clause_at is None:
            after_verb = verb.end()
            if verb.group(0) in _OBJECT_VERBS:
                obj = _OBJECT.match(sentence, after_verb)
                after_verb = obj.end() if obj else after_verb
            lead = _CLAUSE_LEAD.match(sentence, after_verb)
            # without "that", what follows must be a clause: 'said crews were …', 'told reporters
            # the agency would …', not 'shouted down state officials', 'urged households to …',
            # 'told employees in a memo'
            reported_comma = "," in sentence[verb.end():lead.end()] if lead else False
            if reported_comma and _KONJUNKTIV.search(sentence, lead.end()):
                reported_comma = False  # German reports with a comma and the subjunctive: "sagte, es sei …"
            if not lead or reported_comma or verb.group(0) in _DIRECTIVE_VERBS or (
                    verb.group(0) in _OBJECT_VERBS and not _CLAUSE_OPENING.match(sentence, lead.end())):
                return None
            clause_at = lead.end()
        if not speaker and subject.lower() not in PRONOUNS:
            return None  # (a pronoun we cannot resolve still reports: kept, its speaker left to the editor)
        clause_end = _before_next_attribution(text, start + clause_at, clause_end)
        clause = text[start + clause_at:clause_end]
        if len(clause.split()) < 4 or _NOT_A_CLAUSE.match(clause):
            return None
        after_that = clause_at > verb.end() + 1 and _CONJUNCTION.search(sentence, verb.end(), clause_at)
        gerund = clause.split()[0].endswith("ing") and not (  # "says moving an animal is always a last resort"
            verb.group(0) in _BARE_CLAUSE_VERBS and _FINITE.search(clause.split(",", 1)[0]))
        if not after_that and (gerund or _AUXILIARY_FIRST.match(clause) or not (
                _subject_then_verb(clause) or _KONJUNKTIV.search(clause) or _CLAUSE_OPENING.match(clause))):
            # without "that", a clause opens like one or has a verb: not 'admitted criminal damage',
            # nor the rest of a relative clause ('a move the district says will save …')
            return None
        if not after_that and verb.group(0) not in _BARE_CLAUSE_VERBS and not (
                _subject_then_verb(clause.split(",", 1)[0]) or _KONJUNKTIV.search(clause)):
            return None  # 'added 14 points and 12 rebounds, and …', 'declared a state of emergency': objects
        return start + clause_at, clause_end, speaker, sentence
    return None


# A subject, a past verb and its object, then "and": the reporting verb after it shares the subject.
_COMPOUND_PREDICATE = re.compile(r"^(?P<subject>(?:[^,]*,\s)?[^,]{1,80}?)\s[a-z]+ed\s[^,]{1,120}\sand\s$")


def _subject_then_verb(clause: str) -> bool:
    """Whether a finite verb follows a subject in the clause: 'house-label products now made up …',
    not the speaker's next act ('said goodbye and left the building') nor a relative's verb ('wrote most
    of what went into it')."""
    verb = _FINITE.search(clause)
    before = clause[:verb.start()].split()[-1:] if verb else []
    return bool(verb) and not (before and before[0].lower() in ("and", "or", "then", "what", "who", "which"))


def _compound_subject(before: str) -> str:
    """The words before a reporting verb, or the subject of the verb 'and' joins it to: 'Harish
    Bhandari termed the protest "politically motivated" and said …' -> 'Harish Bhandari'."""
    compound = _COMPOUND_PREDICATE.match(before) if before.endswith(" and ") else None
    return compound.group("subject") if compound else before


def _before_next_attribution(text: str, start: int, end: int) -> int:
    """The clause ends where another attribution begins: '… could help crews, but he cautioned
    against optimism'; '… would close by the end of the year, citing a repair bill …'."""
    addendum = _ATTRIBUTION_ADDENDUM.search(text, start, end) or _JOINED_APPEAL.search(text, start, end) \
        or _COMMENT_AFTER.search(text, start, end)
    end = addendum.start() if addendum else end
    for joint in _JOINT_CLAUSE.finditer(text, start, end):
        if _VERB.match(text, joint.end()) or _VERB.search(text, joint.end(), min(end, joint.end() + 50)):
            return joint.start()
    return end


def _after_german_comma(sentence: str, verb: re.Match) -> int | None:
    """Where a German report in the subjunctive starts after the words that follow its verb: 'sagte
    gegenüber dem «Anzeiger», eine Sanierung koste …', 'teilte am Donnerstag in einer Mitteilung
    mit, er werde …'."""
    comma = sentence.find(",", verb.end(), verb.end() + 100)
    if comma < 0 or len(sentence[verb.end():comma].split()) > 8 or not _KONJUNKTIV.search(sentence, comma, comma + 80):
        return None
    return comma + 1 + len(sentence[comma + 1:]) - len(sentence[comma + 1:].lstrip())


def _after_conjunction(sentence: str, verb: re.Match) -> int | None:
    """Where the clause after 'that'/'dass'/'que' starts, when only an object or an adverbial
    stands between the verb and it ('told jurors in Marlow County Circuit Court that'); a
    determiner right after 'said' starts a noun that 'that' qualifies instead ('said the plan
    that …')."""
    rest = sentence[verb.end():verb.end() + 120]
    conjunction = _CONJUNCTION.search(rest)
    if not conjunction:
        return None
    between = rest[:conjunction.start()]
    words = between.split()
    if len(words) > 8 or re.search(r"[.;:!?,]", between) or _FINITE.search(between):
        return None  # (a verb before it: the clause began already, "said 7400 residents were … and that …")
    if len(words) >= 2 and words[0].lower() in _DETERMINERS and verb.group(0) not in _OBJECT_VERBS:
        return None
    if verb.group(0) in _INTENT_VERBS and "to" in words:
        return None  # "vowed on Monday to block any budget that closes …": 'that' qualifies the budget
    return verb.end() + conjunction.end()


_DATA_SHOWS = re.compile(
    r"(?P<who>(?:[A-Z][\w.&-]*\s){0,4}[A-Z][\w.&-]*|[Tt]he(?:\s[\w-]+){1,3}?)(?:'s|’s)?\s(?:own\s|[a-z]+\s){0,2}(?:data|"
    r"figures|records|statistics|numbers|reports?|survey|study|analysis|estimates?|filings?|tally|count)\s(?:show|shows|"
    r"showed|found|finds|suggests?|indicated?s?|revealed?s?|puts)\b")
# "…, the data shows": the figures of whoever the text last cited.
_BARE_DATA = re.compile(r"\b[Tt]he\s(?:data|figures|numbers|statistics|records)\s(?:show|shows|showed|suggests?|indicates?)\b")
# "A survey of 600 residents by the Brennan Immigrant Alliance found …", "A 2023 report prepared for council by …"
_SURVEY_BY = re.compile(
    r"\b(?:survey|study|poll|analysis|review|audit|report|assessment|inspection)\b[^.;]{0,80}?\bby\s"
    r"(?P<who>(?:the\s)?[A-Z][\w.&'’-]*(?:\s(?:(?:of|and|for|&)\s)?[A-Z][\w.&'’-]*){0,5})")
# A document as a subject, and who wrote it: "A 2023 report prepared for council by Vessmark Engineering".
_DOCUMENT_BY = re.compile(r"(?i:an?|the|its|this)\s+(?:[\w-]+\s+){0,2}?" + _SURVEY_BY.pattern)
# What both patterns below need: a word for data, then a verb for what it shows or who released it.
_DATA_VERB = re.compile(r"\b(?:data|figures|records|statistics|numbers|reports?|survey|study|analysis|estimates?|"
                        r"filings?|tally|count)\s(?:show|shows|showed|found|finds|suggests?|indicated?s?|revealed?s?|released|"
                        r"published|compiled|provided|kept|from|puts)\b")
_RELEASED_BY = re.compile(  # also "figures from the Patient Access Office show"
    r"\b(?:data|figures|numbers|statistics|estimates)\s(?:(?:released|published|compiled|provided|kept)\s)?(?:by|from)\s"
    r"(?P<who>(?:the\s)?[A-Z][\w.&'’-]*(?:\s(?:(?:of|and|for|&)\s)?[A-Z][\w.&'’-]*){0,5})")
# "according to figures released by the Labor Department": the source is after "by"
_SOURCE_LEAD = re.compile(r"^(?:the\s+)?(?:\w+\s+)?(?:figures|data|report|analysis|survey|estimates|records)"
                          r"(?:\s+(?:released|published|kept|compiled)(?:\s+(?:on\s+)?\w+day)?)?\s+(?:by|from)\s+"
                          # "selon les premières estimations de la chambre", "laut Angaben des Verbands"
                          r"|^(?:les?\s+|la\s+)?(?:\w+\s+)?(?:chiffres|données|estimations|statistiques|prévisions)"
                          r"(?:\s+\w+)?\s+(?:de\s+la|de\s+l['’]|du|des|de)\s*"
                          r"|^(?:den\s+)?(?:Angaben|Schätzungen|Zahlen|Daten|Berechnungen)\s+(?:des|der|von)\s+", re.I)
# German names its source in the genitive or dative, then goes on without a comma.
_GERMAN_PREPOSITIONS = {"nach angaben", "laut"}
_GERMAN_SOURCE = re.compile(r"(?:(?:der|des|dem|den|die|das)\s+)?([A-ZÄÖÜ][\w&.-]*(?:\s+(?:(?:für|der|des|und|&)\s+)?"
                            r"[A-ZÄÖÜ][\w&.-]*){0,4})")
_SOURCE_TAIL = re.compile(r"(?:['’]s\s+(?=[a-z]).*|\s+(?:on|released|published|publiée?s?|veröffentlicht)\s.*)$")  # not "Examiner's Office"


# Who estimates a figure gives it: "The council estimates that fraud costs …", "Bell has put the
# number of workers on strike at 2,300", "the port expects to …" (not "an estimated 410,000", nor
# "put on hold"). The word is found first, as a literal, and its surroundings checked after:
# lookbehinds ahead of it made this scan the costliest in a sentence.
_ESTIMATE_WORD = re.compile(r"(?:estimate[sd]|puts?|expects|forecasts|projects|predicts|logged|tallied|counted)\b")
_PUTS_A_FIGURE = {"estimates", "estimated", "put", "puts"}  # "… at 2,300", "… that fraud costs …"
_TALLIES = {"logged", "tallied", "counted"}  # "the authority logged 214 complaints", "Park biologists tallied 7,320 elk"
_TALLY_OBJECT = re.compile(r"\s+(?:also\s+)?(?:about\s+|some\s+|nearly\s+|almost\s+|more\s+than\s+|just\s+)?\d")
_ESTIMATE_OBJECT = re.compile(r"[^.;]*\sat\s|\s+that\b")
_EXPECTATION = re.compile(r"\s+(?:to|that)\b")  # "expects to exceed …"


def _estimated_by(sentence: str) -> re.Match | None:
    """The verb by which a sentence's subject estimates or expects its figures, if any."""
    for found in _ESTIMATE_WORD.finditer(sentence):
        at = found.start()
        if at and (sentence[at - 1].isalnum() or sentence[at - 1] in "'’-"):
            continue  # inside another word: "outputs"
        if found.group(0) in _TALLIES:
            if _TALLY_OBJECT.match(sentence, found.end()):
                return found
        elif found.group(0) in _PUTS_A_FIGURE:
            if not sentence[:at].lower().endswith(("an ", "the ")) and _ESTIMATE_OBJECT.match(sentence, found.end()):
                return found
        elif _EXPECTATION.match(sentence, found.end()):
            return found
    return None


_DATA_WORDS = re.compile(r"(?:'s|’s)?\s+(?:own\s+)?(?:data|figures|records|statistics|numbers|report|"
                         r"survey|study|analysis|estimates?)$")


class SentenceSources:
    """Who a sentence attributes its content to ('according to ICE', 'ICE said', 'the agency's
    data shows'). Called with a sentence's (start, end); worked out on demand, once per
    sentence, because only sentences holding a figure need it."""

    def __init__(self, text: str, people: PersonIndex | None = None):
        self.text = text
        self.people = people or people_in(text)
        self.paragraphs = self.people.paragraphs
        self.paragraph_index = SpanIndex(self.paragraphs)
        self._known: dict[int, str | None] = {}

    def __call__(self, start: int, end: int) -> str | None:
        if start not in self._known:
            self._known[start] = self._source(start, end)
        return self._known[start]

    def _latest_source(self, start: int, window: int) -> str | None:
        """The source of the latest sentence before ``start``, back to ``window``, that named one
        (sentences are asked about in text order, so the latest come last)."""
        for at in reversed(self._known):
            if at < window:
                break
            if at < start and self._known[at]:
                return self._known[at]
        return None

    def _source(self, start: int, end: int) -> str | None:
        sentence = self.text[start:end]
        lowered = sentence.lower()
        window = _window(self.paragraphs, self.paragraph_index, start)
        phrase, at = None, 0  # the source as written, and where it ends in the sentence
        for prep in ATTRIBUTION_PREPOSITIONS:
            at = lowered.find(prep + " ")
            if at >= 0:
                phrase = _CLAUSE_BREAK.split(sentence[at + len(prep) + 1:], maxsplit=1)[0]
                at += len(prep) + 1 + len(phrase)
                phrase = _SOURCE_TAIL.sub("", _SOURCE_LEAD.sub("", phrase.strip()))
                german = _GERMAN_SOURCE.match(phrase) if prep in _GERMAN_PREPOSITIONS else None
                phrase = german.group(1) if german else phrase  # "nach Angaben der Stadtverwaltung täglich …"
                break
        if phrase is None and _DATA_VERB.search(sentence):  # cheap first: the full pattern tries every word
            match = _DATA_SHOWS.search(sentence) or _RELEASED_BY.search(sentence)
            phrase, at = (match.group("who"), match.end("who")) if match else (None, 0)
            if phrase is None and _BARE_DATA.search(sentence):
                return self._latest_source(start, window)
        if phrase is None and " by " in sentence:
            match = _SURVEY_BY.search(sentence)
            phrase, at = (match.group("who"), match.end("who")) if match else (None, 0)
        if phrase is None:
            verb = next((v for v in _verbs_in(sentence) if v.group(0) in _CLAUSE_VERBS), None) \
                or _estimated_by(sentence)
            if verb:
                before = sentence[:verb.start()]
                tail_start = before.rfind(",")
                short_tail = tail_start >= 0 and 0 < len(before[tail_start + 1:].split()) <= 5
                phrase, at = _split_segments(before[tail_start + 1:] if short_tail else before), verb.start()
        if phrase:
            phrase = _DATA_WORDS.sub("", phrase.strip())  # "ICE figures", "the agency's data"
        speaker = _resolve_where_written(phrase, start, start + at, self.people, window) \
            if phrase and len(phrase.split()) <= 8 else None
        return speaker.name if speaker else None
