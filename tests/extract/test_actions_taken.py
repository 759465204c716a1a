"""Operations told as a joint action, a reference or a seizure by force (sentences written
for these tests): "coordinated with ... to raid" happened, "plans to raid" did not."""

from __future__ import annotations

import pytest

from geotrack.extract.events import detect_types


def _types(sentence: str) -> list[str]:
    return [t[0].value for t in detect_types(sentence)]


@pytest.mark.parametrize(
    ("sentence", "etype"),
    [
        ("Thai police coordinated with Cambodian officers to raid a hotel in Poipet.", "raid"),
        ("Lao and Chinese police cooperated to bust two fraud dens in Bokeo.", "raid"),
        ("Officers moved to arrest the managers in Kampot on Friday.", "raid"),
        ("Agents teamed up with the army to raid a casino near the river.", "raid"),
        ("She was referring to the raid on a gaming hub in Pampanga in May.", "raid"),
        ("Soldiers detonated three buildings used by scam gangs in Myawaddy.", "raid"),
        ("Troops have taken control of the scam zone at Shwe Kokko.", "raid"),
        ("Hundreds kept fleeing from the compound at night.", "escape"),
    ],
)
def test_an_action_that_was_taken(sentence: str, etype: str) -> None:
    assert etype in _types(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Police plan to raid the hotels in Poipet next week.",
        "The task force is working with Cambodian officers to raid the hotel.",
        "Police want to stage a raid in Poipet.",
        "Rebels took control of the town after heavy fighting.",
        "The militia would push for the repatriation of the 3,000 foreigners.",
        "Families pressed for the rescue of their relatives held in Myawaddy.",
    ],
)
def test_an_intent_or_a_war_is_no_raid(sentence: str) -> None:
    assert not {"raid", "rescue", "deportation"} & set(_types(sentence))


def test_a_measure_a_government_will_take_is_its_decision() -> None:
    assert "policy" in _types(
        "Thailand will cut electricity and internet to three towns on Wednesday."
    )
    # ... but an operation still to come is not a raid
    assert "raid" not in _types("Police will raid the remaining compounds in Poipet next week.")


@pytest.mark.parametrize(
    "sentence",
    [
        "Leaked files describe two apparent scam centres on the island of Koror.",
        "Soldiers swept the Tai Chang area, where most of the online gambling operations are conducted.",
    ],
)
def test_sites_counted_in_words_or_work_conducted_there_are_reported(sentence: str) -> None:
    assert "compound_report" in _types(sentence)


def test_former_sites_are_not_counted_as_running() -> None:
    assert "compound_report" not in _types("He showed reporters four former scam centres.")
