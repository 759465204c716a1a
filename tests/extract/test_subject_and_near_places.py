"""Where a compound report is placed when its place is the subject of the sentence ("X is a
hub for fraud") or only named as near a town in a coarser region (sentences written for
these tests)."""

from __future__ import annotations

import datetime as dt

from extract_helpers import events_of

from gazetteer import Gazetteer
from geotrack.model import Event, EventType


def _events(gaz: Gazetteer, text: str, etype: EventType) -> list[Event]:
    return events_of(gaz, text, etype, dt.date(2025, 3, 4))


def _places(gaz: Gazetteer, text: str, etype: EventType) -> list[str]:
    return sorted(e.place.name for e in _events(gaz, text, etype) if e.place is not None)


def test_subject_site_of_a_copula_is_the_place(gaz: Gazetteer) -> None:
    text = "Shwe Kokko has become a hub for online fraud in eastern Myanmar, the report says."
    assert _places(gaz, text, EventType.COMPOUND_REPORT) == ["Shwe Kokko"]


def test_subject_site_beats_the_town_after_the_cue(gaz: Gazetteer) -> None:
    text = "KK Park is still one of the largest scam compounds in Myawaddy, the group said."
    assert _places(gaz, text, EventType.COMPOUND_REPORT) == ["KK Park"]


def test_finer_place_after_the_cue_beats_a_province_subject(gaz: Gazetteer) -> None:
    text = "Preah Sihanouk province is a hub for online scams run from Otres village, police say."
    places = _places(gaz, text, EventType.COMPOUND_REPORT)
    assert places and "Preah Sihanouk" not in places


def test_country_subject_is_not_taken_over_a_town(gaz: Gazetteer) -> None:
    text = "Cambodia has become a hub for scam compounds in Bavet, the researchers found."
    assert _places(gaz, text, EventType.COMPOUND_REPORT) == ["Bavet"]


def test_near_a_town_in_a_region_is_near_the_town(gaz: Gazetteer) -> None:
    text = "The recruits ended up at a centre for online fraud near Myawaddy in eastern Myanmar."
    events = _events(gaz, text, EventType.COMPOUND_REPORT)
    assert [e.place.name for e in events if e.place is not None] == ["Myawaddy"]
    assert events[0].geo_precision == 2


def test_near_a_town_of_another_country_stays_at_the_scene(gaz: Gazetteer) -> None:
    text = "Police raided a scam compound in Myanmar near Mae Sot on Monday and held 30 people."
    assert _places(gaz, text, EventType.RAID) == ["Myanmar"]
