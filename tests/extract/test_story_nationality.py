"""One nationality's story: victim counts that name none are theirs (own-words fixtures)."""

from __future__ import annotations

import datetime as dt

from extract_helpers import FakeGazetteer

from geotrack.extract import extract_article
from geotrack.model import Article, Event

PUBLISHED = dt.date(2024, 3, 20)


def _events(text: str, gz: FakeGazetteer, title: str | None = "A fixture article") -> list[Event]:
    article = Article(id="t", text=text, title=title, published=PUBLISHED)
    return list(extract_article(article, gazetteer=gz).events)  # type: ignore[arg-type]


def _of(events: list[Event], kind: str) -> list[dict[str, int | None]]:
    return [dict(e.nationalities) for e in events if e.type.value == kind]


def test_an_uncounted_escape_in_one_nationalitys_story_is_theirs(fake_gz: FakeGazetteer) -> None:
    text = (
        "Forty Indonesians flew home from Bangkok on Tuesday after months in scam compounds.\n\n"
        "Last year, a group of 12 fled a compound in Poipet and swam across a canal."
    )
    assert {"ID": 12} in _of(_events(text, fake_gz), "escape")


def test_arrested_suspects_never_take_the_story_nationality(fake_gz: FakeGazetteer) -> None:
    text = (
        "Forty Indonesians flew home from Bangkok on Tuesday after months in scam compounds.\n\n"
        "Police in Poipet arrested 12 managers of the compound on Monday."
    )
    assert all("ID" not in n for n in _of(_events(text, fake_gz), "raid"))


def test_two_victim_nationalities_leave_the_others_unnamed(fake_gz: FakeGazetteer) -> None:
    text = (
        "Forty Indonesians and 20 Filipinos flew home from Bangkok on Tuesday.\n\n"
        "Last year, a group of 12 fled a compound in Poipet and swam across a canal."
    )
    assert _of(_events(text, fake_gz), "escape") == [{}]


def test_a_count_of_people_at_large_is_not_the_storys_nationality(
    fake_gz: FakeGazetteer,
) -> None:
    text = (
        "Forty Indonesians flew home from Bangkok on Tuesday after months in scam compounds.\n\n"
        "Last year, 300 foreigners fled a compound in Poipet and swam across a canal."
    )
    assert _of(_events(text, fake_gz), "escape") == [{}]


def test_the_headline_names_whose_story_it_is(fake_gz: FakeGazetteer) -> None:
    text = "A 24-year-old woman was freed by police from a guarded building in Poipet on Monday."
    events = _events(text, fake_gz, title="More Thais home from Cambodia scam rings")
    assert {"TH": 1} in _of(events, "rescue")


def test_nationalities_named_without_a_count_join_a_following_breakdown(
    fake_gz: FakeGazetteer,
) -> None:
    text = (
        "Police raided a compound in Poipet on Monday and detained 90 people.\n\n"
        "Of those held, 60 were Chinese and 20 Vietnamese, with the rest from Thailand "
        "and Indonesia."
    )
    raids = _of(_events(text, fake_gz), "raid")
    assert raids and raids[0].get("CN") == 60 and "TH" in raids[0] and "ID" in raids[0]
