"""One colour-blind-safe palette and one marker shape per event type, for every map.

The colours are the Okabe-Ito set (Okabe & Ito 2008, "Color Universal Design"), which
stays distinguishable under the common forms of colour blindness; each type also gets
its own shape, so the legend still reads in greyscale print. The static map, the HTML
map, the GeoPackage's QGIS styles and the timeline all take their styles from here.

Examples
--------
>>> style_for("raid").color
'#D55E00'
>>> style_for("rescue").marker
'^'
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from html import escape

from geotrack.model import EventType

__all__ = [
    "EVENT_STYLES",
    "INCIDENT_STYLE",
    "SITE_STYLE",
    "EventStyle",
    "event_people",
    "marker_svg",
    "people_marker_size",
    "style_for",
]


@dataclass(frozen=True, slots=True)
class EventStyle:
    """How one kind of feature is drawn on every map.

    Attributes
    ----------
    label : str
        Legend text ("Raid", "Compound report" ...).
    color : str
        Fill colour, ``#RRGGBB`` (Okabe-Ito).
    marker : str
        matplotlib marker code (``o``, ``s``, ``^`` ...).
    shape : str
        Shape name shared with the HTML map and QGIS (``circle``, ``square``,
        ``triangle``, ``diamond``, ``triangle_down``, ``pentagon``, ``star``, ``cross``).
    qgis_shape : str
        The QGIS ``SimpleMarker`` name of the same shape.
    edge_color : str
        Outline colour, chosen for contrast with ``color``.
    """

    label: str
    color: str
    marker: str
    shape: str
    qgis_shape: str
    edge_color: str = "#FFFFFF"


#: One style per event type, in legend order (the taxonomy's order).
EVENT_STYLES: dict[EventType, EventStyle] = {
    EventType.RAID: EventStyle("Raid", "#D55E00", "o", "circle", "circle"),
    EventType.RESCUE: EventStyle("Rescue", "#009E73", "^", "triangle", "triangle"),
    EventType.ESCAPE: EventStyle("Escape", "#56B4E9", "v", "triangle_down", "equilateral_triangle"),
    EventType.DEPORTATION: EventStyle("Deportation", "#0072B2", "D", "diamond", "diamond"),
    EventType.COMPOUND_REPORT: EventStyle("Compound report", "#E69F00", "s", "square", "square"),
    EventType.ABUSE: EventStyle("Abuse", "#CC79A7", "p", "pentagon", "pentagon"),
    EventType.POLICY: EventStyle("Policy", "#000000", "*", "star", "star"),
}

#: Incidents (events merged across outlets): a ring drawn around the type's colour.
INCIDENT_STYLE = EventStyle(
    "Incident (merged reports)", "#FFFFFF", "o", "circle", "circle", "#000000"
)

#: Known sites and compounds from the gazetteer.
SITE_STYLE = EventStyle("Known site / compound", "#999999", "X", "cross", "cross_fill", "#333333")

_SVG_SHAPES: dict[str, str] = {
    "circle": '<circle cx="10" cy="10" r="8"/>',
    "square": '<rect x="3" y="3" width="14" height="14"/>',
    "triangle": '<polygon points="10,1.5 18.5,17.5 1.5,17.5"/>',
    "triangle_down": '<polygon points="1.5,2.5 18.5,2.5 10,18.5"/>',
    "diamond": '<polygon points="10,1 19,10 10,19 1,10"/>',
    "pentagon": '<polygon points="10,1.5 18.6,7.8 15.3,17.9 4.7,17.9 1.4,7.8"/>',
    "star": (
        '<polygon points="10,1 12.4,7.2 19,7.3 13.8,11.4 15.6,18 10,14.2 '
        '4.4,18 6.2,11.4 1,7.3 7.6,7.2"/>'
    ),
    "cross": '<polygon points="5,2 10,7 15,2 18,5 13,10 18,15 15,18 10,13 5,18 2,15 7,10 2,5"/>',
}


def style_for(event_type: EventType | str) -> EventStyle:
    """Return the style of an event type (a member or its string value).

    Parameters
    ----------
    event_type : EventType or str
        ``raid``, ``rescue`` ...

    Returns
    -------
    EventStyle
        The shared style.

    Raises
    ------
    ValueError
        When ``event_type`` is not in the taxonomy.
    """
    try:
        return EVENT_STYLES[EventType(event_type)]
    except ValueError:
        known = ", ".join(t.value for t in EventType)
        raise ValueError(f"unknown event type {event_type!r} (known: {known})") from None


def marker_svg(style: EventStyle, *, size: int = 16) -> str:
    """Return a small inline SVG of a style's marker (for HTML legends and icons).

    Parameters
    ----------
    style : EventStyle
        The style to draw.
    size : int
        Width and height in pixels.

    Returns
    -------
    str
        A standalone ``<svg>`` element; it holds no text from articles.
    """
    shape = _SVG_SHAPES[style.shape]
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{int(size)}" height="{int(size)}" '
        f'viewBox="0 0 20 20" role="img" aria-label="{escape(style.label)}">'
        f'<g fill="{style.color}" stroke="{style.edge_color}" stroke-width="1.5">{shape}</g></svg>'
    )


def event_people(people: Mapping[str, int | None]) -> int | None:
    """Return the people count that sizes an event's marker: the largest stated category.

    The largest, not the sum: reports often give overlapping figures ("300 detained,
    50 of them arrested"), and adding them would double-count.

    Parameters
    ----------
    people : mapping
        An event's ``people`` dict (category -> count).

    Returns
    -------
    int or None
        None when no count is stated.
    """
    counts = [
        v for v in people.values() if isinstance(v, int) and not isinstance(v, bool) and v >= 0
    ]
    return max(counts) if counts else None


def people_marker_size(people: int | None, *, base: float = 1.0) -> float:
    """Return a marker scale factor for a people count: 1 when unknown, growing with sqrt.

    Area grows with the count (radius with its square root) and is capped at 4x the base
    radius, so a "1,000 rescued" dot stands out without hiding its neighbours.

    Parameters
    ----------
    people : int or None
        Total people reported (arrested, rescued ...), None when not stated.
    base : float
        The factor for an event with no count.

    Returns
    -------
    float
        ``base`` times a factor in 1..4.
    """
    if not people or people <= 0:
        return base
    return base * min(4.0, 1.0 + (people**0.5) / 8.0)
