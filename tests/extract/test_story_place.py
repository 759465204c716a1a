"""A raid, rescue, escape, abuse or compound report that its sentence only puts in a
country happened at the one place there the story is about: named in its headline or lead,
and named more than any other place of that country (sentences written for these tests)."""

from __future__ import annotations

import datetime as dt

from extract_helpers import event_places

from gazetteer import Gazetteer
from geotrack.model import EventType


def _places(gaz: Gazetteer, text: str, etype: EventType) -> list[str]:
    return event_places(gaz, text, etype, dt.date(2024, 3, 12))


STORY = (
    "Soldiers stormed a compound in Shwe Kokko on Sunday and detained 300 workers, "
    "officials said.\n\n"
    "The Shwe Kokko compound had been run by a militia for three years.\n\n"
    "Five Thai workers said they had been beaten inside buildings in Myanmar before the "
    "operation."
)


def test_country_of_the_sentence_becomes_the_story_place(gaz: Gazetteer) -> None:
    assert _places(gaz, STORY, EventType.ABUSE) == ["Shwe Kokko"]


def test_the_whole_country_stays_the_country(gaz: Gazetteer) -> None:
    text = STORY.replace("inside buildings in Myanmar", "in compounds across Myanmar")
    assert _places(gaz, text, EventType.ABUSE) == ["Myanmar"]


def test_a_story_split_between_two_places_leaves_the_country(gaz: Gazetteer) -> None:
    text = STORY + (
        "\n\nIn Tachileik, police raided two casinos on Monday.\n\n"
        "Officers in Tachileik said the casinos had been shut."
    )
    assert _places(gaz, text, EventType.ABUSE) == ["Myanmar"]


def test_the_capital_is_not_the_story_place(gaz: Gazetteer) -> None:
    text = (
        "Officials in Phnom Penh said on Monday that 40 workers had been freed from a hotel.\n\n"
        "The ministry in Phnom Penh gave no further details.\n\n"
        "Rights groups say workers are beaten in scam compounds in Cambodia every week."
    )
    assert "Phnom Penh" not in _places(gaz, text, EventType.ABUSE)


BORDER_STORY = (
    "Scam compounds along the Thailand-Myanmar border still hold thousands of workers, "
    "a rights group said on Monday.\n\n"
    "Militias on the Thailand-Myanmar border have freed some of them this month.\n\n"
    "Officials said 300 Kenyans were freed in Myanmar last week."
)


def test_a_story_about_a_border_area_places_country_level_events_there(gaz: Gazetteer) -> None:
    assert _places(gaz, BORDER_STORY, EventType.RESCUE) == ["Myanmar-Thailand border"]


def test_a_border_of_another_country_is_not_the_story_place(gaz: Gazetteer) -> None:
    text = BORDER_STORY.replace("Thailand-Myanmar border", "Cambodia-Vietnam border")
    # (the militias' own rescue is told at the border it names)
    assert _places(gaz, text, EventType.RESCUE) == ["Cambodia-Vietnam border", "Myanmar"]
