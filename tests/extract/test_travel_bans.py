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


def test_a_capital_s_ministry_issuing_an_advisory_is_its_government(gaz: Gazetteer) -> None:
    text = (
        "Seoul's foreign ministry on Monday issued a travel advisory for the Myawaddy area "
        "of Myanmar after several South Koreans went missing."
    )
    assert _policies(gaz, text) == ["South Korea"]


def test_the_country_whose_ministry_is_the_subject_acts(gaz: Gazetteer) -> None:
    # the story's country (where the crimes are) is named first; the acting one owns the
    # institution that is the clause's subject
    text = (
        "After a wave of fraud cases involving Vietnamese workers in Cambodia, Vietnam's "
        "Ministry of Public Security deployed a special task force to Cambodia in May."
    )
    assert _policies(gaz, text) == ["Vietnam"]
