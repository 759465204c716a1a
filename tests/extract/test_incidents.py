"""Reports of one happening across articles merge into incidents; counts stay per source."""

from __future__ import annotations

import datetime as dt

from extract_helpers import PLACES

from geotrack.extract import merge_incidents
from geotrack.model import DatePrecision, Event, EventType


def _event(eid: str, article: str, place: str, day: dt.date | None, *, precision: str = "day",
           etype: EventType = EventType.RAID, arrested: int | None = None, source: str | None = None) -> Event:  # fmt: skip
    return Event(
        id=eid,
        type=etype,
        article_id=article,
        sentence="s",
        start=0,
        end=1,
        place=PLACES[place],
        geo_precision=PLACES[place].geo_precision,
        date=day,
        date_precision=DatePrecision(precision) if day else DatePrecision.UNKNOWN,
        people={"arrested": arrested} if arrested is not None else {},
        article_source=source,
    )


def test_same_raid_in_two_outlets_is_one_incident_with_both_counts() -> None:
    a = _event("a", "art-1", "poipet", dt.date(2025, 7, 15), arrested=230, source="Outlet A")
    b = _event("b", "art-2", "poipet", dt.date(2025, 7, 17), arrested=250, source="Outlet B")
    (incident,) = merge_incidents([a, b])
    assert incident.event_ids == ("a", "b")
    assert incident.source_count == 2
    assert incident.counts_by_source["a"]["people"] == {"arrested": 230}
    assert incident.counts_by_source["b"]["people"] == {"arrested": 250}


def test_far_apart_places_or_dates_or_types_stay_apart() -> None:
    base = _event("a", "art-1", "poipet", dt.date(2025, 7, 15))
    far_place = _event("b", "art-2", "bavet", dt.date(2025, 7, 15))
    far_date = _event("c", "art-3", "poipet", dt.date(2025, 9, 1))
    other_type = _event("d", "art-4", "poipet", dt.date(2025, 7, 15), etype=EventType.RESCUE)
    assert len(merge_incidents([base, far_place, far_date, other_type])) == 4


def test_month_precision_overlaps_a_day_in_that_month() -> None:
    a = _event("a", "art-1", "sihanoukville", dt.date(2025, 3, 1), precision="month")
    b = _event("b", "art-2", "sihanoukville", dt.date(2025, 3, 20))
    assert len(merge_incidents([a, b])) == 1


def test_events_of_one_article_are_not_merged_here() -> None:
    a = _event("a", "art-1", "poipet", dt.date(2025, 7, 15))
    b = _event("b", "art-1", "poipet", dt.date(2025, 7, 15))
    assert len(merge_incidents([a, b])) == 2


def test_nearby_place_within_tolerance() -> None:
    a = _event("a", "art-1", "phnom penh", dt.date(2025, 7, 15))
    b = _event("b", "art-2", "sen sok district", dt.date(2025, 7, 15))
    assert len(merge_incidents([a, b], km=25)) == 1
    assert len(merge_incidents([a, b], km=2)) == 2


def test_incident_ids_are_deterministic() -> None:
    a = _event("a", "art-1", "poipet", dt.date(2025, 7, 15))
    b = _event("b", "art-2", "poipet", dt.date(2025, 7, 16))
    assert merge_incidents([a, b])[0].id == merge_incidents([a, b])[0].id
