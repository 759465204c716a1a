"""Cue words that name no happening of their own: a time counted from one told elsewhere,
a post's title, a gathering held somewhere, a happening that may yet come, a denial (sentences
written for these tests)."""

from __future__ import annotations

import pytest
from extract_helpers import event_types, extracted

from gazetteer import Gazetteer
from geotrack.extract.events import detect_types


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        (
            "His ashes reached Seoul on Friday, 60 days after he was found dead near Kampot.\n",
            "abuse",
        ),
        (
            "Lee Sang-ho, head of forensic operations at the police agency, "
            "flew to Phnom Penh on Monday.\n",
            "raid",
        ),
        (
            "For the thousands still held in compounds in Myanmar, repatriation will be slow "
            "and uncertain.\n",
            "deportation",
        ),
    ],
)
def test_no_happening_is_told(text: str, absent: str, gaz: Gazetteer) -> None:
    assert absent not in event_types(gaz, text)


@pytest.mark.parametrize(
    ("text", "present"),
    [
        (
            "Three days after he was kidnapped, police rescued him from a house in Bavet.\n",
            "rescue",
        ),
        ("Forty workers were held at a compound in Bavet for months, they said.\n", "abuse"),
        ("Police carried out operations at three sites in Bavet on Monday.\n", "raid"),
        ("The repatriation of 60 Kenyans from Myawaddy took place on Friday.\n", "deportation"),
    ],
)
def test_the_happening_beside_them_is_kept(text: str, present: str, gaz: Gazetteer) -> None:
    assert present in event_types(gaz, text)


def test_a_gathering_held_somewhere_holds_nobody() -> None:
    sentence = (
        "A meeting to discuss more checks and monitoring of the firms was held at the zone "
        "in Ton Pheung district."
    )
    assert "abuse" not in [t[0].value for t in detect_types(sentence)]
    sentence = "The victims, who spoke at a press conference, were held at a compound in Bavet."
    assert "abuse" in [t[0].value for t in detect_types(sentence)]


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("About 150 Thais detained under threat at a border casino are forced to scam.", "abuse"),
        ("Some 40 workers were detained against their will in a compound in Bavet.", "abuse"),
        ("Police detained 40 suspects at a casino in Poipet on Monday.", "raid"),
    ],
)
def test_people_held_under_threat_are_captives_not_arrested(sentence: str, kind: str) -> None:
    found = [t[0].value for t in detect_types(sentence)]
    assert kind in found
    if kind == "abuse":
        assert "raid" not in found


@pytest.mark.parametrize(
    ("sentence", "absent"),
    [
        ("The court will hear the extradition request on Monday.", "deportation"),
        ("He was held under the country's Extradition Act last year.", "deportation"),
        ("For days after the power was cut, generators kept the casino running.", "policy"),
    ],
)
def test_a_law_a_request_or_a_time_since_is_no_happening(sentence: str, absent: str) -> None:
    assert absent not in [t[0].value for t in detect_types(sentence)]


def test_a_requested_arrest_is_no_arrest(gaz: Gazetteer) -> None:
    text = "In May, Beijing formally requested his arrest by police in Thailand.\n"
    assert "raid" not in event_types(gaz, text)


def test_police_forces_listed_by_place_are_who_acted(gaz: Gazetteer) -> None:
    text = (
        "Seven prefectural police departments including Saitama, Mie and Hyogo arrested "
        "the men in August.\n"
    )
    places = {e.place.name for e in extracted(gaz, text) if e.place is not None}
    assert not places & {"Saitama", "Mie", "Hyogo"}


def test_outlawing_a_sector_is_a_measure() -> None:
    sentence = "The president outlawed the offshore gaming sector this week."
    assert "policy" in [t[0].value for t in detect_types(sentence)]


@pytest.mark.parametrize(
    ("sentence", "cued"),
    [
        # a denial names no abuse
        ("Inspectors told reporters they saw no sign of beatings or torture in Kampot.", False),
        ("Inspectors found no evidence of forced labour at the factory.", False),
        ("The men bore signs of torture when they reached the border.", True),
        # suspects detained, or anyone stopped on the way, are not held captive
        ("Four fraud suspects detained at the border were handed to police.", False),
        ("The travellers were detained at the airport and sent home the next day.", False),
        ("Guards kept the recruits detained at a compound outside Bavet for weeks.", True),
    ],
)
def test_denials_and_detentions_on_the_way_are_no_abuse(sentence: str, cued: bool) -> None:
    assert ("abuse" in [c[0].value for c in detect_types(sentence)]) is cued
