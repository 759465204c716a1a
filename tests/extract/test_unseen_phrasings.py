"""Event cues in phrasings the development articles did not use, and sentences that report
nothing (intent, denial, hypothesis). All sentences are invented for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest
from extract_helpers import FakeGazetteer, make_article

from geotrack.extract import extract_article
from geotrack.extract.events import detect_types
from geotrack.model import Event

PUBLISHED = dt.date(2025, 7, 18)


def _events_of(text: str, gz: FakeGazetteer) -> list[Event]:
    article = make_article(text, id="unseen", published=PUBLISHED)
    return list(extract_article(article, gazetteer=gz).events)


def _types(sentence: str) -> set[str]:
    return {t.value for t, *_ in detect_types(sentence)}


@pytest.mark.parametrize(
    "sentence",
    [
        # sanctions and asset freezes
        "Washington imposed sanctions on a casino tycoon and two of his firms.",
        "The treasury sanctioned an armed group that guards the border enclave.",
        "London froze the bank assets of a conglomerate's founder.",
        "The finance ministry blacklisted eleven shell companies.",
        # visas and borders
        "The kingdom suspended visa-free entry for travellers from three countries.",
        "Officials stopped issuing tourist visas at the land crossing.",
        "Soldiers sealed the border checkpoints on Friday morning.",
        "The army closed two crossings along the river.",
        # laws, orders, deadlines, agreements
        "The national assembly passed a bill that punishes money mules.",
        "The senate adopted amendments to the telecom code.",
        "The premier signed a decree creating an anti-fraud agency.",
        "The ministry issued a circular telling banks to freeze suspect accounts.",
        "The governor ordered the closure of every gaming hall in the province.",
        "The junta ordered foreign workers to leave the enclave.",
        "Foreigners were given a deadline of one month to quit the zone.",
        "The two neighbours signed a memorandum of understanding on fraud.",
        "Both governments signed an extradition agreement last year.",
        "The police chief launched a nationwide crackdown on call centres.",
        "The prime minister declared war on online fraud.",
        "The regulator banned all offshore gaming operators.",
    ],
)
def test_policy_phrasings(sentence: str) -> None:
    assert "policy" in _types(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Guards beat them with sticks when targets were missed.",
        "Some workers were whipped with cables.",
        "A supervisor tasered a man who tried to run.",
        "He said he had been held for ten months in a tower block.",
        "The women were made to pay off debts of several thousand dollars.",
        "New arrivals owed a debt to the company for their travel.",
        "Their passports were taken away on the first day.",
        "The bosses confiscated their passports and phones.",
        "They were not allowed to leave the premises.",
        "A young man was sold twice between rival compounds.",
        "A worker was shot dead while trying to swim across.",
        "Families were asked to pay a ransom for their release.",
        "Victims were coerced into running romance scams.",
    ],
)
def test_abuse_phrasings(sentence: str) -> None:
    assert "abuse" in _types(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Police shut down 14 scam centres in the border town.",
        "Soldiers demolished three buildings inside the compound.",
        "Troops blew up the main tower of the enclave.",
    ],
)
def test_shutting_or_demolishing_a_site_is_a_raid(sentence: str) -> None:
    assert "raid" in _types(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Officials denied that any workers had been rescued from the building.",
        "The company rejected claims that staff were beaten.",
        "Police will raid more buildings next month.",
        "The minister said troops may deport the foreigners.",
        "If the army raids the zone, the gangs would move elsewhere.",
        "Police have not raided any site in the town since March.",
        "The bank plans to cut power to the estate.",
        "Activists called for sanctions on the militia.",
    ],
)
def test_nothing_happened(sentence: str) -> None:
    assert not _types(sentence)


def test_a_passport_confiscation_is_abuse_not_a_raid() -> None:
    assert _types("Their passports were confiscated when they arrived.") == {"abuse"}


def test_policy_after_a_closure_order_has_no_compound_report() -> None:
    types = _types("The ministry ordered the closure of all scam centres in the port city.")
    assert types == {"policy"}


def test_a_policy_belongs_to_the_actor_nationality(fake_gz: FakeGazetteer) -> None:
    events = _events_of(
        "Thai authorities sealed the border crossings on Friday. "
        "Cambodia said it regretted the move.",
        fake_gz,
    )
    policy = [e for e in events if e.type.value == "policy"]
    assert len(policy) == 1
    assert policy[0].place is not None and policy[0].place.name == "Thailand"
    assert policy[0].geo_precision == 4


def test_a_rule_at_one_crossing_is_placed_there(fake_gz: FakeGazetteer) -> None:
    events = _events_of("Thai authorities sealed the crossing near Mae Sot on Friday.", fake_gz)
    policy = [e for e in events if e.type.value == "policy"]
    assert [e.place.name for e in policy if e.place is not None] == ["Mae Sot"]
    assert policy[0].geo_precision == 2


def test_a_joint_policy_goes_to_the_story_country(fake_gz: FakeGazetteer) -> None:
    events = _events_of(
        "Cambodia has raided dozens of sites in Sihanoukville this year. "
        "On Monday China and Cambodia signed an agreement to fight phone fraud. "
        "Cambodia will host the next meeting.",
        fake_gz,
    )
    policy = [e for e in events if e.type.value == "policy"]
    assert [e.place.name for e in policy if e.place is not None] == ["Cambodia"]


def test_a_deadline_to_leave_a_place_is_a_policy_there(fake_gz: FakeGazetteer) -> None:
    events = _events_of(
        "The Cambodian government ordered all foreign staff to leave Poipet by August 30.",
        fake_gz,
    )
    policy = [e for e in events if e.type.value == "policy"]
    assert len(policy) == 1
    assert policy[0].place is not None and policy[0].place.name == "Poipet"


def test_the_promised_job_place_is_not_the_abuse_place(fake_gz: FakeGazetteer) -> None:
    events = _events_of(
        "The women were offered hotel jobs in Bangkok but were taken across the border "
        "and made to scam strangers at a compound in Poipet in 2024.",
        fake_gz,
    )
    abuse = [e for e in events if e.type.value == "abuse"]
    assert [e.place.name for e in abuse if e.place is not None] == ["Poipet"]


def test_a_meeting_held_somewhere_is_not_abuse() -> None:
    assert "abuse" not in _types("A regional meeting held in the capital discussed fraud.")


def test_a_measure_aimed_at_listed_places_is_one_policy_per_place(
    fake_gz: FakeGazetteer,
) -> None:
    events = _events_of(
        "On Monday Cambodia cut power and internet to Poipet and Bavet, officials said.", fake_gz
    )
    policy = [e for e in events if e.type.value == "policy"]
    assert sorted(e.place.name for e in policy if e.place is not None) == ["Bavet", "Poipet"]


def test_a_local_authority_order_is_placed_at_its_province(fake_gz: FakeGazetteer) -> None:
    events = _events_of(
        "On Tuesday the Kandal province administration ordered landlords to register "
        "foreign tenants.",
        fake_gz,
    )
    policy = [e for e in events if e.type.value == "policy"]
    assert [e.place.name for e in policy if e.place is not None] == ["Kandal"]


def test_a_capital_speaking_stands_for_its_government(fake_gz: FakeGazetteer) -> None:
    events = _events_of(
        "BANGKOK, July 2 - Police raided a site in Poipet on Monday. "
        "Phnom Penh has said it set up a fraud task force in January.",
        fake_gz,
    )
    policy = [e for e in events if e.type.value == "policy"]
    assert [e.place.name for e in policy if e.place is not None] == ["Cambodia"]


def test_a_crackdown_on_one_site_is_a_raid_not_a_policy() -> None:
    assert _types("Officers launched a crackdown on a gambling den at a hotel.") == {"raid"}


def test_a_conjoined_list_of_a_town_and_its_sites_is_a_list(fake_gz: FakeGazetteer) -> None:
    events = _events_of(
        "On Monday Cambodia cut power to Sihanoukville, Golden Fortune Park and Poipet.",
        fake_gz,
    )
    policy = [e for e in events if e.type.value == "policy"]
    assert sorted(e.place.name for e in policy if e.place is not None) == [
        "Golden Fortune Park",
        "Poipet",
        "Sihanoukville",
    ]


def test_the_province_in_a_policy_is_the_story_province(fake_gz: FakeGazetteer) -> None:
    events = _events_of(
        "Police raided a hotel in Kandal province on Sunday. "
        "On Monday the governor ordered all landlords in the province to report their tenants.",
        fake_gz,
    )
    policy = [e for e in events if e.type.value == "policy"]
    assert [e.place.name for e in policy if e.place is not None] == ["Kandal"]


def test_a_capital_as_subject_is_its_government(fake_gz: FakeGazetteer) -> None:
    events = _events_of(
        "Police raided a compound in Poipet on Sunday. "
        "On Monday, Bangkok issued a travel advisory for its citizens.",
        fake_gz,
    )
    policy = [e for e in events if e.type.value == "policy"]
    assert [e.place.name for e in policy if e.place is not None] == ["Thailand"]


def test_a_place_in_a_later_clause_is_not_the_policy_target(fake_gz: FakeGazetteer) -> None:
    events = _events_of(
        "Days after Cambodia announced a total ban on online casinos, agents raided a "
        "building in Poipet on Monday.",
        fake_gz,
    )
    policy = [e for e in events if e.type.value == "policy"]
    assert [e.place.name for e in policy if e.place is not None] == ["Cambodia"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The eight were released from a compound on the river on Tuesday.", "rescue"),
        ("The suspects were escorted back to their country on Friday.", "deportation"),
        ("They were put on a chartered flight to Kunming on Monday.", "deportation"),
        ("The group left the capital's airport on a charter flight.", "deportation"),
        ("Three men climbed over a rear wall at night.", "escape"),
        ("Staff were fined whenever they missed a target.", "abuse"),
        ("Workers who refused were locked in a dark room.", "abuse"),
        ("About 40 more are believed to remain held in the enclave.", "abuse"),
    ],
)
def test_more_event_phrasings(sentence: str, expected: str) -> None:
    assert expected in _types(sentence)


def test_an_unconfirmed_report_is_not_an_event() -> None:
    assert not _types("The paper could not independently confirm the deaths.")


@pytest.mark.parametrize(
    "sentence",
    [
        "Another 30 workers are still awaiting repatriation.",
        "The pact covers joint patrols and faster repatriation.",
        "Those who stay past the deadline face arrest and deportation.",
    ],
)
def test_pending_nouns_are_not_events(sentence: str) -> None:
    assert not {"deportation", "raid"} & _types(sentence)


def test_a_counted_report_and_a_relocation_are_compound_reports(fake_gz: FakeGazetteer) -> None:
    events = _events_of(
        "A monitoring group said on Monday it had counted 40 sites in Bavet. "
        "It said some gangs had since moved across the border to Poipet.",
        fake_gz,
    )
    reports = [e for e in events if e.type.value == "compound_report"]
    assert sorted(e.place.name for e in reports if e.place is not None) == ["Bavet", "Poipet"]


def test_returnees_received_through_a_crossing_leave_from_it(fake_gz: FakeGazetteer) -> None:
    events = _events_of(
        "Officials said on Wednesday they had received 300 citizens from Cambodia through "
        "Bavet this year.",
        fake_gz,
    )
    deported = [e for e in events if e.type.value == "deportation"]
    assert [e.place.name for e in deported if e.place is not None] == ["Bavet"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Seoul bans travel to three towns as detained Koreans await a flight home",
        "Families of rescued workers gathered at the airport.",
    ],
)
def test_participles_describing_people_are_not_raids_or_rescues(sentence: str) -> None:
    assert not {"raid", "rescue"} & _types(sentence)


def test_a_travel_ban_headline_is_a_policy() -> None:
    assert "policy" in _types("Seoul bans travel to three towns as detained Koreans wait")


@pytest.mark.parametrize(
    ("sentence", "absent"),
    [
        ("The rest will be charged in court or deported once the inquiry ends.", "deportation"),
        ("The men were handed over to police in their home town on Monday.", "rescue"),
    ],
)
def test_future_and_handover_phrasings(sentence: str, absent: str) -> None:
    assert absent not in _types(sentence)


def test_helping_bring_people_home_is_a_deportation() -> None:
    assert "deportation" in _types("The ministry said it had helped bring home 70 citizens.")


def test_a_subheading_reports_nothing(fake_gz: FakeGazetteer) -> None:
    text = (
        "Police raided a casino in Bavet on Monday and detained 30 people.\n\n"
        "Deadline for the zone\n\n"
        "Officials said the workers were fed once a day."
    )
    assert [e.type.value for e in _events_of(text, fake_gz)] == ["raid"]


def test_a_compound_named_in_apposition_is_the_reported_place(fake_gz: FakeGazetteer) -> None:
    events = _events_of(
        "In 2023 he was taken to Golden Fortune Park, one of the largest scam hubs in "
        "Preah Sihanouk.",
        fake_gz,
    )
    reports = [e for e in events if e.type.value == "compound_report"]
    assert [e.place.name for e in reports if e.place is not None] == ["Golden Fortune Park"]


def test_violence_found_in_a_raid_is_an_abuse_of_its_own() -> None:
    types = _types("Police raided the casino and found that several workers had been beaten.")
    assert types == {"raid", "abuse"}


def test_the_captivity_a_raid_ended_is_part_of_the_raid() -> None:
    assert _types("Police raided the casino where 40 workers were held against their will.") == {
        "raid"
    }


def test_a_country_word_before_nationals_is_not_the_abuse_place(fake_gz: FakeGazetteer) -> None:
    events = _events_of(
        "Police raided a building in Poipet on Monday. "
        "They found nine Vietnam nationals who said they had been locked inside for weeks.",
        fake_gz,
    )
    abuse = [e for e in events if e.type.value == "abuse"]
    assert [e.place.name for e in abuse if e.place is not None] == ["Poipet"]


def test_a_cut_off_that_hits_listed_towns_is_one_policy_per_town(fake_gz: FakeGazetteer) -> None:
    events = _events_of(
        "On Monday, Cambodia stopped selling power to its border areas. "
        "The cut-off hits Poipet, close to the Thai town of Mae Sot, as well as Bavet.",
        fake_gz,
    )
    places = {e.place.name for e in events if e.type.value == "policy" and e.place is not None}
    assert {"Poipet", "Bavet"} <= places
    assert "Mae Sot" not in places


def test_a_seizure_sentence_after_a_raid_goes_on_with_that_raid(fake_gz: FakeGazetteer) -> None:
    events = _events_of(
        "Police raided a casino in Bavet on Monday and detained 40 people. "
        "The suspects were brought to the provincial police headquarters for questioning. "
        "Police seized 90 mobile phones and 12 computers.",
        fake_gz,
    )
    raids = [e for e in events if e.type.value == "raid"]
    assert [e.place.name for e in raids if e.place is not None] == ["Bavet"]
    assert raids[0].seized.get("phones") == 90


def test_suspects_handed_over_to_a_country_are_deported() -> None:
    types = _types("Police have handed over more than 1,800 suspects to China this year.")
    assert types == {"deportation"}


def test_a_supply_cut_to_a_named_place_is_placed_there(fake_gz: FakeGazetteer) -> None:
    events = _events_of("Supply to Poipet was cut in June 2024, officials said.", fake_gz)
    policy = [e for e in events if e.type.value == "policy"]
    assert [e.place.name for e in policy if e.place is not None] == ["Poipet"]


def test_people_held_in_scam_operations_report_the_operations(fake_gz: FakeGazetteer) -> None:
    events = _events_of(
        "In May 2024 the UN said 30,000 people could be held in scam operations, with "
        "thousands more in Poipet and Bavet.",
        fake_gz,
    )
    reports = [e for e in events if e.type.value == "compound_report"]
    assert sorted(e.place.name for e in reports if e.place is not None) == ["Bavet", "Poipet"]


@pytest.mark.parametrize(
    "text",
    [
        # the landmark is a known place of its own
        "On Monday Cambodia cut power to Bavet opposite Kampot province, and to Poipet.",
        "On Monday Cambodia cut power to Bavet, across the river from the town of Kampot, "
        "as well as Poipet.",
        # the landmark is not a known place
        "On Monday Cambodia cut power to Bavet near the old customs post, and to Poipet.",
    ],
)
def test_a_landmark_inside_a_list_of_targets_does_not_end_the_list(
    text: str, fake_gz: FakeGazetteer
) -> None:
    policy = [e for e in _events_of(text, fake_gz) if e.type.value == "policy"]
    assert sorted(e.place.name for e in policy if e.place is not None) == ["Bavet", "Poipet"]


def test_a_landmark_without_a_resumed_list_is_not_a_target(fake_gz: FakeGazetteer) -> None:
    policy = [
        e
        for e in _events_of("On Monday Cambodia cut power to Bavet near Kampot province.", fake_gz)
        if e.type.value == "policy"
    ]
    assert [e.place.name for e in policy if e.place is not None] == ["Bavet"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Power and mobile data to the riverside towns that house the call centres were "
        "switched off at dawn on Friday.",
        "A third line, running to the casino strip past the old market, was cut at noon.",
    ],
)
def test_a_passive_cut_with_a_long_subject_is_a_policy(sentence: str) -> None:
    assert _types(sentence) == {"policy"}


def test_a_line_feeding_a_place_puts_the_cut_there(fake_gz: FakeGazetteer) -> None:
    events = _events_of(
        "Police freed 12 people in Phnom Penh on Monday. "
        "On Tuesday a second line, feeding Bavet near the crossing, was cut.",
        fake_gz,
    )
    policy = [e for e in events if e.type.value == "policy"]
    assert [e.place.name for e in policy if e.place is not None] == ["Bavet"]


@pytest.mark.parametrize(
    "text",
    [
        "In March 2024 a rights group said about 5,000 people in Cambodia and some 3,000 in "
        "Laos could be held in scam compounds.",
        "A rights group said in March 2024 that about 5,000 people may be held in scam "
        "compounds in Cambodia, and some 3,000 in Laos.",
    ],
)
def test_an_estimate_per_country_is_one_report_per_country_with_its_count(
    text: str, fake_gz: FakeGazetteer
) -> None:
    reports = {
        e.place.name: e.people.get("victims")
        for e in _events_of(text, fake_gz)
        if e.type.value == "compound_report" and e.place is not None
    }
    assert reports == {"Cambodia": 5000, "Laos": 3000}


@pytest.mark.parametrize(
    "sentence",
    [
        "The 40 workers were handed over to Thai immigration police at the bridge.",
        "They were handed over to Cambodian immigration at the checkpoint that night.",
        "The group was turned over to the immigration department in the capital.",
    ],
)
def test_a_handover_to_immigration_is_not_yet_a_deportation(sentence: str) -> None:
    assert "deportation" not in _types(sentence)


def test_a_handover_to_the_home_country_is_still_a_deportation() -> None:
    assert "deportation" in _types("The militia handed over 200 suspects to China on Friday.")
    assert "deportation" in _types("The 40 workers were handed over to Chinese police.")


def test_a_handover_right_after_a_release_is_that_rescue(fake_gz: FakeGazetteer) -> None:
    events = _events_of(
        "On Monday 12 Indonesians were released from a compound in Poipet. "
        "They were handed over to Thai immigration in Bangkok the same evening.",
        fake_gz,
    )
    assert [(e.type.value, e.place.name if e.place else None) for e in events] == [
        ("rescue", "Poipet")
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "A similar sweep last March led to the arrest of 120 people.",
        "The tip-off, leading to the rescue of 30 workers, came from a relative.",
    ],
)
def test_a_result_led_to_is_a_happening_not_an_intent(sentence: str) -> None:
    assert _types(sentence) & {"raid", "rescue"}


def test_an_earlier_operation_is_dated_by_its_own_date(fake_gz: FakeGazetteer) -> None:
    events = _events_of(
        "Police raided a building in Poipet on Tuesday. "
        "Last March, a similar sweep in Bavet led to the arrest of 120 people.",
        fake_gz,
    )
    raids = {(e.place.name, e.date) for e in events if e.type.value == "raid" and e.place}
    assert ("Bavet", dt.date(2025, 3, 1)) in raids


@pytest.mark.parametrize(
    "sentence",
    [
        "Three of the workers managed to get out through a bathroom window on Sunday night.",
        "Two women slipped away from the compound while the guards slept.",
        "Four Kenyans got away during a power cut and reached a police post.",
        "Five men broke free and made a run for the river.",
        "The two men made their way to the border on foot.",
    ],
)
def test_escape_phrasings_without_the_usual_verbs(sentence: str) -> None:
    assert _types(sentence) == {"escape"}


def test_a_way_to_the_border_after_a_release_is_not_an_escape() -> None:
    types = _types("The workers made their way to the border after the militia freed them.")
    assert "escape" not in types


def _placed(events: list[Event], etype: str) -> list[tuple[str | None, str | None]]:
    return [
        (e.place.name if e.place else None, e.date.isoformat() if e.date else None)
        for e in events
        if e.type.value == etype
    ]


def test_mass_estimate_of_people_forced_into_scams_is_a_compound_report(
    fake_gz: FakeGazetteer,
) -> None:
    events = _events_of(
        "In May 2024, a UN agency estimated that about 90,000 people in Myanmar and some "
        "40,000 in Laos may have been forced to work in online scams.\n",
        fake_gz,
    )
    assert _placed(events, "compound_report") == [
        ("Myanmar", "2024-05-01"),
        ("Laos", "2024-05-01"),
    ]
    # One person's story is abuse, not a report about a place's industry.
    assert "compound_report" not in _types(
        "He said he was forced to take part in online scams for a year."
    )


def test_operations_moving_to_named_places_are_reported_there(fake_gz: FakeGazetteer) -> None:
    events = _events_of(
        "When pressure grew in 2023, many operations moved to Cambodia's border towns, "
        "including Poipet, across from Thailand, and to Bavet.\n",
        fake_gz,
    )
    assert _placed(events, "compound_report") == [("Poipet", "2023-01-01"), ("Bavet", "2023-01-01")]


def test_report_naming_sites_gives_one_event_per_named_site(fake_gz: FakeGazetteer) -> None:
    events = _events_of(
        "On Monday the regulator said a holding firm ran at least six scam compounds in "
        "Cambodia, naming among them the Golden Fortune Park tower block and a hotel in "
        "Poipet, a town near Thailand.\n",
        fake_gz,
    )
    assert [p for p, _ in _placed(events, "compound_report")] == [
        "Cambodia",
        "Golden Fortune Park",
        "Poipet",
    ]


def test_policy_in_a_leading_clause_is_not_aimed_at_the_main_clause_place(
    fake_gz: FakeGazetteer,
) -> None:
    events = _events_of(
        "After Cambodia banned online betting in March 2021, and the casinos emptied, "
        "owners in Sihanoukville turned their hotels into call centres running fraud.\n",
        fake_gz,
    )
    assert _placed(events, "policy") == [("Cambodia", "2021-03-01")]
    assert [p for p, _ in _placed(events, "compound_report")] == ["Sihanoukville"]


def test_release_of_captives_and_a_place_after_another_cue(fake_gz: FakeGazetteer) -> None:
    events = _events_of(
        "In March, armed groups in Poipet released more than 2,000 foreigners, most of whom "
        "were sent home through Thailand.\n",
        fake_gz,
    )
    assert _placed(events, "rescue") == [("Poipet", "2025-03-01")]


def test_policy_naming_the_zone_inside_its_cue_is_aimed_at_the_story_zone(
    fake_gz: FakeGazetteer,
) -> None:
    events = _events_of(
        "Police raided the Golden Fortune Park complex on Monday and detained 300 people.\n\n"
        "Earlier this month, the governor gave firms in the zone until the end of August to "
        "stop all illegal work or be shut.\n",
        fake_gz,
    )
    assert [p for p, _ in _placed(events, "policy")] == ["Golden Fortune Park"]
