"""Compounds a report, an image or a list names at a place, without the words "scam
compound". All sentences are invented for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest
from extract_helpers import FakeGazetteer, make_article

from geotrack.extract import extract_article
from geotrack.extract.events import detect_types
from geotrack.model import Event

PUBLISHED = dt.date(2024, 6, 12)


def _events_of(text: str, gz: FakeGazetteer) -> list[Event]:
    article = make_article(text, id="sites", published=PUBLISHED)
    return list(extract_article(article, gazetteer=gz).events)


def _reported_at(events: list[Event]) -> list[str | None]:
    return [e.place.name if e.place else None for e in events if e.type.value == "compound_report"]


def _types(sentence: str) -> set[str]:
    return {t.value for t, *_ in detect_types(sentence)}


def test_report_describing_compounds_at_places(fake_gz: FakeGazetteer) -> None:
    events = _events_of(
        "The watchdog's study, published on Monday, also describes compounds in the "
        "border towns of Bavet and Poipet.\n",
        fake_gz,
    )
    assert _reported_at(events) == ["Bavet", "Poipet"]


def test_sites_appearing_at_places_after_a_with_clause(fake_gz: FakeGazetteer) -> None:
    # ", with new sites appearing in ..." is no appositive naming the place before it.
    events = _events_of(
        "Researchers said fraud compounds in Cambodia had spread well beyond their first "
        "bases in Sihanoukville, with new sites appearing in Kampot and Kandal province.\n",
        fake_gz,
    )
    assert _reported_at(events) == ["Cambodia", "Kampot", "Kandal"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Among the places the group named are several fenced complexes in Kampot.",
        "New imagery shows construction going on at sites in Kampot.",
        "Hubs keep springing up along the border near Poipet.",
    ],
)
def test_site_report_phrasings(sentence: str) -> None:
    assert "compound_report" in _types(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # one person's story about one compound: abuse, not a report on a place
        "She described a compound in Bavet where guards beat workers who missed targets.",
        # an inspection of sites is the raid
        "Officers inspected 12 sites in Kandal in May and found nobody held.",
        # the noun far from the verb, across a relative clause
        "The study documents the deaths of two men who fell from buildings at sites in Kampot.",
    ],
)
def test_no_site_report(sentence: str) -> None:
    assert "compound_report" not in _types(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The arrests follow public outrage over the death of a young cook in a compound.",
        "Two guards were charged on Friday over suspected involvement in her death.",
        "Relatives demanded an inquiry into the killing of their son.",
    ],
)
def test_a_reaction_to_a_death_told_elsewhere_is_no_new_abuse(sentence: str) -> None:
    assert "abuse" not in _types(sentence)


def test_a_death_reported_is_still_abuse() -> None:
    assert "abuse" in _types("The group recorded the deaths of four workers at the site.")


def test_what_can_happen_is_no_event() -> None:
    assert "abuse" not in _types("Visitors who ignore the ban can be punished under the law.")
    assert "abuse" in _types("Workers who missed targets were punished by the guards.")


def _deported_from(text: str, gz: FakeGazetteer) -> list[str | None]:
    return [
        e.place.name if e.place else None
        for e in _events_of(text, gz)
        if e.type.value == "deportation"
    ]


def test_flying_back_to_a_country_from_a_town_leaves_from_the_town(fake_gz: FakeGazetteer) -> None:
    # "to Indonesia from Phnom Penh": the town after "from" is where they left, not an arrival.
    text = "Thirty of the freed workers flew back to Indonesia from Phnom Penh on Monday.\n"
    assert _deported_from(text, fake_gz) == ["Phnom Penh"]


def test_flew_out_of_is_a_departure(fake_gz: FakeGazetteer) -> None:
    text = "The group of nine flew out of Phnom Penh on a night flight on Tuesday.\n"
    assert _deported_from(text, fake_gz) == ["Phnom Penh"]
