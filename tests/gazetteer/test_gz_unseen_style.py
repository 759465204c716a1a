"""Mechanisms for places as unseen outlets write them (own sentences, not corpus text).

A multi-country region drawn for the story region wins over a foreign namesake, local units
named with a generic English admin word ("X Commune", "Y District") become units when the
name is not an English word, a name does not run on past a possessive, a commune named with
the town that holds it is placed in that town, and a photographer's name is a credit.
"""

from __future__ import annotations

from gazetteer import Gazetteer


def _by_text(gz: Gazetteer, text: str) -> dict[str, tuple[str | None, str | None]]:
    return {
        r.span.text: (None if r.place is None else r.place.id, r.span.note)
        for r in gz.resolve(text)
    }


def test_story_region_sense_of_a_region_beats_a_foreign_neighbourhood(gz: Gazetteer) -> None:
    # A story tried near Washington still means the Mekong tri-border (not the Washington
    # neighbourhood of that name) by "Golden Triangle".
    text = (
        "A federal court in Alexandria, Virginia, heard that the gang moved its call centres "
        "from Myawaddy to the Golden Triangle in Laos in 2023."
    )
    res = next(r for r in gz.resolve(text) if r.span.text == "Golden Triangle")
    assert res.place is not None and res.place.id == "region:golden-triangle"
    assert "story-region=0.20" in res.reasons  # the domain prior, as for places of its countries


def test_unknown_commune_with_generic_word_is_placed_at_its_district(gz: Gazetteer) -> None:
    text = "The twelve escapees reached Long Thuan Commune in Ben Cau District before dawn."
    found = _by_text(gz, text)
    assert "Long Thuan Commune" in found
    district = found["Ben Cau District"][0]
    assert district is not None
    assert found["Long Thuan Commune"][0] == district


def test_generic_admin_word_after_english_words_is_no_unit(gz: Gazetteer) -> None:
    text = "The company rented offices in the Central Business District of the capital."
    assert not any("Business District" in s for s in _by_text(gz, text))


def test_name_after_a_possessive_is_not_a_longer_name(gz: Gazetteer) -> None:
    text = "The boat landed in Tay Ninh Province's Ben Cau District on Friday."
    place, note = _by_text(gz, text)["Ben Cau District"]
    assert note is None and place is not None


def test_barangay_named_with_its_town_is_placed_in_that_town(gz: Gazetteer) -> None:
    # GeoNames' best "Santa Cruz" is in Manila; "..., Porac" says which one is meant.
    text = "Agents raided a walled compound in Barangay Santa Cruz, Porac, on Thursday."
    found = _by_text(gz, text)
    assert found["Barangay Santa Cruz"][0] == found["Porac"][0] == "gn:1692914"


def test_barangay_near_its_town_keeps_its_own_point(gz: Gazetteer) -> None:
    res = gz.resolve("Police raided a house in Sangkat Toul Sangke, Russey Keo.")
    unit = next(r for r in res if "Toul Sangke" in r.span.text)
    assert unit.place is not None and unit.place.id != "kh:1207"
    assert not any(x.startswith("within-named-parent") for x in unit.reasons)


def test_photographer_after_photo_by_is_a_credit(gz: Gazetteer) -> None:
    text = "Workers leave the raided compound in Porac on Tuesday. Photo by Jun Reyes"
    place, note = _by_text(gz, text)["Jun"]
    assert place is None and note == "nonplace:credit"
