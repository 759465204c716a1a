"""Sweeps over listed provinces, scam workplaces named as call-centres, towns or the work
itself, and a country's part named after it (sentences written for these tests)."""

from __future__ import annotations

import datetime as dt

import pytest
from extract_helpers import event_places

from gazetteer import Gazetteer
from geotrack.model import EventType


def _placed(gaz: Gazetteer, text: str, etype: EventType) -> list[str]:
    return event_places(gaz, text, etype, dt.date(2024, 3, 25))


def test_operations_across_a_capital_and_listed_provinces_are_one_raid_each(
    gaz: Gazetteer,
) -> None:
    text = (
        "Between March 3 and March 20, police carried out operations across 31 sites in "
        "Phnom Penh and nine provinces, including Kandal, Kampot, Pursat and Kratie."
    )
    assert _placed(gaz, text, EventType.RAID) == [
        "Kampot",
        "Kandal",
        "Kratie",
        "Phnom Penh",
        "Pursat",
    ]


def test_operations_throughout_provinces_are_raids(gaz: Gazetteer) -> None:
    text = "Officers conducted operations throughout Takeo and Kampot last week."
    assert _placed(gaz, text, EventType.RAID) == ["Kampot", "Takeo"]


def test_scam_operations_including_places_are_no_raid(gaz: Gazetteer) -> None:
    # "operations" of the scammers themselves: no enforcement verb, no raid.
    text = "Scam operations across Kandal and 12 provinces, including Kampot, are growing."
    assert _placed(gaz, text, EventType.RAID) == []


def test_a_cyberscam_town_reached_by_moving_gangs_is_reported(gaz: Gazetteer) -> None:
    text = (
        "Officials said the gangs had moved from the capital to the cyberscam town of Shwe Kokko."
    )
    assert _placed(gaz, text, EventType.COMPOUND_REPORT) == ["Shwe Kokko"]


def test_counted_gambling_businesses_in_a_town_are_reported(gaz: Gazetteer) -> None:
    text = "Local traders counted some 40 online gambling businesses in Tachileik last year."
    assert _placed(gaz, text, EventType.COMPOUND_REPORT) == ["Tachileik"]


def test_people_working_as_online_scammers_at_a_zone_report_it(gaz: Gazetteer) -> None:
    text = (
        "Many of the returnees had worked as phone scammers inside the Golden Triangle "
        "Special Economic Zone, the embassy said on Monday."
    )
    assert _placed(gaz, text, EventType.COMPOUND_REPORT) == ["Golden Triangle SEZ"]


@pytest.mark.parametrize(
    "text",
    [
        "The women said they had been tricked into working as online scammers in Myawaddy.",
        "He was tricked into working for a call-centre gang run from Sihanoukville.",
    ],
)
def test_a_victims_workplace_is_no_report(gaz: Gazetteer, text: str) -> None:
    assert _placed(gaz, text, EventType.COMPOUND_REPORT) == []


def test_a_countrys_border_area_named_after_it_is_the_place(gaz: Gazetteer) -> None:
    text = "Fraud gangs operate in Myanmar's remote border area of Myawaddy, it said."
    assert _placed(gaz, text, EventType.COMPOUND_REPORT) == ["Myawaddy"]


def test_a_countrys_city_named_after_it_places_a_raid(gaz: Gazetteer) -> None:
    text = "Officers raided a hotel in Cambodia's port city of Sihanoukville on Monday."
    assert _placed(gaz, text, EventType.RAID) == ["Sihanoukville"]
