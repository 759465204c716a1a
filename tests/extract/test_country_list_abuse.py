"""A list of three or more countries after an abuse cue tells how far the trade reaches,
not where one group suffered; two countries can still be one group's route.
All sentences are invented for these tests.
"""

from __future__ import annotations

import datetime as dt

from extract_helpers import FakeGazetteer, make_article

from geotrack.extract import extract_article
from geotrack.model import Event

PUBLISHED = dt.date(2024, 5, 14)


def _abuse(text: str, gz: FakeGazetteer) -> list[Event]:
    article = make_article(text, id="country-list", published=PUBLISHED)
    return [e for e in extract_article(article, gazetteer=gz).events if e.type.value == "abuse"]


def test_three_countries_after_trafficked_give_no_abuse(fake_gz: FakeGazetteer) -> None:
    text = (
        "Police in Manila charged two recruiters on Monday.\n\n"
        "Campaigners say thousands of job seekers have been trafficked to Cambodia, Laos, "
        "Myanmar and Thailand in recent years.\n"
    )
    assert _abuse(text, fake_gz) == []


def test_two_countries_still_give_abuse(fake_gz: FakeGazetteer) -> None:
    text = (
        "Police in Manila charged two recruiters on Monday.\n\n"
        "The 30 workers they sent abroad were trapped in Cambodia and Myanmar for months.\n"
    )
    assert {e.place.name for e in _abuse(text, fake_gz) if e.place is not None} == {
        "Cambodia",
        "Myanmar",
    }


def test_rescue_without_place_or_date_of_its_own_is_background(fake_gz: FakeGazetteer) -> None:
    text = (
        "Cambodia pledged on Monday to shut down scam compounds.\n\n"
        "Officials in Cambodia said the pledge would be reviewed by ministers.\n\n"
        "The ministers meet every month.\n\n"
        "A report came out last year.\n\n"
        "Critics doubt the plan.\n\n"
        "Many workers were beaten when they failed to meet targets.\n\n"
        "Others were freed after paying large sums.\n"
    )
    article = make_article(text, id="aside", published=PUBLISHED)
    events = extract_article(article, gazetteer=fake_gz).events
    assert [e for e in events if e.type.value == "rescue"] == []
