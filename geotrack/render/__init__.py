"""Outputs: one module per format, and a registry of them (format name -> writer).

The registry lets the CLI list and pick formats without importing the heavy libraries
(geopandas, matplotlib, folium) until one is used. Every writer takes the events first
and the target path second; the other arguments are keyword-only::

    from geotrack.render import get_writer
    get_writer("csv")(events, "out/events.csv")

Every writer writes atomically through :mod:`geotrack.atomic`.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from geotrack.errors import BadInputError

__all__ = ["WRITERS", "OutputFormat", "format_for_path", "get_writer"]


@dataclass(frozen=True, slots=True)
class OutputFormat:
    """One output format: its name, file suffixes, a line of help and where its writer lives.

    ``target`` is ``"module:function"``; the function is imported on first use.
    """

    name: str
    suffixes: tuple[str, ...]
    description: str
    target: str

    def load(self) -> Callable[..., Any]:
        """Import and return the writer function."""
        module_name, _, attr = self.target.partition(":")
        writer: Callable[..., Any] = getattr(importlib.import_module(module_name), attr)
        return writer


#: Every output geotrack can write, by name. Writers are called ``writer(events, path, **options)``.
WRITERS: dict[str, OutputFormat] = {
    f.name: f
    for f in (
        OutputFormat(
            "geojson",
            (".geojson", ".json"),
            "events as RFC 7946 GeoJSON (for QGIS and the scorer)",
            "geotrack.render.geojson:write_events_geojson",
        ),
        OutputFormat(
            "gpkg",
            (".gpkg",),
            "GeoPackage with styled layers (QGIS)",
            "geotrack.render.gpkg:write_events_gpkg",
        ),
        OutputFormat(
            "csv",
            (".csv",),
            "CSV with lat, lon and WKT columns, ISO dates, formula-safe cells",
            "geotrack.render.tables:write_events_csv",
        ),
        OutputFormat(
            "kml",
            (".kml",),
            "KML for Google Earth, with time stamps",
            "geotrack.render.tables:write_events_kml",
        ),
        OutputFormat(
            "summary",
            (".csv",),
            "events and people by province and type (summary.csv)",
            "geotrack.render.tables:write_summary_csv",
        ),
        OutputFormat(
            "png",
            (".png",),
            "static report map, 300 dpi",
            "geotrack.render.static:render_static_map",
        ),
        OutputFormat(
            "svg",
            (".svg",),
            "static report map, vector",
            "geotrack.render.static:render_static_map",
        ),
        OutputFormat(
            "pdf", (".pdf",), "static report map, PDF", "geotrack.render.static:render_static_map"
        ),
        OutputFormat(
            "html",
            (".html", ".htm"),
            "self-contained interactive map (no network needed)",
            "geotrack.render.html:render_map",
        ),
        OutputFormat(
            "timeline",
            (".png", ".svg", ".pdf"),
            "events per month by type, stacked bars (timeline.png)",
            "geotrack.render.charts:render_timeline",
        ),
    )
}


def get_writer(name: str) -> Callable[..., Any]:
    """Return the writer of a format name.

    Parameters
    ----------
    name : str
        A key of :data:`WRITERS` (``geojson``, ``gpkg``, ``csv``, ``kml``, ``png`` ...).

    Returns
    -------
    callable
        ``writer(events, path, **options)``.

    Raises
    ------
    BadInputError
        For an unknown name; the message lists the known ones.
    """
    fmt = WRITERS.get(name.strip().lower())
    if fmt is None:
        raise BadInputError(f"unknown output format {name!r} (known: {', '.join(WRITERS)})")
    return fmt.load()


def format_for_path(path: str, *, choices: tuple[str, ...] | None = None) -> OutputFormat:
    """Return the format a file name implies by its suffix (first match in registry order).

    Parameters
    ----------
    path : str
        A file name such as ``map.png``.
    choices : tuple of str, optional
        Only consider these format names.

    Returns
    -------
    OutputFormat
        The matching format.

    Raises
    ------
    BadInputError
        When no format (among ``choices``) has that suffix.
    """
    suffix = "." + path.rsplit(".", 1)[-1].lower() if "." in path else ""
    names = choices or tuple(WRITERS)
    for name in names:
        if suffix in WRITERS[name].suffixes:
            return WRITERS[name]
    accepted = sorted({s for n in names for s in WRITERS[n].suffixes})
    raise BadInputError(
        f"{path!r}: suffix {suffix or '(none)'!r} is not one of {', '.join(accepted)}"
    )
