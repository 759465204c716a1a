"""The interactive HTML map: a self-contained, offline folium page of events, incidents and sites.

folium builds the page: the map (vector country outlines as basemap, no tiles, ``maxZoom``
set), one shared marker-cluster group with one layer per event type inside it (so events of
different types at one place cluster and spread out together), reports placed only by
country (a badge, not a dot at the country's centre), incidents, known sites, heat map,
events per province (choropleth with boundaries, else circles), a grouped layer control,
fullscreen, measure and scale. geotrack's own pieces (title panel, legend, time filter,
place search, popups) are ``MacroElement`` subclasses with templates plus one authored
script, ``assets/geotrack-map.js``. :func:`geotrack.render.offline.inline_assets` then
inlines every script and stylesheet from installed packages: the file makes no request.

Scale: events travel as one compact JSON table (one short row per event, articles and
places stored once); markers are created in the browser, added to the cluster group in
bulk and their popups are built only when clicked, so 50,000 events stay usable.

Safety: every string that comes from an article (title, outlet, sentence, place names,
date text, URL) goes through :func:`escape_text` exactly once, in Python. Links are kept
only when they are ``http``/``https`` (:func:`safe_url`).

Embedding: ``embed=True`` returns a fragment (see :func:`render_map`) for an iframe or a
briefing page: the inlined styles and scripts, the map ``<div>`` (100% wide, 600 px high),
and the map script; no ``<html>``/``<head>``/``<body>`` and no rules for ``html``/``body``.
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import html
import json
import os
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeGuard
from urllib.parse import urlsplit

import folium
from branca.element import Element, Figure, MacroElement
from folium.elements import JSCSSMixin
from folium.map import FitBounds, Layer
from folium.plugins import Fullscreen, GroupedLayerControl, HeatMap, MarkerCluster, MeasureControl
from folium.template import Template
from folium.utilities import JsCode

from gazetteer.place import Level, Place
from geotrack.atomic import atomic_write_text
from geotrack.boundaries import province_key
from geotrack.errors import BadInputError
from geotrack.model import PEOPLE_KEYS, DatePrecision, Event, EventType, Incident
from geotrack.render import basemap
from geotrack.render.offline import ASSET_PREFIX, inline_assets
from geotrack.render.palette import (
    EVENT_STYLES,
    SITE_STYLE,
    marker_svg,
    people_marker_size,
)

__all__ = ["build_map", "escape_text", "render_map", "render_map_html", "safe_url"]

#: Highest zoom level (set explicitly: with no tile layer Leaflet has none and clusters fail).
MAX_ZOOM = 18
#: Embedded map height when ``embed=True``.
EMBED_HEIGHT = "600px"

_LEAFLET_JS = ("leaflet", "https://cdn.jsdelivr.net/npm/leaflet@1.9.3/dist/leaflet.js")
_LEAFLET_CSS = ("leaflet_css", "https://cdn.jsdelivr.net/npm/leaflet@1.9.3/dist/leaflet.css")
_SEARCH_JS = (
    "Leaflet.Search.js",
    "https://cdn.jsdelivr.net/npm/leaflet-search@2.9.7/dist/leaflet-search.min.js",
)
_SEARCH_CSS = (
    "Leaflet.Search.css",
    "https://cdn.jsdelivr.net/npm/leaflet-search@2.9.7/dist/leaflet-search.min.css",
)

_PRECISION_TEXT = {
    1: "exact site, town or commune",
    2: "near a town, or the district",
    3: "province or region only",
    4: "country only",
}
_DATE_PRECISION_TEXT = {
    DatePrecision.DAY: "day",
    DatePrecision.WEEK: "week",
    DatePrecision.MONTH: "month",
    DatePrecision.YEAR: "year",
    DatePrecision.UNKNOWN: "unknown",
}
_EPOCH = dt.date(1970, 1, 1)
# Polygons (basemap, provinces) are drawn on canvas, which is fast for thousands of vertices;
# the map itself keeps SVG as default because leaflet-measure's lines need SVG elements.
_CANVAS = JsCode("L.canvas({padding: 0.5})")
_SCHEMES = ("http", "https")
_SPACE_OR_CONTROL = re.compile(r"[\s\x00-\x1f\x7f]")
_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# Characters html.escape leaves alone but that folium's templates would act on: ``$``, ``\``
# and backtick inside JS template literals; ``{`` and ``}`` because folium and branca feed
# rendered output back through Jinja (``{{ ... }}`` in an article would be evaluated).
_ENTITIES = str.maketrans({"$": "&#36;", "\\": "&#92;", "`": "&#96;", "{": "&#123;", "}": "&#125;"})


# --------------------------------------------------------------------------- escaping


def escape_text(value: object) -> str:
    """Escape text from an article for every place it can land in the HTML map.

    ``html.escape`` (quotes included) makes it inert as HTML and inside attributes; ``$``,
    backslash and backtick become entities too, because folium puts Popup and Tooltip text
    inside JavaScript template literals, where ``${...}`` runs code and a backslash before
    a digit is a syntax error that blanks the whole map; so do ``{`` and ``}``, because
    folium (0.20) and branca parse rendered elements again as Jinja templates, where
    ``{{ ... }}`` from an article would be evaluated in Python. Control characters are dropped.

    Parameters
    ----------
    value
        Any value; ``None`` becomes the empty string.

    Returns
    -------
    str
        Text safe as HTML content, attribute value and template-literal content.

    Examples
    --------
    >>> escape_text('<img src=x onerror="alert(1)">')
    '&lt;img src=x onerror=&quot;alert(1)&quot;&gt;'
    >>> escape_text("${alert(1)} `C:\\\\2019`")
    '&#36;&#123;alert(1)&#125; &#96;C:&#92;2019&#96;'
    """
    if value is None:
        return ""
    text = _CONTROL_CHARS.sub("", str(value))
    return html.escape(text, quote=True).translate(_ENTITIES)


def safe_url(url: str | None) -> str | None:
    """Return ``url`` escaped for an ``href`` when it is an http(s) link, else None.

    ``javascript:``, ``data:``, ``file:`` and scheme-less or malformed URLs are dropped:
    a link in a popup must only ever open a web page.

    Examples
    --------
    >>> safe_url("https://example.org/a?b=1&c=2")
    'https://example.org/a?b=1&amp;c=2'
    >>> safe_url("javascript:alert(1)") is None
    True
    """
    if not url:
        return None
    candidate = unicodedata.normalize("NFKC", str(url)).strip()
    if _SPACE_OR_CONTROL.search(candidate):
        return None
    try:
        parts = urlsplit(candidate)
    except ValueError:
        return None
    if parts.scheme.lower() not in _SCHEMES or not parts.netloc:
        return None
    return escape_text(candidate)


def _script_json(value: object) -> str:
    """Dump ``value`` as JSON that is safe inside a ``<script>`` element."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    return (
        text.replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("&", "\\u0026")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )


# --------------------------------------------------------------------------- data tables


@functools.cache
def _country_names() -> dict[str, str]:
    """ISO2 -> English country name, from the Natural Earth table the basemap ships."""
    frame = basemap.countries_gdf()
    names: dict[str, str] = {}
    for iso2, name in zip(frame["iso2"], frame["name"], strict=True):
        if isinstance(iso2, str) and isinstance(name, str):
            names.setdefault(iso2.upper(), name)
    return names


def _country_name(iso2: str | None) -> str:
    if not iso2:
        return ""
    return _country_names().get(iso2.upper(), iso2.upper())


def _day_number(day: dt.date) -> int:
    return (day - _EPOCH).days


def _date_span(day: dt.date | None, precision: DatePrecision) -> tuple[int, int] | None:
    """The first and last day (days since 1970-01-01) that a date of this precision covers."""
    if day is None:
        return None
    if precision is DatePrecision.MONTH:
        first = day.replace(day=1)
        last = day.replace(day=calendar.monthrange(day.year, day.month)[1])
    elif precision is DatePrecision.YEAR:
        first, last = dt.date(day.year, 1, 1), dt.date(day.year, 12, 31)
    elif precision is DatePrecision.WEEK:
        first = day - dt.timedelta(days=day.weekday())
        last = first + dt.timedelta(days=6)
    else:
        first = last = day
    return _day_number(first), _day_number(last)


def _format_date(day: dt.date | None, precision: DatePrecision) -> str:
    """Human date at its precision: ``19 Sep 2022``, ``week of 12 Sep 2022``, ``Sep 2022``."""
    if day is None:
        return "date not stated"
    if precision is DatePrecision.MONTH:
        return f"{day:%b %Y}"
    if precision is DatePrecision.YEAR:
        return f"{day:%Y}"
    if precision is DatePrecision.WEEK:
        monday = day - dt.timedelta(days=day.weekday())
        return f"week of {monday.day} {monday:%b %Y}"
    return f"{day.day} {day:%b %Y}"


def _format_number(value: float) -> str:
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,.2f}"


def _people_text(people: Mapping[str, Any], qualifiers: Mapping[str, Any]) -> str:
    parts = []
    for key in PEOPLE_KEYS:
        count = people.get(key)
        if count is None:
            continue
        qualifier = qualifiers.get(key)
        prefix = f"{qualifier} " if qualifier else ""
        parts.append(f"{prefix}{_format_number(count)} {key}")
    return escape_text("; ".join(parts))


def _nationality_text(nationalities: Mapping[str, Any]) -> str:
    parts = []
    for code in sorted(nationalities, key=lambda c: (-(nationalities[c] or 0), c)):
        count = nationalities[code]
        name = _country_name(code)
        parts.append(f"{name} {_format_number(count)}" if count is not None else name)
    return escape_text(", ".join(parts))


def _seized_text(seized: Mapping[str, Any]) -> str:
    parts = []
    for item in sorted(seized):
        amount = seized[item]
        label = item.replace("_", " ")
        if item.startswith("cash_"):
            label = f"cash ({item[5:].upper()})"
        parts.append(f"{label} {_format_number(amount)}")
    return escape_text("; ".join(parts))


def _people_max(people: Mapping[str, int]) -> int | None:
    counts = [c for c in people.values() if c is not None and c > 0]
    return max(counts) if counts else None


def _size_bucket(people: int | None) -> float:
    """Marker scale factor from the shared palette, rounded to quarter steps (few icons)."""
    return round(people_marker_size(people) * 4) / 4


def _admin_chain(place: Place) -> str:
    names = [place.admin3, place.admin2, place.admin1, _country_name(place.country)]
    seen: list[str] = []
    for name in names:
        if name and name != place.name and name not in seen:
            seen.append(name)
    return " › ".join(seen)


def _province_key(place: Place) -> tuple[str, str] | None:
    """(country, normalised admin-1 name) of a place, or None above province level."""
    if place.level is Level.PROVINCE:
        name = place.name
    elif place.level in (Level.COUNTRY, Level.REGION):
        return None
    else:
        name = place.admin1 or ""
    key = _cached_province_key(name)
    return (place.country or "", key) if key else None


@functools.lru_cache(maxsize=4096)
def _cached_province_key(name: str) -> str:
    return province_key(name) if name.strip() else ""


@dataclass(frozen=True, slots=True)
class _Tables:
    """The compact data the browser script reads (every article string already escaped)."""

    payload: dict[str, Any]
    placed: list[Event]
    unplaced: int
    date_range: tuple[dt.date, dt.date] | None


class _Interner:
    """Give each distinct row an index in a list (articles, places) so it is stored once."""

    def __init__(self) -> None:
        self.rows: list[list[Any]] = []
        self._index: dict[Any, int] = {}

    def add(self, key: Any, make_row: Callable[[], list[Any]]) -> int:
        """Index of ``key``'s row; ``make_row`` builds it only the first time."""
        index = self._index.get(key)
        if index is None:
            index = self._index[key] = len(self.rows)
            self.rows.append(make_row())
        return index


def _place_row(place: Place) -> list[Any]:
    return [
        escape_text(place.name),
        place.level.value,
        escape_text(_admin_chain(place)),
        escape_text(place.kind or ""),
        escape_text(place.country or ""),
    ]


def _article_row(event: Event) -> list[Any]:
    return [
        escape_text(event.article_title or event.article_id),
        escape_text(event.article_source or ""),
        safe_url(event.article_url),
        event.published.isoformat() if event.published else None,
    ]


def _build_tables(
    events: Sequence[Event],
    incidents: Sequence[Incident],
    sites: Sequence[Place],
    provinces: Mapping[tuple[str, str], tuple[str, float, float]] | None,
) -> _Tables:
    types = [t for t in EventType if any(e.type is t for e in events)]
    type_index = {t: i for i, t in enumerate(types)}
    places, articles = _Interner(), _Interner()
    placed = sorted(
        (e for e in events if e.place is not None),
        key=lambda e: (e.date or dt.date.max, e.article_id, e.id),
    )
    province_keys: dict[tuple[str, str], int] = {}
    province_own: dict[tuple[str, str], tuple[str, float, float]] = {}
    province_points: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
    province_names: dict[tuple[str, str], str] = {}
    rows: list[list[Any]] = []
    event_index: dict[str, int] = {}
    for event in placed:
        place = event.place
        assert place is not None  # filtered above
        span = _date_span(event.date, event.date_precision)
        pkey = _province_key(place)
        pidx = None
        if pkey is not None:
            pidx = province_keys.setdefault(pkey, len(province_keys))
            if place.level is Level.PROVINCE:
                province_own.setdefault(pkey, (place.name, place.lat, place.lon))
            else:
                province_points[pkey].append((place.lat, place.lon))
                province_names.setdefault(pkey, place.admin1 or place.name)
        precision = event.geo_precision or place.geo_precision
        event_index[event.id] = len(rows)
        rows.append(
            [
                round(place.lat, 6),
                round(place.lon, 6),
                type_index[event.type],
                span[0] if span else None,
                span[1] if span else None,
                escape_text(_format_date(event.date, event.date_precision)),
                _DATE_PRECISION_TEXT[event.date_precision],
                escape_text(event.date_text or ""),
                places.add(place, functools.partial(_place_row, place)),
                precision,
                escape_text(event.place_text or ""),
                articles.add(
                    (
                        event.article_id,
                        event.article_title,
                        event.article_source,
                        event.article_url,
                    ),
                    functools.partial(_article_row, event),
                ),
                _size_bucket(_people_max(event.people)),
                _people_text(event.people, event.people_qualifiers),
                _nationality_text(event.nationalities),
                _seized_text(event.seized),
                escape_text(event.sentence),
                round(event.confidence, 2),
                escape_text(event.id),
                pidx,
            ]
        )
    # One point per province: the boundary's label point when boundaries were given, else
    # the province's own gazetteer point when an event names it, else its events' mean.
    province_rows = []
    for key in province_keys:
        if provinces and key in provinces:
            name, lat, lon = provinces[key]
        elif key in province_own:
            name, lat, lon = province_own[key]
        else:
            points = province_points[key]
            lat = sum(p[0] for p in points) / len(points)
            lon = sum(p[1] for p in points) / len(points)
            name = province_names[key]
        province_rows.append([escape_text(name), round(lat, 5), round(lon, 5), key[0], key[1]])

    by_id = {e.id: e for e in events}
    incident_rows = []
    for incident in incidents:
        if incident.place is None:
            continue
        members = [event_index.get(eid) for eid in incident.event_ids]
        incident_precision = DatePrecision(incident.date_precision)
        span = _date_span(incident.date, incident_precision)
        sources = []
        for position, eid in enumerate(incident.event_ids):
            outlet = incident.sources[position] if position < len(incident.sources) else ""
            member = by_id.get(eid)
            counts_for = incident.counts_by_source.get(eid, {})
            sources.append(
                [
                    escape_text(outlet),
                    escape_text(member.article_title if member else eid),
                    safe_url(member.article_url if member else None),
                    _people_text(
                        counts_for.get("people", member.people if member else {}),
                        counts_for.get(
                            "people_qualifiers", member.people_qualifiers if member else {}
                        ),
                    ),
                    _nationality_text(
                        counts_for.get("nationalities", member.nationalities if member else {})
                    ),
                    _seized_text(counts_for.get("seized", member.seized if member else {})),
                    event_index.get(eid),
                ]
            )
        incident_rows.append(
            [
                round(incident.place.lat, 6),
                round(incident.place.lon, 6),
                EventType(incident.type).value,
                span[0] if span else None,
                span[1] if span else None,
                escape_text(_format_date(incident.date, incident_precision)),
                places.add(incident.place, functools.partial(_place_row, incident.place)),
                incident.geo_precision or incident.place.geo_precision,
                incident.source_count,
                sources,
                [m for m in members if m is not None],
                escape_text(incident.id),
            ]
        )
    site_rows = []
    site_counts = Counter(e.place.id for e in placed if e.place is not None)
    for site in sorted(sites, key=lambda p: p.id):
        site_rows.append(
            [
                round(site.lat, 6),
                round(site.lon, 6),
                places.add(site, functools.partial(_place_row, site)),
                site_counts.get(site.id, 0),
            ]
        )

    dated = [e.date for e in placed if e.date is not None]
    date_range = (min(dated), max(dated)) if dated else None
    payload = {
        "types": [
            {
                "key": t.value,
                "label": EVENT_STYLES[t].label,
                "color": EVENT_STYLES[t].color,
                "shape": EVENT_STYLES[t].shape,
            }
            for t in types
        ],
        "icons": _icon_table(types, rows),
        "events": rows,
        "places": places.rows,
        "articles": articles.rows,
        "provinces": province_rows,
        "incidents": incident_rows,
        "sites": site_rows,
        "precision": {str(k): v for k, v in _PRECISION_TEXT.items()},
        "icon": {
            "site": marker_svg(SITE_STYLE, size=14),
        },
    }
    return _Tables(payload, placed, len(events) - len(placed), date_range)


def _icon_table(types: Sequence[EventType], rows: Sequence[list[Any]]) -> dict[str, str]:
    """SVG marker per (type index, size bucket) actually used: ``"0:1.5" -> "<svg ...>"``."""
    used = sorted({(row[2], row[12]) for row in rows})
    return {
        f"{t}:{size:g}": marker_svg(EVENT_STYLES[types[t]], size=round(14 * size))
        for t, size in used
    }


# --------------------------------------------------------------------------- map pieces


class _GeotrackMap(folium.Map):
    """folium's Map with only Leaflet's own JS/CSS, and no page-wide styles when embedded.

    folium's default page pulls jQuery, Bootstrap, Font Awesome and glyphicons (1.4 MB
    inlined) that nothing here uses; its template also styles ``html, body`` globally.
    """

    _template = Template(
        """
        {% macro header(this, kwargs) %}
            {%- if not this.embed %}
            <meta name="viewport" content="width=device-width, initial-scale=1.0" />
            <style>html, body { width: 100%; height: 100%; margin: 0; padding: 0; }</style>
            {%- endif %}
            <style>
                #{{ this.get_name() }} {
                    position: {{ this.position }};
                    width: {{ this.width[0] }}{{ this.width[1] }};
                    height: {{ this.height[0] }}{{ this.height[1] }};
                    left: {{ this.left[0] }}{{ this.left[1] }};
                    top: {{ this.top[0] }}{{ this.top[1] }};
                }
                .leaflet-container { font-size: {{ this.font_size }}; }
            </style>
        {% endmacro %}

        {% macro html(this, kwargs) %}
            <div class="folium-map geotrack-map" id={{ this.get_name()|tojson }} ></div>
        {% endmacro %}

        {% macro script(this, kwargs) %}
            var {{ this.get_name() }} = L.map(
                {{ this.get_name()|tojson }},
                {
                    center: {{ this.location|tojson }},
                    crs: L.CRS.{{ this.crs }},
                    ...{{ this.options|tojavascript }}
                }
            );
            {%- if this.control_scale %}
            L.control.scale({imperial: false}).addTo({{ this.get_name() }});
            {%- endif %}
            {%- if this.zoom_control_position %}
            L.control.zoom({position: {{ this.zoom_control|tojson }}}).addTo({{ this.get_name() }});
            {%- endif %}
        {% endmacro %}
        """
    )

    default_js = [_LEAFLET_JS]  # noqa: RUF012 (folium API)
    default_css = [_LEAFLET_CSS]  # noqa: RUF012

    def __init__(self, *, embed: bool, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.embed = embed


class _GeotrackAssets(JSCSSMixin):
    """Loads geotrack's script and stylesheet (inlined later like every other asset)."""

    _template = Template("")
    default_js = [("geotrack_map_js", ASSET_PREFIX + "geotrack-map.js")]  # noqa: RUF012 (folium API)
    default_css = [("geotrack_map_css", ASSET_PREFIX + "geotrack-map.css")]  # noqa: RUF012


class _RawScript(Element):
    """Script text added to the page as is (folium would parse it again as a Jinja template)."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self.text = text

    def render(self, **kwargs: Any) -> str:
        return self.text


class _EventData(MacroElement):
    """The compact event table and the call that fills the layers from it.

    The table (megabytes for 50,000 events) is spliced in after the template is rendered,
    so Jinja never parses it.
    """

    _template = Template(
        """
        {% macro script(this, kwargs) %}
            var {{ this.get_name() }} = GeotrackMap.init({{ this._parent.get_name() }}, GEOTRACK_DATA, {
                {%- for key, layer in this.layers.items() %}
                {{ key|tojson }}: {{ layer.get_name() }},
                {%- endfor %}
            }, {{ this.cluster.get_name() }});
        {% endmacro %}
        """
    )

    def __init__(
        self, data: Mapping[str, Any], *, layers: Mapping[str, MacroElement], cluster: MacroElement
    ) -> None:
        super().__init__()
        self._name = "GeotrackData"
        self.data = _script_json(data)
        self.layers = dict(layers)
        self.cluster = cluster

    def render(self, **kwargs: Any) -> str:
        figure = self.get_root()
        assert isinstance(figure, Figure)
        script = self._template.module.__dict__["script"](self, kwargs)
        figure.script.add_child(
            _RawScript(str(script).replace("GEOTRACK_DATA", self.data, 1)), name=self.get_name()
        )
        return ""


class _TypeLayer(Layer):
    """One event type's markers, shown and hidden inside the shared cluster group."""

    _template = Template(
        """
        {% macro script(this, kwargs) %}
            var {{ this.get_name() }} = GeotrackMap.typeLayer({{ this.cluster.get_name() }});
        {% endmacro %}
        """
    )

    def __init__(self, cluster: MacroElement, *, name: str) -> None:
        super().__init__(name=name, overlay=True, control=True, show=True)
        self._name = "EventTypeLayer"
        self.cluster = cluster


class _Panel(MacroElement):
    """A Leaflet control holding HTML built from a template (title panel, legend, time filter)."""

    _template = Template(
        """
        {% macro script(this, kwargs) %}
            var {{ this.get_name() }} = L.control({position: {{ this.position|tojson }}});
            {{ this.get_name() }}.onAdd = function () {
                var div = L.DomUtil.create("div", {{ this.css_class|tojson }});
                div.innerHTML = {{ this.body|tojson }};
                L.DomEvent.disableClickPropagation(div);
                L.DomEvent.disableScrollPropagation(div);
                return div;
            };
            {{ this.get_name() }}.addTo({{ this._parent.get_name() }});
            {%- if this.on_add %}
            {{ this.on_add }}({{ this._parent.get_name() }}, {{ this.get_name() }}.getContainer());
            {%- endif %}
        {% endmacro %}
        """
    )

    def __init__(
        self, name: str, body: str, *, position: str, css_class: str, on_add: str = ""
    ) -> None:
        super().__init__()
        self._name = name
        self.body = body
        self.position = position
        self.css_class = css_class
        self.on_add = on_add


class _PlaceSearch(JSCSSMixin):
    """leaflet-search over the place names on the map (events, incidents, sites), offline."""

    _template = Template(
        """
        {% macro script(this, kwargs) %}
            var {{ this.get_name() }} = GeotrackMap.searchControl({{ this._parent.get_name() }}, {{ this.data.get_name() }});
        {% endmacro %}
        """
    )
    default_js = [_SEARCH_JS]  # noqa: RUF012 (folium API)
    default_css = [_SEARCH_CSS]  # noqa: RUF012

    def __init__(self, data: _EventData) -> None:
        super().__init__()
        self._name = "PlaceSearch"
        self.data = data


_TITLE_TEMPLATE = Template(
    """
    <h1 class="gt-title">{{ title }}</h1>
    {%- if subtitle %}<p class="gt-subtitle">{{ subtitle }}</p>{% endif %}
    <p class="gt-range">{{ date_range }}</p>
    <p class="gt-counts">{{ counts }}</p>
    {%- if unplaced %}<p class="gt-note">{{ unplaced }}</p>{% endif %}
    {%- if held_back %}<p class="gt-note gt-held-back">{{ held_back }}</p>{% endif %}
    """
)

_LEGEND_TEMPLATE = Template(
    """
    <div class="gt-legend-title">Event type</div>
    {%- for row in types %}
    <div class="gt-legend-row" data-type="{{ row.key }}">{{ row.svg }}<span>{{ row.label }}</span><span class="gt-legend-n">{{ row.count }}</span></div>
    {%- endfor %}
    <div class="gt-legend-title">Symbols</div>
    <div class="gt-legend-row"><span class="gt-incident gt-legend-incident"><span class="gt-ring"></span><span class="gt-badge">2</span></span><span>Incident: same event in several reports (number = outlets)</span></div>
    {%- if has_sites %}
    <div class="gt-legend-row">{{ site_svg }}<span>{{ site_label }}</span></div>
    {%- endif %}
    <div class="gt-legend-row"><span class="gt-sizes">{{ small_svg }}{{ large_svg }}</span><span>Size: people reported (arrested, rescued ...)</span></div>
    <div class="gt-legend-row"><span class="gt-approx-sample">{{ approx_svg }}</span><span>Faded: only the province or country is known</span></div>
    {%- if has_provinces %}
    <div class="gt-legend-row"><span class="gt-province-sample"></span><span>Events per province ({{ province_how }})</span></div>
    {%- endif %}
    <div class="gt-legend-row"><span class="gt-cluster-sample"><span>12</span></span><span>Group of nearby events, ring split by type: click to zoom in</span></div>
    """
)

_TIME_TEMPLATE = Template(
    """
    {%- if dated %}
    <div class="gt-time-title">Event dates</div>
    <div class="gt-time-label"><span class="gt-time-from">{{ first }}</span> – <span class="gt-time-to">{{ last }}</span></div>
    <input class="gt-time-min" type="range" min="{{ lo }}" max="{{ hi }}" value="{{ lo }}" step="1" aria-label="From date">
    <input class="gt-time-max" type="range" min="{{ lo }}" max="{{ hi }}" value="{{ hi }}" step="1" aria-label="To date">
    <label class="gt-time-undated"><input type="checkbox" checked> show events without a date ({{ undated }})</label>
    {%- endif %}
    <label class="gt-conf"><span class="gt-time-title">Minimum confidence</span> <span class="gt-conf-value">0.00</span>
    <input class="gt-conf-min" type="range" min="0" max="1" value="0" step="0.05" aria-label="Minimum confidence"></label>
    <div class="gt-time-count"></div>
    """
)


def _date_range_text(date_range: tuple[dt.date, dt.date] | None) -> str:
    if date_range is None:
        return "No dated events"
    first, last = date_range
    if first == last:
        return f"Events of {first.day} {first:%B %Y}"
    return f"Events from {first.day} {first:%B %Y} to {last.day} {last:%B %Y}"


# --------------------------------------------------------------------------- boundaries


def _boundary_features(boundaries: Any) -> list[dict[str, Any]]:
    """Features of a FeatureCollection mapping or anything with ``__geo_interface__``."""
    collection = getattr(boundaries, "__geo_interface__", boundaries)
    if not isinstance(collection, Mapping) or collection.get("type") != "FeatureCollection":
        raise BadInputError(
            f"boundaries: expected a GeoJSON FeatureCollection or a GeoDataFrame, got {type(boundaries).__name__!r}"
        )
    return [f for f in collection.get("features", []) if f.get("geometry")]


_NAME_FIELDS = ("admin1", "name", "shapeName", "NAME_1", "ADM1_EN", "province", "NAME")
_COUNTRY_FIELDS = ("country", "iso2", "ISO_A2", "shapeGroup", "ADM0_PCODE")


def _is_text(value: object) -> TypeGuard[str]:
    """A non-blank string (GeoDataFrames give NaN for missing values)."""
    return isinstance(value, str) and bool(value.strip())


@functools.cache
def _iso2_by_iso3() -> dict[str, str]:
    frame = basemap.countries_gdf()
    return {
        iso3.upper(): iso2.upper()
        for iso2, iso3 in zip(frame["iso2"], frame["iso3"], strict=True)
        if isinstance(iso2, str) and isinstance(iso3, str)
    }


def _prepare_boundaries(
    boundaries: Any,
) -> tuple[dict[str, Any], dict[tuple[str, str], tuple[str, float, float]], str]:
    """Boundary GeoJSON keyed like events (names escaped), label points, attribution.

    Province names are matched with :func:`geotrack.boundaries.province_key`, the same
    spelling-tolerant key the boundary import uses.
    """
    import shapely.geometry

    features = []
    points: dict[tuple[str, str], tuple[str, float, float]] = {}
    attributions: list[str] = []
    for feature in _boundary_features(boundaries):
        properties = feature.get("properties") or {}
        name = next((properties[f] for f in _NAME_FIELDS if _is_text(properties.get(f))), "")
        country = next((properties[f] for f in _COUNTRY_FIELDS if _is_text(properties.get(f))), "")
        country = country.strip().upper()
        country = _iso2_by_iso3().get(country, country) if len(country) == 3 else country[:2]
        credit = properties.get("attribution")
        if _is_text(credit) and credit not in attributions:
            attributions.append(credit)
        key = (country, province_key(name) if name.strip() else "")
        shape = shapely.geometry.shape(feature["geometry"])
        label = shape.representative_point()
        if key[1]:
            points.setdefault(key, (name, label.y, label.x))
            points.setdefault(("", key[1]), (name, label.y, label.x))
        features.append(
            {
                "type": "Feature",
                "geometry": shapely.geometry.mapping(shape.simplify(0.005, preserve_topology=True)),
                "properties": {"name": escape_text(name), "gt_key": f"{key[0]}|{key[1]}"},
            }
        )
    return (
        {"type": "FeatureCollection", "features": features},
        points,
        escape_text(" · ".join(attributions)),
    )


class _ZoomControl(MacroElement):
    """Leaflet's zoom buttons, added after the title panel so they sit below it."""

    _template = Template(
        """
        {% macro script(this, kwargs) %}
            L.control.zoom({position: "topleft"}).addTo({{ this._parent.get_name() }});
        {% endmacro %}
        """
    )


# --------------------------------------------------------------------------- the map


def _bounds(events: Sequence[Event]) -> tuple[float, float, float, float] | None:
    """(west, south, east, north) of the placed events, or None."""
    points = [(e.place.lon, e.place.lat) for e in events if e.place is not None]
    if not points:
        return None
    lons, lats = zip(*points, strict=True)
    return min(lons), min(lats), max(lons), max(lats)


def _view_bounds(events: Sequence[Event]) -> tuple[float, float, float, float] | None:
    """Where the map opens: the events placed below country level when there are any.

    A report placed only by a far-away country (a sanction announced in Washington) stays
    on the map, one pan away, but does not zoom the first view out to half the world.
    """
    finer = [
        e
        for e in events
        if e.place is not None and e.place.level not in (Level.COUNTRY, Level.REGION)
    ]
    return _bounds(finer) or _bounds(events)


def _basemap_box(bounds: tuple[float, float, float, float] | None) -> basemap.BBox:
    """The clip box of the vector basemap: the region and every event, with room to pan.

    The map cannot be panned beyond this box (``maxBounds``), so no blank edge of the
    clipped basemap ever shows.
    """
    west, south, east, north = basemap.REGION_BBOX
    if bounds is not None:
        west, south = min(west, bounds[0]), min(south, bounds[1])
        east, north = max(east, bounds[2]), max(north, bounds[3])
    margin = 6.0
    return (
        max(-180.0, west - margin),
        max(-85.0, south - margin),
        min(180.0, east + margin),
        min(85.0, north + margin),
    )


def _country_labels(box: basemap.BBox, tolerance: float) -> list[list[Any]]:
    frame = basemap.countries_gdf(bbox=box, tolerance=tolerance)
    labels = []
    for row in frame.itertuples(index=False):
        lon, lat = float(row.label_lon), float(row.label_lat)
        inside = box[0] <= lon <= box[2] and box[1] <= lat <= box[3]
        # only sovereign countries (an ISO code): no labels for disputed reefs and the like
        if (
            inside
            and isinstance(row.name, str)
            and isinstance(row.iso2, str)
            and len(row.iso2) == 2
        ):
            labels.append([round(lat, 3), round(lon, 3), escape_text(row.name), row.iso2.upper()])
    return labels


def build_map(
    events: Iterable[Event],
    *,
    incidents: Iterable[Incident] = (),
    sites: Iterable[Place] = (),
    title: str | None = None,
    subtitle: str | None = None,
    embed: bool = False,
    online: bool = False,
    boundaries: Any = None,
    held_back: int = 0,
) -> folium.Map:
    """Build the folium map of events, incidents and sites (assets not yet inlined).

    Parameters are those of :func:`render_map`.

    Returns
    -------
    folium.Map
        The map; ``get_root().render()`` gives the page with CDN links.
    """
    events = list(events)
    incidents = list(incidents)
    sites = list(sites)
    for event in events:
        if not isinstance(event, Event):
            raise BadInputError(f"render_map: expected Event objects, got {type(event).__name__!r}")
    boundary_geojson, province_points, boundary_credit = (
        _prepare_boundaries(boundaries) if boundaries is not None else (None, None, "")
    )
    tables = _build_tables(events, incidents, sites, province_points)
    bounds = _bounds(tables.placed) or _bounds_of_sites(sites)
    box = _basemap_box(bounds)
    span = max(box[2] - box[0], box[3] - box[1])
    tolerance = max(0.01, round(span / 2000, 3))

    fmap = _GeotrackMap(
        embed=embed,
        location=[(box[1] + box[3]) / 2, (box[0] + box[2]) / 2],
        zoom_start=6,
        tiles=None,
        control_scale=True,
        zoom_control=False,
        width="100%",
        height=EMBED_HEIGHT if embed else "100%",
        maxZoom=MAX_ZOOM,
        minZoom=4,
        maxBounds=[[box[1], box[0]], [box[3], box[2]]],
        maxBoundsViscosity=1.0,
        worldCopyJump=False,
    )
    root = fmap.get_root()
    assert isinstance(root, Figure)
    root.title = escape_text(title or "geotrack: events map")
    _GeotrackAssets().add_to(fmap)

    attribution = (
        basemap.ATTRIBUTION + " · Events: geotrack, from the news reports cited in each popup"
    )
    if boundary_credit:
        attribution += " · " + boundary_credit
    countries = folium.GeoJson(
        basemap.countries_geojson(bbox=box, tolerance=tolerance),
        name="Country outlines (offline)",
        style_function=_country_style,
        interactive=False,
        renderer=_CANVAS,
        attribution=attribution,
        overlay=not online,
        control=online,
        smooth_factor=1.0,
    )
    countries.add_to(fmap)
    if online:
        _add_online_tiles(fmap)

    outline = None
    if boundary_geojson is not None:
        outline = folium.GeoJson(
            boundary_geojson,
            name="Province outlines",
            style_function=_outline_style,
            interactive=False,
            renderer=_CANVAS,
        )
        outline.add_to(fmap)

    title_body = _TITLE_TEMPLATE.render(
        title=escape_text(title or "Scam-compound events"),
        subtitle=escape_text(subtitle) if subtitle else "",
        date_range=_date_range_text(tables.date_range),
        counts=_counts_text(tables.placed),
        unplaced=(
            f"{tables.unplaced:,} event(s) without a known place are not on the map"
            if tables.unplaced
            else ""
        ),
        held_back=(
            f"{held_back:,} event(s) below the confidence floor are held back "
            "(events-held-back.geojson)"
            if held_back
            else ""
        ),
    )
    _Panel(
        "TitlePanel", title_body, position="topleft", css_class="gt-panel gt-title-panel"
    ).add_to(fmap)
    _ZoomControl().add_to(fmap)
    Fullscreen(position="topleft", title="Full screen", title_cancel="Exit full screen").add_to(
        fmap
    )

    # One cluster group for every event (so events of different types at one place cluster
    # and spiderfy together); one layer per type inside it, for the layer control.
    cluster = MarkerCluster(
        name="Events",
        control=False,
        options={
            "showCoverageOnHover": False,
            "maxClusterRadius": 40,
            "spiderfyOnMaxZoom": True,
        },
        icon_create_function="GeotrackMap.clusterIcon",
    )
    cluster.add_to(fmap)
    layers: dict[str, Layer] = {}
    type_layers: list[Layer] = []
    type_counts = Counter(e.type for e in tables.placed)
    for spec in tables.payload["types"]:
        event_type = EventType(spec["key"])
        style = EVENT_STYLES[event_type]
        type_layer = _TypeLayer(
            cluster,
            name=f"{marker_svg(style, size=14)} {style.label} ({type_counts[event_type]:,})",
        )
        type_layer.add_to(fmap)
        layers[event_type.value] = type_layer
        type_layers.append(type_layer)

    summaries: list[Layer] = []
    country_level = sum(
        1 for e in tables.placed if e.place and (e.geo_precision or e.place.geo_precision) >= 4
    )
    if country_level:
        country_layer = folium.FeatureGroup(
            name=f"Reports placed only by country ({country_level:,})"
        )
        country_layer.add_to(fmap)
        layers["countrylevel"] = country_layer
        summaries.append(country_layer)
    if tables.payload["incidents"]:
        incident_layer = folium.FeatureGroup(
            name=f"Incidents, merged across outlets ({len(tables.payload['incidents']):,})"
        )
        incident_layer.add_to(fmap)
        layers["incidents"] = incident_layer
        summaries.append(incident_layer)
    if tables.payload["provinces"]:
        if boundary_geojson is not None:
            province_layer: Layer = folium.GeoJson(
                boundary_geojson,
                name="Events per province",
                style_function=_outline_style,
                renderer=_CANVAS,
            )
        else:
            province_layer = folium.FeatureGroup(name="Events per province")
        province_layer.add_to(fmap)
        layers["provinces"] = province_layer
        summaries.append(province_layer)
    if tables.placed:
        heat = HeatMap(
            [],  # filled in the browser from the event table (and refilled by the time filter)
            name="Heat map (event density)",
            show=False,
            radius=22,
            blur=18,
            min_opacity=0.3,
            max_zoom=10,
        )
        heat.add_to(fmap)
        layers["heat"] = heat
        summaries.append(heat)
    reference: list[Layer] = []
    if tables.payload["sites"]:
        site_layer = folium.FeatureGroup(
            name=f"{marker_svg(SITE_STYLE, size=12)} Known sites and compounds ({len(tables.payload['sites']):,})"
        )
        site_layer.add_to(fmap)
        layers["sites"] = site_layer
        reference.append(site_layer)
    if outline is not None:
        reference.append(outline)

    payload = dict(tables.payload)
    payload["labels"] = _country_labels(box, tolerance)
    payload["boundaries"] = boundary_geojson is not None
    data = _EventData(payload, layers=layers, cluster=cluster)
    data.add_to(fmap)

    groups: dict[str, list[Layer]] = {}
    if type_layers:
        groups["Events by type"] = type_layers
    if summaries:
        groups["Summaries"] = summaries
    if reference:
        groups["Reference"] = reference
    if online:  # basemap switcher first, so it sits above the (expanded) layer list
        folium.LayerControl(position="topright", collapsed=True).add_to(fmap)
    if groups:
        GroupedLayerControl(
            groups, exclusive_groups=False, collapsed=False, position="topright"
        ).add_to(fmap)

    _PlaceSearch(data).add_to(fmap)
    MeasureControl(
        position="topleft",
        primary_length_unit="kilometers",
        secondary_length_unit="miles",
        primary_area_unit="sqkilometers",
        secondary_area_unit=None,
    ).add_to(fmap)

    # The filter panel: the time window (when any event is dated) and the minimum confidence.
    if tables.placed:
        time_body = _TIME_TEMPLATE.render(dated=False)
        if tables.date_range is not None:
            first, last = tables.date_range
            lo, hi = _day_number(first), _day_number(last)
            if first.day == 1:
                spans = [r[4] for r in tables.payload["events"] if r[4] is not None]
                hi = max([hi, *spans])
            time_body = _TIME_TEMPLATE.render(
                dated=True,
                first=_format_date(first, DatePrecision.DAY),
                last=_format_date(last, DatePrecision.DAY),
                lo=min(lo, *(r[3] for r in tables.payload["events"] if r[3] is not None)),
                hi=hi,
                undated=sum(1 for e in tables.placed if e.date is None),
            )
        _Panel(
            "TimeFilter",
            time_body,
            position="bottomleft",
            css_class="gt-panel gt-time",
            on_add="GeotrackMap.bindTime",
        ).add_to(fmap)

    legend_types = [
        {
            "key": spec["key"],
            "label": spec["label"],
            "svg": marker_svg(EVENT_STYLES[EventType(spec["key"])], size=16),
            "count": f"{type_counts[EventType(spec['key'])]:,}",
        }
        for spec in tables.payload["types"]
    ]
    sample = EVENT_STYLES[EventType.RAID]
    legend_body = _LEGEND_TEMPLATE.render(
        types=legend_types,
        site_svg=marker_svg(SITE_STYLE, size=14),
        site_label=SITE_STYLE.label,
        has_sites=bool(tables.payload["sites"]),
        small_svg=marker_svg(sample, size=12),
        large_svg=marker_svg(sample, size=26),
        approx_svg=marker_svg(sample, size=16),
        has_provinces=bool(tables.payload["provinces"]),
        province_how="shading" if boundary_geojson is not None else "circle area",
    )
    _Panel("Legend", legend_body, position="bottomright", css_class="gt-panel gt-legend").add_to(
        fmap
    )

    view = _view_bounds(tables.placed) or bounds
    if view is not None:
        west, south, east, north = view
        pad = 0.05
        fit = FitBounds(
            [[south - pad, west - pad], [north + pad, east + pad]], max_zoom=10, padding=(40, 40)
        )
    else:
        fit = FitBounds([[box[1], box[0]], [box[3], box[2]]])
    fit.options["animate"] = False  # the first view is set at once, not animated from zoom 6
    fit.add_to(fmap)
    return fmap


def _bounds_of_sites(sites: Sequence[Place]) -> tuple[float, float, float, float] | None:
    if not sites:
        return None
    lons = [p.lon for p in sites]
    lats = [p.lat for p in sites]
    return min(lons), min(lats), max(lons), max(lats)


def _counts_text(events: Sequence[Event]) -> str:
    articles = {e.article_id for e in events}
    outlets = {e.article_source for e in events if e.article_source}
    text = f"{len(events):,} events on the map, from {len(articles):,} article(s)"
    if outlets:
        text += f" in {len(outlets):,} outlet(s)"
    return escape_text(text)


def _country_style(feature: Mapping[str, Any]) -> dict[str, Any]:
    return {"fillColor": "#f2efe9", "fillOpacity": 1.0, "color": "#8a8478", "weight": 1.0}


def _outline_style(feature: Mapping[str, Any]) -> dict[str, Any]:
    return {"fill": False, "color": "#8c8c8c", "weight": 0.6, "dashArray": "3 3"}


def _add_online_tiles(fmap: folium.Map) -> None:
    """OpenStreetMap tile basemaps as choices (only with ``online=True``; none needs a key).

    Carto's tiles are left out: xyzservices marks them as needing an API key now.
    """
    import xyzservices.providers as xyz

    for provider, name in (
        (xyz.OpenStreetMap.Mapnik, "OpenStreetMap (online)"),
        (xyz.OpenStreetMap.HOT, "OpenStreetMap Humanitarian (online)"),
    ):
        folium.TileLayer(
            tiles=provider,
            name=name,
            overlay=False,
            control=True,
            show=False,
            max_zoom=MAX_ZOOM,
        ).add_to(fmap)


def render_map_html(
    events: Iterable[Event],
    *,
    incidents: Iterable[Incident] = (),
    sites: Iterable[Place] = (),
    title: str | None = None,
    subtitle: str | None = None,
    embed: bool = False,
    online: bool = False,
    boundaries: Any = None,
    held_back: int = 0,
) -> str:
    """Return the map as one self-contained HTML page (or fragment when ``embed``).

    Parameters are those of :func:`render_map`.
    """
    fmap = build_map(
        events,
        incidents=incidents,
        sites=sites,
        title=title,
        subtitle=subtitle,
        embed=embed,
        online=online,
        boundaries=boundaries,
        held_back=held_back,
    )
    figure = fmap.get_root()
    assert isinstance(figure, Figure)
    if embed:
        figure.render()
        page = (
            "<!-- geotrack map fragment: self-contained; put it in a page or an iframe -->\n"
            + figure.header.render()
            + "\n"
            + figure.html.render()
            + "\n<script>\n"
            + figure.script.render()
            + "\n</script>\n"
        )
    else:
        page = figure.render()
    page, _report = inline_assets(page)
    return page


def render_map(
    events: Iterable[Event],
    path: str | os.PathLike[str],
    *,
    incidents: Iterable[Incident] = (),
    sites: Iterable[Place] = (),
    title: str | None = None,
    subtitle: str | None = None,
    embed: bool = False,
    online: bool = False,
    boundaries: Any = None,
    held_back: int = 0,
) -> Path:
    """Write the interactive map of ``events`` to ``path`` (atomically) and return the path.

    Parameters
    ----------
    events : iterable of Event
        Events to draw; those without a place are counted in the title panel, not drawn.
    path : path-like
        Output file (``map.html``).
    incidents : iterable of Incident
        Events merged across outlets; drawn as their own layer, each popup listing every source.
    sites : iterable of Place
        Known sites and compounds (gazetteer places) for the reference layer.
    title, subtitle : str, optional
        Shown in the title panel (escaped).
    embed : bool
        Write a fragment for an iframe or briefing page instead of a page: inlined
        ``<style>``/``<script>`` elements, the map ``<div>`` (100% wide, 600 px high) and the
        map script; no ``<html>``, ``<head>``, ``<body>`` and no rules for ``html``/``body``.
    online : bool
        Also offer OpenStreetMap tiles (standard and humanitarian) as basemaps; they load
        from the network when chosen. The offline vector basemap stays the default.
    boundaries : GeoJSON FeatureCollection mapping or GeoDataFrame, optional
        Province polygons (``geotrack.boundaries.load_boundaries()``): drawn as outlines and
        used for the events-per-province choropleth; without them the province layer shows
        proportional circles at province points.
    held_back : int
        How many events the confidence floor held back (not passed in ``events``): said
        in the title panel.

    Returns
    -------
    Path
        ``path``.
    """
    page = render_map_html(
        events,
        incidents=incidents,
        sites=sites,
        title=title,
        subtitle=subtitle,
        embed=embed,
        online=online,
        boundaries=boundaries,
        held_back=held_back,
    )
    return atomic_write_text(path, page)
