"""Event typing, placing, dating and merging on small invented articles (stand-in gazetteer)."""

from __future__ import annotations

import datetime as dt

import pytest
from extract_helpers import FakeGazetteer, fixture_text, make_article
from hypothesis import given, settings
from hypothesis import strategies as st

from geotrack.extract import extract_article, extract_articles
from geotrack.extract.events import detect_types
from geotrack.model import Event, Role

PUBLISHED = dt.date(2025, 7, 18)  # a Friday


def _run(name: str, gz: FakeGazetteer) -> tuple[list[Event], dict[str, str]]:
    article = make_article(fixture_text(name), id=name, published=PUBLISHED)
    result = extract_article(article, gazetteer=gz)
    roles = {m.text: m.role.value for m in result.mentions}
    return list(result.events), roles


def _summary(events: list[Event]) -> list[tuple[str, str | None, int | None]]:
    return [(e.type.value, e.place.name if e.place else None, e.geo_precision) for e in events]


@pytest.mark.parametrize(
    ("sentence", "types"),
    [
        ("Police raided a compound and rescued 40 workers.", ["raid"]),
        ("Twelve Kenyans escaped from the compound on foot.", ["escape"]),
        ("The ministry deported 30 foreigners on Monday.", ["deportation"]),
        ("Soldiers freed 25 trafficking victims from a casino.", ["rescue"]),
        ("The victims were tortured and forced to work 16 hours a day.", ["abuse"]),
        ("There are at least 53 scam compounds operating in the province.", ["compound_report"]),
        ("The prime minister issued a directive ordering police to act.", ["policy"]),
        ("Activists urged the government to rescue the workers.", []),
        ("The opposition called for a crackdown on scam centres.", []),
        ("The ministry is preparing to deport the foreigners.", []),
        ("Police did not raid the compound.", []),
        ("Officers made the casino release 12 more Thai workers.", ["rescue"]),
    ],
)
def test_detect_types(sentence: str, types: list[str]) -> None:
    assert [t[0].value for t in detect_types(sentence)] == types


def test_dateline_is_not_the_event_place(fake_gz: FakeGazetteer) -> None:
    events, roles = _run("dateline.txt", fake_gz)
    assert _summary(events) == [("raid", "Poipet", 1)]
    assert events[0].date == dt.date(2025, 7, 14)
    assert events[0].people == {"arrested": 27}
    assert roles == {"PHNOM PENH": "dateline", "Poipet": "event"}


def test_nationality_and_outlet_names_are_not_places(fake_gz: FakeGazetteer) -> None:
    events, roles = _run("nonplace_names.txt", fake_gz)
    assert roles == {"Bavet": "event"}
    assert _summary(events) == [("rescue", "Bavet", 1)]
    assert events[0].people == {"rescued": 14}
    assert events[0].nationalities == {"TH": 14}


def test_headline_list_gives_no_events_or_mentions(fake_gz: FakeGazetteer) -> None:
    events, roles = _run("headline_list.txt", fake_gz)
    assert _summary(events) == [("raid", "Sihanoukville", 2)]
    assert roles == {"Sihanoukville": "event"}
    assert events[0].people == {"detained": 60}


def test_appended_story_gives_no_events(fake_gz: FakeGazetteer) -> None:
    events, roles = _run("appended_story.txt", fake_gz)
    assert _summary(events) == [("raid", "Bavet", 1)]
    assert events[0].people == {"rescued": 33}
    assert events[0].nationalities == {"ID": 33}
    assert "Yangon" not in roles and "Bangkok" not in roles and "Thailand" not in roles
    assert roles["Phnom Penh"] == "context"


def test_two_places_in_one_sentence(fake_gz: FakeGazetteer) -> None:
    events, _ = _run("two_places.txt", fake_gz)
    assert _summary(events) == [("raid", "Sihanoukville", 1), ("raid", "Bavet", 1)]
    assert {e.date for e in events} == {dt.date(2025, 7, 12)}


def test_list_of_places_gives_one_event_each(fake_gz: FakeGazetteer) -> None:
    events, roles = _run("place_list.txt", fake_gz)
    assert [(t, p) for t, p, _ in _summary(events)] == [
        ("compound_report", "Kampot"),
        ("compound_report", "Poipet"),
        ("compound_report", "Bavet"),
        ("compound_report", "Kandal"),
        ("compound_report", "Phnom Penh"),
    ]
    assert all(e.date == dt.date(2025, 3, 3) for e in events)
    assert set(roles.values()) == {"event"}


def test_address_chain_gives_the_most_specific_place(fake_gz: FakeGazetteer) -> None:
    events, roles = _run("address_chain.txt", fake_gz)
    assert _summary(events) == [("raid", "Tonle Bet", 1)]
    assert events[0].people == {"arrested": 12}
    assert events[0].nationalities == {"CN": 12}
    assert events[0].seized == {"laptops": 40, "phones": 95}
    assert roles == {"Tonle Bet Commune": "event", "Sen Sok District": "event"}


def test_deportation_without_origin_is_country_level(fake_gz: FakeGazetteer) -> None:
    events, _ = _run("deportation.txt", fake_gz)
    assert _summary(events) == [("deportation", "Cambodia", 4)]
    assert events[0].people == {"deported": 57}
    assert events[0].nationalities == {"KE": 45, "UG": 12}
    assert events[0].date_precision.value == "week"


def test_policy_at_country_level(fake_gz: FakeGazetteer) -> None:
    events, _ = _run("policy.txt", fake_gz)
    assert _summary(events) == [("policy", "Cambodia", 4)]
    assert events[0].date == dt.date(2025, 7, 15)


def test_caption_and_body_merge(fake_gz: FakeGazetteer) -> None:
    text = (
        "Police raided a casino compound in Sihanoukville on Tuesday and detained 120 people.\n"
        "Officers seized 300 phones and 45 computers at the site, police said.\n"
        "Suspects detained in Sihanoukville sit on the floor of the compound on Tuesday.\n"
    )
    result = extract_article(make_article(text, published=PUBLISHED), gazetteer=fake_gz)
    (event,) = result.events
    assert event.people == {"detained": 120}
    assert event.seized == {"phones": 300, "computers": 45}
    assert any(e.startswith("merged:") for e in event.evidence)


def test_event_provenance_and_ids(fake_gz: FakeGazetteer) -> None:
    article = make_article(fixture_text("dateline.txt"), id="prov", published=PUBLISHED)
    (event,) = extract_article(article, gazetteer=fake_gz).events
    assert article.text[event.start : event.end] == event.sentence
    assert "cue:raided" in event.evidence
    assert 0 < event.confidence <= 1
    assert event.article_title == article.title and event.published == PUBLISHED
    (again,) = extract_article(article, gazetteer=fake_gz).events
    assert again.id == event.id


def test_no_publication_date_keeps_absolute_dates_only(fake_gz: FakeGazetteer) -> None:
    article = make_article(
        "Police raided a compound in Bavet on July 2, 2025, and on Monday in Poipet.",
        published=None,
    )
    events = extract_article(article, gazetteer=fake_gz).events
    first = events[0]
    assert (first.place.name if first.place else None, first.date) == ("Bavet", dt.date(2025, 7, 2))


def test_batch_records_a_bad_article_and_goes_on(fake_gz: FakeGazetteer) -> None:
    class Broken(FakeGazetteer):
        def resolve(self, text, *, spans=None, focus_country=None):  # type: ignore[no-untyped-def]
            if "boom" in text:
                raise ValueError("index is corrupt")
            return super().resolve(text)

    good = make_article(fixture_text("dateline.txt"), id="good", published=PUBLISHED)
    bad = make_article("boom", id="bad")
    batch = extract_articles([bad, good], gazetteer=Broken())
    assert [s.input for s in batch.skipped] == ["bad"]
    assert "index is corrupt" in batch.skipped[0].reason
    assert len(batch.events) == 1 and len(batch) == 2
    assert all(m.role in (Role.EVENT, Role.CONTEXT, Role.DATELINE) for m in batch.mentions)


def _events_of(text: str, gz: FakeGazetteer, published: dt.date = PUBLISHED) -> list[Event]:
    return list(extract_article(make_article(text, published=published), gazetteer=gz).events)


def test_breakdown_in_the_next_sentence_joins_the_event(fake_gz: FakeGazetteer) -> None:
    (event,) = _events_of(
        "Police rescued 60 workers from a compound in Bavet on Monday.\n"
        "The group included 41 Indonesians and 19 Kenyans, officials said.\n",
        fake_gz,
    )
    assert event.people == {"rescued": 60}
    assert event.nationalities == {"ID": 41, "KE": 19}


def test_one_person_story_goes_on_with_he(fake_gz: FakeGazetteer) -> None:
    events = _events_of(
        "A 19-year-old Kenyan survivor said he was trafficked to a compound in Poipet in 2023.\n"
        "After almost a year, he escaped by climbing over a wall.\n",
        fake_gz,
    )
    escape = next(e for e in events if e.type.value == "escape")
    assert escape.people == {"escaped": 1}
    assert escape.nationalities == {"KE": 1}
    assert escape.date == dt.date(2024, 1, 1)


def test_participle_adjective_is_not_a_new_event(fake_gz: FakeGazetteer) -> None:
    events = _events_of(
        "Police raided a casino in Bavet on Monday and freed 80 workers.\n"
        "On Wednesday, 50 of the rescued foreigners were deported to China.\n",
        fake_gz,
    )
    assert [e.type.value for e in events] == ["raid", "deportation"]
    assert events[1].people == {"deported": 50}
    # Deported from where the story's raid was (the thread), not from the destination.
    assert events[1].place is not None and events[1].place.name == "Bavet"


def test_a_count_for_several_places_is_not_copied_to_each(fake_gz: FakeGazetteer) -> None:
    events = _events_of(
        "Officials said 900 Indonesians had been repatriated from Cambodia, Myanmar and Laos since 2020.",
        fake_gz,
    )
    assert [e.place.name for e in events if e.place] == ["Cambodia", "Myanmar", "Laos"]
    assert all(e.people == {} for e in events)


def test_landmark_after_near_is_not_another_scene(fake_gz: FakeGazetteer) -> None:
    (event,) = _events_of(
        "Police raided a compound in Poipet near Bavet on Monday, detaining 30 people.", fake_gz
    )
    assert event.place is not None and event.place.name == "Poipet"


def test_release_after_a_raid_is_that_raid(fake_gz: FakeGazetteer) -> None:
    (event,) = _events_of(
        "Police raided a building in Sen Sok District on Monday and found 21 Kenyan workers.\n"
        "The workers were freed and given shelter.\n",
        fake_gz,
    )
    assert event.type.value == "raid"


def test_handover_to_an_embassy_is_a_deportation(fake_gz: FakeGazetteer) -> None:
    events = _events_of(
        "Police raided a building in Sen Sok District on Monday and found 21 Kenyan workers.\n"
        "On Wednesday, 15 of the workers were handed over to their embassy.\n",
        fake_gz,
    )
    assert [e.type.value for e in events] == ["raid", "deportation"]
    assert events[1].people == {"deported": 15}
    assert events[1].place is not None and events[1].place.name == "Sen Sok"


def test_headline_and_body_about_one_raid_merge(fake_gz: FakeGazetteer) -> None:
    (event,) = _events_of(
        "Police arrest 57 in Sihanoukville casino raid\n"
        "Police arrested 57 foreigners at the Golden Fortune Park complex on Wednesday night, an official said.\n",
        fake_gz,
    )
    assert event.place is not None and event.place.name == "Golden Fortune Park"
    assert event.people == {"arrested": 57}


def test_two_workers_give_the_same_result(fake_gz: FakeGazetteer) -> None:
    articles = [
        make_article(fixture_text(name), id=name)
        for name in ("dateline.txt", "two_places.txt", "address_chain.txt", "policy.txt")
    ]
    one = extract_articles(articles, gazetteer=fake_gz, workers=1)
    two = extract_articles(articles, gazetteer=fake_gz, workers=2)
    assert [e.id for e in two.events] == [e.id for e in one.events]
    assert [(m.text, m.role) for m in two.mentions] == [(m.text, m.role) for m in one.mentions]


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "Police raided a compound in Bavet on Monday and detained 40 Kenyans.",
                "PHNOM PENH — ",
                "Related Articles\n",
                "Officials said 12 people were rescued in Poipet last week.",
                "The government issued a directive on Tuesday.",
                "\n",
                "Thailand arrests 50 in Mae Sot raid\n",
                "Scam centres are operating in Kampot, Poipet and Bavet.",
            ]
        ),
        max_size=12,
    ).map("".join),
    st.one_of(st.none(), st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2030, 12, 31))),
)
def test_extract_article_holds_its_invariants(text: str, published: dt.date | None) -> None:
    result = extract_article(make_article(text, published=published), gazetteer=FakeGazetteer())
    for event in result.events:
        assert text[event.start : event.end] == event.sentence
        assert (event.date is None) == (event.date_precision.value == "unknown")
    for mention in result.mentions:
        assert text[mention.start : mention.end] == mention.text


def test_this_town_is_the_dateline_town(fake_gz: FakeGazetteer) -> None:
    (event,) = _events_of(
        "POIPET — Police raided a casino on the edge of this border town on Monday and detained 31 people.",
        fake_gz,
    )
    assert event.place is not None and event.place.name == "Poipet"
    assert "place:dateline-town" in event.evidence


def test_handed_over_to_a_country_is_a_deportation(fake_gz: FakeGazetteer) -> None:
    (event,) = _events_of("On Monday, Cambodia handed over 19 fraud suspects to China.", fake_gz)
    assert event.type.value == "deportation"
    assert event.people == {"deported": 19}


def test_deadline_is_not_an_anchor_and_since_is_not_the_date(fake_gz: FakeGazetteer) -> None:
    events = _events_of(
        "The government ordered all casinos in Bavet to close by August 10.\n"
        "Since 2023, more than 900 Kenyans have been deported from Cambodia, officials said on Monday.\n",
        fake_gz,
    )
    deportation = next(e for e in events if e.type.value == "deportation")
    assert deportation.date == dt.date(2025, 7, 14)


def test_caption_day_does_not_refine_a_month_date(fake_gz: FakeGazetteer) -> None:
    events = _events_of(
        "Police raided a casino in Bavet on Monday and freed 80 workers.\n\n"
        "The Interior Ministry earlier this month gave Chinese firms in Bavet until the end "
        "of the month to register their staff or face closure.\n\n"
        "Photo: Workers freed from the Bavet casino wait at a checkpoint on July 16 with their "
        "bags.\n",
        fake_gz,
    )
    policy = next(e for e in events if e.type.value == "policy")
    # The caption's day dates its picture, not the ministry's order.
    assert policy.date_precision.value == "month"
    assert policy.date == dt.date(2025, 7, 1)


def test_rescue_without_a_scene_after_a_raid_is_that_raid(fake_gz: FakeGazetteer) -> None:
    events = _events_of(
        "Police raided a compound in Bavet on Monday and detained 90 foreigners.\n\n"
        "Of those detained, 60 are Chinese, officials said. Twelve local workers found "
        "inside were freed and taken to a shelter office in Phnom Penh.\n",
        fake_gz,
    )
    assert [e.type.value for e in events] == ["raid"]
    assert events[0].people.get("rescued") == 12


def test_people_described_by_origin_are_not_a_scene(fake_gz: FakeGazetteer) -> None:
    events = _events_of(
        "Police raided a compound in Bavet on Monday and detained 90 foreigners.\n\n"
        "Officers seized 300 phones. The police said 20 of those found, mostly young women "
        "from Vietnam and Laos, were victims and were rescued.\n",
        fake_gz,
    )
    assert {e.place.name for e in events if e.place} == {"Bavet"}


def test_a_comparison_and_a_back_reference_are_not_new_raids(fake_gz: FakeGazetteer) -> None:
    events = _events_of(
        "Police raided a compound in Bavet on Monday, in what officials called one of the "
        "largest operations against a scam hub outside Phnom Penh.\n\n"
        "The ministry also opened a new office in Sihanoukville to handle fraud cases.\n\n"
        "Activists praised the raids but asked for better screening of victims.\n",
        fake_gz,
    )
    assert [(e.type.value, e.place.name if e.place else None) for e in events] == [
        ("raid", "Bavet")
    ]
