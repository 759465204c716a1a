"""An arrest sought is no raid (own sentences).

"Rewards of up to 500,000 yuan for the arrest of", "a warrant for the arrest of", "clues
leading to the arrest of": the arrest has not been made. An arrest made after a tip-off is
one.
"""

from __future__ import annotations

import pytest

from geotrack.model import EventType
from tests.extract.extract_helpers import of_type, page_events


@pytest.mark.parametrize(
    "sentence",
    [
        "In December, Chinese officials issued warrants and rewards of up to 500,000 yuan "
        "for the arrest of Bai and nine others in Myanmar.",
        "Police are offering a reward of 100,000 yuan for clues leading to the arrest of two "
        "gang leaders in northern Myanmar.",
        "A court in Manila issued a warrant for the arrest of the former mayor of Bamban.",
    ],
)
def test_an_arrest_sought_is_no_raid(sentence: str) -> None:
    assert of_type(page_events(sentence, "2024-01-31"), EventType.RAID) == []


def test_an_arrest_made_after_a_tip_off_is_a_raid() -> None:
    text = "Acting on a tip-off, police in Myawaddy arrested two gang leaders on Monday."
    raids = of_type(page_events(text, "2024-01-31"), EventType.RAID)
    assert [r.place.name for r in raids if r.place is not None] == ["Myawaddy"]
