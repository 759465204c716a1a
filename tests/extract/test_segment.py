"""Paragraphs, sentences, datelines, and what is not the story."""

from __future__ import annotations

import re

import pytest
from extract_helpers import fixture_text
from hypothesis import given
from hypothesis import strategies as st

from geotrack.extract import segment
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
        ("YANGON—The junta said", "YANGON"),
        ("ĐỒNG NAI — Border guards said", "ĐỒNG NAI"),
        ("date 2024-05-02 MANILA: Police said", "MANILA"),
        ("Jakarta. The ministry said", "Jakarta"),
        ("Jakarta (ANTARA) - The ministry said", "Jakarta"),
        ("Vientiane (KPL) – Police said", "Vientiane"),
        ("Kuala Lumpur — Police said", "Kuala Lumpur"),
        ("MAE SOT (Thailand), March 3 (Bernama) -- The embassy said", "MAE SOT"),
        ("KUALA LUMPUR, March 3 (Bernama) -- The embassy said", "KUALA LUMPUR"),
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


@pytest.mark.parametrize(
    "opening",
    [
        "UPDATE: Ministry officials now say",
        "EXCLUSIVE — Documents show",
        "Update. Officials now say",
        "Mr. Sok Phal said",
        "Police said",
    ],
)
def test_labels_and_names_are_not_datelines(opening: str) -> None:
    text = (
        opening
        + " that raids on scam compounds continued for a third day and more arrests followed."
    )
    assert segment_text(text).dateline is None


def test_dateline_below_a_photo_caption_is_found() -> None:
    text = (
        "Soldiers check the passports of foreign workers at dawn near the river crossing in Mae Sot.\n"
        "TAK — Thai soldiers took in 40 foreign workers who had fled a scam compound across the river.\n"
        "The workers said they had been held for months and beaten when they missed targets.\n"
    )
    seg = segment_text(text)
    assert seg.dateline is not None and text[seg.dateline[0] : seg.dateline[1]] == "TAK"
    assert text[seg.lead_start :].startswith("Thai soldiers")


def test_dateline_below_page_furniture_and_standfirst_bullets_is_found() -> None:
    title = "Army says it took 12 satellite dishes in raid on border scam hub"
    text = (
        f"{title}\n"
        "Workers stand on the roof of a block beside the river, seen from the Thai side of the border.\n"
        "Short Url\n"
        "Follow\n"
        f"{title}\n"
        "• Neighbouring governments have sent thousands of suspected scammers home since spring\n"
        "• The trade took in billions of dollars last year, a United Nations office estimates\n"
        "YANGON: Myanmar's army said on Tuesday it had raided a compound on the Thai border.\n"
        "The statement did not say how many people were detained in the operation.\n"
    )
    seg = segment_text(text)
    assert seg.dateline is not None and text[seg.dateline[0] : seg.dateline[1]] == "YANGON"
    assert text[seg.lead_start :].startswith("Myanmar's army")


def test_title_of_an_appended_story_goes_with_its_dateline() -> None:
    story = "Police raided a scam compound in Bokeo and detained 300 suspects, officials said on Monday.\n"
    text = (
        story * 3 + "---\nBoat races return to Luang Prabang\n"
        "Luang Prabang – Crews from twelve villages will compete on the river next weekend, and "
        "hotels in the old town are nearly full, the provincial tourism office said.\n"
        "Organisers expect more visitors than last year, when rain cut the event short.\n"
    )
    kinds = [k for _, k in _kinds(text)]
    assert kinds[:3] == ["body"] * 3
    assert all(k in ("boilerplate", "unrelated") for k in kinds[3:])


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


_STORY = (
    "Police in Bavet raided a casino compound on Tuesday and freed 40 trafficking victims "
    "from Indonesia and Vietnam, officials in Svay Rieng said."
)


@pytest.mark.parametrize(
    "caption",
    [
        "Photo: Freed workers sit outside the casino in Bavet while officers check their papers.",
        "(Photo caption: Officers walk the freed workers to a bus at the Bavet checkpoint on Tuesday.)",
        "Caption: A guard stands at the gate of the compound in Bavet after the operation ended.",
    ],
)
def test_a_photo_caption_is_part_of_the_story(caption: str) -> None:
    text = f"{_STORY}\n{caption}\nPhoto: AFP\n"
    seg = segment_text(text)
    assert seg.paragraphs[1].kind is ParagraphKind.CAPTION
    assert not seg.offtopic_at(text.index("Bavet", len(_STORY)))
    assert any(s.paragraph == 1 for s in seg.sentences)
    assert seg.paragraphs[2].kind is ParagraphKind.META  # a credit, not a caption


@pytest.mark.parametrize(
    "header",
    ["Other news", "Read more", "More headlines", None],
)
def test_a_short_list_of_other_stories_is_boilerplate(header: str | None) -> None:
    titles = [
        "- Kampot pepper farmers expect a record harvest",
        "- New ferry links Kep with Rabbit Island",
        "- Siem Reap museum reopens after repairs",
    ]
    lines = [_STORY, "The victims were taken to a shelter in Phnom Penh, police said."]
    lines += ([header] if header else []) + titles
    text = "\n".join(lines) + "\n"
    kinds = [k for _, k in _kinds(text)]
    assert kinds[:2] == ["body", "body"]
    assert all(k == "boilerplate" for k in kinds[2:])
    assert seg_offtopic(text, "Siem Reap")


def seg_offtopic(text: str, word: str) -> bool:
    return segment_text(text).offtopic_at(text.index(word))


def test_three_short_subheads_with_prose_between_stay() -> None:
    prose = "Officers said more scam suspects were detained in the raid and questioned by police."
    text = "\n".join(
        [_STORY, "What happened next", prose, "Who was held", prose, "What comes now", prose]
    )
    assert all(k == "body" for _, k in _kinds(text))


def test_the_story_closing_paragraph_stays_when_it_names_the_story_places() -> None:
    text = "\n".join(
        [
            "NAIROBI - Kenya said 40 of its citizens were rescued from scam compounds around "
            "Myawaddy in Myanmar and flown home from Bangkok this week.",
            "Relatives of those still held in Myanmar met at a church in Nairobi on Sunday, and "
            "the embassy in Bangkok opened a hotline.",
            "SPORTS",
            "Leopards beat Sharks at Nyayo",
            "Leopards won a tight derby at Nyayo on Saturday with a late header from their "
            "captain, and the coach praised a young side that kept going in the heat. The "
            "Sharks host the league leaders at home in Mombasa next weekend.",
        ]
    )
    seg = segment_text(text)
    assert [p.offtopic for p in seg.paragraphs] == [False, False, True, True, True]
    assert not seg.offtopic_at(text.index("church in Nairobi"))
    assert seg.offtopic_at(text.index("Mombasa"))


def test_closing_sentence_with_an_outlet_sign_off_stays_in_the_story() -> None:
    # A last paragraph ending "... hearing. – Example.com" is prose, not a headline of the
    # related-stories list that follows it.
    text = "\n\n".join(
        [
            "Police raided a scam compound in Bavet on Monday and detained 40 workers, officials said.",
            "The detained workers will be taken to the immigration office in Phnom Penh before "
            "their deportation hearing next week. – Example.com",
            "Related Stories",
            "- Farmers brace for a late monsoon in the north",
            "- City council approves a new bus route plan",
            "- Schools reopen after the long holiday weekend",
            "- Night market moves to the riverside next month",
        ]
    )
    seg = segment_text(text)
    assert not seg.offtopic_at(text.index("Phnom Penh"))
    assert seg.offtopic_at(text.index("Farmers"))


def test_tag_line_above_the_title_stays_in_the_lead() -> None:
    # "MYANMAR | Shan State" names the story's places; a long menu line stays boilerplate.
    text = "\n\n".join(
        [
            "Home | News | Business | Sports | Opinion",
            "MYANMAR  |  Shan State",
            "Militia Hands Over Hundreds From Scam Hubs Near Tachileik",
            "By Staff Reporter",
            "3 March 2025",
            "The militia said it had handed over 300 foreigners taken from scam compounds near "
            "Tachileik to Thai police on Sunday, in a long operation along the border.",
        ]
    )
    seg = segment_text(text)
    assert seg.offtopic_at(text.index("Home"))
    assert not seg.offtopic_at(text.index("Shan State"))


def test_a_short_closing_paragraph_of_background_stays_in_the_story() -> None:
    text = (
        "Police raided a casino compound in Shwe Kokko on Monday and detained 80 scam workers.\n"
        "A provincial tribunal led by Deputy Minister Aung Min will review the Shwe Kokko "
        "project, which covers 300 hectares along the Moei river near Myawaddy town.\n"
        "Aung Min said officials from the Karen State government would visit the project "
        "in Shwe Kokko after the rains, once roads to Myawaddy reopened for traffic.\n"
        "In 2021, newspapers said the building work in Myawaddy had gone far beyond the plan.\n"
    )
    seg = segment_text(text)
    assert not any(p.offtopic for p in seg.paragraphs)
    assert not seg.offtopic_at(text.index("building work in Myawaddy"))


def test_an_appended_story_with_its_own_length_is_still_unrelated() -> None:
    text = fixture_text("appended_story.txt")
    assert [p.offtopic for p in segment_text(text).paragraphs] == [False, False, True, True]


@pytest.mark.parametrize(
    "line",
    [
        "(Reporting by Jane Roe in Bangkok; Editing by John Doe)",
        "Additional reporting by the Yangon bureau",
        "Our Standards: The Example Trust Principles.",
        "Disclaimer: The views expressed are the writer's own.",
        "4 min read",
        '[audio_player voice="UK English Male"]',
        "Article continues after this advertisement",
        "Story continues below",
    ],
)
def test_credits_reading_times_and_shortcodes_are_not_story(line: str) -> None:
    story = (
        "Police raided a scam compound in Bavet and detained dozens of workers on Monday morning."
    )
    text = f"{story}\n{line}\n{story}\n"
    seg = segment_text(text)
    assert seg.paragraphs[1].offtopic
    assert not seg.paragraphs[0].offtopic and not seg.paragraphs[2].offtopic


def test_a_publication_stamp_opening_the_text_is_not_story_words() -> None:
    text = "date 2024-08-20 Police in Bokeo detained 771 people in a week-long sweep on August 12."
    seg = segment_text(text)
    assert seg.dateline is None
    assert text[seg.lead_start :].startswith("Police in Bokeo")


def test_a_dateline_full_stop_does_not_end_the_first_sentence() -> None:
    text = "Jakarta. The ministry flew 200 citizens home from Myawaddy on Tuesday. More follow."
    seg = segment_text(text)
    assert [text[s.start : s.end] for s in seg.sentences] == [
        "Jakarta. The ministry flew 200 citizens home from Myawaddy on Tuesday.",
        "More follow.",
    ]


def test_a_list_a_prose_sentence_introduces_stays_without_domain_words() -> None:
    # The header sentence has no scam vocabulary, yet it is the story's, and so are the
    # places of its items and the prose after them.
    text = "\n\n".join(
        [
            _STORY,
            "The power company said it switched off the supply at five points:",
            "Mae Sai bridge-Tachileik",
            "Three Pagodas Pass-Payathonzu",
            "Mae Sot old bridge-Myawaddy",
            "Mae Sot new bridge-Myawaddy",
            "Ban Pong Nam Ron-Payathonzu",
            "Officials in Tak said the supply would stay off until the compounds closed down.",
        ]
    )
    kinds = [k for _, k in _kinds(text)]
    assert kinds == ["body"] * 8
    assert not seg_offtopic(text, "Payathonzu")


def test_a_closing_paragraph_referring_back_to_the_story_stays() -> None:
    # "The embassy ..." picks up the story's embassy: no appended story, so its places
    # (and the next paragraph's, sharing the story's names) stay in the story.
    text = "\n\n".join(
        [
            "The Chinese Embassy in Vientiane said 90 Chinese nationals held in a scam raid "
            "in Laos were deported on Friday.",
            "The embassy added that everyone living in Laos should refuse gifts from strangers "
            "and keep their papers safe at all times, however friendly the offer.",
            "Chinese tourists in Laos have drawn attention lately after a quarrel with a Lao "
            "driver turned into a fight in Luang Prabang, and a video of the brawl spread on "
            "social media across the region.",
        ]
    )
    assert [k for _, k in _kinds(text)] == ["body"] * 3
    assert not seg_offtopic(text, "Luang Prabang")


def test_an_appended_story_opening_with_a_new_subject_is_still_unrelated() -> None:
    text = "\n\n".join(
        [
            _STORY,
            "The football league said its new season would start in August with twelve clubs "
            "and a longer calendar, and that ticket prices would stay the same as last year.",
            "Fans in Phnom Penh welcomed the news, and the clubs said stadium repairs in Siem "
            "Reap and Battambang would be finished before the first round of matches. Coaches "
            "said the longer calendar would help young players.",
        ]
    )
    kinds = [k for _, k in _kinds(text)]
    assert kinds[0] == "body" and kinds[1:] == ["unrelated", "unrelated"]


_CLOSE = (
    "Sokha told reporters that officers would stay in the town for some weeks, and that the "
    "provincial court had been asked to look at the accounts of the firms that rented the "
    "buildings."
)


@pytest.mark.parametrize(
    "opening",
    [
        "In addition, the provincial court ordered",
        '"We are still counting what was left behind," an officer said, adding that the court',
        "The BGF also said that the provincial court",
        "Sokha was also asked whether the court",
    ],
)
def test_a_closing_paragraph_that_goes_on_with_the_story_stays(opening: str) -> None:
    # A connective, a quotation, "The <ACRONYM>" or a name of the story as the subject
    # opens a paragraph of the same story, although it shares no two names with it and
    # has no domain word.
    story = _STORY.replace("officials in Svay Rieng", "Colonel Sokha of the BGF said")
    closing = (
        f"{opening} had frozen the accounts of eleven firms and taken four cars, two boats "
        "and a warehouse full of furniture and electrical goods, worth more than a million "
        "dollars, and that the owners of the buildings had left the country weeks before."
    )
    text = "\n\n".join([story, _CLOSE, closing])
    assert [k for _, k in _kinds(text)] == ["body"] * 3


def test_a_caption_between_closing_paragraphs_does_not_end_the_story() -> None:
    text = "\n\n".join(
        [
            _STORY,
            "Photo caption: People wait outside a guesthouse in Svay Rieng on Tuesday.",
            "Diplomats from Indonesia and Vietnam travelled to Bavet on Wednesday to meet the "
            "group, and said they would arrange flights home for all of them once their names "
            "had been checked, a process that could take several weeks because many had lost "
            "their papers, and that families at home had been told.",
        ]
    )
    assert [k for _, k in _kinds(text)] == ["body", "caption", "body"]


def test_a_byline_block_under_a_short_standfirst_is_not_a_headline_list() -> None:
    # Author twice, outlet, image file name: title-like lines under the standfirst, then
    # the story's prose on the same subject. The story goes on; the bylines are furniture.
    text = "\n\n".join(
        [
            "Police arrest two over trafficking of Kenyans to Myanmar",
            "The victims were held in a guarded compound in Myanmar for five months.",
            "Jane Achieng Otieno",
            "Jane Achieng Otieno",
            "The Coastal Standard",
            "2023_05_11_raid_photo._large.jpg",
            "NAIROBI – Detectives arrested two recruiters accused of sending 30 Kenyans to "
            "scam compounds in Myanmar, where they were made to run online fraud, "
            "police said on Thursday.",
        ]
    )
    seg = segment_text(text)
    assert not seg.offtopic_at(text.index("Detectives arrested"))
    assert seg.offtopic_at(text.index("The Coastal Standard"))
    assert seg.dateline is not None and text[slice(*seg.dateline)] == "NAIROBI"


def test_glued_icon_names_are_not_the_first_prose_paragraph() -> None:
    # A scraped page's icon font names glued into one line are not the story's first
    # paragraph, so the page header under them (language note, author, titles) is not a
    # headline list that ends the story before it starts.
    icons = "arrow-downarrow-leftarrow-rightarrow-upburgerchevron-downchevron-left " * 4
    text = "\n\n".join(
        [
            icons.strip() + " Clock icon close delete download email external-link",
            "The content is also available in the following languages: Thai, Burmese",
            "Article",
            "23 Jun 2022",
            "Author:",
            "THE BORDER MONITOR",
            "Myanmar: How a casino town on the Moei river came back to life",
            '"Town of Lights: How the casino town came back" 23 June 2022',
            "The town sits on a bend of the river that divides the two countries, and its "
            "streets were quiet for most of the year until the new owners arrived with money.",
            "Police raided a casino compound in Shwe Kokko on Monday and detained 80 scam "
            "workers, most of them from China and Vietnam, officials in Myawaddy said.",
        ]
    )
    seg = segment_text(text)
    assert not seg.offtopic_at(text.index("Police raided"))


def test_two_sentences_glued_by_a_lost_blank_are_split() -> None:
    text = (
        "Consular staff helped the police list the victims and find them beds.After that, "
        "officers freed two more workers from the same office, Mr.Tran said."
    )
    sentences = [text[s.start : s.end] for s in segment_text(text).sentences]
    assert sentences == [
        "Consular staff helped the police list the victims and find them beds.",
        "After that, officers freed two more workers from the same office, Mr.Tran said.",
    ]


#: The sentence-end pattern as first written (two alternatives, each opening with its own
#: end mark); ``_SENTENCE_END_RE`` writes the shared first character once.
_SENTENCE_END_REFERENCE = re.compile(
    r"[.!?…]+[\"”’')\]]*(?=\s+[\"“‘'(\[]?[A-Z0-9])|(?<=[a-z][a-z])[.!?](?=[A-Z][a-z])"
)
_SENTENCE_PIECES = st.text(alphabet="ab.!?… \n\"”’')]([“‘'AZ0x", max_size=60)


@given(st.one_of(_SENTENCE_PIECES, st.text(max_size=200)))
def test_sentence_end_pattern_matches_as_first_written(text: str) -> None:
    expected = [m.span() for m in _SENTENCE_END_REFERENCE.finditer(text)]
    assert [m.span() for m in segment._SENTENCE_END_RE.finditer(text)] == expected


def test_sentence_end_pattern_on_its_cases() -> None:
    text = 'He said "Go." Then he left... U.S. aid.After that, 3 more! "Why?" (Yes.) Ok.Done'
    expected = [m.span() for m in _SENTENCE_END_REFERENCE.finditer(text)]
    assert len(expected) >= 5
    assert [m.span() for m in segment._SENTENCE_END_RE.finditer(text)] == expected
