"""Orders to get out ("told business owners to leave", "must leave by October 31") are
policies; a decision taken ("the decision to cut off power") is not an intent; a deadline
given without its year lies ahead of the story unless it has just passed, and an order
whose deadline lies ahead is dated when the story tells it (sentences written for these
tests)."""

from __future__ import annotations

import datetime as dt

from extract_helpers import make_article

from gazetteer import Gazetteer
from geotrack.extract import extract_article
from geotrack.model import Event, EventType


def _policies(gaz: Gazetteer, text: str, published: dt.date) -> list[Event]:
    article = make_article(text, id="order", published=published)
    events = extract_article(article, gazetteer=gaz).events
    return [e for e in events if e.type is EventType.POLICY]


MAY = dt.date(2024, 5, 7)


def test_telling_owners_to_leave_is_a_policy(gaz: Gazetteer) -> None:
    text = "The militia told business owners in Myawaddy to leave immediately."
    assert [e.place.name for e in _policies(gaz, text, MAY) if e.place] == ["Myawaddy"]


def test_people_told_of_their_captivity_is_no_policy(gaz: Gazetteer) -> None:
    text = "Workers in Myawaddy told investigators they had not been allowed to leave."
    assert _policies(gaz, text, MAY) == []


def test_a_decision_taken_is_a_policy(gaz: Gazetteer) -> None:
    text = "Traders said the decision to cut off electricity to Shwe Kokko hurt business."
    assert _policies(gaz, text, MAY)


def test_a_deadline_without_its_year_lies_ahead_and_does_not_date_the_order(
    gaz: Gazetteer,
) -> None:
    text = "All foreigners doing online business in Myawaddy must leave by October 31."
    [policy] = _policies(gaz, text, MAY)
    # October 31 lies ahead of the May story (not last October), and the order was given
    # when the story tells it, not on the deadline
    assert policy.date == MAY


def test_a_deadline_days_before_the_story_has_passed(gaz: Gazetteer) -> None:
    text = (
        "Police raided the zone after the government ordered all foreign companies in "
        "Bokeo to leave by August 10."
    )
    assert [e.date for e in _policies(gaz, text, dt.date(2024, 8, 16))] == [dt.date(2024, 8, 10)]


def test_a_deadline_given_to_a_long_named_group_is_a_policy_there(gaz: Gazetteer) -> None:
    text = (
        "Laos has given scam operators at the Golden Triangle Special Economic Zone until "
        "August 25 to leave."
    )
    policies = _policies(gaz, text, dt.date(2024, 8, 10))
    assert [e.place.name for e in policies if e.place] == ["Golden Triangle SEZ"]
