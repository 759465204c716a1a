"""A measure of a government the story is otherwise not about is background unless the
headline or lead tells it (sentences written for these tests)."""

from __future__ import annotations

import datetime as dt

from extract_helpers import event_places

from gazetteer import Gazetteer
from geotrack.model import EventType

POLICY = EventType.POLICY


def _placed(gaz: Gazetteer, text: str) -> list[str]:
    return event_places(gaz, text, POLICY, dt.date(2025, 11, 26))


def test_foreign_sanction_told_after_the_lead_is_background(gaz: Gazetteer) -> None:
    text = (
        "Rebels seized a scam compound near Myawaddy on Friday, local sources said.\n\n"
        "Fighting went on for two days before the militia holding the site withdrew. "
        "Hundreds of foreign workers were found inside the buildings.\n\n"
        "Rebel leaders said the workers would be handed to Thai officials.\n\n"
        "The US imposed sanctions on the militia's commanders on Nov. 12 over their part "
        "in the scam trade."
    )
    assert "United States" not in _placed(gaz, text)


def test_foreign_sanction_in_the_lead_is_the_news(gaz: Gazetteer) -> None:
    text = (
        "The United States on Tuesday imposed sanctions on a militia that guards scam "
        "compounds near Myawaddy.\n\n"
        "The militia's leaders deny any role in the trade."
    )
    assert "United States" in _placed(gaz, text)


def test_the_peoples_own_government_measure_stays(gaz: Gazetteer) -> None:
    text = (
        "Forty Kenyans were rescued from a scam compound in Myawaddy on Friday.\n\n"
        "They were taken to a shelter in Mae Sot before their flight home.\n\n"
        "On Monday, Kenya's labour ministry suspended the licences of 12 recruitment "
        "agencies that sent young people to Southeast Asia."
    )
    assert "Kenya" in _placed(gaz, text)
