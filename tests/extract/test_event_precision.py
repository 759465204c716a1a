"""Precision of events: report sentences dated by their statement, background left out.

All sentences are invented for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest
from extract_helpers import FakeGazetteer, make_article

from geotrack.extract import extract_article
from geotrack.extract.events import detect_types
from geotrack.model import Event

PUBLISHED = dt.date(2025, 7, 18)


def _events_of(text: str, gz: FakeGazetteer) -> list[Event]:
    article = make_article(text, id="precision", published=PUBLISHED)
    return list(extract_article(article, gazetteer=gz).events)


def _types(sentence: str) -> set[str]:
    return {t.value for t, *_ in detect_types(sentence)}


def test_present_report_sentence_takes_the_report_day_not_an_older_paragraph(
    fake_gz: FakeGazetteer,
) -> None:
    events = _events_of(
        "A research group published a study on Wednesday about fraud compounds.\n\n"
        "It recalls that in March 2021 officials gave a first estimate of the workforce.\n\n"
        "The study names the towns where it found scam compounds: Poipet and Bavet.\n",
        fake_gz,
    )
    reports = [e for e in events if e.type.value == "compound_report"]
    assert {e.place.name for e in reports if e.place} == {"Poipet", "Bavet"}
    assert all(e.date == dt.date(2025, 7, 16) for e in reports)


def test_industry_estimate_without_date_or_place_is_background(fake_gz: FakeGazetteer) -> None:
    events = _events_of(
        "Police raided a compound in Poipet on Monday and detained 40 workers.\n\n"
        "Campaigners say hundreds of thousands of people are held in such compounds.\n",
        fake_gz,
    )
    assert [e.type.value for e in events] == ["raid"]


def test_country_hub_estimate_is_background(fake_gz: FakeGazetteer) -> None:
    events = _events_of(
        "Cambodia became a hub for scam centres holding as many as 90,000 people, "
        "according to one estimate.\n",
        fake_gz,
    )
    assert events == []


def test_counted_abuse_with_its_own_date_stays(fake_gz: FakeGazetteer) -> None:
    events = _events_of(
        "On Monday tens of thousands of workers were held in compounds in Poipet, police said.\n",
        fake_gz,
    )
    assert [e.type.value for e in events] == ["abuse"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Officials added that foreigners deported for fraud will be barred from returning.",
        "Many of the smaller gangs expelled from the town moved their staff within weeks.",
        "In the end, suspects arrested in such operations are usually fined.",
    ],
)
def test_uncounted_group_named_by_a_participle_is_not_an_event(sentence: str) -> None:
    assert not {"raid", "rescue", "deportation"} & _types(sentence)


def test_caption_participle_still_reports() -> None:
    assert "raid" in _types("Suspects detained in the raid sit on the floor on Tuesday.")


def test_counted_people_with_a_participle_still_report() -> None:
    assert "deportation" in _types("The 43 Chinese nationals deported on Monday had run a casino.")


@pytest.mark.parametrize(
    "sentence",
    [
        "The rescued women have been held at an immigration detention centre since Friday.",
        "Three of the group were kept in Bangkok for medical treatment and will fly later.",
        "The escapees were held at a police station overnight.",
    ],
)
def test_custody_by_the_authorities_is_not_abuse(sentence: str) -> None:
    assert "abuse" not in _types(sentence)


def test_captivity_in_a_compound_is_still_abuse() -> None:
    assert "abuse" in _types("The workers were held in a guarded building for months.")


def test_people_suspected_of_working_for_fraud_rings_is_no_compound_report() -> None:
    sentence = "A flight carrying 40 Malaysians suspected of working for scam syndicates landed."
    assert "compound_report" not in _types(sentence)


def test_buildings_suspected_of_housing_scam_centres_are_reported() -> None:
    sentence = "The operation targeted buildings in Poipet suspected of housing scam centres."
    assert "compound_report" in _types(sentence)


def test_group_counted_in_an_allegation_is_named_later(fake_gz: FakeGazetteer) -> None:
    events = _events_of(
        "A plane carrying 58 Taiwanese suspected of working for fraud rings landed on Thursday.\n"
        "The 58 were among 400 people detained on Monday when police raided a casino in Poipet.\n",
        fake_gz,
    )
    raids = [e for e in events if e.type.value == "raid"]
    assert [e.nationalities for e in raids] == [{"TW": 58}]
    assert not [e for e in events if e.type.value == "compound_report"]


def test_joint_operations_carried_out_in_a_place_are_a_raid(fake_gz: FakeGazetteer) -> None:
    events = _events_of(
        "Since Monday police have carried out a series of joint operations in Poipet.\n", fake_gz
    )
    assert [(e.type.value, e.place.name if e.place else None) for e in events] == [
        ("raid", "Poipet")
    ]


def test_placeless_abuse_in_a_survivor_story_is_at_the_compound(fake_gz: FakeGazetteer) -> None:
    events = _events_of(
        "Ten Indonesians were freed from a compound in Poipet on November 3, officials said.\n\n"
        "Their families had not heard from some of them for months. Officials met them.\n\n"
        "One of them said an agent had promised him a job in Thailand. He travelled for days.\n\n"
        "He said he was beaten with a stick in May after asking to go home.\n",
        fake_gz,
    )
    abuse = [e for e in events if e.type.value == "abuse"]
    assert len(abuse) == 1
    assert abuse[0].place is not None and abuse[0].place.name == "Poipet"


@pytest.mark.parametrize(
    "sentence",
    [
        "The two countries agreed in May to set up a task force against scam centres on the border.",
        "Officials discussed joint efforts against scam compounds in the region.",
    ],
)
def test_measures_against_scam_centres_are_not_compound_reports(sentence: str) -> None:
    assert "compound_report" not in _types(sentence)
