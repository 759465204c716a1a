"""Words that look like event cues but report none: a dismissal, a job hunt, people
breaking past guards, operators fleeing, a conference held somewhere, people in the
authorities' custody, wanted men handed over (sentences written for these tests)."""

from __future__ import annotations

import datetime as dt

import pytest
from extract_helpers import event_types

from gazetteer import Gazetteer


def _types(gaz: Gazetteer, text: str) -> list[str]:
    return event_types(gaz, text, dt.date(2024, 9, 18))


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("The former mayor of Bamban was removed from office in 2024.", "rescue"),
        ("On May 3, the man lied to a neighbour from Ha Tinh who was in search of a job.", "raid"),
        ("Some 60 workers from Nepal stormed past the guards of a compound in Cambodia.", "raid"),
        ("The operators of the compound have fled to Thailand and Vietnam, officials said.",
         "escape"),
        ("The syndicates fled during the operations, leaving 300 workers in Myawaddy.", "escape"),
        ("The study was shown at a Conference on Regional Trade held in Beijing in May 2021.",
         "abuse"),
        ("The others are still kept at an immigration depot in Thailand.", "abuse"),
        ("A bus carrying 20 returnees crashed near Hanoi, and three died on the way.", "abuse"),
        ("Eight workers were killed in a road accident in Kandal on Monday.", "abuse"),
        ("The women are being held in Siem Reap while experts investigate their cases.", "abuse"),
        ("Most of the men are being held in Bavet for questioning.", "abuse"),
        ("She is currently detained at the Central Correctional Institution in Bangkok.", "raid"),
        ("She is currently detained at the Central Correctional Institution in Bangkok.", "abuse"),
        ("Myanmar police handed over six key leaders of the fraud group in Kokang to China.",
         "rescue"),
        ("The rebels seized Laukkai after two months of fighting the army.", "raid"),
        ("The rebels seized Myawaddy town in April.", "raid"),
        ("Six women were convicted of overstaying and for involvement in online gambling "
         "operations in Tachileik.", "compound_report"),
        ("The men were arrested for their involvement in scam operations in Poipet.",
         "compound_report"),
        # A charge, a fine or a person's private life, not abuse in a compound.
        ("Slapping fraud charges on the 80 Chinese suspects from Batam will take time, a "
         "prosecutor said on Monday.", "abuse"),
        ("About 900 foreigners are in camps in Myawaddy, where they were detained for their "
         "alleged role in online fraud.", "abuse"),
        ("Fifty Thai nationals held in Poipet over alleged phone scams will be sent home.",
         "abuse"),
        ("One of the stolen files was the profile of a retired nurse who wrote about domestic "
         "abuse in her marriage.", "abuse"),
    ],
)  # fmt: skip
def test_no_event_of_the_type(gaz: Gazetteer, text: str, absent: str) -> None:
    assert absent not in _types(gaz, text)


@pytest.mark.parametrize(
    ("text", "present"),
    [
        ("Police stormed a compound in Sihanoukville on Sunday and detained 60 people.", "raid"),
        ("Officers carried out a search of a casino in Bavet on Monday.", "raid"),
        ("Police seized Chinese-made phones in Bavet on Monday.", "raid"),
        ("Scam operations in Poipet have grown since 2022, the report says.", "compound_report"),
        ("More than 40 workers fled the compound in Myawaddy on Sunday.", "escape"),
        ("Nine victims were held in a compound in Poipet for three months.", "abuse"),
        ("The workers were held for months in a compound in Poipet.", "abuse"),
        ("Guards at the compound in Bavet were slapping workers who missed targets.", "abuse"),
        ("The 30 Ugandans held in Myawaddy were beaten when they missed targets.", "abuse"),
        ("Police handed over 45 rescued workers from a compound in Shwe Kokko to the army.",
         "rescue"),
    ],
)  # fmt: skip
def test_the_same_words_still_report_events(gaz: Gazetteer, text: str, present: str) -> None:
    assert present in _types(gaz, text)


def test_the_centre_people_were_held_in_is_no_country_report(gaz: Gazetteer) -> None:
    text = (
        "Twelve Nepalis, held for months in a scam centre in Myanmar, returned home early "
        "on Friday."
    )
    assert "compound_report" not in _types(gaz, text)


def test_a_country_report_of_its_own_is_kept(gaz: Gazetteer) -> None:
    text = "A report published on Friday counts 41 scam compounds in Cambodia."
    assert _types(gaz, text) == ["compound_report"]


def test_handed_to_immigration_for_deportation_is_no_deportation_yet(gaz: Gazetteer) -> None:
    text = (
        "On Monday nine workers were found hiding and were turned over to the immigration "
        "bureau for deportation."
    )
    assert "deportation" not in _types(gaz, text)
    text = "Nine workers were handed to immigration officers for deportation on Monday."
    assert "deportation" not in _types(gaz, text)
