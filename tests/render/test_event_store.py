"""store.read_events / read_incidents: round trips (hypothesis), other tools' files, bad files."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pandas as pd
import pyogrio
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from render_builders import make_event, make_place, sample_events, sample_incidents

from gazetteer.place import LEVEL_PRECISION, Level, Place
from geotrack.errors import BadInputError
from geotrack.model import PEOPLE_KEYS, DatePrecision, Event, EventType
from geotrack.render.geojson import event_to_feature, write_events_geojson, write_incidents_geojson
from geotrack.store import feature_to_event, read_events, read_incidents

# -- strategies -----------------------------------------------------------------------------

# NUL is left out: GDAL strings are C strings (the GeoPackage writer drops NULs on purpose).
_text = st.text(
    st.characters(codec="utf-8", exclude_categories=("Cs",), exclude_characters="\x00"), max_size=40
)
_nonempty = _text.filter(lambda s: s != "")
_cue = st.text(
    st.characters(codec="utf-8", exclude_categories=("Cs",), exclude_characters=";\x00"),
    min_size=1,
    max_size=12,
)
_count = st.integers(min_value=0, max_value=10**9)
_iso2 = st.text(st.sampled_from("ABCDEFGHIJKLMNOPQRSTUVWXYZ"), min_size=2, max_size=2)
_item = st.sampled_from(
    ["phones", "computers", "laptops", "passports", "tasers", "cash_USD", "cash_KHR", "vehicles"]
)
_date = st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2040, 12, 31))


@st.composite
def places(draw: st.DrawFn) -> Place:
    level = draw(st.sampled_from(list(Level)))
    source = draw(_text)
    return Place(
        id=draw(_nonempty),
        name=draw(_text.filter(lambda s: s.strip() != "")),
        level=level,
        country=draw(st.one_of(st.none(), _iso2)),
        # the writer keeps 6 decimals, so draw points that are already rounded
        lat=round(draw(st.floats(min_value=-90, max_value=90)), 6),
        lon=round(draw(st.floats(min_value=-180, max_value=180)), 6),
        geo_precision=LEVEL_PRECISION[level],
        source=source,
        admin1=draw(st.one_of(st.none(), _nonempty)),
        admin2=draw(st.one_of(st.none(), _nonempty)),
        admin3=draw(st.one_of(st.none(), _nonempty)),
        kind=draw(st.one_of(st.none(), _nonempty)),
        # a place comes from the online service exactly when its source says so (the store
        # keeps the source and reads the flag back from it)
        online=source.startswith("online:"),
    )


@st.composite
def events(draw: st.DrawFn) -> Event:
    date = draw(st.one_of(st.none(), _date))
    precision = (
        DatePrecision.UNKNOWN
        if date is None
        else draw(st.sampled_from([p for p in DatePrecision if p is not DatePrecision.UNKNOWN]))
    )
    people = draw(st.dictionaries(st.sampled_from(PEOPLE_KEYS), _count))
    return Event(
        id=draw(_nonempty),
        type=draw(st.sampled_from(list(EventType))),
        article_id=draw(_nonempty),
        sentence=draw(_text),
        start=draw(st.integers(0, 10**6)),
        end=draw(st.integers(0, 10**6)),
        place=draw(st.one_of(st.none(), places())),
        place_text=draw(st.one_of(st.none(), _nonempty)),
        geo_precision=draw(st.one_of(st.none(), st.integers(1, 4))),
        date=date,
        date_precision=precision,
        date_text=draw(st.one_of(st.none(), _nonempty)),
        people=people,
        people_qualifiers=draw(
            st.dictionaries(
                st.sampled_from(PEOPLE_KEYS),
                st.sampled_from(["at least", "about", "more than", "nearly"]),
            )
        ),
        nationalities=draw(st.dictionaries(_iso2, st.one_of(st.none(), _count), max_size=4)),
        seized=draw(
            st.dictionaries(
                _item,
                st.one_of(
                    _count.map(float), st.floats(min_value=0, max_value=1e12, allow_nan=False)
                ),
                max_size=3,
            )
        ),
        evidence=tuple(draw(st.lists(_cue, max_size=4))),
        confidence=draw(st.floats(min_value=0, max_value=1)),
        article_title=draw(st.one_of(st.none(), _nonempty)),
        article_source=draw(st.one_of(st.none(), _nonempty)),
        article_url=draw(st.one_of(st.none(), _nonempty)),
        published=draw(st.one_of(st.none(), _date)),
    )


# -- round trips ----------------------------------------------------------------------------


@given(events())
@settings(max_examples=300, deadline=None)
def test_event_feature_event_round_trip(event: Event) -> None:
    feature = json.loads(json.dumps(event_to_feature(event)))
    back = feature_to_event(feature)
    assert back == event
    assert event_to_feature(back) == feature


@given(st.lists(events(), max_size=8, unique_by=lambda e: e.id))
@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
def test_file_round_trip(tmp_path: Path, batch: list[Event]) -> None:
    path = write_events_geojson(batch, tmp_path / "events.geojson")
    back = read_events(path)
    assert sorted(back, key=lambda e: e.id) == sorted(batch, key=lambda e: e.id)


@given(st.lists(events(), min_size=1, max_size=6, unique_by=lambda e: e.id))
@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
def test_pyogrio_keeps_every_feature_and_property(tmp_path: Path, batch: list[Event]) -> None:
    path = write_events_geojson(batch, tmp_path / "events.geojson")
    doc = json.loads(path.read_text("utf-8"))
    frame = pyogrio.read_dataframe(path)
    assert len(frame) == len(doc["features"])
    expected_columns = {k for f in doc["features"] for k in f["properties"]}
    assert expected_columns <= set(frame.columns)
    for i, feature in enumerate(doc["features"]):
        row = frame.iloc[i]
        for key, value in feature["properties"].items():
            got = row[key]
            if value is None:
                assert got is None or bool(pd.isna(got)), key
            elif isinstance(value, bool):
                assert bool(got) == value, key
            elif isinstance(value, int | float):
                assert float(got) == pytest.approx(float(value), rel=1e-12), key
            elif key in ("date", "published"):
                assert str(got)[:10] == value, key  # GDAL reads ISO dates as Date fields
            else:
                assert str(got) == value, key
        if feature["geometry"] is None:
            assert row.geometry is None
        else:
            lon, lat = feature["geometry"]["coordinates"]
            assert (row.geometry.x, row.geometry.y) == pytest.approx((lon, lat))


def test_sample_events_round_trip_through_a_file(tmp_path: Path) -> None:
    events_ = sample_events()
    back = read_events(write_events_geojson(events_, tmp_path / "e.geojson"))
    assert {e.id: e for e in back} == {e.id: e for e in events_}


def test_incidents_round_trip(tmp_path: Path) -> None:
    incidents = sample_incidents()
    back = read_incidents(write_incidents_geojson(incidents, tmp_path / "i.geojson"))
    assert {i.id: i for i in back} == {i.id: i for i in incidents}


# -- other writers' files -------------------------------------------------------------------


def test_reads_the_scorer_format_with_nested_counts(tmp_path: Path) -> None:
    doc = {
        "type": "FeatureCollection",
        "features": [
            {
                "type": "Feature",
                "geometry": {"type": "Point", "coordinates": [103.5296, 10.6093]},
                "properties": {
                    "article": "seed-x.txt",
                    "type": "raid",
                    "date": "2022-09",
                    "date_precision": "month",
                    "geo_precision": 2,
                    "place_name": "Sihanoukville",
                    "people": {"arrested": None, "rescued": 7},
                    "nationalities": {"id": 3},
                    "seized": json.dumps({"phones": 8000}),
                },
            },
            {
                "type": "Feature",
                "geometry": None,
                "properties": {"article": "b", "event_type": "policy", "lat": 11.5, "lon": 104.9},
            },
        ],
    }
    path = tmp_path / "other.geojson"
    path.write_text(json.dumps(doc))
    first, second = read_events(path)
    assert first.type is EventType.RAID and first.date == dt.date(2022, 9, 1)
    assert first.people == {"rescued": 7} and first.nationalities == {"ID": 3}
    assert first.seized == {"phones": 8000.0}
    assert first.place is not None and first.place.name == "Sihanoukville" and first.lon == 103.5296
    assert first.id == "seed-x.txt-0"
    assert second.place is not None and second.lat == 11.5  # lat/lon properties when no geometry
    assert second.date is None and second.date_precision is DatePrecision.UNKNOWN


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("not json at all", "not JSON"),
        ('{"type": "Topology"}', "expected a GeoJSON FeatureCollection"),
        ('{"type": "FeatureCollection", "features": {}}', "'features' is dict"),
        (
            '[{"type": "Feature", "properties": {"event_type": "party"}}]',
            "feature 0: event_type 'party'",
        ),
        (
            '[{"properties": {"event_type": "raid", "people_arrested": "many"}}]',
            "people_arrested 'many'",
        ),
        ('[{"properties": {"event_type": "raid", "date": "2025-02-30"}}]', "date '2025-02-30'"),
        ('[{"properties": {"event_type": "raid", "people_fined": 3}}]', "people key 'fined'"),
        (
            '[{"geometry": {"type": "Polygon", "coordinates": []}, "properties": {"event_type": "raid"}}]',
            "'Polygon' is not a Point",
        ),
        (
            '[{"geometry": {"type": "Point", "coordinates": [10.0, 200.0]}, "properties": {"event_type": "raid"}}]',
            "lat 200.0",
        ),
        ('[{"properties": {"event_type": "raid", "confidence": 3}}]', "confidence 3.0"),
        (
            '[{"properties": {"event_type": "raid", "place_level": "planet"}, "geometry": {"type": "Point", "coordinates": [1, 1]}}]',
            "place_level 'planet'",
        ),
        ("[42]", "feature 0: feature is int"),
    ],
)
def test_bad_files_raise_one_clear_error(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "bad.geojson"
    path.write_text(content)
    with pytest.raises(BadInputError) as info:
        read_events(path)
    assert message in str(info.value)
    assert str(path) in str(info.value)


def test_missing_and_binary_files(tmp_path: Path) -> None:
    with pytest.raises(BadInputError, match="no such file"):
        read_events(tmp_path / "nope.geojson")
    binary = tmp_path / "b.geojson"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\xff\xfe")
    with pytest.raises(BadInputError, match="not UTF-8"):
        read_events(binary)


def test_event_with_place_keeps_provenance(tmp_path: Path) -> None:
    event = make_event(place=make_place("kh-poipet", source="online:nominatim"))
    (back,) = read_events(write_events_geojson([event], tmp_path / "e.geojson"))
    assert back.place is not None and back.place.online and back.place.source == "online:nominatim"


_json = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=12),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=12), children, max_size=4)
    ),
    max_leaves=12,
)
_props = st.dictionaries(
    st.sampled_from(
        [
            "article",
            "event_id",
            "event_type",
            "type",
            "date",
            "date_precision",
            "geo_precision",
            "people",
            "people_arrested",
            "nationalities",
            "nationalities_TH",
            "seized",
            "seized_phones",
            "confidence",
            "start",
            "end",
            "evidence",
            "place_level",
            "place_name",
            "lat",
            "lon",
            "published",
            "qual_arrested",
        ]
    ),
    _json | st.sampled_from(["raid", "day", "2025-01-02", "2025-13-40", "site", "12"]),
)
_geometry = (
    st.none()
    | _json
    | st.fixed_dictionaries(
        {"type": st.sampled_from(["Point", "Polygon"]), "coordinates": st.lists(_json, max_size=3)}
    )
)


@given(
    st.lists(
        st.fixed_dictionaries(
            {"type": st.just("Feature"), "geometry": _geometry, "properties": _props}
        )
        | _json,
        max_size=4,
    )
)
@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
def test_any_json_gives_events_or_one_bad_input_error(
    tmp_path: Path, features: list[object]
) -> None:
    path = tmp_path / "fuzz.geojson"
    path.write_text(json.dumps({"type": "FeatureCollection", "features": features}))
    try:
        events = read_events(path)
    except BadInputError as exc:
        assert str(path) in str(exc)
    else:
        assert len(events) == len(features)


def test_reads_events_and_incidents_back_from_a_geopackage(tmp_path: Path) -> None:
    from geotrack.render.gpkg import write_gpkg

    events_ = sample_events()
    path = write_gpkg(tmp_path / "g.gpkg", events=events_, incidents=sample_incidents())
    assert {e.id: e for e in read_events(path)} == {e.id: e for e in events_}
    assert {i.id: i for i in read_incidents(path)} == {i.id: i for i in sample_incidents()}
    other = tmp_path / "other.gpkg"
    pyogrio.write_dataframe(pd.DataFrame({"a": [1]}), other, layer="other", driver="GPKG")
    with pytest.raises(BadInputError, match="no readable 'events' layer"):
        read_events(other)
