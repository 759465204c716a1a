"""A compound report told as a construction: scam work said to be run at a place ("ran
online scams out of X", "scam outfits operate from hotels across X", "X is notorious for
cyberscams", "a front for illegal gambling and online fraud"), in sentences written for
these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from extract_helpers import FakeGazetteer, make_article

from geotrack.extract import extract_article
from geotrack.extract.events import detect_types
from geotrack.model import Event

PUBLISHED = dt.date(2025, 3, 4)


def _events(text: str, gz: FakeGazetteer) -> list[Event]:
    article = make_article(text, id="crc", published=PUBLISHED)
    return list(extract_article(article, gazetteer=gz).events)


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        ("Investigators said the gang ran online scams out of Poipet for two years.", "Poipet"),
        ("Residents say gambling and scam outfits still operate from hotels in Bavet.", "Bavet"),
        ("Kampot is a district notorious among diplomats for cyberscams.", "Kampot"),
        ("The resort near Bavet is a front for unlicensed gambling and online fraud.", "Bavet"),
        ("Telecom fraud operations are reportedly rife in Phnom Penh.", "Phnom Penh"),
    ],
)
def test_scam_work_run_at_a_place_is_a_compound_report(
    sentence: str, place: str, fake_gz: FakeGazetteer
) -> None:
    events = _events(sentence, fake_gz)
    assert [(e.type.value, e.place.name if e.place else None) for e in events] == [
        ("compound_report", place)
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        # A charge against people, not a report of a compound.
        "Police hold 23 men on suspicion of operating phone scams from Poipet.",
        "Two men allegedly involved in scam operations conducted from Bavet were arrested.",
        # The scams' targets are not their scene.
        "The group had run romance scams targeting victims in Thailand.",
        # An adjective, not the scam work: "fraudulent" is not "fraud".
        "The firm is known for fraudulent advertising in Bangkok.",
    ],
)
def test_charges_targets_and_adjectives_are_not_compound_reports(sentence: str) -> None:
    assert "compound_report" not in [t[0].value for t in detect_types(sentence)]


def test_an_arrest_for_running_scams_stays_one_raid(fake_gz: FakeGazetteer) -> None:
    events = _events(
        "Police in Poipet arrested 12 men who ran online scams from a casino.", fake_gz
    )
    assert [e.type.value for e in events] == ["raid"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Two casinos in Bavet still run online scams, residents say.",
        "Hotels in Poipet have long hosted scam operations for Chinese gangs.",
        "The building in Kampot was used by a gang to defraud victims abroad.",
        "Police believe the villa near Bavet was used as a base for online fraud.",
    ],
)
def test_premises_running_or_used_for_scams_are_a_report(sentence: str) -> None:
    assert "compound_report" in [t[0].value for t in detect_types(sentence)]


@pytest.mark.parametrize(
    "sentence",
    [
        "The hotel in Poipet was used for a wedding party last week.",
        "Her phone had been used to send messages to scam victims.",
        "Casinos in Bavet still run card games for tourists.",
    ],
)
def test_premises_put_to_other_uses_are_no_report(sentence: str) -> None:
    assert "compound_report" not in [t[0].value for t in detect_types(sentence)]


@pytest.mark.parametrize(
    "sentence",
    [
        "The new rules cover Bavet and Poipet, two border towns known for organised crime.",
        "Visitors are warned off Poipet, a border town long associated with online fraud.",
        "Bavet is notorious for criminal syndicates, officials said.",
    ],
)
def test_a_place_characterised_by_organised_crime_or_fraud_is_a_report(sentence: str) -> None:
    assert "compound_report" in [t[0].value for t in detect_types(sentence)]


def test_a_characterisation_leaves_the_peoples_abuse_standing() -> None:
    # the places are what the report characterises; the people's forced work is their own
    sentence = (
        "The 30 men had been forced to work in online fraud operations in Bavet and Poipet, "
        "towns notorious for criminal syndicates."
    )
    types = [t[0].value for t in detect_types(sentence)]
    assert "abuse" in types and "compound_report" in types
