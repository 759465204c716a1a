"""Crime groups said to move to a place, to build compounds there, trafficking networks,
offshore gaming operators (POGOs) or a scam firm said to operate or be located there report
scam work at that place (sentences written for these tests)."""

from __future__ import annotations

import datetime as dt

import pytest
from extract_helpers import event_places

from gazetteer import Gazetteer
from geotrack.model import EventType

CR = EventType.COMPOUND_REPORT


def _placed(gaz: Gazetteer, text: str) -> list[str]:
    return event_places(gaz, text, CR, dt.date(2025, 4, 9))


@pytest.mark.parametrize(
    ("text", "places"),
    [
        (
            "Scam syndicates have been moving to Payathonzu since the crackdown began.",
            ["Payathonzu"],
        ),
        ("Analysts say the gangs are migrating to Tachileik after the raids.", ["Tachileik"]),
        ("Police say the syndicates set up new compounds in Koh Kong in 2023.", ["Koh Kong"]),
        ("The bosses built scam centres near Bavet last year, the report said.", ["Bavet"]),
        (
            "Rights groups say trafficking networks operate in Poipet and Bavet.",
            ["Bavet", "Poipet"],
        ),
    ],
)
def test_groups_moving_building_or_operating_report_the_place(
    gaz: Gazetteer, text: str, places: list[str]
) -> None:
    assert _placed(gaz, text) == places


@pytest.mark.parametrize(
    "text",
    [
        "Anti-trafficking networks operate in Poipet and Bavet, offering shelter.",
        "Police set up checkpoints in Poipet on Monday.",
        "The company opened new offices in Bavet last year.",
        "The families moved to Poipet in 2019.",
    ],
)
def test_other_moves_and_buildings_report_nothing(gaz: Gazetteer, text: str) -> None:
    assert _placed(gaz, text) == []


@pytest.mark.parametrize(
    ("text", "places"),
    [
        # Philippine offshore gaming operators: the Philippines' scam hubs.
        ("Officials said 250 illegal POGOs were still operating in Pampanga.", ["Pampanga"]),
        ("The Pogo firm operated from a building in Pasay City, police said.", ["Pasay"]),
        ("A scam company located in Bavet hired 300 workers.", ["Bavet"]),
    ],
)
def test_offshore_gaming_operators_and_firms_report_their_place(
    gaz: Gazetteer, text: str, places: list[str]
) -> None:
    assert _placed(gaz, text) == places


def test_the_rescued_workers_are_still_people(gaz: Gazetteer) -> None:
    text = "The rescued workers said they had been beaten in Bavet."
    assert _placed(gaz, text) == []


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("Shwe Kokko is notorious for illegal gambling.", ["Shwe Kokko"]),
        ("Officials said 40 online gambling operators were still running in Bavet.", ["Bavet"]),
        ("He lost money gambling in Poipet.", []),
    ],
)
def test_illegal_and_online_gambling_is_scam_work(
    gaz: Gazetteer, text: str, places: list[str]
) -> None:
    assert _placed(gaz, text) == places
