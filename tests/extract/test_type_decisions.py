"""Event type decisions: cues of news phrasing the patterns lacked, and guards for cues
that name no happening (penalties, people named by their workplace).

All sentences are invented for these tests.
"""

from __future__ import annotations

import pytest

from geotrack.extract.events import detect_types


def _types(sentence: str) -> set[str]:
    return {t.value for t, *_ in detect_types(sentence)}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # Escapes told with "managed to" / "were able to".
        ("About twenty workers managed to escape from the guards at dawn.", "escape"),
        ("Dozens of staff were able to escape from the park before the police came.", "escape"),
        # Going back home, told by a destination of one's own.
        ("Forty of the workers have since returned to their home countries.", "deportation"),
        ("The government began airlifting 300 of its citizens out of the zone.", "deportation"),
        ("Some 80 suspects were transferred from Laos to Vietnamese custody.", "deportation"),
        # Chinese police phrasing of raids.
        ("Police eliminated a large number of overseas fraud dens in the region.", "raid"),
        ("Several criminal dens have been eradicated since the summer.", "raid"),
        ("Task forces raided two shophouses, detaining 40 foreigners.", "raid"),
        # A place known as a base for scams.
        ("Mae Sai is known as a base for call centre scams.", "compound_report"),
        # A deadline given in the passive voice.
        ("The 9,000 foreign workers were given 30 days to leave the country.", "policy"),
        ("Units liberating trafficked workers entered the town on Sunday.", "rescue"),
    ],
)
def test_cue_fires(sentence: str, expected: str) -> None:
    assert expected in _types(sentence)


def test_people_handed_to_a_country_without_over() -> None:
    sentence = "Vientiane had handed 120 fraud suspects to China, the ministry said."
    assert "deportation" in _types(sentence)
    # A document handed to an official is no handover of people.
    assert "deportation" not in _types("The envoy handed a letter to Thai officials.")


@pytest.mark.parametrize(
    ("sentence", "absent"),
    [
        # A court's penalty is no death, seizure or deportation.
        ("Four of the gang leaders received death sentences on Friday.", "abuse"),
        ("The boss was given a death sentence by a provincial court.", "abuse"),
        (
            "Ten others got jail terms along with penalties such as fines and deportation.",
            "deportation",
        ),
        (
            "The court added punishments including confiscation of their assets.",
            "raid",
        ),
        # Announcing a crackdown is the measure, not a raid.
        ("The premier announced a new crackdown on the online fraud trade.", "raid"),
    ],
)
def test_cue_does_not_fire(sentence: str, absent: str) -> None:
    assert absent not in _types(sentence)


def test_announced_crackdown_is_policy_and_keeps_the_rescue() -> None:
    types = _types(
        "Gangs freed 300 workers this week after the cabinet announced a crackdown on them."
    )
    assert types == {"rescue", "policy"}


@pytest.mark.parametrize(
    "sentence",
    [
        "The men were forced to work for an illegal call centre gang run by foreigners.",
        "They were forced to work in phone fraud and online betting operations in the zone.",
        "Ten workers were made to work like slaves for a Chinese-run scam syndicate in the park.",
    ],
)
def test_workplace_of_victims_keeps_the_abuse(sentence: str) -> None:
    types = _types(sentence)
    assert "abuse" in types
    assert "compound_report" not in types


def test_people_named_by_their_workplace_are_no_report() -> None:
    types = _types("The gang was blamed for the deaths of several scam centre employees.")
    assert "compound_report" not in types
    assert "abuse" in types


def test_mass_estimate_of_forced_workers_stays_a_report() -> None:
    sentence = "Some 120,000 people in the country have been forced into online scams."
    assert "compound_report" in _types(sentence)


def test_abuse_in_a_where_clause_after_an_escape() -> None:
    sentence = "A teenager said he fled a compound in the border town, where he was beaten daily."
    assert _types(sentence) == {"escape", "abuse"}


def test_people_handed_to_a_neighbours_authorities_is_no_deportation() -> None:
    assert "deportation" not in _types(
        "The militia handed 90 people to Thai authorities at the bridge."
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "Provincial police raided three villas for illegal confinement and torture on Monday.",
        "The park was raided on Friday on suspicion that it was linked to torture and fraud.",
    ],
)
def test_abuse_a_raid_acted_on_is_no_abuse_event(sentence: str) -> None:
    assert _types(sentence) == {"raid"}


def test_abuse_the_raid_found_is_kept() -> None:
    sentence = "Police raided the villa, where two workers had been beaten with batons."
    assert _types(sentence) == {"raid", "abuse"}


@pytest.mark.parametrize(
    ("sentence", "absent"),
    [
        # A request for help is no escape yet.
        ("Twelve more workers contacted the consulate seeking help to escape the park.", "escape"),
        ("The families asked for repatriation of the men last week.", "deportation"),
        # Suspects getting away from the police are no victims' escape.
        ("About 40 suspects escaped during the operation, police said.", "escape"),
        ("The mastermind, a foreign national, had already fled days earlier.", "escape"),
        # Taking power or a town by force is no enforcement seizure.
        ("The army seized power in a coup three years ago.", "raid"),
        ("Rebels seized control of the town after weeks of fighting.", "raid"),
        # Held by the gangs, not arrested.
        ("The 50 Kenyans had been detained in scam compounds for months.", "raid"),
        # The crime an arrest is linked to is no abuse event of its own.
        ("Police arrested two men linked to a fraud ring and a double murder case.", "abuse"),
        # A handover to a neighbour's army is custody at the border.
        ("The 200 foreigners were handed over to the Thai army on Monday.", "deportation"),
    ],
)
def test_no_happening_of_that_type(sentence: str, absent: str) -> None:
    assert absent not in _types(sentence)


def test_victims_escaping_their_guards_still_escape() -> None:
    assert "escape" in _types(
        "Guards of the suspects lost track of 30 trafficked workers, who escaped."
    )


def test_one_persons_passport_taken_is_abuse() -> None:
    assert "abuse" in _types("On arrival at the compound her passport was taken by the managers.")
    assert "abuse" not in _types("A recruiter took his passport details and booked a flight.")


@pytest.mark.parametrize(
    "text",
    [
        "Relatives said about 150 Thais were being detained in a casino building in Poipet.",
        "Some 60 Kenyans are being held inside a guarded compound in Myawaddy, the group said.",
    ],
)
def test_people_being_held_at_their_captors_premises_is_abuse(text: str) -> None:
    assert _types(text) == {"abuse"}


def test_people_being_detained_at_a_detention_centre_are_in_custody() -> None:
    text = "About 470 people were being detained at the immigration detention centre in Mae Sot."
    assert _types(text) == {"raid"}


@pytest.mark.parametrize(
    "text",
    [
        "A worker said his passport was being detained by the company in Bokeo.",
        "Relatives said the passports had been detained since March.",
    ],
)
def test_a_detained_passport_is_no_arrest(text: str) -> None:
    assert "raid" not in _types(text)


def test_people_detained_by_an_armed_group_are_held_captive() -> None:
    text = "Some 40 Kenyans were forcibly detained by an armed group near Myawaddy, the envoy said."
    assert _types(text) == {"abuse"}


@pytest.mark.parametrize(
    "text",
    [
        "The junta, locked in a bloody stalemate with ethnic armies since 2021, is losing ground.",
        "Thailand and Cambodia are locked in a bitter border dispute over the temples.",
        "The two agencies remain locked in talks over the budget.",
    ],
)
def test_locked_in_a_stalemate_is_an_idiom_not_captivity(text: str) -> None:
    assert "abuse" not in _types(text)


def test_people_locked_in_a_room_are_held_captive() -> None:
    assert _types("The workers were locked in a room in Bavet for days.") == {"abuse"}


@pytest.mark.parametrize(
    "text",
    [
        "Investors were trapped in a cycle of losses after the casino closed.",
        "The general was held in high regard by the militia.",
        "The ruling party was beaten in the election by a rival.",
        "The firm escaped punishment for years.",
        "The broker escaped with a fine.",
        "The government seized the opportunity to reform the law.",
        "Critics seized on the minister's remarks.",
    ],
)
def test_idioms_are_no_happenings(text: str) -> None:
    assert _types(text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Guards beat workers who were held in a room in Bavet.", {"abuse"}),
        ("Forty workers escaped from the compound on Sunday.", {"escape"}),
        ("Police seized 200 phones in the raid.", {"raid"}),
    ],
)
def test_the_literal_cues_still_fire(text: str, expected: set[str]) -> None:
    assert _types(text) == expected


def test_a_mass_estimate_of_people_forced_to_work_in_scam_centres_is_a_report() -> None:
    text = "A UN report estimates that 120,000 people in Myanmar were forced to toil in scam compounds."
    assert _types(text) == {"compound_report"}


def test_one_person_forced_to_work_in_a_scam_centre_is_abuse() -> None:
    assert _types("He was forced to work in a scam centre in Myawaddy.") == {"abuse"}
