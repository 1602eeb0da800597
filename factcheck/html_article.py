"""HTML pages -> Article (pure): trafilatura finds the article's own text; metadata comes from the
page's JSON-LD article and meta tags first, trafilatura's guesses last.

trafilatura drops navigation, related-story boxes, captions, reader comments and ads. Its metadata
slips in known ways, which are corrected here: a title that keeps the site's name (``Headline |
Site``), an outlet taken from a hosting platform or a domain, a date taken from another object on
the page (the web page rather than the article, a footer, a script)."""

from __future__ import annotations

import json
import re
from urllib.parse import urlsplit

import trafilatura

from factcheck.dates import normalize_date
from factcheck.errors import InputError
from factcheck.models import Article

ARTICLE_TYPES = {  # schema.org types whose object describes the article itself
    "NewsArticle", "ReportageNewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle",
    "BackgroundNewsArticle", "ReviewNewsArticle", "AskPublicNewsArticle", "Article", "BlogPosting",
    "LiveBlogPosting", "Report", "SatiricalArticle",
}
_PUBLISHED_META = [  # meta tags that carry the publication time, most specific first
    "article:published_time", "og:article:published_time", "datepublished", "article.published",
    "parsely-pub-date", "sailthru.date", "dcterms.issued", "dc.date.issued", "publish-date",
    "publish_date", "publishdate", "pubdate", "date",
]
_TITLE_SEPARATOR = r"\s+(?:\||-|–|—|·|•|::|»|/)\s+"
_TRAILING_PART = re.compile(rf"^(?P<keep>.*\S){_TITLE_SEPARATOR}(?P<site>[^|–—·•»]+?)\s*$")
_LEADING_PART = re.compile(rf"^(?P<site>[^|–—·•»:]+?)(?:{_TITLE_SEPARATOR}|:\s+)(?P<keep>\S.*)$")
_DOMAIN = re.compile(r"^(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}$", re.I)
_TLD = re.compile(r"\.(?:com|org|net|news|co\.uk|co|info|media|[a-z]{2})$", re.I)
_FRAGMENT_TAG = re.compile(r"<(?:p|div|br|h[1-6]|ul|ol|li|blockquote|span|a|em|strong|b|i)\b[^>]*>", re.I)
_BLOCKS = {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "blockquote", "pre",
           "section", "article", "header", "footer", "table", "tr", "dl", "dt", "dd"}
_PRUNE = [  # not the article's own text, though trafilatura keeps it: repeated pull quotes, social embeds
    '//*[contains(@class, "pullquote") or contains(@class, "pull-quote")]',
    '//blockquote[contains(@class, "twitter-tweet") or contains(@class, "instagram-media")'
    ' or contains(@class, "tiktok-embed")]',
]
_NOT_BODY = "//script|//style|//noscript|//figure|//figcaption|//aside|//nav|//iframe|//form"


def parse_html(page: str, path: str) -> Article:
    """One web page -> its article: body paragraphs separated by blank lines, and metadata."""
    tree = trafilatura.load_html(page)
    if tree is None:
        raise InputError(f"{path}: not an HTML page that can be read")
    data = _article_json_ld(tree)
    canonical = _first(tree.xpath('//link[@rel="canonical"]/@href'))
    metas = _metas(tree)
    site_name = metas.get("og:site_name")
    published = _published_from_page(tree, metas)
    document = trafilatura.bare_extraction(
        tree, with_metadata=True, include_comments=False, include_images=False, include_tables=True,
        include_links=False, deduplicate=False, prune_xpath=_PRUNE, date_extraction_params={"original_date": True})
    paragraphs = _paragraphs(document.body) if document is not None and document.body is not None else []
    if not paragraphs:
        raise InputError(f"{path}: no article text found in this HTML page")
    url = _absolute(canonical) or _absolute(document.url) or _absolute(_name(data.get("url")))
    host = urlsplit(url).hostname if url else document.hostname
    outlet = (_name(data.get("publisher")) or site_name
              or _unless_domain(document.sitename, host))
    title = _name(data.get("headline")) or document.title or metas.get("og:title")
    return Article(
        path=path, body="\n\n".join(paragraphs),
        title=clean_title(title, [outlet, site_name, document.sitename, host]) if title else paragraphs[0],
        outlet=outlet, author=_names(data.get("author")) or _clean(document.author),
        date=normalize_date(_name(data.get("datePublished")) or _name(data.get("dateCreated")) or published
                            or document.date),
        url=url,
    )


def html_fragment_text(fragment: str) -> str:
    """An HTML body from a feed (``<p>…</p><p>…</p>``) -> paragraphs separated by blank lines."""
    if not _FRAGMENT_TAG.search(fragment):
        return fragment
    tree = trafilatura.load_html(f"<html><body><div>{fragment}</div></body></html>")
    if tree is None:
        return fragment
    for element in tree.xpath(_NOT_BODY):
        element.drop_tree()
    parts: list[str] = []
    _walk(tree.find("body") if tree.find("body") is not None else tree, parts)
    return _join_lines("".join(parts))


def clean_title(title: str, site_names: list[str | None]) -> str:
    """``Headline | Site`` / ``Headline - Site.com`` / ``Site: Headline`` -> ``Headline``.

    A part is dropped only when it is one of the page's own names (outlet, site name, host) or a
    domain; ``Ferry vote - what it means`` keeps its dash."""
    title = " ".join(title.split())
    known: set[str] = set()
    for name in filter(None, site_names):
        known |= {_key(name), _key(_TLD.sub("", name))}
        if _DOMAIN.match(name):  # a host: its main label too (valleywire.example -> valleywire)
            known.add(_key(name.removeprefix("www.").split(".")[0]))
    known.discard("")
    for pattern in (_TRAILING_PART, _LEADING_PART):
        match = pattern.match(title)
        if match and _is_site(match.group("site"), known):
            title = match.group("keep").strip()
    return title


# -- JSON-LD ------------------------------------------------------------------------------

def _article_json_ld(tree) -> dict:
    """The page's JSON-LD object for the article itself, with ``@id`` references resolved."""
    objects: list[dict] = []
    for script in tree.xpath('//script[@type="application/ld+json"]'):
        text = (script.text or "").strip()
        text = re.sub(r"^\s*(?://)?\s*<!\[CDATA\[|(?://)?\s*\]\]>\s*$", "", text)
        try:
            _flatten(json.loads(text), objects)
        except ValueError:
            continue  # a broken block on a page is common; the other evidence still counts
    by_id = {o["@id"]: o for o in objects if isinstance(o.get("@id"), str)}
    articles = [o for o in objects if _types(o) & ARTICLE_TYPES]
    articles.sort(key=lambda o: not any(t.endswith("NewsArticle") for t in _types(o)))
    if not articles:
        return {}
    return {key: _resolve(value, by_id) for key, value in articles[0].items()}


def _flatten(value: object, into: list[dict]) -> None:
    if isinstance(value, list):
        for item in value:
            _flatten(item, into)
    elif isinstance(value, dict):
        if "@type" in value:
            into.append(value)
        if isinstance(value.get("@graph"), list):
            _flatten(value["@graph"], into)


def _types(obj: dict) -> set[str]:
    kinds = obj.get("@type")
    kinds = kinds if isinstance(kinds, list) else [kinds]
    return {str(k).rsplit("/", 1)[-1].rsplit(":", 1)[-1] for k in kinds if k}


def _resolve(value: object, by_id: dict) -> object:
    if isinstance(value, list):
        return [_resolve(v, by_id) for v in value]
    if isinstance(value, dict) and set(value) <= {"@id", "@type"} and value.get("@id") in by_id:
        return by_id[value["@id"]]
    return value


def _name(value: object) -> str | None:
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        value = value.get("name") or value.get("@value")
    return _clean(value) if isinstance(value, str) else None


def _names(value: object) -> str | None:
    names = [_name(v) for v in (value if isinstance(value, list) else [value])]
    return ", ".join(dict.fromkeys(n for n in names if n)) or None


# -- meta tags ----------------------------------------------------------------------------

def _metas(tree) -> dict[str, str]:
    """Every ``<meta>`` by its property, name or itemprop, lower-cased; the first of each wins."""
    found: dict[str, str] = {}
    for meta in tree.iter("meta"):
        content = _clean(meta.get("content"))
        for attribute in ("property", "name", "itemprop"):
            key = (meta.get(attribute) or "").strip().lower()
            if key and content:
                found.setdefault(key, content)
    return found


def _published_from_page(tree, metas: dict[str, str]) -> str | None:
    """The publication time from meta tags, or the article's own ``<time>`` (not a related box's)."""
    for key in _PUBLISHED_META:
        if key in metas:
            return metas[key]
    marked = tree.xpath('//time[@itemprop="datePublished" or @pubdate]/@datetime')
    in_article = tree.xpath('//article//time[@datetime][not(ancestor::aside or ancestor::nav or ancestor::footer'
                            ' or ancestor::*[contains(@class, "related") or contains(@class, "comment")])]/@datetime')
    return _clean(_first(marked + in_article))


# -- body ---------------------------------------------------------------------------------

def _paragraphs(body) -> list[str]:
    """trafilatura's output tree -> one string per paragraph, heading, list item or table row."""
    found: list[str] = []
    for element in body:
        if element.tag == "list":
            found.extend(_inline_text(item) for item in element.iter("item"))
        elif element.tag == "table":
            found.extend(" | ".join(_inline_text(cell) for cell in row.iter("cell")) for row in element.iter("row"))
        else:
            found.append(_inline_text(element))
    return [text for text in found if text]


def _inline_text(element) -> str:
    parts: list[str] = []
    _walk(element, parts, blocks=False)
    return _join_lines("".join(parts)).replace("\n\n", "\n")


def _walk(element, parts: list[str], blocks: bool = True) -> None:
    if not isinstance(element.tag, str):  # a comment or processing instruction
        return
    block = blocks and element.tag in _BLOCKS
    if block:
        parts.append("\n\n")
    if element.tag in ("br", "lb"):
        parts.append("\n")
    if element.text:
        parts.append(element.text)
    for child in element:
        _walk(child, parts, blocks)
        if child.tail:
            parts.append(child.tail)
    if block:
        parts.append("\n\n")


def _join_lines(text: str) -> str:
    lines = [" ".join(line.split()) for line in text.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


# -- small helpers ------------------------------------------------------------------------

def _first(values: list) -> str | None:
    return next((str(v) for v in values if str(v).strip()), None)


def _clean(value: object) -> str | None:
    return " ".join(str(value).split()) or None if value is not None else None


def _absolute(url: str | None) -> str | None:
    return url if url and url.startswith(("http://", "https://")) else None


def _key(name: str) -> str:
    return re.sub(r"[\W_]+", "", name.lower())


def _is_site(part: str, known: set[str]) -> bool:
    part = part.strip()
    return bool(_DOMAIN.match(part)) or _key(part) in known or _key(_TLD.sub("", part)) in known


def _unless_domain(name: str | None, host: str | None) -> str | None:
    """trafilatura's site name, unless it is only the host name or a piece of it."""
    name = _clean(name)
    if not name or _DOMAIN.match(name):
        return None
    if host:
        labels = host.removeprefix("www.").split(".")
        if _key(name) in {_key(host), _key(".".join(labels)), _key(labels[0])}:
            return None
    return name
