"""A story about a report dates the report's findings by its release (own sentences).

When a body sentence dates a report's release ("the study, which came out in August",
"a statement issued on May 10"), compound reports told after it with no date of their own
are known as of the release, as the corpus dates an OHCHR statement's list of places by
the statement. A date a sentence gives itself stays; a release a year or more before
publication ("a report published in 2019") is background and dates nothing.
"""

from __future__ import annotations

import datetime as dt

from geotrack.model import DatePrecision, EventType
from tests.extract.extract_helpers import of_type, page_events

#: A finding of its own between the release and the list: the date of the sentence before
#: does not carry over to the list.
BETWEEN = "The study also says that 120,000 people in Myanmar are held by scam gangs.\n\n"
#: Work going on: dated by its statement unless a release dates it.
LIST = (
    "Scam centres are reportedly still operating in many places, such as Kandal, Pursat, "
    "Koh Kong and Bavet."
)


def _reports(text: str, published: str) -> dict[str, tuple[dt.date | None, DatePrecision]]:
    reports = of_type(page_events(text, published), EventType.COMPOUND_REPORT)
    return {r.place.name: (r.date, r.date_precision) for r in reports if r.place is not None}


def test_a_list_after_a_dated_release_takes_the_release_month() -> None:
    text = (
        "A United Nations study, which came out in August, puts at 100,000 or more the "
        "number of people in Cambodia made to work for online scammers.\n\n" + BETWEEN + LIST
    )
    reports = _reports(text, "2023-09-04")
    assert {"Kandal", "Pursat", "Koh Kong", "Bavet"} <= set(reports)
    assert reports["Pursat"] == (dt.date(2023, 8, 1), DatePrecision.MONTH)


def test_a_release_day_dates_the_findings_to_the_day() -> None:
    text = (
        "In a statement issued on May 10, the rights office said scam operations hold "
        "people in several countries.\n\n" + BETWEEN + LIST
    )
    reports = _reports(text, "2025-07-16")
    assert reports["Koh Kong"] == (dt.date(2025, 5, 10), DatePrecision.DAY)


def test_without_a_dated_release_the_list_keeps_the_statement_date() -> None:
    text = (
        "A United Nations study estimates that at least 100,000 people in Cambodia are "
        "forced to work for online scammers.\n\n" + LIST
    )
    reports = _reports(text, "2023-09-04")
    assert reports["Pursat"][0] is not None
    assert reports["Pursat"][0].month == 9


def test_an_old_report_dates_nothing() -> None:
    text = "A study published in March 2019 first described the trade.\n\n" + BETWEEN + LIST
    reports = _reports(text, "2023-09-04")
    assert reports["Kandal"][0] is not None
    assert reports["Kandal"][0].year == 2023


def test_a_sentence_with_its_own_date_keeps_it() -> None:
    text = (
        "A United Nations study, which came out in August, puts at 100,000 or more the "
        "number of people in Cambodia made to work for online scammers.\n\n"
        + BETWEEN
        + "Scam centres were found operating in Kandal and Pursat in June, officials said."
    )
    reports = _reports(text, "2023-09-04")
    assert reports["Kandal"] == (dt.date(2023, 6, 1), DatePrecision.MONTH)


def test_the_verb_may_come_first() -> None:
    text = (
        "The rights group published its annual assessment on Tuesday, saying scam gangs "
        "still hold thousands of people.\n\n" + BETWEEN + LIST
    )
    reports = _reports(text, "2024-03-14")
    assert reports["Bavet"] == (dt.date(2024, 3, 12), DatePrecision.DAY)
