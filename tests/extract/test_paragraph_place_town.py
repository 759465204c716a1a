"""A placeless event sentence goes on about the last place the sentences before it named;
when that place is a town followed by the province holding it ("in Bavet City in Svay Rieng
Province"), the town is what it goes on about (sentences written for these tests)."""

from __future__ import annotations

import datetime as dt

from extract_helpers import event_places

from gazetteer import Gazetteer
from geotrack.model import EventType


def _raids(gaz: Gazetteer, text: str) -> list[str]:
    return event_places(gaz, text, EventType.RAID, dt.date(2026, 1, 16))


LEAD = (
    "On Monday, officers from Vietnam met their Cambodian counterparts in {where}.\n\n"
    "In the end, 120 Vietnamese workers were detained over online fraud."
)


def test_a_town_qualified_by_its_province_is_the_place(gaz: Gazetteer) -> None:
    text = LEAD.format(where="Poipet City in Cambodia's Banteay Meanchey Province")
    assert _raids(gaz, text) == ["Poipet"]


def test_a_town_and_its_province_after_a_comma(gaz: Gazetteer) -> None:
    text = LEAD.format(where="Poipet, Banteay Meanchey province")
    assert _raids(gaz, text) == ["Poipet"]


def test_a_province_alone_stays_the_province(gaz: Gazetteer) -> None:
    text = LEAD.format(where="Svay Rieng Province")
    assert _raids(gaz, text) == ["Svay Rieng"]


def test_a_town_and_another_province_stay_apart(gaz: Gazetteer) -> None:
    # Kampot is not in Svay Rieng: the province named last is not the town's qualifier.
    text = LEAD.format(where="Kampot and in Svay Rieng Province")
    assert _raids(gaz, text) == ["Svay Rieng"]
