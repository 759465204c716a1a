"""A policy belongs to the subject of its own clause (own sentences).

"The spokesman said Thailand used the centres as a pretext, adding that Cambodia is running
raids of its own and aims to dismantle every fraud compound": Cambodia's goal, though the story
names Thailand more. Two countries listed as one subject ("Laos and China signed ...") stay
the story's own.
"""

from __future__ import annotations

from geotrack.model import EventType
from tests.extract.extract_helpers import of_type, page_events


def _policy_places(text: str) -> list[str | None]:
    policies = of_type(page_events(text, "2026-02-02"), EventType.POLICY)
    return [p.place.name if p.place else None for p in policies]


def test_the_country_of_the_cues_own_clause_acts() -> None:
    text = (
        "Thai troops shelled a border compound in Thailand's view of the dispute on Sunday.\n\n"
        "A ministry spokesman told reporters that Thailand used the scam centres as a pretext "
        "for attacks, adding that Cambodia is running raids of its own and aims to "
        "dismantle the fraud trade by April."
    )
    assert _policy_places(text) == ["Cambodia"]


def test_a_listed_subject_keeps_the_story_country() -> None:
    text = (
        "Police in Vientiane raided a scam office on Sunday.\n\n"
        "Laos and China signed an agreement on Monday to fight online scams together."
    )
    assert _policy_places(text) == ["Laos"]
