"""Extraction figures: corpus scores with ../shared/eval/score.py, and throughput.

1. Corpus: ingest ``<corpus>/articles`` (publication dates, titles and outlets from
   ``<corpus>/manifest.csv``), extract with the embedded gazetteer, write
   ``mentions.jsonl`` and ``events.geojson``, score them, and print event P/R/F1 overall
   and per type, count and date agreement, toponym recall / accuracy, false positives,
   and the number of events placed from unrelated stories or headline lists (gold
   ``offtopic`` forms; the target is zero).
2. Throughput: end to end (ingest + extract + resolve) over a synthetic corpus from
   ``benchmarks/make_synthetic.py`` (generated when missing), at 1 and 2 processes, each
   in a fresh process so peak resident memory is its own.

    .venv/bin/python benchmarks/bench_extract.py                 # both parts
    .venv/bin/python benchmarks/bench_extract.py --skip-throughput
"""

from __future__ import annotations

import argparse
import csv
import dataclasses
import datetime as dt
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

from make_synthetic import ensure_corpus  # noqa: E402

SHARED = ROOT.parent / "shared"


def _load_corpus(corpus: Path) -> list:  # type: ignore[type-arg]
    """The corpus articles with the manifest's metadata."""
    from geotrack.ingest import load_articles
    from geotrack.settings import Settings

    result = load_articles([str(corpus / "articles")], settings=Settings())
    meta = {}
    with (corpus / "manifest.csv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            meta[Path(row["file"]).stem] = row
    articles = []
    for article in result.articles:
        row = meta.get(Path(article.id).stem)
        if row:
            article = dataclasses.replace(
                article,
                title=row.get("title") or article.title,
                source=row.get("source") or article.source,
                url=row.get("url") or article.url,
                published=dt.date.fromisoformat(row["published"])
                if row.get("published")
                else article.published,
                published_from="metadata",
            )
        articles.append(article)
    return articles


def _offtopic_events(events: list, gold_dir: Path) -> int:  # type: ignore[type-arg]
    """Events whose place is written as a gold offtopic form of their article."""
    count = 0
    for event in events:
        gold_file = gold_dir / f"{Path(event.article_id).stem}.json"
        if not gold_file.exists() or not event.place_text:
            continue
        gold = json.loads(gold_file.read_text(encoding="utf-8"))
        body_forms = {t["text"].lower() for t in gold["toponyms"] if t.get("role") != "offtopic"}
        offtopic = {t["text"].lower() for t in gold["toponyms"] if t.get("role") == "offtopic"}
        form = event.place_text.lower()
        if form in offtopic and form not in body_forms:
            count += 1
    return count


def corpus_figures(corpus: Path, out: Path) -> dict:  # type: ignore[type-arg]
    """Extract, write, score the corpus; print and return the summary."""
    from geotrack.extract import extract_articles
    from geotrack.extract.confidence import split_by_confidence
    from geotrack.render.geojson import write_events_geojson
    from geotrack.render.jsonl import write_mentions_jsonl
    from geotrack.settings import DEFAULT_MIN_CONFIDENCE

    articles = _load_corpus(corpus)
    started = time.perf_counter()
    batch = extract_articles(articles)
    elapsed = time.perf_counter() - started
    # The events `geotrack extract` writes: those below the default floor are held back.
    kept, _held = split_by_confidence(batch.events, DEFAULT_MIN_CONFIDENCE)
    out.mkdir(parents=True, exist_ok=True)
    mentions_path, events_path = out / "mentions.jsonl", out / "events.geojson"
    write_mentions_jsonl(batch.mentions, mentions_path, articles=articles)
    write_events_geojson(kept, events_path)
    score = SHARED / "eval" / "score.py"
    command = [sys.executable, str(score), "--gold", str(corpus / "gold"), "--mentions", str(mentions_path),
               "--events", str(events_path)]  # fmt: skip
    details = subprocess.run(
        [*command, "--details"], capture_output=True, text=True, check=True
    ).stdout
    (out / "score-details.txt").write_text(details, encoding="utf-8")
    summary_line = subprocess.run(
        [*command, "--json"], capture_output=True, text=True, check=True
    ).stdout
    summary = json.loads(summary_line.strip().splitlines()[-1])
    ev, topo = summary["events"], summary["toponyms"]
    print(f"corpus: {len(articles)} articles, {len(kept)} events, {len(batch.mentions)} mentions, "
          f"{len(batch.skipped)} skipped, extraction {elapsed:.2f} s (gazetteer load included)")  # fmt: skip
    print(f"events  P {ev['precision']:.3f}  R {ev['recall']:.3f}  F1 {ev['f1']:.3f}  "
          f"(gold {ev['gold_events']}, system {ev['system_events']}, matched {ev['matched']})")  # fmt: skip
    for etype, row in sorted(ev["per_type"].items()):
        print(f"  {etype:16} P {row['precision']:.3f}  R {row['recall']:.3f}  F1 {row['f1']:.3f}  "
              f"gold {row['gold']:2}  system {row['system']:2}")  # fmt: skip
    print(f"count agreement (matched pairs with gold counts): {ev['counts_agree_share']:.3f} "
          f"of {ev['pairs_with_stated_counts']}; count keys {ev['count_keys_agree_share']:.3f}")  # fmt: skip
    print(
        f"date exact: {ev['date_exact_share']:.3f}; geo_precision agreement: {ev['geo_precision_agree_share']:.3f}"
    )
    print(f"toponyms recall {topo['recall']:.3f}  acc@tol {topo['accuracy_at_tolerance']:.3f}  "
          f"acc@161km {topo['accuracy_at_161km']:.3f}  false positives {topo['false_positives']} "
          f"(nonplace {topo['false_positives_nonplace']}, offtopic {topo['false_positives_offtopic']}, "
          f"unmatched {topo['false_positives_unmatched']})")  # fmt: skip
    print(
        f"events placed at unrelated-story / headline-list places: {_offtopic_events(batch.events, corpus / 'gold')}"
    )
    return summary


def _cpu_seconds() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def _throughput_child(folder: Path, workers: int) -> None:
    """Measured in its own process: ingest + extract over the folder; print one JSON line."""
    from gazetteer import Gazetteer
    from geotrack.extract import extract_articles
    from geotrack.ingest import load_articles
    from geotrack.settings import Settings

    started = time.perf_counter()
    Gazetteer.default()  # loaded (or built) once, outside the timing; forked workers share it
    loaded = time.perf_counter()
    cpu_loaded = _cpu_seconds()
    ingest = load_articles([str(folder)], settings=Settings())
    ingested = time.perf_counter()
    batch = extract_articles(ingest.articles, workers=workers)
    done = time.perf_counter()
    cpu = _cpu_seconds() - cpu_loaded
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    n = len(ingest.articles)
    print(json.dumps({
        "workers": workers, "articles": n, "events": len(batch.events), "skipped": len(batch.skipped),
        "load_s": round(loaded - started, 2), "ingest_s": round(ingested - loaded, 2),
        "extract_s": round(done - ingested, 2),
        "articles_per_s": round(n / (done - loaded), 1),
        "articles_per_s_per_process": round(n / (done - loaded) / workers, 1),
        "articles_per_s_incl_load": round(n / (done - started), 1),
        # CPU seconds of this process and its workers: per-core throughput that other
        # jobs on a shared machine do not distort (wall time does)
        "cpu_s": round(cpu, 2), "articles_per_cpu_s": round(n / cpu, 1) if cpu else None,
        "peak_rss_mb_main": round(own, 1), "peak_rss_mb_worker": round(children, 1),
    }))  # fmt: skip


def throughput(folder: Path, count: int, workers: list[int]) -> list[dict]:  # type: ignore[type-arg]
    """Generate the synthetic corpus if needed, then time each worker count in a fresh process."""
    ensure_corpus(folder, count)
    rows = []
    for n in workers:
        result = subprocess.run(
            [sys.executable, __file__, "--child", str(folder), "--workers", str(n)],
            capture_output=True, text=True, check=True,
        )  # fmt: skip
        row = json.loads(result.stdout.strip().splitlines()[-1])
        rows.append(row)
        print(f"throughput {n} process(es): {row['articles']} articles, ingest {row['ingest_s']} s, "
              f"extract {row['extract_s']} s -> {row['articles_per_s']} articles/s "
              f"({row['articles_per_s_per_process']} per process; {row['articles_per_cpu_s']} per CPU-second; "
              f"gazetteer load {row['load_s']} s not counted), "
              f"peak RSS main {row['peak_rss_mb_main']} MB, largest worker {row['peak_rss_mb_worker']} MB")  # fmt: skip
    return rows


def main(argv: list[str] | None = None) -> int:
    """Run the corpus figures and the throughput measurement."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=SHARED / "corpus")
    parser.add_argument(
        "--out",
        type=Path,
        default=None,
        help="where to write mentions/events (default: a temp dir)",
    )
    parser.add_argument(
        "--synthetic", type=Path, default=Path(tempfile.gettempdir()) / "geotrack-synthetic-v2"
    )
    parser.add_argument("--count", type=int, default=5000)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--skip-corpus", action="store_true")
    parser.add_argument("--skip-throughput", action="store_true")
    parser.add_argument("--child", type=Path, default=None, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child is not None:
        _throughput_child(args.child, args.workers[0])
        return 0
    if not args.skip_corpus:
        if not (args.corpus / "articles").is_dir():
            print(f"corpus not found at {args.corpus}; skipping the scores")
        else:
            out = args.out or Path(tempfile.mkdtemp(prefix="geotrack-bench-"))
            corpus_figures(args.corpus, out)
            print(f"outputs in {out}")
    if not args.skip_throughput:
        throughput(args.synthetic, args.count, args.workers)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
