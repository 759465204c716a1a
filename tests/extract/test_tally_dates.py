"""A tally "to date" / "so far" is dated by the report, not by the last date the story named
(sentences written for these tests)."""

from __future__ import annotations

import datetime as dt

import pytest
from extract_helpers import events_of

from gazetteer import Gazetteer
from geotrack.model import Event, EventType


def _events(gaz: Gazetteer, text: str, etype: EventType) -> list[Event]:
    return events_of(gaz, text, etype, dt.date(2025, 5, 11))


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        (
            "In February, the army began to clear the compounds near Myawaddy.\n\n"
            "The government has brought home 251 nationals from Myanmar to date, the ministry "
            "said.",
            EventType.DEPORTATION,
        ),
        (
            "Police raided a call centre in Bavet in March and held 40 people.\n\n"
            "Officials have rescued 118 Malaysians in Cambodia so far, the embassy said.",
            EventType.RESCUE,
        ),
    ],
)
def test_tally_is_dated_by_the_report_not_the_earlier_month(
    gaz: Gazetteer, text: str, etype: EventType
) -> None:
    events = _events(gaz, text, etype)
    assert len(events) == 1
    assert events[0].date is not None and events[0].date >= dt.date(2025, 5, 1)


def test_a_dated_happening_keeps_its_date(gaz: Gazetteer) -> None:
    text = "Officials rescued 118 Malaysians in Cambodia on May 2, the embassy said."
    rescues = _events(gaz, text, EventType.RESCUE)
    assert [e.date for e in rescues] == [dt.date(2025, 5, 2)]


@pytest.mark.parametrize(
    "text",
    [
        "From February 2 to May 9, 2025, a total of 6,410 foreigners who had crossed into "
        "Myanmar illegally were detained in Myawaddy, the ministry said.",
        "Between February 2 and May 9, a cumulative total of 6,410 foreigners were detained "
        "by the army.",
    ],
)
def test_total_over_a_long_window_is_dated_by_the_report(gaz: Gazetteer, text: str) -> None:
    events = _events(gaz, text, EventType.RAID)
    assert len(events) == 1
    # the report's month, not the middle of the window (late March)
    assert events[0].date is not None and events[0].date.month == 5


def test_window_of_more_than_a_month_is_dated_by_its_end(gaz: Gazetteer) -> None:
    # a series of raids over three months is known, and reported, when the window closes
    text = "Police raided 40 call centres in Bavet from February 2 to May 9, 2025."
    events = _events(gaz, text, EventType.RAID)
    assert events and all(e.date == dt.date(2025, 5, 9) for e in events)
    assert all(e.date_precision.value == "month" for e in events)


def test_window_of_weeks_keeps_its_middle(gaz: Gazetteer) -> None:
    text = "Police raided 40 call centres in Bavet between April 2 and April 20."
    events = _events(gaz, text, EventType.RAID)
    assert events and all(e.date == dt.date(2025, 4, 11) for e in events)


@pytest.mark.parametrize(
    ("text", "year"),
    [
        # no count: "since" tells when a state of affairs began
        (
            "The Wei clan had been running scam compounds in Laukkaing since 2012, the court heard.",
            2012,
        ),
        ("A trafficking ring had been operating in Poipet since 2019, prosecutors said.", 2019),
    ],
)
def test_since_a_year_without_a_count_dates_a_report_by_its_start(
    gaz: Gazetteer, text: str, year: int
) -> None:
    (report,) = _events(gaz, text, EventType.COMPOUND_REPORT)
    assert report.date == dt.date(year, 1, 1)
    assert report.date_precision.value == "year"


def test_since_a_year_with_a_count_is_a_tally_dated_by_the_report() -> None:
    from geotrack.extract.dates import find_dates

    (tally,) = find_dates("Since 2020, 900 people have been freed.", published=dt.date(2025, 5, 11))
    assert tally.cumulative
    (start,) = find_dates("They have run the compound since 2020.", published=dt.date(2025, 5, 11))
    assert not start.cumulative and start.date == dt.date(2020, 1, 1)
