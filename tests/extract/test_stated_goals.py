"""A government's stated goal against the scam trade is a policy, dated by the statement
(own sentences).

"Hopes to shut down all its online scam centres by the end of next month", "aims to
dismantle the fraud trade", "promised a new crackdown": a policy where the goal is
set, on the day it was said; the deadline ("by the end of next month") is no date of it.
A plan to close something else ("the road") is none.
"""

from __future__ import annotations

import datetime as dt

from geotrack.model import EventType
from tests.extract.extract_helpers import of_type, page_events


def _policies(text: str) -> list[tuple[str | None, dt.date | None]]:
    events = of_type(page_events(text, "2026-03-11"), EventType.POLICY)
    return [(e.place.name if e.place else None, e.date) for e in events]


def test_a_goal_to_shut_the_scam_centres_is_a_policy_of_the_statement_day() -> None:
    text = (
        "Cambodia hopes to shut down all its online scam centres by the end of next month, "
        "a commission chief told reporters on Wednesday."
    )
    assert _policies(text) == [("Cambodia", dt.date(2026, 3, 11))]


def test_a_promised_crackdown_is_a_policy() -> None:
    text = "Phnom Penh promised a new crackdown against fraud gangs last week."
    assert [place for place, _ in _policies(text)] == ["Cambodia"]


def test_a_plan_to_close_a_road_is_no_policy() -> None:
    text = "The council in Poipet plans to close the main road for repairs next month."
    assert _policies(text) == []
