"""A Myanmar state named for its people with a lower-case "state", a short city name in
capitals before "CITY", and a curated site's province (own sentences)."""

from __future__ import annotations

import pytest

from gazetteer import Gazetteer
from gazetteer.place import Level


@pytest.mark.parametrize(
    ("sentence", "surface", "state"),
    [
        ("Fighting in Karen state has displaced thousands of villagers.", "Karen state", "Kayin"),
        ("Militias in Shan state run several casinos.", "Shan state", "Shan"),
        ("Karen state authorities said the bridge was closed.", "Karen state", "Kayin"),
    ],
)
def test_a_peoples_name_with_state_is_the_state(
    gz: Gazetteer, sentence: str, surface: str, state: str
) -> None:
    found = {r.span.text: r for r in gz.resolve(sentence)}
    assert surface in found
    place = found[surface].place
    assert place is not None and place.level is Level.PROVINCE and place.name == state


def test_the_people_alone_stay_a_people(gz: Gazetteer) -> None:
    found = [
        r for r in gz.resolve("The Karen people fled across the river.") if r.span.text == "Karen"
    ]
    assert found and found[0].place is None


@pytest.mark.parametrize("dateline", ["CEBU CITY –", "CEBU CITY -", "Cebu City –"])
def test_short_capital_city_name_before_city(gz: Gazetteer, dateline: str) -> None:
    found = gz.resolve(f"{dateline} Police raided a gaming hub on Friday.")
    assert found and found[0].place is not None and found[0].place.name == "Cebu City"


def test_curated_foreign_site_carries_its_province_code(gz: Gazetteer) -> None:
    site = gz.lookup("Shwe Kokko", country="MM")[0]
    state = gz.lookup("Kayin State", country="MM")[0]
    assert state.level is Level.PROVINCE
    assert site.admin1_code is not None and site.admin1_code == state.admin1_code
