"""Korean place names: found with their particles glued on, not inside other words, and
a country followed by 인 read as people of that country (phrases written for these tests)."""

from __future__ import annotations

import csv
import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from gazetteer import Gazetteer
from gazetteer.hangul import _DATA, hangul_spans


def _found(gz: Gazetteer, text: str) -> list[tuple[str, str | None]]:
    return [(r.span.text, r.place.name if r.place else None) for r in gz.resolve(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("경찰은 포이펫에서 20명을 구출했다.", [("포이펫", "Poipet")]),
        ("미얀마 미야와디의 범죄단지", [("미얀마", "Myanmar"), ("미야와디", "Myawaddy")]),
        # the longer name holds the shorter one
        ("인천국제공항으로 귀국했다", [("인천국제공항", "Incheon International Airport")]),
        (
            "라오스 골든트라이앵글 경제특구 내",
            [("라오스", "Laos"), ("골든트라이앵글 경제특구", "Golden Triangle SEZ")],
        ),
    ],
)
def test_names_are_found_with_their_particles(
    gz: Gazetteer, text: str, expected: list[tuple[str, str]]
) -> None:
    assert _found(gz, text) == expected


def test_a_name_inside_another_word_is_not_a_place(gz: Gazetteer) -> None:
    """ "주캄보디아 대사관" is the embassy in Cambodia: one word, no place of its own."""
    assert _found(gz, "주캄보디아 대사관이 밝혔다") == []


def test_a_country_before_in_is_its_people(gz: Gazetteer) -> None:
    (koreans,) = [s for s in gz.scan("한국인 64명이 귀국했다") if s.kind == "demonym"]
    assert (koreans.text, koreans.nationality) == ("한국인", "KR")
    assert _found(gz, "한국인 64명이 귀국했다") == [("한국인", None)]


def test_every_listed_id_is_a_place_of_the_gazetteer(gz: Gazetteer) -> None:
    with _DATA.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert rows
    assert [row["id"] for row in rows if gz.get(row["id"]) is None] == []


@given(st.text(alphabet="캄보디아미얀마한국인도네시천주 에서의0123456789.,", max_size=60))
def test_spans_lie_inside_the_text_and_never_overlap(text: str) -> None:
    gz = Gazetteer.default()
    spans = hangul_spans(gz.index, text)
    assert all(0 <= s.start < s.end <= len(text) and text[s.start : s.end] == s.text for s in spans)
    assert all(a.end <= b.start for a, b in itertools.pairwise(spans))
