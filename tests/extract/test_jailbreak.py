"""An escape from a prison or from custody is no escape from a compound, and an idiom
is no death (own sentences).

The escape type is victims fleeing a compound. "Inmates escaped from Prey Sar prison" and
"two suspects escaped from police custody" are jailbreaks; people who fled a compound
*to* a police station, or a "prison-like compound", still escaped.
"""

from __future__ import annotations

import pytest

from geotrack.extract.events import detect_types
from geotrack.model import EventType


def _types(sentence: str) -> list[EventType]:
    return [t for t, *_ in detect_types(sentence)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Three inmates escaped from Prey Sar prison before dawn on Sunday.",
        "Two fraud suspects escaped from police custody in Phnom Penh on Friday.",
        "About a dozen prisoners made a daring escape from the provincial jail.",
    ],
)
def test_a_jailbreak_is_no_escape(sentence: str) -> None:
    assert EventType.ESCAPE not in _types(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Forty workers escaped from a scam compound in Bavet on Monday.",
        "The workers fled to a police station in Bavet.",
        "They escaped from a prison-like compound near the border.",
    ],
)
def test_fleeing_a_compound_is_still_an_escape(sentence: str) -> None:
    assert EventType.ESCAPE in _types(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Officials say online gambling has died out in the town since the ban.",
        "The fighting near the compound died down by the evening.",
    ],
)
def test_died_out_is_no_death(sentence: str) -> None:
    assert EventType.ABUSE not in _types(sentence)


def test_a_death_is_still_abuse() -> None:
    assert EventType.ABUSE in _types("Two workers died in a compound in Bavet last week.")
