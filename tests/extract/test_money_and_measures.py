"""Measures on the money side, dates of clauses, foreigners sent away and flights from the
law (sentences written for these tests).

- sanctions told as issued, a "primary money laundering concern", a rule proposed to sever
  a firm's access to a financial system: policies;
- a firm date in the cue's own clause dates it; a later sentence naming two days of the
  month does not pick one for a month's happening;
- local prosecutors who set up a task force are the local authority acting;
- "foreign nationals" sent away are not the story's own people;
- running out of a casino is an escape; fleeing before an arrest warrant is not;
- a measure aimed at a region "including" named places is put at those places.
"""

from __future__ import annotations

import datetime as dt

import pytest
from extract_helpers import events_of

from gazetteer import Gazetteer
from geotrack.extract.events import detect_types
from geotrack.model import EventType


@pytest.mark.parametrize(
    "sentence",
    [
        "The arrests come weeks after joint sanctions issued on 14 October against the group.",
        "The Treasury named the payment firm a primary money laundering concern on Friday.",
        "The regulator proposed a rule to sever the bank's access to the U.S. financial system.",
        "The agency moved to cut the conglomerate off from the American financial system.",
    ],
)
def test_money_side_measures_are_policy(sentence: str) -> None:
    assert "policy" in [t[0].value for t in detect_types(sentence)]


@pytest.mark.parametrize(
    ("sentence", "escape"),
    [
        ("Footage showed 40 workers running out of a casino near the border.", True),
        ("The 30 workers fled the compound before dawn and reached the river.", True),
        ("Officials said the tycoon fled to Phnom Penh before the warrants were issued.", False),
        ("The boss fled abroad to evade prosecution last year.", False),
    ],
)
def test_running_out_is_an_escape_and_fleeing_the_law_is_not(sentence: str, escape: bool) -> None:
    assert ("escape" in [t[0].value for t in detect_types(sentence)]) is escape


def test_a_date_in_the_cue_clause_dates_the_measure(gaz: Gazetteer) -> None:
    text = (
        "Prosecutors in New York charged the chairman on Oct. 8, and the Treasury later "
        "added five companies in Phnom Penh to its sanctions list, which it published on "
        "Oct. 14.\n"
    )
    policies = events_of(gaz, text, EventType.POLICY, dt.date(2025, 11, 4))
    assert [e.date for e in policies] == [dt.date(2025, 10, 14)]


def test_two_days_of_the_month_leave_a_month_happening_its_month(gaz: Gazetteer) -> None:
    text = (
        "Taipei, Nov. 4 - Prosecutors seized flats linked to the Lotus Group, a firm the "
        "United States sanctioned last month.\n\n"
        "Prosecutors in New York charged the Lotus Group chairman on Oct. 8, and the "
        "Treasury added five Lotus Group companies to its sanctions list on Oct. 14.\n"
    )
    policies = events_of(gaz, text, EventType.POLICY, dt.date(2025, 11, 4))
    # the first report is not moved to the first day the next sentence names
    assert dt.date(2025, 10, 8) not in [e.date for e in policies]


@pytest.mark.parametrize(
    ("text", "etype", "published", "places"),
    [
        # local prosecutors who set up a task force are the local authority acting
        (
            "After a tip from U.S. authorities, Kaohsiung prosecutors formed a task force on "
            "Oct. 15 to trace the group's assets.\n",
            EventType.POLICY,
            dt.date(2025, 11, 4),
            ["Kaohsiung"],
        ),
        # "foreign nationals" sent away are not the story's own people
        (
            "PHNOM PENH: Cambodia has deported more than 30,000 foreign nationals tied to scam "
            "operations since 2023, the interior minister said on Tuesday.\n\n"
            "He said about 100 Cambodians are lured abroad each year by fake job offers.\n",
            EventType.DEPORTATION,
            dt.date(2026, 2, 10),
            ["Cambodia"],
        ),
        # a measure on a region "including" named places is put at those places
        (
            "Since March, Thailand has cut power and fuel supplies to four Myanmar border "
            "areas, including Myawaddy, to choke the scam centres.\n",
            EventType.POLICY,
            dt.date(2025, 4, 20),
            ["Myawaddy"],
        ),
    ],
)
def test_where_the_measure_or_deportation_goes(
    gaz: Gazetteer, text: str, etype: EventType, published: dt.date, places: list[str]
) -> None:
    assert [e.place.name for e in events_of(gaz, text, etype, published) if e.place] == places
