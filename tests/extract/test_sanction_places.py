"""A sanction is the imposing government's measure: placed at the country (or
countries, or the EU) that impose it, not at its target; a notice or advisory is its
issuer's, a province's own or, from a capital, its country's; a supply's source, a region
shared by several governments and an aside on what was banned do not place a measure
(sentences written for these tests)."""

from __future__ import annotations

import datetime as dt

import pytest
from extract_helpers import FakeGazetteer, make_article

from gazetteer import Gazetteer
from geotrack.extract import extract_article

PUBLISHED = dt.date(2025, 10, 16)


def _policies(text: str, gz: FakeGazetteer) -> list[str]:
    article = make_article(text, id="sanction", published=PUBLISHED)
    events = extract_article(article, gazetteer=gz).events
    return sorted(e.place.name for e in events if e.type.value == "policy" and e.place)


@pytest.mark.parametrize(
    ("sentence", "places"),
    [
        (
            "Thailand and China on Tuesday imposed sanctions on a casino group in Poipet.",
            ["China", "Thailand"],
        ),
        ("Indonesia on Monday blacklisted a company that ran a compound in Bavet.", ["Indonesia"]),
        (
            "A tycoon who owns a resort in Poipet was sanctioned by Thailand on Friday.",
            ["Thailand"],
        ),
        # two governments joined by a dash or a slash: each one's measure
        (
            "On Monday the coordinated China-Thailand sanctions were imposed on a casino group in Poipet.",
            ["China", "Thailand"],
        ),
        (
            "The Thailand/China sanctions on a Bavet firm were announced on Friday.",
            ["China", "Thailand"],
        ),
    ],
)
def test_a_sanction_is_placed_at_the_governments_imposing_it(
    sentence: str, places: list[str], fake_gz: FakeGazetteer
) -> None:
    assert _policies(sentence, fake_gz) == places


def test_other_measures_still_go_where_they_are_aimed(fake_gz: FakeGazetteer) -> None:
    text = "Thailand on Monday cut electricity to Poipet."
    assert _policies(text, fake_gz) == ["Poipet"]


def test_a_country_abbreviation_heading_its_institution_imposes_the_sanction() -> None:
    # "US Treasury" is an organisation name to the gazetteer, not a place; its country
    # still imposes the sanction.
    text = "The US Treasury on Tuesday imposed sanctions on a conglomerate based in Phnom Penh."
    assert _policies(text, Gazetteer.default()) == ["United States"]  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "sentence",
    [
        "On Monday the European Union put three Karen militia officers on its sanctions list "
        "over forced labour in scam compounds in Myanmar.",
        "Three Karen militia officers were sanctioned by the EU on Monday over forced labour "
        "in scam compounds in Myanmar.",
        "The EU added three Karen militia officers to its sanctions list on Monday for running "
        "scam compounds in Myanmar.",
    ],
)
def test_the_eu_imposes_its_own_sanctions(sentence: str) -> None:
    # a union of countries, not Myanmar, whose officers are the target
    assert _policies(sentence, Gazetteer.default()) == ["European Union"]  # type: ignore[arg-type]


def test_a_designation_as_a_criminal_organisation_is_the_designating_government_s() -> None:
    text = (
        "Britain on Tuesday designated a Karen armed group that guards scam parks in Myanmar "
        "as a transnational criminal organisation."
    )
    assert _policies(text, Gazetteer.default()) == ["United Kingdom"]  # type: ignore[arg-type]


def test_a_strike_force_announced_by_a_us_department_is_the_us_s() -> None:
    text = (
        "The US Justice Department said on Wednesday it had set up a Scam Center Strike Force "
        "to go after compounds in Cambodia and Myanmar."
    )
    assert _policies(text, Gazetteer.default()) == ["United States"]  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("sentence", "places"),
    [
        # plural notices, put out by a province's police: that province's own measure
        (
            "Police in Yunnan Province issued notices on Monday telling residents working in "
            "Myanmar's border towns to report to their home police stations.",
            ["Yunnan"],
        ),
        (
            "Kerala put out travel advisories on Monday for young people offered jobs in Laos.",
            ["Kerala"],
        ),
        # a capital still stands for its country's government
        (
            "Nairobi put out an advisory on Monday for Kenyans offered jobs in Thailand.",
            ["Kenya"],
        ),
    ],
)
def test_who_issued_notices_and_advisories(sentence: str, places: list[str]) -> None:
    assert _policies(sentence, Gazetteer.default()) == places  # type: ignore[arg-type]


def test_the_targets_named_after_a_sanction_are_not_a_new_measure() -> None:
    # The second sentence lists who the sanction reached; it is no measure of its own,
    # and not one placed where a target stands.
    text = (
        "Thailand on Tuesday imposed sanctions on a casino tycoon and four of his firms.\n\n"
        "The companies sanctioned included a hotel group and a resort in Poipet."
    )
    assert _policies(text, Gazetteer.default()) == ["Thailand"]  # type: ignore[arg-type]


def test_a_supplys_source_is_not_where_a_cut_is_aimed(fake_gz: FakeGazetteer) -> None:
    # Fuel carried out of Poipet and Bavet is restricted: the two towns are where it
    # comes from, not the places the measure is put.
    text = "The army on Monday restricted fuel shipments from Poipet and Bavet to rebel areas."
    assert not {"Bavet", "Poipet"} & set(_policies(text, fake_gz))


def test_the_region_after_several_countries_is_not_the_storys_province(gaz: Gazetteer) -> None:
    # A joint pact of three governments "in the region" is not put in the Karen State the
    # story spoke of before.
    text = (
        "Scam compounds have spread across Karen State in recent years.\n\n"
        "In May, the governments of Laos, Myanmar and Thailand decided on a common task "
        "centre against online fraud in the region."
    )
    assert "Kayin" not in _policies(text, gaz)  # type: ignore[arg-type]


def test_an_aside_on_what_was_banned_does_not_place_the_ban(gaz: Gazetteer) -> None:
    # "the town" sits in a description of the banned trade, not in the ban's target.
    text = (
        "Casinos lined the streets of Sihanoukville for years.\n\n"
        "In 2021 the Cambodian government banned online betting, a business blamed for "
        "violence in the town."
    )
    assert _policies(text, gaz) == ["Cambodia"]  # type: ignore[arg-type]
