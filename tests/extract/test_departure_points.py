"""A deportation told at country level leaves from the airport or crossing the story names
(sentences written for these tests)."""

from __future__ import annotations

import datetime as dt

import pytest
from extract_helpers import event_places

from gazetteer import Gazetteer
from geotrack.model import EventType


def _deportations(gaz: Gazetteer, text: str) -> list[str]:
    return event_places(gaz, text, EventType.DEPORTATION, dt.date(2025, 10, 20))


def test_sending_country_airport_named_later_is_the_place(gaz: Gazetteer) -> None:
    text = (
        "Cambodia deported 64 South Koreans on Saturday over their role in online fraud.\n\n"
        "Their chartered plane took off from Techo International Airport before dawn and "
        "landed at Incheon International Airport six hours later."
    )
    assert _deportations(gaz, text) == ["Techo International Airport"]


def test_crossing_of_the_deportees_country_is_the_place(gaz: Gazetteer) -> None:
    text = (
        "Cambodia repatriated 410 Vietnamese nationals on Wednesday after raids on casinos "
        "in Svay Rieng.\n\n"
        "Border guards at Moc Bai checked their papers and took them to quarantine."
    )
    assert _deportations(gaz, text) == ["Moc Bai"]


def test_two_airports_of_the_sender_leave_the_country_level(gaz: Gazetteer) -> None:
    text = (
        "Thailand deported 120 Chinese nationals on Monday after a crackdown on call "
        "centres.\n\n"
        "Officials said flights from Suvarnabhumi Airport and Don Mueang Airport had "
        "carried other groups in the past month."
    )
    assert _deportations(gaz, text) == ["Thailand"]


def test_crossing_of_a_third_country_is_not_the_place(gaz: Gazetteer) -> None:
    text = (
        "Myanmar repatriated 90 Indonesians on Tuesday after they left a scam compound.\n\n"
        "Thai officials met them at the Thai-Myanmar Friendship Bridge in Mae Sot."
    )
    assert _deportations(gaz, text) == ["Myanmar"]


@pytest.mark.parametrize(
    "text",
    [
        "Jakarta said on Monday that 84 of its citizens who had worked in Myanmar's scam "
        "centres were repatriated via Thailand.",
        "Myanmar's junta said 2,700 foreigners held since January had been sent back to "
        "their home countries through Thailand.",
    ],
)
def test_transit_country_is_not_where_people_left_from(gaz: Gazetteer, text: str) -> None:
    assert _deportations(gaz, text) == ["Myanmar"]


def test_crossing_passed_through_is_where_people_left(gaz: Gazetteer) -> None:
    text = "Vietnam received 40 citizens deported from Cambodia via the Moc Bai border gate."
    assert _deportations(gaz, text) == ["Moc Bai"]


def test_airport_people_arrive_at_is_not_where_they_left(gaz: Gazetteer) -> None:
    text = (
        "Filipino workers repatriated from Myanmar arrive at Ninoy Aquino International "
        "Airport on Saturday."
    )
    assert _deportations(gaz, text) == ["Myanmar"]


# A country does not deport its own people: an airport, a province or the country of the
# deportees themselves is where they landed or came from, not where they were sent from.


def test_deportees_home_airport_is_not_the_place(gaz: Gazetteer) -> None:
    text = (
        "Seventy Koreans held in Cambodia on suspicion of phone fraud were deported via "
        "Incheon International Airport on Friday morning."
    )
    assert _deportations(gaz, text) == ["Cambodia"]


def test_deportees_home_province_is_not_the_place(gaz: Gazetteer) -> None:
    text = (
        "Twelve young men from Kerala, freed from a fraud compound in Cambodia by the "
        "Indian embassy, returned home on Sunday."
    )
    assert _deportations(gaz, text) == ["Cambodia"]


def test_deportees_home_crossing_stays_the_place(gaz: Gazetteer) -> None:
    text = (
        "Border guards received 58 Vietnamese nationals handed over by Cambodian police at "
        "the Moc Bai border gate on Tuesday."
    )
    assert _deportations(gaz, text) == ["Moc Bai"]


def test_town_the_flights_left_from_is_the_place(gaz: Gazetteer) -> None:
    text = (
        "Thailand repatriated 40 Indonesians on Tuesday after they were freed from compounds "
        "across the border.\n\n"
        "Officials said the group would be screened on arrival.\n\n"
        "The 40 landed in Jakarta in the evening on two flights from Bangkok, the ministry "
        "said."
    )
    assert _deportations(gaz, text) == ["Bangkok"]


def test_a_flight_from_a_town_of_another_country_is_not_the_place(gaz: Gazetteer) -> None:
    text = (
        "Thailand repatriated 40 Indonesians on Tuesday after they were freed from compounds "
        "across the border.\n\n"
        "Officials said the group would be screened on arrival.\n\n"
        "They reached Jakarta on flights from Kuala Lumpur, where they changed planes."
    )
    assert _deportations(gaz, text) == ["Thailand"]
