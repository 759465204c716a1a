"""Seventh-session mechanisms, in sentences written for these tests: month ranges,
birth years, a person's home town, a country that receives its own deportees, a
deportation told as "returned N nationals to", and a city's initials."""

from __future__ import annotations

import datetime as dt

import pytest
from extract_helpers import FakeGazetteer, make_article

from geotrack.extract import extract_article
from geotrack.extract.dates import find_dates
from geotrack.model import Event

PUBLISHED = dt.date(2024, 7, 10)


def _events(text: str, gz: FakeGazetteer) -> list[Event]:
    article = make_article(text, id="gen7", published=PUBLISHED)
    return list(extract_article(article, gazetteer=gz).events)


@pytest.mark.parametrize(
    ("phrase", "day"),
    [
        ("In October and November 2023, troops cleared the compounds.", "2023-10-01"),
        ("from January to March 2024 police arrested 300", "2024-01-01"),
        ("between December and February 2024", "2023-12-01"),
        ("from May through June 2022", "2022-05-01"),
    ],
)
def test_a_month_range_is_one_period_dated_by_its_first_month(phrase: str, day: str) -> None:
    (found,) = find_dates(phrase, published=PUBLISHED)
    assert (found.date.isoformat(), found.precision.value) == (day, "month")


def test_two_months_in_separate_phrases_stay_two_dates() -> None:
    found = find_dates("raided in March and again in May 2024", published=PUBLISHED)
    assert [d.date.isoformat() for d in found] == ["2024-03-01", "2024-05-01"]


@pytest.mark.parametrize("birth", ["born in 1998", "born on May 3, 2001", "born 1996"])
def test_a_birth_date_is_not_a_date_of_the_story(birth: str) -> None:
    found = find_dates(f"Police arrested a man, {birth}, on Monday.", published=PUBLISHED)
    assert [d.text for d in found] == ["on Monday"]


def test_a_suspects_home_is_not_where_the_raid_was(fake_gz: FakeGazetteer) -> None:
    (event,) = _events(
        "Police in Phnom Penh arrested three recruiters on Monday, one of them residing in Kampot.",
        fake_gz,
    )
    assert event.place is not None and event.place.name == "Phnom Penh"


def test_a_country_is_not_where_its_own_people_were_deported_from(
    fake_gz: FakeGazetteer,
) -> None:
    text = (
        "Indonesia has repatriated 200 Indonesians who had worked in scam compounds, "
        "officials said on Tuesday."
    )
    events = [e for e in _events(text, fake_gz) if e.type.value == "deportation"]
    assert all(e.place is None or e.place.country != "ID" for e in events)


def test_returned_nationals_to_a_border_town_is_a_deportation(fake_gz: FakeGazetteer) -> None:
    events = _events(
        "Myanmar authorities returned 151 Thai nationals to Mae Sot on Tuesday.", fake_gz
    )
    assert "deportation" in {e.type.value for e in events}


def test_a_citys_initials_are_the_city() -> None:
    from gazetteer import Gazetteer

    (found,) = Gazetteer.default().resolve("HCMC police broke up a trafficking ring.")
    assert found.place is not None and found.place.name == "Ho Chi Minh City"


def test_a_surname_after_a_middle_initial_is_a_person() -> None:
    from gazetteer import Gazetteer

    found = Gazetteer.default().resolve(
        "The warrant was issued by Judge Maria Belinda C. Rama on Monday."
    )
    assert all(r.place is None for r in found if r.span.text == "Rama")


def test_a_place_as_the_agent_of_a_passive_is_not_the_scene(fake_gz: FakeGazetteer) -> None:
    events = _events(
        "Thai police raided a house in Bangkok on Monday. The owner had first been arrested "
        "in August 2022 on a warrant requested by China.",
        fake_gz,
    )
    places = {e.place.name for e in events if e.place is not None}
    assert "Bangkok" in places and "China" not in places


def test_police_of_a_town_after_by_are_still_the_scene(fake_gz: FakeGazetteer) -> None:
    (event,) = _events("Eleven workers were rescued by Poipet police on Monday.", fake_gz)
    assert event.place is not None and event.place.name == "Poipet"


def test_the_peoples_nationality_weighs_less_than_the_places_of_the_story() -> None:
    # Three places in Cambodia, China named once, and five "Chinese": the story is in
    # Cambodia, about Chinese suspects.
    from gazetteer import Gazetteer
    from geotrack.extract.events import _focus_country
    from geotrack.model import Role
    from geotrack.resolve.roles import PlaceSpan

    gz = Gazetteer.default()

    def span(name: str) -> PlaceSpan:
        (found,) = gz.resolve(f"in {name}")
        return PlaceSpan(0, 1, name, found.place, 1.0, (), "place", Role.CONTEXT)

    spans = [span("Phnom Penh"), span("Sen Sok"), span("Sihanoukville"), span("China")]
    focus = _focus_country(spans, gz.country, ["CN"] * 5)
    assert focus is not None and focus.country == "KH"


def test_where_people_may_be_deported_to_is_no_scene(fake_gz: FakeGazetteer) -> None:
    events = _events(
        "Police raided two houses in Phnom Penh on Monday and arrested 40 people. The 40 "
        "arrested are being detained and will be deported to China this week.",
        fake_gz,
    )
    assert all(e.place is None or e.place.name != "China" for e in events)


@pytest.mark.parametrize(
    "ran", ["ran from the casino", "ran out of the compound", "run away from their building"]
)
def test_running_from_a_compound_is_an_escape(ran: str, fake_gz: FakeGazetteer) -> None:
    events = _events(f"On Saturday, 56 Vietnamese workers {ran} in Bavet.", fake_gz)
    assert [e.type.value for e in events] == ["escape"]
