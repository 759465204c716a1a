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
