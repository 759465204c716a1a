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
