"""A region inside one country ("Kokang", "eastern Myanmar", "northern Shan State") ties a
report below country level, as a town does; a region made of several countries or an
administrative region of provinces ("Central Luzon") does not. Sentences written for
these tests, with the shipped gazetteer."""

from __future__ import annotations

import pytest
from extract_helpers import events_of

from gazetteer import Gazetteer
from geotrack.model import EventType


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Officials said a crime network based in Kokang ran the call centres.", "Kokang"),
        ("Scam centres in eastern Myanmar are expanding again, officials said.", "Eastern Myanmar"),
    ],
)
def test_a_part_of_one_country_is_a_place_below_country_level(
    gaz: Gazetteer, text: str, place: str
) -> None:
    events = events_of(gaz, text, EventType.COMPOUND_REPORT)
    assert [e.place.name for e in events if e.place] == [place]


@pytest.mark.parametrize(
    "text",
    [
        # a cross-border region and an administrative region of provinces: no finer place
        "Officials said crime networks based in Southeast Asia ran the call centres.",
        "Officials said crime networks based in Central Luzon ran the call centres.",
    ],
)
def test_wider_regions_stay_background(gaz: Gazetteer, text: str) -> None:
    assert events_of(gaz, text, EventType.COMPOUND_REPORT) == []
