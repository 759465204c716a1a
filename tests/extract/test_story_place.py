"""A raid, rescue, escape, abuse or compound report that its sentence only puts in a
country happened at the one place there the story is about: named in its headline or lead,
and named more than any other place of that country (sentences written for these tests)."""

from __future__ import annotations

import datetime as dt

from extract_helpers import event_places

from gazetteer import Gazetteer
from geotrack.model import EventType


def _places(gaz: Gazetteer, text: str, etype: EventType) -> list[str]:
    return event_places(gaz, text, etype, dt.date(2024, 3, 12))


STORY = (
    "Soldiers stormed a compound in Shwe Kokko on Sunday and detained 300 workers, "
    "officials said.\n\n"
    "The Shwe Kokko compound had been run by a militia for three years.\n\n"
    "Five Thai workers said they had been beaten inside buildings in Myanmar before the "
    "operation."
)


def test_country_of_the_sentence_becomes_the_story_place(gaz: Gazetteer) -> None:
    assert _places(gaz, STORY, EventType.ABUSE) == ["Shwe Kokko"]


def test_the_whole_country_stays_the_country(gaz: Gazetteer) -> None:
    text = STORY.replace("inside buildings in Myanmar", "in compounds across Myanmar")
    assert _places(gaz, text, EventType.ABUSE) == ["Myanmar"]


def test_a_story_split_between_two_places_leaves_the_country(gaz: Gazetteer) -> None:
    # (the sentence before the abuse names no place: see _place_just_before)
    text = STORY.replace("The Shwe Kokko compound had", "The compound had") + (
        "\n\nIn Tachileik, police raided two casinos on Monday.\n\n"
        "Officers in Tachileik said the casinos had been shut."
    )
    assert _places(gaz, text, EventType.ABUSE) == ["Myanmar"]


def test_the_capital_is_not_the_story_place(gaz: Gazetteer) -> None:
    text = (
        "Officials in Phnom Penh said on Monday that 40 workers had been freed from a hotel.\n\n"
        "The ministry in Phnom Penh gave no further details.\n\n"
        "Rights groups say workers are beaten in scam compounds in Cambodia every week."
    )
    assert "Phnom Penh" not in _places(gaz, text, EventType.ABUSE)


BORDER_STORY = (
    "Scam compounds along the Thailand-Myanmar border still hold thousands of workers, "
    "a rights group said on Monday.\n\n"
    "Militias on the Thailand-Myanmar border have freed some of them this month.\n\n"
    "Officials said 300 Kenyans were freed in Myanmar last week."
)


def test_a_story_about_a_border_area_places_country_level_events_there(gaz: Gazetteer) -> None:
    assert _places(gaz, BORDER_STORY, EventType.RESCUE) == ["Myanmar-Thailand border"]


def test_a_border_of_another_country_is_not_the_story_place(gaz: Gazetteer) -> None:
    text = BORDER_STORY.replace("Thailand-Myanmar border", "Cambodia-Vietnam border")
    # (the militias' own rescue is told at the border it names)
    assert _places(gaz, text, EventType.RESCUE) == ["Cambodia-Vietnam border", "Myanmar"]


NESTED_STORY = (
    "Hundreds of workers crossed a river into Thailand on Friday after troops entered "
    "KK Park, a walled compound outside Myawaddy in Kayin State.\n\n"
    "Traders in Myawaddy said the roads out of KK Park were jammed with buses.\n\n"
    "Myawaddy officials said KK Park would be cleared by the end of the month, and that "
    "Kayin State police would guard the gates.\n\n"
    "Another 200 people fled from Myanmar on Saturday, a Thai commander said."
)


def test_a_place_and_the_town_and_state_that_hold_it_are_one_story_place(
    gaz: Gazetteer,
) -> None:
    # KK Park and Myawaddy are named as often: the finer one, held by the other, is where
    # the story is; the town and state that hold it are no rivals.
    assert _places(gaz, NESTED_STORY, EventType.ESCAPE)[-1] == "KK Park"


def test_a_place_nested_in_a_rival_town_still_leaves_the_country(gaz: Gazetteer) -> None:
    text = NESTED_STORY + (
        "\n\nIn Tachileik, police searched three casinos and said Tachileik would be next.\n\n"
        "Tachileik traders said the casinos had emptied, and Tachileik's mayor agreed.\n\n"
        "Tachileik police said more raids would follow in Tachileik."
    )
    assert _places(gaz, text, EventType.ESCAPE)[-1] == "Myanmar"


LATE_TOWN_STORY = (
    "Forty Indonesians freed from forced scam work in Cambodia landed in Jakarta on "
    "Thursday, the foreign ministry said.\n\n"
    "Relatives waited at the airport with flowers and banners.\n\n"
    "The group had been held in a compound in Sihanoukville since March.\n\n"
    "Police in Sihanoukville searched the building in May, and a court in Sihanoukville "
    "later charged two managers."
)


def test_the_only_town_of_the_country_named_three_times_is_the_story_place(
    gaz: Gazetteer,
) -> None:
    # not in the lead, but the one place of the country the story names, three times
    assert _places(gaz, LATE_TOWN_STORY, EventType.RESCUE) == ["Sihanoukville"]


def test_a_town_named_late_only_twice_leaves_the_country(gaz: Gazetteer) -> None:
    text = LATE_TOWN_STORY.replace(
        ", and a court in Sihanoukville later charged", "; a court charged"
    )
    assert _places(gaz, text, EventType.RESCUE) == ["Cambodia"]


def test_a_lead_about_the_whole_country_keeps_a_late_town_out(gaz: Gazetteer) -> None:
    text = LATE_TOWN_STORY.replace(
        "Relatives waited",
        "Raids on compounds across the country have freed hundreds; relatives waited",
    )
    assert "Sihanoukville" not in _places(gaz, text, EventType.RESCUE)


PROVINCE_STORY = (
    "Troops reopened the O'Smach crossing on Monday after a week of clashes near the "
    "casino town of O'Smach.\n\n"
    "Workers from the O'Smach casinos queued at the gate, a reporter said.\n\n"
    "On Sunday, 40 foreign workers fled a compound in Oddar Meanchey province, officials said."
)


def test_a_province_holding_the_story_place_gives_way_to_it(gaz: Gazetteer) -> None:
    assert _places(gaz, PROVINCE_STORY, EventType.ESCAPE) == ["O'Smach"]


def test_a_province_that_does_not_hold_the_story_place_stays(gaz: Gazetteer) -> None:
    text = PROVINCE_STORY.replace("Oddar Meanchey province", "Svay Rieng province")
    assert _places(gaz, text, EventType.ESCAPE) == ["Svay Rieng"]


TWO_TOWN_STORY = (
    "Police in Poipet and Bavet searched casinos on Monday, officials said.\n\n"
    "In Bavet, officers sealed two buildings and questioned their guards.\n\n"
    "In Poipet, officers sealed a hotel and questioned its managers, and Poipet traders "
    "said business had stopped.\n\n"
    "Workers had lived at a casino in Bavet for months. Forty were beaten in Cambodia "
    "last month, a rights group said."
)


def test_a_country_named_right_after_one_town_of_a_split_story_is_that_town(
    gaz: Gazetteer,
) -> None:
    # no one story place (Poipet and Bavet are named as often), but the sentence just
    # before names Bavet alone
    assert _places(gaz, TWO_TOWN_STORY, EventType.ABUSE) == ["Bavet"]


def test_two_towns_just_before_leave_the_country(gaz: Gazetteer) -> None:
    text = TWO_TOWN_STORY.replace("at a casino in Bavet", "at casinos in Bavet and Poipet")
    assert "Cambodia" in _places(gaz, text, EventType.ABUSE)


def test_the_capital_just_before_is_where_officials_speak_not_the_place(gaz: Gazetteer) -> None:
    text = TWO_TOWN_STORY.replace(
        "Workers had lived at a casino in Bavet for months.",
        "Officials in Phnom Penh gave no numbers.",
    )
    assert "Phnom Penh" not in _places(gaz, text, EventType.ABUSE)
