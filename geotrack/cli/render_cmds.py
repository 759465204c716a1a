"""CLI commands for outputs: ``map``, ``export`` and ``boundaries``.

Each command reads a saved events file (:func:`geotrack.store.read_events`), calls one
writer from :mod:`geotrack.render` and says what it wrote. Errors are raised as
:class:`~geotrack.errors.GeotrackError` and printed as one line by the group.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click

from geotrack.errors import BadInputError
from geotrack.render import WRITERS, format_for_path

__all__ = ["register"]

_MAP_FORMATS = ("html", "png", "svg", "pdf")
_EXPORT_FORMATS = ("csv", "kml", "gpkg", "geojson", "summary", "timeline")


def _events_arg(func: Any) -> Any:
    return click.argument(
        "events_file",
        metavar="EVENTS.geojson",
        type=click.Path(exists=True, dir_okay=False, path_type=Path),
    )(func)


def _boundaries(use: bool) -> Any:
    if not use:
        return None
    from geotrack.boundaries import load_boundaries

    return load_boundaries()


@click.command("map")
@_events_arg
@click.option(
    "--out",
    "-o",
    "outs",
    multiple=True,
    required=True,
    type=click.Path(dir_okay=False, path_type=Path),
    metavar="FILE",
    help="Map file: .html (interactive, self-contained), .png (300 dpi), .svg or .pdf; repeatable.",
)
@click.option(
    "--incidents",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    metavar="FILE",
    help="incidents.geojson to show merged reports (HTML map).",
)
@click.option(
    "--extent",
    metavar="NAME|W,S,E,N",
    help="Static maps: a country (cambodia, myanmar ...), region, mekong, or a bbox; default fits the events.",
)
@click.option("--title", help="Map title.")
@click.option("--subtitle", help="Line under the title.")
@click.option("--no-boundaries", is_flag=True, help="Do not draw imported province boundaries.")
@click.option(
    "--embed", is_flag=True, help="HTML: write a fragment for an iframe or briefing page."
)
@click.option(
    "--online",
    is_flag=True,
    help="HTML: add online tile basemaps as choices (needs network when viewed).",
)
def map_cmd(
    events_file: Path,
    outs: tuple[Path, ...],
    incidents: Path | None,
    extent: str | None,
    title: str | None,
    subtitle: str | None,
    no_boundaries: bool,
    embed: bool,
    online: bool,
) -> None:
    """Draw a map of saved events: interactive HTML or a static report map.

    The format follows each --out suffix. Unplaced events are counted, not drawn;
    static maps leave out events known only at country level and draw
    province-level ones hollow.

    \b
    Example:
      geotrack map output/events.geojson --out output/map.html --out output/map.png --extent cambodia
    """
    from geotrack.store import read_events, read_incidents

    formats = [format_for_path(str(o), choices=_MAP_FORMATS) for o in outs]
    events = read_events(events_file)
    boundaries = _boundaries(not no_boundaries)
    for out, fmt in zip(outs, formats, strict=True):
        if fmt.name == "html":
            writer = fmt.load()
            incident_list = read_incidents(incidents) if incidents else []
            writer(
                events,
                out,
                incidents=incident_list,
                title=title,
                subtitle=subtitle,
                embed=embed,
                online=online,
                boundaries=boundaries,
            )
        else:
            from geotrack.render.static import render_static_map

            render_static_map(
                events, out, extent=extent, boundaries=boundaries, title=title, subtitle=subtitle
            )
        click.echo(f"wrote {out} ({len(events)} events)")


@click.command("export")
@_events_arg
@click.option(
    "--format",
    "-f",
    "fmt_name",
    type=click.Choice(_EXPORT_FORMATS),
    metavar="FORMAT",
    help="One of: "
    + "; ".join(f"{n} ({WRITERS[n].description})" for n in _EXPORT_FORMATS)
    + ". Default: from the --out suffix.",
)
@click.option(
    "--out",
    "-o",
    required=True,
    type=click.Path(dir_okay=False, path_type=Path),
    metavar="FILE",
    help="Output file.",
)
@click.option(
    "--incidents",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    metavar="FILE",
    help="gpkg: also write this incidents.geojson as the incidents layer.",
)
def export_cmd(events_file: Path, fmt_name: str | None, out: Path, incidents: Path | None) -> None:
    """Export saved events to CSV, KML, GeoPackage, GeoJSON, a summary table or a timeline chart.

    CSV has lat, lon and WKT columns and ISO dates, with formula-like cells
    neutralised for spreadsheets; KML opens in Google Earth with a time slider;
    the GeoPackage opens in QGIS with the map's styles.

    \b
    Example:
      geotrack export output/events.geojson --format csv --out output/events.csv
    """
    from geotrack.store import read_events, read_incidents

    fmt = WRITERS[fmt_name] if fmt_name else format_for_path(str(out), choices=_EXPORT_FORMATS)
    if out.suffix.lower() not in fmt.suffixes:
        raise BadInputError(f"{out}: a {fmt.name} file should end in {' or '.join(fmt.suffixes)}")
    events = read_events(events_file)
    if fmt.name == "gpkg" and incidents:
        from geotrack.render.gpkg import write_gpkg

        sites = [e.place for e in events if e.place is not None and e.place.level.value == "site"]
        write_gpkg(out, events=events, incidents=read_incidents(incidents), sites=sites)
    else:
        fmt.load()(events, out)
    click.echo(f"wrote {out} ({fmt.name}, {len(events)} events)")


@click.group("boundaries")
def boundaries_group() -> None:
    """Province boundaries for the maps: import a file you have, or download one.

    \b
    Example:
      geotrack boundaries import geoBoundaries-KHM-ADM1.geojson
    """


@boundaries_group.command("import")
@click.argument("source", metavar="FILE|COUNTRY")
@click.option(
    "--download",
    is_flag=True,
    help="SOURCE is a country code (KHM, KH ...): download geoBoundaries' admin-1 file (needs network).",
)
@click.option(
    "--country",
    metavar="ISO",
    help="Country of the file (ISO alpha-2/3) when it cannot be guessed.",
)
@click.option("--name-field", metavar="COLUMN", help="Column holding province names.")
@click.option("--iso-field", metavar="COLUMN", help="Column holding ISO 3166-2 codes (KH-12 ...).")
@click.option("--attribution", metavar="TEXT", help="Credit line for maps (source and licence).")
def boundaries_import(
    source: str,
    download: bool,
    country: str | None,
    name_field: str | None,
    iso_field: str | None,
    attribution: str | None,
) -> None:
    """Import admin-1 (province) boundaries: GeoJSON, GeoPackage or shapefile.

    Provinces are matched to the gazetteer by ISO code or by name; the result is
    kept in the user cache ($GEOTRACK_CACHE or the platform cache folder) and
    used by `geotrack map` and `geotrack run` from then on.

    \b
    Example:
      geotrack boundaries import geoBoundaries-KHM-ADM1.geojson --attribution "geoBoundaries (ODbL)"
    """
    from geotrack.boundaries import download_boundaries, import_boundaries

    if download:
        report = download_boundaries(source)
    else:
        path = Path(source)
        if not path.is_file():
            raise BadInputError(
                f"{source}: no such file (to download by country code, add --download)"
            )
        report = import_boundaries(
            path,
            country=country,
            name_field=name_field,
            iso_field=iso_field,
            attribution=attribution,
        )
    click.echo(
        f"imported {report.features} provinces for {report.country} "
        f"({report.matched} matched to the gazetteer) into {report.path}"
    )
    if report.unmatched:
        click.echo("not matched (kept under their own names): " + ", ".join(report.unmatched))


@boundaries_group.command("list")
def boundaries_list() -> None:
    """List imported boundaries.

    \b
    Example:
      geotrack boundaries list
    """
    from geotrack.boundaries import boundaries_dir, load_boundaries

    frame = load_boundaries()
    if frame is None:
        click.echo(f"no boundaries imported (folder: {boundaries_dir()})")
        return
    for country, group in frame.groupby("country"):
        click.echo(f"{country}: {len(group)} provinces; {group['attribution'].iloc[0]}")


def register(group: click.Group) -> None:
    """Add this module's commands to the `geotrack` group."""
    group.add_command(map_cmd)
    group.add_command(export_cmd)
    group.add_command(boundaries_group)
