"""The word guard of ``Gazetteer.nationality`` gives the answers of the plain look-up."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from gazetteer import Gazetteer
from gazetteer.normalize import name_keys
from gazetteer.place import Level


def _unguarded(gz: Gazetteer, word: str) -> str | None:
    """``Gazetteer.nationality`` as it was before the guard."""
    key = name_keys(word)[0]
    iso = gz._index.demonyms.get(key)
    if iso:
        return iso
    for suffix in (" nationals", " national", " citizens", " citizen"):
        if key.endswith(suffix):
            c = gz.lookup(key[: -len(suffix)], level=Level.COUNTRY)
            return c[0].country if c else None
    return None


_PIECES = st.sampled_from(
    [
        "Chinese",
        "Thai",
        "South",
        "Korean",
        "Koreans",
        "Sri",
        "Lankans",
        "Myanmar",
        "Lao",
        "Laos",
        "nationals",
        "National",
        "citizens",
        "citizen",
        "Indonesian's",
        "Khan",
        "Province",
        "Ti",
        "Muoy",
        "II",
        "12",
        "Rithsam",
        "Lee",
        "PHNOM",
        "Penh",
        "Việt",
        "Filipino",
        "Vietnamese",
        "Malaysian",
        "Cambodia",
        "Taiwanese",
        "O'Smach",
        "-",
        "’",
    ]
)


@pytest.mark.parametrize(
    "word",
    [
        "Chinese",
        "South Korean",
        "Sri Lankans",
        "Myanmar nationals",
        "Laos citizens",
        "Lao nationals",
        "Khan Chinese",
        "Chinese Province",
        "Rithsam Lee",
        "PHNOM PENH",
        "On Saturday",
        "",
        " ",
        "Ti Muoy nationals",
    ],
)
def test_guard_keeps_known_answers(gz: Gazetteer, word: str) -> None:
    assert gz.nationality(word) == _unguarded(gz, word)


def test_every_demonym_passes_the_guard(gz: Gazetteer) -> None:
    words = gz._demonym_words()
    assert words is not None
    for key in gz._index.demonyms:
        assert gz.nationality(key) == _unguarded(gz, key)
        assert gz.nationality(key.title()) == _unguarded(gz, key.title())


@settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.lists(_PIECES, min_size=1, max_size=4), st.sampled_from([" ", "  ", "-", ", "]))
def test_guarded_equals_unguarded(gz: Gazetteer, pieces: list[str], gap: str) -> None:
    word = gap.join(pieces)
    assert gz.nationality(word) == _unguarded(gz, word)


@settings(
    max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.text(max_size=24))
def test_guarded_equals_unguarded_on_any_text(gz: Gazetteer, word: str) -> None:
    assert gz.nationality(word) == _unguarded(gz, word)
