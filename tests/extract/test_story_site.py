"""A sentence that names no place, in a story about one site, happened at that site rather
than anywhere in the country: the site is named in the headline or the lead and far more
often than any other place below country (written for these tests)."""

from __future__ import annotations

import dataclasses
import datetime as dt

from extract_helpers import FakeGazetteer, make_article

from geotrack.extract import extract_article
from geotrack.model import Event

PUBLISHED = dt.date(2025, 3, 4)

LEAD = "Police raided Golden Fortune Park in Cambodia on Monday, detaining 40 people.\n\n"
MIDDLE = (
    "Golden Fortune Park opened in 2019 next to a casino.\n\n"
    "Golden Fortune Park sits near the sea, officials said.\n\n"
    "Officials said the park had been under watch since January.\n\n"
    "Relatives of workers gathered outside the gates.\n\n"
)
LATER = "Last month, officers detained 25 more people suspected of fraud.\n"
FEB = dt.date(2025, 2, 1)


def _events(text: str, gz: FakeGazetteer, title: str = "A fixture article") -> list[Event]:
    article = dataclasses.replace(make_article(text, id="site", published=PUBLISHED), title=title)
    return list(extract_article(article, gazetteer=gz).events)


def _raid_places(events: list[Event]) -> list[tuple[str | None, dt.date | None]]:
    return sorted(
        (e.place.name if e.place else None, e.date) for e in events if e.type.value == "raid"
    )


def test_an_unplaced_sentence_of_a_one_site_story_is_at_the_site(fake_gz: FakeGazetteer) -> None:
    places = _raid_places(_events(LEAD + MIDDLE + LATER, fake_gz))
    assert places == [("Golden Fortune Park", FEB), ("Golden Fortune Park", dt.date(2025, 3, 3))]


def test_a_site_the_headline_names_counts_as_the_story_site(fake_gz: FakeGazetteer) -> None:
    lead = "Police raided a compound in Cambodia on Monday, detaining 40 people.\n\n"
    events = _events(lead + MIDDLE + LATER, fake_gz, title="Raid at Golden Fortune Park")
    assert ("Golden Fortune Park", FEB) in _raid_places(events)


def test_a_site_neither_headline_nor_lead_names_leaves_the_country(
    fake_gz: FakeGazetteer,
) -> None:
    lead = (
        "Police raided a compound in Cambodia on Monday, detaining 40 people.\n\n"
        "Officials gave no further details on Tuesday.\n\n"  # the lead's second sentence
    )
    places = _raid_places(_events(lead + MIDDLE + LATER, fake_gz))
    assert ("Cambodia", FEB) in places


def test_a_nationwide_sentence_stays_at_the_country(fake_gz: FakeGazetteer) -> None:
    later = "Last month, officers detained 25 more people across the country.\n"
    places = _raid_places(_events(LEAD + MIDDLE + later, fake_gz))
    assert ("Cambodia", FEB) in places
