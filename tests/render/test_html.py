"""The HTML map without a browser: escaping, self-containment, data, size, embedding."""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from render_builders import make_event, make_place, random_events, sample_events, sample_incidents

from geotrack.errors import BadInputError
from geotrack.model import EventType
from geotrack.render.html import build_map, escape_text, render_map, render_map_html, safe_url
from geotrack.render.offline import find_remote_references

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "render"


def page_data(page: str) -> dict:
    """The event table the page hands to GeotrackMap.init."""
    match = re.search(r"GeotrackMap\.init\(\s*map_\w+,\s*", page)
    assert match, "no GeotrackMap.init call in the page"
    data, _end = json.JSONDecoder().raw_decode(page, match.end())
    return dict(data)


# --------------------------------------------------------------------------- escaping


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"),
        ('<img src=x onerror="a()">', "&lt;img src=x onerror=&quot;a()&quot;&gt;"),
        ("${alert(1)}", "&#36;&#123;alert(1)&#125;"),
        ("`x`", "&#96;x&#96;"),
        ("C:\\2019\\path", "C:&#92;2019&#92;path"),
        ("{{ 7*7 }} {% raw %}", "&#123;&#123; 7*7 &#125;&#125; &#123;% raw %&#125;"),
        ("O'Smach & Poipet", "O&#x27;Smach &amp; Poipet"),
        ("bell\x07 and nul\x00", "bell and nul"),
        (None, ""),
        (412, "412"),
    ],
)
def test_escape_text_neutralises_markup_template_literals_and_jinja(
    text: object, expected: str
) -> None:
    assert escape_text(text) == expected


@given(st.text())
def test_escape_text_is_inert_and_reversible(text: str) -> None:
    escaped = escape_text(text)
    for char in "<>\"'`$\\{}":
        assert char not in escaped
    assert html.unescape(escaped) == re.sub(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]", "", text)


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://example.org/a?b=1&c=2", "https://example.org/a?b=1&amp;c=2"),
        ("http://example.org/", "http://example.org/"),
        ("javascript:alert(1)", None),
        ("JaVaScRiPt:alert(1)", None),
        (" javascript:alert(1)", None),
        ("java\tscript:alert(1)", None),
        ("data:text/html,<script>alert(1)</script>", None),
        ("file:///etc/passwd", None),
        ("//example.org/x", None),
        ("https://", None),
        ('https://example.org/"onmouseover="x', "https://example.org/&quot;onmouseover=&quot;x"),
        ("", None),
        (None, None),
    ],
)
def test_safe_url_keeps_only_web_links(url: str | None, expected: str | None) -> None:
    assert safe_url(url) == expected


@given(st.text())
def test_safe_url_never_returns_a_non_http_link(url: str) -> None:
    result = safe_url(url)
    assert result is None or html.unescape(result).lower().startswith(("http://", "https://"))


# --------------------------------------------------------------------------- the page


@pytest.fixture(scope="module")
def sample_page() -> str:
    return render_map_html(sample_events(), incidents=sample_incidents(), title="Sample map")


def test_page_is_self_contained(sample_page: str) -> None:
    assert find_remote_references(sample_page) == []
    assert "<script src=" not in sample_page
    assert '<link rel="stylesheet"' not in sample_page
    assert "L.map(" in sample_page and "L.markerClusterGroup(" in sample_page
    assert "maxZoom" in sample_page  # set explicitly: there is no tile layer to set it
    assert "tile.openstreetmap" not in sample_page and "cartocdn" not in sample_page
    # nothing the page does not use: no jQuery, Bootstrap, Font Awesome, d3
    for library in ("jQuery", "bootstrap", "fontawesome", "d3js", "d3.v"):
        assert library not in sample_page


def test_page_carries_every_placed_event_with_its_provenance(sample_page: str) -> None:
    data = page_data(sample_page)
    placed = [e for e in sample_events() if e.place is not None]
    assert len(data["events"]) == len(placed)
    ids = {row[18] for row in data["events"]}
    assert ids == {escape_text(e.id) for e in placed}
    sentences = {row[16] for row in data["events"]}
    assert escape_text(placed[0].sentence) in sentences
    assert [t["key"] for t in data["types"]] == [
        t.value for t in EventType if any(e.type is t for e in placed)
    ]
    urls = {article[2] for article in data["articles"]}
    assert all(u is None or u.startswith(("https://", "http://")) for u in urls)
    assert len(data["incidents"]) == sum(1 for i in sample_incidents() if i.place is not None)


def test_title_panel_counts_events_without_a_place(sample_page: str) -> None:
    unplaced = sum(1 for e in sample_events() if e.place is None)
    assert unplaced > 0
    assert f"{unplaced:,} event(s) without a known place are not on the map" in sample_page


def test_title_panel_says_how_many_events_were_held_back(sample_page: str) -> None:
    assert "held back" not in sample_page
    page = render_map_html(sample_events(), held_back=1234)
    title = next(body for body in panel_bodies(page) if "gt-title" in body)
    assert "1,234 event(s) below the confidence floor are held back" in title


def panel_bodies(page: str) -> list[str]:
    """The HTML of every panel (title, filters, legend), as the page sets it."""
    decoder = json.JSONDecoder()
    return [
        decoder.raw_decode(page, match.end())[0]
        for match in re.finditer(r"div\.innerHTML = ", page)
    ]


def test_filter_panel_has_a_labelled_minimum_confidence_slider(sample_page: str) -> None:
    panel = next(body for body in panel_bodies(sample_page) if "gt-time-min" in body)
    slider = re.search(r"<input class=\"gt-conf-min\"[^>]*>", panel)
    assert slider, "no minimum-confidence slider in the time panel"
    for attribute in (
        'type="range"',
        'min="0"',
        'max="1"',
        'value="0"',
        'step="0.05"',
        'aria-label="Minimum confidence"',
    ):
        assert attribute in slider.group(0)
    # inside a <label> with its value shown as text, before the shown count
    assert re.search(
        r'<label class="gt-conf">.*<span class="gt-conf-value">0\.00</span>.*gt-conf-min.*</label>',
        panel,
        re.S,
    )
    assert panel.index("gt-conf-min") < panel.index("gt-time-count")
    # the table carries each event's confidence and each incident's events, so the
    # browser can filter both
    data = page_data(sample_page)
    placed = [e for e in sample_events() if e.place is not None]
    assert sorted(row[17] for row in data["events"]) == sorted(
        round(e.confidence, 2) for e in placed
    )
    assert all(row[10] for row in data["incidents"])


def test_undated_map_keeps_the_confidence_slider_without_the_time_sliders() -> None:
    events = [make_event(f"u{i}", date=None) for i in range(3)]
    panels = panel_bodies(render_map_html(events))
    panel = next(body for body in panels if "gt-conf-min" in body)
    assert "gt-time-min" not in panel and "gt-time-undated" not in panel
    assert "gt-time-count" in panel


def test_popup_fields_are_prepared_at_their_precision() -> None:
    event = make_event(
        "e1",
        date=__import__("datetime").date(2025, 3, 1),
        date_precision="month",
        people={"arrested": 215, "rescued": 40},
        people_qualifiers={"arrested": "at least"},
        nationalities={"CN": 180, "VN": None},
        seized={"phones": 1100, "cash_USD": 25000.5},
        date_text="in March",
    )
    row = page_data(render_map_html([event]))["events"][0]
    assert row[5] == "Mar 2025" and row[6] == "month" and row[7] == "in March"
    assert row[13] == "at least 215 arrested; 40 rescued"
    assert row[14] == "China 180, Vietnam"
    assert row[15] == "cash (USD) 25,000.50; phones 1,100"
    assert row[3] < row[4]  # the month spans 31 days for the time filter


def test_hostile_strings_never_reach_the_page_raw() -> None:
    hostile = "<script>window.x=1</script>${window.x=2}`{{ 7*7 }}"
    place = make_place("kh-poipet", name=hostile)
    event = make_event(
        "e1",
        place=place,
        sentence=hostile,
        article_title=hostile,
        article_source=hostile,
        article_url="javascript:window.x=3",
        date_text=hostile,
    )
    page = render_map_html([event], title=hostile, subtitle=hostile)
    assert "<script>window.x" not in page
    assert "${window.x" not in page
    assert "{{ 7*7 }}" not in page and ">49<" not in page
    assert "javascript:window" not in page
    assert escape_text(hostile) in page or json.dumps(escape_text(hostile))[1:-1] in page


def test_thousand_events_fit_in_two_megabytes(tmp_path: Path) -> None:
    path = render_map(random_events(1000), tmp_path / "map.html")
    assert path.stat().st_size < 2_000_000


def test_embed_writes_a_fragment_without_global_styles(tmp_path: Path) -> None:
    path = render_map(sample_events(), tmp_path / "fragment.html", embed=True)
    fragment = path.read_text(encoding="utf-8")
    for tag in ("<html", "<head", "<body", "<!DOCTYPE"):
        assert tag not in fragment
    assert "html, body" not in fragment
    assert re.search(r"#map_\w+ \{[^}]*height: 600\.0px", fragment)
    assert find_remote_references(fragment) == []


def test_online_adds_tile_basemaps_as_choices() -> None:
    fmap = build_map(sample_events(), online=True)
    page = fmap.get_root().render()
    assert "tile.openstreetmap.org" in page and "tile.openstreetmap.fr/hot" in page
    assert "L.control.layers(" in page  # the basemap switcher
    offline = build_map(sample_events()).get_root().render()
    assert "L.tileLayer(" not in offline


def test_choropleth_with_boundaries_matches_provinces() -> None:
    boundaries = json.loads((FIXTURES / "provinces.geojson").read_text(encoding="utf-8"))
    page = render_map_html(sample_events(), boundaries=boundaries)
    data = page_data(page)
    assert data["boundaries"] is True
    assert "Province outlines" in page and "Events per province" in page
    keys = {f"{row[3]}|{row[4]}" for row in data["provinces"]}
    assert "KH|presihanok" in keys
    assert '"gt_key": "KH|presihanok"' in page or '"gt_key":"KH|presihanok"' in page


def test_boundaries_as_a_geodataframe_like_load_boundaries_returns() -> None:
    import geopandas as gpd

    frame = gpd.read_file(FIXTURES / "provinces.geojson")
    frame["admin1"] = frame["shapeName"].replace({"Bantey Meanchey": "Banteay Meanchey"})
    frame["country"] = "KH"
    frame["attribution"] = "Province boundaries: test rectangles"
    frame.loc[3, "attribution"] = None  # missing values arrive as NaN/None
    page = render_map_html(sample_events(), boundaries=frame)
    assert "Province boundaries: test rectangles" in page
    assert '"gt_key":"KH|banteimenchei"' in page.replace('": "', '":"')


def test_bad_boundaries_and_events_are_reported() -> None:
    with pytest.raises(BadInputError, match="FeatureCollection"):
        render_map_html(sample_events(), boundaries={"type": "Feature"})
    with pytest.raises(BadInputError, match="expected Event objects"):
        render_map_html(["not an event"])  # type: ignore[list-item]


def test_empty_map_still_renders(tmp_path: Path) -> None:
    page = render_map(sample_events()[:0], tmp_path / "empty.html").read_text(encoding="utf-8")
    assert "No dated events" in page
    assert page_data(page)["events"] == []


def test_render_map_is_atomic_and_leaves_no_temporary_file(tmp_path: Path) -> None:
    target = tmp_path / "out" / "map.html"
    assert render_map(sample_events(), target) == target
    assert [p.name for p in target.parent.iterdir()] == ["map.html"]


def test_hostile_boundary_names_are_escaped() -> None:
    boundaries = json.loads((FIXTURES / "provinces.geojson").read_text(encoding="utf-8"))
    boundaries["features"][0]["properties"]["shapeName"] = (
        "<img src=x onerror=alert(1)>${x}{{ 7*7 }}"
    )
    page = render_map_html(sample_events(), boundaries=boundaries)
    assert "<img src=x onerror" not in page and "{{ 7*7 }}" not in page
    # folium's tojson writes & as \u0026 inside the script
    assert escape_text("<img src=x onerror=alert(1)>${x}{{ 7*7 }}") in page.replace("\\u0026", "&")


def test_the_first_view_frames_events_placed_below_country_level() -> None:
    import dataclasses

    from geotrack.model import Level
    from geotrack.render.html import _view_bounds

    far_country = dataclasses.replace(
        make_place("kh-sihanoukville"), id="country:US", name="United States",
        level=Level.COUNTRY, country="US", lat=39.5, lon=-99.1, admin1=None, admin2=None,
    )  # fmt: skip
    events = [
        make_event("a", place="kh-sihanoukville"),
        make_event("b", type=EventType.POLICY, place=far_country),
    ]
    west, _south, east, _north = _view_bounds(events) or (0.0, 0.0, 0.0, 0.0)
    assert west > 90 and east < 110  # the far-away country-level report does not widen it
    # With only country-level reports, they frame the view.
    assert _view_bounds([events[1]]) == (-99.1, 39.5, -99.1, 39.5)
