"""More policy and abuse cues, and landmarks / arrival places that are not event scenes.

All sentences are invented for these tests.
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
    article = make_article(text, id="cues-more", published=PUBLISHED)
    return list(extract_article(article, gazetteer=gz).events)


def _types(sentence: str) -> list[str]:
    return sorted({t.value for t, *_ in detect_types(sentence)})


@pytest.mark.parametrize(
    "sentence",
    [
        "Bangkok switched off power and internet links to three frontier districts on Tuesday.",
        "The government halted fuel deliveries and stopped electricity to the zone.",
        "The home minister ordered every provincial governor to close the gaming halls.",
        "The premier ordered provincial police to shut the suspect buildings.",
        "The regulator suspended the licences of 12 online casino operators.",
        "Officials revoked the gaming licenses held by two firms.",
        "A district police chief was suspended over alleged links to fraud syndicates.",
        "Four immigration officers were dismissed for ties to the gangs.",
        "The cabinet created a national task force against online fraud.",
        "Lawmakers adopted a new law on cyber fraud.",
    ],
)
def test_policy_actions_are_policy(sentence: str) -> None:
    assert "policy" in _types(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Guards hit the workers with electric batons.",
        "The men were starved for days when they missed targets.",
        "Several workers were locked up in a windowless room.",
        "The women were sold between compounds by their bosses.",
        "He was later resold to another gang across the river.",
        "She said she had been held against her will for eight months.",
        "A young worker was found dead below the building.",
        "Two of the women were sexually abused by managers.",
        "Those who refused were beaten and tortured.",
    ],
)
def test_abuse_cues(sentence: str) -> None:
    assert "abuse" in _types(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Police raided a hotel and detained 20 suspects.",
        "The team searched the office and seized 40 phones.",
        "The minister said the economy grew last year.",
    ],
)
def test_no_spurious_policy_or_abuse(sentence: str) -> None:
    assert not {"policy", "abuse"} & set(_types(sentence))


def test_power_cut_is_a_dated_country_policy(fake_gz: FakeGazetteer) -> None:
    events = _events_of(
        "On Monday, Thailand halted electricity and internet supplies to the frontier.", fake_gz
    )
    policy = [e for e in events if e.type.value == "policy"]
    assert len(policy) == 1
    assert policy[0].place is not None and policy[0].place.name == "Thailand"
    assert policy[0].date == dt.date(2025, 7, 14)


def test_official_suspended_over_links_is_policy(fake_gz: FakeGazetteer) -> None:
    events = _events_of(
        "On Tuesday, Cambodia suspended a provincial police chief over links to scam gangs.",
        fake_gz,
    )
    assert [e.type.value for e in events] == ["policy"]
    assert events[0].place is not None and events[0].place.name == "Cambodia"


def test_abuse_is_placed_where_the_sentence_says(fake_gz: FakeGazetteer) -> None:
    events = _events_of("Workers were starved and beaten at a compound in Poipet.", fake_gz)
    abuse = [e for e in events if e.type.value == "abuse"]
    assert len(abuse) == 1
    assert abuse[0].place is not None and abuse[0].place.name == "Poipet"


def test_border_landmark_is_not_the_raid_place(fake_gz: FakeGazetteer) -> None:
    (event,) = _events_of(
        "On Monday police raided a casino in Bavet, close to the border with Vietnam, "
        "detaining 25 people.",
        fake_gz,
    )
    assert event.type.value == "raid"
    assert event.place is not None and event.place.name == "Bavet"


def test_landmark_before_the_site_does_not_win(fake_gz: FakeGazetteer) -> None:
    (event,) = _events_of(
        "Along the border with Thailand, police raided a building in Poipet on Monday.", fake_gz
    )
    assert event.place is not None and event.place.name == "Poipet"


def test_arrival_airport_is_not_a_raid_place(fake_gz: FakeGazetteer) -> None:
    events = _events_of(
        "Police raided a compound in Sihanoukville on Monday.\n"
        "Two organisers were later arrested on arrival at Bangkok airport.\n",
        fake_gz,
    )
    raids = [e for e in events if e.type.value == "raid"]
    assert raids
    assert all(e.place is not None and e.place.name != "Bangkok" for e in raids)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("A casino in Bavet, close to the Vietnam border, was raided on Monday.", "Bavet"),
        ("A building in Poipet was raided on Monday along the border with Thailand.", "Poipet"),
    ],
)
def test_landmark_around_the_cue_is_not_the_place(
    text: str, place: str, fake_gz: FakeGazetteer
) -> None:
    raids = [e for e in _events_of(text, fake_gz) if e.type.value == "raid"]
    assert len(raids) == 1
    assert raids[0].place is not None and raids[0].place.name == place


@pytest.mark.parametrize(
    "sentence",
    [
        "Most of the 30 recruits had been subjected to labour exploitation by a gang in Bavet.",
        "She said the managers forced her into scamming strangers online.",
        "He was kept on the site against his will for eight months.",
        "Workers who fell short of targets faced harsh punishments, the group said.",
    ],
)
def test_more_abuse_wordings(sentence: str) -> None:
    assert "abuse" in _types(sentence)


def test_a_firm_forced_into_bankruptcy_is_not_abuse() -> None:
    assert _types("The firm was forced into bankruptcy last year.") == []
