"""A rescue, escape, abuse or compound report whose sentence names no place does not take
its people's own country from the story's thread (their country, a province of it, its
capital) when the story's scene is abroad; a town or site at home stays a scene. Where
people came home to, and the countries that asked for a crackdown, are not scenes either
(sentences written for these tests)."""

from __future__ import annotations

import datetime as dt

from extract_helpers import event_places

from gazetteer import Gazetteer
from geotrack.model import EventType


def _places(gaz: Gazetteer, text: str, etype: EventType) -> list[str]:
    return event_places(gaz, text, etype, dt.date(2024, 5, 20))


def test_capital_of_the_people_is_not_where_they_were_freed(gaz: Gazetteer) -> None:
    text = (
        "PHNOM PENH — Cambodia's interior ministry said on Monday it would work with "
        "South Korea on cases of abducted workers.\n\n"
        "Seoul has asked for closer police cooperation after a series of abductions of its "
        "citizens.\n\n"
        "An official said at least 40 South Koreans were rescued in recent weeks."
    )
    places = _places(gaz, text, EventType.RESCUE)
    assert places, "the rescue is still reported"
    assert "Seoul" not in places


def test_home_country_press_puts_the_rescue_abroad(gaz: Gazetteer) -> None:
    text = (
        "ISLAMABAD — Pakistan's interior ministry said on Sunday that a group of its "
        "citizens had been lured to Laos with offers of office work.\n\n"
        "Officials said the men were held by a gang in Laos for months.\n\n"
        "On Saturday, the government in Islamabad set up a task force on job scams.\n\n"
        "The ministry said 14 Pakistani citizens were rescued last week."
    )
    assert _places(gaz, text, EventType.RESCUE) == ["Laos"]


def test_a_town_at_home_is_still_a_scene(gaz: Gazetteer) -> None:
    text = (
        "MANILA — Vietnamese and Chinese workers at an offshore gaming hub in Bamban "
        "asked their embassies for help last month.\n\n"
        "The hub in Bamban had been run by a Chinese-owned firm since 2021.\n\n"
        "Officials said 120 Filipinos were rescued along with 40 Vietnamese."
    )
    assert _places(gaz, text, EventType.RESCUE) == ["Bamban"]


def test_a_domestic_story_keeps_its_province(gaz: Gazetteer) -> None:
    text = (
        "MANILA — Workers at a gaming hub in Tarlac province asked for help last week.\n\n"
        "Officials said 85 Filipinos were rescued."
    )
    assert _places(gaz, text, EventType.RESCUE) == ["Tarlac"]


def test_the_town_people_reached_is_their_way_home() -> None:
    # (the phrases before a place that end an abuse's scene: where people came home to)
    from geotrack.extract.events import _HOMECOMING_BEFORE_RE

    for before in ("trapped in Myanmar, reached ", "and then flew home to ", "safely reached the "):
        assert _HOMECOMING_BEFORE_RE.search(before), before
    for before in ("after arriving in ", "were held in ", "were beaten at the "):
        assert not _HOMECOMING_BEFORE_RE.search(before), before


def test_the_town_people_arrived_in_can_be_the_scene(gaz: Gazetteer) -> None:
    text = "After arriving in Poipet, the workers were locked in a casino and beaten."
    assert _places(gaz, text, EventType.ABUSE) == ["Poipet"]


def test_countries_that_asked_for_a_crackdown_are_not_its_scene(gaz: Gazetteer) -> None:
    text = (
        "MYAWADDY, Myanmar — A militia in Myawaddy said on Monday it held 7,000 foreigners "
        "taken from scam compounds in the town.\n\n"
        "The militia launched a crackdown at the urging of China and Thailand, officials in "
        "Myawaddy said."
    )
    places = _places(gaz, text, EventType.RAID)
    assert places, "the crackdown is still reported"
    assert "Thailand" not in places and "China" not in places
