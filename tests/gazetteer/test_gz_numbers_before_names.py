"""A number before a place name is no given name ("July 29, 2023 Kathmandu, ...", "Aug. 18
Cambodia's minister"); a country counted as people ("20 Taiwan compatriots") is who they
are, not where (sentences written for these tests)."""

from __future__ import annotations

import pytest

from gazetteer import Gazetteer


def _resolved(gz: Gazetteer, text: str) -> dict[str, str | None]:
    return {r.span.text: (r.place.name if r.place else None) for r in gz.resolve(text)}


@pytest.mark.parametrize(
    ("text", "name", "place"),
    [
        (
            "Published July 29, 2023 Kathmandu, July 29: the ministry said.",
            "Kathmandu",
            "Kathmandu",
        ),
        (
            "date 2024-03-11 Kathmandu [Nepal], March 11: the ministry said.",
            "Kathmandu",
            "Kathmandu",
        ),
        ("On Aug. 18 Cambodia's interior minister spoke.", "Cambodia's", "Cambodia"),
        ("Published 2025-10-14 Britain and the US imposed sanctions.", "Britain", "United Kingdom"),
    ],
)
def test_a_number_before_a_place_is_no_given_name(
    gz: Gazetteer, text: str, name: str, place: str
) -> None:
    assert _resolved(gz, text)[name] == place


def test_a_country_counted_as_people_is_not_a_place(gz: Gazetteer) -> None:
    [taiwan] = gz.resolve("Help came for more than 20 Taiwan compatriots.")
    assert taiwan.place is None
    assert taiwan.span.note == "nonplace:adjective"


def test_a_person_named_after_a_place_is_still_a_name(gz: Gazetteer) -> None:
    resolved = _resolved(gz, "The report was written by Maria Kandal and a colleague.")
    assert resolved.get("Kandal") is None
