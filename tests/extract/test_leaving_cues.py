"""Ways news tells people leaving a compound or going home (sentences written for these
tests)."""

from __future__ import annotations

import datetime as dt

import pytest
from extract_helpers import make_article

from gazetteer import Gazetteer
from geotrack.extract import extract_article
from geotrack.extract.events import detect_types
from geotrack.model import Event, EventType


def _events(gaz: Gazetteer, text: str) -> set[tuple[str, str]]:
    article = make_article(text, id="leave", published=dt.date(2025, 11, 3))
    return {
        (e.type.value, e.place.name)
        for e in extract_article(article, gazetteer=gaz).events
        if e.place is not None
    }


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Some 1,500 workers crossed into Thailand from KK Park on Saturday.", "KK Park"),
        (
            "Using bed frames as clubs, the men forced their way out of the compound gate in "
            "Poipet on Sunday night.",
            "Poipet",
        ),
        ("An exodus of scam workers began in Svay Rieng last week.", "Svay Rieng"),
    ],
)
def test_leaving_a_compound_is_an_escape(gaz: Gazetteer, text: str, place: str) -> None:
    assert (EventType.ESCAPE.value, place) in _events(gaz, text)


def test_returning_to_a_country_from_another_is_a_deportation(gaz: Gazetteer) -> None:
    text = "Forty Vietnamese workers returned to Vietnam from Cambodia on Friday."
    assert (EventType.DEPORTATION.value, "Cambodia") in _events(gaz, text)


def test_returning_to_work_is_no_deportation(gaz: Gazetteer) -> None:
    text = "Staff at the Poipet casino returned to work on Monday after a two-day closure."
    assert not any(t == EventType.DEPORTATION.value for t, _ in _events(gaz, text))


def _typed(gaz: Gazetteer, text: str, etype: EventType) -> list[Event]:
    article = make_article(text, id="leave2", published=dt.date(2025, 5, 11))
    return [e for e in extract_article(article, gazetteer=gaz).events if e.type is etype]


def _places(events: list[Event]) -> list[str]:
    return [e.place.name for e in events if e.place is not None]


def test_nationals_returned_to_their_country_is_a_deportation(gaz: Gazetteer) -> None:
    text = (
        "Fifteen Kenyans who had been trafficked to Myanmar last year returned to Kenya on "
        "Tuesday, the ministry said."
    )
    events = _typed(gaz, text, EventType.DEPORTATION)
    assert _places(events) == ["Myanmar"]
    assert events[0].people.get("deported") == 15


def test_an_official_returning_to_a_city_after_uncounted_people_is_no_deportation(
    gaz: Gazetteer,
) -> None:
    text = "Cambodians met the Thai minister, who returned to Bangkok on Monday after the talks."
    assert not _typed(gaz, text, EventType.DEPORTATION)


def test_refuge_after_an_escape_is_not_the_scene(gaz: Gazetteer) -> None:
    text = (
        "One Nepali worker escaped from a compound in Shwe Kokko last month and took refuge "
        "in Yangon, Myanmar, where he contacted the embassy."
    )
    assert _places(_typed(gaz, text, EventType.ESCAPE)) == ["Shwe Kokko"]


def test_refuge_town_alone_does_not_place_the_escape(gaz: Gazetteer) -> None:
    text = "One Nepali worker escaped from the guarded camp and took refuge in Yangon, Myanmar."
    escapes = _typed(gaz, text, EventType.ESCAPE)
    assert escapes and "Yangon" not in _places(escapes)


@pytest.mark.parametrize(
    "text",
    [
        "About 300 Ethiopians attempted a mass escape from a camp near Myawaddy in April.",
        "Nine Pakistani men staged a daring breakout from a compound in Myawaddy last week.",
    ],
)
def test_an_escape_told_as_a_noun(gaz: Gazetteer, text: str) -> None:
    assert _places(_typed(gaz, text, EventType.ESCAPE)) == ["Myawaddy"]


def test_escape_of_own_nationals_in_home_press_is_placed_abroad(gaz: Gazetteer) -> None:
    text = (
        "Nepali citizens are still held in compounds in Myanmar, and Myanmar has not let "
        "Nepal's embassy in Thailand reach them.\n\n"
        "Nepal also confirmed Red Cross help with the escape of four Nepali nationals last "
        "month, officials in Kathmandu said."
    )
    assert _places(_typed(gaz, text, EventType.ESCAPE)) == ["Myanmar"]


def test_fleeing_a_named_site_is_an_escape_placed_at_that_site(gaz: Gazetteer) -> None:
    text = "About 200 Kenyans reached Mae Sot on Friday after fleeing the KK Park scam hub."
    assert ("escape", "KK Park") in _events(gaz, text)
    assert ("escape", "Mae Sot") not in _events(gaz, text)


def test_a_suspect_fleeing_a_raided_building_is_no_escape(gaz: Gazetteer) -> None:
    text = (
        "Police arrested the gang's accountant at the airport in Hanoi on Friday, two days "
        "after fleeing the raided office block in Poipet."
    )
    assert not {t for t, _ in _events(gaz, text)} & {"escape"}


@pytest.mark.parametrize(
    ("sentence", "types"),
    [
        ("Reports told of 300 workers streaming out of scamming compounds in Bavet.", ["escape"]),
        ("The country saw an exodus from its online scam operations in January.", ["escape"]),
        ("We walked out of the compound at night.", ["escape"]),
        ("The investors walked out of the meeting in Bavet.", []),
        # things taken away are no people freed
        ("The razor wire was removed from two buildings in Bavet.", []),
        ("Forty workers were removed from a compound in Bavet.", ["rescue"]),
    ],
)
def test_leaving_in_a_crowd_and_things_removed(sentence: str, types: list[str]) -> None:
    assert [t[0].value for t in detect_types(sentence)] == types
