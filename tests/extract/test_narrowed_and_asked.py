"""Three ways a sentence ties (or does not tie) a place to what happened (own sentences).

- "fraud operations, mainly in Laos, Myanmar and Cambodia": the narrowing adverb before
  the preposition still puts the operations in each listed country.
- "a crackdown on scam compounds in the border area of Myanmar led to ...": a crackdown
  on named kinds of sites at a place is an operation done there, a raid.
- "deported to China at Beijing's request": the capital that asked is no scene.
"""

from __future__ import annotations

from geotrack.model import EventType
from tests.extract.extract_helpers import of_type, page_events


def _places(text: str, etype: EventType) -> list[str | None]:
    events = of_type(page_events(text, "2025-05-20"), etype)
    return [e.place.name if e.place else None for e in events]


def test_operations_mainly_in_a_list_of_countries_are_reported_in_each() -> None:
    text = (
        "A rights group said on Monday that human trafficking in the region increasingly "
        "involves online fraud operations, mainly in Laos, Myanmar and Cambodia."
    )
    assert sorted(_places(text, EventType.COMPOUND_REPORT)) == ["Cambodia", "Laos", "Myanmar"]


def test_a_crackdown_on_compounds_at_a_place_is_a_raid_there() -> None:
    text = (
        "Last month a crackdown on scam compounds in the border area of Myanmar left more "
        "than 2,000 foreigners waiting for help, officials said."
    )
    assert _places(text, EventType.RAID) == ["Myanmar"]


def test_a_crackdown_announced_without_a_place_stays_no_raid() -> None:
    text = "The minister said a crackdown on scam syndicates would begin soon."
    assert _places(text, EventType.RAID) == []


def test_the_capital_that_asked_for_a_deportation_is_no_scene() -> None:
    text = "The businessman was deported to China at Beijing's request on Friday, police said."
    assert "Beijing" not in _places(text, EventType.DEPORTATION)
