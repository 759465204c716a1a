"""A news agency named like a small town is the agency where the text says so ("Xinhua
news agency", "according to Xinhua."), and the town elsewhere (sentences written for
these tests)."""

from __future__ import annotations

import pytest

from gazetteer import Gazetteer


def _places(gz: Gazetteer, text: str) -> dict[str, str | None]:
    return {r.span.text: (r.place.name if r.place else None) for r in gz.resolve(text)}


@pytest.mark.parametrize(
    "text",
    [
        "Beijing's official Xinhua news service called the building a casino.",
        "The Xinhua News Agency said 80 people were held.",
        "Eighty people were held at the site, according to Xinhua.",
        "Eighty people were held, according to Xinhua, on Friday.",
    ],
)
def test_the_agency_is_no_place(gz: Gazetteer, text: str) -> None:
    assert _places(gz, text).get("Xinhua") is None


def test_a_county_of_that_name_is_still_a_place(gz: Gazetteer) -> None:
    places = _places(gz, "She grew up in Xinhua county in Hunan before moving south.")
    assert places.get("Xinhua county") is not None


def test_a_province_before_newspaper_stays_a_place(gz: Gazetteer) -> None:
    assert _places(gz, "A Kampot newspaper reported the raid.").get("Kampot") == "Kampot"
