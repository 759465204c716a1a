"""A small foreign place whose country the document never names is doubted (own sentences).

Outside the story countries the gazetteer keeps towns of 15,000 people and more and every
first-level unit, so ordinary words and given names meet them: "Meta" (a Colombian
province) is the company, "Nigel" (a South African town) a man, "Mao" (a town in Chad) a
surname. A one-word name of such a place, with no admin word, under 300,000 people and not
curated, loses 0.5 when the document names neither its country nor its people; named
either way, or when it is the document's only place (then its country is the focus), it
resolves as before.

The countries named beside a name also settle which border of a country is meant ("near
the Cambodian border" beside Vietnamese workers), and a border phrase right after a town
("Poipet on Cambodia's border with Thailand") only describes the town.
"""

from __future__ import annotations

import pytest

from gazetteer import Gazetteer


def _place(gz: Gazetteer, text: str, surface: str) -> str | None:
    hits = [r for r in gz.resolve(text) if r.span.text == surface]
    assert hits, f"{surface!r} is no span of {text!r}"
    place = hits[0].place
    return None if place is None else place.country


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "Police in Thailand arrested 21 suspects after Meta took down the accounts they used.",
            "Meta",
        ),
        ("Nigel Lim Boon Kiat, 45, was charged in Singapore on Friday.", "Nigel"),
        ("Investigators in Bangkok said Mao had recruited the workers in Yunnan.", "Mao"),
    ],
)
def test_unnamed_country_place_is_doubted(gz: Gazetteer, text: str, surface: str) -> None:
    assert _place(gz, text, surface) is None


@pytest.mark.parametrize(
    ("text", "surface", "country"),
    [
        ("Three Colombians were recruited in Meta before flying to Bangkok.", "Meta", "CO"),
        ("Police in Meta, Colombia, arrested the recruiter on Monday.", "Meta", "CO"),
        ("Police in Meta province arrested the recruiter on Monday.", "Meta province", "CO"),
        ("Two South Africans from Nigel were freed from a compound in Myawaddy.", "Nigel", "ZA"),
        ("The workers flew home to Colombo on Monday.", "Colombo", "LK"),
    ],
)
def test_named_country_or_admin_word_keeps_the_place(
    gz: Gazetteer, text: str, surface: str, country: str
) -> None:
    assert _place(gz, text, surface) == country


def test_story_country_places_are_not_doubted(gz: Gazetteer) -> None:
    # a small Thai town needs no "Thailand" beside it: the story countries keep their names
    assert _place(gz, "Police raided a house in Phop Phra on Monday.", "Phop Phra") == "TH"


def test_a_country_border_goes_with_the_neighbour_named_beside_it(gz: Gazetteer) -> None:
    text = (
        "Hundreds of Taiwanese are held in Southeast Asia.\n\n"
        "A clip showed dozens of Vietnamese workers running from a casino near the "
        "Cambodian border.\n"
    )
    hits = [r for r in gz.resolve(text) if r.span.text == "Cambodian border"]
    assert hits and hits[0].place is not None
    assert hits[0].place.id == "border:KH-VN"


def test_a_border_phrase_after_a_town_describes_the_town(gz: Gazetteer) -> None:
    text = "The casino town of Poipet on Cambodia's border with Thailand was raided."
    notes = {r.span.text: r.span.note for r in gz.resolve(text)}
    assert notes.get("Cambodia's border") == "nonplace:describes-previous-place"
