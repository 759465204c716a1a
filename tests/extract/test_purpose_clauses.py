"""A happening named as the purpose of an effort ("working to ensure the safe repatriation
of") has not happened yet (sentences written for these tests)."""

from __future__ import annotations

import datetime as dt

import pytest
from extract_helpers import event_types

from gazetteer import Gazetteer
from geotrack.model import EventType


def _types(gaz: Gazetteer, text: str) -> list[str]:
    return event_types(gaz, text, dt.date(2025, 5, 14))


@pytest.mark.parametrize(
    "text",
    [
        "The ministry is working with its embassy in Phnom Penh to ensure the safe and "
        "orderly repatriation of the 42 workers.",
        "Envoys are trying to secure the release and repatriation of the 17 Kenyans from Myawaddy.",
        "Officials met in Bangkok to facilitate the return home of 300 Indonesians from Myanmar.",
    ],
)
def test_a_purpose_is_no_deportation(gaz: Gazetteer, text: str) -> None:
    assert EventType.DEPORTATION.value not in _types(gaz, text)


def test_a_finished_repatriation_after_a_purpose_verb_is_kept(gaz: Gazetteer) -> None:
    text = (
        "Working to ensure their safety, the embassy repatriated 42 workers from Phnom Penh "
        "on Tuesday."
    )
    assert _types(gaz, text) == [EventType.DEPORTATION.value]
