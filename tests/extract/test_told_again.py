"""What a sentence tells that is no new happening at its place: a measure told again, a
body carried home, a person's home town written before them; and agencies whose name
tells their government (sentences written for these tests)."""

from __future__ import annotations

import datetime as dt

import pytest
from extract_helpers import event_places, events_of

from gazetteer import Gazetteer
from geotrack.model import EventType

PUBLISHED = dt.date(2025, 6, 20)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "An army border unit based in Sa Kaeo on Monday barred Thai citizens from going "
            "across to take casino jobs in Poipet.\n\n"
            "The order takes effect at noon on Monday and stays until the unit chief "
            "revokes it.\n",
            "Sa Kaeo",
        ),
        (
            "South Korea on Friday banned its citizens from travelling to several areas of "
            "Cambodia.\n\n"
            "The ban covers Poipet, Bavet and the hills of Bokor, where a Korean man was "
            "beaten to death in July.\n",
            "South Korea",
        ),
    ],
)
def test_a_measure_told_again_is_one_policy(text: str, place: str, gaz: Gazetteer) -> None:
    policies = events_of(gaz, text, EventType.POLICY, PUBLISHED)
    assert [e.place.name for e in policies if e.place] == [place]
    # the later sentence stays in the measure's provenance
    second = text.index("\n\n") + 2
    assert f"merged:{second}-{len(text) - 1}" in policies[0].evidence


def test_a_new_measure_in_a_later_sentence_stays(gaz: Gazetteer) -> None:
    text = (
        "Thailand on Tuesday closed its border crossings with Cambodia to Thai workers "
        "heading to scam compounds.\n\n"
        "Cambodia on Wednesday banned foreigners from working in casinos in Poipet.\n"
    )
    assert len(events_of(gaz, text, EventType.POLICY, PUBLISHED)) == 2


def test_a_body_carried_home_is_no_deportation_or_rescue(gaz: Gazetteer) -> None:
    text = (
        "A Korean student was found dead near a compound in Kampot province in May.\n\n"
        "His ashes were flown home to Seoul on Thursday.\n\n"
        "The coffin was handed over to his family at Incheon airport.\n\n"
        "Before the repatriation, the body had been kept at a temple in Phnom Penh.\n"
    )
    found = {e.type for e in events_of(gaz, text, EventType.DEPORTATION, PUBLISHED)}
    found |= {e.type for e in events_of(gaz, text, EventType.RESCUE, PUBLISHED)}
    assert found == set()


def test_the_living_beside_a_body_are_still_counted(gaz: Gazetteer) -> None:
    text = (
        "Officers freed 12 workers from a compound near Kampot and later found a body in "
        "a car.\n\n"
        "Thirty Vietnamese were repatriated from Cambodia on Friday, while the bodies of "
        "two men stay in Phnom Penh.\n"
    )
    assert event_places(gaz, text, EventType.RESCUE, PUBLISHED) == ["Kampot"]
    assert event_places(gaz, text, EventType.DEPORTATION, PUBLISHED) == ["Cambodia"]


def test_a_place_written_before_a_person_is_their_home(gaz: Gazetteer) -> None:
    text = "Police in Chiang Rai rescued a Khon Kaen woman who had been held in a compound.\n"
    assert "Khon Kaen" not in event_places(gaz, text, EventType.RESCUE, PUBLISHED)
    text = "Police rescued a woman from a compound in Khon Kaen on Monday.\n"
    assert event_places(gaz, text, EventType.RESCUE, PUBLISHED) == ["Khon Kaen"]


@pytest.mark.parametrize(
    ("text", "published", "place"),
    [
        # an agency whose name tells its government
        (
            "Thai soldiers took over a casino complex in Cambodia on Sunday.\n\n"
            "The Treasury Department sanctioned the complex owners in 2024, calling it a "
            "forced-labour site.\n",
            PUBLISHED,
            "United States",
        ),
        # a deadline named again in the policy's own sentence is the same order
        (
            "Police this month raided scam firms in Laos's Golden Triangle Special Economic "
            "Zone (GTSEZ).\n\n"
            "On 9 August, Laotian authorities had ordered every unlicensed firm to quit the "
            "GTSEZ by 25 August, but raids started days before the deadline.\n",
            dt.date(2024, 8, 31),
            "Golden Triangle SEZ",
        ),
    ],
)
def test_one_policy_at_its_place(text: str, published: dt.date, place: str, gaz: Gazetteer) -> None:
    assert event_places(gaz, text, EventType.POLICY, published) == [place]
