"""A story's closing paragraphs that bring new names but go on in the story's own words
stay in the story; prose of another subject after it is still an appended story (texts
written for these tests)."""

from __future__ import annotations

from geotrack.extract.segment import ParagraphKind, segment_text

_STORY = "\n".join(
    [
        "Petrol queues lengthen in border towns after power and fuel cut",
        "Drivers queued for hours at petrol stations in Myawaddy on Thursday after the Thai "
        "authorities cut the supply of fuel and electricity to the border town to hit scam "
        "compounds there, a resident said.",
        "Several petrol stations in Myawaddy have closed and residents fear that fuel will "
        "soon be rationed, the resident added.",
        "Police in Mae Sot said trucks carrying fuel to the border had been told to wait for "
        "an official order before crossing.",
    ]
)

#: New names, few of them the story's, but the story's subject in the story's words.
_CLOSING = (
    "Petrol stations in Hpa-an have also closed since the supply of fuel was cut, and "
    "residents there fear that fuel will be rationed too, traders said on Thursday. "
    "Drivers in Hpa-an queued for hours at the few petrol stations still open.\n"
    "In Kawkareik, trucks carrying fuel waited at stations for hours, and residents said "
    "the queues for fuel were longer than at any time since the supply was cut."
)

#: New names and a subject of its own.
_OTHER = (
    "Separately, a Japanese tourist was injured when a tour boat capsized off Langkawi on "
    "Sunday afternoon, Malaysian maritime officials said, adding that the vessel's "
    "skipper had been questioned by investigators and that weather conditions had been "
    "calm at the time of the accident near the Kilim Geoforest Park.\n"
    "The tourist, a 64-year-old woman from Osaka, was taken to a hospital in Kuah with a "
    "broken arm, and the other passengers returned to the jetty on a second boat."
)


def _kinds(text: str) -> list[ParagraphKind]:
    return [p.kind for p in segment_text(text).paragraphs]


def test_a_closing_paragraph_in_the_story_s_words_stays_in_the_story() -> None:
    kinds = _kinds(f"{_STORY}\n{_CLOSING}\n")
    assert kinds[-2:] == [ParagraphKind.BODY] * 2


def test_prose_of_another_subject_after_the_story_is_still_unrelated() -> None:
    kinds = _kinds(f"{_STORY}\n{_OTHER}\n")
    assert kinds[-2:] == [ParagraphKind.UNRELATED] * 2
