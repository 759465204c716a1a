"""A travel ban or advisory is a measure of the government that issues it for its own
people: put at its country, not at the places it warns about (sentences written for these
tests)."""

from __future__ import annotations

import datetime as dt

from extract_helpers import event_places

from gazetteer import Gazetteer
from geotrack.model import EventType


def _policies(gaz: Gazetteer, text: str) -> list[str]:
    return event_places(gaz, text, EventType.POLICY, dt.date(2025, 10, 16))


def test_a_ministry_s_travel_ban_is_its_country_s(gaz: Gazetteer) -> None:
    text = (
        "South Korea's foreign ministry on Wednesday put a travel ban on the Cambodian border "
        "towns of Bavet and Poipet after a rise in kidnappings of its citizens."
    )
    assert _policies(gaz, text) == ["South Korea"]


def test_a_capital_banning_travel_is_its_government(gaz: Gazetteer) -> None:
    text = "Seoul bans travel to Bavet and Kampot as scam kidnappings rise."
    assert _policies(gaz, text) == ["South Korea"]


def test_a_power_cut_still_lands_where_it_cuts(gaz: Gazetteer) -> None:
    text = "Thailand cut off power to Poipet on Wednesday to hit the scam compounds there."
    assert _policies(gaz, text) == ["Poipet"]
