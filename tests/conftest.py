"""Shared test helpers: builders with defaults, a km helper, golden files, corpus paths.

Each stage's tests may add their own conftest.py in a sub-folder; keep these generic.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import math
import os
from pathlib import Path

import pytest
from hypothesis import settings

from geotrack.model import Article

# CI draws the same examples every run (`HYPOTHESIS_PROFILE=ci` in .ci/run), so a landing
# never hangs on a rare random draw; local runs keep exploring new examples each time.
settings.register_profile("ci", derandomize=True, print_blob=True)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
GOLDEN = Path(__file__).resolve().parent / "golden"
SHARED = ROOT.parent / "shared"
CORPUS = SHARED / "corpus"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-golden", action="store_true", help="rewrite golden files instead of comparing"
    )


@pytest.fixture(autouse=True)
def _isolated_home(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Keep matplotlib/chromium/user caches out of the real home (they write there)."""
    home = tmp_path_factory.getbasetemp() / "home"
    home.mkdir(exist_ok=True)
    monkeypatch.setenv("MPLCONFIGDIR", str(home / "mpl"))
    monkeypatch.setenv("MPLBACKEND", "Agg")


def make_article(
    text: str = "PHNOM PENH — Police raided a compound in Sihanoukville on Monday.",
    *,
    id: str = "fixture-article",
    title: str | None = "A fixture article",
    source: str | None = "Fixture Times",
    url: str | None = "https://example.org/fixture",
    published: dt.date | None = dt.date(2025, 7, 18),
) -> Article:
    """An Article with sensible defaults, so a test states only what matters."""
    return Article(
        id=id,
        text=text,
        title=title,
        source=source,
        url=url,
        published=published,
        published_from="metadata" if published else "unknown",
        content_hash=hashlib.sha256(text.encode()).hexdigest(),
    )


def km_between(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km (the one helper tests use to compare points)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(a)))


@pytest.fixture
def golden(request: pytest.FixtureRequest):  # type: ignore[no-untyped-def]
    """``golden(name, actual_text)``: compare with tests/golden/<name>; write it when missing
    (and fail) or when --update-golden is given."""

    def check(name: str, actual: str) -> None:
        path = GOLDEN / name
        if request.config.getoption("--update-golden") or not path.exists():
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(actual, encoding="utf-8")
            if not request.config.getoption("--update-golden"):
                pytest.fail(f"golden file {path} was missing and has been written; review it")
            return
        expected = path.read_text(encoding="utf-8")
        assert actual == expected, f"output differs from golden {path} (run with --update-golden)"

    return check


def corpus_dir() -> Path:
    """../shared/corpus, or skip the test cleanly when it is absent."""
    if not (CORPUS / "articles").is_dir():
        pytest.skip(f"shared corpus not found at {CORPUS}")
    return CORPUS


os.environ.setdefault("GEOTRACK_OFFLINE_TESTS", "1")


def score_module():  # type: ignore[no-untyped-def]
    """../shared/eval/score.py imported as a module, or skip when it is absent."""
    import importlib.util

    path = SHARED / "eval" / "score.py"
    if not path.is_file():
        pytest.skip(f"scorer not found at {path}")
    spec = importlib.util.spec_from_file_location("geotrack_shared_score", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


HELDOUT = ROOT / "benchmarks" / "heldout"


def score_heldout(tmp_path: Path, folder: Path = HELDOUT) -> dict:  # type: ignore[type-arg]
    """Extract a dev set laid out like the corpus (dates from its manifest); score it with score.py."""
    import csv

    from geotrack.pipeline import extract
    from geotrack.render.geojson import write_events_geojson
    from geotrack.render.jsonl import write_mentions_jsonl

    score = score_module()
    with (folder / "manifest.csv").open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    manifest = tmp_path / "manifest.csv"
    with manifest.open("w", newline="", encoding="utf-8") as out:
        writer = csv.DictWriter(out, fieldnames=list(rows[0]))
        writer.writeheader()
        for row in rows:
            row["file"] = str(folder / "articles" / Path(row["file"]).name)
            writer.writerow(row)
    result = extract([manifest])
    mentions, events = tmp_path / "mentions.jsonl", tmp_path / "events.geojson"
    write_mentions_jsonl(result.mentions, mentions, articles=result.articles)
    write_events_geojson(result.events, events)
    summary, _details = score.run(str(folder / "gold"), str(mentions), str(events))
    return summary
