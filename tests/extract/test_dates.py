"""Absolute and relative date phrases resolved against the publication date."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from geotrack.errors import BadInputError
from geotrack.extract.dates import find_dates, parse_date

FRIDAY = dt.date(2025, 7, 18)  # a Friday


@pytest.mark.parametrize(
    ("phrase", "day", "precision"),
    [
        ("police said yesterday", "2025-07-17", "day"),
        ("made public on Tuesday", "2025-07-15", "day"),
        ("on Friday", "2025-07-18", "day"),
        ("last Friday", "2025-07-11", "day"),
        ("last month", "2025-06-01", "month"),
        ("in March", "2025-03-01", "month"),
        ("last February", "2025-02-01", "month"),
        ("in August", "2024-08-01", "month"),
        ("in 2023", "2023-01-01", "year"),
        ("earlier this year", "2025-01-01", "year"),
        ("this week", "2025-07-18", "week"),
        ("over three days", "2025-07-17", "week"),
        ("On July 15, police", "2025-07-15", "day"),
        ("on Aug. 22", "2024-08-22", "day"),
        ("14 July 2025", "2025-07-14", "day"),
        ("Wed Sep 21 2022", "2022-09-21", "day"),
        ("on Thursday (June 26)", "2025-06-26", "day"),
        ("2025-07-15", "2025-07-15", "day"),
        ("21/09/2022", "2022-09-21", "day"),
        ("two weeks ago", "2025-07-04", "week"),
        ("since early August", "2024-08-01", "month"),
    ],
)
def test_phrases(phrase: str, day: str, precision: str) -> None:
    (found,) = find_dates(phrase, published=FRIDAY)
    assert found.date.isoformat() == day
    assert found.precision.value == precision


def test_anchor_phrases_follow_the_story() -> None:
    found = find_dates(
        "He was taken there in 2023 and, after almost a year, escaped.", published=FRIDAY
    )
    assert [(d.date.isoformat(), d.precision.value) for d in found] == [
        ("2023-01-01", "year"),
        ("2024-01-01", "year"),
    ]
    (earlier,) = find_dates(
        "A day earlier, the minister spoke.", published=FRIDAY, anchor=dt.date(2022, 8, 26)
    )
    assert earlier.date == dt.date(2022, 8, 25)


def test_vague_spans_are_marked() -> None:
    (found,) = find_dates("in recent months", published=FRIDAY)
    assert found.vague


def test_modal_may_and_march_verb_are_not_dates() -> None:
    assert find_dates("they may march on the capital", published=FRIDAY) == []


def test_relative_dates_need_a_publication_date() -> None:
    assert find_dates("on Tuesday", published=None) == []
    assert [d.date.isoformat() for d in find_dates("on July 14, 2025", published=None)] == [
        "2025-07-14"
    ]


def test_impossible_day_is_skipped() -> None:
    assert find_dates("on February 30, 2024", published=FRIDAY) == []


def test_parse_date_rejects_non_text() -> None:
    with pytest.raises(BadInputError):
        parse_date(20250718, published=FRIDAY)  # type: ignore[arg-type]


@given(
    st.text(max_size=200), st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31))
)
def test_find_dates_never_raises(text: str, published: dt.date) -> None:
    for found in find_dates(text, published=published):
        assert 0 <= found.start < found.end <= len(text)


@given(
    st.from_regex(
        r"(on |last |in )?(Mon|Tuesday|March|May|Aug\.|\d{1,2}|\d{4}|yesterday)[ ,]*\d{0,4}",
        fullmatch=True,
    )
)
def test_parse_date_returns_date_or_none(text: str) -> None:
    result = parse_date(text, published=FRIDAY)
    assert result is None or 1800 <= result.date.year <= 2200


def test_weekend_and_month_of_last_year() -> None:
    (weekend,) = find_dates("raided compounds over the weekend", published=FRIDAY)
    assert (weekend.date.isoformat(), weekend.precision.value) == ("2025-07-12", "week")
    (august,) = find_dates("In August last year, police freed them", published=FRIDAY)
    assert (august.date.isoformat(), august.precision.value) == ("2024-08-01", "month")


def test_window_ends_at_the_latest_date_the_story_reached() -> None:
    # Published Friday 18 July; the story already said "yesterday" (17 July), then a
    # Tuesday caption (15 July): three days ending on the 17th centre on the 16th.
    found = find_dates(
        "Over three days, officers searched the sites.",
        published=dt.date(2025, 7, 18),
        anchor=dt.date(2025, 7, 15),
        latest=dt.date(2025, 7, 17),
    )
    assert [(d.date.isoformat(), d.precision.value) for d in found] == [("2025-07-16", "week")]
    # A latest date outside the window leaves it ending at publication.
    found = find_dates(
        "Over three days, officers searched the sites.",
        published=dt.date(2025, 7, 18),
        latest=dt.date(2025, 6, 1),
    )
    assert found[0].date.isoformat() == "2025-07-17"


def test_weekday_abbreviation_inside_a_name_is_not_a_date() -> None:
    # "Col. Aung Thu", "the Sun Hua company": names, not Thursday or Sunday.
    found = find_dates("In 2019 Col. Aung Thu signed the deal.", published=FRIDAY)
    assert [d.text for d in found] == ["In 2019"]
    assert find_dates("workers freed from the Sun Hua company", published=FRIDAY) == []
    assert [d.text for d in find_dates("police said on Thu that", published=FRIDAY)] == ["on Thu"]
    assert [d.text for d in find_dates("Police said Wed they had", published=FRIDAY)] == ["Wed"]


def test_last_month_and_day_is_the_most_recent_such_day() -> None:
    # "released last March 14" said the next day: that day, not a month a year earlier.
    (found,) = find_dates("freed at 11 p.m. last March 14", published=dt.date(2024, 3, 15))
    assert (found.date, found.precision.value) == (dt.date(2024, 3, 14), "day")
    (month,) = find_dates("arrested last March", published=dt.date(2024, 3, 15))
    assert month.date == dt.date(2023, 3, 1)


@pytest.mark.parametrize(
    "phrase", ["that night", "that evening", "the same evening", "later that night"]
)
def test_night_and_evening_of_the_day_are_found(phrase: str) -> None:
    (found,) = find_dates(f"The men were flown out {phrase}.", published=FRIDAY, anchor=FRIDAY)
    assert found.date == FRIDAY


def test_that_night_counts_from_the_last_day_named_not_a_month() -> None:
    # A clause about an older month ("a warrant issued in May") sits between the day of
    # the handover and "that night": the night is the handover's.
    handover = dt.date(2024, 6, 11)
    (found,) = find_dates(
        "They were put on a plane that night.",
        published=dt.date(2024, 6, 12),
        anchor=dt.date(2024, 5, 1),
        day_anchor=handover,
    )
    assert (found.date, found.precision.value) == (handover, "day")
    # Inside one text the day named before the month is kept too.
    found = find_dates(
        "They were handed over on June 11, wanted since a warrant in May, and flown out the next day.",
        published=dt.date(2024, 6, 14),
    )
    assert found[-1].date == dt.date(2024, 6, 12)


def test_ordinal_days_with_a_time_of_day_a_pair_or_a_month_word() -> None:
    published = dt.date(2024, 5, 23)
    (found,) = find_dates("On the night of the 4th, guards fled.", published=published)
    assert (found.date, found.precision.value) == (dt.date(2024, 5, 4), "day")
    (found,) = find_dates("On the 4th and 5th of this month, police searched", published=published)
    assert found.date == dt.date(2024, 5, 4)
    (found,) = find_dates("on the 28th of last month", published=published)
    assert found.date == dt.date(2024, 4, 28)
    assert find_dates("on the 12th floor of the tower", published=published) == []


def test_a_span_of_years_is_dated_by_its_first_year() -> None:
    published = dt.date(2024, 5, 23)
    (found,) = find_dates("the families ran the town from 2015 to 2022", published=published)
    assert (found.date, found.precision.value) == (dt.date(2015, 1, 1), "year")
    (found,) = find_dates("during the 2018-2020 boom", published=published)
    assert found.date == dt.date(2018, 1, 1)
    assert find_dates("from 2023 to 2020", published=published) == []


@pytest.mark.parametrize(
    "phrase",
    [
        "between 2021 and early 2023, the office took 52 calls for help",
        "from 2021 to mid-2023 the firm ran three sites",
        "from 2021 until late 2023",
    ],
)
def test_a_span_of_years_ending_in_part_of_a_year_is_one_span(phrase: str) -> None:
    (found,) = find_dates(phrase, published=dt.date(2024, 5, 23))
    assert (found.date, found.precision.value) == (dt.date(2021, 1, 1), "year")
