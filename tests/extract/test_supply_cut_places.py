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
