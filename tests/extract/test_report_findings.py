"""A story about a report: the places its findings name are compound reports, dated by the
report (texts written for these tests)."""

from __future__ import annotations

import datetime as dt

from gazetteer import Gazetteer
from geotrack.extract import extract_article
from geotrack.model import Article, Event, EventType

REPORT = (
    "BANGKOK — Criminal gangs are holding at least 150,000 people in online fraud compounds, "
    "a United Nations agency said in a report released on Monday.\n\n"
    "The report estimated that about 90,000 of them are in Myanmar and 60,000 in Cambodia, "
    "with smaller operations in Laos and the Philippines.\n\n"
    "It said most of the victims had been recruited from China, Vietnam and Kenya.\n\n"
    "The report also describes a compound in the border town of Bavet in Svay Rieng "
    "province where workers were held.\n\n"
    "The operations earn billions of U.S. dollars a year, the report said.\n\n"
    "The agency urged governments in the region to act."
)
NOT_A_REPORT = (
    "POIPET — Police raided a casino in Poipet on Monday and detained 40 workers.\n\n"
    "Officials have estimated that about 90,000 people are in Myanmar and 60,000 in Cambodia, "
    "with smaller operations in Laos and the Philippines."
)


def _reports(text: str) -> list[Event]:
    article = Article(id="r", text=text, published=dt.date(2024, 4, 9))
    events = extract_article(article, gazetteer=Gazetteer.default()).events
    return [e for e in events if e.type is EventType.COMPOUND_REPORT]


def test_each_place_the_findings_name_is_a_report_dated_by_the_report() -> None:
    reports = _reports(REPORT)
    assert sorted(e.place.name for e in reports if e.place) == [
        "Bavet",
        "Cambodia",
        "Laos",
        "Myanmar",
        "Philippines",
    ]
    assert {e.date for e in reports if e.place and e.place.name != "Bavet"} == {dt.date(2024, 4, 8)}


def test_a_province_that_says_where_a_town_is_is_not_another_finding() -> None:
    """ "Bavet in Svay Rieng province": one report, at the town."""
    assert "Svay Rieng" not in {e.place.name for e in _reports(REPORT) if e.place}


def test_where_victims_come_from_and_currencies_are_not_findings() -> None:
    named = {e.place.country for e in _reports(REPORT) if e.place}
    assert not named & {"CN", "VN", "KE", "US"}


def test_estimates_outside_a_report_story_stay_background() -> None:
    assert _reports(NOT_A_REPORT) == []
