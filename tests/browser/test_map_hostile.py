"""Hostile article text cannot run code in the map (issue 5).

Every payload tries to set ``window.__gt_pwned``; the tests open every popup, tooltip and
search tip that can show the text and assert the flag stays unset, that the text is shown
literally, that no ``javascript:`` link exists and that nothing broke the page's script.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import folium
import pytest
from map_fixtures import make_event

from gazetteer.place import Level, Place
from geotrack.model import EventType, Incident
from geotrack.render.html import escape_text, render_map
from geotrack.render.offline import inline_assets

pytestmark = pytest.mark.browser

PAYLOADS = (
    "<script>window.__gt_pwned='script'</script>",
    "<img src=x onerror=\"window.__gt_pwned='img'\">",
    "${window.__gt_pwned='template'}",
    "`;window.__gt_pwned='backtick';`",
    "C:\\2019\\new \\x41 \\u0041",
    "</textarea><svg onload=\"window.__gt_pwned='svg'\">",
    "\"'><iframe srcdoc=\"<script>parent.__gt_pwned='iframe'</script>\"></iframe>",
    "</script><script>window.__gt_pwned='close'</script>",
    "line\u2028separator\u2029and {{ 7*7 }} {% raw %}",
)
HOSTILE = " ".join(PAYLOADS)
EVIL_PLACE = Place(
    id="evil",
    name="Evil<img src=x onerror=\"window.__gt_pwned='place'\">town",
    level=Level.SITE,
    country="KH",
    lat=11.5,
    lon=104.9,
    admin1="${window.__gt_pwned='admin'}",
    kind="<b onmouseover=\"window.__gt_pwned='kind'\">compound</b>",
)


@pytest.fixture(scope="module")
def hostile_map(tmp_path_factory: pytest.TempPathFactory) -> Path:
    event = make_event(
        "evil-1<script>window.__gt_pwned='id'</script>",
        EventType.RAID,
        EVIL_PLACE,
        date=dt.date(2025, 5, 5),
        sentence=HOSTILE,
        title=HOSTILE,
        source="`${window.__gt_pwned='outlet'}`",
        url="javascript:window.__gt_pwned='link'",
        date_text="<img src=x onerror=\"window.__gt_pwned='date'\">",
        people={"arrested": 3},
        nationalities={"<svg onload=\"window.__gt_pwned='nat'\">": 2},
        seized={"<img src=x onerror=\"window.__gt_pwned='seized'\">": 1},
    )
    second = make_event(
        "evil-2",
        EventType.RAID,
        EVIL_PLACE,
        date=dt.date(2025, 5, 6),
        sentence="A plain second report.",
        source=HOSTILE,
        url="JaVaScRiPt:window.__gt_pwned='link2'",
    )
    incident = Incident(
        id="incident<script>window.__gt_pwned='incident'</script>",
        type=EventType.RAID,
        place=EVIL_PLACE,
        date=dt.date(2025, 5, 5),
        date_precision=event.date_precision,
        geo_precision=1,
        event_ids=(event.id, second.id),
        sources=(HOSTILE, "`${window.__gt_pwned='src'}`"),
    )
    return render_map(
        [event, second],
        tmp_path_factory.mktemp("hostile") / "map.html",
        incidents=[incident],
        sites=[EVIL_PLACE],
        title=HOSTILE,
        subtitle="<img src=x onerror=\"window.__gt_pwned='subtitle'\">",
    )


def pwned(loaded: Any) -> Any:
    return loaded.page.evaluate("window.__gt_pwned")


def test_hostile_text_is_shown_literally_and_never_runs(open_map: Any, hostile_map: Path) -> None:
    loaded = open_map(hostile_map)
    assert pwned(loaded) is None
    title = loaded.page.locator(".gt-title").inner_text()
    assert "<script>window.__gt_pwned='script'</script>" in title
    assert "${window.__gt_pwned='template'}" in title
    # zoom in so the two raids and the incident are separate markers
    loaded.js("void map.setView([11.5, 104.9], 17, {animate: false})")
    # the re-clustering after the zoom has settled (slower on a busy machine: the old
    # zoom's cluster can still be in the page for a moment)
    loaded.page.wait_for_function(
        "document.querySelectorAll('.leaflet-marker-pane .gt-cluster').length === 1"
    )
    loaded.page.locator(".leaflet-marker-pane .gt-cluster").click()  # spread the two raids
    loaded.page.wait_for_timeout(800)
    loaded.page.locator(".leaflet-marker-pane .gt-marker").first.hover()
    loaded.page.wait_for_timeout(100)
    for selector in (
        ".leaflet-marker-pane .gt-incident .gt-badge",
        ".leaflet-marker-pane .gt-site",
    ):
        loaded.page.locator(selector).first.click(force=True)
        loaded.page.locator(".leaflet-popup-content").last.wait_for()
        assert pwned(loaded) is None
    # every event popup (spiderfied markers at one point: click each through the cluster API)
    texts = []
    for index in range(2):
        loaded.js(
            "(() => { const s = map._geotrack; const ev = s.data.events[arg];"
            " L.popup().setLatLng([ev[0], ev[1]]).setContent(GeotrackMap.eventPopup(s, arg)).openOn(map); })()",
            index,
        )
        loaded.page.wait_for_timeout(300)  # the previous popup fades out
        content = loaded.page.locator(".leaflet-popup-content").last
        content.wait_for()
        texts.append(content.inner_text())
    joined = "\n".join(texts)
    assert "<script>window.__gt_pwned='script'</script>" in joined
    assert "C:\\2019\\new" in joined
    assert "Evil<img src=x" in joined
    assert loaded.page.locator("a[href^='javascript' i]").count() == 0
    assert loaded.page.locator(".leaflet-popup-content a").count() == 0  # both links were dropped
    # search tips show the hostile place name as text
    loaded.page.locator(".leaflet-control-search .search-button").click()
    loaded.page.locator(".leaflet-control-search input.search-input").press_sequentially(
        "Evil", delay=30
    )
    tip = loaded.page.locator(".search-tooltip .search-tip").first
    tip.wait_for()
    assert tip.inner_text().startswith("Evil<img")
    tip.click()
    loaded.page.wait_for_timeout(300)
    loaded.screenshot("map-hostile.png")
    assert pwned(loaded) is None
    loaded.assert_clean()


def test_escaped_text_is_inert_in_folium_popup_and_tooltip(open_map: Any, tmp_path: Path) -> None:
    """folium puts Popup/Tooltip text in JS template literals: escape_text must cover that."""
    fmap = folium.Map(location=[11.5, 104.9], zoom_start=6, tiles=None, maxZoom=18)
    marker = folium.CircleMarker(
        [11.5, 104.9],
        radius=12,
        fill=True,
        popup=folium.Popup(escape_text(HOSTILE)),
        tooltip=folium.Tooltip(escape_text(HOSTILE)),
    )
    marker.add_to(fmap)
    page, _ = inline_assets(fmap.get_root().render())
    path = tmp_path / "folium.html"
    path.write_text(page, encoding="utf-8")
    loaded = open_map(path, wait_ready=False)
    loaded.page.wait_for_function("typeof L === 'object'")
    loaded.page.locator("path.leaflet-interactive").first.click(force=True)
    popup = loaded.page.locator(".leaflet-popup-content")
    popup.wait_for()
    assert "${window.__gt_pwned='template'}" in popup.inner_text()
    assert "C:\\2019\\new" in popup.inner_text()
    assert pwned(loaded) is None
    loaded.assert_clean()
