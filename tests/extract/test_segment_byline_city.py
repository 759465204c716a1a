"""An agency and city line under the standfirst, then a page's tools ("Change text size",
"Gift Premium Articles") and an ISO time stamp, do not end the story: the story's prose
after them is still read. Closing paragraphs that go on with the story's group ("Out of the
total, ...", "Others came from ...") stay in it (pages written for these tests)."""

from __future__ import annotations

import datetime as dt

import pytest
from extract_helpers import make_article

from gazetteer import Gazetteer
from geotrack.extract import extract_article
from geotrack.extract.segment import _is_stamp_line, segment_text

PAGE = """The Daily Ledger

Please update your browser

This browser version is no longer supported, and some features of the site may not display properly.

More than 500 Indonesians leave Cambodian scam compounds in a week

Scam compounds across the region hold thousands of workers, many of them trafficked and forced to defraud strangers online.

AFP
Phnom Penh
Thu, March 5, 2026 Published on Mar. 5, 2026 Published on 2026-03-05T10:20:00+07:00

Change text size

Gift Premium Articles

to Anyone

Subscribers can share up to five articles a month with friends and family, and anyone can read them free of charge.

More than 500 Indonesians left scam compounds in Sihanoukville this week, the embassy in Phnom Penh said on Wednesday, after police raided several compounds in the city.
"""


def test_an_iso_time_stamp_line_is_a_stamp() -> None:
    line = "Thu, March 5, 2026 Published on Mar. 5, 2026 Published on 2026-03-05T10:20:00+07:00"
    assert _is_stamp_line(line, len(line.split()))


def test_the_story_goes_on_past_the_agency_city_and_page_tools() -> None:
    seg = segment_text(PAGE)
    last = seg.paragraphs[-1]
    assert PAGE[last.start : last.end].startswith("More than 500 Indonesians left")
    assert not last.offtopic


def test_events_of_the_story_after_the_page_tools_are_read(gaz: Gazetteer) -> None:
    article = make_article(PAGE, id="page", published=dt.date(2026, 3, 5))
    events = extract_article(article, gazetteer=gaz).events
    assert any(e.place is not None and e.place.name == "Sihanoukville" for e in events)


CLOSING = """KUALA LUMPUR: A total of 121 Malaysians held by a job scam syndicate in Laukkaing were flown home on Friday after unrest in northern Myanmar, the ministry said.

The victims were brought back on a chartered flight from Kunming and were met at the airport by officials of the foreign ministry.

Out of the total, 107 were men and the rest were women, aged from their early twenties to their fifties, and the largest group came from Sarawak, with 54 people in all, officials told reporters at the airport.

Others came from Perak (22), Kuala Lumpur (10), Penang (8) and Johor (7), with smaller numbers from the remaining states of the federation, according to figures released by the ministry later on Friday evening.
"""


def test_closing_paragraphs_that_go_on_with_the_group_stay_in_the_story() -> None:
    seg = segment_text(CLOSING)
    assert not any(p.offtopic for p in seg.paragraphs)


@pytest.mark.parametrize(
    "opening",
    [
        "Bangkok: Myanmar's army extended its crackdown to a second compound on Wednesday.",
        "New Delhi: Police arrested two recruiters who sent young men to Myanmar.",
        "date 2025-11-20 Bangkok: Myanmar's army extended its crackdown on Wednesday.",
    ],
)
def test_a_title_case_city_and_a_colon_opens_the_story_as_a_dateline(opening: str) -> None:
    seg = segment_text(opening + "\n\nThe army said it detained 300 foreigners at the site.\n")
    assert seg.dateline is not None
    start, end = seg.dateline
    assert opening[start:end] in ("Bangkok", "New Delhi")


@pytest.mark.parametrize(
    "opening",
    [
        "Note: This story was updated with comments from the ministry on Friday.",
        "Update: Police said on Friday that 40 workers had been freed from a compound.",
    ],
)
def test_a_label_and_a_colon_is_no_dateline(opening: str) -> None:
    seg = segment_text(opening + "\n\nThe army said it detained 300 foreigners at the site.\n")
    assert seg.dateline is None


def test_a_city_and_a_colon_inside_the_story_is_no_dateline() -> None:
    text = (
        "Police raided a compound in Bavet on Monday and detained 60 workers, officials said.\n\n"
        "Phnom Penh: the capital has seen no raids this month, the ministry added.\n"
    )
    assert segment_text(text).dateline is None


def test_a_printed_date_and_a_city_in_brackets_is_a_dateline() -> None:
    opening = "10-2-2025 (BANGKOK) More than 100 workers were let go by call centres on Sunday."
    seg = segment_text(opening + "\n\nThe army said it detained 300 foreigners at the site.\n")
    assert seg.dateline is not None
    start, end = seg.dateline
    assert opening[start:end] == "BANGKOK"
