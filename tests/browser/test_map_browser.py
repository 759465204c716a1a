"""The HTML map in a real headless chromium with the network blocked.

Checks what only a browser can: the page draws from the one file, markers and clusters
add up to the events, every layer toggles, a popup shows its quote, the time slider
filters, no request leaves the page and nothing logs an error.
"""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path
from typing import Any

import pytest
from map_fixtures import POIPET, fixture_events, fixture_incidents, fixture_sites

from geotrack.render.html import render_map

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def fixture_map(tmp_path_factory: pytest.TempPathFactory) -> Path:
    events = fixture_events()
    return render_map(
        events,
        tmp_path_factory.mktemp("map") / "map.html",
        incidents=fixture_incidents(events),
        sites=fixture_sites(),
        title="Scam-compound events (fixture)",
        subtitle="Invented reports for the browser tests",
    )


def placed(events: list[Any]) -> list[Any]:
    return [e for e in events if e.place is not None]


def shown_units(map_page: Any) -> int:
    """Events represented on screen: markers, counts in cluster bubbles and country badges."""
    return int(
        map_page.page.evaluate(
            "() => Array.from(document.querySelectorAll('.leaflet-marker-pane .gt-cluster span'))"
            ".reduce((n, s) => n + Number(s.textContent), 0)"
            " + document.querySelectorAll('.leaflet-marker-pane .gt-marker').length"
            " + Array.from(document.querySelectorAll('.leaflet-marker-pane .gt-country-level span'))"
            ".reduce((n, s) => n + parseInt(s.textContent, 10), 0)"
        )
    )


def test_map_draws_offline_with_no_request_and_no_error(open_map: Any, fixture_map: Path) -> None:
    loaded = open_map(fixture_map)
    assert loaded.page.evaluate("typeof L") == "object"
    # the vector basemap is drawn on canvas, the title panel and legend are there
    assert loaded.page.locator(".leaflet-overlay-pane canvas").count() >= 1
    assert "Scam-compound events (fixture)" in loaded.page.locator(".gt-title").inner_text()
    assert loaded.page.locator(".gt-legend-row[data-type]").count() == 7
    shot = loaded.screenshot("map-fixture.png")
    from PIL import Image

    pixels = Image.open(io.BytesIO(shot.read_bytes())).convert("RGB").resize((140, 90)).tobytes()
    colours = {pixels[k : k + 3] for k in range(0, len(pixels), 3)}
    assert len(colours) > 40, "the screenshot looks blank"
    loaded.assert_clean()


def test_markers_and_clusters_add_up_to_the_placed_events(open_map: Any, fixture_map: Path) -> None:
    events = fixture_events()
    loaded = open_map(fixture_map)
    stats = loaded.stats()
    assert stats["events"] == len(placed(events)) == 11
    assert stats["visible"] == 11
    assert shown_units(loaded) == 11
    assert stats["incidents"] == 1 and stats["sites"] == 2
    # zoomed far in on Poipet, its two events (rescue and deportation, one point) form one
    # group; a click spreads them out as two markers
    loaded.js(
        "void map.setView([arg.lat, arg.lon], 16, {animate: false})",
        {"lat": POIPET.lat, "lon": POIPET.lon},
    )
    stats = loaded.settled_stats({"clusters": 1, "markers": 0})
    assert stats["clusters"] == 1 and stats["markers"] == 0
    loaded.page.locator(".leaflet-marker-pane .gt-cluster").click()
    assert loaded.settled_stats({"markers": 2})["markers"] == 2
    loaded.assert_clean()


def test_every_layer_toggles(open_map: Any, fixture_map: Path) -> None:
    loaded = open_map(fixture_map)
    keys = loaded.js("Object.keys(map._geotrack.layers)")
    boxes = loaded.page.locator(
        ".leaflet-control-layers-overlays input.leaflet-control-layers-selector"
    )
    assert (
        boxes.count() == len(keys) == 7 + 5
    )  # types + incidents, country-level, provinces, heat, sites
    for i in range(boxes.count()):
        box = boxes.nth(i)
        key = loaded.js(
            "Object.keys(map._geotrack.layers).find(k => L.stamp(map._geotrack.layers[k]) === arg)",
            box.evaluate("el => el.layerId"),
        )
        assert key is not None
        was_on = box.is_checked()
        assert was_on == (key != "heat"), f"{key}: only the heat map starts hidden"
        box.click()
        on_now = loaded.js("map.hasLayer(map._geotrack.layers[arg])", key)
        assert on_now is (not was_on), f"layer {key} did not toggle"
        box.click()
        assert loaded.js("map.hasLayer(map._geotrack.layers[arg])", key) is was_on
    # hiding the raid layer removes its three events from the screen
    before = shown_units(loaded)
    raid_box = (
        loaded.page.locator(".leaflet-control-layers-overlays label")
        .filter(has_text="Raid")
        .locator("input")
    )
    raid_box.click()
    loaded.page.wait_for_timeout(100)
    assert shown_units(loaded) == before - 3
    loaded.assert_clean()


def test_popup_shows_the_quote_source_and_precision(open_map: Any, fixture_map: Path) -> None:
    loaded = open_map(fixture_map)
    loaded.js(
        "void map.setView([arg.lat, arg.lon], 16, {animate: false})", {"lat": 16.64, "lon": 98.538}
    )
    loaded.page.wait_for_timeout(300)
    loaded.page.locator(".leaflet-marker-pane .gt-marker").first.click()
    popup = loaded.page.locator(".leaflet-popup-content")
    popup.wait_for()
    text = popup.inner_text()
    assert "Researchers counted new dormitories going up inside the walled park." in text
    assert "Compound report" in text
    assert "Jun 2024" in text and "precision: month" in text
    assert "KK Park" in text and "Kayin" in text and "Myanmar" in text
    assert "Border Monitor" in text and "Satellite images show growth" in text
    assert popup.locator("a").get_attribute("href") == "https://example.org/fixture"
    loaded.page.wait_for_timeout(400)  # let the popup fade in
    loaded.screenshot("map-popup.png")
    loaded.assert_clean()


def test_incident_popup_lists_every_source(open_map: Any, fixture_map: Path) -> None:
    loaded = open_map(fixture_map)
    loaded.page.locator(".leaflet-marker-pane .gt-incident .gt-badge").first.click()
    popup = loaded.page.locator(".leaflet-popup-content")
    popup.wait_for()
    text = popup.inner_text()
    assert "reported by 2 outlets" in text
    assert "Coast Daily" in text and "Harbour Herald" in text
    assert "412 detained" in text and "at least 35 arrested" in text
    loaded.assert_clean()


def test_time_slider_filters_markers_incidents_and_counts(open_map: Any, fixture_map: Path) -> None:
    events = placed(fixture_events())
    loaded = open_map(fixture_map)
    start = dt.date(2025, 1, 1)
    day = (start - dt.date(1970, 1, 1)).days
    loaded.page.locator(".gt-time-min").evaluate(
        "(el, v) => { el.value = v; el.dispatchEvent(new Event('input')); }", day
    )
    loaded.page.wait_for_function(
        "GeotrackMap.stats(Object.values(window).find(v => v && v._geotrack)).visible !== 11"
    )
    loaded.page.wait_for_timeout(200)
    # dated events overlapping 2025 onwards, plus the undated one (shown by default)
    expected = sum(1 for e in events if e.date is None or e.date >= start)
    assert loaded.stats()["visible"] == expected == 5
    assert shown_units(loaded) == expected
    assert "1 Jan 2025" in loaded.page.locator(".gt-time-label").inner_text()
    assert f"{expected} of 11 events shown" in loaded.page.locator(".gt-time-count").inner_text()
    # the heat map follows the filter too (country-level reports make no heat)
    assert loaded.js("map._geotrack.layers.heat._latlngs.length") == expected - 1
    loaded.page.locator(".gt-time-undated input").uncheck()
    loaded.page.wait_for_timeout(300)
    assert loaded.stats()["visible"] == expected - 1
    # the incident (July 2025) stays; moving the end before it hides it
    assert loaded.stats()["incidents"] == 1
    loaded.page.locator(".gt-time-max").evaluate(
        "(el, v) => { el.value = v; el.dispatchEvent(new Event('change')); }", day + 30
    )
    loaded.page.wait_for_timeout(300)
    assert loaded.stats()["incidents"] == 0
    assert loaded.stats()["visible"] == 1  # the deportation of 20 January 2025
    loaded.screenshot("map-time-filtered.png")
    loaded.assert_clean()


def test_place_search_moves_the_map(open_map: Any, fixture_map: Path) -> None:
    loaded = open_map(fixture_map)
    loaded.page.locator(".leaflet-control-search .search-button").click()
    loaded.page.locator(".leaflet-control-search input.search-input").press_sequentially(
        "Poip", delay=50
    )
    tip = loaded.page.locator(".search-tooltip .search-tip").first
    tip.wait_for()
    assert tip.inner_text() == "Poipet"
    tip.click()
    loaded.page.wait_for_timeout(600)
    center = loaded.js("map.getCenter()")
    assert abs(center["lat"] - POIPET.lat) < 0.05 and abs(center["lng"] - POIPET.lon) < 0.05
    loaded.assert_clean()


def test_country_level_reports_get_a_badge_not_a_dot(open_map: Any, fixture_map: Path) -> None:
    loaded = open_map(fixture_map)
    badge = loaded.page.locator(".leaflet-marker-pane .gt-country-level span")
    assert badge.count() == 1
    assert badge.inner_text() == "1 report for all of Cambodia"
    badge.click()
    popup = loaded.page.locator(".leaflet-popup-content").last
    popup.wait_for()
    assert "The government set up a commission to coordinate the crackdown." in popup.inner_text()
    assert "country only" in popup.inner_text()
    loaded.assert_clean()


def test_embedded_fragment_works_inside_a_host_page(open_map: Any, tmp_path: Path) -> None:
    events = fixture_events()
    fragment = render_map(events, tmp_path / "fragment.html", embed=True).read_text(
        encoding="utf-8"
    )
    host = tmp_path / "briefing.html"
    host.write_text(
        "<!DOCTYPE html><html><head><meta charset='utf-8'><title>Briefing</title>"
        "<style>body { margin: 40px; background: rgb(250, 240, 230); }</style></head>"
        f"<body><h1>Weekly briefing</h1><p>Text before the map.</p>{fragment}<p>Text after.</p></body></html>",
        encoding="utf-8",
    )
    loaded = open_map(host)
    assert loaded.stats()["visible"] == len(placed(events))
    height = loaded.page.evaluate(
        "document.querySelector('.geotrack-map').getBoundingClientRect().height"
    )
    assert height == 600
    # the host page keeps its own body style
    assert loaded.page.evaluate("getComputedStyle(document.body).margin") == "40px"
    assert (
        loaded.page.evaluate("getComputedStyle(document.body).backgroundColor")
        == "rgb(250, 240, 230)"
    )
    loaded.screenshot("map-embedded.png")
    loaded.assert_clean()


def test_online_map_fetches_tiles_only_when_a_tile_basemap_is_chosen(
    open_map: Any, tmp_path: Path
) -> None:
    path = render_map(fixture_events(), tmp_path / "online.html", online=True)
    loaded = open_map(path)
    assert loaded.blocked == []  # the offline vector basemap is the default
    loaded.page.locator(".leaflet-control-layers").first.hover()  # expands the basemap switcher
    loaded.page.locator("label").filter(has_text="OpenStreetMap (online)").locator("input").check()
    loaded.page.wait_for_timeout(500)
    assert loaded.blocked and all("tile.openstreetmap.org" in url for url in loaded.blocked)


def test_province_choropleth_from_boundaries(open_map: Any, tmp_path: Path) -> None:
    import json

    fixtures = Path(__file__).resolve().parents[1] / "fixtures" / "render" / "provinces.geojson"
    boundaries = json.loads(fixtures.read_text(encoding="utf-8"))
    path = render_map(fixture_events(), tmp_path / "provinces.html", boundaries=boundaries)
    loaded = open_map(path)
    styles = loaded.js(
        "(() => { const out = {}; map._geotrack.layers.provinces.eachLayer(f => {"
        " out[f.feature.properties.name] = [f.options.fill, f.options.fillOpacity]; }); return out; })()"
    )
    # the fixture's four rectangles: Preah Sihanouk holds the two raids and the abuse report
    assert styles["Preah Sihanouk"][0] is True and styles["Preah Sihanouk"][1] > 0.5
    assert (
        styles["Bantey Meanchey"][0] is True
    )  # matched despite the spelling (rescue, deportation)
    unmatched = [name for name, (fill, _) in styles.items() if not fill]
    assert unmatched, "the invented province must stay empty"
    loaded.screenshot("map-provinces.png")
    loaded.assert_clean()


def test_fullscreen_measure_and_heat_controls_work_offline(
    open_map: Any, fixture_map: Path
) -> None:
    loaded = open_map(fixture_map)
    loaded.page.locator(".leaflet-control-zoom-fullscreen").click()
    loaded.page.wait_for_timeout(300)
    assert loaded.page.evaluate("!!document.fullscreenElement") or loaded.js("map.isFullscreen()")
    loaded.page.locator(".leaflet-control-zoom-fullscreen").click()
    loaded.page.locator(".leaflet-control-measure").hover()  # expands the control
    loaded.page.locator(".leaflet-control-measure .js-start").click()
    box = loaded.page.locator(".geotrack-map").bounding_box()
    assert box is not None
    for dx in (300, 500):
        loaded.page.mouse.click(box["x"] + dx, box["y"] + 450)
        loaded.page.wait_for_timeout(500)
    assert "Path distance" in loaded.page.locator(".leaflet-control-measure").inner_text()
    heat = loaded.page.locator(".leaflet-control-layers-overlays label").filter(has_text="Heat map")
    heat.locator("input").check()
    loaded.page.wait_for_timeout(200)
    assert loaded.page.locator("canvas.leaflet-heatmap-layer").count() == 1
    loaded.screenshot("map-controls.png")
    loaded.assert_clean()


def test_five_thousand_events_cluster_into_a_small_page(open_map: Any, tmp_path: Path) -> None:
    import random

    from map_fixtures import BAVET, KK_PARK, POIPET, SIHANOUKVILLE, make_event

    rng = random.Random(5)
    hubs = [SIHANOUKVILLE, POIPET, BAVET, KK_PARK]
    types = ["raid", "rescue", "deportation", "compound_report"]
    events = [
        make_event(
            f"bulk-{i}",
            types[i % 4],
            hubs[i % 4],
            date=dt.date(2023, 1, 1) + dt.timedelta(days=rng.randrange(900)),
            people={"detained": rng.randrange(1, 500)} if i % 4 == 0 else {},
        )
        for i in range(5000)
    ]
    path = render_map(events, tmp_path / "bulk.html")
    loaded = open_map(path)
    stats = loaded.stats()
    assert stats["visible"] == 5000
    assert shown_units(loaded) == 5000
    assert stats["markers"] + stats["clusters"] < 50  # clustering keeps the DOM small
    loaded.assert_clean()
