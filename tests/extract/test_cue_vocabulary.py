"""Measures and captivity told in less common shapes (sentences written for these tests): supplies
restricted rather than cut, bodies formed in the passive, several units or a control room
set up, a demand to vacate, a response team dispatched; people held hostage, electrocuted,
stripped of their travel documents or held to work; deaths told as a life claimed or a fatal
fall; a missing person found safe."""

from __future__ import annotations

import datetime as dt

import pytest
from extract_helpers import make_article

from gazetteer import Gazetteer
from geotrack.extract import extract_article
from geotrack.extract.events import detect_types


@pytest.mark.parametrize(
    "sentence",
    [
        "Since March 3, Vietnam has restricted electricity and fuel exports to two border towns.",
        "A committee was formed by the provincial police in Bavet on May 2.",
        "A task force has been set up to handle the cases.",
        "Police in Kampot have set up two teams to look into trafficking.",
        "The consulate set up an emergency help desk in Poipet for its citizens.",
        "The armed group demanded that all online businesses vacate the town by June 30.",
        "The ministry dispatched a government response team to Poipet on Monday.",
        "The cabinet will establish an inter-ministerial committee on online fraud.",
        "Phnom Penh stripped the tycoon of his Cambodian citizenship in January.",
        "The regulator suspended the payment firm's licence on Friday.",
        "The junta vowed to root out scam activity along the border.",
        "The new government aims to wipe out fraud compounds within a year.",
        "The city stopped issuing or renewing casino licences last month.",
        "The province issued guidelines requiring hotels to check guests' papers.",
        "Federal police set up Operation Harbour in May to target offshore call centres.",
        "Seoul sent a government delegation to Phnom Penh on Tuesday.",
        "The ministers agreed to tighten checks at the border crossings.",
        "Thailand tightened border controls at three crossings on Friday.",
        "Police offered a reward for the arrest of the two bosses.",
    ],
)
def test_less_common_measures_are_policy(sentence: str) -> None:
    assert "policy" in [t[0].value for t in detect_types(sentence)]


@pytest.mark.parametrize(
    "sentence",
    [
        "The workers said the company limited their phone use to one hour a day.",
        "Relatives demanded answers from the company.",
        "The rescue team found 40 people inside the building.",
        "She sent a team photo to her family before she left.",
        "The workers were stripped of their phones when they arrived.",
        "A UN rights office issued this warning in a statement on its website.",
        "The prime minister met his counterpart and agreed with him to intensify cooperation.",
    ],
)
def test_look_alikes_are_not_policy(sentence: str) -> None:
    assert "policy" not in [t[0].value for t in detect_types(sentence)]


@pytest.mark.parametrize(
    "sentence",
    [
        "He said he was held hostage at a compound in Poipet for two months.",
        "Guards electrocuted workers who missed their targets.",
        "Their travel documents were confiscated as soon as they arrived.",
        "More than 30 Indonesians were being held to work for a scam company in Poipet.",
        "A fall from the ninth floor of the dormitory claimed the life of a young worker.",
        "Camera footage showed the fatal fall of a Thai worker from the tower.",
        "Witnesses saw a man leap to his death from the building in Bavet.",
    ],
)
def test_captivity_words_are_abuse(sentence: str) -> None:
    assert "abuse" in [t[0].value for t in detect_types(sentence)]


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("A missing nurse from Sabah has been found safe in Poipet, her family said.", True),
        ("The two students were located alive in a compound near Bavet on Friday.", True),
        ("Police found safe houses used by the gang in Kampot.", False),
    ],
)
def test_a_missing_person_found_safe_is_a_rescue(sentence: str, found: bool) -> None:
    assert ("rescue" in [t[0].value for t in detect_types(sentence)]) is found


@pytest.mark.parametrize(
    "sentence",
    [
        "Investigators said the calls came from a crime complex located on the edge of Bavet.",
        "Criminal compounds along the Moei river hold thousands of people, the report says.",
        "Survivors said trafficking compounds ringed by barbed wire operate near Myawaddy.",
        "Satellite images show new scam bases near Bavet.",
        "The town is one of the epicentres of online scams, the researchers said.",
    ],
)
def test_compounds_named_by_the_crime_are_reports(sentence: str) -> None:
    assert "compound_report" in [t[0].value for t in detect_types(sentence)]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # the crime before "operations at" names the criminals' work, not a police operation
        ("The couple ran money-laundering operations at a hotel in Kampot.", []),
        ("He oversaw gambling operations at the resort for two years.", []),
        ("He was jailed for a drug trafficking compound he ran in Shan State.", []),
        # a police operation keeps its cue
        ("Police mounted anti-scam operations at three sites in Bavet.", ["raid"]),
        ("Joint operations at the compound freed 300 people on Friday.", ["raid"]),
    ],
)
def test_crime_operations_are_no_raid(sentence: str, expected: list[str]) -> None:
    types = [t[0].value for t in detect_types(sentence)]
    assert [t for t in types if t in ("raid", "compound_report")] == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "The Anti-Online Fraud Center, which is based in Bangkok, warned of new compounds.",
        "Australia's National Anti-Scam Centre operates from Canberra.",
        "A counter-fraud centre is located inside the police headquarters.",
    ],
)
def test_bodies_fighting_scams_are_no_compound_report(sentence: str) -> None:
    assert "compound_report" not in [t[0].value for t in detect_types(sentence)]


def test_a_reward_for_an_arrest_is_no_arrest() -> None:
    found = [
        t[0].value for t in detect_types("Police offered a reward for the arrest of the boss.")
    ]
    assert "raid" not in found


@pytest.mark.parametrize(
    "sentence",
    [
        "Dozens of workers tried to break out of the casino compound on Sunday night.",
        "Two men were attempting to slip away from the guarded site when they were caught.",
        "Witnesses saw workers jumping over the fence of the compound.",
        "Several women jumped from a second-floor window to get away.",
    ],
)
def test_attempts_and_jumps_are_escapes(sentence: str) -> None:
    assert "escape" in [t[0].value for t in detect_types(sentence)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Prices jumped over the past month in the border town.",
        "Police tried to break up the crowd outside the embassy.",
        "Two guards died when fighting broke out near the compound on Sunday.",
        "A fire broke out at the casino in the early hours.",
        "Clashes had broken out along the river before dawn.",
    ],
)
def test_other_jumps_and_attempts_are_not_escapes(sentence: str) -> None:
    assert "escape" not in [t[0].value for t in detect_types(sentence)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Investigators carried out searches at nine addresses in Punjab on Friday.",
        "Searches were conducted at the homes of the three recruiters.",
        "The agency conducted coordinated searches in four states last week.",
    ],
)
def test_searches_carried_out_are_raids(sentence: str) -> None:
    assert "raid" in [t[0].value for t in detect_types(sentence)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Online searches for jobs abroad have doubled since 2022.",
        "Families have carried out their own searches on social media for the missing men.",
        "Rescue teams searched for survivors after the flood on Monday.",
    ],
)
def test_other_searches_are_not_raids(sentence: str) -> None:
    assert "raid" not in [t[0].value for t in detect_types(sentence)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Twelve Filipinos who had been trafficked to Cambodia were rescued by police on Monday.",
        "Workers sent to the Philippines were freed by the police last week.",
    ],
)
def test_to_before_a_name_is_no_intent(sentence: str) -> None:
    assert "rescue" in [t[0].value for t in detect_types(sentence)]


def test_to_before_a_verb_is_still_an_intent() -> None:
    assert "rescue" not in [
        t[0].value for t in detect_types("Officials plan to rescue 40 workers next week.")
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Police seized 15 firearms, 5,000 rounds of ammunition and eight electric batons.",
        "Officers confiscated 300 phones, 40 computers and six electric shock devices.",
    ],
)
def test_seized_electric_batons_are_items_not_abuse(sentence: str) -> None:
    assert "abuse" not in [t[0].value for t in detect_types(sentence)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Police found electric batons used to punish workers at the compound.",
        "Officers confiscated phones; workers said they had been given electric shocks.",
    ],
)
def test_electric_batons_used_on_people_stay_abuse(sentence: str) -> None:
    assert "abuse" in [t[0].value for t in detect_types(sentence)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Beijing flew 200 suspects home from Mae Sot on Tuesday.",
        "The air force flew the 549 Indians back in two batches.",
    ],
)
def test_flying_people_home_is_a_deportation(sentence: str) -> None:
    assert "deportation" in [t[0].value for t in detect_types(sentence)]


@pytest.mark.parametrize(
    "sentence",
    [
        "The embassy said it had evacuated 14 citizens from Myawaddy on Monday.",
        "Troops evacuated 200 foreign workers from the border town overnight.",
    ],
)
def test_people_evacuated_are_rescued(sentence: str) -> None:
    assert "rescue" in [t[0].value for t in detect_types(sentence)]


def test_an_evacuated_building_is_no_rescue() -> None:
    sentence = "Police evacuated the building before the demolition."
    assert "rescue" not in [t[0].value for t in detect_types(sentence)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Dozens of workers jumped the wall of the compound before dawn.",
        "Two men scaled the fence of the casino at night.",
    ],
)
def test_going_over_a_wall_is_an_escape(sentence: str) -> None:
    assert "escape" in [t[0].value for t in detect_types(sentence)]


@pytest.mark.parametrize(
    "sentence",
    [
        "The court will scale back the fines next year.",
        "Prices jumped the most in a decade.",
    ],
)
def test_other_jumps_and_scales_are_no_escape(sentence: str) -> None:
    assert "escape" not in [t[0].value for t in detect_types(sentence)]


@pytest.mark.parametrize(
    "sentence",
    [
        "The mission arranged the safe return of 17 Ghanaian workers last week.",
        "The embassy arranged the return of 40 citizens from Myawaddy on Friday.",
    ],
)
def test_the_return_of_counted_people_is_a_deportation(sentence: str) -> None:
    assert "deportation" in [t[0].value for t in detect_types(sentence)]


def test_the_return_of_a_product_is_no_deportation() -> None:
    sentence = "The shop accepted the return of 23 faulty phones on Friday."
    assert "deportation" not in [t[0].value for t in detect_types(sentence)]


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        # the site is named inside the cue itself
        ("Some 600 people poured out of KK Park into Thailand after the army arrived.", "KK Park"),
        ("Four Kenyans who got out of a scam centre in Myawaddy reached the embassy.", "Myawaddy"),
    ],
)
def test_escapes_out_of_a_named_site(sentence: str, place: str, gaz: Gazetteer) -> None:
    article = make_article(sentence, id="esc", published=dt.date(2025, 10, 30))
    events = extract_article(article, gazetteer=gaz).events
    assert [
        (e.type.value, e.place.name if e.place else None)
        for e in events
        if e.type.value == "escape"
    ] == [("escape", place)]
