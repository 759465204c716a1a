""" "In the zone", "within the SEZ" point back at the zone the story named, not at the last
place named (sentences written for these tests)."""

from __future__ import annotations

import datetime as dt

from extract_helpers import event_places

from gazetteer import Gazetteer
from geotrack.model import EventType

STORY = (
    "On Monday Lao police raided a casino inside the Golden Triangle Special Economic Zone.\n\n"
    "On Tuesday, 40 workers were deported from Vientiane, officials said.\n\n"
    "On Wednesday police also detained 61 foreigners at a hotel {where}."
)


def test_the_zone_is_the_zone_the_story_named(gaz: Gazetteer) -> None:
    text = STORY.format(where="in the zone")
    raids = event_places(gaz, text, EventType.RAID, dt.date(2024, 8, 30))
    assert "Vientiane" not in raids
    assert set(raids) == {"Golden Triangle SEZ"}


def test_within_the_sez_too(gaz: Gazetteer) -> None:
    text = STORY.format(where="within the SEZ")
    assert set(event_places(gaz, text, EventType.RAID, dt.date(2024, 8, 30))) == {
        "Golden Triangle SEZ"
    }


def test_a_compound_still_points_at_the_last_scene(gaz: Gazetteer) -> None:
    text = (
        "Police raided a compound in Bavet on Monday and detained 30 workers.\n\n"
        "Police returned to the compound on Tuesday and detained 12 more."
    )
    assert set(event_places(gaz, text, EventType.RAID, dt.date(2024, 8, 30))) == {"Bavet"}
