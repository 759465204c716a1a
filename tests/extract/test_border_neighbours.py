"""The country named after "border with" is the neighbour, not where the event happened
(sentences written for these tests)."""

from __future__ import annotations

import datetime as dt

import pytest
from extract_helpers import make_article

from gazetteer import Gazetteer
from geotrack.extract import extract_article
from geotrack.model import EventType


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.default()


def _raids(gaz: Gazetteer, text: str) -> list[str]:
    article = make_article(text, id="border", published=dt.date(2024, 8, 22))
    return sorted(
        e.place.name
        for e in extract_article(article, gazetteer=gaz).events
        if e.type is EventType.RAID and e.place is not None
    )


def test_neighbours_listed_after_border_with_are_not_the_scene(gaz: Gazetteer) -> None:
    text = (
        "Security forces in Laos arrested nearly 800 people working for a fraud network in "
        "a special economic zone on the border with Myanmar and Thailand."
    )
    assert _raids(gaz, text) == ["Laos"]


def test_place_on_the_near_side_still_counts(gaz: Gazetteer) -> None:
    text = "Police raided a casino in Bavet, on Cambodia's border with Vietnam, on Monday."
    assert _raids(gaz, text) == ["Bavet"]
