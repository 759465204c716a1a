"""An arrest sought is no raid (own sentences).

"Rewards for the arrest of", "a warrant for the arrest of", "clues that lead to the
arrest of": the arrest has not been made. An arrest made after a tip-off is
one.
"""

from __future__ import annotations

import pytest

from geotrack.model import EventType
from tests.extract.extract_helpers import of_type, page_events


@pytest.mark.parametrize(
    "sentence",
    [
        "Last month officials in Beijing put out warrants, with rewards as high as 300,000 "
        "yuan, for the arrest of Wei and four associates in Myanmar.",
        "A bounty of 50,000 yuan is on offer for clues that lead to the arrest of the two "
        "bosses in northern Myanmar.",
        "A court in Manila issued a warrant for the arrest of the former mayor of Bamban.",
    ],
)
def test_an_arrest_sought_is_no_raid(sentence: str) -> None:
    assert of_type(page_events(sentence, "2024-01-31"), EventType.RAID) == []


def test_an_arrest_made_after_a_tip_off_is_a_raid() -> None:
    text = "Acting on a tip-off, police in Myawaddy arrested two gang leaders on Monday."
    raids = of_type(page_events(text, "2024-01-31"), EventType.RAID)
    assert [r.place.name for r in raids if r.place is not None] == ["Myawaddy"]
