"""Word drafts (.docx) -> Article (pure: takes the file's bytes).

The body is the document as it reads with every tracked change accepted: inserted text is in,
deleted and moved-away text is out. Comments, footnotes, headers, footers, text boxes and field
instructions are not body text. Title, author and date come from the document's properties."""

from __future__ import annotations

import datetime as dt
import io
import zipfile

import docx
from docx.opc.exceptions import PackageNotFoundError
from docx.oxml.ns import qn

from factcheck.dates import normalize_date
from factcheck.errors import InputError
from factcheck.models import Article

_SKIP = {qn(tag) for tag in (
    "w:del", "w:moveFrom",          # tracked deletions and the old place of moved text
    "w:pPr", "w:rPr",               # formatting (a deleted paragraph mark is read apart)
    "w:instrText", "w:delInstrText",  # field codes such as HYPERLINK "…"
    "w:drawing", "w:pict", "w:object", "w:txbxContent",  # pictures and floating text boxes
    "w:footnoteReference", "w:endnoteReference", "w:commentReference",
)} | {"{http://schemas.openxmlformats.org/markup-compatibility/2006}AlternateContent"}
_CHARACTERS = {qn("w:tab"): "\t", qn("w:br"): "\n", qn("w:cr"): "\n", qn("w:noBreakHyphen"): "-"}
_TEXT = qn("w:t")
_PARAGRAPH, _TABLE, _ROW, _CELL, _CONTENT = (qn("w:p"), qn("w:tbl"), qn("w:tr"), qn("w:tc"),
                                             qn("w:sdtContent"))
# python-docx's blank template stamps these on every document it creates
_TEMPLATE_AUTHOR = "python-docx"
_TEMPLATE_CREATED = dt.datetime(2013, 12, 23, 23, 15, tzinfo=dt.timezone.utc)


def parse_docx(data: bytes, path: str) -> Article:
    """One Word document -> its article: paragraphs in order, separated by blank lines."""
    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError, SyntaxError) as exc:  # lxml's too
        raise InputError(f"{path}: not a Word .docx document that can be read ({exc})") from None
    paragraphs = _paragraphs(document.element.body)
    body = "\n\n".join(paragraphs)
    if not body.strip():
        raise InputError(f"{path}: the article has no body text")
    properties = document.core_properties
    author = properties.author if properties.author != _TEMPLATE_AUTHOR else None
    when = next((t for t in (properties.created, properties.modified) if t and _aware(t) != _TEMPLATE_CREATED), None)
    return Article(
        path=path, body=body,
        title=_clean(properties.title) or paragraphs[0].split("\n")[0],
        author=_clean(author), date=normalize_date(when),
    )


def _paragraphs(container) -> list[str]:
    found: list[str] = []
    carried = ""  # text of a paragraph whose mark was deleted: it runs on into the next one
    for element in container.iterchildren():
        if element.tag == _PARAGRAPH:
            text = carried + _inline(element)
            if element.find(f"{qn('w:pPr')}/{qn('w:rPr')}/{qn('w:del')}") is not None:
                carried = text
                continue
            carried = ""
            found.append(text)
        elif element.tag == _TABLE:
            for row in element.iterchildren(_ROW):
                cells = [" ".join(_paragraphs(cell)) for cell in row.iterchildren(_CELL)]
                found.append(" | ".join(cell for cell in cells if cell))
        elif element.tag == qn("w:sdt"):
            content = element.find(_CONTENT)
            if content is not None:
                found.extend(_paragraphs(content))
    if carried:
        found.append(carried)
    return [tidy for tidy in map(_tidy, found) if tidy]


def _tidy(text: str) -> str:
    """Spaces and tabs collapsed inside each line; a line break (Shift+Enter) kept."""
    return "\n".join(filter(None, (" ".join(line.split()) for line in text.split("\n"))))


def _inline(element) -> str:
    parts: list[str] = []
    _collect(element, parts)
    return "".join(parts)


def _collect(element, parts: list[str]) -> None:
    for child in element.iterchildren():
        tag = child.tag
        if tag in _SKIP:
            continue
        if tag == _TEXT:
            parts.append(child.text or "")
        elif tag in _CHARACTERS:
            parts.append(_CHARACTERS[tag])
        else:
            _collect(child, parts)


def _aware(value: dt.datetime | None) -> dt.datetime | None:
    if value is not None and value.tzinfo is None:
        return value.replace(tzinfo=dt.timezone.utc)
    return value


def _clean(value: str | None) -> str | None:
    return " ".join(value.split()) or None if value else None
