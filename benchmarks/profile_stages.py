"""Where extraction time goes: CPU share per pipeline stage on the synthetic corpus.

Runs ingest + extract over N synthetic articles (``benchmarks/make_synthetic.py``) under
cProfile and prints, per stage function, its cumulative time as a share of the whole,
plus the share spent inside the regular-expression engine (``re.Pattern`` methods).
cProfile adds a fixed cost to every Python call, so shares of call-heavy stages are
somewhat inflated; the ranking is what to read. Start performance work here.

    .venv/bin/python benchmarks/profile_stages.py --count 1000
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

from make_synthetic import ensure_corpus  # noqa: E402

sys.path.insert(0, str(ROOT))

#: (label, file suffix, function name): the stages, in pipeline order.
STAGES = (
    ("segment (paragraphs, sentences, boilerplate)", "extract/segment.py", "segment_text"),
    ("gazetteer resolve (scan + rank)", "gazetteer/core.py", "resolve"),
    ("place roles", "resolve/roles.py", "classify_spans"),
    ("events (all of extract_events)", "extract/events.py", "extract_events"),
    ("  cue detection", "extract/events.py", "detect_types"),
    ("  dates", "extract/dates.py", "find_dates"),
    ("  counts", "extract/counts.py", "find_counts"),
    ("  numbers", "extract/numbers.py", "find_numbers"),
    ("merge within article", "extract/events.py", "merge_article_events"),
)
_REGEX_METHODS = ("search", "match", "finditer", "findall", "fullmatch", "split", "sub")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=1000, help="synthetic articles (default 1000)")
    parser.add_argument("--folder", type=Path, default=Path("/tmp/geotrack-synthetic-v2"))
    args = parser.parse_args(argv)

    ensure_corpus(args.folder, args.count)

    from gazetteer import Gazetteer
    from geotrack.extract import extract_articles
    from geotrack.ingest import load_articles
    from geotrack.settings import Settings

    Gazetteer.default()
    files = sorted(args.folder.glob("*.txt"))[: args.count]
    articles = load_articles([str(f) for f in files], settings=Settings()).articles
    extract_articles(articles[:20])  # warm caches outside the profile

    cpu = time.process_time()
    profile = cProfile.Profile()
    profile.enable()
    extract_articles(articles)
    profile.disable()
    cpu = time.process_time() - cpu

    stats = pstats.Stats(profile).stats  # type: ignore[attr-defined]
    total = sum(tt for (_, _, tt, _, _) in stats.values())
    print(f"{len(articles)} articles, {1000 * cpu / len(articles):.1f} ms CPU per article under "
          f"the profiler ({total:.1f} s profiled)")  # fmt: skip
    for label, suffix, name in STAGES:
        cumulative = sum(
            ct for (path, _, func), (_, _, _, ct, _) in stats.items()
            if func == name and path.endswith(suffix)
        )  # fmt: skip
        print(f"  {label:<48} {100 * cumulative / total:5.1f}%")
    regex = sum(
        tt for (path, _, func), (_, _, tt, _, _) in stats.items()
        if path == "~" and any(f"'{m}' of 're.Pattern'" in func for m in _REGEX_METHODS)
    )  # fmt: skip
    calls = sum(
        nc for (path, _, func), (_, nc, _, _, _) in stats.items()
        if path == "~" and any(f"'{m}' of 're.Pattern'" in func for m in _REGEX_METHODS)
    )  # fmt: skip
    print(f"  {'inside the regex engine (all stages)':<48} {100 * regex / total:5.1f}%"
          f"  ({calls / len(articles):.0f} calls per article)")  # fmt: skip
    _floors(articles)
    return 0


def _floors(articles: list) -> None:  # type: ignore[type-arg]
    """CPU per article without the profiler (best of two): the whole extraction, then with
    the cue detector switched off (no sentence is an event: what segmentation, the
    gazetteer, roles, dates and counts cost on their own), then the gazetteer alone."""
    import importlib

    from gazetteer import Gazetteer
    from geotrack.extract import extract_article

    events = importlib.import_module("geotrack.extract.events")
    gazetteer = Gazetteer.default()

    def best(run) -> float:  # type: ignore[no-untyped-def]
        times = []
        for _ in range(2):
            start = time.process_time()
            run()
            times.append(time.process_time() - start)
        return 1000 * min(times) / len(articles)

    full = best(lambda: [extract_article(a, gazetteer=gazetteer) for a in articles])
    detect = events.detect_types
    events.detect_types = lambda sentence: []
    try:
        no_cue = best(lambda: [extract_article(a, gazetteer=gazetteer) for a in articles])
    finally:
        events.detect_types = detect
    resolve = best(lambda: [gazetteer.resolve(a.text) for a in articles])
    print("without the profiler (ms CPU per article, best of two):")
    print(f"  {'extraction, all of it':<48} {full:6.2f}  ({1000 / full:.0f} articles/s)")
    print(f"  {'extraction with no cue detected':<48} {no_cue:6.2f}  ({1000 / no_cue:.0f} articles/s)")
    print(f"  {'gazetteer resolve alone':<48} {resolve:6.2f}")


if __name__ == "__main__":
    raise SystemExit(main())
