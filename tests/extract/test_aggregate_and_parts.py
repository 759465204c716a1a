"""A total at a wider place and the parts a later sentence lists inside it are all kept;
a headline or caption at a wider place still merges with the one listed place inside it
(sentences written for these tests)."""

from __future__ import annotations

import datetime as dt

from extract_helpers import event_places

from gazetteer import Gazetteer
from geotrack.model import EventType

RAID = EventType.RAID


def _placed(gaz: Gazetteer, text: str) -> list[str]:
    return event_places(gaz, text, RAID, dt.date(2024, 7, 9))


def test_total_and_its_listed_parts_are_kept(gaz: Gazetteer) -> None:
    text = (
        "Police arrested 22 Chinese men in three Phnom Penh districts on Monday. The men "
        "were arrested at three buildings in Chamkar Mon, Chroy Changvar and Toul Kork "
        "districts, respectively, the report said."
    )
    assert _placed(gaz, text) == ["Chamkar Mon", "Chroy Changvar", "Phnom Penh", "Toul Kork"]


def test_one_listed_place_inside_the_wider_one_still_merges(gaz: Gazetteer) -> None:
    text = (
        "Police detained suspects at a building in Preah Sihanouk Province on Monday.\n\n"
        "Over two days, police raided sites in Phnom Penh, Poipet and Sihanoukville."
    )
    places = _placed(gaz, text)
    assert "Preah Sihanouk" not in places
    assert {"Phnom Penh", "Poipet", "Sihanoukville"} <= set(places)
