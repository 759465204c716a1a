"""An undated report on a place is dated by its statement, not by an earlier paragraph's
happening (texts written for these tests)."""

from __future__ import annotations

import datetime as dt

import pytest

from gazetteer import Gazetteer
from geotrack.extract import extract_article
from geotrack.model import Article, DatePrecision, Event, EventType

PUBLISHED = dt.date(2024, 5, 20)
RAID = (
    "PHNOM PENH — Police raided a casino in Poipet on March 3 and detained 40 workers.\n\n"
    "The workers were deported to Vietnam a week later.\n\n"
)


def _report(text: str) -> Event:
    article = Article(id="d", text=text, published=PUBLISHED)
    events = extract_article(article, gazetteer=Gazetteer.default()).events
    (report,) = [e for e in events if e.type is EventType.COMPOUND_REPORT]
    return report


def test_a_later_paragraphs_report_takes_the_statement_month() -> None:
    report = _report(
        RAID + "Scam compounds in Bavet still hold thousands of foreign workers, many of them "
        "trafficked."
    )
    assert report.place is not None and report.place.name == "Bavet"
    assert (report.date, report.date_precision) == (PUBLISHED, DatePrecision.MONTH)
    assert "date:statement" in report.evidence


@pytest.mark.parametrize(
    "sentence",
    [
        "Scam compounds in Bavet still hold thousands of foreign workers, a police officer said.",
        "A rights group cited a witness as saying that scam compounds in Bavet hold thousands.",
        "According to officials, scam compounds in Bavet hold thousands of foreign workers.",
    ],
)
def test_an_attributed_report_keeps_the_date_its_source_was_given(sentence: str) -> None:
    """ "..., an officer said" after the raid: the officer spoke of that day's findings."""
    report = _report(RAID + sentence)
    assert report.date != PUBLISHED
    assert "date:previous" in report.evidence


def test_a_report_in_the_same_paragraph_as_its_date_keeps_it() -> None:
    report = _report(
        "PHNOM PENH — Police raided a casino in Poipet on March 3 and detained 40 workers. "
        "Scam compounds in Bavet still hold thousands of foreign workers, many of them "
        "trafficked."
    )
    assert report.date == dt.date(2024, 3, 3)


def test_gangs_placed_before_their_scam_work_are_a_report_there() -> None:
    report = _report(
        RAID + "Criminal syndicates in Bavet have long run online fraud schemes aimed at "
        "foreigners."
    )
    assert report.place is not None and report.place.name == "Bavet"


@pytest.mark.parametrize(
    "sentence",
    [
        "Police in Thailand and Myanmar recently raided three compounds in Myawaddy.",
        "Officers recently arrested 25 people at a hotel in Myawaddy, the ministry said.",
        "In recent raids, police arrested 25 people at a hotel in Myawaddy.",
    ],
)
def test_a_happening_told_as_recent_is_news_of_the_report(sentence: str) -> None:
    article = Article(id="r", text=RAID + sentence, published=PUBLISHED)
    events = extract_article(article, gazetteer=Gazetteer.default()).events
    (raid,) = [
        e for e in events if e.type is EventType.RAID and e.place and e.place.name == "Myawaddy"
    ]
    assert raid.date is not None and (raid.date.year, raid.date.month) == (2024, 5)


def test_a_happening_with_its_own_date_keeps_it_beside_recently() -> None:
    text = RAID + "Officers recently said they had raided a hotel in Myawaddy on April 2."
    article = Article(id="r", text=text, published=PUBLISHED)
    events = extract_article(article, gazetteer=Gazetteer.default()).events
    (raid,) = [
        e for e in events if e.type is EventType.RAID and e.place and e.place.name == "Myawaddy"
    ]
    assert raid.date == dt.date(2024, 4, 2)
