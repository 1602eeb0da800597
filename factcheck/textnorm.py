"""Pure text helpers: normalising for comparison, and finding sentences and paragraphs."""

from __future__ import annotations

import bisect
import re
import unicodedata
from functools import lru_cache

from factcheck.lexicon import ABBREVIATIONS, FOREIGN_MONTHS

_QUOTE_CHARS = "\"'“”„‟«»‹›‘’‚‛`´"
_DASH_CHARS = "‐‑‒–—―−"
_FOLD_TABLE = str.maketrans({**{c: "'" for c in "‘’‚‛`´"}, **{c: '"' for c in "“”„‟«»‹›"},
                             **{c: "-" for c in _DASH_CHARS}, "\u00a0": " ", "\u202f": " "})


def fold_accents(text: str) -> str:
    """'Zoë Müller' -> 'Zoe Muller'."""
    if text.isascii():
        return text  # nothing to fold, and most text is ASCII
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def unify_marks(text: str) -> str:
    """Map curly quotes, guillemets, dashes and odd spaces to plain ASCII forms (same length)."""
    return text.translate(_FOLD_TABLE)


_NON_WORD = re.compile(r"[^\w\s%$€£]+")
_SPACES = re.compile(r"\s+")
_DOTTED_ACRONYM = re.compile(r"\b(?:[A-Za-z]\.){2,}")
_BRACKETED = re.compile(r"\[[^\]\n]{0,40}\]")


def normalize_for_match(text: str) -> str:
    """Lower-case, accent-free, punctuation-free text for fuzzy comparison ("U.S." == "US")."""
    text = _DOTTED_ACRONYM.sub(lambda m: m.group(0).replace(".", ""), text)
    text = fold_accents(unify_marks(text)).lower()
    text = _BRACKETED.sub(" ", text)  # "[Kristi] Noem" == "Noem": an editor's insertion is not the quote
    text = re.sub(r"(?<=\d),(?=\d{3})", "", text)  # 7,400 -> 7400
    text = re.sub(r"(?<=[a-z])'(?=[a-z])", "", text)  # don't -> dont: one word, as written
    text = _NON_WORD.sub(" ", text)
    return _SPACES.sub(" ", text).strip()


@lru_cache(maxsize=8192)
def name_key(name: str) -> str:
    """Key under which two spellings of a name are the same: 'José Núñez' == 'jose nunez'."""
    return _SPACES.sub(" ", re.sub(r"[^\w\s-]", "", fold_accents(unify_marks(name)).lower())).strip()


_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
# A sentence ends at . ! ? (optionally followed by closing marks) before whitespace.
_SENTENCE_END = re.compile(r"[.!?…]+[\"'”’»)\]]*(?=\s)")
_WORD_BEFORE = re.compile(r"([\w.'-]+)$")


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each paragraph; paragraphs are separated by blank lines."""
    spans, start = [], 0
    for match in _PARAGRAPH_BREAK.finditer(text):
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(text)))
    return [(s, e) for s, e in spans if text[s:e].strip()]


_GERMAN_MONTHS = frozenset(FOREIGN_MONTHS["de"])
_NEXT_WORD = re.compile(r"\s*(\w+)")


def _next_word(text: str, at: int) -> str:
    word = _NEXT_WORD.match(text, at, at + 20)
    return word.group(1).lower() if word else ""


_AGENCY_DASH = re.compile(r"\s*\([^()\n]{1,30}\)\s+(?:--|[—–-])\s")


def _ends_sentence(text: str, match: re.Match, para_start: int) -> bool:
    if text[match.start()] != ".":
        return True
    word = _WORD_BEFORE.search(text, max(para_start, match.start() - 30), match.start())
    if not word:
        return True
    token = word.group(1).lower().strip("'")
    if token in ABBREVIATIONS or token.rstrip(".") in ABBREVIATIONS:
        return False
    if match.start() - para_start < 40 and _AGENCY_DASH.match(text, match.end()):
        return False  # a dateline's state: "CORLISS, Ind. (MWS) — Eleven cars …"
    if len(token) == 1 and token.isalpha():  # an initial: "John F. Kennedy"
        return False
    if token.isdigit() and len(token) <= 2 and _next_word(text, match.end()) in _GERMAN_MONTHS:
        return False  # "zum 1. Juli": a German date
    if "." in token and len(token) <= 6:  # "U.S.", "D.C.", "a.m."
        following = text[match.end():match.end() + 3].lstrip()
        return bool(following) and following[0] in "\"“'‘" or False
    return True


def sentence_spans(text: str, paragraphs: list[tuple[int, int]] | None = None) -> list[tuple[int, int]]:
    """(start, end) of each sentence, never crossing a paragraph break. Linear in the text."""
    spans = []
    for para_start, para_end in paragraph_spans(text) if paragraphs is None else paragraphs:
        start = para_start
        for match in _SENTENCE_END.finditer(text, para_start, para_end):
            if not _ends_sentence(text, match, para_start):
                continue
            # A sentence ends only before an upper-case letter, a digit or an opening mark.
            rest = text[match.end():min(para_end, match.end() + 40)].lstrip()
            if rest and not (rest[0].isupper() or rest[0].isdigit() or rest[0] in "\"“‘'„«»(["):
                continue
            spans.append((start, match.end()))
            start = match.end()
            while start < para_end and text[start].isspace():
                start += 1  # amortised: each character is skipped once
        if start < para_end and text[start:para_end].strip():
            spans.append((start, para_end))
    return spans


class SpanIndex:
    """Find the span containing an offset in O(log n)."""

    def __init__(self, spans: list[tuple[int, int]]):
        self.spans = spans
        self._starts = [s for s, _ in spans]

    def index_at(self, offset: int) -> int:
        """Index of the span containing (or last starting before) ``offset``; -1 before all."""
        return bisect.bisect_right(self._starts, offset) - 1

    def span_at(self, offset: int) -> tuple[int, int]:
        i = self.index_at(offset)
        return self.spans[i] if i >= 0 else (0, 0)


CONTEXT_CHARS = 600


def context_around(text: str, start: int, end: int, span_start: int, span_end: int) -> str:
    """The sentence ``span_start:span_end`` around ``text[start:end]``, cut to at most about
    CONTEXT_CHARS characters so a run-on 'sentence' of megabytes is never copied whole."""
    lo = max(span_start, start - CONTEXT_CHARS // 2)
    hi = min(max(span_end, end), max(end, lo + CONTEXT_CHARS))
    return text[lo:hi].strip()


def word_alternation(words) -> str:
    """One regex alternation for many words, factored by shared prefixes, so the scanner tests
    a letter once instead of trying every word in turn (about three times faster)."""
    tree: dict = {}
    for word in words:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def emit(node: dict) -> str:
        branches = [re.escape(c) + emit(child) for c, child in sorted(node.items()) if c]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return emit(tree)
