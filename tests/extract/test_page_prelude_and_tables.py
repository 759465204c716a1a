"""A paywall's offer above the story and the story's own tables of figures (texts written
for these tests): neither may cost the story its paragraphs."""

from __future__ import annotations

from geotrack.extract.segment import ParagraphKind, segment_text

_PAYWALL = [
    "Junta urges countries to take back workers held after compound raids",
    "Advertisement",
    "Read this story for free:",
    "Already a subscriber? Sign in here »",
    "Monthly Digital Plan",
    "- Unlimited reading on our website",
    "- Daily puzzles and the e-paper",
    "*Free for the first month, then the price rises to the standard rate of $18.00 plus tax "
    "every four weeks. New subscribers only. Cancel whenever you like.",
    "Monthly Digital Plan",
    "- Unlimited reading on our website",
    "- Daily puzzles and the e-paper",
    "Already a subscriber? Sign in here »",
]
_STORY = [
    "BANGKOK (AP) — Myanmar's military government on Sunday asked other countries to take "
    "back about 900 foreigners detained in raids on scam centres in Myawaddy.",
    "Troops raided two large compounds near the Thai border last month and detained "
    "workers from more than a dozen countries, an officer said.",
]


def test_story_after_a_paywall_offer_is_the_story() -> None:
    text = "\n".join(_PAYWALL + _STORY)
    seg = segment_text(text)
    kinds = [p.kind for p in seg.paragraphs]
    assert kinds[-2:] == [ParagraphKind.BODY, ParagraphKind.BODY]
    assert seg.dateline is not None and text[seg.dateline[0] : seg.dateline[1]] == "BANGKOK"
    # the offer's own prose is not the story
    assert seg.paragraphs[7].offtopic


def test_a_story_without_domain_words_and_nothing_after_stays_as_it_was() -> None:
    text = "\n".join(
        [
            "Weekend weather",
            "Rain is expected across the central plains on Saturday, with storms in the "
            "afternoon and cooler air arriving on Sunday morning for most of the region.",
            "Comments",
        ]
    )
    kinds = [p.kind for p in segment_text(text).paragraphs]
    assert kinds[1] is ParagraphKind.BODY


_TABLE_STORY = [
    "MAE SOT – Thai officials said 1,200 foreigners who fled a compound in Myawaddy had "
    "crossed into Tak province by Sunday, after soldiers raided the site.",
    "Officers screened the group at two centres and began handing people to their embassies.",
    "Figures by nationality:",
    "- India: 410 people (390 men, 20 women)",
    "- Philippines: 205 people (110 men, 95 women)",
    "- China: 170 people (160 men, 10 women)",
    "- Ethiopia: 120 people (101 men, 19 women)",
    "Others came from Kenya, Nepal, Ghana, Sri Lanka and a dozen more countries, the "
    "officials added in a note sent to reporters on Sunday evening.",
    "Where they were screened:",
    "- Friendship Bridge 2 area: 700 people",
    "- Mae Sot police station area: 500 people",
    "What happened to them:",
    "- Charged: 610 people",
    "- Fined and sent home: 420 people",
    "- Jailed without a fine: 190 people",
    "- Thai citizens fined: 30 people",
]


def test_a_table_of_figures_is_the_storys_own() -> None:
    text = "\n".join(_TABLE_STORY)
    kinds = [p.kind for p in segment_text(text).paragraphs]
    assert all(k is ParagraphKind.BODY for k in kinds), kinds


def test_a_list_of_other_headlines_is_still_cut() -> None:
    text = "\n".join(
        [
            *_TABLE_STORY[:2],
            "Related stories:",
            "Minister opens new bridge over the river in the north",
            "Festival draws record crowds to the old town this weekend",
            "Rice farmers hope for better prices after the harvest",
            "Football club signs striker from a rival team",
        ]
    )
    kinds = [p.kind for p in segment_text(text).paragraphs]
    assert kinds[:2] == [ParagraphKind.BODY, ParagraphKind.BODY]
    assert all(k is ParagraphKind.BOILERPLATE for k in kinds[3:]), kinds
