"""geotrack.gpkg: layers, typed columns, articles table and QGIS default styles, read back with pyogrio."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import xml.etree.ElementTree as ET
from pathlib import Path

import pandas as pd
import pyogrio
import pytest
from render_builders import make_event, sample_events, sample_incidents

from geotrack.model import Article, EventType
from geotrack.render.geojson import event_to_feature
from geotrack.render.gpkg import layer_qml, write_events_gpkg, write_gpkg
from geotrack.render.palette import EVENT_STYLES


@pytest.fixture(scope="module")
def gpkg(tmp_path_factory: pytest.TempPathFactory) -> Path:
    events = sample_events()
    sites = [e.place for e in events if e.place and e.place.level.value == "site"]
    articles = [
        Article(id="art-001", text="Some text.", title="Raid <b>title</b>", source="Fixture Times")
    ]
    return write_gpkg(
        tmp_path_factory.mktemp("gpkg") / "geotrack.gpkg",
        events=events,
        incidents=sample_incidents(),
        sites=sites,
        articles=articles,
    )


def test_layers_and_tables(gpkg: Path) -> None:
    layers = dict(pyogrio.list_layers(gpkg))
    assert layers == {
        "events": "Point",
        "events_held_back": "Point",
        "incidents": "Point",
        "sites": "Point",
        "articles": None,
        "layer_styles": None,
    }
    con = sqlite3.connect(gpkg)
    contents = dict(con.execute("SELECT table_name, data_type FROM gpkg_contents").fetchall())
    con.close()
    assert contents["articles"] == "attributes" and contents["events"] == "features"
    assert pyogrio.read_info(gpkg, layer="events")["crs"] == "EPSG:4326"


def test_every_event_and_property_survives(gpkg: Path) -> None:
    frame = pyogrio.read_dataframe(gpkg, layer="events")
    events = sample_events()
    assert len(frame) == len(events)
    by_id = frame.set_index("event_id")
    for event in events:
        row = by_id.loc[event.id]
        for key, value in event_to_feature(event)["properties"].items():
            if key == "event_id":
                continue
            got = row[key]
            if value is None:
                assert pd.isna(got), (event.id, key)
            elif key in ("date", "published"):
                assert pd.Timestamp(got).date().isoformat() == value
            elif isinstance(value, int | float):
                assert float(got) == pytest.approx(value), (event.id, key)
            else:
                assert got == value, (event.id, key)
        if event.place is None:
            assert row.geometry is None
        else:
            assert (row.geometry.x, row.geometry.y) == pytest.approx(
                (event.place.lon, event.place.lat), abs=1e-6
            )


def test_column_types_are_typed(gpkg: Path) -> None:
    info = pyogrio.read_info(gpkg, layer="events")
    types = dict(zip(info["fields"], info["ogr_types"], strict=True))
    assert types["date"] == types["published"] == "OFTDate"
    assert types["people_arrested"] == types["people_victims"] == "OFTInteger64"
    assert types["nationalities_ID"] == "OFTInteger64"
    assert types["seized_cash_USD"] == "OFTReal"
    assert types["confidence"] == "OFTReal"
    assert types["sentence"] == "OFTString"
    con = sqlite3.connect(gpkg)
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    con.close()


def test_articles_table(gpkg: Path) -> None:
    frame = pyogrio.read_dataframe(gpkg, layer="articles", read_geometry=False)
    assert sorted(frame["article"]) == sorted({e.article_id for e in sample_events()})
    row = frame.set_index("article").loc["art-001"]
    assert row["title"] == "Raid <b>title</b>" and row["chars"] == len("Some text.")
    other = frame.set_index("article").loc["art-007"]
    assert other["source"] == "Fixture Times"  # built from the events' copied metadata


def test_incidents_and_sites_layers(gpkg: Path) -> None:
    incidents = pyogrio.read_dataframe(gpkg, layer="incidents")
    assert sorted(incidents["incident_id"]) == ["inc-1", "inc-2"]
    first = incidents.set_index("incident_id").loc["inc-1"]
    assert first["people_detained_max"] == 1041 and first["source_count"] == 2
    assert json.loads(first["counts_by_source"])["b7-e1"]["people"]["detained"] == 1000
    sites = pyogrio.read_dataframe(gpkg, layer="sites")
    kk = sites.set_index("place_id").loc["mm-kk-park"]
    assert kk["event_count"] == 1 and kk["event_types"] == "raid"


def test_default_styles_for_qgis(gpkg: Path) -> None:
    con = sqlite3.connect(gpkg)
    rows = con.execute(
        "SELECT f_table_schema, f_table_name, f_geometry_column, useAsDefault, styleQML FROM layer_styles"
    ).fetchall()
    fid = [r[1] for r in con.execute("PRAGMA table_info(layer_styles)").fetchall() if r[5]]
    con.close()
    assert fid == ["id"]
    assert sorted(r[1] for r in rows) == ["events", "events_held_back", "incidents", "sites"]
    for schema, _table, geom_column, default, qml in rows:
        assert schema == "" and geom_column == "geom" and default == 1
        root = ET.fromstring(qml.split("\n", 1)[1])  # skip the DOCTYPE line
        assert root.tag == "qgis"
    events_qml = next(r[4] for r in rows if r[1] == "events")
    root = ET.fromstring(events_qml.split("\n", 1)[1])
    categories = {c.get("value"): c for c in root.iter("category")}
    assert set(categories) == {t.value for t in EventType}
    symbols = {s.get("name"): s for s in root.find("renderer-v2").find("symbols")}
    raid = symbols[categories["raid"].get("symbol")]
    colour = next(o.get("value") for o in raid.iter("Option") if o.get("name") == "color")
    assert colour == "213,94,0,255" and EVENT_STYLES[EventType.RAID].color == "#D55E00"


def test_qml_is_well_formed_for_every_layer() -> None:
    for layer in ("events", "events_held_back", "incidents", "sites"):
        ET.fromstring(layer_qml(layer).split("\n", 1)[1])
    with pytest.raises(ValueError, match="'articles'"):
        layer_qml("articles")


def test_empty_input_still_writes_every_layer(tmp_path: Path) -> None:
    path = write_gpkg(tmp_path / "empty.gpkg", events=[])
    assert {n for n, _ in pyogrio.list_layers(path)} == {
        "events",
        "events_held_back",
        "incidents",
        "sites",
        "articles",
        "layer_styles",
    }
    info = pyogrio.read_info(path, layer="events")
    assert info["features"] == 0 and "people_arrested" in list(info["fields"])


def test_hostile_text_and_nul_bytes(tmp_path: Path) -> None:
    nasty = "a\x00b <script>alert(1)</script> '; DROP TABLE events; -- \udcff"
    event = make_event(sentence=nasty, article_title=nasty)
    path = write_events_gpkg([event], tmp_path / "h.gpkg")
    frame = pyogrio.read_dataframe(path, layer="events")
    assert frame["sentence"][0] == nasty.replace("\x00", "").replace("\udcff", "\ufffd")
    assert pyogrio.read_info(path, layer="events")["features"] == 1


def test_rewrite_replaces_the_file_atomically(tmp_path: Path) -> None:
    path = tmp_path / "g.gpkg"
    write_events_gpkg(sample_events(), path)
    write_events_gpkg([make_event(date=dt.date(2024, 1, 1))], path)
    assert pyogrio.read_info(path, layer="events")["features"] == 1
    assert [p.name for p in tmp_path.iterdir()] == ["g.gpkg"]


def test_dates_stay_text_where_sqlite_refuses_schema_edits(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import geotrack.render.gpkg as gpkg_module

    def refuse(con: sqlite3.Connection, tables: object) -> None:
        raise sqlite3.OperationalError("table sqlite_master may not be modified")

    monkeypatch.setattr(gpkg_module, "_retype", refuse)
    path = write_events_gpkg(sample_events(), tmp_path / "d.gpkg")
    info = pyogrio.read_info(path, layer="events")
    assert dict(zip(info["fields"], info["ogr_types"], strict=True))["date"] == "OFTString"
    assert info["features"] == len(sample_events())


def test_held_back_events_have_their_own_layer(tmp_path: Path) -> None:
    kept, low = make_event("kept", confidence=0.8), make_event("low", confidence=0.2)
    path = write_gpkg(tmp_path / "held.gpkg", events=[kept], held_back=[low])
    assert list(pyogrio.read_dataframe(path, layer="events")["event_id"]) == ["kept"]
    held = pyogrio.read_dataframe(path, layer="events_held_back")
    assert list(held["event_id"]) == ["low"] and float(held["confidence"].iloc[0]) == 0.2
    con = sqlite3.connect(path)
    declared = {r[1]: r[2] for r in con.execute("PRAGMA table_info(events_held_back)")}
    con.close()
    assert declared["date"] == "DATE"
