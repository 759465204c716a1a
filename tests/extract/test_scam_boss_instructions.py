"""An order a scam boss gives the people he holds ("we were instructed to recruit
others") is no government measure, nor is a bar on one suspect leaving the country or a word of a
police operation's name; an official instruction still is (sentences written for these
tests)."""

from __future__ import annotations

import datetime as dt

import pytest
from extract_helpers import event_places

from gazetteer import Gazetteer
from geotrack.model import EventType

POLICY = EventType.POLICY


def _placed(gaz: Gazetteer, text: str) -> list[str]:
    return event_places(gaz, text, POLICY, dt.date(2025, 3, 4))


@pytest.mark.parametrize(
    "text",
    [
        "Inside the compound near Myawaddy we were instructed to recruit five friends a month.",
        "The worker asked to leave for Malaysia, and the boss instructed him to pay a fine.",
        "Following instructions to travel across Cambodia, the teenager reached a compound.",
        "Detectives said the callers instructed the pensioner to send cash to a flat in Osaka.",
        "The gang instructed them to wire their savings to an account in Manila.",
    ],
)
def test_a_bosss_order_to_its_workers_is_not_a_policy(gaz: Gazetteer, text: str) -> None:
    assert _placed(gaz, text) == []


def test_an_official_instruction_stays_a_policy(gaz: Gazetteer) -> None:
    text = "Malaysia's home minister on Monday instructed police to inspect every job agency."
    assert _placed(gaz, text) == ["Malaysia"]


def test_an_official_instruction_to_them_stays_a_policy(gaz: Gazetteer) -> None:
    text = "Thailand's prime minister instructed them on Monday to close every crossing."
    assert _placed(gaz, text) == ["Thailand"]


def test_one_suspects_exit_ban_is_not_a_policy(gaz: Gazetteer) -> None:
    # A court's bar on one person leaving the country is no campaign against the trade.
    text = (
        "Police in Tay Ninh arrested eleven people who lured workers to scam compounds.\n\n"
        "Among them, one was banned from leaving Vietnam; the others have prior convictions."
    )
    assert _placed(gaz, text) == []


def test_a_word_of_an_operations_name_is_not_a_measure(gaz: Gazetteer) -> None:
    # "SEAL BORDER" here names a police operation; no border was sealed.
    text = "Operation Bangkok 25 SEAL BORDER targets a ring of phone fraud gangs near Poipet."
    assert _placed(gaz, text) == []
