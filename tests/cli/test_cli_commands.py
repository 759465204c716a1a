"""`geotrack run` and `geotrack extract` end to end through click: outputs, summary, exit codes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from geotrack.cli import main

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures" / "ingest"
EXAMPLES = ROOT / "examples" / "articles"
SHARED = ROOT.parent / "shared"

MENTION_KEYS = {"text", "start", "end", "name", "lat", "lon", "level", "country"}
EVENT_KEYS = {"article", "event_type", "date", "date_precision", "geo_precision", "place_name"}


def invoke(*args: str, stdin: bytes | None = None) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args), input=stdin)
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result.exit_code, result.stdout, result.stderr


def test_run_writes_every_output_and_reports_skips(tmp_path: Path) -> None:
    out = tmp_path / "out"
    code, stdout, stderr = invoke("run", str(FIXTURES / "folder"), "--out", str(out))
    assert code == 1, stderr  # notes.docx was skipped
    assert stdout == ""
    assert "read 3 articles" in stderr
    assert "notes.docx: unsupported file type '.docx'" in stderr
    assert "Traceback" not in stderr
    for name in ("events.geojson", "incidents.geojson", "mentions.jsonl", "run-report.json"):
        assert (out / name).is_file(), name
    report = json.loads((out / "run-report.json").read_text())
    assert report["articles_read"] == 3
    assert report["skipped_count"] == 1
    assert report["skipped"][0]["input"].endswith("notes.docx")
    assert set(report["events_by_type"]) == {
        "raid", "rescue", "escape", "deportation", "compound_report", "abuse", "policy",
    }  # fmt: skip
    assert report["versions"]["geotrack"]
    assert {a["id"] for a in report["articles"]} == {"a-poipet", "b-bavet", "c-page"}
    assert not list(out.glob(".*.geojson*")), "temporary files left behind"


def test_run_all_good_exits_zero_and_quiet_is_silent(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("Published: 2025-07-18\n\nPOIPET — Police held 40 people on Thursday.\n")
    code, stdout, stderr = invoke("run", str(article), "--out", str(tmp_path / "o"), "--quiet")
    assert (code, stdout, stderr) == (0, "", "")


def test_extract_writes_the_scorer_format(tmp_path: Path) -> None:
    mentions, events = tmp_path / "m.jsonl", tmp_path / "e.geojson"
    code, stdout, stderr = invoke(
        "extract", str(FIXTURES / "folder" / "a-poipet.txt"), str(FIXTURES / "folder" / "sub"),
        "--mentions", str(mentions), "--events", str(events),
    )  # fmt: skip
    assert code == 0, stderr
    assert stdout == ""
    lines = [json.loads(line) for line in mentions.read_text().splitlines()]
    assert {line["article"] for line in lines} == {"a-poipet", "b-bavet"}
    for line in lines:
        for mention in line["mentions"]:
            assert set(mention) >= MENTION_KEYS
    collection = json.loads(events.read_text())
    assert collection["type"] == "FeatureCollection"
    for feature in collection["features"]:
        assert set(feature["properties"]) >= EVENT_KEYS


def test_extract_writes_a_run_report_when_asked(tmp_path: Path) -> None:
    events, report = tmp_path / "e.geojson", tmp_path / "report.json"
    code, _stdout, stderr = invoke(
        "extract", str(FIXTURES / "folder"), "--events", str(events), "--report", str(report), "-q"
    )
    assert code == 1, stderr  # notes.docx cannot be read
    data = json.loads(report.read_text())
    assert data["articles_read"] == 3
    assert data["skipped_count"] == 1 and data["skipped"][0]["input"].endswith("notes.docx")
    assert data["outputs"] == {"events": str(events), "report": str(report)}
    assert data["events"] == len(json.loads(events.read_text())["features"])


def test_extract_without_files_prints_geojson_and_reads_stdin() -> None:
    text = (
        "Title: Piped\n\nPOIPET — Police searched a casino in Poipet on Tuesday and held 35 people."
    )
    code, stdout, stderr = invoke("extract", "-", "--quiet", stdin=text.encode())
    assert code == 0, stderr
    collection = json.loads(stdout)
    assert collection["type"] == "FeatureCollection"
    assert all(f["properties"]["article"] == "stdin" for f in collection["features"])


def test_progress_bar_and_verbose_timings(tmp_path: Path) -> None:
    code, _, stderr = invoke(
        "extract", str(EXAMPLES), "--events", str(tmp_path / "e.geojson"), "--verbose"
    )
    assert code == 0, stderr
    assert "extracting" in stderr  # the progress bar's label (more than 3 articles)
    assert "ingest:" in stderr and "total:" in stderr


@pytest.mark.slow
def test_extract_on_the_corpus_is_accepted_by_the_scorer(tmp_path: Path) -> None:
    corpus, score = SHARED / "corpus", SHARED / "eval" / "score.py"
    if not (corpus / "articles").is_dir() or not score.is_file():
        pytest.skip(f"shared corpus or scorer not found under {SHARED}")
    mentions, events = tmp_path / "mentions.jsonl", tmp_path / "events.geojson"
    code, _, stderr = invoke(
        "extract", str(corpus / "articles"), "--mentions", str(mentions), "--events", str(events)
    )
    assert code == 0, stderr
    scored = subprocess.run(
        [sys.executable, str(score), "--gold", str(corpus / "gold"), "--mentions", str(mentions),
         "--events", str(events), "--json"],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert scored.returncode == 0, scored.stderr
    summary = json.loads(scored.stdout.strip().splitlines()[-1])
    assert isinstance(summary, dict) and summary


def test_run_never_reads_its_own_output_folder(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("POIPET — Police searched a casino on Tuesday and held 40.\n")
    for _ in range(2):
        code, _, stderr = invoke("run", str(tmp_path), "--out", str(tmp_path / "output"), "-q")
        assert code == 0, stderr
    report = json.loads((tmp_path / "output" / "run-report.json").read_text())
    assert report["articles_read"] == 1 and report["skipped"] == []
