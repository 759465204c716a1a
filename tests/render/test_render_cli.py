"""`geotrack map`, `geotrack export`, `geotrack boundaries` through click's CliRunner; the registry."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pyogrio
import pytest
from click.testing import CliRunner
from PIL import Image
from render_builders import sample_events, sample_incidents

import geotrack.boundaries
from geotrack.cli import main
from geotrack.errors import BadInputError
from geotrack.render import WRITERS, format_for_path, get_writer
from geotrack.render.geojson import write_events_geojson, write_incidents_geojson

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "render" / "provinces.geojson"


@pytest.fixture
def events_file(tmp_path: Path) -> Path:
    return write_events_geojson(sample_events(), tmp_path / "events.geojson")


@pytest.fixture(autouse=True)
def _boundaries_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "boundaries"
    monkeypatch.setattr(geotrack.boundaries, "boundaries_dir", lambda: folder)
    return folder


def _run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.output


def test_export_every_format(tmp_path: Path, events_file: Path) -> None:
    for name, suffix in [
        ("csv", ".csv"),
        ("kml", ".kml"),
        ("gpkg", ".gpkg"),
        ("geojson", ".geojson"),
        ("summary", ".csv"),
        ("timeline", ".png"),
    ]:
        out = tmp_path / f"out-{name}{suffix}"
        code, output = _run("export", str(events_file), "--format", name, "--out", str(out))
        assert code == 0, output
        assert out.is_file() and out.stat().st_size > 100, name
        assert f"wrote {out}" in output
    rows = list(csv.DictReader(io.StringIO((tmp_path / "out-csv.csv").read_text("utf-8-sig"))))
    assert len(rows) == len(sample_events())
    assert (tmp_path / "out-geojson.geojson").read_bytes() == events_file.read_bytes()


def test_export_format_from_suffix_and_gpkg_with_incidents(
    tmp_path: Path, events_file: Path
) -> None:
    incidents = write_incidents_geojson(sample_incidents(), tmp_path / "incidents.geojson")
    out = tmp_path / "g.gpkg"
    code, output = _run(
        "export", str(events_file), "--out", str(out), "--incidents", str(incidents)
    )
    assert code == 0, output
    assert pyogrio.read_info(out, layer="incidents")["features"] == 2
    code, _ = _run("export", str(events_file), "--out", str(tmp_path / "e.kml"))
    assert code == 0


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--format", "kml", "--out", "x.csv"], "should end in .kml"),
        (["--out", "x.docx"], "'.docx'"),
        (["--format", "shapefile", "--out", "x.shp"], "shapefile"),
    ],
)
def test_export_usage_errors(events_file: Path, args: list[str], message: str) -> None:
    code, output = _run("export", str(events_file), *args)
    assert code == 2 and message in output
    assert "Traceback" not in output and len(output.strip().splitlines()) == 1


def test_export_bad_events_file(tmp_path: Path) -> None:
    bad = tmp_path / "bad.geojson"
    bad.write_text('[{"properties": {"event_type": "party"}}]')
    code, output = _run("export", str(bad), "--out", str(tmp_path / "x.csv"))
    assert code == 2 and "event_type 'party'" in output and "Traceback" not in output


def test_map_static_formats(tmp_path: Path, events_file: Path) -> None:
    png, svg = tmp_path / "m.png", tmp_path / "m.svg"
    code, output = _run(
        "map",
        str(events_file),
        "--out",
        str(png),
        "--out",
        str(svg),
        "--extent",
        "cambodia",
        "--title",
        "Test",
    )
    assert code == 0, output
    with Image.open(png) as image:
        assert image.info["dpi"] == pytest.approx((300, 300), abs=0.5)
    assert svg.read_bytes().startswith(b"<?xml")


def test_map_usage_errors(tmp_path: Path, events_file: Path) -> None:
    code, output = _run("map", str(events_file), "--out", str(tmp_path / "m.jpg"))
    assert code == 2 and "'.jpg'" in output
    code, output = _run(
        "map", str(events_file), "--out", str(tmp_path / "m.png"), "--extent", "narnia"
    )
    assert code == 2 and "'narnia'" in output
    code, output = _run("map", str(tmp_path / "missing.geojson"), "--out", str(tmp_path / "m.png"))
    assert code == 2 and "does not exist" in output
    code, output = _run("map", str(events_file))
    assert code == 2 and "--out" in output


def test_boundaries_import_and_list(_boundaries_folder: Path) -> None:
    code, output = _run("boundaries", "list")
    assert code == 0 and "no boundaries imported" in output
    code, output = _run("boundaries", "import", str(FIXTURE), "--attribution", "test rectangles")
    assert code == 0, output
    assert "imported 4 provinces for KH" in output and "Atlantis Province" in output
    assert (_boundaries_folder / "admin1-KH.gpkg").is_file()
    code, output = _run("boundaries", "list")
    assert code == 0 and "KH: 4 provinces; test rectangles" in output


def test_boundaries_import_errors(tmp_path: Path) -> None:
    code, output = _run("boundaries", "import", str(tmp_path / "nope.geojson"))
    assert code == 2 and "no such file" in output and "--download" in output


def test_registry_lists_loadable_writers() -> None:
    for name, fmt in WRITERS.items():
        if name == "html":
            continue  # another module's writer; it is loaded in its own tests
        assert callable(fmt.load()), name
    assert get_writer("CSV") is get_writer("csv")
    assert format_for_path("a/b/map.PNG").name == "png"
    assert format_for_path("x.csv", choices=("summary",)).name == "summary"
    with pytest.raises(BadInputError, match="known: geojson"):
        get_writer("shapefile")
    with pytest.raises(BadInputError, match=r"'\.xyz'"):
        format_for_path("file.xyz")
