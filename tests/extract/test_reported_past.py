"""A happening reported with a perfect infinitive ("believed to have been trafficked", "believed
to have raided") happened; an intent ("expected to raid") did not. Bodies found are a death
even where a compound is reported (sentences written for these tests)."""

from __future__ import annotations

import datetime as dt

import pytest
from extract_helpers import make_article

from gazetteer import Gazetteer
from geotrack.extract import extract_article


def _events(gaz: Gazetteer, text: str) -> list[tuple[str, str | None]]:
    article = make_article(text, id="past", published=dt.date(2024, 7, 10))
    return sorted(
        (e.type.value, e.place.name if e.place else None)
        for e in extract_article(article, gazetteer=gaz).events
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Some 90 young men from Punjab are believed to have been trafficked into Cambodia "
            "with promises of office work.",
            [("abuse", "Cambodia")],
        ),
        (
            "Police are believed to have raided a casino in Poipet on Monday.",
            [("raid", "Poipet")],
        ),
        (
            "Officials found 66 bodies in scam compounds in Pampanga between January and November.",
            [("abuse", "Pampanga"), ("compound_report", "Pampanga")],
        ),
    ],
)
def test_reported_past_and_bodies_found_are_events(
    gaz: Gazetteer, text: str, expected: list[tuple[str, str]]
) -> None:
    assert _events(gaz, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Police are expected to raid a casino in Poipet next week.",
        "The ministry plans to have the workers deported from Poipet.",
    ],
)
def test_intent_is_still_no_event(gaz: Gazetteer, text: str) -> None:
    assert _events(gaz, text) == []
