"""Where a gang is based is no arrest scene but is a report of its base ("a scam city", "a
cyberfraud industry run by gangs", "the syndicate operated from X"), and one person
"finding himself" somewhere is no discovery of a compound (sentences written for these
tests)."""

from __future__ import annotations

import datetime as dt

import pytest
from extract_helpers import events_of

from gazetteer import Gazetteer
from geotrack.extract.events import detect_types
from geotrack.model import EventType


@pytest.mark.parametrize(
    ("text", "country"),
    [
        (
            "Police in Lam Dong province have broken up a money-laundering ring.\n\n"
            "Officers said on March 13 that 23 suspects had been arrested for their alleged "
            "involvement in fraud gangs based in Cambodia.\n",
            "VN",
        ),
        (
            "A Malaysian man was detained in Myanmar on March 2, suspected of links to a "
            "gambling syndicate based in Shwe Kokko.\n",
            "MM",
        ),
    ],
)
def test_the_gangs_base_in_the_charge_is_not_the_arrest_place(
    gaz: Gazetteer, text: str, country: str
) -> None:
    raids = events_of(gaz, text, EventType.RAID, dt.date(2025, 3, 14))
    assert raids
    assert all(e.place is not None and e.place.country == country for e in raids)
    assert all(e.place is not None and e.place.name != "Shwe Kokko" for e in raids)


def test_an_arrest_place_before_the_charge_stays(gaz: Gazetteer) -> None:
    text = (
        "Police arrested 12 men in Bavet on Monday for their role in a gang operating in "
        "the town.\n"
    )
    raids = events_of(gaz, text, EventType.RAID, dt.date(2025, 3, 14))
    assert [e.place.name for e in raids if e.place] == ["Bavet"]


@pytest.mark.parametrize(
    ("sentence", "types"),
    [
        ("She found herself held captive at a call centre.", ["abuse"]),
        ("They found themselves locked inside a call centre.", ["abuse"]),
        # a discovery still reports the site
        ("Police found a call centre in the basement of the hotel.", ["compound_report"]),
    ],
)
def test_finding_oneself_somewhere_is_no_discovery(sentence: str, types: list[str]) -> None:
    assert [t[0].value for t in detect_types(sentence)] == types


@pytest.mark.parametrize(
    "sentence",
    [
        "The clan was running a 'scam city' in Laukkaing for years.",
        "The region has become home to a cyberfraud industry run by foreign gangs.",
        "The syndicate operated mainly from a riverside casino in Tachileik.",
    ],
)
def test_a_gangs_base_told_as_a_place_is_a_report(sentence: str) -> None:
    assert "compound_report" in [t[0].value for t in detect_types(sentence)]
