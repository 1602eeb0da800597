"""Run every extractor over one article: quotes and reported speech first, then statistics,
whose source is the speaker of the quote they stand in or the sentence's attribution."""

from __future__ import annotations

from factcheck.figures import extract_statistics
from factcheck.models import Article, Extraction
from factcheck.quotes import SentenceSources, extract_quotes, people_in


def extract(article: Article) -> Extraction:
    """All quotes, paraphrases and statistics in one article."""
    warnings: list[str] = []
    people = people_in(article.body)
    quotes = extract_quotes(article.body, warnings, people)
    quoted = [(q.start, q.end, q.speaker) for q in quotes]
    statistics = extract_statistics(article.body, quoted, SentenceSources(article.body, people), people.sentences)
    return Extraction(article, quotes, statistics, [f"{article.path}: {w}" for w in warnings])
