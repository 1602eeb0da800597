"""The HTML report in a real browser, headless Chromium from the OS packages (`apt-get install
chromium`; .ci/run installs it): the page renders, the chart is drawn, and article text carrying
<script> or <img onerror> runs nothing.

Skipped only on a machine without Chromium that is not CI; where the CI variable is set, a missing
browser is a failure."""

from __future__ import annotations

import itertools
import json
import os
import re
import shutil
import struct
import subprocess
import zlib
from pathlib import Path

import pytest

from factcheck.report import claim_reviews, render_report

# Each payload, if it ever ran, would retitle the page and mark the body.
SCRIPT = "<script>window.__pwned=1;document.title='PWNED';document.body.setAttribute('data-pwned','1')</script>"
IMG = ("<img src=x onerror=\"window.__pwned=1;document.title='PWNED';"
       "document.body.setAttribute('data-pwned','1')\">")
HOSTILE = f"{SCRIPT} {IMG}"
BASE, ORG = "https://desk.test/report.html", "Desk"
COUNTER = itertools.count()


def _mention(id: int, article_id: int, title: str, outlet: str, date: str) -> dict:
    return {"id": id, "article_id": article_id, "path": f"a{article_id}.txt", "title": title, "outlet": outlet,
            "date": date, "url": f"https://news.test/{article_id}", "text": "t", "start": 0, "end": 1,
            "context": "t", "speaker": None, "speaker_as_written": None, "score": None, "scorer": None}


def _claim(id: int, text: str, status: str, rating: str | None, speaker: str, note: str, evidence: list[str],
           correction: str | None = None) -> dict:
    return {"id": id, "kind": "quote", "text": text, "speaker": speaker, "status": status, "rating": rating,
            "attribution": "confirmed", "assigned_to": None, "published_at": None, "speakers": [speaker],
            "misattributed": False, "conflicts": [], "pending_suggestions": [],
            "mentions": [_mention(id * 10, id, f"Title {HOSTILE}", f"Outlet {HOSTILE}", "2025-02-03")],
            "history": [{"id": id, "claim_id": id, "old_status": "unverified", "new_status": status,
                         "old_rating": None, "new_rating": rating, "old_attribution": "unchecked",
                         "new_attribution": "confirmed", "by": f"ana {HOSTILE}", "at": "2025-02-04T10:00:00Z",
                         "note": note, "evidence": evidence, "correction": correction, "undoes": None}]}


CLAIMS = [
    _claim(1, f"We will not back down {HOSTILE}", "verified", "true", f"Dana {SCRIPT}", f"Note {IMG}",
           [f"https://x.test/{SCRIPT}", f"Minutes {IMG}"], correction=f"Fixed {HOSTILE}"),
    _claim(2, f"The port stays open {IMG}", "verified", "mostly-true", f"Elena {IMG}", f"Checked {SCRIPT}",
           [HOSTILE]),
    _claim(3, f"The budget is balanced {SCRIPT}", "disputed", "false", "Tom Reyes", HOSTILE, [IMG]),
    _claim(4, "Nothing to see", "unverified", None, "Ana Ruiz", "n", ["e"]),
]
POLICY = re.compile(r'<meta http-equiv="Content-Security-Policy"[^>]*>\n')


@pytest.fixture(scope="module")
def chromium() -> str:
    found = "/usr/bin/chromium" if os.path.exists("/usr/bin/chromium") else shutil.which("chromium")
    if found:
        return found
    if os.environ.get("CI"):
        pytest.fail("Chromium is missing in CI: .ci/run should have installed it (apt-get install chromium)")
    pytest.skip("needs headless Chromium at /usr/bin/chromium (apt-get install chromium); CI always runs this test")


def browse(chromium: str, page: Path, tmp_path: Path, *args: str) -> str:
    """Open ``page`` in a fresh headless Chromium and return what it printed (``--dump-dom``)."""
    profile = tmp_path / f"profile-{next(COUNTER)}"
    command = [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
               "--disable-background-networking", "--disable-component-update", "--disable-sync",
               f"--user-data-dir={profile}", "--virtual-time-budget=3000", *args, page.as_uri()]
    result = subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stderr[-2000:]
    return result.stdout


def _title(dom: str) -> str:
    return re.search(r"<title>(.*?)</title>", dom, re.DOTALL).group(1)


def _body_tag(dom: str) -> str:
    return re.search(r"<body[^>]*>", dom).group(0)


def test_the_harness_sees_a_script_that_runs(chromium, tmp_path):
    """The control: the same payloads left unescaped do run, and the checks below would notice."""
    page = tmp_path / "control.html"
    page.write_text(f"<!DOCTYPE html><html><head><title>Claims report</title></head><body><p>{HOSTILE}</p>"
                    "</body></html>", encoding="utf-8")
    dom = browse(chromium, page, tmp_path, "--dump-dom")
    assert _title(dom) == "PWNED"
    assert "data-pwned" in _body_tag(dom)


@pytest.mark.parametrize("with_policy", [True, False], ids=["as-written", "without-its-csp"])
def test_hostile_article_text_runs_nothing(chromium, tmp_path, with_policy):
    """Escaping alone must hold: the page is also opened with its Content-Security-Policy removed."""
    html = render_report(CLAIMS, "html", "2025-02-05T10:00:00Z", f"search={SCRIPT}", base_url=BASE, org=ORG)
    assert len(POLICY.findall(html)) == 1
    page = tmp_path / "report.html"
    page.write_text(html if with_policy else POLICY.sub("", html), encoding="utf-8")
    dom = browse(chromium, page, tmp_path, "--dump-dom")
    assert _title(dom) == "Claims report"
    assert "data-pwned" not in _body_tag(dom)
    assert "<img" not in dom
    scripts = re.findall(r"<script[^>]*>", dom)
    assert scripts == ['<script type="application/ld+json">']
    # the hostile words are on the page, as text
    assert "We will not back down &lt;script&gt;window.__pwned=1;" in dom
    assert "Note &lt;img src=x onerror=" in dom
    # the ClaimReview block was not cut short by article text: it parses to what was written
    block = dom.split('<script type="application/ld+json">', 1)[1].split("</script>", 1)[0]
    assert json.loads(block) == claim_reviews(CLAIMS, BASE, ORG)[0]


def test_the_chart_is_drawn(chromium, tmp_path):
    page = tmp_path / "report.html"
    page.write_text(render_report(CLAIMS, "html", "2025-02-05T10:00:00Z", "all claims"), encoding="utf-8")
    dom = browse(chromium, page, tmp_path, "--dump-dom")
    assert '<svg class="chart" id="chart-status"' in dom and '<svg class="chart" id="chart-rating"' in dom
    assert '<rect class="bar verified" x="170" y="54" width="300" height="17"></rect>' in dom
    shot = tmp_path / "report.png"
    browse(chromium, page, tmp_path, f"--screenshot={shot}", "--window-size=800,600", "--hide-scrollbars")
    width, height, pixels = _png_pixels(shot.read_bytes())
    assert (width, height) == (800, 600)
    counts = {colour: 0 for colour in BAR_COLOURS.values()}
    distinct = set()
    for pixel in pixels:
        distinct.add(pixel)
        for colour in counts:
            if all(abs(a - b) <= 4 for a, b in zip(pixel, colour)):
                counts[colour] += 1
    assert len(distinct) > 20, "the screenshot is blank"
    for name, colour in BAR_COLOURS.items():
        assert counts[colour] > 500, f"no {name} bar on screen: {counts}"


BAR_COLOURS = {"verified": (0x22, 0xaa, 0x77), "disputed": (0xcc, 0x33, 0x33), "rating": (0x44, 0x66, 0x88)}


def _png_pixels(data: bytes) -> tuple[int, int, list[tuple[int, int, int]]]:
    """The RGB pixels of an 8-bit RGB or RGBA PNG (what Chromium writes), decoded with the stdlib."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    pos, idat, header = 8, b"", None
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        chunk = data[pos + 8:pos + 8 + length]
        pos += 12 + length
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", chunk)
        elif kind == b"IDAT":
            idat += chunk
    width, height, depth, colour_type, _, _, interlace = header
    assert depth == 8 and colour_type in (2, 6) and interlace == 0, header
    channels = 3 if colour_type == 2 else 4
    raw = zlib.decompress(idat)
    stride = width * channels
    previous = bytearray(stride)
    pixels = []
    for y in range(height):
        start = y * (stride + 1)
        kind, line = raw[start], bytearray(raw[start + 1:start + 1 + stride])
        for i in range(stride):
            left = line[i - channels] if i >= channels else 0
            up = previous[i]
            corner = previous[i - channels] if i >= channels else 0
            if kind == 1:
                line[i] = (line[i] + left) & 0xFF
            elif kind == 2:
                line[i] = (line[i] + up) & 0xFF
            elif kind == 3:
                line[i] = (line[i] + (left + up) // 2) & 0xFF
            elif kind == 4:
                p = left + up - corner
                pa, pb, pc = abs(p - left), abs(p - up), abs(p - corner)
                line[i] = (line[i] + (left if pa <= pb and pa <= pc else up if pb <= pc else corner)) & 0xFF
        pixels += [tuple(line[x:x + 3]) for x in range(0, stride, channels)]
        previous = line
    return width, height, pixels
