"""GeoNames dump import: the 19-column format, zip or txt, into the cache; later Gazetteers see it."""

from __future__ import annotations

import shutil
import threading
import zipfile
from collections.abc import Iterator
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from gazetteer import Gazetteer
from gazetteer.errors import BadRowError
from gazetteer.geonames_import import import_geonames, parse_line
from gazetteer.index import base_index_path

SAMPLE = Path(__file__).resolve().parents[1] / "fixtures" / "gazetteer" / "geonames_sample.txt"


def test_import_txt_keeps_features_and_reports_bad_lines(tmp_path: Path) -> None:
    result = import_geonames(SAMPLE, cache=tmp_path)
    assert result.places == 3  # populated place, casino, stream; the forest is not kept
    assert result.path == tmp_path / "geonames" / "geonames_sample.tsv"
    assert any(":5: point 95.0, 105.0 is outside the globe" in p for p in result.problems)
    assert any(":6: 4 columns, expected 19" in p for p in result.problems)


def test_imported_places_join_later_gazetteers(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    archive = tmp_path / "KH.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.write(SAMPLE, "KH.txt")
        zf.writestr("readme.txt", "not data\n")
    # reuse the embedded index already built for this session (the import is layered on it)
    Gazetteer(use_env=False)
    base = base_index_path()
    monkeypatch.setenv("GEOTRACK_CACHE", str(tmp_path / "cache"))
    (tmp_path / "cache").mkdir()
    shutil.copy(base, base_index_path())
    result = import_geonames(archive)
    assert result.places == 3
    gz = Gazetteer(use_env=False)
    casino = gz.lookup("Lucky Dragon Resort")
    assert casino and casino[0].id == "gn:9900002" and casino[0].level.value == "site"
    village = gz.lookup("Phum Thmey Test")[0]
    assert village.source.startswith("geonames:9900001:import")
    assert (
        gz.parent(village) is not None and gz.parent(village).id == "kh:08"
    )  # GeoNames admin1 07 = Kandal


@pytest.fixture
def dump_server(tmp_path: Path) -> Iterator[str]:
    served = tmp_path / "served"
    served.mkdir()
    with zipfile.ZipFile(served / "XX.zip", "w") as zf:
        zf.write(SAMPLE, "XX.txt")
    handler = partial(SimpleHTTPRequestHandler, directory=str(served))
    handler.log_message = lambda *a, **k: None  # type: ignore[attr-defined]
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


def test_download_fetches_the_named_dump(tmp_path: Path, dump_server: str) -> None:
    result = import_geonames(
        "XX", download=True, cache=tmp_path / "cache", base_url=dump_server, timeout=5
    )
    assert result.places == 3
    assert (tmp_path / "cache" / "geonames" / "downloads" / "XX.zip").is_file()


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200))
def test_parse_line_raises_only_bad_row_error(line: str) -> None:
    try:
        parse_line(line, where="x.txt:1")
    except BadRowError as exc:
        assert str(exc).startswith("x.txt:1: ")
