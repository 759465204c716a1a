"""A sentence that counts sites per place ("one site in A's Poipet city, three sites in B's
Bavet city and a single site in Phnom Penh") reports a scene at each place, the finest of its
possessive address (sentences written for these tests)."""

from __future__ import annotations

import datetime as dt

from extract_helpers import make_article

from gazetteer import Gazetteer
from geotrack.extract import extract_article

PUBLISHED = dt.date(2023, 8, 8)


def _places(text: str, gaz: Gazetteer, etype: str) -> list[str | None]:
    article = make_article(text, id="sites", published=PUBLISHED)
    return sorted(
        e.place.name if e.place else ""
        for e in extract_article(article, gazetteer=gaz).events
        if e.type.value == etype
    )


def test_each_counted_set_of_sites_is_a_scene(gaz: Gazetteer) -> None:
    text = (
        "Officers freed the workers on Tuesday from one site in Banteay Meanchey's Poipet "
        "city, three sites in Svay Rieng province's Bavet city and five buildings in Phnom "
        "Penh, the embassy said."
    )
    assert _places(text, gaz, "rescue") == ["Bavet", "Phnom Penh", "Poipet"]


def test_counted_buildings_in_two_towns_are_two_raids(gaz: Gazetteer) -> None:
    text = "Police raided three buildings in Phnom Penh and two sites in Sihanoukville on Monday."
    assert _places(text, gaz, "raid") == ["Phnom Penh", "Sihanoukville"]


def test_a_possessive_address_alone_is_one_scene(gaz: Gazetteer) -> None:
    text = "Police rescued 40 workers from a building in Banteay Meanchey's Poipet city on Monday."
    assert _places(text, gaz, "rescue") == ["Poipet"]
