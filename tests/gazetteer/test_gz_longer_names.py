"""A small foreign place's one-word name that is only the first word of a longer
capitalised name the gazetteer does not know ("Mae Rim", "Mae Chan") is no place: it would
put a dot in the wrong country (sentences written for these tests)."""

from __future__ import annotations

import pytest

from gazetteer import Gazetteer


def _resolved(gz: Gazetteer, text: str) -> dict[str, str | None]:
    return {r.span.text: (r.place.country if r.place else None) for r in gz.resolve(text)}


@pytest.mark.parametrize(
    "text",
    [
        "Officers searched a house in Mae Rim district on Tuesday.",
        "The men were held at a farm near Mae Rim, police in Chiang Mai said.",
    ],
)
def test_the_first_word_of_an_unknown_thai_name_is_no_chinese_town(
    gz: Gazetteer, text: str
) -> None:
    assert _resolved(gz, text).get("Mae") is None


def test_a_known_name_of_two_words_still_resolves(gz: Gazetteer) -> None:
    assert _resolved(gz, "The group crossed at Mae Sot on Friday.").get("Mae Sot") == "TH"


def test_a_possessive_province_before_a_district_still_resolves(gz: Gazetteer) -> None:
    found = _resolved(gz, "Guards ran two compounds in Kandal's Saang district.")
    assert found.get("Kandal's") == "KH"
