"""A border named by a nationality word ("the Thai border") right after a place only says
where that place lies: it is no place mention of its own unless an event is placed on it."""

from __future__ import annotations

import pytest

from geotrack.extract.segment import segment_text
from geotrack.model import Role
from geotrack.resolve.roles import classify_spans, mentions_with_roles


@pytest.fixture(scope="module")
def gz():  # type: ignore[no-untyped-def]
    from gazetteer import Gazetteer

    return Gazetteer(use_env=False)


def _mentions(gz, text: str, events: set[tuple[int, int]] | None = None) -> dict[str, Role]:  # type: ignore[no-untyped-def]
    spans = classify_spans(text, segment_text(text), gz.resolve(text))
    return {m.text: m.role for m in mentions_with_roles("a", spans, events or set())}


@pytest.mark.parametrize(
    "text",
    [
        "The workers were held in Bavet, a busy town near the Vietnamese border, for months.",
        "Troops searched a casino in Poipet, close to the Thai border, last week.",
        "Several sites in Shwe Kokko and other hubs along the Thai border were named.",
    ],
)
def test_border_describing_the_place_before_it_is_not_a_mention(gz, text: str) -> None:  # type: ignore[no-untyped-def]
    found = _mentions(gz, text)
    assert not any(name.endswith("border") for name in found)
    assert any(role is Role.CONTEXT for role in found.values())


def test_border_on_its_own_stays_a_mention(gz) -> None:  # type: ignore[no-untyped-def]
    text = (
        "He was first held in Phnom Penh for a year and then, after trying to flee, sold to "
        "a gang working near the Vietnamese border."
    )
    assert _mentions(gz, text).get("Vietnamese border") is Role.CONTEXT


def test_border_where_an_event_is_placed_stays_a_mention(gz) -> None:  # type: ignore[no-untyped-def]
    text = "Police raided a casino in Poipet, close to the Thai border, on Monday."
    start = text.index("Thai border")
    found = _mentions(gz, text, {(start, start + len("Thai border"))})
    assert found["Thai border"] is Role.EVENT
