""" "Detained" as an adjective of people held names no arrest (own sentences).

"One of nine detained Bangladeshi women said she felt forgotten" tells who speaks; "police
detained 40 suspects" and "40 foreigners were detained in Bavet" are raids.
"""

from __future__ import annotations

import pytest

from geotrack.extract.events import detect_types
from geotrack.model import EventType


def _types(sentence: str) -> list[EventType]:
    return [t for t, *_ in detect_types(sentence)]


def test_detained_people_as_speakers_are_no_raid() -> None:
    sentence = (
        "One of nine detained Bangladeshi women, who hoped to fly home before Eid, said she "
        "felt forgotten by officials."
    )
    assert EventType.RAID not in _types(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Police detained 40 suspects in Bavet on Monday.",
        "Officials said 40 foreigners were detained in Bavet on Monday.",
    ],
)
def test_a_detention_told_as_a_verb_is_a_raid(sentence: str) -> None:
    assert EventType.RAID in _types(sentence)
