"""Organisation and outlet names that hold a place name are not places; the place next to
them still is."""

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
    ("text", "inside", "place"),
    [
        ("The Philippine National Police freed 40 workers in Bamban.", "Philippine", "Bamban"),
        ("The Royal Thai Police freed 40 workers in Myawaddy.", "Thai", "Myawaddy"),
        ("Myanmar Now said 40 workers were freed in Shwe Kokko.", "Myanmar", "Shwe Kokko"),
        ("The United Wa State Army handed 40 workers over in Tachileik.", "Wa State", "Tachileik"),
        ("Frontier Myanmar said 40 workers were freed in Wa State.", "Myanmar", "Wa State"),
        (
            "The Vientiane Times said 40 workers were flown home to Huay Xai.",
            "Vientiane",
            "Huay Xai",
        ),
        ("Khmer Times said police raided a compound in Chak Angre.", "Khmer", "Chak Angre"),
    ],
)
def test_a_place_inside_an_organisation_name_is_not_a_place(
    gz, text: str, inside: str, place: str
) -> None:  # type: ignore[no-untyped-def]
    spans = classify_spans(text, segment_text(text), gz.resolve(text))
    assert all(s.role is Role.NONPLACE for s in spans if s.text == inside)
    named = [s for s in spans if s.text == place]
    assert named and named[0].role is Role.CONTEXT and named[0].place is not None
