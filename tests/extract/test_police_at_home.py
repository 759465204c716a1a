"""Arrests by a country's own police, where the sentence names another country only in a
clause about the people's past: "South Korean police arrested members of a gang that
operated in Cambodia" happened in South Korea (sentences written for these tests)."""

from __future__ import annotations

import datetime as dt

import pytest
from extract_helpers import event_places

from gazetteer import Gazetteer
from geotrack.model import EventType

PUBLISHED = dt.date(2025, 2, 13)


def _raid_places(text: str, gaz: Gazetteer) -> set[str]:
    return set(event_places(gaz, text, EventType.RAID, PUBLISHED))


@pytest.mark.parametrize(
    ("text", "home"),
    [
        (
            "South Korean police on Monday arrested 14 members of a fraud ring that ran "
            "call centres in Cambodia.",
            "South Korea",
        ),
        (
            "The Thai authorities on Friday detained 12 Taiwanese who had crossed into the "
            "country from Cambodia.",
            "Thailand",
        ),
        (
            "Japanese investigators arrested four men on Tuesday who had worked for a scam "
            "group in the Philippines.",
            "Japan",
        ),
    ],
)
def test_arrests_of_people_back_from_abroad_are_at_home(
    text: str, home: str, gaz: Gazetteer
) -> None:
    assert _raid_places(text, gaz) == {home}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # the sentence ties the arrests to the place itself
        ("Thai police arrested three Chinese men in Poipet on Monday.", "Poipet"),
        # forces of two countries, or a joint operation: they may act abroad
        (
            "Lao and Chinese authorities on Monday arrested 300 people who had worked in Myanmar.",
            "Myanmar",
        ),
        (
            "Chinese police, in a joint operation, arrested 200 people on Monday who ran "
            "scams in Myanmar.",
            "Myanmar",
        ),
    ],
)
def test_arrests_the_sentence_places_abroad_stay_there(
    text: str, place: str, gaz: Gazetteer
) -> None:
    assert _raid_places(text, gaz) == {place}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # where some of those arrested came from is their nationality, not the scene
        (
            "In Zambia, a raid on a foreign-run firm on Monday led to the arrest of 77 "
            "people, including 22 from China.",
            "Zambia",
        ),
        # where the people a gang cheated live is not where its members were caught
        (
            "Police in Batam on Monday arrested 80 people running romance scams targeting "
            "victims in Japan.",
            "Batam",
        ),
        (
            "Police in Batam on Monday arrested 80 members of a syndicate that ensnared "
            "hundreds of victims in Japan.",
            "Batam",
        ),
    ],
)
def test_the_people_counted_or_cheated_are_not_the_scene(
    text: str, place: str, gaz: Gazetteer
) -> None:
    assert _raid_places(text, gaz) == {place}


def test_the_victims_rescued_are_where_they_were_held(gaz: Gazetteer) -> None:
    text = "Soldiers on Monday rescued 40 victims in Myawaddy who had been forced to scam."
    assert set(event_places(gaz, text, EventType.RESCUE, PUBLISHED)) == {"Myawaddy"}


def _deportation_places(text: str, gaz: Gazetteer) -> set[str]:
    return set(event_places(gaz, text, EventType.DEPORTATION, PUBLISHED))


def test_a_deporting_force_names_the_country_they_left(gaz: Gazetteer) -> None:
    text = (
        "On Friday, Indonesian authorities deported 120 Chinese citizens who had run "
        "dating frauds targeting victims in China."
    )
    assert _deportation_places(text, gaz) == {"Indonesia"}


def test_forces_of_two_countries_name_no_single_deporter(gaz: Gazetteer) -> None:
    text = (
        "Lao and Thai authorities on Wednesday deported 300 Chinese nationals who ran "
        "romance scams targeting victims in Japan."
    )
    assert "Thailand" not in _deportation_places(text, gaz)
