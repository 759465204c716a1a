"""Tables and Google Earth: events CSV (lat, lon, WKT), summary.csv, and KML.

CSV files are written with the :mod:`csv` module (quotes, commas and line breaks inside
cells are handled there), UTF-8 with a byte-order mark so Excel reads Khmer, Thai and
Chinese names correctly, ISO dates written by us (GDAL's CSV driver writes ``2025/03/02``),
and every text cell that a spreadsheet would run as a formula (starting with ``=``, ``+``,
``-``, ``@``, tab or carriage return) prefixed with an apostrophe, the OWASP advice
against CSV injection. Numbers stay numbers.

KML is built here rather than through GDAL's LIBKML driver so that escaping is explicit:
article text goes through :func:`html.escape` (Google Earth renders descriptions as HTML
and can run script in them) and then through the XML writer. Each placemark gets a
``TimeStamp`` at the event date's precision (``2025``, ``2025-07`` or ``2025-07-14``),
which drives Google Earth's time slider.
"""

from __future__ import annotations

import csv
import html
import io
import os
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit
from xml.sax.saxutils import escape

from geotrack.atomic import atomic_write_text
from geotrack.model import PEOPLE_KEYS, DatePrecision, Event, EventType
from geotrack.render.geojson import COORD_DECIMALS, event_properties, event_sort_key
from geotrack.render.palette import EVENT_STYLES

__all__ = [
    "FORMULA_PREFIXES",
    "csv_safe",
    "events_kml",
    "summary_rows",
    "write_events_csv",
    "write_events_kml",
    "write_summary_csv",
]

#: First characters that make a spreadsheet treat a cell as a formula.
FORMULA_PREFIXES: tuple[str, ...] = ("=", "+", "-", "@", "\t", "\r")

_BOM = "\ufeff"


def csv_safe(value: Any) -> Any:
    """Return a cell value safe for spreadsheets: formula-like text gets a leading apostrophe.

    Parameters
    ----------
    value : Any
        A cell value; only strings are changed (numbers such as ``-5`` stay numbers).

    Returns
    -------
    Any
        ``"'=HYPERLINK(...)"`` for ``"=HYPERLINK(...)"``; other values unchanged;
        None becomes the empty string.

    Examples
    --------
    >>> csv_safe("=1+1"), csv_safe("Poipet"), csv_safe(-5)
    ("'=1+1", 'Poipet', -5)
    """
    if value is None:
        return ""
    if isinstance(value, str):
        value = value.replace("\x00", "")
        if value.startswith(FORMULA_PREFIXES):
            return "'" + value
    return value


def _csv_text(header: Sequence[str], rows: Iterable[Sequence[Any]]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow([csv_safe(h) for h in header])
    for row in rows:
        writer.writerow([csv_safe(v) for v in row])
    # a lone surrogate (text decoded with surrogateescape) cannot be written as UTF-8
    return _BOM + re.sub("[\ud800-\udfff]", "\ufffd", buffer.getvalue())


def _wkt(event: Event) -> str:
    if event.place is None:
        return ""
    lon = round(event.place.lon, COORD_DECIMALS)
    lat = round(event.place.lat, COORD_DECIMALS)
    return f"POINT ({lon!r} {lat!r})"


def write_events_csv(events: Iterable[Event], path: str | os.PathLike[str]) -> Path:
    """Write events as a CSV table with ``lat``, ``lon`` and ``wkt`` columns, atomically.

    Columns: ``lat``, ``lon``, ``wkt`` (``POINT (lon lat)``, WGS84; empty when unplaced),
    then the GeoJSON properties (fixed keys first, ``named_nationalities`` (``;``-joined
    codes the event names, so an empty ``nationalities_XX`` cell can be told apart from
    "named without a number"), then nationalities and seized items, sorted). Rows are in
    the GeoJSON order (date, article, place, id).

    Parameters
    ----------
    events : iterable of Event
        The events.
    path : str or PathLike
        Target ``.csv`` file.

    Returns
    -------
    Path
        The written file.
    """
    ordered = sorted(events, key=event_sort_key)
    props = [event_properties(e) for e in ordered]
    fixed = list(
        event_properties(
            Event(id="x", type=EventType.RAID, article_id="x", sentence="", start=0, end=0)
        )
    )
    extra = sorted({k for p in props for k in p} - set(fixed))
    columns = [*fixed, *extra]
    header = ["lat", "lon", "wkt", *columns]
    rows = [
        [
            round(e.place.lat, COORD_DECIMALS) if e.place else None,
            round(e.place.lon, COORD_DECIMALS) if e.place else None,
            _wkt(e),
            *(p.get(c) for c in columns),
        ]
        for e, p in zip(ordered, props, strict=True)
    ]
    return atomic_write_text(path, _csv_text(header, rows))


def summary_rows(events: Iterable[Event]) -> list[dict[str, Any]]:
    """Return events and people counted by country, province (admin1) and event type.

    Unplaced events are counted under empty country and province; country-level events
    under their country with an empty province. The last row totals everything.

    Parameters
    ----------
    events : iterable of Event
        The events.

    Returns
    -------
    list of dict
        Keys ``country``, ``province``, ``event_type``, ``events``, ``people_<key>``
        (sums of the stated counts; 0 when none stated) and ``people_total`` (per event,
        the largest stated category, summed; overlapping categories are not added twice).
    """
    groups: dict[tuple[str, str, str], list[Event]] = defaultdict(list)
    every: list[Event] = []
    for event in events:
        place = event.place
        country = (place.country or "") if place else ""
        province = (
            (place.admin1 or (place.name if place.level.value == "province" else ""))
            if place
            else ""
        )
        groups[(country, province, event.type.value)].append(event)
        every.append(event)
    order = {t.value: i for i, t in enumerate(EventType)}

    def row(country: str, province: str, event_type: str, members: list[Event]) -> dict[str, Any]:
        out: dict[str, Any] = {
            "country": country,
            "province": province,
            "event_type": event_type,
            "events": len(members),
        }
        for key in PEOPLE_KEYS:
            out[f"people_{key}"] = sum(e.people.get(key, 0) for e in members)
        out["people_total"] = sum(max(e.people.values(), default=0) for e in members)
        return out

    rows = [
        row(*key, members)
        for key, members in sorted(
            groups.items(),
            key=lambda kv: (kv[0][0] == "", kv[0][0], kv[0][1] == "", kv[0][1], order[kv[0][2]]),
        )
    ]
    rows.append(row("ALL", "", "all", every))
    return rows


def write_summary_csv(events: Iterable[Event], path: str | os.PathLike[str]) -> Path:
    """Write ``summary.csv``: events and people by country, province and type, atomically.

    Parameters
    ----------
    events : iterable of Event
        The events.
    path : str or PathLike
        Target ``.csv`` file.

    Returns
    -------
    Path
        The written file (see :func:`summary_rows` for the columns).
    """
    rows = summary_rows(events)
    header = list(rows[0])
    return atomic_write_text(path, _csv_text(header, ([r[h] for h in header] for r in rows)))


# -- KML -------------------------------------------------------------------------------------


_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _x(text: str, *, attribute: bool = False) -> str:
    """Escape text for XML, dropping the characters XML 1.0 cannot carry at all."""
    cleaned = _XML_INVALID.sub("", text)
    return escape(cleaned, {'"': "&quot;"}) if attribute else escape(cleaned)


def _kml_color(hex_color: str, alpha: str = "ff") -> str:
    """KML colours are aabbggrr."""
    value = hex_color.lstrip("#").lower()
    return f"{alpha}{value[4:6]}{value[2:4]}{value[0:2]}"


def _kml_when(event: Event) -> str | None:
    if event.date is None:
        return None
    if event.date_precision is DatePrecision.YEAR:
        return f"{event.date.year:04d}"
    if event.date_precision is DatePrecision.MONTH:
        return f"{event.date.year:04d}-{event.date.month:02d}"
    return event.date.isoformat()


def _safe_href(url: str | None) -> str | None:
    if not url:
        return None
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    return url.strip() if parts.scheme in ("http", "https") and parts.netloc else None


def _description(event: Event, props: Mapping[str, Any]) -> str:
    """The balloon HTML: every value from the article or gazetteer is html.escape'd."""
    h = html.escape
    lines = [f"<b>{h(EVENT_STYLES[event.type].label)}</b>"]
    if event.date:
        lines.append(f"Date: {h(event.date.isoformat())} ({h(event.date_precision.value)})")
    if event.place:
        admin = ", ".join(
            x for x in (event.place.admin2, event.place.admin1, event.place.country) if x
        )
        lines.append(f"Place: {h(event.place.name)}" + (f" ({h(admin)})" if admin else ""))
    for key in PEOPLE_KEYS:
        if key in event.people:
            qualifier = event.people_qualifiers.get(key)
            lines.append(
                f"{h(key.capitalize())}: {h(qualifier + ' ') if qualifier else ''}{event.people[key]:,}"
            )
    if event.nationalities:
        nat = ", ".join(
            f"{h(k)} {v:,}" if v is not None else h(k)
            for k, v in sorted(event.nationalities.items())
        )
        lines.append(f"Nationalities: {nat}")
    if event.seized:
        seized = ", ".join(
            f"{h(k)} {props.get('seized_' + k, v)}" for k, v in sorted(event.seized.items())
        )
        lines.append(f"Seized: {h(seized)}")
    if event.sentence:
        lines.append(f"<i>&#8220;{h(event.sentence)}&#8221;</i>")
    source = " - ".join(h(x) for x in (event.article_source, event.article_title) if x)
    href = _safe_href(event.article_url)
    if href:
        source = f'<a href="{h(href)}">{source or h(href)}</a>'
    if source:
        lines.append(f"Source: {source}")
    lines.append(f"Event {h(event.id)}, article {h(event.article_id)}")
    return "<br/>".join(lines)


def events_kml(events: Iterable[Event], *, name: str = "geotrack events") -> str:
    """Return a KML 2.2 document: one folder per event type, one placemark per placed event.

    Unplaced events are left out (KML needs a point); the document description says how many.

    Parameters
    ----------
    events : iterable of Event
        The events.
    name : str
        The document name.

    Returns
    -------
    str
        The KML text.
    """
    ordered = sorted(events, key=event_sort_key)
    placed = [e for e in ordered if e.place is not None]
    out = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<kml xmlns="http://www.opengis.net/kml/2.2">',
        "<Document>",
        f"<name>{_x(name)}</name>",
        f"<description>{len(placed)} of {len(ordered)} events placed; unplaced events are not shown.</description>",
    ]
    for event_type, style in EVENT_STYLES.items():
        out.append(
            f'<Style id="{event_type.value}"><IconStyle><color>{_kml_color(style.color)}</color><scale>1.0</scale>'
            "<Icon><href>http://maps.google.com/mapfiles/kml/shapes/placemark_circle.png</href></Icon>"
            "</IconStyle><LabelStyle><scale>0.8</scale></LabelStyle></Style>"
        )
    for event_type in EventType:
        members = [e for e in placed if e.type is event_type]
        if not members:
            continue
        out.append(f"<Folder><name>{_x(EVENT_STYLES[event_type].label)}</name>")
        for event in members:
            assert event.place is not None
            props = event_properties(event)
            title = f"{EVENT_STYLES[event.type].label}: {event.place.name}"
            out.append("<Placemark>")
            out.append(f"<name>{_x(html.escape(title))}</name>")
            when = _kml_when(event)
            if when:
                out.append(f"<TimeStamp><when>{when}</when></TimeStamp>")
            out.append(f"<styleUrl>#{event.type.value}</styleUrl>")
            out.append(f"<description>{_x(_description(event, props))}</description>")
            out.append("<ExtendedData>")
            for key, value in props.items():
                if value is None:
                    continue
                text = html.escape(str(value))
                out.append(
                    f'<Data name="{_x(key, attribute=True)}"><value>{_x(text)}</value></Data>'
                )
            out.append("</ExtendedData>")
            lon = round(event.place.lon, COORD_DECIMALS)
            lat = round(event.place.lat, COORD_DECIMALS)
            out.append(f"<Point><coordinates>{lon!r},{lat!r}</coordinates></Point>")
            out.append("</Placemark>")
        out.append("</Folder>")
    out.extend(["</Document>", "</kml>", ""])
    return "\n".join(out)


def write_events_kml(events: Iterable[Event], path: str | os.PathLike[str]) -> Path:
    """Write events as KML for Google Earth, atomically (see :func:`events_kml`).

    Parameters
    ----------
    events : iterable of Event
        The events.
    path : str or PathLike
        Target ``.kml`` file.

    Returns
    -------
    Path
        The written file.
    """
    return atomic_write_text(path, events_kml(events))
