"""Static report maps and the timeline chart: files exist, are not blank, PNG is 300 dpi, sizes sane."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import geopandas as gpd
import numpy as np
import pytest
from PIL import Image
from render_builders import make_event, make_place, random_events, sample_events

from geotrack.errors import BadInputError
from geotrack.model import DatePrecision, EventType
from geotrack.render.charts import monthly_counts, render_timeline
from geotrack.render.static import _symbols, fit_extent, render_static_map, resolve_extent

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "render" / "provinces.geojson"


def _pixels(path: Path) -> np.ndarray:
    with Image.open(path) as image:
        return np.asarray(image.convert("RGB"))


def test_png_is_300_dpi_and_not_blank(tmp_path: Path) -> None:
    path = render_static_map(
        sample_events(), tmp_path / "map.png", boundaries=None, title="Test map"
    )
    with Image.open(path) as image:
        dpi = image.info["dpi"]
        width, height = image.size
    assert dpi == pytest.approx((300, 300), abs=0.5)
    assert width >= 2400 and height >= 1800  # about 9 in wide at 300 dpi
    pixels = _pixels(path)
    assert pixels.std() > 20  # not one flat colour
    # the raid colour (Okabe-Ito vermillion) is on the map
    vermillion = np.all(np.abs(pixels.astype(int) - [213, 94, 0]) < 12, axis=-1)
    assert vermillion.sum() > 200
    assert path.stat().st_size < 3_000_000


@pytest.mark.parametrize("suffix", [".svg", ".pdf"])
def test_vector_formats(tmp_path: Path, suffix: str) -> None:
    path = render_static_map(
        sample_events(), tmp_path / f"map{suffix}", boundaries=None, extent="cambodia"
    )
    data = path.read_bytes()
    assert data.startswith(b"<?xml" if suffix == ".svg" else b"%PDF")
    assert 20_000 < len(data) < 4_000_000


def test_same_input_same_svg(tmp_path: Path) -> None:
    a = render_static_map(
        sample_events(), tmp_path / "a.svg", boundaries=None, extent="cambodia", dpi=72
    )
    b = render_static_map(
        sample_events(), tmp_path / "b.svg", boundaries=None, extent="cambodia", dpi=72
    )
    assert a.read_bytes() == b.read_bytes()


def test_province_outlines_are_drawn(tmp_path: Path) -> None:
    provinces = gpd.read_file(FIXTURE)
    provinces["attribution"] = "made-up rectangles"
    provinces = provinces.to_crs("EPSG:32648")  # any CRS is accepted
    bbox = (102.0, 10.0, 107.0, 14.8)
    with_lines = _pixels(
        render_static_map(
            sample_events(), tmp_path / "a.png", extent=bbox, boundaries=provinces, dpi=60
        )
    )
    without = _pixels(
        render_static_map(sample_events(), tmp_path / "b.png", extent=bbox, boundaries=None, dpi=60)
    )
    assert with_lines.shape == without.shape
    assert (np.abs(with_lines.astype(int) - without.astype(int)).sum(axis=-1) > 30).sum() > 100


def test_empty_and_unplaced_inputs_still_make_a_map(tmp_path: Path) -> None:
    path = render_static_map([], tmp_path / "empty.png", boundaries=None, dpi=50)
    assert _pixels(path).std() > 5
    unplaced = [make_event(place=None, date=None)]
    assert render_static_map(unplaced, tmp_path / "u.png", boundaries=None, dpi=50).is_file()


def test_many_events_render(tmp_path: Path) -> None:
    path = render_static_map(random_events(400), tmp_path / "many.png", boundaries=None, dpi=80)
    assert _pixels(path).std() > 20


def test_hostile_place_names_are_just_text(tmp_path: Path) -> None:
    nasty = "<script>alert(1)</script> $x$ \\frac{1}{2} %s {0}"
    event = make_event(place=make_place(name=nasty))
    path = render_static_map([event], tmp_path / "h.svg", boundaries=None, title=nasty, dpi=72)
    assert b"<script>" not in path.read_bytes()


def test_country_level_events_are_not_drawn_and_province_level_are_hollow() -> None:
    country = make_event("c", place="kh-cambodia", geo_precision=4)
    province = make_event("p", place="kh-phnom-penh", geo_precision=3)
    site = make_event("s", place="kh-poipet", geo_precision=1)
    symbols = {s.place_id: s for s in _symbols([country, province, site])}
    assert set(symbols) == {"kh-phnom-penh", "kh-poipet"}
    assert symbols["kh-phnom-penh"].approximate and not symbols["kh-poipet"].approximate


def test_same_place_same_type_is_one_symbol_with_a_count() -> None:
    events = [make_event(f"e{i}", people={"rescued": 10}) for i in range(3)]
    (symbol,) = _symbols(events)
    assert symbol.count == 3 and symbol.people == 30


def test_fit_extent_has_a_margin_and_a_minimum_size() -> None:
    west, south, east, north = fit_extent([make_event(place="kh-poipet")])
    assert east - west >= 1.6 and north - south >= 1.6
    assert west < 102.56365 < east and south < 13.65805 < north
    wide = fit_extent(sample_events())
    assert wide[0] < 98.52 and wide[2] > 106.13 and wide[1] < 10.6 and wide[3] > 20.32


def test_resolve_extent_forms() -> None:
    assert resolve_extent("100,10,105,15", []) == (100.0, 10.0, 105.0, 15.0)
    assert resolve_extent((100, 10, 105, 15), []) == (100.0, 10.0, 105.0, 15.0)
    west, _south, east, _north = resolve_extent("Cambodia", [])
    assert 101 < west < 103 and 107 < east < 109
    with pytest.raises(BadInputError, match="'narnia'"):
        resolve_extent("narnia", [])
    with pytest.raises(BadInputError, match="west < east"):
        resolve_extent("105,10,100,15", [])
    with pytest.raises(BadInputError, match="not west,south,east,north"):
        resolve_extent("a,b,c,d", [])


def test_bad_suffix(tmp_path: Path) -> None:
    with pytest.raises(BadInputError, match=r"'\.jpg'"):
        render_static_map(sample_events(), tmp_path / "map.jpg")


# -- timeline ----------------------------------------------------------------------------------


def test_monthly_counts_fill_gaps_and_skip_year_dates() -> None:
    events = [
        make_event("a", date=dt.date(2025, 1, 5)),
        make_event("b", date=dt.date(2025, 1, 20), type=EventType.RESCUE),
        make_event("c", date=dt.date(2025, 4, 2)),
        make_event("d", date=dt.date(2025, 1, 1), date_precision=DatePrecision.YEAR),
        make_event("e", date=None),
    ]
    months, counts, left_out = monthly_counts(events)
    assert months == [dt.date(2025, m, 1) for m in (1, 2, 3, 4)]
    assert counts[EventType.RAID] == [1, 0, 0, 1] and counts[EventType.RESCUE] == [1, 0, 0, 0]
    assert left_out == 2


def test_timeline_png(tmp_path: Path) -> None:
    path = render_timeline(random_events(120), tmp_path / "timeline.png")
    with Image.open(path) as image:
        assert image.info["dpi"] == pytest.approx((300, 300), abs=0.5)
    assert _pixels(path).std() > 20
    empty = render_timeline([], tmp_path / "empty.svg")
    assert empty.read_bytes().startswith(b"<?xml")
    with pytest.raises(BadInputError):
        render_timeline([], tmp_path / "t.gif")


def test_fit_extent_ignores_a_far_outlier() -> None:
    events = [
        make_event(f"e{i}", place=p)
        for i, p in enumerate(
            ["kh-poipet", "kh-bavet", "kh-sihanoukville", "kh-sen-sok", "kh-dara-sakor", "la-gtsez"]
        )
    ]
    seoul = make_place(
        "kh-poipet", id="kr-seoul", name="Seoul", country="KR", lat=37.5665, lon=126.978
    )
    _west, _south, east, north = fit_extent([*events, make_event("far", place=seoul)])
    assert east < 110 and north < 25  # Seoul left out of the fitted box ...
    assert north > 20.32  # ... the Golden Triangle kept


def test_scale_bar_reads_in_km() -> None:
    from geotrack.render.static import _km_label

    assert _km_label(2, "Mm") == "2,000 km"
    assert _km_label(125, "km") == "125 km"
    assert _km_label(500, "m") == "500 m"


def test_world_wide_events_use_a_wide_projection(tmp_path: Path) -> None:
    far = [
        make_event(
            f"w{i}", place=make_place("kh-poipet", id=f"p{i}", name=n, country=c, lat=lat, lon=lon)
        )
        for i, (n, c, lat, lon) in enumerate(
            [
                ("Seoul", "KR", 37.57, 126.98),
                ("Dubai", "AE", 25.2, 55.27),
                ("Lagos", "NG", 6.5, 3.4),
                ("Poipet", "KH", 13.66, 102.56),
            ]
        )
    ]
    path = render_static_map(far, tmp_path / "world.png", boundaries=None, dpi=60)
    assert _pixels(path).std() > 20
