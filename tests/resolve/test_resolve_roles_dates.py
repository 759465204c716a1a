"""A weekday or month before a place name does not make the place part of a longer name."""

from __future__ import annotations

import pytest

from geotrack.extract.segment import segment_text
from geotrack.model import Role
from geotrack.resolve.roles import classify_spans


@pytest.fixture(scope="module")
def gz():  # type: ignore[no-untyped-def]
    from gazetteer import Gazetteer

    return Gazetteer(use_env=False)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("On Monday Bangkok police arrested four men at a condominium.", "Bangkok"),
        ("In March Phnom Penh officials inspected 20 buildings.", "Phnom Penh"),
        ("Late on Sept. 3 Manila immigration officers deported 40 people.", "Manila"),
    ],
)
def test_date_word_before_a_place_keeps_it_a_place(gz, text: str, name: str) -> None:  # type: ignore[no-untyped-def]
    spans = classify_spans(text, segment_text(text), gz.resolve(text))
    span = next(s for s in spans if s.text == name)
    assert span.role is not Role.NONPLACE
    assert span.place is not None


def test_outlet_named_after_a_place_is_still_a_nonplace(gz) -> None:  # type: ignore[no-untyped-def]
    text = "A spokesman told the Bangkok Post that 30 people were detained."
    spans = classify_spans(text, segment_text(text), gz.resolve(text))
    assert next(s for s in spans if s.text == "Bangkok").role is Role.NONPLACE
