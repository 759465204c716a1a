"""Golden file of the map page folium renders (before inlining), random element ids replaced.

folium is pinned (0.20.0): its templates decide where escaped text lands, so any change
in them must show up here as a reviewed diff. The basemap is swapped for one small
square so the golden file stays readable.
"""

from __future__ import annotations

import re

import pytest
from render_builders import sample_events, sample_incidents

from geotrack.render import basemap
from geotrack.render.html import build_map

_ID = re.compile(r"_[0-9a-f]{32}(?![0-9a-f])")


def normalise_ids(page: str) -> str:
    """Replace folium's random uuid suffixes with numbers in order of appearance."""
    seen: dict[str, str] = {}

    def number(match: re.Match[str]) -> str:
        return seen.setdefault(match.group(0), f"_{len(seen) + 1}")

    return _ID.sub(number, page)


def test_normalise_ids_is_consistent() -> None:
    a, b = "_" + "a" * 32, "_" + "b" * 32
    assert (
        normalise_ids(f"var map{a} = x{b}; map{a}.addTo(y{b})")
        == "var map_1 = x_2; map_1.addTo(y_2)"
    )


def test_map_page_matches_golden(golden, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    square = {
        "type": "FeatureCollection",
        "features": [
            {
                "type": "Feature",
                "properties": {"iso2": "KH", "iso3": "KHM", "name": "Cambodia"},
                "geometry": {
                    "type": "Polygon",
                    "coordinates": [
                        [[102.3, 10.4], [107.6, 10.4], [107.6, 14.7], [102.3, 14.7], [102.3, 10.4]]
                    ],
                },
            }
        ],
    }
    monkeypatch.setattr(basemap, "countries_geojson", lambda **_: square)
    fmap = build_map(
        sample_events(), incidents=sample_incidents(), title="Golden map", subtitle="sample events"
    )
    page = normalise_ids(fmap.get_root().render())
    assert not _ID.search(page)
    golden("render/map.html", page)
