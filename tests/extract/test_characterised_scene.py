"""A raided or rescued place that a relative clause also calls a scam hub ("X, which has
emerged as a hub for ...") gets a compound report of its own, in sentences written for
these tests."""

from __future__ import annotations

import pytest

from geotrack.extract.events import detect_types
from geotrack.model import EventType


@pytest.mark.parametrize(
    "sentence",
    [
        "Officers detained 40 workers in Poipet, which has become a hub for online fraud.",
        "Police raided a hotel in Bavet, which is notorious for cyberscams.",
    ],
)
def test_scene_called_a_hub_in_a_relative_clause_is_also_a_report(sentence: str) -> None:
    types = [t for t, *_ in detect_types(sentence)]
    assert EventType.COMPOUND_REPORT in types


def test_scam_compound_named_as_a_raid_scene_is_not_a_report() -> None:
    types = [t for t, *_ in detect_types("Police raided a scam compound in Bavet on Monday.")]
    assert EventType.COMPOUND_REPORT not in types
