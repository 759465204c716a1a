"""Counts that a later sentence corrects or breaks down (sentences written for these tests)."""

from __future__ import annotations

import datetime as dt

from extract_helpers import FakeGazetteer

from geotrack.extract import extract_article
from geotrack.model import Article

PUBLISHED = dt.date(2024, 3, 20)


def _raids(text: str, gz: FakeGazetteer) -> list[tuple[dict[str, int], dict[str, int | None]]]:
    events = extract_article(Article(id="t", text=text, published=PUBLISHED), gazetteer=gz).events  # type: ignore[arg-type]
    return [(dict(e.people), dict(e.nationalities)) for e in events if e.type.value == "raid"]


def test_running_total_replaces_the_earlier_figure(fake_gz: FakeGazetteer) -> None:
    text = (
        "Police raided a compound in Sihanoukville on Monday and detained 37 people.\n\n"
        "Three more people caught the next day brought the total to 40."
    )
    people = [p for p, _ in _raids(text, fake_gz)]
    assert any(p.get("detained") == 40 for p in people)


def test_restated_total_with_a_breakdown_joins_the_event(fake_gz: FakeGazetteer) -> None:
    text = (
        "Police raided a compound in Sihanoukville on Monday and arrested 90 people.\n\n"
        "Of the 90 people arrested, 60 were Chinese and 30 were Vietnamese."
    )
    raids = _raids(text, fake_gz)
    assert len(raids) == 1
    assert raids[0][1] == {"CN": 60, "VN": 30}


def test_a_group_counted_outside_an_event_sentence_is_the_next_events(
    fake_gz: FakeGazetteer,
) -> None:
    text = (
        "On Monday an armed group handed 45 foreigners to officials at the border.\n\n"
        "The group said it had freed them from a compound in Sihanoukville."
    )
    events = extract_article(
        Article(id="t", text=text, published=PUBLISHED),
        gazetteer=fake_gz,  # type: ignore[arg-type]
    ).events
    assert any(e.type.value == "rescue" and e.people.get("rescued") == 45 for e in events)


def test_victims_identified_after_a_raid_are_its_rescued(fake_gz: FakeGazetteer) -> None:
    text = (
        "Police raided a compound in Sihanoukville on Monday and arrested 90 people.\n\n"
        "Officers also identified 30 people as victims of trafficking."
    )
    raids = _raids(text, fake_gz)
    assert raids[0][0] == {"arrested": 90, "rescued": 30}


def test_a_list_of_seized_items_goes_on_line_by_line(fake_gz: FakeGazetteer) -> None:
    text = (
        "Police raided a compound in Sihanoukville on Monday and detained 40 people.\n\n"
        "Officers told reporters that the suspects had rented the building for a year.\n\n"
        "The owner could not be reached for comment on the case.\n\n"
        "Items seized at the site:\n"
        "- 120 mobile phones\n"
        "- 30 laptops and 2 pistols\n"
    )
    events = extract_article(
        Article(id="t", text=text, published=PUBLISHED),
        gazetteer=fake_gz,  # type: ignore[arg-type]
    ).events
    seized = {k: v for e in events if e.type.value == "raid" for k, v in e.seized.items()}
    assert seized == {"phones": 120, "laptops": 30, "guns": 2}


def test_the_n_refers_back_to_a_group_counted_by_nationality(fake_gz: FakeGazetteer) -> None:
    text = (
        "A flight carrying 25 Indonesians deported from Cambodia landed on Tuesday.\n\n"
        "The 25 were among 300 people detained when police raided a compound in "
        "Sihanoukville on March 1."
    )
    raids = _raids(text, fake_gz)
    assert raids and raids[0][1].get("ID") == 25


def test_a_total_split_by_place_gives_each_place_its_share(fake_gz: FakeGazetteer) -> None:
    text = "Police arrested 30 people in raids on Monday, 18 in Sihanoukville and 12 in Phnom Penh."
    events = extract_article(
        Article(id="t", text=text, published=PUBLISHED),
        gazetteer=fake_gz,  # type: ignore[arg-type]
    ).events
    by_place = {
        e.place.name: e.people.get("arrested")
        for e in events
        if e.type.value == "raid" and e.place is not None
    }
    assert by_place.get("Sihanoukville") == 18
    assert by_place.get("Phnom Penh") in (None, 12)


def test_a_that_raid_sentence_adds_its_breakdown_to_the_threads_raid(
    fake_gz: FakeGazetteer,
) -> None:
    text = (
        "Officers raided a casino in Poipet on Friday and arrested 120 people.\n\n"
        "Police said that raid caught 70 foreigners - 50 Chinese and 20 Vietnamese - "
        "and 50 Thais who worked as cleaners."
    )
    raids = _raids(text, fake_gz)
    assert len(raids) == 1
    assert raids[0][0] == {"arrested": 120}
    assert raids[0][1] == {"CN": 50, "VN": 20, "TH": 50}


def test_they_were_among_names_the_group_the_last_sentence_counted(
    fake_gz: FakeGazetteer,
) -> None:
    text = (
        "On Monday, 12 Indonesians deported from Cambodia landed in Jakarta.\n\n"
        "They were among 90 people arrested in January at a casino in Poipet."
    )
    raids = _raids(text, fake_gz)
    assert raids and raids[0][0] == {"arrested": 90}
    assert raids[0][1].get("ID") == 12


def test_that_raid_after_a_deportation_sentence_counts_for_the_raid(
    fake_gz: FakeGazetteer,
) -> None:
    text = (
        "On Monday officials deported 30 Chinese nationals who were arrested in the "
        "January 9 raid on a casino in Poipet.\n\n"
        "That raid rescued more than 300 workers from several countries."
    )
    raids = _raids(text, fake_gz)
    assert raids and raids[0][0].get("rescued") == 300


def test_people_rescued_from_an_abuse_are_its_victims(fake_gz: FakeGazetteer) -> None:
    text = (
        "On Monday, 12 Indonesians who had been locked in a house in Poipet were rescued by police."
    )
    events = extract_article(
        Article(id="t", text=text, published=PUBLISHED),
        gazetteer=fake_gz,  # type: ignore[arg-type]
    ).events
    abuse = [e for e in events if e.type.value == "abuse"]
    assert abuse and abuse[0].people.get("victims") == 12


def test_the_rest_named_without_counts_join_the_thread(fake_gz: FakeGazetteer) -> None:
    text = (
        "Police raided a compound in Sihanoukville on Monday and arrested 90 people.\n\n"
        "Of those, 60 were Chinese. The others were Kenyans and Ugandans."
    )
    raids = _raids(text, fake_gz)
    assert len(raids) == 1
    assert raids[0][1] == {"CN": 60, "KE": None, "UG": None}


def test_nationalities_named_in_passing_do_not_join_the_thread(fake_gz: FakeGazetteer) -> None:
    text = (
        "Police raided a compound in Sihanoukville on Monday and arrested 90 Chinese.\n\n"
        "Kenyan officials said they were watching the case."
    )
    raids = _raids(text, fake_gz)
    assert raids and "KE" not in raids[0][1]
