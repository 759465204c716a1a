"""Compound reports told through the firms that run the scams ("worked at an online scam
company in X"), through counted sites with a few words between the count and the cue
("two notorious cyber scam parks: A and B", "built 41 large-scale gambling and fraud
parks"), and the cases that stay what they were: firms as the agents of abuse, victims
counted before "of". Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from extract_helpers import FakeGazetteer, make_article

from geotrack.extract import extract_article
from geotrack.extract.events import detect_types

PUBLISHED = dt.date(2025, 6, 2)


def _types(sentence: str) -> list[str]:
    return [t[0].value for t in detect_types(sentence)]


@pytest.mark.parametrize(
    "sentence",
    [
        "The nine returnees had earlier worked at an online scam company in Poipet.",
        "Investigators traced the calls to fraud companies in Bavet and Poipet.",
        "Police said scam firms across Bavet kept hiring through the summer.",
    ],
)
def test_scam_firms_at_a_place_are_a_compound_report(sentence: str) -> None:
    assert _types(sentence) == ["compound_report"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The tycoon keeps a stake in two notorious cyber scam parks: Golden Bay and River Park.",
        "Since 2016 the clan has built 38 large-scale gambling and fraud parks near Bavet.",
    ],
)
def test_counted_sites_with_words_between_are_a_compound_report(sentence: str) -> None:
    assert "compound_report" in _types(sentence)


def test_firms_as_the_agents_of_abuse_stay_abuse() -> None:
    # the companies are who exploited the people, so the sentence tells their abuse
    sentence = "Earlier, 19 of the 20 returnees had been subjected to exploitation by online scam companies in Poipet."
    assert _types(sentence) == ["abuse"]


def test_people_counted_before_of_are_not_a_count_of_sites() -> None:
    # "300 foreign victims of call centre gangs": a count of people, and no site is named
    sentence = (
        "Some 300 foreign victims of call centre gangs were waiting for news, officials said."
    )
    assert "compound_report" not in _types(sentence)


def test_the_firm_is_placed_where_it_works(fake_gz: FakeGazetteer) -> None:
    article = make_article(
        "The nine returnees had earlier worked at an online scam company in Poipet.",
        id="firm",
        published=PUBLISHED,
    )
    events = extract_article(article, gazetteer=fake_gz).events
    assert [(e.type.value, e.place.name if e.place else None) for e in events] == [
        ("compound_report", "Poipet")
    ]
