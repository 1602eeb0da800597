"""What safety costs: one status change and one article ingest on databases of growing size.

    python benchmarks/storage.py            # 1,000 / 10,000 / 100,000 claims
    python benchmarks/storage.py 1000 5000  # other sizes

Each database is synthetic (one mention per claim, one article per 20 claims) and written to a
temporary folder. Every command reads the file once and writes it once, atomically, so the
write (serialise + fsync + rename) is reported on its own."""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from factcheck.articles import read_article
from factcheck.db import open_database
from factcheck.extract import extract
from factcheck.migrations import migrate
from factcheck.models import Status
from factcheck.storage import load_file, write_atomically

SAMPLE = Path(__file__).resolve().parent.parent / "sample_articles" / "port-raids-ledger.txt"


def synthetic(claims: int) -> dict:
    data: dict = {}
    migrate(data, "synthetic")
    articles = max(1, claims // 20)
    data["articles"] = {str(i): {"id": i, "path": f"a{i}.txt", "hash": f"h{i}", "title": f"Story {i}",
                                 "outlet": "Wire", "date": "2025-01-01", "body": "x" * 2000}
                        for i in range(1, articles + 1)}
    data["claims"] = {str(i): {"id": i, "kind": "quote", "text": f"claim number {i} about the port budget",
                               "norm": f"claim number {i} about the port budget", "speaker_id": None,
                               "status": "unverified", "conflicts": [], "created_at": "2025-01-01"}
                      for i in range(1, claims + 1)}
    data["mentions"] = {str(i): {"id": i, "claim_id": i, "article_id": 1 + i % articles, "kind": "quote",
                                 "text": f"claim number {i}", "start": 0, "end": 10, "context": "…"}
                        for i in range(1, claims + 1)}
    data["_meta"]["1"]["next_ids"] = {"articles": articles + 1, "claims": claims + 1, "mentions": claims + 1}
    return data


def timed(action) -> float:
    started = time.perf_counter()
    action()
    return time.perf_counter() - started


def measure(claims: int) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = str(Path(folder) / "desk.json")
        write_atomically(path, synthetic(claims))
        size = Path(path).stat().st_size
        read = timed(lambda: load_file(path))
        data = load_file(path)
        write = timed(lambda: write_atomically(path, data))

        def change_status():
            with open_database(path, write=True) as db:
                db.set_status(claims // 2, Status.VERIFIED, "bench", "2025-01-02T00:00:00+00:00", note="checked")

        article = extract(read_article(str(SAMPLE)))

        def ingest_one():
            with open_database(path, write=True) as db:
                db.ingest(article, "2025-01-02T00:00:00+00:00")

        status = timed(change_status)
        ingest = timed(ingest_one)
        print(f"{claims:>7,} claims ({size / 1e6:6.1f} MB): read {read:6.2f} s, atomic write {write:6.2f} s, "
              f"status change {status:6.2f} s, ingest one article {ingest:6.2f} s")


if __name__ == "__main__":
    for size in [int(a) for a in sys.argv[1:]] or [1_000, 10_000, 100_000]:
        measure(size)
