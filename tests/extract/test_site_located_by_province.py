"""A place named before the province that locates it ("the Bokor hill casino site in Kampot
province") is where the event is; a person's home town before its province is not
(sentences written for these tests)."""

from __future__ import annotations

import datetime as dt

from extract_helpers import event_places

from gazetteer import Gazetteer
from geotrack.model import EventType


def test_the_site_the_province_locates_is_the_place(gaz: Gazetteer) -> None:
    text = "Several hundred workers walked out of a Bokor mountain scam site in Kampot province."
    places = event_places(gaz, text, EventType.COMPOUND_REPORT, dt.date(2026, 1, 20))
    assert places == ["Bokor"]


def test_a_home_town_before_its_province_is_not_the_place(gaz: Gazetteer) -> None:
    text = (
        "A man in his thirties from Yecheon, in North Gyeongsang Province, was beaten to "
        "death at a compound near Bokor mountain in August, police in Kampot said."
    )
    places = event_places(gaz, text, EventType.ABUSE, dt.date(2025, 10, 14))
    assert "Yecheon" not in places
