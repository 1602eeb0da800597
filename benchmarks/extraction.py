"""Score extraction against the hand-annotated sets and measure throughput.

    python benchmarks/extraction.py            # every set below that exists
    python benchmarks/extraction.py -v         # also list misses, spurious finds and wrong speakers

Sets: sample_articles/ (tests/data/sample_annotations.json), benchmarks/data/quotes/ and
benchmarks/data/statistics/ (annotations.json in each), and the sets written blind,
benchmarks/data/quotes_heldout*/ and benchmarks/data/statistics_heldout*/ (see their READMEs
and docs/decisions.md for which have guided rules since). Annotation rules: docs/annotation.md.

Throughput is text per CPU second of ``extract``: the fastest of five passes over a set, each
with factcheck's caches emptied first. That time is linear in the text: the last line extracts
the statistics set run together as one article, then 4 and 16 copies of it, and prints the
throughput of each (it stays flat when the time grows with the text)."""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from factcheck.articles import read_article
from factcheck.models import Article
from factcheck.evaluation import Score, score_quotes, score_statistics
from factcheck.extract import extract

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "benchmarks" / "data"
SETS = [("sample articles", ROOT / "sample_articles", ROOT / "tests" / "data" / "sample_annotations.json")] + [
    (label, DATA / name, DATA / name / "annotations.json") for label, name in [
        ("quote set", "quotes"), ("statistics set", "statistics"), ("speaker set", "quotes_speakers"),
        ("speaker set 2", "quotes_speakers2"),
        ("quote held-out set", "quotes_heldout"), ("statistics held-out set", "statistics_heldout"),
        ("quote held-out set 2", "quotes_heldout2"), ("statistics held-out set 2", "statistics_heldout2"),
        ("quote held-out set 3", "quotes_heldout3"), ("statistics held-out set 3", "statistics_heldout3"),
        ("quote held-out set 4", "quotes_heldout4"), ("statistics held-out set 4", "statistics_heldout4"),
        ("quote held-out set 5", "quotes_heldout5"), ("statistics held-out set 5", "statistics_heldout5"),
        ("quote held-out set 6", "quotes_heldout6"), ("statistics held-out set 6", "statistics_heldout6"),
        ("quote held-out set 7", "quotes_heldout7"), ("statistics held-out set 7", "statistics_heldout7")]]


TIMED_PASSES = 5  # the fastest of these passes over a set is reported (this machine's speed drifts)


def forget_caches() -> None:
    """Empty every cache in factcheck's modules, so that no pass reuses an earlier one's work."""
    for name, module in list(sys.modules.items()):
        if name.startswith("factcheck."):
            for value in vars(module).values():
                if hasattr(value, "cache_clear"):
                    value.cache_clear()


def cpu_seconds(articles: list) -> float:
    """CPU time (one core's work, whatever else the machine runs) of extracting every article,
    the fastest of TIMED_PASSES passes, each starting with empty caches."""
    best = float("inf")
    for _ in range(TIMED_PASSES):
        forget_caches()
        started = time.process_time()
        for article in articles:
            extract(article)
        best = min(best, time.process_time() - started)
    return best


def linearity(articles: list, copies: tuple[int, ...] = (1, 4, 16)) -> list[float]:
    """MB/s of extracting the articles run together as one text, repeated ``copies`` times."""
    body = "\n\n".join(article.body for article in articles)
    rates = []
    for n in copies:
        text = "\n\n".join([body] * n)
        forget_caches()
        started = time.process_time()
        extract(Article(path="linearity", body=text))
        rates.append(len(text.encode("utf-8")) / 1e6 / (time.process_time() - started))
    return rates


def evaluate(folder: Path, annotations: dict) -> tuple[Score, Score, Score, int, float]:
    quotes, paraphrases, statistics = Score(), Score(), Score()
    articles = [read_article(str(folder / name)) for name in annotations]
    for article, (name, want) in zip(articles, annotations.items()):
        result = extract(article)
        found = [q.to_dict() for q in result.quotes]
        if "quotes" in want:
            quotes.add(score_quotes(want["quotes"], [q for q in found if q["kind"] == "quote"], name))
        if "paraphrases" in want:
            paraphrases.add(score_quotes(want["paraphrases"], [q for q in found if q["kind"] == "paraphrase"], name))
        if "statistics" in want:
            statistics.add(score_statistics(want["statistics"], [s.to_dict() for s in result.statistics], name))
    size = sum(len(article.body.encode("utf-8")) for article in articles)
    return quotes, paraphrases, statistics, size, cpu_seconds(articles)


def report(label: str, score: Score, kind: str, verbose: bool) -> None:
    if not score.expected and not score.found:
        return
    print(f"  {label}: {score.expected} annotated, {score.found} found, precision {score.precision:.3f} "
          f"recall {score.recall:.3f} F1 {score.f1:.3f}")
    if kind == "speech":
        print(f"    speaker right {score.rate(score.speaker_right):.3f}, wrong {score.rate(score.speaker_wrong):.3f}, "
              f"unresolved {score.rate(score.speaker_unresolved):.3f}")
    else:
        print(f"    value {score.rate(score.value_right):.3f}, qualifier {score.rate(score.qualifier_right):.3f}, "
              f"counted {score.rate(score.counted_right):.3f}, source {score.rate(score.source_right):.3f}")
    if verbose:
        for item in score.missed:
            print("    missed", item)
        for item in score.spurious:
            print("    spurious", item)
        for item in score.wrong:
            print("    wrong", item)


def main() -> None:
    verbose = "-v" in sys.argv
    for label, folder, path in SETS:
        if not path.exists():
            continue
        annotations = json.loads(path.read_text(encoding="utf-8"))
        annotations = annotations.get("articles", annotations)
        quotes, paraphrases, statistics, size, seconds = evaluate(folder, annotations)
        print(f"{label}: {len(annotations)} articles, {size / 1e3:.0f} kB, "
              f"{size / 1e6 / seconds:.2f} MB/s of text on one core")
        report("quotes", quotes, "speech", verbose)
        report("reported speech", paraphrases, "speech", verbose)
        report("statistics", statistics, "figures", verbose)
    folder = DATA / "statistics"
    articles = [read_article(str(path)) for path in sorted(folder.iterdir()) if path.suffix in (".txt", ".md")]
    rates = linearity(articles)
    print("linear time: the statistics set as one article, x1 / x4 / x16: "
          + " / ".join(f"{rate:.2f}" for rate in rates) + " MB/s")


if __name__ == "__main__":
    main()
