"""The confidence floor: events below ``Settings.min_confidence`` are held back, not lost."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pyogrio
import pytest
from click.testing import CliRunner

from geotrack.cli import main
from geotrack.errors import BadInputError
from geotrack.extract.confidence import split_by_confidence
from geotrack.model import DatePrecision, Event, EventType
from geotrack.pipeline import extract, run
from geotrack.settings import DEFAULT_MIN_CONFIDENCE, Settings

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples" / "articles"


def _event(event_id: str, confidence: float) -> Event:
    return Event(
        id=event_id,
        type=EventType.RAID,
        article_id="a",
        sentence="Police raided a compound.",
        start=0,
        end=25,
        place=None,
        geo_precision=None,
        date=dt.date(2025, 7, 15),
        date_precision=DatePrecision.DAY,
        confidence=confidence,
    )


def test_split_keeps_the_floor_itself_and_holds_back_what_is_below() -> None:
    events = [_event("a", 0.34), _event("b", 0.35), _event("c", 0.9), _event("d", 0.01)]
    kept, held = split_by_confidence(events, 0.35)
    assert [e.id for e in kept] == ["b", "c"]
    assert [e.id for e in held] == ["a", "d"]
    assert split_by_confidence(events, 0.0) == (events, [])


@pytest.mark.parametrize("bad", [-0.1, 1.5, True, "0.3", float("nan")])
def test_a_floor_outside_zero_to_one_is_refused_naming_the_field(bad: object) -> None:
    with pytest.raises(BadInputError, match="min_confidence"):
        Settings(min_confidence=bad)  # type: ignore[arg-type]


def test_the_default_floor_is_the_documented_one() -> None:
    assert Settings().min_confidence == DEFAULT_MIN_CONFIDENCE
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert f"| `min_confidence` | `{DEFAULT_MIN_CONFIDENCE}` |" in readme


@pytest.fixture(scope="module")
def everything() -> list[Event]:
    return extract([EXAMPLES], settings=Settings(min_confidence=0)).events


def test_floor_zero_holds_nothing_back(everything: list[Event]) -> None:
    assert everything
    result = extract([EXAMPLES], settings=Settings(min_confidence=0))
    assert result.held_back == []


def test_a_floor_partitions_the_events_and_incidents_use_only_the_kept(
    everything: list[Event],
) -> None:
    floor = sorted(e.confidence for e in everything)[len(everything) // 2]
    result = extract([EXAMPLES], settings=Settings(min_confidence=floor))
    assert result.held_back, "the median floor must hold some events back"
    assert all(e.confidence >= floor for e in result.events)
    assert all(e.confidence < floor for e in result.held_back)
    assert {e.id for e in result.events} | {e.id for e in result.held_back} == {
        e.id for e in everything
    }
    kept_ids = {e.id for e in result.events}
    assert all(set(i.event_ids) <= kept_ids for i in result.incidents)


def test_run_writes_the_held_back_events_and_counts_them(tmp_path: Path) -> None:
    result = run([EXAMPLES], out=tmp_path, settings=Settings(min_confidence=0.99))
    assert result.events == [] and result.incidents == []
    held = json.loads((tmp_path / "events-held-back.geojson").read_text(encoding="utf-8"))
    assert len(held["features"]) == len(result.held_back) > 0
    mapped = json.loads((tmp_path / "events.geojson").read_text(encoding="utf-8"))
    assert mapped["features"] == []
    report = json.loads((tmp_path / "run-report.json").read_text(encoding="utf-8"))
    assert report["events_held_back"] == len(result.held_back)
    assert sum(report["events_held_back_by_type"].values()) == len(result.held_back)
    assert sum(a["events_held_back"] for a in report["articles"]) == len(result.held_back)
    assert report["settings"]["min_confidence"] == 0.99
    gpkg = tmp_path / "geotrack.gpkg"
    assert pyogrio.read_info(gpkg, layer="events")["features"] == 0
    assert pyogrio.read_info(gpkg, layer="events_held_back")["features"] == len(result.held_back)


def test_cli_extract_writes_held_back_events_on_request(tmp_path: Path) -> None:
    events, held = tmp_path / "events.geojson", tmp_path / "held.geojson"
    args = ["extract", str(EXAMPLES), "--events", str(events), "--held-back", str(held)]
    result = CliRunner().invoke(main, [*args, "--min-confidence", "1"])
    assert result.exit_code == 0, result.output
    assert json.loads(events.read_text())["features"] == []
    held_features = json.loads(held.read_text())["features"]
    assert held_features
    assert "held back, not mapped" in result.stderr
    everything = CliRunner().invoke(main, [*args, "--min-confidence", "0"])
    assert everything.exit_code == 0
    assert len(json.loads(events.read_text())["features"]) == len(held_features)
    assert json.loads(held.read_text())["features"] == []
    assert "held back" not in everything.stderr


def test_cli_refuses_a_floor_above_one(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["extract", str(EXAMPLES), "--min-confidence", "1.5"])
    assert result.exit_code == 2
    assert "--min-confidence" in result.stderr


def test_held_back_events_keep_their_provenance(tmp_path: Path) -> None:
    result = run([EXAMPLES], out=tmp_path, settings=Settings(min_confidence=0.99))
    held = json.loads((tmp_path / "events-held-back.geojson").read_text(encoding="utf-8"))
    by_id = {f["properties"]["event_id"]: f["properties"] for f in held["features"]}
    for event in result.held_back:
        props = by_id[event.id]
        assert props["sentence"] == event.sentence
        assert (props["start"], props["end"]) == (event.start, event.end)
        assert props["confidence"] == event.confidence < 0.99
