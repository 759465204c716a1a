"""The opt-in online geocoder against a tiny Nominatim-like server on 127.0.0.1 (no mocks)."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import ClassVar
from urllib.parse import parse_qs, urlparse

import pytest

from gazetteer.errors import GazetteerError, OnlineLookupError
from gazetteer.online import OnlineGeocoder

ANSWER = [
    {
        "place_id": 1,
        "osm_type": "node",
        "osm_id": 4242,
        "lat": "11.0631700",
        "lon": "106.1355700",
        "display_name": "Bavet, Svay Rieng, Cambodia",
        "addresstype": "town",
        "type": "town",
        "address": {
            "town": "Bavet",
            "state": "Svay Rieng",
            "country": "Cambodia",
            "country_code": "kh",
        },
    }
]


class _Nominatim(BaseHTTPRequestHandler):
    requests: ClassVar[list[dict[str, list[str]]]] = []

    def do_GET(self) -> None:
        url = urlparse(self.path)
        query = parse_qs(url.query)
        type(self).requests.append(
            {"path": [url.path], "ua": [self.headers.get("User-Agent", "")], **query}
        )
        if query.get("q") == ["explode"]:
            self.send_response(500)
            self.end_headers()
            return
        body = json.dumps(ANSWER if query.get("q") == ["Bavet"] else []).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def server() -> Iterator[str]:
    _Nominatim.requests = []
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Nominatim)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()


def _geocoder(domain: str, cache: Path) -> OnlineGeocoder:
    return OnlineGeocoder(
        user_agent="geotrack-tests/1.0",
        cache_dir=cache,
        domain=domain,
        scheme="http",
        min_delay_seconds=0.0,
        timeout=5,
    )


def test_lookup_returns_online_places_and_caches_them(server: str, tmp_path: Path) -> None:
    geocoder = _geocoder(server, tmp_path)
    places = geocoder.lookup("Bavet", country="KH")
    assert len(places) == 1
    bavet = places[0]
    assert bavet.online and bavet.source == "online:nominatim"
    assert (bavet.name, bavet.country, bavet.level.value) == ("Bavet", "KH", "town")
    assert (bavet.lat, bavet.lon) == (11.06317, 106.13557)
    sent = _Nominatim.requests[0]
    assert sent["path"] == ["/search"] and sent["ua"] == ["geotrack-tests/1.0"]
    assert sent["countrycodes"] == ["kh"]
    # asked again (even by a new geocoder): answered from the disk cache, no request
    again = _geocoder(server, tmp_path).lookup("Bavet", country="KH")
    assert again == places and len(_Nominatim.requests) == 1
    assert len(list((tmp_path / "nominatim").glob("*.json"))) == 1


def test_nothing_found_is_an_empty_list(server: str, tmp_path: Path) -> None:
    assert _geocoder(server, tmp_path).lookup("Nowhere at all") == []


def test_service_failure_is_a_gazetteer_error(server: str, tmp_path: Path) -> None:
    with pytest.raises(OnlineLookupError, match="explode"):
        _geocoder(server, tmp_path).lookup("explode")


def test_unknown_service_and_missing_user_agent(tmp_path: Path) -> None:
    with pytest.raises(GazetteerError, match="unknown geocoding service 'no-such-service'"):
        OnlineGeocoder("no-such-service", user_agent="x", cache_dir=tmp_path)
    with pytest.raises(GazetteerError, match="user agent"):
        OnlineGeocoder(user_agent=" ", cache_dir=tmp_path)
