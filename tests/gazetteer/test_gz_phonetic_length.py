"""A name that only sounds like a place of another length is no place (own sentences).

The phonetic key folds the spellings of Khmer, Thai and Chinese names ("Sihanoukvile",
"Ouddar Meanchey"), so two syllables of a person's name can sound like a one-word city
("Chen Zhu", Chenzhou) and a compound's name like a town of another country ("Van
Chheung", Wanning). A phonetic match with more words than the place name (an admin word
after it left out) loses 1.0 and stays unresolved; one of the same length resolves as
before, and so does one of fewer words, two words written as one ("Mesot").
"""

from __future__ import annotations

import pytest

from gazetteer import Gazetteer


def _place(gz: Gazetteer, text: str, surface: str) -> str | None:
    hits = [r for r in gz.resolve(text) if r.span.text == surface]
    assert hits, f"{surface!r} is no span of {text!r}"
    place = hits[0].place
    return None if place is None else place.name


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Police said Chen Zhu, 41, had run the call centre for two years.", "Chen Zhu"),
        (
            "The company behind the casino belongs to Van Chheung, officials in Bavet said.",
            "Van Chheung",
        ),
    ],
)
def test_a_name_of_another_length_is_no_place(gz: Gazetteer, text: str, surface: str) -> None:
    assert _place(gz, text, surface) is None


@pytest.mark.parametrize(
    ("text", "surface", "name"),
    [
        ("Police rescued 40 people in Sihanoukvile on Monday.", "Sihanoukvile", "Sihanoukville"),
        ("The workers were sent home from Ouddar Meanchey.", "Ouddar Meanchey", "Oddar Meanchey"),
        ("Forty workers crossed the river to Mesot at night.", "Mesot", "Mae Sot"),
    ],
)
def test_a_misspelling_of_the_same_or_fewer_words_still_resolves(
    gz: Gazetteer, text: str, surface: str, name: str
) -> None:
    assert _place(gz, text, surface) == name
