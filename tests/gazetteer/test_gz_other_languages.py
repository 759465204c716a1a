"""Country names in the other Latin-script languages of the region's and the victims' press
(CLDR names through Babel), matched as written only (sentences written for these tests)."""

from __future__ import annotations

import pytest

from gazetteer import Gazetteer
from gazetteer.sources import _cldr_names


@pytest.mark.parametrize(
    ("text", "countries"),
    [
        ("Dua puluh WNI dipulangkan dari Kamboja dan Myanmar.", ["KH", "MM"]),
        ("Cinco brasileiros foram resgatados no Camboja e na Tailândia.", ["KH", "TH"]),
        ("Công an Campuchia bàn giao 30 công dân tại cửa khẩu.", ["KH"]),
        ("Los rescatados volvieron de Birmania a Estados Unidos.", ["MM", "US"]),
    ],
)
def test_other_languages_name_the_countries(gz: Gazetteer, text: str, countries: list[str]) -> None:
    found = [r.place.country for r in gz.resolve(text) if r.place is not None]
    assert found == countries


def test_other_language_names_are_not_matched_by_sound(gz: Gazetteer) -> None:
    # a word broken at a line end ("Nigeri- an") sounds like the Czech "Nigérie"
    text = "The agency brought home 23 Nigeri- an youths from Thailand."
    assert [r.place.name for r in gz.resolve(text) if r.place is not None] == ["Thailand"]


def test_names_that_read_as_english_words_are_left_out() -> None:
    assert "Mỹ" not in _cldr_names("US")  # folds to "My"
    assert "Ấn Độ" not in _cldr_names("IN")  # folds to "An Do"
    assert "Kamboja" in _cldr_names("KH")
