"""More words for people held and made to work (own sentences).

"Remain ensnared in Cambodia" is caught like "trapped in"; "forced into working at bogus call
centres" and "rescued from forcibly working in scam centres" are forced labour. Being
tricked into a job is deceit about the work, no abuse by itself.
"""

from __future__ import annotations

import pytest

from geotrack.model import EventType
from tests.extract.extract_helpers import of_type, page_events

LEAD = "Police rescued 20 men on Monday. "


def _abused(text: str) -> set[str]:
    events = of_type(page_events(text, "2024-05-28"), EventType.ABUSE)
    return {e.place.name for e in events if e.place is not None}


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        ("Some thirty workers remain ensnared in Cambodia, their families say.", "Cambodia"),
        ("Later the group was forced into working at bogus call centres in Laos.", "Laos"),
        (
            "Some of them had been rescued from forcibly working in scam centres in Myanmar.",
            "Myanmar",
        ),
    ],
)
def test_held_and_made_to_work(sentence: str, place: str) -> None:
    assert place in _abused(LEAD + sentence)


def test_tricked_into_a_job_is_no_abuse_by_itself() -> None:
    assert _abused(LEAD + "They said they had been tricked into working in Bavet.") == set()
