"""Events, incidents and sites as RFC 7946 GeoJSON: flat typed properties, same input same bytes.

The property names are the "Event output contract" of docs/ARCHITECTURE.md, which is
also what ``../shared/eval/score.py`` reads (flattened ``people_*``, ``nationalities_*``,
``seized_*`` keys). Coordinates are ``[lon, lat]`` with 6 decimals, written in exactly one
function (:func:`point_geometry`); an unplaced event has ``"geometry": null``. Features are
ordered by date, article, place and id, keys are sorted, and each feature sits on its own
line, so two runs over the same articles give byte-identical files that diff well.
:mod:`geotrack.store` reads these files back into model objects.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import os
import re
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from geotrack.atomic import atomic_write_text
from geotrack.model import PEOPLE_KEYS, Event, Incident, Place

__all__ = [
    "COORD_DECIMALS",
    "dumps_feature_collection",
    "event_properties",
    "event_sort_key",
    "event_to_feature",
    "events_to_feature_collection",
    "incident_to_feature",
    "point_geometry",
    "seized_key",
    "site_to_feature",
    "write_events_geojson",
    "write_incidents_geojson",
    "write_sites_geojson",
]

#: Decimal places kept for coordinates (about 0.1 m).
COORD_DECIMALS = 6

_NOT_WORD = re.compile(r"[^0-9A-Za-z]+")
_SURROGATE = re.compile("[\ud800-\udfff]")


def point_geometry(place: Place | None) -> dict[str, Any] | None:
    """Return the GeoJSON Point of a place (``[lon, lat]``, 6 decimals), or None.

    Parameters
    ----------
    place : Place or None
        The resolved place; None for an unplaced event.

    Returns
    -------
    dict or None
        ``{"type": "Point", "coordinates": [lon, lat]}``.
    """
    if place is None:
        return None
    return {
        "type": "Point",
        "coordinates": [round(place.lon, COORD_DECIMALS), round(place.lat, COORD_DECIMALS)],
    }


def _iso(value: dt.date | None) -> str | None:
    return value.isoformat() if value is not None else None


def _number(value: float | int | None) -> int | float | None:
    """Integers stay integers (8000.0 -> 8000); NaN and infinities become null."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if not math.isfinite(value):
        return None
    return int(value) if value.is_integer() and abs(value) < 2**53 else value


def seized_key(item: str) -> str:
    """Return a seized item's property suffix: runs of other characters become ``_``.

    ``"mobile phones"`` -> ``mobile_phones``; ``cash_USD`` keeps its currency code.
    """
    return _NOT_WORD.sub("_", item).strip("_") or "item"


def _place_properties(place: Place | None) -> dict[str, Any]:
    return {
        "place_name": place.name if place else None,
        "place_id": place.id if place else None,
        "place_level": place.level.value if place else None,
        "place_kind": place.kind if place else None,
        "place_source": place.source if place else None,
        "country": place.country if place else None,
        "admin1": place.admin1 if place else None,
        "admin2": place.admin2 if place else None,
        "admin3": place.admin3 if place else None,
    }


def event_properties(event: Event) -> dict[str, Any]:
    """Return the flat property dict of one event (the architecture's output contract).

    Every event carries the same fixed keys (null when unknown); ``nationalities_<ISO2>``
    and ``seized_<item>`` keys appear only for what the article states.

    Parameters
    ----------
    event : Event
        The event.

    Returns
    -------
    dict
        JSON-ready properties: ISO date strings, ints for counts, None for unknown.
    """
    props: dict[str, Any] = {
        "article": event.article_id,
        "event_id": event.id,
        "event_type": event.type.value,
        "date": _iso(event.date),
        "date_precision": event.date_precision.value,
        "date_text": event.date_text,
        "geo_precision": event.geo_precision,
        "mention": event.place_text,
        **_place_properties(event.place),
    }
    for key in PEOPLE_KEYS:
        props[f"people_{key}"] = event.people.get(key)
        props[f"qual_{key}"] = event.people_qualifiers.get(key)
    for iso2, count in event.nationalities.items():
        props[f"nationalities_{iso2.upper()}"] = count
    for item, amount in event.seized.items():
        props[f"seized_{seized_key(item)}"] = _number(amount)
    props.update(
        {
            "sentence": event.sentence,
            "start": event.start,
            "end": event.end,
            "evidence": ";".join(event.evidence) if event.evidence else None,
            "confidence": _number(event.confidence),
            "title": event.article_title,
            "source": event.article_source,
            "url": event.article_url,
            "published": _iso(event.published),
        }
    )
    return props


def event_to_feature(event: Event) -> dict[str, Any]:
    """Return one event as a GeoJSON Feature (``geometry`` null when unplaced).

    Parameters
    ----------
    event : Event
        The event.

    Returns
    -------
    dict
        ``{"type": "Feature", "geometry": ..., "properties": ...}``.
    """
    return {
        "type": "Feature",
        "geometry": point_geometry(event.place),
        "properties": event_properties(event),
    }


def event_sort_key(event: Event) -> tuple[Any, ...]:
    """Return the output order of events: date (undated last), article, place, id."""
    return (
        event.date is None,
        _iso(event.date) or "",
        event.article_id,
        event.place.name if event.place else "",
        event.id,
    )


def _bbox(features: Sequence[Mapping[str, Any]]) -> list[float] | None:
    coords = [f["geometry"]["coordinates"] for f in features if f.get("geometry")]
    if not coords:
        return None
    lons = [c[0] for c in coords]
    lats = [c[1] for c in coords]
    return [min(lons), min(lats), max(lons), max(lats)]


def _collection(features: list[dict[str, Any]]) -> dict[str, Any]:
    collection: dict[str, Any] = {"type": "FeatureCollection", "features": features}
    bbox = _bbox(features)
    if bbox is not None:
        collection["bbox"] = bbox
    return collection


def events_to_feature_collection(events: Iterable[Event]) -> dict[str, Any]:
    """Return a FeatureCollection of events in output order, with a ``bbox`` when any is placed.

    Parameters
    ----------
    events : iterable of Event
        The events, in any order.

    Returns
    -------
    dict
        The RFC 7946 FeatureCollection (no ``crs`` member).
    """
    return _collection([event_to_feature(e) for e in sorted(events, key=event_sort_key)])


def _dump(value: Any) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False, allow_nan=False)


def dumps_feature_collection(collection: Mapping[str, Any]) -> str:
    """Serialise a FeatureCollection deterministically: sorted keys, one feature per line.

    Parameters
    ----------
    collection : mapping
        A FeatureCollection (``type``, ``features``, optional ``bbox``).

    Returns
    -------
    str
        Valid JSON text (UTF-8 when encoded), ending with a newline.
    """
    members = []
    for key in sorted(collection):
        if key == "features":
            features = [_dump(f) for f in collection[key]]
            body = "[\n" + ",\n".join(features) + "\n]" if features else "[]"
            members.append(f'"features": {body}')
        else:
            members.append(f"{_dump(key)}: {_dump(collection[key])}")
    # A lone surrogate (text decoded with surrogateescape) cannot be written as UTF-8.
    return _SURROGATE.sub("\ufffd", "{" + ", ".join(members) + "}\n")


def write_events_geojson(events: Iterable[Event], path: str | os.PathLike[str]) -> Path:
    """Write events as ``events.geojson`` (RFC 7946, deterministic), atomically.

    Parameters
    ----------
    events : iterable of Event
        The events; placed ones get a Point, unplaced ones ``geometry: null``.
    path : str or PathLike
        Target file.

    Returns
    -------
    Path
        The written file.

    Examples
    --------
    >>> write_events_geojson(events, "output/events.geojson")  # doctest: +SKIP
    """
    return atomic_write_text(path, dumps_feature_collection(events_to_feature_collection(events)))


def incident_to_feature(incident: Incident) -> dict[str, Any]:
    """Return one incident (reports merged across outlets) as a GeoJSON Feature.

    ``event_ids`` and ``sources`` are ``;``-joined in the same order; the per-report
    counts stay per source in ``counts_by_source`` (a JSON string, keys sorted), so
    nothing is averaged away; ``people_<key>_max`` gives the highest count reported.

    Parameters
    ----------
    incident : Incident
        The incident.

    Returns
    -------
    dict
        The Feature.
    """
    props: dict[str, Any] = {
        "incident_id": incident.id,
        "event_type": incident.type.value,
        "date": _iso(incident.date),
        "date_precision": incident.date_precision.value,
        "geo_precision": incident.geo_precision,
        **_place_properties(incident.place),
        "event_ids": ";".join(incident.event_ids),
        "sources": ";".join(incident.sources),
        "event_count": len(incident.event_ids),
        "source_count": incident.source_count,
        "counts_by_source": _dump(incident.counts_by_source),
    }
    for key in PEOPLE_KEYS:
        values = [
            counts.get("people", {}).get(key)
            for counts in incident.counts_by_source.values()
            if isinstance(counts, Mapping) and isinstance(counts.get("people"), Mapping)
        ]
        numbers = [v for v in values if isinstance(v, int) and not isinstance(v, bool)]
        props[f"people_{key}_max"] = max(numbers) if numbers else None
    return {"type": "Feature", "geometry": point_geometry(incident.place), "properties": props}


def _incident_sort_key(incident: Incident) -> tuple[Any, ...]:
    return (
        incident.date is None,
        _iso(incident.date) or "",
        incident.place.name if incident.place else "",
        incident.id,
    )


def write_incidents_geojson(incidents: Iterable[Incident], path: str | os.PathLike[str]) -> Path:
    """Write incidents as ``incidents.geojson`` (RFC 7946, deterministic), atomically.

    Parameters
    ----------
    incidents : iterable of Incident
        The merged incidents.
    path : str or PathLike
        Target file.

    Returns
    -------
    Path
        The written file.
    """
    features = [incident_to_feature(i) for i in sorted(incidents, key=_incident_sort_key)]
    return atomic_write_text(path, dumps_feature_collection(_collection(features)))


def site_to_feature(place: Place, *, events: Sequence[Event] = ()) -> dict[str, Any]:
    """Return a known site (compound, SEZ, casino ...) as a Feature, with its event summary.

    Parameters
    ----------
    place : Place
        The gazetteer place.
    events : sequence of Event
        Events placed at this site (may be empty).

    Returns
    -------
    dict
        The Feature; ``event_count``, ``event_types`` (``;``-joined, sorted),
        ``first_date`` and ``last_date`` summarise the events.
    """
    dates = sorted(e.date for e in events if e.date is not None)
    props: dict[str, Any] = {
        **_place_properties(place),
        "event_count": len(events),
        "event_types": ";".join(sorted({e.type.value for e in events})) or None,
        "first_date": _iso(dates[0]) if dates else None,
        "last_date": _iso(dates[-1]) if dates else None,
    }
    return {"type": "Feature", "geometry": point_geometry(place), "properties": props}


def write_sites_geojson(
    sites: Iterable[Place], path: str | os.PathLike[str], *, events: Iterable[Event] = ()
) -> Path:
    """Write known sites as ``sites.geojson``, each with a summary of the events placed there.

    Parameters
    ----------
    sites : iterable of Place
        The sites (duplicates by id are written once).
    path : str or PathLike
        Target file.
    events : iterable of Event
        Events to count per site (matched by place id).

    Returns
    -------
    Path
        The written file.
    """
    by_place: dict[str, list[Event]] = {}
    for event in events:
        if event.place is not None:
            by_place.setdefault(event.place.id, []).append(event)
    unique = {p.id: p for p in sites}
    features = [
        site_to_feature(unique[pid], events=by_place.get(pid, ()))
        for pid in sorted(unique, key=lambda i: (unique[i].name, i))
    ]
    return atomic_write_text(path, dumps_feature_collection(_collection(features)))
