"""In a story about a report, the places the report names are its findings (own sentences).

A lead such as "a UN rights office report has found that ..." makes the story one about a
report; a later "the report named A, B and C" or "other locations it listed include D"
reports each place, dated by the report's release when the story gives it.
"""

from __future__ import annotations

import datetime as dt

from geotrack.model import EventType
from tests.extract.extract_helpers import of_type, page_events

TEXT = (
    "A United Nations rights office report has found that tens of thousands of people are "
    "held by online fraud gangs in the Mekong region.\n\n"
    "The report, which came out in August, puts the number held in Laos at 20,000.\n\n"
    "It also warns that the gangs move quickly when police close in.\n\n"
    "In Myanmar, the report named Tachileik and the town of Mong La near China."
)


def test_the_places_a_report_names_are_reported_as_of_its_release() -> None:
    reports = of_type(page_events(TEXT, "2023-09-04"), EventType.COMPOUND_REPORT)
    dated = {r.place.name: r.date for r in reports if r.place is not None}
    assert "Tachileik" in dated
    assert dated["Tachileik"] == dt.date(2023, 8, 1)
