"""A sentence's place told first ("In X, ..."), an address written wide-to-narrow, a wide
place narrowed down ("in X, especially in A and B"), and a sentence mistaken for a dateline
(sentences written for these tests)."""

from __future__ import annotations

import datetime as dt

import pytest
from extract_helpers import event_places

from gazetteer import Gazetteer
from geotrack.extract.segment import segment_text
from geotrack.model import EventType

DEPORT = EventType.DEPORTATION


def _placed(gaz: Gazetteer, text: str, etype: EventType) -> list[str]:
    return event_places(gaz, text, etype, dt.date(2025, 4, 9))


@pytest.mark.parametrize(
    "text",
    [
        "Officials gave new figures on Monday. In Myawaddy Township, 96 foreigners were sent "
        "back to their countries on April 2.",
        "Officials gave new figures on Monday. In Kayin State, Myawaddy Township, 96 "
        "foreigners were transferred to their respective countries on April 2.",
        "Officials gave new figures on Monday. In Kayin State, Myawaddy Township—chiefly in "
        "the KK Park area—96 foreigners were sent back to their home countries on April 2.",
    ],
)
def test_fronted_place_is_where_people_were_sent_from(gaz: Gazetteer, text: str) -> None:
    assert _placed(gaz, text, DEPORT) == ["Myawaddy"]


def test_destination_is_still_no_departure_point(gaz: Gazetteer) -> None:
    text = "Officials said on Monday that 96 foreigners were flown home to China on April 2."
    assert "China" not in _placed(gaz, text, DEPORT)


def test_wide_place_narrowed_down_reports_only_the_narrow_ones(gaz: Gazetteer) -> None:
    text = (
        "The men had taken part in online fraud in Kayin State, particularly in Myawaddy "
        "and Shwe Kokko, the statement said."
    )
    assert _placed(gaz, text, EventType.COMPOUND_REPORT) == ["Myawaddy", "Shwe Kokko"]


def test_listed_province_and_town_stay_two_places(gaz: Gazetteer) -> None:
    text = "Police raided call centres in Banteay Meanchey, Poipet and Kampot on Friday."
    assert "Banteay Meanchey" in _placed(gaz, text, EventType.RAID)


@pytest.mark.parametrize(
    "opening",
    [
        "In Kayin State, Myawaddy Township—mainly in two areas—96 people were sent home.",
        "At Mae Sot, Tak — 40 workers crossed the river on Sunday.",
    ],
)
def test_a_sentence_opening_with_a_preposition_has_no_dateline(opening: str) -> None:
    text = f"Officials gave new figures on Monday.\n{opening}\n"
    assert segment_text(text).dateline is None


def test_province_narrowed_by_an_including_list_leaves_the_towns(gaz: Gazetteer) -> None:
    text = (
        "The deportees had taken part in online fraud in several areas of Kayin State, "
        "including Myawaddy and Shwe Kokko, the statement said."
    )
    assert _placed(gaz, text, EventType.COMPOUND_REPORT) == ["Myawaddy", "Shwe Kokko"]


def test_country_with_an_including_list_stays_reported(gaz: Gazetteer) -> None:
    text = (
        "The firm was sanctioned over forced labour at casinos in Cambodia, including one "
        "in Poipet, the statement said."
    )
    assert "Cambodia" in _placed(gaz, text, EventType.ABUSE)


def test_base_of_a_scheme_is_no_departure_point(gaz: Gazetteer) -> None:
    text = (
        "Twenty Chinese men arrested last month for running an extortion ring out of a "
        "hotel in Poipet were deported on Friday."
    )
    assert _placed(gaz, text, DEPORT) == ["Cambodia"]
    left = "Twenty Chinese men were deported out of Poipet on Friday."
    assert _placed(gaz, left, DEPORT) == ["Poipet"]
