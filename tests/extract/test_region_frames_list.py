"""A world region only frames the list that follows "including" (own sentences).

"Fraud hubs across Southeast Asia run in many places, including Poipet, Kampot, Pursat and
Bavet": each listed place is reported, not the region (which is no event place) and not
only the towns among them.
"""

from __future__ import annotations

from geotrack.model import EventType
from tests.extract.extract_helpers import of_type, page_events


def test_the_list_after_including_is_reported_not_the_region() -> None:
    text = (
        "Officials said on Monday that fraud hubs across Southeast Asia run in many places, "
        "including Poipet, Kampot, Pursat and Bavet."
    )
    reports = of_type(page_events(text, "2023-09-04"), EventType.COMPOUND_REPORT)
    assert {r.place.name for r in reports if r.place is not None} == {
        "Poipet",
        "Kampot",
        "Pursat",
        "Bavet",
    }
