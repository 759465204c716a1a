"""Where an arrest happened: the arresting police's own province or town, never the country
the suspects sent their victims to; where a rescue or an escape happened: the town of the
company that held the victims (sentences written for these tests)."""

from __future__ import annotations

import datetime as dt

import pytest
from extract_helpers import event_places, events_of, make_article

from gazetteer import Gazetteer
from geotrack.extract import extract_article
from geotrack.model import EventType


def _raids(gaz: Gazetteer, text: str) -> list[str]:
    return event_places(gaz, text, EventType.RAID, dt.date(2024, 10, 26))


def _rescues(gaz: Gazetteer, text: str) -> list[str]:
    return event_places(gaz, text, EventType.RESCUE, dt.date(2025, 2, 19))


def test_speaking_police_of_a_state_made_the_arrests(gaz: Gazetteer) -> None:
    text = "The Kerala police said on Friday that its cyber wing had arrested nine recruiters."
    assert _raids(gaz, text) == ["Kerala"]


def test_country_the_victims_were_sent_to_is_not_the_scene(gaz: Gazetteer) -> None:
    text = "Madurai police arrested two agents for sending seven young men to Cambodia."
    assert _raids(gaz, text) == ["Madurai"]


def test_long_trafficking_phrase_still_names_a_destination(gaz: Gazetteer) -> None:
    text = (
        "Police in Kochi on Monday arrested a couple for luring 40 jobseekers from across "
        "the state to Laos."
    )
    assert _raids(gaz, text) == ["Kochi"]


def test_raid_in_a_named_country_is_unchanged(gaz: Gazetteer) -> None:
    text = "Police raided a scam compound in Cambodia on Monday and arrested 20 people."
    assert _raids(gaz, text) == ["Cambodia"]


def test_authorities_from_two_countries_are_who_acted() -> None:
    gaz = Gazetteer.default()
    text = (
        "Officers from Laos and Thailand detained 120 suspects in a joint operation on 3 May. "
        "The raid took place in the Golden Triangle Special Economic Zone."
    )
    assert _raids(gaz, text) == ["Golden Triangle SEZ"]


def test_handed_to_police_from_a_place_keeps_the_sender() -> None:
    gaz = Gazetteer.default()
    text = "Some 300 suspects were handed over to Chinese police from northern Myanmar on Friday."
    article = make_article(text, id="sender", published=dt.date(2024, 10, 26))
    deportations = [
        e
        for e in extract_article(article, gazetteer=gaz).events
        if e.type is EventType.DEPORTATION and e.place is not None
    ]
    assert [e.place.country for e in deportations] == ["MM"]


SENT_ABROAD = (
    "COLOMBO, May 3: Detectives have arrested three men accused of sending 25 job seekers "
    "to Myanmar, where they were made to run online scams.\n\n"
    "The workers were held in Myawaddy for months, their families said.\n\n"
    "Families said the Myawaddy compound took their passports."
)


def test_those_who_sent_people_abroad_are_arrested_where_the_story_was_filed(
    gaz: Gazetteer,
) -> None:
    assert _raids(gaz, SENT_ABROAD) == ["Colombo"]


def test_without_a_dateline_the_arrest_falls_back_to_the_story_place(gaz: Gazetteer) -> None:
    # nothing says where the arrest was: the story's place, as before (a known limit)
    assert _raids(gaz, SENT_ABROAD.replace("COLOMBO, May 3: ", "")) == ["Myawaddy"]


def test_a_dateline_in_the_country_people_were_sent_to_changes_nothing(gaz: Gazetteer) -> None:
    text = SENT_ABROAD.replace("COLOMBO, May 3", "YANGON, May 3")
    assert _raids(gaz, text) == ["Myawaddy"]


def test_where_rescued_people_were_brought_safely_is_not_the_rescue(gaz: Gazetteer) -> None:
    text = (
        "Workers held in Myanmar were beaten, a ministry said on Monday.\n\n"
        "Embassy staff rescued 30 of them on Sunday and brought them safely to Thailand."
    )
    assert _rescues(gaz, text) == ["Myanmar"]


def test_where_traffickers_brought_people_is_where_they_were_held(gaz: Gazetteer) -> None:
    text = "The 30 workers rescued on Monday had been brought by a gang to Myawaddy."
    assert _rescues(gaz, text) == ["Myawaddy"]


HELD_IN_MYANMAR = "Workers held in Myanmar said on Monday that guards had beaten them.\n\n"


def test_the_country_whose_force_made_a_rescue_is_not_where_it_happened(gaz: Gazetteer) -> None:
    text = (
        HELD_IN_MYANMAR
        + "Another 46 Kenyans were rescued by the border force of Thailand on Sunday."
    )
    assert _rescues(gaz, text) == ["Myanmar"]


def test_governments_a_rescue_was_made_with_are_not_its_places(gaz: Gazetteer) -> None:
    text = HELD_IN_MYANMAR + (
        "Another 28 Ugandans were freed on Sunday in coordination with the governments of "
        "Kenya and Thailand."
    )
    assert _rescues(gaz, text) == ["Myanmar"]


def test_a_rescue_in_a_named_country_keeps_it_beside_a_helping_country(gaz: Gazetteer) -> None:
    text = "Police freed 30 people in Cambodia on Monday with the help of the embassy of Thailand."
    assert _rescues(gaz, text) == ["Cambodia"]


def test_where_arrested_suspects_were_transferred_is_not_the_raid(gaz: Gazetteer) -> None:
    text = (
        "Joint teams shut scam offices hidden in Laos, which led to the arrest of 300 "
        "suspects who were then transferred to China."
    )
    assert _raids(gaz, text) == ["Laos"]


def test_where_the_scams_marks_live_is_not_the_scene(gaz: Gazetteer) -> None:
    # The people the gang defrauded lived in Japan and Korea; the arrests were in Cebu.
    text = (
        "Police in Cebu on Monday arrested 18 foreigners who ran a romance scam targeting "
        "victims in Japan and South Korea."
    )
    assert _raids(gaz, text) == ["Cebu City"]


def test_a_list_of_the_marks_countries_is_left_out_whole(gaz: Gazetteer) -> None:
    text = (
        "Officers raided an office in Kuching and arrested 12 people for running a scam that "
        "defrauded people in Singapore, Brunei and Indonesia."
    )
    assert _raids(gaz, text) == ["Kuching"]


def test_a_raid_on_compounds_in_a_town_is_placed_there(gaz: Gazetteer) -> None:
    # "targeting compounds in X" names the scene, not the marks.
    text = "Soldiers on Monday launched raids targeting compounds in Myawaddy."
    assert _raids(gaz, text) == ["Myawaddy"]


def test_people_the_gang_phoned_are_marks_not_the_scene(gaz: Gazetteer) -> None:
    text = (
        "At the second house in Kampot, 21 Thais were arrested on Monday while they were "
        "calling prospective victims in Thailand."
    )
    assert _raids(gaz, text) == ["Kampot"]


def test_where_an_official_spoke_is_not_the_scene(gaz: Gazetteer) -> None:
    text = (
        "Police in Bavet arrested 12 recruiters on Monday, a spokesman told a news briefing "
        "in Phnom Penh."
    )
    assert _raids(gaz, text) == ["Bavet"]


def test_a_capital_s_ministry_speaking_is_not_the_scene(gaz: Gazetteer) -> None:
    text = (
        "Nineteen South Koreans held by a gang in Myanmar were freed by local police on "
        "Monday, Seoul's Foreign Ministry said."
    )
    assert _rescues(gaz, text) == ["Myanmar"]


def test_a_capital_s_own_police_still_act_there(gaz: Gazetteer) -> None:
    text = "Phnom Penh's municipal police raided a building on Monday and detained 40 people."
    assert _raids(gaz, text) == ["Phnom Penh"]


def test_its_nationals_are_the_embassy_s_not_the_host_city_s(gaz: Gazetteer) -> None:
    text = (
        "The Malaysian embassy in Phnom Penh says it has received 620 of its nationals freed "
        "from scam compounds this month."
    )
    (rescue,) = events_of(gaz, text, EventType.RESCUE, dt.date(2025, 3, 4))
    assert rescue.nationalities == {"MY": 620}


# A provincial story filed from the town where its police acted: the lead's arrest has no
# place of its own, so it is the dateline town's, not the whole country's.
LOCAL_ARREST = (
    "CHIANG RAI — Provincial police stopped a van carrying four Chinese men with 900 SIM "
    "cards on Saturday and arrested them on suspicion of working for a call-centre gang.\n\n"
    "The driver told officers he had been paid to take the men to a guesthouse, and all four "
    "were charged with illegal entry, police said."
)


def test_a_local_story_s_lead_arrest_is_at_its_dateline_town(gaz: Gazetteer) -> None:
    assert _raids(gaz, LOCAL_ARREST) == ["Chiang Rai"]


def test_a_dateline_abroad_does_not_place_the_lead_arrest(gaz: Gazetteer) -> None:
    # filed from Bangkok about Cambodian police: the dateline is where the reporter was
    text = (
        "BANGKOK — Cambodian police arrested 40 foreigners on Saturday in a raid on a "
        "suspected scam operation, officials said.\n\n"
        "Cambodia has promised to close scam compounds across the country."
    )
    assert _raids(gaz, text) == ["Cambodia"]


def test_a_finer_raid_in_the_next_sentence_takes_the_dateline_lead(gaz: Gazetteer) -> None:
    # the lead's arrest and the next sentence's raid are one happening, at the raid's town
    text = (
        "PHNOM PENH — Police arrested 212 foreigners on Tuesday in a raid on a suspected "
        "scam compound, officials said.\n\n"
        "Officers raided the building in Bavet on Tuesday afternoon and seized 300 phones."
    )
    assert _raids(gaz, text) == ["Bavet"]


@pytest.mark.parametrize(
    ("before", "lure"),
    [
        ("a total of 64 victims of job scams in ", False),
        ("people freed from job-scam syndicates in ", False),
        ("They were offered jobs in ", True),
        ("lured by promises of well-paid jobs at ", True),
    ],
)
def test_a_job_scam_names_the_fraud_not_where_a_job_was_promised(before: str, lure: bool) -> None:
    from geotrack.extract.events import _LURE_BEFORE_RE

    assert bool(_LURE_BEFORE_RE.search(before)) is lure


def test_where_a_gang_sends_its_recruits_to_work_is_not_the_arrest(gaz: Gazetteer) -> None:
    text = (
        "Police in Chiang Mai on Tuesday arrested a man whose gang recruits young people "
        "to work as online scammers in Myanmar."
    )
    assert _raids(gaz, text) == ["Chiang Mai"]


def test_where_smuggled_people_came_from_or_were_headed_is_not_the_arrest(
    gaz: Gazetteer,
) -> None:
    text = (
        "Police in Nong Khai on Tuesday arrested 12 men smuggled into the country from "
        "Laos while en route to Myanmar."
    )
    assert _raids(gaz, text) == ["Nong Khai"]


def test_agents_arrested_after_a_story_abroad_are_arrested_at_the_people_s_home(
    gaz: Gazetteer,
) -> None:
    text = (
        "Twelve Nepalis held by a scam gang in Myawaddy were freed on Monday. "
        "Police have also arrested three agents who sent them there."
    )
    assert "Nepal" in _raids(gaz, text)
    assert "Myawaddy" not in _raids(gaz, text)


def test_agents_arrested_by_the_foreign_country_s_police_stay_abroad(gaz: Gazetteer) -> None:
    text = (
        "Twelve Nepalis held by a scam gang in Myawaddy were freed on Monday. "
        "Myanmar police also arrested three agents who had brought them to the compound."
    )
    assert "Nepal" not in _raids(gaz, text)


def test_where_freed_people_were_brought_is_not_the_rescue_but_their_way_home(
    gaz: Gazetteer,
) -> None:
    text = (
        "The 30 workers had been held in Myawaddy since June. "
        "On Tuesday they were freed and brought to Thailand by road, where they were "
        "screened under Thailand's National Referral Mechanism. "
        "They were repatriated to Kenya on Friday."
    )
    assert _rescues(gaz, text) == ["Myawaddy"]
    deported = event_places(gaz, text, EventType.DEPORTATION, dt.date(2025, 2, 19))
    assert deported == ["Thailand"]


def test_people_rescued_after_being_brought_somewhere_were_rescued_there(
    gaz: Gazetteer,
) -> None:
    text = "Police rescued 40 people who had been brought to Poipet by traffickers."
    assert _rescues(gaz, text) == ["Poipet"]


def test_arrests_broken_down_by_place_give_one_raid_per_place(gaz: Gazetteer) -> None:
    text = (
        "Police said the sweep netted 120 suspects: 60 were held in Vientiane Capital, "
        "35 in Champasak Province, and 25 in Savannakhet Province."
    )
    assert sorted(_raids(gaz, text)) == ["Champasak", "Savannakhet Province", "Vientiane Capital"]


def test_arrests_in_an_operation_told_with_a_repatriation_stay_a_raid(gaz: Gazetteer) -> None:
    text = (
        "Laos sent 80 Vietnamese workers home last week after arresting them during a "
        "sweep of gambling dens in Bokeo."
    )
    assert _raids(gaz, text) == ["Bokeo"]


def test_arrested_people_of_a_repatriation_alone_are_no_raid(gaz: Gazetteer) -> None:
    text = "The 40 arrested Thais were repatriated from Cambodia on Monday."
    assert _raids(gaz, text) == []


def test_prison_they_were_later_freed_from_is_not_the_arrest_scene(gaz: Gazetteer) -> None:
    text = (
        "Police in Tachileik said the men were arrested in May and later released from a "
        "prison in Lashio, Myanmar."
    )
    assert _raids(gaz, text) == ["Tachileik"]


def test_captured_suspects_are_an_arrest(gaz: Gazetteer) -> None:
    text = "Officers captured eleven wanted suspects at a villa in Bavet on Friday."
    assert _raids(gaz, text) == ["Bavet"]


def test_a_scene_captured_on_video_is_no_arrest(gaz: Gazetteer) -> None:
    text = "The fight was captured in a short video filmed in Bavet on Friday."
    assert _raids(gaz, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Officials said 40 Filipinos were rescued from an online gambling company in Bavet on Monday.",
        "Twelve workers escaped from a scam firm in Poipet on Monday, police said.",
    ],
)
def test_the_company_holding_the_victims_is_the_scene(gaz: Gazetteer, text: str) -> None:
    kinds = (EventType.RESCUE, EventType.ESCAPE)
    places = [p for kind in kinds for p in event_places(gaz, text, kind, dt.date(2025, 2, 19))]
    assert places and set(places) <= {"Bavet", "Poipet"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a country before "-based" is where the gang works from, not where police acted
        (
            "Hsinchu police on Tuesday arrested 14 members of a Laos-based fraud ring.",
            ["Hsinchu"],
        ),
        ("Police in Pasay raided a Pasay City-based gaming hub on Friday.", ["Pasay"]),
        # prosecutors who detain suspects themselves act in their own city
        (
            "Kaohsiung prosecutors detained six suspects on Monday over a Myanmar-based scam.",
            ["Kaohsiung"],
        ),
    ],
)
def test_gang_base_and_arresting_prosecutors(
    gaz: Gazetteer, text: str, expected: list[str]
) -> None:
    assert _raids(gaz, text) == expected


def test_court_of_a_warrant_is_still_not_the_scene(gaz: Gazetteer) -> None:
    text = "Officers arrested the broker on Friday on a warrant issued by a Davao court."
    assert "Davao" not in _raids(gaz, text)


@pytest.mark.parametrize(
    "text",
    [
        "Police arrested three recruiters in Medan who had sent 20 people to Cambodia.",
        "Officers detained an agent in Medan on Monday.",
        "Police arrested two alleged recruitment agents at Medan on Friday.",
    ],
)
def test_the_arrested_agents_town_is_the_scene(gaz: Gazetteer, text: str) -> None:
    assert _raids(gaz, text) == ["Medan"]


def test_an_agent_someone_else_paid_is_not_arrested_there(gaz: Gazetteer) -> None:
    text = "Police in Jakarta arrested the man, who had paid an agent in Medan."
    assert _raids(gaz, text) == ["Jakarta"]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Officers raided a building in Phnom Penh's Sen Sok district on March 3.", "Sen Sok"),
        ("Police raided an office in Phnom Penh's Chamkarmon district.", "Chamkar Mon"),
        ("Police raided an apartment in Sen Sok district, Phnom Penh, on Friday.", "Sen Sok"),
    ],
)
def test_the_citys_district_is_finer_than_the_city(gaz: Gazetteer, text: str, place: str) -> None:
    assert _raids(gaz, text) == [place]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a commune filed under the province's name, named beside its town
        ("Police raided a building in Sangkat 4, Sihanoukville, and detained 120 people.", None),
        # a city's quarter the gazetteer holds as a town of its own
        ("Thai police arrested 20 people at a house in Bangkok's Bang Na district.", "Bang Na"),
    ],
)
def test_a_unit_inside_a_town_makes_one_scene(gaz: Gazetteer, text: str, place: str | None) -> None:
    raids = _raids(gaz, text)
    assert len(raids) == 1
    assert place is None or raids == [place]


def test_two_neighbouring_cities_stay_two_scenes(gaz: Gazetteer) -> None:
    text = "Police raided scam hubs in Pasay and in Parañaque City on Monday."
    assert _raids(gaz, text) == ["Paranaque City", "Pasay"]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Police intercepted 45 Thais trying to cross into Thailand illegally near Poipet.",
            "Poipet",
        ),
        (
            "Officers detained 12 workers heading to Cambodia at a checkpoint in Tay Ninh.",
            "Tây Ninh",
        ),
    ],
)
def test_where_people_caught_on_the_way_were_going_is_not_the_scene(
    gaz: Gazetteer, text: str, place: str
) -> None:
    assert _raids(gaz, text) == [place]
