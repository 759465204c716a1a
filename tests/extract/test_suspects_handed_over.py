"""Suspects handed over are a deportation, with or without the receiving side (own sentences).

"Authorities in northern Myanmar had handed over about 30,000 suspects": the hand-over of
suspects across the border. Workers or victims handed over stay a rescue's hand-over.
"""

from __future__ import annotations

from geotrack.model import EventType
from tests.extract.extract_helpers import of_type, page_events


def test_suspects_handed_over_are_a_deportation() -> None:
    text = (
        "On Saturday, China's security ministry said authorities in northern Myanmar had "
        "handed over about 30,000 suspects."
    )
    deportations = of_type(page_events(text, "2025-02-16"), EventType.DEPORTATION)
    assert [d.people.get("deported") for d in deportations] == [30000]


def test_workers_handed_over_are_no_deportation() -> None:
    text = (
        "Last Wednesday, Cambodian police handed over 23 Vietnamese workers at the border "
        "gate after rescuing them from a casino in Bavet."
    )
    assert of_type(page_events(text, "2025-02-16"), EventType.DEPORTATION) == []
