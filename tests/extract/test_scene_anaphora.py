"""Events whose place the sentence gives only by pointing back ("at the scene", "the same
area", "the relevant camps") or not at all, and countries that are only where the arrested
people come from. All sentences are invented for these tests."""

from __future__ import annotations

import datetime as dt

from extract_helpers import FakeGazetteer, make_article

from geotrack.extract import extract_article
from geotrack.model import Event

PUBLISHED = dt.date(2025, 7, 18)


def _events_of(text: str, gz: FakeGazetteer) -> list[Event]:
    article = make_article(text, id="anaphora", published=PUBLISHED)
    return list(extract_article(article, gazetteer=gz).events)


def _places(events: list[Event], etype: str) -> list[str]:
    return sorted(e.place.name for e in events if e.type.value == etype and e.place is not None)


def test_countries_of_arrested_nationals_are_not_raid_places(fake_gz: FakeGazetteer) -> None:
    events = _events_of(
        "On Tuesday police detained 80 foreign nationals from Vietnam, Indonesia and China "
        "at a casino in Bavet.",
        fake_gz,
    )
    assert _places(events, "raid") == ["Bavet"]


def test_others_from_a_list_of_countries_are_origins(fake_gz: FakeGazetteer) -> None:
    events = _events_of(
        "Police raided an office tower in Poipet on Monday. "
        "They arrested 45 people, including 30 Chinese and others from Laos, Vietnam and "
        "Indonesia.",
        fake_gz,
    )
    assert _places(events, "raid") == ["Poipet"]


def test_a_placeless_tally_after_a_long_list_is_not_the_last_item(
    fake_gz: FakeGazetteer,
) -> None:
    events = _events_of(
        "Cambodia says its fight against fraud gangs is gathering pace. "
        "Between July 1 and July 15, teams visited offices in Phnom Penh and other places, "
        "including Kandal, Kampot, Bavet and Poipet. "
        "In the course of the raids, 900 suspects were arrested.",
        fake_gz,
    )
    tally = [e for e in events if e.type.value == "raid" and 900 in e.people.values()]
    assert [e.place.name for e in tally if e.place is not None] == ["Cambodia"]


def test_at_the_scene_is_the_place_the_story_named(fake_gz: FakeGazetteer) -> None:
    events = _events_of(
        "Twelve Thai workers were freed on Sunday after relatives paid a ransom. "
        "They had been made to work for a betting ring in Sihanoukville. "
        "Once there, they were kept locked in a room. "
        "Their families contacted the Thai embassy for help. "
        "The twelve later flew home from Phnom Penh. "
        "Officers arrested five suspects at the scene.",
        fake_gz,
    )
    assert _places(events, "raid") == ["Sihanoukville"]


def test_the_same_area_is_the_earlier_rescue_place(fake_gz: FakeGazetteer) -> None:
    events = _events_of(
        "Ten Kenyans were rescued from a compound near Poipet on 3 July. "
        "They flew home from Bangkok on Friday. "
        "Last year, 40 Kenyans were rescued from the same area, the ministry said.",
        fake_gz,
    )
    rescues = [e for e in events if e.type.value == "rescue"]
    assert len(rescues) == 2
    assert all(e.place is not None and e.place.name == "Poipet" for e in rescues)


def test_the_relevant_camps_in_a_country_are_the_camps_named_before(
    fake_gz: FakeGazetteer,
) -> None:
    events = _events_of(
        "On 3 July, 15 Kenyans held in scam camps in Bavet were rescued. "
        "About 20 more Kenyans are still being held in the relevant camps in Cambodia.",
        fake_gz,
    )
    held = [e for e in events if e.type.value == "abuse"]
    assert held and all(e.place is not None and e.place.name == "Bavet" for e in held)


def test_a_country_level_deportation_folds_into_the_crossing_of_the_same_group(
    fake_gz: FakeGazetteer,
) -> None:
    events = _events_of(
        "Cambodia deported 45 Kenyans on 3 March, officials said. The group of 45 men was "
        "handed over to Thai officers at the Poipet border crossing; raids in February had "
        "caught them.",
        fake_gz,
    )
    sent = [e for e in events if e.type.value == "deportation"]
    assert len(sent) == 1
    assert sent[0].place is not None and sent[0].place.name == "Poipet"
    assert sent[0].date == dt.date(2025, 3, 3)


def test_a_deportation_without_a_place_starts_where_the_journey_home_began(
    fake_gz: FakeGazetteer,
) -> None:
    events = _events_of(
        "Twelve Kenyans tricked into working for fraud gangs in Cambodia were brought back "
        "to Kenya on Tuesday. "
        "Embassy staff stayed with the group during their 20-hour journey from Poipet to "
        "Nairobi.",
        fake_gz,
    )
    sent = [e for e in events if e.type.value == "deportation"]
    assert [e.place.name for e in sent if e.place is not None] == ["Poipet"]


def test_the_casino_points_back_unless_a_place_follows() -> None:
    from geotrack.extract.events import _SCENE_ANAPHOR_RE

    assert _SCENE_ANAPHOR_RE.search("They said 30 people tried to flee from the casino.")
    assert _SCENE_ANAPHOR_RE.search("Guards at the same casino beat them.")
    assert _SCENE_ANAPHOR_RE.search("They fled from the casino in Bavet.") is None
