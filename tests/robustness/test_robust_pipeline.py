"""The whole pipeline on the bad-input corpus: the run finishes, lists every problem with its
file (and line) and reason, keeps every good result, and writes only well-formed, escaped files."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from robustness_helpers import BAD, EXAMPLES, ROOT, check_outputs_readable, load_strict_json

import geotrack
from geotrack.settings import Settings

pytestmark = pytest.mark.slow

BAD_FOLDERS = [BAD / sub for sub in ("files", "html", "manifests", "content")]
GOOD = EXAMPLES / "2025-07-poipet-raid.txt"
# Settings for the in-process runs: the static PNG map is exercised by the CLI run below.
FAST = Settings(map_formats=("html",), gazetteer=(BAD / "gazetteer" / "bad-overrides.csv",))


@pytest.fixture(scope="module")
def bad_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[geotrack.RunResult, Path]:
    out = tmp_path_factory.mktemp("bad-run")
    return geotrack.run([*BAD_FOLDERS, GOOD], out=out, settings=FAST), out


def test_every_problem_is_reported_with_file_and_reason(
    bad_run: tuple[geotrack.RunResult, Path],
) -> None:
    result, out = bad_run
    report = json.loads((out / "run-report.json").read_text(encoding="utf-8"))
    listed = {(p["input"], p["severity"]) for p in report["skipped"]}
    expected = {
        (str(BAD / "files" / "empty.txt"), "skipped"),
        (str(BAD / "files" / "image-renamed.txt"), "skipped"),
        (str(BAD / "files" / "whitespace-only.txt"), "skipped"),
        (str(BAD / "html" / "no-article-body.html"), "skipped"),
        (str(BAD / "manifests" / "missing-columns.csv"), "skipped"),
        (str(BAD / "manifests" / "broken-line.jsonl") + ":2", "skipped"),
        (str(BAD / "manifests" / "missing-path.csv") + ":2", "skipped"),
        (str(BAD / "manifests" / "bad-dates.csv") + ":2", "degraded"),
        (str(BAD / "files" / "windows-1252.txt"), "degraded"),
        (str(BAD / "content" / "future-date.txt"), "degraded"),
    }
    assert expected <= listed, expected - listed
    assert all(p["reason"] for p in report["skipped"])
    assert result.exit_code == 1
    assert report["skipped_count"] == sum(1 for s in result.skipped if s.severity == "skipped")


def test_bad_gazetteer_rows_are_reported_and_good_rows_used(
    bad_run: tuple[geotrack.RunResult, Path],
) -> None:
    result, _ = bad_run
    csv_name = str(BAD / "gazetteer" / "bad-overrides.csv")
    rows = {s.input: s.reason for s in result.skipped if s.input.startswith(csv_name)}
    assert set(rows) == {f"{csv_name}:{n}" for n in (2, 3, 4, 6, 7)}  # row 9 (hostile) loads
    assert "200" in rows[f"{csv_name}:2"]
    assert "'abc'" in rows[f"{csv_name}:3"]
    assert "'galaxy'" in rows[f"{csv_name}:4"]
    assert "dup-id" in rows[f"{csv_name}:6"]
    assert "name" in rows[f"{csv_name}:7"]


def test_good_results_are_kept(bad_run: tuple[geotrack.RunResult, Path]) -> None:
    result, out = bad_run
    ids = {a.id for a in result.articles}
    assert {"2025-07-poipet-raid", "b1", "b3", "x1", "utf16-bom", "windows-1252"} <= ids
    assert any(e.article_id == "2025-07-poipet-raid" for e in result.events)
    assert result.output_errors == {}
    check_outputs_readable(out)


def test_outputs_are_strict_json_without_absurd_values(
    bad_run: tuple[geotrack.RunResult, Path],
) -> None:
    _, out = bad_run
    collection = load_strict_json((out / "events.geojson").read_text(encoding="utf-8"))
    assert isinstance(collection, dict)
    for feature in collection["features"]:
        for key, value in feature["properties"].items():
            if key.startswith("people_") and value is not None:
                assert 0 <= value < 10_000_000_000, (key, value, feature["properties"]["sentence"])


def test_hostile_text_is_escaped_in_html_and_neutralised_in_csv(
    bad_run: tuple[geotrack.RunResult, Path],
) -> None:
    _, out = bad_run
    page = (out / "map.html").read_text(encoding="utf-8")
    for payload in (
        "<script>alert('title')</script>",
        "<script>alert('sentence')</script>",
        "</textarea><script>alert('breakout')</script>",
        "<img src=x onerror=alert('source')>",
        "<svg onload=alert(1)>",
        "<img src=x onerror=alert('place')>",
        "<script>alert('alias')</script>",
        "javascript:alert('url')",
        "javascript:alert(1)",
    ):
        assert payload not in page, payload
    summary = out / "summary.csv"
    if summary.exists():
        for row in csv.reader(io.StringIO(summary.read_text(encoding="utf-8"))):
            for cell in row:
                assert not cell.startswith(("=", "+", "@")) or cell.lstrip("+-").isdigit(), cell


def test_cli_on_the_bad_corpus_never_prints_a_traceback(tmp_path: Path) -> None:
    completed = subprocess.run(
        [sys.executable, "-m", "geotrack", "run", *map(str, BAD_FOLDERS), str(GOOD),
         "--out", str(tmp_path / "out"), "--gazetteer", str(BAD / "gazetteer" / "bad-overrides.csv")],
        cwd=ROOT, capture_output=True, text=True, timeout=600,
        env={**os.environ, "MPLBACKEND": "Agg", "PYTHONWARNINGS": "ignore"},
    )  # fmt: skip
    assert completed.returncode == 1, completed.stderr
    assert "Traceback" not in completed.stderr
    assert completed.stdout == ""
    assert "skipped" in completed.stderr
    assert f"{BAD / 'manifests' / 'broken-line.jsonl'}:2: not valid JSON" in completed.stderr
    assert (
        f"{BAD / 'files' / 'image-renamed.txt'}: this is a PNG image, not text" in completed.stderr
    )
    check_outputs_readable(tmp_path / "out")


def _place_names() -> list[str]:
    from gazetteer import Gazetteer

    index = Gazetteer.default().index
    return sorted(
        {
            index.place(i).name
            for i in range(len(index))
            if index.place(i).country in ("KH", None) or index.curated[i]
        }
    )


def _extract_seconds(path: Path, names: list[str]) -> float:
    """CPU seconds of this process (wall time swings with other jobs on a shared machine)."""
    path.write_text("POIPET — Police said they searched " + ", ".join(names) + " on Tuesday.\n")
    start = time.process_time()
    result = geotrack.extract([path])
    elapsed = time.process_time() - start
    assert result.articles and not [s for s in result.skipped if s.severity == "skipped"]
    return elapsed


def test_every_place_name_in_one_paragraph(tmp_path: Path) -> None:
    # Every name the gazetteer holds for Cambodia, every curated site and every country,
    # in one paragraph (over 10,000 names); and the time grows linearly with the count:
    # a quadratic step (ranking that rebuilds a table per name) would make 4x names 16x slower.
    names = _place_names()
    assert len(names) > 5000
    geotrack.extract([EXAMPLES / "2025-07-bavet-raid.txt"])  # warm caches
    quarter = _extract_seconds(tmp_path / "quarter.txt", names[: len(names) // 4])
    full = _extract_seconds(tmp_path / "every-place.txt", names)
    assert full < 8 * max(quarter, 0.25), (quarter, full)


def test_content_extremes_do_not_crash(tmp_path: Path) -> None:
    long_name = "Sihanouk" + "ville" * 1000
    (tmp_path / "long-name.txt").write_text(
        f"PHNOM PENH — Police raided a compound in {long_name} on Tuesday and held 40 people.\n"
    )
    (tmp_path / "one-line.txt").write_text(
        "POIPET — " + "police held 12 people in Poipet and " * 3000 + "officials said.\n"
    )
    start = time.process_time()
    result = geotrack.extract(
        [tmp_path, BAD / "content" / "absurd-numbers.txt", BAD / "content" / "negative-counts.txt"]
    )
    assert time.process_time() - start < 120  # seconds normally; minutes would mean backtracking
    assert {"long-name", "one-line", "absurd-numbers", "negative-counts"} <= {
        a.id for a in result.articles
    }
    for event in result.events:
        for value in event.people.values():
            assert 0 <= value < 10_000_000_000
