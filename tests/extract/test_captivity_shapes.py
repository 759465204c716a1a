"""Captivity told in shapes the abuse cues missed (sentences written for these tests): people
found imprisoned in a business, a body found hanging, money demanded for a captive's release,
and guards taking the workers' passports, which is the captors' doing and not a raid's
seizure. A court's prison term stays no abuse."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from geotrack.extract.events import detect_types
from tests.extract.extract_helpers import extracted


@pytest.mark.parametrize(
    "sentence",
    [
        "Last year 12 Malaysians were found imprisoned in a gambling firm near the border.",
        "They later found themselves imprisoned inside guarded buildings near the river.",
        "Relatives say eight Thais are being falsely imprisoned in the compound.",
        "The women were imprisoned in a hotel in Bavet for two months.",
        "A security guard was found hanging in a room at the compound on Monday.",
        "The gang demanded $12,000 for their release from the building in Poipet.",
        "His parents paid 90,000 baht for his release last week.",
        "Guards confiscated passports and phones as soon as the workers arrived.",
        "The company took away their passports on the first day.",
    ],
)
def test_captivity_shapes_are_abuse(sentence: str) -> None:
    assert "abuse" in [t[0].value for t in detect_types(sentence)]


@pytest.mark.parametrize(
    "sentence",
    [
        "The court imprisoned the recruiter for ten years.",
        "Eleven members of the gang were imprisoned for life.",
        "The minister called for their release on Friday.",
        "Paintings were found hanging in the hall.",
    ],
)
def test_court_terms_and_look_alikes_are_no_abuse(sentence: str) -> None:
    assert "abuse" not in [t[0].value for t in detect_types(sentence)]


def test_guards_taking_passports_is_no_raid(gaz: Any) -> None:
    text = (
        "The workers said managers confiscated passports and mobile phones at a building in Bavet."
    )
    events = extracted(gaz, text, dt.date(2025, 3, 10))
    assert [(e.type.value, e.place.name if e.place else None) for e in events] == [
        ("abuse", "Bavet")
    ]


def test_police_confiscating_phones_stays_a_raid(gaz: Any) -> None:
    text = "Police confiscated 300 phones and 40 computers at a building in Bavet on Monday."
    events = extracted(gaz, text, dt.date(2025, 3, 10))
    assert [e.type.value for e in events] == ["raid"]
