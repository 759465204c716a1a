"""Page clutter inside a story: a second news item after a transition phrase, captions
about something else, time stamps, bylines, subscription prompts (texts written for these
tests)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from geotrack.extract.segment import ParagraphKind, segment_text

_STORY = "\n".join(
    [
        "Police free 40 workers from a scam compound near Myawaddy",
        "Thai police and soldiers freed 40 foreign workers who had fled a scam compound in "
        "Myawaddy and crossed the Moei River into Mae Sot on Sunday night, officials said.",
        "The workers, from Ethiopia and Kenya, said a Chinese gang had forced them to cheat "
        "strangers online for months and beat those who missed their targets.",
        "Officers took the group to the immigration office in Mae Sot, where their embassies "
        "were contacted about sending them home.",
    ]
)


def _kinds(text: str) -> list[ParagraphKind]:
    return [p.kind for p in segment_text(text).paragraphs]


@pytest.mark.parametrize(
    "opening",
    [
        "In related news, a Chinese man wanted for running a call centre gang in Songkhla "
        "gave himself up to Thai police on Monday, officers said.",
        "In other news, police in Chiang Rai arrested two Chinese men suspected of "
        "laundering money for an online fraud ring.",
        "Meanwhile, in another case, a Thai woman who recruited workers for a gang was "
        "detained at the airport in Phuket.",
    ],
)
def test_a_second_news_item_after_a_transition_is_unrelated(opening: str) -> None:
    follow = "The 40-year-old suspect, named as Wang Lei, told officers he had fled Phuket in 2023."
    text = f"{_STORY}\n{opening}\n{follow}\n"
    kinds = _kinds(text)
    assert kinds[1:4] == [ParagraphKind.BODY] * 3
    assert kinds[4:] == [ParagraphKind.UNRELATED] * 2
    seg = segment_text(text)
    assert all(s.paragraph < 4 for s in seg.sentences)


def test_a_transition_that_goes_on_with_the_story_places_stays() -> None:
    opening = (
        "In related news, officers in Mae Sot said another 12 workers from the same Myawaddy "
        "compound were waiting to cross on Monday."
    )
    text = f"{_STORY}\n{opening}\n"
    assert _kinds(text)[4] is ParagraphKind.BODY


def test_a_separate_case_in_the_report_stays_in_the_story() -> None:
    # How a report moves on to its own second incident: not a second news item.
    line = "In a separate case, police in Kampot freed nine Koreans from a rented villa."
    assert _kinds(f"{_STORY}\n{line}\n")[4] is ParagraphKind.BODY


def test_a_caption_about_something_else_is_meta_with_its_credit() -> None:
    caption = (
        "A cargo plane waits on the runway of Nairobi airport for Lusaka, Friday, March 7, 2025."
    )
    text = "\n".join(
        [
            _STORY.splitlines()[0],
            caption,
            caption.replace("waits on", "stands at"),
            "Photo",
            "Transport Ministry",
            *_STORY.splitlines()[1:],
        ]
    )
    kinds = _kinds(text)
    assert kinds[1:5] == [ParagraphKind.META] * 4
    assert all(k is ParagraphKind.BODY for k in kinds[5:])
    assert segment_text(text).offtopic_at(text.index("Lusaka"))


def test_a_caption_of_the_story_stays() -> None:
    lines = _STORY.splitlines()
    caption = "Freed workers wait at the immigration office in Mae Sot on Monday."
    text = "\n".join([*lines[:2], caption, "Photo", "Example News", *lines[2:]])
    kinds = _kinds(text)
    assert kinds[2] is ParagraphKind.CAPTION  # the story's own picture
    assert kinds[3:5] == [ParagraphKind.META] * 2
    assert not segment_text(text).offtopic_at(text.index("Mae Sot on Monday"))


@pytest.mark.parametrize(
    "caption",
    [
        "A minister opens a new bridge over the river in Lusaka on Friday. (Photo: Example)",
        "A minister opens a new bridge over the river in Lusaka on Friday. (Example pic)",
    ],
)
def test_a_credited_caption_about_something_else_is_meta(caption: str) -> None:
    lines = _STORY.splitlines()
    text = "\n".join([*lines[:2], caption, *lines[2:]])
    assert _kinds(text)[2] is ParagraphKind.META


def test_a_credited_caption_of_the_story_stays() -> None:
    lines = _STORY.splitlines()
    caption = "Freed workers cross the Moei River near Mae Sot on Sunday. (Photo: Example)"
    text = "\n".join([*lines[:2], caption, *lines[2:]])
    assert _kinds(text)[2] is ParagraphKind.CAPTION


@pytest.mark.parametrize(
    "line",
    [
        "By Example Staff",
        "By Jane Roe and John Doe",
        "2025.03.07",
        "Fri 7 Mar 2025 06.00 GMT",
        "First Published Mar 7, 2025, 9:15 AM IST | Last Updated Mar 7, 2025, 9:40 AM IST",
        "PUBLISHED : 7 Mar 2025 at 09:15",
        "Your subscription has been saved.",
        "Your subscription could not be saved. Please try again.",
        "Stay updated - Follow Example News on WhatsApp and Telegram",
        "FEATURED STORIES",
        "SCAM_COMPOUND_RAID_03072025_002.jpg",
    ],
)
def test_stamps_bylines_and_prompts_inside_the_story_are_meta(line: str) -> None:
    lines = _STORY.splitlines()
    text = "\n".join([*lines[:2], line, *lines[2:]])
    kinds = _kinds(text)
    assert kinds[2] is ParagraphKind.META
    assert kinds[1] is kinds[3] is kinds[4] is ParagraphKind.BODY


@pytest.mark.parametrize(
    "line",
    [
        "On March 7 police raided the compound.",
        "Police shot 3 on May 5",
        "Officers said on Friday that 12 more workers had been found.",
    ],
)
def test_short_story_sentences_with_dates_are_not_stamps(line: str) -> None:
    lines = _STORY.splitlines()
    text = "\n".join([*lines[:2], line, *lines[2:]])
    assert _kinds(text)[2] is ParagraphKind.BODY


def test_a_stamp_above_the_story_stays_in_the_lead() -> None:
    text = "\n".join(
        [
            _STORY.splitlines()[0],
            "By Example Staff",
            "March 7, 2025 - 09:15",
            *_STORY.splitlines()[1:],
        ]
    )
    assert _kinds(text)[:3] == [ParagraphKind.LEAD] * 3


@given(
    st.lists(
        st.sampled_from(
            [
                "In related news, a man was held in Songkhla.",
                "Photo",
                "Example Ministry",
                "By Jane Roe",
                "7 Mar 2025 09:15",
                "A plane stands at the airport for Lusaka, Friday.",
                "Police raided a scam compound in Myawaddy and freed forty workers on Sunday.",
                "",
            ]
        ),
        max_size=12,
    )
)
def test_clutter_never_breaks_offsets(lines: list[str]) -> None:
    text = "\n".join(lines)
    seg = segment_text(text)
    for para in seg.paragraphs:
        assert text[para.start : para.end].strip() == text[para.start : para.end]
    for sentence in seg.sentences:
        assert not seg.paragraphs[sentence.paragraph].offtopic


@pytest.mark.parametrize(
    "line",
    [
        "(By Jane Roe and Lee Mei-ling)",
        "Register with Example Post to read more free articles.",
        "Readers' views (0)",
        "Back to top",
        "Enditem/ab",
        "ENG_KH_RAID_03072025_001.jpg",
    ],
)
def test_more_page_furniture_inside_the_story_is_meta(line: str) -> None:
    lines = _STORY.splitlines()
    text = "\n".join([*lines[:2], line, *lines[2:]])
    assert _kinds(text)[2] is ParagraphKind.META


def test_a_wire_photo_caption_with_an_agency_credit_is_a_caption() -> None:
    lines = _STORY.splitlines()
    caption = "Police vans outside the compound in Myawaddy where the workers were held. - WIRE"
    text = "\n".join([*lines, "Example News", "Mon Mar 3 2025", caption])
    kinds = _kinds(text)
    assert kinds[-1] is ParagraphKind.CAPTION
    # A sentence ending in a capitalised name is not a credit.
    assert _kinds("\n".join([*lines, "The workers were handed to the police of TAK."]))[-1] is (
        ParagraphKind.BODY
    )


def test_a_byline_block_after_the_first_paragraph_is_not_a_list_of_other_stories() -> None:
    # an outlet's template: a credit line, "By <outlet> reporter" and two time stamps
    # between the photo caption and the story; four short lines, but no headline list
    lines = _STORY.splitlines()
    text = "\n".join(
        [
            lines[0],
            lines[1],
            "Example News reporter",
            "By Example News reporter",
            "Published: March 07, 2025 08:37 AM GMT",
            "Updated: March 07, 2025 08:56 AM GMT",
            *lines[2:],
        ]
    )
    kinds = _kinds(text)
    assert kinds[3:6] == [ParagraphKind.META] * 3
    assert kinds[6:] == [ParagraphKind.BODY] * 2


_FIRST, _SECOND, _THIRD = _STORY.split("\n")[1:]


@pytest.mark.parametrize(
    "promo",
    [
        ["SIGN UP FOR OUR DAILY NEWSLETTER"],
        ["Subscribe to our channel for more", "Follow us on Facebook"],
        ["RELATED", "Families wait for news of relatives held in Myanmar"],
    ],
)
def test_a_promotion_inside_the_story_does_not_end_it(promo: list[str]) -> None:
    text = "\n".join([_STORY.split("\n")[0], _FIRST, *promo, _SECOND, _THIRD])
    kinds = _kinds(text)
    assert kinds[2 : 2 + len(promo)] == [ParagraphKind.BOILERPLATE] * len(promo)
    assert kinds[2 + len(promo) :] == [ParagraphKind.BODY, ParagraphKind.BODY]


def test_a_promotion_then_another_story_still_ends_the_story() -> None:
    other = (
        "A new bridge over the river opened to lorries on Monday, cutting the drive "
        "between the two provinces by an hour, the transport ministry said."
    )
    text = "\n".join([_STORY, "Sign up for our newsletter", other])
    assert _kinds(text)[-2:] == [ParagraphKind.BOILERPLATE, ParagraphKind.BOILERPLATE]


def test_comments_after_the_story_never_resume_it() -> None:
    comment = (
        "They said the workers in Myawaddy and Mae Sot deserve better from the police, "
        "and I agree with every word of it."
    )
    text = "\n".join([_STORY, "Share this article", "Comments (2)", comment])
    assert _kinds(text)[-1] is ParagraphKind.BOILERPLATE


def test_a_headline_list_after_related_is_not_the_story_going_on() -> None:
    text = "\n".join(
        [
            _STORY,
            "Related articles",
            "Floods cut roads in the north",
            "Minister opens new port terminal",
            "Rice exports rise for third month",
        ]
    )
    assert set(_kinds(text)[4:]) == {ParagraphKind.BOILERPLATE}
