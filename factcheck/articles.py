"""Load articles: read files (the only I/O here) and split metadata from body (pure)."""

from __future__ import annotations

import hashlib
import os
import re
from dataclasses import replace
from pathlib import Path

import yaml
from dateutil import parser as date_parser

from factcheck.errors import InputError
from factcheck.models import Article

ARTICLE_SUFFIXES = {".txt", ".text", ".md", ".markdown"}
_HEADER_KEYS = {
    "title": "title", "headline": "title", "source": "outlet", "outlet": "outlet",
    "publication": "outlet", "author": "author", "by": "author", "byline": "author",
    "date": "date", "published": "date", "url": "url", "link": "url",
}
_HEADER_LINE = re.compile(r"^([A-Za-z][A-Za-z ]{0,20}?)\s*:\s*(.*?)\s*$")
_DATELINE = re.compile(r"^\s*Today\s*:\s*(.+?)\s*$", re.I)


def normalize_date(value: object) -> str | None:
    """Any common written date -> 'YYYY-MM-DD'; unparseable text is kept as written."""
    if value is None or str(value).strip() == "":
        return None
    text = str(value).strip()
    try:
        return date_parser.parse(text).date().isoformat()
    except (ValueError, OverflowError):
        return text


def content_hash(body: str) -> str:
    """Identity of an article's text: the same body ingested twice is one article."""
    return hashlib.sha256(" ".join(body.split()).encode("utf-8")).hexdigest()


def _first_line(text: str) -> str | None:
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
            "title": _first_line(body)}, body


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
        title=str(meta.get("title") or _first_line(body) or "").strip() or None,
        outlet=_text(meta.get("outlet")), author=_text(meta.get("author")),
        date=normalize_date(meta.get("date")), url=_text(meta.get("url")),
    )


def _text(value: object) -> str | None:
    return str(value).strip() or None if value is not None else None


def decode(data: bytes, path: str) -> str:
    """Bytes -> text: UTF-8 (with or without BOM) or UTF-16 with a BOM; anything else is refused."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise InputError(f"{path}: not valid UTF-16 text ({exc.reason} at byte {exc.start})") from None
    if b"\x00" in data[:8192]:
        raise InputError(f"{path}: binary file, not an article")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"{path}: not UTF-8 text (undecodable byte at offset {exc.start})") from None


def article_files(paths: list[str]) -> list[str]:
    """Expand files and folders (recursively, article suffixes only) in a stable order."""
    found: list[str] = []
    for given in paths:
        if given == "-":
            found.append(given)
            continue
        path = Path(given)
        if path.is_dir():
            inside = sorted(str(p) for p in path.rglob("*") if p.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES)
            if not inside:
                raise InputError(f"{given}: no article files (.txt, .md) in this folder")
            found.extend(inside)
        elif path.is_file():
            found.append(given)
        elif path.exists():
            raise InputError(f"{given}: not a regular file or folder")
        else:
            raise InputError(f"{given}: no such file or folder")
    return found


def read_article(path: str, stdin: bytes | None = None) -> Article:
    """Read and parse one article file (``-`` reads ``stdin``)."""
    if path == "-":
        data = stdin or b""
    else:
        try:
            data = Path(path).read_bytes()
        except OSError as exc:
            raise InputError(f"{path}: cannot read ({exc.strerror})") from None
    if not data.strip():
        raise InputError(f"{path}: the file is empty")
    return parse_article(decode(data, path), path)


def with_overrides(article: Article, **fields: str | None) -> Article:
    """The article with editor-given metadata replacing what was detected."""
    given = {k: v for k, v in fields.items() if v}
    if "date" in given:
        given["date"] = normalize_date(given["date"])
    return replace(article, **given)


def display_path(path: str) -> str:
    return path if path == "-" else os.path.normpath(path)
