"""Countries listed as where the people come from ("from various countries, including
Brazil and India") are never an event's place (sentences written for these tests)."""

from __future__ import annotations

import datetime as dt

from extract_helpers import make_article

from gazetteer import Gazetteer
from geotrack.extract import extract_article


def _places(gaz: Gazetteer, text: str) -> set[str]:
    article = make_article(text, id="origin", published=dt.date(2025, 2, 20))
    return {e.place.name for e in extract_article(article, gazetteer=gaz).events if e.place}


def test_origin_list_is_not_the_scene(gaz: Gazetteer) -> None:
    places = _places(
        gaz,
        "Police rescued 50 workers from several countries, such as India and Kenya, "
        "at a compound in Poipet on Monday.",
    )
    assert places == {"Poipet"}


def test_origin_list_after_a_dash(gaz: Gazetteer) -> None:
    places = _places(
        gaz,
        "Soldiers freed 260 people from various countries—including Brazil, Nepal, "
        "Sri Lanka and Taiwan—at KK Park on Tuesday.",
    )
    assert places == {"KK Park"}


def test_countries_where_it_happened_stay(gaz: Gazetteer) -> None:
    places = _places(
        gaz, "Police raided compounds in several countries, including Cambodia and Laos, last year."
    )
    assert places == {"Cambodia", "Laos"}


def test_origin_list_after_a_counted_head_and_a_dash_alone(gaz: Gazetteer) -> None:
    places = _places(
        gaz,
        "Hundreds of workers escaped from KK Park on Sunday. Those who fled came from at "
        "least eight countries—Kenya, India, Nepal, Laos and others—officials said.",
    )
    assert places == {"KK Park"}


def test_where_most_of_them_come_from_is_not_the_scene(gaz: Gazetteer) -> None:
    places = _places(
        gaz,
        "Hundreds of workers fled KK Park on Sunday. More than 200 of them escaped to "
        "Thailand, most of them from Kenya, Nepal and the Philippines.",
    )
    assert places == {"KK Park"}


def test_the_governments_pressing_for_it_are_not_the_scene(gaz: Gazetteer) -> None:
    places = _places(
        gaz,
        "Soldiers raided KK Park on Sunday. Under pressure from the governments of Japan, "
        "India and the Philippines, the junta has detained 1,200 foreigners.",
    )
    assert places == {"KK Park"}


def test_the_embassies_at_a_handover_are_not_its_place(gaz: Gazetteer) -> None:
    places = _places(
        gaz,
        "On February 3, 140 foreigners held for online fraud were deported from Myanmar to "
        "their home countries. The deportation ceremony was attended by several diplomats, "
        "including the first secretary of the Embassy of Laos in Thailand; envoys from the "
        "embassies of Uganda and Ethiopia; and a chargé d'affaires.",
    )
    assert places == {"Myanmar"}
