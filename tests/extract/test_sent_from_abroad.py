"""A deportation left at the deportees' own country goes to the other country the story
is about (a country does not deport its own people); one the sentence ties to the home
country, or a countrywide one, stays."""

from __future__ import annotations

import importlib
from types import SimpleNamespace

import pytest

from gazetteer import Gazetteer
from geotrack.model import Event, EventType, Role
from geotrack.resolve.roles import PlaceSpan

events_module = importlib.import_module("geotrack.extract.events")


def _span(gaz: Gazetteer, name: str, start: int) -> PlaceSpan:
    place = gaz.country(name)
    assert place is not None
    return PlaceSpan(start, start + len(name), name, place, 1.0, (), "place", Role.CONTEXT)


def _ctx(gaz: Gazetteer, names: list[str]) -> SimpleNamespace:
    spans = [_span(gaz, name, 20 * i) for i, name in enumerate(names)]
    return SimpleNamespace(spans=spans, country=gaz.country)


def _deportation(gaz: Gazetteer, home: str, evidence: tuple[str, ...], sentence: str) -> Event:
    return Event(
        id="e1",
        type=EventType.DEPORTATION,
        article_id="a",
        sentence=sentence,
        start=0,
        end=len(sentence),
        place=gaz.country(home),
        place_text=home,
        geo_precision=4,
        nationalities={home: 31},
        evidence=evidence,
    )


def test_home_country_level_deportation_goes_abroad(gaz: Gazetteer) -> None:
    ctx = _ctx(gaz, ["NP", "MM", "NP", "MM", "MM"])
    event = _deportation(gaz, "NP", ("cue:repatriated", "place:country-level"), "They came home.")
    (moved,) = events_module._sent_from_abroad([event], ctx)
    assert moved.place is not None and moved.place.country == "MM"
    assert "place:abroad" in moved.evidence


@pytest.mark.parametrize(
    ("evidence", "sentence"),
    [
        # the sentence itself ties the home country: kept
        (("cue:repatriated", "place:sentence"), "They were repatriated to Nepal."),
        # a countrywide figure: kept
        (("cue:deported", "place:country-level"), "Nepal said 300 were deported nationwide."),
    ],
)
def test_tied_or_countrywide_deportations_stay(
    gaz: Gazetteer, evidence: tuple[str, ...], sentence: str
) -> None:
    ctx = _ctx(gaz, ["NP", "MM", "MM"])
    event = _deportation(gaz, "NP", evidence, sentence)
    assert events_module._sent_from_abroad([event], ctx) == [event]


def test_no_other_country_leaves_it(gaz: Gazetteer) -> None:
    ctx = _ctx(gaz, ["NP", "NP"])
    event = _deportation(gaz, "NP", ("place:country-level",), "They came home.")
    assert events_module._sent_from_abroad([event], ctx) == [event]
