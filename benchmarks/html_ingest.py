"""HTML ingest throughput on the fixture pages (tests/fixtures/*.html), in pages per second.

    python benchmarks/html_ingest.py              # about 3 seconds of each measurement
    python benchmarks/html_ingest.py --seconds 10

"read" is what `ingest` does before extraction: read the file, decode it, extract the article
with trafilatura and its metadata (factcheck.articles.read_articles). "read + extract" adds
quotes, reported speech and statistics (factcheck.extract.extract). Nothing is stored."""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from factcheck.articles import read_articles
from factcheck.extract import extract

FIXTURES = Path(__file__).resolve().parent.parent / "tests" / "fixtures"


def pages() -> list[str]:
    return sorted(str(p) for p in FIXTURES.rglob("*") if p.suffix.lower() in (".html", ".htm"))


def measure(paths: list[str], seconds: float, with_extraction: bool) -> tuple[int, float]:
    """Read every page over and over for about ``seconds``; returns (pages read, seconds taken)."""
    for path in paths:  # warm up: imports, caches
        read_articles(path)
    done, started = 0, time.perf_counter()
    while time.perf_counter() - started < seconds:
        for path in paths:
            for article in read_articles(path):
                if with_extraction:
                    extract(article)
            done += 1
    return done, time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=3.0, help="time spent on each measurement")
    args = parser.parse_args()
    paths = pages()
    size = sum(Path(p).stat().st_size for p in paths)
    print(f"{len(paths)} fixture pages, {size / 1024:.1f} KB in all")
    for label, with_extraction in (("read", False), ("read + extract", True)):
        done, taken = measure(paths, args.seconds, with_extraction)
        print(f"{label:>15}: {done / taken:7.1f} pages/s ({done} pages in {taken:.2f} s)")


if __name__ == "__main__":
    main()
