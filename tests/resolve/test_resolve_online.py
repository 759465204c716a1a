"""The opt-in online fallback of the pipeline against a Nominatim-like server on 127.0.0.1."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import ClassVar
from urllib.parse import parse_qs, urlparse

import pytest

from geotrack.errors import BadInputError
from geotrack.model import Event, Mention, Role
from geotrack.resolve.online import resolve_online

BARANGAY = {
    "lat": "15.3000",
    "lon": "120.5500",
    "display_name": "Anupul, Bamban, Tarlac, Philippines",
    "addresstype": "village",
    "type": "village",
    "address": {"village": "Anupul", "state": "Tarlac", "country_code": "ph"},
}


class _Nominatim(BaseHTTPRequestHandler):
    queries: ClassVar[list[str]] = []
    fail: ClassVar[bool] = False

    def do_GET(self) -> None:
        query = parse_qs(urlparse(self.path).query)
        type(self).queries.extend(query.get("q", []))
        if type(self).fail:
            self.send_response(503)
            self.end_headers()
            return
        body = json.dumps([BARANGAY] if query.get("q") == ["Barangay Anupul"] else []).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def server() -> Iterator[str]:
    _Nominatim.queries = []
    _Nominatim.fail = False
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Nominatim)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()


def _mention(text: str, role: Role = Role.EVENT, article: str = "a1") -> Mention:
    return Mention(article_id=article, text=text, start=0, end=len(text), role=role)


def _event(place_text: str) -> Event:
    return Event(
        id="e1",
        type="raid",
        article_id="a1",
        sentence=f"Police raided a hub in {place_text}.",
        start=0,
        end=30,
        place_text=place_text,
    )


def test_unresolved_names_are_placed_online_once(server: str, tmp_path: Path) -> None:
    mentions = [_mention("Barangay Anupul"), _mention("Barangay Anupul"), _mention("Nowhere Flats")]
    mentions, events, problems = resolve_online(
        mentions, [_event("Barangay Anupul")], url=server, cache_dir=str(tmp_path)
    )
    assert problems == []
    assert _Nominatim.queries == ["Barangay Anupul", "Nowhere Flats"]
    placed = [m for m in mentions if m.place is not None]
    assert len(placed) == 2
    assert placed[0].place is not None and placed[0].place.online
    assert "online:nominatim" in placed[0].reasons
    (event,) = events
    assert event.place is not None and event.place.country == "PH"
    assert event.geo_precision == 1 and "online:nominatim" in event.evidence
    # asked again: answered from the on-disk cache, no new request
    resolve_online([_mention("Barangay Anupul")], [], url=server, cache_dir=str(tmp_path))
    assert _Nominatim.queries == ["Barangay Anupul", "Nowhere Flats"]


def test_nonplaces_and_offtopic_names_are_never_sent(server: str, tmp_path: Path) -> None:
    mentions = [_mention("Bangkok Post", Role.NONPLACE), _mention("Osaka", Role.OFFTOPIC)]
    out, _events, problems = resolve_online(mentions, [], url=server, cache_dir=str(tmp_path))
    assert out == mentions and problems == [] and _Nominatim.queries == []


def test_service_failure_degrades_to_offline(server: str, tmp_path: Path) -> None:
    _Nominatim.fail = True
    mentions = [_mention("Barangay Anupul"), _mention("Nowhere Flats")]
    out, _events, problems = resolve_online(mentions, [], url=server, cache_dir=str(tmp_path))
    assert all(m.place is None for m in out)
    assert len(problems) == 1 and problems[0].severity == "degraded"
    assert len(_Nominatim.queries) == 1  # stops after the first failure


def test_bad_service_url_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(BadInputError, match="online service URL"):
        resolve_online([_mention("X")], [], url="ftp://example.org", cache_dir=str(tmp_path))
