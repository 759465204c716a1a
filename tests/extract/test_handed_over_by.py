"""A hand-over told in the passive names who sent the people: "were handed over by Lao
police to Vietnam" leaves from Laos, the receiver written with its own letters ("Việt
Nam") as well (sentences written for these tests)."""

from __future__ import annotations

import datetime as dt

import pytest
from extract_helpers import event_places, fixture_text

from gazetteer import Gazetteer
from geotrack.extract.events import detect_types
from geotrack.model import EventType

PUBLISHED = dt.date(2025, 3, 12)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Forty-two Vietnamese workers were handed over by Lao police to Vietnam on "
            "Tuesday, border guards said.\n",
            "Laos",
        ),
        (
            "In all, 58 Vietnamese from 14 provinces were handed over by Cambodian "
            "officers to Việt Nam on Monday, the provincial police said.\n",
            "Cambodia",
        ),
    ],
)
def test_the_passive_agent_sends_the_people(text: str, place: str, gaz: Gazetteer) -> None:
    assert event_places(gaz, text, EventType.DEPORTATION, PUBLISHED) == [place]


def test_the_receivers_own_police_do_not_send(gaz: Gazetteer) -> None:
    text = (
        "Forty-two Vietnamese workers who fled a compound in Laos were received by "
        "Vietnamese police at the border on Tuesday.\n"
    )
    assert "Vietnam" not in event_places(gaz, text, EventType.DEPORTATION, PUBLISHED)


@pytest.mark.parametrize(
    ("sentence", "deported"),
    [
        ("In all, 210 Chinese nationals were transferred to China in two groups last week.", True),
        ("Police transferred 40 Vietnamese workers to Vietnam through the Moc Bai gate.", True),
        ("After the raid the suspects were transferred to Phnom Penh for questioning.", False),
        ("Once freed, they were transferred to Thailand before flying home to Nepal.", False),
    ],
)
def test_people_transferred_to_their_own_country_are_deported(
    sentence: str, deported: bool
) -> None:
    found = [t[0].value for t in detect_types(sentence)]
    assert ("deportation" in found) is deported


def test_people_who_landed_at_home_left_from_abroad(gaz: Gazetteer) -> None:
    # A Malaysian story, mostly about Malaysia, of four who "arrived at the Kuala Lumpur
    # International Airport": they landed at home, so they left from Cambodia.
    text = fixture_text("landed_home_airport.txt")
    assert event_places(gaz, text, EventType.DEPORTATION, dt.date(2022, 7, 10)) == ["Cambodia"]


def test_a_flight_departing_a_town_leaves_from_it(gaz: Gazetteer) -> None:
    text = (
        "Cambodia will send 60 detained South Koreans home on Saturday.\n\n"
        "A chartered flight is due to depart Phnom Penh for Incheon shortly before midnight "
        "with all 60 aboard.\n"
    )
    assert event_places(gaz, text, EventType.DEPORTATION, dt.date(2025, 10, 17)) == ["Phnom Penh"]
