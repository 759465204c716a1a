"""A named person's home town ("Anil Rao, 34, from Kaski", "P Kumar of Erode") places no
event; it still counts for the story's country (sentences written for these tests)."""

from __future__ import annotations

import datetime as dt

import pytest
from extract_helpers import event_places

from gazetteer import Gazetteer
from geotrack.model import EventType


def _raid_places(gaz: Gazetteer, text: str) -> list[str]:
    return event_places(gaz, text, EventType.RAID, dt.date(2024, 11, 20))


def test_home_town_after_an_age_is_no_scene(gaz: Gazetteer) -> None:
    text = (
        "Police arrested Anil Rao, 34, from Kaski district on November 18 for sending "
        "youths to Cambodia."
    )
    assert _raid_places(gaz, text) == ["Nepal"]


def test_home_towns_after_initialled_names_are_no_scenes(gaz: Gazetteer) -> None:
    text = (
        "Three agents, P Kumar of Madurai, S Devi of Salem and M Raja of Erode, were "
        "arrested by state police for sending 40 people to Cambodia."
    )
    assert _raid_places(gaz, text) == ["India"]


def test_home_town_after_an_age_in_brackets_is_no_scene(gaz: Gazetteer) -> None:
    text = "Asha Lama (29) of Dolakha was arrested on Monday for luring women to Myanmar."
    assert _raid_places(gaz, text) == ["Nepal"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a police force's town is the scene
        ("Police in Madurai arrested two agents on Monday for sending youths to Cambodia.",
         ["Madurai"]),
        # a day of a month, then where the raid was
        ("Officers raided a hotel on June 12, 2024, in Sihanoukville and detained 30 people.",
         ["Sihanoukville"]),
    ],
)  # fmt: skip
def test_places_that_are_no_home_towns_still_place_raids(
    gaz: Gazetteer, text: str, expected: list[str]
) -> None:
    assert _raid_places(gaz, text) == expected
