"""Hard-wrapped articles: line breaks inside paragraphs become spaces, nothing else moves."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from geotrack.ingest import load_articles
from geotrack.ingest.text import unwrap_hard_breaks

# Own-words story paragraphs (facts only: places, numbers, dates).
PARAGRAPHS = [
    "Police in Sihanoukville raided a guarded building complex on Tuesday and detained "
    "214 foreign workers suspected of running online investment fraud, a provincial "
    "spokesman told reporters at the scene.",
    "Officers from the anti-trafficking unit searched eleven floors of the building and "
    "found dormitories, training rooms and a clinic, according to the statement, which "
    "said the workers came from at least seven countries in the region.",
    "The spokesman said 38 of the workers had asked to be sent home and that the "
    "remainder would be questioned by immigration officers in Phnom Penh before any "
    "decision on deportation was taken.",
    "Relatives of several Indonesian workers had alerted their embassy in late May, "
    "saying their family members were held against their will and forced to work "
    "long shifts without pay in the compound near the port.",
]


def wrapped(paragraphs: list[str], width: int, sep: str = "\n\n") -> str:
    return sep.join(textwrap.fill(p, width=width) for p in paragraphs)


@pytest.mark.parametrize("width", [60, 66, 72, 80])
def test_wrapped_paragraphs_become_one_line_each(width: int) -> None:
    text = wrapped(PARAGRAPHS, width)
    assert text.count("\n") > 2 * len(PARAGRAPHS)
    assert unwrap_hard_breaks(text) == "\n\n".join(PARAGRAPHS)


def test_one_unwrapped_long_line_does_not_set_the_wrap_width() -> None:
    # A paste wrapped at 66 columns in which one sentence kept its own (longer) line.
    long_line = (
        "Police seized 191 phones, three laptops, five tablets, a van and 47 passports there."
    )
    assert len(long_line) > 80
    text = wrapped(PARAGRAPHS[:2], 66) + "\n\n" + long_line + "\n" + wrapped(PARAGRAPHS[2:], 66)
    out = unwrap_hard_breaks(text)
    assert out.split("\n\n")[0] == PARAGRAPHS[0]
    assert out.split("\n\n")[-1].endswith(PARAGRAPHS[-1])


def test_browser_wrapped_lines_of_uneven_length_are_joined() -> None:
    # Saved from a page in a proportional font: lines end anywhere between 55 and 80.
    text = (
        "Police in Sihanoukville raided a guarded building complex on\n"
        "Tuesday and detained 214 foreign workers suspected of running online\n"
        "investment fraud, a provincial spokesman told reporters at the\n"
        "scene.\n\n"
        "Officers from the anti-trafficking unit searched eleven floors of the building\n"
        "and found dormitories, training rooms and a clinic, the statement said."
    )
    assert unwrap_hard_breaks(text) == text.replace("\n", " ").replace("  ", "\n\n")


def test_title_byline_and_dateline_above_the_story_stay_on_their_own_lines() -> None:
    head = (
        "Police Raid Guarded Complex In Sihanoukville After Tip From Embassy\n"
        "By a staff reporter in Phnom Penh, with additional reporting\n"
        "Updated 14 June 2024, 09:40\n\n"
    )
    text = head + "SIHANOUKVILLE, June 12 -\n" + wrapped(PARAGRAPHS, 70)
    out = unwrap_hard_breaks(text)
    assert out.startswith(head + "SIHANOUKVILLE, June 12 -\n")
    assert out.endswith(PARAGRAPHS[-1])


def test_front_matter_style_header_lines_are_kept() -> None:
    head = (
        "Title: Police raid complex in Sihanoukville\nSource: Example Daily\nDate: 2024-06-12\n\n"
    )
    out = unwrap_hard_breaks(head + wrapped(PARAGRAPHS, 72))
    assert out == head + "\n\n".join(PARAGRAPHS)


def test_headline_list_without_bullets_is_not_joined() -> None:
    headlines = (
        "Related news:\n"
        "Kampot pepper farmers expect a larger harvest than last year\n"
        "Battambang rice mills report record orders from buyers abroad\n"
        "New bridge over the Mekong in Kratie opens to heavy traffic\n"
        "Siem Reap hotel bookings climb ahead of the water festival"
    )
    out = unwrap_hard_breaks(wrapped(PARAGRAPHS, 64) + "\n\n" + headlines)
    assert out.endswith("\n\n" + headlines)
    # On its own, a list of titles of similar length is never taken for wrapped prose.
    assert unwrap_hard_breaks(headlines) == headlines


@pytest.mark.parametrize(
    "items",
    [
        "Items seized at the compound:\n312 mobile phones\n47 laptops and computers\n"
        "about 2,600 SIM cards of several networks",
        "Items seized at the compound:\n- 312 mobile phones and chargers in boxes\n"
        "- 47 laptops and 18 desktop computers in the rooms\n- about 2,600 SIM cards",
        "The workers came from:\n1. Indonesia, about 90 of them in the upper floors\n"
        "2. Vietnam, about 60 workers held in the rooms\n3. the Philippines, 24 people",
        "• Sihanoukville: 214 detained in the raid on the complex\n"
        "• Poipet: 96 detained at a casino near the border crossing",
    ],
)
def test_lists_inside_a_wrapped_story_are_kept(items: str) -> None:
    text = wrapped(PARAGRAPHS[:2], 70) + "\n\n" + items + "\n\n" + wrapped(PARAGRAPHS[2:], 70)
    out = unwrap_hard_breaks(text)
    assert f"\n\n{items}\n\n" in out
    assert out.startswith(PARAGRAPHS[0])


def test_abbreviation_at_a_wrap_is_joined() -> None:
    text = wrapped(PARAGRAPHS[:2], 72) + (
        "\n\nThe embassy said the workers were recruited through a firm in the U.S.\n"
        "territory of Guam and flown to Bangkok before crossing at the Poipet\n"
        "checkpoint, a route officials say has been used since early 2023."
    )
    assert "U.S. territory" in unwrap_hard_breaks(text)


UNWRAPPED = [
    # Paragraph per line, no blank lines (many saved pages look like this).
    "Police raid complex in Sihanoukville\n" + "\n".join(PARAGRAPHS),
    # Paragraph per line with blank lines, a credit and a related-stories list.
    "Police raid complex\n\nBy Staff Reporter\nJune 12, 2024\n\n"
    + "\n\n".join(PARAGRAPHS)
    + "\nPhoto: Example Daily\n\nRelated\nKampot pepper farmers expect a larger harvest\n"
    "Siem Reap hotel bookings climb ahead of the water festival",
]


@pytest.mark.parametrize("text", UNWRAPPED)
def test_text_without_hard_wraps_is_unchanged(text: str) -> None:
    assert unwrap_hard_breaks(text) is text


def test_short_texts_are_returned_as_they_are() -> None:
    assert unwrap_hard_breaks("") == ""
    assert unwrap_hard_breaks("one\ntwo") == "one\ntwo"


_WORDS = st.sampled_from(
    [
        "police",
        "raided",
        "the",
        "compound",
        "near",
        "port",
        "and",
        "detained",
        "workers",
        "from",
        "several",
        "countries",
        "who",
        "said",
        "they",
        "were",
        "held",
        "for",
        "months",
        "Poipet",
        "Bavet",
        "officials",
        "told",
        "reporters",
        "on",
        "Monday",
        "that",
        "forty",
        "people",
        "had",
        "been",
        "sent",
        "home,",
        "while",
        "others",
        "remained",
    ]
)


@st.composite
def sentences(draw: st.DrawFn) -> str:
    words = draw(st.lists(_WORDS, min_size=4, max_size=18))
    return " ".join(words).capitalize() + "."


@st.composite
def paragraphs(draw: st.DrawFn) -> str:
    return " ".join(draw(st.lists(sentences(), min_size=1, max_size=4)))


@given(st.text(alphabet=st.sampled_from("ab .,:-\n\n\nA1"), max_size=300))
@settings(max_examples=300, deadline=None)
def test_only_line_breaks_change_and_the_length_is_kept(text: str) -> None:
    out = unwrap_hard_breaks(text)
    assert len(out) == len(text)
    assert all(a == b or (a == "\n" and b == " ") for a, b in zip(text, out, strict=True))
    assert unwrap_hard_breaks(out) == out


@given(st.lists(paragraphs(), min_size=1, max_size=6), st.sampled_from(["\n", "\n\n"]))
@settings(max_examples=200, deadline=None)
def test_one_line_paragraphs_are_unchanged(paras: list[str], sep: str) -> None:
    text = "Police Raid Compound In Poipet\n" + sep.join(paras)
    assert unwrap_hard_breaks(text) == text


@given(st.lists(paragraphs(), min_size=3, max_size=6), st.integers(min_value=50, max_value=100))
@settings(max_examples=200, deadline=None)
def test_wrapped_articles_are_recovered_and_stay_so(paras: list[str], width: int) -> None:
    text = wrapped(paras, width)
    out = unwrap_hard_breaks(text)
    assert len(out) == len(text)
    assert unwrap_hard_breaks(out) == out
    # Blank lines still separate the same paragraphs. Once the text is seen to be
    # wrapped, only breaks after a sentence end may remain inside a paragraph (a
    # paragraph boundary and a wrap look alike there).
    blocks = out.split("\n\n")
    assert len(blocks) == len(paras)
    if out == text:
        return
    for block in blocks:
        for line in block.split("\n")[:-1]:
            assert line.endswith(".")


def test_a_hard_wrapped_file_is_read_as_one_line_per_paragraph(tmp_path: Path) -> None:
    head = "Title: Police raid complex in Sihanoukville\n\n"
    (tmp_path / "wrapped.txt").write_text(head + wrapped(PARAGRAPHS, 68), encoding="utf-8")
    (article,) = load_articles([tmp_path]).articles
    assert article.text == "\n\n".join(PARAGRAPHS)
    assert article.title == "Police raid complex in Sihanoukville"
