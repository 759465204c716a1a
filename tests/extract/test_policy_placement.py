"""Where a policy is put and when it is dated: the zone a deadline is aimed at, a measure
told again, a check launched as it is announced, a government warning its own people.
All sentences are invented for these tests."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from extract_helpers import FakeGazetteer, make_article

from geotrack.extract import extract_article
from geotrack.model import Event, EventType

PUBLISHED = dt.date(2025, 7, 18)


def _policies(text: str, gz: FakeGazetteer, title: str | None = None) -> list[Event]:
    article = make_article(text, id="policy-placement", published=PUBLISHED)
    if title is not None:
        article = replace(article, title=title)
    events = extract_article(article, gazetteer=gz).events
    return [e for e in events if e.type is EventType.POLICY]


def test_a_deadline_given_to_firms_in_the_zone_is_put_at_the_zone(fake_gz: FakeGazetteer) -> None:
    text = (
        "Police raided Golden Fortune Park on 14 July 2025 and held 300 workers.\n\n"
        "Officials in Cambodia have told the companies in the Chinese-run special economic "
        "zone that they have until Friday to shut down."
    )
    (policy,) = _policies(text, fake_gz)
    assert policy.place is not None and policy.place.name == "Golden Fortune Park"


def test_a_closure_order_told_again_is_not_a_second_policy(fake_gz: FakeGazetteer) -> None:
    text = (
        "Cambodia ordered the closure of all casinos in Poipet on 10 July 2025.\n\n"
        "The government's closure order came after a meeting between officials in Kampot "
        "and the casino owners on 8 July."
    )
    policies = _policies(text, fake_gz)
    assert len(policies) == 1
    assert all(p.place is not None and p.place.name != "Kampot" for p in policies)


def test_the_people_at_a_meeting_are_not_where_a_measure_is_aimed(fake_gz: FakeGazetteer) -> None:
    text = (
        "The Interior Ministry issued a directive on 10 July 2025 after a meeting between "
        "the Kampot governor and police chiefs."
    )
    (policy,) = _policies(text, fake_gz)
    assert policy.place is not None and policy.place.name != "Kampot"


def test_a_check_launched_as_it_is_announced_takes_the_statement_day(
    fake_gz: FakeGazetteer,
) -> None:
    text = (
        "Police raided a casino in Poipet on 10 July 2025 and arrested 20 people.\n\n"
        "Cambodia said on Wednesday that it was helping foreign workers lured by gangs. "
        "The interior minister said the ministry was launching a nationwide check of every "
        "foreigner living in Cambodia."
    )
    (policy,) = _policies(text, fake_gz)
    assert policy.place is not None and policy.place.name == "Cambodia"
    assert policy.date == dt.date(2025, 7, 16)


def test_a_measure_the_lead_announces_is_the_news_of_the_day(fake_gz: FakeGazetteer) -> None:
    text = (
        "The government of Cambodia will set up a national committee to fight online "
        "fraud, an official said.\n\n"
        "The body is to report to the prime minister every month."
    )
    (policy,) = _policies(text, fake_gz)
    assert policy.place is not None and policy.place.name == "Cambodia"
    assert policy.date == PUBLISHED


def test_a_measure_announced_later_in_the_story_stays_background(
    fake_gz: FakeGazetteer,
) -> None:
    text = (
        "Police raided a casino in Poipet on 10 July 2025 and arrested 20 people.\n\n"
        "The government of Cambodia will set up a national committee to fight online fraud."
    )
    assert _policies(text, fake_gz) == []


def test_an_advisory_warning_a_nationality_belongs_to_their_government(
    fake_gz: FakeGazetteer,
) -> None:
    text = (
        "Police in Poipet freed 40 Thais from a compound on 12 July 2025.\n\n"
        "On Tuesday the foreign ministry issued an advisory cautioning Thais "
        "against job offers in Cambodia."
    )
    (policy,) = _policies(text, fake_gz)
    assert policy.place is not None and policy.place.country == "TH"


def test_a_rule_for_people_leaving_for_jobs_is_the_headline_people_s(
    fake_gz: FakeGazetteer,
) -> None:
    text = (
        "Forty Indonesians held in a Poipet compound came home on 15 July 2025.\n\n"
        "On Wednesday the cabinet approved a proposal requiring anyone leaving for a job in "
        "Cambodia or Thailand to register first."
    )
    (policy,) = _policies(text, fake_gz, title="Forty Indonesians freed from Cambodian camp")
    assert policy.place is not None and policy.place.country == "ID"


def test_a_provincial_security_department_campaign_stays_with_the_province(
    fake_gz: FakeGazetteer,
) -> None:
    text = (
        "The Kampot provincial public security department launched a special campaign "
        "against fraud on 3 July 2025, setting up checkpoints on the roads to Poipet and Bavet."
    )
    (policy,) = _policies(text, fake_gz)
    assert policy.place is not None and policy.place.name == "Kampot"


def _deportations(text: str, gz: FakeGazetteer) -> list[Event]:
    article = make_article(text, id="deport-placement", published=PUBLISHED)
    events = extract_article(article, gazetteer=gz).events
    return [e for e in events if e.type is EventType.DEPORTATION]


def test_people_handed_over_to_a_country_are_not_deported_from_its_towns(
    fake_gz: FakeGazetteer,
) -> None:
    text = (
        "Cambodian police raided a casino in Poipet on 1 July 2025. Cambodia said more raids "
        "would follow across Cambodia.\n\n"
        "Thai police raided a call centre in Mae Sot on 3 July 2025 and arrested 12 people.\n\n"
        "Some 900 suspects were handed over to Thailand last year, officials said."
    )
    deported = _deportations(text, fake_gz)
    assert deported
    assert all(e.place is not None and e.place.country != "TH" for e in deported)


def test_pressure_from_a_capital_is_not_where_people_were_deported(
    fake_gz: FakeGazetteer,
) -> None:
    text = (
        "Under pressure from Bangkok, Cambodian police stepped up deportations of Thai "
        "workers on 4 July 2025."
    )
    deported = _deportations(text, fake_gz)
    assert all(e.place is not None and e.place.name != "Bangkok" for e in deported)
