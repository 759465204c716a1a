"""Shared pieces of the robustness suite (imported by name: tests/robustness is on sys.path)."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

BAD = Path(__file__).resolve().parents[1] / "fixtures" / "bad"
ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples" / "articles"


def _no_constants(value: str) -> object:
    raise ValueError(f"non-standard JSON constant {value!r} (NaN/Infinity) in output")


def load_strict_json(text: str) -> object:
    """Parse JSON, refusing NaN / Infinity (which other tools cannot read)."""
    return json.loads(text, parse_constant=_no_constants)


def check_outputs_readable(folder: Path) -> dict[str, int]:
    """Open every output of a run and check it is whole; return a size per file.

    Raises AssertionError naming the file when one is truncated or unreadable.
    """
    sizes: dict[str, int] = {}
    for name in ("events.geojson", "incidents.geojson", "sites.geojson"):
        path = folder / name
        if path.exists():
            doc = load_strict_json(path.read_text(encoding="utf-8"))
            assert isinstance(doc, dict) and doc.get("type") == "FeatureCollection", name
            assert isinstance(doc["features"], list), name
            sizes[name] = path.stat().st_size
    path = folder / "mentions.jsonl"
    if path.exists():
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            record = load_strict_json(line)
            assert isinstance(record, dict) and "article" in record, f"{name}:{number}"
        sizes["mentions.jsonl"] = path.stat().st_size
    path = folder / "run-report.json"
    if path.exists():
        report = load_strict_json(path.read_text(encoding="utf-8"))
        assert isinstance(report, dict) and "articles_read" in report
        sizes["run-report.json"] = path.stat().st_size
    path = folder / "summary.csv"
    if path.exists():
        rows = list(csv.reader(io.StringIO(path.read_text(encoding="utf-8"))))
        assert rows and rows[0], "summary.csv has no header"
        sizes["summary.csv"] = path.stat().st_size
    for name in ("map.png", "timeline.png"):
        path = folder / name
        if path.exists():
            data = path.read_bytes()
            assert data.startswith(b"\x89PNG\r\n\x1a\n"), f"{name} is not a PNG"
            assert data[-8:-4] == b"IEND", f"{name} is truncated (no IEND chunk)"
            sizes[name] = len(data)
    path = folder / "map.html"
    if path.exists():
        page = path.read_text(encoding="utf-8")
        assert page.rstrip().endswith("</html>"), "map.html is truncated"
        sizes["map.html"] = len(page)
    path = folder / "geotrack.gpkg"
    if path.exists():
        import pyogrio

        layers = {row[0] for row in pyogrio.list_layers(path)}
        assert "events" in layers, f"geotrack.gpkg layers: {layers}"
        pyogrio.read_dataframe(path, layer="events")
        sizes["geotrack.gpkg"] = path.stat().st_size
    return sizes
