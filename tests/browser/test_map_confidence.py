"""The map's minimum-confidence slider in a real headless chromium (network blocked).

Events get confidences of their own here; the slider must hide exactly those below the
threshold (markers, country badge, heat map, province counts, the shown count), combine
with the time window in one pass, and show everything again at 0.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from map_fixtures import fixture_events, fixture_incidents, fixture_sites
from test_map_browser import shown_units

from geotrack.render.html import render_map

pytestmark = pytest.mark.browser

# one confidence per fixture event (in fixture order; the last one is unplaced)
CONFIDENCES = (0.92, 0.35, 0.71, 0.15, 0.55, 0.8, 0.4, 0.65, 0.3, 0.5, 0.95, 0.6)
_JS_MAP = "Object.values(window).find(v => v && v._geotrack)"


def confident_events() -> list[Any]:
    events = fixture_events()
    assert len(events) == len(CONFIDENCES)
    return [
        dataclasses.replace(event, confidence=c)
        for event, c in zip(events, CONFIDENCES, strict=True)
    ]


@pytest.fixture(scope="module")
def confidence_map(tmp_path_factory: pytest.TempPathFactory) -> Path:
    events = confident_events()
    return render_map(
        events,
        tmp_path_factory.mktemp("confmap") / "map.html",
        incidents=fixture_incidents(events),
        sites=fixture_sites(),
    )


def placed(events: list[Any]) -> list[Any]:
    return [e for e in events if e.place is not None]


def set_range(loaded: Any, selector: str, value: float, event: str = "input") -> None:
    """Move a range input as a drag does and wait until the filter has run."""
    loaded.js("void (map._geotrack.applied = 0)")
    loaded.page.locator(selector).evaluate(
        f"(el, v) => {{ el.value = v; el.dispatchEvent(new Event('{event}')); }}", value
    )
    wait_applied(loaded)


def wait_applied(loaded: Any) -> None:
    loaded.page.wait_for_function(f"{_JS_MAP}._geotrack.applied > 0")
    loaded.page.wait_for_timeout(150)


def count_text(loaded: Any) -> str:
    return str(loaded.page.locator(".gt-time-count").inner_text())


def heat_points(loaded: Any) -> int:
    return int(loaded.js("map._geotrack.layers.heat._latlngs.length"))


def province_total(loaded: Any) -> int:
    """Events counted in the province circles' tooltips."""
    return int(
        loaded.js(
            "(() => { let n = 0; map._geotrack.layers.provinces.eachLayer(l => {"
            " n += parseInt(l.getTooltip().getContent().split(': ')[1], 10); }); return n; })()"
        )
    )


@pytest.fixture
def counted(open_map: Any, confidence_map: Path) -> Any:
    """The map loaded, with applyFilter counting its passes (``state.applied``)."""
    loaded = open_map(confidence_map)
    loaded.js(
        "(() => { const apply = GeotrackMap.applyFilter; map._geotrack.applied = 0;"
        " GeotrackMap.applyFilter = function (m) { m._geotrack.applied += 1;"
        " return apply.apply(this, arguments); }; })()"
    )
    return loaded


def test_threshold_hides_exactly_the_events_below_it(counted: Any) -> None:
    loaded = counted
    events = placed(confident_events())
    assert loaded.stats()["visible"] == len(events) == 11
    assert "11 of 11 events shown" in count_text(loaded)
    assert loaded.page.locator(".gt-conf-value").inner_text() == "0.00"
    for threshold in (0.35, 0.55, 0.7, 0.95):
        set_range(loaded, ".gt-conf-min", threshold)
        kept = [e for e in events if e.confidence >= threshold]
        assert loaded.stats()["visible"] == len(kept), threshold
        assert shown_units(loaded) == len(kept), threshold
        assert f"{len(kept)} of 11 events shown" in count_text(loaded)
        assert loaded.page.locator(".gt-conf-value").inner_text() == f"{threshold:.2f}"
        # heat map: every kept event but the country-level one; provinces: those with one
        assert heat_points(loaded) == sum(1 for e in kept if e.place.level.value != "country")
        assert province_total(loaded) == sum(
            1 for e in kept if e.place.level.value not in ("country", "region")
        )
        badge = loaded.page.locator(".leaflet-marker-pane .gt-country-level")
        assert badge.count() == (1 if any(e.id == "policy-kh" for e in kept) else 0)
    # at 0.95 only the Bavet raid (0.95) is left; 0.35 keeps the 0.35 raid (at or above)
    assert loaded.stats()["visible"] == 1
    loaded.assert_clean()


def test_incident_follows_its_most_confident_event(counted: Any) -> None:
    loaded = counted
    # the incident merges the Sihanoukville raids (0.92 and 0.35): kept up to 0.9
    set_range(loaded, ".gt-conf-min", 0.9)
    assert loaded.stats()["incidents"] == 1
    set_range(loaded, ".gt-conf-min", 0.95)
    assert loaded.stats()["incidents"] == 0
    loaded.assert_clean()


def test_confidence_and_time_window_apply_together(counted: Any) -> None:
    loaded = counted
    events = placed(confident_events())
    start = dt.date(2025, 1, 1)
    set_range(loaded, ".gt-time-min", (start - dt.date(1970, 1, 1)).days)
    in_window = [e for e in events if e.date is None or e.date >= start]
    assert loaded.stats()["visible"] == len(in_window) == 5
    set_range(loaded, ".gt-conf-min", 0.6, event="change")
    both = [e for e in in_window if e.confidence >= 0.6]
    assert [e.id for e in both] == ["raid-snv"]  # not the 0.3/0.35/0.5/0.55 ones
    assert loaded.stats()["visible"] == shown_units(loaded) == 1
    assert "1 of 11 events shown" in count_text(loaded)
    assert heat_points(loaded) == 1
    # widening the time window again keeps the confidence threshold
    set_range(loaded, ".gt-time-min", loaded.page.locator(".gt-time-min").get_attribute("min"))
    confident = [e for e in events if e.confidence >= 0.6]
    assert loaded.stats()["visible"] == len(confident) == 5
    assert f"{len(confident)} of 11 events shown" in count_text(loaded)
    loaded.assert_clean()


def test_back_to_zero_shows_everything_and_keys_move_the_slider(counted: Any) -> None:
    loaded = counted
    set_range(loaded, ".gt-conf-min", 0.8)
    assert loaded.stats()["visible"] == 3
    set_range(loaded, ".gt-conf-min", 0)
    assert loaded.stats()["visible"] == shown_units(loaded) == 11
    assert "11 of 11 events shown" in count_text(loaded)
    assert loaded.stats()["incidents"] == 1
    assert heat_points(loaded) == 10
    assert loaded.page.locator(".gt-conf-value").inner_text() == "0.00"
    # the keyboard alone: focus the slider (it is labelled) and step it with the arrow keys
    slider = loaded.page.get_by_role("slider", name="Minimum confidence")
    slider.focus()
    loaded.js("void (map._geotrack.applied = 0)")
    for _ in range(8):
        slider.press("ArrowRight")
    wait_applied(loaded)
    assert loaded.page.locator(".gt-conf-value").inner_text() == "0.40"
    events = placed(confident_events())
    assert loaded.stats()["visible"] == sum(1 for e in events if e.confidence >= 0.4)
    loaded.js("void (map._geotrack.applied = 0)")
    slider.press("Home")
    wait_applied(loaded)
    assert loaded.stats()["visible"] == 11
    loaded.screenshot("map-confidence.png")
    loaded.assert_clean()


def test_map_without_dates_still_has_the_confidence_filter(open_map: Any, tmp_path: Path) -> None:
    events = [
        dataclasses.replace(e, date=None, date_precision="unknown", published=None)
        for e in confident_events()
    ]
    loaded = open_map(render_map(events, tmp_path / "undated.html"))
    assert loaded.page.locator(".gt-time-min").count() == 0
    loaded.page.locator(".gt-conf-min").evaluate(
        "el => { el.value = 0.5; el.dispatchEvent(new Event('input')); }"
    )
    kept = sum(1 for e in placed(events) if e.confidence >= 0.5)
    loaded.page.wait_for_function(f"GeotrackMap.stats({_JS_MAP}).visible === {kept}")
    assert f"{kept} of 11 events shown" in count_text(loaded)
    loaded.assert_clean()
