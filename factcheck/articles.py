"""Load articles: find and read files (the only I/O here), pick the format, and hand the bytes to
the parser for that format (text_article, html_article, docx_article, feed_articles)."""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import replace
from pathlib import Path

from factcheck.dates import normalize_date
from factcheck.decoding import declared_charset, decode, repair_mojibake
from factcheck.errors import InputError
from factcheck.models import Article
from factcheck.text_article import parse_article

__all__ = ["ARTICLE_SUFFIXES", "FORMATS", "article_files", "content_hash", "decode",
           "normalize_date", "parse_article", "read_article", "read_articles", "with_overrides"]

FORMATS = {  # suffix -> format
    ".txt": "text", ".text": "text", ".md": "text", ".markdown": "text",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".docx": "docx",
    ".json": "json", ".jsonl": "jsonl", ".ndjson": "jsonl",
}
ARTICLE_SUFFIXES = set(FORMATS)
_ZIP = b"PK\x03\x04"
_PAGE_START = re.compile(r"\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title)\b",
                         re.I | re.S)


def content_hash(body: str) -> str:
    """Identity of an article's text: the same body ingested twice is one article."""
    return hashlib.sha256(" ".join(body.split()).encode("utf-8")).hexdigest()


def article_files(paths: list[str]) -> list[str]:
    """Expand files and folders (recursively, article suffixes only) in a stable order."""
    found: list[str] = []
    for given in paths:
        if given == "-":
            found.append(given)
            continue
        path = Path(given)
        if path.is_dir():
            inside = sorted(str(p) for p in path.rglob("*") if p.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES
                            and not p.name.startswith("~$"))  # Word's lock file beside an open draft
            if not inside:
                raise InputError(f"{given}: no article files ({', '.join(sorted(ARTICLE_SUFFIXES))}) in this folder")
            found.extend(inside)
        elif path.is_file():
            found.append(given)
        elif path.exists():
            raise InputError(f"{given}: not a regular file or folder")
        else:
            raise InputError(f"{given}: no such file or folder")
    return found


def read_articles(path: str, stdin: bytes | None = None) -> list[Article]:
    """Read and parse one file (``-`` reads ``stdin``) into its articles: one for a text, Markdown,
    HTML or Word file, one per object for a JSON or JSON Lines feed (paths ``feed.jsonl#3``).

    The format comes from the suffix; stdin and unknown suffixes are recognised by content. Text
    is decoded (UTF-8, UTF-16/32 with a BOM, Windows-1252, Latin-1 …) and mojibake repaired where
    certain. Raises InputError, naming the file, for anything that cannot be read as articles."""
    data = _read_bytes(path, stdin)
    kind = FORMATS.get(Path(path).suffix.lower()) if path != "-" else None
    if kind == "docx" or (kind is None and data.startswith(_ZIP)):
        from factcheck.docx_article import parse_docx  # python-docx loads only when needed

        return [_finish(parse_docx(data, path))]
    text = decode(data, path, declared_charset(data) if kind in ("html", None) else None)
    kind = kind or _sniff(text)
    if kind == "html":
        from factcheck.html_article import parse_html  # so does trafilatura

        return [_finish(parse_html(text, path))]
    if kind in ("json", "jsonl"):
        from factcheck.feed_articles import parse_json_feed, parse_jsonl

        return [_finish(article) for article in (parse_json_feed if kind == "json" else parse_jsonl)(text, path)]
    return [_finish(parse_article(text, path))]


def read_article(path: str, stdin: bytes | None = None) -> Article:
    """Read and parse one single-article file (``-`` reads ``stdin``); a feed of several is refused."""
    articles = read_articles(path, stdin)
    if len(articles) != 1:
        raise InputError(f"{path}: a feed of {len(articles)} articles where one article was expected")
    return articles[0]


def with_overrides(article: Article, **fields: str | None) -> Article:
    """The article with editor-given metadata replacing what was detected."""
    given = {k: v for k, v in fields.items() if v}
    if "date" in given:
        given["date"] = normalize_date(given["date"])
    return replace(article, **given)



def _read_bytes(path: str, stdin: bytes | None) -> bytes:
    if path == "-":
        data = stdin or b""
    else:
        try:
            data = Path(path).read_bytes()
        except OSError as exc:
            raise InputError(f"{path}: cannot read ({exc.strerror})") from None
    if not data.strip():
        raise InputError(f"{path}: the file is empty")
    return data


def _sniff(text: str) -> str:
    """The format of stdin or of a file without a known suffix, from its content."""
    if _PAGE_START.match(text[:4096]):
        return "html"
    if text.lstrip()[:1] not in ("{", "["):
        return "text"
    try:
        json.loads(text)
        return "json"
    except ValueError:
        first = next(line for line in text.split("\n") if line.strip())
        try:
            return "jsonl" if isinstance(json.loads(first), dict) else "text"
        except ValueError:
            return "text"


def _finish(article: Article) -> Article:
    """The same clean-up for every format: one kind of line end, mojibake repaired where certain."""
    body = repair_mojibake(article.body.replace("\r\n", "\n").replace("\r", "\n"))
    fields = {name: repair_mojibake(value) for name in ("title", "outlet", "author")
              if (value := getattr(article, name))}
    return replace(article, body=body, **fields)
