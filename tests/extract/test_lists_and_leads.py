"""Four general readings, in sentences written for these tests: coordinated scam-work
nouns ("scam and gambling operations") and areas of a place ("in parts of X") as compound
reports; two places joined by a conjunction as a list even when one holds the other;
custody by the state ("held at an immigration detention depot") as no abuse; and a lead
told in the present perfect ("have sanctioned") as the news of the day."""

from __future__ import annotations

import datetime as dt

import pytest
from extract_helpers import FakeGazetteer, make_article

from geotrack.extract import extract_article
from geotrack.extract.events import detect_types
from geotrack.model import DatePrecision, Event

PUBLISHED = dt.date(2025, 3, 4)


def _events(text: str, gz: FakeGazetteer) -> list[Event]:
    article = make_article(text, id="lists", published=PUBLISHED)
    return list(extract_article(article, gazetteer=gz).events)


def _typed(events: list[Event]) -> list[tuple[str, str | None]]:
    return sorted((e.type.value, e.place.name if e.place else None) for e in events)


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        ("Residents say thousands of foreigners work in scam and gambling operations in Bavet.", "Bavet"),
        ("Fraud, gambling and trafficking hubs in Poipet employ thousands, residents say.", "Poipet"),
        ("Hundreds of people work in online scam operations in parts of Kampot, residents say.", "Kampot"),
        # The trade's names for the places: "scam factories", "scam farms", "complex".
        ("Residents say scam factories in Bavet employ thousands of foreigners.", "Bavet"),
        ("Thousands of foreigners work at a scam casino complex in Poipet, residents say.", "Poipet"),
    ],
)  # fmt: skip
def test_coordinated_scam_nouns_and_areas_of_a_place_are_compound_reports(
    sentence: str, place: str, fake_gz: FakeGazetteer
) -> None:
    assert _typed(_events(sentence, fake_gz)) == [("compound_report", place)]


def test_the_coordinated_noun_is_one_cue() -> None:
    cues = detect_types("Thousands work in scam and gambling operations in Bavet.")
    assert [(t[0].value, t[3]) for t in cues] == [
        ("compound_report", "scam and gambling operations")
    ]


def test_two_conjoined_places_are_a_list_even_when_one_holds_the_other(
    fake_gz: FakeGazetteer,
) -> None:
    events = _events(
        "Police raided scam compounds in Sihanoukville and Preah Sihanouk province on Monday.",
        fake_gz,
    )
    assert _typed(events) == [("raid", "Preah Sihanouk"), ("raid", "Sihanoukville")]


def test_an_address_chain_is_still_one_place(fake_gz: FakeGazetteer) -> None:
    events = _events(
        "Police raided scam compounds in Sihanoukville, Preah Sihanouk province on Monday.",
        fake_gz,
    )
    assert _typed(events) == [("raid", "Sihanoukville")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Fourteen Kenyans are still being held at an immigration detention depot in Bangkok.",
        "The 40 workers remain detained in the city's police custody in Poipet.",
    ],
)
def test_custody_by_the_state_is_not_abuse(sentence: str) -> None:
    assert "abuse" not in [t[0].value for t in detect_types(sentence)]


def test_captivity_in_a_compound_stays_abuse(fake_gz: FakeGazetteer) -> None:
    events = _events("Forty Kenyans are still being held in a compound in Poipet.", fake_gz)
    assert ("abuse", "Poipet") in _typed(events)


LEAD = "Thailand and Vietnam have sanctioned a company accused of running scam compounds."


def test_a_present_perfect_lead_is_the_news_of_the_day(fake_gz: FakeGazetteer) -> None:
    events = _events(LEAD + "\n\nThe company denies the charges.", fake_gz)
    policies = [e for e in events if e.type.value == "policy"]
    assert sorted(e.place.name for e in policies if e.place) == ["Thailand", "Vietnam"]
    assert {(e.date, e.date_precision) for e in policies} == {(PUBLISHED, DatePrecision.WEEK)}


def test_the_same_sentence_later_in_the_story_stays_background(fake_gz: FakeGazetteer) -> None:
    text = "Police in Bavet arrested 12 people on Monday.\n\n" + LEAD
    assert "policy" not in [e.type.value for e in _events(text, fake_gz)]


def test_a_wider_place_then_a_comma_starts_a_list(fake_gz: FakeGazetteer) -> None:
    events = _events(
        "Police raided compounds in Sihanoukville, Golden Fortune Park and Koh Rong on Monday.",
        fake_gz,
    )
    assert _typed(events) == [("raid", "Golden Fortune Park"), ("raid", "Sihanoukville")]


def test_the_specific_place_then_a_comma_is_an_address(fake_gz: FakeGazetteer) -> None:
    events = _events("Police raided Golden Fortune Park, Sihanoukville on Monday.", fake_gz)
    assert _typed(events) == [("raid", "Golden Fortune Park")]


def test_a_capital_speaking_is_its_government_not_the_scene(fake_gz: FakeGazetteer) -> None:
    events = _events("Scam gangs in Poipet freed 40 Thais on Monday, Bangkok said.", fake_gz)
    assert [p for t, p in _typed(events) if t == "rescue"] == ["Poipet"]


def test_police_of_a_capital_still_place_their_raid_there(fake_gz: FakeGazetteer) -> None:
    events = _events("Police in Bangkok raided a call centre on Monday, officials said.", fake_gz)
    assert _typed(events) == [("raid", "Bangkok")]


@pytest.mark.parametrize(
    "text",
    [
        "Police arrested 114 suspects in Poipet, the border town, and Bavet on Monday.",
        "Police arrested 114 suspects in Poipet, a busy crossing, as well as in Bavet on Monday.",
    ],
)
def test_a_short_appositive_does_not_end_a_list(text: str, fake_gz: FakeGazetteer) -> None:
    assert _typed(_events(text, fake_gz)) == [("raid", "Bavet"), ("raid", "Poipet")]


def test_a_second_object_with_a_place_of_its_own_is_a_second_scene(
    fake_gz: FakeGazetteer,
) -> None:
    events = _events("Police raided a casino in Poipet and a hotel in Bavet.\n", fake_gz)
    assert _typed(events) == [("raid", "Bavet"), ("raid", "Poipet")]


def test_each_object_keeps_the_day_of_its_own_phrase(fake_gz: FakeGazetteer) -> None:
    events = _events(
        "Police raided a casino in Poipet on February 3 and a hotel in Bavet on February 10.\n",
        fake_gz,
    )
    days = {e.place.name: e.date for e in events if e.place is not None}
    assert days == {"Poipet": dt.date(2025, 2, 3), "Bavet": dt.date(2025, 2, 10)}


def test_a_person_in_another_place_is_no_second_object(fake_gz: FakeGazetteer) -> None:
    events = _events(
        "Police raided a casino in Poipet and a man in Bavet said he saw the raid.\n", fake_gz
    )
    assert _typed(events) == [("raid", "Poipet")]


def test_a_measure_the_lead_reports_in_the_past_is_the_news(fake_gz: FakeGazetteer) -> None:
    text = (
        "The Cambodian government ordered all online scam compounds to close by the end of "
        "the month.\n\nOfficials said inspections would follow."
    )
    policies = [e for e in _events(text, fake_gz) if e.type.value == "policy"]
    assert [e.place.name for e in policies if e.place] == ["Cambodia"]


def test_a_past_measure_later_in_the_story_stays_background(fake_gz: FakeGazetteer) -> None:
    text = (
        "Police in Bavet arrested 12 people on Monday.\n\n"
        "The Cambodian government ordered all online scam compounds to close."
    )
    assert "policy" not in [e.type.value for e in _events(text, fake_gz)]
