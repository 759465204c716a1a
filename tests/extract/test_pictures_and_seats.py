"""A picture's date and an outlet's seat are not what the story reports (sentences written
for these tests).

- A caption in the wire style closes with the picture's date set off by a comma ("... in
  Laos, March 2, 2016."), or the line ends with a photographer's credit ("(Jane Roe/VOD)").
  That date may be years older than the story: events after it do not carry it over.
- "an Osaka-based newspaper reported" names where an outlet sits, not where anything happened.
"""

from __future__ import annotations

import datetime as dt

import pytest
from extract_helpers import make_article

from gazetteer import Gazetteer
from geotrack.extract import extract_article
from geotrack.extract.segment import ParagraphKind, segment_text
from geotrack.model import Event

PUBLISHED = dt.date(2023, 10, 4)


def _events(text: str, gaz: Gazetteer) -> list[Event]:
    return list(
        extract_article(make_article(text, id="pic", published=PUBLISHED), gazetteer=gaz).events
    )


def _dates(events: list[Event], etype: str) -> list[dt.date | None]:
    return [e.date for e in events if e.type.value == etype]


@pytest.mark.parametrize(
    "caption",
    [
        "A casino stands in the Golden Triangle zone in Bokeo province, Laos, March 2, 2016.",
        "Guards stand at a gate of a compound in Sihanoukville, Cambodia, Monday, Feb. 2, 2016.",
        "A hotel in Poipet is seen from the border, 12 June 2016.",
    ],
)
def test_a_pictures_date_is_not_carried_to_the_next_sentence(caption: str, gaz: Gazetteer) -> None:
    text = caption + "\n\nPolice in Laos have rescued seven Cambodian women from the zone.\n"
    assert _dates(_events(text, gaz), "rescue") == [PUBLISHED]


def test_a_date_told_in_prose_is_still_carried(gaz: Gazetteer) -> None:
    # "on March 2, 2016": the story's own date, which the next sentence goes on with.
    text = (
        "Police raided a casino in Bokeo province, Laos, on March 2, 2016.\n\n"
        "Seven Cambodian women were deported from the town.\n"
    )
    assert _dates(_events(text, gaz), "deportation") == [dt.date(2016, 3, 2)]


def test_a_year_less_date_after_a_comma_is_prose(gaz: Gazetteer) -> None:
    # "officials said Tuesday, October 3": no year, the way a story tells its day.
    text = (
        "Police raided a compound in Poipet, officials said Tuesday, October 3.\n\n"
        "Eleven Thai workers were deported from the town.\n"
    )
    assert _dates(_events(text, gaz), "deportation") == [dt.date(2023, 10, 3)]


def test_a_line_with_a_photographers_credit_is_a_caption() -> None:
    text = (
        "Raids Go On in the Port Town\n\n"
        "An officer waves cars through a junction in Sihanoukville on January 21, 2021. (Jane Roe/VOD)\n\n"
        "Scam raids have continued in Sihanoukville, where police found compounds emptied "
        "of workers and said they had no evidence of crime.\n"
    )
    seg = segment_text(text)
    kinds = [p.kind for p in seg.paragraphs if "Jane Roe" in text[p.start : p.end]]
    assert kinds and kinds[0] in (ParagraphKind.CAPTION, ParagraphKind.META)


def test_the_caption_date_does_not_date_the_story_raids(gaz: Gazetteer) -> None:
    text = (
        "Raids Go On in the Port Town\n\n"
        "An officer waves cars through a junction in Sihanoukville on January 21, 2021. (Jane Roe/VOD)\n\n"
        "Scam raids have continued in Sihanoukville, where police found compounds emptied "
        "of workers and said they had no evidence of crime.\n"
    )
    assert dt.date(2021, 1, 21) not in _dates(_events(text, gaz), "raid")


@pytest.mark.parametrize(
    "line",
    [
        "The mayor spoke to reporters at the town hall (km/h).",
        "Officials said the figures were preliminary (see above/below).",
    ],
)
def test_a_slash_in_brackets_without_a_credit_shape_is_no_credit(line: str) -> None:
    text = "Police raided a compound in Poipet on Monday and detained 40 workers.\n\n" + line + "\n"
    seg = segment_text(text)
    kinds = [p.kind for p in seg.paragraphs if line[:20] in text[p.start : p.end]]
    assert kinds == [ParagraphKind.BODY]


def test_an_outlets_seat_is_not_where_a_measure_was_taken(gaz: Gazetteer) -> None:
    text = (
        "On Wednesday Thailand switched off electricity and fuel to four border areas facing "
        "Myanmar to curb fraud, an Osaka-based newspaper reported.\n"
    )
    places = {e.place.name for e in _events(text, gaz) if e.type.value == "policy" and e.place}
    assert places == {"Thailand"}


def test_a_crime_ring_based_at_a_place_is_still_placed_there(gaz: Gazetteer) -> None:
    text = "A Poipet-based trafficking ring was raided by police on Monday, officials said.\n"
    places = {e.place.name for e in _events(text, gaz) if e.type.value == "raid" and e.place}
    assert places == {"Poipet"}
