"""Abuse events need an anchor of their own: a place, a count or a date.

General talk about the industry, and abuse that only borrows a place from around its
sentence, are background; an employer "in" a town is where its workers were held.
All sentences are invented for these tests.
"""

from __future__ import annotations

import datetime as dt

from extract_helpers import FakeGazetteer, make_article

from geotrack.extract import extract_article
from geotrack.model import Event

PUBLISHED = dt.date(2024, 11, 6)


def _abuse(text: str, gz: FakeGazetteer) -> list[Event]:
    article = make_article(text, id="abuse-anchor", published=PUBLISHED)
    return [e for e in extract_article(article, gazetteer=gz).events if e.type.value == "abuse"]


def _places(events: list[Event]) -> set[str]:
    return {e.place.name for e in events if e.place is not None}


def test_habitual_abuse_in_a_police_explainer_is_background(fake_gz: FakeGazetteer) -> None:
    events = _abuse(
        "Border police stopped a van carrying job seekers on Monday.\n\n"
        "Officers said recruits are usually sold on between gangs in Poipet and Bavet.\n",
        fake_gz,
    )
    assert events == []


def test_abuse_that_is_harder_to_see_is_background(fake_gz: FakeGazetteer) -> None:
    events = _abuse(
        "Researchers say the gangs have left Sihanoukville for remote provinces, where "
        "abuses are more difficult to document.\n",
        fake_gz,
    )
    assert events == []


def test_people_held_inside_them_is_background(fake_gz: FakeGazetteer) -> None:
    events = _abuse(
        "BANGKOK (AP) \u2014 Police in two countries this week announced a joint push "
        "against the fraud trade.\n\n"
        "Below is a short guide to the compounds, the workers held inside them and the "
        "governments that host them.\n",
        fake_gz,
    )
    assert events == []


def test_a_dated_abuse_report_is_kept(fake_gz: FakeGazetteer) -> None:
    events = _abuse(
        "A rights group said in October that workers in Poipet are often beaten.\n", fake_gz
    )
    assert _places(events) == {"Poipet"}


def test_sold_to_a_company_in_a_town_places_the_abuse_there(fake_gz: FakeGazetteer) -> None:
    events = _abuse(
        "Fourteen Laotians ran from a casino in Poipet on Sunday night.\n\n"
        "They said they had been sold to a firm in Bavet that made them cheat people in "
        "Thailand for 15 hours a day.\n",
        fake_gz,
    )
    assert "Bavet" in _places(events)
    assert "Thailand" not in _places(events)


def test_abuse_borrowing_the_article_country_without_count_or_date_is_dropped(
    fake_gz: FakeGazetteer,
) -> None:
    events = _abuse(
        "BANGKOK (AP) \u2014 Police in two countries this week announced a joint push "
        "against the fraud trade.\n\n"
        "Below is a short guide to the compounds and the workers locked in their dormitories.\n",
        fake_gz,
    )
    assert events == []


def test_abuse_after_a_sentence_naming_several_towns_is_not_copied_to_each(
    fake_gz: FakeGazetteer,
) -> None:
    events = _abuse(
        "Provincial police launched a campaign against fraud gangs in May, setting up "
        "roadblocks on roads into Poipet, Bavet and Sihanoukville.\n\n"
        "Some of those stopped told officers they had been beaten when they missed targets.\n",
        fake_gz,
    )
    assert events == []


def test_a_story_thread_with_one_place_still_places_the_abuse(fake_gz: FakeGazetteer) -> None:
    events = _abuse(
        "Nine Indonesians escaped from a compound in Bavet on Friday.\n\n"
        "Several of them said they had been beaten by guards.\n",
        fake_gz,
    )
    assert _places(events) == {"Bavet"}


def test_a_victims_account_after_the_town_sentence_is_kept_there(fake_gz: FakeGazetteer) -> None:
    # No date, count or place of its own: the account of the town named just before.
    events = _abuse(
        "Forty Thai workers came home from Cambodia on Monday, Thai police said.\n\n"
        "The workers had answered fake job adverts for posts in Sihanoukville. "
        "After they arrived, they were locked in a guarded building and beaten.\n",
        fake_gz,
    )
    assert _places(events) == {"Sihanoukville"}


def test_a_victims_account_is_one_abuse_per_place(fake_gz: FakeGazetteer) -> None:
    events = _abuse(
        "Forty Thai workers came home from Cambodia on Monday, Thai police said.\n\n"
        "The workers had answered fake job adverts for posts in Sihanoukville. "
        "After they arrived, they were locked in a guarded building. "
        "Those who missed targets were beaten, they said.\n",
        fake_gz,
    )
    assert len(events) == 1


def test_present_tense_talk_after_the_town_sentence_is_background(
    fake_gz: FakeGazetteer,
) -> None:
    events = _abuse(
        "Forty Thai workers came home from Cambodia on Monday, Thai police said.\n\n"
        "The workers had answered fake job adverts for posts in Sihanoukville. "
        "Recruits like them remain trapped for months.\n",
        fake_gz,
    )
    assert events == []


def test_the_victims_home_town_is_not_where_they_were_abused(fake_gz: FakeGazetteer) -> None:
    # The story is about Cambodia; a town in another country named just before is the
    # victims' home, not the compound.
    events = _abuse(
        "Police in Cambodia freed 30 Thai workers from a compound on Monday, and Cambodian "
        "officials said Cambodia would send them home.\n\n"
        "Most of the workers came from Bangkok. They were beaten when they refused to work.\n",
        fake_gz,
    )
    assert "Bangkok" not in _places(events)
