"""A story's own table of rows ("Ethiopia – 60 people") is not a list of datelines that opens
another story, and a closing paragraph going back to the story ("Some of them ...", "Asked
what ..., he said", "After ..., the ministry had ...") stays in the story (texts written for
these tests)."""

from __future__ import annotations

import datetime as dt

import pytest
from extract_helpers import make_article

from gazetteer import Gazetteer
from geotrack.extract import extract_article
from geotrack.extract.segment import ParagraphKind, segment_text

_HEAD = "\n".join(
    [
        "Border officials receive foreign victims of scam gangs",
        "",
        "The group was handed to Thai officers at a river crossing in Phop Phra district "
        "on Wednesday afternoon.",
        "",
        "TAK, Thailand – Victims of 12 nationalities who were forced to work for call centre "
        "scam gangs in Myanmar were handed over to Thai officials on Wednesday at the border.",
        "",
        "The soldiers received 120 foreign nationals from the Myanmar side at a pier on the "
        "Moei river after the militia freed them from compounds.",
        "",
        "The victims come from 12 nationalities, including:",
    ]
)
_ROWS = (
    ("Ethiopia", 40),
    ("Kenya", 20),
    ("Uganda", 15),
    ("Pakistan", 12),
    ("Indonesia", 9),
    ("Laos", 8),
    ("Taiwan", 6),
)
_TAIL = (
    "\n\nThai officials will now work with the embassies to send the victims back to their "
    "home countries.\n"
)


@pytest.mark.parametrize("dash", ["–", "—", "-"])
def test_rows_with_a_dash_after_a_country_are_the_story_s_table(dash: str) -> None:
    rows = [f"{c} {dash} {n} people" for c, n in _ROWS]
    text = _HEAD + "\n" + "\n".join(rows) + f"\nNepal, Ghana, Brazil {dash} 1-2 people each" + _TAIL
    paragraphs = segment_text(text).paragraphs
    assert [p.kind for p in paragraphs[-9:]] == [ParagraphKind.BODY] * 9


def test_the_table_s_countries_are_found_as_places(gaz: Gazetteer) -> None:
    rows = "\n".join(f"{c} – {n} people" for c, n in _ROWS)
    article = make_article(_HEAD + "\n" + rows + _TAIL, published=dt.date(2025, 2, 13))
    names = {m.text for m in extract_article(article, gazetteer=gaz).mentions}
    assert {c for c, _n in _ROWS} <= names


def test_a_headline_with_a_year_after_a_dash_is_no_table_row() -> None:
    from geotrack.extract.segment import _DATA_LINE_RE

    assert _DATA_LINE_RE.match("Police raid a compound in Bavet - 2024") is None
    assert _DATA_LINE_RE.match("Kenya – 23 people") is not None


_STORY = "\n".join(
    [
        "Fourteen Taiwanese return from Cambodian scam compounds",
        "Fourteen Taiwanese who had been held by a scam gang in Sihanoukville returned to "
        "Taipei on Monday, the foreign ministry said, after police freed them from a "
        "compound in the city.",
        "They had been lured by offers of well-paid office work and were beaten when they "
        "refused to cheat strangers online, a ministry official said.",
    ]
)

_CLOSING = (
    "Some of them bargained with their captors over the terms of their release and were "
    "told to pay for their own flights, hotel rooms and food.\n"
    "Anyone planning to take a job overseas should look into the company offering it, read "
    "every contract closely, keep copies of their documents, share their plans with their "
    "families and call the nearest representative office in Bangkok whenever they need "
    "help, the official added."
)


def test_a_closing_paragraph_about_the_story_s_group_stays_in_the_story() -> None:
    kinds = [p.kind for p in segment_text(f"{_STORY}\n{_CLOSING}\n").paragraphs]
    assert kinds[3] is ParagraphKind.BODY


@pytest.mark.parametrize(
    "closing",
    [
        # a reporter's question to the story's people
        "Asked what advice he would give to young people, the older boy told reporters to "
        "check every offer carefully before leaving home and to speak to their parents.",
        # a clause, then the story's own group as the subject
        "After weeks of silence over the summer, the ministry had suddenly telephoned their "
        "parents one morning without any warning.",
    ],
)
def test_a_closing_paragraph_going_back_to_the_story_stays_in_it(closing: str) -> None:
    tail = (
        "Anyone planning to take a job overseas should look into the company offering it, "
        "read every contract closely, keep copies of their documents and share their "
        "plans with their families before they sign anything or pay any fee up front, "
        "the official added."
    )
    kinds = [p.kind for p in segment_text(f"{_STORY}\n{closing}\n{tail}\n").paragraphs]
    assert kinds[3] is ParagraphKind.BODY


def test_an_appended_story_opening_with_a_clause_is_still_another_story() -> None:
    other = (
        "After a week of heavy rain, the farmers in the north of the island were told to "
        "move their cattle to higher ground before the river rose any further, officials "
        "said, adding that two bridges had been closed to traffic until further notice. "
        "Schools in three villages will stay shut for the rest of the week while crews clear "
        "mud from the roads."
    )
    kinds = [p.kind for p in segment_text(f"{_STORY}\n{other}\n").paragraphs]
    assert kinds[3] is ParagraphKind.UNRELATED


def test_a_section_heading_in_the_story_s_closing_run_does_not_open_another_story() -> None:
    # The prose under the heading goes on with the story, so heading and prose stay in it.
    heading = "Families still waiting"
    prose = (
        "The ministry said the families of eleven other people from Taipei were still "
        "waiting for news from Sihanoukville, and that officials in the city had promised to "
        "share whatever they learned with the relatives as soon as they could, though no "
        "date for that had been set by the end of the week, and the relatives said they "
        "would keep calling the office every morning until then."
    )
    kinds = [p.kind for p in segment_text(f"{_STORY}\n{heading}\n{prose}\n").paragraphs]
    assert kinds[3:5] == [ParagraphKind.BODY, ParagraphKind.BODY]


def test_an_appended_story_under_its_own_title_is_still_another_story() -> None:
    title = "Farmers move cattle as river rises"
    other = (
        "Farmers in the north of the island were told to move their cattle to higher ground "
        "before the river rose any further, officials said, adding that two bridges had been "
        "closed to traffic until further notice and that schools in three villages will stay "
        "shut for the rest of the week while crews clear mud from the roads."
    )
    kinds = [p.kind for p in segment_text(f"{_STORY}\n{title}\n{other}\n").paragraphs]
    assert kinds[3:5] == [ParagraphKind.UNRELATED, ParagraphKind.UNRELATED]
