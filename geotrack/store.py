"""Read saved events and incidents back into model objects, so maps can be redrawn.

The inverse of :mod:`geotrack.render.geojson`: ``read_events(write_events_geojson(events))``
gives the same events back. It also reads what other tools write in the scorer's format
(``../shared/eval/SYSTEM_OUTPUT.md``): nested ``people``/``nationalities``/``seized`` dicts
(or JSON strings of them), ``type`` for ``event_type``, and ``lat``/``lon`` properties when
the geometry is missing. A GeoPackage written by :func:`geotrack.render.gpkg.write_gpkg`
is read too (its ``events`` / ``incidents`` layer, through pyogrio). A feature that cannot
become an event raises :class:`~geotrack.errors.BadInputError` naming the file, the
feature and the problem.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from gazetteer.place import LEVEL_PRECISION, Level, Place
from geotrack.errors import BadInputError
from geotrack.model import PEOPLE_KEYS, DatePrecision, Event, EventType, Incident

__all__ = ["feature_to_event", "feature_to_incident", "read_events", "read_incidents"]


class _FeatureError(ValueError):
    """A problem in one feature; the reader adds file and feature number."""


def _gpkg_features(path: Path, layer: str) -> list[Any]:
    """Rows of a GeoPackage layer as GeoJSON-like features (nulls None, dates ISO strings)."""
    import pandas as pd
    import pyogrio

    try:
        frame = pyogrio.read_dataframe(path, layer=layer)
    except (pyogrio.errors.DataSourceError, pyogrio.errors.DataLayerError) as exc:
        raise BadInputError(f"{path}: no readable {layer!r} layer ({exc})") from None
    features = []
    columns = [c for c in frame.columns if c != "geometry"]
    for row in frame.itertuples(index=False):
        props: dict[str, Any] = {}
        for name, value in zip(columns, row[: len(columns)], strict=True):
            if value is None or (not isinstance(value, str) and bool(pd.isna(value))):
                props[name] = None
            elif isinstance(value, pd.Timestamp | dt.date):
                props[name] = value.strftime("%Y-%m-%d")
            elif hasattr(value, "item"):  # numpy scalars
                props[name] = value.item()
            else:
                props[name] = value
        named = props.pop("named_nationalities", None)
        if (
            "named_nationalities" in columns
        ):  # a table: drop the columns of codes this event never named
            keep = set(str(named).split(";")) if named else set()
            for key in [k for k in props if k.startswith("nationalities_")]:
                if key[len("nationalities_") :].upper() not in keep:
                    del props[key]
        geometry = getattr(row, "geometry", None)
        point = None
        if geometry is not None and not geometry.is_empty and geometry.geom_type == "Point":
            point = {"type": "Point", "coordinates": [geometry.x, geometry.y]}
        features.append({"type": "Feature", "geometry": point, "properties": props})
    return features


def _load_features(path: Path, *, layer: str = "events") -> list[Any]:
    if path.suffix.lower() == ".gpkg" and path.is_file():
        return _gpkg_features(path, layer)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise BadInputError(f"{path}: no such file") from None
    except UnicodeDecodeError as exc:
        raise BadInputError(f"{path}: not UTF-8 text ({exc.reason} at byte {exc.start})") from None
    except OSError as exc:
        raise BadInputError(f"{path}: cannot read ({exc.strerror or exc})") from None
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as exc:
        raise BadInputError(f"{path}:{exc.lineno}: not JSON ({exc.msg})") from None
    if isinstance(doc, Mapping) and doc.get("type") == "FeatureCollection":
        features = doc.get("features")
        if not isinstance(features, list):
            raise BadInputError(f"{path}: 'features' is {type(features).__name__}, expected a list")
        return features
    if isinstance(doc, list):
        return doc
    raise BadInputError(f"{path}: expected a GeoJSON FeatureCollection or a list of features")


def _maybe_json(value: Any) -> Any:
    if isinstance(value, str) and value.lstrip().startswith("{"):
        try:
            return json.loads(value)
        except json.JSONDecodeError:
            return value
    return value


def _grouped(props: Mapping[str, Any], key: str) -> dict[str, Any]:
    """Nested ``key`` dict merged with flattened ``key_<sub>`` properties (flat wins)."""
    out: dict[str, Any] = {}
    nested = _maybe_json(props.get(key))
    if isinstance(nested, Mapping):
        out.update({str(k): v for k, v in nested.items()})
    prefix = key + "_"
    for name, value in props.items():
        if name.startswith(prefix) and len(name) > len(prefix):
            out[name[len(prefix) :]] = value
    return out


def _text(props: Mapping[str, Any], key: str) -> str | None:
    value = props.get(key)
    if value is None or value == "":
        return None
    if isinstance(value, str):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    raise _FeatureError(f"{key} {value!r} is not text")


def _int(value: Any, what: str) -> int | None:
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        raise _FeatureError(f"{what} {value!r} is not a number")
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, str):
        try:
            return int(value.replace(",", "").strip())
        except ValueError:
            pass
    raise _FeatureError(f"{what} {value!r} is not a whole number")


def _float(value: Any, what: str) -> float | None:
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        raise _FeatureError(f"{what} {value!r} is not a number")
    try:
        number = float(value)
    except (TypeError, ValueError):
        raise _FeatureError(f"{what} {value!r} is not a number") from None
    if not math.isfinite(number):
        raise _FeatureError(f"{what} {value!r} is not a finite number")
    return number


def _date(value: Any, what: str) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, str):
        text = value.strip()[:10]
        for fmt in ("%Y-%m-%d", "%Y/%m/%d"):
            try:
                return dt.datetime.strptime(text, fmt).date()
            except ValueError:
                continue
        for fmt, size in (("%Y-%m", 7), ("%Y", 4)):
            if len(text) == size:
                try:
                    return dt.datetime.strptime(text, fmt).date()
                except ValueError:
                    continue
    raise _FeatureError(f"{what} {value!r} is not a date (expected YYYY-MM-DD)")


def _point(feature: Mapping[str, Any], props: Mapping[str, Any]) -> tuple[float, float] | None:
    """Return (lat, lon) from a Point geometry or from lat/lon properties, or None."""
    geometry = feature.get("geometry")
    if isinstance(geometry, Mapping) and geometry.get("type") == "Point":
        coords = geometry.get("coordinates")
        if not isinstance(coords, list | tuple) or len(coords) < 2:
            raise _FeatureError(f"Point coordinates {coords!r} are not [lon, lat]")
        lon, lat = _float(coords[0], "longitude"), _float(coords[1], "latitude")
    elif geometry is not None and geometry != {}:
        kind = geometry.get("type") if isinstance(geometry, Mapping) else type(geometry).__name__
        raise _FeatureError(f"geometry {kind!r} is not a Point")
    else:
        lat, lon = _float(props.get("lat"), "lat"), _float(props.get("lon"), "lon")
    if lat is None or lon is None:
        return None
    return lat, lon


def _place(feature: Mapping[str, Any], props: Mapping[str, Any], fallback_id: str) -> Place | None:
    point = _point(feature, props)
    if point is None:
        return None
    lat, lon = point
    level_text = _text(props, "place_level") or _text(props, "level") or "town"
    try:
        level = Level(level_text)
    except ValueError:
        known = ", ".join(lv.value for lv in Level)
        raise _FeatureError(f"place_level {level_text!r} is not one of {known}") from None
    name = _text(props, "place_name") or _text(props, "mention") or "unnamed place"
    source = _text(props, "place_source") or ""
    try:
        return Place(
            id=_text(props, "place_id") or f"{fallback_id}:place",
            name=name,
            level=level,
            country=_text(props, "country"),
            lat=lat,
            lon=lon,
            geo_precision=LEVEL_PRECISION[level],
            source=source,
            admin1=_text(props, "admin1"),
            admin2=_text(props, "admin2"),
            admin3=_text(props, "admin3"),
            kind=_text(props, "place_kind"),
            online=source.startswith("online:"),
        )
    except ValueError as exc:
        raise _FeatureError(str(exc)) from None


def _enum(value: str | None, enum: type[EventType] | type[DatePrecision], what: str) -> Any:
    try:
        return enum(value or "")
    except ValueError:
        known = ", ".join(m.value for m in enum)
        raise _FeatureError(f"{what} {value!r} is not one of {known}") from None


def feature_to_event(feature: Mapping[str, Any], *, index: int = 0) -> Event:
    """Return the Event a GeoJSON Feature describes (the inverse of ``event_to_feature``).

    Parameters
    ----------
    feature : mapping
        A Feature with the contract's flat properties (nested scorer-style dicts work too).
    index : int
        The feature's position, used for an id when the feature has none.

    Returns
    -------
    Event
        The event, its place rebuilt from the ``place_*`` properties and the Point.

    Raises
    ------
    ValueError
        When a property has a value no event can hold (the message names it with ``!r``).
    """
    if not isinstance(feature, Mapping):
        raise _FeatureError(f"feature is {type(feature).__name__}, expected an object")
    props = feature.get("properties") or {}
    if not isinstance(props, Mapping):
        raise _FeatureError(f"properties is {type(props).__name__}, expected an object")
    article = _text(props, "article") or ""
    event_id = _text(props, "event_id") or _text(props, "id") or f"{article or 'event'}-{index}"
    event_type = _enum(_text(props, "event_type") or _text(props, "type"), EventType, "event_type")
    date = _date(props.get("date"), "date")
    precision_text = _text(props, "date_precision")
    if precision_text is None:
        precision_text = "day" if date else "unknown"
    precision = _enum(precision_text, DatePrecision, "date_precision")
    if precision is DatePrecision.UNKNOWN:
        date = None
    elif date is None:
        precision = DatePrecision.UNKNOWN
    people = {
        k: n
        for k, v in _grouped(props, "people").items()
        if (n := _int(v, f"people_{k}")) is not None
    }
    unknown = sorted(set(people) - set(PEOPLE_KEYS))
    if unknown:
        raise _FeatureError(f"people key {unknown[0]!r} is not one of {', '.join(PEOPLE_KEYS)}")
    qualifiers = {k: str(v) for k, v in _grouped(props, "qual").items() if v not in (None, "")}
    nationalities = {
        k.upper(): _int(v, f"nationalities_{k}")
        for k, v in _grouped(props, "nationalities").items()
    }
    seized = {
        k: f
        for k, v in _grouped(props, "seized").items()
        if (f := _float(v, f"seized_{k}")) is not None
    }
    evidence = _text(props, "evidence")
    confidence = _float(props.get("confidence"), "confidence")
    try:
        return Event(
            id=event_id,
            type=event_type,
            article_id=article,
            sentence=_text(props, "sentence") or "",
            start=_int(props.get("start"), "start") or 0,
            end=_int(props.get("end"), "end") or 0,
            place=_place(feature, props, event_id),
            place_text=_text(props, "mention"),
            geo_precision=_int(props.get("geo_precision"), "geo_precision"),
            date=date,
            date_precision=precision,
            date_text=_text(props, "date_text"),
            people=people,
            people_qualifiers=qualifiers,
            nationalities=nationalities,
            seized=seized,
            evidence=tuple(evidence.split(";")) if evidence else (),
            confidence=0.5 if confidence is None else confidence,
            article_title=_text(props, "title"),
            article_source=_text(props, "source"),
            article_url=_text(props, "url"),
            published=_date(props.get("published"), "published"),
        )
    except ValueError as exc:
        raise _FeatureError(str(exc)) from None


def feature_to_incident(feature: Mapping[str, Any], *, index: int = 0) -> Incident:
    """Return the Incident a Feature of ``incidents.geojson`` describes.

    Parameters
    ----------
    feature : mapping
        A Feature written by ``incident_to_feature``.
    index : int
        The feature's position, used for an id when the feature has none.

    Returns
    -------
    Incident
        The incident.

    Raises
    ------
    ValueError
        When a property has a value no incident can hold.
    """
    if not isinstance(feature, Mapping):
        raise _FeatureError(f"feature is {type(feature).__name__}, expected an object")
    props = feature.get("properties") or {}
    if not isinstance(props, Mapping):
        raise _FeatureError(f"properties is {type(props).__name__}, expected an object")
    incident_id = _text(props, "incident_id") or f"incident-{index}"
    date = _date(props.get("date"), "date")
    precision = _enum(
        _text(props, "date_precision") or ("day" if date else "unknown"),
        DatePrecision,
        "date_precision",
    )
    counts = _maybe_json(props.get("counts_by_source") or "{}")
    if not isinstance(counts, Mapping):
        raise _FeatureError(f"counts_by_source {counts!r} is not a JSON object")
    event_ids = _text(props, "event_ids")
    sources = _text(props, "sources")
    return Incident(
        id=incident_id,
        type=_enum(_text(props, "event_type") or _text(props, "type"), EventType, "event_type"),
        place=_place(feature, props, incident_id),
        date=None if precision is DatePrecision.UNKNOWN else date,
        date_precision=precision if date else DatePrecision.UNKNOWN,
        geo_precision=_int(props.get("geo_precision"), "geo_precision"),
        event_ids=tuple(event_ids.split(";")) if event_ids else (),
        sources=tuple(sources.split(";")) if sources else (),
        counts_by_source=dict(counts),
    )


def read_events(path: str | os.PathLike[str]) -> list[Event]:
    """Read an events GeoJSON file (``events.geojson``) back into Events, in file order.

    Parameters
    ----------
    path : str or PathLike
        A FeatureCollection written by ``write_events_geojson`` or in the scorer's format,
        or a ``.gpkg`` written by ``write_gpkg``.

    Returns
    -------
    list of Event
        One event per feature.

    Raises
    ------
    BadInputError
        When the file is missing or not JSON, or a feature cannot be an event
        (``"events.geojson: feature 3: event_type 'party' is not one of raid, ..."``).

    Examples
    --------
    >>> events = read_events("output/events.geojson")  # doctest: +SKIP
    """
    path = Path(path)
    events = []
    for index, feature in enumerate(_load_features(path)):
        try:
            events.append(feature_to_event(feature, index=index))
        except _FeatureError as exc:
            raise BadInputError(f"{path}: feature {index}: {exc}") from None
    return events


def read_incidents(path: str | os.PathLike[str]) -> list[Incident]:
    """Read an ``incidents.geojson`` file back into Incidents, in file order.

    Parameters
    ----------
    path : str or PathLike
        A FeatureCollection written by ``write_incidents_geojson``.

    Returns
    -------
    list of Incident
        One incident per feature.

    Raises
    ------
    BadInputError
        When the file is missing or not JSON, or a feature cannot be an incident.
    """
    path = Path(path)
    incidents = []
    for index, feature in enumerate(_load_features(path, layer="incidents")):
        try:
            incidents.append(feature_to_incident(feature, index=index))
        except _FeatureError as exc:
            raise BadInputError(f"{path}: feature {index}: {exc}") from None
    return incidents
