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


@pytest.mark.parametrize(
    ("text", "language", "place"),
    [
        # a sentence's first word, one of the language's commonest, is capitalised as a word
        ("Le Cambodge a renvoyé 30 travailleurs étrangers lundi.", "fr", "Cambodge"),
        ("Sa Myanmar, pinilit silang magtrabaho bilang scammer.", "tl", "Myanmar"),
        ("Di Myanmar, puluhan pekerja asing disekap sejak 2023.", "id", "Myanmar"),
        ("La Tailandia cerró tres pasos fronterizos el martes.", "es", "Tailandia"),
        ("Yet Cambodia's compounds kept running after the raids.", None, "Cambodia"),
        # a headline in capitals says nothing by its capitals
        (
            "PEKERJA DITAHAN DARI KEMBOJA PULANG\n\nSeramai 12 orang pulang semalam.",
            "ms",
            "KEMBOJA",
        ),
    ],
)
def test_an_everyday_word_opening_a_sentence_is_no_part_of_a_name(
    gz, text: str, language: str | None, place: str
) -> None:  # type: ignore[no-untyped-def]
    resolutions = gz.resolve(text, language=language) if language else gz.resolve(text)
    spans = classify_spans(text, segment_text(text), resolutions, language)
    named = [s for s in spans if s.text.startswith(place)]
    assert named and named[0].role is Role.CONTEXT and named[0].place is not None


@pytest.mark.parametrize(
    ("text", "language", "inside"),
    [
        # an embassy's short name, and a name inside a sentence, still make the place a name
        ("KBRI Phnom Penh memulangkan 20 WNI pada hari Senin.", "id", "Phnom Penh"),
        ("Menurut Kedutaan Besar Indonesia, 20 WNI sudah pulang.", "id", "Indonesia"),
    ],
)
def test_a_name_before_the_place_still_makes_it_part_of_a_name(
    gz, text: str, language: str, inside: str
) -> None:  # type: ignore[no-untyped-def]
    spans = classify_spans(text, segment_text(text), gz.resolve(text, language=language), language)
    named = [s for s in spans if s.text == inside]
    assert named and named[-1].role is Role.NONPLACE
