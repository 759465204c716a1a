"""More ways news tells hand-overs, arrests and people got out (sentences written for these
tests): a group received from the other side's force, the hand-over of suspects told as a
noun, suspects "handed to" a country, people brought back or escorted home; a headline's
"detain", a building targeted; people extracted, evacuated or brought across a border, and
forces that "continued to rescue" more."""

from __future__ import annotations

import datetime as dt

import pytest
from extract_helpers import events_of

from gazetteer import Gazetteer
from geotrack.extract.events import detect_types
from geotrack.model import EventType


@pytest.mark.parametrize(
    ("sentence", "etype"),
    [
        (
            "Thai soldiers received the group from the Border Guard Force at the bridge.",
            "deportation",
        ),
        (
            "The handover of the 40 suspects took place at the Boten crossing on Friday.",
            "deportation",
        ),
        ("Ninety fraud suspects handed to China by Laos", "deportation"),
        ("Police brought 30 fraud suspects back from Cambodia last week.", "deportation"),
        ("Officers escorted the 25 men back to Vietnam on Monday.", "deportation"),
        ("Cambodian police detain 12 more Japanese in Poipet", "raid"),
        ("Officers targeted a rented villa in Kampot suspected of hosting scam work.", "raid"),
        ("A total of 80 Thais had been extracted from Laukkaing by Saturday.", "rescue"),
        ("The embassy arranged the evacuation of 41 Nepali nationals from the town.", "rescue"),
        ("The 20 Kenyans were brought safely across the Mae Sot border late on Friday.", "rescue"),
        ("Rescuers continued to rescue three more Indonesians in Bavet.", "rescue"),
    ],
)
def test_more_ways_of_telling(sentence: str, etype: str) -> None:
    assert etype in [t[0].value for t in detect_types(sentence)]


@pytest.mark.parametrize(
    "sentence",
    [
        "The campaign targeted a new audience of young investors.",
        "The suspects were handed to Thai authorities at the bridge.",  # custody, not a country
        "He continued to work for the company in Phnom Penh.",
    ],
)
def test_look_alikes_tell_none_of_these(sentence: str) -> None:
    types = [t[0].value for t in detect_types(sentence)]
    assert not {"deportation", "raid", "rescue"} & set(types)


def test_a_border_crossed_names_the_rescue_place(gaz: Gazetteer) -> None:
    text = "The 20 Kenyans were brought safely across the Mae Sot border late on Friday.\n"
    rescues = events_of(gaz, text, EventType.RESCUE, dt.date(2024, 11, 27))
    assert [e.place.name for e in rescues if e.place] == ["Mae Sot"]
