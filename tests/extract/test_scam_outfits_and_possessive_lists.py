"""People put to work for a scam outfit at a place make a compound report there, and a
country's possessive before a list of its provinces is no item of the list (sentences
written for these tests, read with the real gazetteer)."""

from __future__ import annotations

import datetime as dt

import pytest

from gazetteer import Gazetteer
from geotrack.extract import extract_article
from geotrack.extract.events import detect_types
from geotrack.model import Article, Event, EventType


def _events(text: str) -> list[Event]:
    article = Article(id="t", text=text, published=dt.date(2025, 3, 1))
    return list(extract_article(article, gazetteer=Gazetteer.default()).events)


@pytest.mark.parametrize(
    "sentence",
    [
        "The six were tricked into working for a fraud syndicate in Bavet last year.",
        "She said she had worked for a scamming ring in Poipet before she fled.",
        "He worked with a scamming and catfishing group in Myawaddy for a year.",
    ],
)
def test_working_for_a_scam_outfit_at_a_place_is_a_report(sentence: str) -> None:
    assert EventType.COMPOUND_REPORT in [t for t, *_ in detect_types(sentence)]


@pytest.mark.parametrize(
    "sentence",
    [
        # forced labour is the abuse; the outfit is where it happened
        "They were forced to work for a scam syndicate in Bavet for months.",
        # no place follows the outfit: the victims' story, not a report of a site
        "They were tricked into working for a scam syndicate, their families said.",
    ],
)
def test_forced_work_and_placeless_outfits_are_no_report(sentence: str) -> None:
    assert EventType.COMPOUND_REPORT not in [t for t, *_ in detect_types(sentence)]


def test_each_province_of_the_list_gets_the_report_and_the_country_none() -> None:
    text = (
        "Eleven Filipinos had been lured into working for a scamming syndicate in "
        "Cambodia's Oddar Meanchey and Kampot provinces, their ministry said on Friday."
    )
    reports = [e for e in _events(text) if e.type is EventType.COMPOUND_REPORT]
    assert sorted(e.place.name for e in reports if e.place) == ["Kampot", "Oddar Meanchey"]


def test_a_raid_on_a_countrys_listed_provinces_is_not_also_at_the_country() -> None:
    text = "Police raided compounds in Cambodia's Kampot and Takeo provinces on Monday."
    raids = [e for e in _events(text) if e.type is EventType.RAID]
    assert sorted(e.place.name for e in raids if e.place) == ["Kampot", "Takeo"]
