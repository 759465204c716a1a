"""Place names in Korean, Japanese, Chinese and Thai: found with their particles glued on
or inside unspaced text, not inside other words, and a country with its people's word read
as people of that country (phrases written for these tests)."""

from __future__ import annotations

import csv
import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from gazetteer import Gazetteer
from gazetteer.native import _DATA, native_spans


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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Chinese: no spaces; the longer name holds the shorter one
        ("缅甸妙瓦底的电诈园区", [("缅甸", "Myanmar"), ("妙瓦底", "Myawaddy")]),
        ("警方在西哈努克港查获", [("西哈努克港", "Sihanoukville")]),
        ("在柬埔寨西港被解救", [("柬埔寨", "Cambodia"), ("西港", "Sihanoukville")]),
        ("移交至泰國湄索", [("泰國", "Thailand"), ("湄索", "Mae Sot")]),
        # Japanese: katakana and kanji names with their particles
        ("カンボジアのポイペトで拘束", [("カンボジア", "Cambodia"), ("ポイペト", "Poipet")]),
        ("中部国際空港に到着した", [("中部国際空港", "Chubu Centrair International Airport")]),
        # Thai: no spaces between words
        ("ถูกกักขังที่เมียวดีฝั่งตรงข้ามแม่สอด", [("เมียวดี", "Myawaddy"), ("แม่สอด", "Mae Sot")]),
        ("ส่งตัวกลับจากปอยเปตกัมพูชา", [("ปอยเปต", "Poipet"), ("กัมพูชา", "Cambodia")]),
    ],
)
def test_names_are_found_in_unspaced_text(
    gz: Gazetteer, text: str, expected: list[tuple[str, str]]
) -> None:
    assert _found(gz, text) == expected


def test_a_katakana_name_inside_a_longer_katakana_word_is_not_a_place(gz: Gazetteer) -> None:
    """ "タイプ" (type) holds "タイ" (Thailand); "タイ政府" is Thailand's government."""
    assert _found(gz, "新しいタイプの詐欺") == []
    assert _found(gz, "タイ政府が発表") == [("タイ", "Thailand")]


@pytest.mark.parametrize(
    ("text", "surface", "code"),
    [
        ("1178名中国籍嫌疑人", "中国籍", "CN"),
        ("16名泰国人获救", "泰国人", "TH"),
        ("日本人29人が移送された", "日本人", "JP"),
        ("ช่วยเหลือคนไทย 16 คน", "คนไทย", "TH"),
        ("ชาวจีนกว่า 100 คน", "ชาวจีน", "CN"),
    ],
)
def test_a_country_with_its_people_word_is_a_nationality(
    gz: Gazetteer, text: str, surface: str, code: str
) -> None:
    (people,) = [s for s in gz.scan(text) if s.kind == "demonym"]
    assert (people.text, people.nationality) == (surface, code)
    assert all(r.place is None for r in gz.resolve(text) if r.span.text == surface)


@pytest.mark.parametrize(
    "language",
    [
        "ko",
        "ja",
        "zh",
        "th",
        "ru",
        "hi",
        "km",
        "ur",
        "bn",
        "ta",
        "te",
        "ar",
        "ml",
        "gu",
        "pa",
        "vi",
    ],
)
def test_every_listed_id_is_a_place_of_the_gazetteer(gz: Gazetteer, language: str) -> None:
    with (_DATA / f"names_{language}.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert rows
    assert [row["id"] for row in rows if gz.get(row["id"]) is None] == []
    assert [row["id"] for row in rows] == sorted(row["id"] for row in rows)


@given(
    st.text(
        alphabet="캄보디아미얀마한국인도네시천주 에서의0123456789.,缅甸妙瓦底西哈努克港人籍"
        "カンボジアタイプ日本人のでไทยคนชาวจีนเมียวดี"
        # Russian and Devanagari: declined names, demonym stems, glued endings
        "КамбоджеиМьянмыграждан России, Китаяроссиянзолотом треугольнике"
        "भारतीयोंम्यानमारमाकोलाओस्माे"
        # Khmer (unit words, invisible word marks), Bengali (both spellings of "য়"), Urdu
        "ខណ្ឌសែនសុខក្រុងប៉ោយប៉ែតជនជាតិចិនថៃ\u200b-សីមា"
        "মিয়ানমারেরয়থাইল্যান্ডসীমান্তেবাংলাদেশিকে"
        "میانمار تھائی لینڈ سرحدپاکستانیوں",
        max_size=60,
    )
)
# (no deadline: the first example builds the lists' per-index tables, which takes longer)
@settings(deadline=None)
def test_spans_lie_inside_the_text_and_never_overlap(text: str) -> None:
    gz = Gazetteer.default()
    spans = native_spans(gz.index, text)
    assert all(0 <= s.start < s.end <= len(text) and text[s.start : s.end] == s.text for s in spans)
    assert all(a.end <= b.start for a, b in itertools.pairwise(spans))
