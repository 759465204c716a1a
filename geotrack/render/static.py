"""Static report maps (PNG 300 dpi, SVG, PDF) with matplotlib and geopandas, fully offline.

One figure: a title block (title, subtitle, date range), the map in a Transverse Mercator
projection centred on the extent (so the scale bar reads true), Natural Earth countries
(:mod:`geotrack.render.basemap`) and imported province outlines
(:mod:`geotrack.boundaries`), one symbol per event type from the shared palette
(:mod:`geotrack.render.palette`) sized by people count, non-overlapping labels for the
busiest places (adjustText), a legend, a scale bar, a north arrow, an inset locator map,
and a source note.

Honesty rules for a briefing map: events placed only at a province or region
(geo_precision 3) are drawn hollow and the legend says so; events known only at country
level (geo_precision 4) and unplaced events are not drawn at all, and the note counts them.
Several event types at one place fan out around it instead of hiding each other.
"""

from __future__ import annotations

import math
import os
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from geotrack.atomic import atomic_path
from geotrack.errors import BadInputError, OutputError
from geotrack.model import Event, EventType
from geotrack.render.basemap import ATTRIBUTION, BBox, countries_gdf, extent_bbox
from geotrack.render.palette import EVENT_STYLES, event_people

if TYPE_CHECKING:
    import geopandas as gpd
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

__all__ = ["STATIC_FORMATS", "fit_extent", "plain_text", "render_static_map", "resolve_extent"]

#: File suffixes render_static_map writes.
STATIC_FORMATS: tuple[str, ...] = (".png", ".svg", ".pdf")

_SEA = "#D9E6EF"
_LAND = "#E9E7E2"
_LAND_FOCUS = "#FCFBF8"
_BORDER = "#8A8A8A"
_PROVINCE = "#BDBAB3"
_TEXT = "#222222"
_MUTED = "#666666"
_BASE_MARKER_PT2 = 72.0  # matplotlib scatter area (points^2) of an event without a count
_MIN_SPAN_DEG = 1.6  # never zoom closer than this: the map shows where, not which building


@dataclass(frozen=True, slots=True)
class _Symbol:
    """One drawn marker: events of one type at one place."""

    event_type: EventType
    place_id: str
    name: str
    lon: float
    lat: float
    count: int
    people: int | None
    approximate: bool


def fit_extent(
    events: Iterable[Event], *, margin: float = 0.12, min_span: float = _MIN_SPAN_DEG
) -> BBox:
    """Return a box around the drawable events with a margin, never smaller than ``min_span``.

    Parameters
    ----------
    events : iterable of Event
        Events; unplaced and country-level ones are ignored.
    margin : float
        Fraction of the span added on each side.
    min_span : float
        Smallest width and height in degrees.

    Returns
    -------
    BBox
        (west, south, east, north); the region box when nothing is drawable.
    """
    points = [
        (e.place.lon, e.place.lat) for e in events if e.place is not None and _precision(e) < 4
    ]
    if not points:
        return extent_bbox("region")
    points = _main_cluster(points)
    lons = [p[0] for p in points]
    lats = [p[1] for p in points]
    west, east, south, north = min(lons), max(lons), min(lats), max(lats)
    width = max(east - west, min_span)
    height = max(north - south, min_span)
    cx, cy = (west + east) / 2, (south + north) / 2
    width *= 1 + 2 * margin
    height *= 1 + 2 * margin
    # keep a landscape-friendly shape: very tall or very wide boxes make poor pages
    width = max(width, height * 0.75)
    height = max(height, width * 0.5)
    return (
        max(-180.0, cx - width / 2),
        max(-85.0, cy - height / 2),
        min(180.0, cx + width / 2),
        min(85.0, cy + height / 2),
    )


def _main_cluster(points: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """Drop far outliers (a deportation to Seoul on a Cambodia map) from the fitted extent.

    A point counts as an outlier when it lies more than four times the median distance
    from the median point (and more than 12 degrees, about 1,300 km); outliers are dropped only when they
    are under a fifth of the points. They are still counted in the map's note.
    """
    if len(points) < 5:
        return points
    lons = sorted(p[0] for p in points)
    lats = sorted(p[1] for p in points)
    mid = len(points) // 2
    cx, cy = lons[mid], lats[mid]
    dist = [math.hypot((lon - cx) * math.cos(math.radians(cy)), lat - cy) for lon, lat in points]
    typical = sorted(dist)[mid]
    cutoff = max(4 * typical, 12.0)
    kept = [p for p, d in zip(points, dist, strict=True) if d <= cutoff]
    return kept if len(kept) >= 0.8 * len(points) else points


def resolve_extent(extent: str | Sequence[float] | None, events: Sequence[Event]) -> BBox:
    """Return the map box for an ``extent`` argument: None (fit), a name, or four numbers.

    Parameters
    ----------
    extent : str, sequence of float or None
        ``None`` fits the events; a name such as ``cambodia`` or ``region``; a
        ``(west, south, east, north)`` sequence or the string ``"west,south,east,north"``.
    events : sequence of Event
        Used when fitting.

    Returns
    -------
    BBox
        (west, south, east, north).

    Raises
    ------
    BadInputError
        For an unknown name or an invalid box.
    """
    if extent is None:
        return fit_extent(events)
    if isinstance(extent, str):
        parts = [p.strip() for p in extent.split(",")]
        if len(parts) != 4:
            return extent_bbox(extent)
        try:
            values = [float(p) for p in parts]
        except ValueError:
            raise BadInputError(f"extent {extent!r} is not west,south,east,north numbers") from None
    else:
        values = [float(v) for v in extent]
    if len(values) != 4 or not all(math.isfinite(v) for v in values):
        raise BadInputError(f"extent {extent!r} is not four numbers (west, south, east, north)")
    west, south, east, north = values
    if not (-180 <= west < east <= 180 and -90 <= south < north <= 90):
        raise BadInputError(
            f"extent {extent!r}: need west < east in -180..180 and south < north in -90..90"
        )
    return west, south, east, north


def _precision(event: Event) -> int:
    if event.geo_precision is not None:
        return event.geo_precision
    return event.place.geo_precision if event.place is not None else 4


def _symbols(events: Sequence[Event]) -> list[_Symbol]:
    groups: dict[tuple[str, EventType], list[Event]] = defaultdict(list)
    for event in events:
        if event.place is not None and _precision(event) < 4:
            groups[(event.place.id, event.type)].append(event)
    out = []
    for (place_id, event_type), members in groups.items():
        place = members[0].place
        assert place is not None
        counts = [p for e in members if (p := event_people(e.people)) is not None]
        out.append(
            _Symbol(
                event_type=event_type,
                place_id=place_id,
                name=place.name,
                lon=place.lon,
                lat=place.lat,
                count=len(members),
                people=sum(counts) if counts else None,
                approximate=all(_precision(e) == 3 for e in members),
            )
        )
    order = {t: i for i, t in enumerate(EventType)}
    return sorted(out, key=lambda s: (-(s.people or 0), order[s.event_type], s.place_id))


def _crs_for(bbox: BBox) -> str:
    """A metric projection for the box: Transverse Mercator centred on it (true scale along
    the central meridian), or for boxes wider than 30 degrees an equirectangular projection
    true at the centre latitude (Transverse Mercator distorts badly far from its meridian)."""
    west, south, east, north = bbox
    lon0 = (west + east) / 2
    if east - west > 30:
        lat_ts = max(-60.0, min(60.0, (south + north) / 2))
        return f"+proj=eqc +lat_ts={lat_ts:.4f} +lon_0={lon0:.4f} +datum=WGS84 +units=m +no_defs"
    return (
        f"+proj=tmerc +lat_0=0 +lon_0={lon0:.4f} +k=1 +x_0=0 +y_0=0 +datum=WGS84 +units=m +no_defs"
    )


def _projected_box(bbox: BBox, crs: str) -> tuple[float, float, float, float]:
    import shapely
    from pyproj import Transformer

    west, south, east, north = bbox
    ring = shapely.box(west, south, east, north).segmentize(max(east - west, north - south) / 20)
    xs, ys = Transformer.from_crs("EPSG:4326", crs, always_xy=True).transform(*ring.exterior.xy)
    return min(xs), min(ys), max(xs), max(ys)


def _transform(crs: str) -> Any:
    from pyproj import Transformer

    return Transformer.from_crs("EPSG:4326", crs, always_xy=True)


def _halo(width: float = 2.5) -> list[Any]:
    from matplotlib import patheffects

    return [patheffects.withStroke(linewidth=width, foreground="white")]


def _draw_basemap(
    ax: Axes,
    bbox: BBox,
    crs: str,
    *,
    focus: set[str],
    boundaries: gpd.GeoDataFrame | None,
    label_countries: bool = True,
) -> None:
    west, south, east, north = bbox
    span = max(east - west, north - south)
    pad = span * (0.6 if span < 30 else 0.15)  # the projected corners need some margin
    clip = (
        max(-180.0, west - pad),
        max(-89.0, south - pad),
        min(180.0, east + pad),
        min(89.0, north + pad),
    )
    countries = countries_gdf(bbox=clip, tolerance=max(span / 900, 0.002))
    ax.set_facecolor(_SEA)
    projected = countries.to_crs(crs)
    colours = [_LAND_FOCUS if iso in focus else _LAND for iso in countries["iso2"]]
    projected.plot(ax=ax, color=colours, edgecolor="none", zorder=1)
    if boundaries is not None and len(boundaries):
        import shapely

        provinces = boundaries[boundaries.intersects(shapely.box(*clip))]
        if len(provinces):
            outlines = provinces.copy()
            outlines["geometry"] = shapely.coverage_simplify(
                provinces.geometry.values, max(span / 1500, 0.001)
            )
            outlines.to_crs(crs).boundary.plot(ax=ax, color=_PROVINCE, linewidth=0.4, zorder=2)
    projected.boundary.plot(ax=ax, color=_BORDER, linewidth=0.7, zorder=3)
    if label_countries:
        transformer = _transform(crs)
        x0, x1 = ax.get_xlim()
        y0, y1 = ax.get_ylim()
        import shapely

        view = shapely.box(west, south, east, north)
        for row in countries.itertuples():
            lon, lat = row.label_lon, row.label_lat
            inner = shapely.box(
                west + (east - west) * 0.08,
                south + (north - south) * 0.08,
                east - (east - west) * 0.08,
                north - (north - south) * 0.08,
            )
            if row.geometry.intersection(view).area < 0.01 * view.area:
                continue  # a reef, an island territory or a sliver at the edge
            if not inner.contains(shapely.Point(lon, lat)):
                part = row.geometry.intersection(inner)
                if part.is_empty or part.area < 0.04 * view.area:
                    continue
                point = part.representative_point()
                lon, lat = point.x, point.y
            x, y = transformer.transform(lon, lat)
            if not (x0 < x < x1 and y0 < y < y1):
                continue
            ax.text(
                x,
                y,
                str(row.name).upper(),
                fontsize=8,
                color="#9A9690",
                ha="center",
                va="center",
                fontweight="bold",
                zorder=4,
                path_effects=_halo(2),
                alpha=0.9,
            )


def _people_scale(symbols: Sequence[_Symbol]) -> float:
    """The people count that gets the biggest marker: the map's largest, at least 100."""
    return float(max([100, *(s.people or 0 for s in symbols)]))


def _diameter(people: int | None, scale: float) -> float:
    """Marker diameter in points: area grows with the people count, relative to the map's largest."""
    base = math.sqrt(_BASE_MARKER_PT2)
    if not people or people <= 0:
        return base
    return base * (1.0 + 2.0 * math.sqrt(min(people, scale) / scale))


def _fan_offsets(
    symbols: Sequence[_Symbol], scale: float
) -> dict[tuple[str, EventType], tuple[float, float]]:
    """Point offsets so several types at one place sit around it instead of on top."""
    by_place: dict[str, list[_Symbol]] = defaultdict(list)
    for s in symbols:
        by_place[s.place_id].append(s)
    order = {t: i for i, t in enumerate(EventType)}
    offsets = {}
    for place_id, group in by_place.items():
        group.sort(key=lambda s: order[s.event_type])
        n = len(group)
        for i, s in enumerate(group):
            if n == 1:
                offsets[(place_id, s.event_type)] = (0.0, 0.0)
                continue
            angle = math.pi / 2 + 2 * math.pi * i / n
            widest = max(_diameter(g.people, scale) for g in group)
            # neighbours on the circle sit about one marker apart
            radius = max(7.0, widest * 0.5 / max(math.sin(math.pi / n), 0.3))
            offsets[(place_id, s.event_type)] = (radius * math.cos(angle), radius * math.sin(angle))
    return offsets


def _draw_events(ax: Axes, fig: Figure, symbols: Sequence[_Symbol], crs: str) -> list[Any]:
    from matplotlib.transforms import offset_copy

    transformer = _transform(crs)
    scale = _people_scale(symbols)
    offsets = _fan_offsets(symbols, scale)
    drawn: list[Any] = []
    fanned = {pid for (pid, _t), (dx, dy) in offsets.items() if dx or dy}
    for s in symbols:
        if s.place_id not in fanned:
            continue
        x, y = transformer.transform(s.lon, s.lat)
        dx, dy = offsets[(s.place_id, s.event_type)]
        # a thin leader from the true location to each fanned marker
        ax.annotate(
            "",
            xy=(x, y),
            xytext=(dx, dy),
            textcoords="offset points",
            zorder=9,
            arrowprops={
                "arrowstyle": "-",
                "color": "#555555",
                "lw": 0.5,
                "shrinkA": 0,
                "shrinkB": 0,
            },
        )
    for pid in sorted(fanned):
        first = next(s for s in symbols if s.place_id == pid)
        x, y = transformer.transform(first.lon, first.lat)
        ax.scatter([x], [y], s=6, color="#333333", zorder=9.5, linewidth=0)
    # biggest first, so small markers stay visible on top
    for z, s in enumerate(sorted(symbols, key=lambda s: -(s.people or 0))):
        style = EVENT_STYLES[s.event_type]
        x, y = transformer.transform(s.lon, s.lat)
        dx, dy = offsets[(s.place_id, s.event_type)]
        transform = offset_copy(ax.transData, fig=fig, x=dx, y=dy, units="points")
        size = _diameter(s.people, scale) ** 2
        marker = ax.scatter(
            [x],
            [y],
            s=size,
            marker=style.marker,
            transform=transform,
            facecolor="none" if s.approximate else style.color,
            edgecolor=style.color if s.approximate else "white",
            linewidth=1.6 if s.approximate else 0.8,
            alpha=0.92,
            zorder=10 + z / 10000,
        )
        drawn.append(marker)
        if s.count > 1:
            ax.annotate(
                str(s.count),
                (x, y),
                xycoords=transform,
                fontsize=5.5,
                color="white" if not s.approximate else style.color,
                ha="center",
                va="center",
                fontweight="bold",
                zorder=11 + z / 10000,
            )
    return drawn


def plain_text(text: str) -> str:
    """Return text matplotlib shows as written: ``$`` would otherwise start mathtext.

    Parameters
    ----------
    text : str
        Any text (place names, titles, outlet names from articles).

    Returns
    -------
    str
        The text with ``$`` escaped and control characters removed.
    """
    cleaned = "".join(ch for ch in text if ch in "\n\t" or ch.isprintable())
    return cleaned.replace("$", r"\$")


def _draw_labels(ax: Axes, symbols: Sequence[_Symbol], crs: str, *, max_labels: int) -> None:
    from adjustText import adjust_text

    weight: Counter[str] = Counter()
    precise: set[str] = set()
    where: dict[str, tuple[float, float, str]] = {}
    for s in symbols:
        weight[s.place_id] += s.count * 1000 + (s.people or 0)
        where[s.place_id] = (s.lon, s.lat, s.name)
        if not s.approximate:
            precise.add(s.place_id)
    # exact places first (a label names what the dot is), then the busiest
    chosen = sorted(weight, key=lambda p: (p not in precise, -weight[p], where[p][2]))[:max_labels]
    if not chosen:
        return
    transformer = _transform(crs)
    avoid = [transformer.transform(s.lon, s.lat) for s in symbols]  # every marker, labelled or not
    texts = []
    xs, ys = [], []
    for place_id in chosen:
        lon, lat, name = where[place_id]
        x, y = transformer.transform(lon, lat)
        xs.append(x)
        ys.append(y)
        texts.append(
            ax.text(
                x,
                y,
                f" {plain_text(name)}",
                fontsize=7.5,
                color=_TEXT,
                ha="left",
                va="bottom",
                zorder=20,
                path_effects=_halo(2.4),
            )
        )
    adjust_text(
        texts,
        x=[p[0] for p in avoid],
        y=[p[1] for p in avoid],
        target_x=xs,
        target_y=ys,
        ax=ax,
        expand=(1.15, 1.4),
        arrowprops={"arrowstyle": "-", "color": "#555555", "lw": 0.5},
        min_arrow_len=8,
        iter_lim=300,
    )


def _legend(ax: Axes, symbols: Sequence[_Symbol], *, location: str) -> None:
    """Two boxes side by side: event types (and symbol notes), then marker sizes."""
    from matplotlib.lines import Line2D

    present = {s.event_type for s in symbols}
    handles: list[Any] = [
        Line2D(
            [],
            [],
            linestyle="none",
            marker=style.marker,
            markersize=7.5,
            markerfacecolor=style.color,
            markeredgecolor="white",
            label=style.label,
        )
        for event_type, style in EVENT_STYLES.items()
        if event_type in present
    ]
    if any(s.approximate for s in symbols):
        handles.append(
            Line2D(
                [],
                [],
                linestyle="none",
                marker="o",
                markersize=7.5,
                markerfacecolor="none",
                markeredgecolor="#444444",
                markeredgewidth=1.4,
                label="Province-level place",
            )
        )
    if any(s.count > 1 for s in symbols):
        handles.append(
            Line2D(
                [],
                [],
                linestyle="none",
                marker="$3$",
                markersize=6,
                color="#444444",
                label="Number of reports",
            )
        )
    style_kw: dict[str, Any] = {
        "fontsize": 7,
        "title_fontsize": 7.5,
        "frameon": True,
        "framealpha": 0.93,
        "edgecolor": "#CCCCCC",
        "borderpad": 0.8,
        "handletextpad": 0.9,
    }
    types = ax.legend(
        handles=handles, loc=location, title="Event type", labelspacing=0.9, **style_kw
    )  # type: ignore[call-overload]
    types.set_zorder(30)
    types.get_title().set_fontweight("bold")
    people = [s.people for s in symbols if s.people]
    if not people:
        return
    ax.add_artist(types)
    biggest = max(people)
    scale = _people_scale(symbols)
    nice = [n * f for n in (1, 10, 100, 1000, 10000, 100000) for f in (1, 2, 5)]
    steps = [n for n in nice if n <= biggest][-1:]
    if steps:
        steps = (
            [n for n in nice if n <= steps[0] / 8][-1:]
            + [n for n in nice if n <= steps[0] / 80][-1:]
            + steps
        )
    steps = sorted(set(steps)) or [biggest]
    size_handles = [
        Line2D(
            [],
            [],
            linestyle="none",
            marker="o",
            markersize=_diameter(n, scale),
            markerfacecolor="#C8C8C8",
            markeredgecolor="#888888",
            markeredgewidth=0.5,
            label=f"{n:,}",
        )
        for n in steps
    ]
    renderer = ax.figure.canvas.get_renderer()  # type: ignore[attr-defined]
    box = types.get_window_extent(renderer).transformed(ax.transAxes.inverted())
    left = location == "lower left"
    sizes = ax.legend(
        handles=size_handles,
        title="People reported",
        labelspacing=1.6,
        borderaxespad=0,
        loc="lower left" if left else "lower right",
        bbox_to_anchor=(box.x1 + 0.012, box.y0) if left else (box.x0 - 0.012, box.y0),
        handleheight=2.2,
        **style_kw,
    )
    sizes.set_zorder(30)
    sizes.get_title().set_fontweight("bold")


def _layout(
    symbols: Sequence[_Symbol], crs: str, box: tuple[float, float, float, float]
) -> dict[str, str]:
    """Choose corners: the inset and the legend go where the fewest markers are.

    Returns ``{"inset": "right"|"left", "legend": "lower left"|"lower right"}``; the
    north arrow takes the other top corner, the scale bar the other bottom corner.
    """
    transformer = _transform(crs)
    x0, y0, x1, y1 = box
    points = []
    for s in symbols:
        x, y = transformer.transform(s.lon, s.lat)
        points.append(((x - x0) / (x1 - x0), (y - y0) / (y1 - y0)))

    def crowd(left: float, bottom: float, width: float, height: float) -> int:
        return sum(
            1 for fx, fy in points if left <= fx <= left + width and bottom <= fy <= bottom + height
        )

    inset = "right" if crowd(0.72, 0.66, 0.28, 0.34) <= crowd(0.0, 0.66, 0.28, 0.34) else "left"
    legend = (
        "lower left" if crowd(0.0, 0.0, 0.3, 0.42) <= crowd(0.7, 0.0, 0.3, 0.42) else "lower right"
    )
    return {"inset": inset, "legend": legend}


def _north_arrow(ax: Axes, *, side: str) -> None:
    fx = 0.965 if side == "right" else 0.035
    ax.annotate(
        "N",
        xy=(fx, 0.955),
        xytext=(fx, 0.885),
        xycoords="axes fraction",
        ha="center",
        va="center",
        fontsize=9,
        fontweight="bold",
        color=_TEXT,
        zorder=30,
        arrowprops={"arrowstyle": "-|>,head_width=0.35,head_length=0.7", "color": _TEXT, "lw": 1.3},
    )


def _km_label(value: float, unit: str) -> str:
    """Scale-bar text in km whatever SI prefix the bar chose ("2 Mm" -> "2,000 km")."""
    factor = {"m": 0.001, "km": 1.0, "Mm": 1000.0, "Gm": 1e6}.get(unit)
    if factor is None:
        return f"{value:g} {unit}"
    km = value * factor
    return f"{km:,.0f} km" if km >= 1 else f"{value * factor * 1000:,.0f} m"


def _scale_bar(ax: Axes, *, location: str) -> None:
    from matplotlib_scalebar.scalebar import ScaleBar

    ax.add_artist(
        ScaleBar(
            1.0,
            units="m",
            scale_formatter=_km_label,
            dimension="si-length",
            location=location,
            length_fraction=0.2,
            box_alpha=0.85,
            font_properties={"size": 7},
            scale_loc="top",
            border_pad=0.8,
        )
    )


def _inset(fig: Figure, ax: Axes, bbox: BBox, *, focus: set[str], side: str) -> None:
    import shapely

    west, south, east, north = bbox
    cx, cy = (west + east) / 2, (south + north) / 2
    span = max(east - west, north - south)
    half = max(span * 2.2, 14.0)
    box = (
        max(-180.0, cx - half),
        max(-80.0, cy - half * 0.8),
        min(180.0, cx + half),
        min(80.0, cy + half * 0.8),
    )
    crs = _crs_for(box)
    inset = ax.inset_axes((0.745 if side == "right" else 0.01, 0.70, 0.245, 0.285))
    inset.set_zorder(25)
    countries = countries_gdf(bbox=box, tolerance=max(half / 150, 0.05))
    inset.set_facecolor(_SEA)
    colours = ["#D9D5CE" if iso in focus else "#ECE9E4" for iso in countries["iso2"]]
    projected = countries.to_crs(crs)
    projected.plot(ax=inset, color=colours, edgecolor="#A8A59F", linewidth=0.3)
    frame = shapely.box(west, south, east, north).segmentize(span / 10)
    import geopandas as gpd

    gpd.GeoSeries([frame], crs="EPSG:4326").to_crs(crs).boundary.plot(
        ax=inset, color="#D55E00", linewidth=1.1
    )
    x0, y0, x1, y1 = _projected_box(box, crs)
    inset.set_xlim(x0, x1)
    inset.set_ylim(y0, y1)
    inset.set_xticks([])
    inset.set_yticks([])
    inset.set_xlabel("")
    inset.set_ylabel("")
    for spine in inset.spines.values():
        spine.set_edgecolor("#888888")
        spine.set_linewidth(0.6)


def _date_range(events: Sequence[Event]) -> str | None:
    """'Events dated 2 Feb 2025 to 22 Aug 2025', at the precision the dates were reported."""
    from geotrack.model import DatePrecision

    dated = [e for e in events if e.date is not None]
    fine = [
        e
        for e in dated
        if e.date_precision in (DatePrecision.DAY, DatePrecision.WEEK, DatePrecision.MONTH)
    ]
    pool = fine or dated
    if not pool:
        return None

    def fmt(event: Event) -> str:
        d = event.date
        assert d is not None
        if event.date_precision is DatePrecision.YEAR:
            return f"{d.year}"
        if event.date_precision is DatePrecision.MONTH:
            return d.strftime("%b %Y")
        return f"{d.day} {d.strftime('%b %Y')}"

    first = min(pool, key=lambda e: (e.date, e.date_precision.value))
    last = max(pool, key=lambda e: (e.date, e.date_precision.value))
    a, b = fmt(first), fmt(last)
    return f"Events dated {a}" if a == b else f"Events dated {a} to {b}"


def _note(
    events: Sequence[Event], drawn: int, attribution: str | None, source_note: str | None
) -> str:
    placed = [e for e in events if e.place is not None]
    country_level = sum(1 for e in placed if _precision(e) >= 4)
    unplaced = len(events) - len(placed)
    parts = [
        f"{_count(len(events), 'event')} from {_count(len({e.article_id for e in events}), 'article')}; "
        f"{drawn:,} drawn"
    ]
    if country_level:
        parts.append(f"{country_level} known only at country level not drawn")
    if unplaced:
        parts.append(f"{unplaced} without a place not drawn")
    outside = len(placed) - country_level - drawn
    if outside > 0:
        parts.append(f"{outside} outside the map area")
    sources = sorted({e.article_source for e in events if e.article_source})
    lines = ["; ".join(parts) + "."]
    if source_note:
        lines.append(source_note)
    elif sources:
        shown = ", ".join(sources[:6]) + (
            f" and {len(sources) - 6} more" if len(sources) > 6 else ""
        )
        lines.append(f"Sources: news reports ({shown}), events extracted with geotrack.")
    credit = (
        ATTRIBUTION
        + (f"; {attribution}" if attribution else "")
        + ". Locations are as reported, not verified."
    )
    lines.append(credit)
    return "\n".join(lines)


def _count(n: int, noun: str) -> str:
    """'1 event', '2,301 events'."""
    return f"{n:,} {noun}" + ("" if n == 1 else "s")


def _page_size(bbox: BBox, crs: str) -> tuple[float, float]:
    x0, y0, x1, y1 = _projected_box(bbox, crs)
    aspect = (y1 - y0) / (x1 - x0)
    width = 9.0
    height = min(max(width * aspect, 4.5), 11.0)
    return width, height


def render_static_map(
    events: Iterable[Event],
    path: str | os.PathLike[str],
    *,
    extent: str | Sequence[float] | None = None,
    boundaries: gpd.GeoDataFrame | Literal["auto"] | None = "auto",
    title: str | None = None,
    subtitle: str | None = None,
    source_note: str | None = None,
    max_labels: int = 18,
    dpi: int = 300,
) -> Path:
    """Draw a static report map of events to PNG (300 dpi), SVG or PDF, atomically.

    Parameters
    ----------
    events : iterable of Event
        The events; unplaced and country-level ones are counted in the note, not drawn.
    path : str or PathLike
        Target file; the suffix (``.png``, ``.svg``, ``.pdf``) picks the format.
    extent : str, sequence of float or None
        None fits the events with a margin; a name (``cambodia``, ``myanmar``, ``region``,
        ``mekong`` or any country name or ISO code); or (west, south, east, north).
    boundaries : GeoDataFrame, "auto" or None
        Province outlines: ``"auto"`` uses boundaries imported with
        ``geotrack boundaries import`` when there are any; None draws none.
    title, subtitle : str, optional
        Title block text (defaults: "Reported scam-compound events" and the types shown).
    source_note : str, optional
        Replaces the automatic "Sources: ..." line of the note.
    max_labels : int
        How many of the busiest places get a name label.
    dpi : int
        Resolution for PNG (and raster parts of PDF/SVG).

    Returns
    -------
    Path
        The written file.

    Raises
    ------
    BadInputError
        For an unsupported suffix or a bad extent.

    Examples
    --------
    >>> render_static_map(events, "out/map.png", extent="cambodia", title="Raids, 2025")  # doctest: +SKIP
    """
    suffix = Path(path).suffix.lower()
    if suffix not in STATIC_FORMATS:
        raise BadInputError(
            f"{path}: static maps are written as {', '.join(STATIC_FORMATS)}, not {suffix or 'no suffix'!r}"
        )
    event_list = list(events)
    bbox = resolve_extent(extent, event_list)
    provinces: gpd.GeoDataFrame | None
    if isinstance(boundaries, str):
        if boundaries != "auto":
            raise BadInputError(f"boundaries {boundaries!r}: pass a GeoDataFrame, 'auto' or None")
        from geotrack.boundaries import load_boundaries

        provinces = load_boundaries()
    else:
        provinces = boundaries
    if provinces is not None and provinces.crs is not None and provinces.crs.to_epsg() != 4326:
        provinces = provinces.to_crs("EPSG:4326")
    symbols = _symbols(event_list)
    west, south, east, north = bbox
    visible = [s for s in symbols if west <= s.lon <= east and south <= s.lat <= north]

    import matplotlib
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    crs = _crs_for(bbox)
    map_w, map_h = _page_size(bbox, crs)
    header, footer = 0.95, 0.62
    fig = Figure(figsize=(map_w + 0.4, map_h + header + footer), dpi=dpi)
    FigureCanvasAgg(fig)
    total_h = map_h + header + footer
    ax = fig.add_axes(
        (0.2 / (map_w + 0.4), footer / total_h, map_w / (map_w + 0.4), map_h / total_h)
    )
    x0, y0, x1, y1 = _projected_box(bbox, crs)
    ax.set_xlim(x0, x1)
    ax.set_ylim(y0, y1)
    visible_ids = {(s.place_id, s.event_type) for s in visible}
    focus = {
        e.place.country
        for e in event_list
        if e.place is not None and e.place.country and (e.place.id, e.type) in visible_ids
    }
    attribution = None
    if provinces is not None and "attribution" in provinces.columns:
        attribution = "; ".join(sorted({str(a) for a in provinces["attribution"].dropna()}))
    with matplotlib.rc_context({"font.family": "DejaVu Sans", "svg.hashsalt": "geotrack"}):
        _draw_basemap(ax, bbox, crs, focus=focus, boundaries=provinces)
        ax.set_xlim(x0, x1)
        ax.set_ylim(y0, y1)
        ax.set_xticks([])
        ax.set_yticks([])
        ax.set_xlabel("")
        ax.set_ylabel("")
        for spine in ax.spines.values():
            spine.set_edgecolor("#777777")
            spine.set_linewidth(0.8)
        _draw_events(ax, fig, visible, crs)
        _draw_labels(ax, visible, crs, max_labels=max_labels)
        ax.set_xlim(x0, x1)
        ax.set_ylim(y0, y1)
        layout = _layout(visible, crs, (x0, y0, x1, y1))
        if visible:
            _legend(ax, visible, location=layout["legend"])
        _scale_bar(ax, location="lower right" if layout["legend"] == "lower left" else "lower left")
        _north_arrow(ax, side="left" if layout["inset"] == "right" else "right")
        if max(east - west, north - south) < 60:  # a continent-wide map needs no locator
            _inset(fig, ax, bbox, focus=focus, side=layout["inset"])
        left = 0.2 / (map_w + 0.4)
        top = 1 - 0.18 / total_h
        n_places = len({s.place_id for s in visible})
        n_articles = len({e.article_id for e in event_list})
        fig.text(
            left,
            top,
            plain_text(title or "Reported scam-compound events"),
            fontsize=15,
            fontweight="bold",
            color=_TEXT,
            va="top",
            ha="left",
        )
        drawn = sum(s.count for s in visible)
        sub = subtitle or (
            f"{_count(drawn, 'event')} at {_count(n_places, 'place')}, "
            f"from {_count(n_articles, 'news article')}"
            if visible
            else "No events could be placed in this area"
        )
        fig.text(
            left,
            top - 0.36 / total_h,
            plain_text(sub),
            fontsize=9.5,
            color=_MUTED,
            va="top",
            ha="left",
        )
        dates = _date_range(event_list)
        if dates:
            fig.text(
                1 - left,
                top - 0.36 / total_h,
                dates,
                fontsize=9.5,
                color=_MUTED,
                va="top",
                ha="right",
            )
        fig.text(
            left,
            0.1 / total_h,
            plain_text(_note(event_list, sum(s.count for s in visible), attribution, source_note)),
            fontsize=6.3,
            color=_MUTED,
            va="bottom",
            ha="left",
            linespacing=1.45,
        )
        metadata: dict[str, Any] = {
            ".png": {"Software": None},
            ".svg": {"Date": None, "Creator": None},
            ".pdf": {"CreationDate": None, "Creator": None, "Producer": None},
        }[suffix]
        with atomic_path(path) as tmp:
            try:
                fig.savefig(tmp, dpi=dpi, facecolor="white", metadata=metadata)
            except (OSError, ValueError) as exc:
                raise OutputError(f"{path}: cannot save the map ({exc})") from exc
    return Path(path)
