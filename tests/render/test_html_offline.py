"""Inlining folium's CDN scripts and stylesheets from installed packages."""

from __future__ import annotations

import base64

import folium
import pytest
from folium import plugins

from geotrack.errors import OutputError
from geotrack.render import offline
from geotrack.render.offline import BLANK_IMAGE, asset_text, find_remote_references, inline_assets

LEAFLET_JS = "https://cdn.jsdelivr.net/npm/leaflet@1.9.3/dist/leaflet.js"


def test_folium_page_with_plugins_becomes_self_contained() -> None:
    fmap = folium.Map(location=[11.5, 104.9], zoom_start=6, tiles=None, maxZoom=18)
    plugins.MarkerCluster().add_to(fmap)
    plugins.Fullscreen().add_to(fmap)
    plugins.MeasureControl().add_to(fmap)
    plugins.HeatMap([[11.5, 104.9]]).add_to(fmap)
    page = fmap.get_root().render()
    assert find_remote_references(page)  # folium as shipped: CDN links everywhere
    inlined, report = inline_assets(page)
    assert find_remote_references(inlined) == []
    assert LEAFLET_JS in report.inlined
    assert len(report.inlined) == page.count("<script src=") + page.count('<link rel="stylesheet"')


def test_geotrack_assets_are_found_and_unknown_names_are_not() -> None:
    assert "GeotrackMap" in (asset_text(offline.ASSET_PREFIX + "geotrack-map.js") or "")
    assert asset_text(offline.ASSET_PREFIX + "../html.py") is None
    assert asset_text(offline.ASSET_PREFIX + "missing.js") is None
    assert asset_text("https://example.org/nothing.js") is None


def test_unknown_script_or_stylesheet_is_an_error() -> None:
    with pytest.raises(OutputError, match="not shipped by any installed package"):
        inline_assets('<script src="https://example.org/unknown.js"></script>')
    with pytest.raises(OutputError, match="not shipped"):
        inline_assets('<link rel="stylesheet" href="https://example.org/unknown.css"/>')


def test_leftover_remote_reference_is_an_error() -> None:
    with pytest.raises(OutputError, match="still references other hosts"):
        inline_assets('<img src="https://example.org/pixel.gif">')


def test_css_images_become_data_uris_and_missing_ones_a_blank_pixel(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    store = {
        "https://cdn.example/lib/css/style.css": (
            ".a{background:url(../img/icon.svg)} .b{background:url('missing.png')}"
            " .c{background:url(data:image/png;base64,AAAA)} .d{behavior:url(#default#VML)}"
        ),
        "https://cdn.example/lib/img/icon.svg": "<svg xmlns='http://www.w3.org/2000/svg'/>",
    }
    monkeypatch.setattr(offline, "_package_store", lambda: store)
    page, report = inline_assets(
        '<link rel="stylesheet" href="https://cdn.example/lib/css/style.css"/>'
    )
    svg = base64.b64encode(store["https://cdn.example/lib/img/icon.svg"].encode()).decode()
    assert f'url("data:image/svg+xml;base64,{svg}")' in page
    assert f'url("{BLANK_IMAGE}")' in page
    assert "url(data:image/png;base64,AAAA)" in page and "url(#default#VML)" in page
    assert report.blanked == ("https://cdn.example/lib/css/missing.png",)


def test_closing_tags_inside_assets_cannot_end_the_element(monkeypatch: pytest.MonkeyPatch) -> None:
    store = {
        "https://cdn.example/a.js": 'var s = "</script><script>alert(1)</script>";',
        "https://cdn.example/a.css": '.x{content:"</style><script>alert(1)</script>"}',
    }
    monkeypatch.setattr(offline, "_package_store", lambda: store)
    page, _ = inline_assets(
        '<script src="https://cdn.example/a.js"></script><link rel="stylesheet" href="https://cdn.example/a.css"/>'
    )
    script, style = page.split("</script>", 1)  # the first closing tag is the element's own
    assert script == '<script>var s = "<\\/script><script>alert(1)<\\/script>";'
    assert (
        style.split("</style>", 1)[0] == '<style>.x{content:"<\\/style><script>alert(1)</script>"}'
    )


def test_links_are_not_fetches() -> None:
    assert find_remote_references('<a href="https://example.org">source</a>') == []
    assert find_remote_references('<div style="background:url(//cdn.example/x.png)">') == [
        "//cdn.example/x.png"
    ]
    assert find_remote_references("<style>@import 'https://cdn.example/x.css';</style>") == [
        "https://cdn.example/x.css"
    ]
