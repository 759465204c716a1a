"""How the English press words measures, their deadlines and where people were taken:
the place and date each gives the event. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from geotrack.model import DatePrecision, EventType
from tests.extract.extract_helpers import of_type, page_events


def test_where_the_arrested_were_sent_is_not_where_they_were_arrested() -> None:
    text = (
        "Officers in Poipet arrested 12 men at a casino on 4 May and later sent the men to the "
        "capital, Phnom Penh."
    )
    (raid,) = of_type(page_events(text, "2025-05-10"), EventType.RAID)
    assert raid.place is not None and raid.place.name == "Poipet"


def test_a_decision_told_in_the_present_perfect_is_dated_by_its_statement() -> None:
    text = (
        "Seoul counted 38 victims of job fraud in the region in January alone.\n\n"
        "Officials have decided to put out special travel advisories for the Mae Sai "
        "crossing, the ministry said."
    )
    (policy,) = of_type(page_events(text, "2024-02-28"), EventType.POLICY)
    # the statement's day, not January
    assert (policy.date, policy.date_precision) == (dt.date(2024, 2, 28), DatePrecision.DAY)


def test_a_governments_policy_to_cut_supplies_is_a_measure_at_each_town_listed() -> None:
    text = (
        "Thai police shut down two phone masts near the border on Friday.\n\n"
        "The work is part of the Thai government's policy to cut power, fuel and internet "
        "supplies to border areas in Myanmar on 5 February. Areas affected by the cut include "
        "Tachileik, Myawaddy and Phaya Thonsu townships, the minister said."
    )
    policies = of_type(page_events(text, "2025-02-08"), EventType.POLICY)
    assert {p.place.name for p in policies if p.place is not None} == {
        "Tachileik",
        "Myawaddy",
        "Payathonzu",
    }


def test_a_plan_to_cut_supplies_is_not_a_measure_taken() -> None:
    text = "Thailand plans to cut power and internet supplies to Myawaddy next month."
    assert of_type(page_events(text, "2025-02-08"), EventType.POLICY) == []


def test_scammer_gangs_based_in_a_town_report_scam_work_there() -> None:
    text = "The sweep aims to halt scammer gangs based in Phaya Thonsu, police said on Friday."
    (report,) = of_type(page_events(text, "2025-02-08"), EventType.COMPOUND_REPORT)
    assert report.place is not None and report.place.name == "Payathonzu"


def test_a_deadline_ahead_of_the_story_does_not_date_the_order() -> None:
    text = "The governor on Tuesday ordered all casinos in Poipet to close by October 31."
    (policy,) = of_type(page_events(text, "2026-02-05"), EventType.POLICY)
    assert policy.date == dt.date(2026, 2, 3)
    text = "Officials ordered all casinos in Poipet to close by October 31, the governor said."
    (policy,) = of_type(page_events(text, "2026-02-05"), EventType.POLICY)
    # the order was given when the story tells it, not on the deadline months ahead
    assert policy.date == dt.date(2026, 2, 5)


def test_a_deadline_set_by_a_named_holiday_does_not_date_the_pledge() -> None:
    text = (
        "The government has pledged to eradicate all cybercrime networks before Khmer New "
        "Year, the minister said."
    )
    (policy,) = of_type(page_events(text, "2026-02-05"), EventType.POLICY)
    assert policy.date == dt.date(2026, 2, 5)


def test_a_date_told_with_an_earlier_happening_does_not_date_the_homecoming() -> None:
    text = (
        "Nine Lao workers freed from a casino near Myawaddy in August have now arrived home, "
        "officials said."
    )
    (deportation,) = of_type(page_events(text, "2023-11-13"), EventType.DEPORTATION)
    # the release was in August; the homecoming is the story's news
    assert deportation.date is not None and deportation.date.month == 11
    (rescue,) = of_type(page_events(text, "2023-11-13"), EventType.RESCUE)
    assert rescue.date is not None and rescue.date.month == 8
