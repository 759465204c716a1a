"""Where an event is put, and at which geo_precision, in phrasings the development articles
did not use. All sentences are invented for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from extract_helpers import PLACES, FakeGazetteer, make_article

from gazetteer.place import Level, Place
from geotrack.extract import extract_article
from geotrack.extract.events import _drop_ancestors
from geotrack.model import Event, Role
from geotrack.resolve.roles import PlaceSpan

PUBLISHED = dt.date(2025, 7, 18)


def _events_of(text: str, gz: FakeGazetteer) -> list[Event]:
    article = make_article(text, id="placement", published=PUBLISHED)
    return list(extract_article(article, gazetteer=gz).events)


def test_a_site_near_a_town_is_precision_2(fake_gz: FakeGazetteer) -> None:
    (event,) = _events_of("Troops raided a gambling den near Poipet on Monday.", fake_gz)
    assert event.place is not None and event.place.name == "Poipet"
    assert event.geo_precision == 2


def test_the_town_area_is_precision_2(fake_gz: FakeGazetteer) -> None:
    (event,) = _events_of("Police raided two hotels in the Bavet area on Monday.", fake_gz)
    assert event.place is not None and event.place.name == "Bavet"
    assert event.geo_precision == 2


def test_a_town_named_as_the_place_is_precision_1(fake_gz: FakeGazetteer) -> None:
    (event,) = _events_of("Police raided two hotels in Bavet on Monday.", fake_gz)
    assert event.geo_precision == 1


def test_a_country_named_as_the_actor_is_not_the_scene(fake_gz: FakeGazetteer) -> None:
    (event,) = _events_of(
        "Thailand police raided a warehouse close to Poipet on Monday and held 12 men.", fake_gz
    )
    assert event.place is not None and event.place.name == "Poipet"
    assert event.geo_precision == 2


def test_gangs_operating_from_a_list_give_one_report_per_place(fake_gz: FakeGazetteer) -> None:
    events = _events_of(
        "Investigators say fraud syndicates operate from Poipet, Bavet and Sihanoukville.",
        fake_gz,
    )
    reports = [e for e in events if e.type.value == "compound_report"]
    assert sorted(e.place.name for e in reports if e.place is not None) == [
        "Bavet",
        "Poipet",
        "Sihanoukville",
    ]


def _span(text: str, start: int, place: Place) -> PlaceSpan:
    return PlaceSpan(start, start + len(text), text, place, 1.0, (), "place", Role.CONTEXT)


def test_a_province_named_after_a_town_only_locates_it() -> None:
    text = "a hub in Bamban, Tarlac, was raided"
    town = Place(
        id="t:bamban", name="Bamban", level=Level.TOWN, country="PH", lat=15.27, lon=120.57,
        geo_precision=1, admin1="Tarlac", admin2="Bamban", source="test",
    )  # fmt: skip
    # The gazetteer read "Tarlac" as the city, not the province: the name still locates.
    city = Place(
        id="t:tarlac", name="Tarlac City", level=Level.TOWN, country="PH", lat=15.48,
        lon=120.59, geo_precision=1, admin1="Central Luzon", source="test",
    )  # fmt: skip
    spans = [_span("Bamban", 9, town), _span("Tarlac", 17, city)]
    kept, parts = _drop_ancestors(spans, spans, text)
    assert [s.text for s in kept] == ["Bamban"]
    assert [s.text for s in parts] == ["Tarlac"]


def test_two_towns_in_a_list_stay_two() -> None:
    text = "raids in Poipet, Bavet on Monday"
    spans = [_span("Poipet", 9, PLACES["poipet"]), _span("Bavet", 17, PLACES["bavet"])]
    kept, _parts = _drop_ancestors(spans, spans, text)
    assert [s.text for s in kept] == ["Poipet", "Bavet"]


def test_a_colon_list_gives_one_report_per_bulleted_place(fake_gz: FakeGazetteer) -> None:
    text = (
        "The watchdog published its survey on Monday.\n\n"
        "The survey names the main hubs it could confirm:\n\n"
        "- Cambodia: Poipet and Bavet, near the borders.\n"
        "- Thailand: Mae Sot.\n\n"
        "The authors thank their sources."
    )
    reports = [e for e in _events_of(text, fake_gz) if e.type.value == "compound_report"]
    assert sorted(e.place.name for e in reports if e.place is not None) == [
        "Bavet",
        "Mae Sot",
        "Poipet",
    ]


def test_countries_in_a_nationality_count_are_not_raid_places(fake_gz: FakeGazetteer) -> None:
    text = (
        "Police raided a casino in Poipet on Monday. "
        "Of the 90 people arrested, 50 were Chinese, with the rest from Vietnam (30) "
        "and Thailand (10)."
    )
    raids = [e for e in _events_of(text, fake_gz) if e.type.value == "raid"]
    assert {e.place.name for e in raids if e.place is not None} == {"Poipet"}


def test_a_place_in_an_after_clause_is_not_the_raid_scene(fake_gz: FakeGazetteer) -> None:
    text = (
        "Police raided a building in Bavet on Sunday. "
        "Officers raided the company's office again on Monday after a worker's mother "
        "called police in Phnom Penh for help."
    )
    raids = [e for e in _events_of(text, fake_gz) if e.type.value == "raid"]
    assert "Phnom Penh" not in {e.place.name for e in raids if e.place is not None}


def test_a_headline_placing_nothing_leaves_the_place_to_the_body(
    fake_gz: FakeGazetteer,
) -> None:
    text = (
        "Forty workers freed from gambling den return home\n\n"
        "Police said on Monday that forty Indonesians held in a casino in Poipet had been "
        "flown home after a raid on the building last week."
    )
    rescues = [e for e in _events_of(text, fake_gz) if e.type.value == "rescue"]
    assert all(e.place is None or e.place.name != "Cambodia" for e in rescues)


def test_a_placeless_abuse_sentence_takes_the_paragraphs_place(fake_gz: FakeGazetteer) -> None:
    text = (
        "Officials in Jakarta said the workers were brought to a tower block in Bavet. "
        "Two of them died after beatings in May."
    )
    abuse = [e for e in _events_of(text, fake_gz) if e.type.value == "abuse"]
    assert [e.place.name for e in abuse if e.place is not None] == ["Bavet"]


def test_a_report_about_a_whole_region_is_background(fake_gz: FakeGazetteer) -> None:
    region = Place(
        id="r:sea", name="Southeast Asia", level=Level.REGION, country=None, lat=5.0,
        lon=110.0, geo_precision=3, source="test",
    )  # fmt: skip

    class RegionGazetteer(FakeGazetteer):
        def scan(self, text):  # type: ignore[no-untyped-def]
            spans = super().scan(text)
            at = text.find("Southeast Asia")
            if at >= 0:
                spans.append(type(spans[0])(at, at + 14, "Southeast Asia", "place", (region,)))
            return sorted(spans, key=lambda s: s.start)

    events = _events_of(
        "Police raided a casino in Bavet on Monday. A report on Monday said scam centres in "
        "Southeast Asia were growing.",
        RegionGazetteer(),
    )
    assert all(e.place is None or e.place.name != "Southeast Asia" for e in events)


def test_compounds_around_a_town_are_precision_2(fake_gz: FakeGazetteer) -> None:
    events = _events_of(
        "On Monday officials said 40 workers were still held in compounds around Poipet.",
        fake_gz,
    )
    abuse = [e for e in events if e.type.value == "abuse"]
    assert [e.geo_precision for e in abuse] == [2]


def test_the_raiding_polices_province_yields_to_the_threads_town(fake_gz: FakeGazetteer) -> None:
    text = (
        "Dozens of workers were trapped in a casino in Sihanoukville, relatives said on "
        "Sunday. Preah Sihanouk provincial police raided the casino on Monday and detained 12."
    )
    raids = [e for e in _events_of(text, fake_gz) if e.type.value == "raid"]
    assert [e.place.name for e in raids if e.place is not None] == ["Sihanoukville"]


def test_the_airport_town_people_landed_in_is_not_a_deportation_place(
    fake_gz: FakeGazetteer,
) -> None:
    events = _events_of(
        "Cambodia deported 30 Thais from Poipet on Monday. "
        "They arrived at an airport in Bangkok on Tuesday.",
        fake_gz,
    )
    places = {e.place.name for e in events if e.type.value == "deportation" and e.place}
    assert places == {"Poipet"}


@pytest.mark.parametrize(
    "text",
    [
        "Thailand questioned 20 Thais on Wednesday. Thai police said the men had worked for a "
        "scam ring. The men were carried on a charter flight to Thailand on Wednesday night.",
        "Indonesia thanked Thailand on Monday. The 40 Indonesians were first sent to Mae Sot, "
        "before being flown back to Indonesia on several chartered flights.",
    ],
)
def test_the_country_people_were_flown_back_to_is_not_the_sender(
    text: str, fake_gz: FakeGazetteer
) -> None:
    events = _events_of(text, fake_gz)
    assert not [
        e
        for e in events
        if e.type.value == "deportation" and e.place and e.place.level is Level.COUNTRY
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Some 700 Chinese were arrested last week in a joint China and Cambodia police "
        "operation, which targeted two scam sites in Preah Sihanouk.",
        "More than 7,000 people were held in Poipet following a crackdown against fraud compounds "
        "by Thailand, Cambodia and China.",
    ],
)
def test_countries_taking_part_in_an_operation_are_not_its_scene(
    text: str, fake_gz: FakeGazetteer
) -> None:
    events = _events_of(text, fake_gz)
    assert [e.place.level for e in events if e.place] == [
        Level.PROVINCE if "Sihanouk" in text else Level.TOWN
    ]


def test_agencies_in_a_list_of_countries_are_partners(fake_gz: FakeGazetteer) -> None:
    events = _events_of(
        "Chinese police have worked with law enforcement agencies in Laos, Cambodia and "
        "Myanmar this year, and arrested over 300 suspects.",
        fake_gz,
    )
    assert len(events) <= 1
    assert all("place:sentence" not in e.evidence for e in events)


def test_a_countrys_task_force_is_a_speaker(fake_gz: FakeGazetteer) -> None:
    events = _events_of(
        "The figure contradicts a statement from Thailand's Suranaree Task Force that "
        "Cambodian officials rescued 19 Thais on Saturday from a casino near the border.",
        fake_gz,
    )
    assert all("place:sentence" not in e.evidence for e in events)
