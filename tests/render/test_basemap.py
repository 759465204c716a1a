"""The offline Natural Earth basemap: clipping, simplification, named extents, the _deu variant."""

from __future__ import annotations

import json

import pytest
import shapely
from render_builders import SHARED

from geotrack.errors import BadInputError
from geotrack.render.basemap import REGION_BBOX, countries_gdf, countries_geojson, extent_bbox

BOUNDARIES = SHARED / "reference" / "boundaries" / "geoBoundaries-KHM-ADM1.geojson"


def test_region_countries_are_there_and_clipped() -> None:
    frame = countries_gdf(bbox=REGION_BBOX, tolerance=0.01)
    assert {"KH", "TH", "LA", "VN", "MM", "MY", "CN"} <= set(frame.iso2.dropna())
    west, south, east, north = frame.total_bounds
    assert west >= REGION_BBOX[0] and south >= REGION_BBOX[1]
    assert east <= REGION_BBOX[2] and north <= REGION_BBOX[3]
    assert frame.crs.to_epsg() == 4326
    assert frame.is_valid.all()
    cambodia = frame[frame.iso2 == "KH"].iloc[0]
    assert cambodia["name"] == "Cambodia" and cambodia.iso3 == "KHM"


def test_simplification_shrinks_and_keeps_shared_borders() -> None:
    full = countries_gdf(bbox=REGION_BBOX)
    simple = countries_gdf(bbox=REGION_BBOX, tolerance=0.02)
    n_full = shapely.get_num_coordinates(full.geometry.values).sum()
    n_simple = shapely.get_num_coordinates(simple.geometry.values).sum()
    assert n_simple < n_full / 3
    kh = simple[simple.iso2 == "KH"].geometry.iloc[0]
    th = simple[simple.iso2 == "TH"].geometry.iloc[0]
    # coverage simplification: the border is shared, no overlap and no gap
    assert kh.intersection(th).area < 1e-9
    assert kh.intersection(th).length > 5  # they still touch along the border (degrees)


def test_results_are_fresh_copies() -> None:
    a = countries_gdf(bbox=REGION_BBOX, tolerance=0.05)
    a.loc[:, "name"] = "changed"
    assert "changed" not in set(countries_gdf(bbox=REGION_BBOX, tolerance=0.05)["name"])


def test_geojson_is_rfc7946_and_small() -> None:
    doc = countries_geojson(bbox=REGION_BBOX, tolerance=0.02)
    text = json.dumps(doc)
    assert "crs" not in doc and doc["bbox"] == list(REGION_BBOX)
    assert 30_000 < len(text) < 400_000
    for feature in doc["features"]:
        geom = shapely.geometry.shape(feature["geometry"])
        polys = getattr(geom, "geoms", [geom])
        for poly in polys:
            assert poly.exterior.is_ccw  # right-hand rule: exterior rings counter-clockwise


@pytest.mark.parametrize(
    ("name", "inside"),
    [
        ("cambodia", (104.9, 11.56)),
        ("KH", (103.53, 10.61)),
        ("Myanmar", (98.52, 16.65)),
        ("region", (100.11, 20.32)),
        ("Golden Triangle", (100.11, 20.32)),
        ("laos", (102.6, 17.97)),
    ],
)
def test_named_extents(name: str, inside: tuple[float, float]) -> None:
    west, south, east, north = extent_bbox(name)
    assert west < inside[0] < east and south < inside[1] < north


def test_unknown_extent_lists_choices() -> None:
    with pytest.raises(BadInputError, match=r"'atlantis'.*region"):
        extent_bbox("atlantis")


@pytest.mark.parametrize("bbox", [(110, 0, 92, 25), (0, 0, 0, 0), ("a", 1, 2, 3), (0, -95, 10, 10)])
def test_bad_bbox_is_rejected(bbox) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(BadInputError, match="bbox"):
        countries_gdf(bbox=bbox)


def test_deu_variant_puts_preah_vihear_temple_in_cambodia() -> None:
    frame = countries_gdf(bbox=REGION_BBOX)
    temple = shapely.Point(104.6803, 14.3917)
    assert frame[frame.contains(temple)].iso2.tolist() == ["KH"]
    # Bangkok, Vientiane, Yangon, Hanoi land in their own countries
    for iso2, (lon, lat) in {
        "TH": (100.50, 13.75),
        "LA": (102.60, 17.97),
        "MM": (96.16, 16.87),
        "VN": (105.85, 21.03),
    }.items():
        assert frame[frame.contains(shapely.Point(lon, lat))].iso2.tolist() == [iso2]


def test_cambodia_outline_agrees_with_the_province_file() -> None:
    if not BOUNDARIES.is_file():
        pytest.skip(f"reference boundaries not found at {BOUNDARIES}")
    import geopandas as gpd

    provinces = gpd.read_file(BOUNDARIES).union_all()
    kh = countries_gdf(bbox=REGION_BBOX).query("iso2 == 'KH'").geometry.iloc[0]
    assert abs(provinces.area - kh.area) / kh.area < 0.02
    assert provinces.symmetric_difference(kh).area / kh.area < 0.05
