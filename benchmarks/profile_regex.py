"""Which regular expressions extraction time goes to: time and calls per article, per pattern.

Runs ingest + extract over N synthetic articles (``benchmarks/make_synthetic.py``) with
every module-level compiled pattern of the extraction, role and gazetteer modules (and
every dict of them, e.g. ``events._CUES_LOWER``) wrapped in a timer, then prints the
costliest patterns: milliseconds and calls per article, microseconds per call, and
``factored`` for those compiled by ``geotrack.extract.fastre``. The wrapper adds a Python
call to every regex call, so the total is slower than an unwrapped run; compare patterns
with each other, or the same pattern before and after a change. Patterns compiled inside
functions or held in other containers are not seen. ``benchmarks/profile_stages.py`` gives
the share per pipeline stage.

    .venv/bin/python benchmarks/profile_regex.py --count 500
    .venv/bin/python benchmarks/profile_regex.py --count 500 --top 15
"""

from __future__ import annotations

import argparse
import collections
import importlib
import re
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

from make_synthetic import ensure_corpus  # noqa: E402

sys.path.insert(0, str(ROOT))

#: Modules whose module-level patterns are timed.
MODULES = (
    "geotrack.extract.events",
    "geotrack.extract.counts",
    "geotrack.extract.dates",
    "geotrack.extract.numbers",
    "geotrack.extract.segment",
    "geotrack.resolve.roles",
    "geotrack.ingest.text",
    "gazetteer.scan",
    "gazetteer.rank",
    "gazetteer.normalize",
)
_METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split")

SECONDS: collections.Counter[str] = collections.Counter()
CALLS: collections.Counter[str] = collections.Counter()


class _Timed:
    """A stand-in for a compiled pattern that times its matching methods."""

    __slots__ = ("_key", "_pattern")

    def __init__(self, pattern: re.Pattern[str], key: str) -> None:
        self._pattern = pattern
        self._key = key

    def __getattr__(self, name: str) -> Any:
        return getattr(self._pattern, name)


def _timed(method: str) -> Any:
    def call(self: _Timed, *args: Any, **kwargs: Any) -> Any:
        start = time.perf_counter()
        result = getattr(self._pattern, method)(*args, **kwargs)
        if method == "finditer":
            result = list(result)  # the matching happens while iterating
        SECONDS[self._key] += time.perf_counter() - start
        CALLS[self._key] += 1
        return iter(result) if method == "finditer" else result

    return call


for _method in _METHODS:
    setattr(_Timed, _method, _timed(_method))


def instrument() -> set[str]:
    """Wrap the patterns of :data:`MODULES`; return the keys of the factored ones."""
    try:
        factored_ids = {
            id(p) for p, _, _ in importlib.import_module("geotrack.extract.fastre").COMPILED
        }
    except ImportError:  # before geotrack.extract.fastre existed
        factored_ids = set()
    factored: set[str] = set()
    for name in MODULES:
        module = importlib.import_module(name)
        short = name.split(".")[-1]
        for attr, value in list(vars(module).items()):
            if isinstance(value, re.Pattern):
                key = f"{short}.{attr}"
                setattr(module, attr, _Timed(value, key))
                if id(value) in factored_ids:
                    factored.add(key)
            elif (
                isinstance(value, dict)
                and value
                and all(isinstance(v, re.Pattern) for v in value.values())
            ):
                wrapped = {}
                for k, v in value.items():
                    key = f"{short}.{attr}[{getattr(k, 'value', k)}]"
                    wrapped[k] = _Timed(v, key)
                    if id(v) in factored_ids:
                        factored.add(key)
                setattr(module, attr, wrapped)
    return factored


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=500, help="synthetic articles (default 500)")
    parser.add_argument("--top", type=int, default=40, help="patterns listed (default 40)")
    parser.add_argument("--folder", type=Path, default=Path("/tmp/geotrack-synthetic-v2"))
    args = parser.parse_args(argv)

    ensure_corpus(args.folder, args.count)

    factored = instrument()
    from gazetteer import Gazetteer
    from geotrack.extract import extract_articles
    from geotrack.ingest import load_articles
    from geotrack.settings import Settings

    gazetteer = Gazetteer.default()
    files = sorted(args.folder.glob("*.txt"))[: args.count]
    articles = load_articles([str(f) for f in files], settings=Settings()).articles
    extract_articles(articles[:20], gazetteer=gazetteer)  # warm caches outside the timing
    SECONDS.clear()
    CALLS.clear()

    start = time.perf_counter()
    extract_articles(articles, gazetteer=gazetteer)
    total = time.perf_counter() - start
    n = len(articles)
    print(f"{n} articles, {1000 * total / n:.2f} ms per article (instrumented); "
          f"timed patterns {1000 * sum(SECONDS.values()) / n:.2f} ms, "
          f"{sum(CALLS.values()) / n:.0f} calls per article")  # fmt: skip
    print(f"{'ms/article':>10} {'calls':>7} {'µs/call':>8}  pattern")
    for key, seconds in SECONDS.most_common(args.top):
        calls = CALLS[key]
        mark = "  factored" if key in factored else ""
        print(
            f"{1000 * seconds / n:10.3f} {calls / n:7.1f} {1e6 * seconds / calls:8.2f}  {key}{mark}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
