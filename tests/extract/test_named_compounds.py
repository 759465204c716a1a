"""A story that names a scam compound, zone or casino (KK Park, Shwe Kokko, the Golden
Triangle SEZ) and tells of no event there still reports it as operating: one compound
report per named compound, dated to the statement (sentences written for these tests)."""

from __future__ import annotations

import datetime as dt

from extract_helpers import extracted

from gazetteer import Gazetteer
from geotrack.model import DatePrecision, EventType

PUBLISHED = dt.date(2025, 4, 8)


def _reports(gaz: Gazetteer, text: str) -> list[tuple[str, dt.date | None, DatePrecision]]:
    return [
        (e.place.name, e.date, e.date_precision)
        for e in extracted(gaz, text, PUBLISHED)
        if e.type is EventType.COMPOUND_REPORT and e.place is not None
    ]


def test_a_compound_named_in_passing_is_reported(gaz: Gazetteer) -> None:
    text = (
        "Police in Bangkok arrested two Thai recruiters on Monday. The pair had sent at least "
        "30 people across the border to Shwe Kokko, officers said, after promising them work "
        "in a hotel."
    )
    assert ("Shwe Kokko", PUBLISHED, DatePrecision.MONTH) in _reports(gaz, text)


def test_one_report_per_compound_however_often_it_is_named(gaz: Gazetteer) -> None:
    text = (
        "Relatives of the missing say they last heard from them in KK Park. KK Park lies on "
        "the Moei River. The families have asked the embassy for help."
    )
    assert [r[0] for r in _reports(gaz, text)].count("KK Park") == 1


def test_a_compound_with_its_own_event_gets_no_second_report(gaz: Gazetteer) -> None:
    text = "Soldiers raided KK Park on Friday and detained 400 foreigners, the junta said."
    events = extracted(gaz, text, PUBLISHED)
    assert [e.type for e in events] == [EventType.RAID]


def test_an_airport_or_a_crossing_is_no_compound(gaz: Gazetteer) -> None:
    text = (
        "The two men were questioned at Suvarnabhumi Airport after flying in from Yangon. "
        "Their relatives had waited at the Moc Bai border gate for a week."
    )
    assert _reports(gaz, text) == []
