"""Compound reports told as a hub of crime, sites sprouting, or a place with its address in
a "located in" phrase (sentences written for these tests)."""

from __future__ import annotations

import datetime as dt

from extract_helpers import event_places, events_of

from gazetteer import Gazetteer
from geotrack.model import EventType


def _reports(gaz: Gazetteer, text: str) -> list[str]:
    return event_places(gaz, text, EventType.COMPOUND_REPORT, dt.date(2023, 9, 26))


def test_hub_of_criminal_activity_is_a_report(gaz: Gazetteer) -> None:
    text = "Tachileik has been a hub for organised crime since 2021, the study says."
    assert _reports(gaz, text) == ["Tachileik"]


def test_sites_sprouting_along_a_border_are_reported(gaz: Gazetteer) -> None:
    text = "New compounds have sprouted in Shan State and Kayin State, the report found."
    assert _reports(gaz, text) == ["Kayin", "Shan"]


def test_a_prevention_centre_is_no_report(gaz: Gazetteer) -> None:
    text = "The ministry opened a centre for trafficking prevention in Tachileik last month."
    assert _reports(gaz, text) == []


def test_place_with_a_located_in_address_is_the_place(gaz: Gazetteer) -> None:
    text = (
        "The Golden Triangle Special Economic Zone, situated in the Bokeo province of Laos, "
        "hosts many casinos and has turned into a hub for online fraud."
    )
    assert _reports(gaz, text) == ["Golden Triangle SEZ"]


def test_acronym_of_the_place_before_its_address(gaz: Gazetteer) -> None:
    text = (
        "The Golden Triangle Special Economic Zone (GTSEZ), situated in Bokeo province, Laos, "
        "has become a hub for online fraud, police said in 2023."
    )
    assert _reports(gaz, text) == ["Golden Triangle SEZ"]


def test_crime_groups_operating_at_a_place_are_a_report(gaz: Gazetteer) -> None:
    text = (
        "The recruits were handed to crime networks based in Myanmar's Karen State, the "
        "ministry said in December."
    )
    assert _reports(gaz, text) == ["Kayin"]


def test_syndicates_known_to_operate_along_a_border(gaz: Gazetteer) -> None:
    text = (
        "Mafia groups backed by foreign investors are known to operate along the border "
        "near Tachileik, residents said in 2023."
    )
    assert _reports(gaz, text) == ["Tachileik"]


def test_a_place_that_has_become_a_trafficking_hub(gaz: Gazetteer) -> None:
    text = "Activists say Shwe Kokko has become a people-trafficking hub since 2020."
    assert _reports(gaz, text) == ["Shwe Kokko"]


def test_an_anti_trafficking_hub_is_no_report(gaz: Gazetteer) -> None:
    text = "A new anti-human trafficking hub opened in Mae Sot in 2023, officials said."
    assert _reports(gaz, text) == []


def test_a_gangs_base_of_operations_is_a_report(gaz: Gazetteer) -> None:
    text = "Investigators named a hotel tower in Bavet, Cambodia, as the syndicate's main base."
    assert _reports(gaz, text) == ["Bavet"]


def test_a_base_of_operations_named_at_a_town_is_a_report(gaz: Gazetteer) -> None:
    text = "Police identified a walled estate in O'Smach as a base of operations for scammers."
    assert _reports(gaz, text) == ["O'Smach"]


def test_a_place_said_to_be_a_scam_hub_is_reported(gaz: Gazetteer) -> None:
    text = "A Seoul daily wrote that Shwe Kokko was a scam hub holding Korean workers."
    assert _reports(gaz, text) == ["Shwe Kokko"]


def test_a_scam_hub_boss_is_no_report(gaz: Gazetteer) -> None:
    text = "Police in Tachileik said the detained man was a scam hub boss."
    assert _reports(gaz, text) == []


# "it" after a paragraph naming one town: the town hosts the scam centres, as of the report.
HOSTS = (
    "Rebel fighters said on Monday they had encircled the town of Laukkai near the border.\n\n"
    "The army took the town from the rebels in 2009.\n\n"
    "Ruled since by a militia, it is home to scam centres in which lured citizens of "
    "China and other countries are made to defraud people online, analysts say."
)


def test_it_is_home_to_scam_centres_reports_the_town_named_before(gaz: Gazetteer) -> None:
    assert _reports(gaz, HOSTS) == ["Laukkaing"]


def test_a_town_s_present_state_is_dated_by_the_report(gaz: Gazetteer) -> None:
    events = events_of(gaz, HOSTS, EventType.COMPOUND_REPORT, dt.date(2023, 9, 26))
    # not 2009, the year the sentence before tells
    assert [e.date for e in events] == [dt.date(2023, 9, 26)]


def test_it_without_a_place_named_before_reports_nothing(gaz: Gazetteer) -> None:
    text = "Analysts say it is home to scam centres where foreigners are made to work."
    assert _reports(gaz, text) == []


def test_a_firm_that_runs_a_scam_compound_somewhere_reports_it(gaz: Gazetteer) -> None:
    text = "The company runs a large scam compound on the edge of Kampot, officials said."
    assert _reports(gaz, text) == ["Kampot"]


def test_a_runner_without_a_scam_site_reports_nothing(gaz: Gazetteer) -> None:
    text = "The minister, who runs a charity in Kampot, spoke about scam compounds."
    assert _reports(gaz, text) == []


def test_a_town_s_notoriety_is_dated_by_the_report_not_the_story_s_last_day(
    gaz: Gazetteer,
) -> None:
    text = (
        "The utility cut power to Shwe Kokko on June 6. "
        "The town has gained notoriety as a hub for online scams and gambling."
    )
    events = events_of(gaz, text, EventType.COMPOUND_REPORT, dt.date(2023, 9, 26))
    assert [(e.place.name, e.date) for e in events if e.place] == [
        ("Shwe Kokko", dt.date(2023, 9, 26))
    ]
