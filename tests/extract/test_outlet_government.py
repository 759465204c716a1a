"""A measure reaching abroad with no government named ("The government will send a task force
to Laos") is the government of the outlet's country, told by its web address or its
name, when the story names that country; a measure at home is not moved (sentences written
for these tests)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import sys

import pytest
from extract_helpers import make_article

import geotrack.extract  # noqa: F401  (the package module, for its private helper)
from gazetteer import Gazetteer
from geotrack.extract import extract_article

PUBLISHED = dt.date(2025, 10, 15)
STORY = (
    "Dozens of South Koreans have been held in scam compounds in Cambodia this year, and "
    "families in Seoul have pleaded for help.\n\n"
    "The government will dispatch a rapid response team to Cambodia on Thursday to help "
    "the families.\n"
)


def _policies(text: str, gaz: Gazetteer, *, source: str, url: str) -> set[str | None]:
    article = dataclasses.replace(
        make_article(text, id="outlet", published=PUBLISHED), source=source, url=url
    )
    return {
        e.place.name if e.place else None
        for e in extract_article(article, gazetteer=gaz).events
        if e.type.value == "policy"
    }


@pytest.mark.parametrize(
    ("source", "url"),
    [
        ("Fixture Daily", "https://www.fixture.co.kr/news/1"),
        ("The Korea Herald", "https://example.org/news/1"),
    ],
)
def test_a_measure_sent_abroad_is_the_outlets_government(
    source: str, url: str, gaz: Gazetteer
) -> None:
    assert _policies(STORY, gaz, source=source, url=url) == {"South Korea"}


def test_a_measure_at_home_keeps_the_storys_country(gaz: Gazetteer) -> None:
    text = (
        "Police in Cambodia arrested more than 1,000 people in raids on scam compounds, "
        "including 20 Taiwanese.\n\n"
        "The prime minister issued a directive on Tuesday telling the police to shut every "
        "compound.\n"
    )
    places = _policies(text, gaz, source="Taipei Times", url="https://www.taipeitimes.com/a")
    assert "Taiwan" not in places


def test_an_outlet_without_a_place_in_its_name_has_no_country(gaz: Gazetteer) -> None:
    outlet_code = sys.modules["geotrack.extract"]._outlet_code
    assert outlet_code("Reuters", gaz) is None
    assert outlet_code("Bangkok Post", gaz) == "TH"
    assert outlet_code("Khmer Times", gaz) == "KH"
    assert outlet_code(None, gaz) is None
