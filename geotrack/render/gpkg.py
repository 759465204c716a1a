"""The GeoPackage for QGIS: events, incidents and sites layers, an articles table, default styles.

Layers carry the same flat properties as the GeoJSON files (:mod:`geotrack.render.geojson`)
with typed columns: integers for counts (nullable), reals for amounts, ``DATE`` for dates
(so QGIS's temporal controller can use them). Each point layer gets a QGIS style (QML,
built from :mod:`geotrack.render.palette` and the templates in ``render/styles/``) in the
``layer_styles`` table with ``useAsDefault``, so it opens styled with the map's palette.
GDAL strings are C strings: NUL characters in article text are dropped here.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import sqlite3
from collections.abc import Iterable, Mapping, Sequence
from importlib import resources
from pathlib import Path
from string import Template
from typing import TYPE_CHECKING, Any
from xml.sax.saxutils import escape

from gazetteer.place import Level
from geotrack.atomic import atomic_path
from geotrack.errors import OutputError
from geotrack.model import PEOPLE_KEYS, Article, DatePrecision, Event, EventType, Incident, Place
from geotrack.render.geojson import (
    event_properties,
    event_sort_key,
    event_to_feature,
    incident_to_feature,
    site_to_feature,
)
from geotrack.render.palette import EVENT_STYLES, SITE_STYLE, EventStyle

if TYPE_CHECKING:
    import geopandas as gpd
    import pandas as pd

__all__ = ["DATE_FIELDS", "LAYERS", "layer_qml", "write_events_gpkg", "write_gpkg"]

#: The layers and tables of geotrack.gpkg, in writing order.
LAYERS: tuple[str, ...] = ("events", "events_held_back", "incidents", "sites", "articles")

#: Columns stored as GeoPackage DATE.
DATE_FIELDS: frozenset[str] = frozenset({"date", "published", "first_date", "last_date"})

_INT_NAME = re.compile(
    r"^(people_.*|nationalities_[A-Z]{2}|geo_precision|start|end|event_count|source_count|chars)$"
)
_GEOMETRY_COLUMN = "geom"


#: QGIS temporal settings: each event is an instant at its ``date`` (the temporal
#: controller then filters by date; while it is off every event shows).
_TEMPORAL = (
    '  <temporal enabled="1" mode="1" startField="date" endField="" durationField="" '
    'durationUnit="d" fixedDuration="1" accumulate="0" limitMode="0" startExpression="" endExpression="">\n'
    "    <fixedRange><start></start><end></end></fixedRange>\n"
    "  </temporal>"
)


def _template(name: str) -> Template:
    text = resources.files("geotrack.render").joinpath("styles", name).read_text(encoding="utf-8")
    return Template(text)


def _attr(value: str) -> str:
    """Escape text for a double-quoted XML attribute."""
    return escape(value, {'"': "&quot;"})


def _rgba(hex_color: str, alpha: int = 255) -> str:
    value = hex_color.lstrip("#")
    r, g, b = (int(value[i : i + 2], 16) for i in (0, 2, 4))
    return f"{r},{g},{b},{alpha}"


def _size_expression(fields: Sequence[str], *, base_mm: float) -> str:
    """QGIS expression mirroring palette.people_marker_size (largest stated count)."""
    terms = ", ".join(f'coalesce("{f}", 0)' for f in fields)
    return f"{base_mm} * min(4, 1 + sqrt(max({terms})) / 8)"


def _symbol(name: str, style: EventStyle, *, size_mm: float, size_expression: str | None) -> str:
    return _template("symbol.xml").substitute(
        name=_attr(name),
        alpha="0.9",
        color=_rgba(style.color),
        shape=style.qgis_shape,
        outline=_rgba(style.edge_color),
        outline_width="0.3",
        size=f"{size_mm}",
        size_active="true" if size_expression else "false",
        size_expression=_attr(size_expression or ""),
    )


def layer_qml(layer: str) -> str:
    """Return the QGIS style (QML) of one layer: categorized by event type with the palette.

    Parameters
    ----------
    layer : str
        ``events``, ``events_held_back`` (styled as events), ``incidents`` or ``sites``.

    Returns
    -------
    str
        The QML document. Marker size follows the people count (events, incidents).
    """
    if layer not in ("events", "events_held_back", "incidents", "sites"):
        raise ValueError(
            f"no style for layer {layer!r} (events, events_held_back, incidents, sites)"
        )
    if layer == "sites":
        return _template("single.qml").substitute(
            layer=layer,
            symbols=_symbol("0", SITE_STYLE, size_mm=2.4, size_expression=None),
            preview=escape('"place_name"'),
        )
    suffix = "_max" if layer == "incidents" else ""
    expression = _size_expression([f"people_{k}{suffix}" for k in PEOPLE_KEYS], base_mm=2.6)
    categories: list[str] = []
    symbols: list[str] = []
    for index, (event_type, style) in enumerate(EVENT_STYLES.items()):
        categories.append(
            f'      <category symbol="{index}" value="{_attr(event_type.value)}" '
            f'label="{_attr(style.label)}" render="true"/>'
        )
        symbols.append(_symbol(str(index), style, size_mm=2.6, size_expression=expression))
    return _template("points.qml").substitute(
        layer=layer,
        attr="event_type",
        categories="\n".join(categories),
        symbols="\n".join(symbols),
        source_symbol=_symbol("0", EVENT_STYLES[EventType.RAID], size_mm=2.6, size_expression=None),
        preview=escape("\"event_type\" || ' ' || coalesce(\"place_name\", '')"),
        temporal=_TEMPORAL,
    )


def _clean(value: Any) -> Any:
    """GDAL strings are UTF-8 C strings: drop NULs, replace lone surrogates."""
    if isinstance(value, str):
        return re.sub("[\ud800-\udfff]", "\ufffd", value.replace("\x00", ""))
    return value


def _column(name: str, values: list[Any]) -> pd.Series[Any]:
    """A typed column: nullable Int64 for whole numbers, float64 for amounts, else strings."""
    import pandas as pd

    present = [v for v in values if v is not None]
    numeric = all(isinstance(v, int | float) and not isinstance(v, bool) for v in present)
    if name not in DATE_FIELDS and numeric and present:
        if all(isinstance(v, int) for v in present):
            return pd.Series(values, dtype="Int64", name=name)
        return pd.Series(
            [float("nan") if v is None else float(v) for v in values], dtype="float64", name=name
        )
    if not present and _INT_NAME.match(name):
        return pd.Series(values, dtype="Int64", name=name)
    if not present and name.startswith("seized_"):
        return pd.Series([float("nan")] * len(values), dtype="float64", name=name)
    return pd.Series(
        [None if v is None else str(_clean(v)) for v in values], dtype=object, name=name
    )


def _ordered_columns(rows: Sequence[Mapping[str, Any]], fixed: Sequence[str]) -> list[str]:
    extra = sorted({k for r in rows for k in r} - set(fixed))
    return [*fixed, *extra]


def _frame(
    features: Sequence[Mapping[str, Any]], fixed: Sequence[str], *, spatial: bool = True
) -> gpd.GeoDataFrame | pd.DataFrame:
    import geopandas as gpd
    import pandas as pd
    import shapely

    rows = [f["properties"] for f in features]
    columns = _ordered_columns(rows, fixed)
    data = {c: _column(c, [r.get(c) for r in rows]) for c in columns}
    frame = pd.DataFrame(data, index=pd.RangeIndex(len(rows)))
    if not spatial:
        return frame
    geometry = [
        shapely.Point(*f["geometry"]["coordinates"]) if f.get("geometry") else None
        for f in features
    ]
    return gpd.GeoDataFrame(
        frame, geometry=gpd.GeoSeries(geometry, crs="EPSG:4326"), crs="EPSG:4326"
    )


def _table_feature(event: Event) -> dict[str, Any]:
    """The event's feature plus ``named_nationalities``: in a table every event has every
    ``nationalities_XX`` column, so this ``;``-joined list keeps "named without a number"
    (null in a listed column) apart from "not named" (null elsewhere)."""
    feature = event_to_feature(event)
    named = ";".join(sorted(k.upper() for k in event.nationalities))
    feature["properties"]["named_nationalities"] = named or None
    return feature


def _fixed_keys_event() -> list[str]:
    dummy = Event(id="x", type=EventType.RAID, article_id="x", sentence="", start=0, end=0)
    return [*event_properties(dummy), "named_nationalities"]


def _fixed_keys_incident() -> list[str]:
    dummy = Incident(
        id="x",
        type=EventType.RAID,
        place=None,
        date=None,
        date_precision=DatePrecision.UNKNOWN,
        geo_precision=None,
        event_ids=(),
        sources=(),
    )
    return list(incident_to_feature(dummy)["properties"])


def _fixed_keys_site() -> list[str]:
    dummy = Place(id="x", name="x", level=Level.SITE, country=None, lat=0.0, lon=0.0)
    return list(site_to_feature(dummy)["properties"])


_ARTICLE_COLUMNS = (
    "article",
    "title",
    "source",
    "url",
    "published",
    "published_from",
    "language",
    "path",
    "content_hash",
    "chars",
    "warnings",
)


def _article_rows(articles: Sequence[Article], events: Sequence[Event]) -> list[dict[str, Any]]:
    """One row per article; from the events' copied metadata when no Article objects are given."""
    rows: dict[str, dict[str, Any]] = {}
    for a in articles:
        rows[a.id] = {
            "article": a.id,
            "title": a.title,
            "source": a.source,
            "url": a.url,
            "published": a.published.isoformat() if a.published else None,
            "published_from": a.published_from,
            "language": a.language,
            "path": a.path,
            "content_hash": a.content_hash or None,
            "chars": len(a.text),
            "warnings": ";".join(a.warnings) or None,
        }
    for e in events:
        rows.setdefault(
            e.article_id,
            {
                "article": e.article_id,
                "title": e.article_title,
                "source": e.article_source,
                "url": e.article_url,
                "published": e.published.isoformat() if e.published else None,
            },
        )
    return [{"properties": rows[k]} for k in sorted(rows)]


def _declare_dates(path: Path, tables: Iterable[str]) -> None:
    """Declare date columns as GeoPackage DATE (pyogrio writes ISO strings as TEXT).

    Only the declared type in the table's CREATE statement changes; the stored values
    are already ISO-8601 ``YYYY-MM-DD`` text, which is what the GeoPackage spec stores
    for DATE. An integrity check runs afterwards. Where SQLite refuses schema edits
    (a build in "defensive" mode), the dates simply stay TEXT columns of ISO strings.
    """
    con = sqlite3.connect(path)
    try:
        _retype(con, tables)
    except sqlite3.DatabaseError:
        con.rollback()
    finally:
        con.close()
    con = sqlite3.connect(path)
    try:
        if con.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
            raise OutputError(f"{path}: GeoPackage failed its integrity check after typing dates")
    finally:
        con.close()


def _retype(con: sqlite3.Connection, tables: Iterable[str]) -> None:
    """Rewrite ``"date" TEXT`` as ``"date" DATE`` in the CREATE statements of ``tables``."""
    pattern = re.compile(r'"(' + "|".join(sorted(DATE_FIELDS)) + r')" TEXT(?=[,)])')
    version = con.execute("PRAGMA schema_version").fetchone()[0]
    changed = False
    for table in tables:
        row = con.execute(
            "SELECT sql FROM sqlite_master WHERE type='table' AND name=?", (table,)
        ).fetchone()
        if row is None:
            continue
        new_sql = pattern.sub(r'"\1" DATE', row[0])
        if new_sql != row[0]:
            con.execute("PRAGMA writable_schema=ON")
            con.execute(
                "UPDATE sqlite_master SET sql=? WHERE type='table' AND name=?", (new_sql, table)
            )
            changed = True
    if changed:
        con.execute(f"PRAGMA schema_version={int(version) + 1}")
        con.execute("PRAGMA writable_schema=OFF")
        con.commit()


def _styles_frame(layers: Sequence[str]) -> pd.DataFrame:
    import pandas as pd

    stamp = pd.Timestamp(dt.datetime.now(dt.UTC).replace(microsecond=0))
    return pd.DataFrame(
        {
            "f_table_catalog": ["" for _ in layers],
            "f_table_schema": ["" for _ in layers],
            "f_table_name": list(layers),
            "f_geometry_column": [_GEOMETRY_COLUMN for _ in layers],
            "styleName": [f"geotrack {layer}" for layer in layers],
            "styleQML": [layer_qml(layer) for layer in layers],
            "styleSLD": ["" for _ in layers],
            "useAsDefault": [True for _ in layers],
            "description": [
                "geotrack palette (Okabe-Ito), one colour and shape per event type" for _ in layers
            ],
            "owner": ["geotrack" for _ in layers],
            "ui": [None for _ in layers],
            "update_time": pd.Series([stamp for _ in layers], dtype="datetime64[ms, UTC]"),
        }
    )


def write_gpkg(
    path: str | os.PathLike[str],
    *,
    events: Iterable[Event],
    incidents: Iterable[Incident] = (),
    sites: Iterable[Place] = (),
    articles: Iterable[Article] = (),
    held_back: Iterable[Event] = (),
) -> Path:
    """Write ``geotrack.gpkg``: events, held-back events, incidents and sites layers, an
    articles table, styles.

    Parameters
    ----------
    path : str or PathLike
        Target ``.gpkg`` file (replaced atomically).
    events : iterable of Event
        One feature per event; unplaced events get an empty geometry.
    incidents : iterable of Incident
        Merged incidents (the layer is written empty when there are none).
    sites : iterable of Place
        Known sites; each row summarises the events placed there.
    articles : iterable of Article
        Articles for the non-spatial ``articles`` table; without them the table is built
        from the metadata copied into the events.
    held_back : iterable of Event
        Events below the confidence floor (``Settings.min_confidence``): the
        ``events_held_back`` layer, same columns as ``events``, for review.

    Returns
    -------
    Path
        The written file.

    Examples
    --------
    >>> write_gpkg("out/geotrack.gpkg", events=events, incidents=incidents)  # doctest: +SKIP
    """
    import pyogrio

    event_list = sorted(events, key=event_sort_key)
    incident_features = [incident_to_feature(i) for i in incidents]
    incident_features.sort(
        key=lambda f: (
            f["properties"]["date"] is None,
            f["properties"]["date"] or "",
            f["properties"]["incident_id"],
        )
    )
    unique_sites = {p.id: p for p in sites}
    by_place: dict[str, list[Event]] = {}
    for e in event_list:
        if e.place is not None:
            by_place.setdefault(e.place.id, []).append(e)
    site_features = [
        site_to_feature(unique_sites[k], events=by_place.get(k, ()))
        for k in sorted(unique_sites, key=lambda i: (unique_sites[i].name, i))
    ]
    held_list = sorted(held_back, key=event_sort_key)
    frames: list[tuple[str, Any, bool]] = [
        ("events", _frame([_table_feature(e) for e in event_list], _fixed_keys_event()), True),
        (
            "events_held_back",
            _frame([_table_feature(e) for e in held_list], _fixed_keys_event()),
            True,
        ),
        ("incidents", _frame(incident_features, _fixed_keys_incident()), True),
        ("sites", _frame(site_features, _fixed_keys_site()), True),
        (
            "articles",
            _frame(_article_rows(list(articles), event_list), _ARTICLE_COLUMNS, spatial=False),
            False,
        ),
    ]
    with atomic_path(path) as tmp:
        try:
            for name, frame, spatial in frames:
                options: dict[str, Any] = {"geometry_type": "Point"} if spatial else {}
                pyogrio.write_dataframe(frame, tmp, layer=name, driver="GPKG", **options)
            pyogrio.write_dataframe(
                _styles_frame(["events", "events_held_back", "incidents", "sites"]),
                tmp,
                layer="layer_styles",
                driver="GPKG",
                layer_options={"FID": "id"},  # the FID name QGIS gives this table
            )
        except (pyogrio.errors.DataSourceError, pyogrio.errors.DataLayerError, OSError) as exc:
            raise OutputError(f"{path}: cannot write the GeoPackage ({exc})") from exc
        _declare_dates(tmp, LAYERS)
    return Path(path)


def write_events_gpkg(events: Iterable[Event], path: str | os.PathLike[str]) -> Path:
    """Write events alone to a GeoPackage (the registry's ``gpkg`` format; see :func:`write_gpkg`).

    Parameters
    ----------
    events : iterable of Event
        The events.
    path : str or PathLike
        Target ``.gpkg`` file.

    Returns
    -------
    Path
        The written file; its ``sites`` layer lists the sites (level ``site``) events are at.
    """
    event_list = list(events)
    sites = [e.place for e in event_list if e.place is not None and e.place.level.value == "site"]
    return write_gpkg(path, events=event_list, sites=sites)
