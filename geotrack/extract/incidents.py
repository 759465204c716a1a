"""Incidents: reports of one happening across articles, merged with every source kept.

Two events are reports of one happening when they have the same type, their places lie
within ``km`` of each other (an unplaced event only joins another unplaced one), and
their date windows overlap (a day's window is the day +- ``days``/2 rounded up, a
week's +- 7 days, a month or a year the whole period; an unknown date overlaps
anything). Events of the same article are never merged here (that is the extractor's
job). Counts are not averaged: ``counts_by_source`` keeps each report's own.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import math
from collections.abc import Iterable

from geotrack.model import DatePrecision, Event, EventType, Incident

__all__ = ["merge_incidents"]


def _km(a: Event, b: Event) -> float:
    assert a.place is not None and b.place is not None
    p1, p2 = math.radians(a.place.lat), math.radians(b.place.lat)
    dp, dl = p2 - p1, math.radians(b.place.lon - a.place.lon)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(h)))


def _window(event: Event, days: int) -> tuple[dt.date, dt.date] | None:
    """The days an event's date may stand for."""
    day = event.date
    if day is None or event.date_precision is DatePrecision.UNKNOWN:
        return None
    if event.date_precision is DatePrecision.DAY:
        pad = dt.timedelta(days=max(1, math.ceil(days / 2)))
        return day - pad, day + pad
    if event.date_precision is DatePrecision.WEEK:
        return day - dt.timedelta(days=7), day + dt.timedelta(days=7)
    if event.date_precision is DatePrecision.MONTH:
        first = day.replace(day=1)
        following = (first + dt.timedelta(days=32)).replace(day=1)
        return first, following - dt.timedelta(days=1)
    return dt.date(day.year, 1, 1), dt.date(day.year, 12, 31)


def _overlap(a: tuple[dt.date, dt.date] | None, b: tuple[dt.date, dt.date] | None) -> bool:
    if a is None or b is None:
        return True
    return a[0] <= b[1] and b[0] <= a[1]


def _near(a: Event, b: Event, km: float) -> bool:
    if a.place is None or b.place is None:
        return a.place is None and b.place is None
    return a.place.id == b.place.id or _km(a, b) <= km


_PRECISION_ORDER = (
    DatePrecision.DAY,
    DatePrecision.WEEK,
    DatePrecision.MONTH,
    DatePrecision.YEAR,
    DatePrecision.UNKNOWN,
)


def _incident(group: list[Event]) -> Incident:
    # The representative: the most specific place, then the most precise date.
    best_place = min(group, key=lambda e: (e.geo_precision or 5, -e.confidence))
    best_date = min(
        group, key=lambda e: (_PRECISION_ORDER.index(e.date_precision), e.date or dt.date.max)
    )
    ids = tuple(e.id for e in group)
    key = "\x1f".join(sorted(ids))
    return Incident(
        id="inc-" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:16],
        type=group[0].type,
        place=best_place.place,
        date=best_date.date,
        date_precision=best_date.date_precision,
        geo_precision=best_place.geo_precision,
        event_ids=ids,
        sources=tuple(e.article_source or e.article_id for e in group),
        counts_by_source={
            e.id: {
                "people": dict(e.people),
                "nationalities": dict(e.nationalities),
                "seized": dict(e.seized),
            }
            for e in group
        },
    )


def merge_incidents(events: Iterable[Event], *, km: float = 25.0, days: int = 7) -> list[Incident]:
    """Merge reports of one happening across articles into incidents.

    Parameters
    ----------
    events
        Events of any number of articles.
    km
        Largest distance between two reports' places.
    days
        Width of a day-precision date's window (centred on the day).

    Returns
    -------
    list[Incident]
        One incident per happening (single reports included), in first-report order,
        each with every event id, its sources and the counts each source stated.

    Examples
    --------
    >>> merge_incidents([])
    []
    """
    groups: list[list[Event]] = []
    # Candidate groups come from a grid: two places within ``km`` lie in neighbouring
    # cells (longitude cells are sized for 70 degrees of latitude; beyond that, one band).
    lat_step = max(km, 0.001) / 111.0
    lon_step = max(km, 0.001) / (111.0 * math.cos(math.radians(70)))
    grid: dict[tuple[EventType, int, int] | tuple[EventType, None, None], list[int]] = {}

    def cells(event: Event) -> list[tuple[EventType, int, int] | tuple[EventType, None, None]]:
        if event.place is None:
            return [(event.type, None, None)]
        row = math.floor(event.place.lat / lat_step)
        if abs(event.place.lat) > 70:
            return [(event.type, row, 0)]
        col = math.floor(event.place.lon / lon_step)
        return [(event.type, row + dr, col + dc) for dr in (-1, 0, 1) for dc in (-1, 0, 1)]

    for event in events:
        window = _window(event, days)
        home = cells(event)
        own = home[0] if event.place is None or abs(event.place.lat) > 70 else home[4]
        candidates = sorted({i for cell in home for i in grid.get(cell, ())})
        for i in candidates:
            group = groups[i]
            if any(other.article_id == event.article_id for other in group):
                continue
            if all(
                _near(other, event, km) and _overlap(_window(other, days), window)
                for other in group
            ):
                group.append(event)
                break
        else:
            groups.append([event])
            grid.setdefault(own, []).append(len(groups) - 1)
    return [_incident(group) for group in groups]
