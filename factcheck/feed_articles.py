"""JSON and JSON Lines feeds -> Articles, one per object (pure).

Fields (names are matched without regard to case; the first alias present wins):
``title`` (``headline``), ``body`` or ``text`` (``content``, ``content_text``, ``content_html``,
``articleBody``; a list of paragraphs or an HTML body is read too), ``outlet`` or ``source``
(``publisher``; a string or an object with a ``name``), ``author`` (``authors``, ``byline``; a
string, an object with a ``name`` or a list of either), ``date`` (``published``, ``date_published``,
``datePublished``, ``publishedAt``; any common form, or a Unix timestamp), ``url`` (``link``).

A ``.json`` file holds an array of objects, an object wrapping the array (``items``, ``articles``,
``entries``, ``posts``, ``stories``, ``data``, ``results``; a JSON Feed, whose ``title`` is then the
outlet), or one article object. A ``.jsonl`` file holds one object per line. Each article's path is
the file's with ``#N`` added: the line number in JSON Lines, the position (from 1) in an array."""

from __future__ import annotations

import json

from factcheck.dates import normalize_date
from factcheck.errors import InputError
from factcheck.models import Article
from factcheck.text_article import first_line

FIELDS = {
    "title": ("title", "headline"),
    "body": ("body", "text", "content", "content_text", "content_html", "articlebody"),
    "outlet": ("outlet", "source", "publisher"),
    "author": ("author", "authors", "byline"),
    "date": ("date", "published", "date_published", "datepublished", "publishedat"),
    "url": ("url", "link"),
}
_WRAPPERS = ("items", "articles", "entries", "posts", "stories", "data", "results")


def parse_json_feed(text: str, path: str) -> list[Article]:
    """A ``.json`` file -> its articles."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        if exc.msg == "Extra data" and _one_object_per_line(text):
            return parse_jsonl(text, path)  # JSON Lines saved as .json
        raise InputError(f"{path}: not valid JSON ({exc.msg} at line {exc.lineno}, column {exc.colno})") from None
    if isinstance(data, dict):
        items, defaults = _unwrap(data)
        if items is None:
            if _field(_lower(data), "body") is None:
                raise InputError(f'{path}: no articles: expected an array of article objects, or an object '
                                 f'with a "body" or "text"')
            return [_article(_lower(data), path, path, {})]
    elif isinstance(data, list):
        items, defaults = data, {}
    else:
        raise InputError(f"{path}: no articles: expected an array of article objects")
    if not items:
        raise InputError(f"{path}: the feed holds no articles")
    articles = []
    for number, item in enumerate(items, 1):
        if not isinstance(item, dict):
            raise InputError(f"{path}: item {number}: not a JSON object")
        articles.append(_article(_lower(item), f"{path}#{number}", f"{path}: item {number}", defaults))
    return articles


def parse_jsonl(text: str, path: str) -> list[Article]:
    """A ``.jsonl`` file (one JSON object per line) -> its articles."""
    articles = []
    for number, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(f"{path}: line {number}: not valid JSON ({exc.msg} at column {exc.colno})") from None
        if not isinstance(item, dict):
            raise InputError(f"{path}: line {number}: not a JSON object")
        articles.append(_article(_lower(item), f"{path}#{number}", f"{path}: line {number}", {}))
    if not articles:
        raise InputError(f"{path}: the feed holds no articles")
    return articles


def _article(item: dict, article_path: str, where: str, defaults: dict) -> Article:
    body = _body(_field(item, "body"), where)
    return Article(
        path=article_path, body=body,
        title=_string(_field(item, "title")) or first_line(body),
        outlet=_name(_field(item, "outlet")) or defaults.get("outlet"),
        author=_names(_field(item, "author")),
        date=normalize_date(_date_value(_field(item, "date"))),
        url=_string(_field(item, "url")),
    )


def _body(value: object, where: str) -> str:
    if value is None:
        raise InputError(f'{where}: no article body (give the text in a "body" or "text" field)')
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        value = "\n\n".join(v.strip() for v in value if v.strip())
    if not isinstance(value, str):
        raise InputError(f'{where}: the article body is not text (a {type(value).__name__})')
    body = value.replace("\r\n", "\n").replace("\r", "\n")
    if "<" in body:
        from factcheck.html_article import html_fragment_text  # trafilatura loads only when needed

        body = html_fragment_text(body)
    body = body.strip("\n").rstrip()
    if not body.strip():
        raise InputError(f"{where}: the article has no body text")
    return body


def _unwrap(data: dict) -> tuple[list | None, dict]:
    lowered = _lower(data)
    for key in _WRAPPERS:
        if isinstance(lowered.get(key), list):
            outlet = _name(_field(lowered, "outlet"))
            if not outlet and "jsonfeed.org" in str(lowered.get("version", "")):
                outlet = _string(lowered.get("title"))
            return lowered[key], {"outlet": outlet}
    return None, {}


def _one_object_per_line(text: str) -> bool:
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    return len(lines) > 1 and all(line.startswith("{") and line.endswith("}") for line in lines)


def _lower(item: dict) -> dict:
    return {str(k).lower(): v for k, v in item.items()}


def _field(item: dict, name: str) -> object:
    return next((item[key] for key in FIELDS[name] if item.get(key) not in (None, "", [])), None)


def _string(value: object) -> str | None:
    return " ".join(value.split()) or None if isinstance(value, str) else None


def _name(value: object) -> str | None:
    if isinstance(value, dict):
        value = value.get("name")
    return _string(value)


def _names(value: object) -> str | None:
    names = [_name(v) for v in (value if isinstance(value, list) else [value])]
    return ", ".join(dict.fromkeys(n for n in names if n)) or None


def _date_value(value: object) -> object:
    return value if isinstance(value, (str, int, float)) and not isinstance(value, bool) else None
