"""The country named after "border with" is the neighbour, not where the event happened
(sentences written for these tests)."""

from __future__ import annotations

import datetime as dt

from extract_helpers import event_places

from gazetteer import Gazetteer
from geotrack.model import EventType


def _raids(gaz: Gazetteer, text: str) -> list[str]:
    return event_places(gaz, text, EventType.RAID, dt.date(2024, 8, 22))


def test_neighbours_listed_after_border_with_are_not_the_scene(gaz: Gazetteer) -> None:
    text = (
        "Security forces in Laos arrested nearly 800 people working for a fraud network in "
        "an economic zone that sits on the border with Myanmar and Thailand."
    )
    assert _raids(gaz, text) == ["Laos"]


def test_place_on_the_near_side_still_counts(gaz: Gazetteer) -> None:
    text = "Police raided a casino in Bavet, on Cambodia's border with Vietnam, on Monday."
    assert _raids(gaz, text) == ["Bavet"]
