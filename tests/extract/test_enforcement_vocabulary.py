"""Words other outlets use for arrests, raids and rescues: "nabbed", "netted 30 suspects",
"dismantled a scam ring", "cleared a compound", "evacuated workers from a compound",
"caught 61 fraud suspects", "took 27 people into custody" (sentences written for these tests)."""

from __future__ import annotations

import datetime as dt

import pytest
from extract_helpers import make_article

from gazetteer import Gazetteer
from geotrack.extract import extract_article


def _events(gaz: Gazetteer, text: str) -> list[tuple[str, str | None, dict[str, int]]]:
    article = make_article(text, id="vocab", published=dt.date(2024, 7, 10))
    return [
        (e.type.value, e.place.name if e.place else None, dict(e.people))
        for e in extract_article(article, gazetteer=gaz).events
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Police nabbed 12 Chinese nationals at a casino in Poipet on Monday.",
            [("raid", "Poipet", {"arrested": 12})],
        ),
        (
            "Officers netted 30 suspects in hotels in Sihanoukville on Monday.",
            [("raid", "Sihanoukville", {"arrested": 30})],
        ),
        (
            "Police dismantled a scam ring operating in Bavet on Monday.",
            [("raid", "Bavet", {})],
        ),
        ("Troops cleared a scam compound in Myawaddy on Monday.", [("raid", "Myawaddy", {})]),
        (
            "Authorities evacuated 200 workers from a compound in Myawaddy on Monday.",
            [("rescue", "Myawaddy", {"rescued": 200})],
        ),
        (
            "Forty Kenyans were extricated from a scam compound in Myawaddy on Monday.",
            [("rescue", "Myawaddy", {"rescued": 40})],
        ),
        (
            "Provincial police caught 61 fraud suspects in a hotel in Bavet on Monday.",
            [("raid", "Bavet", {"arrested": 61})],
        ),
        (
            "Immigration officers picked up 58 foreigners in Poipet on Monday.",
            [("raid", "Poipet", {"detained": 58})],
        ),
        (
            "Police took 27 people into custody at a villa in Sihanoukville on Monday.",
            [("raid", "Sihanoukville", {"detained": 27})],
        ),
        (
            "Soldiers dismantled three scam camps near Myawaddy on Monday.",
            [("raid", "Myawaddy", {})],
        ),
        (
            "Troops extracted 70 foreigners from a compound in Myawaddy on Monday.",
            [("rescue", "Myawaddy", {"rescued": 70})],
        ),
        (
            "Police saved 16 Indonesians from a scam compound in Bavet on Monday.",
            [("rescue", "Bavet", {"rescued": 16})],
        ),
        (
            "Twelve workers made their way out of a compound in Sihanoukville on Monday.",
            [("escape", "Sihanoukville", {"escaped": 12})],
        ),
        (
            "Cambodia sent 88 Thai workers back from Poipet on Monday.",
            [("deportation", "Poipet", {"deported": 88})],
        ),
    ],
)
def test_other_words_for_arrests_raids_and_rescues(
    gaz: Gazetteer, text: str, expected: list[tuple[str, str, dict[str, int]]]
) -> None:
    assert _events(gaz, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The company netted two million dollars in profits in Poipet last year.",
        "Officials evacuated residents from villages near Myawaddy as fighting spread.",
        "The shop in Bavet closed its doors on Monday.",
        "A driver was caught in heavy traffic in Poipet on Monday.",
        "The bus picked up 40 tourists in Sihanoukville on Monday.",
        "The hotel in Poipet saved 20 percent on its power bill on Monday.",
    ],
)
def test_the_same_words_elsewhere_report_nothing(gaz: Gazetteer, text: str) -> None:
    assert _events(gaz, text) == []
