"""A date stamped on the page above a story and later than its publication is the day the
page was stored, not a story date; where escapees told their story on arriving home is not
where they escaped (texts written for these tests)."""

from __future__ import annotations

import datetime as dt

from extract_helpers import events_of

from gazetteer import Gazetteer
from geotrack.model import EventType

PUBLISHED = dt.date(2022, 3, 14)


def test_a_later_page_stamp_dates_nothing(gaz: Gazetteer) -> None:
    text = (
        "Monday, August 5, 2024\n\n"
        "Lao police asked to help Thai workers held in Bokeo\n\n"
        "Thai officials have asked Lao authorities to free a group of Thai workers who "
        "are trapped in a compound in Bokeo province.\n\n"
        "The workers said they had been beaten by their bosses."
    )
    events = events_of(gaz, text, EventType.ABUSE, PUBLISHED)
    assert events
    assert all(e.date is None or e.date <= PUBLISHED for e in events)


def test_home_where_escapees_arrived_is_not_the_escape_scene(gaz: Gazetteer) -> None:
    text = (
        "Fifteen Thai workers were held in a compound in Bokeo province, Laos, this year.\n\n"
        "Nine of them managed to escape their bosses, describing their ordeal after "
        "arriving home in Thailand."
    )
    places = [e.place.name for e in events_of(gaz, text, EventType.ESCAPE, PUBLISHED) if e.place]
    assert places and "Thailand" not in places
