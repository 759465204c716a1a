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


@pytest.mark.parametrize(
    "text",
    [
        # "Victims were brought to the gate": "Nạn" and "Cửa" fold to Nan (Thailand) and Cua.
        "Nạn nhân được đưa về Cửa khẩu Mộc Bài an toàn.",
        "Lợi dụng tình hình, nhóm này lừa 20 người sang Campuchia.",
    ],
)
def test_vietnamese_words_are_not_places_their_letters_spell(gz: Gazetteer, text: str) -> None:
    places = [r.place.country for r in gz.resolve(text) if r.place is not None]
    assert set(places) <= {"VN", "KH"}


def test_vietnamese_place_spelt_with_its_marks_still_resolves(gz: Gazetteer) -> None:
    text = "Bảy nạn nhân về đến Hương Sơn, Hà Tĩnh và Huế."
    assert [r.place.name for r in gz.resolve(text) if r.place is not None] == [
        "Hương Sơn",
        "Hà Tĩnh",
        "Huế",
    ]
