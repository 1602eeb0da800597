"""Reading what editors have: web pages, Word drafts, JSON feeds, text in any common encoding.

Fixtures are in tests/fixtures/: three saved news pages (navigation, related-story boxes, reader
comments, captions, ads and JSON-LD around the article), JSON and JSON Lines feeds, one story in
each encoding (written by make_encodings.py) and a Word draft with tracked changes (built at test
time by make_docx.py)."""

from __future__ import annotations

import datetime
import importlib.util
import json
import random
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from factcheck.articles import article_files, read_article, read_articles
from factcheck.cli import cli
from factcheck.dates import normalize_date
from factcheck.decoding import decode, repair_mojibake
from factcheck.errors import InputError
from factcheck.extract import extract
from factcheck.html_article import clean_title, html_fragment_text, parse_html

FIXTURES = Path(__file__).resolve().parent / "fixtures"


def _load(script: str):
    spec = importlib.util.spec_from_file_location(script, FIXTURES / f"{script}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


make_docx = _load("make_docx")
make_encodings = _load("make_encodings")


def _noise(seed: int, size: int) -> bytes:
    """Random bytes without NUL (a NUL alone already marks a file as binary)."""
    rng = random.Random(seed)
    return bytes(rng.randrange(1, 256) for _ in range(size))


def _quotes(article, kind="quote"):
    return [(q.text, q.speaker) for q in extract(article).quotes if q.kind == kind]


# -- HTML -----------------------------------------------------------------------------------

@pytest.mark.parametrize("name, title, outlet, author, date, url", [
    # og:site_name is the hosting platform; JSON-LD publisher.name is the outlet
    ("ferry_terminal.html", "Marlow County approves $48 million ferry terminal overhaul", "Lakeview Sentinel",
     "Priya Castellanos", "2025-04-08", "https://lakeviewsentinel.example/news/2025/04/ferry-terminal-overhaul"),
    # no JSON-LD: og:site_name, article:published_time, and the title loses "- ValleyWire.com"
    ("reservoir_levels.html", "Drought pushes Coldwater Reservoir to lowest level since 1977", "Valley Wire",
     "Nadia Ferreira-Lund", "2025-08-14",
     "https://www.valleywire.example/2025/08/14/coldwater-reservoir-drought/"),
    # JSON-LD @graph: the article's date, not the WebPage's; publisher by @id; two authors
    ("library_levy.html", "Northgate voters back library levy by wide margin", "Northgate Ledger",
     "Kwame Oduya-Park, Lise Brandvold", "2025-11-05", "https://northgateledger.example/local/library-levy-passes"),
])
def test_html_metadata(name, title, outlet, author, date, url):
    article = read_article(str(FIXTURES / name))
    assert (article.title, article.outlet, article.author, article.date, article.url) == (
        title, outlet, author, date, url)
    assert article.path == str(FIXTURES / name)


def test_html_body_is_the_article_only():
    body = read_article(str(FIXTURES / "ferry_terminal.html")).body
    assert body.startswith("Marlow County approves $48 million ferry terminal overhaul\n\nMARLOW COUNTY — County")
    assert body.endswith("Ferries will run from a temporary float during the work.")
    assert "Nobody should have to wade through standing water to get to work." in body
    for boilerplate in ["Obituaries", "Subscribe today",                          # navigation
                        "Best clam chowder",                                      # advertisement
                        "We have been patient long enough", "This is our lifeline",  # image captions
                        "Riders cannot absorb", "It is a disgrace",               # related stories
                        "Finally", "never be rebuilt", "ferryfan88",              # reader comments
                        "best five minutes", "We were lucky",                     # newsletter, most read
                        "Share on social media", "All rights reserved", "cacheBuilt"]:
        assert boilerplate not in body, boilerplate


def test_html_quotes_are_the_articles_own():
    article = read_article(str(FIXTURES / "ferry_terminal.html"))
    assert _quotes(article) == [
        ("This is the vote people in Eastbank have been waiting for", "Rosalind Achterberg"),
        ("Nobody should have to wade through standing water to get to work.", "Rosalind Achterberg"),
        ("We came to every meeting for six years. We brought photos of the water on the float and the rust on "
         "the gangway.\n\n“Tonight the county finally listened", "Tomas Velarde"),
        ("I support the terminal, but not this financing", "Dale Furnival"),
    ]


def test_html_paragraph_breaks_keep_a_multi_paragraph_quote_whole():
    article = read_article(str(FIXTURES / "ferry_terminal.html"))
    assert ("the rust on the gangway.\n\n“Tonight the county finally listened,” Velarde said." in article.body)
    quote = next(q for q in extract(article).quotes if q.text.startswith("We came"))
    assert article.body[quote.start:quote.end] == quote.text


@pytest.mark.parametrize("name, expected", [
    ("reservoir_levels.html", [
        ("We are not in a crisis yet, but we are close enough to see it from here", "Ingrid Sorensby"),
        ("Every lawn that goes brown this month is water we will have in March.", "Ingrid Sorensby"),
        ("I read about it in the paper like everybody else", "Walt Achebe-Morrow"),
    ]),
    ("library_levy.html", [
        ("This says that people in Northgate still believe in a place where anyone can walk in and learn "
         "something for free", "Samuel Oyelaran-Hughes"),
        ("We lost tonight, but the bills are real", "Doreen Plaskett"),
        ("We will be at every board meeting.", "Doreen Plaskett"),
    ]),
])
def test_html_quotes_leave_out_captions_related_boxes_comments_and_ads(name, expected):
    article = read_article(str(FIXTURES / name))
    assert _quotes(article) == expected
    for elsewhere in ["old road", "aquifer", "Nobody likes paying more", "Whiskey", "Fast and fair",
                      "Best night", "clean sweep", "Better than we feared", "without a memory", "mortgage"]:
        assert elsewhere not in article.body


PAGE = """<!doctype html><html><head><title>Harbor pilots warn of fog delays</title>
<link rel="canonical" href="https://www.harborlight.example/news/fog-delays"></head><body>
<article><h1>Harbor pilots warn of fog delays</h1>{time}
<p>Harbor pilots said on Friday that fog could delay ferry crossings all weekend, and urged travelers
to check schedules before leaving home.</p>
<p>“We will not take a boat out if we cannot see the breakwater,” pilot captain Rhea Castellano-Moss said.</p>
<aside class="related"><time datetime="2023-02-02">Feb. 2, 2023</time> Older fog story</aside>
</article><footer>Site updated 2024-01-09</footer></body></html>"""


def test_html_date_is_the_articles_time_element_not_a_footer():
    page = PAGE.format(time='<p class="byline">By Staff · <time datetime="2025-01-17T08:10:00-08:00">Jan. 17</time></p>')
    assert parse_html(page, "fog.html").date == "2025-01-17"


def test_html_outlet_is_not_made_up_from_the_domain():
    article = parse_html(PAGE.format(time=""), "fog.html")
    assert article.outlet is None
    assert article.url == "https://www.harborlight.example/news/fog-delays"
    assert article.title == "Harbor pilots warn of fog delays"
    assert article.body.split("\n\n")[2] == ("“We will not take a boat out if we cannot see the breakwater,” "
                                             "pilot captain Rhea Castellano-Moss said.")


def test_html_pull_quotes_and_social_embeds_are_not_body_but_a_blockquote_is():
    page = PAGE.format(time='<blockquote class="pullquote"><p>“We will not take a boat out.”</p></blockquote>'
                            '<blockquote class="twitter-tweet"><p>“Fog again,” wrote a commuter.</p>— Deck Hand '
                            '(@deckhand)</blockquote><div class="pull-quote">“Check schedules.”</div>'
                            '<blockquote><p>“Visibility is under 200 yards,” the Coast Guard wrote in a notice.</p>'
                            '</blockquote>')
    article = parse_html(page, "fog.html")
    assert "Fog again" not in article.body and "Check schedules" not in article.body
    assert article.body.count("We will not take a boat out") == 1
    assert _quotes(article) == [
        ("Visibility is under 200 yards", "Coast Guard"),
        ("We will not take a boat out if we cannot see the breakwater", "Rhea Castellano-Moss"),
    ]


def test_html_page_without_article_text_is_refused():
    with pytest.raises(InputError, match=r"^menu\.html: no article text found in this HTML page$"):
        parse_html("<html><body><nav><a href='/'>Home</a> <a href='/news'>News</a></nav></body></html>",
                   "menu.html")


def test_html_title_falls_back_to_the_first_paragraph():
    article = parse_html("<html><body><article><p>The council voted on Tuesday to approve the plan.</p>"
                         "</article></body></html>", "t.html")
    assert article.title == "The council voted on Tuesday to approve the plan."


@pytest.mark.parametrize("title, names, expected", [
    ("Headline here | Lakeview Sentinel", ["Lakeview Sentinel"], "Headline here"),
    ("Headline here - ValleyWire.com", ["Valley Wire", "www.valleywire.example"], "Headline here"),
    ("Headline here - ValleyWire.com", [], "Headline here"),  # a domain is never a headline
    ("Headline here – Northgate Ledger", ["Northgate Ledger"], "Headline here"),
    ("Northgate Ledger: Voters back levy", ["Northgate Ledger"], "Voters back levy"),
    ("Northgate Ledger | Voters back levy", ["Northgate Ledger"], "Voters back levy"),
    ("Headline here — lakeviewsentinel", ["lakeviewsentinel.example"], "Headline here"),
    ("Headline - Local News - Valley Wire", ["Valley Wire"], "Headline - Local News"),
    ("Ferry vote - what it means", ["Lakeview Sentinel"], "Ferry vote - what it means"),
    ("Mayor Poole: We did it", ["Town Crier"], "Mayor Poole: We did it"),
    ("Headline | Lakeview Sentinel", [None], "Headline | Lakeview Sentinel"),
    ("  Spaced   out | Lakeview Sentinel ", ["Lakeview Sentinel"], "Spaced out"),
])
def test_clean_title(title, names, expected):
    assert clean_title(title, names) == expected


def test_html_in_windows_1252_with_a_declared_charset():
    article = read_article(str(FIXTURES / "encodings" / "legacy_page.html"))
    assert (article.title, article.outlet, article.date) == (
        "Café owners fight Rue Sainte-Hélène parking plan", "The Quayside Examiner", "2025-03-12")
    assert article.body.split("\n\n")[1] == ("“We are not against bicycles. We are against losing our customers,” "
                                             "said Renée Dufresne, who runs Café Lumière.")
    assert "Accueil" not in article.body and "©" not in article.body


def test_html_fragment_text():
    fragment = ("<p>One &amp; two.</p><p>“Quoted,” she said.<br>New line.</p><figure><figcaption>Caption"
                "</figcaption></figure><ul><li>First</li><li>Second</li></ul>")
    assert html_fragment_text(fragment) == "One & two.\n\n“Quoted,” she said.\nNew line.\n\nFirst\n\nSecond"
    assert html_fragment_text("Plain text, 3 < 4.") == "Plain text, 3 < 4."


# -- Word -----------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def draft(tmp_path_factory):
    path = tmp_path_factory.mktemp("docx") / "clinic-draft.docx"
    make_docx.build_draft(path)
    return path


def test_docx_metadata_from_core_properties(draft):
    article = read_article(str(draft))
    assert (article.title, article.author, article.date, article.outlet, article.url) == (
        "Eastfield clinic to cut walk-in days", "Joaquín Restrepo", "2025-05-14", None, None)


def test_docx_body_accepts_tracked_changes_and_leaves_out_comments(draft):
    body = read_article(str(draft)).body
    assert body.split("\n\n") == [
        "Eastfield clinic will close two days a week",
        "EASTFIELD — The county health department will close the Eastfield walk-in clinic on Mondays and "
        "Fridays starting in June, director Hana Mbeki-Lowell said on Thursday.",
        "“We looked at every option and this was the least harmful one,” Mbeki-Lowell said.",
        "“Patients will still be seen within 48 hours,” she said.",
        "Nurse Carla Imhof, who has worked at the clinic for 11 years, said the cuts would hurt older patients. "
        "“Some of them take two buses to get here,” Imhof said.",
        "Day | Hours",
        "Tuesday | 8 a.m. to 6 p.m.",
        "The clinic board meets on May 29.\n— Reporting by Joaquín Restrepo",
    ]
    for gone in ["the only one left", "disaster for the east side", "Ted Voss",  # tracked deletions
                 "72 hours", "never promised", "Maren Holt"]:                    # the editor's comment
        assert gone not in body


def test_docx_quotes(draft):
    assert _quotes(read_article(str(draft))) == [
        ("We looked at every option and this was the least harmful one", "Hana Mbeki-Lowell"),
        ("Patients will still be seen within 48 hours", "Hana Mbeki-Lowell"),
        ("Some of them take two buses to get here", "Carla Imhof"),
    ]


def test_docx_without_properties_takes_the_first_paragraph_as_title(tmp_path):
    import docx

    document = docx.Document()  # python-docx's template says the author is "python-docx"
    document.add_paragraph("Ferry fares to rise in July")
    document.add_paragraph("Fares will rise by 50 cents, the county said.")
    document.save(tmp_path / "bare.docx")
    article = read_article(str(tmp_path / "bare.docx"))
    assert (article.title, article.author, article.date) == ("Ferry fares to rise in July", None, None)
    assert article.body == "Ferry fares to rise in July\n\nFares will rise by 50 cents, the county said."


def test_docx_that_is_not_a_word_file_is_refused(tmp_path):
    (tmp_path / "fake.docx").write_bytes(b"Just some text pretending.")
    with pytest.raises(InputError, match=r"fake\.docx: not a Word \.docx document that can be read"):
        read_article(str(tmp_path / "fake.docx"))
    with zipfile.ZipFile(tmp_path / "other.docx", "w") as archive:
        archive.writestr("readme.txt", "not a document")
    with pytest.raises(InputError, match=r"other\.docx: not a Word \.docx document that can be read"):
        read_article(str(tmp_path / "other.docx"))


def test_docx_from_stdin_is_recognised(draft):
    article = read_article("-", stdin=draft.read_bytes())
    assert (article.path, article.title) == ("-", "Eastfield clinic to cut walk-in days")


# -- JSON and JSON Lines --------------------------------------------------------------------

def test_jsonl_feed_one_article_per_line():
    path = str(FIXTURES / "feeds" / "wire.jsonl")
    articles = read_articles(path)
    assert [a.path for a in articles] == [f"{path}#1", f"{path}#3", f"{path}#4"]  # line 2 is blank
    rows = [(a.title, a.outlet, a.author, a.date, a.url) for a in articles]
    assert rows == [
        ("Tanker grounding closes Port Averill channel", "Meridian Press Service", "Callum Reyes-Whitby",
         "2025-06-03", "https://meridianpress.example/wire/tanker-grounding"),
        ("Averill fishermen count losses as channel stays shut", "Meridian Press Service",
         "Callum Reyes-Whitby, Ines Okoro", "2025-06-04", "https://meridianpress.example/wire/fishermen-losses"),
        ("Channel reopens after tanker refloated", "Meridian Press Service", None, "2025-06-05",
         "https://meridianpress.example/wire/channel-reopens"),
    ]
    assert "\r" not in articles[1].body  # "text" with CRLF
    assert articles[2].body == ("PORT AVERILL — Tugs refloated the grounded tanker on Thursday morning and the harbor "
                                "authority reopened the channel at noon.\n\n“The inspection found a dent, not a "
                                "breach,” Lindqvist-Barros said.")  # a list of paragraphs
    assert _quotes(articles[0]) == [
        ("There is no sign of a spill, and the crew of 19 is safe", "Oona Lindqvist-Barros"),
        ("We will not reopen the channel until the hull has been inspected.", "Oona Lindqvist-Barros"),
    ]
    assert _quotes(articles[1]) == [
        ("Every boat in this harbor is tied up and the ice is melting", "Wendell Amankwah"),
        ("Nobody has told us when we can go out", "Wendell Amankwah"),
    ]


def test_json_cms_export_with_html_bodies():
    path = str(FIXTURES / "feeds" / "cms_export.json")
    first, second = read_articles(path)
    assert (first.path, first.title, first.outlet, first.author, first.date, first.url) == (
        f"{path}#1", "Brackenridge school board delays vote on four-day week", "The Brackenridge Observer",
        "Solveig Achterhof", "2025-09-22", "https://brackenridgeobserver.example/schools/four-day-week-delay")
    assert first.body.split("\n\n")[1] == ("“We owe families a real answer on child care before we change "
                                           "anything,” board president Delia Marchetti-Oyelowo said.")
    assert "Not like this" not in first.body and "<p>" not in first.body  # caption and markup gone
    assert (second.path, second.author, second.date, second.url) == (
        f"{path}#2", "Tobias Lindgren-Mwangi", "2025-09-22", None)
    assert _quotes(first) == [("We owe families a real answer on child care before we change anything",
                               "Delia Marchetti-Oyelowo")]


def test_json_feed_spec_items():
    path = str(FIXTURES / "feeds" / "jsonfeed.json")
    (article,) = read_articles(path)
    assert (article.path, article.title, article.outlet, article.author, article.date) == (
        f"{path}#1", "Harrowgate library to open Sundays", "Harrowgate Daily Courier", "Emeka Thorvaldsen",
        "2025-11-17")
    assert _quotes(article) == [("Sunday is the only day many families are free", "Beatrix Nwachukwu")]


def _write(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


@pytest.mark.parametrize("name, content, message", [
    ("wire.jsonl", '{"title": "A", "body": "Text."}\n{"title": "B", "summary": "No body here."}\n',
     'wire.jsonl: line 2: no article body (give the text in a "body" or "text" field)'),
    ("wire.jsonl", '{"body": "Text."}\n\n{"body": "Fine."}\n{"body": "Broken",\n',
     "wire.jsonl: line 4: not valid JSON (Expecting property name enclosed in double quotes at column 19)"),
    ("wire.jsonl", '{"body": "Text."}\n["a list"]\n', "wire.jsonl: line 2: not a JSON object"),
    ("wire.jsonl", '{"body": "   "}\n', "wire.jsonl: line 1: the article has no body text"),
    ("feed.json", '[{"body": "One."}, {"title": "Two"}]', 'feed.json: item 2: no article body'),
    ("feed.json", '[{"body": "One."}, "two"]', "feed.json: item 2: not a JSON object"),
    ("feed.json", '[{"body": {"html": "<p>x</p>"}}]', "feed.json: item 1: the article body is not text (a dict)"),
    ("feed.json", "[]", "feed.json: the feed holds no articles"),
    ("feed.json", '{"articles": []}', "feed.json: the feed holds no articles"),
    ("feed.json", '{"title": "Only a title"}', 'feed.json: no articles: expected an array of article objects'),
    ("feed.json", '{"body": "One.",}', "feed.json: not valid JSON (Expecting property name enclosed in double "
                                       "quotes at line 1, column 17)"),
    ("feed.json", '"just a string"', "feed.json: no articles: expected an array of article objects"),
])
def test_feed_errors_name_the_file_and_the_line_or_item(tmp_path, name, content, message):
    path = _write(tmp_path, name, content)
    with pytest.raises(InputError) as info:
        read_articles(path)
    assert str(info.value).startswith(str(tmp_path / message.split(":", 1)[0]) + ":" + message.split(":", 1)[1])
    assert "\n" not in str(info.value)


def test_json_single_article_object_and_jsonl_saved_as_json(tmp_path):
    single = _write(tmp_path, "one.json", json.dumps({"headline": "Dam repairs done", "text": "Crews finished.",
                                                      "publisher": {"name": "River Post"}, "date": "May 2, 2025"}))
    article = read_article(single)
    assert (article.path, article.title, article.outlet, article.date, article.body) == (
        single, "Dam repairs done", "River Post", "2025-05-02", "Crews finished.")
    lines = _write(tmp_path, "lines.json", '{"body": "First."}\n{"body": "Second."}\n')
    assert [(a.path.rsplit("#", 1)[1], a.body) for a in read_articles(lines)] == [("1", "First."), ("2", "Second.")]


def test_read_article_refuses_a_feed_of_several(tmp_path):
    path = _write(tmp_path, "two.jsonl", '{"body": "First."}\n{"body": "Second."}\n')
    with pytest.raises(InputError, match=r"two\.jsonl: a feed of 2 articles where one article was expected"):
        read_article(path)
    assert read_article(_write(tmp_path, "one.jsonl", '{"body": "Only."}\n')).body == "Only."


def test_feeds_and_pages_from_stdin_are_recognised():
    articles = read_articles("-", stdin=b'{"title": "A", "body": "First."}\n{"title": "B", "body": "Second."}\n')
    assert [(a.path, a.title) for a in articles] == [("-#1", "A"), ("-#2", "B")]
    page = (FIXTURES / "reservoir_levels.html").read_bytes()
    assert read_article("-", stdin=page).outlet == "Valley Wire"
    text = read_article("-", stdin=b"[UPDATED] Mayor resigns\n\nThe mayor resigned.")
    assert (text.title, text.body) == ("[UPDATED] Mayor resigns", "[UPDATED] Mayor resigns\n\nThe mayor resigned.")


# -- encodings ------------------------------------------------------------------------------

def _expected(story: str) -> tuple[str, str]:
    body = story.split("\n\n", 1)[1].strip()
    return story.split("\n", 1)[0].removeprefix("Title: "), body


@pytest.mark.parametrize("name", sorted(n for n in make_encodings.FILES if n.endswith(".txt")))
def test_every_encoding_reads_to_the_same_story(name):
    article = read_article(str(FIXTURES / "encodings" / name))
    title, body = _expected(make_encodings.LATIN1_STORY if name == "latin1.txt" else make_encodings.STORY)
    assert (article.title, article.outlet, article.author, article.date) == (
        title, "The Quayside Examiner", "Zoë Brennan-Açar", "2025-03-12")
    assert article.body == body
    assert "\r" not in article.body and "\ufeff" not in article.body


def test_encoding_fixtures_are_what_the_script_writes():
    for name, data in make_encodings.FILES.items():
        assert (FIXTURES / "encodings" / name).read_bytes() == data, f"run tests/fixtures/make_encodings.py ({name})"


def test_quotes_survive_every_encoding():
    for name in ["windows1252.txt", "mojibake.txt", "utf16be_bom.txt", "stray_byte.txt"]:
        article = read_article(str(FIXTURES / "encodings" / name))
        assert _quotes(article) == [
            ("We are not against bicycles. We are against losing our customers", "Renée Dufresne"),
            ("listen to every business", "Jürgen Søndergaard"),
        ], name


@pytest.mark.parametrize("data, expected", [
    (b"caf\xe9 au lait", "café au lait"),                                    # Latin-1, one accented letter
    ("“Zoë” paid €5 — done.".encode("cp1252"), "“Zoë” paid €5 — done."),    # Windows-1252 punctuation
    ("Le maire, Hélène Côté, a déclaré que la ville était prête.".encode("latin-1"),
     "Le maire, Hélène Côté, a déclaré que la ville était prête."),        # not DOS Baltic's "Hķlķne"
    ("Ο πρωθυπουργός δήλωσε ότι ο προϋπολογισμός θα ψηφιστεί τη Δευτέρα.".encode("cp1253"),
     "Ο πρωθυπουργός δήλωσε ότι ο προϋπολογισμός θα ψηφιστεί τη Δευτέρα."),  # not mac_greek
    ("Ação e São Paulo, disse João.".encode("latin-1"), "Ação e São Paulo, disse João."),  # not Big5
    ("Президент заявил, что бюджет будет принят в понедельник. Министр финансов согласился.".encode("cp1251"),
     "Президент заявил, что бюджет будет принят в понедельник. Министр финансов согласился."),
    ("Zoë said “yes”. ".encode("utf-8") + b"Caf\xe9 owners agreed.", "Zoë said “yes”. Café owners agreed."),
    ("Zoë".encode("utf-32"), "Zoë"),
])
def test_decode_detects_the_encoding(data, expected):
    assert decode(data, "x.txt") == expected


def test_decode_uses_a_declared_charset_and_ignores_a_wrong_utf8_declaration():
    assert decode(b"\x93Hi\x94 Zo\xeb", "p.html", declared="iso-8859-1") == "“Hi” Zoë"
    assert decode("Zoë “hi”".encode("cp1252"), "p.html", declared="utf-8") == "Zoë “hi”"


@pytest.mark.parametrize("data, message", [
    (_noise(7, 3000),
     r"^noise\.txt: not UTF-8 text \(undecodable byte at offset \d+\), and no other text encoding fits$"),
    (b"Zo\xeb said hello. \x81\x8d\x90 and \x9d more",
     r"^noise\.txt: not UTF-8 text \(undecodable byte at offset 2\), and no other text encoding fits$"),
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", r"^noise\.txt: binary file, not an article \(a PDF document\)$"),
    (b"PK\x03\x04\x14\x00\x06\x00",
     r"^noise\.txt: binary file, not an article \(a ZIP archive or Office document; Word files need the \.docx suffix\)$"),
    (b"\xef\xbb\xbfcaf\xe9", r"^noise\.txt: not valid UTF-8 text"),
], ids=["noise", "c1-controls", "pdf", "zip", "bad-utf8-after-bom"])
def test_undecodable_files_are_refused(data, message):
    with pytest.raises(InputError, match=message):
        decode(data, "noise.txt")


def test_one_bad_file_stops_the_ingest_and_nothing_is_stored(tmp_path):
    folder = tmp_path / "batch"
    folder.mkdir()
    (folder / "a-page.html").write_bytes((FIXTURES / "ferry_terminal.html").read_bytes())
    (folder / "b-wire.txt").write_bytes(_noise(3, 2000))
    db = tmp_path / "desk.json"
    result = CliRunner().invoke(cli, ["--db", str(db), "ingest", str(folder)])
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: ") and "b-wire.txt: not UTF-8 text" in result.stderr
    assert result.stderr.count("\n") == 1 and not db.exists()


@pytest.mark.parametrize("damaged, repaired", [
    ("â€œWe will not back down,â€\x9d she said.", "“We will not back down,” she said."),
    ("The cafÃ© owners donâ€™t agree", "The café owners don’t agree"),
    ("HÃ©lÃ¨ne CÃ´tÃ© paid Â£20 â€” twice", "Hélène Côté paid £20 — twice"),
    ("\x93Quoted\x94 in C1 controls", "“Quoted” in C1 controls"),
    ("line one\nâ€œline twoâ€\x9d\nline three", "line one\n“line two”\nline three"),
])
def test_mojibake_is_repaired(damaged, repaired):
    assert repair_mojibake(damaged) == repaired


@pytest.mark.parametrize("text", [
    "Zoë Müller said “no” in São Paulo — naïve, señor?",  # correct text
    "The â€œsanctuaryâ€ policy",   # the third byte of ” is lost: guessing would give †
    "Zoë said “yes” but MÃ¼ller did not",  # good and damaged text in one line: not certain
    "Ã la carte",                         # could be À or à
])
def test_mojibake_left_alone_unless_certain(text):
    assert repair_mojibake(text) == text


# -- dates and folders ----------------------------------------------------------------------

@pytest.mark.parametrize("given, expected", [
    ("2025-04-08T17:42:00-07:00", "2025-04-08"),  # the date as written, not converted to UTC
    ("Wed, 05 Nov 2025 22:10:00 -0500", "2025-11-05"),
    ("Published: March 11, 2025", "2025-03-11"),
    ("Updated 11:48 PM, Nov. 5, 2025", "2025-11-05"),
    ("Tuesday, April 8, 2025 5:42 PM EST", "2025-04-08"),
    ("April 8th, 2025", "2025-04-08"),
    ("05.11.2025", "2025-11-05"),          # dotted dates are day first
    ("11/05/2025", "2025-11-05"),          # slashed dates are month first
    ("March 2025", "2025-03"),
    (1749110400, "2025-06-05"),            # Unix seconds
    (1749110400000, "2025-06-05"),         # and milliseconds
    ("1749110400", "2025-06-05"),
    (datetime.datetime(2025, 6, 5, 23, 0), "2025-06-05"),
    ("March 11", "March 11"),              # no year: kept as written, not given this year's
    ("3 hours ago", "3 hours ago"),
    (True, None),
])
def test_normalize_date_common_forms(given, expected):
    assert normalize_date(given) == expected


def test_folders_yield_every_format(tmp_path):
    for name in ["a.html", "b.htm", "c.docx", "d.json", "e.jsonl", "f.ndjson", "g.txt", "h.md", "i.pdf",
                 "~$c.docx", "j.png"]:
        (tmp_path / name).write_text("x")
    found = [Path(p).name for p in article_files([str(tmp_path)])]
    assert found == ["a.html", "b.htm", "c.docx", "d.json", "e.jsonl", "f.ndjson", "g.txt", "h.md"]


def test_extract_json_prints_metadata_for_a_page_and_a_draft(draft):
    for path, title, outlet in [(FIXTURES / "library_levy.html", "Northgate voters back library levy by wide margin",
                                 "Northgate Ledger"),
                                (draft, "Eastfield clinic to cut walk-in days", None)]:
        result = CliRunner().invoke(cli, ["extract", str(path), "-f", "json"])
        assert result.exit_code == 0, result.output
        data = json.loads(result.stdout.splitlines()[0])
        assert (data["title"], data["outlet"]) == (title, outlet)
        assert all(data["body"][q["start"]:q["end"]] == q["text"] for q in data["quotes"])
