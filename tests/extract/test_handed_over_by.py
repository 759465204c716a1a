"""A hand-over told in the passive names who sent the people: "were handed over by Lao
police to Vietnam" leaves from Laos, the receiver written with its own letters ("Việt
Nam") as well (sentences written for these tests)."""

from __future__ import annotations

import datetime as dt

import pytest
from extract_helpers import event_places

from gazetteer import Gazetteer
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
            "authorities to Việt Nam on Monday, the provincial police said.\n",
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
