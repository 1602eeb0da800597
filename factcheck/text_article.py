"""Text and Markdown articles: a header block, YAML front matter or the dateline layout (pure)."""

from __future__ import annotations

import re

import yaml

from factcheck.dates import normalize_date
from factcheck.errors import InputError
from factcheck.models import Article

_HEADER_KEYS = {
    "title": "title", "headline": "title", "source": "outlet", "outlet": "outlet",
    "publication": "outlet", "author": "author", "by": "author", "byline": "author",
    "date": "date", "published": "date", "url": "url", "link": "url",
}
_HEADER_LINE = re.compile(r"^([A-Za-z][A-Za-z ]{0,20}?)\s*:\s*(.*?)\s*$")
_DATELINE = re.compile(r"^\s*Today\s*:\s*(.+?)\s*$", re.I)


def first_line(text: str) -> str | None:
    for line in text.splitlines():
        if line.strip():
            return line.strip().lstrip("#").strip()
    return None


def _front_matter(text: str) -> tuple[dict, str] | None:
    match = re.match(r"^---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|$)", text, re.S)
    if not match:
        return None
    try:
        data = yaml.safe_load(match.group(1)) or {}
    except yaml.YAMLError:
        return None
    if not isinstance(data, dict):
        return None
    return {str(k).lower(): v for k, v in data.items()}, text[match.end():]


def _header_block(text: str) -> tuple[dict, str] | None:
    lines = text.split("\n")
    fields: dict[str, str] = {}
    for i, line in enumerate(lines):
        if not line.strip():
            if fields and i > 0:
                return fields, "\n".join(lines[i + 1:])
            continue
        match = _HEADER_LINE.match(line)
        key = match and _HEADER_KEYS.get(match.group(1).strip().lower())
        if not key:
            return None
        fields[key] = match.group(2)
    return None


def _dateline(text: str) -> tuple[dict, str] | None:
    lines = text.split("\n")
    if not lines or not _DATELINE.match(lines[0]):
        return None
    rest = [line for line in lines[1:4]]
    if len(rest) < 3:
        return None
    body = "\n".join(lines[3:])
    return {"outlet": rest[0].strip(), "date": rest[1].strip() or _DATELINE.match(lines[0]).group(1),
            "title": first_line(body)}, body


def parse_article(text: str, path: str) -> Article:
    """Split one article's text into metadata and body.

    Reads a YAML front matter block, a ``Key: value`` header block, or the dateline layout
    (``Today : …`` / outlet / date / headline …); anything else is all body, its first line the title.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    parsed = _front_matter(text) or _header_block(text) or _dateline(text)
    fields, body = parsed if parsed else ({}, text)
    body = body.strip("\n").rstrip()
    if not body.strip():
        raise InputError(f"{path}: the article has no body text")
    meta = {_HEADER_KEYS.get(k, k): v for k, v in fields.items()}
    return Article(
        path=path, body=body,
        title=str(meta.get("title") or first_line(body) or "").strip() or None,
        outlet=_text(meta.get("outlet")), author=_text(meta.get("author")),
        date=normalize_date(meta.get("date")), url=_text(meta.get("url")),
    )


def _text(value: object) -> str | None:
    return str(value).strip() or None if value is not None else None
