"""Scam work told with a verb of taking part, havens and hubs named with their trades, and
places given by a bearing from a reference town (sentences written for these tests)."""

from __future__ import annotations

import datetime as dt

import pytest
from extract_helpers import event_places

from gazetteer import Gazetteer
from geotrack.model import EventType

CR = EventType.COMPOUND_REPORT


def _placed(gaz: Gazetteer, text: str, etype: EventType = CR) -> list[str]:
    return event_places(gaz, text, etype, dt.date(2025, 4, 9))


@pytest.mark.parametrize(
    "text",
    [
        "The deportees had taken part in online gambling and online fraud in Myawaddy and "
        "Shwe Kokko, the ministry said.",
        "The 64 foreigners were involved in illegal online betting and fraudulent activities "
        "in Myawaddy and Shwe Kokko.",
        "Officials said the group had engaged in several crimes, including online fraud, in "
        "Myawaddy and Shwe Kokko.",
    ],
)
def test_taking_part_in_scam_work_at_places_reports_them(gaz: Gazetteer, text: str) -> None:
    assert _placed(gaz, text) == ["Myawaddy", "Shwe Kokko"]


@pytest.mark.parametrize(
    "text",
    [
        # a charge, not a report
        "Forty men allegedly involved in online scams in Myawaddy were flown home on Monday.",
        "The 52 suspects involved in telecom fraud in Myawaddy were questioned.",
        # denied
        "I have not seen any foreigners involved in scam activities in Myawaddy, he said.",
        # the victims' story
        "They were forced to work for firms involved in cybercrimes in Myawaddy.",
        # the place is where they left from, not where the scams went on
        "Some 80 people involved in online scams were repatriated from Myawaddy on Friday.",
    ],
)
def test_doubted_or_other_places_of_scam_work_report_nothing(gaz: Gazetteer, text: str) -> None:
    assert _placed(gaz, text) == []


def test_hub_named_with_several_trades_reports_the_town(gaz: Gazetteer) -> None:
    text = "Tachileik has become a hub for casino gambling, cyber scams and trafficking of people."
    assert _placed(gaz, text) == ["Tachileik"]


def test_havens_for_crime_syndicates_report_each_town(gaz: Gazetteer) -> None:
    text = (
        "Frontier towns like Myawaddy and Tachileik have long been havens for crime syndicates "
        "that make thousands of people run online scams."
    )
    assert _placed(gaz, text) == ["Myawaddy", "Tachileik"]


def test_bearing_from_a_reference_town_leaves_the_subject_the_scene(gaz: Gazetteer) -> None:
    text = "Shwe Kokko, some 20 km north of Myawaddy, is a notorious hub for online fraud."
    assert _placed(gaz, text) == ["Shwe Kokko"]


def test_reference_town_alone_still_places_the_event(gaz: Gazetteer) -> None:
    text = (
        "Soldiers raided a compound about 15 kilometres south of Myawaddy on Tuesday and "
        "detained 120 workers."
    )
    assert _placed(gaz, text, EventType.RAID) == ["Myawaddy"]


def test_landmark_between_a_site_and_its_province_keeps_the_site(gaz: Gazetteer) -> None:
    text = (
        "The Golden Triangle SEZ along the Mekong in Bokeo province, up in the far north of "
        "Laos, grew from a casino resort for visitors from China into a magnet for online "
        "fraud and trafficking of people."
    )
    assert _placed(gaz, text) == ["Golden Triangle SEZ"]
