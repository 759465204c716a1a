"""A cue inside a ", where" clause happened at the clause's own place, else at the place the
clause hangs on (sentences written for these tests)."""

from __future__ import annotations

import datetime as dt

from extract_helpers import make_article

from gazetteer import Gazetteer
from geotrack.extract import extract_article
from geotrack.model import EventType


def _places(gaz: Gazetteer, text: str, etype: EventType) -> list[str]:
    article = make_article(text, id="where", published=dt.date(2025, 10, 20))
    return sorted(
        e.place.name
        for e in extract_article(article, gazetteer=gaz).events
        if e.type is etype and e.place is not None
    )


def test_clause_hangs_on_the_last_place_of_a_list(gaz: Gazetteer) -> None:
    text = (
        "The travel warning lists Poipet, Bavet and the Bokor Mountain area, where a "
        "young Korean man was beaten to death in August."
    )
    assert _places(gaz, text, EventType.ABUSE) == ["Bokor"]


def test_clause_after_two_places_takes_the_nearest(gaz: Gazetteer) -> None:
    text = (
        "Officials toured Phnom Penh and Kampot, where police rescued 40 Thai workers from "
        "a compound last week."
    )
    assert _places(gaz, text, EventType.RESCUE) == ["Kampot"]


def test_clause_with_its_own_place_keeps_it(gaz: Gazetteer) -> None:
    text = (
        "The minister flew to Bokeo, where police later raided a casino in Ton Pheung "
        "district on Monday."
    )
    assert _places(gaz, text, EventType.RAID) == ["Ton Pheung"]


def test_cue_before_the_clause_is_unchanged(gaz: Gazetteer) -> None:
    text = (
        "Police raided a compound in Sihanoukville on Monday, where dozens of Chinese "
        "firms once ran casinos."
    )
    assert _places(gaz, text, EventType.RAID) == ["Sihanoukville"]
