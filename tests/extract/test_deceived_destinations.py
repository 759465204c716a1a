"""Where deceived people were brought: a compound report at each listed country (own sentences).

"Victims travelled to Myanmar, Cambodia and Laos on false promises of well-paid jobs":
deceptive recruitment says the journey ended in scam work even where the sentence names no
scam, so each listed country gets a report. One country someone was lured to is the scene
of the story's own events and gets none from deceit alone; a place passed on the way ("lured
to Thailand ... then taken to Myanmar") is no destination; a journey without deceit or scam
work is no report; and a later arrest is not placed at the countries people were brought to.
"""

from __future__ import annotations

from geotrack.model import EventType
from tests.extract.extract_helpers import of_type, page_events

LEAD = "Police in Taipei said on Friday they had arrested four recruiters.\n\n"


def _reported(text: str) -> set[str]:
    events = of_type(page_events(text, "2022-09-02"), EventType.COMPOUND_REPORT)
    return {e.place.name for e in events if e.place is not None}


def test_a_list_of_countries_reached_on_false_promises_is_reported_in_each() -> None:
    text = LEAD + (
        "Survivors said they had travelled to Laos, Thailand, Cambodia and Myanmar after "
        "false promises of good wages."
    )
    assert _reported(text) >= {"Myanmar", "Cambodia", "Thailand", "Laos"}


def test_countries_such_as_count_as_a_list() -> None:
    text = LEAD + (
        "Many went to countries such as Laos and Cambodia after being promised easy work "
        "with high pay."
    )
    assert _reported(text) >= {"Laos", "Cambodia"}


def test_one_country_reached_by_deceit_alone_is_no_report() -> None:
    text = LEAD + "The woman was lured to Cambodia by the promise of a well-paid job."
    assert "Cambodia" not in _reported(text)


def test_a_journey_without_deceit_or_scams_is_no_report() -> None:
    text = LEAD + "The minister travelled to Cambodia and Laos on Monday for border talks."
    assert _reported(text) == set()


def test_a_country_passed_on_the_way_is_no_destination() -> None:
    text = LEAD + (
        "They were lured to Thailand with fake job offers but then taken to Myanmar and "
        "forced to run online scams there."
    )
    events = page_events(text, "2022-09-02")
    places = {e.place.name for e in events if e.place is not None}
    assert "Thailand" not in places
    assert "Myanmar" in places


def test_a_later_arrest_is_not_placed_where_people_were_brought() -> None:
    text = (
        "Hong Kong police said on Sunday that job scams had trapped dozens of residents.\n\n"
        "Victims said they had travelled to Myanmar, Cambodia and Laos on false promises of "
        "well-paid jobs.\n\n"
        "Police have arrested two men and a woman suspected of recruiting them, a "
        "spokesman said on Sunday."
    )
    raids = of_type(page_events(text, "2022-08-22"), EventType.RAID)
    assert raids
    assert not {r.place.name for r in raids if r.place is not None} & {
        "Myanmar",
        "Cambodia",
        "Laos",
    }
