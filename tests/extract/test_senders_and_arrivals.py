"""Where an arrest of senders and a journey's end are not the scene (own sentences).

- "Police arrested 16 people suspected of luring Taiwanese to Cambodia" in a story about
  Cambodia: the senders were arrested at the people's home, not in the country they were
  sent to.
- "were rescued and reached Tamil Nadu today": the place reached is where the rescued got
  to, not where they were freed.
"""

from __future__ import annotations

from geotrack.model import EventType
from tests.extract.extract_helpers import of_type, page_events


def _places(text: str, etype: EventType) -> list[str | None]:
    events = of_type(page_events(text, "2024-06-12"), etype)
    return [e.place.name if e.place else None for e in events]


def test_those_who_lured_people_abroad_were_arrested_at_home() -> None:
    text = (
        "Fraud gangs in Cambodia still hold dozens of Taiwanese, officials say. "
        "Police have arrested 12 people suspected of working with foreign gangs to lure "
        "Taiwanese to Cambodia with offers of well-paid office work."
    )
    assert _places(text, EventType.RAID) == ["Taiwan"]


def test_a_dateline_town_still_places_the_arrest_of_senders() -> None:
    text = "KATHMANDU - Police on Monday arrested two men for sending Nepali youths to Myanmar."
    assert _places(text, EventType.RAID) == ["Kathmandu"]


def test_the_state_the_rescued_reached_is_no_scene() -> None:
    text = (
        "Scam gangs in Myawaddy held nine Indian workers for months. "
        "The nine were rescued last week and reached Tamil Nadu on Tuesday, the state "
        "government said."
    )
    assert "Tamil Nadu" not in _places(text, EventType.RESCUE)


def test_a_territorys_own_police_arrest_at_home() -> None:
    text = (
        "Scam gangs in Cambodia have held dozens of Hong Kong residents this year. "
        "On Sunday, Hong Kong police arrested five people over fake job adverts online."
    )
    assert _places(text, EventType.RAID) == ["Hong Kong"]


def test_a_countrys_police_acting_at_a_named_place_keep_that_place() -> None:
    text = "Thailand police arrested six Chinese men in Mae Sot on Sunday."
    assert _places(text, EventType.RAID) == ["Mae Sot"]


def test_every_place_in_a_list_of_homes_is_no_scene() -> None:
    text = (
        "Police in Hyderabad have arrested three local recruiters and are looking for two "
        "more, who now live abroad and reside in Dubai and Oman."
    )
    assert _places(text, EventType.RAID) == ["Hyderabad"]
