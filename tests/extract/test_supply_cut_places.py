"""A supply cut told as "cut access to electricity" or "cut off their power" is a policy;
one told at country level and followed by the list of areas it reached ("Areas affected
include A, B and C") is a policy at each of them (sentences written for these tests)."""

from __future__ import annotations

import datetime as dt

from extract_helpers import event_places

from gazetteer import Gazetteer
from geotrack.model import EventType


def _policies(gaz: Gazetteer, text: str) -> list[str]:
    return event_places(gaz, text, EventType.POLICY, dt.date(2025, 2, 12))


def test_cutting_access_to_electricity_is_a_policy_at_the_places(gaz: Gazetteer) -> None:
    text = "Thailand cut access to electricity and fuel to Myawaddy and Payathonzu on Feb. 5."
    assert _policies(gaz, text) == ["Myawaddy", "Payathonzu"]


def test_the_areas_listed_after_a_country_level_cut_are_its_places(gaz: Gazetteer) -> None:
    text = (
        "The militia acted after Thailand cut electricity, internet and fuel to five border "
        "areas in Myanmar a week ago. The areas hit by the cut are Tachileik, Myawaddy and "
        "Payathonzu."
    )
    assert _policies(gaz, text) == ["Myawaddy", "Payathonzu", "Tachileik"]


def test_a_next_sentence_of_other_places_changes_nothing(gaz: Gazetteer) -> None:
    text = (
        "The militia acted after Thailand cut electricity to five border areas in Myanmar "
        "last Wednesday. Traders in Mae Sot said fuel prices had doubled."
    )
    assert "Mae Sot" not in _policies(gaz, text)


def test_cutting_off_the_supply_of_electricity_is_a_policy(gaz: Gazetteer) -> None:
    text = "Thailand cut off the supply of electricity to Payathonzu on Monday."
    assert _policies(gaz, text) == ["Payathonzu"]


def test_their_supply_is_that_of_the_places_named_before(gaz: Gazetteer) -> None:
    text = (
        "Queues grew at petrol pumps in the frontier towns of Myawaddy and Tachileik after "
        "Thai authorities cut off their power and fuel on Wednesday."
    )
    assert _policies(gaz, text) == ["Myawaddy", "Tachileik"]


def test_counted_towns_named_in_the_next_sentence_without_their_landmarks(
    gaz: Gazetteer,
) -> None:
    text = (
        "A Thai state utility stopped sending electricity to two frontier towns in Myanmar "
        "on Tuesday. The two towns are Shwe Kokko, across from Thailand's Mae Ramat, and "
        "Lay Kay Kaw, across from Mae Sot."
    )
    assert _policies(gaz, text) == ["Lay Kay Kaw", "Shwe Kokko"]


def test_the_counted_towns_and_them_later_are_the_same_places(gaz: Gazetteer) -> None:
    text = (
        "A Thai state utility stopped sending electricity to two frontier towns in Myanmar "
        "on Tuesday. The two towns are Shwe Kokko and Lay Kay Kaw.\n\n"
        "Myanmar's own grid also stopped supplying them with power on Tuesday.\n\n"
        "The minister said the utility cut off electricity to the two towns because a "
        "contract had run out."
    )
    assert _policies(gaz, text) == ["Lay Kay Kaw", "Shwe Kokko"]


def test_a_later_cut_to_listed_areas_is_kept_after_a_raid_story(gaz: Gazetteer) -> None:
    # Told after the lead, the cut is no background measure of a foreign government: its
    # places come from the list that follows it.
    text = (
        "More than 900 foreigners were detained on Tuesday when Karen militia troops raided "
        "towers in Shwe Kokko on the Thailand-Myanmar border.\n\n"
        "Officers seized computers and phones in the raid.\n\n"
        "A militia spokesman said the detainees would be screened in Myawaddy.\n\n"
        "The militia's move came after Thailand cut electricity and internet to five border "
        "areas in Myanmar on Feb. 5. Areas affected by the cut include Myawaddy and Tachileik."
    )
    assert _policies(gaz, text) == ["Myawaddy", "Tachileik"]


def test_a_cut_at_points_listed_one_per_line_is_a_policy_at_each_town(gaz: Gazetteer) -> None:
    # Each line pairs a Thai crossing with the Myanmar town it feeds: the towns, once each.
    text = (
        "Thailand's grid operator stopped the power it sold to frontier regions of Myanmar "
        "on Wednesday.\n\n"
        "The supply ended at four points:\n\n"
        "Second Thai-Myanmar Friendship Bridge-Myawaddy\n\n"
        "Three Pagodas-Payathonzu\n\n"
        "First Thai-Myanmar Friendship Bridge-Tachileik\n\n"
        "A second line to Myawaddy\n\n"
        "Officials said the step was meant to starve the gangs of the energy their offices "
        "need to work."
    )
    assert _policies(gaz, text) == ["Myawaddy", "Payathonzu", "Tachileik"]


def test_ceasing_or_discontinuing_a_supply_is_a_cut(gaz: Gazetteer) -> None:
    assert _policies(gaz, "In 2024 the utility ceased electricity supply to Tachileik.") == [
        "Tachileik"
    ]
    assert _policies(gaz, "Last year the utility discontinued power sales to Myawaddy.") == [
        "Myawaddy"
    ]


def test_a_country_level_cut_beside_the_same_cut_at_a_town_is_one_policy(
    gaz: Gazetteer,
) -> None:
    text = (
        "Shops across the border in Myanmar went dark after electricity supplies to Myanmar "
        "were cut off last week. The Thai utility suspended supplies to Myawaddy on Feb. 5."
    )
    assert _policies(gaz, text) == ["Myawaddy"]
