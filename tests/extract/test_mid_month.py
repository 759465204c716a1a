"""A month's middle ("mid-October") is dated by the 15th, at month precision; a tally since
a month's middle is still a tally (sentences written for these tests)."""

from __future__ import annotations

import datetime as dt

from geotrack.extract.dates import find_dates
from geotrack.model import DatePrecision

PUBLISHED = dt.date(2025, 11, 2)


def test_mid_month_is_dated_by_its_middle() -> None:
    [found] = find_dates("The army raided the compound in mid-October.", published=PUBLISHED)
    assert (found.date, found.precision) == (dt.date(2025, 10, 15), DatePrecision.MONTH)


def test_mid_month_with_a_year() -> None:
    [found] = find_dates("Talks began in mid-March 2024.", published=PUBLISHED)
    assert found.date == dt.date(2024, 3, 15)


def test_plain_and_early_months_keep_the_first() -> None:
    dates = find_dates("Raids began in October and grew in early September.", published=PUBLISHED)
    assert [d.date for d in dates] == [dt.date(2025, 10, 1), dt.date(2025, 9, 1)]
