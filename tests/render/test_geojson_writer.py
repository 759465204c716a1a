"""events/incidents/sites GeoJSON: RFC 7946 rules, schema, determinism, golden bytes, scorer."""

from __future__ import annotations

import datetime as dt
import importlib.util
import json
import random
import sys
from pathlib import Path

import pytest
from render_builders import SHARED, make_event, make_place, sample_events, sample_incidents

from geotrack.render.geojson import (
    event_to_feature,
    seized_key,
    write_events_geojson,
    write_incidents_geojson,
    write_sites_geojson,
)
from geotrack.schemas import feature_validator, load_schema


def _decimals(x: float) -> int:
    text = repr(x)
    return len(text.split(".")[1]) if "." in text and "e" not in text else 0


def test_events_geojson_matches_golden(tmp_path: Path, golden) -> None:
    out = write_events_geojson(sample_events(), tmp_path / "events.geojson")
    golden("render/events.geojson", out.read_text(encoding="utf-8"))


def test_incidents_and_sites_match_golden(tmp_path: Path, golden) -> None:
    inc = write_incidents_geojson(sample_incidents(), tmp_path / "incidents.geojson")
    golden("render/incidents.geojson", inc.read_text(encoding="utf-8"))
    events = sample_events()
    sites = [e.place for e in events if e.place and e.place.level.value == "site"]
    out = write_sites_geojson(sites, tmp_path / "sites.geojson", events=events)
    golden("render/sites.geojson", out.read_text(encoding="utf-8"))


def test_rfc7946_rules(tmp_path: Path) -> None:
    events = sample_events()
    doc = json.loads(write_events_geojson(events, tmp_path / "e.geojson").read_text("utf-8"))
    assert doc["type"] == "FeatureCollection"
    assert "crs" not in doc
    assert len(doc["features"]) == len(events)
    coords = [f["geometry"]["coordinates"] for f in doc["features"] if f["geometry"]]
    for lon, lat in coords:
        assert -180 <= lon <= 180 and -90 <= lat <= 90
        assert _decimals(lon) <= 6 and _decimals(lat) <= 6
    # lon/lat order: Sihanoukville is at about 103.5 E, 10.6 N
    by_id = {f["properties"]["event_id"]: f for f in doc["features"]}
    lon, lat = by_id["a1-e2"]["geometry"]["coordinates"]
    assert lon == pytest.approx(103.52958) and lat == pytest.approx(10.60932)
    west, south, east, north = doc["bbox"]
    assert west == min(c[0] for c in coords) and east == max(c[0] for c in coords)
    assert south == min(c[1] for c in coords) and north == max(c[1] for c in coords)
    assert by_id["a12-e1"]["geometry"] is None


def test_coordinates_rounded_to_six_decimals(tmp_path: Path) -> None:
    place = make_place(lat=10.123456789, lon=103.987654321)
    doc = json.loads(
        write_events_geojson([make_event(place=place)], tmp_path / "e.geojson").read_text()
    )
    assert doc["features"][0]["geometry"]["coordinates"] == [103.987654, 10.123457]
    assert doc["bbox"] == [103.987654, 10.123457, 103.987654, 10.123457]


def test_every_feature_validates_against_the_schema(tmp_path: Path) -> None:
    events = sample_events()
    doc = json.loads(write_events_geojson(events, tmp_path / "e.geojson").read_text())
    validator = feature_validator("event-feature")
    for feature in doc["features"]:
        validator.validate(feature)
    inc = json.loads(
        write_incidents_geojson(sample_incidents(), tmp_path / "i.geojson").read_text()
    )
    for feature in inc["features"]:
        feature_validator("incident-feature").validate(feature)
    sites = json.loads(
        write_sites_geojson(
            [make_place("mm-kk-park")], tmp_path / "s.geojson", events=events
        ).read_text()
    )
    for feature in sites["features"]:
        feature_validator("site-feature").validate(feature)


def test_schema_rejects_what_the_contract_forbids() -> None:
    validator = feature_validator("event-feature")
    good = event_to_feature(make_event())
    assert not list(validator.iter_errors(good))
    for key, bad in [
        ("people_arrested", "12"),  # a count must be an integer
        ("date", "2025/07/14"),  # ISO dates only
        ("event_type", "party"),
        ("geo_precision", 7),
        ("country", "KHM"),
    ]:
        broken = json.loads(json.dumps(good))
        broken["properties"][key] = bad
        assert list(validator.iter_errors(broken)), key
    swapped = json.loads(json.dumps(good))
    swapped["geometry"]["coordinates"] = [10.6, 200.0]  # latitude out of range
    assert list(validator.iter_errors(swapped))


def test_contract_property_names_and_types(tmp_path: Path) -> None:
    props = event_to_feature(sample_events()[0])["properties"]
    for name in (
        "article",
        "event_id",
        "event_type",
        "date",
        "date_precision",
        "date_text",
        "geo_precision",
        "place_name",
        "place_id",
        "place_level",
        "country",
        "admin1",
        "admin2",
        "admin3",
        "mention",
        "sentence",
        "start",
        "end",
        "evidence",
        "confidence",
        "title",
        "source",
        "url",
        "published",
    ):
        assert name in props, name
    assert props["people_detained"] == 312 and isinstance(props["people_detained"], int)
    assert props["people_arrested"] is None
    assert props["nationalities_ID"] == 120 and props["nationalities_VN"] is None
    assert "nationalities_TH" not in props  # only the stated keys
    assert props["seized_phones"] == 4200 and isinstance(props["seized_phones"], int)
    assert props["date"] == "2025-07-14" and props["published"] == "2025-07-18"
    assert load_schema("event-feature")["title"] == "geotrack event feature"


def test_seized_keys_are_safe_column_names() -> None:
    assert seized_key("mobile phones") == "mobile_phones"
    assert seized_key("cash_USD") == "cash_USD"
    assert seized_key("  --  ") == "item"


def test_same_input_same_bytes_in_any_order(tmp_path: Path) -> None:
    events = sample_events()
    first = write_events_geojson(events, tmp_path / "a.geojson").read_bytes()
    shuffled = events[:]
    random.Random(3).shuffle(shuffled)
    second = write_events_geojson(shuffled, tmp_path / "b.geojson").read_bytes()
    assert first == second


def test_features_ordered_by_date_article_place_id(tmp_path: Path) -> None:
    doc = json.loads(write_events_geojson(sample_events(), tmp_path / "e.geojson").read_text())
    keys = [
        (p["date"] is None, p["date"] or "", p["article"], p["place_name"] or "", p["event_id"])
        for p in (f["properties"] for f in doc["features"])
    ]
    assert keys == sorted(keys)
    assert doc["features"][-1]["properties"]["date"] is None


def test_empty_collection_is_valid_json(tmp_path: Path) -> None:
    doc = json.loads(write_events_geojson([], tmp_path / "e.geojson").read_text())
    assert doc == {"type": "FeatureCollection", "features": []}


def test_hostile_text_stays_valid_json(tmp_path: Path) -> None:
    nasty = 'He said "stop"\\n </script><img src=x onerror=alert(1)> ${x} \u2028 `tick`'
    event = make_event(sentence=nasty, article_title=nasty, place_text=nasty)
    doc = json.loads(write_events_geojson([event], tmp_path / "e.geojson").read_text("utf-8"))
    assert doc["features"][0]["properties"]["sentence"] == nasty


def test_non_finite_seized_amount_becomes_null(tmp_path: Path) -> None:
    event = make_event(seized={"cash_USD": float("nan")})
    doc = json.loads(write_events_geojson([event], tmp_path / "e.geojson").read_text())
    assert doc["features"][0]["properties"]["seized_cash_USD"] is None


def test_unwritable_target_raises_output_error(tmp_path: Path) -> None:
    from geotrack.errors import OutputError

    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(OutputError):
        write_events_geojson([make_event()], blocker / "events.geojson")


def _load_scorer():  # type: ignore[no-untyped-def]
    path = SHARED / "eval" / "score.py"
    if not path.is_file():
        pytest.skip(f"scorer not found at {path}")
    spec = importlib.util.spec_from_file_location("geotrack_test_score", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def test_scorer_reads_every_count(tmp_path: Path) -> None:
    score = _load_scorer()
    path = write_events_geojson(sample_events(), tmp_path / "events.geojson")
    loaded = score.load_events(str(path))
    first = next(e for e in loaded["art-001"] if e["type"] == "raid")
    assert first["lat"] == pytest.approx(10.629) and first["lon"] == pytest.approx(103.511)
    assert first["people"]["detained"] == 312
    assert first["nationalities"] == {"ID": 120, "CN": 95, "VN": None}
    assert first["seized"] == {"phones": 4200, "computers": 380, "passports": 36}
    assert first["date"] == "2025-07-14" and first["date_precision"] == "day"
    assert sum(len(v) for v in loaded.values()) == len(sample_events())


def test_scorer_matches_our_events_to_equivalent_gold(tmp_path: Path) -> None:
    score = _load_scorer()
    event = make_event(people={"arrested": 12}, seized={"phones": 80}, date=dt.date(2025, 7, 14))
    path = write_events_geojson([event], tmp_path / "events.geojson")
    gold = {
        "article": "fixture-article.txt",
        "published": "2025-07-18",
        "toponyms": [],
        "events": [
            {
                "type": "raid",
                "place": "Sihanoukville",
                "country": "KH",
                "lat": 10.6093,
                "lon": 103.5296,
                "tolerance_km": 10,
                "geo_precision": 1,
                "date": "2025-07-15",
                "date_precision": "day",
                "people": {"arrested": 12},
                "nationalities": {},
                "seized": {"phones": 80},
            },
        ],
    }
    gold_dir = tmp_path / "gold"
    gold_dir.mkdir()
    (gold_dir / "fixture-article.json").write_text(json.dumps(gold))
    golds, _ = score.load_gold(str(gold_dir))
    system = score.load_events(str(path))
    pairs = score.match_events(golds["fixture-article"]["events"], system["fixture-article"])
    assert len(pairs) == 1
    agree, total, _groups = score.count_agreement(
        golds["fixture-article"]["events"][0], system["fixture-article"][0]
    )
    assert (agree, total) == (2, 2)


def test_lone_surrogates_do_not_break_the_file(tmp_path: Path) -> None:
    event = make_event(sentence="bad \udcff byte", article_title="ok")
    doc = json.loads(write_events_geojson([event], tmp_path / "e.geojson").read_text("utf-8"))
    assert doc["features"][0]["properties"]["sentence"] == "bad \ufffd byte"
