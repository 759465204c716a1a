"""A compound raided as the sentence's subject ("The compound was raided on March 14") is
the compound the story named; a seat of government acting ("the palace instructed ...") is
not where the story happens (sentences written for these tests)."""

from __future__ import annotations

import datetime as dt

from extract_helpers import event_places

from gazetteer import Gazetteer
from geotrack.model import EventType

STORY = (
    "Officials said the Chinese-run compound in Bamban, Tarlac, had housed hundreds of "
    "foreign workers.\n\n"
    "In April, Malacañang Palace ordered the money laundering council to seize all "
    "the firm's assets.\n\n"
    "The compound was raided on March 14, and 400 workers were found inside."
)


def test_the_compound_as_subject_is_the_story_s_compound(gaz: Gazetteer) -> None:
    assert event_places(gaz, STORY, EventType.RAID, dt.date(2024, 5, 14)) == ["Bamban"]


def test_a_palace_that_instructs_is_no_scene(gaz: Gazetteer) -> None:
    text = STORY.replace(
        "The compound was raided on March 14, and 400 workers were found inside.",
        "Police freed 400 workers on March 14, officers said.",
    )
    places = event_places(gaz, text, EventType.RAID, dt.date(2024, 5, 14)) + event_places(
        gaz, text, EventType.RESCUE, dt.date(2024, 5, 14)
    )
    assert "Malacañang Palace" not in places
