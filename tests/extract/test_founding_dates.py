"""A place's founding year told as a noun is background, no event date (own sentences).

"Between its creation in 2009 and the end of July", "since its founding in 2018": the tally
runs up to the later date; the founding year dates nothing (as "founded in 2019"
already did not).
"""

from __future__ import annotations

import datetime as dt

import pytest

from geotrack.model import EventType
from tests.extract.extract_helpers import of_type, page_events


@pytest.mark.parametrize("noun", ["establishment", "founding", "creation"])
def test_a_founding_year_is_no_date(noun: str) -> None:
    text = (
        "Police have rescued 1,600 people from the Golden Triangle Special Economic Zone between its "
        f"{noun} in 2009 and the end of July this year, an officer told reporters."
    )
    rescues = of_type(page_events(text, "2022-12-19"), EventType.RESCUE)
    assert rescues
    assert all(r.date is not None and r.date.year == 2022 for r in rescues)
    assert rescues[0].date == dt.date(2022, 7, 1)
