"""Which event of a sentence or of the story thread a count reaches (sentences written for
these tests)."""

from __future__ import annotations

import datetime as dt

from extract_helpers import FakeGazetteer

from geotrack.extract import extract_article
from geotrack.model import Article, Event

PUBLISHED = dt.date(2024, 3, 20)


def _events(text: str, gz: FakeGazetteer) -> list[Event]:
    article = Article(id="t", text=text, published=PUBLISHED)
    return list(extract_article(article, gazetteer=gz).events)  # type: ignore[arg-type]


def _raid_at(events: list[Event], name: str) -> Event:
    found = [e for e in events if e.type.value == "raid" and e.place and e.place.name == name]
    assert len(found) == 1, [(e.type.value, e.place and e.place.name) for e in events]
    return found[0]


def test_two_places_in_one_sentence_each_keep_their_clause_counts(
    fake_gz: FakeGazetteer,
) -> None:
    text = (
        "Police on Monday raided a casino in Poipet and detained 52 people, including 40 "
        "Vietnamese, while in Koh Kong province a raid on a hotel led to the arrest of 71 "
        "foreigners."
    )
    events = _events(text, fake_gz)
    poipet, koh_kong = _raid_at(events, "Poipet"), _raid_at(events, "Koh Kong")
    assert poipet.people == {"detained": 52}
    assert poipet.nationalities == {"VN": 40}
    assert koh_kong.people == {"arrested": 71}
    assert koh_kong.nationalities == {}


def test_one_count_for_two_listed_places_stays_unsplit(fake_gz: FakeGazetteer) -> None:
    # The first clause has no count of its own: the 60 belong to both places together.
    text = "Raids in Poipet and in Bavet on Monday ended with 60 people detained."
    events = _events(text, fake_gz)
    assert _raid_at(events, "Poipet").people == {}
    assert _raid_at(events, "Bavet").people == {}


def test_follow_up_haul_goes_to_the_raid_at_the_place_it_names(fake_gz: FakeGazetteer) -> None:
    text = (
        "Police on Monday raided a casino in Poipet and detained 52 people, while in Koh Kong "
        "province a raid on a hotel led to the arrest of 71 foreigners. Officers in Koh Kong "
        "province also found two pistols and 30 phones."
    )
    events = _events(text, fake_gz)
    assert _raid_at(events, "Koh Kong").seized == {"guns": 2, "phones": 30}
    assert _raid_at(events, "Poipet").seized == {}


def test_home_province_receiving_citizens_gives_their_nationality(
    fake_gz: FakeGazetteer,
) -> None:
    # The story's own country (Thailand) is normally not "the speaker's" country, but a
    # place that receives citizens is speaking of its own nationals.
    text = (
        "Thai workers are still trapped across the border, Thailand says. Thai police in "
        "Bangkok arrested a broker on Monday.\n\n"
        "Mae Sot officials said on Tuesday that they had received 230 citizens from Myanmar "
        "since January."
    )
    events = _events(text, fake_gz)
    received = [e for e in events if e.people.get("deported") == 230]
    assert received, [(e.type.value, e.people) for e in events]
    assert received[0].nationalities == {"TH": 230}


def test_share_of_a_restated_group_takes_the_group_nationality(fake_gz: FakeGazetteer) -> None:
    # "the 14" names the 14 Kenyans counted earlier (not the 20 counted since); "Eight of
    # them" are Kenyans too.
    text = (
        "Fourteen Kenyans who escaped from a compound in Myanmar last week are safe in "
        "Thailand, the ministry said on Tuesday.\n\n"
        "About 20 other workers who tried to follow them were caught by guards.\n\n"
        "Thai officers in Mae Sot passed the 14 to staff of the Kenyan Embassy on Friday. "
        "Eight of them flew home from Bangkok on Sunday night."
    )
    flights = [e for e in _events(text, fake_gz) if e.people.get("deported") == 8]
    assert flights, "no deportation of the eight"
    assert flights[0].nationalities == {"KE": 8}


def test_people_a_raid_found_locked_up_are_its_rescued(fake_gz: FakeGazetteer) -> None:
    text = (
        "Police raided a building in Poipet on Wednesday and arrested 120 people. Officers "
        "seized 300 phones and 40 laptops. They also found 12 Indonesians who said they had "
        "been locked inside the building since May."
    )
    events = _events(text, fake_gz)
    raid = _raid_at(events, "Poipet")
    assert raid.people == {"arrested": 120, "rescued": 12}
    assert raid.nationalities == {"ID": 12}
    abuse = [e for e in events if e.type.value == "abuse"]
    assert abuse and abuse[0].people == {"victims": 12}


def test_and_clause_opening_with_a_count_keeps_the_figure_of_the_cue(
    fake_gz: FakeGazetteer,
) -> None:
    # The event cue ("brought home") stands in the ", and about N were ..." clause: its figure
    # is that clause's, not the earlier group's.
    text = (
        "In 2023 more than 900 Indonesians got help from the ministry to leave Cambodia, "
        "and about 300 were brought home by bus from Mae Sot in May, officials said."
    )
    events = _events(text, fake_gz)
    mae_sot = [e for e in events if e.place and e.place.name == "Mae Sot"]
    assert len(mae_sot) == 1 and mae_sot[0].people == {"deported": 300}


def test_breakdown_of_a_named_group_joins_the_event_counting_it(fake_gz: FakeGazetteer) -> None:
    # "Of the 95 ..." picks up the rescue's 95, even though the sentence before it told of
    # an abuse (the tip that set off the operation).
    text = (
        "Police freed 95 foreign workers from a compound in Bavet on Monday, June 3.\n\n"
        "A spokesman said officers had acted on a court order against the firm.\n\n"
        '"The operation began after an informant said women were being sexually exploited '
        'and men were being beaten inside," the spokesman said.\n\n'
        "Of the 95 foreign workers, 70 were Chinese, 20 Vietnamese and five Malaysians.\n"
    )
    events = _events(text, fake_gz)
    rescue = next(e for e in events if e.type.value == "rescue")
    assert rescue.nationalities == {"CN": 70, "VN": 20, "MY": 5}
    assert all(not e.nationalities for e in events if e.type.value == "abuse")


def test_victim_share_after_a_repatriation_joins_it(fake_gz: FakeGazetteer) -> None:
    # A share of the deportees found to be victims; the rest's "would face charges" does
    # not make the finding hypothetical.
    text = (
        "In January, 300 Thais who had worked for scam firms in Myanmar were sent home.\n"
        "Officials in Bangkok said 120 of the returnees were trafficking victims, while the "
        "rest would face charges.\n"
    )
    events = _events(text, fake_gz)
    deportation = next(e for e in events if e.type.value == "deportation")
    assert deportation.people == {"deported": 300, "victims": 120}


def test_victims_larger_than_the_deportation_stay_off_it(fake_gz: FakeGazetteer) -> None:
    text = (
        "In January, 30 Thais who had worked for scam firms in Myanmar were sent home.\n"
        "Officials in Bangkok said 120 people were trafficking victims.\n"
    )
    events = _events(text, fake_gz)
    deportation = next(e for e in events if e.type.value == "deportation")
    assert "victims" not in deportation.people


def test_running_total_raises_the_sentence_own_rescue(fake_gz: FakeGazetteer) -> None:
    text = (
        "Police in Bavet freed 20 Indonesians from a compound on Monday.\n\n"
        "By Wednesday officers had rescued 35 more Indonesians from a second building in "
        "Bavet, bringing the total to 55.\n"
    )
    events = _events(text, fake_gz)
    rescues = [e for e in events if e.type.value == "rescue"]
    assert max(e.people.get("rescued", 0) for e in rescues) == 55
    top = max(rescues, key=lambda e: e.people.get("rescued", 0))
    assert top.nationalities == {"ID": 55}


def test_running_total_over_an_escape_and_a_rescue_stays_off_the_escape(
    fake_gz: FakeGazetteer,
) -> None:
    # The total sums two happenings of different kinds: neither takes it.
    text = (
        "On Monday 40 Vietnamese workers ran away from a casino in Bavet.\n\n"
        "On Thursday police freed 12 more Vietnamese workers from the casino, bringing the "
        "total to 52.\n"
    )
    events = _events(text, fake_gz)
    escape = next(e for e in events if e.type.value == "escape")
    assert escape.people == {"escaped": 40}


def test_year_to_date_tally_is_country_level_not_the_thread_site(fake_gz: FakeGazetteer) -> None:
    text = (
        "Police raided a casino in Poipet on Monday and freed 40 workers.\n"
        "Cambodian police have rescued more than 2,000 foreigners since the start of the year, "
        "the ministry said.\n"
    )
    events = _events(text, fake_gz)
    tally = [e for e in events if 2000 in e.people.values()]
    assert len(tally) == 1 and tally[0].place is not None
    assert tally[0].place.name == "Cambodia"


def test_flight_departure_in_the_next_sentence_places_the_deportation(
    fake_gz: FakeGazetteer,
) -> None:
    text = (
        "On Monday 150 Thai suspects were sent back to Thailand from Cambodia on two charter "
        "flights.\n"
        "The flights took off from Phnom Penh and landed in Bangkok in the evening.\n"
    )
    events = _events(text, fake_gz)
    deportation = next(e for e in events if e.type.value == "deportation")
    assert deportation.place is not None and deportation.place.name == "Phnom Penh"


def test_exact_total_replaces_the_approximate_one_group(fake_gz: FakeGazetteer) -> None:
    # The lead's "more than 300 Chinese" is the same group as the later exact 342.
    text = (
        "Police arrested more than 300 Chinese workers in a raid in Poipet on Thursday, "
        "officials said on Friday.\n\n"
        "The operation in Poipet ended with a total of 342 foreigners without work permits "
        "under arrest.\n"
    )
    (raid,) = [e for e in _events(text, fake_gz) if e.type.value == "raid"]
    assert raid.people == {"arrested": 342}
    assert raid.nationalities == {"CN": 342}


def test_buildings_in_a_place_are_no_share_of_the_people(fake_gz: FakeGazetteer) -> None:
    text = (
        "Police on Monday searched six buildings in Poipet and a hotel in Bavet and held 48 "
        "foreigners."
    )
    events = _events(text, fake_gz)
    assert all(e.people.get("detained") != 6 for e in events), [e.people for e in events]


def test_a_nationality_count_survives_an_earlier_group_in_the_sentence(
    fake_gz: FakeGazetteer,
) -> None:
    # "12 others" are another group: the 31 stated with the nationality keep it
    text = (
        "Thirty-one Ugandans were freed from a compound in Myawaddy on Friday, days after "
        "12 others were released."
    )
    (rescue,) = _events(text, fake_gz)
    assert rescue.people == {"rescued": 31}
    assert rescue.nationalities == {"UG": 31}


def test_a_nationality_word_heading_the_receivers_gives_their_nationals(
    fake_gz: FakeGazetteer,
) -> None:
    text = "Vietnamese border authorities received 64 nationals sent back from Cambodia on Monday."
    (received,) = _events(text, fake_gz)
    assert received.people == {"deported": 64}
    assert received.nationalities == {"VN": 64}


def test_the_sending_side_repatriating_nationals_gives_no_nationality(
    fake_gz: FakeGazetteer,
) -> None:
    # whose nationals the 30 are is not said: the sender's word does not name them
    text = "Cambodian authorities repatriated 30 nationals from Poipet on Monday."
    events = _events(text, fake_gz)
    assert all("KH" not in e.nationalities for e in events)


def test_one_person_named_as_he_or_the_man_is_a_count_of_one(fake_gz: FakeGazetteer) -> None:
    (raid,) = _events("The first man was arrested by police in Bangkok on Monday.", fake_gz)
    assert raid.people == {"arrested": 1}
    (rescue,) = _events("She was rescued from a compound in Myawaddy on Tuesday.", fake_gz)
    assert rescue.people == {"rescued": 1}


def test_they_were_arrested_gives_no_count(fake_gz: FakeGazetteer) -> None:
    (raid,) = _events("They were arrested in Bangkok on Monday.", fake_gz)
    assert raid.people == {}


def test_people_a_raid_found_are_detained(fake_gz: FakeGazetteer) -> None:
    text = "Officers raided a hotel in Sihanoukville on Monday and found 187 foreigners inside."
    (raid,) = _events(text, fake_gz)
    assert raid.people == {"detained": 187}


def test_they_after_a_connective_are_the_group_just_counted(fake_gz: FakeGazetteer) -> None:
    text = (
        "Thirty Malaysians were rescued from a compound in Bavet on Monday. However, they had "
        "been forced to work for a scam gang in Bavet for months."
    )
    events = {e.type.value: e for e in _events(text, fake_gz)}
    assert events["abuse"].people == {"victims": 30}


def test_a_counted_group_told_arrested_counts_arrests(fake_gz: FakeGazetteer) -> None:
    text = (
        "Police said 61 Chinese nationals were sent home from Bangkok on Monday. They had been "
        "arrested in Sihanoukville a month earlier."
    )
    raid = _raid_at(_events(text, fake_gz), "Sihanoukville")
    assert raid.people == {"arrested": 61}


def test_a_counted_group_told_detained_stays_detained(fake_gz: FakeGazetteer) -> None:
    text = (
        "Police said 61 Chinese nationals were sent home from Bangkok on Monday. They had been "
        "detained in Sihanoukville a month earlier."
    )
    raid = _raid_at(_events(text, fake_gz), "Sihanoukville")
    assert raid.people == {"detained": 61}
