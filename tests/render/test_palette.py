"""The shared palette: one distinct colour and shape per event type, colour-blind safe."""

from __future__ import annotations

import pytest

from geotrack.model import EventType
from geotrack.render.palette import (
    EVENT_STYLES,
    INCIDENT_STYLE,
    SITE_STYLE,
    marker_svg,
    people_marker_size,
    style_for,
)

OKABE_ITO = {"#000000", "#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7"}


def test_every_type_has_a_distinct_okabe_ito_colour_and_shape() -> None:
    assert list(EVENT_STYLES) == list(EventType)
    colours = [s.color for s in EVENT_STYLES.values()]
    shapes = [s.shape for s in EVENT_STYLES.values()]
    markers = [s.marker for s in EVENT_STYLES.values()]
    assert set(colours) <= OKABE_ITO
    assert len(set(colours)) == len(set(shapes)) == len(set(markers)) == len(EventType)
    assert SITE_STYLE.shape not in shapes


def test_style_for_accepts_strings_and_rejects_unknown() -> None:
    assert style_for("raid") is EVENT_STYLES[EventType.RAID]
    with pytest.raises(ValueError, match="'party'"):
        style_for("party")


@pytest.mark.parametrize("style", [*EVENT_STYLES.values(), INCIDENT_STYLE, SITE_STYLE])
def test_marker_svg_is_a_standalone_svg(style) -> None:  # type: ignore[no-untyped-def]
    svg = marker_svg(style, size=18)
    assert svg.startswith("<svg") and svg.endswith("</svg>")
    assert f'fill="{style.color}"' in svg and 'width="18"' in svg


def test_people_marker_size_grows_and_is_capped() -> None:
    assert people_marker_size(None) == people_marker_size(0) == 1.0
    assert 1.0 < people_marker_size(10) < people_marker_size(400) <= 4.0
    assert people_marker_size(10**9) == 4.0
