"""Each place of a sentence takes the date phrase of its own clause (own wording)."""

from __future__ import annotations

import datetime as dt

from extract_helpers import FakeGazetteer, make_article

from geotrack.extract import extract_article
from geotrack.model import Event

PUBLISHED = dt.date(2025, 7, 18)  # a Friday


def _dates(text: str, gz: FakeGazetteer) -> dict[str, tuple[dt.date | None, str | None]]:
    events: list[Event] = list(
        extract_article(make_article(text, published=PUBLISHED), gazetteer=gz).events
    )
    return {e.place.name: (e.date, e.date_text) for e in events if e.place is not None}


def test_each_clause_keeps_its_own_day(fake_gz: FakeGazetteer) -> None:
    got = _dates(
        "Police raided a casino in Poipet on Tuesday and arrested 12, and on Thursday a "
        "hotel in Bavet was raided and 30 were arrested.\n",
        fake_gz,
    )
    assert got["Poipet"][0] == dt.date(2025, 7, 15)
    assert got["Bavet"] == (dt.date(2025, 7, 17), "on Thursday")


def test_a_clause_without_a_date_shares_the_sentence_date(fake_gz: FakeGazetteer) -> None:
    got = _dates(
        "Police raided a casino in Poipet on Tuesday and arrested 12, while a hotel in Bavet "
        "was raided and 30 were arrested.\n",
        fake_gz,
    )
    assert got["Poipet"][0] == got["Bavet"][0] == dt.date(2025, 7, 15)


def test_a_date_after_a_semicolon_is_only_its_clauses(fake_gz: FakeGazetteer) -> None:
    got = _dates(
        "Police raided a casino in Poipet and arrested 12; a hotel in Bavet was raided on "
        "Wednesday and 30 were arrested.\n",
        fake_gz,
    )
    assert got["Poipet"][0] is None
    assert got["Bavet"][0] == dt.date(2025, 7, 16)


def test_places_in_one_clause_share_its_date(fake_gz: FakeGazetteer) -> None:
    got = _dates(
        "Police raided compounds in Poipet and Bavet on Tuesday, officials said on Thursday.\n",
        fake_gz,
    )
    assert got["Poipet"][0] == got["Bavet"][0] == dt.date(2025, 7, 15)


def test_a_statement_day_in_a_clause_does_not_date_its_place(fake_gz: FakeGazetteer) -> None:
    got = _dates(
        "Police raided a casino in Poipet on Tuesday and arrested 12, while a hotel in Bavet "
        "was raided and 30 were arrested, officials said on Thursday.\n",
        fake_gz,
    )
    assert got["Poipet"][0] == got["Bavet"][0] == dt.date(2025, 7, 15)


def test_a_measure_in_an_after_clause_takes_that_clauses_date(fake_gz: FakeGazetteer) -> None:
    got = _dates(
        "The governor toured the border on Thursday, after Thailand cut power, internet and "
        "fuel supplies to the five scam hubs in and around the border town of Poipet in "
        "Cambodia on July 2.\n",
        fake_gz,
    )
    assert got["Poipet"] == (dt.date(2025, 7, 2), "on July 2")


def test_a_raid_in_the_main_clause_keeps_its_own_date(fake_gz: FakeGazetteer) -> None:
    got = _dates(
        "Police raided a casino in Poipet on Tuesday, after a tip-off from workers on Sunday.\n",
        fake_gz,
    )
    assert got["Poipet"][0] == dt.date(2025, 7, 15)


def test_a_second_cue_in_a_dated_clause_is_a_second_happening(fake_gz: FakeGazetteer) -> None:
    got = _dates(
        "Police raided a casino in Poipet on July 3, and on July 10 they raided a hotel in "
        "Bavet.\n",
        fake_gz,
    )
    assert got["Poipet"][0] == dt.date(2025, 7, 3)
    assert got["Bavet"][0] == dt.date(2025, 7, 10)


def test_a_second_cue_without_a_day_of_its_own_is_the_same_happening(
    fake_gz: FakeGazetteer,
) -> None:
    text = (
        "On July 3, forty workers broke out of a casino in Poipet, and fled across the "
        "fields to the border.\n"
    )
    events = extract_article(make_article(text, published=PUBLISHED), gazetteer=fake_gz).events
    assert [e.type.value for e in events].count("escape") == 1
