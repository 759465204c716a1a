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


@pytest.mark.parametrize(
    ("text", "language", "everyday"),
    [
        # "Within a month, 40 citizens came home": "Dalam" (in, within) is also a small town.
        ("Dalam sebulan, 40 WNI pulang dari Kamboja.", "id", "Dalam"),
        # "Offences: trafficking in persons": "Trata" is no misspelt Trat.
        ("Delitos: Trata de personas y fraude en Camboya.", "es", "Trata"),
        # "Next, the group ...": "Tiếp" folds to the village Tiep.
        ("Tiếp đó, nhóm này đưa 12 người sang Campuchia.", "vi", "Tiếp"),
    ],
)
def test_everyday_words_of_the_text_language_are_not_small_places(
    gz: Gazetteer, text: str, language: str, everyday: str
) -> None:
    # read as English, the word is a place; read in its own language, an everyday word
    assert everyday in [r.span.text for r in gz.resolve(text) if r.place is not None]
    names = [r.span.text for r in gz.resolve(text, language=language) if r.place is not None]
    assert everyday not in names
    assert len(names) == 1  # the country stays


def test_everyday_words_of_the_language_still_name_prominent_places(gz: Gazetteer) -> None:
    # "Malaysia" and "Jakarta" are frequent Indonesian words too, but prominent places.
    text = "Sebanyak 30 WNI dipulangkan dari Malaysia ke Jakarta pada Senin."
    places = [r.place.name for r in gz.resolve(text, language="id") if r.place is not None]
    assert places == ["Malaysia", "Jakarta"]


def test_without_a_language_the_scan_is_unchanged(gz: Gazetteer) -> None:
    text = "Dalam sebulan, 40 WNI pulang dari Kamboja."
    assert [s.text for s in gz.scan(text)] == [s.text for s in gz.scan(text, language="en")]


def test_a_town_named_mid_sentence_and_never_written_as_a_word_stays(gz: Gazetteer) -> None:
    # "Gresik" is frequent in Indonesian news because it is a town's name: in mid-sentence,
    # never in lower case, it stays the town.
    text = "Polisi menahan 12 orang di Gresik dan Sidoarjo pada Kamis."
    places = [r.place.name for r in gz.resolve(text, language="id") if r.place is not None]
    assert places == ["Gresik", "Sidoarjo"]


def test_a_word_the_text_also_writes_in_lower_case_is_that_word(gz: Gazetteer) -> None:
    # "Trata" opens no sentence here, but "trata" (trafficking) recurs in lower case
    text = "La fiscalía contra la Trata abrió un caso en Camboya, donde la trata de personas crece."
    assert "Trata" in [r.span.text for r in gz.resolve(text) if r.place is not None]
    names = [r.span.text for r in gz.resolve(text, language="es") if r.place is not None]
    assert names == ["Camboya"]


def test_an_everyday_word_that_only_sounds_like_a_prominent_place_is_that_word(
    gz: Gazetteer,
) -> None:
    # "Pusat" (centre) folds to the sound of Pursat, a Cambodian province: spelt unlike the
    # place and an everyday Indonesian word, it is the word, even first in a sentence.
    text = "Pusat operasi penipuan di Poipet ditutup polisi Kamboja pada Senin."
    assert "Pusat" in [r.span.text for r in gz.resolve(text) if r.place is not None]
    names = [r.span.text for r in gz.resolve(text, language="id") if r.place is not None]
    assert "Pusat" not in names
    assert "Poipet" in names
