"""Counts and places carried along a story thread (invented texts, stand-in gazetteer).

Each test pins one general mechanism: which people key a number belongs to, nationality
lists in their shapes, follow-up sentences joining the lead event, exact figures beating
approximations, headline folding, appositive lists, background clauses.
"""

from __future__ import annotations

import datetime as dt

from extract_helpers import FakeGazetteer, make_article

from geotrack.extract import extract_article
from geotrack.extract.counts import find_counts
from geotrack.model import Event

PUBLISHED = dt.date(2025, 7, 18)  # a Friday
NAT = FakeGazetteer().nationality


def _events(text: str, gz: FakeGazetteer) -> list[Event]:
    article = make_article(text, published=PUBLISHED)
    return list(extract_article(article, gazetteer=gz).events)


def _of(events: list[Event], etype: str) -> list[Event]:
    return [e for e in events if e.type.value == etype]


# -- counts within one sentence ------------------------------------------------------------


def test_country_name_used_as_a_nationality() -> None:
    table = {"myanmar citizens": "MM", "chinese": "CN"}
    counts = find_counts(
        "Officers held 90 people, including 50 Chinese and 40 Myanmar citizens.",
        nationality=lambda w: table.get(w.lower()),
    )
    assert counts.nationalities == {"CN": 50, "MM": 40}


def test_held_against_his_will_is_a_victim_not_a_detention() -> None:
    counts = find_counts("A Thai worker said he was held against his will.", nationality=NAT)
    assert "detained" not in counts.people


def test_brought_home_counts_deportees() -> None:
    counts = find_counts("The ministry brought home 44 Indonesians on Tuesday.", nationality=NAT)
    assert counts.people == {"deported": 44}


def test_people_without_a_cue_are_left_to_the_event_type() -> None:
    counts = find_counts("At least two Thai workers showed bruises.", nationality=NAT)
    assert counts.people == {}
    assert counts.uncategorised == ((2, "at least"),)


def test_abuse_counts_its_uncategorised_people_as_victims(fake_gz: FakeGazetteer) -> None:
    events = _events(
        "Staff at a compound in Poipet were beaten on Monday, and at least three "
        "Thai workers showed injuries.\n",
        fake_gz,
    )
    (abuse,) = _of(events, "abuse")
    assert abuse.people == {"victims": 3}


def test_deportation_takes_the_people_the_sentence_counts(fake_gz: FakeGazetteer) -> None:
    (event,) = _of(
        _events(
            "On Tuesday the ministry flew home 37 Indonesians who had been forced to work "
            "for fraud rings in Cambodia.\n",
            fake_gz,
        ),
        "deportation",
    )
    assert event.people == {"deported": 37}
    assert event.nationalities == {"ID": 37}


# -- follow-up sentences ---------------------------------------------------------------------


def test_nationality_breakdown_two_sentences_later(fake_gz: FakeGazetteer) -> None:
    (raid,) = _of(
        _events(
            "Police raided an office block in Bavet on Monday and detained 30 foreigners.\n"
            "The operation began at dawn after a tip from a relative.\n"
            "Of those detained, 18 are Chinese, eight are Indonesians and four are Thais.\n",
            fake_gz,
        ),
        "raid",
    )
    assert raid.people == {"detained": 30}
    assert raid.nationalities == {"CN": 18, "ID": 8, "TH": 4}


def test_haul_told_in_a_later_sentence_joins_the_raid(fake_gz: FakeGazetteer) -> None:
    (raid,) = _of(
        _events(
            "Police raided a casino in Poipet on Monday and arrested 12 managers.\n"
            "Officers also hauled away 64 handsets and 20 laptops.\n"
            "An official said 15 passports had been kept in a locked cabinet.\n",
            fake_gz,
        ),
        "raid",
    )
    assert raid.seized == {"phones": 64, "laptops": 20, "passports": 15}


def test_exact_total_beats_the_approximation(fake_gz: FakeGazetteer) -> None:
    events = _events(
        "Nearly 500 workers were freed when police stormed a compound in Bavet on Monday.\n"
        "Police obtained a warrant for the site in the morning.\n"
        "Inside, officers counted 486 people, among them 300 Indonesians and 186 Thais.\n",
        fake_gz,
    )
    (raid,) = _of(events, "raid")
    assert raid.people["rescued"] == 486
    assert "rescued" not in raid.people_qualifiers
    assert raid.nationalities == {"ID": 300, "TH": 186}


def test_future_counts_do_not_join_the_thread(fake_gz: FakeGazetteer) -> None:
    (event,) = _of(
        _events(
            "Some 90 Chinese suspects were deported from Poipet on Monday.\n"
            "An official said about 400 Chinese would be sent back next month.\n",
            fake_gz,
        ),
        "deportation",
    )
    assert event.nationalities == {"CN": 90}


def test_the_group_is_the_group_just_counted(fake_gz: FakeGazetteer) -> None:
    events = _events(
        "Twenty-five Kenyans arrived home on Monday night, officials said.\n"
        "The group was rescued from the Golden Fortune Park last week.\n",
        fake_gz,
    )
    (rescue,) = _of(events, "rescue")
    assert rescue.people == {"rescued": 25}
    assert rescue.nationalities == {"KE": 25}


def test_some_had_been_deported_is_a_deportation_without_a_count(fake_gz: FakeGazetteer) -> None:
    events = _events(
        "Police in Cambodia said on Friday they had arrested 70 foreign suspects.\n"
        "Not all of the cases involved trafficking.\n"
        "The police gave no nationalities, saying some had been deported.\n",
        fake_gz,
    )
    (deportation,) = _of(events, "deportation")
    assert deportation.people == {}
    assert deportation.place is not None and deportation.place.name == "Cambodia"


def test_anaphoric_sentence_gives_the_finer_place(fake_gz: FakeGazetteer) -> None:
    events = _events(
        "Police in Phnom Penh raided a building on Monday and detained 40 foreigners.\n"
        "The operation took place at a tower in Tonle Bet commune.\n",
        fake_gz,
    )
    (raid,) = _of(events, "raid")
    assert raid.place is not None and raid.place.name == "Tonle Bet"


def test_a_similar_earlier_operation_does_not_date_the_sentence_before(
    fake_gz: FakeGazetteer,
) -> None:
    events = _events(
        "Police raided a casino in Poipet yesterday.\n"
        "Officers seized 40 computers.\n"
        "The raid follows a similar operation in Bavet in March.\n",
        fake_gz,
    )
    poipet = next(e for e in _of(events, "raid") if e.place and e.place.name == "Poipet")
    assert poipet.date == dt.date(2025, 7, 17)
    assert poipet.seized == {"computers": 40}


# -- places ----------------------------------------------------------------------------------


def test_headline_event_folds_into_the_body_event(fake_gz: FakeGazetteer) -> None:
    events = _events(
        "Kenyans rescued from Cambodia fraud den\n\n"
        "Police rescued 14 Kenyans from the Golden Fortune Park on Wednesday, officials said.\n",
        fake_gz,
    )
    (rescue,) = _of(events, "rescue")
    assert rescue.place is not None and rescue.place.name == "Golden Fortune Park"


def test_appositive_list_keeps_both_scenes(fake_gz: FakeGazetteer) -> None:
    events = _events(
        "On Monday former workers said they had been held in the Golden Fortune Park, "
        "a gated site south of Phnom Penh, and in Poipet, a town on the border.\n",
        fake_gz,
    )
    places = sorted(e.place.name for e in _of(events, "abuse") if e.place)
    assert places == ["Golden Fortune Park", "Poipet"]


def test_country_as_an_owner_is_not_the_scene(fake_gz: FakeGazetteer) -> None:
    (rescue,) = _of(
        _events(
            "On Wednesday 70 people were freed by a militia allied with Myanmar's army "
            "near the town of Mae Sot.\n",
            fake_gz,
        ),
        "rescue",
    )
    assert rescue.place is not None and rescue.place.name == "Mae Sot"


def test_victims_background_at_country_level_is_no_report(fake_gz: FakeGazetteer) -> None:
    events = _events(
        "Thirty Kenyans who had been trapped in scam compounds in Myanmar arrived home on "
        "Monday.\n",
        fake_gz,
    )
    assert _of(events, "compound_report") == []


def test_people_who_remain_trapped_are_a_report_of_now(fake_gz: FakeGazetteer) -> None:
    # present tense: where the people are as the story is told, not their past
    events = _events(
        "About 400 Kenyans remain trapped in scam compounds in Myanmar, the ministry said.\n",
        fake_gz,
    )
    assert [e.place.name for e in _of(events, "compound_report") if e.place] == ["Myanmar"]


def test_believed_to_be_held_is_a_state_dated_by_the_report(fake_gz: FakeGazetteer) -> None:
    events = _events(
        "The ministry helped 200 Kenyans return from Cambodia this year and is still looking "
        "for 40 others believed to be held in Poipet.\n",
        fake_gz,
    )
    (abuse,) = _of(events, "abuse")
    assert abuse.place is not None and abuse.place.name == "Poipet"
    assert abuse.people == {"victims": 40}
    assert abuse.date == PUBLISHED


def test_follow_up_states_a_key_the_event_lacks(fake_gz: FakeGazetteer) -> None:
    (abuse,) = _of(
        _events(
            "Workers at a compound in Poipet were beaten on Monday, a rights group said.\n"
            "Twelve of 30 survivors interviewed were children.\n",
            fake_gz,
        ),
        "abuse",
    )
    assert abuse.people == {"victims": 30}


def test_an_unplaced_rescue_takes_the_town_the_next_sentence_names(
    fake_gz: FakeGazetteer,
) -> None:
    events = _events(
        "Thirty foreign workers were freed by Thai soldiers on a border patrol.\n"
        "The rescue took place on Thursday at a farm outside Mae Sot.\n",
        fake_gz,
    )
    (rescue,) = _of(events, "rescue")
    assert rescue.place is not None and rescue.place.name == "Mae Sot"


def test_an_unplaced_rescue_keeps_its_country_when_the_town_is_abroad(
    fake_gz: FakeGazetteer,
) -> None:
    events = _events(
        "Thirty foreign workers were freed by Thai soldiers on a border patrol.\n"
        "The rescue took place on Thursday, a week after they fled Poipet.\n",
        fake_gz,
    )
    (rescue,) = _of(events, "rescue")
    assert rescue.place is not None and rescue.place.name != "Poipet"


def test_people_brought_home_leave_the_one_foreign_country_the_thread_named() -> None:
    from gazetteer import Gazetteer

    text = (
        "JAKARTA (May 3): Some 80 Indonesians who were stuck in Laos after answering fake "
        "job adverts have been rescued so far, the ministry said.\n\n"
        "It said 52 of them have since been flown back to Indonesia, while the rest are "
        "waiting for their papers."
    )
    article = make_article(text, published=PUBLISHED)
    events = extract_article(article, gazetteer=Gazetteer.default()).events  # type: ignore[arg-type]
    deportations = _of(list(events), "deportation")
    assert [
        (e.place.name if e.place else None, e.people.get("deported")) for e in deportations
    ] == [("Laos", 52)]


def test_people_brought_home_from_their_own_country_stay_unplaced() -> None:
    # the thread named only the deportees' own country: no departure point to put it at
    from gazetteer import Gazetteer

    text = (
        "JAKARTA (May 3): Some 80 Indonesians lured by fake job adverts abroad are now safe "
        "in Indonesia, the ministry said.\n\n"
        "It said 52 of them have since been flown back to Indonesia."
    )
    article = make_article(text, published=PUBLISHED)
    events = extract_article(article, gazetteer=Gazetteer.default()).events  # type: ignore[arg-type]
    assert _of(list(events), "deportation") == []
