"""Loading articles: the three metadata layouts, plain text, encodings, and refusals."""

from __future__ import annotations

import datetime

import pytest

from factcheck.articles import (article_files, decode, normalize_date, parse_article, read_article,
                                with_overrides)
from factcheck.errors import InputError


# -- layouts ------------------------------------------------------------------------------

def test_header_block():
    text = ("Title: City budget passes\nSource: The Ledger\nAuthor: Ann Lee\nDate: March 3, 2025\n"
            "URL: https://ledger.test/budget\n\nThe council met on Monday.\nIt voted 7 to 2.\n")
    article = parse_article(text, "budget.txt")
    assert article.path == "budget.txt"
    assert article.title == "City budget passes"
    assert article.outlet == "The Ledger"
    assert article.author == "Ann Lee"
    assert article.date == "2025-03-03"
    assert article.url == "https://ledger.test/budget"
    assert article.body == "The council met on Monday.\nIt voted 7 to 2."


def test_header_block_without_author():
    article = parse_article("Title: T\nSource: S\nDate: 2025-01-09\n\nBody text here.", "x.txt")
    assert article.author is None
    assert (article.title, article.outlet, article.date) == ("T", "S", "2025-01-09")
    assert article.body == "Body text here."


DATELINE = ("Today : Feb 02, 2025\n"
            "The Harbor Courier\n"
            "02 February 2025\n"
            "Port strike ends after a week\n"
            "Dock workers return to the terminals on Monday.\n"
            "\n"
            "The strike ended on Sunday night.\n")


def test_dateline_layout_metadata():
    article = parse_article(DATELINE, "port.txt")
    assert article.outlet == "The Harbor Courier"
    assert article.date == "2025-02-02"
    assert article.title == "Port strike ends after a week"
    assert article.author is None
    assert article.url is None


def test_dateline_body_keeps_headline_and_standfirst_but_not_first_three_lines():
    body = parse_article(DATELINE, "port.txt").body
    assert body == ("Port strike ends after a week\n"
                    "Dock workers return to the terminals on Monday.\n"
                    "\n"
                    "The strike ended on Sunday night.")
    assert "Today" not in body
    assert "Harbor Courier" not in body
    assert "02 February 2025" not in body


def test_front_matter():
    text = ("---\ntitle: Flood warning issued\noutlet: River News\nauthor: Bo Kim\n"
            "date: 2025-01-05\nurl: https://river.test/flood\n---\n# Flood warning issued\n\nWater rose overnight.\n")
    article = parse_article(text, "flood.md")
    assert article.title == "Flood warning issued"
    assert article.outlet == "River News"
    assert article.author == "Bo Kim"
    assert article.date == "2025-01-05"  # YAML reads this as a date object
    assert article.url == "https://river.test/flood"
    assert article.body == "# Flood warning issued\n\nWater rose overnight."


def test_front_matter_source_key_is_the_outlet():
    article = parse_article("---\ntitle: X\nsource: Metro Wire\ndate: Feb 02, 2025\n---\nSome body.", "m.md")
    assert article.outlet == "Metro Wire"
    assert article.date == "2025-02-02"
    assert article.body == "Some body."


def test_plain_text_first_line_is_title_and_all_is_body():
    text = "Mayor resigns amid inquiry\n\nThe mayor resigned on Friday.\n"
    article = parse_article(text, "plain.txt")
    assert article.title == "Mayor resigns amid inquiry"
    assert article.body == "Mayor resigns amid inquiry\n\nThe mayor resigned on Friday."
    assert (article.outlet, article.author, article.date, article.url) == (None, None, None, None)


def test_plain_text_skips_leading_blank_lines_for_title():
    article = parse_article("\n\n  Storm hits coast  \nWind and rain.", "s.txt")
    assert article.title == "Storm hits coast"
    assert article.body.startswith("  Storm hits coast")


# -- line endings and encodings -------------------------------------------------------------

def test_crlf_line_endings():
    text = "Title: T\r\nSource: S\r\nDate: 2025-02-02\r\n\r\nLine one.\r\nLine two.\r\n"
    article = parse_article(text, "crlf.txt")
    assert (article.title, article.outlet, article.date) == ("T", "S", "2025-02-02")
    assert article.body == "Line one.\nLine two."
    assert "\r" not in article.body


def test_crlf_dateline():
    article = parse_article(DATELINE.replace("\n", "\r\n"), "port.txt")
    assert article.outlet == "The Harbor Courier"
    assert article.title == "Port strike ends after a week"
    assert "\r" not in article.body


def test_decode_utf8_bom_removed():
    assert decode("\ufeffTitle: X\n\nBody é".encode("utf-8"), "a.txt") == "Title: X\n\nBody é"


def test_decode_plain_utf8():
    assert decode("Zoë Müller said “no”.".encode("utf-8"), "a.txt") == "Zoë Müller said “no”."


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be"])
def test_decode_utf16_with_bom(encoding):
    text = "Title: Café\n\nZoë spoke."
    data = text.encode(encoding)
    if encoding != "utf-16":  # add the BOM by hand for the explicit-endian codecs
        data = ("\ufeff" + text).encode(encoding)
    assert decode(data, "a.txt") == text


def test_decode_binary_is_refused():
    with pytest.raises(InputError, match=r"^photos/pic\.txt: binary file"):
        decode(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "photos/pic.txt")


def test_decode_undecodable_bytes_name_the_path_and_offset():
    # bytes undefined in UTF-8 and in Windows-1252 alike
    with pytest.raises(InputError) as info:
        decode(b"abc \x81\x8d\x8f\x90\x9d\x81\x8d\x8f\x90\x9d", "news/garbled.txt")
    message = str(info.value)
    assert message.startswith("news/garbled.txt: not UTF-8 text")
    assert "offset 4" in message


def test_decode_broken_utf16_names_the_path():
    with pytest.raises(InputError, match=r"^news/half\.txt: not valid UTF-16 text"):
        decode(b"\xff\xfeA", "news/half.txt")


# -- refusals -------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "",
    "   \n\n\t\n",
    "Title: Empty story\nSource: S\n\n   \n",
    "---\ntitle: Nothing\n---\n\n\n",
])
def test_empty_body_is_refused(text):
    with pytest.raises(InputError, match=r"^empty\.txt: the article has no body text$"):
        parse_article(text, "empty.txt")


def test_read_article_empty_file(tmp_path):
    path = tmp_path / "blank.txt"
    path.write_bytes(b"  \n")
    with pytest.raises(InputError, match="the file is empty"):
        read_article(str(path))


def test_read_article_missing_file(tmp_path):
    with pytest.raises(InputError, match="cannot read"):
        read_article(str(tmp_path / "nope.txt"))


def test_read_article_from_stdin_and_file(tmp_path):
    article = read_article("-", stdin="Headline here\n\nBody.".encode("utf-16"))
    assert (article.path, article.title, article.body) == ("-", "Headline here", "Headline here\n\nBody.")
    path = tmp_path / "a.txt"
    path.write_bytes("\ufeffTitle: BOM story\n\nText.".encode("utf-8"))
    assert read_article(str(path)).title == "BOM story"


# -- dates ----------------------------------------------------------------------------------

@pytest.mark.parametrize("given, expected", [
    ("Feb 02, 2025", "2025-02-02"),
    ("02 February 2025", "2025-02-02"),
    ("March 3, 2025", "2025-03-03"),
    ("2025-01-05", "2025-01-05"),
    (datetime.date(2025, 1, 5), "2025-01-05"),
    ("sometime last spring", "sometime last spring"),
    ("", None),
    ("   ", None),
    (None, None),
])
def test_normalize_date(given, expected):
    assert normalize_date(given) == expected


def test_with_overrides_normalises_date_and_ignores_empty():
    article = parse_article("Title: T\nSource: S\n\nBody.", "o.txt")
    changed = with_overrides(article, date="Feb 02, 2025", outlet="Other Paper", author=None, title="")
    assert (changed.date, changed.outlet, changed.title, changed.author) == ("2025-02-02", "Other Paper", "T", None)


# -- finding files ------------------------------------------------------------------------

def test_article_files_expands_folders_recursively_in_order(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "a.txt").write_text("x")
    (tmp_path / "b" / "c.md").write_text("x")
    (tmp_path / "b" / "d.TXT").write_text("x")
    (tmp_path / "notes.pdf").write_text("x")
    found = article_files([str(tmp_path)])
    assert found == [str(tmp_path / "a.txt"), str(tmp_path / "b" / "c.md"), str(tmp_path / "b" / "d.TXT")]


def test_article_files_keeps_stdin_and_files(tmp_path):
    path = tmp_path / "one.txt"
    path.write_text("x")
    assert article_files(["-", str(path)]) == ["-", str(path)]


def test_article_files_errors(tmp_path):
    (tmp_path / "empty").mkdir()
    (tmp_path / "empty" / "img.png").write_text("x")
    with pytest.raises(InputError, match="no article files"):
        article_files([str(tmp_path / "empty")])
    with pytest.raises(InputError, match="no such file or folder"):
        article_files([str(tmp_path / "missing.txt")])
