"""Cue guards learnt from real reporting (all sentences invented for these tests).

- a named unit ("the X Task Force") acting is not a measure; setting one up is;
- a rule invoked ("in accordance with regulations") is not a new regulation;
- "abuse of power / of the law" is not violence;
- "land confiscation" is a land grab, not a raid;
- people handed over or transferred to another country's officials through a border
  crossing are deported there (unless the sentence tells the rescue it ended).
"""

from __future__ import annotations

import datetime as dt

import pytest
from extract_helpers import FakeGazetteer, make_article

from geotrack.extract import extract_article
from geotrack.extract.events import detect_types
from geotrack.model import Event


def _types(sentence: str) -> list[str]:
    return sorted({t.value for t, *_ in detect_types(sentence)})


@pytest.mark.parametrize(
    "sentence",
    [
        "The search was headed by Major Somchai, who leads the Pha Muang Task Force.",
        "Troops from the Naresuan task force met the group at the river bank.",
    ],
)
def test_a_named_task_force_acting_is_not_a_policy(sentence: str) -> None:
    assert "policy" not in _types(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The ministry set up a task force on cyber fraud last week.",
        "Seoul dispatched a new task force to Phnom Penh on Monday.",
    ],
)
def test_making_a_task_force_is_a_policy(sentence: str) -> None:
    assert "policy" in _types(sentence)


def test_a_rule_invoked_is_not_a_new_regulation() -> None:
    sentence = (
        "The other suspects went to their consulates for processing in line with local regulations."
    )
    assert "policy" not in _types(sentence)
    assert "policy" in _types("The cabinet approved new regulations on online gaming on Friday.")


@pytest.mark.parametrize(
    "sentence",
    [
        "Angered by the operators' abuse of the visa system, the president ordered a ban on the firms.",
        "Critics cited an abuse and disregard of labour laws by the developers.",
    ],
)
def test_abuse_of_a_rule_is_not_violence(sentence: str) -> None:
    assert "abuse" not in _types(sentence)


def test_abuse_in_quotes_of_laws_is_not_violence() -> None:
    sentence = 'Angered by their "gross abuse and contempt" of our laws, the senate voted a ban.'
    assert "abuse" not in _types(sentence)


def test_abuse_of_people_stays_abuse() -> None:
    assert "abuse" in _types("Workers described abuse by guards inside the compound.")


def test_land_confiscation_is_not_a_raid() -> None:
    assert "raid" not in _types(
        "Villagers complained of land confiscation for the new casino town."
    )
    assert "raid" in _types("Police confiscated 300 phones at the compound on Monday.")


@pytest.mark.parametrize(
    "sentence",
    [
        "The militia said the 40 workers were handed over, with their laptops, through the Nam Tha border gate on Friday.",
        "On 3 May the 88 detainees were transferred to Chinese police at the Mohan checkpoint.",
        "Soldiers handed over the group on the Friendship Bridge at noon.",
    ],
)
def test_a_handover_through_a_crossing_is_a_deportation(sentence: str) -> None:
    assert _types(sentence) == ["deportation"]


def test_a_handover_after_a_rescue_stays_the_rescue() -> None:
    sentence = (
        "On Monday police handed over 12 Lao workers at the border gate after rescuing them"
        " from a casino in Poipet."
    )
    assert _types(sentence) == ["rescue"]


# --- placing: destinations, duplicates at country level, the nation of "nationwide" ---

PUBLISHED = dt.date(2025, 7, 18)


def _events(text: str, gz: FakeGazetteer) -> list[Event]:
    article = make_article(text, id="real-cues", published=PUBLISHED)
    return list(extract_article(article, gazetteer=gz).events)


def test_a_deportation_destination_before_the_cue_is_not_its_place(
    fake_gz: FakeGazetteer,
) -> None:
    text = (
        "Police held 12 Thai suspects for two weeks. On Tuesday they were escorted from "
        "Phnom Penh to Bangkok, Thailand, late that night on a chartered flight from a Thai airline."
    )
    deportations = [e for e in _events(text, fake_gz) if e.type.value == "deportation"]
    assert [e.place.name for e in deportations if e.place] == ["Phnom Penh"]


def test_a_country_level_escape_folds_into_the_finer_one(fake_gz: FakeGazetteer) -> None:
    text = (
        "On Monday, Thai soldiers found 25 workers who had fled a scam compound in Myanmar.\n\n"
        "The group had fled a compound near Yangon on Monday, crossing a river at night."
    )
    escapes = [e for e in _events(text, fake_gz) if e.type.value == "escape"]
    assert [e.place.name for e in escapes if e.place] == ["Yangon"]
    assert escapes[0].people.get("escaped") == 25


def test_countries_of_a_list_do_not_fold(fake_gz: FakeGazetteer) -> None:
    text = (
        "On Monday, 40 Indonesians were rescued from a compound near Yangon.\n\n"
        "Officials said on Monday that thousands had been rescued in Myanmar, Cambodia and Laos."
    )
    rescues = [e for e in _events(text, fake_gz) if e.type.value == "rescue"]
    assert {e.place.name for e in rescues if e.place} >= {"Yangon", "Myanmar", "Cambodia"}


def test_nationwide_is_the_nation_the_sentence_names(fake_gz: FakeGazetteer) -> None:
    text = (
        "Officials in Phnom Penh spoke about the scam trade on Monday.\n\n"
        "Last year, Thailand ran a nationwide campaign in which it deported thousands of workers."
    )
    deportations = [e for e in _events(text, fake_gz) if e.type.value == "deportation"]
    assert deportations
    assert all(e.place is not None and e.place.country == "TH" for e in deportations)


def test_a_departure_point_named_inside_the_cue_places_the_deportation(
    fake_gz: FakeGazetteer,
) -> None:
    text = (
        "Thailand thanked officials for their help on Monday.\n\n"
        "The 30 Thai workers left Phnom Penh airport on Wednesday evening on a chartered plane."
    )
    deportations = [e for e in _events(text, fake_gz) if e.type.value == "deportation"]
    assert [e.place.name for e in deportations if e.place] == ["Phnom Penh"]


def test_a_plane_leaving_an_airport_is_where_people_were_deported_from(
    fake_gz: FakeGazetteer,
) -> None:
    text = (
        "The plane carrying the 40 Thai workers arrived at Bangkok airport on Saturday, "
        "three hours after leaving Phnom Penh."
    )
    deportations = [e for e in _events(text, fake_gz) if e.type.value == "deportation"]
    assert [e.place.name for e in deportations if e.place] == ["Phnom Penh"]


def test_people_are_not_deported_from_their_own_country(fake_gz: FakeGazetteer) -> None:
    # The story names China most (the deportees' home): a deportation the sentence does
    # not place goes to the story's last deportation place, not to China.
    text = (
        "China thanked Cambodia on Friday. China said China would take back its citizens.\n\n"
        "On Friday 50 Chinese were deported from Bavet, police said.\n\n"
        "The men had worked for online gambling firms. Their families had waited for weeks. "
        "Officials praised the cooperation of both sides.\n\n"
        "Two repatriation flights carrying 100 Chinese were completed on Friday."
    )
    deportations = [e for e in _events(text, fake_gz) if e.type.value == "deportation"]
    assert deportations
    assert all(e.place is not None and e.place.country != "CN" for e in deportations)


def test_the_area_of_a_country_is_the_town_not_the_country(fake_gz: FakeGazetteer) -> None:
    text = (
        "On Monday, 15 more Indonesians, who had been held in compounds in the Yangon area "
        "of Myanmar, were rescued, the foreign ministry said."
    )
    rescues = [e for e in _events(text, fake_gz) if e.type.value == "rescue"]
    assert [e.place.name for e in rescues if e.place] == ["Yangon"]


# --- crackdowns, warrants, and how far a date reaches ---


def test_an_arrest_warrant_is_not_an_arrest() -> None:
    assert "raid" not in _types(
        "The men are listed in an arrest warrant that a Kunming court issued in May."
    )
    assert "raid" in _types("Police arrested the men at a hotel in Poipet in May.")


@pytest.mark.parametrize(
    "sentence",
    [
        "Soldiers have launched a sweeping crackdown on fraud operations at the Golden Park site.",
        "Last year Laos launched a nationwide crackdown in which thousands of workers were expelled.",
    ],
)
def test_launching_a_crackdown_is_the_operation(sentence: str) -> None:
    types = _types(sentence)
    assert "raid" in types
    assert "policy" not in types


def test_ordering_a_crackdown_or_launching_a_campaign_stays_policy() -> None:
    assert _types("The prime minister ordered a crackdown on online gambling last month.") == [
        "policy"
    ]
    assert "policy" in _types("The ministry launched a campaign against phone fraud in March.")


def test_a_day_told_in_another_paragraph_does_not_make_a_story_recent(
    fake_gz: FakeGazetteer,
) -> None:
    # The paragraph before ends on a day; undated background in the next paragraph (no
    # date, count or place of its own) is not a dated happening.
    story = (
        "On Monday 30 workers were freed from a compound near Yangon. They reached Mae Sot "
        "the same evening.\n\n"
    )
    background = (
        "Relatives in Kandy told a newspaper that scam compounds had operated there for years."
    )
    assert [e.type.value for e in _events(story + background, fake_gz)] == ["rescue"]
    # The freed men's own account is kept, at the story's place, with no count of its own
    # (victims' accounts are annotated where the thread happened).
    account = "Relatives in Kandy told a newspaper that the men had been trapped for five months."
    abuses = [e for e in _events(story + account, fake_gz) if e.type.value == "abuse"]
    assert [(e.place.name if e.place else None, e.people) for e in abuses] == [("Yangon", {})]


# --- policy in noun form, its target, and deals that are not policy ---


@pytest.mark.parametrize(
    "sentence",
    [
        "Hundreds left the hubs after Laos's suspension of electricity and fuel to the zone last month.",
        "The cut-off of internet supplies to the border towns began in May.",
    ],
)
def test_a_supply_cut_told_as_a_noun_is_a_policy(sentence: str) -> None:
    assert "policy" in _types(sentence)


def test_a_business_agreement_is_not_a_policy() -> None:
    assert "policy" not in _types(
        "In 2018 the militia chief and the Golden Lotus Company signed a partnership agreement."
    )
    assert "policy" not in _types("The province signed a joint-venture agreement with the firm.")
    assert "policy" in _types("Thailand and Laos signed an agreement on Monday to fight fraud.")


def test_forming_a_tribunal_or_inquiry_is_a_policy() -> None:
    assert "policy" in _types("The government has formed a tribunal to probe the casino project.")
    assert "policy" in _types("Parliament set up a special commission on the zone in March.")


def test_the_areas_of_a_supply_cut_are_the_sentence_s_own_place(fake_gz: FakeGazetteer) -> None:
    text = (
        "Officials met in Bangkok on Monday.\n\n"
        "Thousands may leave the Poipet-based compounds after Thailand's suspension of power "
        "and internet to the areas earlier this month."
    )
    policies = [e for e in _events(text, fake_gz) if e.type.value == "policy"]
    assert [e.place.name for e in policies if e.place] == ["Poipet"]


def test_a_country_level_raid_folds_into_the_one_finer_raid(fake_gz: FakeGazetteer) -> None:
    text = (
        "Cambodian police detained 58 Indonesians on Monday for suspected phone fraud.\n\n"
        "The suspects were detained after officers raided a hotel in Poipet on Monday, police said."
    )
    raids = [e for e in _events(text, fake_gz) if e.type.value == "raid"]
    assert [e.place.name for e in raids if e.place] == ["Poipet"]
    assert raids[0].people.get("detained") == 58


def test_a_country_wide_raid_stays_beside_its_parts(fake_gz: FakeGazetteer) -> None:
    text = (
        "Police said on Monday that raids were under way across the country at suspected "
        "scam compounds, with 300 people detained.\n\n"
        "On Monday officers raided a hotel in Poipet, police said."
    )
    raids = [e for e in _events(text, fake_gz) if e.type.value == "raid"]
    assert {e.place.name for e in raids if e.place} == {"Cambodia", "Poipet"}


def test_the_counted_arrested_are_people_not_a_new_arrest() -> None:
    assert "raid" not in _types(
        "Police said the three arrested were tied to a fraud ring blamed for a killing last May."
    )
    assert "raid" in _types("Police arrested three men in Bavet last May.")


@pytest.mark.parametrize(
    "sentence",
    [
        "The repatriation of the Vietnamese workers is expected to follow.",
        "More raids are planned along the river, officials said.",
        "The deportation of the remaining 90 will begin next week.",
    ],
)
def test_a_happening_still_to_come_is_not_an_event(sentence: str) -> None:
    assert _types(sentence) == []


def test_a_past_scheduled_happening_is_kept() -> None:
    assert _types("The deportation flights were scheduled for Thursday.") == ["deportation"]


def test_fighting_in_a_country_does_not_displace_the_town(fake_gz: FakeGazetteer) -> None:
    text = (
        "Last year more than 300 Thais who had worked in compounds in Yangon were rescued "
        "during heavy fighting in Myanmar."
    )
    rescues = [e for e in _events(text, fake_gz) if e.type.value == "rescue"]
    assert [e.place.name for e in rescues if e.place] == ["Yangon"]


def test_countries_taking_part_in_an_operation_are_not_its_scene(fake_gz: FakeGazetteer) -> None:
    text = (
        "On Monday officials said 900 workers had been rescued in joint operations involving "
        "China, Thailand and local armed groups in Myanmar."
    )
    rescues = [e for e in _events(text, fake_gz) if e.type.value == "rescue"]
    assert [e.place.name for e in rescues if e.place] == ["Myanmar"]


def test_passports_taken_from_workers_are_no_raid() -> None:
    sentence = (
        "Some 90 Lao workers were kept against their will, and their passports were confiscated."
    )
    assert "raid" not in _types(sentence)
    assert "abuse" in _types(sentence)


def test_people_still_held_are_dated_by_the_report(fake_gz: FakeGazetteer) -> None:
    text = (
        "Twelve Thais were rescued from a compound in Yangon on March 3.\n\n"
        "About 30 more Thais are still being held in the camps in Yangon, officials said."
    )
    abuses = [e for e in _events(text, fake_gz) if e.type.value == "abuse"]
    assert abuses
    assert all(e.date is not None and e.date.month == PUBLISHED.month for e in abuses)


def test_the_action_dated_in_the_next_sentence_dates_the_lead(fake_gz: FakeGazetteer) -> None:
    text = (
        "Police have broken up a fraud ring in Poipet, arresting 340 people. The action, "
        "carried out on 9 July, was the largest this year."
    )
    raids = [e for e in _events(text, fake_gz) if e.type.value == "raid"]
    assert [(e.date, e.date_precision.value) for e in raids] == [(dt.date(2025, 7, 9), "day")]


def test_a_network_dismantled_is_the_raid_s_object_not_a_report() -> None:
    types = _types(
        "Officers dismantled a telecom fraud network operating in the zone, arresting 200."
    )
    assert "compound_report" not in types
    assert "raid" in types


def test_a_court_s_town_and_a_unit_s_country_are_not_the_raid_scene(
    fake_gz: FakeGazetteer,
) -> None:
    text = (
        "Police raided a gaming hub in Poipet on Monday.\n\n"
        "Officers of the Cambodia Southern Border Command swooped on the hub at dawn on "
        "Monday under warrants issued by a Kampot court."
    )
    raids = [e for e in _events(text, fake_gz) if e.type.value == "raid"]
    assert [e.place.name for e in raids if e.place] == ["Poipet"]


def test_a_handover_received_at_the_border_is_one_deportation() -> None:
    sentence = (
        "Guards at the Moc Bai gate on Monday received 40 Vietnamese citizens handed over by "
        "Cambodian police, many of whom had fled scam compounds."
    )
    assert _types(sentence) == ["deportation"]


def test_an_escape_told_alone_in_a_relative_clause_stays() -> None:
    assert _types("Police met 12 workers who had escaped from a compound in Bavet.") == ["escape"]


def test_plural_directives_and_decrees_are_policy() -> None:
    assert "policy" in _types("The armed group issued four new directives against phone fraud.")
    assert "policy" in _types("The cabinet adopted two decrees on casino licences on Friday.")


@pytest.mark.parametrize(
    "sentence",
    [
        "Guards opened the compound's gates on Friday, allowing dozens of workers to escape.",
        "Photos showed about 200 foreigners fleeing the area as troops moved in.",
    ],
)
def test_escapes_told_through_what_let_them_go_or_who_fled(sentence: str) -> None:
    assert "escape" in _types(sentence)


def test_fleeing_fighting_is_no_escape_from_a_compound() -> None:
    assert _types("Thousands of villagers were fleeing fighting in the state.") == []


def test_a_hub_for_fraud_is_a_compound_report() -> None:
    assert "compound_report" in _types("The town later became a hub for online fraud, police say.")


def test_a_dash_aside_does_not_cut_the_date_from_its_cue(fake_gz: FakeGazetteer) -> None:
    text = (
        "Police said on Tuesday that the nine suspects — five Chinese and four Thais — were "
        "deported from Poipet."
    )
    deportations = [e for e in _events(text, fake_gz) if e.type.value == "deportation"]
    assert [e.date for e in deportations] == [dt.date(2025, 7, 15)]


def test_a_date_inside_an_aside_still_dates_the_clause_after_it(fake_gz: FakeGazetteer) -> None:
    text = (
        "Officials said gangs ran the town for years – 2016 to 2021 – turning it into a hub "
        "for online fraud in Poipet."
    )
    reports = [e for e in _events(text, fake_gz) if e.type.value == "compound_report"]
    assert [(e.date, e.date_precision.value) for e in reports] == [(dt.date(2016, 1, 1), "year")]


def test_search_warrants_issued_are_not_yet_a_raid() -> None:
    assert "raid" not in _types(
        "The firm is named in three search warrants issued by a provincial court last week."
    )
    assert "raid" in _types("Officers served search warrants on the firm's offices on Monday.")


def test_the_sending_authorities_place_a_handover(fake_gz: FakeGazetteer) -> None:
    text = (
        "On Friday 400 fraud suspects were handed over to Chinese police by local "
        "authorities in Poipet, officials said."
    )
    deportations = [e for e in _events(text, fake_gz) if e.type.value == "deportation"]
    assert [e.place.name for e in deportations if e.place] == ["Poipet"]


def test_authorities_in_a_place_handing_people_to_a_side_deport_them(
    fake_gz: FakeGazetteer,
) -> None:
    text = (
        "Since May, authorities in Bavet have handed over a total of 2,000 telecom fraud "
        "suspects to the Chinese side, the ministry said on Friday."
    )
    events = _events(text, fake_gz)
    assert [e.type.value for e in events] == ["deportation"]
    assert [e.place.name for e in events if e.place] == ["Bavet"]


def test_an_undated_photo_caption_joins_the_story_raid(fake_gz: FakeGazetteer) -> None:
    # The caption has no day of its own; it does not borrow the month an earlier paragraph
    # ended on, so it is the Monday raid it shows, not a second raid "last month".
    text = (
        "Police raided a compound in Yangon on Monday and detained 40 people.\n\n"
        "Officials said last month that such compounds were spreading.\n\n"
        "Reuters\n\n"
        "Police vans outside the raided compound in Yangon where evidence of torture was "
        "found. - WIRE"
    )
    raids = [e for e in _events(text, fake_gz) if e.type.value == "raid"]
    assert [(str(e.date), e.people) for e in raids] == [("2025-07-14", {"detained": 40})]
