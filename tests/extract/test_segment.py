"""Paragraphs, sentences, datelines, and what is not the story."""

from __future__ import annotations

import pytest
from extract_helpers import fixture_text
from hypothesis import given
from hypothesis import strategies as st

from geotrack.extract.segment import ParagraphKind, segment_text


def _kinds(text: str) -> list[tuple[str, str]]:
    seg = segment_text(text)
    return [(text[p.start : p.end][:25], p.kind.value) for p in seg.paragraphs]


@pytest.mark.parametrize(
    ("opening", "city"),
    [
        ("BANGKOK: Police said", "BANGKOK"),
        ("PHNOM PENH — Police said", "PHNOM PENH"),
        ("PHNOM PENH (Reuters) - Police said", "PHNOM PENH"),
        ("PHNOM PENH, Cambodia (AP) — Police said", "PHNOM PENH"),
        ("YANGON - The junta said", "YANGON"),
    ],
)
def test_datelines(opening: str, city: str) -> None:
    text = (
        opening
        + " that raids on scam compounds continued for a third day and more arrests were expected."
    )
    seg = segment_text(text)
    assert seg.dateline is not None
    assert text[seg.dateline[0] : seg.dateline[1]] == city


def test_no_dateline_in_ordinary_sentence() -> None:
    seg = segment_text(
        "Police in Poipet raided a casino on Monday and detained dozens of foreign workers there."
    )
    assert seg.dateline is None


def test_sentences_skip_abbreviations() -> None:
    text = "Mr. Sar Kheng met U.S. officials on Aug. 22 at Building No. 15 in the city. They discussed raids."
    seg = segment_text(text)
    assert [text[s.start : s.end] for s in seg.sentences] == [
        "Mr. Sar Kheng met U.S. officials on Aug. 22 at Building No. 15 in the city.",
        "They discussed raids.",
    ]


def test_headline_list_is_boilerplate() -> None:
    text = fixture_text("headline_list.txt")
    kinds = _kinds(text)
    assert kinds[0][1] == "body" and kinds[1][1] == "body"
    assert all(kind == "boilerplate" for _, kind in kinds[2:])


def test_appended_unrelated_story_is_offtopic() -> None:
    text = fixture_text("appended_story.txt")
    seg = segment_text(text)
    assert [p.offtopic for p in seg.paragraphs] == [False, False, True, True]
    assert seg.offtopic_at(text.index("Yangon on Thursday"))
    assert seg.offtopic_at(text.index("Bangkok, where"))


def test_related_marker_ends_the_story() -> None:
    text = (
        "Police in Bavet raided a compound on Monday and freed 20 trafficking victims, officials said.\n"
        "Related Articles\n"
        "Police in Poipet raided another compound and arrested 30 scam suspects in a long operation there.\n"
    )
    kinds = [k for _, k in _kinds(text)]
    assert kinds == ["body", "boilerplate", "boilerplate"]


def test_section_headings_inside_a_story_stay() -> None:
    paragraph = "Officials said the raids on scam compounds would go on and more trafficking victims would be freed."
    text = "\n\n".join([paragraph, "Complaints for months", paragraph, "Global impact", paragraph])
    assert all(k in ("body", "lead") for _, k in _kinds(text))


def test_photo_credit_is_meta() -> None:
    text = "Police raided a scam compound in Bavet and detained dozens of workers on Monday morning.\nPhoto: AFP\n"
    seg = segment_text(text)
    assert seg.paragraphs[1].kind is ParagraphKind.META


@given(st.text(max_size=400))
def test_segmentation_never_raises_and_offsets_hold(text: str) -> None:
    seg = segment_text(text)
    for sentence in seg.sentences:
        assert 0 <= sentence.start < sentence.end <= len(text)
        assert text[sentence.start : sentence.end].strip()


def test_dateline_with_filing_date() -> None:
    text = "VIENTIANE, May 2 (Reuters) - Lao police detained 771 people in a raid on scam operations last week."
    seg = segment_text(text)
    assert seg.dateline is not None and text[seg.dateline[0] : seg.dateline[1]] == "VIENTIANE"
    assert text[seg.lead_start :].startswith("Lao police")


def test_a_list_the_story_introduces_stays_in_the_story() -> None:
    text = (
        "Officers raided a villa in Bavet on Friday and detained 37 suspected fraud workers, police said.\n"
        "Goods confiscated during the search:\n"
        "- 120 smartphones\n"
        "- 15 laptops\n"
        "- four pistols\n"
        "- 2,000 dollars in cash\n"
        "The suspects were handed to immigration police for questioning, officials said.\n"
        "Read more:\n"
        "Kampot pepper farmers expect record harvest\n"
        "New ferry links Kep with Rabbit Island\n"
        "Siem Reap museum reopens after repairs\n"
        "Phnom Penh traffic lights get an upgrade\n"
    )
    kinds = _kinds(text)
    assert [k for _, k in kinds[:7]] == ["body"] * 7
    assert kinds[7][1] in ("meta", "boilerplate")  # "Read more:"
    assert all(k == "boilerplate" for _, k in kinds[8:])
