"""Scam work tied to whole countries in a sentence with no happening of its own ("scam hubs
have spread to Laos and Cambodia"): a compound report for each country, dated by the
statement, as the gold convention asks. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from geotrack.model import EventType
from tests.extract.extract_helpers import of_type, page_events

LEAD = "Thai police arrested 14 Chinese men at a house in Bangkok on Monday.\n\n"


def _reported(text: str, published: str) -> dict[str, dt.date | None]:
    reports = of_type(page_events(text, published), EventType.COMPOUND_REPORT)
    return {r.place.name: r.date for r in reports if r.place is not None}


def test_scam_hubs_spreading_to_countries_are_reported_in_each() -> None:
    text = LEAD + (
        "Fraud centres and illegal casinos have spread along the borders of Myanmar, and "
        "into Laos and Cambodia too, officers say."
    )
    reported = _reported(text, "2024-09-25")
    assert {"Laos", "Cambodia"} <= set(reported)
    # the statement's day, not Monday's arrests
    assert reported["Laos"] == dt.date(2024, 9, 25)


def test_victims_taken_to_a_list_of_countries_to_run_scams_report_each_country() -> None:
    text = LEAD + (
        "The agency chief said the young men had been trafficked to Laos, Cambodia, Myanmar "
        "and Thailand, and made to run online fraud schemes in each."
    )
    reported = _reported(text, "2026-02-11")
    assert set(reported) >= {"Myanmar", "Thailand", "Laos", "Cambodia"}
    assert of_type(page_events(text, "2026-02-11"), EventType.ABUSE) == []


def test_a_list_of_trafficking_destinations_with_no_scam_work_is_no_report() -> None:
    text = LEAD + (
        "The agency chief said the young men had been trafficked to Myanmar, Thailand, Laos "
        "and Cambodia over the years."
    )
    assert _reported(text, "2026-02-11") == {}


def test_the_country_pressing_for_a_crackdown_is_not_where_the_scams_are() -> None:
    text = LEAD + (
        "For years China has urged the junta to shut the scam centres, where workers are "
        "trapped and made to run online fraud."
    )
    assert "China" not in _reported(text, "2024-02-01")


def test_the_government_that_speaks_is_not_where_the_scams_are() -> None:
    text = LEAD + (
        "The tycoon turned the border town into a hub for online fraud and gambling, the "
        "U.S. authorities said."
    )
    assert "United States" not in _reported(text, "2025-11-12")


def test_countries_victims_of_scams_are_taken_to_are_reported_in_each() -> None:
    text = LEAD + (
        "Police records show that people caught by job scams are mostly taken to Laos, "
        "Cambodia and Myanmar."
    )
    assert set(_reported(text, "2024-03-01")) == {"Laos", "Cambodia", "Myanmar"}


def test_people_lured_to_countries_to_scam_report_each_country() -> None:
    text = LEAD + (
        "Young graduates keep being lured to Cambodia and Laos to carry out online scams, "
        "the police chief said."
    )
    reported = _reported(text, "2024-03-01")
    assert {"Cambodia", "Laos"} <= set(reported)
    assert reported["Laos"] == dt.date(2024, 3, 1)


def test_being_taken_somewhere_with_no_scam_work_named_is_no_report() -> None:
    text = LEAD + "One of the men fell ill and was taken to Thailand for treatment."
    assert _reported(text, "2024-03-01") == {}


def test_being_lured_into_an_act_is_no_destination() -> None:
    text = LEAD + (
        "Victims across China were lured into investing in fake trading apps, the "
        "investigators said."
    )
    assert "China" not in _reported(text, "2024-03-01")
