"""geotrack.boundaries: import a user's admin-1 file, match provinces, cache, load, download."""

from __future__ import annotations

import http.server
import json
import threading
from collections.abc import Iterator
from pathlib import Path

import geopandas as gpd
import pytest
import shapely
from render_builders import SHARED

import geotrack.boundaries
from geotrack.boundaries import (
    download_boundaries,
    import_boundaries,
    load_boundaries,
    province_key,
)
from geotrack.errors import BadInputError, LookupServiceError

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "render" / "provinces.geojson"
REAL = SHARED / "reference" / "boundaries" / "geoBoundaries-KHM-ADM1.geojson"


@pytest.fixture(autouse=True)
def _cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Boundaries go to a temporary folder (the gazetteer's own cache stays where it is)."""
    folder = tmp_path / "cache" / "boundaries"
    monkeypatch.setattr(geotrack.boundaries, "boundaries_dir", lambda: folder)
    return folder


def test_nothing_imported_gives_none() -> None:
    assert load_boundaries() is None


def test_import_matches_by_iso_and_spelling(_cache: Path) -> None:
    report = import_boundaries(FIXTURE, attribution="test rectangles")
    assert report.country == "KH" and report.features == 4
    assert report.unmatched == ("Atlantis Province",)
    assert report.name_field == "shapeName" and report.iso_field == "shapeISO"
    assert report.path == _cache / "admin1-KH.gpkg"
    frame = load_boundaries()
    assert frame is not None and len(frame) == 4 and frame.crs.to_epsg() == 4326
    rows = frame.set_index("name")
    # "Bantey" in the file is the gazetteer's "Banteay Meanchey"
    assert province_key(rows.loc["Bantey Meanchey", "admin1"]) == province_key("Banteay Meanchey")
    assert rows.loc["Atlantis Province", "admin1"] == "Atlantis Province"
    assert rows.loc["Phnom Penh", "iso"] == "KH-12"
    assert set(frame["attribution"]) == {"test rectangles"}
    assert rows.loc["Preah Sihanouk"].geometry.contains(shapely.Point(103.53, 10.61))


def test_province_key_folds_spellings() -> None:
    assert province_key("Ratanakiri Province") == province_key("Ratanak Kiri")
    assert province_key("Bantey Meanchey") == province_key("Banteay Meanchey")
    assert province_key("Siem Reap") != province_key("Svay Rieng")


def test_reimport_replaces_and_country_filter(tmp_path: Path) -> None:
    import_boundaries(FIXTURE)
    import_boundaries(FIXTURE)
    assert len(load_boundaries()) == 4
    assert load_boundaries(country="TH") is None
    assert len(load_boundaries(country="kh")) == 4


def test_shapefile_and_geopackage_inputs(tmp_path: Path) -> None:
    frame = gpd.read_file(FIXTURE).rename(
        columns={"shapeName": "ADM1_EN", "shapeISO": "ADM1_PCODE"}
    )
    shp = tmp_path / "prov.shp"
    frame.drop(columns=["shapeGroup"]).to_file(shp)
    report = import_boundaries(shp, country="KHM")  # alpha-3 accepted
    assert report.country == "KH" and report.name_field == "ADM1_EN" and report.features == 4
    gpkg = tmp_path / "prov.gpkg"
    frame.to_crs("EPSG:32648").to_file(gpkg)  # reprojected on import
    import_boundaries(gpkg, country="KH")
    bounds = load_boundaries().total_bounds
    assert 102 < bounds[0] < 103 and 10 < bounds[1] < 11


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (
            '{"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {"shapeName": "X"}, '
            '"geometry": {"type": "Point", "coordinates": [1, 2]}}]}',
            "expected province polygons",
        ),
        (
            '{"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {"other": "X"}, '
            '"geometry": {"type": "Polygon", "coordinates": [[[0,0],[1,0],[1,1],[0,0]]]}}]}',
            "no province-name column",
        ),
        ("this is not a geo file", "not a boundary file"),
    ],
)
def test_bad_files(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "bad.geojson"
    path.write_text(content)
    with pytest.raises(BadInputError, match=message):
        import_boundaries(path, country="KH")


def test_country_must_be_known(tmp_path: Path) -> None:
    frame = gpd.read_file(FIXTURE).drop(columns=["shapeISO", "shapeGroup"])
    path = tmp_path / "nocountry.geojson"
    frame.to_file(path)
    with pytest.raises(BadInputError, match="--country"):
        import_boundaries(path)
    with pytest.raises(BadInputError, match="'Cambodia!'"):
        import_boundaries(path, country="Cambodia!")
    with pytest.raises(BadInputError, match="no column 'nope'"):
        import_boundaries(path, country="KH", name_field="nope")


def test_missing_file() -> None:
    with pytest.raises(BadInputError, match="no such file"):
        import_boundaries("does-not-exist.geojson")


@pytest.fixture
def local_server(tmp_path: Path) -> Iterator[str]:
    """A geoBoundaries look-alike on 127.0.0.1 (tests never use the real network)."""
    root = tmp_path / "www"
    (root / "api").mkdir(parents=True)
    (root / "files").mkdir()
    (root / "files" / "khm.geojson").write_bytes(FIXTURE.read_bytes())

    class Handler(http.server.SimpleHTTPRequestHandler):
        def __init__(self, *args, **kwargs) -> None:  # type: ignore[no-untyped-def]
            super().__init__(*args, directory=str(root), **kwargs)

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    base = f"http://127.0.0.1:{server.server_address[1]}"
    (root / "api" / "KHM-ADM1.json").write_text(
        json.dumps(
            {
                "simplifiedGeometryGeoJSON": f"{base}/files/khm.geojson",
                "boundaryLicense": "ODbL 1.0",
            }
        )
    )
    (root / "api" / "BAD-ADM1.json").write_text("[1, 2]")
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield base
    finally:
        server.shutdown()
        server.server_close()


def test_download_from_a_local_server(local_server: str) -> None:
    report = download_boundaries("KH", api=local_server + "/api/{iso3}-{level}.json", timeout=10)
    assert report.country == "KH" and report.features == 4
    assert "ODbL 1.0" in set(load_boundaries()["attribution"]).pop()


def test_download_errors(local_server: str) -> None:
    with pytest.raises(LookupServiceError, match="not a JSON object"):
        download_boundaries("BAD", api=local_server + "/api/{iso3}-{level}.json", timeout=10)
    with pytest.raises(LookupServiceError, match="download failed"):
        download_boundaries("THA", api=local_server + "/api/{iso3}-{level}.json", timeout=10)
    with pytest.raises(LookupServiceError, match="only http"):
        download_boundaries("KHM", api="file:///etc/{iso3}{level}", timeout=10)


@pytest.mark.corpus
def test_real_geoboundaries_file_matches_every_province() -> None:
    if not REAL.is_file():
        pytest.skip(f"reference boundaries not found at {REAL}")
    report = import_boundaries(REAL)
    assert report.country == "KH" and report.features == 25
    assert report.matched >= 24, report.unmatched


def test_cache_folder_follows_geotrack_cache(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.undo()
    monkeypatch.setenv("GEOTRACK_CACHE", str(tmp_path / "c"))
    assert geotrack.boundaries.boundaries_dir() == tmp_path / "c" / "boundaries"
